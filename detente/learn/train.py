"""Train the sentence classifier: `make train` (or `python -m detente.learn.train`).

Reproducible by construction: a fixed seed for spaCy/thinc and for the shuffle, the data built by
`detente.learn.data` from files named in docs/training.md, and a `training.json` beside the weights
that records the seed, the data counts and the dev figures. The model is a blank English pipeline
holding one `textcat_multilabel` (a bag-of-n-grams beside a small hashed-embedding CNN), so it needs no
vectors and stays a few MB.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.learn.data import Example, Sources, build, summary
from detente.learn.labels import LABELS, cats

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "learned" / "sentences"
BOW_LENGTH = 2**15   # hashed n-gram rows per label: 32k keeps the weights near 2 MB
EMBED_WIDTH = 64
Parser = Callable[[Iterable[str]], Iterable[Any]]


@dataclass(frozen=True)
class TrainOptions:
    """How to train: seed, passes over the data, dropout, the architecture ('ensemble' or 'bow')."""

    seed: int = 13
    epochs: int = 20
    dropout: float = 0.2
    architecture: str = "ensemble"


def model_config(architecture: str) -> dict[str, Any]:
    """The textcat_multilabel model block for an architecture name."""
    bow = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "length": BOW_LENGTH,
           "ngram_size": 2, "no_output_layer": False, "nO": None}
    if architecture == "bow":
        return bow
    if architecture != "ensemble":
        raise ValueError(f"Unknown architecture {architecture!r}. Available: ensemble, bow")
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": EMBED_WIDTH,
                  "rows": [2000, 2000, 2000, 500, 1000, 500],
                  "attrs": ["NORM", "LOWER", "LEMMA", "PREFIX", "SUFFIX", "SHAPE"],
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": EMBED_WIDTH, "window_size": 1,
                   "maxout_pieces": 3, "depth": 2},
    }
    return {"@architectures": "spacy.TextCatEnsemble.v2", "tok2vec": tok2vec, "linear_model": bow, "nO": None}


def blank_classifier(architecture: str = "ensemble") -> Any:
    """An untrained English pipeline holding only the multi-label sentence classifier."""
    import spacy

    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": model_config(architecture)})
    for label in LABELS:
        textcat.add_label(label)  # type: ignore[attr-defined]
    return nlp


def to_spacy(nlp: Any, examples: list[Example], parse: Parser | None = None) -> list[Any]:
    """spaCy examples; `parse` (detente's pipeline) gives the tokens lemmas, as at run time."""
    from spacy.training import Example as SpacyExample

    texts = [ex.text for ex in examples]
    docs = list(parse(texts)) if parse is not None else [nlp.make_doc(t) for t in texts]
    pairs = zip(docs, examples, strict=True)
    return [SpacyExample.from_dict(doc, {"cats": cats(set(ex.labels))}) for doc, ex in pairs]


def train(examples: list[Example], options: TrainOptions, progress: bool = True,
          parse: Parser | None = None) -> tuple[Any, dict[str, Any]]:
    """Fit the classifier on the `train` part; return it and its figures on the `dev` part.

    `parse` turns texts into docs (detente's pipeline, so lemmas are features); without it the
    classifier's own tokenizer is used (lemmas then absent, as in the fast smoke test)."""
    from spacy.util import fix_random_seed, minibatch
    from tqdm import tqdm

    fix_random_seed(options.seed)
    nlp = blank_classifier(options.architecture)
    fit = to_spacy(nlp, [ex for ex in examples if ex.part == "train"], parse)
    dev = to_spacy(nlp, [ex for ex in examples if ex.part == "dev"], parse)
    if not fit:
        raise ValueError("No training examples: every example is marked dev")
    optimizer = nlp.initialize(lambda: fit)
    shuffler = random.Random(options.seed)
    losses: dict[str, float] = {}
    for _ in tqdm(range(options.epochs), desc="training", unit="epoch", disable=not progress):
        shuffler.shuffle(fit)
        losses = {}
        for batch in minibatch(fit, size=16):
            nlp.update(batch, drop=options.dropout, sgd=optimizer, losses=losses)
    figures = evaluate(nlp, dev) if dev else {}
    figures["loss"] = round(losses.get("textcat_multilabel", 0.0), 4)
    return nlp, figures


def evaluate(nlp: Any, examples: list[Any]) -> dict[str, Any]:
    """spaCy's scorer on held-out examples: macro F and AUC, and F per label (threshold 0.5)."""
    scores = nlp.evaluate(examples)
    per_type = {k: round(v["f"], 3) for k, v in (scores.get("cats_f_per_type") or {}).items()}
    return {"macro_f": round(scores["cats_macro_f"], 3), "macro_auc": round(scores["cats_macro_auc"], 3),
            "micro_f": round(scores["cats_micro_f"], 3), "f_per_label": per_type}


def save(nlp: Any, out: Path, record: dict[str, Any]) -> None:
    """Write the weights and `training.json` (seed, data counts, figures) to `out`."""
    nlp.to_disk(out)
    (out / "training.json").write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m detente.learn.train", description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"),
                        help="The shared folder holding eval/reports and data/plover (default ../shared)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"Where to save (default {DEFAULT_OUT})")
    parser.add_argument("--dev-every", type=int, default=0,
                        help="Hold out every N-th tune file for development (0: train on all of tune)")
    parser.add_argument("--seed", type=int, default=TrainOptions.seed, help="Random seed")
    parser.add_argument("--epochs", type=int, default=TrainOptions.epochs, help="Passes over the data")
    parser.add_argument("--architecture", choices=("ensemble", "bow"), default=TrainOptions.architecture,
                        help="Classifier model: n-grams beside a small CNN, or n-grams alone")
    args = parser.parse_args(argv)
    reports = args.shared / "eval" / "reports"
    if not (reports / "gold.jsonl").exists():
        print(f"No gold file under {reports}: give --shared the folder holding eval/reports.",
              file=sys.stderr)
        return 1
    from detente.nlp.pipeline import load_nlp

    sources = Sources.shared(args.shared, args.dev_every)
    pipeline = load_nlp()
    examples = build(sources, pipeline)
    options = TrainOptions(seed=args.seed, epochs=args.epochs, architecture=args.architecture)
    nlp, figures = train(examples, options, parse=pipeline.pipe)
    record = {"options": options.__dict__, "data": summary(examples), "dev": figures,
              "dev_files": sources.dev_files, "sources": _listed(sources)}
    save(nlp, args.out, record)
    print(json.dumps({"saved": str(args.out), "dev": figures}, indent=1))
    return 0


def _listed(sources: Sources) -> dict[str, Any]:
    return {"gold": sources.gold.name, "tune_files": len(sources.tune_files),
            "plover": sources.plover.name if sources.plover else None,
            "extra": sources.extra.name if sources.extra else None}


if __name__ == "__main__":
    sys.exit(main())
