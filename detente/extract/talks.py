"""Talks: meetings, rounds and channels of negotiation, held, proposed or called off.

A sentence naming talks ("peace talks in Istanbul", "a second round", "a phone call with") is
described on its own: venue, parties, mediators, format, round, status, delegations, outcomes.
Mentions of the same talks within an article are merged into one record (same venue, round,
date, format and parties where both say); the first description is the evidence and later
sentences ("The delegations agreed an exchange of prisoners") add outcomes. "The two sides" is resolved to
the countries the article most often names around talks.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from detente.extract.common import make_record
from detente.extract.positions import governed_text, issue_items
from detente.extract.talks_common import (
    CONTROLLED,
    FORMAT_ORDER,
    ISO3,
    NEAR,
    STATUS_ORDER,
    Talks,
    clause_of,
    government_of,
    journey_of,
    lexicon,
    state_of,
    token_at,
)
from detente.extract.talks_reading import aimed_at, denied, drawn_into, planned, unplanned
from detente.extract.talks_venue import (
    _host_capital,
    _places_a_city,
    _same_place,
    _venue,
    _venue_in_parse,
    _venue_near,
    _venue_told_after,
    _with_named_capitals,
    _without_venue_countries,
)
from detente.models import Record
from detente.nlp.core import ActorMention, Analysis, Sentence, TimeMention
from detente.nlp.dates import WEEKDAYS

_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3}
_DEMONYM = re.compile(r"\b[A-Z][a-z]+(?:ian|ish|ese|an|i|ic)\b")
# "Moscow wants talks on its own conditions" is a position, not talks
_WANTED = re.compile(r"\b(?:seeks?|wants?|demands?|calls? for|insists? on|rejects?|refuses?|request(?:s|ed)?)"
                     r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# a meeting or call names who met: "met with X", "a call between X and Y", "meet Ukraine", "X and Y met",
# "meet his Chinese counterpart", "meet the Polish prime minister"
# "a meeting of Chinese and Ukrainian ministers"
_LINK_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:with|between)\b|\s+(?:(?:his|her|their|its|the)\s+)?[A-Z]"
                         r"|\s+of\s+(?:the\s+|their\s+)?[A-Z]")
# "received a phone call from Putin": a call names its caller with "from"
_CALL_FROM = re.compile(r"\s*(?:\w+\s+){0,2}?from\s+(?:(?:his|her|their|its|the)\s+)?[A-Z]")
_LINK_BEFORE = re.compile(r"\band\s+[A-Z][\w\s.-]{0,40}$")
_ROUND_OF_OTHER = re.compile(r"\s+of\s+(?!talks|negotiations|peace|direct|consultations|discussions)", re.I)


# ---------------------------------------------------------------- sentence parts

def _trigger(sent: Sentence) -> tuple[str, int, int] | None:
    """The first word naming talks (kind, start, end in the sentence), verbs like 'he talks' aside."""
    hits = []
    rnd = lexicon()["_round"].search(sent.text)
    if rnd and not _ROUND_OF_OTHER.match(sent.text[rnd.end():]):
        hits.append((rnd.start(), "strong", rnd.end()))
    for kind, pattern in lexicon()["_triggers"].items():
        for m in pattern.finditer(sent.text):
            if kind == "strong" and not _noun_at(sent, m.start()):
                continue
            if kind == "meeting" and _meets_a_thing(sent, m.start()) or _only_a_stance(sent, m.start()):
                continue
            hits.append((m.start(), kind, m.end()))
    if not hits:
        return _contact(sent)
    strong = [h for h in hits if h[1] == "strong"]
    start, kind, end = min(strong or hits)
    verb = token_at(sent, start)
    if _WANTED.search(sent.text[:start]) and not (verb is not None and verb.pos_ == "VERB"):
        return None     # "Moscow wants talks on its terms" is a stance; "Trump wants to meet Putin" a plan
    linked = (_linked(sent, start, end) or kind == "meeting" and _level(verb, None) == "leaders"
              or kind == "call" and bool(_CALL_FROM.match(sent.text[end:])))
    if kind != "strong" and not linked:
        return _contact(sent)
    return kind, start, end


def _linked(sent: Sentence, start: int, end: int) -> bool:
    """The talks word names who met: "met with X", "X and Y met", "a meeting of Chinese ministers"."""
    return bool(_LINK_AFTER.match(sent.text[end:]) or _LINK_BEFORE.search(sent.text[:start]))


def _unnamed_summit(sent: Sentence, trig: tuple[str, int, int], head: Any) -> bool:
    """"floated a summit of both heads of state": a meeting told only by its leaders' titles, whose
    sides are the two the article is about, not the states its sentence names."""
    return (trig[0] == "meeting" and head is not None and head.pos_ in ("NOUN", "PROPN")
            and _level(head, None) == "leaders" and len(_subtree_states(sent, head)) < 2)


def _only_a_stance(sent: Sentence, start: int) -> bool:
    """"open to talks", "no interest in such talks", "a seat at any talks": a party's stance towards
    talks in general, or talks no one has set, not a round or channel of its own."""
    tok = token_at(sent, start)
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("any", "such") for c in tok.children):
        return not denied(tok, lexicon()["denying_verbs"])     # "denied any talks" are talks denied
    if _banned(tok) or _talks_in_general(tok):
        return True
    held = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i
    return held and tok.head.head.lemma_.lower() in lexicon()["stance_words"]


_AVOIDING = frozenset({"avoid", "evade", "dodge", "shun", "sidestep"})
_PRESSING = frozenset({"push", "press", "lobby", "campaign", "argue", "clamour", "clamor", "agitate"})


def _talks_in_general(tok: Any) -> bool:
    """"an excuse to dodge negotiations", "lobby for talks with Beijing": a bare plural talks
    noun (no article, possessive, number or ordinal) that someone avoids or presses for is talks as
    a course of action, a stance, not a round anyone has set."""
    if tok.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _AVOIDING:
        return True
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i != prep.i
            and prep.head.lemma_.lower() in _PRESSING)


def _banned(tok: Any) -> bool:
    """"a decree banning talks with Putin", "a ban on negotiations": talks forbidden are no round."""
    banning = lexicon()["banning_verbs"]
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in banning:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in banning


def _contact(sent: Sentence, skip: tuple[int, int] | None = None) -> tuple[str, int, int] | None:
    """Talks read from the parse: a verb or noun of speaking with someone whose object is a state
    or its people ("Erdogan spoke with Zelensky", "Scholz phoned Putin", "a conversation between
    Macron and Xi", "negotiating with Kyiv"); "spoke to reporters", "called for a truce" are not.
    `skip`: a clause (sentence offsets) already read as talks."""
    if sent.span is None:
        return None
    lex = lexicon()
    for tok in sent.span:
        lemma = tok.lemma_.lower()
        if skip is not None and skip[0] <= tok.idx - sent.start < skip[1]:
            continue
        if skip is None and (_gathering(tok) or _signing(sent, tok) or _sides_to_meet(sent, tok)
                             or _next_round_planned(tok)):
            start = tok.idx - sent.start
            return "meeting", start, start + len(tok.text)
        phone = lemma in lex["phone_words"]
        sits = lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
        if tok.pos_ == "VERB" and (lemma in lex["contact_verbs"] or phone or sits or lemma == "meet"):
            objects = [c for c in tok.children if c.dep_ == "dobj"] if phone or lemma == "meet" else []
            if lemma == "meet" and not skip:
                objects = []    # "met" with a named object is a trigger of its own; here: "X and Y met"
            if phone and any(c.dep_ in ("oprd", "ccomp") or c.dep_ == "xcomp" and not any(
                    _names_state(sent, o, True) for o in objects) for c in tok.children):
                continue    # "called Putin a war criminal"; "called Zelensky to brief him" is a call
            if phone and any(_named_as(o) for o in objects):
                continue    # "called Zelensky "a dictator"", parsed as an apposition
        elif tok.pos_ in ("NOUN", "PROPN") and (lemma in lex["contact_nouns"] or phone):
            objects = []
            if skip is None and _journey_to_a_capital(sent, tok) is not None:
                start = tok.idx - sent.start    # "travelled to Kyiv for discussions": a visit
                return "meeting", start, start + len(tok.text)
        elif _visited(sent, tok) is not None or (lemma in lex["visit_verbs"] and tok.pos_ == "VERB"):
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if _visited(sent, tok) is not None:
                start = tok.idx - sent.start
                return "meeting", start, start + len(tok.text)
        else:
            continue
        preps = ("with", "between", "to") if tok.pos_ == "VERB" else ("with", "between")
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                objects += [c for c in prep.children if c.dep_ == "pobj"]
        direct = [c for c in objects if c.dep_ == "dobj"]
        # not beside a first talks (its own subject), unless planned: "agreed in a call to meet"
        joint = (skip is None or _planned_meeting(tok)) and _reciprocal(sent, tok)
        if skip is not None and tok.pos_ == "VERB" and _the_two_again(tok):
            start = tok.idx - sent.start    # "..., and the two leaders would speak again"
            return ("call" if phone else "meeting"), start, start + len(tok.text)
        if joint or any(_names_state(sent, o, o in direct) for o in objects):
            start = tok.idx - sent.start
            return ("call" if phone else "meeting"), start, start + len(tok.text)
    return None


_NEXT_NOUNS = frozenset({"round", "meeting", "session"})


def _next_round_planned(tok: Any) -> bool:
    """"suggested holding the next round", "proposes the next meeting in Vienna", "ready for the next
    round": a round or meeting marked as the next one, under a word of planning, is talks still to
    come between the sides already told (no state needs naming in the sentence)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _NEXT_NOUNS:
        return False
    if not any(c.dep_ == "amod" and c.lower_ == "next" for c in tok.children):
        return False
    return planned(tok, lexicon()["planning_words"])


def _the_two_again(verb: Any) -> bool:
    """"the two officers would speak again", "both sides will meet next week": a verb of meeting or
    speaking under a modal whose subject refers back to the two sides of the talks just told, with
    no state named; its sides are theirs."""
    lex = lexicon()
    if verb.lemma_.lower() not in lex["contact_verbs"] and verb.lemma_.lower() not in ("meet", "sit"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lex["modals"] for c in verb.children):
        return False
    heard = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "at", "before")
             for o in p.children if o.dep_ == "pobj"]
    if heard or any(c.dep_ == "dobj" for c in verb.children):
        return False    # "the two leaders would speak to reporters", "would meet the press"
    people = set(lex["people_nouns"]) | {"side", "man", "country", "nation", "state", "party"}
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in people):
        words = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "predet")}
        if subject.tag_ == "NNS" and ({"the", "two"} <= words or "both" in words):
            return True
    return False


