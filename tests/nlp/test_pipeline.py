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
