"""`detente spark` on local[2] over a WARC built from fixtures: the same records as `detente ingest`,
bad records in the errors table, nothing written twice on a re-run, and a store every view can read."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.export import contract_records
from detente.spark.load import load_output
from detente.store import open_store

pytestmark = [pytest.mark.spark, pytest.mark.model]


def _table(output: Path, name: str) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    path = output / name
    if not path.is_dir():
        return []
    return ds.dataset(path, format="parquet", partitioning="hive", ignore_prefixes=["_", "."]).to_table().to_pylist()


def _canonical(objs: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(obj, sort_keys=True, ensure_ascii=False) for obj in objs)


@pytest.fixture(scope="module")
def output(spark, inputs_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    from detente.spark.job import SparkOptions, run_job

    out = tmp_path_factory.mktemp("spark-out") / "run"
    counts = run_job(spark, [str(inputs_dir)], SparkOptions(str(out)))
    assert counts.files == 2 and counts.articles == 5
    return out


@pytest.fixture(scope="module")
def cli_export(inputs_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """What the single-machine path (`detente ingest` then `detente export`) gives on the same inputs."""
    from detente.ingest.runner import IngestOptions, ingest

    db = tmp_path_factory.mktemp("spark-cli") / "cli.db"
    with open_store(str(db)) as store:
        ingest([str(inputs_dir)], store, IngestOptions(progress=False), report=lambda message: None)
        return _canonical(list(contract_records(store)))


def test_same_records_as_the_cli(output: Path, cli_export: list[str]) -> None:
    spark_records = _canonical([json.loads(row["contract"]) for row in _table(output, "records")])
    assert len(spark_records) > 10
    assert spark_records == cli_export
    kinds = {json.loads(line)["kind"] for line in cli_export}
    assert {"event", "quote", "talks"} <= kinds


def test_articles_keep_their_provenance_and_copies_are_linked(output: Path, inputs_dir: Path) -> None:
    articles = _table(output, "articles")
    warc = str(inputs_dir / "crawl.warc.gz")
    assert sorted((a["file"], a["article"]) for a in articles if a["file"] == warc) == [
        (warc, 0), (warc, 1), (warc, 2), (warc, 3)]   # record 4 is an exact copy of record 2
    by_index = {a["article"]: a["id"] for a in articles if a["file"] == warc}
    links = _table(output, "near_duplicates")
    assert [(link["article_id"], link["other_id"]) for link in links] == [(by_index[3], by_index[0])]
    assert links[0]["similarity"] >= 0.8


def test_bad_records_land_in_the_errors_table(output: Path, inputs_dir: Path) -> None:
    errors = {row["input"]: row for row in _table(output, "errors")}
    warc = str(inputs_dir / "crawl.warc.gz")
    assert "WARC-Target-URI" in errors[f"{warc} record 6"]["reason"]
    jsonl = str(inputs_dir / "feed.jsonl")
    assert "not valid JSON" in errors[f"{jsonl}:2"]["reason"]
    assert "no 'text'" in errors[f"{jsonl}:3"]["reason"]
    assert {row["stage"] for row in errors.values()} == {"read"}


def test_rerun_writes_nothing_twice(spark, output: Path, inputs_dir: Path) -> None:  # type: ignore[no-untyped-def]
    before = {name: _table(output, name) for name in ("articles", "records", "errors", "near_duplicates")}
    result = CliRunner().invoke(cli, ["spark", "run", str(inputs_dir), "--output", str(output), "-q",
                                      "--master", "local[2]"])
    assert result.exit_code == 0, result.output
    assert "2 files read: 0 new articles, 6 already in the output or duplicates, 0 records, 0 new errors, " \
           "0 near-duplicate links" in result.output
    for name, rows in before.items():
        assert len(_table(output, name)) == len(rows), name


def test_a_missing_input_is_one_sentence(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["spark", "run", str(tmp_path / "nowhere"), "--output", str(tmp_path / "o")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{tmp_path / 'nowhere'}: cannot be read by Spark" in result.output


def test_load_into_sqlite_and_the_views_work(output: Path, cli_export: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "loaded.db")
    with open_store(db) as store:
        counts = load_output(str(output), store)
        assert (counts.new, counts.links, counts.errors) == (5, 1, 3)
        assert _canonical(list(contract_records(store))) == cli_export
        again = load_output(str(output), store)
        assert (again.new, again.duplicate, again.records) == (0, 5, 0)
    runner = CliRunner()
    listed = runner.invoke(cli, ["articles", "--db", db, "--json"])
    assert listed.exit_code == 0, listed.output
    titles = {json.loads(line)["title"] for line in listed.output.splitlines()}
    assert "EU adopts new sanctions package against Russia" in titles
    talks = runner.invoke(cli, ["talks", "--db", db, "--json"])
    assert talks.exit_code == 0 and "Geneva" in talks.output
    loaded = runner.invoke(cli, ["spark", "load", str(output), "--db", db, "-q"])
    assert loaded.exit_code == 0 and "0 new, 5 already stored" in loaded.output
