"""Positions as outlets new to the project tell them, on sentences written for these tests in several
voices (wire, state media, readout, live blog, analysis): the thing a relative clause's party accepts or
refuses is the noun the clause hangs on ('the truce Moscow turned down'); a noun cue's 'by'/'from'
names its author ('a proposal from Oman for talks')."""
from __future__ import annotations

import pytest

from tests.extract.readings import positions


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The 72-hour truce Moscow turned down on Sunday was meant to cover the Easter weekend.",
     ("RUS", "ceasefire", "reject")),
    ("State television said the sanctions relief Moscow wants was discussed at length.",
     ("RUS", "sanctions", "demand")),
    ("The exchange of prisoners that Ankara offered to host could take place next month, a Turkish "
     "diplomat said.", ("TUR", "prisoners", "offer")),
    ("Kyiv demanded a halt to strikes on power plants, a call the Kremlin accepted on Friday.",
     ("RUS", "partial_ceasefire", "accept")),
    ("The truce Ukraine accepted last month has largely held.", ("UKR", "ceasefire", "accept")),
])
def test_a_relative_clause_takes_the_noun_it_hangs_on(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Tehran welcomed a proposal from Oman for indirect talks in Muscat.", ("OMN", "talks_format", "offer")),
    ("A plan by Qatar and Egypt for a phased release of hostages was on the table on Monday.",
     ("QAT", "prisoners", "offer")),
    ("Kyiv welcomed an offer from Ankara to host a prisoner exchange.", ("TUR", "prisoners", "offer")),
    ("Both capitals rejected a demand from Washington for elections within 100 days.",
     ("USA", "governance_elections", "demand")),
    ("Washington backed a proposal by Egypt and Qatar for a 60-day truce.", ("EGY", "ceasefire", "offer")),
])
def test_a_noun_cue_names_its_author_with_by_or_from(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_a_pledge_a_demand_asks_for_is_no_offer_of_its_author(analyze_text):
    text = "Moscow's main demand is a written promise from the West that NATO will not grow east."
    assert not {p for p in positions(analyze_text, text) if p[2] == "offer"}


def _holders(analyze_text, text: str) -> set[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    from detente.extract.positions import find_positions

    return {((r.fields["party"] or {}).get("country"), (r.fields["party"] or {}).get("name"), r.fields["issue"])
            for r in find_positions(analyze_text(text))}


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Finnish President Alexander Stubb said Helsinki wanted tougher sanctions on Russian banks.",
     ("FIN", "Alexander Stubb", "sanctions")),
    ("Kremlin spokesman Dmitry Peskov told journalists Moscow rejects any truce that lets Kyiv rearm.",
     ("RUS", "Dmitry Peskov", "ceasefire")),
    ("Britain is ready to send peacekeepers to Ukraine, Prime Minister Keir Starmer said on Thursday.",
     ("GBR", "Keir Starmer", "security_guarantees")),
    ("Turkish President Recep Tayyip Erdogan said Ankara was ready to host a new round of talks.",
     ("TUR", "Recep Tayyip Erdogan", "talks_format")),
])
def test_a_states_position_told_by_its_own_official_is_held_by_that_official(analyze_text, text, want):
    assert want in _holders(analyze_text, text)


@pytest.mark.model
def test_a_position_told_by_another_countrys_official_stays_with_the_state(analyze_text):
    text = "Ukrainian Foreign Minister Andrii Sybiha said Moscow rejects any ceasefire."
    assert ("RUS", "Russia", "ceasefire") in _holders(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("Moscow wants Kyiv to pull its troops out of the south, to drop its NATO ambitions and to hold "
     "a presidential vote.", ("RUS", "alliances_neutrality", "demand"), ("UKR", "alliances_neutrality", "reject")),
    ("The draft, seen by state media, would require Ukraine to cap its army and to give up its drive to join "
     "NATO.", None, ("UKR", "alliances_neutrality", "reject")),
    ("Beijing urged Washington to lift its tariffs and to abandon its plan to send arms to Taiwan.",
     None, ("USA", "military_limits", "offer")),
])
def test_each_infinitive_a_demand_lists_is_demanded(analyze_text, text, want, not_want):
    found = positions(analyze_text, text)
    assert want is None or want in found
    assert not_want not in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Baku insists on the demilitarisation of the border areas, a foreign ministry statement said.",
     ("AZE", "withdrawal", "demand")),
    ("Seoul proposed the demilitarization of the frontier region under UN monitoring.",
     ("KOR", "withdrawal", "offer")),
    ("Moscow demands the demilitarisation of Ukraine.", ("RUS", "military_limits", "demand")),
    ("Kyiv turned down the idea of local pauses along the front.", ("UKR", "partial_ceasefire", "reject")),
    ("Moscow offered a three-day truce in some sectors of the front to recover the dead.",
     ("RUS", "partial_ceasefire", "offer")),
])
def test_a_demilitarised_place_is_a_line_and_a_truce_in_some_sectors_is_partial(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("China respects Ukraine's sovereignty and territorial integrity, the foreign ministry spokesman said.",
     ("CHN", "territory", "accept")),
    ("Moscow says it will respect the energy truce.", ("RUS", "partial_ceasefire", "accept")),
    ("Live: Kyiv vows to respect the 30-day ceasefire from midnight.", ("UKR", "ceasefire", "accept")),
])
def test_respecting_a_term_accepts_it(analyze_text, text, want):
    assert want in positions(analyze_text, text)


@pytest.mark.model
def test_respect_as_a_noun_or_a_label_states_nothing(analyze_text):
    text = "With respect to the ceasefire, Norway, a respected mediator, had little to add."
    assert not positions(analyze_text, text)
