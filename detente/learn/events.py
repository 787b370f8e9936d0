"""Events the rules do not read, from the trained classifier (issue 10).

A sentence where no rule made an event (most often: open wording no trigger reading covers, 'Minsk
shrugged off the new curbs'), which the classifier says holds event type T with high probability,
gets its main verb read as a T trigger; the rules' own role finders then name actor and
target and the rules' own checks (a speech act needs a speaker, a hedged or conditional clause is no
event) decide whether a record is made. Off unless the `learned_model` setting names a model.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from detente.extract import events_syntax as syn
from detente.extract.events_lexicon import Lexicon, Trigger
from detente.extract.events_triggers import Candidate
from detente.learn import model
from detente.learn.labels import EVENT_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.models import Record
    from detente.nlp.core import Analysis, Sentence

EVENT_THRESHOLD = 0.8
"""Probability above which a label is read as an event; chosen on held-out tune files (docs/training.md)."""
SPEECH_ACTS = ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE")
"""Types a speaker performs by speaking: their trigger may be the speech verb itself."""
RecordMaker = Callable[..., "Record | None"]


def enabled() -> bool:
    """Whether the setting names a classifier (cheap: no model is loaded)."""
    return model.model_path() is not None


def best_event_type(scores: dict[str, float], threshold: float = EVENT_THRESHOLD) -> str | None:
    """The event type the classifier is surest of for a sentence, if it is sure enough."""
    ranked = sorted(((scores.get(t, 0.0), t) for t in EVENT_TYPES), reverse=True)
    return ranked[0][1] if ranked and ranked[0][0] >= threshold else None


def main_verb(sentence: Sentence, lex: Lexicon, kind: str | None = None) -> Token | None:
    """The verb that carries the sentence's event: the root; under a speech verb, what it reports,
    unless the event is itself a speech act ('Zelensky said Putin broke his word' is his ACCUSE)."""
    span = sentence.span
    if span is None:
        return None
    root = span.root
    if not syn.is_verb(root):
        return None
    if syn.lemma(root) in lex.speech_verbs:
        if kind in SPEECH_ACTS:
            return root
        reported = [c for c in root.children if c.dep_ in ("ccomp", "xcomp") and syn.is_verb(c)]
        return reported[0] if reported and syn.lemma(reported[0]) not in lex.speech_verbs else None
    return root


def usual_cameo(lex: Lexicon) -> dict[str, str]:
    """Each type's most common CAMEO code among the trigger verbs (the code a learned event gets)."""
    return _usual_cameo(tuple(lex.verbs.values()))


@lru_cache(maxsize=1)
def _usual_cameo(triggers: tuple[Trigger, ...]) -> dict[str, str]:
    counts: dict[str, Counter[str]] = {}
    for trigger in triggers:
        counts.setdefault(trigger.type, Counter())[trigger.cameo] += 1
    return {kind: c.most_common(1)[0][0] for kind, c in counts.items()}


def candidate(verb: Token, kind: str, lex: Lexicon) -> Candidate:
    """A trigger reading of `verb` as type `kind`, negated when the verb is."""
    cameo = usual_cameo(lex).get(kind, "")
    trigger = Trigger(lemma=syn.lemma(verb), type=kind, cameo=cameo)
    negated = any(c.dep_ == "neg" for c in verb.children)
    return Candidate(token=verb, anchor=verb, trigger=trigger, type=kind, cameo=cameo, mode=None,
                     negated=negated)


def learned_events(analysis: Analysis, sentence: Sentence, lex: Lexicon, ctx: Any,
                   make: RecordMaker) -> list[Record]:
    """The event the classifier reads in a sentence the rules left empty, built by the rules' `make`."""
    if not enabled() or sentence.text.rstrip().endswith("?"):
        return []
    kind = best_event_type(_scores(analysis, sentence)) if sentence.span is not None else None
    verb = main_verb(sentence, lex, kind) if kind is not None else None
    if kind is None or verb is None or syn.is_conditional(verb, lex) or syn.is_hedged_adverb(verb):
        return []
    if syn.lemma(verb) in lex.verbs:
        return []  # a trigger verb the rules read and declined ('X agreed.' is an opinion): theirs to say
    record = make(analysis, sentence, candidate(verb, kind, lex), lex, ctx)
    if record is None:
        return []
    record.fields["learned"] = True
    return [record]


def _scores(analysis: Analysis, sentence: Sentence) -> dict[str, float]:
    """The sentence's label probabilities, from one batch over the article's sentences."""
    spans = [s.span for s in analysis.sentences if s.span is not None]
    at = next(i for i, span in enumerate(spans) if span is sentence.span)
    return model.doc_sentence_scores(analysis.doc, spans)[at]
