"""Turning Articles, Records and runs into table rows and back, the same for every backend.

Drivers differ in what they hand back (SQLite: text JSON, 0/1 booleans, text timestamps;
psycopg: decoded JSON, bool, datetime), so every reader here accepts either form.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from detente.flatten import CONTRACT_ENVELOPE, SOURCE_KEYS, flat_row, flat_values
from detente.flatten import columns as flat_columns
from detente.models import Article, Evidence, Record
from detente.store.base import RunCounts, RunInfo

ARTICLE_COLUMNS = ("id", "hash", "file", "idx", "title", "outlet", "author", "published",
                   "published_inferred", "url", "format", "raw_start", "raw_end", "text")

RECORD_COLUMNS = ("id", "article_id", "kind", "evidence_start", "evidence_end", "evidence", "date",
                  "date_precision", "data")

RUN_COLUMNS = ("id", "started_at", "finished_at", "inputs", "new_articles", "duplicate_articles",
               "rejected_articles", "records", "errors")


def now() -> str:
    """The current UTC time as ISO 8601, the form every timestamp is written in."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def iso(value: Any) -> str | None:
    """A stored timestamp (ISO text or datetime) as ISO 8601 in UTC."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def dump_json(value: Any) -> str:
    """JSON text both backends accept (PostgreSQL refuses NaN and infinities)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def load_json(value: Any) -> Any:
    """A stored JSON value, whether the driver decoded it already or not."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def article_params(article: Article) -> tuple[Any, ...]:
    """The values of ARTICLE_COLUMNS for `article`."""
    return (article.id, article.hash, article.file, article.index, article.title, article.outlet,
            article.author, article.published, bool(article.published_inferred), article.url,
            article.format, article.raw_start, article.raw_end, article.text)


def article_from_row(row: Sequence[Any]) -> Article:
    """An Article from a row of ARTICLE_COLUMNS."""
    (id_, hash_, file, idx, title, outlet, author, published, inferred, url, fmt, raw_start, raw_end,
     text) = row[:len(ARTICLE_COLUMNS)]
    return Article(file=file, index=idx, text=text, title=title, outlet=outlet, author=author,
                   published=published, published_inferred=bool(inferred), url=url, raw_start=raw_start,
                   raw_end=raw_end, format=fmt, id=id_, hash=hash_)


def record_params(record: Record) -> tuple[Any, ...]:
    """The values of RECORD_COLUMNS for `record` (its id and article_id must be set)."""
    ev = record.evidence
    return (record.id, record.article_id, record.kind, ev.start, ev.end, ev.text, record.date,
            record.date_precision, dump_json(record.fields))


def record_from_row(row: Sequence[Any]) -> Record:
    """A Record from a row of RECORD_COLUMNS."""
    id_, article_id, kind, start, end, evidence, date, precision, data = row[:len(RECORD_COLUMNS)]
    return Record(kind=kind, evidence=Evidence(evidence, start, end), fields=load_json(data), date=date,
                  date_precision=precision, article_id=article_id, id=id_)


def run_from_row(row: Sequence[Any]) -> RunInfo:
    """A RunInfo from a row of RUN_COLUMNS."""
    id_, started, finished, inputs, new, duplicate, rejected, records, errors = row
    counts = RunCounts(new=new, duplicate=duplicate, rejected=rejected, records=records,
                       errors=list(load_json(errors) or []))
    return RunInfo(id=id_, started_at=iso(started) or "", finished_at=iso(finished),
                   inputs=list(load_json(inputs)), counts=counts)


def columns(names: Sequence[str], table: str = "") -> str:
    """A comma-separated column list, optionally qualified with a table alias."""
    prefix = f"{table}." if table else ""
    return ", ".join(prefix + name for name in names)


def download_values(row: Sequence[Any]) -> list[Any]:
    """The cells of a record download (flatten.columns order) from a row of
    `SQLStore.record_download_rows`: the same as flat_row(record.to_contract(article)), made
    straight off the row (a whole kind's CSV built a Record, an Article, a contract and a flat
    dict per record)."""
    rid, article_id, kind, start, end, evidence, date, precision, data = row[:len(RECORD_COLUMNS)]
    source = row[len(RECORD_COLUMNS):]
    fields = load_json(data)
    if CONTRACT_ENVELOPE.isdisjoint(fields):
        return flat_values(kind, rid, date, precision, source, (evidence, start, end), article_id, fields)
    # Fields that shadow the envelope (none written today): the contract's own merge decides.
    obj = {"kind": kind, "id": rid, "source": dict(zip(SOURCE_KEYS, source, strict=True)),
           "evidence": {"text": evidence, "start": start, "end": end}, "date": date,
           "date_precision": precision, **fields}
    flat = flat_row(obj, article_id)
    return [flat.get(c) for c in flat_columns(obj["kind"])]
