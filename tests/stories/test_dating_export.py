"""The plain `detente export --format jsonl` carries the day a story lends an undated report
(`date_basis: "story"`, with the records it came from), and a report of other parties borrows
nothing. Issue 11."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from detente.cli import cli
from detente.models import Article, Evidence, Record
from detente.store import open_store
from detente.stories.dating import lend_story_dates
from tests.api.corpus import build_corpus

UNDATED = ("Blog", "Istanbul talks: a second round of prisoner swaps agreed",
           "Russian and Ukrainian delegations held a second round of talks in Istanbul, agreeing a swap "
           "of severely wounded prisoners of war.")


def _talks(parties: list[str], date: str | None, rid: str, venue: str | None = "Istanbul") -> dict[str, Any]:
    return {"kind": "talks", "id": rid, "date": date, "date_precision": "day" if date else None,
            "venue": {"name": venue, "country": None} if venue else None, "round": None,
            "parties": parties, "status": "held",
            "source": {"file": f"{rid}.txt", "article": 0, "title": "t", "outlet": rid, "published": None},
            "evidence": {"text": f"sentence of {rid}", "start": 0, "end": 10}}


def test_talks_between_other_parties_borrow_no_day() -> None:
    records = [_talks(["RUS", "UKR"], "2025-05-16", "a"), _talks(["PRK", "RUS"], None, "b", "Pyongyang"),
               _talks(["RUS", "UKR"], None, "c", None)]
    fact = {"about": "talks", "members": ["a", "b", "c"]}
    assert lend_story_dates(records, [fact]) == 1
    assert [r["date"] for r in records] == ["2025-05-16", None, "2025-05-16"]


def _store_with_an_undated_report(db: str) -> str:
    with open_store(db) as store:
        build_corpus(store)
        outlet, title, text = UNDATED
        article = Article(file="blog.txt", index=0, text=text, title=title, outlet=outlet, published=None)
        record = Record("talks", Evidence(text, 0, len(text)), {
            "venue": {"name": "Istanbul", "country": "TUR"}, "parties": ["RUS", "UKR"], "mediators": ["TUR"],
            "format": "direct", "round": 2, "status": "held", "delegations": [], "outcomes": []})
        record.assign_id(article.id)
        store.save_article(article, [record])
        return record.id


def test_plain_export_carries_the_story_date(tmp_path: Path) -> None:
    db = str(tmp_path / "story.db")
    rid = _store_with_an_undated_report(db)
    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    lent = next(r for r in lines if r["id"] == rid)
    assert (lent["date"], lent["date_precision"], lent["date_basis"]) == ("2025-06-02", "day", "story")
    assert {s["outlet"] for s in lent["date_sources"]} == {"Wire A", "Wire B"}
    assert all(r["date_basis"] != "story" for r in lines if r["id"] != rid)
    assert not any(r["kind"] == "fact" for r in lines)  # facts only with --merged


def test_merged_export_dates_records_as_the_plain_export_does(tmp_path: Path) -> None:
    """`--merged` adds facts; the records before them carry the same dates as the plain export."""
    db = str(tmp_path / "story.db")
    _store_with_an_undated_report(db)

    def dated(*extra: str) -> dict[str, tuple[Any, Any]]:
        result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", db, "-q", *extra])
        assert result.exit_code == 0, result.output
        lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        return {r["id"]: (r["date"], r.get("date_basis")) for r in lines if r["kind"] != "fact"}

    assert dated("--merged") == dated()