def _named_as(obj: Any) -> bool:
    """"called Zelensky "a dictator without elections"": the object has an indefinite or quoted noun in
    apposition, the name it is called by (an apposition of who someone is takes a comma and "the")."""
    for app in (c for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        quoted = app.left_edge.i > 0 and app.doc[app.left_edge.i - 1].text in ('"', "\u201c", "'")
        if quoted or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in app.children):
            return True
    return False


def _face_to_face(tok: Any) -> bool:
    """A word of "face to face" (or "one on one"), which spaCy parses as an object and a phrase of
    the verb: how they meet, not what is met."""
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    return tok.lower_ == "face" and "to" in (before, after) or tok.lower_ == "one" and "on" in (before, after)


def _gathering(tok: Any) -> bool:
    """"World leaders gathered in Sharm el-Sheikh", "EU foreign ministers will convene in Brussels":
    leaders or ministers, many of them, meeting at a place: a multilateral meeting, whoever attends."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon()["gathering_verbs"]:
        return False
    people = any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in lexicon()["people_nouns"]
                 for c in tok.children)
    if not people or any(c.dep_ == "dobj" for c in tok.children):
        return False    # "officials gathered evidence in Bucha"
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children)


_SIGNING_VERBS = frozenset({"sign", "initial", "ink", "countersign"})
_DOCUMENTS = frozenset({"agreement", "deal", "accord", "treaty", "declaration", "memorandum", "pact",
                        "protocol", "ceasefire", "truce", "armistice", "communique", "framework", "charter"})


def _signing(sent: Sentence, tok: Any) -> bool:
    """"Peru and Chile signed a border treaty in Lima", "X signed an accord with Y at the palace":
    two states signing a document together at a named place met there to sign it; the signing is a
    meeting of the signatories (held, or to come under a modal or a journey)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SIGNING_VERBS or any(
            c.dep_ == "neg" for c in tok.children):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _DOCUMENTS for c in tok.children):
        return False
    holder = journey_of(tok) or tok       # "are flying to Oslo next week to sign the accord"
    owners = [tok, holder, *(c for c in tok.children if c.dep_ == "dobj")]   # "signed a deal in Lima"
    preps = [p for h in owners for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "to")]
    spans = [(p.idx, p.right_edge.idx + len(p.right_edge.text)) for p in preps]
    if not any(a <= p.start < b for a, b in spans for p in sent.places):
        return False
    partners = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                if o.dep_ == "pobj"]
    states = _joint_subject_states(sent, holder) | {c for o in partners for c in _subtree_states(sent, o)}
    return len(states) >= 2


_BACK_PRONOUNS = frozenset({"they", "both"})


def _sides_to_meet(sent: Sentence, tok: Any) -> bool:
    """"The field commanders will meet on Friday", "they agreed to speak again in Lisbon": a verb
    of meeting still to come (a modal or a plan governs it) whose subject names no state, only
    people (or "they") the article's two sides send, with a day or a place of its own: a further
    meeting of the article's sides, told without naming them. In the past tense only a subject
    that points back to both sides counts ("the two envoys met at a hotel in Oslo")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in ("meet", "speak", "talk", "negotiate", "reconvene", "confer"):
        return False
    if any(c.dep_ in ("dobj", "neg") or c.dep_ == "prep" and c.lower_ in ("with", "to", "before", "between")
           for c in tok.children):
        return False    # "will meet the press", "will speak to reporters", "with Kyiv": read elsewhere
    modal = any(c.dep_ == "aux" and c.lower_ in lexicon()["modals"] for c in tok.children)
    holder, path = tok, []
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children) and (
            holder.dep_ in ("xcomp", "conj", "acomp") or _conjoined_purpose(holder, path)) and (
            holder.head.i != holder.i):
        path.append(holder.dep_)
        holder = holder.head    # "are due to meet", "agreed to set up a panel and to meet"
    planning = lexicon()["planning_words"]
    to_come = modal or planned(tok, planning) or holder is not tok and (
        holder.lemma_.lower() in planning or planned(holder, planning))
    if not to_come and tok.tag_ != "VBD":
        return False
    subjects = [c for c in holder.children if c.dep_ == "nsubj"]
    again = any(c.lower_ == "again" for c in tok.children)
    if len(subjects) != 1 or not _sent_back(sent, subjects[0], again):
        return False
    if not to_come and not _the_two_sides(subjects[0]):
        return False    # "the two leaders met in Lisbon", not "ministers met in Brussels"
    lo, hi = tok.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return (any(lo <= t.start < hi for t in sent.times) or any(lo <= p.start < hi for p in sent.places)
            or _a_day_told(tok))


def _a_day_told(verb: Any) -> bool:
    """"would meet on Tuesday morning" in a page with no date to count the weekday from: the
    meeting still has a day of its own, told in a phrase on the verb that the parser reads as a
    date or time."""
    return any(c.dep_ in ("prep", "npadvmod") and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
               for c in verb.children)


def _conjoined_purpose(node: Any, path: list[str]) -> bool:
    """"agreed to open a hotline to avoid incidents and to meet again": the parse hangs the
    second infinitive on the first one's purpose clause; coordinated, both are what was agreed."""
    return node.dep_ == "advcl" and bool(path) and path[-1] == "conj"


_SIDES_SENT = frozenset({"delegation", "side", "negotiator"})


def _the_two_sides(subject: Any) -> bool:
    """"the two countries' leaders", "both sides", "the delegations": a subject that refers to
    the two sides already told, whatever their people are called."""
    words = {t.lower_ for t in subject.subtree}
    definite = "the" in words
    return "both" in words or definite and ("two" in words or subject.lemma_.lower() in _SIDES_SENT)


def _sent_back(sent: Sentence, subject: Any, again: bool) -> bool:
    """The subject is people of both sides, not a state: "they" (meeting again), "the commanders",
    "the two delegations", "local officials of both sides"."""
    if subject.lower_ in _BACK_PRONOUNS:
        return again    # "they" may be read as one state; meeting again, it is both
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    if any(lo <= m.start < hi and state_of(m) for m in sent.actors) or _DEMONYM.search(
            sent.text[lo - sent.start:hi - sent.start]):
        return False
    people = set(lexicon()["people_nouns"]) | {"side", "party"}
    return subject.tag_ in ("NNS", "NNPS") and (again or subject.lemma_.lower() in people)


def _planned_meeting(tok: Any) -> bool:
    """A verb of meeting a plan governs ("agreed during a call to meet in Budapest"): a meeting of
    its own beside the talks the sentence names first."""
    meets = tok.pos_ == "VERB" and tok.lemma_.lower() in ("meet", "sit")
    return meets and planned(tok, lexicon()["planning_words"])


def _reciprocal(sent: Sentence, tok: Any) -> bool:
    """Two states in the joint subject of a verb of meeting or speaking, or of the verb that
    governs a conversation noun: "Lavrov and Rubio spoke on Monday", "X and his Russian counterpart
    discussed the war in a phone call", "officials from Kyiv and Moscow are due to sit down";
    not "X and Y spoke to reporters"."""
    verb = tok
    while verb.pos_ != "VERB" and verb.dep_ in ("dobj", "pobj", "prep", "compound") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return False
    if verb.i == tok.i:     # "spoke at a forum" tells an audience; "met at his residence" a venue
        heard = ("to", "before") if verb.lemma_.lower() == "meet" else ("to", "at", "before")
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in heard]
        others = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        people = lexicon()["people_nouns"]
        others += [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() not in people]
        others = [o for o in others if not _face_to_face(o)]
        if any(not _names_state(sent, o, True) for o in others):
            return False    # "spoke to reporters", "spoke at a forum", "keep meeting the needs"
    return len(_joint_subject_states(sent, verb) | _addressee_states(sent, tok, verb)) >= 2


def _joint_subject_states(sent: Sentence, verb: Any) -> set[str]:
    """States in the subject of a verb, or of the verb it is the complement or conjunct of."""
    holder = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children) and holder.dep_ in (
            "xcomp", "conj") and holder.head.i != holder.i:
        holder = holder.head    # "are due to sit down", "flew to Riyadh and met"
    codes = set()
    for subject in (c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")):
        cut = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
        span = [t for t in subject.subtree if t.i not in cut]
        codes |= {c for m in sent.actors
                  if (c := state_of(m)) and any(m.start <= t.idx < m.end for t in span)}
    return codes


def _addressee_states(sent: Sentence, noun: Any, verb: Any) -> set[str]:
    """The one told, when a call or conversation noun is the adjunct of a verb of telling ("Putin
    told Trump in a call", "Merz assured Zelensky during a phone conversation"), or the one the verb
    is done with ("discussed the war with Putin by phone"); not when the noun names its own partners
    ("accused Russia in a call with reporters")."""
    if verb.i == noun.i or any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return set()
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")] if verb.lemma_.lower() in lexicon()[
        "addressee_verbs"] else []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]   # "discussed the war with Putin"
    told += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj"]
    return {c for o in told for m in sent.actors
            if (c := state_of(m)) and m.start <= o.idx < m.end}


def _guest_states(sent: Sentence, verb: Any) -> set[str]:
    """States among the objects of a host verb: two guests ("hosted Ukrainian and Russian
    delegations") make the host a go-between, one makes it a side."""
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in verb.children
             if c.dep_ == "dobj"]
    return {state_of(m) for m in sent.actors for lo, hi in spans if lo <= m.start < hi and state_of(m)}


