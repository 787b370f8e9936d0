"""Lists read without OFFSET (issue 13): the articles API's keyset pages (`after`), an articles
download's rows in one query, and article summaries without their text, alike on SQLite and
PostgreSQL."""
from __future__ import annotations

from typing import Any

import pytest

from detente.models import Article, Evidence, Record
from detente.store import Store
from detente.store.filters import Browse

OUTLETS = ["Harbour Gazette", "Upland Courier", None]


@pytest.fixture
def shelf(store: Store) -> Store:
    """23 short dispatches over three outlets (one unnamed) and some undated, each with 0-2 claims."""
    for i in range(23):
        text = f"Dispatch {i}: the ferry crossing reopened after {i} days of shelling."
        claims = [Record("claim", Evidence(text, 0, len(text)), {"value": i + k, "what": "days", "unit": None,
                                                                 "claimant": None, "subject": None})
                  for k in range(i % 3)]
        store.save_article(Article(file=f"d{i}.txt", index=0, text=text, title=f"Dispatch {i}",
                                   outlet=OUTLETS[i % 3], published=None if i % 5 == 0 else f"2025-04-{1 + i % 9:02d}"),
                           claims)
    return store


def _ids(articles: list[Any]) -> list[str]:
    return [a.id for a in articles]


def test_keyset_pages_walk_the_same_articles_as_offset_pages(shelf: Store) -> None:
    for filters in ({}, {"outlet": "Harbour Gazette"}, {"since": "2025-04-03"}):
        total, everything = shelf.search_articles(**filters, limit=500)  # type: ignore[arg-type]
        walked: list[str] = []
        after = None
        while True:
            count, page = shelf.search_articles(**filters, limit=4, after=after, with_text=False)  # type: ignore[arg-type]
            assert count == total and all(a.text == "" for a in page)
            walked += _ids(page)
            if len(page) < 4:
                break
            after = shelf.article_seqs([page[-1].id])[page[-1].id]  # type: ignore[attr-defined]
        assert walked == _ids(everything), filters


@pytest.mark.parametrize("sort", ["published", "outlet", "title", "records"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_download_reads_the_order_of_the_pages(shelf: Store, sort: str, descending: bool) -> None:
    args: dict[str, Any] = {"sort": sort, "descending": descending}
    total, paged = shelf.browse_articles(**args, limit=500)  # type: ignore[attr-defined]
    rows = shelf.article_download(**args)  # type: ignore[attr-defined]
    assert [(row[0], row[-1]) for row in rows] == [(a.id, n) for a, n in paged] and len(rows) == total


@pytest.mark.parametrize("filters", [{"sort": "published", "descending": True}, {"sort": "records"},
                                     {"outlet": "Upland Courier"}, {"since": "2025-04-04", "until": "2025-04-07"}])
def test_download_rows_are_the_summaries_a_page_shows(shelf: Store, filters: dict[str, Any]) -> None:
    """An articles download reads plain rows: each is the article's summary (no text) and its count."""
    rows = shelf.article_download(**filters)  # type: ignore[attr-defined]
    _, paged = shelf.browse_articles(**filters, limit=500)  # type: ignore[attr-defined]
    assert rows == [(*a.summary(with_text=False).values(), n) for a, n in paged]
    assert rows and all(row[3] for row in rows)


def test_a_download_of_nothing_is_no_rows(shelf: Store) -> None:
    assert shelf.article_download(outlet="No Such Wire") == []  # type: ignore[attr-defined]
    assert shelf.article_download(article_ids=()) == []  # type: ignore[attr-defined]
    assert len(shelf.article_download()) == 23  # type: ignore[attr-defined]


def test_record_downloads_read_ids_in_order_then_rows(shelf: Store) -> None:
    for browse in (Browse("claim"), Browse("claim", descending=True), Browse("claim", since="2025-04-05")):
        _, page = shelf.browse_records(browse, limit=500)  # type: ignore[attr-defined]
        ids = shelf.browse_ids(browse)  # type: ignore[attr-defined]
        assert ids == [r.id for r, _ in page]
        assert [(r.id, a.id) for r, a in shelf.iter_browse(browse, page=4)] == [(r.id, a.id) for r, a in page]  # type: ignore[attr-defined]
