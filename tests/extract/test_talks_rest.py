"""Talks readings of status, sides and days, in sentences written for these tests in several outlets'
voices: a commitment to talks is a plan, names joined by a hyphen are the sides, and "the following
day" counts from the day told before it."""
from __future__ import annotations

import pytest

from detente.extract.talks import find_talks

pytestmark = pytest.mark.model


def _talks(analyze_text, text: str, published: str | None = "2025-06-05") -> list:  # type: ignore[no-untyped-def]
    return find_talks(analyze_text(text, published=published))


@pytest.mark.parametrize("text", [
    "Both governments undertake to open formal negotiations on the river border within sixty days.",
    "Mali and Algeria are committed to reopen negotiations on the northern border before the rains.",
    "Under the accord, Addis Ababa and Asmara undertook to start direct negotiations by March.",
])
def test_a_commitment_to_talks_makes_them_proposed(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t.fields["status"] == "proposed" for t in talks), [t.fields for t in talks]


@pytest.mark.parametrize("text, sides", [
    ("The U.S.-Iran talks resumed in Rome on Saturday, a spokesman said.", {"USA", "IRN"}),
    ("A fresh round of Serbia-Kosovo negotiations opened in Brussels.", {"SRB"}),
    ("Officials said the Armenia-Azerbaijan talks had made progress on the border text.", {"ARM", "AZE"}),
])
def test_names_joined_by_a_hyphen_on_a_talks_noun_are_its_sides(  # type: ignore[no-untyped-def]
        analyze_text, text, sides) -> None:
    talks = _talks(analyze_text, text)
    assert any(sides <= set(t.fields["parties"]) for t in talks), [t.fields for t in talks]


@pytest.mark.parametrize("text, day", [
    ("A truce brokered by Oman began on 14 March. Envoys of Sudan and Chad met in Cairo the following day, "
     "without agreement.", "2025-03-15"),
    ("Fighting stopped on 2 May, the army said. Serbian and Kosovar negotiators met in Brussels the next "
     "day to discuss the crossings.", "2025-05-03"),
])
def test_the_following_day_counts_from_the_day_told_before(  # type: ignore[no-untyped-def]
        analyze_text, text, day) -> None:
    talks = _talks(analyze_text, text)
    assert any(t.date == day for t in talks), [(t.fields, t.date) for t in talks]


@pytest.mark.parametrize("text, calls", [
    ("Prime Minister Pashinyan and President Aliyev met in Tbilisi on Monday. Macron had spoken to both "
     "leaders on Sunday, the Elysee said.", [["ARM", "FRA"], ["AZE", "FRA"]]),
    ("Sudan's Burhan and Chad's Deby held talks in Cairo. Erdogan will call the two presidents on Friday.",
     [["SDN", "TUR"], ["TCD", "TUR"]]),
])
def test_talking_to_both_leaders_is_one_call_with_each(analyze_text, text, calls) -> None:  # type: ignore[no-untyped-def]
    parties = [t.fields["parties"] for t in _talks(analyze_text, text)]
    assert all(c in parties for c in calls), parties


def test_a_go_between_talking_to_both_sides_makes_no_call_with_each(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Sudan and Chad held talks in Cairo. A UN envoy shuttled between the capitals, talking with both sides on Friday."
    assert all(len(t.fields["parties"]) >= 2 and "SDN" in t.fields["parties"] for t in _talks(analyze_text, text))


@pytest.mark.parametrize("text, first, second", [
    ("Rubio met Lavrov in Riyadh on Tuesday and spoke with Umerov by phone the next day.",
     ["RUS", "USA"], ["UKR", "USA"]),
    ("Macron met Scholz in Berlin on Monday and then phoned Erdogan.", ["DEU", "FRA"], ["FRA", "TUR"]),
])
def test_a_second_contact_verb_sharing_the_subject_is_talks_of_its_own(  # type: ignore[no-untyped-def]
        analyze_text, text, first, second) -> None:
    parties = [t.fields["parties"] for t in _talks(analyze_text, text)]
    assert first in parties and second in parties, parties


@pytest.mark.parametrize("text", [
    "On 2 June, Russia invited Ukraine to talks in Istanbul.",
    "Ankara offered on Monday to host a meeting between Pashinyan and Aliyev.",
])
def test_talks_an_offer_or_invitation_governs_stay_proposed_whatever_its_day(  # type: ignore[no-untyped-def]
        analyze_text, text) -> None:
    talks = _talks(analyze_text, text)
    assert talks and all(t.fields["status"] == "proposed" for t in talks), [t.fields for t in talks]


@pytest.mark.parametrize("text", [
    "LIVE: Zelensky and Erdogan to meet in Ankara later today",
    "Pashinyan to travel to Moscow for talks with Putin",
    "Rubio to meet Lavrov in Riyadh",
])
def test_a_headline_infinitive_tells_talks_to_come(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(t.fields["status"] == "proposed" for t in talks), [t.fields for t in talks]


@pytest.mark.parametrize("text, sides", [
    ("Aliyev received a phone call from Putin on Friday.", ["AZE", "RUS"]),
    ("The Emir received a telephone call from the French president on Sunday.", ["FRA", "QAT"]),
])
def test_a_call_from_someone_names_its_caller(analyze_text, text, sides) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert any(t.fields["parties"] == sides and t.fields["format"] == "virtual" for t in talks), [
        t.fields for t in talks]


@pytest.mark.parametrize("text, call", [
    ("Erdogan told Putin in a phone call on Tuesday that Turkey was ready to host peace talks.", ["RUS", "TUR"]),
    ("In a call with Zelensky on Monday, Erdogan offered to host talks with Russia.", ["TUR", "UKR"]),
])
def test_a_call_told_before_the_talks_it_speaks_of_is_its_own_record(  # type: ignore[no-untyped-def]
        analyze_text, text, call) -> None:
    talks = _talks(analyze_text, text)
    assert any(t.fields["parties"] == call and t.fields["status"] == "held" for t in talks), [
        t.fields for t in talks]


def test_people_of_both_sides_to_meet_on_a_day_count_in_an_undated_page(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Serbia and Kosovo agreed a truce. The EU envoy said the field commanders would meet on Friday morning."
    talks = _talks(analyze_text, text, published=None)
    assert any(t.fields["parties"] == ["SRB", "XKX"] and t.fields["status"] == "proposed" for t in talks), [
        t.fields for t in talks]


def test_onlookers_and_the_thanked_are_not_the_articles_sides(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Ghana and Togo held border talks in Lome, which were attended by the French ambassador. "
            "After the talks, Togo's foreign minister thanked France and Nigeria for their support. "
            "The two sides' field commanders would meet on Friday morning, an official said.")
    talks = _talks(analyze_text, text, published=None)
    assert any(t.fields["parties"] == ["GHA", "TGO"] and t.fields["status"] == "proposed" for t in talks), [
        t.fields for t in talks]