def _trigger_token(sent: Sentence, trig: tuple[str, int, int]) -> Any:
    """The last word of the trigger ("visit" of "to visit")."""
    if sent.span is None:
        return None
    inside = [t for t in sent.span if trig[1] <= t.idx - sent.start < trig[2]]
    return inside[-1] if inside else None


def _visited(sent: Sentence, tok: Any) -> dict[str, Any] | None:
    """The place a visit goes to, where the talks word is one: "Blinken visited Kyiv", "invited
    Putin to visit Pyongyang", "his visit to Beijing"."""
    if tok is None or tok.lemma_.lower() != "visit":
        return None
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "on", "amid", "while"):
        return None     # "said during a visit to Poland": where a speaker was, not talks told
    if tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        objects = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "in")
                   for o in p.children if o.dep_ == "pobj"]
    for obj in objects:
        place = next((p for p in sent.places if p.start <= obj.idx < p.end), None)
        if place is not None and place.place.country:
            return {"name": place.place.name, "country": place.place.country}
    return None


def _journey_to_a_capital(sent: Sentence, tok: Any) -> dict[str, Any] | None:
    """"A US delegation travelled to Kyiv for talks": a journey to a capital for talks is a visit
    to its state, which is a side; a city that stands for no state ("to Geneva for talks") hosts."""
    from detente.nlp.actors import ActorResolver

    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon()["journey_verbs"]:
        return None
    for obj in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj"):
        place = next((p for p in sent.places if p.start <= obj.idx < p.end), None)
        actor = ActorResolver.default().lookup(place.place.name) if place is not None else None
        if actor is not None and actor.sector == "GOV" and actor.country == place.place.country:
            return {"name": place.place.name, "country": place.place.country}
    return None


def _names_state(sent: Sentence, head: Any, tight: bool = False) -> bool:
    """The phrase headed by `head` (or a conjunct of it) is a state, its leader or its officials;
    `tight`: the head word itself must be in the actor's name ("phoned Putin", not "called it a
    step towards pressuring Russia")."""
    for tok in [head, *head.conjuncts]:
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        if tight:
            lo, hi = tok.idx, tok.idx + len(tok.text)
        if any(m.start < hi and m.end > lo and state_of(m) for m in sent.actors):
            return True
    return False


def _noun_at(sent: Sentence, start: int) -> bool:
    if sent.span is None:
        return True
    tok = next((t for t in sent.span if t.idx - sent.start == start), None)
    return tok is None or tok.pos_ != "VERB"


def _meets_a_thing(sent: Sentence, start: int) -> bool:
    """'meet the needs', 'meeting targets': the verb meet with an object that is no one (not a meeting)."""
    if sent.span is None:
        return False
    tok = next((t for t in sent.span if t.idx - sent.start == start), None)
    if tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() != "meet":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        return False
    obj = objects[0]
    if _face_to_face(obj):
        return False    # "will meet face to face"
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    heads = [obj, *(c for c in obj.children if c.dep_ == "compound")]   # "meet Putin face to face" misparsed
    named = any(m.start < hi and m.end > lo and m.start <= h.idx < m.end for m in sent.actors for h in heads)
    people = obj.lemma_.lower() in lexicon()["people_nouns"]     # "met Zelensky's negotiators"
    return not named and not people and obj.pos_ == "NOUN" and obj.ent_type_ == ""


def _status(sent: Sentence, analysis: Analysis, trig: tuple[str, int, int],
            when: TimeMention | None) -> tuple[str, bool]:
    """Denied, cancelled or postponed when said; else proposed or held by the cue nearest the talks,
    by a date after publication, or held by default (not explicit)."""
    lo, hi = clause_of(sent.text, trig)
    for status in STATUS_ORDER[:3]:
        if lexicon()["_status"][status].search(sent.text[lo:hi]):
            return status, True
    tok = _head_of_trigger(sent, trig)
    verbs = lexicon()
    if tok is not None and (denied(tok, verbs["denying_verbs"]) or unplanned(tok, verbs["planning_words"])):
        return "denied", True
    passing = _in_passing(tok)
    if passing:     # "after the talks": held before what the sentence tells; "ahead of talks": to come
        return ("held" if passing in ("after", "following") else "proposed"), True
    if tok is not None and _in_a_condition(tok):
        return "proposed", True     # "if talks resume, ...", "unless Kyiv agrees to talks": not told as held
    cues = [(min(abs(m.start() - trig[1]), abs(m.start() - trig[2])), status)
            for status in STATUS_ORDER[3:] for m in lexicon()["_status"][status].finditer(sent.text)
            if lo <= m.start() < hi and not _looks_past(m, trig) and _cue_applies(sent, m, trig)]
    reference = analysis.reference.isoformat()
    if _modal_verb(sent, trig):
        return "proposed", True
    if _past_verb(sent, trig):
        return "held", True     # "X met Y to discuss a potential deal": the meeting took place, whatever
                                # day a relative phrase ("the following day") was read as
    if when is not None and when.value > reference[:len(when.value)]:
        return "proposed", True
    if tok is not None and (planned(tok, lexicon()["planning_words"]) or aimed_at(tok)
                            or drawn_into(tok, lexicon()["drawing_verbs"])):
        cues.append((-1, "proposed"))   # "offered to host talks": the plan governs the talks word
    if cues:
        status = min(cues)[1]
        past = when is not None and when.precision == "day" and when.value < reference and (
            _dates_the_talks(sent, tok, when))
        if status == "proposed" and past and not analysis.reference_inferred:
            return "held", False
        return status, True
    return "held", False


# prepositions that make talks the time or scene of what a clause tells, not what it supposes
_SETTING_PREPS = frozenset({"during", "after", "before", "since", "following", "at", "in", "on"})


def _in_a_condition(tok: Any) -> bool:
    """The talks word sits in a clause of condition ("if talks between them resume", "unless Kyiv
    agrees to talks", "should Putin meet Zelensky"): talks supposed, not told as held; "even if"
    concedes a fact and does not count."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in _SETTING_PREPS:
            return False    # "if he broke the law during his call with Zelensky": the call was held
        if node.dep_ == "advcl":
            marks = [c for c in node.children if c.dep_ == "mark" and c.lower_ in ("if", "unless")]
            if any(not (m.i > 0 and m.doc[m.i - 1].lower_ == "even") for m in marks):
                return True
            if node.i > 0 and any(c.dep_ == "aux" and c.lower_ == "should" and c.i < node.i and c.i == min(
                    t.i for t in node.subtree) for c in node.children):
                return True     # "Should Putin meet Zelensky, ...": inverted condition
        node = node.head
    return False


def _dates_the_talks(sent: Sentence, tok: Any, when: TimeMention) -> bool:
    """The day stands in the talks word's own phrase ("talks planned for Monday"), not on a verb of
    planning above it ("On Monday, Putin offered to negotiate with Armenia": the day of the offer,
    which leaves the talks proposed)."""
    if tok is None or not planned(tok, lexicon()["planning_words"]):
        return True
    return tok.left_edge.idx <= when.start <= tok.right_edge.idx + len(tok.right_edge.text)


def _head_of_trigger(sent: Sentence, trig: tuple[str, int, int]) -> Any:
    """The word the trigger's first word modifies inside the trigger: "round" of "a third round",
    "talks" of "peace talks". What governs the talks (a plan, a modal) governs that head, so the
    status is read from it, not from the ordinal or adjective before it."""
    tok = token_at(sent, trig[1])
    while (tok is not None and tok.dep_ in ("amod", "nummod", "compound") and tok.head.i > tok.i
           and tok.head.idx - sent.start < trig[2]):
        tok = tok.head
    return tok


def _cue_applies(sent: Sentence, cue: re.Match[str], trig: tuple[str, int, int]) -> bool:
    """A one-word cue speaks of the talks only when the parse ties it to them: "the potential summit
    was discussed in a call" makes the summit proposed, not the call; "the call came with a deadline
    looming" says nothing of the call."""
    if " " in cue.group(0).strip():
        return True
    tok, talks = token_at(sent, cue.start()), token_at(sent, trig[1])
    if tok is None or talks is None or tok.i == talks.i:
        return True
    if tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children):
        return False    # "Kyiv was not invited to the talks": no plan of them is told
    if tok.dep_ in ("amod", "acl"):
        return tok.head.i == talks.i
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.pos_ == "VERB" and subjects:
        return talks in subjects or talks in tok.subtree or tok in talks.subtree
    return True


def _modal_verb(sent: Sentence, trig: tuple[str, int, int]) -> bool:
    """The trigger is a verb under a modal ("could meet", "will call", "would visit"), or the
    purpose of a journey still to come ("will travel to Ankara to meet", "is flying to Washington
    to meet"): not yet held."""
    tok = _head_of_trigger(sent, trig)
    if tok is not None and tok.pos_ in ("NOUN", "PROPN"):
        return _forward_noun(tok)
    if tok is None or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in lexicon()["modals"] for c in tok.children) or _headline_to(tok):
        return True
    journey = journey_of(tok)
    if journey is not None and _headline_to(journey):
        return True
    return journey is not None and any(
        c.dep_ == "aux" and (c.lower_ in lexicon()["modals"] or c.lemma_ == "be" and journey.tag_ == "VBG"
                             and c.tag_ in ("VBZ", "VBP")) for c in journey.children)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _headline_to(verb: Any) -> bool:
    """"Zelensky and Erdogan to meet in Ankara", "Rubio to travel to Riyadh for talks": a
    to-infinitive in a line with no finite verb is how headlines and live-blog entries tell what is
    to come."""
    return (verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(t.tag_ in _FINITE for t in verb.sent))


