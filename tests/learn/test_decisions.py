"""The decision model over the rules' trigger candidates: what it logs, what an override and a veto
do to the events a user sees, the shipped weights, and a seeded smoke run of training."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.extract.events import find_events
from detente.learn import decide_train, decisions
from detente.learn.decisions import Weights, collecting
from detente.nlp.core import Analysis


def logged(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(word, type, guard) of every reading the rules considered in the article."""
    with collecting() as rows:
        find_events(analysis)
    return [(r.token.text, r.type, r.guard) for _, readings in rows for r in readings]


def events(analysis: Analysis) -> list[tuple[str, str | None, str | None, bool]]:
    """(type, actor, target, learned) of each event, as a user reads them."""
    return [(r.fields["type"], (r.fields["actor"] or {}).get("name"), (r.fields["target"] or {}).get("name"),
             bool(r.fields.get("learned"))) for r in find_events(analysis)]


def use(weights: Weights, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(weights.to_dict()), encoding="utf-8")
    monkeypatch.setenv("DETENTE_LEARNED_DECISIONS", str(path))


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow could hit the capital again within days, a think-tank analyst wrote.", ("hit", "ASSAULT", "hedged")),
    ("Russian artillery shelled Kharkiv on Tuesday, the regional governor said.", ("shelled", "ASSAULT", "made")),
    ("Those negotiations dominated the evening's coverage on state television.",
     ("negotiations", "CONSULT", "no-anchor")),
    ("Warsaw will send 40 tanks to Kyiv, its defence minister announced.", ("send", "AID", "future")),
])
def test_the_log_names_the_guard_that_decided_each_reading(analyze_text: Callable[..., Analysis], text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in logged(analyze_text(text))


def test_the_log_leaves_the_rules_decisions_alone(analyze_text: Callable[..., Analysis]) -> None:
    analysis = analyze_text("Russian artillery shelled Kharkiv on Tuesday, the regional governor said.")
    with collecting():
        assert [e[0] for e in events(analysis)] == ["ASSAULT"]


def test_off_by_default_the_rules_decide_alone(analyze_text: Callable[..., Analysis],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DETENTE_LEARNED_DECISIONS", raising=False)
    assert decisions.weights_path() is None
    assert events(analyze_text("More than 300 drones were shot down over the weekend, the air force said.")) == [
        ("ASSAULT", None, None, False)]


NAMELESS_TALLIES = [
    "More than 300 drones were shot down over the weekend, the air force said.",  # wire
    "The fighting has killed at least 12,000 civilians since it began, according to UN monitors.",  # report
    "Some 40 houses were destroyed in the shelling, local officials told reporters.",  # local press
    "14:05 GMT - At least nine people have been killed in overnight attacks, emergency services say.",  # live blog
]
NAMED_ACTS = [
    ("Moscow's forces pounded Zaporizhzhia with glide bombs on Sunday, Ukrainian officials said.",
     ("ASSAULT", "Russia", "Ukraine", False)),  # wire
    ("According to the readout, the President condemned Russia's latest strikes on Ukrainian energy facilities.",
     ("ACCUSE", "President", "Russia", False)),  # readout
    ("Kyiv and Moscow swapped 150 prisoners each on Thursday in a deal brokered by the UAE.",
     ("RETREAT", "Ukraine", "Russia", False)),  # analysis
    ("Israel struck targets in southern Lebanon on Monday, the military said.",
     ("ASSAULT", "Israel", "Lebanon", False)),  # state media
]


@pytest.mark.parametrize("text", NAMELESS_TALLIES)
def test_the_shipped_model_vetoes_a_tally_that_names_no_one(analyze_text: Callable[..., Analysis],
                                                            monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setenv("DETENTE_LEARNED_DECISIONS", "shipped")
    assert events(analyze_text(text)) == []


@pytest.mark.parametrize(("text", "expected"), NAMED_ACTS)
def test_the_shipped_model_keeps_acts_that_name_who_acted(analyze_text: Callable[..., Analysis],
                                                          monkeypatch: pytest.MonkeyPatch, text: str,
                                                          expected: tuple[str, str, str, bool]) -> None:
    monkeypatch.setenv("DETENTE_LEARNED_DECISIONS", "shipped")
    assert events(analyze_text(text)) == [expected]


def test_a_vetoed_retelling_still_lends_its_figures_to_the_event_it_retells(
        analyze_text: Callable[..., Analysis], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_LEARNED_DECISIONS", "shipped")
    analysis = analyze_text("Russia launched a massive barrage on Kyiv overnight, Ukrainian officials said. "
                            "More than 300 drones were shot down over the capital, the air force said.")
    [attack] = find_events(analysis)
    assert (attack.fields["actor"]["name"], [c["value"] for c in attack.fields["counts"]]) == ("Russia", [300.0])
    assert "vetoed" not in attack.fields


def test_a_confident_override_is_built_by_the_rules_role_readers(
        analyze_text: Callable[..., Analysis], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use(Weights(-4.0, {"guard=future|AID": 8.0}, override=0.9), tmp_path, monkeypatch)
    found = events(analyze_text("Warsaw will send 40 tanks to Kyiv, its defence minister announced."))
    assert ("AID", "Poland", "Ukraine", True) in found  # the giver and the receiver, as the rules read them
    assert ("AGREE", "Poland", "Ukraine", False) in found  # the rules' own reading stays


def test_a_denied_act_is_never_overridden(analyze_text: Callable[..., Analysis], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    use(Weights(8.0, {}, override=0.5), tmp_path, monkeypatch)
    assert events(analyze_text("Belgrade did not attack the border post, the army insisted.")) == []


def test_a_confident_veto_drops_a_rule_record(analyze_text: Callable[..., Analysis], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    use(Weights(0.0, {"guard=made|ASSAULT": -9.0}, override=1.01, veto=0.2), tmp_path, monkeypatch)
    assert events(analyze_text("Artillery units shelled Kharkiv on Tuesday, the regional governor said.")) == []
    # a record that names who acted is never vetoed, however low the model's belief
    assert events(analyze_text("Russian artillery shelled Kharkiv on Tuesday, the regional governor said.")) == [
        ("ASSAULT", "Russia", "Ukraine", False)]


def test_weights_explain_a_decision_by_its_strongest_features() -> None:
    model = Weights(-1.0, {"guard=future|AID": 2.5, "modal=will": -0.5, "type=AID": 0.1})
    features = {"guard=future|AID": 1.0, "modal=will": 1.0, "lemma=send": 1.0}
    assert model.explain(features) == [("guard=future|AID", 2.5), ("modal=will", -0.5)]
    assert 0.7 < model.probability(features) < 0.75


def test_a_missing_weights_file_is_one_clear_error(tmp_path: Path) -> None:
    from detente.errors import ConfigError

    with pytest.raises(ConfigError, match="make train"):
        decisions.load(tmp_path / "none.json")


def test_the_shipped_weights_load_and_were_learned_from_studied_sets_only() -> None:
    model = decisions.load(decisions.SHIPPED)
    assert model.weights and set(model.about["sets"]) <= set(decide_train.STUDIED)
    assert decisions.SHIPPED.stat().st_size < 1_000_000


def test_training_is_seeded_and_repeatable() -> None:
    rows = [{"features": ["guard=future|AID", "modal=will"], "label": 1, "set": "tune", "guard": "future"},
            {"features": ["guard=hedged|ASSAULT", "modal=could"], "label": 0, "set": "tune", "guard": "hedged"},
            {"features": ["guard=future|AID"], "label": 1, "set": "written-a", "guard": "future"},
            {"features": ["guard=no-anchor|CONSULT"], "label": 0, "set": "written-a", "guard": "no-anchor"}]
    first, second = decide_train.fit(rows), decide_train.fit(rows)
    assert first.to_dict() == second.to_dict()
    assert first.weights["guard=future|AID"] > 0 > first.weights["guard=hedged|ASSAULT"]
