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
