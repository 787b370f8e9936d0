"""Find event triggers in one parsed sentence and decide whether each event happened.

A trigger is a verb ("attacked"), a phrasal verb ("called off"), a commitment over an embedded
event ("vowed to respond" -> THREATEN, "agreed to swap prisoners" -> AGREE) or an event noun made
to happen by a light verb ("held talks"), a realising verb ("the strike killed") or "during".
Embedded events that did not happen (wanted, planned, denied, demanded) are absorbed by their
governor; hedged or conditional ones are dropped; future cooperation becomes AGREE.
PLOVER codebook readings: a reported "Y must ..." or "X wants Y to ..." is X's REQUEST; "ready to",
"promised to" anything not hostile is AGREE; a hostile act its own actor says it will do is THREATEN;
an attempted attack happened; a noun or verb may be reread by its verb or object ("lodged a protest"
is ACCUSE, "lifted the curfew" CONCEDE, "withdrew its observers" SANCTION).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detente.extract import events_syntax as syn
from detente.extract.events_lexicon import NAMING_VERBS, REFUSAL_VERBS, Lexicon, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NAME_CALLING = Trigger(lemma="call", type="ACCUSE", cameo="111", mode=None)
COMPLEMENT_DEPS = ("xcomp", "ccomp", "prep", "dobj", "advcl")
WRAPPER_NOUNS = ("package", "tranche", "shipment", "round", "wave", "programme", "program", "effort", "bid",
                 "initiative", "mission")
MUST = frozenset({"must"})
HOPE_FORMS = frozenset({"hope", "hopes", "hoped", "hoping", "trust", "trusts", "trusted", "trusting"})
"""Hoping another party will help is asking it to: 'hopes the summit will provide air defence' (by the
word's form: the tagger lemmatises 'hopes' as 'hop')."""
SELF_SUBJECTS = ("i", "we", "it", "they", "he", "she", "you", "one", "everyone", "everybody", "somebody",
                 "someone", "anybody", "anyone")

PEJORATIVE_NOUNS = frozenset({"dictator", "terrorist", "terrorism", "criminal", "regime", "aggressor",
                              "murderer", "thug", "tyrant", "butcher", "nazi", "fascist", "provocation",
                              "threat", "lie", "crime", "genocide", "aggression", "blackmail", "propaganda",
                              "puppet", "farce", "charade", "stunt", "sham", "disinformation", "sabotage",
                              "bluff", "theatre", "theater", "hypocrisy", "piracy", "robbery", "theft",
                              # a party named as the speaker's foe: '"Canada is our adversary," X said'
                              "enemy", "adversary", "foe"})
FRIENDLY_NAMES = frozenset({"friend", "dear", "partner", "ally", "hero", "brother", "colleague", "success",
                            "breakthrough", "victory", "step", "opportunity", "priority", "good", "great",
                            "constructive", "productive", "positive", "historic", "important", "friendly",
                            "useful", "excellent", "fruitful", "honour", "honor", "pleasure",
                            # progress and praise: 'called the deal a milestone', 'a turning point'
                            "milestone", "landmark", "turning", "achievement", "triumph", "chapter",
                            "bold", "innovative", "encouraging", "promising", "hopeful", "welcome"})


@dataclass
class Candidate:
    """One event reading of a trigger: type and the tokens its participants come from."""

    token: Token
    anchor: Token
    trigger: Trigger
    type: str
    cameo: str
    mode: str | None
    role: str = "verb"
    negated: bool = False
    future: bool = False
    attempted: bool = False
    threat: bool = False
    """A hostile act announced for the future: a threat, if its own actor says so."""
    inner: Token | None = None
    merged: list[Token] = field(default_factory=list)
    voiced_for: Token | None = None
    """A threat's doer as the warning names it ('warned that Moscow could strike'): a threat only if it is
    the speaker's own side; 'warned of a Russian offensive' from Kyiv is a warning, not a threat."""


def _object_lemmas(verb: Token) -> set[str]:
    """Lemmas of the verb's objects, their compounds, and a passive subject."""
    lemmas: set[str] = set()
    heads = syn.direct_objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl" and syn.is_noun(verb.head):
        # 'a call the army accepted', 'a plan which Hamas accepted': the noun the clause describes
        heads = [h for h in heads if h.lower_ not in ("that", "which")]
        heads = heads or [verb.head]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and syn.is_noun(verb.head) and _has_agent(verb):
        heads.append(verb.head)  # 'the swap, facilitated by Qatar': a passive participle's noun is its object
    heads += list(syn.prep_objects(verb, ("of", "at", "on", "with")))
    # 'provided Kyiv with missiles' (the 'with' hangs on the verb or on its first object)
    heads += [w for o in syn.direct_objects(verb) for w in syn.prep_objects(o, ("with",))]
    for head in heads:
        lemmas.add(syn.lemma(head))
        lemmas.update(syn.lemma(c) for c in head.children if c.dep_ in ("compound", "amod", "nmod"))
        lemmas.update(syn.lemma(c) for c in syn.prep_objects(head, ("of",)))
    return lemmas


def _has_agent(verb: Token) -> bool:
    """A passive with its doer named ('facilitated by Qatar'); 'rockets fired into cities' has none."""
    return any(c.dep_ == "agent" for c in verb.children)


def _near_lemmas(token: Token) -> set[str]:
    """Lemmas within two steps below the token (children and grandchildren)."""
    out = {syn.lemma(c) for c in token.children}
    for child in token.children:
        out.update(syn.lemma(g) for g in child.children)
    return out


ACTOR_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def _passes(trigger: Trigger, token: Token, objects: set[str] | None = None) -> bool:
    infinitive = any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and syn.has_to(c)) for c in token.children)
    if trigger.objects and trigger.needs_xcomp and infinitive:
        objects = set(trigger.objects)  # 'declined to attend' or 'declined the invitation': either will do
    if trigger.objects and not (objects if objects is not None else _object_lemmas(token)) & trigger.objects:
        actors = trigger.actor_objects and any(o.ent_type_ in ACTOR_ENTS for o in syn.direct_objects(token))
        if not actors:
            return False
    if trigger.needs and not _near_lemmas(token) & trigger.needs:
        return False
    if trigger.exclude and {syn.lemma(t) for t in token.subtree} & trigger.exclude:
        return False
    if trigger.complement and not any(c.dep_ in COMPLEMENT_DEPS for c in token.children):
        return False  # 'X agreed.' agrees with an opinion; 'X agreed to talks' is an event
    if trigger.first_person and not _first_person_subject(token):
        return False
    if trigger.needs_xcomp and trigger.objects:
        return True  # the object limit above already held
    return not (trigger.needs_xcomp and not infinitive)


PAPERS = frozenset({"memorandum", "memo", "list", "document", "letter", "note", "proposal", "draft",
                    "plan", "paper", "report", "dossier", "text", "petition", "file", "message",
                    "roadmap", "position", "statement", "record", "evidence", "credential"})
"""Things handed over that are written: a text changes hands, no person, body or land is returned."""


def _hands_paper(verb: Token) -> bool:
    """'The delegation handed over a memorandum', 'handed over a list of the children': a text
    delivered (its content may be a demand), not a release or a return."""
    objects = syn.direct_objects(verb)
    return bool(objects) and all(syn.lemma(o) in PAPERS for o in objects)


def _named_as(verb: Token) -> list[Token]:
    """What a naming verb calls something: its complement, or the object of 'as' ('cast it as a
    terrorist attack'), which is then read as a complement."""
    out = list(verb.children)
    for prep in verb.children:
        if prep.dep_ == "prep" and syn.lemma(prep) == "as":
            out += [o for o in prep.children if o.dep_ in ("pobj", "amod", "acomp")]
    # 'called Zelensky "a dictator"': the parser may hang a quoted name on the object as an apposition
    out += [a for o in syn.direct_objects(verb) for a in o.children if a.dep_ == "appos" and _quoted(a)]
    return out


def _quoted(phrase: Token) -> bool:
    """The phrase opens with a quotation mark (the words are the speaker's, not the writer's)."""
    start = phrase.left_edge.i
    doc = phrase.doc
    return doc[start].is_quote or (start > 0 and doc[start - 1].is_quote)


def _names(child: Token, lex: Lexicon) -> bool:
    """'called Kyiv a terrorist regime' (a noun) or 'called the package illegal' (a pejorative)."""
    as_object = child.dep_ in ("pobj", "amod") and child.head.dep_ == "prep" and syn.lemma(child.head) == "as"
    if child.dep_ not in ("oprd", "xcomp", "ccomp", "acomp", "appos") and not as_object:
        return False
    words = {syn.lemma(child)} | {syn.lemma(c) for c in child.children if c.dep_ in ("amod", "compound")}
    if words & FRIENDLY_NAMES:
        return False  # 'calling him a dear friend', 'called the talks a success': praise, not blame
    if as_object or _free_relative(child.head if as_object else child):
        # 'described the talks as an effort' is neutral; 'cast it as a terrorist attack' blames
        hostile = any(w in lex.nouns and lex.nouns[w].type in lex.hostile for w in words)
        return hostile or bool(words & (lex.pejoratives | PEJORATIVE_NOUNS))
    return syn.is_noun(child) or syn.lemma(child) in lex.pejoratives


