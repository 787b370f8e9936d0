"""Filters over a record's contract fields (kept as JSON), the same on every backend.

SQL narrows by columns (kind, article, outlet, dates); these pure functions decide the rest in
Python, so SQLite and PostgreSQL answer alike without dialect-specific JSON operators.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Check = Callable[[dict[str, Any]], bool]

# Contract fields that hold bare actor codes (talks) rather than actor objects.
CODE_LISTS = ("parties", "mediators")


def actors_in(value: Any) -> Iterator[tuple[str | None, str | None]]:
    """(name, code) of every actor anywhere in a record's fields.

    Actors are the contract's `{"name", "country", "sector"}` objects, talks' delegations
    (`{"party", "head"}`) and the codes listed in `parties` and `mediators`; places are not actors."""
    if isinstance(value, dict):
        if "sector" in value:
            yield value.get("name"), value.get("country")
        elif "head" in value:
            yield value.get("head"), value.get("party")
        for key, inner in value.items():
            if key in CODE_LISTS and isinstance(inner, list):
                yield from ((None, code) for code in inner if isinstance(code, str))
            else:
                yield from actors_in(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from actors_in(inner)


def mentions_actor(fields: dict[str, Any], wanted: str) -> bool:
    """True when an actor's code equals `wanted` or its name contains it (case-insensitive)."""
    wanted = wanted.casefold().strip()
    return any((code and code.casefold() == wanted) or (name and wanted in name.casefold())
               for name, code in actors_in(fields))


def has_issue(fields: dict[str, Any], issue: str) -> bool:
    """A position's issue, or the issue of any of a talks record's outcomes."""
    outcomes = fields.get("outcomes") or []
    return fields.get("issue") == issue or any(isinstance(o, dict) and o.get("issue") == issue
                                               for o in outcomes)


def field_checks(actor: str | None = None, type: str | None = None, issue: str | None = None) -> list[Check]:
    """The checks a record's fields must pass; empty when no field filter is given."""
    checks: list[Check] = []
    if actor:
        checks.append(lambda fields: mentions_actor(fields, actor))
    if type:
        checks.append(lambda fields: fields.get("type") == type)
    if issue:
        checks.append(lambda fields: has_issue(fields, issue))
    return checks


def like_pattern(word: str) -> str:
    """A LIKE pattern (escape character `!`) matching `word` anywhere, lower-cased."""
    escaped = word.lower().replace("!", "!!").replace("%", "!%").replace("_", "!_")
    return f"%{escaped}%"
