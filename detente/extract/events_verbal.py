"""Verbal events (issue 10): constructions of diplomatic speech that a trigger lemma alone cannot read.

The trigger table reads 'condemned', 'urged', 'rejected'. Outlets also tell these acts through the
shape of a clause rather than a verb of the class, and these readings cover those shapes:

- a reported judgement: 'X said the strike was a war crime' or 'that Moscow was responsible' (ACCUSE);
  'said the plan was unacceptable' (REJECT); 'said any troops would be legitimate targets' (THREATEN);
- holding someone to blame: 'X held Y responsible for', 'Y bears responsibility' (ACCUSE);
- a refused acceptance of anything: 'would never accept the loss of', 'does not recognise' (REJECT);
- a call as a noun: 'renewed his call for a ceasefire', 'issued a call to end' (REQUEST);
- giving ground on one's own demand: 'dropped its demand', 'softened its stance' (CONCEDE);
- warnings of consequences: 'warned Finland of retaliatory measures' (THREATEN);
- idioms of backing: 'threw its weight behind' (SUPPORT); blocking a decision: 'blocked the package'
  (REJECT);
- reciprocal acts: 'X and Y blamed each other', 'traded accusations' are two events, one each way.
"""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from detente.extract import events_syntax as syn
from detente.extract.common import actor_or_none
from detente.extract.events_lexicon import Lexicon, Trigger
from detente.extract.events_roles import actor_at, state_actor
from detente.extract.events_triggers import (
    AS_NAMING_VERBS,
    PEJORATIVE_NOUNS,
    Candidate,
    _candidate,
    resolve_future,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from detente.models import Actor, Record
    from detente.nlp.core import Sentence

SAYING_VERBS = frozenset({"reveal", "note", "claim", "explain", "affirm", "remark", "observe", "comment",
                          "tweet", "post", "underline", "underscore", "highlight", "acknowledge", "admit",
                          "warn", "complain", "respond", "reply", "counter", "retort", "suggest", "signal",
                          "describe", "deem", "believe", "think", "tell", "add", "insist", "told"})
"""Verbs that report what a party says or holds, beside the lexicon's speech verbs: 'revealed: "This is
yet another example of reckless behaviour"', 'noted that the strike was a breach'."""
COPULAS = frozenset({"be", "constitute", "amount", "represent", "remain"})
"""Verbs that state what a thing is: 'was', 'constituted', 'amounted to' a crime."""
GUILT_WORDS = frozenset({"responsible", "accountable", "guilty", "culpable", "liable", "complicit"})
"""Predicates that put an act on someone: 'Moscow was responsible', 'held Kyiv accountable'."""
MISDEEDS = frozenset({"violation", "breach", "crime", "provocation", "aggression", "terrorism", "terror",
                      "atrocity", "lie", "blackmail", "escalation", "genocide", "massacre", "sabotage",
                      "mistake", "error", "disgrace", "outrage", "insult", "betrayal", "farce", "sham",
                      "travesty", "hypocrisy", "violence", "barbarism", "war-crime", "abuse", "interference",
                      "meddling", "bluff"})
"""Nouns a speaker calls an act to blame it: 'a blatant breach', 'a war crime', 'a mistake'."""
REFUSALS = frozenset({"unacceptable", "unrealistic", "impossible", "nonsense", "non-starter", "unworkable",
                      "absurd", "ridiculous", "pointless", "useless", "invalid", "void", "illegitimate",
                      "premature", "irrelevant", "meaningless", "worthless"})
"""What a speaker calls a proposal to turn it down: 'the plan is unacceptable'."""
PROPOSALS = frozenset({"proposal", "plan", "offer", "demand", "idea", "initiative", "condition", "term",
                       "ultimatum", "deal", "request", "suggestion", "proposition", "formula", "framework",
                       "draft", "resolution", "call", "invitation", "scenario", "option", "precondition"})
BLAME_NOUNS = PEJORATIVE_NOUNS - {"threat", "regime"}
"""'a terrorist', 'aggression', 'genocide' (a 'threat' or a 'regime' may be said without blame)."""
THREAT_TARGETS = frozenset({"target"})
"""'any troops would be legitimate targets': naming a thing one's own target threatens it."""
ACCEPT_VERBS = frozenset({"accept", "recognise", "recognize", "acknowledge", "tolerate"})
"""Verbs whose negation turns anything down: 'will never accept', 'does not recognise'."""
CALL_NOUNS = frozenset({"call"})
CALL_VERBS = frozenset({"echo", "join", "repeat", "renew", "reiterate", "issue", "make", "voice", "launch",
                        "step"})
"""Verbs that make a call for something: 'renewed his call for', 'echoed calls for', 'joined calls to'."""
CONCEDE_VERBS = frozenset({"drop", "soften", "abandon", "shelve", "waive", "relax", "moderate", "scale",
                           "water", "temper", "withdraw", "lift"})
OWN_CLAIMS = frozenset({"demand", "condition", "precondition", "objection", "opposition", "veto",
                        "insistence", "stance", "position", "claim", "resistance", "line", "requirement"})
"""What a party gives ground on when it drops or softens it: its own demand, objection or stance."""
BLOCK_VERBS = frozenset({"block", "torpedo", "scupper", "stall", "derail", "obstruct", "hold"})
DECISIONS = frozenset({"agreement", "deal", "package", "sanction", "resolution", "proposal", "accession",
                       "membership", "bid", "decision", "aid", "loan", "statement", "declaration", "plan",
                       "fund", "funding", "tranche", "treaty", "initiative", "talk", "negotiation",
                       "consensus"})
"""What a party blocks to refuse it: a decision, a package, a bid (not a road or a port)."""
CONSEQUENCES = frozenset({"consequence", "retaliation", "retaliatory", "reprisal", "retribution",
                          "countermeasure", "response", "escalation", "punishment", "war", "strike"})
"""What a warning names as coming: 'warned of consequences', 'warned of retaliatory measures'."""
WARN_VERBS = frozenset({"warn", "caution"})
RECIPROCALS = ("each other", "one another")
EXCHANGED = frozenset({"accusation", "blame", "barb", "insult", "charge", "recrimination", "threat",
                       "warning", "allegation", "criticism", "jab"})
"""'traded accusations', 'exchanged threats': a reciprocal act told as a swap."""
EXCHANGE_VERBS = frozenset({"trade", "exchange", "swap", "hurl"})
PRESSING_VERBS = frozenset({"push", "encourage", "pressure", "pressurise", "pressurize", "prod", "nudge",
                            "goad", "exhort"})
"""Verbs of getting someone to act: 'pushed its allies to tighten', 'pressured Kyiv into accepting'
('prompted', 'spurred' are mostly causes: 'the strike prompted Warsaw to scramble jets')."""
CHARGE_VERBS = frozenset({"charge", "contend"})
"""'Kyiv charged that Russian forces had...': an accusation told as a claim."""
LYING_VERBS = frozenset({"lie", "deceive", "bluff", "mislead", "cheat", "stall"})
"""'said Moscow was lying / stalling': blaming a party's conduct in reported speech."""
NEEDS = frozenset({"weapon", "arm", "defence", "defense", "system", "missile", "ammunition", "shell", "jet",
                   "aircraft", "tank", "support", "aid", "help", "assistance", "money", "fund", "funding",
                   "guarantee", "sanction", "pressure", "drone", "interceptor", "battery", "munition",
                   "equipment", "artillery", "loan", "financing"})
"""What a party says it needs from others: 'we need more air defence' asks for it."""
OWN_SIDE = frozenset({"country", "nation", "army", "military", "force", "troop", "soldier", "people"})
"""'our country', 'her army': the speaker's own side, named by what it is."""
OBLIGATIONS = frozenset({"must", "should", "ought"})
IMPERATIVES = frozenset({"important", "vital", "essential", "crucial", "necessary", "imperative", "critical",
                         "urgent", "time", "key", "high"})
"""'It is vital that the allies deliver...', 'it is time that Moscow...': a demand told as a necessity."""
COUNTERPARTS = frozenset({"counterpart", "leader", "president", "premier", "minister", "chancellor", "envoy",
                          "delegation", "negotiator", "official", "king", "prince", "emir", "secretary",
                          "representative", "ambassador", "diplomat"})
"""Who a leader talks with when the talk is diplomacy: 'spoke with his Turkish counterpart'."""
TALK_VERBS = frozenset({"speak", "talk", "converse"})
OPEN_TO = frozenset({"talk", "negotiation", "meeting", "deal", "compromise", "ceasefire", "truce", "summit",
                     "agreement", "settlement", "exchange", "swap"})
"""What a party says it is 'open to' as a concrete act of cooperation it intends (AGREE); 'open to
dialogue' is a posture, not an act."""
DRAW_VERBS = frozenset({"draw", "attract", "spark", "prompt", "trigger", "provoke", "elicit", "earn",
                        "receive", "bring", "meet", "win", "garner"})
"""'The strike drew condemnation from Paris', 'the plan won backing from Berlin': the reaction is the act
of the party it came from, about the subject."""
REACTIONS = ("ACCUSE", "SUPPORT", "REJECT", "THREATEN", "REQUEST")
BACKING = (("throw", "weight", "behind"), ("put", "weight", "behind"))
STATES_OF_WAR = frozenset({"loss", "annexation", "result", "outcome", "border", "occupation", "sovereignty",
                           "government", "election", "referendum", "independence", "legitimacy",
                           "authority", "jurisdiction", "claim", "surrender", "concession", "neutrality",
                           "ruling", "verdict", "status", "control", "presence", "deployment", "membership",
                           "partition", "division"})
"""What a refusal may turn down besides proposals and acts: 'will never accept the loss of Crimea'."""
SELF_PRONOUNS = ("i", "we")
SIDE_NOUNS = ("side", "party", "country", "belligerent", "foe", "rival")

HEAD_LEMMAS = (ACCEPT_VERBS | CALL_VERBS | CONCEDE_VERBS | BLOCK_VERBS | WARN_VERBS | EXCHANGE_VERBS
               | PRESSING_VERBS | CHARGE_VERBS | SAYING_VERBS | frozenset(AS_NAMING_VERBS)
               | TALK_VERBS | {"hold", "bear", "throw", "put", "carry", "call", "open"})
"""Lemmas that may start one of these readings: the prefilter lets their sentences through."""


def verbal_candidates(span: Span, lex: Lexicon, taken: list[Candidate]) -> list[Candidate]:
    """Readings of the sentence's clauses these constructions add, where no trigger already read them."""
    used = {c.anchor.i for c in taken} | {c.token.i for c in taken}
    found: list[Candidate] = []
    for token in span:
        if not syn.is_verb(token):
            continue
        for reading in (_judgement, _held_responsible, _refused, _gave_ground, _warned_of, _backed, _blocked,
                        _traded, _pressed, _charged, _needed, _necessity, _spoke_with, _open_to):
            cand = reading(token, lex, used)
            if cand is not None:
                found.append(cand)
                used.add(token.i)
                break
    for token in span:
        cand = _call_for(token, lex, used) or _drew(token, lex, used)
        if cand is not None:
            found.append(cand)
    resolved = (c if c.type == "REJECT" and c.role == "verb" else resolve_future(c, lex) for c in found)
    return [c for c in resolved if c is not None]


def _make(token: Token, anchor: Token, kind: str, cameo: str, role: str, lex: Lexicon,
          inner: Token | None = None) -> Candidate | None:
    cand = _candidate(token, anchor, Trigger(syn.lemma(token), kind, cameo), role, lex)
    if cand is not None:
        cand.inner = inner
    return cand


def _said_clauses(verb: Token, lex: Lexicon) -> list[Token]:
    """The clauses a verb of saying reports ('said [the strike was a crime]', 'noted that...')."""
    if syn.lemma(verb) not in lex.speech_verbs and syn.lemma(verb) not in SAYING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and syn.is_verb(c)]


