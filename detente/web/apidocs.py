"""Swagger UI and ReDoc served from this machine: the viewers' files come from the fastapi-offline
wheel (Swagger UI: Apache 2.0; ReDoc: MIT), so /docs works offline and loads nothing from a CDN."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse

ASSETS_URL = "/static/apidocs"
# The viewers run inline set-up scripts, so the pages' own CSP allows those, but loads nothing from
# elsewhere: ReDoc's footer asks for a logo on cdn.redoc.ly, and this keeps that request from leaving.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def assets_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).resolve().parent / "static"


def mount_assets(app: FastAPI) -> None:
    app.mount(ASSETS_URL, StaticFiles(directory=str(assets_dir())), name="apidocs")


def swagger_page(openapi_url: str, title: str) -> HTMLResponse:
    return _locked(get_swagger_ui_html(openapi_url=openapi_url, title=title,
                               swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
                               swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
                               swagger_favicon_url=f"{ASSETS_URL}/favicon.png"))


def redoc_page(openapi_url: str, title: str) -> HTMLResponse:
    return _locked(get_redoc_html(openapi_url=openapi_url, title=title,
                                  redoc_js_url=f"{ASSETS_URL}/redoc.standalone.js",
                                  redoc_favicon_url=f"{ASSETS_URL}/favicon.png", with_google_fonts=False))


def _locked(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = DOCS_CSP
    return page
