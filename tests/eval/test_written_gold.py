"""The written sets (tests/fixtures/written/a and b) are gold a user can trust: every text has records,
every record is well formed, and a system that gives exactly what the gold asks scores 1.000 with
../shared/eval/score.py (the check ANNOTATION.md asks of every gold file)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = ROOT / "tests" / "fixtures" / "written"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
KINDS = {"event", "talks", "position", "claim", "quote"}
SETS = sorted(p for p in WRITTEN.glob("*") if (p / "gold.jsonl").exists()) if WRITTEN.exists() else []


def gold_records(written_set: Path) -> list[dict[str, Any]]:
    lines = (written_set / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]


# Fields the scorer reads, where a list in gold means "any one of these"; elsewhere a list is data.
SCORED = {"type", "negated", "actor", "target", "date", "status", "issue", "stance", "party", "value",
          "unit", "what", "speaker", "name", "country"}


def first_alternative(key: str, value: Any) -> Any:
    """What a perfect system emits for a gold field: one alternative of every scored list."""
    if key in SCORED and isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        return {k: first_alternative(k, v) for k, v in value.items()}
    return value


def perfect_system(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for record in gold:
        system = {k: first_alternative(k, v) for k, v in record.items() if k not in ("optional", "note")}
        if isinstance(record.get("venue"), dict) and isinstance(record["venue"].get("name"), list):
            system["venue"] = {**record["venue"], "name": record["venue"]["name"][0]}
        out.append(system)
    return out


@pytest.mark.parametrize("written_set", SETS, ids=[p.name for p in SETS])
def test_every_text_has_well_formed_gold(written_set: Path) -> None:
    texts = {p.name for p in (written_set / "texts").iterdir()}
    gold = gold_records(written_set)
    assert texts and {g["source"]["file"] for g in gold} == texts
    for record in gold:
        assert record["kind"] in KINDS and record.get("note"), record
        first_line = (written_set / "texts" / record["source"]["file"]).read_text(
            encoding="utf-8").splitlines()[0]
        assert record["source"]["title"] in (None, first_line.strip()), record


@pytest.mark.parametrize("written_set", SETS, ids=[p.name for p in SETS])
def test_a_perfect_system_scores_one(written_set: Path, tmp_path: Path) -> None:
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not present")
    system = tmp_path / "perfect.jsonl"
    system.write_text("".join(json.dumps(r) + "\n" for r in perfect_system(gold_records(written_set))),
                      encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORER), "--gold", str(written_set / "gold.jsonl"),
                          "--system", str(system), "--json"], capture_output=True, text=True, check=True)
    tally = json.loads(next(line for line in res.stdout.splitlines() if line.startswith("{")))
    assert tally["overall"]["f1"] == pytest.approx(1.0), res.stdout
