"""Every record dated as a reader would date it, and none dated from a time that bounds the act.

The extractors date a record by the time its own sentence names; `date_undated` gives a sentence that
names none the day the story was told about, or the publication day for the lead of the day's news,
and says how in `date_basis`. Issue 11."""
from __future__ import annotations

import pytest

from detente.extract import extract_all
from detente.extract.common import sentence_date
from detente.nlp.core import Sentence, TimeMention

pytestmark = pytest.mark.model


def dated(analysis) -> list[tuple[str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(r.kind, r.fields.get("type") or r.fields.get("status"), r.date, r.fields.get("date_basis"))
            for r in extract_all(analysis) if r.kind in ("event", "talks")]


def test_a_sentence_that_continues_the_story_takes_its_day(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian and Ukrainian delegations held talks in Istanbul on May 16, 2025.\n\n"
            "Ukraine and Russia agreed to exchange 1,000 prisoners of war each.")
    records = dated(analyze_text(text, published="2025-05-20"))
    assert ("event", "AGREE", "2025-05-16", "carried") in records
    assert ("talks", "held", "2025-05-16", "stated") in records


def test_the_lead_of_the_days_news_takes_the_publication_day(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Russia launched a massive drone attack on Kyiv, killing three people, Ukrainian officials said."
    assert dated(analyze_text(text, published="2025-06-05")) == [("event", "ASSAULT", "2025-06-05", "published")]
    assert dated(analyze_text(text, published=None)) == [("event", "ASSAULT", None, None)]


def test_relative_days_say_so(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Russian forces struck Kharkiv on Monday, killing four people, the governor said."
    assert dated(analyze_text(text, published="2025-06-05")) == [("event", "ASSAULT", "2025-06-02", "relative")]


def test_a_time_that_bounds_the_act_does_not_date_it(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Russia and Ukraine agreed on a ceasefire that has held since May 1, 2025, the UN said."
    (record,) = dated(analyze_text(text, published="2025-06-05"))
    assert record[2] != "2025-05-01"


def _sentence(text: str, *spans: tuple[str, str, str]) -> Sentence:
    times = [TimeMention(text.index(words), text.index(words) + len(words), words, value, precision)
             for words, value, precision in spans]
    return Sentence(0, 0, 0, len(text), text, times=times)


def test_sentence_date_skips_bounds_and_prefers_the_time_nearest_the_trigger() -> None:
    text = "The truce has held since May 1 and the envoys met on Monday in Geneva, a week after the vote."
    sent = _sentence(text, ("May 1", "2025-05-01", "day"), ("Monday", "2025-06-02", "day"),
                     ("a week", "2025-05-26", "week"))
    assert sentence_date(sent).value == "2025-06-02"
    until = _sentence("Talks resume on Friday and run until June 30.", ("Friday", "2025-06-06", "day"),
                      ("June 30", "2025-06-30", "day"))
    assert sentence_date(until).value == "2025-06-06"
    both = _sentence("Envoys met on Monday; the ministers spoke on Tuesday.", ("Monday", "2025-06-02", "day"),
                     ("Tuesday", "2025-06-03", "day"))
    assert sentence_date(both, near=both.text.index("spoke")).value == "2025-06-03"
    assert sentence_date(_sentence("Fighting has gone on since June 1.", ("June 1", "2025-06-01", "day"))) is None


def test_a_planned_day_is_not_carried_to_what_was_done(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Envoys of Russia and Ukraine will meet in Geneva on June 10, the Swiss foreign ministry said.\n\n"
            "Russian forces struck Kharkiv with drones, killing four people, the regional governor said.")
    strikes = [r for r in dated(analyze_text(text, published="2025-06-05")) if r[1] == "ASSAULT"]
    assert strikes == [("event", "ASSAULT", "2025-06-05", "published")]


def test_a_range_of_days_is_kept_with_its_last_day(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = "Russian and Ukrainian delegations held talks in Istanbul on June 1-3, the Turkish foreign ministry said."
    talks = [r for r in extract_all(analyze_text(text, published="2025-06-05")) if r.kind == "talks"]
    assert [(r.date, r.fields.get("date_end")) for r in talks] == [("2025-06-01", "2025-06-03")]