def _forward_noun(tok: Any) -> bool:
    """A talks noun told as still to come: "the next round of talks", "an upcoming meeting" (an
    adjective of time to come on it or on the round it names), or the goal of a verb under a modal
    ("will send negotiators to talks", "would travel to Geneva for talks")."""
    nouns = [tok, tok.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" else [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        nouns.append(tok.head.head)
    forward = lexicon()["forward_adjectives"]
    if any(c.dep_ == "amod" and c.lower_ in forward for n in nouns for c in n.children):
        return True
    if _object_of_a_modal(tok):
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for", "in", "by", "over", "via"):
        return False    # "would send negotiators to talks", "would discuss it with Putin by phone"
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and (any(
        c.dep_ == "aux" and c.lower_ in lexicon()["modals"] for c in verb.children) or _headline_to(verb))


def _object_of_a_modal(tok: Any) -> bool:
    """"would immediately start negotiations", "could resume talks", "talks could be held": the talks
    noun is the object (or passive subject) of a verb under a modal, not negated: still to come. A
    negated modal ("would not hold talks") is a refusal, read elsewhere."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.i == tok.i:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    return any(c.lower_ in lexicon()["modals"] for c in aux) and not any(c.dep_ == "neg" for c in aux)


def _past_verb(sent: Sentence, trig: tuple[str, int, int]) -> bool:
    """The trigger is a verb in the simple past ('met', 'negotiated')."""
    if sent.span is None:
        return False
    tok = next((t for t in sent.span if t.idx - sent.start == trig[1]), None)
    return tok is not None and tok.tag_ == "VBD" and tok.pos_ == "VERB"


def _looks_past(cue: re.Match[str], trig: tuple[str, int, int]) -> bool:
    """'Talks in Sochi ahead of a banquet': a forward cue says nothing of talks before it."""
    return cue.group(0).lower() in lexicon()["forward_cues"] and cue.start() > trig[1]


def _format(text: str) -> str | None:
    low = text.lower()
    if re.search(r"\bno direct or indirect\b|\bdirect or indirect\b", low):
        return None
    for fmt in FORMAT_ORDER:
        if lexicon()["_format"][fmt].search(text):
            return fmt
    return None


def _round(text: str) -> int | None:
    m = lexicon()["_round"].search(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    lex = lexicon()
    if word.isdigit():
        return int(word)
    return lex["ordinals"].get(word) or lex["round_numbers"].get(word)


def _near_time(sent: Sentence, trig: tuple[str, int, int]) -> TimeMention | None:
    at = sent.start + trig[1]
    lo, hi = clause_of(sent.text, trig)
    own = [t for t in sent.times if lo <= t.start - sent.start < hi]
    verb = token_at(sent, trig[1])
    if verb is not None and verb.pos_ == "VERB":    # not the day of the event an "after ..." names
        outside = _outside_spans(verb)
        own = [t for t in own if not any(a <= t.start < b for a, b in outside)]
    elif verb is not None and _in_passing(verb):    # "swapped prisoners on Saturday after talks in Istanbul"
        own = [t for t in own if verb.left_edge.idx <= t.start <= verb.right_edge.idx]
    elif verb is not None:  # "held talks in Oslo, and further meetings are planned for Friday"
        later = _later_clauses(verb)
        own = [t for t in own if not any(a <= t.start < b for a, b in later)]
    near = [t for t in own if abs(t.start - at) <= NEAR]
    if near:
        return min(near, key=lambda t: abs(t.start - at))
    return min(own, key=lambda t: (_PRECISION.get(t.precision, 9), t.start)) if own else None


def _later_clauses(noun: Any) -> list[tuple[int, int]]:
    """Spans of the clauses coordinated after the one a talks noun stands in, each with a subject
    of its own ("held talks in Oslo, and further meetings are planned for Friday"): their days are
    theirs, not the talks'."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return []
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in verb.children
            if c.dep_ == "conj" and c.i > noun.i
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _mentions_around(sent: Sentence) -> list[tuple[int, int, str | None]]:
    """Actors and places of the sentence as (start, end, code), offsets in the sentence."""
    out = [(m.start - sent.start, m.end - sent.start, m.actor.country) for m in sent.actors]
    out += [(p.start - sent.start, p.end - sent.start, p.place.country) for p in sent.places]
    return out


def _mediators(sent: Sentence) -> set[str]:
    lex, found = lexicon(), set()
    mentions = sorted(_mentions_around(sent), key=lambda m: m[:2])  # codes may be None
    thanked = _thanked(sent, mentions)
    for start, end, code in mentions:
        if not code:
            continue
        before = sent.text[max(0, start - 70):start]
        after = sent.text[end:end + 70].lower()
        credited = re.match(lex["mediator_for"], after)
        if credited and (start, end, code) != thanked:
            continue    # "Qatar was credited by Moscow and Kyiv for brokering": the subject mediates
        if credited or _mediator_before().search(before) or _mediates(after):
            found.add(code)
    return found | _listed_with_a_mediator(sent, mentions, found) | _demonym_mediators(sent)


_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?", re.IGNORECASE)


def _listed_with_a_mediator(sent: Sentence, mentions: list[_Mention], found: set[str]) -> set[str]:
    """A go-between's cue governs the whole list it opens: in "brokered by Oman, Norway and the
    United Nations" or "under the auspices of Kenya and the African Union" the cue stands before the
    first name only, yet each name after it mediates too, none is a side."""
    out: set[str] = set()
    last_end = None
    for start, end, code in mentions:
        if last_end is not None and start >= last_end and _LIST_GAP.fullmatch(sent.text[last_end:start]):
            if code:
                out.add(code)
            last_end = end
            continue
        last_end = end if code in found else None
    return out


def _demonym_mediators(sent: Sentence) -> set[str]:
    """A state named by its adjective as host or go-between ("the Saudi-hosted talks", "Qatari-
    mediated contacts"): a mediator, not a side."""
    from detente.nlp.actors import ActorResolver

    out = set()
    for m in _DEMONYM.finditer(sent.text):
        if not _mediates(sent.text[m.end():m.end() + 70].lower()) or _person_word(sent, m.start()):
            continue
        actor = ActorResolver.default().lookup(m.group(0))
        if actor is not None and actor.country and ISO3.match(actor.country) and actor.sector == "GOV":
            out.add(actor.country)
    return out


_Mention = tuple[int, int, str | None]
_PASSIVE_AGENT = re.compile(r"\s+by\b")


def _mediates(after: str) -> bool:
    """The words after an actor make it host or go-between ("Qatar, which mediated", "Turkey
    hosted"), unless the verb is passive: in "talks between Moscow and Kyiv were mediated by Qatar"
    the go-between is the agent after "by", not the subject."""
    lex = lexicon()
    ends = [len(w) for w in lex["mediator_after"] if after.startswith(w)]
    verb = re.match(lex["mediator_verbs"], after)
    ends += [verb.end()] if verb else []
    return any(not _PASSIVE_AGENT.match(after[end:]) for end in ends)


def _thanked(sent: Sentence, mentions: list[_Mention]) -> _Mention | None:
    """Who is credited "for hosting/mediating": the one just before "for" ("gratitude to Ankara for
    hosting", "thanked Qatar for mediating"), or the subject when the credit is passive ("Qatar was
    credited by Moscow and Kyiv for brokering")."""
    named = [m for m in mentions if m[2]]
    if not named:
        return None
    credit = lexicon()["mediator_for"].lstrip("^").replace(r"[\w\s]{0,60}?", "")     # "for hosting"
    hit = re.search(credit, sent.text, re.IGNORECASE)
    if hit is None:
        return named[0]
    before = [m for m in named if m[1] <= hit.start() and hit.start() - m[1] <= 30]
    passive = before and re.search(r"\bby\b", sent.text[named[0][1]:before[-1][0]])
    return before[-1] if before and not passive else named[0]


@lru_cache(maxsize=1)
def _mediator_before() -> re.Pattern[str]:
    """'hosted by', 'at the initiative of' right before the actor, titles allowed between
    ('convened at the request of the French president')."""
    cues = "|".join(re.escape(c) for c in sorted(lexicon()["mediator_before"], key=len, reverse=True))
    return re.compile(r"\b(?:" + cues + r")\s+(?:the\s+)?(?-i:(?:[A-Z][\w.'\u2019-]*\s+){0,3})$",
                      re.IGNORECASE)


def _sentence_states(sent: Sentence) -> list[str]:
    """States named in the sentence: actor mentions, then demonyms the actor layer left as words
    ("Russian-Ukrainian talks", "Russian and Ukrainian officials")."""
    seen: list[str] = []
    for m in sent.actors:
        code = state_of(m)
        if code and code not in seen:
            seen.append(code)
    for code in _demonym_states(sent):
        if code not in seen:
            seen.append(code)
    return seen


def _demonym_states(sent: Sentence) -> list[str]:
    """States named by an adjective the actor layer did not resolve ('Russian-Ukrainian talks')."""
    out = []
    for m in _DEMONYM.finditer(sent.text):
        at = sent.start + m.start()
        if any(a.start <= at < a.end and state_of(a) for a in sent.actors):
            continue
        if _person_word(sent, m.start()):
            continue            # "Brian" is a name, not a demonym
        if _describes_a_thing(sent, m.start()):
            continue            # "aspects of a Ukrainian settlement", "Russian gas imports": a topic
        code = government_of(m.group(0))
        if code is not None and not _places_a_city(sent, at, code):    # "in Jeddah, Saudi Arabia"
            out.append(code)
    return out


_SIDE_NOUNS = frozenset({"side", "sides", "government", "authorities", "counterparts", "officials",
                         "delegations", "talks", "negotiations", "meeting", "meetings", "summit",
                         "consultations", "discussions"})


def _describes_a_thing(sent: Sentence, start: int) -> bool:
    """A demonym on a noun that names neither people nor the talks ("a Ukrainian settlement",
    "Russian gas imports") tells the topic, not a side; "Russian officials", "the Ukrainian side",
    "Russian-Ukrainian talks" do tell sides."""
    tok = token_at(sent, start)
    if tok is None or tok.dep_ != "amod" or tok.head.pos_ != "NOUN":
        return False
    head = tok.head
    if head.lemma_.lower() in lexicon()["people_nouns"] or head.lower_ in _SIDE_NOUNS:
        return False
    return not any(c.dep_ == "cc" or c.dep_ == "conj" for c in tok.children)


def _person_word(sent: Sentence, start: int) -> bool:
    if sent.span is None:
        return False
    tok = next((t for t in sent.span if t.idx - sent.start == start), None)
    return tok is not None and tok.ent_type_ == "PERSON"


_WATCHING = frozenset({"attend", "observe", "witness", "monitor"})


def _onlookers(sent: Sentence) -> set[str]:
    """States told as present at talks or thanked for them, not holding them: the agent of a
    passive verb of attending ("talks attended by China's ambassador") and the one a side thanks
    ("the foreign minister thanked Norway for its help")."""
    if sent.span is None:
        return set()
    nodes = [a for t in sent.span if t.tag_ == "VBN" and t.lemma_.lower() in _WATCHING
             for p in t.children if p.dep_ == "agent" for a in p.children if a.dep_ == "pobj"]
    nodes += [o for t in sent.span if t.lemma_.lower() == "thank" and t.pos_ == "VERB"
              for o in t.children if o.dep_ == "dobj"]
    return set().union(*(_subtree_states(sent, n) for n in nodes)) if nodes else set()


def context_parties(sentences: list[Sentence]) -> list[str]:
    """The two countries the article most often names together around talks, hosts and go-betweens
    of those talks aside (then most often at all): who "the two sides" are."""
    pairs, anywhere = Counter[tuple[str, str]](), Counter[str]()
    for sent in sentences:
        codes = sorted(set(_sentence_states(sent)))
        anywhere.update(codes)
        trig = _trigger(sent)
        if trig:
            weight = 2 if trig[0] == "strong" else 1
            aside = _mediators(sent) | _onlookers(sent)
            codes = [c for c in codes if c not in aside]   # go-betweens and onlookers are no side
            for i, a in enumerate(codes):
                for b in codes[i + 1:]:
                    pairs[(a, b)] += weight
    if pairs:   # ties (every pair of a sentence naming three states) go to the states named most
        return list(max(pairs, key=lambda p: (pairs[p], anywhere[p[0]] + anywhere[p[1]])))
    return [c for c, _ in anywhere.most_common(2)]


# ---------------------------------------------------------------- delegations and outcomes

def _is_person(analysis: Analysis, m: ActorMention) -> bool:
    if m.how in ("surname", "title"):
        return True
    span = analysis.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _delegations(analysis: Analysis, sent: Sentence) -> list[dict[str, str]]:
    lex, text, out = lexicon(), sent.text, []
    people = [m for m in sent.actors if _is_person(analysis, m)]
    for pattern in lex["delegation"]["led_by"]:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            head = next((p for p in people if 0 <= p.start - sent.start - match.end() <= 40), None)
            party = _party_before(sent, match.start()) or (head and state_of(head))
            if head and party:
                out.append({"party": party, "head": head.actor.name})
    for pattern in lex["delegation"]["heads"]:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            before = [p for p in people if 0 <= match.start() - (p.end - sent.start) <= 60]
            head = before[-1] if before else None
            party = _party_in(sent, match.start(1), match.end(1)) if match.group(1) else None
            party = party or (head and state_of(head))
            if head and party:
                out.append({"party": party, "head": head.actor.name})
    return _unique(out, "party")


def _party_before(sent: Sentence, rel: int) -> str | None:
    near = [m for m in sent.actors if 0 <= rel - (m.end - sent.start) <= 25 and state_of(m)]
    return state_of(near[-1]) if near else None


def _party_in(sent: Sentence, start: int, end: int) -> str | None:
    inside = [m for m in sent.actors if m.start - sent.start < end and m.end - sent.start > start]
    return state_of(inside[0]) if inside and state_of(inside[0]) else None


def _outcomes(text: str) -> list[dict[str, str]]:
    """What the talks agreed, failed to agree or discussed, one entry per issue."""
    lex, out, taken = lexicon(), [], []
    for result in ("not agreed", "agreed", "discussed"):
        for m in lex["_outcomes"][result].finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            for issue, detail in issue_items(governed_text(text[m.end():])):
                out.append({"issue": issue, "result": result, "detail": detail})
    for m in re.finditer(lex["no_agreement_pattern"], text, re.IGNORECASE):
        for issue, _detail in issue_items(m.group(1)):
            out.append({"issue": issue, "result": "not agreed", "detail": m.group(0)})
    for fixed in lex["fixed_outcomes"]:
        m = re.search(fixed["pattern"], text, re.IGNORECASE)
        if m:
            out.append({"issue": fixed["issue"], "result": fixed["result"], "detail": m.group(0)})
    return _unique(out, "issue")


def _unique(items: list[dict[str, str]], key: str) -> list[dict[str, str]]:
    seen, out = set(), []
    for item in items:
        if item[key] not in seen:
            seen.add(item[key])
            out.append(item)
    return out


# ---------------------------------------------------------------- describing and merging

def _describe(analysis: Analysis, sent: Sentence, trig: tuple[str, int, int],
              context: list[str]) -> Talks | None:
    """The talks one sentence describes, or None when it names talks only in passing."""
    when = _near_time(sent, trig)
    status, explicit = _status(sent, analysis, trig, when)
    if status == "proposed" and _told_to_come(token_at(sent, trig[1])):
        when = _coming_weekday(analysis, sent, trig, when)
    lo, hi = clause_of(sent.text, trig)
    fmt, rnd, venue = _format(sent.text[lo:hi]), _round(sent.text[lo:hi]), _venue(sent, trig)
    mediators = _mediators(sent)
    own = [c for c in _sentence_states(sent) if c not in mediators]
    head = _trigger_token(sent, trig)
    if _with_a_body(sent, head):
        return None
    if _refers_back_by_subject(head) or _refers_back_from_a_noun(sent, head):
        own = [c for c in own if c in _subtree_states(sent, head)]
    named = _compound_sides(sent, head)
    named = named if len(named) >= 2 else _between_sides(sent, head)
    named = named if len(named) >= 2 else _holders(sent, head)
    if len(named) >= 2:     # "the US-Russia talks": the sides are in the name, whoever else is told
        own, mediators = named, mediators - set(named)
    if head is not None and head.pos_ == "VERB":
        args = _argument_states(sent, head)
        own = [c for c in own if c in args] if len(args) >= 2 else own
        if len(own) < 2 and _sides_to_meet(sent, head):     # "the commanders will meet on Tuesday"
            own, mediators = list(context), mediators - set(context)
        core = _core_states(sent, head)
        if len(core) >= 2:     # "X phoned Y to offer to mediate": who met or called is a side
            own = sorted(set(own) | core)
            mediators -= core
    elif _in_passing(head):     # "After his talks in Moscow, Xi will speak with Zelensky"
        own = [c for c in own if c in _subtree_states(sent, head)]
    visited, host_side = _visited(sent, head), False
    if visited is None and len(own) < 2:
        visited = _journey_to_a_capital(sent, head)
    if visited is not None:     # the visited state is a side, its city the venue
        venue = venue or visited
        if visited["country"] not in own and ISO3.match(visited["country"]):
            own.append(visited["country"])
    elif head is not None and head.pos_ == "VERB" and head.lemma_.lower() in lexicon()["visit_verbs"] and len(
            _guest_states(sent, head)) < 2:
        mediators, own = set(), _sentence_states(sent)     # "Scholz hosted Zelensky": the host is a side
        args = _argument_states(sent, head)     # "while hosting Germany's chancellor, Trump likened ..."
        host_side = True
    if venue and venue.get("country") and ISO3.match(venue["country"]):
        if (venue["country"] in own and venue["country"] not in context and visited is None
                and not _present_in_person(analysis, sent, venue)):
            own.remove(venue["country"])
        if venue["country"] not in own and not (len(own) < 2 and venue["country"] in context):
            mediators.add(venue["country"])     # the home of one of the article's two sides hosts as a side
        if visited is not None or host_side:
            mediators.discard(venue["country"])
    delegations = _delegations(analysis, sent)
    multilateral = head is not None and venue is not None and _gathering(head)
    if multilateral:    # who gathered, not the states the purpose clause names
        own = [c for c in own if c in _joint_subject_states(sent, head)]
    ahead = head is not None and _next_round_planned(head)
    if len(own) < 2 and ahead:
        own, mediators = list(context), mediators - set(context)     # "proposed the next round"
    if _unnamed_summit(sent, trig, head):   # planned, between the article's two sides; else told before
        if status != "proposed" or not explicit or len(context) < 2:
            return None
        own, mediators = list(context), mediators - set(context)
    if trig[0] != "strong" and len(own) < 2 and not multilateral:
        return None
    if not own and venue is None and _bare_round(sent, trig):
        return None
    if trig[0] == "call":
        fmt = "virtual"
    elif fmt == "direct" and _direct_is_a_verb(sent, lo, hi):
        fmt = None
    if not (venue or rnd or explicit or fmt or when or len(own) >= 2 or mediators):
        return None
    parties = list(own)
    for code in context:
        if len(parties) >= 2 or multilateral:
            break       # a gathering of leaders names no two sides; its sentences after may
        if code not in parties and code not in mediators:
            parties.append(code)
    venue = venue or _host_capital(sent)    # only once the talks stand on what the sentence tells
    return Talks(sent, when, venue, sorted(parties), len(own) >= 2, sorted(mediators), fmt, rnd, status,
                  explicit, "call" if trig[0] == "call" else "talks", delegations, _outcomes(sent.text),
                  ahead, _level(head, rnd))


_LEADER_NOUNS = frozenset({"leader", "president", "head", "premier", "chancellor"})


def _level(head: Any, rnd: int | None) -> str | None:
    """At what level the talks sit: a meeting whose sides are told by their leaders ("a meeting of
    both presidents", "a summit between Biden and Xi", "a leaders' meeting") is a summit;
    a numbered round or "the next round" is a round of the delegations. The two are never one talks."""
    if rnd is not None or head is not None and head.lemma_.lower() == "round":
        return "round"
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    sides = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "between")
             for o in p.children if o.dep_ == "pobj"]
    sides += [c for c in head.children if c.dep_ in ("poss", "compound")]
    if any(_the_leaders(side) for s in sides for side in (s, *s.conjuncts)):
        return "leaders"
    return None


