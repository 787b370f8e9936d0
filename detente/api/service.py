"""Shared helpers of the API and the pages: pagination and the cached cross-source view."""
from __future__ import annotations

from typing import Any

from fastapi import Request

from detente.store.base import Store
from detente.stories.build import CorpusView, build_view


def page_of(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"ok": True, "total": total, "limit": limit, "offset": offset, "items": items}


def corpus_view(request: Request, store: Store) -> CorpusView:
    """Stories and facts, rebuilt only when the store's content changed (they cost a pass over it)."""
    cache: dict[str, Any] = request.app.state.view_cache
    key = (store.count_articles(), store.count_records())
    if cache.get("key") != key:
        cache["view"] = build_view(store)
        cache["key"] = key
    return cache["view"]  # type: ignore[no-any-return]
