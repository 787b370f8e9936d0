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


CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£"}
SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
WORD_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _plain(value: float) -> str:
    """1212 -> '1,212'; 47.6 -> '47.6'; 2.25 -> '2.25'."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def readable_number(value: float, qualifier: str | None = None, unit: str | None = None) -> str:
    """A number as people read it: '$7 bn', '75%', '1,212', 'over 1.2 million', 'about €2 bn'."""
    v = float(value)
    if unit == "percent":
        text = f"{_plain(v)}%"
    elif unit is None and 0 < abs(v) < 1:
        text = f"{_plain(round(v * 100, 1))}%"  # a share: three-quarters is 75%
    elif unit in CURRENCY or (unit and len(unit) == 3 and unit.isupper()):
        scaled = next((f"{_plain(round(v / size, 2))} {name}" for size, name in SCALES
                       if abs(v) >= size), None)
        amount = scaled or (f"{v:,.2f}" if not v.is_integer() else _plain(v))
        text = f"{CURRENCY[unit]}{amount}" if unit in CURRENCY else f"{amount} {unit}"
    else:
        scaled = next((f"{_plain(round(v / size, 2))} {name}" for size, name in WORD_SCALES
                       if abs(v) >= size), None)
        text = scaled or _plain(v)
        if unit:
            text = f"{text} {unit}"
    return f"{qualifier} {text}" if qualifier else text
