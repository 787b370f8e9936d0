"""Whether a sentence tells one more act or the last act again.

News tells one act over several sentences ("Russian missiles struck Dnipro. The attack killed nine."),
and `events.same_event` folds such tellings into one record. But English also marks a further act of
the same kind between the same sides: "He also called for the release of prisoners", "Troops also
stormed a village", "A further 20 prisoners were freed in exchange", "a separate strike killed two".
Those are not retellings: the annotation guide wants every distinct act. A definite event noun or
weapon as the doer ("the attack also damaged a hospital", "the drones also hit a school") still points
back at the act already told. An accusation is also told apart by what it charges: an accusation
of another deed is one more act, not the first retold.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from detente.extract import events_syntax as syn
from detente.extract.events_lexicon import Lexicon
from detente.extract.events_triggers import find_candidates
from detente.models import Record
from detente.nlp.core import Analysis, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

FURTHER_ADVERBS = frozenset({"also"})
FURTHER_ADJECTIVES = frozenset({"further", "additional", "separate"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
SUBJECTS = ("nsubj", "nsubjpass")

__all__ = ["another_charge", "another_object", "lend_sides", "names_a_party", "tells_further"]


def tells_further(sentence: Sentence, lex: Lexicon) -> bool:
    """The sentence marks its act as one more ('also', 'a further N', 'a separate N'), on the act's
    own verb or on the verb that reports it, and its doer is not the act already told."""
    if sentence.span is None:
        return False
    acts = lex.trigger_lemmas | lex.speech_verbs
    for tok in sentence.span:
        word = tok.lower_
        if word in FURTHER_ADVERBS and tok.dep_ == "advmod" and tok.head.lemma_.lower() in acts:
            if not _points_back(tok.head, lex):
                return True
        elif word in FURTHER_ADJECTIVES and tok.dep_ == "amod" and _counted_more(tok.head):
            return True
    return False


def _counted_more(noun: Token) -> bool:
    """'a further 31 prisoners', 'a separate strike': one more of something, told indefinitely
    ('the separate talks' may name talks already told)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _points_back(verb: Token, lex: Lexicon) -> bool:
    """'The attack also damaged...', 'the drones also hit...': a definite act or weapon as the doer is
    the act told before, seen again."""
    weapons = set().union(*lex.modes.values())
    for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
        lemma = subject.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children)
        if definite and (lemma in lex.nouns or lemma in weapons):
            return True
        if subject.lower_ == "it":
            return True
    return False


def names_a_party(record: Record) -> bool:
    """Only an act with a doer or a target named can be a further act; a nameless reading ('31 wounded
    prisoners') is a figure of an act already told."""
    return record.fields["actor"] is not None or record.fields["target"] is not None


def lend_sides(told: Record, further: Record, article_id: str, spoken: bool) -> None:
    """'The RSF shelled a camp ... RSF fighters also stormed another': a further act of the same kind is
    between the sides already told, where it names no side of its own (never its place, day or figures).
    An act in words (`spoken`) takes only its doer: 'also called for funding for its schools' is
    addressed to no one the earlier demand was."""
    keys = (("actor", "target"),) if spoken else (("actor", "target"), ("target", "actor"))
    for key, other in keys:
        lent = told.fields[key]
        if further.fields[key] is None and lent is not None and lent != further.fields[other]:
            further.fields[key] = lent
    further.assign_id(article_id)


CHARGE_PREPS = frozenset({"of", "for"})


def another_charge(told: Record, later: Record, analysis: Analysis, lex: Lexicon) -> bool:
    """'He accused Moscow of blocking exchanges ... He accused its troops of executing prisoners': an
    accusation's content is its charge, so two sentences that each charge a deed of their own are two
    accusations; a charge that points back ('blamed Kyiv for the attack') is the first one retold."""
    if told.fields["type"] != "ACCUSE" or told.evidence.text == later.evidence.text:
        return False
    first, second = (_charges(analysis.sentence_at(r.evidence.start), lex) for r in (told, later))
    return bool(first) and bool(second) and not first & second


def _charges(sentence: Sentence | None, lex: Lexicon) -> set[str]:
    """The deeds a sentence's accusations charge: what the accuser 'said' was done, or the object of
    'of'/'for' on the accusing verb or on the accused ('accused its troops of executing prisoners')."""
    if sentence is None or sentence.span is None:
        return set()
    deeds: set[str] = set()
    for cand in find_candidates(sentence.span, lex):
        if cand.type != "ACCUSE":
            continue
        if cand.inner is not None:
            deeds.add(syn.lemma(cand.inner))
        for head in (cand.token, *syn.direct_objects(cand.token)):
            deeds.update(syn.lemma(obj) for prep in head.children
                         if prep.dep_ == "prep" and syn.lemma(prep) in CHARGE_PREPS
                         for obj in prep.children if obj.dep_ in ("pobj", "pcomp") and not _definite(obj))
    return deeds


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


PROPOSALS = frozenset({"AGREE", "REQUEST", "SUPPORT"})
CONTENT_PREPS = frozenset({"for", "on"})


def another_object(told: Record, later: Record, analysis: Analysis, lex: Lexicon) -> bool:
    """'Kyiv proposed a prisoner swap ... Kyiv also proposed a summit': what a party proposes, asks
    for or backs is the act's content, so two sentences whose proposals name different things are two
    proposals; a definite object ('backed the plan') may point back at the first and proves nothing."""
    kind = told.fields["type"]
    if kind not in PROPOSALS or told.evidence.text == later.evidence.text:
        return False
    first, second = (_contents(analysis.sentence_at(r.evidence.start), kind, lex) for r in (told, later))
    return bool(first) and bool(second) and not first & second


def _contents(sentence: Sentence | None, kind: str, lex: Lexicon) -> set[str]:
    """What a sentence's past acts of one kind are about, where that is itself an act: the act they commit
    to ('agreed to exchange'), their indefinite objects ('proposed a summit') and what they ask 'for' or
    insist 'on'. Other words ('support your endeavours', 'ready to accept it') tell nothing apart."""
    if sentence is None or sentence.span is None:
        return set()
    found: set[str] = set()
    for cand in find_candidates(sentence.span, lex):
        if cand.type != kind or not _told_done(cand.token):
            continue
        heads = [cand.token] if cand.inner is None else [cand.token, cand.inner]
        if cand.inner is not None and cand.inner is not cand.token:
            found.add(syn.lemma(cand.inner))
        for head in heads:
            found.update(syn.lemma(obj) for obj in syn.direct_objects(head) if not _definite(obj))
            found.update(syn.lemma(obj) for prep in head.children
                         if prep.dep_ == "prep" and syn.lemma(prep) in CONTENT_PREPS
                         for obj in prep.children if obj.dep_ == "pobj" and not _definite(obj))
    return {word for word in found if _other_act(word, kind, lex)}


def _told_done(verb: Token) -> bool:
    """'proposed', 'had asked', 'came asking': a proposal told in the past is an act that happened; in
    the present ('Kyiv demands', 'we support dialogue') it is a standing position, told again and again."""
    if verb.tag_ in ("VBD", "VBN"):
        return True
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.tag_ in ("VBD", "VBN")


def _other_act(word: str, kind: str, lex: Lexicon) -> bool:
    """An act of another kind than the proposal's own ('agreed to accept' names no new thing)."""
    if word in lex.nouns:
        return True
    trigger = lex.verbs.get(word)
    return trigger is not None and trigger.type != kind