def _free_relative(name: Token) -> bool:
    """'removing what he called the root causes', 'praised what he called a heroic response': the
    writer quotes a term the speaker used for a thing; the term blames only if it is a hostile word."""
    verb = name.head
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in verb.children)


CONVERSING = ("speak", "talk")
CONVERSATION = Trigger(lemma="speak", type="CONSULT", cameo="04", mode=None)
COUNTERPARTS = ("PERSON", "GPE")


def _spoke_with(verb: Token) -> bool:
    """'Rubio spoke with Umerov after the talks', 'talked with Ankara': a conversation with a named
    person or state is a consultation, told by phone or not ('spoke with reporters' names neither)."""
    return any(o.ent_type_ in COUNTERPARTS for o in syn.prep_objects(verb, ("with",)))


def verb_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """The event reading of a verb, if any (phrasal readings first)."""
    if not syn.is_verb(token) or token.dep_ in ("amod", "compound"):
        return None
    base = syn.lemma(token)
    for child in token.children:
        phrasal = lex.phrasal.get((base, syn.lemma(child)))
        if child.dep_ == "prep" and syn.direct_objects(token):
            continue  # 'withdrew its observers from' reads by its object, not as 'withdraw from'
        if phrasal is not None and child.dep_ in ("prt", "prep", "advmod"):
            if not _passes(phrasal, token):
                return None  # 'called off the offensive' retreats; 'called off the talks' rejects
            if phrasal.type == "RETREAT" and _hands_paper(token):
                return None  # 'handed over a memorandum': a text delivered, no one released
            return reread(phrasal, _object_lemmas(token)) if phrasal.readings else phrasal
    if base in NAMING_VERBS and any(_names(c, lex) for c in _named_as(token)):
        return NAME_CALLING
    if _took_control(token):
        return TAKING_CONTROL
    if _ordered_shut(token):
        return ORDERED_SHUT
    trigger = lex.verbs.get("suspend") if _put_on_hold(token) else lex.verbs.get(base)
    if trigger is not None and base in CONVERSING and not _passes(trigger, token) and _spoke_with(token):
        return CONVERSATION
    if trigger is None or not _passes(trigger, token):
        return None
    if not trigger.readings:
        return trigger
    clauses = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
    # "allowed inspectors to visit": who is let in reads the verb too
    agents = {syn.lemma(t) for c in clauses for t in c.children if t.dep_ == "nsubj"}
    return reread(trigger, _object_lemmas(token) | agents | _purposes(token))


COMMAND_VERBS = frozenset({"order", "command", "direct", "decree"})
SHUT_STATES = frozenset({"close", "shut", "seal", "closed", "shuttered", "lock"})
ORDERED_SHUT = Trigger(lemma="order", type="COERCE", cameo="172", mode="restrict")


def _ordered_shut(verb: Token) -> bool:
    """'The junta ordered all markets closed', 'ordered the crossings shut': an authority commanding
    places shut restricts those who use them (CAMEO 172), whatever the places are."""
    if syn.lemma(verb) not in COMMAND_VERBS or not syn.direct_objects(verb):
        return False
    states = (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp"))
    return any(syn.lemma(c) in SHUT_STATES and not syn.has_to(c) for c in states)


CONTROL_VERBS = frozenset({"take", "gain", "seize", "wrest", "assume", "establish", "grab"})
PLACE_ENTS = ("GPE", "LOC", "FAC")
PLACE_NOUNS = frozenset({
    "village", "town", "city", "settlement", "region", "district", "province", "area", "territory",
    "airport", "airfield", "base", "port", "border", "crossing", "camp", "bridge", "plant", "station",
    "capital", "island", "hill", "height", "highway", "road", "corridor", "outskirts", "neighbourhood",
    "neighborhood", "locality", "hamlet", "stronghold", "checkpoint", "compound", "headquarters",
    "refinery", "dam", "oilfield", "prison", "palace", "garrison", "outpost", "position",
})
"""Places a force can take: 'took control of two villages', 'gained control of the airport'."""
TAKING_CONTROL = Trigger(lemma="control", type="COERCE", cameo="192", mode="seize")


def _took_control(verb: Token) -> bool:
    """'Russian units took control of two villages', 'the rebels gained control of the airport': a
    force taking control of a place seizes it (CAMEO 192) as 'captured' does; control of a company,
    a chamber or a narrative ('took control of the House') is no place taken."""
    if syn.lemma(verb) not in CONTROL_VERBS:
        return False
    held = [o for o in syn.direct_objects(verb) if syn.lemma(o) == "control"]
    places = [p for o in held for p in syn.prep_objects(o, ("of", "over"))]
    return any(p.ent_type_ in PLACE_ENTS or syn.lemma(p) in PLACE_NOUNS for p in places)


HOLDING_VERBS = frozenset({"put", "keep", "place", "hold", "leave"})
IDLE_STATES = (("on", "hold"), ("in", "abeyance"), ("on", "ice"))


def _put_on_hold(verb: Token) -> bool:
    """'put the talks on hold', 'has kept the treaty in abeyance': suspending them, read as 'suspend'
    is (with its limits on what is suspended: talks, aid, a treaty, not a project or a career)."""
    if syn.lemma(verb) not in HOLDING_VERBS:
        return False
    holders = [verb, *syn.direct_objects(verb)]  # the parser may hang 'on hold' on the object
    return any((syn.lemma(p), syn.lemma(o)) in IDLE_STATES for h in holders
               for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def _purposes(verb: Token) -> set[str]:
    """What a verb with no recipient sends things out to do ('sent jets to intercept the drones' puts
    its own forces to work); 'sent jets to Ukraine to shoot down missiles' delivers, so reads by object."""
    if any(True for _ in syn.prep_objects(verb, ("to",))) or any(c.dep_ == "dative" for c in verb.children):
        return set()
    holders = [verb] + syn.direct_objects(verb)
    return {syn.lemma(c) for h in holders for c in h.children
            if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and syn.has_to(c)}


def noun_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    if not syn.is_noun(token):
        return None
    for mod in token.children:  # 'a hunger strike' is a protest, not an attack
        if mod.dep_ in ("compound", "amod") and f"{syn.lemma(mod)} {syn.lemma(token)}" in lex.nouns:
            return lex.nouns[f"{syn.lemma(mod)} {syn.lemma(token)}"]
    trigger = lex.nouns.get(syn.lemma(token))
    if trigger is None and syn.lemma(token) in WRAPPER_NOUNS:  # 'an aid package', 'a sanctions package'
        parts = [c for c in token.children if c.dep_ in ("compound", "amod")]
        parts += list(syn.prep_objects(token, ("of",)))
        inner = [lex.nouns[syn.lemma(c)] for c in parts if syn.lemma(c) in lex.nouns]
        trigger = inner[0] if inner else None
        return trigger
    if trigger is None or (trigger.plural and token.tag_ != "NNS"):
        return None
    nearby = {syn.lemma(t) for t in token.subtree} | _near_lemmas(token.head)
    if trigger.needs and not nearby & trigger.needs:
        return None
    if trigger.exclude and {syn.lemma(t) for t in token.subtree} & trigger.exclude:
        return None
    return trigger


def noun_anchor(noun: Token, lex: Lexicon) -> tuple[Token, str] | None:
    """The verb that makes an event noun happen, and how ('light', 'subject', 'during', 'without')."""
    head, dep = noun.head, noun.dep_
    if dep == "conj" and head.dep_ in ("dobj", "nsubjpass", "nsubj"):
        noun, head, dep = head, head.head, head.dep_
    made = syn.lemma(head) in lex.light_verbs or syn.puts_forward(head)  # 'put forward demands'
    if dep in ("dobj", "nsubjpass") and made and syn.is_verb(head):
        return head, "light"
    if dep == "nsubj" and syn.lemma(head) in lex.light_verbs and _headline_passive(head):
        return head, "light"  # 'Ceasefire agreed', 'No deal reached': a headline drops the 'was'
    if dep == "nsubj" and syn.lemma(head) in lex.realising_verbs and syn.is_verb(head):
        return head, "subject"
    kind = trigger_type(noun, lex)
    preps = ("during", "without", "in") if kind in ("CONSULT", "PROTEST") else ("during", "without")
    if dep == "pobj" and syn.lemma(head) in preps and head.head.i != head.i:
        verb = head.head
        if syn.is_verb(verb):
            return verb, "without" if syn.lemma(head) == "without" else "during"
    if _steadfast(noun):
        return head.head if dep == "pobj" else head, "light"
    if dep == "pobj" and syn.lemma(head) == "with" and _none_of(noun) and syn.is_verb(head.head):
        return head.head, "without"  # 'ended with no agreement' is 'ended without an agreement'
    answer = _answered_with(noun, lex)
    if answer is not None:
        return answer, "light"
    if dep == "pobj" and syn.lemma(head) in BACKDROP_PREPS and _owned(noun):
        # 'amid US threats of military action': a named party's act going on as the clause happens
        verb = next((t for t in head.ancestors if syn.is_verb(t)), None)
        return (verb, "during") if verb is not None else None
    if kind in DATED_TYPES and _owned(noun) and _aimed(noun) and _dated(noun):
        # "Tuesday's Israeli strikes on Beirut", 'another night of Russian strikes on the grid': a
        # named party's act on a named target, given its day or night, is told as done
        verb = next((t for t in noun.ancestors if syn.is_verb(t) and t.dep_ != "prep"), None)
        return (verb, "during") if verb is not None else None
    return None


DATED_TYPES = frozenset({"ASSAULT", "SANCTION"})
SPELL_HEADS = frozenset({"night", "day", "weekend"})
"""One occasion of acts ('a night of strikes'); 'seven weeks of bombing' is a campaign's span, and 'a wave'
or 'a round' is a wrapper noun read on its own."""
TARGET_PREPS = ("on", "against", "of")
TIME_ENTS = ("DATE", "TIME")


def _dated(noun: Token) -> bool:
    """The act is given its time: "Monday's strikes", "last week's sanctions", 'strikes on the port
    overnight', 'a night of strikes' (a spell of the acts, not a kind of them)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ in TIME_ENTS:
            return True
        if child.dep_ in ("npadvmod", "advmod") and child.lower_ == "overnight":
            return True
    head = noun.head
    if noun.dep_ == "dobj" and any(c.lower_ == "overnight" and c.i > noun.i for c in head.children):
        return True  # 'discussed the Russian attacks on the grid overnight': the parser hangs it on the verb
    return noun.dep_ == "pobj" and syn.lemma(head) == "of" and syn.lemma(head.head) in SPELL_HEADS \
        and head.head.ent_type_ in TIME_ENTS + ("",)


def _aimed(noun: Token) -> bool:
    """The act names what it hit: 'strikes on Kharkiv', 'sanctions against two banks', 'shelling of the
    town' (the record's target is then the act's own, not some other party of the sentence)."""
    return any(child.dep_ == "prep" and syn.lemma(child) in TARGET_PREPS
               and any(o.dep_ == "pobj" for o in child.children) for child in noun.children)


ANSWER_VERBS = frozenset({"respond", "retaliate", "reply", "answer", "react", "hit", "strike"})
"""Verbs a side answers with: 'responded with artillery shelling', 'hit back with drone strikes'."""


def _answered_with(noun: Token, lex: Lexicon) -> Token | None:
    """'Pakistan responded with shelling and drone attacks on Indian posts': the hostile act a side
    answers with is one it carried out, as 'launched attacks' is (the verb makes the noun happen).
    Returns the answering verb."""
    head = noun.head
    if noun.dep_ == "conj" and head.dep_ == "pobj":
        head = head.head
    if noun.dep_ not in ("pobj", "conj") or syn.lemma(head) != "with" or not syn.is_verb(head.head):
        return None
    answered = syn.lemma(head.head) in ANSWER_VERBS and trigger_type(noun, lex) in lex.hostile
    return head.head if answered else None


def _headline_passive(verb: Token) -> bool:
    """A past participle with a subject, no object and no auxiliary: the passive of headline English
    ('Talks held in Geneva', 'no agreement reached'), not 'the talks reached an impasse'."""
    if not syn.is_verb(verb) or verb.tag_ not in ("VBN", "VBD") or syn.direct_objects(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "attr", "acomp", "xcomp")
                   for c in verb.children)


STEADFAST_VERBS = ("back", "waver", "falter", "flinch", "relent", "abandon")
"""Denied retreats from a stance: 'will not back down in its support', 'never abandon its support'."""


def _steadfast(noun: Token) -> bool:
    """'will not waver in its support for Kyiv': a denied retreat from support pledges the support."""
    if syn.lemma(noun) != "support":
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and syn.lemma(noun.head) == "in" else noun.head
    if noun.dep_ == "dobj" and syn.lemma(verb) != "abandon":
        return False
    return (syn.is_verb(verb) and syn.lemma(verb) in STEADFAST_VERBS
            and any(c.dep_ == "neg" for c in verb.children))


def _none_of(noun: Token) -> bool:
    return any(c.dep_ == "det" and syn.lemma(c) == "no" for c in noun.children)


BACKDROP_PREPS = ("amid", "amidst")
OWNER_ENTS = ("GPE", "NORP", "ORG", "PERSON")


def _owned(noun: Token) -> bool:
    """The act names its doer: 'US threats', 'Russia's strikes', 'Russian shelling' (not 'the war')."""
    return any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in OWNER_ENTS
               for c in noun.children)


