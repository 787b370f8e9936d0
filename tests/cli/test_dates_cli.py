"""Dates at the command line: `ingest --published/--outlet` for inputs that lack them, bad days as
sentences, and `positions --as-of` saying what it left out. Issue 11."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.views.positions import build_matrix, render_matrix

SCRAPE = ("Drones hit Kharkiv as talks stall\n\n"
          "Russian forces struck Kharkiv with drones on Monday, killing four people, the regional governor said.\n\n"
          "Ukraine's foreign minister said Kyiv rejected any ceasefire that left Russian troops on its land.\n")


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_a_bad_published_day_is_a_sentence_naming_it(tmp_path: Path) -> None:
    result = invoke("ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--published", "5 June")
    assert result.exit_code == 2
    assert "'5 June' is not a day written as YYYY-MM-DD" in result.output and "Traceback" not in result.output
    result = invoke("positions", "--db", str(tmp_path / "x.db"), "--as-of", "2025-02-31")
    assert result.exit_code == 2 and "'2025-02-31' is not a date" in result.output
    assert "Traceback" not in result.output


@pytest.mark.model
def test_published_and_outlet_given_on_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "kharkiv.txt"
    page.write_text(SCRAPE, encoding="utf-8")
    db = str(tmp_path / "k.db")
    assert invoke("ingest", str(page), "--db", db, "-q", "--published", "2025-06-05",
                  "--outlet", "Kharkiv Today").exit_code == 0
    records = [json.loads(line) for line in invoke("export", "--db", db).stdout.splitlines()]
    assert {r["source"]["published"] for r in records} == {"2025-06-05"}
    assert {r["source"]["outlet"] for r in records} == {"Kharkiv Today"}
    strike = next(r for r in records if r["kind"] == "event" and r["type"] == "ASSAULT")
    assert (strike["date"], strike["date_basis"]) == ("2025-06-02", "relative")  # Monday before publication


def position(date: str | None, published: str | None) -> dict[str, object]:
    return {"kind": "position", "id": f"{date}{published}", "party": {"name": "Ukraine", "country": "UKR"},
            "issue": "ceasefire", "stance": "reject", "detail": None, "precondition": False, "date": date,
            "date_precision": "day" if date else None,
            "source": {"file": f"{date}{published}.txt", "article": 0, "published": published},
            "evidence": {"text": "s", "start": 0, "end": 1}}


def test_positions_as_of_counts_the_undated_it_leaves_out() -> None:
    records = [position("2025-05-01", "2025-05-01"), position(None, "2025-05-20"), position(None, None),
               position(None, None)]
    matrix = build_matrix(records, as_of="2025-05-31")
    assert matrix["undated_left_out"] == 2
    assert [c["sources"] for c in matrix["cells"]] == [2]
    assert "2 undated positions left out" in render_matrix(matrix)
    assert build_matrix(records)["undated_left_out"] == 0  # without --as-of nothing is left out
    assert build_matrix(records, issue="territory", as_of="2025-05-31")["undated_left_out"] == 0
