"""One input file's bytes to InputResults, through exactly the parsers `detente ingest` uses.

Spark hands an executor a file as (URL, bytes), from a local disk or any Hadoop filesystem. The
parsers in `detente.ingest` read paths (WARC and JSONL are streamed from disk), so the bytes are
written to a private temporary file and parsed there; every name that would show the temporary
path is then given the input's own name back, so records say `source.file` as the user gave it.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from detente.errors import FetchError, InputError
from detente.ingest.decode import clean_text
from detente.ingest.sources import DEFAULT_MAX_BYTES, InputResult, read_inputs

REFUSED_SCHEMES = ("http", "https", "ftp")


class NoFetcher:
    """Stands in for `Fetcher` inside a Spark job: a feed item that needs its page is an error, not a
    download (executors fetch nothing; run `detente ingest` on feeds that link out)."""

    def get(self, url: str) -> None:
        raise FetchError(url, "is a feed link; a Spark job fetches nothing, so only feeds that carry "
                              "their full text are read (use `detente ingest` to follow links).")

    def close(self) -> None:
        """Nothing to close."""


def display_name(url: str) -> str:
    """The name records carry: a local file as a plain path (as `detente ingest` names it), any other
    Hadoop filesystem URL (hdfs://, s3a://, gs://, abfss://) unchanged."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return unquote(parts.path)
    return url


def check_input(spec: str) -> None:
    """Refuse inputs a Spark job must not read: web URLs (Hadoop would download them).

    Raises:
        InputError: naming the input and what to use instead.
    """
    scheme = urlsplit(spec).scheme.lower()
    if scheme in REFUSED_SCHEMES:
        raise InputError(spec, f"is an {scheme} URL; a Spark job reads files only (local paths or Hadoop "
                               "filesystem URLs such as hdfs:// or s3a://). Use `detente ingest` for URLs.")


def parse_file(url: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> list[InputResult]:
    """Every InputResult of one file, named after `url`; never raises (a crash is one error result)."""
    name = display_name(url)
    base = PurePosixPath(name).name or "input"
    try:
        with tempfile.TemporaryDirectory(prefix="detente-spark-") as tmp:
            path = os.path.join(tmp, base)
            with open(path, "wb") as out:
                out.write(data)
            results = list(read_inputs([path], fetcher=NoFetcher(), max_bytes=max_bytes))  # type: ignore[arg-type]
    except Exception as exc:  # a parser bug costs this file, never the job
        reason = f"could not be read ({type(exc).__name__}: {exc})."
        return [InputResult(name, "", len(data), error=InputError(name, reason), origin=name)]
    return [_renamed(result, path, clean_text(name)) for result in results]


def _renamed(result: InputResult, path: str, name: str) -> InputResult:
    """The result with the temporary path replaced by the input's name everywhere a user sees it."""
    result.name = result.name.replace(path, name)
    result.origin = name
    result.warnings = [w.replace(path, name) for w in result.warnings]
    if result.error is not None:
        err = result.error
        result.error = type(err)(err.source.replace(path, name), err.reason.replace(path, name))
    for article in result.articles:
        if article.file == path:
            article.file = name
    return result
