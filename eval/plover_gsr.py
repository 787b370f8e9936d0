"""The PLOVER gold-standard records (CAMEO manual examples): event type and actor country, both halves.

    .venv/bin/python eval/plover_gsr.py                   # figures for the dev half and the test half
    .venv/bin/python eval/plover_gsr.py --misses dev      # also list the dev half's misses (study dev only)

Why: tests/extract/test_plover_gsr.py asserts the test half's type figures; this prints both halves
and adds whether the event of the right type names the record's source country as its actor (and its
target country as target), so a change to roles can be measured on sentences outside the war. The
halves are split as the test splits them (even positions: dev, read while writing rules; odd: test,
never studied). `--misses test` is refused.

Figures per half:
- type recall: records for which some event has the record's type;
- emitting precision: of the records where anything is emitted, those where one event has the type;
- actor country: of the type hits whose record names a source country, those where the event's actor
  country is one of them (likewise target).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GSR = ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO spellings that differ from ISO 3166 alpha-3; group codes that name no country.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NOT_COUNTRIES = {"IGO", "NGO", "IMG", "ISM"}


@dataclass
class Tally:
    """Counts for one half."""

    records: int = 0
    hits: int = 0
    emitting: int = 0
    actor_named: int = 0
    actor_ok: int = 0
    target_named: int = 0
    target_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        """One printed line of figures."""
        def ratio(a: int, b: int) -> str:
            return f"{a}/{b} = {a / max(b, 1):.3f}"
        return (f"{name}: type recall {ratio(self.hits, self.records)}; emitting precision "
                f"{ratio(self.hits, self.emitting)}; actor country {ratio(self.actor_ok, self.actor_named)}; "
                f"target country {ratio(self.target_ok, self.target_named)}")


def countries(value: Any) -> set[str]:
    """ISO codes of the countries in a record's source or target (groups and bad entries skipped)."""
    items = value if isinstance(value, list) else [value] if value else []
    codes = {CAMEO_TO_ISO.get(a.get("code", ""), a.get("code", "")) for a in items if isinstance(a, dict)}
    return {c for c in codes if len(c) == 3 and c not in NOT_COUNTRIES}


def halves() -> dict[str, list[dict[str, Any]]]:
    """The records split as the test splits them: even positions dev, odd positions test."""
    records = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r["event"] != "DOCUMENT"]
    return {"dev": records[0::2], "test": records[1::2]}


def score(records: list[dict[str, Any]], analyze_text: Any, keep_misses: bool) -> Tally:
    """Run the rules on every record's sentence and tally the figures."""
    from detente.extract.events import find_events

    tally = Tally()
    for rec in records:
        want = RENAMED.get(rec["event"], rec["event"])
        events = [e.fields for e in find_events(analyze_text(rec["text"]))]
        tally.records += 1
        tally.emitting += bool(events)
        right = [e for e in events if e["type"] == want]
        if not right:
            if keep_misses:
                got = sorted({e["type"] for e in events}) or "-"
                tally.misses.append(f"{want:9} got {got}  {rec['text']}")
            continue
        tally.hits += 1
        for role, key in (("source", "actor"), ("target", "target")):
            miss = _role_tally(tally, key, countries(rec.get(role)), right)
            if miss and keep_misses:
                tally.misses.append(f"{want:9} {miss}  {rec['text']}")
    return tally


def _role_tally(tally: Tally, key: str, wanted: set[str], right: list[dict[str, Any]]) -> str | None:
    """Count one role of a type hit; returns what was got when the country is wrong."""
    if not wanted:
        return None
    setattr(tally, f"{key}_named", getattr(tally, f"{key}_named") + 1)
    got = [(e[key] or {}).get("country") for e in right]
    if wanted & set(got):
        setattr(tally, f"{key}_ok", getattr(tally, f"{key}_ok") + 1)
        return None
    return f"{key} {sorted(wanted)} got {got}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=["dev"], help="list the dev half's misses")
    args = parser.parse_args(argv)
    if not GSR.exists():
        print(f"not found: {GSR}", file=sys.stderr)
        return 2
    from detente.models import Article
    from detente.nlp.core import analyze
    from detente.nlp.pipeline import load_nlp

    nlp = load_nlp()

    def analyze_text(text: str) -> Any:
        return analyze(Article(file="gsr.txt", index=0, text=text, published="2025-06-05"), nlp(text))

    for name, records in halves().items():
        tally = score(records, analyze_text, keep_misses=args.misses == name)
        print(tally.line(f"PLOVER GSR {name} half"))
        for miss in tally.misses:
            print("  " + miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
