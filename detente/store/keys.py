"""The API's field filters (actor, type, issue) as indexed SQL: a `record_keys` side table.

A record's fields are JSON; finding "every event naming Ukraine" used to mean decoding every event in
Python. Each record instead gets rows (facet, value) written with it, in the same transaction, from
the same functions the Python filters use (`detente.store.filters`), so both answer alike:

- ("code", actor code, casefolded) and ("name", actor name, casefolded) for every actor it names;
- ("type", its event type) and ("issue", a position's issue or a talks outcome's issue).

The primary key (facet, value, record_id) is the index an exact filter reads; an actor's name is
matched as a substring with LIKE over the ("name", ...) rows only.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from detente.models import Record
from detente.store.filters import actors_in

if TYPE_CHECKING:
    from detente.store.sql import SQLStore

TABLE = ("CREATE TABLE record_keys (record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE, "
         "facet TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (facet, value, record_id))")
INDEXES = (
    "CREATE INDEX record_keys_record ON record_keys (record_id)",
    # The articles API filters by outlet and orders by ingest order or date.
    "CREATE INDEX articles_outlet ON articles (outlet, published)",
    # A page of records in order (articles by seq, then these columns) without a sort.
    "CREATE INDEX records_article_kind ON records (article_id, kind, evidence_start, evidence_end, id)",
)
INSERT = "INSERT INTO record_keys (record_id, facet, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"


def keys_of(fields: dict[str, Any]) -> set[tuple[str, str]]:
    """The (facet, value) pairs a record's fields are found by."""
    keys: set[tuple[str, str]] = set()
    for name, code in actors_in(fields):
        if isinstance(code, str) and code:
            keys.add(("code", code.casefold()))
        if isinstance(name, str) and name:
            keys.add(("name", name.casefold()))
    if isinstance(fields.get("type"), str):
        keys.add(("type", fields["type"]))
    if isinstance(fields.get("issue"), str):
        keys.add(("issue", fields["issue"]))
    for outcome in fields.get("outcomes") or []:
        if isinstance(outcome, dict) and isinstance(outcome.get("issue"), str):
            keys.add(("issue", outcome["issue"]))
    return keys


def key_rows(records: Iterable[Record]) -> list[tuple[str, str, str]]:
    """The record_keys rows of records that carry their ids."""
    return [(r.id, facet, value) for r in records for facet, value in sorted(keys_of(r.fields))]


def _escaped(text: str) -> str:
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def key_conditions(actor: str | None, type: str | None, issue: str | None,
                   dialect: str = "sqlite") -> tuple[list[str], list[Any]]:
    """WHERE conditions over `records r` for the field filters given, and their parameters.

    Same meaning as `filters.field_checks`: an actor's code equals `actor` or its name contains it
    (both casefolded); the event type equals `type`; a position's or outcome's issue equals `issue`.

    Each condition is one set of record ids, built once from the key index (an actor's code and
    names in one UNION ALL), that the rows of the record's kind are probed against while they are
    read in order off the (kind, ...) index: a page stops after its rows and a count reads that
    index alone. On SQLite the unary `+` keeps the planner from turning this around into a lookup
    of every matching id in the records table and a sort of them all (measured 2-3x slower at 10k
    articles, where the sampled statistics make it look cheaper); PostgreSQL plans a hash semi-join."""
    parts: list[str] = []
    params: list[Any] = []
    probe = "+r.id" if dialect == "sqlite" else "r.id"
    keys = "SELECT record_id FROM record_keys WHERE facet = ? AND value {op} ?{esc}"
    exact, like = keys.format(op="=", esc=""), keys.format(op="LIKE", esc=" ESCAPE '!'")
    if actor:
        wanted = actor.casefold().strip()
        parts.append(f"{probe} IN ({exact} UNION ALL {like})")
        params += ["code", wanted, "name", f"%{_escaped(wanted)}%"]
    if type:
        parts.append(f"{probe} IN ({exact})")
        params += ["type", type]
    if issue:
        parts.append(f"{probe} IN ({exact})")
        params += ["issue", issue]
    return parts, params


def facet_indexes(dialect: str) -> list[str]:
    """An expression index per scalar facet of the pages' tables (kind, the facet's JSON path), on
    the very expression detente.store.filters queries, so a facet filter reads an index."""
    from detente.store.filters import FACETS, json_scalar

    return [f"CREATE INDEX records_{kind}_{facet} ON records "
            f"(kind, {json_scalar(dialect, path).replace('r.data', 'data')})"
            for kind, facets in FACETS.items() for facet, path in facets.items() if "[]" not in path]


def create_record_keys(store: SQLStore) -> None:
    """Create the side table and indexes, and fill it for the records already stored (migration 0004)."""
    store.execute(TABLE)
    for statement in (*INDEXES, *facet_indexes(store.dialect.name)):
        store.execute(statement)
    last = ""
    while True:
        rows: Sequence[tuple[Any, ...]] = store.query(
            "SELECT id, data FROM records WHERE id > ? ORDER BY id LIMIT 2000", (last,))
        if not rows:
            return
        from detente.store.rows import load_json

        store.executemany(INSERT, [(rid, facet, value) for rid, data in rows
                                   for facet, value in sorted(keys_of(load_json(data) or {}))])
        last = rows[-1][0]
