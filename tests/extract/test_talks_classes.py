"""Talks read by class, in sentences written for these tests in several outlets' voices: one call
is one record, who calls or meets is a side, and the reading around the trigger sets its status."""
from __future__ import annotations

import pytest

from detente.extract.talks import find_talks

pytestmark = pytest.mark.model


def _talks(analyze_text, text: str, published: str = "2025-06-05") -> list[dict]:  # type: ignore[no-untyped-def]
    return [r.fields for r in find_talks(analyze_text(text, published=published))]


@pytest.mark.parametrize("text", [
    "Macron spoke by phone with Putin on Tuesday, the Elysee said.",
    "Scholz spoke by telephone with Zelensky on Monday.",
    "The Italian premier spoke on the phone with the Ukrainian president late on Sunday.",
])
def test_a_verb_of_speaking_inside_a_call_phrase_is_one_call(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert len(talks) == 1 and talks[0]["format"] == "virtual", talks


@pytest.mark.parametrize("text, sides", [
    ("Erdogan phoned Zelensky on Wednesday to offer to mediate.", ["TUR", "UKR"]),
    ("Orban called Putin on Friday to propose hosting a summit.", ["HUN", "RUS"]),
    ("Rubio met with Lavrov in Riyadh on Tuesday to broker a truce.", ["RUS", "USA"]),
])
def test_who_calls_or_meets_is_a_side_whatever_the_purpose_clause_says(  # type: ignore[no-untyped-def]
        analyze_text, text, sides) -> None:
    talks = _talks(analyze_text, text)
    assert any(set(sides) <= set(t["parties"]) for t in talks), talks


@pytest.mark.parametrize("text", [
    "Turkey hosted Russian and Ukrainian delegations in Istanbul on Monday.",
    "Talks between Moscow and Kyiv were mediated by Qatar in Doha last week.",
])
def test_a_host_of_two_guests_stays_a_go_between(analyze_text, text) -> None:  # type: ignore[no-untyped-def]
    talks = _talks(analyze_text, text)
    assert talks and all(set(t["parties"]) == {"RUS", "UKR"} for t in talks), talks
