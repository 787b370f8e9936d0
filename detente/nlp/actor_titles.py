"""Titles and institutions: "the Ukrainian president", "Russia's defence ministry", "head of the SBU".

A title is a role phrase ("foreign minister") or an institution phrase ("forces", "delegation") with
the country that owns it, read from a country word on its left ("Russia's", "Ukrainian", "Kremlin"),
inside it ("SBU chief") or after "of" ("President of Russia"). The resolver turns a title into the
holder of the role on the reference date, the person named after it, or the institution.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.models import Actor
from detente.nlp.actors_dictionary import Dictionary, Entry, Person, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc

POSSESSIVE = ("'s", "’s")
STATE_WORDS = ("polity", "demonym", "capital", "seat")
LEADER_ROLES = ("president", "prime minister", "chancellor", "leader", "emir", "crown prince",
                "supreme leader")
LEADER_ONLY = ("office",)
PERSON_OWNED_ELSEWHERE = ("spokesperson", "counterpart")   # merged by _merge_spokespeople; "his counterpart"
# "a Kyiv-based official", "Saudi-led forces", "Moscow-installed authorities", "Kremlin-appointed officials"
OWNER_PARTICIPLES = ("based", "led", "installed", "appointed", "backed", "controlled")
SEATED_RULERS = ("government", "authorities", "administration", "regime", "leadership", "cabinet", "junta",
                 "rulers")
"""'the regime in Damascus', 'the authorities in Kyiv': a government named by its seat after 'in'."""
SERVICE_ROLES = ("foreign policy aide", "spokesperson", "national security adviser")
"""Roles that serve a principal named after 'to/for': 'adviser to the president', 'spokesman for'."""
LEADER_GOVERNMENTS = ("administration", "government", "cabinet", "regime", "team", "presidency", "office")


@dataclass
class Title:
    """A role or institution phrase with the country that owns it ("Russia's defence ministry")."""

    start: int
    end: int
    country: str | None
    role: Role | None
    inst: dict | None
    not_holder: bool
    org: Actor | None = None
    leader: bool = False   # owned by a leader's name ("Zelensky's office")


class TitleFinder:
    """Find titles in a doc, given the dictionary names already found in it."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.d = dictionary
        self.first_lower = {k[0] for k in dictionary.roles} | {k[0] for k in dictionary.institutions}
        self.not_holder = dictionary.words["not_holder"]
        self.skip = dictionary.words["skip_before_title"] | self.not_holder

    def find(self, doc: Doc, names: list[tuple[int, int, Entry]]) -> list[Title]:
        """Role and institution phrases, each with its owning country when the text gives one."""
        ends = {e: (s, entry) for s, e, entry in names}
        starts = {s: (e, entry) for s, e, entry in names}
        inside = {i: entry for s, e, entry in names for i in range(s, e)}
        out: list[Title] = []
        lowers = [t.lower_ for t in doc]
        covering = _covering(names)
        states = [(e, entry.actor.country) for _s, e, entry in names
                  if entry.kind in STATE_WORDS and entry.actor.country
                  and self.d.polities.get(entry.actor.country, {}).get("sector") != "IGO"]
        i = 0
        while i < len(doc):
            hit = self._phrase_at(doc, lowers, i)
            if hit is None:
                i += 1
                continue
            end, role, inst = hit
            if i in covering and covering[i][0] <= i and end <= covering[i][1] \
                    and covering[i][1] - covering[i][0] > end - i:
                i += 1
                continue
            title = Title(i, end, None, role, inst, False)
            for k in range(i, end):
                if k in inside and inside[k].kind != "person":
                    title.country = inside[k].actor.country
            self._title_left(doc, title, ends)
            if title.country is None:
                self._country_anaphor(doc, title, states)
            if inst is not None and end - i == 1 and lowers[i] in LEADER_ONLY and not title.leader:
                i = end   # a bare "office" is an actor only as a leader's ("the prosecutor's office" is not)
                continue
            self._title_right(doc, title, starts)
            out.append(title)
            out.extend(self._coordinated(doc, title, ends))
            i = end
        return self._merge_spokespeople(doc, self._merge_heads(doc, out, starts), ends)

    def _merge_spokespeople(self, doc: Doc, titles: list[Title], ends: dict) -> list[Title]:
        """"the Russian president's spokesman", "Putin's spokesman" → the presidential spokesperson."""
        by_end = {t.end: t for t in titles}
        drop: set[int] = set()
        for title in titles:
            if title.role is None or title.role.key != "spokesperson" or title.start < 2 \
                    or doc[title.start - 1].text not in POSSESSIVE:
                continue
            owner = by_end.get(title.start - 1)
            left = ends.get(title.start - 1)
            key = None
            if owner is not None and owner.country:
                owner_key = owner.role.key if owner.role else owner.inst["key"] if owner.inst else ""
                key = self.d.maps["spokespeople"].get(owner_key)
                title.country, title.start = owner.country, owner.start
                drop.add(id(owner))
            else:
                start, person = self._person_before(doc, title.start - 1, left)
                if person and any(h.role in ("president", "leader") for h in person.holdings):
                    key, title.country = "presidential spokesperson", person.actor.country
                    title.start = start
            if key in self.d.role_by_key:
                title.role = self.d.role_by_key[key]
        return [t for t in titles if id(t) not in drop]

    def _coordinated(self, doc: Doc, title: Title, ends: dict) -> list[Title]:
        """"the Russian and Ukrainian delegations": each country word before "and" owns the phrase too.
        A list's last member is joined by "and"/"or", so a comma right before the owner ends no list:
        "drones launched against Ukraine, Russia's defence ministry said" is one ministry, not two."""
        out: list[Title] = []
        k = title.start
        if k > 0 and doc[k - 1].text == ",":
            return out
        while k > 1 and doc[k - 1].lower_ in ("and", ",", "or") and k - 1 in ends:
            s, entry = ends[k - 1]
            if entry.kind not in ("demonym", "polity") or not entry.actor.country:
                break
            out.append(Title(s, k - 1, entry.actor.country, title.role, title.inst, title.not_holder))
            k = s
        return out

    def _person_before(self, doc: Doc, end: int, left: tuple | None) -> tuple[int, Person | None]:
        """The dictionary person whose name or surname ends at token `end` ("Putin's")."""
        if left is not None and left[1].kind == "person":
            return left[0], self.d.persons.get(left[1].actor.name)
        return end - 1, self.d.surnames.get((doc[end - 1].text,))

    def _merge_heads(self, doc: Doc, titles: list[Title], starts: dict) -> list[Title]:
        """"head of Ukraine's military intelligence" → the role heading that institution or org."""
        by_start = {t.start: t for t in titles}
        drop: set[int] = set()
        for title in titles:
            if title.role is None or title.role.key != "head" or title.country is not None:
                continue
            j = title.end + 1
            if title.end >= len(doc) or doc[title.end].lower_ != "of":
                continue
            j += j < len(doc) and doc[j].lower_ == "the"
            inner = by_start.get(j)
            key, end, country = None, None, None
            if inner is not None and inner.inst is not None and inner.country:
                key, end, country = inner.inst.get("head_role"), inner.end, inner.country
                drop.add(j)
            elif j in starts and starts[j][1].actor.name in self.d.org_heads:
                entry = starts[j][1]
                key, end, country = self.d.org_heads[entry.actor.name], starts[j][0], entry.actor.country
            if key in self.d.role_by_key and country:
                title.role, title.end, title.country = self.d.role_by_key[key], end, country
        return [t for t in titles if t.start not in drop]

    def _phrase_at(self, doc: Doc, lowers: list[str], i: int) -> tuple[int, Role | None, dict | None] | None:
        if lowers[i] not in self.first_lower:
            return None
        for n in range(min(self.d.max_len, len(lowers) - i), 0, -1):
            key = tuple(lowers[i:i + n])
            if key in self.d.roles:
                return i + n, self.d.roles[key], None
            if key in self.d.institutions:
                if n == 1 and doc[i].text.isupper() and len(doc[i].text) > 1 and key[0] != "mfa":
                    continue
                return i + n, None, self.d.institutions[key]
        return None

    def _title_left(self, doc: Doc, title: Title, ends: dict) -> None:
        k = title.start
        while k > 0 and doc[k - 1].lower_ in self.skip:
            title.not_holder |= doc[k - 1].lower_ in self.not_holder
            k -= 1
        k = _over_adjectives(doc, k)
        k = self._over_a_field(doc, title, k, ends)
        owned = k > 0 and doc[k - 1].text in ("'s", "’s", "'")
        if owned:
            k -= 1
        while k > 0 and doc[k - 1].lower_ in self.skip:
            title.not_holder |= doc[k - 1].lower_ in self.not_holder
            k -= 1
        if k > 2 and doc[k - 1].lower_ in OWNER_PARTICIPLES and doc[k - 2].text == "-":
            k -= 2   # "a Kyiv-based official", "Saudi-led forces": the place or leader owns the title
        if k in ends and ends[k][1].kind != "person" and ends[k][1].actor.country \
                and not sided(doc, ends[k][0]):
            title.country = ends[k][1].actor.country  # the left word owns "... to the UN"
            if ends[k][1].kind == "org":
                title.org = ends[k][1].actor
            title.start = ends[k][0]
        elif title.inst is not None and title.inst["key"] in ("government", "presidential office") and k > 0:
            self._leader_government(doc, title, k, ends)
        elif owned and title.inst is None and title.role is not None \
                and title.role.key not in PERSON_OWNED_ELSEWHERE:
            self._person_owner(doc, title, k, ends)
        if title.country is None and title.start > 0 and doc[title.start - 1].lower_ in self.not_holder:
            title.not_holder = True

    def _over_a_field(self, doc: Doc, title: Title, k: int, ends: dict) -> int:
        """"a U.N. humanitarian official in Sudan", "a Russian military source": one lower-case adjective
        of the source's field between the body or state and an unnamed source does not cut the owner off
        (the place after "in" is where the source is, not whom it serves)."""
        if k < 2 or k in ends or (k - 1) not in ends or not doc[k - 1].is_lower or doc[k - 1].pos_ != "ADJ":
            return k
        head = doc[title.end - 1].lower_
        return k - 1 if head in self.d.words["unnamed_sources"] else k

    def _country_anaphor(self, doc: Doc, title: Title, states: list[tuple[int, str]]) -> None:
        """"Moldova voted on Sunday. The country's president said ...": "the country's" / "the nation's"
        before a title is the state named last before it, within the sentence or the one before."""
        k = title.start
        while k > 0 and doc[k - 1].lower_ in self.skip:
            k -= 1
        if k < 3 or doc[k - 1].text not in POSSESSIVE or doc[k - 2].lower_ not in ("country", "nation") \
                or doc[k - 3].lower_ != "the":
            return
        sent = doc[k - 3].sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        before = [country for end, country in states if first <= end <= k - 3]
        if before:
            title.country, title.start = before[-1], k - 3

    def _person_owner(self, doc: Doc, title: Title, k: int, ends: dict) -> None:
        """"Zelensky's chief of staff", "Trump's envoy", "Macron's diplomatic adviser": a named person
        owning an office gives it their state (the office's holder there, else that government)."""
        start, person = self._person_before(doc, k, ends.get(k))
        if person is not None and person.actor.country:
            title.country, title.start = person.actor.country, start

    def _leader_government(self, doc: Doc, title: Title, k: int, ends: dict) -> None:
        """"the Trump administration", "Orban's government": a leader's name owns their state's government."""
        start, person = self._person_before(doc, k, ends.get(k))
        if person is None or doc[title.end - 1].lower_ not in LEADER_GOVERNMENTS:
            return
        for held in person.holdings:
            if held.role in LEADER_ROLES:
                title.country, title.start, title.leader = held.country, start, True
                return

    def _title_right(self, doc: Doc, title: Title, starts: dict) -> None:
        e = title.end
        if title.country is None and title.role is not None and title.role.key in SERVICE_ROLES \
                and e + 1 < len(doc) and doc[e].lower_ in ("to", "for"):
            self._served(doc, title, starts)
            return
        if title.country is None and e + 1 < len(doc) and doc[e].lower_ == "of":
            j = e + 1 + (doc[e + 1].lower_ == "the")
            after = starts[j][0] if j in starts else 0
            if j in starts and starts[j][1].kind == "polity" and not (
                    after < len(doc) and doc[after].text in POSSESSIVE):
                title.country = starts[j][1].actor.country
                title.end = starts[j][0]
        elif title.country is None and e + 1 < len(doc) and doc[e].lower_ == "in" \
                and (doc[e - 1].lower_ in self.d.words["unnamed_sources"]
                     or doc[e - 1].lower_ in SEATED_RULERS):
            j = e + 1 + (doc[e + 1].lower_ == "the")
            if j in starts and starts[j][1].kind in ("capital", "seat", "polity"):
                title.country = starts[j][1].actor.country   # "officials in Washington", "a source in Moscow"


    def _served(self, doc: Doc, title: Title, starts: dict) -> None:
        """"an adviser to the Ukrainian president", "a spokesperson for the German government", "an aide
        to Trump": a role that serves someone takes its state from whom it serves, named after 'to/for'
        (an envoy or ambassador 'to' a state is sent there, so those roles are not read this way)."""
        j = title.end + 1
        while j < len(doc) and j not in starts and j < title.end + 4 and (
                doc[j].lower_ in self.d.words["title_words"] or doc[j].lower_ == "the"):
            j += 1
        if j in starts and starts[j][1].actor.country and starts[j][1].kind != "org":
            title.country = starts[j][1].actor.country


def _over_adjectives(doc: Doc, k: int) -> int:
    """"Macron's diplomatic adviser", "Putin's longtime aide": up to two lower-case adjectives between
    an owner's possessive and the title are skipped; without such a possessive nothing is skipped."""
    j = k
    while j > 0 and k - j < 2 and doc[j - 1].pos_ == "ADJ" and doc[j - 1].is_lower:
        j -= 1
    return j if j < k and j > 0 and doc[j - 1].text in POSSESSIVE else k


def sided(doc: Doc, start: int) -> bool:
    """"pro-Russian separatists", "anti-Kyiv militias": the country word names a side, not the owner;
    "ethnic Albanians" names a people, not the state of Albania."""
    if start > 0 and doc[start - 1].lower_ == "ethnic":
        return True
    return start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti")


def _covering(names: list[tuple[int, int, Entry]]) -> dict[int, tuple[int, int]]:
    """Token → the org or person name around it: "Associated Press", "Pope Leo XIV" hold no titles."""
    return {k: (s, e) for s, e, entry in names if entry.kind in ("org", "person") for k in range(s, e)}
