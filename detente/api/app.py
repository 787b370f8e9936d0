"""The FastAPI application: JSON under /api, server-rendered pages elsewhere, one store.

Article text is untrusted: templates escape everything, and every HTML response carries a
Content-Security-Policy that forbids inline scripts, so a `<script>` or `onerror=` that slipped
through would still not run.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import unquote_to_bytes

from fastapi import Depends, FastAPI, Request, Response

from detente.api.cache import ResponseCache, install_cache, prepare_build_answers
from detente.api.deps import ApiSettings, StorePool, require_read
from detente.api.derived import ServedView, ViewKeeper
from detente.api.errors import error_body, install_handlers
from detente.api.settings import SETTINGS_ENV
from detente.api.shared import SharedAnswers
from detente.store import open_store

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def create_app(settings: ApiSettings) -> FastAPI:
    pool = StorePool(settings.db)
    views = ViewKeeper(settings.db, in_process=not settings.build_views_apart)
    shared = SharedAnswers(settings.db) if settings.share_answers else None

    def open_spare_stores(_view: object, _store: object) -> None:
        """Stores for the request threads that load will start, opened in the builder thread."""
        pool.prepare()

    def prepare_answers(view: ServedView, _store: object) -> None:
        """The unfiltered views' answers of a build, made before it is served (cache.BUILD_ONLY)."""
        prepare_build_answers(app, view, shared)

    views.warmers += [open_spare_stores, prepare_answers]

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Read back (or start building) the derived views before the first page asks for them.
        threading.Thread(target=_warm, args=(views, settings.db), name="detente-warm", daemon=True).start()
        yield
        views.close()
        if shared is not None:
            shared.close()
        pool.close()

    # The spec and its viewers are served below, behind the same read rule as the rest.
    app = FastAPI(title="detente", version="0.1.0", lifespan=lifespan, openapi_url=None, docs_url=None,
                  redoc_url=None,
                  description="Events, talks, positions, claims and quotes from news about a war's "
                              "diplomacy, each with its source sentence.")
    app.state.settings = settings
    app.state.pool = pool
    app.state.views = views
    cache = ResponseCache()
    app.state.cache = cache
    install_handlers(app)
    install_cache(app, cache, shared)  # innermost: the headers below apply to kept answers too

    @app.middleware("http")
    async def refuse_nul(request: Request, call_next: Callable[[Request], Awaitable[Response]]
                         ) -> Response:
        # No store keeps a NUL inside a string (SQLite FTS cuts it, PostgreSQL refuses it).
        if b"\x00" in unquote_to_bytes(request.url.query) or "\x00" in unquote_to_bytes(
                request.url.path).decode("utf-8", "replace"):
            return error_body(400, "The request holds a NUL character, which no query or name may contain.")
        return await call_next(request)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]
                               ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")  # no page URL leaks to outlets
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    _mount_docs(app)
    from detente.api.routes import router
    from detente.web.views import mount_pages

    app.include_router(router)
    mount_pages(app)
    return app


def from_environment() -> FastAPI:
    """The app factory each worker process of `detente serve --workers N` calls (uvicorn imports it
    by name in every worker): the settings come in $DETENTE_SERVE_SETTINGS."""
    import os

    text = os.environ.get(SETTINGS_ENV)
    if not text:
        raise RuntimeError(f"${SETTINGS_ENV} is not set: start the server with `detente serve`.")
    return create_app(ApiSettings.from_json(text))


def _warm(views: ViewKeeper, db: str) -> None:
    """Bring the derived views up to date in the background (errors wait for a request to report)."""
    try:
        with open_store(db) as store:
            views.get(store)
    except Exception:  # noqa: BLE001 - a page that needs the views says what went wrong
        logging.getLogger(__name__).debug("warming the derived views failed", exc_info=True)


def _mount_docs(app: FastAPI) -> None:
    """/openapi.json, /docs and /redoc, each needing the token when reads do."""
    read = [Depends(require_read)]

    @app.get("/openapi.json", include_in_schema=False, dependencies=read)
    def openapi() -> dict[str, Any]:
        return app.openapi()

    from detente.web.apidocs import mount_assets, redoc_page, swagger_page

    mount_assets(app)  # the viewers' scripts from this machine, never a CDN

    @app.get("/docs", include_in_schema=False, dependencies=read)
    def docs() -> Response:
        return swagger_page("/openapi.json", "detente API")

    @app.get("/redoc", include_in_schema=False, dependencies=read)
    def redoc() -> Response:
        return redoc_page("/openapi.json", "detente API")
