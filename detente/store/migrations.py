"""Named schema migrations, each applied once in its own transaction and recorded by name.

Register a new one with `@migration("0002_what_it_does")`; names sort in the order they apply.
A store opened by an older detente simply lacks the newer rows in `migrations`.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from detente.errors import MigrationError, StoreError

if TYPE_CHECKING:
    from detente.store.sql import SQLStore

MigrationFn = Callable[["SQLStore"], None]

MIGRATIONS: dict[str, MigrationFn] = {}

_TABLE = "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at {timestamp} NOT NULL)"


def migration(name: str) -> Callable[[MigrationFn], MigrationFn]:
    """Register `fn` as the migration called `name`."""

    def register(fn: MigrationFn) -> MigrationFn:
        if name in MIGRATIONS:
            raise ValueError(f"a migration named {name!r} is already registered")
        MIGRATIONS[name] = fn
        return fn

    return register


@migration("0001_initial")
def initial(store: SQLStore) -> None:
    """Create every table from schema.sql."""
    for statement in store.dialect.schema("schema.sql"):
        store.execute(statement)


@migration("0002_fulltext")
def fulltext(store: SQLStore) -> None:
    """Full-text search over titles and texts: FTS5 on SQLite, a tsvector with a GIN index on
    PostgreSQL (both stem English words, so 'drone' finds 'drones')."""
    for statement in store.dialect.fulltext_schema:
        store.execute(statement)


@migration("0003_content_version")
def content_version(store: SQLStore) -> None:
    """A content version bumped by triggers, and a table for derived views keyed on it."""
    from detente.store.versioning import create_versioning

    create_versioning(store)


@migration("0004_record_keys")
def record_keys(store: SQLStore) -> None:
    """The actor, type and issue filters as an indexed side table, filled for existing records."""
    from detente.store.keys import create_record_keys

    create_record_keys(store)


@migration("0005_leases")
def leases(store: SQLStore) -> None:
    """Leases that let one process of several run a job (the derived-views build) at a time."""
    from detente.store.lease import create_leases

    create_leases(store)


@migration("0006_covering_indexes")
def covering_indexes(store: SQLStore) -> None:
    """Indexes that answer the pages' per-kind and per-outlet counts without reading a record's data
    or an article's text (measured 2-4x faster at 10k articles)."""
    for statement in COVERING_INDEXES:
        store.execute(statement)


COVERING_INDEXES = (
    "CREATE INDEX IF NOT EXISTS records_kind_article ON records (kind, article_id)",
    "CREATE INDEX IF NOT EXISTS articles_id_outlet ON articles (id, outlet)",
)


@migration("0007_page_indexes")
def page_indexes(store: SQLStore) -> None:
    """The map's located events as partial indexes (1,845 of 24,861 events at 10k articles: its total
    and facet counts no longer parse every event's data), and the day order of a records page read
    from indexes."""
    from detente.store.filters import FACETS, json_scalar

    def data(path: str) -> str:
        return json_scalar(store.dialect.name, path).replace("r.data", "data")

    located = f"WHERE {data('location.lat')} IS NOT NULL"
    for facet, path in FACETS["event"].items():  # the map's facets, counted among located events only
        store.execute(f"CREATE INDEX IF NOT EXISTS records_located_{facet} ON records (kind, {data(path)}) "
                      f"{located}")
    for statement in (f"CREATE INDEX IF NOT EXISTS records_located ON records (kind, article_id) {located}",
                      "CREATE INDEX IF NOT EXISTS records_kind_day ON records (kind, article_id, date, "
                      "evidence_start, evidence_end, id)",
                      "CREATE INDEX IF NOT EXISTS articles_id_day ON articles (id, published, seq, outlet)"):
        store.execute(statement)
    store.refresh_statistics()  # the planner picks these indexes only when it knows their sizes


@migration("0008_kept_answers")
def kept_answers(store: SQLStore) -> None:
    """Answers one server process computed, for the others to read back (detente.store.answers)."""
    from detente.store.answers import create_kept_answers

    create_kept_answers(store)


