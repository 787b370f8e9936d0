"""eval/nearmiss.py tells why a gold record was missed: which of the scorer's tests the closest system
records fail, and it refuses to study the check split."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEARMISS = ROOT / "eval" / "nearmiss.py"


def _nearmiss():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "eval"))
    spec = importlib.util.spec_from_file_location("nearmiss", NEARMISS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source(title: str = "Talks in a lakeside town") -> dict:
    return {"file": "a.txt", "title": title}


def test_a_miss_names_the_failing_field_of_the_closest_record() -> None:
    nm = _nearmiss()
    if not nm.gate.SCORER.exists():
        pytest.skip("../shared/eval/score.py is not present")
    scorer = nm.load_scorer()
    gold = [{"kind": "position", "source": _source(), "party": {"country": "FRA"}, "issue": "ceasefire",
             "stance": "demand", "note": "Paris wants a truce"}]
    system = [{"kind": "position", "source": _source(), "party": {"name": "Paris", "country": "FRA"},
               "issue": "ceasefire", "stance": "offer", "evidence": {"text": "Paris offered a truce."}},
              {"kind": "position", "source": _source(), "party": {"name": "Oslo", "country": "NOR"},
               "issue": "sanctions", "stance": "reject", "evidence": {"text": "Oslo rejected sanctions."}}]
    text = nm.report(scorer, gold, system, ("position",))
    lines = text.splitlines()
    assert lines[0].startswith("MISSED a.txt position")
    assert "fails stance:" in lines[2]          # the closest record: only the stance is wrong
    assert "fails issue,stance,party:" in lines[3]
    assert sum(line.startswith("EXTRA") for line in lines) == 2
    assert "Oslo rejected sanctions." in text   # extras show their evidence


def test_refuses_the_check_split() -> None:
    res = subprocess.run([sys.executable, str(NEARMISS), "--set", "check"], capture_output=True, text=True)
    assert res.returncode != 0
    assert "invalid choice" in res.stderr
