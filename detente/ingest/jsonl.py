"""Stream articles from JSONL files: one JSON object per line, already cleaned by the user.

Lines are read one at a time with a length cap, so a multi-gigabyte file (or one giant line)
never sits in memory, and a bad line costs only that line.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from detente.errors import InputError
from detente.ingest.decode import clean_text

FIELDS = ("url", "title", "text", "published", "outlet", "author")
DEFAULT_LINE_BYTES = 20_000_000
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])")


def iter_jsonl(path: str | Path) -> Iterator[dict[str, Any] | InputError]:
    """Each line as a dict of FIELDS plus `line` (1-based) and `warnings`, or an InputError (file:line)."""
    name = str(path)
    for number, raw in iter_lines(path):
        if isinstance(raw, InputError):
            yield raw
            continue
        if not raw.strip():
            continue
        try:
            yield parse_jsonl_line(raw, name, number)
        except InputError as exc:
            yield exc


def iter_lines(
    path: str | Path, max_bytes: int = DEFAULT_LINE_BYTES
) -> Iterator[tuple[int, bytes | InputError]]:
    """(1-based line number, raw line) for each line; a line over `max_bytes` yields an error.

    Raises:
        InputError: the file cannot be opened.
    """
    try:
        stream = _open(path)
        inflate_limit = max(MIN_INFLATED_BYTES, os.path.getsize(path) * MAX_INFLATION)
    except OSError as exc:
        raise InputError(str(path), f"cannot be opened ({exc.strerror or exc}).") from exc
    with stream:
        number = 0
        while line := _readline(stream, max_bytes + 1, path):
            number += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                _skip_rest_of_line(stream, path, inflate_limit)
                yield number, InputError(f"{path}:{number}", f"is over the {max_bytes / 1e6:g} MB "
                                                             "limit for one line; skipped.")
                continue
            yield number, line
            _check_inflation(stream, path, inflate_limit)


MAX_INFLATION = 100  # gzipped JSONL of news inflates 3-10x; a bomb of zeros inflates 1000x
MIN_INFLATED_BYTES = 200_000_000


def _open(path: str | Path) -> Any:
    """The file's bytes; a `.gz` file is inflated as it is read (never whole)."""
    if str(path).lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")  # noqa: SIM115 - closed by the caller's `with`


def _readline(stream: Any, size: int, path: str | Path) -> bytes:
    try:
        return stream.readline(size)  # type: ignore[no-any-return]
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(str(path), f"breaks off: it is not a complete gzip file ({exc}).") from exc


def _check_inflation(stream: Any, path: str | Path, limit: int) -> None:
    if isinstance(stream, gzip.GzipFile) and stream.tell() > limit:
        raise InputError(str(path), f"inflates to over {limit / 1e6:.0f} MB, more than {MAX_INFLATION}x its "
                                    "size on disk; the rest is not read (a compression bomb?).")


def parse_jsonl_line(raw: bytes, name: str, number: int) -> dict[str, Any]:
    """One line as a dict of FIELDS (clean str or None) plus `line` and `warnings`.

    A field that is present but unusable (a date that is no date, a URL that is not http(s)) is
    dropped with a warning in `warnings`; the article itself is kept.

    Raises:
        InputError: naming `name:number`, when the line is not an object with a non-empty `text`.
    """
    where = f"{name}:{number}"
    obj = _load(raw, where)
    if not isinstance(obj, dict):
        raise InputError(where, f"is a JSON {type(obj).__name__}, not an object with a 'text' field.")
    out: dict[str, Any] = {"line": number, "warnings": []}
    for key in FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(where, f"has a non-string '{key}' ({type(value).__name__}).")
        out[key] = (clean_text(value).strip() or None) if isinstance(value, str) else None
    if not out["text"] and out["title"]:
        out["text"] = out["title"]  # a headline alone is news too: kept, with its date and outlet
    if not out["text"]:
        raise InputError(where, "has no 'text' (nor a 'title'); each line needs the article text.")
    out["published"] = _field(out, "published", _date(out["published"]), where)
    out["url"] = _field(out, "url", _url(out["url"]), where)
    return out


def _load(raw: bytes, where: str) -> Any:
    """The line's JSON value; every way it can fail is one InputError naming the line."""
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(where, "is not UTF-8; JSONL lines must be UTF-8 JSON.") from exc
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not valid JSON ({exc.msg} at column {exc.colno}).") from exc
    except RecursionError:
        raise InputError(where, "nests JSON arrays or objects too deeply to be an article.") from None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise InputError(where, f"is not usable JSON ({exc}).") from exc


def _field(out: dict[str, Any], key: str, checked: tuple[str | None, str | None], where: str) -> str | None:
    value, problem = checked
    if problem:
        out["warnings"].append(f"{where}: {problem}; the field is dropped and the article kept.")
    return value


def _date(value: str | None) -> tuple[str | None, str | None]:
    """(`YYYY-MM-DD`, None) for an ISO 8601 or RFC 2822 date; (None, why) for anything else."""
    if value is None:
        return None, None
    match = _ISO_DATE.match(value)
    try:
        when = date.fromisoformat(match.group(1)) if match else parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None, (f"has a 'published' date '{value[:80]}' that is not a valid ISO 8601 (2025-03-01) "
                      "or RFC 2822 date")
    return when.isoformat(), None


def _url(value: str | None) -> tuple[str | None, str | None]:
    """(url, None) for an http(s) URL with a host; (None, why) for `javascript:`, `file:`, junk."""
    if value is None:
        return None, None
    try:
        parts = urlsplit(value)
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if ok and not any(c.isspace() for c in value):
        return value, None
    return None, f"has a 'url' '{value[:80]}' that is not an http(s) URL"


def _skip_rest_of_line(stream: Any, path: str | Path, inflate_limit: int) -> None:
    while chunk := _readline(stream, 1_000_000, path):
        if chunk.endswith(b"\n"):
            return
        _check_inflation(stream, path, inflate_limit)
