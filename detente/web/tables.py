"""Table pages: one per record kind and one for articles, each sortable, paginated and faceted
(filters run in SQL in the store), each downloadable as CSV and JSON with the current filters."""
from __future__ import annotations

import csv
import io
import json
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from markupsafe import Markup, escape

from detente.api.deps import StoreDep
from detente.api.errors import ApiError
from detente.api.service import corpus_view
from detente.store.base import Store
from detente.store.filters import FACETS, Browse
from detente.web.query import TableQuery, checked_day
from detente.web.sentences import country_name, describe

KINDS = {"events": "event", "talks": "talks", "positions": "position", "claims": "claim", "quotes": "quote"}
TITLES = {"event": "Events", "talks": "Talks", "position": "Positions", "claim": "Claims", "quote": "Quotes"}
# (header, sort key or None) per kind; the cells come from `cells()` in the same order.
COLUMNS: dict[str, list[tuple[str, str | None]]] = {
    "event": [("Type", "type"), ("Actor", "actor"), ("Target", "target"), ("Place", None)],
    "talks": [("Parties", None), ("Mediators", None), ("Venue", None), ("Status", "status"),
              ("Delegations", None), ("Outcomes", None)],
    "position": [("Party", "actor"), ("Issue", "issue"), ("Stance", "stance"), ("Detail", None)],
    "claim": [("Claimant", "actor"), ("What", "what"), ("Value", None), ("Subject", "target")],
    "quote": [("Speaker", "actor"), ("Quote", None), ("Via", None)],
}


def _name(value: Any) -> str | None:
    return value.get("name") if isinstance(value, dict) else None


def _actor_cell(value: Any) -> dict[str, Any]:
    name = _name(value)
    return {"text": name or "—", "href": f"/actors/{name}" if name else None}


