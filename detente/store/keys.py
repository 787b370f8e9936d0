"""The API's field filters (actor, type, issue) as indexed SQL: a `record_keys` side table.

A record's fields are JSON; finding "every event naming Ukraine" used to mean decoding every event in
Python. Each record instead gets rows (facet, value) written with it, in the same transaction, from
the same functions the Python filters use (`detente.store.filters`), so both answer alike:

- ("code", actor code, casefolded) and ("name", actor name, casefolded) for every actor it names,
  and ("word", tail) for each tail of the name that starts a word (`filters.name_words`:
  "volodymyr zelensky", "zelensky"; migration 0012);
- ("type", its event type) and ("issue", a position's issue or a talks outcome's issue);
- ("f:" + facet, value) for each value of each facet of its kind that the pages' tables count
  (`filters.FACETS`: an event's actor name, a talks record's parties, ...; migration 0011), so a
  facet's counts over a whole kind, and a filter on an array facet, read this index and no JSON.

Each row also carries its record's kind (migration 0010), and (facet, kind, value, record_id) is the
index a filter reads: an exact filter reads the rows of one kind and value, an actor's name is
matched from the start of any of its words as a range of that index (`value >= 'zelensky' AND value
< 'zelensky' + U+10FFFF` over the ("word", ...) rows of one kind; before migration 0012 a LIKE
'%zelensky%' read every name of the kind), and a count of records that only key filters select is
counted from this index, without reading records.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from detente.models import Record
from detente.store.filters import FACET_KEY as FACET
from detente.store.filters import FACETS, actors_in, name_words

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
INSERT = "INSERT INTO record_keys (record_id, facet, value, kind) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"
_INSERT_0004 = "INSERT INTO record_keys (record_id, facet, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
KIND_INDEX = "CREATE INDEX record_keys_kind ON record_keys (facet, kind, value, record_id)"
WORD = "word"  # the rows an actor filter matches a name by (a tail of the name starting a word)
# The last code point: every text that starts with a prefix sorts (bytewise) below prefix + this.
_TOP = "\U0010ffff"


def keys_of(fields: dict[str, Any]) -> set[tuple[str, str]]:
    """The (facet, value) pairs a record's fields are found by."""
    keys: set[tuple[str, str]] = set()
    for name, code in actors_in(fields):
        if isinstance(code, str) and code:
            keys.add(("code", code.casefold()))
        if isinstance(name, str) and name:
            keys.add(("name", name.casefold()))
            keys.update((WORD, tail) for tail in name_words(name))
    if isinstance(fields.get("type"), str):
        keys.add(("type", fields["type"]))
    if isinstance(fields.get("issue"), str):
        keys.add(("issue", fields["issue"]))
    for outcome in fields.get("outcomes") or []:
        if isinstance(outcome, dict) and isinstance(outcome.get("issue"), str):
            keys.add(("issue", outcome["issue"]))
    return keys


def _at(value: Any, path: str) -> list[Any]:
    """What a JSON path of `filters.FACETS` reaches in `value`: "actor.name", "parties[]" (each
    item) or "outcomes[].issue" (each item's key), as the SQL of `filters.json_scalar` and
    `filters.json_items` reads it."""
    head, brackets, rest = path.partition("[]")
    for key in head.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    if not brackets:
        return [value]
    items = value if isinstance(value, list) else []
    return [v for item in items for v in (_at(item, rest.lstrip(".")) if rest else [item])]


def facet_keys(kind: str, fields: dict[str, Any]) -> set[tuple[str, str]]:
    """The ("f:" + facet, value) pairs of a record of `kind`: every text value of each of its kind's
    facets (a record counts once per value, however often its list repeats it)."""
    return {(FACET + facet, v) for facet, path in FACETS.get(kind, {}).items()
            for v in _at(fields, path) if isinstance(v, str)}


def key_rows(records: Iterable[Record]) -> list[tuple[str, str, str, str]]:
    """The record_keys rows of records that carry their ids."""
    return [(r.id, facet, value, r.kind) for r in records
            for facet, value in sorted(keys_of(r.fields) | facet_keys(r.kind, r.fields))]


def _prefix_range(dialect: str) -> str:
    """`value` within [prefix, prefix + U+10FFFF): the texts that start with the prefix, compared
    bytewise (SQLite's BINARY collation; on PostgreSQL the "C" collation, whatever the database's,
    which migration 0012's index of word rows is built in)."""
    value = "value" if dialect == "sqlite" else 'value COLLATE "C"'
    return f"{value} >= ? AND {value} < ?"


def word_index(dialect: str) -> str | None:
    """The index an actor's word range reads on PostgreSQL (its default index compares in the
    database's collation, where a prefix is no range); SQLite's kind index serves it as it is."""
    if dialect == "sqlite":
        return None
    return ('CREATE INDEX record_keys_word ON record_keys (kind, (value COLLATE "C"), record_id) '
            f"WHERE facet = '{WORD}'")


