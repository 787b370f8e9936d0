"""`detente spark run` and `detente spark load`: the thin CLI over `job.run_job` and `load.load_output`.

Only click is imported here, so `detente --help` stays instant; PySpark and pyarrow load inside.
"""
from __future__ import annotations

import sys

import click

from detente import config


@click.group()
def spark() -> None:
    """Run extraction on Apache Spark and load its Parquet output into a store.

    `detente spark run` reads WARC, JSONL, HTML and text files (local paths or Hadoop filesystem
    URLs), extracts every record on a Spark cluster (local[*] unless --master or spark-submit says
    otherwise) and writes Parquet; `detente spark load` puts that output in a SQLite or PostgreSQL
    store so every view works on it. Needs `pip install 'detente[spark]'` and Java 17. See docs/spark.md.
    """


@spark.command("run")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, metavar="DIR",
              help="Folder or Hadoop URL for the Parquet tables (articles, records, errors, "
                   "near_duplicates). "
                   "Re-running into the same folder adds only what is new.")
@click.option("--master", metavar="URL", help="Spark master: local[N], spark://HOST:7077, yarn... "
              "(default: local[*]).")
@click.option("--partitions", type=click.IntRange(min=1), help="Partitions for the NLP stage (default: one "
              "per 200 new articles, at least one per core).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def run(inputs: tuple[str, ...], output: str, master: str | None, partitions: int | None,
        quiet: bool) -> None:
    """Extract records from INPUTS (files or folders) on Spark into Parquet under --output.

    A bad file, WARC record, JSONL line or article never fails the job: it lands in the errors
    table with the input and the reason.
    """
    from detente.errors import DetenteError
    from detente.spark.job import SparkOptions, run_job, spark_session

    try:
        session = spark_session(master, progress=not quiet and sys.stderr.isatty())
        counts = run_job(session, list(inputs), SparkOptions(output, partitions=partitions))
    except DetenteError as err:
        raise click.ClickException(str(err)) from err
    click.echo(counts.summary())


@spark.command("load")
@click.argument("output", metavar="DIR")
@click.option("--db", default=lambda: config.get("db"), show_default="detente.db",
              help="Store: a SQLite file path, sqlite:///PATH, or postgresql://USER@HOST/DB. "
                   "Also set by DETENTE_DB.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def load(output: str, db: str, quiet: bool) -> None:
    """Load the Parquet output of `detente spark run` (folder DIR) into the store.

    Articles already in the store are skipped, so loading twice adds nothing.
    """
    from detente.errors import DetenteError
    from detente.spark.load import load_output
    from detente.store import open_store

    try:
        with open_store(db) as store:
            counts = load_output(output, store, progress=not quiet and sys.stderr.isatty())
    except DetenteError as err:
        raise click.ClickException(str(err)) from err
    click.echo(counts.summary())
