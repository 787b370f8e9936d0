"""`detente.frame(kind, ...)`: the records of one kind as a pandas DataFrame, for notebooks.

(The module is `frames`, not `frame`, so that importing it never shadows the function on the package.)

Columns are the flat export's (detente.flatten): the envelope, then the kind's fields with nested
objects spread out; dates are pandas datetimes so a notebook can resample and plot them at once.
See docs/notebook.md.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from detente.flatten import columns, kind_name
from detente.store.base import Store

if TYPE_CHECKING:
    import pandas as pd

DATE_COLUMNS = ("date", "source_published")


def rows_frame(rows: list[dict[str, Any]], kind: str) -> pd.DataFrame:
    """Flat rows as a DataFrame with every column of the kind, even when there are no rows."""
    import pandas as pd

    df = pd.DataFrame(rows, columns=columns(kind))
    for name in DATE_COLUMNS:
        # Contract dates may be a year or a month ("2025", "2025-06"): pandas reads each as its first day.
        df[name] = pd.to_datetime(df[name], errors="coerce", format="mixed")
    for name in ("evidence_start", "evidence_end", "source_article"):
        df[name] = df[name].astype("Int64")
    return df


def _check_day(name: str, value: str | None) -> None:
    """A ValueError naming the argument for anything but a real YYYY-MM-DD day."""
    from datetime import date

    try:
        if value is None or (len(value) == 10 and date.fromisoformat(value)):
            return
    except ValueError:
        pass
    raise ValueError(f"{name}={value!r} is not a date: give a day as YYYY-MM-DD, e.g. 2025-06-01")


def frame(kind: str, db: str | os.PathLike[str] | Store = "detente.db", *, since: str | None = None,
          until: str | None = None, outlet: str | None = None, actor: str | None = None,
          target: str | None = None, type: str | None = None, issue: str | None = None,
          stance: str | None = None) -> pd.DataFrame:
    """The records of `kind` ('event' or 'events', 'talks', 'position', 'claim', 'quote') as a DataFrame.

    Args:
        db: a store path or URL (opened and closed here; a missing SQLite file is a StoreError,
            never created), or an open Store.
        since, until: YYYY-MM-DD, inclusive, on the record's date (its article's when it has none).
        outlet, actor, target, type, issue, stance: keep rows whose field equals this value
            (actor and target by name; talks' actor by party code).
    """
    from detente.export import flat_rows, selection

    for name, value in (("since", since), ("until", until)):
        _check_day(name, value)
    browse = selection(kind_name(kind), since=since, until=until, outlet=outlet, actor=actor, target=target,
                       type=type, issue=issue, stance=stance)
    if isinstance(db, Store):
        return rows_frame(list(flat_rows(db, browse)), browse.kind)
    from detente.cli_args import sqlite_path
    from detente.errors import StoreError
    from detente.store import open_store

    path = sqlite_path(os.fspath(db))
    if path is not None and not path.is_file():
        raise StoreError(f"no store at {path}; run `detente ingest INPUTS --db {path}` first")
    with open_store(db) as store:
        return rows_frame(list(flat_rows(store, browse)), browse.kind)