def _predicates(clause: Token) -> list[Token]:
    """What a copular clause says its subject is: the attribute or adjective, and 'amounted to X'."""
    out = [c for c in clause.children if c.dep_ in ("attr", "acomp", "oprd", "dobj")]
    out += list(syn.prep_objects(clause, ("to",)))
    out += [c for o in out for c in o.conjuncts]
    return out


def _words(pred: Token) -> set[str]:
    """The predicate and its modifiers, and the thing it is 'an example of'."""
    heads = [pred, *syn.prep_objects(pred, ("of",))]
    words = {syn.lemma(h) for h in heads}
    words |= {syn.lemma(c) for h in heads for c in h.children if c.dep_ in ("amod", "compound", "advmod")}
    return words


def judgement_type(clause: Token, lex: Lexicon) -> str | None:
    """ACCUSE, REJECT or THREATEN when a reported copular clause blames, refuses or threatens."""
    if syn.lemma(clause) not in COPULAS | LYING_VERBS or syn.has_aux(clause, lex.hedge_aux):
        return None
    if any(c.dep_ == "neg" for c in clause.children) or syn.is_conditional(clause, lex):
        return None  # 'said it was not a violation' denies; 'if it is a provocation' supposes
    subject, _ = syn.subject_of(clause)
    if subject is None or subject.lower_ in SELF_PRONOUNS:
        return None
    if syn.lemma(clause) in LYING_VERBS and (subject.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                                             or subject.lower_ in ("he", "she", "they")):
        return "ACCUSE"  # 'said Moscow was lying about its readiness to talk'
    if syn.lemma(clause) not in COPULAS:
        return None
    words = set().union(*(_words(p) for p in _predicates(clause))) if _predicates(clause) else set()
    if any(c.dep_ == "xcomp" and syn.lemma(c) == "blame" for c in clause.children):
        words.add("responsible")  # 'Moscow is to blame'
    if words & GUILT_WORDS and not _named(subject):
        return None  # 'said its forces were responsible for the capture' claims credit, blames no one
    if syn.lemma(subject) in PROPOSALS and words & (REFUSALS | {"unacceptable"}):
        return "REJECT"
    if words & THREAT_TARGETS and words & {"legitimate", "military", "legal", "lawful"}:
        return "THREATEN"
    blame = words & (MISDEEDS | GUILT_WORDS | BLAME_NOUNS) or words & lex.pejoratives
    return "ACCUSE" if blame else None


