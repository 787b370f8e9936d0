"""Answers kept per store version: a GET whose answer was computed since the store last changed is
served again from memory, with an ETag a browser can revalidate.

Every page and endpoint is a function of the URL and the store's content, and the content version
(detente.store.versioning) changes with every write, so an answer stored under (version, URL) is
exact until the next write, which retires it. The answers made of the derived views' build alone
(BUILD_ONLY: stories, facts, timeline, matrix) are keyed on the build instead, with BUILD for a
content version: a write leaves them as they are until the next build is served, so the requests
right after an ingest are served them from memory (they were each computed again from the same
build). Memory is bounded (least recently used answers go
first); large downloads and errors are never kept. With `read_requires_token`, an answer is served
from here only to a request carrying the token; others go the normal way, which refuses them.
"""
from __future__ import annotations

import asyncio
import hmac
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request, Response

from detente.api.deps import ApiSettings, bearer_token
from detente.api.errors import ApiError
from detente.api.shared import SharedAnswers

if TYPE_CHECKING:
    from detente.api.derived import ServedView

MAX_BYTES = 64 * 2**20      # all kept answers together
# One answer larger than this is not kept. 4 MB: the unfiltered /api/timeline (every undated entry
# rides along with any page of it) is 3.3 MB at 10k articles, and at 2 MB it was made in every request.
MAX_ANSWER = 4 * 2**20
UNCACHED = ("/api/health", "/api/views", "/static")  # cheap already, or about the cache itself
KEPT_HEADERS = ("content-type", "content-disposition")
Key = tuple[int, int, str]  # (content version, derived views' version, url)
BUILD = -1  # the content version of a BUILD_ONLY answer's key: it holds for every content of its build
# Paths (exactly these) whose answers read nothing but the derived views' build and the query string.
BUILD_ONLY = frozenset({"/api/stories", "/api/facts", "/api/timeline", "/api/positions/matrix", "/",
                        "/stories", "/positions"})


PREPARED = "detente.prepared"  # a scope key: a builder's request (prepare_build_answers), never kept here


def retired(old: Key, new: Key) -> bool:
    """Whether `old` is of an earlier version than `new`: an earlier build, or, when both depend on
    the content, an earlier content version. A BUILD_ONLY answer outlives writes until a new build."""
    if old[0] == BUILD or new[0] == BUILD:
        return old[1] < new[1]
    return old[:2] < new[:2]


class ResponseCache:
    """A byte-bounded LRU of (version, url) -> (status, headers, body)."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[Key, tuple[int, dict[str, str], bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Key) -> tuple[int, dict[str, str], bytes] | None:
        with self._lock:
            found = self._items.get(key)
            if found is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: Key, status: int, headers: dict[str, str], body: bytes) -> None:
        if len(body) > MAX_ANSWER:
            return
        with self._lock:
            if key in self._items:
                return
            self._items[key] = (status, headers, body)
            self._bytes += len(body)
            while self._bytes > self.max_bytes or (self._items and retired(next(iter(self._items)), key)):
                _, (_, _, old) = self._items.popitem(last=False)  # older versions and the least used
                self._bytes -= len(old)


def is_download(response: Response) -> bool:
    """A download (`Content-Disposition: attachment`) streams a chunk of rows at a time: it is passed
    on as it comes, never joined here (a whole table at 10k articles is tens of megabytes)."""
    return response.headers.get("content-disposition", "").startswith("attachment")


def _authorized(settings: ApiSettings, request: Request) -> bool:
    if not settings.read_requires_token:
        return True
    try:
        given = bearer_token(request.headers.get("authorization"))
    except ApiError:
        return False
    return given is not None and settings.token is not None and hmac.compare_digest(
        given.encode(), settings.token.encode())


def install_cache(app: FastAPI, cache: ResponseCache, shared: SharedAnswers | None = None) -> None:
    """Serve repeated GETs of an unchanged store from `cache` (see the module docstring); requests
    for an answer being computed wait for it (all handlers share the event loop's thread). With
    `shared`, an answer another worker process computed is read back from the store, and the
    answers computed here are offered to the others."""
    inflight: dict[Key, asyncio.Future[None]] = {}

    @app.middleware("http")
    async def cached(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        path = request.url.path
        settings = app.state.settings
        if (request.method != "GET" or path.startswith(UNCACHED) or not _authorized(settings, request)
                or request.scope.get(PREPARED)):
            return await call_next(request)
        version = app.state.pool.get().content_version()
        # Pages of derived views may show the previous build while the next is made: key on both.
        current = app.state.views.current
        views = current.version if current is not None else 0
        if path in BUILD_ONLY and current is not None:
            key: Key = (BUILD, views, f"{path}?{request.url.query}")
            if version > views:  # as the endpoint would: the next build starts while this one is served
                app.state.views.refresh(version)
        else:
            key = (version, views, f"{path}?{request.url.query}")
        etag = f'W/"{key[0]}-{views}"'
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag})
        running = inflight.get(key)
        if running is not None:  # the same answer is being computed: wait for it, do not compute it twice
            await asyncio.shield(running)
        found = cache.get(key)
        if found is None and shared is not None:
            found = shared.get(app.state.pool.get(), key)
            if found is not None:
                cache.put(key, *found)
        if found is not None:
            status, headers, body = found
            return Response(body, status_code=status, headers={**headers, "ETag": etag})
        done = inflight.setdefault(key, asyncio.get_running_loop().create_future())
        try:
            response = await call_next(request)
            if response.status_code != 200 or is_download(response):
                return response
            body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
            headers = {k: v for k, v in response.headers.items() if k in KEPT_HEADERS}
            cache.put(key, response.status_code, headers, body)
            if shared is not None and len(body) <= MAX_ANSWER:
                shared.put(key, response.status_code, headers, body)
        finally:
            if inflight.get(key) is done:
                del inflight[key]
            if not done.done():
                done.set_result(None)
        out = Response(body, status_code=response.status_code, headers=dict(response.headers))
        out.headers["ETag"] = etag
        return out


def prepare_build_answers(app: FastAPI, view: ServedView, shared: SharedAnswers | None = None) -> None:
    """Before `view` is served (a warmer of the builder thread): the answers of BUILD_ONLY's paths
    without a query, made of `view` and kept under its build, so that the first of each request
    once the build is served is answered from memory (each was made in a request, 5-18 ms of CPU at
    10k articles, right when every worker swaps builds). Skipped when reads need a token."""
    if app.state.settings.read_requires_token:
        return
    with app.state.views.preparing(view):
        for path in sorted(BUILD_ONLY):
            status, headers, body = asyncio.run(_get(app, path))
            if status == 200:
                kept = {k: v for k, v in headers.items() if k in KEPT_HEADERS}
                app.state.cache.put((BUILD, view.version, f"{path}?"), status, kept, body)
                if shared is not None and len(body) <= MAX_ANSWER:
                    shared.put((BUILD, view.version, f"{path}?"), status, kept, body)


async def _get(app: FastAPI, path: str) -> tuple[int, dict[str, str], bytes]:
    """GET `path` through the whole app, in this thread's own event loop, marked PREPARED."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
             "headers": [(b"host", b"detente")], "client": None, "server": None, PREPARED: True}
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    await app(scope, receive, send)
    start = next(m for m in messages if m["type"] == "http.response.start")
    headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in start["headers"]}
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return start["status"], headers, body
