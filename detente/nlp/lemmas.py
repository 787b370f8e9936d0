"""The model's rule lemmatizer, applied by table: the same lemmas, a fraction of the cost.

spaCy's rule lemmatizer visits every token as a Python `Token` object and, even when its own cache
answers, reads the token's text, part of speech and morphology one attribute at a time; on real
articles that is about a tenth of the bare parse (bench/extract.py --profile). Its answer is a pure
function of the token's (form, part of speech, morphology): spaCy 3.8 caches it under exactly that key.
So the three columns are read for the whole doc at once with `Doc.to_array`, each distinct triple is
lemmatized once by the model's own lemmatizer and remembered, and the lemmas are written back with one
`Doc.from_array`. A new word is lemmatized by the model's own rules, but its word index is held as
sets: each of its lists was scanned whole for every new word (most of the lemmatizer's cost).
Tokens that already hold a lemma (set by the attribute ruler) keep it unless the lemmatizer
overwrites, as spaCy does. tests/nlp/test_lemmas.py compares the two token by token.
"""
from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

MAX_KNOWN = 200_000
"""Distinct (form, part of speech, morphology) triples remembered; a long ingest starts over past this."""


class LemmaTable:
    """Sets each token's lemma from a table of the model's own answers, keyed as spaCy keys its cache."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.lemmatize = lemmatizer.lemmatize   # the model's bound method, before we replace __call__
        self.strings = lemmatizer.vocab.strings
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not getattr(self.lemmatizer, "_validated", True):
            self.lemmatizer._validate_tables(Errors.E1004)
        if len(doc) == 0:
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = bool(getattr(self.lemmatizer, "overwrite", False))
        known = self.known
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = known.get(key)
            if value is None:
                if len(known) > MAX_KNOWN:
                    known.clear()
                value = known[key] = self.strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        return doc


def use_lemma_table(nlp: Language, name: str = "lemmatizer") -> bool:
    """Make the model's rule lemmatizer answer by table; False when the pipeline has no rule lemmatizer.

    The component keeps its name, config and tables; only its class becomes a subclass whose call goes
    through the table (spaCy calls a component through its type, so the call cannot be set on it)."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "lemmatize"):
        return False
    if isinstance(lemmatizer, _TableCall):
        return True
    _index_as_sets(lemmatizer)
    lemmatizer._detente_table = LemmaTable(lemmatizer)
    lemmatizer.__class__ = _table_class(type(lemmatizer))
    return True


def _index_as_sets(lemmatizer: Any) -> None:
    """The model's word index per part of speech is a list that every new word scans whole (57k nouns);
    the rule lemmatizer only asks `form in index`, which a set answers the same, at once."""
    table = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(table.items()):
        if isinstance(words, list):
            table[pos] = frozenset(words)


class _TableCall:
    """Mixed into the model's lemmatizer class: calls go to the table."""

    _detente_table: LemmaTable

    def __call__(self, doc: Doc) -> Doc:
        return self._detente_table(doc)


_CLASSES: dict[type, type] = {}


def _table_class(base: type) -> type:
    if base not in _CLASSES:
        _CLASSES[base] = type(f"Table{base.__name__}", (_TableCall, base), {})
    return _CLASSES[base]
