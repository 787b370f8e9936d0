"""Talks status read from the parse, not from phrases: what governs the word naming the talks.

"Erdogan offered to host a new round of talks", "Kyiv hopes to hold talks", "talks are likely to
be held": a verb or adjective of planning, wanting or expecting governs the talks, so they are
proposed. "Moscow denied that talks were under way", "dismissed reports of secret talks", "no talks
took place", "the two leaders have never met": the talks are denied. The words are classes of
English (data: `planning_words`, `denying_verbs` in talks_cues.json), the reach is the parse.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# relations through which a talks word is the thing planned or denied ("to host a round of talks")
_CHAIN = {"pobj", "prep", "dobj", "xcomp", "attr", "appos", "compound", "conj", "acomp", "nsubjpass",
          "auxpass", "oprd"}
_NEGATIONS = {"not", "n't", "never", "no"}


def governors(tok: Token, planning: set[str] | frozenset[str] = frozenset(),
              limit: int = 6) -> Iterator[Token]:
    """The words above `tok` while it is their object, complement or prepositional phrase: "a
    round of talks", "plans for talks", "invited Kyiv to talks"; not "a seat at talks" or "a
    roadmap for talks"."""
    node = tok
    for _ in range(limit):
        if node.head.i == node.i or node.dep_ not in _CHAIN and not _infinitive_of_a_plan(node, planning):
            return
        if node.dep_ == "pobj" and not (node.head.lower_ == "of" or node.head.lower_ in ("for", "to") and (
                node.head.head.lemma_.lower() in planning)):
            return
        node = node.head
        yield node


def _infinitive_of_a_plan(node: Token, planning: set[str] | frozenset[str]) -> bool:
    """"offered on Monday to host a meeting": a to-infinitive the parse hangs on a verb of planning
    as an adverbial clause (a phrase between them) is still what is planned."""
    return (node.dep_ == "advcl" and node.head.lemma_.lower() in planning
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))


def negated(tok: Token) -> bool:
    """'did not meet', 'never held talks', 'no talks'."""
    return any(c.dep_ in ("neg", "det") and c.lower_ in _NEGATIONS for c in tok.children)


def planned(tok: Token, planning: set[str]) -> bool:
    """A word of planning governs the talks word: 'offered to host talks', 'hopes to meet'."""
    return any(g.lemma_.lower() in planning and not negated(g) for g in governors(tok, planning))


def aimed_at(tok: Token) -> bool:
    """The talks are what an effort aims at, told by a noun's to-infinitive: "efforts to restart
    stalled talks", "a bid to revive negotiations": sought, not yet held."""
    verb = tok.head
    return (tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.dep_ == "acl"
            and verb.head.pos_ == "NOUN" and not negated(verb)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def drawn_into(tok: Token, drawing: set[str] | frozenset[str]) -> bool:
    """The talks are where someone is being brought, by a verb of drawing not yet done: "a ploy to
    draw Kyiv into negotiations", "trying to push Moscow into talks": sought, not yet held
    ("dragged Russia into talks" in the past tense is left to the other cues)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("into", "to") or prep.head.i == prep.i:
        return False
    verb = prep.head
    not_done = verb.tag_ in ("VB", "VBG", "VBP", "VBZ")
    return verb.pos_ == "VERB" and verb.lemma_.lower() in drawing and not_done and not negated(verb)


def _denies(node: Token, denying: set[str]) -> bool:
    """A verb of denial, or "rule out" ("Moscow ruled out a meeting")."""
    if node.pos_ != "VERB" or negated(node):
        return False
    lemma = node.lemma_.lower()
    ruled_out = lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in node.children)
    return lemma in denying or ruled_out


def unplanned(tok: Token, planning: set[str] | frozenset[str]) -> bool:
    """A plan of the talks said not to exist: "had no plans to meet Zelensky", "has no intention
    of holding talks"."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in ("acl", "xcomp", "pobj", "prep", "pcomp", "dobj"):
            return False
        node = node.head
        if node.pos_ == "NOUN" and (node.lemma_.lower() in planning or node.lower_ == "intention"):
            return any(c.dep_ == "det" and c.lower_ == "no" for c in node.children)
    return False


def denied(tok: Token, denying: set[str]) -> bool:
    """The talks are said not to happen: 'no talks', 'never met', 'denied holding talks', or a verb
    of denial over the clause of the talks ('denied that talks were taking place', 'ruled out a
    meeting')."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "can", "may", "might", "wo", "ca")
                for c in tok.children)
    if negated(tok) and not modal:
        return True         # "no talks", "have never met"; "would not meet" is a refusal, not a denial
    above = list(governors(tok))
    if any(negated(g) and g.pos_ in ("VERB", "AUX") and g.lemma_.lower() in ("hold", "take", "have", "be")
           for g in above[:2]):
        return True         # "did not hold talks", "no talks have taken place"
    node = tok
    for _ in range(6):      # up through the clause: "denied that talks were taking place"
        if node.head.i == node.i:
            break
        node = node.head
        if _denies(node, denying):
            return True
        if node.dep_ in ("relcl", "advcl", "conj"):
            break           # "ruled out sending troops but said he would meet Putin": another clause
    return False