def _named(subject: Token) -> bool:
    """A party named by a name, a demonym ('Russian forces') or a third-person pronoun, not 'its forces'."""
    if subject.lower_ in ("he", "she", "they"):
        return True
    if any(c.dep_ == "poss" and c.lower_ in ("its", "our", "my", "their") for c in subject.children):
        return False
    named = [subject, *(c for c in subject.children if c.dep_ in ("amod", "compound", "poss", "nmod"))]
    return any(t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") for t in named)


def _judgement(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'X said the strike was a war crime / Moscow was responsible / the plan was unacceptable'."""
    if verb.i in used:
        return None
    for clause in _said_clauses(verb, lex):
        kind = judgement_type(clause, lex)
        if kind is not None:
            cameo = {"ACCUSE": "111", "REJECT": "12", "THREATEN": "13"}[kind]
            return _make(verb, verb, kind, cameo, "demand", lex, inner=clause)
    return None


def _held_responsible(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'held Moscow responsible for', 'Russia bears full responsibility for' (told as reported speech)."""
    base = syn.lemma(verb)
    if verb.i in used:
        return None
    if base == "hold" and syn.direct_objects(verb):
        heads = {verb.i, *(o.i for o in syn.direct_objects(verb))}
        if any(syn.lemma(c) in GUILT_WORDS and c.head.i in heads for c in verb.subtree):
            return _make(verb, verb, "ACCUSE", "112", "verb", lex)
    if base in ("bear", "carry"):
        blame = any(syn.lemma(o) in ("responsibility", "blame") for o in syn.direct_objects(verb))
        speech = verb.dep_ == "ccomp" and syn.lemma(verb.head) in lex.speech_verbs
        if blame and speech and verb.head.i not in used:
            subject, _ = syn.subject_of(verb)
            if subject is not None and subject.lower_ not in SELF_PRONOUNS:
                return _make(verb.head, verb.head, "ACCUSE", "112", "demand", lex, inner=verb)
    return None


def _refused(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'Ukraine would never accept the loss of Crimea', 'Kyiv will not recognise the results': a refusal."""
    if verb.i in used or syn.lemma(verb) not in ACCEPT_VERBS:
        return None
    if not any(c.dep_ == "neg" for c in verb.children) or not syn.direct_objects(verb):
        return None
    if not any(_political(o, lex) for o in syn.direct_objects(verb)):
        return None  # 'did not accept the premise of the question' turns down no one's act or claim
    if syn.has_aux(verb, lex.hedge_aux) or syn.is_conditional(verb, lex):
        return None
    cand = _make(verb, verb, "REJECT", "12", "verb", lex)
    if cand is not None:
        cand.negated = False  # the refusal is the act: 'will not accept' is a REJECT that happened
        cand.future = False
    return cand


def _political(thing: Token, lex: Lexicon) -> bool:
    """A thing a party can accept or refuse: a party, an event, a proposal or decision, a state of
    affairs of the war ('the loss of Crimea', 'the annexation', 'the results of the referendums')."""
    words = {syn.lemma(thing)} | {syn.lemma(p) for p in syn.prep_objects(thing, ("of",))}
    if thing.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or any(w in lex.nouns for w in words):
        return True
    return bool(words & (PROPOSALS | DECISIONS | STATES_OF_WAR))


def _gave_ground(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'dropped its demand for', 'softened its stance on', 'withdrew its objection': a concession."""
    if syn.lemma(verb) not in CONCEDE_VERBS:
        return None
    objects = syn.direct_objects(verb)
    own = [o for o in objects if syn.lemma(o) in OWN_CLAIMS
           and any(c.dep_ == "poss" for c in o.children) | (syn.lemma(o) in ("objection", "veto", "demand"))]
    if not own:
        return None
    if verb.i in used:
        return None  # the table read it ('withdrew its objection' is CONCEDE there)
    return _make(verb, verb, "CONCEDE", "08", "verb", lex)


def _warned_of(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'warned Finland of retaliatory measures', 'cautioned of consequences': a threat."""
    if verb.i in used or syn.lemma(verb) not in WARN_VERBS:
        return None
    named = list(syn.prep_objects(verb, ("of", "about", "against")))
    named += [p for o in syn.direct_objects(verb) for p in syn.prep_objects(o, ("of", "about"))]
    for noun in named:
        words = {syn.lemma(noun)} | {syn.lemma(c) for c in noun.children if c.dep_ in ("amod", "compound")}
        if words & (CONSEQUENCES | lex.retaliation):
            return _make(verb, verb, "THREATEN", "13", "verb", lex)
    return None


def _backed(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'threw its weight behind the plan', 'put its weight behind Kyiv': support."""
    if verb.i in used:
        return None
    objects = {syn.lemma(o) for o in syn.direct_objects(verb)}
    preps = {syn.lemma(c) for c in verb.children if c.dep_ == "prep"}
    preps |= {syn.lemma(c) for o in syn.direct_objects(verb) for c in o.children if c.dep_ == "prep"}
    for base, obj, prep in BACKING:
        if syn.lemma(verb) == base and obj in objects and prep in preps:
            return _make(verb, verb, "SUPPORT", "05", "verb", lex)
    return None


def _blocked(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'Hungary blocked the sanctions package', 'held up the accession': refusing a joint decision."""
    base = syn.lemma(verb)
    if verb.i in used or base not in BLOCK_VERBS:
        return None
    if base == "hold" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    things = syn.direct_objects(verb) + passive
    if not any(syn.lemma(t) in DECISIONS for t in things):
        return None
    return _make(verb, verb, "REJECT", "12", "verb", lex)


def _traded(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'Moscow and Kyiv traded accusations / exchanged threats': a reciprocal accusation or threat."""
    if verb.i in used or syn.lemma(verb) not in EXCHANGE_VERBS:
        return None
    swapped = [o for o in syn.direct_objects(verb) if syn.lemma(o) in EXCHANGED]
    if not swapped:
        return None
    kind = "THREATEN" if syn.lemma(swapped[0]) in ("threat", "warning") else "ACCUSE"
    return _make(verb, verb, kind, "13" if kind == "THREATEN" else "112", "verb", lex)


def _pressed(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'pushed its allies to tighten the cap', 'pressured Kyiv into accepting': asking someone to act."""
    if verb.i in used or syn.lemma(verb) not in PRESSING_VERBS or not syn.direct_objects(verb):
        return None
    subject, passive = syn.subject_of(verb)
    if subject is None or passive or syn.lemma(subject) in lex.nouns:
        return None  # 'the attack pushed Poland to close its border': an event as cause asks nothing
    act = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and syn.has_to(c)]
    act += [g for p in verb.children if p.dep_ == "prep" and syn.lemma(p) == "into"
            for g in p.children if g.dep_ == "pcomp"]
    return _make(verb, verb, "REQUEST", "10", "verb", lex, inner=None) if act else None


def _charged(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'Kyiv charged that Russian troops had executed prisoners': an accusation."""
    if verb.i in used or syn.lemma(verb) not in CHARGE_VERBS:
        return None
    said = [c for c in verb.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)]
    return _make(verb, verb, "ACCUSE", "112", "demand", lex, inner=said[0]) if said else None


def _needed(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'"We need more air defence," Zelensky told the summit', 'said Ukraine needed more Patriots': a
    party saying what it needs from others asks them for it."""
    if verb.i in used:
        return None
    for clause in _said_clauses(verb, lex):
        if syn.lemma(clause) not in ("need", "require") or any(c.dep_ == "neg" for c in clause.children):
            continue
        subject, _ = syn.subject_of(clause)
        wanted = [o for o in syn.direct_objects(clause) if o.dep_ == "dobj"]
        asks = any(_words(o) & NEEDS or syn.lemma(o) in lex.nouns for o in wanted)
        own = subject is not None and (subject.lower_ in ("we", "i") or syn.lemma(subject) in OWN_SIDE)
        if subject is not None and (own or _named(subject)) and asks:
            return _make(verb, verb, "REQUEST", "10", "verb", lex, inner=clause)
    return None


def _necessity(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'"It is very important that the world should not be silent," Zelensky said', 'said it was vital
    that allies deliver the jets': a speaker calling another party's act necessary asks for it."""
    if verb.i in used:
        return None
    for clause in _said_clauses(verb, lex):
        if syn.lemma(clause) != "be" or syn.subject_of(clause)[0] is None:
            continue
        if syn.subject_of(clause)[0].lower_ != "it" or any(c.dep_ == "neg" for c in clause.children):
            continue
        words = {syn.lemma(c) for c in clause.children if c.dep_ in ("acomp", "attr")}
        if not words & IMPERATIVES:
            continue
        wanted = [c for c in clause.subtree if c.dep_ == "ccomp" and c.head.i != verb.i]
        for want in wanted:
            subject = syn.subject_of(want)[0]
            asked = syn.has_aux(want, OBLIGATIONS) or _base_form(want, past="time" in words)
            if asked and subject is not None and subject.lower_ not in SELF_PRONOUNS + ("it",):
                return _make(verb, verb, "REQUEST", "10", "demand", lex, inner=want)
    return None


def _base_form(clause: Token, past: bool = False) -> bool:
    """'that allies deliver' (the tagger may call a plural's base form VBP), and after 'it is time' a
    past form ('that Russia stopped'); not a perfect ('had taken place') nor a told fact ('took place')."""
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    return clause.tag_ in ("VB", "VBP") or (past and clause.tag_ == "VBD")


def absorbed(cand: Candidate, asks: list[Candidate]) -> bool:
    """An act inside what a request asks for has not happened: 'said it was vital that allies deliver
    the jets' asks for a delivery, it tells none."""
    for ask in asks:
        inner = ask.inner
        inside = inner is not None and syn.in_subtree(cand.anchor, inner)
        if ask.type == "REQUEST" and inside and cand is not ask:
            return True
    return False


def _spoke_with(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'Lavrov spoke with his Turkish counterpart', 'Macron talked with Xi': diplomacy by talking (not
    'spoke with reporters')."""
    if verb.i in used or syn.lemma(verb) not in TALK_VERBS:
        return None
    partners = list(syn.prep_objects(verb, ("with", "to")))
    partners += [c for p in partners for c in p.conjuncts]
    actor_ents = ("PERSON", "ORG", "GPE", "NORP")
    if not any(p.ent_type_ in actor_ents or syn.lemma(p) in COUNTERPARTS for p in partners):
        return None
    return _make(verb, verb, "CONSULT", "04", "verb", lex)


def _open_to(verb: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'Putin said he was open to talks with Zelensky', 'Kyiv remains open to a ceasefire': intent to
    cooperate (AGREE)."""
    if verb.i in used or syn.lemma(verb) not in ("be", "remain", "seem", "appear"):
        return None
    opens = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "open"]
    things = [o for a in opens for o in syn.prep_objects(a, ("to",))]
    if not any(syn.lemma(t) in OPEN_TO for t in things):
        return None
    cand = _make(opens[0], verb, "AGREE", "03", "verb", lex)
    if cand is not None:
        cand.future = False  # the intent is voiced now
    return cand


def _drew(noun: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'The attack drew condemnation from the EU', 'the plan won support from Berlin'."""
    trigger = lex.nouns.get(syn.lemma(noun)) if syn.is_noun(noun) else None
    verb = noun.head
    if trigger is None or trigger.type not in REACTIONS or noun.dep_ != "dobj":
        return None
    if syn.lemma(verb) not in DRAW_VERBS or not syn.is_verb(verb):
        return None
    if not list(syn.prep_objects(noun, ("from",))) + list(syn.prep_objects(verb, ("from",))):
        return None
    return _make(noun, verb, trigger.type, trigger.cameo, "drawn", lex)


def drawn_parties(cand: Candidate, sentence: Sentence) -> tuple[Actor | None, Actor | None, bool]:
    """(actor, target, named) of a drawn reaction: who it came from, and the doer or owner of what drew
    it ('the Russian attack', 'Kyiv's plan')."""
    sources = list(syn.prep_objects(cand.token, ("from",))) + list(syn.prep_objects(cand.anchor, ("from",)))
    actor = next((a for a in (actor_at(t, sentence) for t in sources) if a is not None), None)
    subject, passive = syn.subject_of(cand.anchor)
    target = None
    if subject is not None and not passive:
        target = next((a for a in (actor_at(c, sentence) for c in (subject, *subject.children)
                                   if c is subject or c.dep_ in ("poss", "amod", "compound"))
                       if a is not None), None)
    if target is not None and actor is not None and target.name == actor.name:
        target = None
    return actor, target, actor is not None


def _call_for(noun: Token, lex: Lexicon, used: set[int]) -> Candidate | None:
    """'renewed his call for a ceasefire', 'echoed calls for talks', 'issued a call on X to': a request."""
    if syn.lemma(noun) not in CALL_NOUNS or not syn.is_noun(noun):
        return None
    wants = [c for c in noun.children if (c.dep_ == "prep" and syn.lemma(c) in ("for", "on"))
             or (c.dep_ in ("acl", "relcl") and syn.has_to(c))]
    verb = noun.head
    if not wants or noun.dep_ not in ("dobj", "conj") or not syn.is_verb(verb) or verb.i in used:
        return None
    if syn.lemma(verb) not in CALL_VERBS | lex.light_verbs:
        return None
    return _make(noun, verb, "REQUEST", "10", "light", lex)


def is_reciprocal(cand: Candidate) -> bool:
    """The act runs both ways: 'blamed each other', 'accused one another', 'traded accusations'."""
    if cand.type not in ("ACCUSE", "THREATEN", "REJECT", "REQUEST") or cand.role != "verb":
        return False
    verb = cand.inner or cand.token
    if syn.lemma(verb) in EXCHANGE_VERBS:
        return True
    tail = {f"{t.lower_} {t.nbor().lower_}" for t in verb.subtree if t.i + 1 < len(t.doc)}
    return any(r in tail for r in RECIPROCALS)


def reciprocal_records(record: Record, sides: list[dict], article_id: str) -> list[Record]:
    """One record each way between the two parties of a reciprocal act."""
    if len(sides) < 2:
        return [record]
    first, second = sides[0], sides[1]
    if first.get("name") == second.get("name"):
        return [record]
    record.fields["actor"], record.fields["target"] = first, second
    record.assign_id(article_id)
    mirror = copy.deepcopy(record)
    mirror.fields["actor"], mirror.fields["target"] = second, first
    mirror.assign_id(article_id)
    return [record, mirror]


def reciprocal_sides(cand: Candidate, sentence: Sentence, war: frozenset[str]) -> list[dict]:
    """The parties of a reciprocal act: the coordinated subject ('Kyiv and Moscow'), or the article's two
    warring states for 'the two sides', 'both sides'."""
    subject, passive = syn.subject_of(cand.anchor)
    if subject is None or passive:
        return []
    parties: list[dict] = []
    for tok in (subject, *subject.conjuncts):
        found = actor_or_none(actor_at(tok, sentence))
        if found is not None and all(found.get("name") != p.get("name") for p in parties):
            parties.append(found)
    if len(parties) < 2 and syn.lemma(subject) in SIDE_NOUNS and len(war) == 2:
        parties = [actor_or_none(state_actor(code)) for code in sorted(war)]
    return [p for p in parties if p is not None]
