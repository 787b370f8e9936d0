"""Articles, records and errors as flat rows for Parquet, and back.

A record row carries the export contract twice over: the envelope as typed columns (for Spark SQL)
and `contract`, the exact JSON line `detente export --format jsonl` writes for it (../shared/contract).
`bucket` (the first hex digit of the article id) partitions the output so a loader can take it a
sixteenth at a time. Schemas are Spark DDL strings, so this module does not need pyspark.
"""
from __future__ import annotations

import json
from typing import Any

from detente.models import Article, Evidence, Record, stable_id

ARTICLE_SCHEMA = (
    "id STRING, hash STRING, file STRING, article INT, title STRING, outlet STRING, author STRING, "
    "published STRING, published_inferred BOOLEAN, url STRING, raw_start INT, raw_end INT, format STRING, "
    "text STRING, signature BINARY, bucket STRING")
RECORD_SCHEMA = (
    "id STRING, article_id STRING, kind STRING, file STRING, article INT, title STRING, outlet STRING, "
    "published STRING, url STRING, date STRING, date_precision STRING, evidence_text STRING, "
    "evidence_start INT, evidence_end INT, contract STRING, bucket STRING")
ERROR_SCHEMA = "id STRING, input STRING, stage STRING, reason STRING, input_bytes LONG"
ENVELOPE = ("kind", "id", "source", "evidence", "date", "date_precision")


def bucket(article_id: str) -> str:
    return article_id[:1] or "0"


def article_row(article: Article, signature: bytes | None = None) -> dict[str, Any]:
    return {"id": article.id, "hash": article.hash, "file": article.file, "article": article.index,
            "title": article.title, "outlet": article.outlet, "author": article.author,
            "published": article.published, "published_inferred": article.published_inferred,
            "url": article.url, "raw_start": article.raw_start, "raw_end": article.raw_end,
            "format": article.format, "text": article.text, "signature": signature,
            "bucket": bucket(article.id)}


def article_from_row(row: Any) -> Article:
    """An Article from a row (a dict, a Spark Row or a pyarrow row dict); id and hash kept as written."""
    get = row.get if isinstance(row, dict) else row.__getitem__
    return Article(file=get("file"), index=get("article"), text=get("text"), title=get("title"),
                   outlet=get("outlet"), author=get("author"), published=get("published"),
                   published_inferred=bool(get("published_inferred")), url=get("url"),
                   raw_start=get("raw_start") or 0, raw_end=get("raw_end") or 0,
                   format=get("format") or "text", id=get("id"), hash=get("hash"))


def record_row(record: Record, article: Article) -> dict[str, Any]:
    contract = record.to_contract(article)
    return {"id": record.id, "article_id": article.id, "kind": record.kind, "file": article.file,
            "article": article.index, "title": article.title, "outlet": article.outlet,
            "published": article.published, "url": article.url, "date": record.date,
            "date_precision": record.date_precision, "evidence_text": record.evidence.text,
            "evidence_start": record.evidence.start, "evidence_end": record.evidence.end,
            "contract": json.dumps(contract, ensure_ascii=False), "bucket": bucket(article.id)}


def record_from_row(contract: str, article_id: str) -> Record:
    """The Record a contract line describes, with its id kept (so the store stores it as written)."""
    obj = json.loads(contract)
    evidence = obj["evidence"]
    fields = {k: v for k, v in obj.items() if k not in ENVELOPE}
    return Record(kind=obj["kind"], evidence=Evidence(evidence["text"], evidence["start"], evidence["end"]),
                  fields=fields, date=obj.get("date"), date_precision=obj.get("date_precision"),
                  article_id=article_id, id=obj["id"])


def error_row(input_name: str, stage: str, reason: str, size: int = 0) -> dict[str, Any]:
    """One bad input or article: what it was, at which stage, and why (the id makes re-runs idempotent)."""
    return {"id": stable_id(input_name, stage, reason), "input": input_name, "stage": stage,
            "reason": reason, "input_bytes": size}
