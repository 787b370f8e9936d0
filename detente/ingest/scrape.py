"""Plain-text scrapes: a saved page as text, holding one or several articles amid site chrome.

The cleaner in `chrome.py` cuts the page into articles and drops chrome and teasers; this module
turns its pieces into `Article`s and reads a publication date only where the page prints one: a
date line the cleaner kept, else a stamp, a dateline or a URL in the article's stretch of the page.
"""
from __future__ import annotations

import re

from detente.ingest.chrome import TEXT, Piece, cut
from detente.ingest.outlet import name_outlets
from detente.models import Article

# An archive's metadata stamp glued before the page's first line (" date 2025-05-16 Headline ..."):
# read as the date, then blanked (same length, so offsets hold) so the headline reads clean.
ARCHIVE_STAMP = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}\b[ \t]*")


def parse_date(text: str | None) -> str | None:
    """`YYYY-MM-DD` for a printed date ("June 3, 2025", "3 Jun 2025", "2025-06-03"), else None."""
    if not text:
        return None
    import dateparser  # slow to import; only pages that print a date need it

    when = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return when.date().isoformat() if when else None


def printed_date(stretch: str) -> str | None:
    """`YYYY-MM-DD` a stretch of the page prints as its date (stamp, dateline, URL), else None."""
    from detente.nlp.dates import printed_date as find

    day = find(stretch)
    return day.isoformat() if day else None


def filed_date(stretch: str) -> str | None:
    """`YYYY-MM-DD` of a yearless wire dateline ("KYIV, Nov 17 (Reuters) -") whose lead names the
    weekday ("said on Sunday"): the cleaner drops the dateline line, so only the page's stretch still
    holds it. A guess (the year is the latest that fits), stored as inferred."""
    from detente.nlp.dates import dateline_with_weekday

    day = dateline_with_weekday(stretch)
    return day.isoformat() if day else None


def to_article(piece: Piece, file: str, index: int, fmt: str, stretch: str = "") -> Article:
    """An `Article` from one cleaned piece of a page; `stretch` is its part of the page (with the
    lines the cleaner dropped), read for a date when the cleaner kept no date line."""
    published = parse_date(piece.date_text) or printed_date(stretch)
    guessed = None if published else filed_date(stretch)
    return Article(
        file=file,
        index=index,
        text=piece.text,
        title=piece.title,
        outlet=piece.outlet,
        author=piece.author,
        published=published or guessed,
        published_inferred=guessed is not None,
        raw_start=piece.start,
        raw_end=piece.end,
        format=fmt,
    )


def parse_text_scrape(text: str, file: str) -> list[Article]:
    """The articles of a plain-text scrape, chrome and teasers of other stories removed.

    `raw_start`/`raw_end` give each article's span (headline to last kept paragraph) in `text`.
    """
    stamp = ARCHIVE_STAMP.match(text)
    if stamp:
        text = " " * stamp.end() + text[stamp.end():]
    pieces = cut(text, TEXT)
    name_outlets(pieces, text)
    articles: list[Article] = []
    for i, piece in enumerate(pieces):
        start = pieces[i - 1].end if i else 0
        stretch = (stamp.group(0) + "\n" if stamp and not i else "") + text[start:piece.end]
        articles.append(to_article(piece, file, i, "text", stretch))
    fill_undated(articles)
    return articles


def fill_undated(articles: list[Article]) -> None:
    """A piece the page prints no date for (a summary box cut off before the byline, an untitled
    follow-up) takes the nearest date printed for another piece of the same page, as a guess."""
    dated = [(a.index, a.published) for a in articles if a.published and not a.published_inferred]
    for article in articles:
        if article.published is None and dated:
            _, nearest = min(dated, key=lambda d: abs(d[0] - article.index))
            article.published, article.published_inferred = nearest, True


def given_metadata(article: Article, published: str | None, outlet: str | None) -> None:
    """What the user said about inputs that lack it (`ingest --published DATE --outlet NAME`): a
    publication day for an article with none or only a guessed one, an outlet for one with none."""
    if published and (article.published is None or article.published_inferred):
        article.published, article.published_inferred = published, False
    if outlet and not article.outlet:
        article.outlet = outlet
