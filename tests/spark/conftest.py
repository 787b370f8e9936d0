"""A WARC.gz built from this folder's fixture pages, and one Spark session (local[2]) per test module."""
from __future__ import annotations

import shutil
from io import BytesIO
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = ("geneva-prisoner-swap.html", "drone-strike-kharkiv.html", "sanctions-brussels.html")


def _response(writer: object, uri: str | None, body: bytes, mime: str = "text/html; charset=utf-8") -> None:
    from warcio.statusandheaders import StatusAndHeaders

    http = StatusAndHeaders("200 OK", [("Content-Type", mime)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri or "", "response", payload=BytesIO(body),  # type: ignore[attr-defined]
                                       http_headers=http,
                                       warc_headers_dict={"WARC-Date": "2025-09-19T08:00:00Z"})
    if uri is None:
        record.rec_headers.remove_header("WARC-Target-URI")
    writer.write_record(record)  # type: ignore[attr-defined]


def build_warc(path: Path) -> Path:
    """Fixture pages as responses, plus a near-duplicate, an exact copy, an image and a record with no URI."""
    from warcio.warcwriter import WARCWriter

    geneva = (FIXTURES / PAGES[0]).read_bytes()
    near = geneva.replace(b"Switzerland offered to host a third round of talks in October.",
                          b"Switzerland offered to host a third round of talks in October, a spokesman added.")
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for name in PAGES:
            _response(writer, f"https://fixture.example/{name}", (FIXTURES / name).read_bytes())
        _response(writer, "https://copy.example/geneva-updated", near)
        _response(writer, "https://copy.example/sanctions", (FIXTURES / PAGES[2]).read_bytes())
        _response(writer, "https://fixture.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        _response(writer, None, geneva)
    return path


@pytest.fixture(scope="module")
def inputs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the WARC.gz and a JSONL file (one good line, two bad ones)."""
    root = tmp_path_factory.mktemp("spark-inputs")
    build_warc(root / "crawl.warc.gz")
    shutil.copy(FIXTURES / "feed.jsonl", root / "feed.jsonl")
    return root


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    pytest.importorskip("pyspark", reason="PySpark is not installed (pip install 'detente[spark]')")
    if shutil.which("java") is None:
        pytest.skip("Java is not installed (apt-get install openjdk-17-jre-headless)")
    from detente.spark.job import spark_session

    session = spark_session("local[2]", conf={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"})
    yield session
    session.stop()
