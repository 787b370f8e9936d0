"""What `detente spark` refuses and how it says so: no Spark session needed."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.errors import InputError
from detente.spark.reading import check_input, display_name, parse_file

pytestmark = pytest.mark.spark


def test_web_urls_are_refused_with_a_sentence() -> None:
    with pytest.raises(InputError, match="Spark job reads files only"):
        check_input("https://192.168.1.10/archive.warc.gz")
    check_input("hdfs://namenode/cc-news/2025/")  # Hadoop filesystems are what the job reads


def test_local_files_keep_the_name_ingest_gives_them() -> None:
    assert display_name("file:/data/cc%20news/a.warc.gz") == "/data/cc news/a.warc.gz"
    assert display_name("s3a://bucket/a.warc.gz") == "s3a://bucket/a.warc.gz"


def test_a_file_is_parsed_under_its_own_name(tmp_path: Path) -> None:
    results = parse_file("file:/archive/feed.jsonl", b'{"text": "Kyiv and Moscow swapped 84 prisoners."}\nnot json\n')
    assert [r.name for r in results] == ["/archive/feed.jsonl:1", "/archive/feed.jsonl:2"]
    assert results[0].articles[0].file == "/archive/feed.jsonl"
    assert results[1].error is not None and results[1].error.source == "/archive/feed.jsonl:2"


def test_load_of_a_folder_that_is_no_output_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["spark", "load", str(tmp_path), "--db", str(tmp_path / "x.db"), "-q"])
    assert result.exit_code == 1
    assert "has no articles table" in result.output and "Traceback" not in result.output
