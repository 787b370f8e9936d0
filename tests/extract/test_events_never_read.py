"""Acts the rules never read, by class of English (session 12): a meeting with a named counterpart that a
clause follows ('told reporters after talks with his Kenyan counterpart').

Every sentence here is written for these tests in our own words, in several voices (wire, state
media, readout, live blog).
"""
from __future__ import annotations

import pytest

from tests.extract.readings import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "party"), [
    ("Nigeria will not send troops to the region, its foreign minister told journalists following "
     "talks with his Ghanaian counterpart.", "GHA"),
    ("\"The door remains open,\" Kenyan President William Ruto said after a meeting with Tanzania's "
     "President Samia Suluhu Hassan in Arusha.", "TZA"),
])
def test_a_meeting_with_a_counterpart_a_clause_follows_was_held(analyze_text, text: str, party: str) -> None:
    assert any(e[0] == "CONSULT" and party in e[1:] for e in events(analyze_text, text)), events(analyze_text, text)


@pytest.mark.parametrize("text", [
    "Ruto told reporters after the talks that the two sides had made progress.",
    "Ruto will brief parliament after talks with Hassan next week.",
])
def test_a_bare_or_future_meeting_after_is_no_new_consultation(analyze_text, text: str) -> None:
    assert not [e for e in events(analyze_text, text) if e[0] == "CONSULT"], events(analyze_text, text)
