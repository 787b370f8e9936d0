"""The team backend: a PostgreSQL database reached with psycopg 3."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from detente.errors import StoreError
from detente.store.dialect import POSTGRES
from detente.store.sql import SQLStore, Tracer


def redact(url: str) -> str:
    """`url` with any password replaced by ***, for messages and `store.url`."""
    parts = urlsplit(url)
    if not parts.password:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


class PostgresStore(SQLStore):
    """A store in a PostgreSQL database. `connect` is the seam tests and pools can replace."""

    def __init__(self, url: str, *, tracer: Tracer | None = None, migrate: bool = True,
                 connect: Callable[..., Any] | None = None) -> None:
        import psycopg

        if connect is None:
            connect = psycopg.connect
        try:
            conn = connect(url, autocommit=True)
        except psycopg.Error as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise StoreError(f"cannot connect to the PostgreSQL store {redact(url)}: {first}") from err
        super().__init__(conn, POSTGRES, redact(url), (psycopg.Error,), tracer, migrate)
