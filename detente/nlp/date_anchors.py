"""Dates a reader brings to an article that prints none: the summits everyone knows the days of.

"Zelenskyy told the G20 summit in Indonesia on Tuesday" places the article in mid-November 2022 for
any reader of the news, though the page gives no year; "leaders will hold a NATO summit in
Washington beginning Tuesday" places it just before 9 July 2024. `summit_reference` finds such a
summit, named by its body and its host in one sentence, in `detente/data/summits.json`, and gives
the day the article's own "on Monday" and "June 2" count from: the summit's last day when it is told
as held (the report comes at its close at the earliest), the day before it opens when it is told as
ahead. A body and host that fit several summits (NATO in Brussels) date nothing.

Offices date an article too: "Vice President JD Vance" is told after 20 January 2025, "Foreign
Minister Abbas Araghchi" after August 2024. `office_floor` gives the latest day on which a person the
text names with a title took up that office, a bound the story's own days cannot precede.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

SENTENCE = re.compile(r"(?<=[.!?…])[\"”’']?\s+|\n+")
SUMMIT_WORD = re.compile(r"(?i)\bsummit\b")


@dataclass(frozen=True)
class Summit:
    body: str
    hosts: tuple[str, ...]
    start: date
    end: date


def _words(names: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, re.Pattern[str]], tuple[Summit, ...]]:
    data = json.loads(resources.files("detente.data").joinpath("summits.json").read_text(encoding="utf-8"))
    bodies = {body: _words(names) for body, names in data["bodies"].items()}
    summits = tuple(Summit(s["body"], tuple(s["hosts"]), date.fromisoformat(s["start"]),
                           date.fromisoformat(s["end"])) for s in data["summits"])
    return bodies, summits


def _named_in(sentence: str) -> set[Summit]:
    """The summits one sentence names: a body, the word "summit" (or a body whose name says what it
    is, "Ukraine Recovery Conference"), and a host of that body's summit."""
    bodies, summits = _calendar()
    found: set[Summit] = set()
    for body, pattern in bodies.items():
        m = pattern.search(sentence)
        if m is None or not (SUMMIT_WORD.search(sentence) or body == "URC"):
            continue
        found.update(s for s in summits if s.body == body and _words(s.hosts).search(sentence))
    return found


def summit_reference(text: str) -> date | None:
    """The day an undated article is read from, by the one summit it names (see the module's doc);
    None when it names none, or summits of different days."""
    from detente.nlp.dates import tense_of

    named: dict[Summit, str] = {}
    for sentence in SENTENCE.split(text):
        for summit in _named_in(sentence):
            named.setdefault(summit, tense_of(sentence))
    if len(named) != 1:
        return None
    summit, tense = next(iter(named.items()))
    return summit.start - timedelta(days=1) if tense == "future" else summit.end


OFFICE_REACH = timedelta(days=4 * 365)
"""How recent an office must be to date a story: a holder in office for decades (a long-serving
president) bounds nothing a reader would use."""


def office_floor(doc: Doc, today: date | None = None) -> date | None:
    """The latest start of an office a person holds where the text names them with its title
    ("Foreign Minister Abbas Araghchi", "Vice President JD Vance"), counting only offices begun
    within `OFFICE_REACH` of today; None without one. A person who held the office more than once
    (two terms) is read in the recent term, as a reader of the news would."""
    from detente.nlp.actors import ActorResolver

    d = ActorResolver.default().d
    today = today or date.today()
    lowers = [t.lower_ for t in doc]
    starts: list[date] = []
    for i, _, entry in d.name_hits(doc):
        person = d.persons.get(entry.actor.name) if entry.kind == "person" else None
        if person is None or not person.holdings:
            continue
        role = next((r for n in range(min(d.max_len, i), 0, -1)
                     if (r := d.roles.get(tuple(lowers[i - n:i]))) is not None), None)
        held = [h.start for h in person.holdings if role is not None and h.role == role.key
                and h.start is not None and h.start <= today and today - h.start <= OFFICE_REACH]
        if held:
            starts.append(max(held))
    return max(starts, default=None)
