"""Stream articles from JSONL files: one JSON object per line, already cleaned by the user.

Lines are read one at a time with a length cap, so a multi-gigabyte file (or one giant line)
never sits in memory, and a bad line costs only that line.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from detente.errors import InputError

FIELDS = ("url", "title", "text", "published", "outlet", "author")
DEFAULT_LINE_BYTES = 20_000_000
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])")


def iter_jsonl(path: str | Path) -> Iterator[dict[str, Any] | InputError]:
    """Each line as a dict of FIELDS plus `line` (1-based), or an InputError naming file:line."""
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
        stream = open(path, "rb")  # noqa: SIM115 - closed below; a generator owns it
    except OSError as exc:
        raise InputError(str(path), f"cannot be opened ({exc.strerror or exc}).") from exc
    with stream:
        number = 0
        while line := stream.readline(max_bytes + 1):
            number += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                _skip_rest_of_line(stream)
                yield number, InputError(f"{path}:{number}", f"is over the {max_bytes / 1e6:g} MB "
                                                             "limit for one line; skipped.")
                continue
            yield number, line


def parse_jsonl_line(raw: bytes, name: str, number: int) -> dict[str, Any]:
    """One line as a dict of FIELDS (str or None) plus `line`.

    Raises:
        InputError: naming `name:number`, when the line is not an object with a non-empty `text`.
    """
    where = f"{name}:{number}"
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(where, "is not UTF-8; JSONL lines must be UTF-8 JSON.") from exc
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not valid JSON ({exc.msg} at column {exc.colno}).") from exc
    if not isinstance(obj, dict):
        raise InputError(where, f"is a JSON {type(obj).__name__}, not an object with a 'text' field.")
    out: dict[str, Any] = {"line": number}
    for key in FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(where, f"has a non-string '{key}' ({type(value).__name__}).")
        out[key] = (value.strip() or None) if isinstance(value, str) else None
    if not out["text"]:
        raise InputError(where, "has no 'text'; each line needs the article text.")
    out["published"] = _date(out["published"], where)
    return out


def _date(value: str | None, where: str) -> str | None:
    if value is None:
        return None
    match = _ISO_DATE.match(value)
    if match:
        return match.group(1)
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        raise InputError(where, f"has a 'published' date '{value}' that is neither ISO 8601 "
                                "(2025-03-01) nor RFC 2822.") from None


def _skip_rest_of_line(stream: Any) -> None:
    while chunk := stream.readline(1_000_000):
        if chunk.endswith(b"\n"):
            return
