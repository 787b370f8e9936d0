"""Where detente keeps articles and records: `open_store(target)` picks the backend.

    open_store("detente.db")                      # SQLite file (also sqlite:///detente.db)
    open_store(":memory:")                        # SQLite in memory (also sqlite:///:memory:)
    open_store("postgresql://me@db.example/news") # PostgreSQL (also postgres://)
"""
from __future__ import annotations

import os

from detente.errors import StoreError
from detente.store.base import RunCounts, RunInfo, Store

__all__ = ["RunCounts", "RunInfo", "Store", "StoreError", "open_store"]

_POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def open_store(target: str | os.PathLike[str]) -> Store:
    """Open (creating and migrating if needed) the store at `target`.

    Args:
        target: a file path, `sqlite:///PATH` (four slashes for an absolute path, as in SQLAlchemy),
            `:memory:`, or a `postgresql://` / `postgres://` URL.
    Raises:
        StoreError: the target names an unknown kind of store or cannot be opened.
    """
    target = os.fspath(target)
    if not target.strip():
        raise StoreError("no store was given: pass a SQLite file path or a postgresql:// URL")
    scheme, sep, rest = target.partition("://")
    if not sep:
        from detente.store.sqlite import SQLiteStore

        return SQLiteStore(target)
    scheme = scheme.lower()
    if scheme == "sqlite":
        from detente.store.sqlite import MEMORY, SQLiteStore

        path = rest[1:] if rest.startswith("/") else rest
        return SQLiteStore(path or MEMORY)
    if scheme in _POSTGRES_SCHEMES:
        from detente.store.postgres import PostgresStore

        return PostgresStore(target.replace(f"{scheme}://", "postgresql://", 1))
    raise StoreError(f"unknown store scheme {scheme!r} in {target!r}: use a SQLite file path, "
                     "sqlite:///PATH or a postgresql:// URL")
