"""Stream HTML pages out of WARC files (Common Crawl's CC-NEWS is the usual source).

A CC-NEWS file is about 1 GB compressed; warcio reads it record by record from the open file,
so only one record's body is ever held in memory, and a body over the cap is skipped.
"""
from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from detente.errors import InputError

HTML_TYPES = ("text/html", "application/xhtml+xml")
DEFAULT_RECORD_BYTES = 20_000_000
MAX_INFLATION = 100  # compressed WARC of news pages inflates 4-10x; a bomb inflates 1000x
MIN_INFLATED_BYTES = 200_000_000  # small files may inflate further than the ratio allows
MAX_HEADER_LINE = 1_000_000  # WARC and HTTP header lines are short; a megabyte without a break is junk


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
    """Every HTML response record of a WARC, streamed; oversized or unusable records come back with an error.

    Raises:
        InputError: the file cannot be opened, breaks off, or inflates past its caps; pages before
            the break were yielded. Its reason is a sentence, never the raw bytes warcio complains of.
    """
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    try:
        with open(path, "rb") as stream:
            records = _archive(stream, name, max_bytes, os.fstat(stream.fileno()).st_size)
            number = -1
            for number, record in enumerate(records):  # noqa: B007 - `number` is used after the loop
                if record.rec_type != "response":
                    continue
                if not record.rec_headers.get_header("WARC-Target-URI"):
                    yield _unusable(number, name, "is a response without a WARC-Target-URI header; skipped.")
                elif _is_html(record):
                    yield _page(record, number, name, max_bytes)
            if records.err_count:
                yield _unusable(number + 1, name, f"ends {records.err_count} record(s) off their declared "
                                                  "Content-Length; what followed may be lost.")
    except InputError:
        raise
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, UnicodeError, LookupError,
            AttributeError, TypeError, IndexError, KeyError) as exc:
        raise InputError(name, f"is not a readable WARC file ({_sentence(exc)}).") from exc


def _unusable(number: int, name: str, reason: str) -> WarcPage:
    return WarcPage(number, None, b"", None, InputError(f"{name} record {number}", reason))


def _sentence(exc: BaseException) -> str:
    """What went wrong, in words: warcio's messages carry raw header bytes, which are cut off here."""
    text = str(exc).split("\n")[0]
    text = _BYTES_REPR.sub("the bytes found", text)
    if "\\x" in text or re.search(r"[\[\]'\"]", text):  # a repr of what was read: name it, do not dump it
        text = text.split(":")[0] + " (the bytes read there are not shown)"
    if not text or not text.isprintable() or len(text) > 160:
        return f"{type(exc).__name__}: the data is not a WARC record where one should start"
    return text


_BYTES_REPR = re.compile(r"b(['\"]).*?(?<!\\)\1")


def _archive(stream: BinaryIO, name: str, max_bytes: int, size: int) -> Any:
    """warcio's ArchiveIterator over a stream with caps, and a loader that survives a missing URI."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecordLoader

    class Loader(ArcWarcRecordLoader):  # type: ignore[misc]
        def load_http_headers(self, rec_type: str, uri: str | None, stream: Any, length: Any) -> Any:
            if not uri:  # warcio calls uri.startswith(...): an AttributeError that ends the file
                return None
            return super().load_http_headers(rec_type, uri, stream, length)

    class Archive(ArchiveIterator):  # type: ignore[misc]
        INC_RECORD = ""  # warcio writes the raw bytes to stderr; we count and say it in words

    records = Archive(stream)
    records.loader = Loader(verify_http=False, arc2warc=False)
    records.reader = _capped_reader(records.reader, name, min(max_bytes, MAX_HEADER_LINE), size)
    return records


def _capped_reader(reader: Any, name: str, max_line: int, size: int) -> Any:
    """Bound warcio's reader: no line longer than a record, no inflation past a sane ratio.

    A .warc.gz of zeros with no line break inflates without end while warcio looks for the end of
    its first header line (minutes and gigabytes); real WARC inflates to a few times its size.
    """
    limit = max(MIN_INFLATED_BYTES, size * MAX_INFLATION)
    fill, readline = reader._fillbuff, reader.readline

    def capped_fill(block_size: int | None = None) -> None:
        fill(block_size)
        if reader.num_read > limit:
            raise InputError(name, f"inflates to over {limit / 1e6:.0f} MB, more than {MAX_INFLATION}x its "
                                   "size on disk; it is not a WARC file (a compression bomb?).")

    def capped_readline(length: int | None = None) -> bytes:
        if length is not None:
            return readline(length)
        parts: list[bytes] = []
        total = 0
        while part := readline(max_line + 1 - total):  # warcio may return less than asked: loop
            parts.append(part)
            total += len(part)
            if part.endswith(b"\n"):
                break
            if total > max_line:
                raise InputError(name, f"has a header line of over {max_line / 1e6:g} MB with no line "
                                       "break; it is not a WARC file.")
        return b"".join(parts)

    reader._fillbuff, reader.readline = capped_fill, capped_readline
    return reader


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
