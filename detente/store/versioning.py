"""The store's content version: a counter the database itself bumps on every change to what views read.

Derived views (stories, merged facts, the timeline, the positions matrix) are keyed on this number
rather than on row counts, which miss an update or a delete paired with an insert. Triggers bump it,
so every writer (ingest, re-extraction, Spark load, a hand-written UPDATE) moves it, and a reader
learns whether anything changed with one single-row SELECT.

SQLite has only row-level triggers, so one transaction may bump it several times; PostgreSQL bumps it
once per statement. Either way the number only grows, which is all a cache key needs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.store.sql import SQLStore

# The tables whose content the derived views are computed from.
WATCHED = ("articles", "records", "near_duplicates")
EVENTS = ("INSERT", "UPDATE", "DELETE")

_TABLES = (
    "CREATE TABLE store_version (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL)",
    "INSERT INTO store_version (id, version) VALUES (1, 1)",
    # One row per derived view: the content version it was built from, and its serialized body.
    "CREATE TABLE derived_views (name TEXT PRIMARY KEY, version BIGINT NOT NULL, "
    "built_at {timestamp} NOT NULL, seconds DOUBLE PRECISION NOT NULL, body {blob} NOT NULL)",
)


def _sqlite_triggers() -> list[str]:
    return [f"CREATE TRIGGER {table}_version_{event.lower()} AFTER {event} ON {table} "
            "BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; END"
            for table in WATCHED for event in EVENTS]


def _postgres_triggers() -> list[str]:
    function = ("CREATE FUNCTION detente_bump_version() RETURNS trigger LANGUAGE plpgsql AS "
                "$body$ BEGIN UPDATE store_version SET version = version + 1 WHERE id = 1; RETURN NULL; END "
                "$body$")
    return [function, *(f"CREATE TRIGGER {table}_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                        f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION detente_bump_version()"
                        for table in WATCHED)]


def create_versioning(store: SQLStore) -> None:
    """Create the version counter, its triggers and the derived-views table (migration 0003)."""
    for statement in _TABLES:
        store.execute(statement.format_map(store.dialect.types))
    triggers = _sqlite_triggers() if store.dialect.name == "sqlite" else _postgres_triggers()
    for statement in triggers:
        store.execute(statement)


def content_version(store: SQLStore) -> int:
    """The current content version (it grows with every committed change to articles, records or
    near-duplicate links)."""
    return int(store.query("SELECT version FROM store_version WHERE id = 1")[0][0])
