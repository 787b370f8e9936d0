"""Talks venues read as general English: a capital named by its state, a place set beside a noun,
the place a "where" clause hangs on."""
from __future__ import annotations

import subprocess
import sys

import pytest

from detente.extract.talks import find_talks


def _venues(analyze_text, text: str) -> list[str | None]:
    return [(r.fields["venue"] or {}).get("name") for r in find_talks(analyze_text(text))]


@pytest.mark.model
@pytest.mark.parametrize("text, venue", [
    ("Armenian and Azerbaijani envoys will meet in the Norwegian capital next month.", "Oslo"),
    ("Officials from Ecuador and Chile held talks in the Peruvian capital on Tuesday.", "Lima"),
    ("Greek and Turkish diplomats met in Austria's capital to discuss fishing rights.", "Vienna"),
])
def test_capital_named_by_its_state(analyze_text, text, venue):
    assert _venues(analyze_text, text) == [venue]


@pytest.mark.model
def test_capital_in_another_sense_is_no_venue(analyze_text):
    got = _venues(analyze_text, "Chilean and Peruvian ministers met on Monday to discuss foreign capital flows.")
    assert got in ([], [None])


@pytest.mark.model
def test_capital_spelled_beside_it(analyze_text):
    got = _venues(analyze_text, "Envoys of Sudan and Chad held talks in the Kenyan capital, Nairobi, last week.")
    assert got == ["Nairobi"]


@pytest.mark.model
@pytest.mark.parametrize("text, venue", [
    ("Petra Novak flew on Sunday to Vilnius, where she held talks with the Latvian president.", "Vilnius"),
    ("Scholz travelled to Hanoi, where he met the Vietnamese prime minister for two hours.", "Hanoi"),
])
def test_place_of_a_where_clause(analyze_text, text, venue):
    assert _venues(analyze_text, text) == [venue]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ruto and Museveni are due to meet on 9 July in Arusha, Tanzania, with the mediation of the African Union.",
    "Erdogan and Orban are set to meet in Budapest next Tuesday.",
])
def test_sides_are_the_subject_of_due_to_meet(analyze_text, text):
    records = find_talks(analyze_text(text))
    assert len(records) == 1
    f = records[0].fields
    assert f["status"] == "proposed" and len(f["parties"]) == 2 and f["venue"] is not None, f


@pytest.mark.model
def test_simple_past_meeting_is_held_whatever_day_was_read(analyze_text):
    records = find_talks(analyze_text("Envoys of Kenya met Somali officials in Garissa the following day.",
                                      published="2025-06-05"))
    assert [r.fields["status"] for r in records] == ["held"]


@pytest.mark.model
def test_place_of_the_talks_told_in_a_later_sentence(analyze_text):
    text = ("Serbian and Kosovar envoys held a second round of talks on Monday. "
            "The meeting at Lancaster House, chaired by the British foreign minister, lasted four hours.")
    records = find_talks(analyze_text(text))
    assert [(r.fields["venue"] or {}).get("name") for r in records] == ["Lancaster House"]



@pytest.mark.model
@pytest.mark.parametrize("text, venue", [
    ("Kenya is hosting talks between Sudan and Chad this week.", "Nairobi"),
    ("The talks between Peru and Ecuador, hosted by the Republic of Chile, resumed on Monday.", "Santiago"),
    ("Egypt's hosting of the negotiations between Sudan and Chad drew praise.", "Cairo"),
    ("Qatari-hosted talks between Chad and Niger ended on Tuesday.", "Doha"),
])
def test_a_host_state_receives_in_its_capital(analyze_text, text, venue):
    assert _venues(analyze_text, text) == [venue]


@pytest.mark.model
def test_a_host_city_told_in_what_is_hosted_wins(analyze_text):
    text = "Tanzania's hosting of the Arusha talks between Burundi and Rwanda drew praise."
    assert _venues(analyze_text, text) == ["Arusha"]


@pytest.mark.model
def test_a_leader_hosting_gives_no_capital(analyze_text):
    text = "Ruto hosted Kiir on Monday for talks with Sudanese envoys."
    assert "Nairobi" not in _venues(analyze_text, text)


@pytest.mark.model
def test_a_place_told_later_replaces_the_guessed_capital(analyze_text):
    text = ("Kenya is hosting talks between Sudan and Chad this week. "
            "The talks in Mombasa opened with a minute of silence.")
    assert _venues(analyze_text, text) == ["Mombasa"]


@pytest.mark.model
@pytest.mark.parametrize("text, venue", [
    ("Georgian and Armenian envoys met in the Black Sea port of Batumi on Monday.", "Batumi"),
    ("Iranian and Saudi negotiators met in Iraq's capital, Baghdad, on Saturday.", "Baghdad"),
])
def test_a_place_that_only_frames_the_named_one(analyze_text, text, venue):
    assert _venues(analyze_text, text) == [venue]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Talks between Chad and Niger on the disputed border and on grazing rights for herders, "
    "scheduled to take place in Algiers, were postponed.",
    "Expert talks between Chad and Niger under the long-running accord signed by both, "
    "due to open in Algiers this week, were delayed again.",
])
def test_a_clause_on_the_talks_noun_tells_where(analyze_text, text):
    assert _venues(analyze_text, text) == ["Algiers"]


def test_the_venue_readers_do_not_import_the_talks_reader() -> None:
    """talks.py imports its venue readers; they and the parts both share must never import it back."""
    code = ("import sys, detente.extract.talks_venue, detente.extract.talks_common; "
            "print('detente.extract.talks' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]
