"""The Spark job: input files -> articles -> records, written as partitioned Parquet.

    OUTPUT/articles/bucket=X/          one row an article (text, provenance, MinHash signature)
    OUTPUT/records/kind=K/bucket=X/    one row a record; `contract` is its `detente export` JSON line
    OUTPUT/errors/stage=S/             each input or article that failed, with the reason
    OUTPUT/near_duplicates/            (copy, original, similarity) from MinHashLSH

Re-running over the same inputs writes nothing twice: ids are content hashes, and every table is
appended only with rows whose id is not in it yet (an anti-join, never a collect to the driver).
Records are written before their articles, so a job killed between the two is finished by the next.

Run it with `detente spark`, `python -m detente.spark` or `spark-submit detente/spark/job.py`.
DOCS: docs/spark.md
"""
from __future__ import annotations

import argparse
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente import config
from detente.errors import DetenteError, InputError
from detente.spark.process import ARTICLE, ERROR, RECORD, extract_partition, parse_partition
from detente.spark.reading import check_input
from detente.spark.rows import ARTICLE_SCHEMA, ERROR_SCHEMA, RECORD_SCHEMA

ARTICLES_PER_PARTITION = 200  # ~1-2 minutes of NLP a task: small enough to spread, big enough to batch
TABLES = ("articles", "records", "errors", "near_duplicates")


@dataclass
class SparkOptions:
    """How a job runs; defaults come from detente's settings (`detente settings`)."""

    output: str
    partitions: int | None = None
    batch_size: int = field(default_factory=lambda: int(config.get("batch_size")))
    max_input_mb: int = field(default_factory=lambda: int(config.get("max_input_mb")))
    near_duplicate_threshold: float = field(
        default_factory=lambda: float(config.get("near_duplicate_threshold")))


@dataclass
class JobCounts:
    """What one job did, for the closing line."""

    files: int = 0
    articles: int = 0
    skipped: int = 0
    records: int = 0
    errors: int = 0
    near_duplicates: int = 0
    output: str = ""

    def summary(self) -> str:
        return (f"{self.files} files read: {self.articles} new articles, {self.skipped} already in the "
                f"output or duplicates, {self.records} records, {self.errors} new errors, "
                f"{self.near_duplicates} near-duplicate links; written to {self.output}")


def spark_session(master: str | None = None, progress: bool = False, conf: dict[str, str] | None = None
                  ) -> Any:
    """A SparkSession (the one spark-submit configured, else a new one on `master`, local[*] by default).

    Raises:
        DetenteError: PySpark or Java is missing, with the command that installs it.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise DetenteError("PySpark is not installed; install it with: pip install 'detente[spark]'") from exc
    if not os.environ.get("JAVA_HOME") and not _which("java"):
        raise DetenteError("Spark needs Java 17 or later and none was found; install it (Debian: apt-get "
                           "install openjdk-17-jre-headless) or set JAVA_HOME.")
    builder = SparkSession.builder.appName("detente")
    if master:
        builder = builder.master(master)
    if (master or "local").startswith("local"):  # workers run this interpreter, with this detente
        root = str(Path(__file__).resolve().parents[2])
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
    builder = builder.config("spark.ui.showConsoleProgress", "true" if progress else "false")
    builder = builder.config("spark.sql.execution.pythonUDF.arrow.enabled", "false")  # no pandas needed
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _which(name: str) -> str | None:
    import shutil

    return shutil.which(name)


def run_job(spark: Any, inputs: list[str], options: SparkOptions) -> JobCounts:
    """Read `inputs` (files or folders, local or Hadoop URLs), extract, append new rows under the output."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    out = options.output.rstrip("/")
    counts = JobCounts(output=out)
    files = _read_files(spark, inputs)
    max_bytes = options.max_input_mb * 1_000_000
    parsed = files.rdd.mapPartitions(
        lambda rows: parse_partition(((r.path, r.content) for r in rows), max_bytes))
    parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK)
    read_articles = _frame(spark, parsed, ARTICLE, ARTICLE_SCHEMA)
    first = F.row_number().over(_window("id", "file", "article"))
    unique = read_articles.withColumn("_n", first).where("_n = 1").drop("_n")
    new_articles = _anti(unique, _existing(spark, out, "articles"))
    total = read_articles.count()
    counts.files = files.count()
    fresh = new_articles.count()
    partitions = options.partitions or max(spark.sparkContext.defaultParallelism,
                                           math.ceil(fresh / ARTICLES_PER_PARTITION))
    batch = options.batch_size
    extracted = new_articles.repartition(partitions, "id").rdd.mapPartitions(
        lambda rows: extract_partition(rows, batch)).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        records = _anti(_frame(spark, extracted, RECORD, RECORD_SCHEMA), _existing(spark, out, "records"))
        records = records.persist(StorageLevel.MEMORY_AND_DISK)
        counts.records = records.count()  # counted before the write adds them to what is "existing"
        records.write.mode("append").partitionBy("kind", "bucket").parquet(f"{out}/records")
        records.unpersist()
        articles = _frame(spark, extracted, ARTICLE, ARTICLE_SCHEMA)
        counts.articles = articles.count()
        articles.write.mode("append").partitionBy("bucket").parquet(f"{out}/articles")
        errors = (_frame(spark, parsed, ERROR, ERROR_SCHEMA).unionByName(_frame(spark, extracted, ERROR,
                  ERROR_SCHEMA)).dropDuplicates(["id"]))
        errors = _anti(errors, _existing(spark, out, "errors")).persist(StorageLevel.MEMORY_AND_DISK)
        counts.errors = errors.count()
        errors.write.mode("append").partitionBy("stage").parquet(f"{out}/errors")
        counts.near_duplicates = _write_near_duplicates(spark, out, articles, options)
    finally:
        extracted.unpersist()
        parsed.unpersist()
    counts.skipped = total - fresh  # failed extractions are neither: they are in the errors table
    return counts


