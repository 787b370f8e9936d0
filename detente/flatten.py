"""Contract records as flat rows: one column per field, nested objects spread into `parent_child`.

A spreadsheet or a DataFrame wants one value per cell. Objects (actor, target, location, venue,
party, claimant, speaker ...) become `actor_name`, `actor_country`, `actor_sector`; lists of codes
(parties, mediators) become `RUS; UKR`; lists of objects (counts, delegations, outcomes) stay JSON
text in one column, since their length varies. Column order follows the export contract.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

ENVELOPE = ("kind", "id", "date", "date_precision", "source_file", "source_article", "source_title",
            "source_outlet", "source_author", "source_published", "source_url", "evidence_text",
            "evidence_start", "evidence_end", "article_id")

_ACTOR = ("name", "country", "sector")
# Each kind's contract fields, in the contract's order; a tuple value lists an object's keys.
KIND_FIELDS: dict[str, tuple[tuple[str, tuple[str, ...] | None], ...]] = {
    "event": (("type", None), ("mode", None), ("actor", _ACTOR), ("target", _ACTOR),
              ("location", ("name", "country", "lat", "lon")), ("counts", None), ("claimed_by", _ACTOR),
              ("negated", None)),
    "talks": (("venue", ("name", "country")), ("parties", None), ("mediators", None), ("format", None),
              ("round", None), ("status", None), ("delegations", None), ("outcomes", None)),
    "position": (("party", _ACTOR), ("issue", None), ("stance", None), ("detail", None),
                 ("precondition", None), ("who_acts", _ACTOR), ("who_acts_basis", None)),
    "claim": (("what", None), ("value", None), ("unit", None), ("qualifier", None), ("claimant", _ACTOR),
              ("subject", _ACTOR)),
    "quote": (("speaker", _ACTOR), ("text", None), ("via", None)),
}
KINDS = tuple(KIND_FIELDS)
PLURALS = {"events": "event", "positions": "position", "claims": "claim", "quotes": "quote"}


def kind_name(kind: str) -> str:
    """The contract's name for a kind, accepting the plural the pages and API use ('events')."""
    name = PLURALS.get(kind, kind)
    if name not in KIND_FIELDS:
        raise ValueError(f"unknown record kind {kind!r}: use one of {', '.join(KINDS)}")
    return name


def columns(kind: str) -> list[str]:
    """The flat table's columns for one kind: the envelope, then the kind's fields."""
    return list(_columns(kind_name(kind)))


@lru_cache(maxsize=len(KIND_FIELDS))
def _columns(kind: str) -> tuple[str, ...]:
    out = list(ENVELOPE)
    for name, keys in KIND_FIELDS[kind]:
        out.extend(f"{name}_{key}" for key in keys) if keys else out.append(name)
    return tuple(out)


def cell(value: Any) -> Any:
    """A scalar for one cell: lists of strings joined with '; ', other lists and objects as JSON."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


_SCALARS = frozenset({str, int, float, bool, type(None)})  # what cell() returns as it is
SOURCE_KEYS = ("file", "article", "title", "outlet", "author", "published", "url")
# Keys of a contract's envelope: a stored record whose fields held one would be shadowed by it.
CONTRACT_ENVELOPE = frozenset({"kind", "id", "source", "evidence", "date", "date_precision"})


def flat_values(kind: str, record_id: str, date: Any, precision: Any, source: Sequence[Any],
                evidence: tuple[Any, Any, Any], article_id: str | None,
                fields: Mapping[str, Any]) -> list[Any]:
    """One record's cells in `columns(kind)` order, from its parts: what a download writes, without
    building the contract dict and a flat dict per record first (a whole kind is 55k claims)."""
    values = [kind, record_id, date, precision, *source, *evidence, article_id]
    for name, keys in KIND_FIELDS[kind]:
        value = fields.get(name)
        if not keys:
            values.append(value if value.__class__ in _SCALARS else cell(value))
        elif isinstance(value, dict):
            for key in keys:
                inner = value.get(key)
                values.append(inner if inner.__class__ in _SCALARS else cell(inner))
        else:
            values.extend([None] * len(keys))  # cell(None) of each key of a missing object
    return values


def as_flat_row(kind: str, values: Sequence[Any]) -> dict[str, Any]:
    """`flat_values` as the dict `flat_row` makes, its keys in flat_row's order (article_id fifth)."""
    names = _columns(kind)
    row = dict(zip(names[:4], values[:4], strict=True))
    row["article_id"] = values[14]
    row.update(zip(names[4:14], values[4:14], strict=True))
    row.update(zip(names[15:], values[15:], strict=True))
    return row


def flat_row(obj: dict[str, Any], article_id: str | None = None) -> dict[str, Any]:
    """One contract record as a flat row with exactly `columns(obj["kind"])` keys."""
    src, ev = obj["source"], obj["evidence"]
    values = flat_values(obj["kind"], obj["id"], obj.get("date"), obj.get("date_precision"),
                         [src.get(k) for k in SOURCE_KEYS], (ev["text"], ev["start"], ev["end"]),
                         article_id, obj)
    return as_flat_row(obj["kind"], values)
