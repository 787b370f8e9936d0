"""Answers kept in the store for every worker (detente.store.answers), alike on SQLite and PostgreSQL:
a later version prunes the older ones, and an answer of a build alone lives until a newer build."""
from __future__ import annotations

from detente.store import Store
from detente.store.answers import get_answer, prune, put_answer

BUILD = -1  # detente.api.cache.BUILD: the content version of an answer made of the build alone


def test_a_later_content_version_prunes_older_answers_but_not_the_builds(store: Store) -> None:
    put_answer(store, 7, 5, "/records/events?", 200, "{}", b"events at 7")  # type: ignore[arg-type]
    put_answer(store, BUILD, 5, "/api/timeline?", 200, "{}", b"timeline of build 5")  # type: ignore[arg-type]
    put_answer(store, 8, 5, "/records/events?", 200, "{}", b"events at 8")  # type: ignore[arg-type]
    prune(store, 8, 5)  # type: ignore[arg-type]  # a write: the timeline of build 5 still holds
    assert get_answer(store, 7, 5, "/records/events?") is None  # type: ignore[arg-type]
    assert get_answer(store, 8, 5, "/records/events?") == (200, "{}", b"events at 8")  # type: ignore[arg-type]
    assert get_answer(store, BUILD, 5, "/api/timeline?") == (200, "{}", b"timeline of build 5")  # type: ignore[arg-type]
    prune(store, 9, 9)  # type: ignore[arg-type]  # build 9 is served: the timeline of build 5 goes
    assert get_answer(store, BUILD, 5, "/api/timeline?") is None  # type: ignore[arg-type]
    assert get_answer(store, 8, 5, "/records/events?") is None  # type: ignore[arg-type]
