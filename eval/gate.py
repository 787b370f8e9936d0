"""Quality gate: score detente on the dev gold with ../shared/eval/score.py and hold the floors.

    .venv/bin/python eval/gate.py            # score, compare with eval/baseline.json, exit 1 below a floor
    .venv/bin/python eval/gate.py --update   # raise floors to what was just measured (never lowers them)

The floors are the per-kind and overall F1 measured on the seed corpus, minus nothing: a change that
lowers any of them fails CI. `--update` only ever raises a floor; lowering one needs an edit by hand
and a reason in the commit message. The gold file's hash is pinned so silent edits to it show up.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "eval" / "dev" / "seeds.gold.jsonl"
SCORER = SHARED / "eval" / "score.py"
BASELINE = Path(__file__).resolve().parent / "baseline.json"
EPSILON = 1e-6
KINDS = ("event", "talks", "position", "claim", "quote")


def gold_hash() -> str:
    return hashlib.sha256(GOLD.read_bytes()).hexdigest()[:16]


def export_seeds(workdir: Path) -> Path:
    """Ingest the seeds into a fresh store and export it, through the same CLI a user runs."""
    db, out = workdir / "seeds.db", workdir / "seeds.jsonl"
    cli = [sys.executable, "-m", "detente.cli"]
    subprocess.run([*cli, "ingest", str(SEEDS), "--db", str(db), "-q"], check=True, capture_output=True)
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([*cli, "export", "--format", "jsonl", "--db", str(db)], check=True, stdout=fh,
                       stderr=subprocess.DEVNULL)
    return out


def score(export: Path) -> dict[str, float]:
    """F1 per kind and overall, from the scorer's --json line."""
    cmd = [sys.executable, str(SCORER), "--gold", str(GOLD), "--system", str(export), "--json"]
    res = subprocess.run(cmd, check=True, capture_output=True, text=True)
    tally = json.loads(next(line for line in res.stdout.splitlines() if line.startswith("{")))
    out = {"overall": tally["overall"]["f1"]}
    for kind in KINDS:
        t = tally["per_kind"][kind]
        p = t["correct"] / t["system"] if t["system"] else 0.0
        r = t["found"] / t["gold"] if t["gold"] else 0.0
        out[kind] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def measure() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        return score(export_seeds(Path(tmp)))


def below_floor(measured: dict[str, float], floors: dict[str, float]) -> list[str]:
    return [f"{k}: F1 {measured[k]:.3f} < floor {floors[k]:.3f}" for k in floors
            if measured.get(k, 0.0) + EPSILON < floors[k]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--update", action="store_true", help="raise the floors to the measured F1 (never lower)")
    args = ap.parse_args()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    if baseline.get("gold_sha256") != gold_hash():
        print(f"note: the dev gold changed (hash {gold_hash()}, baseline has {baseline.get('gold_sha256')})")
    measured = measure()
    for k, v in measured.items():
        print(f"{k:9} F1 {v:.3f}   floor {baseline['floors'].get(k, 0.0):.3f}")
    failures = below_floor(measured, baseline["floors"])
    if args.update:
        baseline["floors"] = {k: round(max(baseline["floors"].get(k, 0.0), v) - 0.0005, 3)
                              for k, v in measured.items()}
        baseline["gold_sha256"] = gold_hash()
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print("floors updated")
    for f in failures:
        print("BELOW FLOOR", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
