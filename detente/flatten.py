"""Contract records as flat rows: one column per field, nested objects spread into `parent_child`.

A spreadsheet or a DataFrame wants one value per cell. Objects (actor, target, location, venue,
party, claimant, speaker ...) become `actor_name`, `actor_country`, `actor_sector`; lists of codes
(parties, mediators) become `RUS; UKR`; lists of objects (counts, delegations, outcomes) stay JSON
text in one column, since their length varies. Column order follows the export contract.
"""
from __future__ import annotations

import json
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
    out = list(ENVELOPE)
    for name, keys in KIND_FIELDS[kind_name(kind)]:
        out.extend(f"{name}_{key}" for key in keys) if keys else out.append(name)
    return out


def cell(value: Any) -> Any:
    """A scalar for one cell: lists of strings joined with '; ', other lists and objects as JSON."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def flat_row(obj: dict[str, Any], article_id: str | None = None) -> dict[str, Any]:
    """One contract record as a flat row with exactly `columns(obj["kind"])` keys."""
    src, ev = obj["source"], obj["evidence"]
    row: dict[str, Any] = {"kind": obj["kind"], "id": obj["id"], "date": obj.get("date"),
                           "date_precision": obj.get("date_precision"), "article_id": article_id}
    row.update({f"source_{k}": src.get(k) for k in ("file", "article", "title", "outlet", "author",
                                                     "published", "url")})
    row.update(evidence_text=ev["text"], evidence_start=ev["start"], evidence_end=ev["end"])
    for name, keys in KIND_FIELDS[obj["kind"]]:
        value = obj.get(name)
        if keys:
            inner = value if isinstance(value, dict) else {}
            row.update({f"{name}_{key}": cell(inner.get(key)) for key in keys})
        else:
            row[name] = cell(value)
    return row
