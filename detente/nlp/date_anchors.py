"""Dates a reader brings to an article that prints none: the summits everyone knows the days of.

"Zelenskyy told the G20 summit in Indonesia on Tuesday" places the article in mid-November 2022 for
any reader of the news, though the page gives no year; "leaders will hold a NATO summit in
Washington beginning Tuesday" places it just before 9 July 2024. `summit_reference` finds such a
summit, named by its body and its host in one sentence, in `detente/data/summits.json`, and gives
the day the article's own "on Monday" and "June 2" count from: the summit's last day when it is told
as held (the report comes at its close at the earliest), the day before it opens when it is told as
ahead. A body and host that fit several summits (NATO in Brussels) date nothing.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

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
