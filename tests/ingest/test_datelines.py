"""Publication dates as pages print them: datelines and stamp lines in the styles of a dozen outlets,
read from plain-text scrapes the way a user's saved page reaches `detente ingest`. Issue 11."""
from __future__ import annotations

import pytest

from detente.ingest.scrape import given_metadata, parse_text_scrape
from detente.models import Article

HEADLINE = "Ukraine and Russia swap prisoners as envoys prepare new talks"
LEAD = ("Ukraine and Russia exchanged prisoners of war on Tuesday, the first swap in weeks, officials in "
        "Kyiv and Moscow said, as envoys prepared for a new round of talks in Istanbul later this month.")
MORE = ("\n\nThe exchange was mediated by the United Arab Emirates, the foreign ministry in Abu Dhabi said "
        "in a statement, adding that talks on a further swap were under way.\n")

# (outlet style, the lines a page prints above its story, how the story's first line opens)
STYLES = [
    ("AP stamp and dateline", "By HANNA ARHIROVA\nUpdated 5:12 AM EDT, June 3, 2025", "KYIV, Ukraine (AP) — "),
    ("AP dateline with year", "", "ANCHORAGE, Alaska, June 3, 2025 — "),
    ("Reuters page stamp", "By Tom Balmforth\nJune 3, 2025 8:14 AM GMT+3Updated 2 hours ago", "KYIV, June 3 (Reuters) - "),
    ("Reuters wire copy", "", "KYIV, June 3, 2025 (Reuters) - "),
    ("AFP", "Published: Jun 3, 2025, 10:12 AM", "Kyiv (AFP) – "),
    ("TASS", "3 JUN 2025, 14:12", "MOSCOW, June 3. /TASS/. "),
    ("Interfax", "", "MOSCOW. June 3, 2025 (Interfax) - "),
    ("Ukrinform", "Kyiv • 03.06.2025 12:40", ""),
    ("UPI", "", "June 3, 2025 (UPI) -- "),
    ("Al Jazeera", "Published On 3 Jun 2025", ""),
    ("The Guardian", "Tue 3 Jun 2025 14.02 BST", ""),
    ("CNN", "Updated 10:42 AM EDT, Tue June 3, 2025", ""),
    ("Hindustan Times", "ByHT News Desk\nJun 03, 2025 10:58 PM IST", ""),
    ("Xinhua", "", "KYIV, June 3, 2025 (Xinhua) -- "),
    ("Anadolu", "ANKARA\n03.06.2025 - Update : 03.06.2025", ""),
    ("metadata line", "Date: 2025-06-03", ""),
    ("archive stamp", " date 2025-06-03", ""),
    ("URL line", "Source: https://www.example.com/news/2025/06/03/prisoner-swap", ""),
    ("byline and date behind a bar", "By Maria Lenz | 3 June 2025", ""),
    ("desk, city and date behind bars", "Staff Reporter | KYIV, June 3, 2025", ""),
    ("live blog header behind a middot", "Tue 3 Jun 2025 · Europe live", ""),
    ("outlet, desk and weekday date behind middots", "The Harbour Gazette · Foreign Desk · Tuesday, June 3, 2025", ""),
    ("section and date behind bullets", "World news • Tuesday 3 June 2025", ""),
    ("AP dateline with the date after the dash", "TIRASPOL, Moldova (AP) — June 3, 2025", ""),
]


def page(stamp: str, opening: str) -> str:
    top = f"{HEADLINE}\n{stamp}\n" if stamp and not stamp.startswith(" date") else f"{HEADLINE}\n"
    text = f"{top}\n{opening}{LEAD}{MORE}"
    return f"{stamp} {text}" if stamp.startswith(" date") else text


@pytest.mark.parametrize(("style", "stamp", "opening"), STYLES, ids=[s[0] for s in STYLES])
def test_publication_day_is_read_in_the_outlets_styles(style: str, stamp: str, opening: str) -> None:
    (article,) = parse_text_scrape(page(stamp, opening), "saved.txt")
    assert article.published == "2025-06-03", style
    assert LEAD in article.text


def test_a_header_of_long_labels_beside_a_date_is_no_date_line() -> None:
    """A line of several long phrases beside a date reads as a sentence's fragment, not the page's day;
    a dash after the agency opening a sentence is the story, not a date line."""
    from detente.ingest.chrome import is_date_line

    assert not is_date_line("Ceasefire talks resume in Geneva as envoys trade blame · June 3, 2025")
    (article,) = parse_text_scrape(page("", "KYIV (AP) — June 3, 2025 was the day "), "saved.txt")
    assert article.published is None


def test_a_page_with_no_printed_date_stays_undated() -> None:
    (article,) = parse_text_scrape(page("", "KYIV (Reuters) - "), "saved.txt")
    assert article.published is None


def test_user_given_metadata_fills_only_what_the_input_lacks() -> None:
    bare = Article(file="a.txt", index=0, text=LEAD)
    given_metadata(bare, "2025-06-03", "Kyiv Post")
    assert (bare.published, bare.published_inferred, bare.outlet) == ("2025-06-03", False, "Kyiv Post")
    guessed = Article(file="b.txt", index=0, text=LEAD, published="2025-05-01", published_inferred=True)
    given_metadata(guessed, "2025-06-03", None)
    assert guessed.published == "2025-06-03" and guessed.outlet is None
    printed = Article(file="c.txt", index=0, text=LEAD, published="2025-06-02", outlet="AP")
    given_metadata(printed, "2025-06-03", "Kyiv Post")
    assert (printed.published, printed.outlet) == ("2025-06-02", "AP")


def test_yearless_wire_dateline_is_dated_by_its_leads_weekday() -> None:
    """'KYIV, June 3 (Reuters) -' with a lead that says 'on Tuesday': June 3 fell on a Tuesday in 2025
    (the latest such year), a guess stored as inferred."""
    (article,) = parse_text_scrape(page("", "KYIV, June 3 (Reuters) - "), "saved.txt")
    assert (article.published, article.published_inferred) == ("2025-06-03", True)


def test_yearless_dateline_without_a_weekday_stays_undated() -> None:
    lead = LEAD.replace(" on Tuesday", "")
    text = f"{HEADLINE}\n\nMOSCOW, June 3. /TASS/. {lead}{MORE}"
    (article,) = parse_text_scrape(text, "saved.txt")
    assert article.published is None