def _the_leaders(tok: Any) -> bool:
    """A named person, or leaders told as the known ones ("the two presidents", "their leaders",
    "the two countries' leaders"); "a meeting of European leaders" is a gathering of many."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.lemma_.lower() not in _LEADER_NOUNS or any(_of_many(c) for c in tok.children):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("the", "both")
               for c in tok.children)


def _of_many(child: Any) -> bool:
    """"European leaders", "the three presidents", "the leaders of the G7": leaders of a group,
    a gathering of many; "heads of state" and "the two leaders" are the two sides' own."""
    if child.dep_ == "amod" or child.dep_ == "nummod" and child.lower_ not in ("two", "2"):
        return True
    return child.dep_ == "prep" and child.lower_ == "of" and not any(
        o.lemma_.lower() in ("state", "government") for o in child.children if o.dep_ == "pobj")


def _with_a_body(sent: Sentence, tok: Any) -> bool:
    """"negotiations with Brussels", "talks with the IMF": the other side is a union or an agency,
    which a talks record cannot hold as a side; unless two states are told outside the talks
    phrase, the states around it (the topic's "Russian gas", the article's sides) did not meet."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    if len({c for m in sent.actors if not lo <= m.start < hi and (c := state_of(m))}) >= 2:
        return False    # "Russia and Ukraine held talks with UN officials": the sides are told
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            actor = next((m for m in sent.actors if m.start <= obj.idx < m.end), None)
            if actor is not None and actor.actor.country and not ISO3.match(actor.actor.country):
                return True
    return False


def _bare_round(sent: Sentence, trig: tuple[str, int, int]) -> bool:
    """"moved forward to a second round", "the score from round one": a round that is not said to
    be one of talks names no talks unless a state or a venue in its sentence ties it to them."""
    m = lexicon()["_round"].match(sent.text, trig[1])
    return m is not None and not re.match(r"\s+of\b", sent.text[m.end():])


def _direct_is_a_verb(sent: Sentence, lo: int, hi: int) -> bool:
    """"in final talks to write and direct the film": the verb direct says nothing of the format."""
    words = [t for t in sent.span or () if lo <= t.idx - sent.start < hi and t.lower_ == "direct"]
    return bool(words) and all(t.pos_ == "VERB" for t in words)


def _refers_back_by_subject(tok: Any) -> bool:
    """"The meeting took place amid Europe's exclusion from the talks": a definite talks noun as
    subject, naming no one with "with" or "between", is the talks told before; the states of the
    rest of the sentence are the setting, not its sides."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in tok.children)
    named = any(c.dep_ in ("prep", "amod", "compound", "poss", "nmod") for c in tok.children)
    return definite and not named


