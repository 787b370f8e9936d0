"""How a date was reached, words that only point at a time, and days a user types. Issue 11."""
from __future__ import annotations

from datetime import date

import pytest

from detente.nlp.dates import basis_of, date_line, deictic, given_day, normalize, printed_date


@pytest.mark.parametrize(("expr", "basis"), [
    ("June 3, 2025", "stated"), ("2025-06-03", "stated"), ("in May 2024", "stated"), ("in 2023", "stated"),
    ("on June 3", "inferred-year"), ("3 June", "inferred-year"), ("in May", "inferred-year"),
    ("on Monday", "relative"), ("yesterday", "relative"), ("last week", "relative"), ("last May", "relative"),
    ("the following day", "relative"), ("overnight", "relative"),
])
def test_basis_says_how_the_value_was_reached(expr: str, basis: str) -> None:
    assert basis_of(expr) == basis


def test_words_pointing_at_now_or_then_are_not_dates() -> None:
    assert deictic("now") == "present" and deictic("Currently,") == "present"
    assert deictic("at the time") == "past" and deictic("in the future") == "future"
    assert deictic("on Monday") is None and deictic("nowhere") is None
    assert normalize("now", date(2025, 6, 3)) is None
    assert normalize("at the time", date(2025, 6, 3)) is None
    assert normalize("yesterday", date(2025, 6, 3)) == ("2025-06-02", "day")


def test_a_typed_day_is_checked_with_a_sentence_naming_it() -> None:
    assert given_day(" 2025-06-03 ") == date(2025, 6, 3)
    with pytest.raises(ValueError, match="'June 3' is not a day written as YYYY-MM-DD"):
        given_day("June 3")
    with pytest.raises(ValueError, match="'2025-02-30' is not a day of the calendar"):
        given_day("2025-02-30")
    with pytest.raises(ValueError, match="in the future"):
        given_day("2025-06-10", today=date(2025, 6, 3))


def test_dotted_day_first_dates_only_on_a_line_of_their_own() -> None:
    assert date_line("Kyiv • 03.06.2025 12:40\nUkraine said.") == date(2025, 6, 3)
    assert date_line("03.06.2025 - Update : 04.06.2025") == date(2025, 6, 3)
    assert date_line("The 1.2.2020 release of the app was patched.") is None
    assert printed_date("Published: 03.06.2025\nText.") == date(2025, 6, 3)


def test_an_agency_dateline_after_a_full_stop_dates_the_story() -> None:
    assert printed_date("MOSCOW. June 3, 2025 (Interfax) - The Kremlin said.") == date(2025, 6, 3)
    assert printed_date("Officials met. June 3, 2025 was chosen for the vote.") is None


def test_a_daily_reports_past_day_is_its_publication_day() -> None:
    from detente.nlp.dates import find_times

    found = find_times("Russia launched 120 drones over the past day, the air force said.", 0, date(2025, 6, 5))
    assert [(t.text, t.value) for t in found] == [("over the past day", "2025-06-05")]
    assert [t.value for t in find_times("Over the past 24 hours, troops attacked 12 towns.", 0,
                                        date(2025, 6, 5))] == ["2025-06-05"]
    assert find_times("Fighting has raged for the past day.", 0, date(2025, 6, 5)) == []


@pytest.mark.parametrize(("sentence", "first", "last"), [
    ("The talks ran from June 1 to June 3.", "2025-06-01", "2025-06-03"),
    ("The summit on June 1-3 in Vilnius set a plan.", "2025-06-01", "2025-06-03"),
    ("Advisers met on 28–29 October in Malta.", "2024-10-28", "2024-10-29"),
    ("Envoys talked between Monday and Wednesday.", "2025-06-02", "2025-06-04"),
    ("They met on June 1 and again on June 3.", "2025-06-01", None),
])
def test_ranges_are_kept_as_ranges(sentence: str, first: str, last: str | None) -> None:
    from detente.nlp.dates import find_times, range_end

    found = find_times(sentence, 0, date(2025, 6, 5))
    assert found[0].value == first
    assert range_end(sentence, found, found[0]) == last


@pytest.mark.parametrize(("header", "day"), [
    ("Harbour Ledger | 04.03.2024 | Translated from the Dutch", date(2024, 3, 4)),   # dotted: day first
    ("Thursday 9 May 2024 | Live", date(2024, 5, 9)),
    ("Our Tbilisi correspondent | March 14, 2024 18:05 GMT", date(2024, 3, 14)),
    ("Foreign desk | 2024-03-14 | Analysis", date(2024, 3, 14)),
])
def test_a_header_cut_by_bars_with_a_date_alone_in_one_label_dates_the_page(header: str, day: date) -> None:
    assert printed_date(f"Envoys trade maps in a border village\n{header}\nThe envoys met for a day.") == day


def test_a_bar_label_with_more_than_a_date_or_no_year_dates_nothing() -> None:
    assert date_line("Talks | March 14 vote postponed | Analysis\nText.") is None
    assert date_line("Opinion | Why March 14, 2024 changed the front\nText.") is None


def test_an_agency_dateline_with_the_day_between_dashes_dates_the_story() -> None:
    text = "Harbour peace talks stall\nNiamey (AFP) - 5 February 2024 - Niger's rulers said on Monday they would talk."
    assert printed_date(text) == date(2024, 2, 5)
    assert printed_date("Niamey (AFP) - 5 February 2024 was a Monday, the rulers said.") is None
