"""The actor dictionary: detente/data/actors.jsonl turned into lookup tables built once.

The data file holds five kinds of line: `polity` (states and IGOs with aliases, demonyms, capitals
and seats of government), `org` (named organisations), `person` (with dated roles), `role` (title
phrases such as "foreign minister") and `institution` (phrases such as "defence ministry" or
"forces" that a country word turns into an actor). Everything the resolver asks is a dict lookup
keyed by token tuples, so resolving an article costs O(tokens x longest alias).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from detente.models import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

ACTORS_FILE = "actors.jsonl"


@dataclass(frozen=True)
class Entry:
    """What a dictionary phrase names. `kind`: person, org, polity, demonym, capital, seat."""

    kind: str
    actor: Actor
    key: str = ""


@dataclass
class Role:
    key: str
    sector: str
    institution: str
    fallback: tuple[str, ...] = ()


@dataclass
class Holding:
    person: Actor
    country: str
    role: str
    start: date | None
    end: date | None
    sector: str | None


@dataclass
class Person:
    actor: Actor
    gender: str
    surname: str
    alone: bool
    holdings: list[Holding] = field(default_factory=list)


def _tokenizer():  # type: ignore[no-untyped-def]
    import spacy

    return spacy.blank("en").tokenizer


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class Dictionary:
    """Phrase tables for names (case-sensitive), titles and institutions (lower-cased)."""

    def __init__(self, rows: list[dict]) -> None:
        self._tok = _tokenizer()
        self.names: dict[tuple[str, ...], Entry] = {}
        self.names_lower: dict[tuple[str, ...], Entry] = {}
        self.states_lower: dict[str, Entry] = {}
        """One-word state names and demonyms lower-cased ('russia', 'russians'): read only where the
        tagger itself found a place or a people there, as some outlets write them on purpose."""
        self.roles: dict[tuple[str, ...], Role] = {}
        self.institutions: dict[tuple[str, ...], dict] = {}
        self.inst_orgs: dict[tuple[str, str], Actor] = {}
        self.inst_by_key: dict[str, dict] = {}
        self.role_by_key: dict[str, Role] = {}
        self.org_heads: dict[str, str] = {}
        self.group_members: dict[str, list[str]] = {}
        self.org_words: list[tuple[str, list[str]]] = []
        self.words: dict[str, frozenset[str]] = {}
        self.maps: dict[str, dict[str, str]] = {}
        self.polities: dict[str, dict] = {}
        self.persons: dict[str, Person] = {}
        self.surnames: dict[tuple[str, ...], Person] = {}
        self.holders: dict[tuple[str, str], list[Holding]] = {}
        self.countries: dict[str, dict] = {}
        self.skip_capitals: frozenset[str] = frozenset()
        self.max_len = 1
        for row in rows:
            getattr(self, "_add_" + row["type"])(row)
        self._add_other_countries()
        self.first = {k[0] for k in self.names}
        self.first_lower = {k[0] for k in self.names_lower}

    def name_hits(self, doc: Doc) -> list[tuple[int, int, Entry]]:
        """Longest dictionary names in `doc`, left to right, case-sensitive first, then lower-cased."""
        hits = []
        texts = [without_odd_possessive(t.text) for t in doc]
        lowers = [t.lower() for t in texts]
        i, n_tok = 0, len(texts)
        while i < n_tok:
            found = None
            if texts[i] in self.first or lowers[i] in self.first_lower:
                for n in range(min(self.max_len, n_tok - i), 0, -1):
                    entry = self.names.get(tuple(texts[i:i + n])) \
                        or self.names_lower.get(tuple(lowers[i:i + n]))
                    if entry is not None:
                        found = (i, i + n, entry)
                        break
            if found is None and texts[i].islower() and doc[i].ent_type_ in ("GPE", "NORP") \
                    and lowers[i] in self.states_lower:
                found = (i, i + 1, self.states_lower[lowers[i]])
            if found:
                hits.append(found)
            i = found[1] if found else i + 1
        return hits

    def _add_other_countries(self) -> None:
        """Every other country by its geonames name ("Philippine President X" gets PHL, no data line)."""
        from detente.nlp.places import geonames_countries

        taken = set(self.names)
        for country in geonames_countries():
            if country["iso3"] in self.polities:
                continue
            words = self.countries.get(country["iso3"], {})
            capital = country["capital"]
            capitals = [capital] if capital and capital not in self.skip_capitals \
                and self.tokens(capital) not in taken else []
            self._add_polity({"name": country["name"], "country": country["iso3"], "sector": "GOV",
                              "aliases": words.get("aliases", []), "demonyms": words.get("demonyms", []),
                              "capitals": capitals, "seats": [], "leader": "president",
                              "adjective": words.get("adjective", country["name"])})

    def _add_countries(self, row: dict) -> None:
        """Adjectives and demonyms of the states without a polity line ("Iraqi", "Kenyans")."""
        self.countries = row["countries"]
        self.skip_capitals = frozenset(row["skip_capitals"])

    def _add_words(self, row: dict) -> None:
        if "words" in row:
            self.words[row["key"]] = frozenset(row["words"])
        else:
            self.maps[row["key"]] = row["map"]

    def tokens(self, text: str) -> tuple[str, ...]:
        return tuple(t.text for t in self._tok(text) if not t.is_space)

    def _name(self, text: str, entry: Entry, lower_ok: bool = True) -> None:
        toks = self.tokens(text)
        if not toks:
            return
        self.max_len = max(self.max_len, len(toks))
        self.names.setdefault(toks, entry)
        if lower_ok and (len(toks) > 1 or len(toks[0]) > 4) and not toks[0].isupper():
            self.names_lower.setdefault(tuple(t.lower() for t in toks), entry)

    def _add_polity(self, row: dict) -> None:
        actor = Actor(row["name"], row["country"], row["sector"])
        self.polities[row["country"]] = row
        for alias in [row["name"], *row["aliases"]]:
            self._name(alias.removeprefix("the "), Entry("polity", actor), lower_ok=False)
        for word in row["demonyms"]:
            self._name(word, Entry("demonym", actor), lower_ok=False)
        for word in [row["name"], *row["demonyms"], row["adjective"]]:
            if " " not in word and not word.isupper():
                kind = "polity" if word == row["name"] else "demonym"
                self.states_lower.setdefault(word.lower(), Entry(kind, actor))
        for word in row["capitals"]:
            self._name(word, Entry("capital", actor), lower_ok=False)
        for word in row["seats"]:
            self._name(word.removeprefix("the "), Entry("seat", actor), lower_ok=False)
        self._name(row["adjective"], Entry("demonym", actor), lower_ok=False)

    def _add_org(self, row: dict) -> None:
        actor = Actor(row["name"], row["country"], row["sector"])
        for alias in [row["name"], *row["aliases"]]:
            self._name(alias.removeprefix("the ").removeprefix("The "), Entry("org", actor),
                       lower_ok=len(alias) > 5)
        if row.get("head_role"):
            self.org_heads[actor.name] = row["head_role"]
        if row.get("members"):
            self.group_members[actor.name] = row["members"]
        if row.get("institution") and row["country"]:
            self.inst_orgs[(row["country"], row["institution"])] = actor

    def _add_person(self, row: dict) -> None:
        actor = Actor(row["name"], row["country"], row["sector"])
        person = Person(actor, row["gender"], row["surname"], row["surname_alone"])
        self.persons[actor.name] = person
        for alias in [row["name"], *row["aliases"]]:
            self._name(alias, Entry("person", actor))
        self.surnames.setdefault(self.tokens(row["surname"]), person)
        for r in row["roles"]:
            held = Holding(actor, r.get("country") or row["country"], r["role"], _day(r.get("from")),
                           _day(r.get("to")), r.get("sector"))
            person.holdings.append(held)
            self.holders.setdefault((held.country, r["role"]), []).append(held)

    def _add_role(self, row: dict) -> None:
        role = Role(row["key"], row["sector"], row["institution"], tuple(row["fallback"]))
        self.role_by_key[role.key] = role
        for phrase in _with_plurals(row["phrases"]):
            toks = tuple(t.lower() for t in self.tokens(phrase))
            if phrase not in row["phrases"] and toks in self.institutions:
                continue  # "negotiators" are a delegation, one "negotiator" may be its head
            self.roles.setdefault(toks, role)
            self.max_len = max(self.max_len, len(toks))

    def _add_institution(self, row: dict) -> None:
        self.inst_by_key[row["key"]] = row
        for phrase in _with_plurals(row["phrases"]):
            toks = tuple(t.lower() for t in self.tokens(phrase))
            self.institutions.setdefault(toks, row)
            self.max_len = max(self.max_len, len(toks))

    def _add_org_words(self, row: dict) -> None:
        self.org_words = [(sector, words) for sector, words in row["sectors"]]

    def org_sector(self, name: str) -> str | None:
        """The sector an unknown organisation's own words suggest ("Investigative Committee" → JUD)."""
        words = name.lower().split()
        text = " " + " ".join(words) + " "
        for sector, cues in self.org_words:
            if any((" " + cue + " ") in text for cue in cues):
                return sector
        return None

    def holder(self, country: str, role: str, when: date) -> Actor | None:
        """Whoever held `role` for `country` on `when` (the latest appointment wins)."""
        best: Holding | None = None
        for held in self.holders.get((country, role), []):
            if (held.start is None or held.start <= when) and (held.end is None or when < held.end) \
                    and (best is None or (held.start or date.min) > (best.start or date.min)):
                best = held
        return self.as_of(best.person, when) if best else None

    def as_of(self, actor: Actor, when: date) -> Actor:
        """A person's country and sector as their role on `when` makes them (Rutte: NATO from 2024-10)."""
        person = self.persons.get(actor.name)
        if person is None:
            return actor
        for held in person.holdings:
            if (held.start is None or held.start <= when) and (held.end is None or when < held.end) \
                    and held.sector:
                return Actor(actor.name, held.country, held.sector)
        return actor

    def institution_actor(self, country: str, inst: dict) -> Actor:
        """The named org for (country, institution) if the data has one, else one built from the template."""
        known = self.inst_orgs.get((country, inst["key"]))
        if known:
            return known
        polity = self.polities[country]
        name = inst["template"].format(state=polity["name"], adj=polity["adjective"])
        return Actor(name, country, inst["sector"] if polity["sector"] != "IGO" or inst["key"] != "government"
                     else "IGO")

    def government(self, country: str) -> Actor:
        polity = self.polities[country]
        return Actor(polity["name"], country, polity["sector"])


