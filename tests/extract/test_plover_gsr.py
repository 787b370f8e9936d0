"""The PLOVER gold-standard records (CAMEO manual examples) as a check on event TYPES.

Reads ../shared/data/plover/PLOVER_GSR_CAMEO.txt at run time (never copied into the project) and
skips when it is absent. Old PLOVER names are mapped to today's (DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT); the one DOCUMENT record is dropped.

The records are split by position: even positions were read while writing the vocabulary and rules
(the development half), odd positions never were (the test half). Only the test half is asserted
here, so the figures say how the rules carry to sentences nobody tuned them on.

- type recall: share of records for which we emit an event of the record's type;
- emitting precision: of the records where we emit anything, the share where one event has its type.

Floors are the measured figures minus 0.02 (see the report printed with `pytest -s`).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.extract.events import find_events

GSR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
RECALL_FLOOR = 0.551              # measured 0.571 (92/161); 0.360 before the PLOVER vocabulary work
EMITTING_PRECISION_FLOOR = 0.824  # measured 0.844 (92/109); 0.806 before

pytestmark = [pytest.mark.model, pytest.mark.slow,
              pytest.mark.skipif(not GSR.exists(), reason="shared PLOVER gold-standard records not found")]


def untuned_half() -> list[tuple[str, str]]:
    """(text, PLOVER type) of the records at odd positions."""
    records = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r["event"] != "DOCUMENT"]
    return [(r["text"], RENAMED.get(r["event"], r["event"])) for r in records[1::2]]


def test_plover_gold_types_on_the_untuned_half(analyze_text) -> None:
    records = untuned_half()
    hits = emitting = 0
    per_type: dict[str, list[int]] = {}
    for text, want in records:
        got = {e.fields["type"] for e in find_events(analyze_text(text))}
        tally = per_type.setdefault(want, [0, 0])
        tally[1] += 1
        emitting += bool(got)
        if want in got:
            hits += 1
            tally[0] += 1
    recall, precision = hits / len(records), hits / max(emitting, 1)
    print(f"\nPLOVER GSR test half: type recall {hits}/{len(records)} = {recall:.3f}; "
          f"emitting precision {hits}/{emitting} = {precision:.3f}")
    print("  per type:", {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_type.items())})
    assert len(records) > 150
    assert recall >= RECALL_FLOOR
    assert precision >= EMITTING_PRECISION_FLOOR
