"""Training sentences for the classifier: gold notes mapped to sentences, PLOVER's gold set, our own.

Three sources, each listed in docs/training.md:

- the reports gold (`../shared/eval/reports/gold.jsonl`), **tune split only**: every event and
  position record's `note` (the words it rests on) is found in the article's sentences as detente
  itself splits them, and that sentence gets the record's PLOVER type or POSITION; the article's
  other sentences are negatives. The check split and the seeds are never read.
- PLOVER's gold set (`../shared/data/plover/PLOVER_GSR_CAMEO.txt`, CC BY-SA 4.0): one sentence and
  one event type per record; every fifth record is held out as a fixed dev part.
- PETRARCH2's unit-test records (`../shared/data/petrarch2/PETR.UnitTest.records.xml`, MIT): each
  sentence with its expected CAMEO codes, mapped to PLOVER by `plover/CAMEO2PLOVER-2021.txt`;
  "no events" records are negatives; every fifth sentence is held out as a fixed dev part.
- `extra.jsonl` beside this module: sentences we wrote, with their labels (events and non-events).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.learn.labels import EVENT_TYPES, LABELS, POSITION, plover_type

EXTRA = Path(__file__).with_name("extra.jsonl")
_COMMENT = re.compile(r"\[[^\]]*\]")
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                         "\u2014": "-", "\u00a0": " "})
MIN_FRAGMENT_WORDS = 3
FUZZY_FLOOR = 90.0


@dataclass(frozen=True)
class Example:
    """One labelled sentence and where it came from (file or data set)."""

    text: str
    labels: frozenset[str]
    source: str
    part: str = "train"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "labels": sorted(self.labels), "source": self.source, "part": self.part}

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Example:
        labels = frozenset(row.get("labels", []))
        unknown = labels - set(LABELS)
        if unknown:
            raise ValueError(f"Example {row.get('text', '')[:60]!r} has unknown labels {sorted(unknown)}")
        return cls(row["text"], labels, row.get("source", "?"), row.get("part", "train"))


def normalize(text: str) -> str:
    """Lower case, straight quotes and single spaces: how notes and sentences are compared."""
    return " ".join(text.translate(_QUOTES).lower().split())


def note_fragments(note: str) -> list[str]:
    """The quoted stretches of a gold note: annotator comments ([...]) dropped, split at ellipses."""
    text = _COMMENT.sub(" ", note)
    parts = [normalize(p).strip(" .,;:") for p in _ELLIPSIS.split(text)]
    return [p for p in parts if len(p.split()) >= MIN_FRAGMENT_WORDS]


def locate(fragment: str, sentences: list[str]) -> int | None:
    """The index of the sentence that holds a note fragment: verbatim, else the closest by
    rapidfuzz's partial ratio when it is close enough (notes trim words and add comments)."""
    from rapidfuzz import fuzz

    normal = [normalize(s) for s in sentences]
    for i, sent in enumerate(normal):
        if fragment in sent:
            return i
    scores = [fuzz.partial_ratio(fragment, sent) if len(sent) >= len(fragment) // 2 else 0.0
              for sent in normal]
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    return best if best is not None and scores[best] >= FUZZY_FLOOR else None


def record_labels(record: dict[str, Any]) -> set[str]:
    """The labels a gold record gives its sentence: the event's first-listed type, or POSITION."""
    if record.get("kind") == "position":
        return {POSITION}
    if record.get("kind") != "event":
        return set()
    kind = record.get("type")
    first = kind[0] if isinstance(kind, list) else kind
    name = plover_type(str(first)) if first else None
    return {name} if name else set()


def article_sentences(path: Path, nlp: Any) -> list[str]:
    """The sentences detente's own ingest and pipeline cut from one input file."""
    from detente.ingest.sources import read_inputs

    texts = [a.text for result in read_inputs([str(path)]) for a in result.articles]
    return [s.text.strip() for doc in nlp.pipe(texts) for s in doc.sents if s.text.strip()]


