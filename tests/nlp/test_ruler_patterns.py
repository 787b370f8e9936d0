"""The entity ruler's phrase patterns, only tokenized, must match what spaCy's full pass gives (issue 13)."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from detente.nlp.pipeline import add_ruler_patterns, entity_patterns

PATTERNS = [{"label": "GPE", "pattern": "Kyiv"}, {"label": "ORG", "pattern": "the Kremlin's envoys"},
            {"label": "PERSON", "pattern": [{"LOWER": "witkoff"}]}]


def test_phrase_patterns_tokenized_match_in_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler", name="ruler")
    add_ruler_patterns(nlp, "ruler", PATTERNS)
    assert nlp.pipe_names == ["ruler"] and not nlp.disabled
    doc = nlp("Witkoff flew to Kyiv; the Kremlin's envoys stayed home.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Witkoff", "PERSON"), ("Kyiv", "GPE"), ("the Kremlin's envoys", "ORG")]


def test_a_ruler_on_lemmas_still_gets_the_full_pass() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", name="ruler", config={"phrase_matcher_attr": "LEMMA"})
    seen: list[str] = []

    @spacy.Language.component("test_lemma_marker")
    def marker(doc):  # type: ignore[no-untyped-def]
        seen.append(doc.text)
        return doc

    nlp.add_pipe("test_lemma_marker", before="ruler")
    ruler.add_patterns = lambda patterns: seen.append("spaCy's own add_patterns")  # type: ignore[method-assign]
    add_ruler_patterns(nlp, "ruler", [{"label": "GPE", "pattern": "Kyiv"}])
    assert seen == ["spaCy's own add_patterns"]


@pytest.mark.model
def test_english_pipeline_finds_the_same_entities_as_spacys_own_add_patterns(samples_dir: Path) -> None:
    from detente.ingest.sources import read_inputs
    from detente.nlp.pipeline import load_model

    patterns = entity_patterns()
    texts = [a.text for r in read_inputs([str(samples_dir)]) for a in r.articles][:8]
    texts.append(" ".join(p["pattern"] for p in patterns if isinstance(p["pattern"], str))[:20_000])
    pipelines = []
    for ours in (False, True):
        nlp = load_model()
        ruler = nlp.add_pipe("entity_ruler", name="detente_entities", before="ner",
                             config={"overwrite_ents": True})
        if ours:
            add_ruler_patterns(nlp, "detente_entities", patterns)
        else:
            ruler.add_patterns(patterns)
        pipelines.append(nlp)
    plain, fast = pipelines
    assert fast.disabled == plain.disabled
    assert {k: [d.text for d in v] for k, v in fast.get_pipe("detente_entities").phrase_patterns.items()} == \
        {k: [d.text for d in v] for k, v in plain.get_pipe("detente_entities").phrase_patterns.items()}
    found = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in b.ents] == \
            [(e.start, e.end, e.label_, e.ent_id_) for e in a.ents]
        found += len(a.ents)
    assert found > 100