def _refers_back_from_a_noun(sent: Sentence, tok: Any) -> bool:
    """"amid Europe's exclusion from the peace talks", "Kyiv's role in the negotiations": a definite
    talks noun that a noun (not a verb) takes through a preposition other than "of" is talks the
    article told before, seen from outside; the states around it are the onlookers, not its sides.
    A phrase naming sides of its own ("the US-Russia talks", "the talks with Moscow") still counts."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ == "of":
        return False
    holder = tok.head.head
    if tok.head.dep_ != "prep" or holder.i == tok.head.i or holder.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        return False
    return not _subtree_states(sent, tok)


def _compound_sides(sent: Sentence, tok: Any) -> list[str]:
    """The states a talks noun's own modifiers name ("the US-Russia talks", "Russian-Ukrainian
    negotiations"), countries read as places by the gazetteer included; not a city ("Istanbul talks")."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    words = [t for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
             for t in c.subtree if t.pos_ in ("PROPN", "ADJ") or _HYPHENED.fullmatch(t.text)]
    out: list[str] = []
    for word in words:
        code = next((c for m in sent.actors if m.start <= word.idx < m.end and (c := state_of(m))), None)
        parts = _HYPHEN.split(word.text) if _HYPHENED.fullmatch(word.text) else [word.text]
        codes = [code] if code is not None and len(parts) == 1 else [_state_named(p) for p in parts]
        out += [c for c in codes if c and c not in out]
    return sorted(out)


# "U.S.-Iran", "Russia-Ukraine": one token of names joined by hyphens, which the small model may tag
# anything (a determiner, a pronoun); each part names a side
_HYPHEN = re.compile(r"-(?=[A-Z])")
_HYPHENED = re.compile(r"[A-Z][\w.]*(?:-[A-Z][\w.]*)+")


def _state_named(word: str) -> str | None:
    """The state a single word names by the actor lexicon (a country, its people's adjective)."""
    from detente.nlp.actors import ActorResolver

    actor = ActorResolver.default().lookup(word)
    ok = actor is not None and actor.country and ISO3.match(actor.country) and actor.sector == "GOV"
    return actor.country if ok else None


def _between_sides(sent: Sentence, tok: Any) -> list[str]:
    """"Talks between Russia and Ukraine ..., Ankara said": the states the talks noun's own "between"
    phrase names are its sides, not the source or the onlookers elsewhere in the sentence."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    objects = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "between"
               for o in p.children if o.dep_ == "pobj"]
    return sorted(set().union(*(_subtree_states(sent, o) for o in objects))) if objects else []


def _holders(sent: Sentence, tok: Any) -> list[str]:
    """"Putin and Xi held talks in Beijing, a day after the Chinese leader hosted a parade": the
    joint subject of the verb whose object the talks noun is holds them as sides, whatever else
    the sentence says its states did (host, mediate)."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return []
    verb = tok.head
    if verb.lemma_.lower() in lexicon()["visit_verbs"] or re.match(lexicon()["mediator_verbs"], verb.lower_):
        return []       # "Turkey hosted talks between ...": the subject is the go-between
    return sorted(_joint_subject_states(sent, verb))


def _core_states(sent: Sentence, verb: Any) -> set[str]:
    """States in a meeting or calling verb's subject and its direct or "with" object ("Erdogan
    phoned Zelensky", "Rubio met with Lavrov"): the two sides, whatever a purpose clause after them
    says of hosting or mediating. Verbs of hosting and mediating are read elsewhere."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon()["visit_verbs"] or re.match(lexicon()["mediator_verbs"], lemma):
        return set()    # "hosted", "was mediating between X and Y": the subject is the go-between
    nodes = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    nodes += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
              for o in p.children if o.dep_ == "pobj"]
    spans = []
    for node in nodes:
        for tok in (node, *node.conjuncts):
            cut = {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree}
            spans += [(t.idx, t.idx + len(t.text)) for t in tok.subtree if t.i not in cut]
    return {c for m in sent.actors if any(m.start < b and m.end > a for a, b in spans) and (c := state_of(m))}


def _outside_spans(verb: Any) -> list[tuple[int, int]]:
    """Char spans of what a meeting verb's clause says of other events: "spoke to Zelensky after
    his encounter with Trump on Friday", "met Erdogan before flying to Moscow"."""
    other = [c for c in verb.children if c.dep_ == "advcl" or c.dep_ == "prep" and c.lower_ in
             ("after", "before", "following", "since", "ahead", "amid", "despite", "unlike", "during")
             or _another_contact(c)]
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in other]


def _another_contact(conj: Any) -> bool:
    """"met Lavrov in Riyadh and spoke with Umerov by phone": a verb of meeting, speaking or calling
    coordinated after a meeting verb tells a second contact, with its own partner and day."""
    lemma = conj.lemma_.lower()
    return conj.dep_ == "conj" and conj.pos_ == "VERB" and (
        lemma == "meet" or lemma in lexicon()["contact_verbs"] or lemma in lexicon()["phone_words"])


def _argument_states(sent: Sentence, verb: Any) -> set[str]:
    """States among a meeting verb's own words (its subject, objects and phrases), not those of
    a clause about another event hanging on it."""
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    outside = _outside_spans(verb)
    spans = [(lo, hi)]
    node = verb
    while node.dep_ in CONTROLLED and not any(c.dep_ == "nsubj" for c in node.children):
        # "Kyiv chose to send envoys to meet X": the controller takes part; "X and Y are due to
        # meet": the subject of the copula whose adjective the meeting verb completes
        node = node.head
        spans += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                  for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    return {c for m in sent.actors if any(a <= m.start < b for a, b in spans) and (c := state_of(m))
            and not any(a <= m.start < b for a, b in outside)}


def _in_passing(tok: Any) -> str | None:
    """A talks noun inside "after/before/following ..." dates another event by the talks: its
    sides are in its own phrase ("his talks in Moscow"), not the rest of the sentence. The word
    that places it ("after"), or None."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    node = tok
    while node.dep_ in ("pobj", "prep", "compound") and node.head.i != node.i:
        node = node.head
        if node.lower_ in ("after", "before", "following", "ahead"):
            return node.lower_
    return None


def _subtree_states(sent: Sentence, tok: Any) -> set[str]:
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return {c for m in sent.actors if lo <= m.start < hi and (c := state_of(m))}


def _present_in_person(analysis: Analysis, sent: Sentence, venue: dict[str, Any]) -> bool:
    """The host state is also a side when one of its people takes part ("Trump met Zelensky in New
    York"), not only when its land is the venue: a person of that state is named in the sentence."""
    return any(state_of(m) == venue["country"] and _is_person(analysis, m) for m in sent.actors)


def _same_date(a: TimeMention | None, b: TimeMention | None) -> bool:
    if a is None or b is None:
        return True
    if a.value.startswith(b.value) or b.value.startswith(a.value):
        return True
    week, day = (a, b) if a.precision == "week" else (b, a)
    if week.precision == "week" and len(day.value) == 10 and len(week.value) == 10:
        return 0 <= (date.fromisoformat(day.value) - date.fromisoformat(week.value)).days < 7
    return False


def _status_fits(a: Talks, b: Talks) -> bool:
    """Two statuses of one talks: the same, or a plan and its fate (a dated plan that was held)."""
    if a.status != b.status and (a.ahead or b.ahead):
        return False    # "suggested holding the next round": not the round just held
    if not (a.explicit and b.explicit) or a.status == b.status:
        return True
    if {a.status, b.status} == {"proposed", "held"}:
        return a.when is not None and b.when is not None
    return {a.status, b.status} in ({"proposed", "cancelled"}, {"proposed", "postponed"})


def _compatible(a: Talks, b: Talks) -> bool:
    both = {"round": (a.round, b.round), "format": (a.format, b.format)}
    if {a.level, b.level} == {"leaders", "round"}:
        return False    # "proposed a meeting of the presidents" after a round of the delegations
    if any(x is not None and y is not None and x != y for x, y in both.values()):
        return False
    pa, pb = set(a.parties), set(b.parties)
    return (a.kind == b.kind and _same_place(a.venue, b.venue) and _same_date(a.when, b.when)
            and _status_fits(a, b) and (pa <= pb or pb <= pa))


def _merge(into: Talks, new: Talks) -> None:
    into.when = into.when or new.when
    into.venue = new.venue if into.venue is None or into.venue.get("guessed") and new.venue else into.venue
    into.format = into.format or new.format
    into.round = into.round or new.round
    into.level = into.level or new.level
    if new.explicit and (not into.explicit or new.status in ("cancelled", "postponed", "held")):
        into.status, into.explicit = new.status, True
    if new.own_parties and not into.own_parties:
        into.parties, into.own_parties = new.parties, True
    into.mediators = sorted(set(into.mediators) | set(new.mediators))
    into.delegations = _unique(into.delegations + new.delegations, "party")
    into.outcomes = _unique(into.outcomes + new.outcomes, "issue")


def _told_before(sent: Sentence, trig: tuple[str, int, int] | None, talks: Talks) -> bool:
    """"Kyiv was not invited to the Saudi-hosted talks": a definite talks noun that names no two
    sides, no place, day or round of its own is the talks the article has just told."""
    head = _trigger_token(sent, trig) if trig else None
    if head is None or head.pos_ not in ("NOUN", "PROPN") or talks.own_parties:
        return False
    words = ("the", "these", "those", "this", "that", "their")
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in words for c in head.children)
    if _next_round_planned(head):
        return False    # "proposed the next round": talks still to come, not the ones just told
    unplaced = talks.venue is None or talks.venue.get("guessed")
    return definite and unplaced and talks.when is None and talks.round is None


