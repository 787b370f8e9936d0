"""Filtered, paged reads (query_records, search_articles) on both backends, and the field filters."""
from __future__ import annotations

from typing import Any

import pytest

from detente.models import Article, Evidence, Record
from detente.store import Store
from detente.store.filters import actors_in, mentions_actor


def person(name: str, code: str | None, sector: str | None = "GOV") -> dict[str, Any]:
    return {"name": name, "country": code, "sector": sector}


def rec(kind: str, start: int, date: str | None = None, **fields: Any) -> Record:
    return Record(kind, Evidence("s", start, start + 1), fields, date, "day" if date else None)


@pytest.fixture
def filled(store: Store) -> tuple[Store, list[Article]]:
    """Three outlets, three days, every kind; texts in other voices than any real article."""
    north = Article(file="n.txt", index=0, outlet="North Herald", published="2024-11-04", title="Harbour talks",
                    text="Delegates from Arcadia and Borduria met at the harbour in Oslo. Straße closed.")
    south = Article(file="s.txt", index=0, outlet="South Post", published="2024-11-06", title=None,
                    text="Borduria said 120 shells hit the river port; Arcadia denied firing them.")
    east = Article(file="e.txt", index=0, outlet="East Daily", published=None, title="ÉLAN in Geneva",
                   text="A quiet day. Ministers of Arcadia arrived in Geneva for a 50%_ review.")
    store.save_article(north, [
        rec("talks", 0, "2024-11-03", parties=["ARC", "BOR"], mediators=["NOR"], venue={"name": "Oslo",
            "country": "NOR"}, outcomes=[{"issue": "prisoners", "result": "agreed"}],
            delegations=[{"party": "BOR", "head": "Ivo Marek"}]),
        rec("position", 40, None, party=person("Arcadia", "ARC"), issue="ceasefire", stance="demand"),
    ])
    store.save_article(south, [
        rec("event", 0, "2024-11-05", type="ASSAULT", actor=person("Arcadia", "ARC", "MIL"),
            target=person("Borduria", "BOR"), location={"name": "Arcadia Port", "country": "BOR"}),
        rec("claim", 10, None, value=120, claimant=person("Borduria", "BOR"), subject=None),
        rec("quote", 30, None, speaker=person("Lena Vogt", "ARC"), text="we did not fire"),
    ])
    store.save_article(east, [rec("event", 5, "2024-11-07", type="CONSULT", actor=person("Arcadia", "ARC"),
                                  target=None)])
    return store, [north, south, east]


def kinds(result: tuple[int, list[tuple[Record, Article]]]) -> list[str]:
    return [r.kind for r, _ in result[1]]


def test_query_records_filters_by_columns(filled: tuple[Store, list[Article]]) -> None:
    store, (north, south, east) = filled
    assert store.query_records()[0] == 6
    assert kinds(store.query_records("event")) == ["event", "event"]
    assert kinds(store.query_records(article_id=south.id)) == ["event", "claim", "quote"]
    assert kinds(store.query_records(outlet="North Herald")) == ["talks", "position"]
    # the record's own date wins; undated records fall back to their article's publication day
    assert kinds(store.query_records(since="2024-11-05")) == ["event", "claim", "quote", "event"]
    assert kinds(store.query_records(until="2024-11-04")) == ["talks", "position"]
    assert store.query_records("talks", since="2024-11-04")[0] == 0


def test_query_records_filters_by_fields(filled: tuple[Store, list[Article]]) -> None:
    store, _ = filled
    assert kinds(store.query_records(type="ASSAULT")) == ["event"]
    assert kinds(store.query_records(issue="ceasefire")) == ["position"]
    assert kinds(store.query_records(issue="prisoners")) == ["talks"]  # an outcome's issue
    assert kinds(store.query_records(actor="bor")) == ["talks", "event", "claim"]  # code, any case
    assert kinds(store.query_records(actor="Marek")) == ["talks"]  # a delegation head
    assert kinds(store.query_records(actor="vogt")) == ["quote"]  # part of a name
    assert kinds(store.query_records("event", actor="ARC", type="CONSULT")) == ["event"]
    assert store.query_records(actor="Oslo")[0] == 0  # places are not actors


@pytest.mark.parametrize("field_filter", [{}, {"actor": "ARC"}])
def test_query_records_pages_and_counts(filled: tuple[Store, list[Article]], field_filter: dict[str, str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    store, _ = filled
    monkeypatch.setattr(store, "page_size", 1)  # scans in pages of 5 rows
    total, whole = store.query_records(**field_filter, limit=100)
    pages = [store.query_records(**field_filter, limit=2, offset=o)[1] for o in range(0, total, 2)]
    assert [pair for page in pages for pair in page] == whole
    assert all(store.query_records(**field_filter, limit=2, offset=o)[0] == total for o in (0, 2))
    assert [(r.id, a.id) for r, a in whole] == [
        (r.id, a.id) for r, a in store.iter_records() if not field_filter or mentions_actor(r.fields, "ARC")]


def test_search_articles_matches_every_word(filled: tuple[Store, list[Article]]) -> None:
    """Full-text search: every word must match (title or text, any case, English stems), the best
    match first; filters apply with or without words."""
    store, (north, south, east) = filled
    ids = lambda result: [a.id for a in result[1]]  # noqa: E731
    assert sorted(ids(store.search_articles("arcadia"))) == sorted([north.id, south.id, east.id])
    assert ids(store.search_articles("ARCADIA harbour")) == [north.id]  # title or text, any case
    assert ids(store.search_articles("harbours")) == [north.id]  # stemmed: harbours finds harbour
    assert ids(store.search_articles("ministers geneva")) == [east.id]
    assert ids(store.search_articles("élan")) == [east.id]  # non-ASCII words are searchable too
    assert ids(store.search_articles('shells "fired')) == [south.id]  # quote marks are not syntax
    assert ids(store.search_articles("arcadia lisbon")) == []
    assert ids(store.search_articles(None, outlet="South Post")) == [south.id]
    assert ids(store.search_articles(since="2024-11-05")) == [south.id]  # undated articles drop out
    assert ids(store.search_articles(until="2024-11-05")) == [north.id]
    assert ids(store.search_articles("arcadia", outlet="East Daily")) == [east.id]
    total, page = store.search_articles("arcadia", limit=1, offset=1)
    assert total == 3 and len(page) == 1
    assert store.search_articles("élan arcadia", limit=1, offset=0) == (1, [east])


def test_actors_in_reads_every_actor_form() -> None:
    fields = {"actor": person("Arcadia", "ARC"), "target": None, "parties": ["BOR", 7],
              "location": {"name": "Port", "country": "BOR", "lat": 1.0, "lon": 2.0},
              "delegations": [{"party": "NOR", "head": "Ann Berg"}],
              "counts": [{"what": "shells", "value": 3, "claimed_by": person("Borduria army", "BOR", "MIL")}]}
    assert sorted(actors_in(fields), key=str) == sorted(
        [("Arcadia", "ARC"), (None, "BOR"), ("Ann Berg", "NOR"), ("Borduria army", "BOR")], key=str)
    assert not mentions_actor(fields, "Port")
