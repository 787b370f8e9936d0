"""Material acts told as noun phrases: 'Ukraine's drone attacks on Russian airbases', 'a Russian
missile strike on Dnipro', 'the shelling of Kherson', 'Moscow's blockade of the ports'.

The verb-driven finder only reads an event noun when a verb makes it happen ('launched an attack',
'the strike killed', 'during the raid'). News English also reports acts by naming them inside other
clauses ('Putin cited Ukraine's attacks on bombers', 'talks were delayed by Russian shelling'). Such a
noun phrase tells an act that happened when it names who did it or what it was done to, and nothing
above it makes it unreal (a threat, a plan, a ban, a halt, a ceasefire covering it).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from detente.extract import events_syntax as syn
from detente.extract.events_lexicon import Lexicon
from detente.extract.events_triggers import OWNER_ENTS, Candidate, _candidate, noun_anchor, noun_trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NOMINAL_TYPES = ("ASSAULT", "COERCE")
"""Material acts whose noun alone, owned or aimed, reports the act (not aid, talks or speech)."""
BACKGROUND_NOUNS = frozenset({"invasion", "war", "aggression", "offensive", "counteroffensive",
                              "counter-offensive", "advance", "fighting", "ban", "curfew", "martial law",
                              "warrant", "detention"})
"""Nouns that name a standing state or a long campaign rather than one act the article tells
('since Russia's invasion of Ukraine', 'the ban on exports', 'an arrest warrant for')."""
AIM_PREPS = ("on", "against", "upon", "targeting")
ACTION_OF_PREPS = ("of",)
"""'the shelling of Kherson', 'the bombardment of Mariupol': an action noun's 'of' names its target."""
UNREAL_HEADS = frozenset({
    # what has not (yet) happened: feared, planned, threatened, asked for, possible
    "threat", "risk", "fear", "danger", "possibility", "prospect", "plan", "plot", "preparation", "call",
    "demand", "warning", "option", "scenario", "likelihood", "chance", "potential", "wave", "spectre",
    "specter", "rumour", "rumor", "claim", "allegation", "accusation", "denial", "report",
    # what stops or limits it: a ceasefire, moratorium, halt or ban covering the acts
    "ceasefire", "truce", "moratorium", "halt", "pause", "end", "cessation", "ban", "freeze", "suspension",
    "stop", "prevent", "deter", "avoid", "refrain", "protection", "defence", "defense", "shield",
    "immunity", "guarantee", "deny", "refute", "reject",
})
"""Heads above the noun that make it no act: 'the threat of strikes', 'a moratorium on attacks on energy
sites', 'to prevent attacks', 'Moscow denied the strikes' (denied, so not told as happened)."""
UNREAL_DETERMINERS = frozenset({"any", "no", "every", "each", "future", "possible", "potential", "further",
                                "new", "more", "additional", "fresh", "planned", "renewed"})
"""'any attack on NATO', 'further strikes', 'new attacks': a kind of act spoken of, not one that happened."""
CHAIN_UP = ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj", "appos", "compound", "pcomp", "xcomp",
            "acl", "advcl", "ccomp", "attr")


def nominal_candidates(span: Span, lex: Lexicon, taken: list[Candidate]) -> list[Candidate]:
    """Event readings of material act nouns no verb made happen, each anchored on the noun itself."""
    used = {c.token.i for c in taken} | {t.i for c in taken for t in c.merged}
    found: list[Candidate] = []
    for token in span:
        if token.i in used or not syn.is_noun(token):
            continue
        cand = _nominal(token, lex) or _amount_in(token, lex, used)
        if cand is not None:
            found.append(cand)
    return found


def _nominal(noun: Token, lex: Lexicon) -> Candidate | None:
    trigger = noun_trigger(noun, lex)
    if trigger is None or trigger.type not in NOMINAL_TYPES or syn.lemma(noun) in BACKGROUND_NOUNS:
        return None
    if noun_anchor(noun, lex) is not None:
        return None  # a verb makes it happen: the verb-driven finder reads it (or rules it out)
    shared = noun.dep_ == "conj" and syn.is_noun(noun.head) and _has_doer(noun.head)
    if not (_has_doer(noun) or shared) or _unreal(noun):
        return None
    cand = _candidate(noun, noun, trigger, "nominal", lex)
    if cand is None and _blamed(noun, lex):  # 'condemned Russia's strikes': blamed, so told as done
        cand = Candidate(noun, noun, trigger, trigger.type, trigger.cameo, trigger.mode, "nominal")
    if cand is None or cand.future or cand.negated:
        return None
    return cand


def _blamed(noun: Token, lex: Lexicon) -> bool:
    """The act is what a verb of blame takes ('condemned', 'denounced', 'blamed Kyiv for'): the verbal
    finder treats such a verb as absorbing a clause, but an act named under it is told as having happened."""
    verb = next((g for g in syn.governors(noun) if syn.is_verb(g)), None)
    trigger = lex.verbs.get(syn.lemma(verb)) if verb is not None else None
    return trigger is not None and trigger.type == "ACCUSE" and syn.lemma(verb) not in UNREAL_HEADS


AMOUNT_WORDS = frozenset({"billion", "million", "thousand", "dollar", "euro", "pound", "$", "€", "£"})


def _amount_in(noun: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'approved $61 billion in aid to Ukraine', 'announced 2 billion euros in military assistance': aid
    named as what an amount is in, the amount being what the verb gives, approves or announces."""
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


def _has_doer(noun: Token) -> bool:
    """'Russia's strikes', 'Russian shelling', 'the attack by Ukraine' ('Ukraine's attacks on airfields
    and another strike on the bridge': a coordinated act shares the first one's doer)."""
    owned = any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in OWNER_ENTS
                for c in noun.children)
    return owned or syn.agent_of(noun) is not None


def _has_aim(noun: Token) -> bool:
    """'a strike on the bridge', 'attacks against civilians', 'the shelling of Kherson'."""
    if any(True for _ in syn.prep_objects(noun, AIM_PREPS)):
        return True
    return noun.tag_ != "NNS" and any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in
                                       syn.prep_objects(noun, ACTION_OF_PREPS))


def _unreal(noun: Token) -> bool:
    """The noun is spoken of as possible, feared, planned, denied or stopped, not told as done."""
    mods = {syn.lemma(c) for c in noun.children if c.dep_ in ("det", "amod", "advmod")}
    if mods & UNREAL_DETERMINERS or syn.noun_is_planned(noun):
        return True
    current = noun
    for _ in range(6):
        if current.dep_ not in CHAIN_UP or current.head.i == current.i:
            return False
        current = current.head
        if syn.lemma(current) in UNREAL_HEADS:
            return True
        if syn.is_verb(current) and current.dep_ not in ("xcomp", "conj", "pcomp", "acl", "advcl"):
            return False  # the first full clause above: what it says of the act is settled there
    return False
