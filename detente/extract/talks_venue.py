"""Where talks sit: the venue readers of the talks reader (talks.py).

A place cued near a word naming talks ("talks in Oslo", "the Oslo talks"), or reached through the
parse (a chain of prepositions, a participle clause on the talks noun, a "where" clause the talks hang
on); a host state's capital when no place is told ("Norway hosted the talks"); a capital named by its
state ("the Peruvian capital"); a place told in a later sentence for the talks just told; and whether
two venues are one place. A country that only places a city ("in Lima, Peru") is no side.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from detente.extract.talks_common import (
    CLAUSE_BREAK,
    CONTROLLED,
    ISO3,
    NEAR,
    Talks,
    clause_of,
    government_of,
    journey_of,
    lexicon,
    state_of,
    token_at,
)
from detente.nlp.core import PlaceMention, Sentence
from detente.nlp.places import capital_of


def _venue(sent: Sentence, trig: tuple[str, int, int]) -> dict[str, Any] | None:
    """A place named as where the talks are: 'in Istanbul', 'Istanbul talks', 'Vatican-hosted';
    near the trigger, else near another word naming talks in its clause ('ended in Riyadh their
    meetings ... after days of consultations')."""
    for anchor in _trigger_spans(sent, trig):
        found = _venue_near(sent, anchor)
        if found is not None:
            return found
    return _venue_in_parse(sent, trig)


def _venue_in_parse(sent: Sentence, trig: tuple[str, int, int]) -> dict[str, Any] | None:
    """A place the trigger reaches through a chain of prepositions ending in 'in' or 'at': "met
    ... on the sidelines of the summit in Vienna", "talks at a hotel in Doha"."""
    start = token_at(sent, trig[1])
    frontier, lex = [(start, 0)] if start is not None else [], lexicon()
    journey = journey_of(start) if start is not None and start.pos_ == "VERB" else None
    if start is not None and start.dep_ == "pobj" and start.head.lower_ == "for" and (
            start.head.head.lemma_.lower() in lex["journey_verbs"]):
        journey = start.head.head   # "sent a delegation to Istanbul for talks", "arrived in Doha for talks"
    for prep in journey.children if journey is not None else ():
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "in"):   # "travel to Ankara to meet"
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                place = next((p for p in sent.places if p.start <= obj.idx < p.end), None)
                if place is not None:
                    return {"name": place.place.name, "country": place.place.country}
    site = None
    while frontier:
        tok, depth = frontier.pop(0)
        if depth == 0 and tok.pos_ in ("NOUN", "PROPN"):
            frontier += [(c, 1) for c in _reduced_clauses(tok)]
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in lex["venue_chain"]):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                place = _place_of(sent, obj)
                at = obj.idx
                if place is not None and prep.lower_ in ("in", "at") and not re.search(
                        lex["not_venue_before"], sent.text[:at - sent.start].lower().rstrip()):
                    return {"name": place.place.name, "country": place.place.country}
                if site is None and place is None and prep.lower_ == "at":
                    site = _named_site(sent, obj)
                if depth < 3:
                    frontier.append((obj, depth + 1))
    return site or _where_clause_place(sent, start)


