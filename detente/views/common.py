"""Helpers the views share: when a record happened, and which source it came from."""
from __future__ import annotations

from typing import Any


def record_day(record: dict[str, Any]) -> str | None:
    """The record's own date, else its article's publication date (what 'as of' compares)."""
    return record.get("date") or (record.get("source") or {}).get("published")


def source_key(record: dict[str, Any]) -> tuple[str, int]:
    src = record.get("source") or {}
    return str(src.get("file")), int(src.get("article") or 0)


def citation(record: dict[str, Any]) -> dict[str, Any]:
    """What a reader needs to check a statement: outlet, title, file, article and sentence."""
    src = record.get("source") or {}
    return {"id": record.get("id"), "outlet": src.get("outlet"), "title": src.get("title"),
            "file": src.get("file"), "article": src.get("article"),
            "sentence": (record.get("evidence") or {}).get("text")}