def _read_files(spark: Any, inputs: list[str]) -> Any:
    """(path, content) of every non-hidden file under each input; a missing input is an InputError."""
    frames = []
    for spec in inputs:
        check_input(spec)
        try:
            frame = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(spec)
                     .select("path", "content"))
        except Exception as exc:  # Spark's AnalysisException: PATH_NOT_FOUND and the like
            text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise InputError(spec, f"cannot be read by Spark ({text}).") from None
        frames.append(frame)
    result = frames[0]
    for frame in frames[1:]:
        result = result.unionByName(frame)
    return result.dropDuplicates(["path"])


def _frame(spark: Any, tagged: Any, tag: str, schema: str) -> Any:
    names = [part.split()[0] for part in schema.split(", ")]
    rows = tagged.filter(lambda item: item[0] == tag).map(lambda item: tuple(item[1][n] for n in names))
    return spark.createDataFrame(rows, schema)


def _window(key: str, *order: str) -> Any:
    from pyspark.sql import Window

    return Window.partitionBy(key).orderBy(*order)


def _existing(spark: Any, out: str, table: str) -> Any | None:
    """The table already written under `out`, or None on a first run."""
    path = f"{out}/{table}"
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    fs = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if not fs.exists(hadoop_path) or not fs.exists(jvm.org.apache.hadoop.fs.Path(f"{path}/_SUCCESS")):
        return None
    return spark.read.parquet(path)


def _anti(frame: Any, existing: Any | None, keys: tuple[str, ...] = ("id",)) -> Any:
    if existing is None:
        return frame
    return frame.join(existing.select(*keys).distinct(), list(keys), "left_anti")


def _write_near_duplicates(spark: Any, out: str, new_articles: Any, options: SparkOptions) -> int:
    """Link near-duplicates among all articles (earlier runs' too); append the links not written yet."""
    from pyspark import StorageLevel

    from detente.spark.neardup import near_duplicates

    columns = ("id", "file", "article", "text")
    pool = new_articles.select(*columns)
    existing = _existing(spark, out, "articles")
    if existing is not None:
        pool = pool.unionByName(existing.select(*columns)).dropDuplicates(["id"])
    links = near_duplicates(pool, options.near_duplicate_threshold)
    links = _anti(links, _existing(spark, out, "near_duplicates"), ("article_id", "other_id"))
    links = links.persist(StorageLevel.MEMORY_AND_DISK)
    count = int(links.count())
    links.write.mode("append").parquet(f"{out}/near_duplicates")
    links.unpersist()
    return count


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="detente.spark", description="Extract detente records from WARC, JSONL, HTML and text files "
        "on Spark; write articles, records, errors and near-duplicates as Parquet under --output.")
    parser.add_argument("inputs", nargs="+", help="Files or folders: local paths or Hadoop filesystem URLs "
                        "(hdfs://, s3a://, gs://, abfss://).")
    parser.add_argument("--output", "-o", required=True, help="Folder or Hadoop URL for the Parquet tables.")
    parser.add_argument("--master", help="Spark master (default: what spark-submit set, else local[*]).")
    parser.add_argument("--partitions", type=int, help="Partitions for the NLP stage (default: one per "
                        f"{ARTICLES_PER_PARTITION} new articles, at least one per core).")
    return parser


def main(argv: list[str] | None = None) -> int:
    """The spark-submit entry point; errors are one sentence on stderr and exit status 1."""
    args = build_parser().parse_args(argv)
    try:
        spark = spark_session(args.master, progress=sys.stderr.isatty())
        counts = run_job(spark, args.inputs, SparkOptions(args.output, partitions=args.partitions))
    except DetenteError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(counts.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
