"""How well does detente.nlp.dates.normalize read dates? Scored on TempEval-3 platinum timexes.

For each gold timex (doc, dct, type, value, text, context) we normalise `text` against the
document creation time and compare with the gold `value`, exactly, after writing our week values
as ISO weeks (2013-W12) and the words we read as pointing at the present, past or future without
naming a time ("now", "at the time") as TIMEX3's PRESENT_REF, PAST_REF and FUTURE_REF.
dateparser alone (`dateparser.parse(text, RELATIVE_BASE=dct)`, written at the gold's granularity)
is scored in the same run. Values neither can produce (2012-SU, XXXX-…, durations) count as misses
for both.

    .venv/bin/python -m bench.tempeval [path/to/te3-platinum.timex.tsv] [-v]
"""
from __future__ import annotations

import csv
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

DEFAULT_TSV = Path(__file__).resolve().parents[1].parent / "shared/data/tempeval3/te3-platinum.timex.tsv"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
GRANULARITY = [(re.compile(r"^\d{4}-\d{2}-\d{2}$"), "%Y-%m-%d"), (re.compile(r"^\d{4}-W\d{2}$"), "%G-W%V"),
               (re.compile(r"^\d{4}-\d{2}$"), "%Y-%m"), (re.compile(r"^\d{4}$"), "%Y")]


@dataclass
class Score:
    total: int = 0
    ours: int = 0
    dateparser: int = 0
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)

    def line(self, label: str) -> str:
        return (f"{label:<8} n={self.total:<4} ours={self.ours:>3} ({self.ours / max(self.total, 1):.1%})"
                f"  dateparser={self.dateparser:>3} ({self.dateparser / max(self.total, 1):.1%})")


def read_timexes(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def timex_value(value: str, precision: str) -> str:
    """Our (value, precision) written the TIMEX3 way (weeks as ISO weeks)."""
    if precision == "week":
        year, week, _ = date.fromisoformat(value).isocalendar()
        return f"{year}-W{week:02d}"
    return value


REFS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


def ours(text: str, dct: date, context: str) -> str | None:
    from detente.nlp.dates import deictic, normalize, tense_at

    if (pointer := deictic(text)) is not None:
        return REFS[pointer]  # "now", "at the time": TIMEX3 writes these as references, not dates
    sentence = next((s for s in SENTENCE_END.split(context) if text in s), context)
    result = normalize(text, dct, tense_at(sentence, max(sentence.find(text), 0)))
    return timex_value(*result) if result else None


def dateparser_alone(text: str, dct: date, gold: str) -> str | None:
    import dateparser

    parsed = dateparser.parse(text, settings={"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)})
    if parsed is None:
        return None
    fmt = next((f for pattern, f in GRANULARITY if pattern.match(gold)), "%Y-%m-%d")
    return parsed.strftime(fmt)


def evaluate(path: Path = DEFAULT_TSV) -> dict[str, Score]:
    """Value-match counts for DATE timexes and for all timexes."""
    scores = {"DATE": Score(), "all": Score()}
    for row in read_timexes(path):
        dct = date.fromisoformat(row["dct"])
        mine = ours(row["text"], dct, row.get("sentence_context") or "")
        theirs = dateparser_alone(row["text"], dct, row["value"])
        for key in ("DATE", "all"):
            if key == "DATE" and row["type"] != "DATE":
                continue
            score = scores[key]
            score.total += 1
            score.ours += mine == row["value"]
            score.dateparser += theirs == row["value"]
            if mine != row["value"] and key == "DATE":
                score.misses.append((row["text"], row["value"], mine))
    return scores


def main(argv: list[str]) -> int:
    paths = [a for a in argv[1:] if not a.startswith("-")]
    path = Path(paths[0]) if paths else DEFAULT_TSV
    if not path.exists():
        print(f"TempEval file not found: {path}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    scores = evaluate(path)
    for label, score in scores.items():
        print(score.line(label))
    if "-v" in argv:
        for text, gold, mine in scores["DATE"].misses:
            print(f"  miss: {text!r:<28} gold={gold:<14} ours={mine}")
    print(f"time: {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