def _reduced_clauses(noun: Any) -> list[Any]:
    """The verbs of a participle or adjective clause on the talks noun, whose phrases tell where the
    talks sit: "talks ..., held last week in Nouakchott", "talks ..., due to open in Nouakchott",
    "talks ..., scheduled to take place in Nouakchott"."""
    out = []
    for clause in (c for c in noun.children if c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ")):
        out.append(clause)
        for inner in (c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            out.append(inner)
            out += [c for c in inner.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]   # "take place"
    return out


def _where_clause_place(sent: Sentence, start: Any) -> dict[str, Any] | None:
    """The place a "where" clause of the talks hangs on: "flew to Vilnius, where she held talks",
    "will travel to Oslo, where he hopes to meet": the talks sit where the clause says."""
    node, where = start, False
    for _ in range(5):
        if node is None or node.head.i == node.i:
            return None
        where = where or any(c.dep_ == "advmod" and c.lower_ == "where" for c in node.children)
        if node.dep_ == "relcl":
            place = _place_of(sent, node.head) if where else None
            return {"name": place.place.name, "country": place.place.country} if place else None
        node = node.head
    return None


def _host_capital(sent: Sentence) -> dict[str, Any] | None:
    """Talks a state hosts and no place is told for ("Qatar hosted talks", "hosted by Norway",
    "Saudi-hosted talks", "Egypt's hosting of the negotiations"): a host receives in its capital
    unless a place is named. The venue is marked as guessed, so a place told later replaces it."""
    if sent.span is None or "host" not in sent.text.lower():
        return None
    for tok in sent.span:
        if tok.lemma_.lower() not in ("host", "hosting") or tok.pos_ not in ("VERB", "NOUN"):
            continue
        code = _host_state(sent, tok)
        hosted = _place_in_hosted(sent, tok, code)
        if hosted is not None:
            return hosted       # "Tanzania's hosting of the Arusha talks"
        place = capital_of(code)
        if place is not None:
            return {"name": place.name, "country": place.country, "guessed": True}
    return None


def _place_in_hosted(sent: Sentence, host: Any, code: str | None) -> dict[str, Any] | None:
    """A city of the host's own land named in what it hosts ("its hosting of the Mombasa talks")."""
    if code is None:
        return None
    lo, hi = host.idx, host.right_edge.idx + len(host.right_edge.text)
    for p in sent.places:
        if lo <= p.start < hi and p.place.country == code and not _a_country(p.place.name):
            return {"name": p.place.name, "country": p.place.country}
    return None


def _host_state(sent: Sentence, host: Any) -> str | None:
    """Who hosts: the active subject ("Kenya is hosting"), the agent of a passive ("hosted by
    Norway"), the state a hyphened or possessive modifier names ("Saudi-hosted", "Egypt's hosting")."""
    passive = host.tag_ == "VBN" and (host.dep_ in ("acl", "amod") or any(
        c.dep_ == "auxpass" for c in host.children))
    if passive:
        agents = [o for p in host.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        words = agents + [c for c in host.children if c.dep_ in ("npadvmod", "amod", "compound")
                          and c.i < host.i]
    elif host.pos_ == "VERB":
        words = [c for c in host.children if c.dep_ == "nsubj"]
        node = host     # "Turkey offered to host", "Oman is ready to host": the controller
        while not words and node.dep_ in CONTROLLED and node.head.i != node.i:
            node = node.head
            words = [c for c in node.children if c.dep_ == "nsubj"]
    else:
        words = [c for c in host.children if c.dep_ == "poss"]
    for word in words:
        named = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        for tok in (word, *named):      # "the State of Kuwait", "the government of Oman"
            code = _state_named_by(sent, tok)
            if code is not None and not _host_is_a_person(sent, tok):
                return code
    return None


def _host_is_a_person(sent: Sentence, tok: Any) -> bool:
    """A leader may host abroad (at a summit, a retreat); a state, its government or its capital
    told as host fixes the capital."""
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PRON":
        return True
    return any(m.start <= tok.idx < m.end and m.how in ("surname", "title", "pronoun") for m in sent.actors)


def _place_of(sent: Sentence, obj: Any) -> Any:
    """The place a prepositional object names, itself or by the name set beside it ("in the Kazakh
    capital, Astana", "at the resort town of X" aside)."""
    for tok in (obj, *(c for c in obj.children if c.dep_ == "appos")):
        place = next((p for p in sent.places if p.start <= tok.idx < p.end), None)
        if place is not None:
            return place
    return None


def _named_site(sent: Sentence, obj: Any) -> dict[str, Any] | None:
    """A building or compound named after "at" ("held talks at the Brdo Castle", "talks at a named
    airport or air base") that the gazetteer does not know: where the talks sat. Its state
    is that of a place the sentence names, if any."""
    if obj.ent_type_ != "FAC":
        return None
    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
    if ent is None:
        return None
    name = re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE)
    country = next((p.place.country for p in sent.places if p.place.country), None)
    return {"name": name, "country": country}


def _venue_near(sent: Sentence, anchor: tuple[int, int]) -> dict[str, Any] | None:
    """The cued place nearest the anchor; a country after a bare "at" is aimed at, not met in
    ("Hours before the talks, Russia fired drones at Ukraine")."""
    lex, best = lexicon(), None
    for p in sent.places:
        rel, rel_end = p.start - sent.start, p.end - sent.start
        if re.search(r"\bat\s+$", sent.text[max(0, rel - 4):rel]) and _a_country(p.place.name):
            continue
        before = sent.text[max(0, rel - 15):rel].lower().rstrip()
        after = sent.text[rel_end:rel_end + 20].lower()
        cued = any(before.endswith(" " + w) or before == w for w in lex["venue_before"]) or any(
            after.startswith(w) for w in lex["venue_after"])
        if re.search(lex["not_venue_before"], before) or sent.text[rel - 1:rel] in ("-", "\u2013"):
            continue    # "the war in Ukraine", "US-Russia talks": a scene of war, a party
        if _frames_a_place(sent, p):
            continue    # "in Peru's capital, Lima", "the Black Sea resort of Sochi": the place named after
        distance = min(abs(rel - anchor[0]), abs(rel - anchor[1]))
        between = sent.text[min(rel_end, anchor[1]):max(rel, anchor[0])]
        if CLAUSE_BREAK.search(between):
            continue
        if cued and distance <= NEAR and (best is None or distance < best[0]):
            best = (distance, p)
    if best is None:
        return None
    place = best[1].place
    return {"name": place.name, "country": place.country}


def _frames_a_place(sent: Sentence, p: PlaceMention) -> bool:
    """A place that only modifies a noun of place whose own name follows, set beside it or after
    "of" ("Peru's capital, Lima", "the Black Sea resort of Sochi"): the venue is the name that follows."""
    if sent.span is None:
        return False
    tok = next((t for t in sent.span if p.start <= t.idx < p.end and t.dep_ != "det"
                and not p.start <= t.head.idx < p.end), None)
    if tok is None or tok.dep_ not in ("poss", "compound", "nmod") or tok.head.pos_ != "NOUN":
        return False
    noun = tok.head
    named = [c for c in noun.children if c.dep_ == "appos"]
    named += [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
              if o.dep_ == "pobj"]
    return any(q is not p and q.start <= n.idx < q.end for n in named for q in sent.places)


def _a_country(name: str) -> bool:
    """The place is a country (not a city, a region or a building)."""
    from detente.nlp.actors_dictionary import default_dictionary

    entry = default_dictionary().names.get(tuple(name.split()))
    return entry is not None and entry.kind == "polity"


def _trigger_spans(sent: Sentence, trig: tuple[str, int, int]) -> list[tuple[int, int]]:
    """Every word of the sentence naming talks in the trigger's clause: "ended in Riyadh their
    meetings ... after days of consultations" has its venue near the first, not the strongest."""
    lo, hi = clause_of(sent.text, trig)
    spans = [(trig[1], trig[2])]
    for pattern in lexicon()["_triggers"].values():
        spans += [(m.start(), m.end()) for m in pattern.finditer(sent.text) if lo <= m.start() < hi]
    return spans


def _same_place(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if a is None or b is None:
        return True
    if a.get("guessed") or b.get("guessed"):
        return a.get("country") == b.get("country")     # the host's capital, guessed: its land is known
    wa, wb = set(a["name"].lower().split()), set(b["name"].lower().split())
    return wa <= wb or wb <= wa or _one_site(a, b)


def _one_site(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A venue and the city around it are one place ("the Kremlin" and "Moscow", "Lancaster House"
    and "London"): the same country, a few kilometres apart in the gazetteer."""
    from detente.nlp.places import Gazetteer

    if a.get("country") != b.get("country"):
        return False
    pa, pb = Gazetteer.default().lookup(a["name"]), Gazetteer.default().lookup(b["name"])
    if pa is None or pb is None or None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return False
    return abs(pa.lat - pb.lat) < 0.25 and abs(pa.lon - pb.lon) < 0.35


def _without_venue_countries(sent: Sentence) -> Sentence:
    """The sentence without the country names that only place a city ("talks in Jeddah, Saudi
    Arabia", "met in Doha, Qatar"): the country after a place and a comma is where the place is,
    not a side. Whether it hosts is read from the venue."""
    placed = [m for m in sent.actors if _places_a_city(sent, m.start, m.actor.country)]
    return replace(sent, actors=[m for m in sent.actors if m not in placed]) if placed else sent


_STATE_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})


def _with_named_capitals(sent: Sentence) -> Sentence:
    """The sentence with "the Mongolian capital" or "Hungary's capital" read as the city it names
    (a place the venue readers see), when the sentence does not spell the city itself ("the Peruvian
    capital, Lima" is read by the gazetteer)."""
    if sent.span is None or "capital" not in sent.text.lower():
        return sent
    added = []
    for tok in sent.span:
        if tok.lower_ != "capital" or tok.tag_ != "NN":
            continue
        if any(p.start <= tok.idx < p.end for p in sent.places):
            continue
        if any(c.dep_ == "appos" for c in tok.children):
            continue        # "the capital, Lima": the name follows
        mods = [c for c in tok.children if c.dep_ in _STATE_MODIFIERS and c.i < tok.i]
        for mod in mods:
            place = capital_of(_state_named_by(sent, mod))
            if place is not None:
                start = mod.left_edge.idx
                end = tok.idx + len(tok.text)
                added.append(PlaceMention(start, end, sent.span.doc.text[start:end], place))
                break
    if not added:
        return sent
    kept = [p for p in sent.places if not any(a.start <= p.start < a.end for a in added)]     # "Turkey's"
    return replace(sent, places=sorted([*kept, *added], key=lambda p: p.start))


def _state_named_by(sent: Sentence, mod: Any) -> str | None:
    """The state a modifier of "capital" names: an actor mention there ("Ukraine's"), else a demonym
    ("Saudi", "South Korean")."""
    for m in sent.actors:
        if m.start <= mod.idx < m.end:
            return state_of(m)
    if mod.pos_ not in ("ADJ", "PROPN") or not mod.text[:1].isupper():
        return None
    return government_of(mod.doc.text[mod.left_edge.idx:mod.idx + len(mod.text)])


def _places_a_city(sent: Sentence, start: int, code: str | None) -> bool:
    """The country named at `start` (document offset) follows a place of its own and a comma."""
    return code is not None and any(
        p.end <= start and re.fullmatch(r",\s*", sent.text[p.end - sent.start:start - sent.start])
        and p.place.country == code for p in sent.places)


_SIDES_WORDS = re.compile(r"\bdelegations?\b|\bnegotiators\b|\bthe (?:two )?sides\b", re.IGNORECASE)


def _venue_told_after(sent: Sentence, talks: Talks) -> None:
    """Talks told without a place, then "the mediators shuttled between the two delegations in Doha":
    the place named beside the delegations or the sides of the talks just told is theirs."""
    if talks.venue is not None and not talks.venue.get("guessed"):
        return
    venue = _venue_of_the_talks_told(sent)
    if venue is not None:
        _set_venue_told_after(talks, venue)
        return
    for m in _SIDES_WORDS.finditer(sent.text):
        venue = _venue_near(sent, (m.start(), m.end()))
        if venue is not None:
            _set_venue_told_after(talks, venue)
            return


_TALKS_NOUNS = frozenset({"talks", "meeting", "negotiations", "round", "summit", "discussions", "session"})
_BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "their", "its"})


def _venue_of_the_talks_told(sent: Sentence) -> dict[str, Any] | None:
    """"The session at the Peace Palace ran late", "The talks in Oslo lasted two hours": a definite
    talks noun in a sentence that tells no talks of its own is the talks just told; the place in its
    own "at"/"in" phrase is theirs."""
    if sent.span is None:
        return None
    for tok in sent.span:
        if tok.lower_ not in _TALKS_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _BACK_DETERMINERS for c in tok.children):
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "in")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                place = _place_of(sent, obj)
                if place is not None and not _a_country(place.place.name):
                    return {"name": place.place.name, "country": place.place.country}
                site = _named_site(sent, obj) if place is None and prep.lower_ == "at" else None
                if site is not None:
                    return site
    return None


def _set_venue_told_after(talks: Talks, venue: dict[str, Any]) -> None:
    talks.venue = venue
    host = venue.get("country")
    if host and host not in talks.parties and ISO3.match(host):
        talks.mediators = sorted(set(talks.mediators) | {host})