def cells(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """The kind-specific cells of one row, as {"text", "href"} (href may be None)."""
    kind = rec["kind"]
    if kind == "event":
        place = rec.get("location") or {}
        return [{"text": rec.get("type")}, _actor_cell(rec.get("actor")), _actor_cell(rec.get("target")),
                {"text": place.get("name") or "—"}]
    if kind == "talks":
        codes = rec.get("parties") or []
        dels = "; ".join(f"{country_name(d.get('party'))}: {d.get('head') or 'unnamed'}"
                         for d in rec.get("delegations") or [] if isinstance(d, dict))
        outcomes = "; ".join(f"{o.get('issue')}: {o.get('result')}" + (f" ({o['detail']})" if o.get("detail")
                                                                        else "")
                             for o in rec.get("outcomes") or [] if isinstance(o, dict))
        return [{"text": ", ".join(country_name(c) for c in codes) or "—",
                 "href": f"/records/talks?actor={codes[0]}" if len(codes) == 1 else None},
                {"text": ", ".join(country_name(c) for c in rec.get("mediators") or []) or "—"},
                {"text": (rec.get("venue") or {}).get("name") or "—"}, {"text": rec.get("status")},
                {"text": dels or "—"}, {"text": outcomes or "—"}]
    if kind == "position":
        return [_actor_cell(rec.get("party")), {"text": rec.get("issue")}, {"text": rec.get("stance")},
                {"text": rec.get("detail") or "—"}]
    if kind == "claim":
        return [_actor_cell(rec.get("claimant")), {"text": rec.get("what")},
                {"text": f"{rec.get('qualifier') or ''} {rec.get('value')} {rec.get('unit') or ''}".strip()},
                _actor_cell(rec.get("subject"))]
    return [_actor_cell(rec.get("speaker")), {"text": rec.get("text")}, {"text": rec.get("via") or "—"}]


KEPT_FACETS = 512  # facet count lists kept (each at most 40 values)
_kept: OrderedDict[tuple[Any, ...], list[tuple[str, int]]] = OrderedDict()
_kept_lock = threading.Lock()


def kept_facets(store: Store, browse: Browse, facets: tuple[str, ...]) -> dict[str, list[tuple[str, int]]]:
    """Each facet's counts among the records `browse` selects, kept per store content version.

    Every page and every order of one selection shows the same counts, and they are most of a
    table page's SQL (a count per facet over every selected record), so paging through a table or
    re-sorting it counts them once. Any write moves the content version, which retires them."""
    version = store.content_version()  # type: ignore[attr-defined]
    selection = replace(browse, sort="date", descending=False)
    out: dict[str, list[tuple[str, int]]] = {}
    for facet in facets:
        key = (getattr(store, "url", None), version, selection, facet)
        with _kept_lock:
            found = _kept.get(key)
            if found is not None:
                _kept.move_to_end(key)
        if found is None:
            found = store.facet_counts(browse, facet)  # type: ignore[attr-defined]
            with _kept_lock:
                _kept[key] = found
                while len(_kept) > KEPT_FACETS:
                    _kept.popitem(last=False)
        out[facet] = found
    return out


def forget_kept_facets() -> None:
    """Drop every kept facet count (benchmarks that time a page's whole work)."""
    with _kept_lock:
        _kept.clear()


def story_articles(request: Request, store: Store, story: str | None) -> tuple[str, ...] | None:
    """The article ids of the story whose id starts with `story` (None when no story is asked)."""
    if not story:
        return None
    found = next((s for s in corpus_view(request, store).stories if s.id.startswith(story)), None)
    if found is None:
        raise ApiError(404, f"No story with id {story!r}; /stories lists them.")
    return tuple(found.articles)


def story_choices(request: Request, store: Store, limit: int = 300) -> list[dict[str, Any]]:
    """Stories to pick from in a table's filter form, largest first: id, lead title, size."""
    return _choices(corpus_view(request, store), limit)


def _choices(view: Any, limit: int = 300) -> list[dict[str, Any]]:
    """The largest stories of a build as a filter form lists them."""
    stories = view.largest_stories()[:limit]
    return [{"id": s.id, "title": view.articles[s.articles[0]]["title"] or "(untitled)",
             "size": len(s.articles)} for s in stories]


def story_options(request: Request, store: Store, chosen: str | None) -> Markup:
    """The `<option>`s of a table's story filter, as the template wrote them: rendered once per build
    of the derived views when no story is chosen (every table page, the articles and the map show
    the same 300 stories; the template's loop over them was a quarter of a table page's time)."""
    if chosen:
        return _options(story_choices(request, store), chosen)
    return _unchosen_options(corpus_view(request, store))


def _unchosen_options(view: Any) -> Markup:
    """The story options with none selected, kept with the build."""
    return view.memo("story_options", lambda: _options(_choices(view), None))  # type: ignore[no-any-return]


def prepare_tables(view: Any, store: Store) -> None:
    """Before a build is served (the builder thread, as the map's points are): its story options,
    and each table's facet counts with no filter, the page every table link opens. A first page of
    a table counted them in its request (13-21 ms of events' or claims' 30-50 ms at 10k articles)."""
    _unchosen_options(view)
    for kind in KINDS.values():
        kept_facets(store, TableQuery.parse(kind, {}).browse(None), (*FACETS[kind], "outlet"))


def _options(stories: list[dict[str, Any]], chosen: str | None) -> Markup:
    """Each story as an `<option>`, the one whose id starts with `chosen` selected."""
    return Markup("".join(
        f'<option value="{escape(s["id"])}"{" selected" if chosen and s["id"].startswith(chosen) else ""}>'
        f'{escape(s["title"][:70])} ({s["size"]} article{"s" if s["size"] != 1 else ""})</option>'
        for s in stories))


def _table(request: Request, store: Store, plural: str) -> tuple[TableQuery, Any]:
    if plural not in KINDS:
        raise ApiError(404, f"No table /records/{plural}: use one of {', '.join(KINDS)}.")
    query = TableQuery.parse(KINDS[plural], dict(request.query_params))
    return query, query.browse(story_articles(request, store, query.story))


# The templates of a table page and the articles list, compiled by the builder thread (compiling
# them took ~20 ms of a process's first table page).
PAGE_TEMPLATES = ("base.html", "_active.html", "_facets.html", "_pager.html", "records.html", "articles.html")


def mount_tables(app: FastAPI, deps: list[Any], templates: Any) -> None:
    def prepare_table_pages(view: Any, store: Store) -> None:
        """prepare_tables, and the pages' templates compiled (once a process: then each is kept)."""
        for name in PAGE_TEMPLATES:
            templates.get_template(name)
        prepare_tables(view, store)

    app.state.views.warmers.append(prepare_table_pages)
    app.state.views.warmers.append(prepare_article_downloads)

    @app.get("/records/{name}", response_class=HTMLResponse, dependencies=deps, include_in_schema=False)
    def records_page(name: str, request: Request, store: StoreDep) -> Response:
        plural, _, ext = name.partition(".")
        query, browse = _table(request, store, plural)
        if ext:
            return _download(request, store, browse, ext, plural)
        total, rows = store.browse_records(browse, limit=query.size,  # type: ignore[attr-defined]
                                           offset=query.offset)
        facets = kept_facets(store, browse, (*FACETS[query.kind], "outlet"))
        items = [{"rec": (rec := r.to_contract(a)), "article": a, "sentence": describe(rec),
                  "cells": cells(rec)} for r, a in rows]
        return templates.TemplateResponse(request, "records.html", {
            "q": None, "query": query, "path": f"/records/{plural}", "plural": plural,
            "title": TITLES[query.kind],
            "columns": COLUMNS[query.kind], "items": items, "total": total, "facets": facets,
            "pages": max(1, -(-total // query.size)), "stories": story_options(request, store, query.story),
            "page": plural})

    @app.get("/articles", response_class=HTMLResponse, dependencies=deps, include_in_schema=False)
    def articles_page(request: Request, store: StoreDep) -> Response:
        return _articles(request, store, "")

    @app.get("/articles.{ext}", dependencies=deps, include_in_schema=False)
    def articles_download(ext: str, request: Request, store: StoreDep) -> Response:
        return _articles(request, store, ext)

    def _articles(request: Request, store: Store, ext: str) -> Response:
        query = TableQuery.parse("article", dict(request.query_params))
        query.sort = request.query_params.get("sort") or "published"
        args = _article_args(query, story_articles(request, store, query.story))
        if ext:
            return _download_articles(store, args, ext)
        total, rows = store.browse_articles(**args, limit=query.size,  # type: ignore[attr-defined]
                                            offset=query.offset)
        return templates.TemplateResponse(request, "articles.html", {
            "query": query, "path": "/articles", "items": rows, "total": total,
            "outlets": store.outlets(), "pages": max(1, -(-total // query.size)),  # type: ignore[attr-defined]
            "stories": story_options(request, store, query.story), "page": "articles"})

    @app.get("/actors/{name}", response_class=HTMLResponse, dependencies=deps, include_in_schema=False)
    def actor_page(name: str, request: Request, store: StoreDep) -> Response:
        """Counts only, each read off an index: a page of one record per table (as this page once
        fetched) walked the whole of a kind in table order to find a rare actor (150 ms a kind)."""
        code = next((c for c, n in _codes().items() if n == name), name if name.isupper() else None)
        counts = []
        for plural, kind in KINDS.items():
            value = code if kind == "talks" else name
            if value is None:
                continue
            query = TableQuery(kind=kind, facets={"actor": value})
            total = store.count_browse(query.browse())  # type: ignore[attr-defined]
            counts.append({"title": TITLES[kind], "total": total, "href": query.link(f"/records/{plural}")})
        targets = []
        for plural, kind in (("events", "event"), ("claims", "claim")):
            query = TableQuery(kind=kind, facets={"target": name})
            total = store.count_browse(query.browse())  # type: ignore[attr-defined]
            targets.append({"title": TITLES[kind], "total": total, "href": query.link(f"/records/{plural}")})
        return templates.TemplateResponse(request, "actor.html", {
            "name": name, "code": code, "counts": counts, "targets": targets, "page": "actor"})


def _codes() -> dict[str, str]:
    from detente.web.sentences import _countries

    return _countries()


CHUNK = 500  # rows a streamed download reads and sends at a time


def _store_here(request: Request) -> Store:
    """This thread's store: a streamed body is read chunk by chunk in whichever pool thread Starlette
    picks, and a SQLite connection serves one thread at a time."""
    return request.app.state.pool.get()  # type: ignore[no-any-return]


def _attachment(body: Iterator[str], media: str, filename: str) -> StreamingResponse:
    return StreamingResponse(body, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _json_body(total: int, chunks: Iterator[list[dict[str, Any]]], default: Any = None) -> Iterator[str]:
    """`{"ok": true, "total": N, "items": [...]}` as json.dumps writes it, a chunk of items at a time."""
    # One encoder for every chunk, each chunk encoded as one list (its brackets cut): the same text
    # as json.dumps of each item joined by ", ", without a new encoder made per item.
    encoder = json.JSONEncoder(ensure_ascii=False, default=default)
    yield f'{{"ok": true, "total": {total}, "items": ['
    first = True
    for items in chunks:
        if items:
            yield ("" if first else ", ") + encoder.encode(items)[1:-1]
            first = False
    yield "]}"


def _csv_rows_body(fields: list[str], chunks: Iterator[list[Sequence[Any]]]) -> Iterator[str]:
    """A header, then each chunk of rows (values in `fields` order), written a chunk at a time."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(fields)
    for rows in chunks:
        writer.writerows(_safe_rows(rows))
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    yield out.getvalue()  # the header of an empty selection


def _safe_rows(rows: list[Sequence[Any]]) -> list[Sequence[Any]]:
    """The rows with every text cell a spreadsheet would run as a formula quoted (csv_cell); a row
    with none is kept as it is (nearly every row: guarding each cell was a fifth of a download)."""
    from detente.export import FORMULA_STARTS, csv_cell

    out: list[Sequence[Any]] = []
    for row in rows:
        for value in row:
            if value.__class__ is str and value.startswith(FORMULA_STARTS):
                row = [csv_cell(v) for v in row]
                break
        out.append(row)
    return out


def _download(request: Request, store: Store, browse: Any, ext: str, plural: str) -> Response:
    """All the rows the filters select (not only the page shown), as CSV (flat) or JSON (flat rows),
    streamed: the ids in order first, then a chunk of rows at a time (no OFFSET, no whole table held)."""
    from detente.flatten import as_flat_row, columns
    from detente.store.rows import download_values

    if ext not in ("csv", "json"):
        raise ApiError(404, f"No download .{ext}: use .csv or .json.")
    ids: list[str] = store.browse_ids(browse)  # type: ignore[attr-defined]

    def chunks() -> Iterator[list[list[Any]]]:
        """Each chunk's cells straight off its rows (download_values: no Record, contract or flat
        dict per record)."""
        for at in range(0, len(ids), CHUNK):
            rows = _store_here(request).record_download_rows(ids[at:at + CHUNK])  # type: ignore[attr-defined]
            yield [download_values(row) for row in rows]

    if ext == "csv":
        body = _csv_rows_body(columns(browse.kind), chunks())
        return _attachment(body, "text/csv; charset=utf-8", f"{plural}.csv")
    dicts = ([as_flat_row(browse.kind, values) for values in rows] for rows in chunks())
    return _attachment(_json_body(len(ids), dicts, default=str), "application/json", f"{plural}.json")


ARTICLE_FIELDS = ["id", "file", "article", "title", "outlet", "author", "published", "url", "records"]
FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
KEPT_DOWNLOADS = 16 * 2**20  # bytes of articles downloads kept per process (10k articles: 2.3 + 3.4 MB)
_downloads: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
_downloads_lock = threading.Lock()


def _article_args(query: TableQuery, ids: tuple[str, ...] | None) -> dict[str, Any]:
    """The store's articles filters and order for a table query (its page and its downloads)."""
    return {"outlet": query.facets.get("outlet"), "since": query.since, "until": query.until,
            "article_ids": ids, "sort": query.sort, "descending": query.desc}


def _download_articles(store: Store, args: dict[str, Any], ext: str) -> Response:
    """Every article the filters select with its number of records, as one file kept per store
    version (articles_file), sent whole."""
    if ext not in FORMATS:
        raise ApiError(404, f"No download .{ext}: use .csv or .json.")
    return Response(articles_file(store, args, ext), media_type=FORMATS[ext],
                    headers={"Content-Disposition": f'attachment; filename="articles.{ext}"'})


def articles_file(store: Store, args: dict[str, Any], ext: str) -> bytes:
    """The bytes of an articles download, made once per store content version and filters, then
    served as they are (least recently used out, KEPT_DOWNLOADS at most).

    A whole download was the costliest request of the site (110-150 ms of CPU at 10k articles,
    and a streamed body's 20 chunks each waited for a thread among 20 clients), and its answer is a
    few megabytes bounded by the number of articles: kept, a repeated download costs a dictionary
    look-up. Any write moves the content version, which retires it. The builder thread makes the
    unfiltered ones before a build is served (prepare_article_downloads)."""
    key = (getattr(store, "url", None), store.content_version(), ext,  # type: ignore[attr-defined]
           tuple(args.items()))
    with _downloads_lock:
        found = _downloads.get(key)
        if found is not None:
            _downloads.move_to_end(key)
            return found
    rows = store.article_download(**args)  # type: ignore[attr-defined]
    if ext == "json":
        items = [dict(zip(ARTICLE_FIELDS, row, strict=True)) for row in rows]
        text = "".join(_json_body(len(rows), iter([items])))
    else:
        text = "".join(_csv_rows_body(ARTICLE_FIELDS, iter([rows])))
    body = text.encode()
    _keep_download(key, body)
    return body


def _keep_download(key: tuple[Any, ...], body: bytes) -> None:
    """Keep `body` under `key`, dropping the files of older versions of its store, then the least
    recently used while they hold more than KEPT_DOWNLOADS."""
    with _downloads_lock:
        for old in [k for k in _downloads if k[0] == key[0] and k[1] < key[1]]:
            del _downloads[old]
        _downloads[key] = body
        while sum(map(len, _downloads.values())) > KEPT_DOWNLOADS and len(_downloads) > 1:
            _downloads.popitem(last=False)


def forget_kept_downloads() -> None:
    """Drop every kept articles download (benchmarks that time a download's whole work)."""
    with _downloads_lock:
        _downloads.clear()


def prepare_article_downloads(_view: Any, store: Store) -> None:
    """Before a build is served (the builder thread): the unfiltered articles downloads, the ones
    the articles page links to first, for the store's current content version."""
    query = TableQuery.parse("article", {})
    query.sort = "published"
    for ext in FORMATS:
        articles_file(store, _article_args(query, None), ext)


__all__ = ["mount_tables", "checked_day"]
