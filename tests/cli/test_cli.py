"""The command line as a user meets it: ingest, list, show, export, errors as sentences."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.store import open_store


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> str:
    """The bundled samples ingested once, with extraction, for the tests that only read."""
    db = str(tmp_path_factory.mktemp("cli") / "samples.db")
    assert run("ingest", str(samples_dir), "--db", db, "-q")[0] == 0
    return db


@pytest.fixture(scope="module")
def validator() -> Any:
    """A validator for ../shared/contract/schema.json (skips where ../shared is absent)."""
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = Path(__file__).resolve().parents[3] / "shared" / "contract" / "schema.json"
    if not schema_path.exists():
        pytest.skip("../shared/contract is not present")
    return jsonschema.Draft202012Validator(json.loads(schema_path.read_text()))


def test_every_command_has_complete_help() -> None:
    for name, command in cli.commands.items():
        code, out, _ = run(name, "--help")
        assert code == 0
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--"):
                    assert opt in out, f"`detente {name} --help` does not mention {opt}"
        assert command.help, f"`detente {name}` has no help text"


def test_ingest_without_extraction_lists_articles(tmp_path: Path, samples_dir: Path) -> None:
    db = str(tmp_path / "t.db")
    code, out, _ = run("ingest", str(samples_dir), "--db", db, "--no-extract", "-q")
    assert code == 0
    assert "15 new" in out
    code, out, _ = run("articles", "--db", db, "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 15
    assert {"id", "file", "article", "title", "outlet", "author", "published", "url", "text"} <= set(rows[0])
    titles = {r["title"] for r in rows}
    assert "Putin agrees to pause strikes on energy sites but rejects full truce" in titles
    two = [r for r in rows if r["file"].endswith("two-stories-2025-03.txt")]
    assert sorted(r["article"] for r in two) == [0, 1]


def test_reingest_adds_nothing(tmp_path: Path, samples_dir: Path) -> None:
    db = str(tmp_path / "t.db")
    run("ingest", str(samples_dir), "--db", db, "--no-extract", "-q")
    code, out, _ = run("ingest", str(samples_dir), "--db", db, "--no-extract", "-q")
    assert code == 0 and out.startswith("0 new")
    _, out, _ = run("stats", "--db", db, "--json")
    assert json.loads(out)["articles"] == 15


def test_bad_inputs_are_named_and_the_batch_goes_on(tmp_path: Path, samples_dir: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    good = samples_dir / "wire-roundup-2025-05-17.txt"
    code, out, err = run("ingest", str(empty), str(binary), str(good), "--db", str(tmp_path / "t.db"),
                         "--no-extract", "-q")
    assert code == 0
    assert "1 new" in out and "2 rejected" in out
    assert "empty.txt" in err and "blob.txt" in err
    assert "Traceback" not in err


def test_unknown_article_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    open_store(db).close()  # an empty store: read commands refuse a missing one
    result = CliRunner().invoke(cli, ["show", "nope", "--db", db])
    assert result.exit_code == 1
    assert "No article with id 'nope'" in result.output
    assert "Traceback" not in result.output


def test_unknown_store_scheme_is_a_sentence(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--db", "mysql://localhost/x"])
    assert result.exit_code == 1
    assert "Error:" in result.output and "Traceback" not in result.output


@pytest.mark.model
def test_export_follows_the_contract(tmp_path: Path, samples_dir: Path, samples_db: str, validator: Any) -> None:
    db = samples_db
    code, out, _ = run("export", "--format", "jsonl", "--db", db)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines, "the samples should yield records"
    for obj in lines:
        errors = list(validator.iter_errors(obj))
        assert not errors, f"{obj['kind']} {obj['id']}: {errors[0].message}"
        assert obj["evidence"]["end"] > obj["evidence"]["start"]
    kinds = {obj["kind"] for obj in lines}
    assert {"event", "quote", "claim"} <= kinds
    # Same input, another store: the same ids.
    db2 = str(tmp_path / "t2.db")
    run("ingest", str(samples_dir), "--db", db2, "-q")
    ids2 = {json.loads(line)["id"] for line in run("export", "--db", db2)[1].splitlines()}
    assert ids2 == {obj["id"] for obj in lines}
    # CSV carries the same records, one flat table per kind.
    code, _, _ = run("export", "--format", "csv", "--db", db, "-o", str(tmp_path / "tables"))
    rows = [row for kind in kinds for row in csv.DictReader((tmp_path / "tables" / f"{kind}.csv").open())]
    assert len(rows) == len(lines) and rows[0]["evidence_text"]


@pytest.mark.model
def test_evidence_offsets_point_into_the_article(samples_db: str) -> None:
    db = samples_db
    texts = {(r["file"], r["article"]): r["text"]
             for r in map(json.loads, run("articles", "--db", db, "--json")[1].splitlines())}
    for obj in map(json.loads, run("export", "--db", db)[1].splitlines()):
        text = texts[(obj["source"]["file"], obj["source"]["article"])]
        ev = obj["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.model
def test_merged_export_adds_facts_that_follow_the_contract(samples_db: str, validator: Any) -> None:
    db = samples_db
    plain = run("export", "--db", db)[1].splitlines()
    code, out, _ = run("export", "--db", db, "--merged")
    lines = [json.loads(line) for line in out.splitlines()]
    facts = [x for x in lines if x["kind"] == "fact"]
    assert code == 0 and len(lines) == len(plain) + len(facts)
    assert facts, "the samples report some things in more than one article"
    ids = {x["id"] for x in lines}
    for fact in facts:
        assert not list(validator.iter_errors(fact))
        assert set(fact["members"]) <= ids and isinstance(fact["agree"], bool)
        assert all(set(v["sources"]) <= set(fact["members"]) for v in fact["values"])


@pytest.mark.model
def test_show_lists_an_articles_records(tmp_path: Path, samples_dir: Path) -> None:
    db = str(tmp_path / "t.db")
    run("ingest", str(samples_dir / "alaska-summit-2025-08-16.html"), "--db", db, "-q")
    article = json.loads(run("articles", "--db", db, "--json")[1].splitlines()[0])
    shown = json.loads(run("show", article["id"][:8], "--db", db, "--json")[1])
    assert shown["title"] == "No deal in Anchorage as Trump and Putin end summit"
    assert shown["records"] and all(r["source"]["title"] == shown["title"] for r in shown["records"])
