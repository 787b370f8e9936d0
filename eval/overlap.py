"""Lines added since a commit that repeat a run of words from evaluation text.

    .venv/bin/python eval/overlap.py BASE            # every added line sharing a 6-word run
    .venv/bin/python eval/overlap.py BASE --words 8  # a looser check

Why: tests, cues and docstrings must be written in our own words, never lifted from an evaluation
article (the seeds, the reports, the written sets). A helper who studies a set's misses tends to echo
its sentences; session 12 found tests that passed an 8-word check yet followed a studied sentence for
six or seven words. It prints each such line with the file it is in; no output means none. A row is
a place to look, not a verdict: a common phrase ("on the eve of the talks") may share a run. The
written and held-out fixtures themselves, and the floors file, are not checked.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVALUATION_DIRS = (SHARED / "corpus", SHARED / "eval", ROOT / "tests" / "fixtures" / "written",
                   ROOT / "tests" / "fixtures" / "heldout")
NOT_CHECKED = (":!tests/fixtures/written", ":!tests/fixtures/heldout", ":!eval/baseline.json")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def runs(text: str, size: int) -> Iterator[tuple[str, ...]]:
    """Every run of `size` consecutive words (case and punctuation ignored)."""
    found = words(text)
    return (tuple(found[i:i + size]) for i in range(len(found) - size + 1))


def evaluation_runs(folders: Iterable[Path], size: int) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for folder in folders:
        if folder.exists():
            for path in (p for p in folder.rglob("*") if p.is_file()):
                out.update(runs(path.read_text(encoding="utf-8", errors="ignore"), size))
    return out


def added_lines(base: str, repo: Path = ROOT) -> Iterator[tuple[str, str]]:
    """(file, line) for each line added since `base`, committed or not."""
    diff = subprocess.run(["git", "diff", "-U0", base, "--", ".", *NOT_CHECKED], cwd=repo,
                          capture_output=True, text=True, check=True).stdout
    path = ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = line[6:]
        elif line.startswith("+"):
            yield path, line[1:]


def echoes(lines: Iterable[tuple[str, str]], known: set[tuple[str, ...]], size: int) -> list[tuple[str, str]]:
    return [(path, line) for path, line in lines if any(r in known for r in runs(line, size))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base", help="the commit to compare with (e.g. the session's first main)")
    ap.add_argument("--words", type=int, default=6, help="length of a shared run that counts (default 6)")
    args = ap.parse_args(argv)
    found = echoes(added_lines(args.base), evaluation_runs(EVALUATION_DIRS, args.words), args.words)
    for path, line in found:
        print(f"{path}: {line.strip()[:160]}")
    print(f"{len(found)} added line(s) share a {args.words}-word run with evaluation text", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
