"""Writers for `detente export`: the JSONL contract (../shared/contract), flat CSV and Parquet."""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from detente.flatten import columns, flat_row, kind_name
from detente.store.base import Store
from detente.store.filters import Browse
from detente.stories.build import CorpusView
from detente.stories.dating import LENDING_KINDS

CSV_COLUMNS = ("kind", "id", "file", "article", "title", "outlet", "published", "date", "date_precision",
               "evidence", "start", "end", "fields", "date_basis")


def contract_records(store: Store, kind: str | None = None,
                     lent: dict[str, dict[str, Any]] | None = None) -> Iterator[dict[str, Any]]:
    """Every stored record as a contract object, in article then offset order. Each says how its date
    was reached in `date_basis` (null when it has none, or was stored before the field existed); an
    event or talks report its article leaves undated carries the day its story gives (`story`).
    `lent`: those days when the caller has already run the story pass (see `story_dates`)."""
    if lent is None:
        lent = story_dates(store) if kind in (None, *LENDING_KINDS) else {}
    for record, article in store.iter_records(kind):
        obj = record.to_contract(article)
        obj["date_basis"] = obj.get("date_basis") if obj.get("date") else None
        obj.update(lent.get(obj["id"], {}))
        yield obj


STORY_FIELDS = ("date", "date_precision", "date_basis", "date_sources")


def story_view(store: Store) -> CorpusView:
    """The story pass: stories, facts and records, with undated articles read again from their
    story's day. It runs over the whole store after ingest, so extracting one article stays a
    function of that article alone."""
    from detente.stories.build import build_view
    from detente.stories.dating import read_from_story

    view = build_view(store)
    read_from_story(view)
    return view


def story_dates(store: Store, view: CorpusView | None = None) -> dict[str, dict[str, Any]]:
    """The dates the story pass lends undated records, by record id: the day the story's other
    reports give the same event, or the day an undated article's story is read from."""
    view = view or story_view(store)
    return {r["id"]: {k: r[k] for k in STORY_FIELDS} for r in view.records if r.get("date_basis") == "story"}


Progress = Callable[[int], object] | None   # called with 1 per record written (a tqdm bar's update)


def write_jsonl(store: Store, out: IO[str], kind: str | None = None, progress: Progress = None) -> int:
    count = 0
    for obj in contract_records(store, kind):
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        count += 1
        if progress:
            progress(1)
    return count


def write_records(records: Iterable[dict[str, Any]], out: IO[str], kind: str | None = None) -> int:
    """Contract objects already built (`--merged`: with the dates their stories lend them)."""
    count = 0
    for obj in records:
        if kind is None or obj.get("kind") == kind:
            obj.setdefault("date_basis", None)
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_facts(facts: list[dict[str, Any]], out: IO[str]) -> int:
    """Merged facts (`--merged`), after the records they group."""
    for fact in facts:
        out.write(json.dumps(fact, ensure_ascii=False) + "\n")
    return len(facts)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A text cell a spreadsheet will not run: one starting like a formula gets a leading `'`
    (OWASP's advice), so `=HYPERLINK(...)` in an article stays text when the CSV is opened."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(store: Store, out: IO[str], kind: str | None = None) -> int:
    """One row a record: the envelope as columns, the kind-specific fields as a JSON column."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    envelope = {"kind", "id", "source", "evidence", "date", "date_precision", "date_basis"}
    for obj in contract_records(store, kind):
        src, ev = obj["source"], obj["evidence"]
        fields = {k: v for k, v in obj.items() if k not in envelope}
        writer.writerow([csv_cell(v) for v in (
            obj["kind"], obj["id"], src["file"], src["article"], src["title"], src["outlet"],
            src["published"], obj["date"], obj["date_precision"], ev["text"], ev["start"], ev["end"],
            json.dumps(fields, ensure_ascii=False), obj["date_basis"])])
        count += 1
    return count


# -- Filtered, flat exports (`--kind/--from/--to/--outlet`, one table per kind, Parquet) ----------
def selection(kind: str, *, since: str | None = None, until: str | None = None, outlet: str | None = None,
              actor: str | None = None, target: str | None = None, type: str | None = None,
              issue: str | None = None, stance: str | None = None) -> Browse:
    """The records of one kind that match every filter given, in date order (filters run in SQL)."""
    given = {"outlet": outlet, "actor": actor, "target": target, "type": type, "issue": issue,
             "stance": stance}
    return Browse(kind_name(kind), tuple((k, v) for k, v in given.items() if v), since, until)


def selected_records(store: Store, browse: Browse, progress: Progress = None) -> Iterator[dict[str, Any]]:
    """Contract objects of the records `browse` selects, with their article id under `_article`."""
    for record, article in store.iter_browse(browse):  # type: ignore[attr-defined]
        yield {**record.to_contract(article), "_article": article.id}
        if progress:
            progress(1)


def write_jsonl_selected(store: Store, out: IO[str], browses: list[Browse], progress: Progress = None) -> int:
    """JSONL contract lines of the selected records (the private `_article` key left out)."""
    count = 0
    for browse in browses:
        for obj in selected_records(store, browse, progress):
            obj.pop("_article")
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            count += 1
    return count


def flat_rows(store: Store, browse: Browse, progress: Progress = None) -> Iterator[dict[str, Any]]:
    """Flat rows (see detente.flatten) of the records `browse` selects."""
    for obj in selected_records(store, browse, progress):
        yield flat_row(obj, obj.pop("_article"))


def write_flat_csv(store: Store, out: IO[str], browse: Browse, progress: Progress = None) -> int:
    """One kind as a flat CSV: a header of `columns(kind)`, then a row a record."""
    writer = csv.DictWriter(out, fieldnames=columns(browse.kind))
    writer.writeheader()
    count = 0
    for row in flat_rows(store, browse, progress):
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
        count += 1
    return count


def write_parquet(store: Store, path: str | Path, browse: Browse, progress: Progress = None) -> int:
    """One kind as a Parquet file (typed columns, via pandas and pyarrow)."""
    from detente.frames import rows_frame

    df = rows_frame(list(flat_rows(store, browse, progress)), browse.kind)
    df.to_parquet(path, index=False)
    return len(df)
