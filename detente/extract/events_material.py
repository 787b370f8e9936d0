"""Readings of material acts (ASSAULT, COERCE, MOBILIZE, SANCTION, RETREAT, AID) the verb finder
leaves open: an act that is only the purpose of a plan or drive, and a seizure of ground read by its
CAMEO code when a neighbour word reread the verb ('took control of' is 'take' reread by 'control').
"""
from __future__ import annotations

from typing import Any

from detente.extract import events_syntax as syn
from detente.extract.events_triggers import Candidate
from detente.models import Record

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


def retold_act(first: Record, named: Record) -> bool:
    """An act named as a noun beside a verb telling an act of the same kind between the same sides
    ('a blast knocked out Russia's bridge in what Moscow called a strike by Ukrainian sea drones') is
    that act told again, though one names the bridge and the other the state."""
    f, g = first.fields, named.fields
    if f["type"] != g["type"] or f["negated"] or g["negated"]:
        return False
    if first.date is not None and named.date is not None and first.date != named.date:
        return False
    sides = [(_country(f[k]), _country(g[k])) for k in ("actor", "target")]
    return all(a is None or b is None or a == b for a, b in sides)


def _country(actor: dict[str, Any] | None) -> str | None:
    return actor.get("country") if actor else None
