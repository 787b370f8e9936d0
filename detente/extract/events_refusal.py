"""A refused agreement is an agreement not reached: 'Russia refused to extend the grain deal', 'the
government rejected a proposal for a truce', 'a ceasefire, which Moscow turned down'.

The gold guide (ANNOTATION.md) reads a failed or refused agreement as AGREE with negated true, with the
refusal (REJECT) allowed alongside. A REJECT whose object is a pact (a truce, a deal, a ceasefire, an
extension) or a proposal for one, or whose infinitive is a pact's making ('refused to extend/sign/
renew'), therefore also yields the negated AGREE. Rejecting a demand, a claim or a loan is no pact
refused, and stays a plain REJECT.
"""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from detente.extract import events_syntax as syn

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.extract.events_triggers import Candidate
    from detente.models import Record

PACTS = frozenset({
    "ceasefire", "cease-fire", "truce", "armistice", "deal", "agreement", "accord", "treaty", "pact",
    "extension", "memorandum", "settlement", "initiative", "moratorium", "pause", "halt",
})
"""Things sides agree to: refusing one is an agreement not reached."""
OFFERS = frozenset({"proposal", "plan", "offer", "call", "bid", "initiative", "idea", "framework"})
"""A proposal is a pact refused when it is one for a pact ('a proposal for a three-month truce')."""
MAKING = frozenset({"sign", "conclude", "ratify", "accept", "approve", "back"})
"""Verbs that make a pact: 'refused to sign the accord'."""
KEEPING = frozenset({"extend", "renew", "prolong"})
"""Verbs that keep one: 'refused to extend the initiative' (whatever it is called)."""
RELATIVES = frozenset({"which", "that", "what"})


def refuses_pact(cand: Candidate) -> bool:
    """Is this REJECT the refusal of a pact (or of a proposal for one)?"""
    if cand.type != "REJECT" or cand.negated or cand.role != "verb":
        return False
    verb = cand.token
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll") for c in verb.children):
        return False  # 'would not accept any deal that...': a stand taken, not a pact refused
    things = _refused_things(verb)
    if any(_is_pact(obj) for obj in things):
        return True
    # 'rejected a proposal by the mediators for a truce': the parser hangs the 'for' on the verb
    offered = any(syn.lemma(obj) in OFFERS for obj in things)
    if offered and any(syn.lemma(o) in PACTS for o in syn.prep_objects(verb, ("for",))):
        return True
    for child in verb.children:
        if child.dep_ != "xcomp":
            continue
        if syn.lemma(child) in KEEPING:
            return True
        if syn.lemma(child) in MAKING and any(_is_pact(o) for o in syn.direct_objects(child)):
            return True
    return False


def _refused_things(verb: Token) -> list[Token]:
    """The verb's objects, a passive subject, and the noun a relative 'which' stands for."""
    things = syn.direct_objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl" and any(t.lower_ in RELATIVES for t in things + list(verb.children)):
        things.append(verb.head)
    return things


def _is_pact(noun: Token) -> bool:
    """A pact noun, or a proposal 'for'/'of' one ('a ceasefire plan', 'an offer of a pause')."""
    word = syn.lemma(noun)
    if word in PACTS:
        return True
    if word not in OFFERS:
        return False
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    return any(syn.lemma(o) in PACTS for o in [*syn.prep_objects(noun, ("for", "of", "on")), *compounds])


def pact_not_reached(record: Record, article_id: str) -> Record:
    """The negated AGREE that a refusal of a pact also tells (same actor, date and evidence)."""
    twin = copy.deepcopy(record)
    twin.fields.update(type="AGREE", cameo="03", negated=True, mode=None)
    twin.assign_id(article_id)
    return twin
