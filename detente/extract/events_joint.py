"""Agreements made jointly by parties the sentence names only as a pair: "The two leaders agreed to
meet again", "Both sides agreed to reconvene next week", "The presidents also agreed that experts
would meet in Riyadh".

The sentence names no one, yet a reader knows who agreed: the two parties the story has just told
meeting or talking. The annotation guide wants that agreement as an event of one of them. Without a
named subject the extractor used to drop it as a statement by no one. Read here: a plural subject of
'agree' that stands for the parties together ('both sides', 'the two sides', 'the leaders', 'the
parties', 'the two countries') takes the last pair of states the article told meeting, talking or
agreeing; with no such pair, only a political subject ('the leaders', 'the presidents', 'the
ministers', 'the delegations') keeps the agreement, with no actor, since 'both sides agreed' after a
match or a lawsuit is no diplomacy.

This is the fallback of `events_roles.pair_roles`, which first looks for the pair the story named
together (`sides.named_pair`); what is read here is the pair told acting together, for the subjects
that reading left without one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from detente.extract import events_syntax as syn
from detente.extract.events_triggers import Candidate
from detente.extract.sides import PAIR_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

JOINT_NOUNS = frozenset({"side", "party", "leader", "president", "minister", "delegation", "negotiator",
                         "country", "government", "nation", "premier", "counterpart"})
"""Plural nouns that can stand for the two parties of a meeting together."""
POLITICAL_JOINT = frozenset({"leader", "president", "minister", "delegation", "negotiator", "premier"})
"""Of those, the ones that tell diplomacy with no pair named before ('the leaders agreed')."""
JOINT_DETERMINERS = frozenset({"the", "both"})
JOINT_TYPES = ("AGREE",)

__all__ = ["joint_subject", "political_pair"]


def joint_subject(cand: Candidate) -> Token | None:
    """The plural subject that stands for the parties together ('both sides', 'the two leaders'), or
    None. Any other modifier names whose parties they are ('EU leaders', 'the leaders of both
    clubs') and is read as a name, not as a pair."""
    if cand.type not in JOINT_TYPES or cand.role != "verb":
        return None
    subject, passive = syn.subject_of(cand.anchor)
    if subject is None or passive or subject.tag_ != "NNS" or syn.lemma(subject) not in JOINT_NOUNS:
        return None
    if subject.conjuncts:
        return None
    words = {syn.lemma(c) for c in subject.children}
    others = [c for c in subject.children
              if syn.lemma(c) not in PAIR_WORDS | JOINT_DETERMINERS and c.dep_ != "punct"]
    if others or not words & (PAIR_WORDS | JOINT_DETERMINERS):
        return None
    return subject


def political_pair(subject: Token) -> bool:
    """'The leaders', 'the two presidents': people whose joint agreement is diplomacy, even where the
    story's pair is not known."""
    return syn.lemma(subject) in POLITICAL_JOINT