def trigger_type(noun: Token, lex: Lexicon) -> str | None:
    trigger = noun_trigger(noun, lex)
    return trigger.type if trigger is not None else None


def reread(trigger: Trigger, words: set[str]) -> Trigger:
    """A second reading by a neighbour word: 'lodged a protest' is a diplomatic complaint (ACCUSE),
    'staged a protest' a demonstration; 'lifted a curfew' concedes, 'lifted sanctions' retreats."""
    for word, kind, cameo in trigger.readings:
        if word in words:
            return Trigger(trigger.lemma, kind, cameo, mode=trigger.mode if kind == trigger.type else None)
    return trigger


def commitment(verb: Token, lex: Lexicon) -> tuple[str, Token] | None:
    """'vowed to respond' -> (THREATEN, respond); 'pledged to send aid' -> (AGREE, send)."""
    base = syn.lemma(verb)
    if base in LITOTES_VERBS:
        return _unhesitating(verb, lex)
    if base not in lex.commit_verbs and base not in lex.threat_verbs:
        return None
    complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    complements += [o for o in syn.prep_objects(verb, ("to", "on", "of", "at"))]  # "warned of retaliation"
    # 'hinted at imposing sanctions', 'warned of responding': a gerund under the preposition
    complements += [g for p in verb.children if p.dep_ == "prep" and syn.lemma(p) in ("to", "on", "of", "at")
                    for g in p.children if g.dep_ == "pcomp"]
    # the parser hangs some infinitives as advcl: "swore to fight"
    complements += [c for c in verb.children if c.dep_ == "advcl" and syn.has_to(c)]
    if base in lex.threat_verbs:  # 'vowed revenge', 'promised a harsh response': the vowed act as object
        complements += [o for o in syn.direct_objects(verb) if syn.lemma(o) in lex.retaliation]
    for comp in complements:
        if _own_named_subject(comp) and not _warned_act(base, comp, lex):
            continue  # 'an aide announced (that) Zelensky agreed to...': the clause is Zelensky's own act
        kind = embedded_type(comp, lex)
        if base in lex.threat_verbs and (kind in lex.hostile or syn.lemma(comp) in lex.retaliation
                                         or _object_lemmas(comp) & lex.retaliation):
            return "THREATEN", comp
        if base in lex.commit_verbs and kind in lex.cooperative:
            return "AGREE", comp
        if base in lex.promise_verbs and kind is None and comp.dep_ == "xcomp" and syn.is_verb(comp):
            return "AGREE", comp  # 'promised to hold elections': intent to cooperate (CAMEO 03)
        if base in lex.threat_verbs and _withheld(comp, kind, lex):
            return "THREATEN", comp  # 'warned Washington would not sign trade deals': a non-force threat
        if base in lex.threat_verbs and comp.dep_ == "ccomp" and _own_future(comp, lex) and kind is None:
            return "THREATEN", comp  # 'warned it would not tolerate...': the speaker's own announced act
    return None


REFUSAL = Trigger(lemma="accept", type="REJECT", cameo="12", mode=None)


def announced_refusal(verb: Token, lex: Lexicon) -> bool:
    """'Russia will not accept foreign troops in Ukraine', 'Kyiv would never recognise the annexation':
    a party's 'will not' over accepting is its refusal (CAMEO 12), told as a stand it takes now."""
    if syn.lemma(verb) not in REFUSAL_VERBS or not syn.has_aux(verb, lex.future_aux):
        return False
    denied = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
    return denied and bool(syn.direct_objects(verb))


FIRST_PERSONS = frozenset({"we", "i"})


def _first_person_subject(verb: Token) -> bool:
    """'"We need more interceptors," the minister said': the verb's active subject is the speaker."""
    subject, passive = syn.subject_of(verb)
    return subject is not None and not passive and subject.lower_ in FIRST_PERSONS


LITOTES_VERBS = ("hesitate",)
"""Verbs whose denial asserts: 'will not hesitate to strike' announces a strike, 'hesitated to' does not."""


