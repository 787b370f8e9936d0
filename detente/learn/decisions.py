"""A decision model over the rules' own trigger candidates (docs/training.md, "The decision model").

The rules consider a trigger and decline it for a reason (a guard); where a trained logistic model is
confident that a gold event of that type rests on the sentence, it overrides the decline and the
rules' own record maker (their role readers: `events_roles.participants`) builds the record. Where
it is confident that a rule record has no gold event behind it, it may veto the record. The model is
a table of feature weights (JSON, a few kB), so every decision can be explained by the features that
carried it. Off unless the `learned_decisions` setting names weights.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente import config
from detente.errors import ConfigError
from detente.learn.candidates import Considered, RecordMaker, consider

if TYPE_CHECKING:
    from detente.extract.events_lexicon import Lexicon
    from detente.models import Record
    from detente.nlp.core import Analysis, Sentence

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "learned" / "decisions.json"
VETO_MARK = "vetoed"
"""Field set on a rule record the model vetoes until the article's events are settled."""
OVERRIDABLE = frozenset({"lexicon", "reread", "no-anchor", "hedged", "absorbed", "sought", "future"})
"""Guards a confident model may overrule. A denied act ('did not strike') stays no event, and a reading
the record maker itself turned down (no party found) has nothing to build a record from."""


@dataclass(frozen=True)
class Weights:
    """A logistic model: a bias, one weight per feature, and the two thresholds chosen by cross-set."""

    bias: float
    weights: dict[str, float]
    override: float = 0.9
    veto: float = 0.0
    about: dict[str, Any] = field(default_factory=dict)

    def probability(self, features: dict[str, float]) -> float:
        """P(a gold event of the reading's type rests on its sentence)."""
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def explain(self, features: dict[str, float], top: int = 5) -> list[tuple[str, float]]:
        """The features that pushed a decision most, strongest first (why the model said so)."""
        pushed = [(name, self.weights.get(name, 0.0) * value) for name, value in features.items()]
        return sorted((p for p in pushed if p[1]), key=lambda p: -abs(p[1]))[:top]

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, "override": self.override, "veto": self.veto, "about": self.about,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Weights:
        return cls(float(row["bias"]), {k: float(v) for k, v in row["weights"].items()},
                   float(row.get("override", 0.9)), float(row.get("veto", 0.0)), row.get("about", {}))


def weights_path(value: str | None = None) -> Path | None:
    """The weights file for a setting value (the current setting when None); None when off."""
    value = (config.get("learned_decisions") if value is None else value).strip()
    if value.lower() in ("off", "", "0", "false", "no"):
        return None
    return SHIPPED if value.lower() == "shipped" else Path(value).expanduser()


@lru_cache(maxsize=4)
def load(path: Path) -> Weights:
    """The weights at `path`, with an error naming the file and the fix."""
    if not path.exists():
        raise ConfigError(f"No decision weights at {path}: run `make train`, or set "
                          f"DETENTE_LEARNED_DECISIONS=off to run the rules alone.")
    return Weights.from_dict(json.loads(path.read_text(encoding="utf-8")))


_log: list[list[Considered]] = []  # while collecting: one list of rows per sentence, in order


@contextmanager
def collecting() -> Iterator[list[tuple[Sentence, list[Considered]]]]:
    """Log every considered reading (for training) and leave the rules' decisions as they are."""
    rows: list[tuple[Sentence, list[Considered]]] = []
    _log.append(rows)  # type: ignore[arg-type]
    try:
        yield rows
    finally:
        _log.pop()


def decide(analysis: Analysis, sentence: Sentence, lex: Lexicon, ctx: Any, make: RecordMaker,
           found: list[Record]) -> list[Record]:
    """The sentence's events after the model's overrides and vetoes (the rules' own when it is off)."""
    path = weights_path()
    if (path is None and not _log) or sentence.text.rstrip().endswith("?"):
        return found
    if _log:
        _log[-1].append((sentence, consider(analysis, sentence, lex, ctx, make, found)))  # type: ignore[arg-type]
        return found
    model = load(path)  # type: ignore[arg-type]  # path is set: no log and not off
    if not found and model.override >= 1.0:
        return found  # nothing to veto and no override: the rules' empty answer stands
    rows = consider(analysis, sentence, lex, ctx, make, found, declined=model.override < 1.0)
    return apply(model, rows, found)


def apply(model: Weights, rows: list[Considered], found: list[Record]) -> list[Record]:
    """Veto rule records of a type no reading of which the model believes; add confident overrides."""
    believed: dict[str, float] = {}
    for row in rows:
        if row.guard == "made":
            believed[row.type] = max(believed.get(row.type, 0.0), model.probability(row.features))
    kept = list(found)
    for record in kept:
        if vetoed(record, believed.get(record.fields["type"], 1.0), model):
            record.fields[VETO_MARK] = True  # dropped by `settle` unless it joins another telling
    for row in sorted(rows, key=lambda r: -model.probability(r.features)):
        if row.guard not in OVERRIDABLE or any(r.fields["type"] == row.type for r in kept):
            continue
        if model.probability(row.features) < model.override:
            break
        record = overridden(row)
        if record is not None:
            kept.append(record)
    return kept


def vetoed(record: Record, belief: float, model: Weights) -> bool:
    """Whether the model drops a rule record: only one that names no actor ('300 drones were shot
    down', 'the fighting has killed thousands'), and only when it believes no gold event is behind it.
    A record that names who acted carries the rules' whole reading; the model's evidence is weaker."""
    return record.fields["actor"] is None and belief < model.veto


def settle(records: list[Record]) -> list[Record]:
    """The article's events less the vetoed ones that stood alone: a vetoed retelling merged into an
    earlier record has lent it its figures ('300 drones were shot down' after 'Russia launched a
    barrage'), and one that a later telling gave an actor is no longer nameless."""
    kept = []
    for record in records:
        mark = record.fields.pop(VETO_MARK, False)
        if not mark or record.fields["actor"] is not None:
            kept.append(record)
    return kept


def overridden(row: Considered) -> Record | None:
    """The record of a declined reading, as the rules' record maker built it (none for a denial)."""
    if row.record is None or row.guard == "negated":
        return None
    row.record.fields["learned"] = True
    return row.record
