"""A process that finds another one migrating a SQLite store waits for it, past one statement's busy
timeout, instead of failing to open the store (a server's workers open a store from before at once)."""
from __future__ import annotations

import threading
import time
from pathlib import Path

from detente.store.migrations import apply_migrations
from detente.store.sqlite import SQLiteStore


def test_a_second_opener_waits_for_the_write_lock(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    first = SQLiteStore(path)
    first.execute("DROP INDEX articles_outlet_seq")
    first.execute("DELETE FROM migrations WHERE name = '0013_articles_outlet_order'")
    second = SQLiteStore(path, migrate=False)
    second.execute("PRAGMA busy_timeout = 50")  # one statement gives up long before the lock is free
    first.execute("BEGIN IMMEDIATE")  # as a long migration in another process holds it
    release = threading.Timer(0.6, lambda: first.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    assert apply_migrations(second) == ["0013_articles_outlet_order"]
    assert time.monotonic() - started >= 0.5
    release.join()
    assert second.query("SELECT name FROM sqlite_master WHERE name = 'articles_outlet_seq'")
    first.close()
    second.close()
