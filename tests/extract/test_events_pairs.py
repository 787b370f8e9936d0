"""Reciprocal and third-party readings (events_pairs): 'each side blamed the other' goes both ways,
'A and B agreed in separate talks with C' is one act of each with C, never an act between A and B."""
from __future__ import annotations

import pytest


def _pairs(analyze_text, text: str, kind: str) -> set[tuple[str | None, str | None]]:
    from detente.extract.events import find_events

    found = set()
    for record in find_events(analyze_text(text)):
        if record.fields["type"] == kind:
            actor, target = record.fields["actor"] or {}, record.fields["target"] or {}
            found.add((actor.get("country"), target.get("country")))
    return found


@pytest.mark.parametrize(("text", "kind", "third", "pair"), [
    ("Peru and Ecuador on Monday agreed, during parallel consultations with Brazilian envoys in Lima, to reopen the river "
     "crossings.", "AGREE", "BRA", ("PER", "ECU")),
    ("Serbia and Kosovo agreed in separate meetings with French diplomats to free the detained truckers.",
     "AGREE", "FRA", ("SRB", "XKX")),
])
def test_separate_talks_with_a_third_party(analyze_text, text: str, kind: str, third: str,
                                           pair: tuple[str, str]) -> None:
    found = _pairs(analyze_text, text, kind)
    assert {(pair[0], third), (pair[1], third)} <= found
    assert pair not in found and pair[::-1] not in found


def test_joint_talks_stay_between_the_pair(analyze_text) -> None:
    found = _pairs(analyze_text, "Peru and Ecuador agreed to reopen the river crossings.", "AGREE")
    assert not any(target == "BRA" for _, target in found)


def _read_with(analyze_text, text: str, actor: str, target: str) -> set[tuple[str | None, str | None]]:
    """both_ways over the sentence's ACCUSE record, its parties set as another reading would set them."""
    from detente.extract.common import make_record
    from detente.extract.events_lexicon import load_lexicon
    from detente.extract.events_pairs import both_ways
    from detente.extract.events_roles import state_actor
    from detente.extract.events_triggers import find_candidates

    lex, analysis = load_lexicon(), analyze_text(text)
    sentence = analysis.sentences[0]
    cand = next(c for c in find_candidates(sentence.span, lex) if c.type == "ACCUSE")
    fields = {"type": "ACCUSE", "negated": False, "actor": state_actor(actor).to_dict(),
              "target": state_actor(target).to_dict()}
    record = make_record("event", analysis, sentence, fields)
    return {(r.fields["actor"]["country"], r.fields["target"]["country"])
            for r in both_ways(cand, record, sentence, "test")}


@pytest.mark.parametrize("text", [
    "Each side accused the other of shelling the market in Geneina.",
    "Each government has blamed the other side for the collapse of the border truce.",
])
def test_each_accuses_the_other_both_ways(analyze_text, text: str) -> None:
    assert _read_with(analyze_text, text, "TCD", "SDN") == {("TCD", "SDN"), ("SDN", "TCD")}


def test_one_party_accusing_another_stays_one_way(analyze_text) -> None:
    text = "The government accused the other party of shelling the market in Geneina."
    assert _read_with(analyze_text, text, "TCD", "SDN") == {("TCD", "SDN")}


def test_the_other_without_each_is_one_way(analyze_text) -> None:
    text = "Ghana accused Togo of closing the border, and the other neighbours stayed silent."
    assert ("TGO", "GHA") not in _pairs(analyze_text, text, "ACCUSE")


@pytest.mark.parametrize("go_between", ["mediated by Brazil and Argentina", "hosted by Brazil and Argentina"])
def test_the_two_sides_are_not_the_go_betweens(analyze_text, go_between: str) -> None:
    text = (f"Chile and Peru agreed to a truce on Friday after talks in Quito {go_between}. A statement said "
            "both delegations would meet again in Lima next month, and the two sides agreed to free detainees.")
    found = _pairs(analyze_text, text, "AGREE")
    assert ("CHL", "PER") in found
    assert not any(actor in ("BRA", "ARG") for actor, _ in found)
