"""Talks read as English constructions, in voices of several outlets: status from what governs the
talks word in the parse, and triggers, parties and mediators from the shape of the sentence."""
from __future__ import annotations

import pytest

from detente.extract.talks import find_talks

pytestmark = pytest.mark.model


def _talks(analyze_text, text: str, published: str = "2025-06-05") -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_talks(analyze_text(text, published=published))]


@pytest.mark.parametrize("text", [
    "Ankara offered to host a fresh round of negotiations between Moscow and Kyiv.",
    "Officials in Warsaw hope to arrange talks between Ukraine and Russia before winter.",
    "Negotiations between Washington and Moscow are likely to be held in the Gulf.",
    "Diplomats said Paris was preparing a meeting of French and Ukrainian defence chiefs.",
])
def test_a_plan_governing_the_talks_makes_them_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


@pytest.mark.parametrize("text", [
    "Kyiv wants a seat at any negotiations between Washington and Moscow.",
    "Ukraine put forward a roadmap for further talks with Russia.",
])
def test_a_want_or_a_document_beside_talks_is_no_plan_of_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert all(t["status"] != "proposed" for t in _talks(analyze_text, text))


@pytest.mark.parametrize("text", [
    "The Kremlin denied that any negotiations with Kyiv were under way.",
    "Moscow dismissed reports of back-channel talks with Ukraine as fabrications.",
    "No talks between Russian and Ukrainian officials took place in Geneva, a spokesman said.",
    "Putin and Zelensky have not met since the war began.",
])
def test_talks_said_not_to_happen_are_denied(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "denied" for t in talks), talks


@pytest.mark.parametrize("text", [
    "Ukraine and Russia held talks in Istanbul on Monday, a day after Kyiv denied planning an attack.",
    "Russia did not deny that its envoy met US officials in Riyadh on Tuesday.",
])
def test_a_denial_elsewhere_leaves_held_talks_held(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "held" for t in talks), talks


@pytest.mark.parametrize("text, parties", [
    ("Sybiha and his Chinese counterpart Wang Yi spoke on Thursday about the grain trade.", ["CHN", "UKR"]),
    ("Erdogan and Putin discussed the Black Sea in a telephone conversation late on Friday.", ["RUS", "TUR"]),
    ("Macron and Zelensky went over the draft by phone on Sunday.", ["FRA", "UKR"]),
    ("The Polish president sat down with Zelensky in Lviv on Monday.", ["POL", "UKR"]),
])
def test_two_states_speaking_together_are_talks(analyze_text, text, parties) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any(set(parties) <= set(t["parties"]) for t in talks), talks


@pytest.mark.parametrize("text", [
    "Zelensky and Macron spoke to reporters after the ceremony in Paris.",
    "Putin and Lavrov spoke at length about the economy on Tuesday.",
])
def test_speaking_to_others_or_within_one_state_is_no_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text, mediator", [
    ("Saudi Arabia has been mediating between Russia and Ukraine over detained civilians.", "SAU"),
    ("The Vatican offered to mediate between Moscow and Kyiv.", "VAT"),
    ("Turkey is mediating between Kyiv and Moscow on shipping safety.", "TUR"),
])
def test_mediating_between_two_states_is_talks_with_a_go_between(analyze_text, text, mediator) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and mediator in talks[0]["mediators"] and mediator not in talks[0]["parties"], talks
    assert {"RUS", "UKR"} <= set(talks[0]["parties"])


def test_meeting_a_state_s_negotiators_is_a_meeting(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "Rubio met Ukraine's negotiators in Geneva on Sunday.")
    assert talks and talks[0]["parties"] == ["UKR", "USA"], talks


def test_meeting_a_target_is_no_meeting(analyze_text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, "Poland met its NATO spending target of 4% this year.") == []


