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
    military seized power ... the junta launched airstrikes");
  - otherwise a state's own bodies ("the government", "the authorities", "the army") → the state
    the story is about, the one the whole article names clearly most often ("Chad's army fought ...
    the government announced a truce"): a home state needs no name, so it is read over the whole
    text, and left unread when two states share the story.
A phrase inside a quotation is left alone: the speaker's "the kingdom" is the speaker's own.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from detente.models import Actor
from detente.nlp.actors_dictionary import Dictionary
from detente.nlp.actors_rules import Cand, inside, quoted_ranges
from detente.nlp.doc_reads import doc_ents, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOOK_BACK_PARAGRAPHS = 2
OWNER_DEPS = ("nsubj", "nsubjpass", "poss")   # a state noun acts only as a subject or owner
INTERNATIONAL = frozenset({"international", "world", "global", "united", "nations", "european", "african",
                           "union", "inter", "regional", "arab", "islamic"})
HOME_LEAD = 1.5   # how much more the story's own state is named than the next one
MODIFIER_POS = ("ADJ", "NOUN", "PROPN", "NUM", "VERB")   # "the armed group", "the Defence Ministry"


def description_mentions(doc: Doc, chosen: list[Cand], d: Dictionary,
                         topic: Counter[str] | None = None) -> list[Cand]:
    """Mentions for the definite descriptions whose referent was named shortly before; `topic`
    counts the states the article names (for the bodies of the state the story is about)."""
    from detente.nlp.core import paragraph_starts

    text = doc_text(doc)
    paras = paragraph_starts(text)
    quoted = quoted_ranges(text)
    taken = {i for c in chosen for i in range(c.start, c.end)}
    named = sorted((c for c in chosen if c.how != "pronoun"), key=lambda c: c.start)
    home = home_state(topic, d) if topic else None
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
        body = actor is None and _state_body(tok, d)
        if body:
            actor = _own_body(tok.lower_, _seat_of(tok, d) or home, d)
        if actor is not None:
            out.append(Cand(start + 1, tok.i + 1, actor, "home" if body else "group", "group"))
            taken.update(range(start + 1, tok.i + 1))
    fought_in = _latest(named, lambda a: a.sector == "REB" and a.country in d.polities)
    return out + _home_orgs(doc, taken, home, fought_in.country if fought_in else None, d)


def _home_orgs(doc: Doc, taken: set[int], home: str | None, war: str | None, d: Dictionary) -> list[Cand]:
    """'Manila broke off contacts with the Sulu Liberation Front', 'the Prosecutor General's Office
    opened a case': an organisation the dictionary does not know, with no state's word before
    it, whose own words say it is a court or prosecutor is the home state's own; one whose words say
    it is an armed group is given the state it fights in (`war`: the state of the armed group the
    article named last; the home state may be a mediator's, "talks in Kunming between ..."); one
    whose words say it is international is no state's."""
    out = []
    for ent in doc_ents(doc):
        words = {t.lower_ for t in ent}
        if ent.label_ != "ORG" or taken.intersection(range(ent.start, ent.end)) or words & INTERNATIONAL \
                or d.names.get(d.tokens(ent.text)) is not None:
            continue
        sector = d.org_sector(ent.text)
        country = war if sector == "REB" else home if sector == "JUD" else None
        if country is not None:
            start = ent.start + (ent[0].lower_ == "the")
            out.append(Cand(start, ent.end, Actor(doc[start:ent.end].text, country, sector), "home", "org"))
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


def _state_body(tok: Token, d: Dictionary) -> bool:
    """'the government', 'the Federal Government', 'the army'; not an armed group's own name that
    ends in one of those words ('the People's Defence Army', 'the Highland Army')."""
    if tok.lower_ not in d.words.get("state_bodies", ()) or not tok.tag_.startswith("NN"):
        return False
    return tok.lower_ in ("government", "authorities") or tok.is_lower


def home_state(topic: Counter[str], d: Dictionary) -> str | None:
    """The state the story is about: the one whose names (its name, adjective, capital, its people)
    the article uses most, at least twice and clearly more than any other (HOME_LEAD times the
    next); None when two states share the story ("Berlin pledged arms to Kyiv ... the government"),
    since a body with no owner could then be either's."""
    states = [(c, n) for c, n in topic.most_common() if c in d.polities and d.polities[c]["sector"] != "IGO"]
    if not states or states[0][1] < 2 or (len(states) > 1 and states[0][1] < HOME_LEAD * states[1][1]):
        return None
    return states[0][0]


def _seat_of(tok: Token, d: Dictionary) -> str | None:
    """'the authorities in Tirana', 'the government in Kabul': a body placed in a state or its
    capital is that state's, whichever state the story is about."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            name = place.doc[place.left_edge.i:place.i + 1].text.removeprefix("the ")
            entry = d.names.get(d.tokens(name))
            if entry is not None and entry.kind in ("polity", "capital") \
                    and entry.actor.country in d.polities:
                return entry.actor.country
    return None


def _own_body(word: str, home: str | None, d: Dictionary) -> Actor | None:
    """'Chad's army fought rebels ... the government announced a ceasefire': a state's body with no
    owner is the body of the state the story is about."""
    if home is None:
        return None
    polity = d.government(home)
    return polity if word in ("government", "authorities") else Actor(polity.name, home, "MIL")


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
