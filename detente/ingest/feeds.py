"""Read RSS and Atom feeds into the list of items whose pages detente should fetch.

A feed only points at articles; the article text lives on each item's page, which the
dispatcher fetches. feedparser is given bytes wrapped in a stream, never a string, so it
cannot mistake the input for a URL or a file name and fetch or open it on its own.
"""
from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass, replace

from detente.errors import InputError
from detente.ingest.decode import clean_text

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|rdf)\b", re.IGNORECASE)
# Character references to a surrogate or NUL (`&#xD800;`, `&#55296;`, `&#0;`): feedparser turns them into
# characters no UTF-8 writer accepts (or crashes on them), so they become U+FFFD before it reads the feed.
_BAD_CHAR_REF = re.compile(
    rb"&#(?:[xX]0*(?:[dD][89a-fA-F][0-9a-fA-F]{2}|0)"  # hexadecimal: D800-DFFF, 0
    rb"|0*(?:5529[6-9]|55[3-9]\d\d|56\d{3}|57[0-2]\d\d|573[0-3]\d|5734[0-3]|0));"  # decimal: 55296-57343, 0
)
_PREAMBLE = re.compile(rb"\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True)
class FeedItem:
    """One feed entry: the page to fetch, plus the metadata (and maybe full text) the feed gives."""

    url: str
    title: str | None = None
    published: str | None = None
    summary: str | None = None
    author: str | None = None
    content: str | None = None  # full-text HTML (content:encoded, atom:content), when the feed carries it
    source: str | None = None  # the feed's own title: the outlet, when the page does not name one


def looks_like_feed(data: bytes) -> bool:
    """True when the document's root element is `<rss>`, `<feed>` or `<rdf:RDF>`."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    while True:
        match = _PREAMBLE.match(head)
        if not match or match.end() == 0:
            break
        head = head[match.end():]
    root = _FEED_ROOT.match(head.lstrip())
    return root is not None


def parse_feed(data: bytes, name: str) -> list[FeedItem]:
    """The items of an RSS or Atom feed that link to a page, in feed order.

    Raises:
        InputError: the bytes are not a feed feedparser can read.
    """
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(_BAD_CHAR_REF.sub(b"&#xFFFD;", data)))
    except Exception as exc:  # a parser bug on hostile XML must cost this feed, not the batch
        raise InputError(name, f"is not a readable RSS or Atom feed ({type(exc).__name__}).") from exc
    source = _text(parsed.get("feed", {}).get("title"))
    items = [replace(item, source=source) for item in (_item(entry) for entry in parsed.entries)
             if item is not None]
    if not items and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise InputError(name, f"is not a readable RSS or Atom feed{detail}.")
    return items


def _item(entry: dict) -> FeedItem | None:
    url = _text(entry.get("link"))
    if not url:
        return None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return FeedItem(
        url=url,
        title=_text(entry.get("title")),
        published=_day(stamp),
        summary=_text(entry.get("summary")),
        author=_text(entry.get("author")),
        content=_text("\n".join(_text(part.get("value")) or "" for part in entry.get("content", []))),
    )


def _text(value: object) -> str | None:
    """A feed field as clean, stripped text (no lone surrogate from `&#xD800;`, no NUL), or None."""
    if not isinstance(value, str):
        return None
    return clean_text(value).strip() or None


def _day(stamp: object) -> str | None:
    """`YYYY-MM-DD` of a parsed feed date; None when the feed's date is out of any sane range."""
    try:
        return time.strftime("%Y-%m-%d", stamp) if stamp else None  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
