"""Who is to do what a position is about: its direction (issue 14).

"Ukraine demands Russia's withdrawal" and "Russia demands that Ukraine withdraw" are both demands on
the issue `withdrawal`, but opposite ones; a matrix that keys cells on (party, issue) alone merges
them or calls them the same. A position's `who_acts` names the actor the issue's act falls to, read
from the parse of the words that name the issue:

- a verb's own subject: "demanded that Kyiv withdraw", "Russia would cede nothing";
- an infinitive's controller: "urged Moscow to withdraw" (the object), "Russia is ready to withdraw"
  (the subject);
- a noun's owner: "Russia's withdrawal", "the withdrawal of Russian troops", "a Ukrainian pullout";
- a bare gerund under a party's own refusal, acceptance or offer is the party's own act: "Kyiv rejects
  any deal that would involve withdrawing" (`who_acts_basis`: implied).

Nothing is guessed from proximity or from who the party's enemy is: where the words do not say who is
to act, `who_acts` is null and the position keeps its plain row in the matrix.
"""
from __future__ import annotations

from typing import Any

from detente.extract.common import actor_or_none
from detente.models import Record
from detente.nlp.core import ActorMention, Analysis, Sentence

# Stances whose subject-less act is the party's own ("rejects withdrawing", "offers to pull back").
_OWN_ACT_STANCES = frozenset({"reject", "accept", "offer"})
_NOUN_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
# Nouns of an act or a status whose owner is its doer: "Russia's withdrawal", "Ukrainian neutrality",
# "American recognition". An owner of any other noun is whose thing it is, not who acts ("Ukrainian
# children", "Russian assets").
_ACT_NOUNS = frozenset({
    "withdrawal", "pullout", "pullback", "retreat", "departure", "exit", "evacuation", "redeployment",
    "recognition", "concession", "cession", "annexation", "occupation", "neutrality", "membership",
    "accession", "demilitarization", "demilitarisation", "demobilization", "demobilisation",
    "disarmament", "mobilization", "mobilisation", "rearmament", "lifting", "easing", "guarantee",
    "commitment", "pledge", "deployment", "supply", "delivery", "compensation", "payment"})
# Of these, the intransitive ones also take their doer after "of": "the withdrawal of Russian troops"
# (but "the recognition of Crimea", "the lifting of sanctions" name what is acted on).
_OF_DOER_NOUNS = frozenset({
    "withdrawal", "pullout", "pullback", "retreat", "departure", "exit", "redeployment", "neutrality",
    "membership", "accession", "demobilization", "demobilisation", "disarmament", "demilitarization",
    "demilitarisation"})
_CONTROL_DEPS = frozenset({"xcomp"})


def add_direction(analysis: Analysis, records: list[Record]) -> list[Record]:
    """Give every position `who_acts` (an actor or null) and `who_acts_basis`, in place."""
    from detente.extract.positions import find_issues

    for record in records:
        if record.kind != "position":
            continue
        sent = analysis.sentence_at(record.evidence.start)
        actor, basis = None, None
        if sent is not None and sent.span is not None:
            spans = [(s, e) for issue, s, e in find_issues(sent.text) if issue == record.fields.get("issue")]
            actor, basis = _who_acts(analysis, sent, spans, record)
        record.fields["who_acts"] = actor
        record.fields["who_acts_basis"] = basis
    return records


