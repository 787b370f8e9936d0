"""Near misses: for each missed gold record, the system records of the same article and kind that came
closest, and which of the scorer's tests each one failed; then each unmatched system record with its
evidence sentence.

    .venv/bin/python eval/nearmiss.py --set tune-study                 # every kind
    .venv/bin/python eval/nearmiss.py --set tune-study --kind position --out /tmp/nm

Why: `gate.py --verbose` says what was missed, not why. A missed event whose type is right and whose
actor is wrong needs a different fix from one that was never read; this lists the failing tests so the
misses can be grouped by the reading of English behind them. Refuses the held-out sets (`gate.HELD_OUT`:
check, written-e (the validation set) and written-f): never study them.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gate  # noqa: E402

KINDS = gate.KINDS


def load_scorer():
    spec = importlib.util.spec_from_file_location("detente_scorer", gate.SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def failed_tests(scorer, kind: str, g: dict, s: dict) -> list[str]:
    """The scorer's per-field tests that `s` fails for gold `g` (empty: it would match)."""
    tests: dict[str, bool] = {}
    if kind == "event":
        tests = {"type": scorer.field_ok(g, s, "type"), "negated": scorer.field_ok(g, s, "negated"),
                 "actor": "actor" not in g or scorer.actor_ok(g["actor"], s.get("actor")),
                 "target": "target" not in g or scorer.actor_ok(g["target"], s.get("target")),
                 "date": scorer.date_ok(g, s)}
    elif kind == "talks":
        venue_ok = True
        if g.get("venue"):
            venue = (s.get("venue") or {}).get("name") or ""
            venue_ok = any(scorer.same_place(v, venue) for v in scorer.alts(g["venue"]["name"]))
        tests = {"venue": venue_ok,
                 "parties": "parties" not in g or set(g["parties"]) <= set(s.get("parties") or []),
                 "status": scorer.field_ok(g, s, "status"), "date": scorer.date_ok(g, s)}
    elif kind == "position":
        tests = {"issue": scorer.field_ok(g, s, "issue"), "stance": scorer.field_ok(g, s, "stance"),
                 "party": "party" not in g or scorer.actor_ok(g["party"], s.get("party"))}
    elif kind == "claim":
        value = s.get("value")
        tests = {"value": isinstance(value, (int, float)) and any(
                     abs(value - v) <= 0.01 * abs(v) + 1e-9 for v in scorer.alts(g["value"])),
                 "what": "what" not in g or any(scorer.words_match(w, scorer.norm(s.get("what")))
                                                for w in scorer.alts(g["what"])),
                 "unit": scorer.field_ok(g, s, "unit")}
    elif kind == "quote":
        tests = {"speaker": "speaker" not in g or scorer.actor_ok(g["speaker"], s.get("speaker")),
                 "text": scorer.match("quote", {"text": g["text"]}, s)}
    return [name for name, ok in tests.items() if not ok]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def brief(rec: dict, width: int = 220) -> str:
    keep = {k: v for k, v in rec.items() if k not in ("source", "evidence", "id", "kind", "note")}
    text = json.dumps(keep, ensure_ascii=False)
    return text if len(text) <= width else text[:width] + "…"


def report(scorer, gold: list[dict], system: list[dict], kinds: tuple[str, ...]) -> str:
    docs: dict = {}
    for g in gold:
        docs.setdefault(scorer.doc_key(g), []).append(g)
    placed = scorer.assign_docs(gold, system)
    lines: list[str] = []
    for key in sorted(set(docs) | set(placed), key=lambda k: (k[0], str(k[1]))):
        for kind in kinds:
            golds = [g for g in docs.get(key, []) if g.get("kind") == kind]
            systems = [s for s in placed.get(key, []) if s.get("kind") == kind]
            required = [g for g in golds if not g.get("optional")]
            optional = [g for g in golds if g.get("optional")]
            pairs = scorer.max_matching(kind, required, systems, blocked=set())
            more = scorer.max_matching(kind, optional, systems, blocked=set(pairs))
            found = set(pairs.values())
            for i, g in enumerate(required):
                if i in found:
                    continue
                lines.append(f"MISSED {key[0]} {kind}: {brief(g)}")
                lines.append(f"    note: {g.get('note', '')[:300]}")
                near = sorted(((failed_tests(scorer, kind, g, s), j) for j, s in enumerate(systems)),
                              key=lambda x: len(x[0]))
                for fails, j in near[:3]:
                    s = systems[j]
                    taken = " (taken)" if j in pairs or j in more else ""
                    lines.append(f"    near{taken} fails {','.join(fails) or 'nothing'}: {brief(s, 180)}")
            used = set(pairs) | set(more)
            for j, s in enumerate(systems):
                if j not in used:
                    lines.append(f"EXTRA  {key[0]} {kind}: {brief(s)}")
                    lines.append(f"    evidence: {(s.get('evidence') or {}).get('text', '')[:300]}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", required=True, choices=sorted(n for n in gate.SETS if n not in gate.HELD_OUT))
    ap.add_argument("--kind", choices=KINDS, action="append", help="only this kind (repeatable)")
    ap.add_argument("--out", type=Path, help="also keep the export and gold here")
    args = ap.parse_args()
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        export, gold_path = gate.export_set(gate.SETS[args.set], work)
        gold, system = read_jsonl(gold_path), read_jsonl(export)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / "export.jsonl").write_text(export.read_text(encoding="utf-8"), encoding="utf-8")
            (args.out / "gold.jsonl").write_text(gold_path.read_text(encoding="utf-8"), encoding="utf-8")
    print(report(scorer, gold, system, tuple(args.kind or KINDS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
