"""Checks the CLI makes on what a user typed, before any work: stores that must exist, and dates.

A read command must never create an empty store at a mistyped path and then report nothing, and a
date such as 2025-13-01 must be refused with a sentence rather than compared as text.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import click

MEMORY_TARGETS = (":memory:", "")


def sqlite_path(target: str) -> Path | None:
    """The file a SQLite store target names, or None for in-memory and server (PostgreSQL) stores."""
    scheme, sep, rest = target.partition("://")
    if sep:
        if scheme.lower() != "sqlite":
            return None
        target = rest[1:] if rest.startswith("/") else rest
    return None if target in MEMORY_TARGETS else Path(target)


def require_existing_store(db: str) -> None:
    """Refuse a SQLite store that does not exist yet: only `detente ingest` creates one."""
    path = sqlite_path(db)
    if path is not None and not path.exists():
        raise click.ClickException(f"no store at {path}; run `detente ingest INPUTS --db {db}` first "
                                   "(or pass --db with the store you ingested into).")
    if path is not None and path.is_dir():
        raise click.ClickException(f"{path} is a folder, not a store; pass --db with a SQLite file.")


def parse_day(value: str, option: str) -> str:
    """`value` when it is a real calendar day written YYYY-MM-DD; else a UsageError naming `option`."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        day = None
    if day is None or len(value) != 10:
        raise click.BadParameter(f"{value!r} is not a date: give a day as YYYY-MM-DD, e.g. 2025-06-01.",
                                 param_hint=option)
    return value


def day_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback for a YYYY-MM-DD option; the empty string counts as not given."""
    if not value:
        return None
    return parse_day(value.strip(), (param.opts or [param.name or "date"])[0])


def check_range(since: str | None, until: str | None) -> None:
    """Refuse a period that ends before it starts."""
    if since and until and since > until:
        raise click.UsageError(f"--from {since} is after --to {until}: the period would be empty.")
