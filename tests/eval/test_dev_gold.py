"""Accuracy on every gold set (seeds, reports tune and check, written a to f), measured by ../shared/eval/score.py,
may never fall below the floors in eval/baseline.json (which only go up)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _gate():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gate", ROOT / "eval" / "gate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gate"] = module   # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.model
@pytest.mark.parametrize("name", ["seeds", "tune", "check", "written-a", "written-b", "written-c",
                                  "written-d", "written-e", "written-f"])
def test_gold_f1_holds_every_floor(name: str) -> None:
    gate = _gate()
    if not gate.SETS[name].available():
        pytest.skip(f"../shared ({name} texts, gold, scorer) is not present")
    floors = gate.set_floors(gate.load_baseline(), name)
    assert floors, f"eval/baseline.json has no floors for {name}"
    measured = gate.measure(name)
    print(name, {k: round(v, 3) for k, v in gate.f1_only(measured).items()})
    assert gate.below_floor(measured, floors) == []


def test_floors_only_go_up() -> None:
    gate = _gate()
    floors = {"event": 0.5, "overall": 0.7}
    assert gate.below_floor({"event": 0.49, "overall": 0.9}, floors) == ["event: F1 0.490 < floor 0.500"]
    assert gate.below_floor({"event": 0.5, "overall": 0.7}, floors) == []


def test_tune_and_check_are_disjoint_and_cover_the_reports() -> None:
    gate = _gate()
    if not (gate.REPORTS / "split.json").exists():
        pytest.skip("../shared/eval/reports is not present")
    tune = {p.name for p in gate.SETS["tune"].files()}
    check = {p.name for p in gate.SETS["check"].files()}
    assert tune and check and not tune & check