ODD_POSSESSIVES = ("´s", "`s", "ʼs")


def without_odd_possessive(text: str) -> str:
    """"Moscow´s": a possessive typed with an accent or backtick stays glued to its name in the
    tokenizer; the name still counts (an ordinary 's or ’s is split off already)."""
    if len(text) > 3 and text.endswith(ODD_POSSESSIVES):
        return text[:-2]
    return text


def _with_plurals(phrases: list[str]) -> list[str]:
    """"delegation" also as "delegations", "president" as "presidents" (the data lists singulars)."""
    out = list(phrases)
    for phrase in phrases:
        if " of " in phrase or phrase.endswith("s"):
            continue
        out.append(phrase[:-3] + "men" if phrase.endswith("man") else phrase + "s")
    return out


def load_rows(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("//")]


@lru_cache(maxsize=1)
def default_dictionary() -> Dictionary:
    text = resources.files("detente.data").joinpath(ACTORS_FILE).read_text(encoding="utf-8")
    return Dictionary(load_rows(text))


def ruler_patterns(rows: list[dict]) -> list[dict]:
    """Entity-ruler patterns for the dictionary, so the small model stops tagging "Kyiv" as a PERSON.

    People's full names and aliases are PERSON; a bare surname also takes one preceding capitalised
    proper noun that is not a title, so "Rusten Umerov" stays one entity."""
    out: list[dict] = []
    labels = {"org": "ORG", "person": "PERSON"}
    words = {r["key"]: r["words"] for r in rows if r["type"] == "words" and "words" in r}
    not_first = set(words["title_words"]) | set(words["common_capitalised"])
    for row in rows:
        if row["type"] == "polity":
            names = [*row["aliases"], *row["demonyms"], *row["capitals"], *row["seats"]]
            not_first |= {w.lower() for w in names}
    not_first_list = sorted(not_first)
    alone = sorted({r["surname"] for r in rows if r["type"] == "person" and r["surname_alone"]})
    if alone:   # one pattern with an IN-list keeps the ruler fast however many people the data holds
        out.append({"label": "PERSON", "pattern": [
            {"IS_TITLE": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": not_first_list}, "OP": "?"},
            {"ORTH": {"IN": [s for s in alone if " " not in s]}}]})
        out += [{"label": "PERSON", "pattern": s} for s in alone if " " in s]   # "De Wever", "Le Pen"
    for row in rows:
        kind = row["type"]
        if kind in labels:
            out += [{"label": labels[kind], "pattern": a.removeprefix("The ").removeprefix("the ")}
                    for a in [row["name"], *row["aliases"]]]
        if kind == "polity":
            label = "ORG" if row["sector"] == "IGO" else "GPE"
            out += [{"label": label, "pattern": a} for a in [row["name"], *row["aliases"]]
                    if not a.startswith(("the ", "The "))]
            out += [{"label": "GPE", "pattern": c} for c in row["capitals"]]
            out += [{"label": "ORG", "pattern": s.removeprefix("the ")} for s in row["seats"]]
            out += [{"label": "NORP", "pattern": d} for d in row["demonyms"]]
    return out + _other_capital_patterns(rows)


PERSON_LIKE_STATES = frozenset({"Jordan", "Chad"})   # "Rep. Jim Jordan", "Chad Wolf"


def _other_capital_patterns(rows: list[dict]) -> list[dict]:
    """GPE patterns for the names and capitals of the states without a polity line, so the small model
    stops reading "Mali's junta" or "Khartoum said" as a person; the skipped capitals ("Victoria",
    "Kingston") and the states named like people ("Jordan", "Chad") are left to the model."""
    from detente.nlp.places import geonames_countries

    countries = next((r for r in rows if r["type"] == "countries"), None)
    if countries is None:
        return []
    skip = set(countries["skip_capitals"])
    polities = {r["country"] for r in rows if r["type"] == "polity"}
    out = []
    for country in geonames_countries():
        if country["iso3"] in polities:
            continue
        words = countries["countries"].get(country["iso3"], {})
        names = [n for n in [country["name"], *words.get("aliases", [])] if n not in PERSON_LIKE_STATES]
        out += [{"label": "GPE", "pattern": n} for n in names if n[:1].isupper()]
        capital = country["capital"]
        if capital and capital not in skip and capital[:1].isupper():
            out.append({"label": "GPE", "pattern": capital})
    return out


def default_ruler_patterns() -> list[dict]:
    text = resources.files("detente.data").joinpath(ACTORS_FILE).read_text(encoding="utf-8")
    return ruler_patterns(load_rows(text))
