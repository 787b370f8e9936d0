"""The work one Spark task does on its partition: pure functions from rows to tagged rows.

`parse_partition` turns (URL, bytes) files into article and error rows with the ingest parsers;
`extract_partition` runs the language core and every extractor through `extract_articles`, the same
function `detente ingest` uses, with the model loaded once per Python worker (`load_nlp` is cached
per process and Spark reuses its workers). Nothing here raises: a bad file or article becomes an
error row, so one bad record never fails a task, and so never the job.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from detente.spark.reading import parse_file
from detente.spark.rows import article_from_row, article_row, error_row, record_row

log = logging.getLogger(__name__)
Tagged = tuple[str, dict[str, Any]]
ARTICLE, RECORD, ERROR = "article", "record", "error"


def parse_partition(files: Iterable[Any], max_bytes: int) -> Iterator[Tagged]:
    """(ARTICLE, row) for each article cut from each file, (ERROR, row) for each unit that failed."""
    for item in files:
        url, data = item[0], bytes(item[1])
        for result in parse_file(url, data, max_bytes):
            if result.error is not None:
                yield ERROR, error_row(result.error.source, "read", result.error.reason, result.size)
            elif not result.articles:
                yield ERROR, error_row(result.name, "read", "no article text was found in it", result.size)
            for article in result.articles:
                yield ARTICLE, article_row(article)


def extract_partition(rows: Iterable[Any], batch_size: int) -> Iterator[Tagged]:
    """(ARTICLE, row with its MinHash signature) and its (RECORD, row)s, or one (ERROR, row) instead."""
    from detente.ingest.dedupe import signature, to_bytes
    from detente.nlp.pipeline import load_nlp

    chunk: list[Any] = []
    for row in rows:
        chunk.append(article_from_row(row))
        if len(chunk) >= batch_size:
            yield from _extract_chunk(chunk, load_nlp(), batch_size, signature, to_bytes)
            chunk = []
    if chunk:  # an empty partition (a re-run with nothing new) never loads the model
        yield from _extract_chunk(chunk, load_nlp(), batch_size, signature, to_bytes)


def _extract_chunk(articles: list[Any], nlp: Any, batch_size: int, signature: Any, to_bytes: Any
                   ) -> Iterator[Tagged]:
    from detente.ingest.runner import extract_articles

    messages: list[str] = []
    for article, records in extract_articles(articles, nlp, batch_size, messages.append):
        where = f"{article.file} (article {article.index})"
        if records is None:
            reason = messages.pop() if messages else f"{where}: not stored: extraction failed"
            yield ERROR, error_row(where, "extract", reason.removeprefix(f"{where}: "), len(article.text))
            continue
        yield ARTICLE, article_row(article, to_bytes(signature(article.text)))
        unique: dict[str, Any] = {}
        for record in records:  # exact repeats are stored once, as the store does
            if not record.id or record.article_id != article.id:
                record.assign_id(article.id)
            unique.setdefault(record.id, record)
        for record in unique.values():
            yield RECORD, record_row(record, article)
