"""An article that prints no date and names days without a year ("on March 3") is read after the
earliest its story can be: the latest month or year it states as past, or the latest start of an
office it names someone by. Relative days stay unread. Issue 10."""
from __future__ import annotations

from datetime import date

from detente.models import Article
from detente.nlp.core import analyze, floored_reference
from detente.nlp.date_anchors import office_floor
from detente.nlp.dates import stated_floor, yearless_after

TODAY = date(2026, 12, 7)


def test_the_latest_past_month_or_year_stated_bounds_the_story() -> None:
    text = ("The mandate of the assembly ran out in October 2023. Elections are planned for 2027. "
            "Its speaker resigned on 9 March.")
    assert stated_floor(text) == date(2023, 10, 1)
    assert yearless_after(text, date(2023, 10, 1), TODAY) == date(2024, 3, 9)
    assert stated_floor("Envoys met on 9 March.") is None


def test_a_yearless_day_is_its_first_occurrence_after_the_floor() -> None:
    text = "The ferry left Odesa on November 2 and docked on November 4."
    assert yearless_after(text, date(2024, 10, 20), TODAY) == date(2024, 11, 4)
    assert yearless_after(text, date(2024, 11, 10), TODAY) == date(2025, 11, 4)
    assert yearless_after("The ferry left on Monday.", date(2024, 11, 3), TODAY) is None
    assert yearless_after("Talks resume on December 20.", date(2026, 12, 1), TODAY) is None  # ahead


def test_an_office_named_with_its_holder_bounds_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Foreign Minister Andrii Sybiha flew to Ottawa on June 12, where Vice President JD Vance "
              "was also expected.")
    assert office_floor(doc, TODAY) == date(2025, 1, 20)
    assert floored_reference(doc.text, doc, TODAY) == date(2025, 6, 12)


def test_an_old_office_or_a_name_without_its_title_bounds_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert office_floor(nlp("President Alexander Lukashenko received the envoy on 3 May."), TODAY) is None
    assert office_floor(nlp("Sybiha received the envoy on 3 May."), TODAY) is None


def test_a_second_term_is_read_as_the_recent_one(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("President Donald Trump spoke to the Finnish leader by phone on April 7.")
    assert office_floor(doc, TODAY) == date(2025, 1, 20)


class _Today(date):
    """A clock stopped at TODAY, so that the office window does not move under the test."""

    @classmethod
    def today(cls) -> date:
        return TODAY


def test_only_named_days_are_read_in_an_undated_article(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for module in ("core", "date_anchors", "dates"):
        monkeypatch.setattr(f"detente.nlp.{module}.date", _Today)
    text = ("Vice President JD Vance arrived in Helsinki on March 3. On Tuesday he met the Finnish "
            "president, and the talks resumed in May 2025.")
    analysis = analyze(Article(file="x.txt", index=0, text=text, title=None), nlp(text))
    times = {t.text: t.value for s in analysis.sentences for t in s.times}
    assert times["March 3"].endswith("-03-03") and "Tuesday" not in times
    assert times["May 2025"] == "2025-05"
