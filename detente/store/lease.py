"""Leases: a named job (building the derived views) that ONE process at a time may run, taken through
the store itself so that it holds across processes and machines sharing that store.

A lease is a row (name, owner, expires). Taking it is one upsert that succeeds only when the row is
free, expired or already ours, made in a write transaction, so two processes can never both read
"free": SQLite serializes writers, PostgreSQL locks the conflicting row. A holder that dies simply
stops renewing, and the lease passes on when it expires; a live holder renews it (`Lease.keep`).
Times are seconds since the epoch from each process's clock (the processes of one server share it).
"""
from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

from detente.errors import StoreError

if TYPE_CHECKING:
    from detente.store.base import Store
    from detente.store.sql import SQLStore

TABLE = ("CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, "
         "expires DOUBLE PRECISION NOT NULL, taken INTEGER NOT NULL DEFAULT 0)")


def create_leases(store: SQLStore) -> None:
    """The leases table (migration 0005)."""
    store.execute(TABLE)


def new_owner() -> str:
    """A name no other holder has: host, process and a random part (a pid alone is reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def take(store: SQLStore, name: str, owner: str, seconds: float) -> bool:
    """Take (or renew) lease `name` for `seconds`; False when another live owner holds it.

    `taken` counts the takes of a free lease (not the renewals): at least how often the job ran, and
    more when a taker finds the job just done by the last holder and gives the lease back unused."""
    now = time.time()
    with store.transaction():
        store.execute("INSERT INTO leases (name, owner, expires, taken) VALUES (?, ?, ?, 1) "
                      "ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires = excluded.expires, "
                      "taken = leases.taken + CASE WHEN leases.expires < ? THEN 1 ELSE 0 END "
                      "WHERE leases.expires < ? OR leases.owner = excluded.owner",
                      (name, owner, now + seconds, now, now))
        rows = store.query("SELECT owner FROM leases WHERE name = ?", (name,))
    return bool(rows) and rows[0][0] == owner


def release(store: SQLStore, name: str, owner: str) -> None:
    """Give lease `name` up at once (only its owner can), so the next taker need not wait for expiry."""
    store.execute("UPDATE leases SET expires = 0 WHERE name = ? AND owner = ?", (name, owner))


def holder(store: SQLStore, name: str) -> str | None:
    """The live owner of lease `name`, or None when it is free."""
    rows = store.query("SELECT owner FROM leases WHERE name = ? AND expires >= ?", (name, time.time()))
    return str(rows[0][0]) if rows else None


class Lease:
    """Lease `name` in the store `opener(db)` opens, for one holder (`owner`)."""

    def __init__(self, db: str, name: str, opener: Callable[[str], Store], seconds: float = 60.0) -> None:
        self.db = db
        self.name = name
        self.seconds = seconds
        self.owner = new_owner()
        self._open = opener

    def try_take(self, store: Store) -> bool:
        return take(store, self.name, self.owner, self.seconds)  # type: ignore[arg-type]

    def release(self, store: Store) -> None:
        release(store, self.name, self.owner)  # type: ignore[arg-type]

    @contextmanager
    def keep(self) -> Iterator[None]:
        """Renew the lease every third of its life while the block runs (a build outlasts one lease),
        from a thread with its own connection (a SQLite connection belongs to one thread)."""
        stop = threading.Event()

        def renew() -> None:
            with self._open(self.db) as store:
                while not stop.wait(self.seconds / 3):
                    with suppress(StoreError):  # a busy store: try again at the next beat
                        take(store, self.name, self.owner, self.seconds)  # type: ignore[arg-type]

        beat = threading.Thread(target=renew, name=f"detente-lease-{self.name}", daemon=True)
        beat.start()
        try:
            yield
        finally:
            stop.set()
            beat.join(timeout=10)
