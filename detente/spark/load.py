"""Load a Spark job's Parquet output into a detente store, so every view (CLI, API, pages) works on it.

No Spark is needed here: pyarrow reads the tables one article-id bucket at a time (a sixteenth of the
output in memory at once), and each article is saved with its records in one transaction through the
store's own `save_article`, so loading twice, or into a store that already has some of the articles,
adds nothing twice.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.errors import InputError
from detente.spark.rows import article_from_row, record_from_row
from detente.store.base import RunCounts, Store

BUCKETS = "0123456789abcdef"


@dataclass
class LoadCounts:
    """What a load added: new articles and records, articles already stored, links, errors in the output."""

    new: int = 0
    duplicate: int = 0
    records: int = 0
    links: int = 0
    errors: int = 0

    def summary(self) -> str:
        errors = f"; the output lists {self.errors} errors (see its errors table)" if self.errors else ""
        return (f"{self.new} new, {self.duplicate} already stored articles; {self.records} records, "
                f"{self.links} near-duplicate links loaded{errors}")


def load_output(output: str, store: Store, progress: bool = False) -> LoadCounts:
    """Load OUTPUT/articles, records and near_duplicates into `store`.

    Raises:
        InputError: `output` is not a detente Spark output folder.
    """
    articles = _dataset(output, "articles", ("bucket",))
    if articles is None:
        raise InputError(output, "has no articles table; give the --output folder of `detente spark`.")
    records = _dataset(output, "records", ("kind", "bucket"))
    counts = LoadCounts()
    run_id = store.start_run([f"spark output {output}"])
    run = RunCounts()
    try:
        with _bar(articles.count_rows(), progress) as bar:
            for article, contracts, signature in _articles(articles, records):
                records = [record_from_row(c, article.id) for c in contracts]
                if store.save_article(article, records, signature):
                    counts.new += 1
                    counts.records += len(contracts)
                else:
                    counts.duplicate += 1
                bar.update(1)
        counts.links = _link(output, store)
        errors = _dataset(output, "errors", ("stage",))
        counts.errors = errors.count_rows() if errors is not None else 0
    finally:
        run.new, run.duplicate, run.records = counts.new, counts.duplicate, counts.records
        store.finish_run(run_id, run)
    return counts


def _articles(articles: Any, records: Any) -> Iterator[tuple[Any, list[str], bytes | None]]:
    """(Article, its contract lines, its signature) for every article, a bucket at a time."""
    import pyarrow.dataset as ds

    for bucket in BUCKETS:
        where = ds.field("bucket") == bucket
        by_article: dict[str, list[str]] = defaultdict(list)
        if records is not None:
            table = records.to_table(columns=["article_id", "id", "contract"], filter=where)
            for row in table.sort_by([("article_id", "ascending"), ("id", "ascending")]).to_pylist():
                by_article[row["article_id"]].append(row["contract"])
        table = articles.to_table(filter=where)
        for row in table.sort_by([("file", "ascending"), ("article", "ascending")]).to_pylist():
            yield article_from_row(row), by_article.get(row["id"], []), row["signature"]


def _link(output: str, store: Store) -> int:
    """Store the near-duplicate links whose two articles are both in the store."""
    links = _dataset(output, "near_duplicates", ())
    if links is None:
        return 0
    count = 0
    for row in links.to_table().to_pylist():
        if store.get_article(row["article_id"]) and store.get_article(row["other_id"]):
            store.link_near_duplicate(row["article_id"], row["other_id"], row["similarity"])
            count += 1
    return count


def _dataset(output: str, table: str, partitions: tuple[str, ...]) -> Any | None:
    """A pyarrow dataset over OUTPUT/TABLE with string partition columns, or None when it is absent."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    path = f"{output.rstrip('/')}/{table}"
    if "://" not in path and not Path(path).is_dir():
        return None
    partitioning = ds.partitioning(pa.schema([(p, pa.string()) for p in partitions]), flavor="hive")
    try:
        return ds.dataset(path, format="parquet", partitioning=partitioning,
                          ignore_prefixes=["_", "."])
    except (OSError, ValueError) as exc:
        raise InputError(path, f"cannot be read as Parquet ({exc}).") from exc


class _NoBar:
    def update(self, n: int) -> None:
        """Nothing to show."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _bar(total: int, progress: bool) -> Any:
    if not progress:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit=" article", desc="load", file=sys.stderr, dynamic_ncols=True)
