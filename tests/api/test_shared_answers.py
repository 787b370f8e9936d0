"""Answers shared by the worker processes of `detente serve --workers N` through the store: a page one
worker computed is served by another without computing it again, and never after the store changed."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.store import open_store
from detente.store.sql import SQLStore
from tests.api.corpus import build_corpus
from tests.api.test_derived_views import _new_article


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "shared.db")
    with open_store(path) as store:
        build_corpus(store)
    return path


@pytest.fixture
def pages_made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every records page computed (by any app in this process), by kind."""
    made: list[str] = []
    real = SQLStore.browse_records

    def counted(self: SQLStore, browse: Any, *args: Any, **kwargs: Any) -> Any:
        made.append(browse.kind)
        return real(self, browse, *args, **kwargs)

    monkeypatch.setattr(SQLStore, "browse_records", counted)
    return made


def _kept(db: str, url: str) -> int:
    """How many answers for `url` the store keeps, once the writer thread has written them."""
    deadline = time.monotonic() + 10
    while True:
        with open_store(db) as store:
            n = int(store.query("SELECT COUNT(*) FROM kept_answers WHERE url = ?", (url,))[0][0])  # type: ignore[attr-defined]
        if n or time.monotonic() > deadline:
            return n


def _views_current(*clients: TestClient) -> None:
    """Wait until every app serves the derived views of the store's content: an answer is keyed on the
    views' version too, so two apps share one only once both have the same build (on a loaded machine
    one app can still be reading the build back when the other answers)."""
    deadline = time.monotonic() + 60
    for client in clients:
        while True:
            status = client.get("/api/views").json()
            if status["views_version"] == status["content_version"] and not status["building"]:
                break
            assert time.monotonic() < deadline, f"the derived views never caught up: {status}"
            time.sleep(0.05)


def test_a_page_one_worker_made_is_served_by_another(db: str, pages_made: list[str]) -> None:
    settings = ApiSettings(db=db, share_answers=True)
    with TestClient(create_app(settings)) as one, TestClient(create_app(settings)) as other:
        _views_current(one, other)
        first = one.get("/records/events")
        assert first.status_code == 200 and pages_made == ["event"]
        assert _kept(db, "/records/events?") == 1
        second = other.get("/records/events")
        assert pages_made == ["event"]  # read back, not computed again
        assert second.content == first.content and second.headers["etag"] == first.headers["etag"]
        _new_article(db)
        third = other.get("/records/events")
        assert pages_made == ["event", "event"] and third.headers["etag"] != first.headers["etag"]
        assert third.content != first.content  # the new event is on the page
        assert _kept(db, "/records/events?") == 1  # the answer of the old version was pruned


def test_without_sharing_each_app_computes_its_own(db: str, pages_made: list[str]) -> None:
    settings = ApiSettings(db=db)
    with TestClient(create_app(settings)) as one, TestClient(create_app(settings)) as other:
        assert one.get("/records/events").content == other.get("/records/events").content
    assert pages_made == ["event", "event"]