def _unhesitating(verb: Token, lex: Lexicon) -> tuple[str, Token] | None:
    """'will not hesitate to impose sanctions on Pyongyang' threatens (a hostile act against a named
    party: a bare 'will not hesitate to respond' names no one to read it against); 'did not hesitate
    to help' is no threat; without the 'not', hesitating to act announces nothing."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return None
    for comp in (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and syn.has_to(c)):
        if not any(t.ent_type_ in ACTOR_ENTS for t in comp.subtree):
            continue
        retaliates = syn.lemma(comp) in lex.retaliation or bool(_object_lemmas(comp) & lex.retaliation)
        if embedded_type(comp, lex) in lex.hostile or retaliates:
            return "THREATEN", comp
    return None


def _warned_act(base: str, clause: Token, lex: Lexicon) -> bool:
    """'warned that Moscow could strike', 'warned that Belarus would respond': a threat verb over a
    named party's possible hostile act (whose side it is, `threat_party` lets the record decide)."""
    if base not in lex.threat_verbs or not syn.has_aux(clause, lex.future_aux | lex.hedge_aux):
        return False
    kind = embedded_type(clause, lex)
    return kind in lex.hostile or syn.lemma(clause) in lex.retaliation or _withheld(clause, kind, lex)


WITHDRAWING_VERBS = frozenset({"suspend", "halt", "freeze", "cut", "walk", "quit", "abandon"})
"""Verbs of pulling out of help or talks: 'could walk away from its mediation', 'would suspend aid'."""


def _withheld(clause: Token, kind: str | None, lex: Lexicon) -> bool:
    """'warned that Berlin would not sign any deal', 'warned it could walk away from the talks': a
    warned clause whose 'will' or 'could' withholds cooperation threatens without force (CAMEO 13)."""
    if clause.dep_ != "ccomp" or not syn.has_aux(clause, lex.future_aux | lex.hedge_aux):
        return False
    denied = any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
    if denied:
        return kind in lex.cooperative
    return syn.lemma(clause) in WITHDRAWING_VERBS


def threat_party(verb: Token, comp: Token) -> Token | None:
    """Who the warned act is by: the subject of a 'that' clause, or the warned-of noun (its owner)."""
    if comp.dep_ == "ccomp":
        return syn.subject_of(comp)[0]
    return comp if syn.is_noun(comp) and comp.head.head.i == verb.i else None


def _own_named_subject(clause: Token) -> bool:
    """A reported clause with a subject of its own that is a name or noun, not a pronoun."""
    if clause.dep_ != "ccomp":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in clause.children)


def _own_future(clause: Token, lex: Lexicon) -> bool:
    subject, _ = syn.subject_of(clause)
    own = subject is not None and subject.lower_ in ("it", "they", "he", "she", "we", "i")
    return own and syn.has_aux(clause, lex.future_aux)


def embedded_type(token: Token, lex: Lexicon) -> str | None:
    """The event type a complement clause or noun would have on its own."""
    trigger = verb_trigger(token, lex) or noun_trigger(token, lex)
    if trigger is None and syn.is_verb(token):
        for obj in syn.direct_objects(token):
            trigger = noun_trigger(obj, lex)
            if trigger is not None:
                break
    return trigger.type if trigger is not None else None


def clause_status(anchor: Token, lex: Lexicon) -> str:
    """'realised', 'future' (will, plans to, about to), 'hedged' (could, if...) or 'absorbed'."""
    if syn.has_aux(anchor, lex.hedge_aux) or syn.is_conditional(anchor, lex) or syn.is_hedged_adverb(anchor):
        return "hedged"
    status = "future" if syn.has_aux(anchor, lex.future_aux) else "realised"
    if anchor.dep_ == "acl" and syn.has_to(anchor) and syn.lemma(anchor.head) in EFFORT_NOUNS:
        return "sought"
    if _demanded(anchor, lex):
        return "absorbed"
    previous = anchor
    for gov in syn.governors(anchor):
        base = syn.lemma(gov)
        infinitive = previous.dep_ == "xcomp" or (previous.dep_ == "advcl" and syn.has_to(previous))
        if infinitive and _judged_unreal(gov):
            return "hedged"  # 'Moscow is unlikely to agree', 'it is vital to agree on a truce'
        if syn.is_verb(gov) and (base in lex.absorbing_verbs or _commits(gov, previous, lex)):
            return "absorbed"
        wished = base in lex.wish_verbs or gov.lower_ in HOPE_FORMS
        if _demanded(gov, lex) or (wished and previous.dep_ == "ccomp"):
            return "absorbed"  # 'hopes the summit will provide...': hoped for, not done
        if base in lex.attempt_verbs and status == "realised":
            status = "attempted"
        elif base in lex.intent_verbs or (base == "be" and previous.dep_ == "acomp"):
            status = "future"
        if syn.has_aux(gov, lex.hedge_aux) or gov.lower_ == "ought":
            return "hedged"
        if syn.has_aux(gov, lex.future_aux) and syn.is_verb(gov) and status == "realised":
            # 'the plan would see both sides swap prisoners': the content of what will be, unless a
            # speech verb reports it ('he will say Russia struck first' still tells the strike)
            planned = previous.dep_ == "ccomp" and base not in lex.speech_verbs
            status = "future" if previous.dep_ in ("xcomp", "conj") or planned else status
        previous = gov
    if anchor.dep_ == "advcl" and syn.has_to(anchor) and not _took_to(anchor.head):
        return "hedged"
    return status


EFFORT_NOUNS = frozenset({"effort", "attempt", "push", "drive", "quest", "endeavour", "endeavor"})
"""Nouns whose infinitive is what is striven for: 'efforts to reach a truce', 'a push to end the war'."""
DOUBT_WORDS = frozenset({"likely", "unlikely", "reluctant", "unwilling", "hesitant", "loath", "loth",
                         "disinclined", "possible", "probable"})
"""An act said to be likely, or that a party is loath to do, is a guess or a mood, not an act: 'is
unlikely to agree to cut output', 'has been reluctant to commit to a meeting'."""


NEED_WORDS = frozenset({"essential", "necessary", "vital", "crucial", "imperative", "important", "urgent"})
"""What one says must be done is not yet done: 'we consider it essential to agree on next steps'."""


def _judged_unreal(gov: Token) -> bool:
    """The infinitive's governor is a word of doubt or need, or an 'is' that takes one ('it is vital
    to', where the parser hangs the infinitive on 'is' beside the adjective)."""
    words = DOUBT_WORDS | NEED_WORDS
    if syn.lemma(gov) in words:
        return True
    return syn.lemma(gov) == "be" and any(c.dep_ == "acomp" and syn.lemma(c) in words for c in gov.children)


GIVING_TYPES = ("AID", "COOPERATE", "SUPPORT")
INSTRUMENTS = ("deal", "agreement", "accord", "law", "bill", "decision", "plan", "scheme", "resolution",
               "loan", "grant", "contract", "memorandum", "pledge", "commitment", "decree", "order")


def _describes(anchor: Token, lex: Lexicon, kind: str | None = None) -> bool:
    """A participle on a noun tells what the thing or group does, not an act: 'troops fighting in
    Ukraine', 'facilities supplying the army with power', 'a firm providing drones' (a giving verb on
    any noun names its trade)."""
    if anchor.dep_ != "acl" or anchor.tag_ != "VBG":
        return False
    head = syn.lemma(anchor.head)
    if head in lex.group_nouns:
        return True
    # 'a package providing jets to Kyiv', 'a deal supplying gas': the instrument of a giving act is it
    return kind in GIVING_TYPES and head not in (*WRAPPER_NOUNS, *INSTRUMENTS)


def _took_to(verb: Token) -> bool:
    """'took to social media to demand...', 'used the speech to condemn...': the purpose is what was done."""
    base = syn.lemma(verb)
    platform = base == "take" and any(c.dep_ == "prep" and syn.lemma(c) == "to" for c in verb.children)
    return platform or (base == "use" and bool(syn.direct_objects(verb)) and verb.tag_ in ("VBD", "VBN"))


def _demanded(token: Token, lex: Lexicon) -> bool:
    """'its demand that Israel ease restrictions': the clause of a demand noun has not happened."""
    head = token.head
    # 'made demands, including that Ukraine withdraw': what the demands include is their content
    clause = token.dep_ in ("acl", "ccomp", "relcl") or (token.dep_ == "prep" and token.lower_ == "including")
    if token.dep_ == "relcl" and _relative_gap(token):
        return False  # 'a proposal that Tehran accepted' describes the proposal; it is not its content
    return clause and syn.is_noun(head) and syn.lemma(head) in lex.demand_nouns


