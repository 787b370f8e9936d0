"""The pipeline builds with and without the trained model, and keeps sentences inside paragraphs."""
from __future__ import annotations

import pytest

from detente.nlp.pipeline import blank_nlp, load_nlp

TEXT = "Envoys met in Istanbul on Monday\n\nThe Kremlin said nothing was agreed. Kyiv disagreed."


def test_blank_pipeline_builds_and_tags_dictionary_names() -> None:
    doc = blank_nlp()(TEXT)
    assert ("Istanbul", "GPE") in {(e.text, e.label_) for e in doc.ents}
    assert [s.text.strip() for s in doc.sents][0] == "Envoys met in Istanbul on Monday"


@pytest.mark.model
def test_no_sentence_crosses_a_paragraph_break() -> None:
    doc = load_nlp()(TEXT)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Envoys met in Istanbul on Monday"
    assert all("\n\n" not in s for s in sents)
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Kyiv") != "PERSON"


@pytest.mark.model
def test_an_undated_article_gets_no_made_up_dates() -> None:
    from detente.models import Article
    from detente.nlp.core import analyze

    text = ("Envoys met in Geneva on Monday. The first round was held in Belarus in 2022.\n\n"
            "A further meeting is planned for next week.")
    article = Article(file="undated.txt", index=0, text=text)
    analysis = analyze(article, load_nlp()(text))
    values = [t.value for s in analysis.sentences for t in s.times]
    assert values == ["2022"]


@pytest.mark.model
def test_a_dated_article_resolves_relative_days() -> None:
    from detente.models import Article
    from detente.nlp.core import analyze

    text = "Envoys met in Geneva on Monday."
    article = Article(file="dated.txt", index=0, text=text, published="2025-06-05")
    analysis = analyze(article, load_nlp()(text))
    assert [t.value for t in analysis.sentences[0].times] == ["2025-06-02"]
