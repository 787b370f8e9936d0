"""Talks on unfamiliar text, in sentences written for these tests in several outlets' voices: where
the talks are and who takes part when a country only places a city or a capital names the state's
people, and whether talks are still to come when a modal or a plan governs them."""
from __future__ import annotations

import pytest

from detente.extract.talks import find_talks

pytestmark = pytest.mark.model


def _talks(analyze_text, text: str, published: str = "2025-06-05") -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_talks(analyze_text(text, published=published))]


@pytest.mark.parametrize("text, sides, host", [
    ("Kyiv agreed on Tuesday to back a 30-day truce after nine hours of talks with an American "
     "delegation in Jeddah, Saudi Arabia.", {"UKR", "USA"}, "SAU"),
    ("US and Ukrainian officials held talks in Jeddah, Saudi Arabia, on Tuesday.", {"UKR", "USA"}, "SAU"),
    ("Iranian and American negotiators met in Muscat, Oman, on Saturday, state media reported.",
     {"IRN", "USA"}, "OMN"),
])
def test_a_country_after_a_city_places_the_venue_and_is_no_side(  # type: ignore[no-untyped-def]
        analyze_text, text, sides, host) -> None:
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and set(talks[0]["parties"]) == sides, talks
    assert host in talks[0]["mediators"], talks


@pytest.mark.parametrize("text, sides", [
    ("Negotiators from Kyiv and Washington met in Doha on Sunday.", {"UKR", "USA"}),
    ("Officials from Moscow and Kyiv will hold talks in Istanbul next week, Turkish media said.",
     {"RUS", "UKR"}),
    ("Delegations from Washington and Tehran held a second round of talks in Muscat.", {"IRN", "USA"}),
])
def test_people_from_a_capital_are_that_states_side(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and set(talks[0]["parties"]) == sides, talks


def test_refugees_from_a_capital_name_no_side(analyze_text) -> None:  # type: ignore[no-untyped-def]
    doc = analyze_text("Refugees from Kyiv arrived in Warsaw on Monday.")
    assert not any(m.actor.country == "UKR" for s in doc.sentences for m in s.actors)


def test_a_country_after_a_bare_at_is_aimed_at_not_met_in(  # type: ignore[no-untyped-def]
        analyze_text) -> None:
    text = ("Trump and Putin talked for nearly three hours in Anchorage on Friday. Hours before "
            "the talks, Russia launched 90 drones at Ukraine, the Ukrainian air force said.")
    talks = _talks(analyze_text, text, published="2025-08-16")
    assert len(talks) == 1 and set(talks[0]["parties"]) == {"RUS", "USA"}, talks


@pytest.mark.parametrize("text", [
    "Trump said Russia and Ukraine would immediately start negotiations toward a truce.",
    "The foreign minister said both governments could soon resume talks on a prisoner swap.",
    "A spokesman said Moscow and Kyiv would gladly hold consultations on grain shipments.",
])
def test_talks_a_modal_verb_takes_as_object_are_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


@pytest.mark.parametrize("text", [
    "On June 2, Erdogan offered to negotiate with the Armenian president over the border.",
    "Last Monday, Zelensky proposed to meet Putin in person, his office said.",
])
def test_a_past_day_on_the_offer_leaves_the_talks_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


def test_a_past_day_on_planned_talks_themselves_makes_them_held(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "Talks between Russia and Ukraine planned for June 2 in Istanbul went ahead.")
    assert talks and talks[0]["status"] == "held", talks


def test_a_refusal_under_a_modal_is_not_a_plan(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "Russia would not hold talks with Ukraine on a ceasefire, the Kremlin said.")
    assert all(t["status"] != "proposed" for t in talks), talks


@pytest.mark.parametrize("text, sides", [
    ("Russian and Ukrainian delegations are due to meet face to face in Istanbul on Friday.", {"RUS", "UKR"}),
    ("Armenian and Azerbaijani envoys will meet face to face in Abu Dhabi next week, diplomats said.",
     {"ARM", "AZE"}),
])
def test_meeting_face_to_face_is_a_meeting(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and set(talks[0]["parties"]) == sides and talks[0]["status"] == "proposed", talks


@pytest.mark.parametrize("text", [
    "Ukraine has asked for a direct meeting between Zelensky and Putin, an adviser said.",
    "Egypt asked for talks with Ethiopia on the dam, the foreign ministry said.",
])
def test_talks_asked_for_are_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


@pytest.mark.parametrize("text", [
    "The decree banning negotiations with the Kremlin remains in force, the spokesman said.",
    "Parliament voted for a ban on talks with Moscow while the occupation lasts.",
])
def test_talks_forbidden_are_no_round(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    assert _talks(analyze_text, text) == []


def test_calling_a_leader_a_name_is_no_call(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = 'Last week Trump called Zelensky "a dictator without elections" on social media.'
    assert _talks(analyze_text, text, published="2025-02-20") == []


def test_separate_talks_with_one_side_are_one_round_per_side(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Russia and Ukraine each agreed to a halt to strikes at sea. The deal came after American "
            "envoys held separate talks with the Russian and Ukrainian delegations in Riyadh on Monday.")
    talks = _talks(analyze_text, text, published="2025-03-26")
    assert {frozenset(t["parties"]) for t in talks} == {frozenset({"USA", "RUS"}), frozenset({"USA", "UKR"})}, talks


@pytest.mark.parametrize("text", [
    "Erdogan said he would discuss the grain corridor with Putin by phone.",
    "Scholz will talk to Zelensky by video link on Thursday, his spokesman said.",
])
def test_a_call_a_modal_verb_plans_is_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t["status"] == "proposed" for t in talks), talks


def test_the_place_named_beside_the_delegations_after_is_the_venue(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Negotiations between Israel and Hamas on a truce have reached a final stage, officials said "
            "on Tuesday. Egyptian and Qatari mediators have been shuttling between the two delegations in "
            "Cairo for a week.")
    talks = _talks(analyze_text, text, published="2025-01-14")
    assert len(talks) == 1 and talks[0]["venue"]["name"] == "Cairo", talks
    assert "EGY" in talks[0]["mediators"], talks


def test_a_journey_to_a_capital_for_discussions_is_a_visit(analyze_text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, "A senior Pentagon official travelled to Kyiv last week for discussions.")
    assert len(talks) == 1 and set(talks[0]["parties"]) == {"UKR", "USA"}, talks
    assert talks[0]["venue"]["name"] == "Kyiv", talks
