"""Facet counts and array-facet filters read from record_keys (migration 0011): what a table's side
panel shows, and what the actor page counts, is what counting each record's fields in Python gives,
on SQLite and PostgreSQL, before and after a store from before the facet rows is migrated."""
from __future__ import annotations

from collections import Counter
from typing import Any

from detente.models import Article, Evidence, Record
from detente.store.base import Store
from detente.store.filters import FACETS, Browse
from detente.store.keys import facet_keys
from detente.store.migrations import apply_migrations
from tests.web.bigcorpus import build_big_corpus

Items = list[tuple[Article, list[Record]]]


def _values(fields: dict[str, Any], facet: str, kind: str) -> set[str]:
    """A record's values of one facet, read from its contract fields by hand."""
    if kind == "talks" and facet in ("actor", "mediator"):
        return set(fields.get("parties" if facet == "actor" else "mediators") or [])
    if kind == "talks" and facet == "issue":
        return {o["issue"] for o in fields.get("outcomes") or [] if isinstance(o, dict) and o.get("issue")}
    head, _, key = FACETS[kind][facet].partition(".")
    value = fields.get(head)
    value = value.get(key) if key and isinstance(value, dict) else value
    return {value} if isinstance(value, str) else set()


def _counted(items: Items, kind: str, facet: str, chosen: tuple[tuple[str, str], ...] = ()) -> dict[str, int]:
    """How many records of `kind` holding every choice hold each value of `facet`."""
    counts: Counter[str] = Counter()
    for article, records in items:
        for record in records:
            fields = record.to_contract(article)
            if record.kind == kind and all(v in _values(fields, f, kind) for f, v in chosen):
                counts.update(_values(fields, facet, kind))
    return dict(counts)


def _every_count(store: Store, items: Items) -> list[tuple[str, str, str, dict[str, int]]]:
    """Every facet of every kind counted over the whole kind, and once more with a value chosen."""
    out = []
    for kind, facets in FACETS.items():
        for facet in facets:
            got = dict(store.facet_counts(Browse(kind), facet))  # type: ignore[attr-defined]
            assert got == _counted(items, kind, facet), (kind, facet)
            out.append((kind, facet, "", got))
            for other in facets:
                if other != facet and (values := _counted(items, kind, other)):
                    value = max(values, key=lambda v: (values[v], v))
                    browse = Browse(kind, ((other, value),))
                    got = dict(store.facet_counts(browse, facet))  # type: ignore[attr-defined]
                    assert got == _counted(items, kind, facet, ((other, value),)), (kind, facet, other)
                    out.append((kind, facet, value, got))
    return out


def test_facet_counts_read_from_keys_count_what_the_records_hold(store: Store) -> None:
    items = build_big_corpus(store)
    counted = _every_count(store, items)
    assert any(kind == "talks" and facet == "mediator" and got for kind, facet, _, got in counted)


def test_array_facet_filters_select_the_records_that_list_the_value(store: Store) -> None:
    items = build_big_corpus(store)
    for facet, value in (("actor", "RUS"), ("mediator", "TUR"), ("issue", "prisoner_exchange")):
        browse = Browse("talks", ((facet, value),))
        want = {r.id for a, recs in items for r in recs
                if r.kind == "talks" and value in _values(r.to_contract(a), facet, "talks")}
        total, rows = store.browse_records(browse, limit=500)  # type: ignore[attr-defined]
        assert total == store.count_browse(browse) == len(want) > 0  # type: ignore[attr-defined]
        assert {r.id for r, _ in rows} == want


def test_a_record_listing_a_value_twice_counts_once(store: Store) -> None:
    article = Article(file="wire.txt", index=0, text="Talks in Geneva were mediated by Turkey and Turkey.",
                      outlet="Wire A", published="2025-03-02")
    talks = Record(kind="talks", evidence=Evidence(article.text, 0, len(article.text)), date="2025-03-02",
                   fields={"parties": ["RUS", "UKR"], "mediators": ["TUR", "TUR"], "status": "held",
                           "outcomes": []})
    store.save_article(article, [talks])
    assert store.facet_counts(Browse("talks"), "mediator") == [("TUR", 1)]  # type: ignore[attr-defined]
    assert facet_keys("talks", talks.fields) == {("f:actor", "RUS"), ("f:actor", "UKR"),
                                                 ("f:mediator", "TUR"), ("f:status", "held")}


def test_a_store_from_before_the_facet_keys_is_migrated_to_the_same_counts(store: Store) -> None:
    items = build_big_corpus(store)
    before = _every_count(store, items)
    store.execute("DELETE FROM record_keys WHERE substr(facet, 1, 2) = ?", ("f:",))  # type: ignore[attr-defined]
    store.execute("DROP INDEX records_located_outlet")  # type: ignore[attr-defined]
    store.execute("DELETE FROM migrations WHERE name = '0011_facet_keys'")  # type: ignore[attr-defined]
    assert apply_migrations(store) == ["0011_facet_keys"]  # type: ignore[arg-type]
    assert _every_count(store, items) == before
    located = Browse("event", located=True)
    assert dict(store.facet_counts(located, "outlet")) == Counter(  # type: ignore[attr-defined]
        a.outlet for a, recs in items for r in recs
        if r.kind == "event" and (r.fields.get("location") or {}).get("lat") is not None)


def test_articles_come_with_their_records_in_the_order_asked(store: Store) -> None:
    items = build_big_corpus(store)
    wanted = [items[5][0].id, "no-such-article", items[2][0].id, items[5][0].id]
    got = store.articles_with_records(wanted)  # type: ignore[attr-defined]
    assert [a.id for a, _ in got] == [items[5][0].id, items[2][0].id]
    assert [[r.id for r in recs] for _, recs in got] == [
        [r.id for r in store.article_records(a.id)] for a, _ in got]
