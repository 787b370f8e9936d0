"""The map page: Natural Earth borders (bundled TopoJSON) drawn by vendored Leaflet, event markers
clustered, a legend, and the same facets as the events table. Nothing is fetched from elsewhere."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from detente.api.deps import StoreDep
from detente.api.service import corpus_view
from detente.models import Article, Record
from detente.store.base import Store
from detente.store.filters import FACETS, Browse
from detente.web.query import TableQuery
from detente.web.sentences import describe
from detente.web.tables import kept_facets, story_articles, story_options

MAX_POINTS = 5000
POINTS = "map_points"  # the build's memo of every located event's point (prepare_map)


def mount_map(app: FastAPI, deps: list[Any], templates: Any) -> None:
    @app.get("/map", response_class=HTMLResponse, dependencies=deps, include_in_schema=False)
    def map_page(request: Request, store: StoreDep) -> Response:
        query = TableQuery.parse("event", dict(request.query_params))
        browse = replace(query.browse(story_articles(request, store, query.story)), located=True)
        total = store.count_browse(browse)  # type: ignore[attr-defined]
        facets = kept_facets(store, browse, (*FACETS["event"], "outlet"))
        return templates.TemplateResponse(request, "map.html", {
            "query": query, "path": "/map", "total": total, "facets": facets,
            "points_url": query.link("/map/points.json"), "table_url": query.link("/records/events"),
            "stories": story_options(request, store, query.story), "page": "map"})

    @app.get("/map/points.json", dependencies=deps, include_in_schema=False)
    def map_points(request: Request, store: StoreDep) -> JSONResponse:
        """The selected located events' points, in the events table's order: their ids from the
        store's indexes, each point as the builder thread described it for this build (a
        request described every point it sent: 66 ms for ASSAULT's at 10k articles)."""
        query = TableQuery.parse("event", dict(request.query_params))
        browse = replace(query.browse(story_articles(request, store, query.story)), located=True)
        view = corpus_view(request, store)
        version = store.content_version()  # type: ignore[attr-defined]  # before the ids: see _points_of
        ids = store.browse_ids(browse, limit=MAX_POINTS)  # type: ignore[attr-defined]
        total = len(ids) if len(ids) < MAX_POINTS else store.count_browse(browse)  # type: ignore[attr-defined]
        points = _points_of(view, store, version, ids)
        return JSONResponse({"ok": True, "total": total, "shown": len(points), "points": points})

    app.state.views.warmers.append(prepare_map)


def point(record: Record, article: Article) -> dict[str, Any]:
    """What the map shows of a located event: where, what (its sentence), when, and a link to it."""
    rec = record.to_contract(article)
    loc = rec["location"]
    return {"id": rec["id"], "lat": loc["lat"], "lon": loc["lon"], "place": loc.get("name"),
            "type": rec.get("type"), "date": rec["date"] or article.published, "sentence": describe(rec),
            "outlet": article.outlet, "href": f"/articles/{article.id}#r-{rec['id']}"}


def _described(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The points of these records, described now, 500 at a time."""
    out: dict[str, dict[str, Any]] = {}
    for at in range(0, len(ids), 500):
        rows = store.records_with_articles(ids[at:at + 500])  # type: ignore[attr-defined]
        out.update((record.id, point(record, article)) for record, article in rows)
    return out


def prepare_map(view: Any, store: Store) -> None:
    """Describe every located event once per build (the builder thread, before the build is served),
    and count the map's facets for its first request. The points hold for this build only if no
    write came between the build and now (content versions only grow: `_points_of` checks)."""
    view.memo(POINTS, lambda: _every_point(store))
    kept_facets(store, Browse("event", located=True), (*FACETS["event"], "outlet"))


def _every_point(store: Store) -> dict[str, Any]:
    """Every located event's point, and the content version they were read at (read first: a write
    during the reading makes them older than they say, never newer)."""
    version = store.content_version()  # type: ignore[attr-defined]
    ids = store.browse_ids(Browse("event", located=True))  # type: ignore[attr-defined]
    return {"version": version, "points": _described(store, ids)}


def _points_of(view: Any, store: Store, version: int, ids: list[str]) -> list[dict[str, Any]]:
    """The points of these ids (read at `version` or later), in order: from the build's descriptions
    when they were made at that very version, described here otherwise (a write came since)."""
    prepared = view.memo(POINTS, lambda: _every_point(store))  # a build no warmer prepared: once, here
    if prepared["version"] != version:
        known = _described(store, ids)
    else:
        known = prepared["points"]
        missing = [i for i in ids if i not in known]
        if missing:  # located by a write after `version` was read
            known = {**known, **_described(store, missing)}
    return [known[i] for i in ids if i in known]
