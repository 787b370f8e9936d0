"""An article that fixes no day of its own is read from its story's day: clustered with dated
reports of the same talks, its "on Saturday" is that weekend's Saturday, in the plain export, marked
`story` with the article the day came from. Issue 11."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "undated_paper_in_a_dated_story.jsonl"

pytestmark = pytest.mark.model


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_an_undated_article_is_read_from_its_storys_day(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    run("ingest", str(FIXTURE), "--db", db, "-q")
    lines = [json.loads(line) for line in run("export", "--db", db, "-q").splitlines()]
    strike = next(r for r in lines if r["kind"] == "event" and "Bilopillia" in r["evidence"]["text"])
    assert strike["source"]["published"] is None  # the article's own date stays unknown
    assert (strike["date"], strike["date_precision"], strike["date_basis"]) == ("2025-05-17", "day", "story")
    assert [s["outlet"] for s in strike["date_sources"]] == ["Wire A"]
    assert all(r["date_basis"] != "story" for r in lines if r["source"]["outlet"] == "Wire A")


def test_the_merged_export_reads_the_undated_article_the_same_way(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    run("ingest", str(FIXTURE), "--db", db, "-q")
    plain = [json.loads(line) for line in run("export", "--db", db, "-q").splitlines()]
    merged = [json.loads(line) for line in run("export", "--merged", "--db", db, "-q").splitlines()]
    dates = {r["id"]: (r["date"], r["date_basis"]) for r in plain}
    assert {r["id"]: (r["date"], r["date_basis"]) for r in merged if r["kind"] != "fact"} == dates
