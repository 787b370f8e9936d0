"""Load the trained sentence classifier named by the `learned_model` setting, once per process.

`off` switches it off, `shipped` (the default) is the weights in detente/data/learned/sentences, made by
`make train`; anything else is the path of a model folder saved by `python -m detente.learn.train`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from detente import config
from detente.errors import ConfigError

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "learned" / "sentences"
OFF = "off"


def model_path(value: str | None = None) -> Path | None:
    """The classifier's folder for a setting value (the current setting when None); None when off."""
    value = (config.get("learned_model") if value is None else value).strip()
    if value.lower() in (OFF, "", "0", "false", "no"):
        return None
    return SHIPPED if value.lower() == "shipped" else Path(value).expanduser()


@lru_cache(maxsize=4)
def load(path: Path) -> Any:
    """The saved classifier pipeline at `path`, with an error naming the folder and the fix."""
    import spacy

    if not (path / "config.cfg").exists():
        raise ConfigError(f"No trained sentence classifier in {path}: run `make train`, or set "
                          f"DETENTE_LEARNED_MODEL=off to run the rules alone.")
    return spacy.load(path)


def check_setting() -> None:
    """Fail once, before any article is read, when the setting names a folder with no model in it."""
    path = model_path()
    if path is not None and not (path / "config.cfg").exists():
        load(path)  # raises ConfigError naming the folder and the fix


def classifier() -> Any | None:
    """The classifier the setting names, or None when the setting switches it off."""
    path = model_path()
    return load(path) if path is not None else None


def sentence_scores(text: str, path: Path | None = None) -> dict[str, float]:
    """Each label's probability for one sentence (empty when the classifier is off); the text is
    parsed by detente's pipeline first, as at run time, so the classifier sees its lemmas."""
    from detente.nlp.pipeline import load_nlp

    path = path if path is not None else model_path()
    return span_scores(load_nlp()(text)[:], path) if path is not None else {}


def span_scores(span: Any, path: Path | None = None) -> dict[str, float]:
    """Each label's probability for a sentence already parsed by detente's pipeline: its tokens
    (with their lemmas, which the classifier uses) go to the classifier without parsing again."""
    path = path if path is not None else model_path()
    if path is None:
        return {}
    textcat = load(path).get_pipe("textcat_multilabel")
    return dict(textcat(span.as_doc()).cats)


_last: list[Any] = []  # [doc, path, scores]: the article scored last (find_events asks sentence by sentence)


def doc_sentence_scores(doc: Any, spans: list[Any], path: Path | None = None) -> list[dict[str, float]]:
    """Scores for every sentence span of one parsed article, in one batch (a per-sentence call costs
    ten times more); kept for the article until the next one is asked for."""
    path = path if path is not None else model_path()
    if path is None:
        return [{} for _ in spans]
    if _last and _last[0] is doc and _last[1] == path:
        return _last[2]  # type: ignore[no-any-return]
    textcat = load(path).get_pipe("textcat_multilabel")
    scores = [dict(d.cats) for d in textcat.pipe((span.as_doc() for span in spans), batch_size=64)]
    _last[:] = [doc, path, scores]
    return scores