def _summit_told_before(sent: Sentence, trig: tuple[str, int, int], talks: Talks,
                        found: list[Talks]) -> bool:
    """"a summit of both presidents" after a summit already planned between the two: told by
    titles alone, the leaders' meeting is the one the article has told, whatever day it gives."""
    if not _unnamed_summit(sent, trig, _trigger_token(sent, trig)):
        return False
    return any(t.status == "proposed" and set(talks.parties) <= set(t.parties) for t in found)


def _refers_back(sent: Sentence) -> bool:
    return bool(lexicon()["_context"].search(sent.text))


def _to_record(analysis: Analysis, talks: Talks) -> Record:
    venue = dict(talks.venue) if talks.venue else None
    if venue is not None:
        venue.pop("guessed", None)      # a mark for merging, not a field of the record
    fields = {
        "venue": venue, "parties": talks.parties, "mediators": talks.mediators,
        "format": talks.format, "round": talks.round, "status": talks.status,
        "delegations": talks.delegations, "outcomes": talks.outcomes,
    }
    record = make_record("talks", analysis, talks.sentence, fields, talks.when)
    if talks.when is None:      # a date elsewhere in the sentence belongs to something else
        record.date = record.date_precision = None
    return record


def _earlier_round(analysis: Analysis, sent: Sentence, main: Talks | None,
                   context: list[str]) -> Talks | None:
    """'This is the second round, with the first held in Geneva': the earlier round, held."""
    m = re.search(lexicon()["earlier_round_pattern"], sent.text, re.IGNORECASE)
    if m is None or main is None:
        return None
    earlier = _describe(analysis, sent, ("strong", m.end(), m.end()), context)
    if earlier is None:
        return None
    number = lexicon()["ordinals"].get(m.group(1).lower())
    earlier.round = number if number else (main.round - 1 if main.round and main.round > 1 else None)
    if earlier.round == main.round:
        return None
    if earlier.status == "held" or earlier.status == "proposed":
        earlier.status, earlier.explicit = "held", True
    main.venue = main.venue if main.venue != earlier.venue else None
    return earlier


def _call_beside(analysis: Analysis, sent: Sentence, trig: tuple[str, int, int] | None,
                 context: list[str]) -> Talks | None:
    """'X agreed to send a delegation to meet Y during a phone call with Z': the call is talks
    of its own, between the sentence's subject and whoever the call is with."""
    if trig is None or trig[0] == "call":
        return None
    m = lexicon()["_triggers"]["call"].search(sent.text, trig[2])
    if m is None or not re.match(r"\s*(?:\w+\s+){0,2}?(?:with|between)\b", sent.text[m.end():]):
        return None
    after = [c for s, e, c in _mentions_around(sent) if m.end() <= s <= m.end() + 60 and c and ISO3.match(c)]
    subject = [state_of(a) for a in sent.actors if state_of(a)]
    parties = sorted({*after[:1], *subject[:1]})
    if len(parties) < 2:
        return None
    call = ("call", m.start(), m.end())
    status, explicit = _status(sent, analysis, call, _near_time(sent, call))
    return Talks(sent, _near_time(sent, call), None, parties, True, [], "virtual", None, status, explicit,
                  "call")


_BOTH_LEADERS = frozenset({"leader", "president", "premier", "chancellor", "counterpart"}) | {"minister"}


def _both_leaders(node: Any) -> bool:
    """"both leaders", "the two presidents": the heads of the article's two sides, told together."""
    if node.lemma_.lower() not in _BOTH_LEADERS or node.tag_ != "NNS":
        return False
    kids = {c.lower_ for c in node.children if c.dep_ in ("det", "predet", "nummod", "amod")}
    return "both" in kids or {"the", "two"} <= kids


def _leaders_told_before(analysis: Analysis, before: list[Sentence], speaker: set[str]) -> list[str]:
    """The states of the two leaders "both leaders" points back to: those of the people named in the
    latest earlier sentence naming people of exactly two states besides the speaker's (a sentence
    naming people of more states leaves it unknown)."""
    for sent in reversed(before[-_LOOKBACK:]):
        states = sorted({c for m in sent.actors if (c := state_of(m)) and c not in speaker
                         and _is_person(analysis, m)})
        if len(states) > 2:
            return []
        if len(states) == 2:
            return states
    return []


_LOOKBACK = 4   # sentences "both leaders" may point back over


def _calls_to_both(analysis: Analysis, sent: Sentence, before: list[Sentence],
                   context: list[str]) -> list[Talks]:
    """"Macron spoke with both leaders by phone", "Erdogan will call the two presidents": a third
    party's talk with the two leaders told just before (else the article's two sides) is one call or
    meeting with each of them (not talks between the two, which "talking to both sides" of a
    go-between tells)."""
    if sent.span is None:
        return []
    lex = lexicon()
    for verb in sent.span:
        lemma = verb.lemma_.lower()
        phone = lemma in lex["phone_words"]
        if verb.pos_ != "VERB" or not (phone or lemma in lex["contact_verbs"] or lemma == "meet"):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
            for o in p.children if o.dep_ == "pobj"]
        subjects = {code for c in verb.children if c.dep_ == "nsubj" for code in _subtree_states(sent, c)}
        if len(subjects) != 1 or not any(_both_leaders(o) for o in objects):
            continue
        sides = _leaders_told_before(analysis, before, subjects) or context
        if len(sides) != 2 or subjects & set(sides):
            return []
        trig = ("call" if phone else "meeting", verb.idx - sent.start, verb.idx - sent.start + len(verb.text))
        when = _near_time(sent, trig)
        status, explicit = _status(sent, analysis, trig, when)
        return [Talks(sent, when, None, sorted(subjects | {side}), True, [], "virtual" if phone else None,
                       None, status, explicit, trig[0] if phone else "talks") for side in sides]
    return []


def _call_before(analysis: Analysis, sent: Sentence, trig: tuple[str, int, int] | None) -> Talks | None:
    """"Erdogan told Putin in a phone call that Turkey was ready to host talks", "In a call with
    Zelensky, Erdogan offered to host talks": the call told before the talks word is talks of its
    own, between the one who speaks in it and the one spoken to, whatever the talks it tells of."""
    if trig is None or trig[0] == "call" or sent.span is None:
        return None
    m = lexicon()["_triggers"]["call"].search(sent.text[:trig[1]])
    noun = token_at(sent, m.start()) if m is not None else None
    noun = _head_of_trigger(sent, ("call", m.start(), m.end())) if noun is not None else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = noun
    while verb.pos_ != "VERB" and verb.dep_ in ("dobj", "pobj", "prep", "compound") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    partners = {c for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj" for c in _subtree_states(sent, o)}
    parties = _joint_subject_states(sent, verb) | partners | _addressee_states(sent, noun, verb)
    if len(parties) != 2:
        return None
    call = ("call", m.start(), m.end())
    when = _near_time(sent, call)
    status, explicit = _status(sent, analysis, call, when)
    return Talks(sent, when, None, sorted(parties), True, [], "virtual", None, status, explicit, "call")


def _meeting_beside(analysis: Analysis, sent: Sentence, trig: tuple[str, int, int],
                    context: list[str]) -> Talks | None:
    """'X said he could meet Y soon, after talks in Z': a second meeting verb with a state as its
    object, outside the clause of the first talks, is talks of its own (its own status)."""
    first = _trigger_token(sent, trig)
    if first is None:
        return None
    planned_in = _meeting_planned_in(analysis, sent, first, context)
    if planned_in is not None:
        return planned_in
    clauses = _own_clauses(first)
    last = min((c.left_edge.i for c in clauses), default=first.right_edge.i + 1) - 1
    taken = (first.left_edge.idx - sent.start, first.doc[last].idx + len(first.doc[last].text) - sent.start)
    other = _contact(sent, taken)
    verb = _trigger_token(sent, other) if other is not None else None
    inside = verb is not None and verb in first.subtree and not any(verb in c.subtree for c in clauses)
    if other is None or verb is None or inside or trig[1] <= other[1] < trig[2]:
        return None     # "spoke by phone with X": the verb opens the trigger itself, one call
    talks = _describe(analysis, sent, other, context)
    if talks is not None and talks.when is not None and taken[0] <= talks.when.start - sent.start < taken[1]:
        # "agreed during a call on Thursday to meet": the call's day and phone words, not the meeting's
        lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
        talks.when = next((t for t in sent.times if lo <= t.start < hi), None)
        talks.format = None if talks.format == "virtual" else talks.format
        if _planned_meeting(verb):
            talks.status, talks.explicit = "proposed", True
    if talks is None or talks.status == "held" and not talks.explicit:
        return None
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    own = sorted({c for m in sent.actors if lo <= m.start < hi
                  and not taken[0] <= m.start - sent.start < taken[1] and (c := state_of(m))})
    if len(own) < 2 and _planned_meeting(verb):     # "X and Y agreed in a call to meet": their subject
        own = sorted(_joint_subject_states(sent, verb))
    if len(own) < 2 and _the_two_again(verb):
        own = _first_sides(analysis, sent, trig, context)
    if len(own) == 1 and _another_contact(verb) and not any(c.dep_ == "nsubj" for c in verb.children):
        own = sorted(set(own) | _joint_subject_states(sent, verb))     # "X met A and phoned B": X's
    if len(own) < 2:
        return None
    talks.parties, talks.own_parties = own, True
    talks.venue = _venue_in_parse(sent, other)
    return talks


def _first_sides(analysis: Analysis, sent: Sentence, trig: tuple[str, int, int],
                 context: list[str]) -> list[str]:
    """The sides of the sentence's first talks, whom "the two leaders" of a later clause are."""
    first = _describe(analysis, sent, trig, context)
    return sorted(first.parties) if first is not None else []


def _own_clauses(verb: Any) -> list[Any]:
    """Conjuncts of a verb with subjects of their own ("had called his counterpart, and that the two
    officers would speak again"), or verbs of contact sharing its subject ("met Lavrov and phoned
    Umerov"): clauses that tell talks of their own."""
    if verb.pos_ != "VERB":
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) or _another_contact(c))]


