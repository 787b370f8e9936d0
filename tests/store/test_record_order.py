"""The tables' and the API's pages, read off the record's own order columns (migration 0009) and the
key index of each kind (migration 0010), answer as the join with articles and the kindless keys did:
every order, filter and page is checked against the same selection and order computed in Python, with
undated records of undated articles among them, on SQLite and PostgreSQL; and a store migrated from
before those columns answers the same."""
from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from detente.models import Article, Evidence, Record
from detente.store.base import Store
from detente.store.filters import Browse, mentions_actor
from detente.store.migrations import apply_migrations
from detente.store.order import INDEXES
from tests.web.bigcorpus import build_big_corpus

Row = dict[str, Any]


def _undated() -> list[tuple[Article, list[Record]]]:
    """Two articles without a publication day, with dated and undated records of every order."""
    who = {"name": "Arcadia", "country": "ARC", "sector": "GOV"}
    first = Article(file="u1.txt", index=0, outlet="Late Wire", published=None,
                    text="Arcadia said talks would resume. Arcadia shelled a depot. Arcadia wants a truce.")
    second = Article(file="u2.txt", index=0, outlet="Wire A", published=None,
                     text="Nobody dated this. Arcadia claimed 40 drones. Arcadia said more later.")
    return [(first, [Record("event", Evidence("Arcadia shelled a depot.", 33, 57),
                            {"type": "ASSAULT", "actor": who, "target": None}, None, None),
                     Record("event", Evidence("Arcadia said talks would resume.", 0, 32),
                            {"type": "CONSULT", "actor": who, "target": None}, "2025-03-02", "day"),
                     Record("claim", Evidence("Arcadia wants a truce.", 58, 80),
                            {"value": 1, "what": "truce", "claimant": who, "subject": None}, None, None)]),
            (second, [Record("claim", Evidence("Arcadia claimed 40 drones.", 19, 45),
                             {"value": 40, "what": "drones", "claimant": who, "subject": None}, None, None),
                      Record("quote", Evidence("Arcadia said more later.", 46, 70),
                             {"speaker": who, "text": "more later", "via": None}, None, None)])]


def _corpus(store: Store) -> list[Row]:
    """The big generated corpus and the undated articles, saved; one row per stored record."""
    items = build_big_corpus(store)
    for article, records in _undated():
        store.save_article(article, records)
        items.append((article, records))
    return [{"id": r.id, "kind": r.kind, "seq": seq, "start": r.evidence.start, "end": r.evidence.end,
             "day": r.date or a.published, "outlet": a.outlet, "fields": r.fields}
            for seq, (a, records) in enumerate(items) for r in records]


def _table_order(rows: list[Row], descending: bool) -> list[str]:
    """Day (nulls last), then ingest order, then evidence start and id: the tables' default order."""
    base = sorted(rows, key=lambda r: (r["seq"], r["start"], r["id"]))
    dated = sorted((r for r in base if r["day"]), key=lambda r: r["day"], reverse=descending)  # stable
    return [r["id"] for r in dated + [r for r in base if not r["day"]]]


def _has(fields: dict[str, Any], key: str, value: str) -> bool:
    """The API's type and issue filters, in Python (an issue also matches a talks outcome's)."""
    outcomes = [o.get("issue") for o in fields.get("outcomes") or [] if isinstance(o, dict)]
    return fields.get(key) == value or (key == "issue" and value in outcomes)


def _browsed(store: Store, browse: Browse) -> tuple[int, list[str]]:
    total, _ = store.browse_records(browse, limit=1)  # type: ignore[attr-defined]
    return total, [r.id for r, _ in store.iter_browse(browse, page=37)]  # type: ignore[attr-defined]


def _select(rows: list[Row], kind: str, since: str | None = None, until: str | None = None,
            outlet: str | None = None, actor: str | None = None, pad: bool = True) -> list[Row]:
    top = until + "\uffff" if until and pad and len(until) < 10 else until
    return [r for r in rows if r["kind"] == kind and (not since or (r["day"] and r["day"] >= since))
            and (not top or (r["day"] and r["day"] <= top)) and (not outlet or r["outlet"] == outlet)
            and (not actor or mentions_actor(r["fields"], actor))]


@pytest.mark.parametrize("descending", [False, True])
def test_table_pages_keep_the_day_order_with_every_filter(store: Store, descending: bool) -> None:
    rows = _corpus(store)
    for kind in ("event", "talks", "position", "claim", "quote"):
        for since, until, outlet in ((None, None, None), ("2025-04-01", None, None), (None, "2025-05", None),
                                     ("2025-03-15", "2025-06-30", "Wire A"), (None, None, "Late Wire")):
            facets = (("outlet", outlet),) if outlet else ()
            want = _table_order(_select(rows, kind, since, until, outlet), descending)
            got = _browsed(store, Browse(kind, facets, since, until, descending=descending))
            assert got == (len(want), want), (kind, since, until, outlet)