@migration("0009_record_order")
def record_order(store: SQLStore) -> None:
    """Each record's day and its article's ingest order and outlet on the record, indexed with its
    kind, so a table page reads its rows off an index in order instead of sorting every match, and
    the outlet filter and facet need no article (detente.store.order)."""
    from detente.store.order import add_order_columns

    add_order_columns(store)
    store.refresh_statistics()


@migration("0010_record_keys_kind")
def record_keys_kind(store: SQLStore) -> None:
    """Each record_keys row keeps its record's kind, indexed with the facet and value, so a field
    filter reads the keys of one kind only and a count of its records reads no record
    (detente.store.keys)."""
    from detente.store.keys import add_key_kinds

    add_key_kinds(store)
    store.refresh_statistics()


@migration("0011_facet_keys")
def facet_keys(store: SQLStore) -> None:
    """Each record's facet values as record_keys rows (detente.store.keys.facet_keys), so a table's
    facet counts over a whole kind and a filter on talks' parties, mediators or outcomes read an
    index, not every record's JSON; and the outlets of the map's located events as a partial index
    of their own (the map's outlet facet read every event's JSON: 250 ms at 10k articles)."""
    from detente.store.filters import json_scalar
    from detente.store.keys import add_facet_keys

    add_facet_keys(store)
    lat = json_scalar(store.dialect.name, "location.lat").replace("r.data", "data")
    store.execute(f"CREATE INDEX IF NOT EXISTS records_located_outlet ON records (kind, outlet) "
                  f"WHERE {lat} IS NOT NULL")
    store.refresh_statistics()


@migration("0012_actor_words")
def actor_words(store: SQLStore) -> None:
    """Each actor name's word-starting tails as record_keys rows, so an actor filter ("Zelensky",
    "Ukraine") reads a prefix range of an index instead of matching every name of a kind as a
    substring (detente.store.keys)."""
    from detente.store.keys import add_word_keys

    add_word_keys(store)
    store.refresh_statistics()


@migration("0013_articles_outlet_order")
def articles_outlet_order(store: SQLStore) -> None:
    """An outlet's articles in ingest order, indexed: `/api/articles?outlet=` reads its page (or its
    keyset page, `after=`) off the index instead of sorting every article of the outlet (1,250 at
    10k articles: 7.6 -> under 1 ms on SQLite)."""
    store.execute("CREATE INDEX IF NOT EXISTS articles_outlet_seq ON articles (outlet, seq)")
    store.refresh_statistics()


def applied_migrations(store: SQLStore) -> set[str]:
    """Names already applied; empty for a new database (no `migrations` table yet)."""
    try:
        return {row[0] for row in store.query("SELECT name FROM migrations")}
    except StoreError:
        return set()


MIGRATION_WAIT = 300.0  # seconds a process waits for another one's migrations (SQLite's lock)


def apply_migrations(store: SQLStore) -> list[str]:
    """Apply every pending migration in name order; return the names applied now.

    Several processes (a server's workers) open a store from before at once: one migrates, and on
    SQLite the others wait for its write lock, longer than a statement's busy timeout (10 s) when
    a migration rewrites a large store (0012 takes 7-14 s at 10k articles), up to MIGRATION_WAIT."""
    pending = sorted(set(MIGRATIONS) - applied_migrations(store))
    done: list[str] = []
    for name in pending:
        if _apply(store, name, time.monotonic() + MIGRATION_WAIT):
            done.append(name)
    return done


def _apply(store: SQLStore, name: str, deadline: float) -> bool:
    """Apply one migration in its own transaction; False when another process applied it first."""
    while True:
        try:
            with store.transaction():
                if store.dialect.migration_lock:
                    store.execute(store.dialect.migration_lock)
                store.execute(_TABLE.format_map(store.dialect.types))
                if store.query("SELECT 1 FROM migrations WHERE name = ?", (name,)):
                    return False  # another process applied it while we waited for the lock
                MIGRATIONS[name](store)
                store.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, store.now()))
            return True
        except StoreError as err:
            if "database is locked" in str(err) and time.monotonic() < deadline:
                time.sleep(0.2)  # another process holds the write lock (migrating, most likely)
                continue
            raise MigrationError(f"migration {name} failed, the store is left as it was before it: "
                                 f"{err}") from err
