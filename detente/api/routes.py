"""JSON endpoints under /api: each a few lines over the store and the views."""
from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request, UploadFile
from pydantic import BaseModel

from detente.api.deps import StoreDep, require_read, require_write, settings_of
from detente.api.derived import LEASE
from detente.api.errors import ApiError
from detente.api.service import corpus_view, keeper_of, page_of, timeline_slice, undated_in
from detente.store.base import Store
from detente.store.lease import holder as lease_holder

router = APIRouter(prefix="/api", dependencies=[Depends(require_read)])
KINDS = {"events": "event", "talks": "talks", "positions": "position", "claims": "claim", "quotes": "quote"}
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (at most 500).")]
MAX_OFFSET = 2**31 - 1  # far past any store's size, well inside every database's integer
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY[-MM[-DD]]")]


@router.get("/health")
def health(store: StoreDep) -> dict[str, Any]:
    return {"ok": True, "articles": store.count_articles(), "records": store.count_records()}


@router.get("/views")
def views_status(request: Request, store: StoreDep) -> dict[str, Any]:
    """Whether the derived views (stories, facts, timeline, matrix) are current. After a change they
    are rebuilt once in the background, and meanwhile served as built before: `views_version`
    catches up with `content_version`."""
    keeper = keeper_of(request)
    current = keeper.current
    return {"ok": True, "content_version": store.content_version(),  # type: ignore[attr-defined]
            "views_version": current.version if current else None, "building": keeper.building,
            "last_build": keeper.last_build or None, "process": os.getpid(), "builds_here": keeper.builds,
            "builder": lease_holder(store, LEASE)}  # type: ignore[arg-type]


@router.get("/articles")
def list_articles(store: StoreDep, q: str | None = Query(None, description="Full-text search over articles"),
                  outlet: str | None = None, since: Day = None, until: Day = None,
                  limit: Limit = 50, offset: Offset = 0,
                  after: int | None = Query(None, ge=0, le=MAX_OFFSET,
                                            description="`next` of the page before (ingest order)")
                  ) -> dict[str, Any]:
    """A page of articles without their text. In ingest order (no `q`) a full page carries `next`:
    `after=next` asks the page after it off the index (a keyset page), where a large `offset` reads
    and skips every article before it."""
    searching = bool(q and q.split())
    total, articles = store.search_articles(q, outlet=outlet, since=since, until=until, limit=limit,
                                            offset=offset, after=None if searching else after,
                                            with_text=False)
    page = page_of([a.summary(with_text=False) for a in articles], total, limit, offset)
    if not searching and len(articles) == limit:
        page["next"] = store.article_seqs([articles[-1].id]).get(articles[-1].id)  # type: ignore[attr-defined]
    return page


@router.get("/articles/{article_id}")
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    article = store.get_article(article_id)
    if article is None:
        raise ApiError(404, f"No article with id {article_id!r}.")
    _, rows = store.query_records(article_id=article.id, limit=10_000)
    return {"ok": True, "article": article.summary(), "records": [r.to_contract(a) for r, a in rows]}


@router.get("/positions/matrix")
def positions_matrix(request: Request, store: StoreDep, party: str | None = None, issue: str | None = None,
                     as_of: Day = None) -> dict[str, Any]:
    return {"ok": True, **corpus_view(request, store).matrix(party, issue, as_of)}


