"""Cross-set measurement of a trained position reader (docs/training.md, "A trained position reader").

    python -m detente.learn.position_train --cache /tmp/pos-rows            # the five folds
    python -m detente.learn.position_train --cache /tmp/pos-rows --c 1 --full --thresholds 0.6 0.7

Each studied set's articles go through detente's pipeline and position rules; every (party, issue)
pair a sentence could state (`position_candidates`) is labelled with the stance of a gold position
whose note rests on that sentence and whose party and issue the scorer would accept, else "none".
A multinomial logistic regression (scikit-learn, fixed seed) is trained on four studied sets and read
on the fifth: a pair is added as a position when the model is at least `threshold` sure that some
stance is stated and the rules made no record of that party and issue in the article. The fold is
scored with the shared scorer's position tests, with and without the additions.

It measured a negative result (no shipped weights, no setting): the additions are right about
four times in ten, and the rules' own records are right nine times in ten on tune.
Only the studied sets are ever read: never check, written-e, written-f or the held-out fixtures.
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from detente.learn import decide_train
from detente.learn.data import gold_by_file, locate, note_fragments
from detente.learn.decide_train import Studied, load_scorer

ROOT = Path(__file__).resolve().parents[2]
STUDIED = ("tune", "written-a", "written-b", "written-c", "written-d")
"""The only sets this reads: the reports' tune split and the four studied written sets."""
SEED = 13
C = 0.3
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
LEXICAL = ("gov|lemma", "up", "before", "near_cue_words", "root|lemma", "speaker|gov|lemma",
           "subject|gov|lemma", "prev_speaker|gov|lemma", "gov_subject|gov|lemma", "chain_rank=1|up",
           "chain_rank=2|up", "chain_rank=3|up")
"""Word features (the lemma of a clause head, the words before the issue); without them the folds
came out best (three of five), so the compact set is the default."""


def studied_set(name: str, shared: Path) -> Studied:
    """The files and gold of a studied set; any other name is refused (held-out sets stay unread)."""
    return decide_train.studied_set(name, shared, STUDIED)


def _alts(value: Any) -> list[Any]:
    """Every value a gold field allows: a list in gold offers alternatives."""
    return [*value] if type(value) is list else [value]


def _label(scorer: Any, placed: list[tuple[dict[str, Any], set[int]]], sentence: int,
           party: dict[str, Any], issue: str) -> str:
    """The first-listed stance of a gold position resting on the sentence that the pair fits."""
    for gold, spots in placed:
        if sentence in spots and issue in _alts(gold["issue"]) \
                and ("party" not in gold or scorer.actor_ok(gold["party"], party)):
            return str(_alts(gold["stance"])[0])
    return "none"


def _source(path: Path, article: Any) -> dict[str, Any]:
    return {"file": path.name, "article": article.index, "title": article.title}


def file_rows(path: Path, golds: list[dict[str, Any]], nlp: Any,
              scorer: Any) -> tuple[list[dict], list[dict]]:
    """The labelled candidates of one input file, and the rules' position records (for scoring)."""
    from detente.extract.common import actor_or_none
    from detente.extract.positions import find_positions
    from detente.ingest.sources import read_inputs
    from detente.learn.position_candidates import candidates
    from detente.nlp.core import analyze

    rows, rules = [], []
    for result in read_inputs([str(path)]):
        for article in result.articles:
            analysis = analyze(article, nlp(article.text))
            found = find_positions(analysis)
            rules += [{"kind": "position", "source": _source(path, article), **r.fields} for r in found]
            texts = [s.text for s in analysis.sentences]
            titles = {g["source"].get("title") for g in golds}
            one_article = len(titles) == 1
            ours = [record for record in golds
                    if one_article or record["source"].get("title") == article.title]
            placed = [(g, {locate(f, texts) for f in note_fragments(g.get("note", ""))} - {None})
                      for g in ours]
            made = {((r.fields.get("party") or {}).get("country"), r.fields["issue"]) for r in found}
            for cand in candidates(analysis, found):
                party = actor_or_none(cand.party)
                rows.append({"file": path.name, "source": _source(path, article), "sentence": cand.sentence,
                             "party": party, "issue": cand.issue, "ruled": cand.ruled,
                             "blocked": cand.ruled is not None or (cand.party.country, cand.issue) in made,
                             "label": _label(scorer, placed, cand.sentence, party, cand.issue),
                             "features": sorted(cand.features)})
    return rows, rules


def collect(name: str, shared: Path, nlp: Any) -> dict[str, Any]:
    """Every labelled candidate of a studied set, its rules' positions and its gold positions."""
    studied = studied_set(name, shared)
    by_file = gold_by_file(studied.gold)
    scorer = load_scorer(shared)
    rows: list[dict[str, Any]] = []
    rules: list[dict[str, Any]] = []
    gold: list[dict[str, Any]] = []
    for path in studied.files:
        golds = [g for g in by_file.get(path.name, []) if g.get("kind") == "position"]
        gold += golds
        more, made = file_rows(path, golds, nlp, scorer)
        rows += more
        rules += made
    return {"set": name, "rows": rows, "rules": rules, "gold": gold}


