"""The map page: Natural Earth borders (bundled TopoJSON) drawn by vendored Leaflet, event markers
clustered, a legend, and the same facets as the events table. Nothing is fetched from elsewhere."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from detente.api.deps import StoreDep
from detente.store.filters import FACETS
from detente.web.query import TableQuery
from detente.web.sentences import describe
from detente.web.tables import kept_facets, story_articles, story_options

MAX_POINTS = 5000


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
        query = TableQuery.parse("event", dict(request.query_params))
        browse = replace(query.browse(story_articles(request, store, query.story)), located=True)
        total, rows = store.browse_records(browse, limit=MAX_POINTS)  # type: ignore[attr-defined]
        points = []
        for record, article in rows:
            rec = record.to_contract(article)
            loc = rec["location"]
            points.append({"id": rec["id"], "lat": loc["lat"], "lon": loc["lon"], "place": loc.get("name"),
                           "type": rec.get("type"), "date": rec["date"] or article.published,
                           "sentence": describe(rec), "outlet": article.outlet,
                           "href": f"/articles/{article.id}#r-{rec['id']}"})
        return JSONResponse({"ok": True, "total": total, "shown": len(points), "points": points})
