"""Definite descriptions read as anaphora: "the rebels", "the ministry", "the kingdom", "the army".

News prose names a party once and then refers back to it by what it is: "M23 rebels took Goma. The
group said it would not withdraw", "Russia's Defence Ministry said 84 soldiers came home; the ministry
said they were receiving care", "Saudi Arabia offered to host talks. The kingdom said ...". A
definite noun phrase with no owner and no name of its own ("the X" with only modifiers between)
therefore means the latest compatible party named before it, in its paragraph or the two before:
  - an armed group's nouns ("the group", "the movement", "the rebels", "the militants") → the latest
    insurgent or armed group (sector REB), which carries the state it fights in (Hamas → PSE);
  - a ministry ("the ministry", "the Defence Ministry") → the latest ministry of that kind named;
  - a state's marked nouns ("the kingdom", "the Islamic Republic", "the Gulf state") as a clause's
    subject or owner, never after a preposition of place → the latest state named by its own name
    ("the country" is left alone: in war news it as often means the other side, "Russian forces
    attacked the country's grid");
  - the state's forces ("the army", "the military") in an article about an armed group → the forces
    of the state that group fights in ("the RSF is still fighting the army");
  - "the junta" → the forces of the latest state named by its government or military ("Myanmar's
    military seized power ... the junta launched airstrikes").
A phrase inside a quotation is left alone: the speaker's "the kingdom" is the speaker's own.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from detente.models import Actor
from detente.nlp.actors_dictionary import Dictionary
from detente.nlp.actors_rules import Cand, inside, quoted_ranges
from detente.nlp.doc_reads import doc_ents, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOOK_BACK_PARAGRAPHS = 2
OWNER_DEPS = ("nsubj", "nsubjpass", "poss")   # a state noun acts only as a subject or owner
MODIFIER_POS = ("ADJ", "NOUN", "PROPN", "NUM", "VERB")   # "the armed group", "the Defence Ministry"


def description_mentions(doc: Doc, chosen: list[Cand], d: Dictionary) -> list[Cand]:
    """Mentions for the definite descriptions whose referent was named shortly before."""
    from detente.nlp.core import paragraph_starts

    text = doc_text(doc)
    paras = paragraph_starts(text)
    quoted = quoted_ranges(text)
    taken = {i for c in chosen for i in range(c.start, c.end)}
    named = sorted((c for c in chosen if c.how != "pronoun"), key=lambda c: c.start)
    out: list[Cand] = []
    for tok in doc:
        if tok.i in taken or not tok.is_alpha or inside(quoted, tok.idx):
            continue
        start = _definite_start(doc, tok, taken)
        if start is None:
            continue
        para = bisect_right(paras, tok.idx)
        before = [c for c in named if c.end <= start
                  and para - bisect_right(paras, doc[c.start].idx) <= LOOK_BACK_PARAGRAPHS]
        actor = _referent(doc, tok, start, before, d)
        if actor is not None:
            out.append(Cand(start + 1, tok.i + 1, actor, "group", "group"))
            taken.update(range(start + 1, tok.i + 1))
    return out


def _definite_start(doc: Doc, tok: Token, taken: set[int]) -> int | None:
    """The index of "the" opening a phrase headed by `tok` with only modifiers between, else None.
    A phrase with an owner after it ("the ministry of defence of X", "the army's") names its owner."""
    if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        return None   # "the group chat", "the country director": a modifier, not the head
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "of" and not any(c.dep_ == "pcomp" for c in after.children):
        return None   # an owner ('the group of states'), not what it is accused of ('the group of attacking')
    for k in range(tok.i - 1, max(-1, tok.i - 4), -1):
        word = doc[k]
        if word.lower_ == "the":
            return k
        if k in taken or word.pos_ not in MODIFIER_POS:
            return None   # "the Houthi movement" names its group itself; "Kyiv's army" has an owner
    return None


def _referent(doc: Doc, tok: Token, start: int, before: list[Cand], d: Dictionary) -> Actor | None:
    """The actor the description at `tok` refers back to, among the mentions `before` it."""
    word = tok.lower_
    if word in d.words["group_anaphors"] and tok.tag_ in ("NN", "NNS", "NNP", "NNPS"):
        # a group, not the person who last spoke for one ("the rebels" after "their negotiator X")
        groups = [c for c in before if c.actor.sector == "REB" and c.kind != "person"]
        if not groups or _other_org_between(doc, groups[-1].end, start, groups[-1].actor, d):
            return None   # "a Zaka official, describing the group's work": the nearer organisation
        return groups[-1].actor
    if word == "ministry":
        return _ministry(doc, tok, start, before, d)
    if word in d.words["state_anaphors"] and tok.dep_ in OWNER_DEPS and tok.tag_ in ("NN", "NNP") \
            and (word != "state" or start + 1 < tok.i):   # "the Gulf state", never a bare "the state"
        # "U.S. aid" is aid, not the state; "Paris has smog" may be the city: only a state's own name
        heads = [c for c in before if not _modifier(doc, c) and c.how == "name"]
        return _latest(heads, lambda a: _is_state(a, d))
    if word == "junta" and tok.tag_ in ("NN", "NNP") \
            and not any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in tok.children):  # 'in Mali'
        # 'Myanmar's military seized power ... The junta launched airstrikes': the state's ruling military
        state = _latest(before, lambda a: a.country in d.polities and a.sector in ("GOV", "MIL"))
        return Actor(d.polities[state.country]["name"], state.country, "MIL") if state is not None else None
    if word in ("army", "military") and tok.tag_ in ("NN", "NNP"):
        group = _latest(before, lambda a: a.sector == "REB")
        if group is not None and group.country in d.polities:
            return Actor(d.polities[group.country]["name"], group.country, "MIL")
    return None


def _ministry(doc: Doc, tok: Token, start: int, before: list[Cand], d: Dictionary) -> Actor | None:
    """"the ministry" → the latest ministry named; "the Defence Ministry" → the latest of that kind."""
    words = tuple(t.lower_ for t in doc[start + 1:tok.i + 1])
    inst = next((d.institutions[words[k:]] for k in range(len(words) - 1)
                 if words[k:] in d.institutions), None)
    if inst is not None:
        wanted = {actor for (c, key), actor in d.inst_orgs.items() if key == inst["key"]}
        wanted |= {d.institution_actor(c, inst) for c in {m.actor.country for m in before}
                   if c in d.polities}
        return _latest(before, lambda a: a in wanted)
    return _latest(before, lambda a: "Ministry" in a.name or "ministry" in a.name)


def _other_org_between(doc: Doc, after: int, before: int, group: Actor, d: Dictionary) -> bool:
    """An organisation the parser found between the group named and the description (any ORG entity
    but the group's own name, as in "a senior Houthi official"): "the group" then more likely means
    that one."""
    return any(ent.label_ == "ORG" and after <= ent.start and ent.end <= before
               and getattr(d.names.get(d.tokens(ent.text)), "actor", None) != group for ent in doc_ents(doc))


def _modifier(doc: Doc, cand: Cand) -> bool:
    """A mention that only modifies a noun after it ("U.S. aid", "Russian drones")."""
    root = doc[cand.start:cand.end].root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= cand.end


def _is_state(actor: Actor, d: Dictionary) -> bool:
    """A state's government (not an international body, not a person or one institution of it)."""
    return actor.country in d.polities and actor.sector == "GOV" and actor.country is not None \
        and actor == d.government(actor.country) and d.polities[actor.country]["sector"] != "IGO"


def _latest(before: list[Cand], fits) -> Actor | None:   # type: ignore[no-untyped-def]
    """The actor of the last mention in `before` that `fits`."""
    for cand in reversed(before):
        if fits(cand.actor):
            return cand.actor
    return None
