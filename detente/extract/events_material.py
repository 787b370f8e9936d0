"""Readings of material acts (ASSAULT, COERCE, MOBILIZE, SANCTION, RETREAT, AID) the verb finder
leaves open: an act that is only the purpose of a plan or drive, and a seizure of ground read by its
CAMEO code when a neighbour word reread the verb ('took control of' is 'take' reread by 'control').
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from detente.extract import events_syntax as syn
from detente.extract.events_lexicon import Lexicon
from detente.extract.events_triggers import Candidate, _candidate, noun_trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "RETREAT", "AID"})
SEIZURE_CAMEOS = ("171", "192")
MILITARY_COERCION = ("191", "192")
"""CAMEO 191 blockade or siege, 192 occupy territory: coercion by armed force, read like an attack."""
"""CAMEO 171 seize or damage property, 192 occupy territory."""
AGENT_WORDS = frozenset({"first", "last", "only", "next", "second", "third"})
"""'the first country to send tanks': an ordinal makes the infinitive tell what that party did."""


def purpose_only(cand: Candidate) -> bool:
    """'a drive to take full control of the city', 'a decision to send troops', 'an operation to free
    hostages': an infinitive hanging on a noun says what the plan or effort is for, not that it was done."""
    if cand.type not in MATERIAL_TYPES or cand.role != "verb":
        return False
    verb = cand.anchor
    if verb.dep_ != "acl" or not syn.has_to(verb) or not syn.is_noun(verb.head):
        return False
    head = verb.head
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False  # 'Poland was the country to send...' names a doer, not a plan
    return not any(syn.lemma(c) in AGENT_WORDS for c in head.children)


INVERTING_AUX = frozenset({"had", "should", "were"})


def counterfactual(cand: Candidate) -> bool:
    """'Had Ukraine managed to capture the plant, ...', 'Were Russia to strike a NATO state, ...', 'Should
    the talks fail, ...': an auxiliary before its subject opens a condition, so the act did not happen."""
    if cand.type not in MATERIAL_TYPES:
        return False
    for verb in (cand.anchor, *syn.governors(cand.anchor)):
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTING_AUX]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if aux and subjects and aux[0].i < subjects[0].i:
            return True
    return False


def seizure(cand: Candidate) -> bool:
    """A taking of ground or property, whether or not the trigger's own mode says so."""
    return cand.mode == "seize" or (cand.type == "COERCE" and cand.cameo in SEIZURE_CAMEOS)


def military_coercion(cand: Candidate) -> bool:
    """'Ukrainian units were surrounded near the city': a siege or occupation with no one named as its
    doer is, in a war article, the other side's, as an attack would be."""
    return cand.type == "COERCE" and cand.cameo in MILITARY_COERCION and not cand.negated



AMOUNT_WORDS = frozenset({"billion", "million", "thousand", "dollar", "euro", "pound", "$", "€", "£"})


def amount_aid(span: Span, lex: Lexicon, taken: list[Candidate]) -> list[Candidate]:
    """'approved $61 billion in aid to Ukraine', 'announced 2 billion euros in military assistance': aid
    named as what an amount is in, the amount being what the verb gives, approves or announces."""
    used = {c.token.i for c in taken} | {c.anchor.i for c in taken}
    found = (_amount_in(token, lex, used) for token in span if syn.is_noun(token))
    return [c for c in found if c is not None]


def _amount_in(noun: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    trigger = noun_trigger(noun, lex)
    if trigger is None or trigger.type != "AID" or noun.dep_ != "pobj" or syn.lemma(noun.head) != "in":
        return None
    amount = noun.head.head
    verb = amount.head
    if amount.dep_ != "dobj" or not syn.is_verb(verb) or verb.i in used:
        return None  # 'pledged $1 billion in aid' is already the pledge the verb reads
    counted = syn.lemma(amount) in AMOUNT_WORDS or amount.ent_type_ == "MONEY"
    if not counted or not (syn.lemma(verb) in lex.light_verbs or syn.lemma(verb) in lex.verbs):
        return None
    cand = _candidate(noun, verb, trigger, "light", lex)
    return None if cand is None or cand.future or cand.negated else cand
