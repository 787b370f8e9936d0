"""`detente export` formats and filters, and `detente.frame`: flat tables a user opens in a
spreadsheet or a notebook, and JSONL that stays valid against the contract."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import detente
from detente.cli import cli
from detente.flatten import columns
from detente.store import open_store
from tests.api.corpus import build_corpus


def run(*args: str) -> tuple[int, str]:
    """Exit code and standard output; error messages (standard error) are checked via `fails`."""
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def fails(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("export") / "small.db")
    with open_store(path) as store:
        build_corpus(store)
    return path


def test_csv_of_one_kind_has_a_column_per_field(db: str) -> None:
    code, out = run("export", "--db", db, "--format", "csv", "--kind", "event")
    assert code == 0
    rows = list(csv.DictReader(out.splitlines()))
    assert list(rows[0]) == columns("event")
    kyiv = next(r for r in rows if r["location_name"] == "Kyiv")
    assert (kyiv["actor_name"], kyiv["actor_country"], kyiv["target_name"]) == ("Russia", "RUS", "Ukraine")
    assert float(kyiv["location_lat"]) == 50.45 and kyiv["claimed_by_sector"] == "MIL"
    assert json.loads(kyiv["counts"]) == [{"what": "drones", "value": 472, "qualifier": None}]
    assert kyiv["evidence_text"].startswith("Ukraine's air force said")


def test_csv_without_kind_writes_one_file_per_kind(db: str, tmp_path: Path) -> None:
    code, _ = run("export", "--db", db, "--format", "csv", "-o", str(tmp_path / "out"))
    assert code == 0
    talks = list(csv.DictReader((tmp_path / "out" / "talks.csv").open()))
    assert {r["parties"] for r in talks} == {"RUS; UKR"} and talks[0]["venue_name"] == "Istanbul"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "claim.csv", "event.csv", "position.csv", "quote.csv", "talks.csv"]
    code, out = fails("export", "--db", db, "--format", "csv")
    assert code == 2 and "--output FOLDER" in out
    code, out = fails("export", "--db", db, "--format", "csv", "-o", db)
    assert code == 2 and "is a file: without --kind" in out


def test_parquet_has_typed_columns(db: str, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    target = tmp_path / "claims.parquet"
    code, _ = run("export", "--db", db, "--format", "parquet", "--kind", "claim", "-o", str(target))
    assert code == 0
    df = pd.read_parquet(target)
    assert list(df.columns) == columns("claim")
    assert sorted(df["value"].tolist()) == [472, 700]
    assert str(df["date"].dtype).startswith("datetime64")
    code, out = fails("export", "--db", db, "--format", "parquet", "--kind", "claim")
    assert code == 2 and "needs --output FILE" in out


def test_filters_narrow_every_format(db: str) -> None:
    code, out = run("export", "--db", db, "--outlet", "Wire B")
    assert code == 0
    outlets = {json.loads(line)["source"]["outlet"] for line in out.splitlines()}
    assert outlets == {"Wire B"}
    code, out = run("export", "--db", db, "--format", "csv", "--kind", "event", "--from", "2025-06-02")
    assert [r["location_name"] for r in csv.DictReader(out.splitlines())] == ["Geneva"]
    code, out = run("export", "--db", db, "--to", "2025-06-02")
    dates = [json.loads(line)["date"] or json.loads(line)["source"]["published"] for line in out.splitlines()]
    assert dates and max(dates) <= "2025-06-02"
    code, out = fails("export", "--db", db, "--outlet", "Nobody")
    assert code == 0 and out.strip() == "0 records exported"


def test_filtered_jsonl_stays_contract_valid(db: str, shared_dir: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads((shared_dir / "contract" / "schema.json").read_text()))
    code, out = run("export", "--db", db, "--from", "2025-06-01", "--to", "2025-06-30")
    objs: list[dict[str, Any]] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert code == 0 and len(objs) == 9
    for obj in objs:
        assert not list(validator.iter_errors(obj)), obj["id"]


def test_merged_facts_refuse_filters(db: str) -> None:
    code, out = fails("export", "--db", db, "--merged", "--outlet", "Wire A")
    assert code == 2 and "without --from/--to/--outlet" in out


def test_frame_returns_a_dataframe_with_filters(db: str) -> None:
    pytest.importorskip("pandas")
    events = detente.frame("events", db)
    assert len(events) == 2 and set(events["type"]) == {"ASSAULT", "CONSULT"}
    assert detente.frame("event", db, type="ASSAULT")["location_name"].tolist() == ["Kyiv"]
    talks = detente.frame("talks", db, actor="RUS", outlet="Wire A")
    assert talks["venue_name"].tolist() == ["Istanbul"]
    positions = detente.frame("position", db, stance="reject", since="2025-06-01")
    assert positions["party_name"].tolist() == ["Russia"]
    empty = detente.frame("quote", db, outlet="Nobody")
    assert empty.empty and list(empty.columns) == columns("quote")
    with pytest.raises(ValueError, match="unknown record kind 'bogus'"):
        detente.frame("bogus", db)
    with pytest.raises(ValueError, match="since='2025-13-01' is not a date"):
        detente.frame("event", db, since="2025-13-01")


def test_frame_refuses_a_missing_store_without_creating_it(tmp_path: Path) -> None:
    with pytest.raises(detente.StoreError, match="no store at"):
        detente.frame("event", tmp_path / "typo.db")
    assert not (tmp_path / "typo.db").exists()
