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

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|rdf)\b", re.IGNORECASE)
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

    parsed = feedparser.parse(io.BytesIO(data))
    source = (parsed.get("feed", {}).get("title") or "").strip() or None
    items = [replace(item, source=source) for item in (_item(entry) for entry in parsed.entries)
             if item is not None]
    if not items and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise InputError(name, f"is not a readable RSS or Atom feed{detail}.")
    return items


def _item(entry: dict) -> FeedItem | None:
    url = (entry.get("link") or "").strip()
    if not url:
        return None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return FeedItem(
        url=url,
        title=(entry.get("title") or "").strip() or None,
        published=time.strftime("%Y-%m-%d", stamp) if stamp else None,
        summary=(entry.get("summary") or "").strip() or None,
        author=(entry.get("author") or "").strip() or None,
        content="\n".join(part.get("value", "") for part in entry.get("content", [])).strip() or None,
    )
