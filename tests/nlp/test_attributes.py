"""The attribute ruler matched by lookup must set exactly what spaCy's own matching sets (issue 13)."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from detente.nlp.attributes import AttributeLookup, token_attributes, use_attribute_lookup

PATTERNS = [
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"LEMMA": "be"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "drones"}]], "attrs": {"POS": "PROPN"}},   # a later rule overrides rule 0
    {"patterns": [[{"DEP": "expl"}, {"LOWER": "is"}]], "attrs": {"POS": "VERB"}, "index": 1},
]


def _doc(nlp: spacy.language.Language) -> Doc:
    words = ["There", "is", "talk", ":", "they", "'re", "gon", "na", "send", "drones", "and", "tanks", "."]
    tags = ["EX", "VBZ", "NN", ":", "PRP", "VBP", "VBG", "TO", "VB", "NNS", "CC", "NNS", "."]
    deps = ["expl", "ROOT", "attr", "punct", "nsubj", "aux", "aux", "aux", "ccomp", "dobj", "cc", "conj", "punct"]
    heads = [1, 1, 1, 1, 8, 8, 8, 8, 1, 8, 9, 9, 1]
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_lookup_finds_the_matches_of_the_matcher() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(PATTERNS)
    doc = _doc(nlp)
    expected = ruler.match(doc)
    assert expected, "the patterns should match the doc"
    assert AttributeLookup(ruler)(doc) == expected


def test_pipeline_with_lookup_sets_the_same_attributes() -> None:
    plain, fast = spacy.blank("en"), spacy.blank("en")
    for nlp in (plain, fast):
        nlp.add_pipe("attribute_ruler").add_patterns(PATTERNS)
    assert use_attribute_lookup(fast)
    a, b = plain.get_pipe("attribute_ruler")(_doc(plain)), fast.get_pipe("attribute_ruler")(_doc(fast))
    assert [token_attributes(t) for t in b] == [token_attributes(t) for t in a]
    assert b[9].pos_ == "PROPN" and b[11].pos_ == "NOUN" and b[1].lemma_ == "be" and b[6].lemma_ == "go"
    assert b[5].pos_ == "AUX" and b[1].pos_ == "VERB"


def test_no_ruler_no_change() -> None:
    assert not use_attribute_lookup(spacy.blank("en"))


@pytest.mark.model
def test_english_model_tokens_identical_with_lookup(samples_dir: Path) -> None:
    from detente.ingest.sources import read_inputs
    from detente.nlp.pipeline import load_model

    texts = [a.text for r in read_inputs([str(samples_dir)]) for a in r.articles][:6]
    assert texts
    plain, fast = load_model(), load_model()
    assert use_attribute_lookup(fast)
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert [token_attributes(t) for t in b] == [token_attributes(t) for t in a]
