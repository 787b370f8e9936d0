"""`/api/timeline` keeps undated events and talks visible: listed under `undated` with their count,
as `detente timeline` and the pages list them. Issue 11."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.models import Article, Evidence, Record
from detente.store import open_store
from tests.api.conftest import TOKEN
from tests.api.corpus import build_corpus

TEXTS = {"undated.txt": "Russian drones struck an energy facility in the Odesa region, officials said.",
         "july.txt": "A port warehouse near Odesa burned after a Russian missile strike, the governor wrote."}


def _undated_article(published: str | None, file: str) -> tuple[Article, Record]:
    text = TEXTS[file]
    article = Article(file=file, index=0, text=text, title=f"Odesa report {file}", outlet="Blog",
                      published=published)
    record = Record("event", Evidence(text, 0, len(text)), {
        "type": "ASSAULT", "mode": "aerial", "cameo": "19",
        "actor": {"name": "Russia", "country": "RUS", "sector": "MIL"},
        "target": {"name": "Ukraine", "country": "UKR", "sector": None},
        "location": {"name": "Odesa", "country": "UKR", "lat": 46.48, "lon": 30.72}, "counts": [],
        "claimed_by": None, "negated": False})
    record.assign_id(article.id)
    return article, record


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    db = str(tmp_path / "undated.db")
    with open_store(db) as store:
        build_corpus(store)
        for published, file in ((None, "undated.txt"), ("2025-07-01", "july.txt")):
            article, record = _undated_article(published, file)
            store.save_article(article, [record])
    with TestClient(create_app(ApiSettings(db=db, token=TOKEN))) as c:
        yield c


def test_undated_records_are_listed_with_their_count(client: TestClient) -> None:
    body = client.get("/api/timeline").json()
    assert all(e["date"] for e in body["items"])
    undated = body["undated"]
    assert undated["total"] == 2 == len(undated["items"])
    assert {e["reported"] for e in undated["items"]} == {None, "2025-07-01"}
    assert all(e["kind"] == "event" and e["citations"][0]["outlet"] == "Blog" for e in undated["items"])


def test_a_period_keeps_the_undated_reported_in_it_and_the_unplaceable(client: TestClient) -> None:
    june = client.get("/api/timeline", params={"since": "2025-06-01", "until": "2025-06-30"}).json()
    assert [e["reported"] for e in june["undated"]["items"]] == [None]
    assert june["undated"]["total"] == 1 and june["total"] >= 1
