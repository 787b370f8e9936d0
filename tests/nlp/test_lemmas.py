"""The lemmatizer by table must give exactly the lemmas of spaCy's rule lemmatizer (issue 13)."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from detente.nlp.lemmas import use_lemma_table

TRICKY = ("They're gonna say it isn't over: Russia's envoys were meeting, met and will meet again; "
          "the talks' best outcomes were worse than feared. Drones hit Kyiv's power grids overnight.")


def test_no_lemmatizer_no_change() -> None:
    nlp = spacy.blank("en")
    assert not use_lemma_table(nlp)
    assert nlp.pipe_names == []


@pytest.mark.model
def test_english_model_lemmas_identical_with_table(samples_dir: Path) -> None:
    from detente.ingest.sources import read_inputs
    from detente.nlp.pipeline import load_model

    texts = [a.text for r in read_inputs([str(samples_dir)]) for a in r.articles][:6] + [TRICKY] * 2
    plain, fast = load_model(), load_model()
    assert use_lemma_table(fast) and use_lemma_table(fast)   # a second call changes nothing
    assert fast.pipe_names == plain.pipe_names
    tokens = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert [t.lemma_ for t in b] == [t.lemma_ for t in a]
        tokens += len(a)
    assert tokens > 500
    doc = fast(TRICKY)
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["were"] == "be" and lemmas["met"] == "meet" and lemmas["envoys"] == "envoy"
    assert lemmas["outcomes"] == "outcome" and lemmas["grids"] == "grid"


@pytest.mark.model
def test_the_detente_pipeline_uses_the_table() -> None:
    from detente.nlp.pipeline import load_nlp

    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert hasattr(lemmatizer, "_detente_table")
    assert [t.lemma_ for t in nlp("Negotiators signed the agreements.")] == [
        "negotiator", "sign", "the", "agreement", "."]
