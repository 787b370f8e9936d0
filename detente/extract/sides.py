"""Two parties told as a pair: 'both sides', 'the two countries', 'the two leaders', 'either country'.

Such a phrase names no one itself; a reader takes it for the last pair of states the story named
together ('India and Pakistan', 'Moscow and Kyiv'), in its sentence before the phrase or earlier.
Positions read it as two holders of a stance, events as the doers or the ones acted on.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.models import Actor
    from detente.nlp.core import Analysis, Sentence

SIDE_NOUNS = frozenset({"side", "party", "country", "neighbour", "neighbor", "leader", "government",
                        "delegation", "capital", "nation", "foe", "rival", "belligerent", "state"})
PAIR_WORDS = frozenset({"both", "two", "warring"})
ONE_OF_PAIR = frozenset({"either", "each", "neither"})
"""'either country', 'each side': one of the pair, whichever; a plural needs 'both', 'two' or 'warring'."""
PAIR_GAP = re.compile(r"\s*,?\s*and\s+(?:the\s+)?$", re.IGNORECASE)


def is_pair_phrase(token: Token | None) -> bool:
    """'both sides', 'the two leaders', 'the warring parties', 'either country' (not 'both sides of
    the border', a place, nor 'the two sides' own troops' possessor read elsewhere)."""
    if token is None or token.lemma_.lower() not in SIDE_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "amod", "predet", "preconj")}
    if token.tag_ == "NNS":
        return bool(words & PAIR_WORDS)
    return token.tag_ == "NN" and bool(words & ONE_OF_PAIR)


def named_pair(analysis: Analysis, sent: Sentence, limit: int,
               valid: Callable[[Actor | None], bool]) -> tuple[Actor, Actor] | None:
    """The pair of parties of different states the story has named joined by 'and' most often, in
    `sent` before the character offset `limit` (article-wide) or in an earlier sentence; the latest
    such pair on a tie ('Thailand and Cambodia agreed ...' twice outweighs one 'thanked Trump and
    China'). A list's last two members ('a plan of Qatar, Turkey, Jordan and Oman') are no pair."""
    seen: dict[frozenset[str], tuple[int, int, tuple[Actor, Actor]]] = {}
    for prior in analysis.sentences:
        if prior.index > sent.index:
            break
        end = limit if prior.index == sent.index else prior.end
        mentions = [m for m in prior.actors
                    if m.end <= end and valid(m.actor) and m.actor.sector != "IGO"]
        for first, second in zip(mentions, mentions[1:], strict=False):
            gap = prior.text[first.end - prior.start:second.start - prior.start]
            listed = prior.text[:first.start - prior.start].rstrip().endswith(",")
            if PAIR_GAP.fullmatch(gap) and not listed and first.actor.country != second.actor.country \
                    and not _go_betweens(prior, first.start):
                key = frozenset((first.actor.country, second.actor.country))
                count = seen.get(key, (0, 0, (first.actor, second.actor)))[0] + 1
                seen[key] = (count, first.start, (first.actor, second.actor))
    if not seen:
        return None
    return max(seen.values(), key=lambda v: (v[0], v[1]))[2]


GO_BETWEEN_VERBS = frozenset({"mediate", "host", "broker", "facilitate", "chair", "sponsor", "convene"})
"""Verbs whose agents stand between the sides: 'talks mediated by Norway and Oman' names the go-betweens,
not the two sides (ANNOTATION.md: hosts and go-betweens are mediators, not parties)."""


def _go_betweens(sent: Sentence, start: int) -> bool:
    """The pair starting at character `start` is the agent of a go-between verb ('mediated by A and B',
    'hosted by A and B')."""
    if sent.span is None:
        return False
    token = next((t for t in sent.span if t.idx == start), None)
    if token is None or token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    return token.head.head.lemma_.lower() in GO_BETWEEN_VERBS


def war_pair(analysis: Analysis, valid: Callable[[Actor | None], bool]) -> tuple[Actor, Actor] | None:
    """The two sides of the war the article tells ('Russia fired 598 drones ... Kyiv said'), in the
    order the story first names them, each as the state itself where the story names it: 'the two
    sides swapped prisoners' in such a story, with no pair named together, is their act."""
    from detente.extract.events_context import war_sides
    from detente.nlp.actors_dictionary import default_dictionary

    mentions = [m for s in analysis.sentences for m in s.actors if valid(m.actor)]
    war = war_sides(mentions)
    if not war:
        return None
    persons = default_dictionary().persons
    sides: list[Actor] = []
    for country in sorted(war, key=lambda c: next(i for i, m in enumerate(mentions) if m.actor.country == c)):
        named = [m.actor for m in mentions if m.actor.country == country]
        sides.append(next((a for a in named if a.name not in persons), named[0]))
    return sides[0], sides[1]


def civil_pair(analysis: Analysis, valid: Callable[[Actor | None], bool]) -> tuple[Actor, Actor] | None:
    """The two sides of a civil war the article tells: its most named armed movement and the forces or
    government of the state it fights in, both named ('Sudan's army and the RSF ... urged both sides to
    agree a truce'). A movement named with no force of its own state named (the Houthis in a story of
    Israeli strikes) makes no pair."""
    mentions = [m.actor for s in analysis.sentences for m in s.actors if valid(m.actor)]
    rebels = [a for a in mentions if a.sector == "REB" and a.country]
    if not rebels:
        return None
    rebel = max(rebels, key=lambda a: (rebels.count(a), -rebels.index(a)))
    state = next((a for a in mentions if a.country == rebel.country and a.sector in ("GOV", "MIL")), None)
    return (state, rebel) if state is not None else None
