"""Run detente on Apache Spark: the same per-article work as `detente ingest`, over partitions.

    reading.py   one input file's bytes -> InputResults, through the same parsers as the CLI
    rows.py      Article / Record <-> Parquet rows that follow the export contract
    process.py   the per-partition work (model loaded once per Python worker)
    neardup.py   near-duplicates with Spark ML's MinHashLSH, never collected to the driver
    job.py       the job: read inputs, extract, write Parquet (articles, records, errors, near_duplicates)
    load.py      Parquet output -> a SQLite or PostgreSQL store, so every view works on it

DOCS: docs/spark.md
"""