def sets_for(names: list[str], shared: Path, cache: Path | None) -> dict[str, dict[str, Any]]:
    """The collected sets, from a cache folder when one holds them."""
    from detente.nlp.pipeline import load_nlp

    nlp = None
    out = {}
    for name in names:
        cached = cache / f"{name}.json" if cache is not None else None
        if cached is not None and cached.exists():
            out[name] = json.loads(cached.read_text(encoding="utf-8"))
            continue
        nlp = nlp or load_nlp()
        out[name] = collect(name, shared, nlp)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(json.dumps(out[name]), encoding="utf-8")
    return out


def features(row: dict[str, Any], full: bool) -> dict[str, float]:
    return {f: 1.0 for f in row["features"] if full or not f.startswith(LEXICAL)}


def fit(rows: list[dict[str, Any]], c: float, full: bool) -> tuple[Any, Any]:
    """A multinomial logistic regression over the candidates the reader may add (not blocked)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if not r["blocked"]]
    vec = DictVectorizer()
    x = vec.fit_transform([features(r, full) for r in rows])
    clf = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    clf.fit(x, [r["label"] for r in rows])
    return vec, clf


def additions(rows: list[dict[str, Any]], beliefs: list[dict[str, float]], threshold: float,
              need: tuple[str, ...] = ()) -> list[dict]:
    """The records the reader adds: sure enough, not blocked, holding one of the `need` features
    when any are named (a role the party must hold), the surest per article and triple."""
    best: dict[tuple[Any, ...], tuple[float, dict[str, Any]]] = {}
    for row, probs in zip(rows, beliefs, strict=True):
        stated = 1.0 - probs["none"]
        if row["blocked"] or stated < threshold or (need and not set(need) & set(row["features"])):
            continue
        stance = max((c for c in probs if c != "none"), key=probs.__getitem__)
        key = (row["file"], row["source"]["title"], row["party"]["country"], row["issue"], stance)
        if key not in best or best[key][0] < stated:
            best[key] = (stated, {"kind": "position", "source": row["source"], "party": row["party"],
                                  "issue": row["issue"], "stance": stance, "learned": True})
    return [record for _, record in best.values()]


def position_prf(scorer: Any, gold: list[dict], system: list[dict]) -> tuple[float, float, float]:
    tally = scorer.score(gold, system)["position"]
    p = tally["correct"] / tally["system"] if tally["system"] else 0.0
    r = tally["found"] / tally["gold"] if tally["gold"] else 0.0
    f1 = (2 * p * r) / (p + r or 1.0)
    return p, r, f1


def cross(sets: dict[str, dict[str, Any]], scorer: Any, c: float, thresholds: tuple[float, ...],
          full: bool, need: tuple[str, ...] = ()) -> dict[str, dict[str, Any]]:
    """Per fold: the rules' position P/R/F1, and with the reader trained on the other sets at each
    threshold (its P/R/F1 and how many records it added)."""
    out = {}
    for fold, held in sets.items():
        vec, clf = fit([r for name, s in sets.items() if name != fold for r in s["rows"]], c, full)
        probs = clf.predict_proba(vec.transform([features(r, full) for r in held["rows"]])) \
            if held["rows"] else []
        beliefs = [dict(zip(clf.classes_, map(float, p), strict=True)) for p in probs]
        result: dict[str, Any] = {"rules": position_prf(scorer, held["gold"], held["rules"])}
        for t in thresholds:
            added = additions(held["rows"], beliefs, t, need)
            result[t] = (*position_prf(scorer, held["gold"], held["rules"] + added), len(added))
        out[fold] = result
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m detente.learn.position_train",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, help="folder keeping the labelled candidates between runs")
    ap.add_argument("--c", type=float, default=C)
    ap.add_argument("--thresholds", type=float, nargs="+", default=list(THRESHOLDS))
    ap.add_argument("--full", action="store_true", help="keep the word features")
    ap.add_argument("--need", nargs="*", default=[], help="features one of which an addition must hold")
    args = ap.parse_args(argv)
    os.environ["DETENTE_LEARNED_MODEL"] = "off"
    os.environ["DETENTE_LEARNED_DECISIONS"] = "off"
    sets = sets_for(list(STUDIED), args.shared, args.cache)
    result = cross(sets, load_scorer(args.shared), args.c, tuple(args.thresholds), args.full,
                   tuple(args.need))
    for fold, row in result.items():
        p, r, f = row["rules"]
        cells = [f"rules {p:.3f}/{r:.3f}/{f:.3f}"]
        cells += [f"t{t}: {row[t][2]:.3f} ({row[t][2] - f:+.3f}, n{row[t][3]})" for t in args.thresholds]
        print(f"{fold:10} " + " | ".join(cells))
    for t in args.thresholds:
        better = sum(row[t][2] > row["rules"][2] for row in result.values())
        print(f"t{t}: better on {better} of {len(result)} folds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
