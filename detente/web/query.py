"""A table page's state from its query string: filters, order and page, and links that change one
of them while keeping the rest (so facets combine and downloads carry the current filters)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from detente.api.errors import ApiError
from detente.store.filters import FACETS, Browse

PAGE_SIZES = (25, 50, 100, 200)
SHARED_FACETS = ("outlet",)
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def checked_day(value: str | None, name: str) -> str | None:
    """A YYYY-MM-DD day or None; a sentence (HTTP 422) for anything else."""
    if not value:
        return None
    try:
        if DAY.match(value) and date.fromisoformat(value):
            return value
    except ValueError:
        pass
    raise ApiError(422, f"{name} {value!r} is not a date: give a day as YYYY-MM-DD.")


@dataclass
class TableQuery:
    """Everything a table's URL may say; `params` is the query string to rebuild links from."""

    kind: str
    facets: dict[str, str] = field(default_factory=dict)
    since: str | None = None
    until: str | None = None
    story: str | None = None
    sort: str = "date"
    desc: bool = False
    page: int = 1
    size: int = 50

    @classmethod
    def parse(cls, kind: str, params: dict[str, str]) -> TableQuery:
        names = (*FACETS.get(kind, {}), *SHARED_FACETS)
        size = _int(params.get("size"), 50)
        return cls(kind=kind, facets={n: params[n] for n in names if params.get(n)},
                   since=checked_day(params.get("since"), "since"),
                   until=checked_day(params.get("until"), "until"),
                   story=params.get("story") or None, sort=params.get("sort") or "date",
                   desc=params.get("desc") in ("1", "true", "on"), page=max(1, _int(params.get("page"), 1)),
                   size=size if size in PAGE_SIZES else 50)

    def browse(self, article_ids: tuple[str, ...] | None = None) -> Browse:
        return Browse(self.kind, tuple(self.facets.items()), self.since, self.until, article_ids, self.sort,
                      self.desc)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    def params(self) -> dict[str, str]:
        out = dict(self.facets)
        out.update({k: v for k, v in (("since", self.since), ("until", self.until), ("story", self.story))
                    if v})
        if self.sort != "date":
            out["sort"] = self.sort
        if self.desc:
            out["desc"] = "1"
        if self.size != 50:
            out["size"] = str(self.size)
        if self.page != 1:
            out["page"] = str(self.page)
        return out

    def link(self, path: str, **changes: str | None) -> str:
        """`path` with the current query, `changes` applied (None removes a key); any change but a
        page change goes back to page 1."""
        params = self.params()
        if "page" not in changes:
            params.pop("page", None)
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return f"{path}?{urlencode(params)}" if params else path

    def sort_link(self, path: str, column: str) -> str:
        """Sort by `column`; a second click on the current column reverses it."""
        desc = "1" if self.sort == column and not self.desc else None
        return self.link(path, sort=column, desc=desc)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default
