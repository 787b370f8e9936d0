"""Accuracy on the dev gold, measured by ../shared/eval/score.py, may never fall below the floors in
eval/baseline.json (which only go up)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _gate():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gate", ROOT / "eval" / "gate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.model
def test_dev_gold_f1_holds_every_floor() -> None:
    gate = _gate()
    if not (gate.SEEDS.is_dir() and gate.GOLD.exists() and gate.SCORER.exists()):
        pytest.skip("../shared (seeds, gold, scorer) is not present")
    floors = json.loads(gate.BASELINE.read_text(encoding="utf-8"))["floors"]
    measured = gate.measure()
    print({k: round(v, 3) for k, v in measured.items()})
    assert gate.below_floor(measured, floors) == []


def test_floors_only_go_up() -> None:
    gate = _gate()
    floors = {"event": 0.5, "overall": 0.7}
    assert gate.below_floor({"event": 0.49, "overall": 0.9}, floors) == ["event: F1 0.490 < floor 0.500"]
    assert gate.below_floor({"event": 0.5, "overall": 0.7}, floors) == []
