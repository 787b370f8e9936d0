"""HTML pages: trafilatura finds the main text, then the shared cleaner drops what it leaves.

trafilatura keeps teasers of other stories, "Related:" blocks, newsletter boxes and copyright
lines after the article on many news pages; `chrome.cut` (the same rules as for plain-text
scrapes) removes them. Dates come from htmldate (through trafilatura's metadata, or directly).
"""
from __future__ import annotations

from typing import Any

from detente.ingest.chrome import HTML, Line, Piece, cut
from detente.ingest.scrape import to_article
from detente.models import Article

PRECISION = False


def extract(html: str | bytes, url: str | None) -> Any:
    """trafilatura's document (text + metadata) for a page, or None when it finds no text."""
    from trafilatura import bare_extraction

    return bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=PRECISION,
    )


def page_date(html: str | bytes, found: str | None) -> str | None:
    """The page's publication date as `YYYY-MM-DD` (htmldate), or None."""
    if found:
        return found[:10]
    from htmldate import find_date

    try:
        return find_date(html, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None


def parse_html(html: str | bytes, file: str, url: str | None = None) -> list[Article]:
    """The article of an HTML page, cleaned of chrome and teasers; [] if the page has none."""
    doc = extract(html, url)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return []
    pieces = cut(text, HTML)
    if not pieces:  # no paragraph-like line at all (a list, a table): keep trafilatura's text
        pieces = [Piece(None, [Line(text, 0, len(text), "body")])]
    piece = pieces[0]
    piece.title = getattr(doc, "title", None) or piece.title
    piece.author = getattr(doc, "author", None) or piece.author
    piece.outlet = getattr(doc, "sitename", None) or piece.outlet
    art = to_article(piece, file, 0, "html")
    art.published = page_date(html, getattr(doc, "date", None)) or art.published
    art.url = url or getattr(doc, "url", None)
    return [art]