def _who_acts(analysis: Analysis, sent: Sentence, spans: list[tuple[int, int]],
              record: Record) -> tuple[dict[str, Any] | None, str | None]:
    """The first issue mention of the sentence whose act the parse gives an actor."""
    party = record.fields.get("party") or {}
    for start, end in spans:
        span = analysis.doc.char_span(sent.start + start, sent.start + end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        mention = _stated_actor(sent, root)
        if mention is not None:
            return actor_or_none(mention.actor), "stated"
        if record.fields.get("stance") in _OWN_ACT_STANCES and party.get("country") and _bare_gerund(root):
            return dict(party), "implied"
    return None, None


def _stated_actor(sent: Sentence, root: Any) -> ActorMention | None:
    if root.pos_ in ("VERB", "AUX"):
        return _verb_actor(sent, root)
    return _noun_owner(sent, root)


def _verb_actor(sent: Sentence, verb: Any) -> ActorMention | None:
    """The doer of a verb: its subject, the agent of a passive, or the controller of an infinitive."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _mention_for(sent, child)
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return _mention_for(sent, objects[0]) if objects else None
    if verb.dep_ in _CONTROL_DEPS and verb.head.i != verb.i:
        head = verb.head
        for _ in range(3):
            objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            if objects:                      # object control: "urged Moscow to withdraw"
                return _mention_for(sent, objects[0])
            subjects = [c for c in head.children if c.dep_ == "nsubj"]
            if subjects:                     # subject control: "Russia wants to withdraw"
                return _mention_for(sent, subjects[0])
            if head.dep_ not in ("acomp", "xcomp") or head.head.i == head.i:
                break
            head = head.head                 # "Russia was not ready to withdraw": ready's subject
    return None


def _noun_owner(sent: Sentence, noun: Any) -> ActorMention | None:
    """'Russia's withdrawal', 'a Ukrainian pullout', 'the withdrawal of Russian troops',
    'recognition by the United States'."""
    lemma = noun.lemma_.lower()
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        mention = _first_object_owner(sent, prep)
        if mention is not None:
            return mention
    if lemma not in _ACT_NOUNS:
        return None
    mention = _owner_modifier(sent, noun)
    if mention is not None:
        return mention
    if lemma in _OF_DOER_NOUNS:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            mention = _first_object_owner(sent, prep)
            if mention is not None:
                return mention
    return None


def _first_object_owner(sent: Sentence, prep: Any) -> ActorMention | None:
    """The actor a preposition's object names or is owned by ('of Russian troops' -> Russian)."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        mention = _mention_at(sent, obj) or _owner_modifier(sent, obj)
        if mention is not None:
            return mention
    return None


def _owner_modifier(sent: Sentence, noun: Any) -> ActorMention | None:
    """The actor among a noun's possessor and modifiers ('Russia's', 'Russian')."""
    for child in noun.children:
        if child.dep_ in _NOUN_OWNER_DEPS:
            mention = _mention_at(sent, child)
            if mention is not None:
                return mention
    return None


def _bare_gerund(root: Any) -> bool:
    """A gerund with no subject of its own ('a deal that would involve withdrawing'), whose
    controller (if any) names no actor."""
    return (root.tag_ == "VBG" and root.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children))


def _mention_at(sent: Sentence, token: Any) -> ActorMention | None:
    """The actor mention the token is part of, if it names a state or body. A demonym that modifies
    a noun ('a Russian pullout') is no actor mention of its own (Russian oil is not an actor), so as
    the owner of an act it is looked up here."""
    start, end = token.idx, token.idx + len(token.text)
    for mention in sent.actors:
        if mention.start < end and mention.end > start and _countable(mention):
            return mention
    if token.dep_ in ("amod", "compound") and token.text[:1].isupper():
        from detente.nlp.actors import ActorResolver

        actor = ActorResolver.default().lookup(token.text)
        if actor is not None and actor.country:
            return ActorMention(start, end, token.text, actor, how="demonym")
    return None


def _mention_for(sent: Sentence, token: Any) -> ActorMention | None:
    """The mention at a phrase's head, else the one nearest the head inside the phrase
    ('the Russian side' -> Russian)."""
    at_head = _mention_at(sent, token)
    if at_head is not None:
        return at_head
    left, right = token.left_edge, token.right_edge
    start, end = left.idx, right.idx + len(right.text)
    inside = [m for m in sent.actors if start <= m.start and m.end <= end and _countable(m)]
    return min(inside, key=lambda m: abs(m.start - token.idx)) if inside else None


def _countable(mention: ActorMention) -> bool:
    return mention.actor is not None and bool(mention.actor.country)
