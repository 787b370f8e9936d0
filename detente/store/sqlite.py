"""The embedded default: one SQLite file in WAL mode (readers never block the writer)."""
from __future__ import annotations

import os
import sqlite3

from detente.errors import StoreError
from detente.store.dialect import SQLITE
from detente.store.sql import SQLStore, Tracer

MEMORY = ":memory:"


class SQLiteStore(SQLStore):
    """A store in one SQLite file, or in memory with `SQLiteStore()` (tests, notebooks)."""

    def __init__(self, path: str | os.PathLike[str] = MEMORY, *, tracer: Tracer | None = None,
                 migrate: bool = True) -> None:
        path = os.fspath(path)
        if sqlite3.sqlite_version_info < (3, 35):
            raise StoreError(f"SQLite {sqlite3.sqlite_version} is too old for detente's store; "
                             "it needs 3.35 or newer (RETURNING)")
        conn = _connect(path)
        self.path = path
        super().__init__(conn, SQLITE, f"sqlite:///{path}", (sqlite3.Error,), tracer, migrate)


def _connect(path: str) -> sqlite3.Connection:
    """Open `path` in autocommit mode (transactions are explicit) with WAL and foreign keys on.

    Use one store per thread; check_same_thread is off only so that a pool may close every
    thread's store at shutdown from the main thread."""
    try:
        conn = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as err:
        raise StoreError(f"cannot open the SQLite store {path}: {err} (does its folder exist?)") from err
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if path != MEMORY:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # durable across a killed process in WAL mode
    except sqlite3.Error as err:
        conn.close()
        raise StoreError(f"cannot use {path} as a SQLite store: {err}") from err
    return conn
