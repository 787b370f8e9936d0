"""What several server processes rely on in the store, alike on SQLite and PostgreSQL (issue 13):
the builder lease, and the outlet facet counted from indexes (per article first, then summed)."""
from __future__ import annotations

from collections import Counter

import pytest

from detente.store import lease
from detente.store.base import Store
from detente.store.filters import Browse
from tests.store.conftest import pg_url, postgres_url, store, store_url  # noqa: F401 (fixtures)
from tests.web.bigcorpus import build_big_corpus


def test_outlet_counts_match_python_with_and_without_filters(store: Store) -> None:  # noqa: F811
    items = build_big_corpus(store)
    for browse in (Browse("event"), Browse("event", (("type", "ASSAULT"),), since="2025-04-01"),
                   Browse("talks", (("actor", "RUS"), ("outlet", "Wire A")))):
        others = Browse(browse.kind, tuple(f for f in browse.facets if f[0] != "outlet"), browse.since)
        selected = {rec.id for rec, _ in store.iter_browse(others)}  # type: ignore[attr-defined]
        want = Counter(a.outlet for a, recs in items for r in recs if r.id in selected)
        got = store.facet_counts(browse, "outlet")  # type: ignore[attr-defined]
        assert dict(got) == want and want
        assert [n for _, n in got] == sorted((n for _, n in got), reverse=True)
    assert len(store.facet_counts(Browse("event"), "outlet")) > 1  # type: ignore[attr-defined]


def test_one_lease_holder_at_a_time(store: Store) -> None:  # noqa: F811
    assert lease.take(store, "build", "a", 60)  # type: ignore[arg-type]
    assert not lease.take(store, "build", "b", 60)  # type: ignore[arg-type]
    assert lease.take(store, "build", "a", 60)  # type: ignore[arg-type]  # a renewal
    lease.release(store, "build", "a")  # type: ignore[arg-type]
    assert lease.take(store, "build", "b", 60) and lease.holder(store, "build") == "b"  # type: ignore[arg-type]
    assert store.query("SELECT taken FROM leases WHERE name = 'build'")[0][0] == 2  # type: ignore[attr-defined]


def test_new_request_threads_take_the_stores_opened_ahead(store_url: str,  # noqa: F811
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The builder thread opens spare stores; each new request thread takes one (none opened in the
    request), keeps it for its later requests, and a thread past the spares opens its own."""
    import threading

    from detente.api import deps

    pool = deps.StorePool(store_url)
    pool.prepare(2)
    opened: list[str] = []
    real_open = deps.open_store
    monkeypatch.setattr(deps, "open_store", lambda db: opened.append(db) or real_open(db))
    got: list[tuple[Store, Store]] = []

    def request_thread() -> None:
        first = pool.get()
        first.count_articles()
        got.append((first, pool.get()))

    for _ in range(3):
        thread = threading.Thread(target=request_thread)
        thread.start()
        thread.join()
    try:
        assert all(a is b for a, b in got)  # a thread keeps its store
        assert len({id(a) for a, _ in got}) == 3
        assert opened == [store_url]  # only the third thread opened one
    finally:
        pool.close()


def test_download_rows_flatten_as_the_contract_does(store: Store) -> None:  # noqa: F811
    """A records download's cells straight off the stored rows, alike on SQLite and PostgreSQL (whose
    driver hands JSON back decoded, its keys in jsonb's order): each record's flat row as its stored
    contract gives it (what the download made from Records and Articles), in the ids' order."""
    from detente.flatten import columns, flat_row
    from detente.store.rows import download_values

    build_big_corpus(store)
    for kind in ("event", "talks", "position", "claim", "quote"):
        ids = store.browse_ids(Browse(kind))[::-1]  # type: ignore[attr-defined]
        rows = store.record_download_rows(ids)  # type: ignore[attr-defined]
        assert [row[0] for row in rows] == ids and ids
        stored = store.records_with_articles(ids)  # type: ignore[attr-defined]
        for row, (record, article) in zip(rows, stored, strict=True):
            flat = flat_row(record.to_contract(article), article.id)
            assert download_values(row) == [flat[c] for c in columns(kind)]
