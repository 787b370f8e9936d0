"""Reciprocal acts: 'Moscow and Kyiv accused each other of shelling the plant', 'the two armies traded
fire' told with 'each other' or 'one another'. Each side did it to the other, so the sentence tells two
events, one per direction; the parse names the sides as the verb's coordinated subjects.
"""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from detente.extract import events_syntax as syn
from detente.extract.common import actor_or_none
from detente.extract.events_roles import actor_at

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.extract.events_triggers import Candidate
    from detente.models import Actor, Record
    from detente.nlp.core import Sentence

DIRECTED = ("ACCUSE", "ASSAULT", "THREATEN", "COERCE", "SANCTION", "REQUEST")
"""Acts with a doer and a receiver; a reciprocal meeting or agreement has no target (ANNOTATION.md)."""


def _reciprocal(verb: Token) -> bool:
    """The verb's object (or the object of its preposition) is 'each other' or 'one another'."""
    heads = syn.direct_objects(verb) + list(syn.prep_objects(verb, ("on", "against", "at", "with", "of")))
    return any(_pair_word(h) for h in heads)


def _pair_word(head: Token) -> bool:
    """'each other' (headed by 'other') or 'one another' (headed either way)."""
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod")}
    return words >= {"each", "other"} or words >= {"one", "another"}


def _sides(verb: Token, sentence: Sentence) -> list[Actor]:
    """The distinct states the verb's coordinated subjects name ('Moscow and Kyiv', 'both armies')."""
    subject, _ = syn.subject_of(verb)
    if subject is None:
        return []
    actors: list[Actor] = []
    # 'Moscow and Kyiv', or 'Thai and Cambodian troops' (the sides as coordinated modifiers)
    modifiers = [m for m in subject.children if m.dep_ in ("nmod", "amod", "compound")]
    for token in (subject, *subject.conjuncts, *[t for m in modifiers for t in (m, *m.conjuncts)]):
        actor = actor_at(token, sentence)
        if actor is not None and actor.country and all(a.country != actor.country for a in actors):
            actors.append(actor)
    return actors


def both_ways(cand: Candidate, record: Record, sentence: Sentence, article_id: str) -> list[Record]:
    """The record read each way when its act is done to 'each other' by two named sides; else as is."""
    if record.fields["type"] not in DIRECTED or cand.role != "verb" or not _reciprocal(cand.token):
        return [record]
    sides = _sides(cand.token, sentence)
    if len(sides) != 2:
        return [record]
    out = []
    for doer, done_to in (sides, sides[::-1]):
        twin = copy.deepcopy(record)
        twin.fields.update(actor=actor_or_none(doer), target=actor_or_none(done_to))
        twin.assign_id(article_id)
        out.append(twin)
    return out
