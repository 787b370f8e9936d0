"""A table's facet counts are counted once per selection and store version: the next page or another
order of the same rows shows the same counts without counting again, and a write shows new ones."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.models import Article, Evidence, Record
from detente.store import open_store
from detente.store.sql import SQLStore
from tests.web.bigcorpus import build_big_corpus


def _outlet_counts(html: str) -> dict[str, str]:
    """The outlet facet's values and counts as the page shows them."""
    section = html.split('data-facet="outlet"', 1)[1].split("</section>", 1)[0]
    return {li.split('">', 1)[1].split("</a>", 1)[0]: li.split('class="n">', 1)[1].split("<", 1)[0]
            for li in section.split("<li")[1:]}


def test_pages_and_orders_of_one_selection_count_facets_once(tmp_path: Path, monkeypatch: Any) -> None:
    db = str(tmp_path / "facets.db")
    with open_store(db) as store:
        build_big_corpus(store)
    counted: list[str] = []
    original = SQLStore.facet_counts

    def counting(self: SQLStore, browse: Any, facet: str, limit: int = 40) -> list[tuple[str, int]]:
        counted.append(facet)
        return original(self, browse, facet, limit)

    monkeypatch.setattr(SQLStore, "facet_counts", counting)
    with TestClient(create_app(ApiSettings(db=db))) as client:
        first = client.get("/records/events?type=ASSAULT").text
        assert counted  # the first page counts every facet
        counted.clear()
        second = client.get("/records/events?type=ASSAULT&page=2&sort=actor&desc=1").text
        assert counted == [] and _outlet_counts(second) == _outlet_counts(first)
        client.get("/records/events?type=CONSULT")
        assert counted  # another selection counts its own
        with open_store(db) as store:  # a write in another process retires the kept counts
            text = "Wire A said troops of Russia shelled a depot near the river on Monday."
            store.save_article(Article(file="new.txt", index=0, text=text, outlet="Wire A",
                                       published="2025-03-03"),
                               [Record("event", Evidence(text, 0, len(text)), {
                                   "type": "ASSAULT", "target": None,
                                   "actor": {"name": "Russia", "country": "RUS", "sector": "MIL"}},
                                   "2025-03-03", "day")])
        counted.clear()
        third = client.get("/records/events?type=ASSAULT&page=3").text
        assert counted and int(_outlet_counts(third)["Wire A"]) == int(_outlet_counts(first)["Wire A"]) + 1
