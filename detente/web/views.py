"""HTML pages: timeline, positions matrix, stories (source comparison), article, map, search."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from detente.api.deps import StoreDep, require_read
from detente.api.errors import ApiError
from detente.api.service import corpus_view, timeline_slice, undated_in
from detente.web.highlight import segments
from detente.web.maps import mount_map
from detente.web.query import TableQuery as SearchQuery
from detente.web.sentences import describe, timeline_sentence  # noqa: F401 (timeline_sentence: its old home)
from detente.web.tables import mount_tables

HERE = __import__("pathlib").Path(__file__).resolve().parent
# Autoescape every template whatever its name: article text is data, never markup.
templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(str(HERE / "templates")),
                                           autoescape=True))


def _disputes_by_story(facts: list[dict[str, Any]]) -> dict[str, int]:
    """How many merged facts of each story its outlets disagree on."""
    disputes: dict[str, int] = defaultdict(int)
    for fact in facts:
        disputes[fact["story"]] += not fact["agree"]
    return dict(disputes)


def _link(view: Any, known: dict[str, str] | None = None) -> Any:
    """A function templates call to link a record id to its sentence on the article page; `known`
    maps the ids a page already holds to their articles (a dict look-up, where the view's compact
    map bisects: 1,700 links on a large story page)."""
    def link(record_id: str) -> str:
        article = (known or {}).get(record_id) or view.article_of.get(record_id)
        return f"/articles/{article}#r-{record_id}" if article else "#"
    return link


STORY_LISTED = ("event", "claim", "talks")  # the kinds a story page lists under each article


def _listed(by_article: dict[str, list[dict[str, Any]]], link: Any) -> dict[str, Markup]:
    """Each article's list items on a story page, as the template wrote them (`<li>` a record of
    STORY_LISTED: its kind linked to its sentence, then its evidence's first 140 characters), made
    here: the template's loop over 500 and more records was most of a large story page's time."""
    def item(r: dict[str, Any]) -> str:
        text = escape(r["evidence"]["text"][:140])
        return f'<li><a href="{escape(link(r["id"]))}">{escape(r["kind"])}</a>: {text}</li>'

    return {article: Markup("".join(item(r) for r in records if r["kind"] in STORY_LISTED))
            for article, records in by_article.items()}


def mount_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    deps = [Depends(require_read)]

    @app.get("/", response_class=HTMLResponse, dependencies=deps, include_in_schema=False)
    def timeline_page(request: Request, store: StoreDep, since: str | None = None,
                      until: str | None = None, kind: str | None = None) -> HTMLResponse:
        query = SearchQuery.parse("timeline", dict(request.query_params))
        query.facets = {"kind": kind} if kind else {}
        if "size" not in request.query_params:
            query.size = 100
        view, lo, hi = timeline_slice(request, store, query.since, query.until)
        # Entry i of the timeline is told by sentence i, computed with the build; only the entries
        # shown are decoded (the kinds are kept apart to select by).
        entries = [i for i in range(lo, hi) if not kind or view.kinds[i] == kind]
        shown = [{**view.timeline[i], "label": view.sentences[i]}
                 for i in entries[query.offset:query.offset + query.size]]
        undated = [e for e in undated_in(view, query.since, query.until) if not kind or e["kind"] == kind]
        return templates.TemplateResponse(request, "timeline.html", {
            "entries": shown, "total": len(entries), "since": query.since, "until": query.until,
            "kind": kind, "link": _link(view), "query": query, "path": "/",
            "pages": max(1, -(-len(entries) // query.size)), "page": "timeline",
            "undated": undated[:100], "undated_total": len(undated)})

    @app.get("/positions", response_class=HTMLResponse, dependencies=deps, include_in_schema=False)
    def positions_page(request: Request, store: StoreDep, as_of: str | None = None
                       ) -> HTMLResponse:
        view = corpus_view(request, store)
        matrix = view.matrix(as_of=as_of or None)
        cells = {(c["party"], c["row"]): c for c in matrix["cells"]}
        return templates.TemplateResponse(request, "positions.html", {
            "matrix": matrix, "cells": cells, "as_of": as_of, "link": _link(view), "page": "positions"})

    @app.get("/stories", response_class=HTMLResponse, dependencies=deps, include_in_schema=False)
    def stories_page(request: Request, store: StoreDep) -> HTMLResponse:
        """Stories largest first, a page at a time: a 10k-article store has thousands of stories, and one
        page listing them all took seconds to render and megabytes to send."""
        view = corpus_view(request, store)
        query = SearchQuery.parse("story", dict(request.query_params))
        disputes = view.memo("story_disputes", lambda: _disputes_by_story(view.facts))
        ranked = view.largest_stories()
        stories = [{"id": s.id, "articles": [view.articles[a] for a in s.articles],
                    "disputes": disputes.get(s.id, 0)}  # article summaries, no text
                   for s in ranked[query.offset:query.offset + query.size]]
        return templates.TemplateResponse(request, "stories.html", {
            "stories": stories, "total": len(ranked), "query": query, "path": "/stories",
            "pages": max(1, -(-len(ranked) // query.size)), "page": "stories"})

    @app.get("/stories/{story_id}", response_class=HTMLResponse, dependencies=deps, include_in_schema=False)
    def story_page(story_id: str, request: Request, store: StoreDep) -> HTMLResponse:
        view = corpus_view(request, store)
        story = next((s for s in view.stories if s.id.startswith(story_id)), None)
        if story is None:
            raise ApiError(404, f"No story with id {story_id!r}.")
        articles = [view.articles[a] for a in story.articles]
        by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for article, records in store.articles_with_records(story.articles):  # type: ignore[attr-defined]
            by_article[article.id] = [view.with_lent_date(record.to_contract(article)) for record in records]
        facts = sorted(view.facts_by_story.get(story.id, []), key=lambda f: f["agree"])
        kind_of = {r["id"]: r["kind"] for recs in by_article.values() for r in recs}
        outlet_of = {r["id"]: r["source"].get("outlet") or r["source"].get("title") or r["source"]["file"]
                     for recs in by_article.values() for r in recs}
        link = _link(view, {r["id"]: a for a, recs in by_article.items() for r in recs})
        return templates.TemplateResponse(request, "story.html", {
            "story": story, "articles": articles, "listed": _listed(by_article, link), "facts": facts,
            "outlet_of": outlet_of, "by_kind": lambda rid: kind_of.get(rid, "record"), "link": link,
            "page": "stories"})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, dependencies=deps,
             include_in_schema=False)
    def article_page(article_id: str, request: Request, store: StoreDep) -> HTMLResponse:
        article = store.get_article(article_id)
        if article is None:
            raise ApiError(404, f"No article with id {article_id!r}.")
        _, rows = store.query_records(article_id=article.id, limit=10_000)
        records = [r.to_contract(a) for r, a in rows]
        return templates.TemplateResponse(request, "article.html", {
            "article": article, "segments": segments(article.text, records), "records": records,
            "describe": describe,
            "page": "article"})

    @app.get("/search", response_class=HTMLResponse, dependencies=deps, include_in_schema=False)
    def search_page(request: Request, store: StoreDep,
                    q: str = Query("", max_length=200)) -> HTMLResponse:
        query = SearchQuery.parse("article", dict(request.query_params))
        query.facets = {"q": q} if q else {}
        total, hits = (store.search_articles(q, limit=query.size, offset=query.offset) if q
                       else (0, []))
        return templates.TemplateResponse(request, "search.html", {
            "q": q, "total": total, "hits": hits, "query": query, "pages": max(1, -(-total // query.size)),
            "page": "search"})

    mount_tables(app, deps, templates)
    mount_map(app, deps, templates)
