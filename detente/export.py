"""Writers for `detente export`: the JSONL contract (../shared/contract) and a flat CSV."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from detente.store.base import Store

CSV_COLUMNS = ("kind", "id", "file", "article", "title", "outlet", "published", "date", "date_precision",
               "evidence", "start", "end", "fields", "date_basis")


def contract_records(store: Store, kind: str | None = None) -> Iterator[dict[str, Any]]:
    """Every stored record as a contract object, in article then offset order. Each says how its date
    was reached in `date_basis` (null when it has none, or was stored before the field existed)."""
    for record, article in store.iter_records(kind):
        obj = record.to_contract(article)
        obj["date_basis"] = obj.get("date_basis") if obj.get("date") else None
        yield obj


def write_jsonl(store: Store, out: IO[str], kind: str | None = None) -> int:
    count = 0
    for obj in contract_records(store, kind):
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_records(records: list[dict[str, Any]], out: IO[str], kind: str | None = None) -> int:
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
