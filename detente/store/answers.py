"""Answers kept in the store for every server process: a page one worker computed for a content version
is read back by the others instead of computed again (detente.api.cache keeps them in memory first).

Rows are keyed on (content version, derived views' version, url); a later version makes every older
row useless, and `prune` deletes them. Nothing here is a source of truth: the table may be emptied
at any time.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.store.sql import SQLStore

TABLE = ("CREATE TABLE IF NOT EXISTS kept_answers (version BIGINT NOT NULL, views BIGINT NOT NULL, "
         "url TEXT NOT NULL, status INTEGER NOT NULL, headers TEXT NOT NULL, body {blob} NOT NULL, "
         "PRIMARY KEY (version, views, url))")


def create_kept_answers(store: SQLStore) -> None:
    """The kept_answers table (migration 0008)."""
    store.execute(TABLE.format_map(store.dialect.types))


def get_answer(store: SQLStore, version: int, views: int, url: str) -> tuple[int, str, bytes] | None:
    """(status, headers as JSON, body) kept for this url at these versions, or None."""
    rows = store.query("SELECT status, headers, body FROM kept_answers WHERE version = ? AND views = ? "
                       "AND url = ?", (version, views, url))
    return (int(rows[0][0]), str(rows[0][1]), bytes(rows[0][2])) if rows else None


def put_answer(store: SQLStore, version: int, views: int, url: str, status: int, headers: str,
               body: bytes) -> None:
    """Keep one answer (a second process computing the same one at once keeps the first)."""
    store.execute("INSERT INTO kept_answers (version, views, url, status, headers, body) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                  (version, views, url, status, headers, body))


def prune(store: SQLStore, version: int, views: int) -> int:
    """Delete the answers of versions before these; the number deleted. Answers of a build alone
    (version -1, detente.api.cache.BUILD) go only when their build is older."""
    return store.execute("DELETE FROM kept_answers WHERE (version >= 0 AND (version < ? OR (version = ? "
                         "AND views < ?))) OR (version < 0 AND views < ?)", (version, version, views, views))
