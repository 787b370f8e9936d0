"""Story-level dating: an undated report takes the day the story's other sources give it, marked
as inferred from them; undated records stay visible in the timeline and the digest. Issue 11."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.stories.dating import lend_story_dates, story_day
from detente.stories.timeline import build_timeline, undated_entries

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "istanbul_two_outlets.jsonl"


def event(rid: str, date: str | None, outlet: str, published: str | None = None) -> dict[str, Any]:
    return {"kind": "event", "id": rid, "type": "ASSAULT", "negated": False, "date": date,
            "date_precision": "day" if date else None, "date_basis": "stated" if date else None,
            "actor": {"name": "Russia", "country": "RUS", "sector": None},
            "target": {"name": "Ukraine", "country": "UKR", "sector": None},
            "location": {"name": "Ternopil"}, "counts": [],
            "source": {"file": f"{rid}.txt", "article": 0, "title": "t", "outlet": outlet, "published": published},
            "evidence": {"text": f"sentence of {rid}", "start": 0, "end": 10}}


def fact(*members: str) -> dict[str, Any]:
    return {"kind": "fact", "about": "event", "members": list(members), "label": "strike", "sources": 3,
            "agree": True}


def test_an_undated_report_takes_the_day_its_story_agrees_on() -> None:
    records = [event("a", "2025-11-19", "RFE/RL"), event("b", "2025-11-19", "AP"), event("c", None, "Blog")]
    assert lend_story_dates(records, [fact("a", "b", "c")]) == 1
    lent = records[2]
    assert (lent["date"], lent["date_precision"], lent["date_basis"]) == ("2025-11-19", "day", "story")
    assert [s["outlet"] for s in lent["date_sources"]] == ["RFE/RL", "AP"]
    assert records[0]["date_basis"] == "stated" and "date_sources" not in records[0]


def test_sources_that_disagree_on_the_day_lend_nothing() -> None:
    records = [event("a", "2025-11-19", "RFE/RL"), event("b", "2025-11-25", "AP"), event("c", None, "Blog")]
    assert lend_story_dates(records, [fact("a", "b", "c")]) == 0
    assert records[2]["date"] is None
    assert story_day([event("x", "2025-11-19", "A"), event("y", "2025-11-20", "B"),
                      event("z", "2025-11-20", "C")]) is not None


def test_undated_entries_stay_visible_with_their_reporting_day() -> None:
    records = [event("a", "2025-11-19", "RFE/RL"), event("c", None, "Blog", published="2025-11-21"),
               event("d", None, "Forum")]
    assert [e["date"] for e in build_timeline(records, [])] == ["2025-11-19"]
    undated = undated_entries(records, [])
    assert [(e["reported"], e["citations"][0]["outlet"]) for e in undated] == [(None, "Forum"),
                                                                                ("2025-11-21", "Blog")]
    # in a period: those reported in it, and those that cannot be placed at all
    assert len(undated_entries(records, [], "2025-12-01", "2025-12-31")) == 1


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def two_outlets_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("story-dates") / "s.db")
    run("ingest", str(FIXTURE), "--db", db, "-q")
    return db


@pytest.mark.model
def test_the_undated_outlet_takes_the_wires_day_in_the_merged_export(two_outlets_db: str) -> None:
    lines = [json.loads(line) for line in run("export", "--merged", "--db", two_outlets_db).splitlines()]
    talks = {r["source"]["outlet"]: r for r in lines if r["kind"] == "talks"}
    assert talks["Paper B"]["date"] == "2025-05-16" and talks["Paper B"]["date_basis"] == "story"
    assert [s["outlet"] for s in talks["Paper B"]["date_sources"]] == ["Wire A"]
    plain = [json.loads(line) for line in run("export", "--db", two_outlets_db).splitlines()]
    assert all("date_basis" in r for r in plain)
    assert {r["date_basis"] for r in plain if r["date"] is None} == {None}


@pytest.mark.model
def test_timeline_and_digest_list_the_undated_with_a_count(two_outlets_db: str) -> None:
    timeline = run("timeline", "--db", two_outlets_db)
    assert "2025-05-16  talks  talks held in Istanbul  [2 sources]" in timeline
    undated = [e for e in json.loads(run("timeline", "--json", "--db", two_outlets_db)) if e["date"] is None]
    assert f"undated ({len(undated)})" in timeline and undated
    digest = run("digest", "--db", two_outlets_db)
    assert f"## Undated ({len(undated)})" in digest


@pytest.mark.model
def test_the_timeline_page_has_an_undated_section(two_outlets_db: str) -> None:
    from fastapi.testclient import TestClient

    from detente.api.app import create_app
    from detente.api.deps import ApiSettings

    undated = [e for e in json.loads(run("timeline", "--json", "--db", two_outlets_db)) if e["date"] is None]
    with TestClient(create_app(ApiSettings(db=two_outlets_db))) as client:
        html = client.get("/").text
    assert f"<h2>Undated ({len(undated)})</h2>" in html
    assert undated[0]["label"] in html
