"""eval/embed_experiment.py: its sentence-level figures count what the report says they count, and its
end-to-end step refuses every set that is not studied (validation and held-out text stay unscored)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "eval" / "embed_experiment.py"


def _experiment():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "eval"))
    spec = importlib.util.spec_from_file_location("embed_experiment", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows() -> list[dict]:
    return [
        {"text": "Ruritania shelled a ferry terminal in Vellmar.", "rules": ["ASSAULT"],
         "gold": [{"types": ["ASSAULT"], "first": "ASSAULT", "status": "found"}]},
        {"text": "Its envoy brushed aside the offer of a summit.", "rules": [],
         "gold": [{"types": ["REJECT"], "first": "REJECT", "status": "unread"}]},
        {"text": "The market reopened under grey skies.", "rules": [], "gold": []},
        {"text": "Both delegations may yet meet by the lake.", "rules": [],
         "gold": [{"types": ["CONSULT", "AGREE"], "first": "CONSULT", "status": "optional"}]},
    ]


def test_a_predicted_type_is_right_when_a_gold_event_on_the_sentence_accepts_it() -> None:
    ex = _experiment()
    figures = ex.sentence_figures(_rows(), [{"ASSAULT"}, {"ACCUSE"}, {"AID"}, {"AGREE"}])
    # right: ASSAULT, and AGREE (an optional event's alternative); wrong: ACCUSE, AID
    assert (figures["right"], figures["wrong"]) == (2, 2)
    # the optional event is not counted for recall: one of two required events is hit
    assert (figures["hit"], figures["gold"]) == (1, 2)


def test_missed_events_count_only_types_the_rules_did_not_make() -> None:
    ex = _experiment()
    probs = [{"ASSAULT": 0.9}, {"REJECT": 0.8}, {"PROTEST": 0.7}, {"AGREE": 0.2}]
    q2 = ex.missed_figures(_rows(), probs, 0.6)
    assert q2["missed"] == {"unread": 1} and q2["typed"] == {"unread": 1}
    # ASSAULT is the rules' own type, so it is no addition; PROTEST on the no-event sentence is wrong
    assert (q2["adds_right"], q2["adds_wrong"]) == (1, 1)
    assert (q2["nogold_sentences_with_add"], q2["nogold_sentences"]) == (1, 1)


@pytest.mark.parametrize("name", ["written-e", "written-f", "check", "seeds"])
def test_the_end_to_end_step_scores_only_studied_sets(name: str, tmp_path: Path) -> None:
    ex = _experiment()
    with pytest.raises(SystemExit):
        ex.gate_main([name], tmp_path / "probs.json", 0.7)
