"""What every request needs: a store for this worker thread, and the token rule.

FastAPI runs plain `def` endpoints in a thread pool; SQLite connections belong to one thread, so each
worker thread opens its own store once and keeps it (a per-request open would re-run migrations).
"""
from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request

from detente.api.errors import ApiError
from detente.store import open_store
from detente.store.base import Store


@dataclass(frozen=True)
class ApiSettings:
    """How the server behaves. With no `token`, ingest over the API is switched off."""

    db: str
    token: str | None = None
    read_requires_token: bool = False
    allow_private: bool = False


class StorePool:
    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


def settings_of(request: Request) -> ApiSettings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_store(request: Request) -> Store:
    return request.app.state.pool.get()  # type: ignore[no-any-return]


def _check(settings: ApiSettings, authorization: str | None) -> None:
    if settings.token is None:
        raise ApiError(403, "Ingest over the API is switched off: start the server with --token "
                            "or DETENTE_API_TOKEN set.")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given, settings.token):
        raise ApiError(401, "This needs a valid token: send the header 'Authorization: Bearer TOKEN'.")


def require_write(request: Request, authorization: str | None = Header(default=None)) -> None:
    _check(settings_of(request), authorization)


def require_read(request: Request, authorization: str | None = Header(default=None)) -> None:
    settings = settings_of(request)
    if settings.read_requires_token:
        _check(settings, authorization)


StoreDep = Annotated[Store, Depends(get_store)]
