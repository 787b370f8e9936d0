"""eval/overlap.py lists added lines that repeat a run of words from evaluation text, so tests and cues
stay in our own words."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _overlap():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("overlap", ROOT / "eval" / "overlap.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["overlap"] = module
    spec.loader.exec_module(module)
    return module


def test_a_line_echoing_six_words_of_an_evaluation_text_is_listed(tmp_path: Path) -> None:
    ov = _overlap()
    (tmp_path / "a.txt").write_text("The ferry to Lamu was halted on Tuesday after gunmen fired on the pier.")
    known = ov.evaluation_runs([tmp_path], 6)
    lines = [("tests/x.py", '"The ferry to Lamu was halted on Friday,"'),            # 6 words shared
             ("tests/y.py", '"A ferry to Mombasa was stopped on Tuesday."'),          # reworded
             ("tests/z.py", '"ON TUESDAY, AFTER GUNMEN FIRED ON THE PIER"')]           # case and marks ignored
    assert [path for path, _ in ov.echoes(lines, known, 6)] == ["tests/x.py", "tests/z.py"]


def test_a_shorter_shared_run_is_not_listed(tmp_path: Path) -> None:
    ov = _overlap()
    (tmp_path / "a.txt").write_text("Talks resumed in Doha on Monday.")
    assert ov.echoes([("d.py", "Talks resumed in Doha after a pause.")], ov.evaluation_runs([tmp_path], 6), 6) == []
