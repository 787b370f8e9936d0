"""Plain-text scrapes: a saved page as text, holding one or several articles amid site chrome.

The cleaner in `chrome.py` cuts the page into articles and drops chrome and teasers; this module
turns its pieces into `Article`s and reads a publication date only where the page prints one.
"""
from __future__ import annotations

from detente.ingest.chrome import TEXT, Piece, cut
from detente.ingest.outlet import name_outlets
from detente.models import Article


def parse_date(text: str | None) -> str | None:
    """`YYYY-MM-DD` for a printed date ("June 3, 2025", "3 Jun 2025", "2025-06-03"), else None."""
    if not text:
        return None
    import dateparser  # slow to import; only pages that print a date need it

    when = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return when.date().isoformat() if when else None


def to_article(piece: Piece, file: str, index: int, fmt: str) -> Article:
    """An `Article` from one cleaned piece of a page."""
    return Article(
        file=file,
        index=index,
        text=piece.text,
        title=piece.title,
        outlet=piece.outlet,
        author=piece.author,
        published=parse_date(piece.date_text),
        raw_start=piece.start,
        raw_end=piece.end,
        format=fmt,
    )


def parse_text_scrape(text: str, file: str) -> list[Article]:
    """The articles of a plain-text scrape, chrome and teasers of other stories removed.

    `raw_start`/`raw_end` give each article's span (headline to last kept paragraph) in `text`.
    """
    pieces = cut(text, TEXT)
    name_outlets(pieces, text)
    return [to_article(p, file, i, "text") for i, p in enumerate(pieces)]
