"""Shared helpers of the API and the pages: pagination and the derived views (stories, facts,
timeline, matrix) as the app's ViewKeeper serves them."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from fastapi import Request

from detente.api.derived import BuildFailed, ServedView, ViewKeeper
from detente.api.errors import ApiError
from detente.store.base import Store


def page_of(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"ok": True, "total": total, "limit": limit, "offset": offset, "items": items}


def keeper_of(request: Request) -> ViewKeeper:
    return request.app.state.views  # type: ignore[no-any-return]


def corpus_view(request: Request, store: Store) -> ServedView:
    """Stories, facts, timeline and matrix of the store: the current build, or the previous one while
    the next is being built (never built inside this request)."""
    try:
        view = keeper_of(request).get(store)
    except BuildFailed as err:
        raise ApiError(503, f"{err}. Try again later; the server log has the details.") from None
    request.state.view_version = view.version
    return view


def timeline_slice(request: Request, store: Store, since: str | None, until: str | None
                   ) -> tuple[ServedView, int, int]:
    """The view and the [lo, hi) range of its date-sorted timeline between two days (bisection)."""
    view = corpus_view(request, store)
    lo = bisect_left(view.days, since) if since else 0
    hi = bisect_right(view.days, until + "\uffff") if until else len(view.days)
    return view, lo, max(lo, hi)


def undated_in(view: ServedView, since: str | None, until: str | None) -> list[dict[str, Any]]:
    """Undated entries reported in the period, or whose articles are undated too (as
    detente.stories.timeline.undated_entries selects them)."""
    return [e for e in view.undated if not e["reported"] or ((not since or e["reported"] >= since)
                                                           and (not until or e["reported"] <= until))]
