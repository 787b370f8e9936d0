"""Shared helpers of the API and the pages: pagination and the cached cross-source view."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from fastapi import Request

from detente.store.base import Store
from detente.stories.build import CorpusView, build_view
from detente.stories.timeline import build_timeline


def page_of(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"ok": True, "total": total, "limit": limit, "offset": offset, "items": items}


def corpus_view(request: Request, store: Store) -> CorpusView:
    """Stories and facts, rebuilt only when the store's content changed (they cost a pass over it)."""
    cache: dict[str, Any] = request.app.state.view_cache
    key = (store.count_articles(), store.count_records())
    if cache.get("key") != key:
        view = build_view(store)
        entries = build_timeline(view.records, view.facts)
        cache.update(view=view, timeline=entries, days=[e["date"] for e in entries], key=key)
    return cache["view"]  # type: ignore[no-any-return]


def timeline_slice(request: Request, store: Store, since: str | None, until: str | None
                   ) -> list[dict[str, Any]]:
    """Timeline entries between two days, cut from the cached, date-sorted timeline by bisection."""
    corpus_view(request, store)
    cache = request.app.state.view_cache
    days: list[str] = cache["days"]
    lo = bisect_left(days, since) if since else 0
    hi = bisect_right(days, until + "\uffff") if until else len(days)
    return cache["timeline"][lo:hi]  # type: ignore[no-any-return]