@pytest.mark.parametrize("text", [
    "Zelensky said during a visit to Denmark that air defence remained the priority.",
    "On a visit to Tokyo, the Ukrainian foreign minister told reporters the front was holding.",
])
def test_a_visit_as_the_setting_of_a_remark_is_no_talks(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


def test_a_meeting_during_a_visit_is_still_talks(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "During a visit to Ankara on Tuesday, Zelensky met Erdogan.")
    assert talks and talks[0]["parties"] == ["TUR", "UKR"], talks


def test_the_meeting_as_subject_is_the_talks_told_before(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Rubio and Lavrov met in Riyadh on Tuesday. "
            "The meeting came as Kyiv complained that Ukraine had been left out.")
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and talks[0]["parties"] == ["RUS", "USA"], talks


@pytest.mark.parametrize("text, venue", [
    ("The French and Ukrainian presidents held talks at the Elysee Palace on Friday.", "Elysee Palace"),
    ("Zelensky met Swiss President Karin Keller-Sutter in Davos on Wednesday.", "Davos"),
    ("Zelensky and Starmer met at Lancaster House on Sunday.", "Lancaster House"),
    ("Delegations of Russia and Ukraine met in Gomel in the first days of the war.", "Gomel"),
])
def test_diplomatic_venues_are_places(analyze_text, text, venue) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and talks[0]["venue"] and talks[0]["venue"]["name"] == venue, talks


@pytest.mark.parametrize("text", [
    "The Kremlin said Moscow remained open to negotiations with Washington on arms control.",
    "Kyiv sees no appetite for talks with Russia while the shelling goes on, an aide said.",
    "Any negotiations between Russia and Ukraine must include Europe, the German minister said.",
])
def test_a_stance_towards_talks_in_general_is_no_talks_record(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


@pytest.mark.parametrize("text", [
    "Trump said he wanted to meet Putin in the coming weeks.",
    "Kyiv wants to meet Russian negotiators again next month, an aide said.",
])
def test_wanting_to_meet_a_named_leader_is_a_proposed_meeting(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and talks[0]["status"] == "proposed", talks


def test_open_to_talks_beside_a_held_meeting_keeps_the_meeting(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "Lavrov met Rubio in Riyadh on Tuesday and said Moscow was open to further talks.")
    assert talks and talks[0]["status"] == "held" and talks[0]["parties"] == ["RUS", "USA"], talks


@pytest.mark.parametrize("text, mediator, side", [
    ("The Ukrainian side expressed gratitude to Riyadh for hosting the talks with the Americans.", "SAU", "UKR"),
    ("Zelensky thanked Turkey for hosting the negotiations with Russia.", "TUR", "UKR"),
])
def test_the_one_thanked_for_hosting_is_the_go_between(analyze_text, text, mediator, side) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and mediator in talks[0]["mediators"] and side in talks[0]["parties"], talks
    assert side not in talks[0]["mediators"]


def test_a_meeting_not_ruled_out_beside_other_talks_is_proposed(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("The Kremlin has not ruled out a meeting between Putin and Zelensky at the end of the talks, "
            "a spokesman told reporters.")
    talks = _talks(analyze_text, text)
    assert any(t["status"] == "proposed" and t["parties"] == ["RUS", "UKR"] for t in talks), talks


@pytest.mark.parametrize("text, parties", [
    ("Merz spoke with Zelensky after the Ukrainian leader's tense encounter with Trump on Friday.", ["DEU", "UKR"]),
    ("Zelensky agreed to send a delegation to meet Russian officials, his office said.", ["RUS", "UKR"]),
])
def test_a_meeting_verb_takes_its_sides_from_its_own_clause(analyze_text, text, parties) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and talks[0]["parties"] == parties, talks


def test_talks_named_in_passing_take_their_sides_and_time_from_their_phrase(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Brazil and China are trading partners. After the talks in Beijing, Lula is expected to "
            "speak with Zelensky by phone, and Brazil and China will sign deals.")
    talks = _talks(analyze_text, text)
    beijing = [t for t in talks if t["venue"] and t["venue"]["name"] == "Beijing"]
    assert beijing and beijing[0]["status"] == "held" and "UKR" not in beijing[0]["parties"], talks


def test_talks_ahead_are_proposed(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "Ahead of talks with Russia in Riyadh, US officials met Ukrainian envoys in Jeddah.")
    riyadh = [t for t in talks if t["venue"] and t["venue"]["name"] == "Riyadh"]
    assert all(t["status"] == "proposed" for t in riyadh), talks


@pytest.mark.parametrize("text", [
    "Lula and Xi held talks at the Great Hall of the People on Monday. The talks in Beijing lasted three hours.",
    "Zelensky and Starmer met at Lancaster House on Sunday. The meeting in London ended with a pledge of aid.",
])
def test_a_venue_and_its_city_are_one_place_for_merging(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert len(_talks(analyze_text, text)) == 1, _talks(analyze_text, text)


@pytest.mark.parametrize(("text", "parties"), [
    ("Downing Street said the Prime Minister spoke to President Zelensky by phone on Monday evening.",
     {"GBR", "UKR"}),
    ("According to the Kremlin, the President held a telephone conversation with Erdogan on Tuesday.",
     {"RUS", "TUR"}),
])
def test_a_bare_title_in_a_seat_s_readout_is_that_state_s_party(analyze_text, text, parties) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any(set(t["parties"]) == parties for t in talks), talks


def test_a_bare_title_with_no_source_gives_no_party(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "The Prime Minister spoke to President Zelensky by phone on Monday evening.")
    assert all("GBR" not in t["parties"] for t in talks), talks