def _relative_gap(verb: Token) -> bool:
    """A relative clause whose object is the noun it hangs on ('which'/'that' as object, or no object)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(o.lower_ in ("that", "which") for o in objects)


def _commits(gov: Token, below: Token, lex: Lexicon) -> bool:
    """A commitment verb takes over its infinitive ('vowed to respond') or a complement it fired on."""
    base = syn.lemma(gov)
    if base not in lex.commit_verbs and base not in lex.threat_verbs:
        return False
    return below.dep_ in ("xcomp", "prep") or commitment(gov, lex) is not None


def _candidate(token: Token, anchor: Token, trigger: Trigger, role: str, lex: Lexicon) -> Candidate | None:
    status = clause_status(anchor, lex)
    if status in ("hedged", "absorbed"):
        return None
    if status == "sought":
        if trigger.type not in lex.hostile:
            return None  # 'efforts to reach a ceasefire were gaining pace': sought, not reached
        status = "attempted"  # 'a bid to storm the town': the assault was made
    if role == "verb" and _describes(anchor, lex, trigger.type):
        return None  # 'an artery for Russian troops fighting in Ukraine': describes them, tells no act
    if role != "verb" and syn.noun_is_planned(token):
        status = "future"
    intent = anchor.dep_ == "acl" and syn.lemma(anchor.head) in lex.intent_verbs
    if intent and _topic(anchor.head):
        return None  # 'urged caution regarding Moscow's willingness to talk': spoken of, not voiced
    if intent and role in ("verb", "light") and trigger.type in lex.cooperative:
        status = "future"  # "voiced readiness to resume talks" (a call "during" which it was voiced happened)
    cand = Candidate(token, anchor, trigger, trigger.type, trigger.cameo, trigger.mode, role)
    cand.negated = syn.is_negated(anchor, token, lex) or _unwanted(anchor, lex)
    steadfast = role == "light" and _steadfast(token)
    if steadfast:
        cand.negated = False  # the 'not' denies the retreat, not the support
    if role == "subject" and syn.lemma(anchor) not in lex.occurrence_verbs:
        cand.negated = syn.is_negated(token, token, lex)  # the meeting did not LEAD to a truce
    # 'will not waver in its support' pledges support now (SUPPORT), not a support still to come
    planned = status == "future" or (status == "attempted" and trigger.type not in lex.hostile)
    cand.future = planned and not steadfast
    cand.attempted = status == "attempted"
    if trigger.crowd or (trigger.lemma == "protest" and role == "verb"):
        subject, _ = syn.subject_of(anchor)
        crowd = subject is not None and _is_crowd(subject, lex)
        if trigger.crowd and not crowd:
            return None
        if crowd and trigger.type != "PROTEST":
            cand.type, cand.cameo, cand.mode = "PROTEST", "141", "demo"
    if cand.type == "PROTEST" and _protest_motive(token) and not _crowd_doer(anchor, lex):
        cand.type, cand.cameo, cand.mode = "ACCUSE", "114", None
    return cand


def _protest_motive(noun: Token) -> bool:
    """'summoned the envoy in protest', 'recalled its ambassador in protest at the strikes': the
    noun tells why a verb was done, not a march."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and syn.lemma(noun) == "protest"


def _crowd_doer(anchor: Token, lex: Lexicon) -> bool:
    """'thousands gathered in protest': people in numbers still demonstrate; a state or its office
    objects (the guide: diplomatic objections are ACCUSE, never PROTEST)."""
    subject, _ = syn.subject_of(anchor)
    return subject is not None and _is_crowd(subject, lex)


TOPIC_PREPS = ("regarding", "regard", "about", "concerning", "over", "amid", "despite", "on")


def _topic(noun: Token) -> bool:
    return noun.dep_ == "pobj" and syn.lemma(noun.head) in TOPIC_PREPS


def _unwanted(anchor: Token, lex: Lexicon) -> bool:
    """'Russia does not want to extend the deal': a refused intent negates what it governs."""
    for gov in syn.governors(anchor):
        if syn.lemma(gov) in lex.intent_verbs and any(c.dep_ == "neg" for c in gov.children):
            return True
    return False


def _is_crowd(subject: Token, lex: Lexicon) -> bool:
    """'protesters', 'thousands of students', 'some 300 Kurds': people in numbers, not an institution."""
    if syn.lemma(subject) in lex.crowd_nouns:
        return True
    if subject.ent_type_ == "NORP" and subject.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ == "nummod" for c in subject.children)


TARGET_WORDS = frozenset({"legitimate", "legal", "lawful"})
"""'a legitimate target': what a side says it may strike."""
REGARD_VERBS = frozenset({"regard", "consider", "treat", "view", "deem", "see"})


def _marked_for_attack(noun: Token) -> bool:
    """'a legitimate target', 'legitimate military targets', 'potential carriers of military cargo'
    (a ship so named may be stopped or struck)."""
    word = syn.lemma(noun)
    if word == "target":
        return any(c.dep_ == "amod" and syn.lemma(c) in TARGET_WORDS for c in noun.children)
    return word == "carrier" and any(syn.lemma(t) == "cargo" for t in noun.subtree)


def declares_target(clause: Token) -> bool:
    """'X would be a legitimate target', 'would be considered a carrier of military cargo', 'will
    regard all ships as...': the clause names something a target, in a 'will'/'would' of its own."""
    if not syn.has_aux(clause, frozenset({"will", "would", "'ll", "wo", "shall"})):
        return False
    if any(c.dep_ == "neg" for c in clause.children):
        return False  # 'aid convoys would not be legitimate targets': an assurance
    if syn.lemma(clause) not in REGARD_VERBS | {"be", "become"}:
        return False
    named = [c for c in clause.children if c.dep_ in ("attr", "oprd", "dobj")]
    named += list(syn.prep_objects(clause, ("as",)))
    # 'regard any vessel linked to Israel as a target': the parser may hang the 'as' inside the object
    objects = [t for c in clause.children if c.dep_ == "dobj" for t in c.subtree]
    named += [o for t in objects for o in syn.prep_objects(t, ("as",))]
    return any(_marked_for_attack(n) for n in named)


def declared_target(verb: Token, lex: Lexicon) -> Token | None:
    """'Lavrov said any foreign troops in Ukraine would be a legitimate target', 'the ministry warned
    that ships bound for the port would be considered carriers of military cargo', 'it will regard all
    vessels as...': a side that names what it will treat as a target threatens it (THREATEN); the
    threat is the speaker's, and is made of what it names. A forecast ('analysts said the depots
    would be legitimate targets') is no one's threat: the record needs the speaker's own side."""
    if syn.lemma(verb) in REGARD_VERBS and syn.subject_of(verb)[0] is not None and declares_target(verb):
        return verb
    if syn.lemma(verb) not in lex.speech_verbs | lex.threat_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and declares_target(c)), None)


def demand_clause(verb: Token, lex: Lexicon) -> Token | None:
    """'X said Y must return the aircraft': the 'must' clause a speech verb reports is X's demand on Y."""
    wish = syn.lemma(verb) in lex.wish_verbs  # 'Kyiv wants its allies to send...'
    hope = verb.lower_ in HOPE_FORMS  # 'Kyiv hopes its allies will send more air defence'
    if syn.lemma(verb) not in lex.speech_verbs and not wish and not hope:
        return None
    for comp in verb.children:
        subject = syn.subject_of(comp)[0] if comp.dep_ == "ccomp" else None
        asked = syn.has_to(comp) if wish else (syn.has_aux(comp, MUST) or _ought(comp, subject, lex)
                                               or _mandative(verb, comp))
        if hope:
            asked = syn.has_aux(comp, lex.future_aux) and embedded_type(comp, lex) in lex.cooperative
        if subject is not None and asked and subject.lower_ not in SELF_SUBJECTS:
            return comp  # 'we must', 'it must' speak of the speaker's own duty, not a demand
    return None


MANDATIVE_VERBS = frozenset({"insist", "demand"})


def _mandative(verb: Token, comp: Token) -> bool:
    """'Baku insists that Yerevan first amend its constitution', 'insisted that the talks be held in
    Istanbul': the bare verb of a 'that' clause under 'insist'/'demand' (the mandative subjunctive) asks
    for the act; 'insists that Yerevan will amend it' or 'that they remain' states, not asks."""
    if syn.lemma(verb) not in MANDATIVE_VERBS or comp.dep_ != "ccomp":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
        return False
    auxes = [c for c in comp.children if c.dep_ in ("aux", "auxpass")]
    if comp.tag_ == "VB":
        return not auxes
    return comp.tag_ == "VBN" and [a.lower_ for a in auxes] == ["be"]


JUDGED_DEPS = ("attr", "acomp")


DEMAND_SUBJECTS = frozenset({"demand", "condition", "precondition", "priority", "requirement"})
KEY_WORDS = frozenset({"key", "main", "central", "chief", "top", "first"})


def _reported_copulas(verb: Token, lex: Lexicon) -> list[Token]:
    """The 'is' clauses a speech verb reports, unless denied ('said Y was not...')."""
    if syn.lemma(verb) not in lex.speech_verbs:
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and syn.lemma(c) == "be"
            and not any(g.dep_ == "neg" for g in c.children)]


def stated_demand(verb: Token, lex: Lexicon) -> Token | None:
    """'X said its main demand is the withdrawal of Russian troops', 'X said the key issue is a
    ceasefire': a reported clause that names an act as X's demand or priority is X's request."""
    for clause in _reported_copulas(verb, lex):
        subject = syn.subject_of(clause)[0]
        if subject is None:
            continue
        mods = {syn.lemma(c) for c in subject.children if c.dep_ in ("amod", "compound")}
        asked = syn.lemma(subject) in DEMAND_SUBJECTS or (syn.lemma(subject) == "issue" and mods & KEY_WORDS)
        acts = [c for c in clause.children if c.dep_ == "attr" and noun_trigger(c, lex) is not None]
        if asked and acts:
            return clause
    return None


