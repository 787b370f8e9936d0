"""The language core: what every extractor needs to know about each sentence of an article.

`analyze(article, doc)` turns one parsed article into an `Analysis`: its sentences, each with the
actors, places, times and quantities named in it and who the sentence is attributed to. All
offsets are character offsets into `article.text`, so records keep provenance to the sentence.

The pieces live in their own modules and are glued here:
  actors.py       ActorResolver.resolve_doc(doc, reference) -> list[ActorMention]
  places.py       Gazetteer.find(doc) -> list[PlaceMention]
  dates.py        find_times(text, offset, reference) -> list[TimeMention]; infer_reference(text)
  numbers.py      find_quantities(span) -> list[Quantity]
  attribution.py  find_attribution(span, actors) -> Attribution | None
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from detente.models import Actor, Article, Evidence, Place
from detente.nlp.datelines import dateline_length

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class ActorMention:
    """A span of text that refers to an actor (`how`: name, surname, title, capital, demonym,
    pronoun, group)."""

    start: int
    end: int
    text: str
    actor: Actor
    how: str = "name"


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place


@dataclass
class TimeMention:
    """A temporal expression normalised against the reference date.

    `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `precision` is day, week, month or year (a week
    is given as the day it starts)."""

    start: int
    end: int
    text: str
    value: str
    precision: str


@dataclass
class Quantity:
    """A number in the text: value, qualifier (about, at least, over, up to), unit (USD, percent,
    km) and the noun it counts ("aircraft", "drones", "soldiers killed or wounded")."""

    start: int
    end: int
    text: str
    value: float
    qualifier: str | None = None
    unit: str | None = None
    noun: str | None = None


@dataclass
class Attribution:
    """Who a sentence is attributed to ("according to X", "X said", "X told Reuters")."""

    speaker: Actor | None
    cue: str
    medium: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    span: Span | None = None
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attribution: Attribution | None = None
    dateline_end: int = 0
    """Where a wire dateline opening the sentence ends ('KYIV, Oct 18 (Reuters) - '): the city, country
    and agency there say where the story was filed, so no actor is read before this offset."""

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.text, self.start, self.end)


@dataclass
class Analysis:
    """One article as the extractors see it."""

    article: Article
    doc: Doc
    reference: date
    reference_inferred: bool
    """True when `reference` was guessed. When nothing fixed it, `reference` is only a stand-in
    (today) and sentences carry only absolute time expressions."""
    sentences: list[Sentence]
    actors: list[ActorMention] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each paragraph (blank-line separated block) starts."""
    starts, pos = [0], 0
    while True:
        pos = text.find("\n\n", pos)
        if pos < 0:
            return starts
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        starts.append(pos)


# Two far-apart stand-in references: a time expression that resolves to the same value against both
# does not depend on the reference ("on 1 June 2025"), one that differs ("on Monday") does.
_PROBES = (date(2003, 2, 14), date(2017, 9, 27))


def reference_date(article: Article) -> tuple[date | None, bool]:
    """The date relative expressions are resolved against, and whether it was inferred.

    None when the article has no publication date and its text fixes none: then only absolute
    expressions get a date, never one made up from the day of ingest."""
    if article.published:
        try:
            return date.fromisoformat(article.published[:10]), article.published_inferred
        except ValueError:
            pass
    try:
        from detente.nlp.dates import infer_reference
    except ImportError:
        infer_reference = None  # type: ignore[assignment]
    if infer_reference is not None:
        guessed = infer_reference(article.text)
        if guessed is not None:
            return guessed, True
    return None, True


def floored_reference(text: str, doc: Doc, today: date | None = None) -> date | None:
    """For an article that prints no date and no full date, the day its yearless days ("on February
    28") are read from: each placed after the earliest the story can be, the latest month or year it
    states as past or the latest start of an office it names a holder by (`dates.yearless_after`)."""
    from detente.nlp.date_anchors import office_floor
    from detente.nlp.dates import stated_floor, yearless_after, yearless_days

    days = yearless_days(text)
    if not days:
        return None
    floors = [f for f in (stated_floor(text), office_floor(doc, today)) if f is not None]
    return yearless_after(text, max(floors), today, days) if floors else None


def named_days(text: str, offset: int, stand_in: date) -> list[TimeMention]:
    """The time expressions of a sentence that name their day, month or year, the yearless ones
    placed by `stand_in` (see `floored_reference`); "on Monday" and "yesterday" stay unread, as the
    day of publication is still unknown."""
    from detente.nlp import language
    from detente.nlp.dates import basis_of

    return [t for t in language.find_times(text, offset, stand_in)
            if basis_of(t.text) in ("stated", "inferred-year")]


def absolute_times(text: str, offset: int) -> list[TimeMention]:
    """The time expressions of a sentence whose value does not depend on any reference date."""
    from detente.nlp import language

    first, second = (language.find_times(text, offset, probe) for probe in _PROBES)
    fixed = {(t.start, t.value) for t in second}
    return [t for t in first if (t.start, t.value) in fixed]


def analyze(article: Article, doc: Doc) -> Analysis:
    """Build the per-sentence view of one parsed article."""
    from bisect import bisect_right

    from detente.nlp import language

    known, inferred = reference_date(article)
    reference = known or date.today()
    stand_in = None if known else floored_reference(article.text, doc)
    para_starts = paragraph_starts(article.text)
    actors = language.resolve_actors(doc, reference, article.outlet)
    places = language.find_places(doc)
    sentences: list[Sentence] = []
    for i, span in enumerate(doc.sents):
        text = span.text.strip()
        if not text:
            continue
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        end = start + len(text)
        sent = Sentence(i, bisect_right(para_starts, start) - 1, start, end, text, span)
        sent.dateline_end = start + dateline_length(text)
        sent.actors = [m for m in actors if sent.dateline_end <= m.start < end]
        sent.places = [p for p in places if start <= p.start < end]
        sent.times = (language.find_times(text, start, reference) if known
                      else named_days(text, start, stand_in) if stand_in else absolute_times(text, start))
        sent.quantities = language.find_quantities(span)
        sent.attribution = language.find_attribution(span, sent.actors)
        sentences.append(sent)
    for n, sent in enumerate(sentences):
        sent.index = n
    filed = [(s.start, s.dateline_end) for s in sentences if s.dateline_end > s.start]
    actors = [m for m in actors if not any(a <= m.start < b for a, b in filed)]
    return Analysis(article, doc, reference, inferred, sentences, actors)
