"""A lexicon compiled for speed finds exactly what one plain longest-first alternation finds."""
from __future__ import annotations

import re

import pytest

from detente.extract.positions import _load, compile_phrases, phrase_pattern


def _plain(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile("|".join(f"(?:{phrase_pattern(p)})" for p in ordered), re.IGNORECASE)


TEXTS = [
    "Kyiv's demand is clear: the Kremlin rejected the proposal, but Moscow is ready to accept a ceasefire.",
    "The minister insisted on guarantees; Ukraine's terms were called a non-starter by the envoy.",
    "'s list of conditions — Russia's wish list — included the withdrawal of troops and neutrality.",
    "He RULED OUT any territorial concessions and said Ukraine will never recognise the annexation.",
    "An un-readiness to talk, calls for talks, a call-for-talks, re-engagement, and 24/7 shelling.",
]


@pytest.mark.parametrize("lexicon", ["cues", "voiders", "preconditions"])
def test_the_positions_lexicons_match_as_one_plain_alternation(lexicon: str) -> None:
    data = _load("positions_cues.json")
    phrases = [p for v in data["cues"].values() for p in v] if lexicon == "cues" else data[lexicon]
    fast, plain = compile_phrases(phrases), _plain(phrases)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert any(fast.search(text) for text in TEXTS) or lexicon != "cues"


def test_a_phrase_that_starts_with_an_apostrophe_still_matches_mid_word() -> None:
    pattern = compile_phrases(["'s demand", "demand"])
    assert [m.group(0) for m in pattern.finditer("Kyiv's demand and the demand")] == ["'s demand", "demand"]


def test_longest_phrase_wins_where_two_start_together() -> None:
    pattern = compile_phrases(["ready", "ready to accept"])
    assert pattern.search("Moscow is ready to accept it").group(0) == "ready to accept"