@router.get("/facts")
def list_facts(request: Request, store: StoreDep,
               agree: bool | None = Query(None, description="Only facts whose sources agree (true) or not"),
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    facts = [f for f in corpus_view(request, store).facts if agree is None or f["agree"] is agree]
    return page_of(facts[offset:offset + limit], len(facts), limit, offset)


@router.get("/stories")
def list_stories(request: Request, store: StoreDep, limit: Limit = 50,
                 offset: Offset = 0) -> dict[str, Any]:
    view = corpus_view(request, store)
    items = [{"id": s.id, "articles": [view.articles[a] for a in s.articles],
              "facts": view.facts_by_story.get(s.id, [])} for s in view.stories[offset:offset + limit]]
    return page_of(items, len(view.stories), limit, offset)


@router.get("/timeline")
def timeline(request: Request, store: StoreDep, since: Day = None, until: Day = None,
             limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Dated entries a page at a time, and under `undated` the events and talks no source dates
    (with a period: those reported in it, and those from undated articles), with their count, as
    `detente timeline` lists them."""
    view, lo, hi = timeline_slice(request, store, since, until)
    start = min(lo + offset, hi)
    page = page_of(view.timeline[start:min(start + limit, hi)], hi - lo, limit, offset)
    undated = undated_in(view, since, until)
    page["undated"] = {"total": len(undated), "items": undated}
    return page


class IngestRequest(BaseModel):
    """Ingest one http(s) URL, or articles given inline as JSONL rows (url, title, text, published, outlet).

    `url` is fetched like the CLI fetches it (private addresses refused); it is never read as a
    server path, unless the path lies inside a folder the server's admin listed in
    `api_ingest_folders`."""

    url: str | None = None
    articles: list[dict[str, Any]] | None = None
    extract: bool = True


_HTTP_URL = re.compile(r"^https?://", re.IGNORECASE)
MAX_NAME = 100


@router.post("/ingest", dependencies=[Depends(require_write)])
def ingest_json(request: Request, body: IngestRequest, store: StoreDep) -> dict[str, Any]:
    if bool(body.url) == bool(body.articles):
        raise ApiError(422, "Give either 'url' or 'articles' "
                            "(a list of {url, title, text, published, outlet}).")
    if body.url:
        return _ingest(request, store, [_url_or_allowed_path(request, body.url)], body.extract)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "upload.jsonl"
        path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in body.articles or []),
                        encoding="utf-8")
        return _ingest(request, store, [str(path)], body.extract, hide=tmp)


def _url_or_allowed_path(request: Request, given: str) -> str:
    """`given` when it is an http(s) URL, or a server path inside a folder the admin allowed."""
    if _HTTP_URL.match(given.strip()):
        return given.strip()
    folders = settings_of(request).ingest_folders
    refused = ApiError(400, "The API ingests uploads (POST /api/ingest/file), inline articles and http(s) "
                            "URLs; it does not read files on the server"
                            + (" outside the folders its admin allowed." if folders else "."))
    if not folders or "\x00" in given or "://" in given:
        raise refused
    try:
        path = Path(given).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        raise refused from None
    for folder in folders:
        root = Path(folder).resolve()
        if path == root or path.is_relative_to(root):
            return str(path)
    raise refused


def upload_name(filename: str | None) -> str:
    """A safe file name for an upload: its last path part, printable, at most 100 characters, with
    its extension kept (the reader is chosen by it); 'upload.txt' when nothing usable is left."""
    name = re.split(r"[/\\]", filename or "")[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] not in "CZ" or c == " ").strip(" .")
    if not name:
        return "upload.txt"
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 10:
        stem, dot, ext = name, "", ""
    return stem[:MAX_NAME - len(dot + ext)] + dot + ext


@router.post("/ingest/file", dependencies=[Depends(require_write)])
def ingest_file(request: Request, file: UploadFile, store: StoreDep,
                extract: bool = Form(True, description="Run the extractors (false: store the article only)")
                ) -> dict[str, Any]:
    name = upload_name(file.filename)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(file.file.read())
        return _ingest(request, store, [str(path)], extract, hide=tmp)


def _ingest(request: Request, store: Store, specs: list[str], extract: bool,
            hide: str | None = None) -> dict[str, Any]:
    """Run an ingest; `hide` is the server's temporary folder, cut from the error messages."""
    from detente.ingest.runner import IngestOptions, ingest

    errors: list[str] = []
    settings = settings_of(request)
    options = IngestOptions(extract=extract, progress=False,
                            allow_private=settings.allow_private)
    counts = ingest(specs, store, options, report=errors.append)
    keeper_of(request).refresh()  # one builder starts now; requests get the previous build meanwhile
    if hide:
        errors = [e.replace(hide.rstrip("/") + "/", "") for e in errors]
    return {"ok": True, "new": counts.new, "duplicate": counts.duplicate, "rejected": counts.rejected,
            "records": counts.records, "errors": errors}


# Declared last: /{kind} would otherwise shadow /facts, /stories and /timeline.
@router.get("/{kind}")
def list_records(kind: str, store: StoreDep, since: Day = None, until: Day = None,
                 actor: str | None = Query(None, description="Name or ISO3 code of any actor in the record"),
                 type: str | None = Query(None, description="PLOVER event type, e.g. ASSAULT"),
                 issue: str | None = Query(None, description="Issue id, e.g. ceasefire"),
                 outlet: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    if kind not in KINDS:
        raise ApiError(404, f"No endpoint /api/{kind}. Records: {', '.join(sorted(KINDS))}; also articles, "
                            "facts, stories, timeline, positions/matrix.")
    total, rows = store.query_records(kind=KINDS[kind], since=since, until=until, actor=actor,
                                      type=type.upper() if type else None, issue=issue, outlet=outlet,
                                      limit=limit, offset=offset)
    return page_of([r.to_contract(a) for r, a in rows], total, limit, offset)
