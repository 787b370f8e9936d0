"""The per-Doc text and entities are spaCy's own, read once (detente/nlp/doc_reads.py)."""
from __future__ import annotations

from spacy.tokens import Doc

from detente.nlp.doc_reads import doc_ents, doc_text


def test_text_and_entities_are_the_docs_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Envoys from Kenya met in Geneva on Tuesday.\n\nThe talks, said a UN official, went well.")
    assert doc_text(doc) == doc.text
    assert [(e.text, e.label_, e.start, e.end) for e in doc_ents(doc)] == \
        [(e.text, e.label_, e.start, e.end) for e in doc.ents]


def test_a_second_read_reuses_the_first() -> None:
    from spacy import blank

    doc = blank("en")("Ministers of Chile and Peru spoke by phone")
    doc.ents = [doc.char_span(13, 18, label="GPE"), doc.char_span(23, 27, label="GPE")]
    assert doc_ents(doc) is doc_ents(doc)
    assert [e.text for e in doc_ents(doc)] == ["Chile", "Peru"]
    assert doc_text(doc) is doc_text(doc)


def test_each_doc_keeps_its_own() -> None:
    from spacy import blank

    nlp = blank("en")
    first: Doc = nlp("Oslo hosted the round")
    second: Doc = nlp("Doha hosted the next one")
    assert (doc_text(first), doc_text(second)) == (first.text, second.text)
    assert doc_ents(first) == () and doc_ents(second) == ()
