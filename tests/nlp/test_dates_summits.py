"""An article that prints no date of its own is read from the summit it names, as a reader of the
news would read it; a summit that could be several dates nothing. Issue 11."""
from __future__ import annotations

from datetime import date

from detente.nlp.date_anchors import summit_reference
from detente.nlp.dates import find_times, infer_reference


def test_a_summit_told_as_held_dates_from_its_last_day() -> None:
    text = ("Leaders gathered at the G7 summit in Hiroshima, where the Ukrainian president arrived on "
            "Saturday.\nHe met the Indian prime minister on Sunday.")
    assert summit_reference(text) == date(2023, 5, 21)
    reference = infer_reference(text)
    assert reference is not None
    days = [t.value for t in find_times(text, 0, reference) if t.precision == "day"]
    assert days == ["2023-05-20", "2023-05-21"]


def test_a_summit_told_as_ahead_dates_from_the_day_before_it_opens() -> None:
    text = ("Allied leaders will gather for the NATO summit in Vilnius starting Tuesday. "
            "Turkey dropped its objection to Sweden's membership on Monday.")
    reference = infer_reference(text)
    assert reference == date(2023, 7, 10)
    assert [t.value for t in find_times(text, 0, reference)] == ["2023-07-11", "2023-07-10"]


def test_a_yearless_date_takes_the_summits_year() -> None:
    text = ("Speaking by video link to the Group of 20 summit in Rio de Janeiro, the minister recalled "
            "the strike on Kharkiv on August 30.")
    reference = infer_reference(text)
    assert reference == date(2024, 11, 19)
    assert "2024-08-30" in [t.value for t in find_times(text, 0, reference)]


def test_a_summit_that_fits_several_years_dates_nothing() -> None:
    assert summit_reference("Allies met at the NATO summit in Brussels on Wednesday.") is None
    assert summit_reference("The G20 summit opened on Monday.") is None  # no host: any year


def test_two_summits_of_different_days_date_nothing() -> None:
    text = ("At the NATO summit in Madrid, leaders agreed a new concept. "
            "At the G20 summit in Bali, the president spoke on Tuesday.")
    assert summit_reference(text) is None


def test_a_body_and_a_place_without_a_summit_date_nothing() -> None:
    assert summit_reference("NATO troops trained in Lithuania on Tuesday.") is None
    assert infer_reference("The minister visited Vilnius on Tuesday to discuss NATO.") is None


def test_an_article_with_its_own_dates_keeps_them() -> None:
    text = "On June 14, 2024, at the G7 summit in Apulia, leaders agreed a $50 billion loan."
    assert infer_reference(text) == date(2024, 6, 14)
