"""Property-based robustness: the language core and every extractor finish on any sentence.

hypothesis composes texts from the shapes that once hung or crashed the core (numbers and
percentages alone or in lists, fragments, quotes left open, stray punctuation, very long
sentences, non-Latin scripts) and from raw unicode. Each example runs under a time budget
(SIGALRM), so a new endless loop fails the test with the text that caused it instead of
hanging the suite. The bound is generous (an example takes milliseconds), so the tests are
not timing-flaky; what they catch is "never returns" and "raises".
"""
from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.models import Article
from detente.timebudget import time_budget

pytestmark = pytest.mark.model

BUDGET_S = 120.0  # per example; normal runs take well under a second, a loaded machine a few
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

NUMBERS = st.one_of(
    st.integers(-10**7, 10**9).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.floats(0, 1000, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.sampled_from(["one hundred", "fifty", "half", "a third", "dozens", "hundreds of thousands",
                     "zero", "1.5 million", "$2bn", "€300m", "3-4", "10–15", "1/2", "No. 7", "IV"]),
)
PERCENT = st.builds(lambda n, unit: f"{n} {unit}", NUMBERS, st.sampled_from(["percent", "%", "per cent", "pc"]))
WORDS = st.sampled_from([
    "Russia", "Ukraine", "Kyiv", "Moscow", "the Kremlin", "Zelensky", "Putin", "NATO", "the EU", "Turkey",
    "said", "says", "told", "agreed", "rejected", "met", "talks", "ceasefire", "sanctions", "prisoners",
    "killed", "attacked", "drones", "on Monday", "last week", "in Istanbul", "according to", "officials",
    "the minister", "would", "not", "never", "if", "and", "or", "but", "of", "the", "a", "up", "down",
    "DOWN", "UP", "flat", "at", "to", "from", "by", "—", "-", "–", "…",
])
PUNCT = st.sampled_from(list(".,;:!?()[]{}\"'“”‘’«»—-/\\|*#@&") + ["...", "?!", "\n", "\n\n", "\n- ", "\t"])
NON_LATIN = st.sampled_from([
    "Министр заявил, что переговоры продолжатся.", "外交部长说谈判将继续。", "قال الوزير إن المحادثات ستستمر",
    "Ο υπουργός είπε", "מו״מ", "😀🇺🇦", "Ⅻ ½ ¾ ⅓", "ＮＡＴＯ", "Zelenskyy’s", "İstanbul", "Київ",
])
PIECE = st.one_of(NUMBERS, PERCENT, WORDS, WORDS, WORDS, PUNCT, NON_LATIN)


def _join(pieces: list[str]) -> str:
    return " ".join(pieces).strip() or "."


SENTENCES = st.lists(PIECE, min_size=1, max_size=30).map(_join)
LISTS = st.lists(st.one_of(PERCENT, NUMBERS), min_size=1, max_size=25).map(
    lambda xs: ", ".join(xs) + ".")
QUOTES = st.builds(lambda q, s, w, close: f"{q}{s}{close} {w} said.", st.sampled_from(["“", '"', "«", "‘", "'", ""]),
                   SENTENCES, WORDS, st.sampled_from(["”", '"', "»", "", "“"]))
LONG = st.builds(lambda s, n: " ".join([s] * n), SENTENCES, st.integers(20, 60))
RAW = st.text(min_size=1, max_size=400)
PARAGRAPHS = st.lists(st.one_of(SENTENCES, LISTS, QUOTES), min_size=1, max_size=6).map("\n\n".join)


@pytest.fixture(scope="module")
def nlp() -> Any:
    from detente.nlp.pipeline import load_nlp

    return load_nlp()


def _run_all(nlp: Any, text: str) -> None:
    """The language core and every extractor over `text`, bounded; a hang or a crash fails with the text."""
    from detente.extract import extract_all
    from detente.nlp.core import analyze

    article = Article(file="gen.txt", index=0, text=text, published="2025-06-05")
    with time_budget(BUDGET_S, f"analysis of {text[:200]!r}"):
        extract_all(analyze(article, nlp(text)))


@SETTINGS
@given(text=SENTENCES)
def test_generated_sentences(nlp: Any, text: str) -> None:
    _run_all(nlp, text)


@SETTINGS
@given(text=LISTS)
def test_lists_of_numbers_and_percentages(nlp: Any, text: str) -> None:
    _run_all(nlp, text)


@SETTINGS
@given(text=QUOTES)
def test_quotes_open_closed_and_unbalanced(nlp: Any, text: str) -> None:
    _run_all(nlp, text)


@settings(SETTINGS, max_examples=8)
@given(text=LONG)
def test_very_long_sentences(nlp: Any, text: str) -> None:
    _run_all(nlp, text)


@SETTINGS
@given(text=st.one_of(RAW, PARAGRAPHS))
def test_raw_unicode_and_paragraphs(nlp: Any, text: str) -> None:
    _run_all(nlp, text)