def verdict_clause(verb: Token, lex: Lexicon) -> Token | None:
    """'X said Russia's strikes were barbaric', '"This is reckless Russian behaviour," X said': a
    reported clause that calls a named party or its act by a pejorative is X's accusation (CAMEO 111).
    Returns the copular clause. Only where the clause names a party (a name, a demonym or an owner):
    'said the situation was dangerous' blames no one."""
    for clause in _reported_copulas(verb, lex):
        if any(c.dep_ == "expl" for c in clause.children):
            continue  # 'there are grounds to believe...': an existential, not a verdict on a subject
        if any(c.dep_ == "nsubj" and c.lower_ == "what" for c in clause.children):
            continue  # 'striking what it said were terrorist sites': a label the writer quotes
        words = {syn.lemma(t) for c in clause.children if c.dep_ in JUDGED_DEPS for t in _phrase(c)}
        verdict = words & (lex.pejoratives | PEJORATIVE_NOUNS) and not words & FRIENDLY_NAMES
        if not (verdict or _blames(clause, lex) or _displeased(clause) or _aimed_at_peace(clause, lex)):
            continue
        if any(t.ent_type_ in ACTOR_ENTS and t.pos_ != "PRON" for t in clause.subtree):
            return clause
        if told_act(clause, lex) is not None:
            return clause  # '"This attack is an effort to wreck the talks," X said': its doer is accused
    return None


TOLD_WORDS = frozenset({"this", "that", "these", "those", "the", "such"})
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "effort", "way", "move", "plan"})
VALUE_NOUNS = frozenset({"safety", "security", "peace", "humanity", "sovereignty", "democracy", "law",
                         "diplomacy", "dialogue", "effort", "process", "initiative", "civilian", "freedom"})


def told_act(clause: Token, lex: Lexicon) -> Token | None:
    """The hostile act a copular verdict is about, told before and named bare: 'this attack', 'the
    strikes', 'attacks that kill civilians', or 'this' called 'an attack on...'. Returns the act's noun."""
    subject = syn.subject_of(clause)[0]
    if subject is None:
        return None
    if subject.dep_ == "csubj":
        return _judged_doing(clause, subject, lex)
    pointed = subject.lower_ in ("this", "that")
    if pointed:
        acts = [c for c in clause.children if c.dep_ == "attr" and syn.is_noun(c)]
        subject = acts[0] if acts else subject
        if _judged_deed(subject, lex):
            return subject  # '"This is an unfriendly act," X said': the act told before, judged
    kind = lex.nouns.get(syn.lemma(subject))
    if kind is None or kind.type not in lex.hostile or not syn.is_noun(subject):
        return None
    told = pointed or any(c.lower_ in TOLD_WORDS for c in subject.children) or subject.tag_ == "NNS"
    owned = any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "PRON")
                for c in subject.children)
    return subject if told and not owned else None


DEED_NOUNS = frozenset({"act", "action", "move", "decision", "deed"})
"""Plain nouns for 'what was done' that a pejorative turns into a verdict: 'an unfriendly act'."""


def _judged_deed(noun: Token, lex: Lexicon) -> bool:
    """'an unfriendly act', 'a hostile move': a plain deed noun judged by a pejorative modifier."""
    return syn.lemma(noun) in DEED_NOUNS and any(
        c.dep_ == "amod" and syn.lemma(c) in lex.pejoratives for c in noun.children)


def _judged_doing(clause: Token, doing: Token, lex: Lexicon) -> Token | None:
    """'"Shelling a school is a despicable act," X said': an attack told as a bare gerund (no doer, no
    'not'), judged a pejorative deed. Returns the deed noun."""
    trigger = verb_trigger(doing, lex)
    if trigger is None or trigger.type not in lex.hostile or any(c.dep_ == "neg" for c in doing.children):
        return None
    deeds = [c for c in clause.children if c.dep_ == "attr" and _judged_deed(c, lex)]
    return deeds[0] if deeds else None


def _aimed_at_peace(clause: Token, lex: Lexicon) -> bool:
    """'is an effort to wreck the accords', 'an attack on nuclear safety': the act judged as aimed
    against peace or a good everyone shares."""
    for attr in (c for c in clause.children if c.dep_ == "attr"):
        if syn.lemma(attr) in ATTEMPT_NOUNS and any(
                syn.lemma(v) in BLAMEWORTHY_VERBS for v in attr.children if v.dep_ in ("acl", "relcl")):
            return True
        kind = lex.nouns.get(syn.lemma(attr))
        if kind is not None and kind.type in lex.hostile and any(
                syn.lemma(o) in VALUE_NOUNS for o in syn.prep_objects(attr, ("on", "against"))):
            return True
    return False


BLAMEWORTHY_VERBS = frozenset({
    "sabotage", "undermine", "obstruct", "derail", "torpedo", "wreck", "stall", "delay", "hamper",
    "hinder", "prolong", "drag", "stonewall", "flout", "breach", "violate", "provoke", "escalate",
    "deceive", "lie", "manipulate", "weaponize", "weaponise", "exploit", "politicize", "politicise",
    "block", "frustrate", "thwart",
})
"""Conduct a speaker lays at another's door: 'said the Kiev regime was still sabotaging the
negotiations', 'said Ukraine was delaying the exchange' (an accusation, CAMEO 112), when the verb tells
no event of its own ('sabotaged a rail line' is an attack; 'violated the truce' a breach)."""
VIOLATION_NOUNS = frozenset({"violation", "breach", "provocation", "obstruction", "sabotage"})
ANSWERING_SPEECH = frozenset({"respond", "reply", "claim", "charge", "complain", "allege", "note"})
"""Verbs that report a clause as a charge or an answer ('responded that Russia was simply stalling')."""
RESORT_VERBS = frozenset({"resort", "commit", "engage", "perpetrate"})
CRIMES = frozenset({"crime", "atrocity", "genocide", "torture", "blackmail", "provocation", "war"})
"""What a party is said to resort to or commit: 'resorting to nuclear terrorism', 'committing war crimes'."""
STRIVING_VERBS = frozenset({"continue", "keep", "persist", "try", "seek", "attempt", "want", "aim"})


EVIDENCE_VERBS = frozenset({"show", "prove", "demonstrate", "reveal", "confirm", "expose", "underline",
                            "underscore"})
EARNEST_WORDS = frozenset({"serious", "sincere", "interested", "committed", "genuine"})
"""'is not serious about peace': what a party shown insincere is said not to be."""
AIM_NOUNS = frozenset({"intention", "interest", "desire", "plan", "wish", "will"})
SHAM_NOUNS = frozenset({"lie", "bluff", "sham", "farce", "charade", "pretence", "pretense", "ploy",
                        "smokescreen", "fiction", "fraud", "hoax"})


HARM_WORDS = frozenset({"death", "die", "dying", "casualty", "bloodshed", "suffering", "killing", "life"})
"""What a forecast of harm counts: 'will result in more casualties', 'is going to cost lives'."""
RESULT_VERBS = frozenset({"lead", "result"})
RUIN_VERBS = frozenset({"ruin", "devastate"})
PROLONG_VERBS = frozenset({"prolong", "fuel"})
WAR_WORDS = frozenset({"war", "conflict", "fighting", "bloodshed", "suffering", "hostility"})


def harm_forecast(verb: Token, lex: Lexicon) -> Token | None:
    """'X said the loan will result in more casualties', '"This step will cost lives," X said', 'said
    it would prolong the fighting': a speaker's forecast that something will kill, ruin or prolong the war
    is a charge against whoever did it (CAMEO 111); whose deed it is, the record decides (the subject's
    owner, or the giver the article told). Returns the harming verb. Only a reported 'will': 'might
    cost lives' weighs a risk."""
    if syn.lemma(verb) not in lex.speech_verbs:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        future = syn.has_aux(clause, lex.future_aux)
        for act in (clause, *(k for k in clause.conjuncts if syn.is_verb(k) and k.i > clause.i)):
            told = future or syn.has_aux(act, lex.future_aux)
            if told and not any(c.dep_ == "neg" for c in act.children) and harms(act):
                return act
    return None


def harms(act: Token) -> bool:
    """The verb forecasts deaths, ruin or a longer war: 'cost lives', 'result in casualties', 'ruin
    the country', 'prolong the war'."""
    base = syn.lemma(act)
    if base == "cost":
        return any(syn.lemma(o) == "life" for o in syn.direct_objects(act))
    if base in RESULT_VERBS:  # 'lead to more civilians dying': the gerund under 'to', or hung on the verb
        dying = any(c.dep_ == "advcl" and c.tag_ == "VBG" and syn.lemma(c) in HARM_WORDS
                    for c in act.children)
        preps = [c for c in act.children if c.dep_ == "prep" and c.lower_ in ("to", "in")]
        return dying or any(syn.lemma(t) in HARM_WORDS for p in preps for t in p.subtree)
    if base in PROLONG_VERBS:
        return any(syn.lemma(o) in WAR_WORDS for o in syn.direct_objects(act))
    return base in RUIN_VERBS


CONDITION_MARKS = frozenset({"after", "if", "once", "when", "until"})


