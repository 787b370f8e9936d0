"""Score the rules with and without a classifier on tune files held out of its training.

    python -m detente.learn.heldout --model /tmp/dev-model      # a model trained with --dev-every N

The model's `training.json` names the tune files it did not see; they are ingested and exported
through the CLI, once with `learned_model=off` and once with the model, and scored by the shared
scorer (eval/gate.py's functions, so the figures are the gate's). Never the check split.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent


def _gate() -> Any:
    path = ROOT / "eval" / "gate.py"
    if not path.exists():
        raise SystemExit(f"No eval/gate.py under {ROOT}: run this from a detente checkout.")
    spec = importlib.util.spec_from_file_location("detente_gate", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["detente_gate"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def score_files(files: list[str], setting: str) -> dict[str, float]:
    """Gate figures for the named reports files with `learned_model` set to `setting`."""
    gate = _gate()
    os.environ["DETENTE_LEARNED_MODEL"] = setting
    with tempfile.TemporaryDirectory(prefix="train-heldout-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for name in files:
            (corpus / name).write_bytes((gate.SETS["tune"].corpus / name).read_bytes())
        held = gate.GoldSet("held", corpus, gate.SETS["tune"].gold)
        work = Path(tmp) / "work"
        work.mkdir()
        export, gold = gate.export_set(held, work)
        return gate.score(export, gold)  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m detente.learn.heldout",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="A model folder saved with --dev-every")
    args = parser.parse_args(argv)
    info = args.model / "training.json"
    if not info.exists():
        print(f"No training.json in {args.model}: give a folder saved by detente.learn.train.",
              file=sys.stderr)
        return 1
    files = json.loads(info.read_text(encoding="utf-8"))["dev_files"]
    if not files:
        print(f"{args.model} was trained on all of tune: no held-out files to score.", file=sys.stderr)
        return 1
    print(f"held-out tune files: {', '.join(files)}")
    for label, setting in (("rules", "off"), ("rules+model", str(args.model.resolve()))):
        m = score_files(files, setting)
        print(f"{label:12} overall F1 {m['overall']:.3f}  event P {m['event_p']:.3f} R {m['event_r']:.3f} "
              f"F1 {m['event']:.3f}  position F1 {m['position']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
