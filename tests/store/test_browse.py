"""Facets, order and pages in SQL (the workbench tables and filtered exports), alike on SQLite and
PostgreSQL: what each returns is checked against the same filter written in Python."""
from __future__ import annotations

from collections import Counter
from typing import Any

from detente.store.base import Store
from detente.store.filters import Browse
from tests.web.bigcorpus import build_big_corpus

Facets = tuple[tuple[str, str], ...]


def _python(items: list[Any], kind: str, check: Any) -> list[str]:
    return [r.id for a, recs in items for r in recs if r.kind == kind and check(r.to_contract(a), a)]


def test_facets_combine_and_count_like_python(store: Store) -> None:
    items = build_big_corpus(store)
    browse = Browse("event", (("type", "ASSAULT"), ("actor", "Russia"), ("outlet", "Wire A")))
    total, rows = store.browse_records(browse, limit=500)  # type: ignore[attr-defined]
    want = _python(items, "event", lambda o, a: o["type"] == "ASSAULT" and o["actor"]["name"] == "Russia"
                   and a.outlet == "Wire A")
    assert total == len(rows) == len(want) > 0 and {r.id for r, _ in rows} == set(want)
    counts = dict(store.facet_counts(Browse("event", (("type", "ASSAULT"),)), "actor"))  # type: ignore[attr-defined]
    assert counts == Counter(o["actor"]["name"] for a, recs in items for r in recs
                             if r.kind == "event" and (o := r.to_contract(a))["type"] == "ASSAULT")


def test_array_facets_and_dates(store: Store) -> None:
    items = build_big_corpus(store)
    browse = Browse("talks", (("actor", "RUS"), ("issue", "prisoner_exchange")), since="2025-04-01",
                    until="2025-05-31")
    total, rows = store.browse_records(browse, limit=500)  # type: ignore[attr-defined]
    want = _python(items, "talks", lambda o, a: "RUS" in o["parties"] and o["outcomes"]
                   and "2025-04-01" <= o["date"] <= "2025-05-31")
    assert total == len(want) > 0 and {r.id for r, _ in rows} == set(want)
    assert dict(store.facet_counts(Browse("talks"), "mediator")) == {"TUR": 48}  # type: ignore[attr-defined]


def test_order_and_pages_cover_every_row_once(store: Store) -> None:
    build_big_corpus(store)
    browse = Browse("claim", sort="actor", descending=True)
    seen: list[Any] = []
    for offset in range(0, 200, 50):
        total, rows = store.browse_records(browse, limit=50, offset=offset)  # type: ignore[attr-defined]
        seen += rows
    assert len(seen) == total == len({r.id for r, _ in seen}) == 120
    names = [r.fields["claimant"]["name"] for r, _ in seen]
    assert names == sorted(names, reverse=True)
    total, articles = store.browse_articles(outlet="Wire B", sort="published", descending=True,  # type: ignore[attr-defined]
                                            limit=5)
    assert total == 48 and [a.published for a, _ in articles] == sorted((a.published for a, _ in articles),
                                                                         reverse=True)