def gold_by_file(gold: Path) -> dict[str, list[dict[str, Any]]]:
    """A gold file's records by the file they annotate (blank and `//` comment lines skipped)."""
    by_file: dict[str, list[dict[str, Any]]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            record = json.loads(line)
            by_file.setdefault(record["source"]["file"], []).append(record)
    return by_file


def tune_files(shared: Path) -> list[str]:
    """The reports' tune split (`split.json`), the only reports training may read."""
    split = shared / "eval" / "reports" / "split.json"
    return list(json.loads(split.read_text(encoding="utf-8"))["tune"])


def gold_examples(gold: Path, files: Iterable[Path], nlp: Any, part: str = "train") -> Iterator[Example]:
    """Labelled sentences of the named files from a gold file (records matched by file name)."""
    by_file = gold_by_file(gold)
    for path in files:
        sentences = article_sentences(path, nlp)
        labels: list[set[str]] = [set() for _ in sentences]
        for record in by_file.get(path.name, []):
            found = record_labels(record)
            for fragment in note_fragments(record.get("note", "")) if found else []:
                at = locate(fragment, sentences)
                if at is not None:
                    labels[at] |= found
        for text, present in zip(sentences, labels, strict=True):
            yield Example(text, frozenset(present), path.name, part)


def plover_examples(path: Path, every: int = 5) -> Iterator[Example]:
    """PLOVER's gold sentences; every `every`-th record (1-based) is the fixed dev part."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    n = 0
    for row in rows:
        name = plover_type(row.get("event", "")) if row.get("text") else None
        if name is None:
            continue
        n += 1
        yield Example(row["text"], frozenset({name}), path.name, "dev" if n % every == 0 else "train")


def cameo_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the PLOVER project's conversion table ('030: AGREE, ...')."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        code, sep, rest = line.partition(":")
        if sep and code.strip().isdigit():
            name = plover_type(rest.split(",")[0].split("#")[0].strip())
            if name is not None:
                table[code.strip()] = name
    return table


def cameo_type(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code, or of its nearest listed parent ('0641' -> '064' -> '06')."""
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def petrarch_examples(records: Path, table: dict[str, str], every: int = 5) -> Iterator[Example]:
    """PETRARCH2's unit-test sentences with their PLOVER types; test-only codes are skipped."""
    import xml.etree.ElementTree as ET

    n = 0
    for sentence in ET.parse(records).getroot().iter("Sentence"):
        text = " ".join((sentence.findtext("Text") or "").split())
        codings = sentence.findall("EventCoding")
        codes = [c.get("eventcode", "") for c in codings if c.get("eventcode")]
        if not text or any(c.get("error") for c in codings) or any(not c.isdigit() for c in codes):
            continue
        found = {cameo_type(c, table) for c in codes}
        if None in found or not (found or any(c.get("noevents") for c in codings)):
            continue
        n += 1
        labels = frozenset(t for t in found if t is not None)
        yield Example(text, labels, records.name, "dev" if n % every == 0 else "train")


def extra_examples(path: Path = EXTRA) -> Iterator[Example]:
    """Sentences we wrote ourselves (JSONL: text, labels)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            row = json.loads(line)
            yield Example.from_dict({"source": path.name, **row})


@dataclass
class Sources:
    """Where the training data lives; `tune_files` is the tune split's list, `dev_files` the ones held
    out of it for development (empty for the shipped model, which learns from all of tune)."""

    gold: Path
    corpus: Path
    tune_files: list[str]
    plover: Path | None
    extra: Path | None = EXTRA
    dev_files: list[str] = field(default_factory=list)
    petrarch: Path | None = None
    cameo: Path | None = None

    @classmethod
    def shared(cls, shared: Path, dev_every: int = 0) -> Sources:
        """The project's data under ../shared; with `dev_every` N, every N-th tune file is held out."""
        reports = shared / "eval" / "reports"
        tune = tune_files(shared)
        dev = [name for i, name in enumerate(sorted(tune)) if dev_every and i % dev_every == dev_every - 1]
        plover = shared / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
        petrarch = shared / "data" / "petrarch2" / "PETR.UnitTest.records.xml"
        cameo = shared / "data" / "plover" / "CAMEO2PLOVER-2021.txt"
        return cls(reports / "gold.jsonl", shared / "corpus" / "reports", tune,
                   plover if plover.exists() else None, EXTRA, dev,
                   petrarch if petrarch.exists() and cameo.exists() else None, cameo)


def build(sources: Sources, nlp: Any) -> list[Example]:
    """Every example, each marked `train` or `dev` (held-out tune files and PLOVER's dev part)."""
    fit = [sources.corpus / n for n in sources.tune_files if n not in sources.dev_files]
    held = [sources.corpus / n for n in sources.dev_files]
    examples = list(gold_examples(sources.gold, fit, nlp, "train"))
    examples += gold_examples(sources.gold, held, nlp, "dev")
    if sources.plover is not None:
        examples += plover_examples(sources.plover)
    if sources.petrarch is not None and sources.cameo is not None:
        examples += petrarch_examples(sources.petrarch, cameo_table(sources.cameo))
    if sources.extra is not None and sources.extra.exists():
        examples += extra_examples(sources.extra)
    return examples


def summary(examples: list[Example]) -> dict[str, dict[str, int]]:
    """Counts per part: sentences, sentences with any event type, with a position, per label."""
    out: dict[str, dict[str, int]] = {}
    for ex in examples:
        row = out.setdefault(ex.part, {"sentences": 0, "events": 0, POSITION: 0})
        row["sentences"] += 1
        row["events"] += bool(ex.labels & set(EVENT_TYPES))
        for label in ex.labels:
            row[label] = row.get(label, 0) + 1
    return out