def key_sets(actor: str | None, type: str | None, issue: str | None,
             kind: str | None = None, dialect: str = "sqlite") -> list[tuple[str, list[Any]]]:
    """One SELECT of distinct record ids per field filter given (of records of `kind` when given),
    and its parameters.

    Same meaning as `filters.field_checks`: an actor's code equals `actor` or one of its name's
    words starts it (both casefolded); the event type equals `type`; a position's or outcome's issue
    equals `issue`. Every one reads a range of an index."""
    of_kind, kind_params = (" AND kind = ?", [kind]) if kind else ("", [])
    keys = f"SELECT record_id FROM record_keys WHERE facet = ?{of_kind} AND "
    exact = keys + "value = ?"
    sets: list[tuple[str, list[Any]]] = []
    wanted = (actor or "").casefold().strip()
    if wanted:
        # The facet spelled out: PostgreSQL's partial index of word rows is chosen by it.
        words = (f"SELECT record_id FROM record_keys WHERE facet = '{WORD}'{of_kind} "
                 f"AND {_prefix_range(dialect)}")
        sets.append((f"{exact} UNION {words}",
                     ["code", *kind_params, wanted, *kind_params, wanted, wanted + _TOP]))
    if type:
        sets.append((exact, ["type", *kind_params, type]))
    if issue:
        sets.append((exact, ["issue", *kind_params, issue]))
    return sets


def key_conditions(sets: list[tuple[str, list[Any]]], dialect: str = "sqlite") -> tuple[list[str], list[Any]]:
    """WHERE conditions over `records r` keeping the records in every one of `sets` (key_sets).

    Each set is built once from the key index and the rows of the record's kind are probed against
    it while they are read in order off the (kind, ...) index: a page stops after its rows. On SQLite
    the unary `+` keeps the planner from turning this around into a lookup of every matching id in
    the records table and a sort of them all (measured 2-3x slower at 10k articles, where the
    sampled statistics make it look cheaper); PostgreSQL plans a hash semi-join."""
    probe = "+r.id" if dialect == "sqlite" else "r.id"
    return [f"{probe} IN ({sql})" for sql, _ in sets], [p for _, params in sets for p in params]


def key_count(sets: list[tuple[str, list[Any]]]) -> tuple[str, list[Any]]:
    """A COUNT of the records in every one of `sets`, read from the key index alone (no record is
    read): for a query whose only filters besides the kind are field filters."""
    (first, params), rest = sets[0], sets[1:]
    within = "".join(f" AND k.record_id IN ({sql})" for sql, _ in rest)
    return (f"SELECT COUNT(*) FROM ({first}) k WHERE 1 = 1{within}",
            [*params, *(p for _, more in rest for p in more)])


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

        store.executemany(_INSERT_0004, [(rid, facet, value) for rid, data in rows
                                   for facet, value in sorted(keys_of(load_json(data) or {}))])
        last = rows[-1][0]


def facet_count(kind: str, facet: str, chosen: Sequence[tuple[str, str]], limit: int,
                dialect: str = "sqlite") -> tuple[str, list[Any]]:
    """The counts of `facet`'s values among the records of `kind` that hold every (facet, value) of
    `chosen`, most frequent first (as `SQLStore.facet_counts` orders them): read from the key index
    alone, no record and no JSON (each choice is one set of record ids from the same index, which
    the counted facet's rows are probed against; on SQLite the unary + keeps it from looking each
    chosen id up instead, 10-30x slower at 10k articles)."""
    probe = "+record_id" if dialect == "sqlite" else "record_id"
    within = f" AND {probe} IN (SELECT record_id FROM record_keys WHERE facet = ? AND kind = ? AND value = ?)"
    sql = ("SELECT value AS v, COUNT(*) AS n FROM record_keys WHERE facet = ? AND kind = ?"
           f"{within * len(chosen)} GROUP BY value ORDER BY n DESC, v LIMIT ?")
    params: list[Any] = [FACET + facet, kind]
    for name, value in chosen:
        params += [FACET + name, kind, value]
    return sql, [*params, limit]


def add_facet_keys(store: SQLStore) -> None:
    """Write the facet rows (`facet_keys`) of the records already stored (migration 0011)."""
    from detente.store.rows import load_json

    last = ""
    while True:
        rows: Sequence[tuple[Any, ...]] = store.query(
            "SELECT id, kind, data FROM records WHERE id > ? ORDER BY id LIMIT 2000", (last,))
        if not rows:
            return
        store.executemany(INSERT, [(rid, facet, value, kind) for rid, kind, data in rows
                                   for facet, value in sorted(facet_keys(kind, load_json(data) or {}))])
        last = rows[-1][0]


def add_key_kinds(store: SQLStore) -> None:
    """Give every record_keys row its record's kind, and index (facet, kind, value, record_id)
    (migration 0010)."""
    store.execute("ALTER TABLE record_keys ADD COLUMN kind TEXT")
    store.execute("UPDATE record_keys SET "
                  "kind = (SELECT r.kind FROM records r WHERE r.id = record_keys.record_id)")
    store.execute(KIND_INDEX)


def add_word_keys(store: SQLStore) -> None:
    """Write the ("word", tail) rows of the actors' names of the records already stored, and on
    PostgreSQL the index their prefix ranges read (migration 0012)."""
    from detente.store.rows import load_json

    last = ""
    while True:
        rows: Sequence[tuple[Any, ...]] = store.query(
            "SELECT id, kind, data FROM records WHERE id > ? ORDER BY id LIMIT 2000", (last,))
        if not rows:
            break
        store.executemany(INSERT, [(rid, WORD, tail, kind) for rid, kind, data in rows
                                   for tail in sorted(_tails(load_json(data) or {}))])
        last = rows[-1][0]
    if index := word_index(store.dialect.name):
        store.execute(index)


def _tails(fields: dict[str, Any]) -> set[str]:
    """Every word-starting tail of every actor's name in a record's fields."""
    return {tail for name, _ in actors_in(fields) if isinstance(name, str) and name
            for tail in name_words(name)}
