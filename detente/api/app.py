"""The FastAPI application: JSON under /api, server-rendered pages elsewhere, one store.

Article text is untrusted: templates escape everything, and every HTML response carries a
Content-Security-Policy that forbids inline scripts, so a `<script>` or `onerror=` that slipped
through would still not run.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response

from detente.api.deps import ApiSettings, StorePool
from detente.api.errors import install_handlers

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def create_app(settings: ApiSettings) -> FastAPI:
    pool = StorePool(settings.db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="detente", version="0.1.0", lifespan=lifespan,
                  description="Events, talks, positions, claims and quotes from news about a war's "
                              "diplomacy, each with its source sentence.")
    app.state.settings = settings
    app.state.pool = pool
    app.state.view_cache = {}
    install_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]
                               ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    from detente.api.routes import router
    from detente.web.views import mount_pages

    app.include_router(router)
    mount_pages(app)
    return app
