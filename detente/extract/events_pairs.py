"""Reciprocal acts: 'Moscow and Kyiv accused each other of shelling the plant', 'the two armies traded
fire' told with 'each other' or 'one another'. Each side did it to the other, so the sentence tells two
events, one per direction; the parse names the sides as the verb's coordinated subjects. The
distributive reciprocal ('each side blamed the other', 'each accuses the other of stalling') tells the
same: the record read for one side, naming the other, is read again the other way.

A third party the pair dealt with apart ('Lima and Quito agreed, in separate talks with Chilean
mediators, to ...') is no reciprocal: each of the pair acted with the third, not with each other, so the
sentence tells one event per member of the pair, each aimed at the third party.
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


def _the_other(verb: Token) -> bool:
    """'each side blamed the other', 'each accuses the other side': the subject distributes over a pair
    ('each') and the object is 'the other' (alone or heading 'side', 'party'). 'Both ... the other'
    is left alone: 'both leaders criticised the other delegation' may name a third party."""
    subject, passive = syn.subject_of(verb)
    if subject is None or passive:
        return False
    words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ in ("det", "predet")}
    if not words & DISTRIBUTIVE:
        return False
    heads = syn.direct_objects(verb) + list(syn.prep_objects(verb, ("on", "against", "at", "of")))
    return any(_other_one(h) for h in heads)


DISTRIBUTIVE = frozenset({"each"})


def _other_one(head: Token) -> bool:
    """'the other', 'the other side': the remaining member of a pair."""
    if head.lower_ == "other":
        return any(c.lower_ == "the" for c in head.children)
    return any(c.lower_ == "other" and c.dep_ == "amod" for c in head.children) \
        and any(c.lower_ == "the" for c in head.children)


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
    """The record read each way when its act is done to 'each other' (or 'the other') by two sides;
    one record per member of a pair that dealt apart with a third party; else the record as is."""
    if cand.role != "verb":
        return [record]
    third = _apart_with(cand.token, sentence)
    if third is not None:
        return _each_with(record, _sides(cand.token, sentence), third, article_id) or [record]
    if record.fields["type"] not in DIRECTED:
        return [record]
    if _reciprocal(cand.token):
        named = _sides(cand.token, sentence)
        if len(named) == 2:
            return _twins(record, named[0], named[1], article_id)
    elif not _the_other(cand.token):
        return [record]
    return _swapped(record, article_id)


def _twins(record: Record, one: Actor, other: Actor, article_id: str) -> list[Record]:
    out = []
    for doer, done_to in ((one, other), (other, one)):
        twin = copy.deepcopy(record)
        twin.fields.update(actor=actor_or_none(doer), target=actor_or_none(done_to))
        twin.assign_id(article_id)
        out.append(twin)
    return out


def _swapped(record: Record, article_id: str) -> list[Record]:
    """The record and its mirror, where it names two parties of different states."""
    actor, target = record.fields["actor"], record.fields["target"]
    if not actor or not target or not actor.get("country") or not target.get("country") \
            or actor["country"] == target["country"]:
        return [record]
    twin = copy.deepcopy(record)
    twin.fields.update(actor=target, target=actor)
    twin.assign_id(article_id)
    return [record, twin]


APART_NOUNS = frozenset({"talk", "meeting", "negotiation", "consultation", "conversation", "call", "contact"})
"""Dealings a pair may hold apart with a third party ('in separate talks with')."""


def _apart_with(verb: Token, sentence: Sentence) -> Actor | None:
    """'A and B agreed, in separate talks with C's negotiators, ...': the third party C (a state of its
    own) both dealt with apart; None where the verb has no such phrase."""
    for dealing in syn.prep_objects(verb, ("in", "during", "after", "through")):
        if syn.lemma(dealing) not in APART_NOUNS:
            continue
        if not any(c.lower_ in ("separate", "parallel") and c.dep_ == "amod" for c in dealing.children):
            continue
        for party in syn.prep_objects(dealing, ("with",)):
            # 'U.S. negotiators in Riyadh' are American: the party's own modifiers before its place
            owners = [c for c in party.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            for token in (*owners, party):
                actor = actor_at(token, sentence)
                if actor is not None and actor.country:
                    return actor
    return None


def _each_with(record: Record, sides: list[Actor], third: Actor, article_id: str) -> list[Record]:
    """One record per member of the pair, each acting on the third party."""
    if len(sides) != 2 or any(side.country == third.country for side in sides):
        return []
    out = []
    for side in sides:
        twin = copy.deepcopy(record)
        twin.fields.update(actor=actor_or_none(side), target=actor_or_none(third))
        twin.assign_id(article_id)
        out.append(twin)
    return out
