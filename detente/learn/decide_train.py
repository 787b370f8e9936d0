"""Train the decision model over the rules' trigger candidates (docs/training.md).

    python -m detente.learn.decide_train --shared ../shared --out detente/data/learned/decisions.json
    python -m detente.learn.decide_train --train tune --train written-a --out /tmp/no-c.json  # cross-set

Each studied set's articles go through detente's own pipeline and event rules with the candidate log
on; each logged reading that has a record (one the rules made, or the one an override would add) is
labelled by the set's gold: does that record pass the scorer's tests against a gold event resting on
its sentence (the gold note located as detente/learn/data.py locates it)? A logistic regression
(scikit-learn, fixed seed) fits the labels; its weights are written as a JSON table. Only the tune
split of the reports and the studied written sets a and c are ever read: never check, the seeds, or
the held-out written sets b and d.
"""
from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.learn.data import gold_by_file, locate, note_fragments, tune_files
from detente.learn.decisions import Weights
from detente.learn.labels import plover_type

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = ROOT / "tests" / "fixtures" / "written"
STUDIED = ("tune", "written-a", "written-c")
"""The only sets training may read: the reports' tune split and the two studied written sets."""
SEED = 13
C = 0.5
"""Inverse regularisation strength, chosen by cross-set (docs/training.md)."""
OVERRIDE = 1.0
VETO = 0.2


@dataclass(frozen=True)
class Studied:
    """One studied set: its input files and its gold file."""

    name: str
    files: list[Path]
    gold: Path


def studied_set(name: str, shared: Path, allowed: tuple[str, ...] = STUDIED) -> Studied:
    """The files and gold of a studied set; any name outside `allowed` is refused (held-out sets stay
    unread). The position reader's experiment passes its own, wider list."""
    if name not in allowed:
        raise ValueError(f"{name!r} is not a studied set; training reads only {', '.join(allowed)}")
    if name == "tune":
        files = [shared / "corpus" / "reports" / n for n in sorted(tune_files(shared))]
        return Studied(name, files, shared / "eval" / "reports" / "gold.jsonl")
    folder = WRITTEN / name.split("-")[1]
    files = sorted(p for p in (folder / "texts").iterdir() if p.is_file())
    return Studied(name, files, folder / "gold.jsonl")


def gold_events(gold: Path, names: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The gold event records of the named files, by file."""
    by_file = gold_by_file(gold).items()
    return {name: events for name, records in by_file if name in names
            and (events := [r for r in records if r.get("kind") == "event"])}


def event_types(record: dict[str, Any]) -> set[str]:
    """Every PLOVER type a gold event accepts (a list of types is alternatives)."""
    kinds = record.get("type")
    return {t for k in (kinds if isinstance(kinds, list) else [kinds]) if (t := plover_type(str(k)))}


def logged_readings(path: Path, nlp: Any) -> list[Any]:
    """Every sentence of one input file with the readings the event rules logged for it (what
    `decide` sees), in text order: what both the decision model and the encoder experiment learn from."""
    from detente.extract.events import find_events
    from detente.ingest.sources import read_inputs
    from detente.learn.decisions import collecting
    from detente.nlp.core import analyze

    logged: list[Any] = []
    for result in read_inputs([str(path)]):
        for article in result.articles:
            with collecting() as rows:
                find_events(analyze(article, nlp(article.text)))
            logged += rows
    return logged


def file_rows(path: Path, golds: list[dict[str, Any]], nlp: Any, scorer: Any) -> Iterator[dict[str, Any]]:
    """The logged readings of one input file that have a record (made, or what an override would add),
    each labelled by whether that record passes the scorer's tests (type, negated, actor, target;
    the date is set later) against a gold event resting on the same sentence."""
    logged = logged_readings(path, nlp)
    texts = [sentence.text for sentence, _ in logged]
    placed: dict[int | None, list[dict[str, Any]]] = {}
    for record in golds:
        spots = {locate(f, texts) for f in note_fragments(record.get("note", ""))} or {None}
        for at in spots:
            placed.setdefault(at, []).append(record)
    for at, (_, readings) in enumerate(logged):
        here = placed.get(at, []) + placed.get(None, [])
        for row in readings:
            if row.record is None:
                continue
            system = {**row.record.fields, "kind": "event"}
            label = any(passes(scorer, gold, system) for gold in here)
            yield {"file": path.name, "sentence": at, "lemma": row.token.lemma_, "type": row.type,
                   "guard": row.guard, "label": int(label), "features": sorted(row.features)}


def passes(scorer: Any, gold: dict[str, Any], system: dict[str, Any]) -> bool:
    """The shared scorer's event tests but the date (dates are settled after the event rules)."""
    roles = all(key not in gold or scorer.actor_ok(gold[key], system.get(key)) for key in ("actor", "target"))
    return scorer.field_ok(gold, system, "type") and scorer.field_ok(gold, system, "negated") and roles


def load_scorer(shared: Path) -> Any:
    """The project's scorer (../shared/eval/score.py), whose tests the labels follow."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("detente_scorer", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def collect(name: str, shared: Path, nlp: Any) -> list[dict[str, Any]]:
    """Every labelled reading of a studied set."""
    studied = studied_set(name, shared)
    golds = gold_events(studied.gold, {p.name for p in studied.files})
    scorer = load_scorer(shared)
    return [dict(row, set=name) for path in studied.files
            for row in file_rows(path, golds.get(path.name, []), nlp, scorer)]


def fit(rows: list[dict[str, Any]], c: float = C) -> Weights:
    """A logistic regression over the rows' binary features (fixed seed), as a weights table."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["features"], 1.0) for r in rows])
    y = [r["label"] for r in rows]
    clf = LogisticRegression(C=c, max_iter=2000, random_state=SEED, solver="lbfgs")
    clf.fit(x, y)
    names = vec.get_feature_names_out()
    weights = {n: round(float(w), 5) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-4}
    about = {"rows": len(rows), "positives": sum(y), "C": c, "seed": SEED,
             "sets": sorted({r["set"] for r in rows}),
             "guards": dict(Counter(r["guard"] for r in rows if r["label"]))}
    return Weights(round(float(clf.intercept_[0]), 5), weights, OVERRIDE, VETO, about)


def rows_for(names: list[str], shared: Path, cache: Path | None) -> list[dict[str, Any]]:
    """The labelled readings of the named sets, from a cache folder when one holds them."""
    from detente.nlp.pipeline import load_nlp

    nlp = None
    out: list[dict[str, Any]] = []
    for name in names:
        cached = cache / f"{name}.jsonl" if cache is not None else None
        if cached is not None and cached.exists():
            out += [json.loads(line) for line in cached.read_text(encoding="utf-8").splitlines()]
            continue
        nlp = nlp or load_nlp()
        rows = collect(name, shared, nlp)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        out += rows
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--train", action="append", choices=STUDIED, help="studied sets to learn from (all)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--cache", type=Path, help="folder keeping the labelled readings between runs")
    ap.add_argument("--c", type=float, default=C)
    ap.add_argument("--override", type=float, default=OVERRIDE)
    ap.add_argument("--veto", type=float, default=VETO)
    args = ap.parse_args(argv)
    os.environ["DETENTE_LEARNED_MODEL"] = "off"  # the readings logged are the rules' own
    os.environ["DETENTE_LEARNED_DECISIONS"] = "off"
    rows = rows_for(args.train or list(STUDIED), args.shared, args.cache)
    model = fit(rows, args.c)
    model = Weights(model.bias, model.weights, args.override, args.veto, model.about)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model.about))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
