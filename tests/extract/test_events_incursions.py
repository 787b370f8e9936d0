"""Events read from how English tells military flights across borders and reticence: aircraft or
drones crossing into a country or entering its airspace coerce that country; forces sent out 'to
intercept' are mobilised, not given as aid; 'declined to give details' refuses nobody; and the
building a meeting was held in is not the party met.

Every sentence here is written for these tests in our own words.
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events


@pytest.mark.parametrize("text, actor, target", [
    ("Several Russian drones crossed into Poland on Wednesday.", "RUS", "POL"),
    ("A Russian drone entered Romanian airspace overnight.", "RUS", "ROU"),
    ("A Ukrainian drone crossed into Belarus on Sunday, Minsk said.", "UKR", "BLR"),
])
def test_aircraft_crossing_a_border_coerce_the_country(analyze_text, text: str, actor: str,
                                                       target: str) -> None:
    assert ("COERCE", actor, target) in events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Zelensky crossed into Poland by train on Monday.",
    "Russian troops entered the town on Friday.",
])
def test_people_crossing_or_entering_are_no_incursion(analyze_text, text: str) -> None:
    assert "COERCE" not in [kind for kind, _, _ in events(analyze_text, text)]


def test_jets_sent_to_intercept_are_mobilised(analyze_text) -> None:
    found = events(analyze_text, "Poland sent fighter jets to intercept the drones on Tuesday.")
    assert ("MOBILIZE", "POL", None) in found
    assert "AID" not in [kind for kind, _, _ in found]


@pytest.mark.parametrize("text", [
    "The United States sent fighter jets to Ukraine to shoot down Russian missiles.",
    "Washington sent more weapons to Kyiv last week.",
])
def test_arms_sent_to_a_country_stay_aid(analyze_text, text: str) -> None:
    assert ("AID", "USA", "UKR") in events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "A Kremlin spokesman declined to provide further details about the talks.",
    "Germany declined to give a figure for the new package.",
    "Officials declined to give a timeline for the delivery of the tanks.",
])
def test_declining_to_give_details_rejects_nothing(analyze_text, text: str) -> None:
    assert "REJECT" not in [kind for kind, _, _ in events(analyze_text, text)]


def test_declining_an_offer_still_rejects(analyze_text) -> None:
    assert ("REJECT", "HUN", None) in events(analyze_text, "Hungary declined to offer any guarantees to Kyiv.")


def test_a_meeting_place_is_not_the_party_met(analyze_text) -> None:
    assert events(analyze_text, "They met at the Vostochny Cosmodrome.") == []
    assert ("CONSULT", "TUR", "RUS") in events(analyze_text, "Erdogan and Putin met at a hotel in Sochi on Tuesday.")


@pytest.mark.parametrize("text, actor", [
    ("Poland sent fighter jets to intercept the Russian drones on Tuesday.", "POL"),
    ("Several Russian drones crossed into Poland overnight, prompting NATO to send jets to shoot them down.",
     "NATO"),
])
def test_forces_sent_out_act_against_the_craft_they_meet(analyze_text, text: str, actor: str) -> None:
    assert ("MOBILIZE", actor, "RUS") in events(analyze_text, text)


@pytest.mark.parametrize("text, actor, target", [
    ("The State Department said Washington will not hesitate to impose sanctions on Pyongyang if the arms "
     "deal goes ahead.", "USA", "PRK"),
    ("Beijing will not hesitate to use force against Taiwan, the spokesman said.", "CHN", "TWN"),
])
def test_not_hesitating_to_strike_is_a_threat(analyze_text, text: str, actor: str, target: str) -> None:
    assert ("THREATEN", actor, target) in events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "The minister hesitated to impose sanctions on Minsk.",
    "Germany did not hesitate to send aid to the flooded region.",
])
def test_hesitating_or_eager_help_threatens_nobody(analyze_text, text: str) -> None:
    assert "THREATEN" not in [kind for kind, _, _ in events(analyze_text, text)]


def test_not_hesitating_against_no_one_named_is_left_unread(analyze_text) -> None:
    text = "France said it would not hesitate to respond to any attack on its forces."
    assert "THREATEN" not in [kind for kind, _, _ in events(analyze_text, text)]


@pytest.mark.parametrize("text, actor, target", [
    ("Spain will not back down in its strong support for Kyiv.", "ESP", "UKR"),
    ("Germany will not waver in its support for Kyiv, the chancellor said.", "DEU", "UKR"),
    ("Japan will never abandon its support for Taiwan.", "JPN", "TWN"),
])
def test_denying_a_retreat_from_support_pledges_it(analyze_text, text: str, actor: str, target: str) -> None:
    found = events(analyze_text, text)
    assert found == [("SUPPORT", actor, target)]


@pytest.mark.parametrize("text", [
    "Germany did not waver on the question of sanctions.",
    "The ministry said France abandoned its support for the plan.",
])
def test_steadiness_on_other_things_or_a_dropped_support_pledges_nothing(analyze_text, text: str) -> None:
    assert "SUPPORT" not in [kind for kind, _, _ in events(analyze_text, text)]
