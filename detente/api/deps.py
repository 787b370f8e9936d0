"""What every request needs: a store for this worker thread, and the token rule.

FastAPI runs plain `def` endpoints in a thread pool; SQLite connections belong to one thread, so each
worker thread keeps a store of its own (a per-request open would re-run migrations): one the builder
thread opened ahead, or one it opens at its first request.
"""
from __future__ import annotations

import hmac
import re
import threading
from typing import Annotated

from fastapi import Depends, Header, Request

from detente.api.errors import ApiError
from detente.api.settings import ApiSettings
from detente.store import open_store
from detente.store.base import Store

SPARE_STORES = 16  # stores opened ahead for the request threads a worker starts under load


class StorePool:
    """One store per request thread, opened at the thread's first request; or handed a store the
    builder thread opened ahead (`prepare`), so that the first request of each new thread under
    load does not open one (connect, pragmas, the migrations check, the statistics check: seven
    statements, each a wait for the GIL when 20 clients are in)."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()
        self._all: list[Store] = []
        self._spare: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            with self._lock:
                store = self._spare.pop() if self._spare else None
            if store is None:
                store = open_store(self.db)
                with self._lock:
                    self._all.append(store)
            self._local.store = store  # this thread's from now on: a store serves one thread at a time
        return store

    def prepare(self, spare: int = SPARE_STORES) -> None:
        """Open stores until `spare` wait for new request threads (run by the builder thread, off
        the requests' path; a store is used by one thread at a time, whichever opened it)."""
        while True:
            with self._lock:
                if len(self._spare) >= spare:
                    return
            store = open_store(self.db)
            with self._lock:
                self._all.append(store)
                self._spare.append(store)

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


def settings_of(request: Request) -> ApiSettings:
    return request.app.state.settings  # type: ignore[no-any-return]


def get_store(request: Request) -> Store:
    return request.app.state.pool.get()  # type: ignore[no-any-return]


# RFC 6750 section 2.1: credentials = "Bearer" 1*SP b64token; the scheme is case-insensitive.
_BEARER = re.compile(r"Bearer +([A-Za-z0-9\-._~+/]+=*)", re.IGNORECASE)
_CHALLENGE = 'Bearer realm="detente"'


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer TOKEN` header, or None when there is no header.

    Raises ApiError 400 (RFC 6750 invalid_request) for a header in any other form: a bare token,
    another scheme, or characters a bearer token cannot hold."""
    if authorization is None or not authorization.strip():
        return None
    match = _BEARER.fullmatch(authorization.strip())
    if match is None:
        raise ApiError(400, "The Authorization header is not understood: send 'Authorization: Bearer TOKEN'.",
                       headers={"WWW-Authenticate": f'{_CHALLENGE}, error="invalid_request"'})
    return match.group(1)


def _check(settings: ApiSettings, authorization: str | None) -> None:
    if settings.token is None:
        raise ApiError(403, "Ingest over the API is switched off: start the server with --token "
                            "or DETENTE_API_TOKEN set.")
    given = bearer_token(authorization)
    if given is None:
        raise ApiError(401, "This needs a token: send the header 'Authorization: Bearer TOKEN'.",
                       headers={"WWW-Authenticate": _CHALLENGE})
    if not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise ApiError(401, "The token is not valid: send the header 'Authorization: Bearer TOKEN' "
                            "with the server's token.",
                       headers={"WWW-Authenticate": f'{_CHALLENGE}, error="invalid_token"'})


def require_write(request: Request, authorization: str | None = Header(default=None)) -> None:
    _check(settings_of(request), authorization)


def require_read(request: Request, authorization: str | None = Header(default=None)) -> None:
    settings = settings_of(request)
    if settings.read_requires_token:
        _check(settings, authorization)


StoreDep = Annotated[Store, Depends(get_store)]
__all__ = ["ApiSettings", "StoreDep", "StorePool", "require_read", "require_write", "settings_of"]
