"""Derived views (stories, facts, timeline, matrix): one build per store change, kept in the store,
equal to a fresh build; answers kept per store version (issue 13)."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente.api import derived
from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.models import Article, Evidence, Record
from detente.store import open_store
from detente.stories.build import build_view
from detente.stories.timeline import build_timeline
from tests.api.corpus import build_corpus

CLIENTS = 20


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "views.db")
    with open_store(path) as store:
        build_corpus(store)
    return path


@pytest.fixture
def slow_builds(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Builds that wait for the returned event, so that requests pile up while one runs."""
    release = threading.Event()
    real = derived.compute

    def compute(store: Any, version: int) -> derived.ServedView:
        release.wait(timeout=30)
        return real(store, version)

    monkeypatch.setattr(derived, "compute", compute)
    return release


def _new_article(db: str) -> None:
    text = "Russia and Ukraine exchanged 300 prisoners in Belarus on Friday."
    article = Article(file="new.txt", index=0, text=text, title="Prisoner swap", outlet="Wire C",
                      published="2025-06-06")
    event = Record("event", Evidence(text, 0, len(text)), {"type": "RETREAT", "actor": None, "target": None},
                   "2025-06-06", "day")
    with open_store(db) as store:
        store.save_article(article, [event])


def _ask_all(keeper: derived.ViewKeeper, db: str, wait: bool) -> list[int]:
    versions: list[int] = []

    def ask() -> None:
        with open_store(db) as store:
            versions.append(keeper.get(store, wait=wait).version)

    threads = [threading.Thread(target=ask) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    return versions if not wait else (versions, [t.join() for t in threads])[0]


def test_concurrent_requests_after_a_change_build_once(db: str, slow_builds: threading.Event) -> None:
    keeper = derived.ViewKeeper(db)
    slow_builds.set()
    with open_store(db) as store:
        first = keeper.get(store, wait=True)
    assert keeper.builds == 1
    slow_builds.clear()
    _new_article(db)
    with open_store(db) as store:
        changed = store.content_version()  # type: ignore[attr-defined]
    assert changed > first.version
    # While the one builder waits, every request is served the previous build at once.
    stale = _ask_all(keeper, db, wait=False)
    for _ in range(100):
        if len(stale) == CLIENTS:
            break
        threading.Event().wait(0.05)
    assert stale == [first.version] * CLIENTS and keeper.building
    waiting: list[int] = []
    threads = [threading.Thread(target=lambda: waiting.extend(_ask_all(keeper, db, wait=True)))]
    threads[0].start()
    slow_builds.set()
    threads[0].join(timeout=60)
    assert waiting == [changed] * CLIENTS
    assert keeper.builds == 2  # one build for all the requests that found the store changed


def test_served_views_equal_a_fresh_build(db: str) -> None:
    with TestClient(create_app(ApiSettings(db=db))) as client:
        stories = client.get("/api/stories", params={"limit": 500}).json()
        facts = client.get("/api/facts", params={"limit": 500}).json()
        timeline = client.get("/api/timeline", params={"limit": 500}).json()
        matrix = client.get("/api/positions/matrix").json()
    with open_store(db) as store:
        fresh = build_view(store)
    from detente.views.positions import build_matrix

    assert [s["id"] for s in stories["items"]] == [s.id for s in fresh.stories]
    assert [[a["id"] for a in s["articles"]] for s in stories["items"]] == [s.articles for s in fresh.stories]
    assert facts["items"] == fresh.facts and facts["total"] == len(fresh.facts)
    assert timeline["items"] == build_timeline(fresh.records, fresh.facts)
    positions = [r for r in fresh.records if r["kind"] == "position"]
    assert matrix == {"ok": True, **build_matrix(positions)} and matrix["cells"]


def test_a_restarted_server_reads_the_build_back(db: str) -> None:
    with TestClient(create_app(ApiSettings(db=db))) as client:
        before = client.get("/api/stories").json()
        assert client.app.state.views.builds == 1  # type: ignore[attr-defined]
    with TestClient(create_app(ApiSettings(db=db))) as client:
        assert client.get("/api/stories").json() == before
        assert client.app.state.views.builds == 0  # type: ignore[attr-defined]
        status = client.get("/api/views").json()
        assert status["views_version"] == status["content_version"] and not status["building"]


def test_answers_are_kept_until_the_store_changes(db: str) -> None:
    with TestClient(create_app(ApiSettings(db=db))) as client:
        cache = client.app.state.cache  # type: ignore[attr-defined]
        client.get("/api/stories")  # the derived views are built (their version is part of the key)
        first = client.get("/api/articles")
        again = client.get("/api/articles")
        assert again.json() == first.json() and cache.hits == 1
        assert again.headers["content-security-policy"]  # kept answers carry the security headers
        assert client.get("/api/articles", headers={"If-None-Match": first.headers["etag"]}).status_code == 304
        _new_article(db)
        after = client.get("/api/articles", headers={"If-None-Match": first.headers["etag"]})
        assert after.status_code == 200 and after.json()["total"] == first.json()["total"] + 1


def test_views_answers_outlive_a_write_until_the_next_build(db: str, slow_builds: threading.Event) -> None:
    """Stories, facts, the timeline and the matrix are made of the build alone: right after an
    ingest they are served from memory (the previous build's, as before, without computing them
    again), the next build starts all the same, and once it is served they show the new article."""
    slow_builds.set()
    with TestClient(create_app(ApiSettings(db=db))) as client:
        cache = client.app.state.cache  # type: ignore[attr-defined]
        urls = ["/api/stories", "/api/facts", "/api/timeline", "/api/positions/matrix", "/", "/stories",
                "/positions"]
        client.get("/stories?size=1")  # the build is served (a first answer waits for it)
        before = {u: client.get(u) for u in urls}
        slow_builds.clear()  # the next build waits until released
        _new_article(db)
        hits = cache.hits
        after = {u: client.get(u) for u in urls}
        assert cache.hits == hits + len(urls)
        assert all(after[u].content == before[u].content and after[u].headers["etag"] == before[u].headers["etag"]
                   for u in urls)
        assert client.get("/api/views").json()["building"]  # the requests started the next build
        slow_builds.set()
        with open_store(db) as store:
            client.app.state.views.get(store, wait=True)  # type: ignore[attr-defined]
        old, new = before["/api/timeline"].json(), client.get("/api/timeline").json()
        assert new["total"] == old["total"] + 1 and client.get("/").content != before["/"].content
        assert client.get("/api/timeline").headers["etag"] != before["/api/timeline"].headers["etag"]


def test_a_builds_first_views_answers_are_made_before_it_is_served(db: str) -> None:
    """The unfiltered stories, facts, timeline, matrix and their pages are made by the builder
    thread with the build, so their first requests are answered from memory, and say what the
    same request made in full says (the defaults spelled out make the endpoint run)."""
    with TestClient(create_app(ApiSettings(db=db))) as client:
        cache = client.app.state.cache  # type: ignore[attr-defined]
        client.get("/stories?size=1")  # the build is served
        _new_article(db)
        with open_store(db) as store:
            view = client.app.state.views.get(store, wait=True)  # type: ignore[attr-defined]
        hits = cache.hits
        made = {u: client.get(u) for u in ["/api/stories", "/api/facts", "/api/timeline", "/api/positions/matrix",
                                           "/", "/stories", "/positions"]}
        assert cache.hits == hits + len(made) and all(a.status_code == 200 for a in made.values())
        assert made["/api/timeline"].headers["etag"] == f'W/"-1-{view.version}"'
        for url in ["/api/stories", "/api/facts", "/api/timeline"]:
            assert made[url].json() == client.get(url, params={"limit": 50 if "timeline" not in url else 100}).json()
        assert made["/"].headers["content-type"] == "text/html; charset=utf-8"
        assert made["/"].headers["content-security-policy"]  # the security headers, as on any answer


def test_kept_answers_still_need_the_token(db: str) -> None:
    with TestClient(create_app(ApiSettings(db=db, token="t0ken-t0ken-t0ken", read_requires_token=True))) as client:
        auth = {"Authorization": "Bearer t0ken-t0ken-t0ken"}
        assert client.get("/api/articles", headers=auth).status_code == 200
        assert client.get("/api/articles", headers=auth).status_code == 200
        assert client.get("/api/articles").status_code == 401
        assert client.get("/api/articles", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_a_failed_build_is_a_sentence(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(store: Any, version: int) -> derived.ServedView:
        raise ValueError("no memory left")

    monkeypatch.setattr(derived, "compute", broken)
    with TestClient(create_app(ApiSettings(db=db))) as client:
        response = client.get("/api/stories")
    assert response.status_code == 503
    assert "no memory left" in response.json()["error"] and "Traceback" not in response.text


def test_the_builder_child_process_builds_and_saves(db: str) -> None:
    keeper = derived.ViewKeeper(db, in_process=False)
    with open_store(db) as store:
        view = keeper.get(store, wait=True)
        assert view.version == store.content_version()  # type: ignore[attr-defined]
    assert keeper.builds == 1 and view.stories


def test_concurrent_requests_for_one_answer_compute_it_once(db: str) -> None:
    import asyncio

    import httpx

    app = create_app(ApiSettings(db=db))

    async def ask_together() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            answers = await asyncio.gather(*(client.get("/api/events", params={"actor": "UKR"})
                                             for _ in range(CLIENTS)))
        return [a.status_code for a in answers]

    statuses: list[int] = []
    # A thread of its own: another test may have left an event loop running in this one.
    runner = threading.Thread(target=lambda: statuses.extend(asyncio.run(ask_together())))
    runner.start()
    runner.join(timeout=120)
    assert statuses == [200] * CLIENTS
    assert (app.state.cache.misses, app.state.cache.hits) == (1, CLIENTS - 1)