def test_outlet_facet_counts_the_records_of_each_outlet(store: Store) -> None:
    rows = _corpus(store)
    for kind in ("event", "claim", "quote"):
        counts = dict(store.facet_counts(Browse(kind), "outlet"))  # type: ignore[attr-defined]
        assert counts == Counter(r["outlet"] for r in rows if r["kind"] == kind and r["outlet"])
    since = dict(store.facet_counts(Browse("event", (("outlet", "Wire A"),), since="2025-05-01"),  # type: ignore[attr-defined]
                                    "outlet"))
    assert since == Counter(r["outlet"] for r in _select(rows, "event", since="2025-05-01"))


def test_api_pages_keep_ingest_order_with_every_filter(store: Store) -> None:
    rows = _corpus(store)
    cases: list[dict[str, Any]] = [{}, {"since": "2025-04-01"}, {"until": "2025-05-20"}, {"outlet": "Wire A"},
                                   {"actor": "arcadia"}, {"actor": "RUS", "since": "2025-03-10"},
                                   {"type": "ASSAULT"}, {"actor": "ru", "type": "ASSAULT"},
                                   {"issue": "prisoner_exchange"}, {"actor": "TUR", "issue": "prisoner_exchange"}]
    for kind in ("event", "claim", "quote", "talks"):
        for filters in cases:
            fields = {k: filters.pop(k) for k in ("type", "issue") if k in filters}
            want = sorted((r for r in _select(rows, kind, pad=False, **filters)
                           if all(_has(r["fields"], k, v) for k, v in fields.items())),
                          key=lambda r: (r["seq"], r["start"], r["end"], r["id"]))
            got: list[str] = []
            for offset in range(0, len(want) + 1, 23):
                total, page = store.query_records(kind, limit=23, offset=offset, **filters, **fields)
                assert total == len(want), (kind, filters)
                got += [r.id for r, _ in page]
            assert got == [r["id"] for r in want], (kind, filters)


def test_a_store_from_before_the_order_columns_is_migrated_to_the_same_answers(store: Store) -> None:
    rows = _corpus(store)
    before = [_browsed(store, Browse(k, descending=d)) for k in ("event", "claim") for d in (False, True)]
    for statement in INDEXES:
        store.execute(f"DROP INDEX {statement.split()[2]}")  # type: ignore[attr-defined]
    store.execute("DROP INDEX records_located_outlet")  # type: ignore[attr-defined]  # 0011's, on outlet
    for column in ("day", "article_seq", "outlet"):
        store.execute(f"ALTER TABLE records DROP COLUMN {column}")  # type: ignore[attr-defined]
    store.execute("DELETE FROM migrations WHERE name IN ('0009_record_order', '0011_facet_keys')")  # type: ignore[attr-defined]
    assert apply_migrations(store) == ["0009_record_order", "0011_facet_keys"]  # type: ignore[arg-type]
    assert [_browsed(store, Browse(k, descending=d)) for k in ("event", "claim") for d in (False, True)] == before
    kept = {r[0]: r[1:] for r in store.query("SELECT id, day, outlet FROM records")}  # type: ignore[attr-defined]
    assert kept == {r["id"]: (r["day"], r["outlet"]) for r in rows}


def test_a_store_from_before_the_keys_had_kinds_is_migrated_to_the_same_answers(store: Store) -> None:
    _corpus(store)
    asks: list[dict[str, Any]] = [{"actor": "arcadia"}, {"actor": "RUS", "type": "ASSAULT"},
                                  {"issue": "prisoner_exchange"}]
    before = [store.query_records(kind, limit=500, **ask) for kind in ("event", "talks") for ask in asks]
    store.execute("DROP INDEX record_keys_kind")  # type: ignore[attr-defined]
    store.execute("ALTER TABLE record_keys DROP COLUMN kind")  # type: ignore[attr-defined]
    store.execute("DELETE FROM migrations WHERE name = '0010_record_keys_kind'")  # type: ignore[attr-defined]
    assert apply_migrations(store) == ["0010_record_keys_kind"]  # type: ignore[arg-type]
    after = [store.query_records(kind, limit=500, **ask) for kind in ("event", "talks") for ask in asks]
    assert [(t, [r.id for r, _ in rows]) for t, rows in after] == [(t, [r.id for r, _ in rows])
                                                                   for t, rows in before]
    assert store.query("SELECT COUNT(*) FROM record_keys k JOIN records r ON r.id = k.record_id "  # type: ignore[attr-defined]
                       "WHERE k.kind IS NULL OR k.kind <> r.kind") == [(0,)]
