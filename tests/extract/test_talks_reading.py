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
