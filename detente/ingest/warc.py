"""Stream HTML pages out of WARC files (Common Crawl's CC-NEWS is the usual source).

A CC-NEWS file is about 1 GB compressed; warcio reads it record by record from the open file,
so only one record's body is ever held in memory, and a body over the cap is skipped.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from detente.errors import InputError

HTML_TYPES = ("text/html", "application/xhtml+xml")
DEFAULT_RECORD_BYTES = 20_000_000


@dataclass(frozen=True)
class WarcPage:
    """One HTML response record: its 0-based position among the file's records, URL, body, date.

    `date` is the crawl date (`WARC-Date`, as `YYYY-MM-DD`), not the publication date.
    `error` is set (and `body` empty) when this record alone cannot be used.
    """

    number: int
    url: str | None
    body: bytes
    date: str | None
    error: InputError | None = None
    content_type: str | None = None


def iter_warc(path: str | Path) -> Iterator[tuple[str, bytes, str | None]]:
    """(url, html body, crawl date) for each HTML response record; unusable records are skipped.

    Raises:
        InputError: the file cannot be opened or is not a (complete) WARC file.
    """
    for page in iter_warc_pages(path):
        if page.error is None:
            yield page.url or "", page.body, page.date


def iter_warc_pages(path: str | Path, max_bytes: int = DEFAULT_RECORD_BYTES) -> Iterator[WarcPage]:
    """Every HTML response record of a WARC, streamed; oversized records come back with an error.

    Raises:
        InputError: the file cannot be opened or breaks off; pages before the break were yielded.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        with open(path, "rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream)):
                if record.rec_type == "response" and _is_html(record):
                    yield _page(record, number, name, max_bytes)
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        raise InputError(name, f"is not a readable WARC file ({exc or type(exc).__name__}).") from exc


def _is_html(record: object) -> bool:
    """A successful (2xx) HTTP response whose body is HTML; redirects and error pages are not articles."""
    headers = getattr(record, "http_headers", None)
    if headers is None or not str(headers.get_statuscode() or "").startswith("2"):
        return False
    content_type = headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def _page(record: object, number: int, name: str, max_bytes: int) -> WarcPage:
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    stamp = record.rec_headers.get_header("WARC-Date") or ""  # type: ignore[attr-defined]
    date = stamp[:10] if len(stamp) >= 10 else None
    content_type = record.http_headers.get_header("Content-Type")  # type: ignore[attr-defined]
    body = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(body) > max_bytes:
        error = InputError(f"{name} record {number}", f"({url}) is over the {max_bytes / 1e6:g} MB "
                                                      "limit for one page; skipped.")
        return WarcPage(number, url, b"", date, error, content_type)
    return WarcPage(number, url, body, date, None, content_type)
