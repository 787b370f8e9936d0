"""CLI manners (issue 15): read commands never create a store, dates are checked, user errors are
sentences with a non-zero exit, never tracebacks."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.store import open_store
from tests.api.corpus import build_corpus

READ_COMMANDS = (["articles"], ["stats"], ["show", "abc"], ["export"], ["talks"], ["positions"],
                 ["stories"], ["timeline"], ["digest"], ["extract", "-q"], ["serve"])


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("manners") / "small.db")
    with open_store(db) as store:
        build_corpus(store)
    return db


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_refuse_a_missing_store_and_do_not_create_it(command: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    code, out = run(*command, "--db", str(missing))
    assert code == 1
    assert f"no store at {missing}" in out and "detente ingest" in out
    assert not missing.exists()


def test_sqlite_url_to_a_missing_file_is_refused_too(tmp_path: Path) -> None:
    code, out = run("stats", "--db", f"sqlite:///{tmp_path}/nope.db")
    assert code == 1 and "no store at" in out
    assert not (tmp_path / "nope.db").exists()


@pytest.mark.parametrize("args", [["timeline", "--from", "2025-13-01"], ["digest", "--to", "2025-02-30"],
                                  ["positions", "--as-of", "June 1"], ["export", "--from", "2025-6-1"]],
                         ids=lambda a: a[0])
def test_bad_dates_are_refused_with_a_sentence(args: list[str], small_db: str) -> None:
    code, out = run(*args, "--db", small_db)
    assert code == 2
    assert "is not a date: give a day as YYYY-MM-DD" in out and args[-1] in out


@pytest.mark.parametrize("command", ["timeline", "digest", "export"])
def test_a_period_ending_before_it_starts_is_refused(command: str, small_db: str) -> None:
    code, out = run(command, "--db", small_db, "--from", "2025-06-09", "--to", "2025-06-01")
    assert code == 2 and "--from 2025-06-09 is after --to 2025-06-01" in out


def test_valid_dates_still_work(small_db: str) -> None:
    code, out = run("timeline", "--db", small_db, "--from", "2025-06-01", "--to", "2025-06-02")
    assert code == 0 and "2025-06-02" in out and "2025-06-05" not in out


def test_ingest_exits_non_zero_when_every_input_is_rejected(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    code, out = run("ingest", str(tmp_path / "absent.txt"), str(empty), "--db", str(tmp_path / "t.db"), "-q")
    assert code == 1
    assert "every input was rejected" in out and "absent.txt" in out


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_digest_to_an_unwritable_path_is_a_sentence(fmt: str, small_db: str) -> None:
    code, out = run("digest", "--db", small_db, "--format", fmt, "-o", f"/nonexistent/x.{fmt}")
    assert code == 1
    assert "/nonexistent/x." in out and "No such file or directory" in out
    assert "Traceback" not in out

