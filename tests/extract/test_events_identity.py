"""Events: two acts of one kind between the same sides stay two; one act told twice stays one.

Every sentence here is written for these tests in our own words, in several outlets' voices.
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


def kinds(analyze_text, text: str, kind: str) -> list[tuple[str, str | None, str | None]]:
    """The readings of one PLOVER type in the text."""
    return [e for e in events(analyze_text, text) if e[0] == kind]


@pytest.mark.parametrize(("text", "kind"), [
    # readout
    ("British Prime Minister Keir Starmer called on Russia to withdraw its troops from Ukraine. "
     "He also called for the release of all Ukrainian children taken to Russia.", "REQUEST"),
    # state media
    ("The Russian foreign ministry accused Ukraine of shelling the dam on Monday. "
     "The ministry also accused Ukraine of mining the roads around the plant.", "ACCUSE"),
    # wire
    ("Israeli aircraft bombed a school in Gaza City on Monday, the civil defence agency said. "
     "Israeli troops also raided a clinic in the north of the Gaza Strip.", "ASSAULT"),
    # live blog
    ("Poland and Lithuania agreed on Friday to pool their air defences. "
     "Warsaw and Vilnius also agreed to hold joint border drills next spring.", "AGREE"),
    # regional outlet
    ("Russian troops shelled the centre of Nikopol on Friday morning, the governor said. "
     "A separate strike on a bus depot on the edge of the city killed one driver.", "ASSAULT"),
    # analysis
    ("Russia and Ukraine exchanged 150 prisoners each on Saturday, the mediators said. "
     "A further 20 wounded Ukrainian soldiers were freed in exchange for 12 Russians.", "RETREAT"),
])
def test_a_further_act_marked_in_english_stays_distinct(analyze_text, text: str, kind: str) -> None:
    assert len(kinds(analyze_text, text, kind)) == 2


@pytest.mark.parametrize("text", [
    "Russian missiles struck Dnipro on Thursday, killing nine people. The attack also damaged a hospital.",
    "Russian drones hit the port of Izmail overnight, officials said. The drones also damaged a grain silo.",
    "Russian forces shelled Kherson on Sunday, killing two people. It also cut power to the city, "
    "the governor said.",
])
def test_a_definite_retelling_with_also_still_folds(analyze_text, text: str) -> None:
    assert len(kinds(analyze_text, text, "ASSAULT")) == 1


def test_a_further_act_is_between_the_sides_already_told(analyze_text) -> None:
    text = ("Russia and Ukraine exchanged 150 prisoners each on Saturday, the mediators said. "
            "A further 20 wounded Ukrainian soldiers were freed in exchange for 12 Russians.")
    assert kinds(analyze_text, text, "RETREAT") == [("RETREAT", "RUS", "UKR")] * 2


def test_two_charges_in_two_sentences_are_two_accusations(analyze_text) -> None:
    text = ("Moldova's government accused Russia of bribing voters ahead of the local elections. "
            "In a second statement, Chisinau accused Moscow of sending drones over its northern villages.")
    assert kinds(analyze_text, text, "ACCUSE") == [("ACCUSE", "MDA", "RUS")] * 2


def test_a_charge_that_points_back_is_the_accusation_retold(analyze_text) -> None:
    text = ("Moldova's government accused Russia of bribing voters ahead of the local elections. "
            "Chisinau blamed Moscow for the bribery scheme, officials said.")
    assert len(kinds(analyze_text, text, "ACCUSE")) == 1


@pytest.mark.parametrize(("text", "kind"), [
    # agency report
    ("Moldova's envoy proposed a prisoner exchange at the talks in Vienna on Tuesday. "
     "That evening Chisinau proposed a summit of its president and his Transnistrian rival.", "AGREE"),
    # newspaper
    ("Georgia's delegation asked for a prisoner swap on Thursday. "
     "Tbilisi had earlier asked for a ceasefire in the valley, officials said.", "REQUEST"),
])
def test_two_past_proposals_of_different_things_are_two_acts(analyze_text, text: str, kind: str) -> None:
    assert len(kinds(analyze_text, text, kind)) == 2


@pytest.mark.parametrize(("text", "kind"), [
    # a standing position in the present, told twice
    ("The Chilean government supports a truce in the mining towns. "
     "Santiago supports dialogue with the strikers, the minister said.", "SUPPORT"),
    # a definite retelling
    ("Armenia proposed a prisoner exchange on Friday. "
     "The exchange was proposed by Yerevan after months of talks.", "AGREE"),
])
def test_a_standing_or_retold_proposal_stays_one(analyze_text, text: str, kind: str) -> None:
    assert len(kinds(analyze_text, text, kind)) == 1