def _meeting_planned_in(analysis: Analysis, sent: Sentence, first: Any, context: list[str]) -> Talks | None:
    """"X and Y agreed during a call to meet in Budapest", parsed with "to meet" hanging on the call
    noun: the infinitive is a meeting planned in the talks, proposed, between the subject's states,
    with its own place and day."""
    verb = next((c for c in first.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in (
        "meet", "visit") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if verb is None or first.pos_ not in ("NOUN", "PROPN"):
        return None
    governor = first
    while governor.pos_ != "VERB" and governor.head.i != governor.i:
        governor = governor.head
    own = sorted(_joint_subject_states(sent, governor)) if governor.pos_ == "VERB" else []
    if len(own) < 2:
        return None
    start = verb.idx - sent.start
    trig = ("meeting", start, start + len(verb.text))
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    when = next((t for t in sent.times if lo <= t.start < hi), None)
    venue = _venue_in_parse(sent, trig)
    mediators = sorted({venue["country"]} - set(own)) if venue and venue.get("country") else []
    return Talks(sent, when, venue, own, True, mediators, None, None, "proposed", True)


def _told_to_come(tok: Any) -> bool:
    """A talks noun dated by what comes after it: "ahead of talks", "before the next round"."""
    return tok is not None and (_in_passing(tok) in ("ahead", "before") or (
        tok.pos_ in ("NOUN", "PROPN") and _forward_noun(tok)))


def _coming_weekday(analysis: Analysis, sent: Sentence, trig: tuple[str, int, int],
                    when: TimeMention | None) -> TimeMention | None:
    """"ahead of talks on Tuesday" in an article of Monday: a bare weekday after talks told as still
    to come is the coming one, not the one before publication that a past-tense reading gives."""
    if when is None or when.precision != "day" or when.start - sent.start < trig[1]:
        return when
    word = when.text.lower().removeprefix("on ").strip()
    reference = analysis.reference
    if word not in WEEKDAYS or when.value >= reference.isoformat():
        return when
    ahead = (WEEKDAYS[word] - reference.weekday()) % 7
    return replace(when, value=(reference + timedelta(days=ahead)).isoformat())


def _talks_ahead(analysis: Analysis, sent: Sentence, trig: tuple[str, int, int],
                 first: Talks) -> Talks | None:
    """"held talks on Monday ahead of a second day of negotiations on Tuesday", "met in Geneva before
    the next round in Istanbul": a second talks noun after held talks, told as still to come, with a
    day or place of its own, is talks of its own: proposed, at its own place (else the first's: a
    further day of the same talks), between its own sides (else the first's)."""
    if first.status != "held" or not first.explicit and first.when is None:
        return None
    lo, hi = clause_of(sent.text, trig)
    hits = [m for kind in ("strong", "meeting")
            for m in lexicon()["_triggers"][kind].finditer(sent.text, trig[2])]
    for m in sorted(hits, key=lambda h: h.start()):
        later = ("strong", m.start(), m.end())
        tok = _trigger_token(sent, later)
        if m.start() >= hi or tok is None or tok.pos_ not in ("NOUN", "PROPN") or not (
                _told_to_come(tok) or _further(tok)):
            continue
        times = [t for t in sent.times if m.start() <= t.start - sent.start < hi]
        when = _coming_weekday(analysis, sent, later, times[0]) if times else None
        venue = _venue_near(sent, (m.start(), m.end()))
        venue = venue if venue is not None and not _same_place(venue, first.venue) else None
        if when is None and venue is None or when is not None and first.when is not None and (
                _same_date(when, first.when)):
            continue    # nothing tells it apart from the talks held
        own = sorted(_subtree_states(sent, tok) - set(first.mediators))
        parties = own if len(own) >= 2 else list(first.parties)
        return Talks(sent, when, venue or first.venue, parties, len(own) >= 2, list(first.mediators),
                      None, _round(sent.text[m.start():hi]), "proposed", True)
    return None


_FURTHER = frozenset({"more", "further", "another"})


def _further(tok: Any) -> bool:
    """"more meetings were expected", "further talks are planned": talks beyond those told, under a
    word of planning, are still to come."""
    if not any(c.dep_ in ("amod", "det") and c.lower_ in _FURTHER for c in tok.children):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and \
        tok.head.lemma_.lower() in lexicon()["planning_words"]


def _separate(sent: Sentence, trig: tuple[str, int, int], talks: Talks) -> list[Talks]:
    """"Russia and Ukraine agreed, in separate talks with US negotiators in Riyadh, ...", "held separate
    talks with the Russian and Ukrainian delegations": one round per side with the side they share
    (the one named alone, in the talks' "with" phrase or outside it); else the talks as they are."""
    head = _trigger_token(sent, trig)
    if head is None or len(talks.parties) < 3 or not any(
            c.dep_ == "amod" and c.lower_ == "separate" for c in head.children):
        return [talks]
    objects = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "with"
               for o in p.children if o.dep_ == "pobj"]
    inside = set().union(*(_subtree_states(sent, o) for o in objects)) & set(talks.parties)
    outside = set(talks.parties) - inside
    common = inside if len(inside) == 1 else outside if len(outside) == 1 else set()
    if not common:
        return [talks]
    shared = next(iter(common))
    return [replace(talks, parties=sorted({shared, other}), own_parties=True)
            for other in talks.parties if other != shared]


def _place(found: list[Talks], talks: Talks) -> Talks:
    """Merge `talks` into the latest compatible record, or add it; the record it went to."""
    target = next((t for t in reversed(found) if _compatible(t, talks)), None)
    if target is None:
        found.append(talks)
        return talks
    _merge(target, talks)
    return target


def _with_anchored_days(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with "the following day", "the next day", "that day" counted from the last day
    the paragraph named before them, as a reader counts them ("A truce began on 20 September.
    Envoys met the following day"), not from the day of publication."""
    from detente.extract.events_context import Context, sentence_times

    ctx, out = Context(), []
    for sent in sentences:
        ctx.enter(sent)
        times = sentence_times(sent, ctx)
        ctx.advance(sent, [], times)
        out.append(sent if times is sent.times else replace(sent, times=times))
    return out


def find_talks(analysis: Analysis) -> list[Record]:
    """One record per distinct meeting, round or channel of negotiation in the article."""
    sentences = _with_anchored_days([_with_named_capitals(_without_venue_countries(sent))
                                     for sent in analysis.sentences])
    context = context_parties(sentences)
    found: list[Talks] = []
    current: Talks | None = None
    for i, sent in enumerate(sentences):
        trig = _trigger(sent)
        talks = _describe(analysis, sent, trig, context) if trig else None
        if talks is not None and current is not None and _told_before(sent, trig, talks):
            talks = None
        if talks is not None and _summit_told_before(sent, trig, talks, found):
            talks = None
        if talks is None and trig is None:
            for one in _calls_to_both(analysis, sent, sentences[:i], context):
                _place(found, one)
        if talks is None:
            if current is not None and (trig or _refers_back(sent) or "delegation" in sent.text.lower()):
                current.outcomes = _unique(current.outcomes + _outcomes(sent.text), "issue")
                current.delegations = _unique(current.delegations + _delegations(analysis, sent), "party")
                _venue_told_after(sent, current)
            continue
        earlier = _earlier_round(analysis, sent, talks, context)
        call = (_call_beside(analysis, sent, trig, context) or _meeting_beside(analysis, sent, trig, context)
                or _call_before(analysis, sent, trig))
        if call is not None and talks.format == "virtual" and trig[0] != "call":
            talks.format = None     # the phone words were the call's, not the meeting's
        if call is not None and talks.kind == "call" and call.venue is not None and _same_place(
                call.venue, talks.venue):
            talks.venue = None      # "agreed in a call to meet in Budapest": the meeting's venue
        rounds = _separate(sent, trig, talks)
        for one in rounds[1:]:
            _place(found, one)
        current = _place(found, rounds[0])
        if earlier is not None:
            _place(found, earlier)
        ahead = _talks_ahead(analysis, sent, trig, current) if call is None and earlier is None else None
        if ahead is not None:
            _place(found, ahead)
        if call is not None:    # beside the sentence's talks: merged into them only when alike
            target = next((t for t in reversed(found) if _compatible(t, call) and (
                t is not current or t.status == call.status)), None)
            if target is None:
                found.append(call)
            else:
                _merge(target, call)
    return [_to_record(analysis, t) for t in found]