def stated_condition(verb: Token, lex: Lexicon) -> Token | None:
    """'Tehran said the accord would only take effect after sanctions are lifted', 'Armenia said talks
    could resume only if Baku freed the prisoners': a reported act the speaker says happens only on a
    condition is the speaker's demand of that condition (CAMEO 10). Returns the condition's clause."""
    if syn.lemma(verb) not in lex.speech_verbs:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for cond in (c for c in clause.children if c.dep_ == "advcl"):
            marked = any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in cond.children)
            only = any(c.dep_ == "advmod" and c.lower_ == "only" for c in (*clause.children, *cond.children))
            if marked and only and _names_an_act(cond, lex):
                return cond
    return None


def _names_an_act(clause: Token, lex: Lexicon) -> bool:
    """The condition is an act someone must do ('after sanctions are lifted', 'once they reach a deal'),
    not a state of knowledge ('only once the terms are known' waits; it asks no one)."""
    word = syn.lemma(clause)
    if word in lex.verbs or word in lex.light_verbs or word in lex.realising_verbs:
        return True
    parts = (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
    return any(syn.lemma(c) in lex.nouns for c in parts)


def shown_insincere(verb: Token, lex: Lexicon) -> Token | None:
    """'Zelensky said the strike showed Moscow had no intention of ending the war', '"Every such attack
    proves Russia's talk of a truce is a lie," he said', 'said it only served to demonstrate that the
    Kremlin was not serious about peace': an act shown to prove a named party insincere about peace is
    the speaker's charge against it (CAMEO 111). Returns the clause that judges the party."""
    if syn.lemma(verb) not in lex.speech_verbs:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        shown = [clause] + [c for c in clause.children if c.dep_ == "xcomp"]  # 'serves to demonstrate'
        for evidence in (s for s in shown if syn.lemma(s) in EVIDENCE_VERBS):
            for judged in (c for c in evidence.children if c.dep_ == "ccomp"):
                if _insincere(judged) and _judged_party(judged):
                    return judged
    return None


def _insincere(clause: Token) -> bool:
    """'is not serious about peace', 'has no intention of halting the war', 'only wants war', 'does not
    want peace', 'is a lie'."""
    kids = list(clause.children)
    denied = any(c.dep_ == "neg" for c in kids)
    word = syn.lemma(clause)
    if word == "be":
        earnest = any(c.dep_ == "acomp" and syn.lemma(c) in EARNEST_WORDS for c in kids)
        sham = any(c.dep_ == "attr" and syn.lemma(c) in SHAM_NOUNS for c in kids)
        return (earnest and denied) or (sham and not denied)
    objects = [c for c in kids if c.dep_ == "dobj"]
    if word == "have" and not denied:
        return any(syn.lemma(o) in AIM_NOUNS and any(d.lower_ == "no" for d in o.children) for o in objects)
    if word in ("want", "seek"):
        wants = {syn.lemma(o) for o in objects}
        return ("war" in wants and not denied) or ("peace" in wants and denied)
    return False


def _judged_party(clause: Token) -> bool:
    """The judged clause's subject names a party, or is owned by one ('Russia's talk of a truce')."""
    subject = syn.subject_of(clause)[0]
    if subject is None:
        return False
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return _named_party(subject) or any(_named_party(o) for o in owners)


def blamed_conduct(verb: Token, lex: Lexicon) -> Token | None:
    """A speech verb reporting that a named party does something blameworthy ('Moscow said the Kyiv
    regime continues to sabotage the talks'), or that there have been violations ('said there had been
    repeated violations of the truce'): the speaker accuses. Returns the reported clause. A pronoun or
    an unnamed subject ('said they were delaying') names no one to accuse; a denied clause accuses none."""
    if syn.lemma(verb) not in lex.speech_verbs | ANSWERING_SPEECH:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [k for c in clauses for k in c.conjuncts if syn.is_verb(k)]  # 'and that Moscow stalls'
    if verb.dep_ == "parataxis" and syn.is_verb(verb.head):
        clauses.append(verb.head)  # 'At the same time, he said, the Kyiv regime continues to...'
    for clause in clauses:
        if any(g.dep_ == "neg" for g in clause.children):
            continue
        if any(c.dep_ == "expl" for c in clause.children):
            if syn.lemma(clause) == "be" and any(syn.lemma(a) in VIOLATION_NOUNS for a in clause.children
                                                 if a.dep_ in ("attr", "nsubj")):
                return clause
            continue
        if _blamed_act(clause, lex) and _named_party(syn.subject_of(clause)[0]):
            return clause
    return None


def _blamed_act(clause: Token, lex: Lexicon) -> bool:
    """The clause's act ('continues to sabotage': sabotage) is blameworthy and no event of its own."""
    act = clause
    while syn.lemma(act) in STRIVING_VERBS:
        act = next((c for c in act.children if c.dep_ == "xcomp"), None)
        if act is None:
            return False
    if syn.lemma(act) in RESORT_VERBS:  # 'was resorting to "nuclear terrorism"', 'commits atrocities'
        done = [*syn.direct_objects(act), *syn.prep_objects(act, ("to", "in"))]
        return any(syn.lemma(d) in lex.pejoratives | PEJORATIVE_NOUNS | CRIMES for d in done)
    return syn.lemma(act) in BLAMEWORTHY_VERBS and verb_trigger(act, lex) is None


def _named_party(subject: Token | None) -> bool:
    """A subject that names a party: a name or demonym, or a noun owned or modified by one ('the Kiev
    regime', 'the Ukrainian side'), not a pronoun."""
    if subject is None or subject.pos_ == "PRON":
        return False
    if subject.ent_type_ in ACTOR_ENTS:
        return True
    return any(c.ent_type_ in ACTOR_ENTS for c in subject.children if c.dep_ in ("compound", "amod", "poss"))


CLAUSE_DEPS = ("relcl", "acl", "ccomp", "advcl", "xcomp")


def _phrase(head: Token) -> list[Token]:
    """The words of a phrase without the clauses inside it ('the time when the war must stop': not the
    war's words, which a clause of their own says)."""
    out = [head]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS:
            out += _phrase(child)
    return out


BLAME_WORDS = frozenset({"responsible", "culpable", "guilty", "to blame"})
DISPLEASED_WORDS = frozenset({"disappointed", "frustrated", "angry", "unhappy", "furious", "dissatisfied"})


def _blames(clause: Token, lex: Lexicon) -> bool:
    """'Y was responsible for the attack', 'Y was behind the sabotage': a hostile act laid at Y's door."""
    acts = [o for c in clause.children if c.dep_ == "acomp" and syn.lemma(c) in BLAME_WORDS
            for o in syn.prep_objects(c, ("for",))]
    acts += list(syn.prep_objects(clause, ("behind",)))
    return any(syn.lemma(a) in lex.nouns and lex.nouns[syn.lemma(a)].type in lex.hostile
               or syn.lemma(a) in lex.pejoratives | PEJORATIVE_NOUNS for a in acts)


def _displeased(clause: Token) -> bool:
    """'he was disappointed with Putin': displeasure with a party (CAMEO 111, criticise)."""
    return any(c.dep_ == "acomp" and c.lower_ in DISPLEASED_WORDS
               and any(o.ent_type_ in ACTOR_ENTS for o in syn.prep_objects(c, ("with", "at", "in")))
               for c in clause.children)


SHOULD = frozenset({"should", "ought"})


def _ought(clause: Token, subject: Token | None, lex: Lexicon) -> bool:
    """'said Moscow should withdraw its troops', 'said the general should be arrested': a reported
    'should' laid on a named party's act is a demand. Only an act with a trigger of its own, done or
    suffered by a named party ('the talks should resume', 'prices should fall' forecast, not ask)."""
    if clause.lower_ == "ought":  # the parser heads 'the EU ought to impose...' by 'ought'
        clause = next((c for c in clause.children if c.dep_ == "xcomp"), clause)
    elif not syn.has_aux(clause, SHOULD):
        return False
    if subject is None or not _acts(clause, lex):
        return False
    return subject.ent_type_ in ACTOR_ENTS or any(c.ent_type_ in ACTOR_ENTS for c in subject.children
                                                   if c.dep_ in ("amod", "compound", "poss"))


def _acts(verb: Token, lex: Lexicon) -> bool:
    """The verb is an event itself ('withdraw') or makes its event noun happen ('impose sanctions');
    'expect more attacks' names an event without doing it."""
    if verb_trigger(verb, lex) is not None:
        return True
    light = syn.lemma(verb) in lex.light_verbs
    return light and any(noun_trigger(o, lex) is not None for o in syn.direct_objects(verb))


def find_candidates(span: Span, lex: Lexicon) -> list[Candidate]:
    """Every event reading in the sentence, before participants are attached."""
    found: list[Candidate] = []
    fired: set[int] = set()
    for token in span:
        demanded = demand_clause(token, lex) if syn.is_verb(token) else None
        if demanded is not None:  # 'X announced Y must agree...' is X's demand, not an agreement
            cand = _candidate(token, token, Trigger(syn.lemma(token), "REQUEST", "10"), "demand", lex)
            if cand is not None:
                cand.inner = demanded
                found.append(cand)
            fired.add(token.i)
            continue
        commit = commitment(token, lex) if syn.is_verb(token) else None
        trigger = verb_trigger(token, lex)
        if commit is None and syn.is_verb(token) and announced_refusal(token, lex):
            cand = _candidate(token, token, REFUSAL, "verb", lex)
            fired.add(token.i)
            if cand is not None:
                cand.negated = cand.future = False  # the 'not' and the 'will' make the refusal
                cand.threat = True  # like a threat, a stand only in the party's own words
                found.append(cand)
            continue
        if commit is not None:
            kind, _ = commit
            base = trigger or Trigger(syn.lemma(token), kind, lex.cameo_roots[kind])
            trigger = Trigger(base.lemma, kind, base.cameo if base.type == kind else lex.cameo_roots[kind])
        if trigger is None:
            continue
        cand = _candidate(token, token, trigger, "verb", lex)
        fired.add(token.i)
        if cand is not None:
            cand.inner = commit[1] if commit is not None else None
            if commit is not None and commit[0] == "THREATEN":
                cand.voiced_for = threat_party(token, commit[1])
            if commit is not None and syn.lemma(token) in LITOTES_VERBS:
                cand.negated = False  # the 'not' of 'not hesitate' asserts the threat
            found.append(cand)
    for token in span:
        if not syn.is_verb(token) or token.i in fired:
            continue
        readings = ((verdict_clause, "ACCUSE", "111"), (blamed_conduct, "ACCUSE", "112"),
                    (stated_demand, "REQUEST", "10"), (declared_target, "THREATEN", "13"),
                    (shown_insincere, "ACCUSE", "111"), (stated_condition, "REQUEST", "10"),
                    (harm_forecast, "ACCUSE", "111"))
        for reading, kind, cameo in readings:
            clause = reading(token, lex)
            trigger = Trigger(syn.lemma(token), kind, cameo)
            cand = _candidate(token, token, trigger, "verb", lex) if clause is not None else None
            if cand is not None:
                cand.inner = clause
                found.append(cand)
    for token in span:
        ready = readiness(token, lex)
        if ready is not None and ready[0].i not in fired:
            cand = _candidate(token, ready[0], Trigger(syn.lemma(token), "AGREE", "03"), "verb", lex)
            if cand is not None:
                cand.inner = ready[1]
                found.append(cand)
    for token in span:
        trigger = noun_trigger(token, lex)
        where = noun_anchor(token, lex) if trigger is not None else None
        taken = where is not None and where[0].i in fired and where[1] in ("light", "subject")
        if trigger is None or where is None or (taken and not _steadfast(token)):
            continue
        cand = _candidate(token, where[0], reread(trigger, {syn.lemma(where[0])}), where[1], lex)
        if cand is not None:
            found.append(cand)
    for token in span:
        under = under_attack(token, lex)
        cand = _candidate(token, token.head.head, under, "under", lex) if under is not None else None
        if cand is not None:
            found.append(cand)
    # 'will not back down in its support': the verb only carries the pledge, it refuses nothing itself
    pledges = {c.anchor.i for c in found if c.role == "light" and _steadfast(c.token)}
    found = [c for c in found if not (c.role == "verb" and c.token.i in pledges)]
    resolved = (resolve_future(c, lex) for c in found)
    return [c for c in resolved if c is not None]


UNDER_VERBS = frozenset({"come", "be", "remain", "stay"})
UNDER_FIRE = Trigger(lemma="fire", type="ASSAULT", cameo="190", mode=None)
CRITICS = ("for", "over")
SPELL_NOUNS = frozenset({"night", "day", "hour", "week", "month", "time", "while", "year", "weekend"})


def under_attack(noun: Token, lex: Lexicon) -> Trigger | None:
    """'Odesa came under a heavy missile and drone attack', 'our positions came under fire from
    Russian tanks': the subject is struck, the attacker is the attack's owner or what it came 'from'.
    Not the figure of speech 'came under fire/attack for its handling of...' or 'from critics over',
    which gives its cause, nor a person under attack (a politician criticised)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or not syn.is_verb(noun.head.head):
        return None
    verb = noun.head.head
    if syn.lemma(verb) not in UNDER_VERBS:
        return None
    trigger = UNDER_FIRE if syn.lemma(noun) in ("fire", "gunfire") else noun_trigger(noun, lex)
    if trigger is None or trigger.type != "ASSAULT":
        return None
    causes = [*syn.prep_objects(verb, CRITICS), *syn.prep_objects(noun, CRITICS)]
    if any(c.ent_type_ not in ("DATE", "TIME") and syn.lemma(c) not in SPELL_NOUNS for c in causes):
        return None  # 'for her handling of...', not 'for the third night running
    subject, passive = syn.subject_of(verb)
    return trigger if subject is not None and not passive and _strikable(subject) else None


STRUCK_ENTS = ("GPE", "LOC", "FAC")
STRUCK_NOUNS = frozenset({
    "position", "city", "town", "village", "region", "district", "area", "port", "plant", "station",
    "base", "airfield", "airport", "convoy", "column", "unit", "troop", "soldier", "force", "army",
    "vessel", "ship", "tanker", "checkpoint", "post", "outpost", "building", "hospital", "school",
    "embassy", "camp", "patrol", "border", "train", "motorcade", "compound", "headquarters", "facility",
    "infrastructure", "grid", "substation", "bridge", "capital", "neighbourhood", "neighborhood", "suburb",
    "frontline", "front", "line", "trench", "bunker", "depot", "warehouse", "refinery", "terminal",
})
"""What can be shot at or bombed: places, sites, units and vessels, not a person, a policy or a body
('the minister/the plan/the government came under attack' is criticism)."""


def _strikable(subject: Token) -> bool:
    if subject.ent_type_ in STRUCK_ENTS and subject.pos_ == "PROPN":
        return True
    return syn.is_noun(subject) and syn.lemma(subject) in STRUCK_NOUNS


def readiness(token: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """'X is ready to ...', 'X voiced its willingness to ...' (anything not hostile): intent to cooperate,
    anchored on the clause that has X as subject. Returns (anchor, what X is ready to do)."""
    opened = syn.lemma(token) == "open"
    if syn.lemma(token) not in lex.readiness_words and not opened:
        return None
    adjective = token.dep_ == "acomp" and syn.is_verb(token.head)
    noun = token.dep_ == "dobj" and syn.is_noun(token) and syn.lemma(token.head) in lex.light_verbs
    noun = noun and not opened  # 'open' is read as an adjective only ('open to talks')
    comps = [c for c in token.children if c.dep_ in ("xcomp", "acl") and syn.is_verb(c) and syn.has_to(c)]
    if (adjective or noun) and not comps:
        wanted = _ready_for(token, lex)  # 'ready for talks', 'open to negotiations'
        return (token.head, wanted) if wanted is not None else None
    if not (adjective or noun) or opened or not comps or embedded_type(comps[0], lex) is not None:
        return None
    return token.head, comps[0]


def _ready_for(word: Token, lex: Lexicon) -> Token | None:
    """The cooperative act a readiness word takes as its object ('ready for a meeting', 'open to talks')."""
    for noun in syn.prep_objects(word, ("for", "to")):
        trigger = noun_trigger(noun, lex)
        if trigger is not None and trigger.type in lex.cooperative:
            return noun
    return None


CARRY_ON_VERBS = ("continue", "resume", "persist")
"""Verbs that say an act goes on: 'said the strikes would continue' announces more of them."""


def _carried_on(cand: Candidate) -> bool:
    """'The rebels said their attacks would continue': a hostile act as the subject of a verb of
    going on, in a reported 'will', is announced by its side as a verb would be ('said they would
    keep attacking'); 'said the talks would continue' is cooperative and never reaches here."""
    return cand.role == "subject" and syn.lemma(cand.anchor) in CARRY_ON_VERBS


def resolve_future(cand: Candidate, lex: Lexicon) -> Candidate | None:
    """A future event is not one that happened: future cooperation is an AGREE (intent), a refusal
    to cooperate a REJECT; future hostility without a threat verb is dropped."""
    if not cand.future or cand.type in ("AGREE", "THREATEN"):
        return cand
    if cand.type not in lex.cooperative:
        anchor = cand.anchor  # 'X said it would strike': reported 'will', not 'plans to' or a bare forecast
        said = anchor.dep_ == "ccomp" and syn.lemma(anchor.head) in lex.speech_verbs
        told = cand.role == "verb" or _carried_on(cand)
        stated = told and said and syn.has_aux(anchor, lex.future_aux)
        if cand.negated or cand.type not in (*lex.hostile, "PROTEST") or not stated:
            return None
        cand.type, cand.cameo, cand.mode, cand.threat = "THREATEN", "13", None, True
        return cand
    if cand.negated:
        cand.type, cand.cameo, cand.negated = "REJECT", "12", False
    else:
        cand.cameo = "036" if cand.type == "CONSULT" else "03"
        cand.type = "AGREE"
    cand.mode = None
    return cand
