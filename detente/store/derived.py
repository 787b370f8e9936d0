"""Derived views kept in the store: one row per view, with the content version it was built from.

A server that restarts, or a second server over the same store, reads the last build back instead of
recomputing it; the version says whether it is still current (see detente.store.versioning).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.store.sql import SQLStore


def derived_version(store: SQLStore, name: str) -> int | None:
    """The content version the stored `name` view was built from, or None when it was never built."""
    rows = store.query("SELECT version FROM derived_views WHERE name = ?", (name,))
    return int(rows[0][0]) if rows else None


def load_derived(store: SQLStore, name: str) -> tuple[int, bytes] | None:
    """(version, body) of the stored `name` view, or None."""
    rows = store.query("SELECT version, body FROM derived_views WHERE name = ?", (name,))
    return (int(rows[0][0]), bytes(rows[0][1])) if rows else None


def save_derived(store: SQLStore, name: str, version: int, body: bytes, seconds: float) -> None:
    """Store a build of `name` unless a build of a newer version is stored already."""
    store.execute("INSERT INTO derived_views (name, version, built_at, seconds, body) "
                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version, "
                  "built_at = excluded.built_at, seconds = excluded.seconds, body = excluded.body "
                  "WHERE derived_views.version <= excluded.version",
                  (name, version, store.now(), float(seconds), body))
