"""Temporal expressions in news sentences, normalised against the publication date.

A regex layer FINDS the expressions news uses ("June 1", "on Monday", "last week", "two weeks ago",
"earlier this month", "in May 2022") and resolves them itself, because dateparser gets the news
conventions wrong: "said Friday" on a Friday is that day, "June 1" is the nearest occurrence, not
always the past one, and "this week"/"earlier this month" are periods, not days. dateparser is the
fallback in `normalize` for free text the patterns do not know. Durations ("for two weeks",
"18 months of planning", "30-day ceasefire") are never reported as dates.

Values: `YYYY-MM-DD` (day, and week: the Monday that starts it), `YYYY-MM` (month), `YYYY` (year).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from detente.nlp.core import TimeMention
from detente.nlp.date_anchors import summit_reference

VOCAB = json.loads(resources.files("detente.data").joinpath("dates_vocab.json").read_text(encoding="utf-8"))
MONTHS: dict[str, int] = VOCAB["months"]
AMBIGUOUS_MONTHS = set(VOCAB["ambiguous_months"])
WEEKDAYS: dict[str, int] = VOCAB["weekdays"]
NUMBER_WORDS: dict[str, int] = VOCAB["number_words"]
MODIFIERS: dict[str, str] = VOCAB["period_modifiers"]
HALF_YEAR = 183
SOON = 31  # a yearless day this close after the reference is a reported plan, even in a past sentence


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FULL = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR = [m for m in MONTHS if m not in _FULL]
_MONTH = (r"(?P<mon>(?:" + _alt([m.capitalize() for m in _FULL] + [m.upper() for m in _FULL]) + r")\b"
          r"|(?:" + _alt([m.capitalize() for m in _ABBR]) + r")\b\.?)")
_WEEKDAY = r"(?P<wd>" + _alt([w.capitalize() for w in WEEKDAYS]) + r")\b"
_NUM = r"(?P<n>\d{1,3}|" + _alt(list(NUMBER_WORDS)) + ")"
_YEAR = r"(?P<year>(?:19|20)\d\d|2100)"
_MOD = r"(?:(?P<mod>" + _alt(list(MODIFIERS)) + r")[\s-]+)?"
_ORD = r"(?:st|nd|rd|th)?"
_PART = r"(?:day|morning|afternoon|evening|night)"
_REL = r"(?P<rel>(?i:this coming|last|next|this|coming|past|previous|current))"

_DASH = r"\s*[-–—]\s*"
PATTERNS: dict[str, re.Pattern[str]] = {
    # "June 1-3", "28–29 October 2023": a range of days, dated by its first (`range_end` gives the last)
    "mdy_range": re.compile(_MONTH + r"\s+(?P<day>\d{1,2})" + _ORD + _DASH + r"(?P<day2>\d{1,2})" + _ORD
                            + r"(?![\d%])\b(?:,?\s+" + _YEAR + r"\b)?"),
    "dmy_range": re.compile(r"\b(?P<day>\d{1,2})" + _ORD + _DASH + r"(?P<day2>\d{1,2})" + _ORD
                            + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r"\b)?"),
    "iso": re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})(?![\d-])"),
    "mdy": re.compile(r"(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORD
                      + r"(?!\s*(?:%|[-–:]\d))\b(?:,?\s+" + _YEAR + r"\b)?"),
    "dmy": re.compile(r"(?:" + _WEEKDAY + r",?\s+)?(?:the\s+)?\b(?P<day>\d{1,2})" + _ORD + r"\s+(?:of\s+)?"
                      + _MONTH + r"(?:,?\s+" + _YEAR + r"\b)?"),
    "month": re.compile(r"\b" + _MOD + r"(?:" + _REL + r"\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r"\b)?"),
    "weekday": re.compile(r"\b(?:" + _REL + r"\s+)?" + _WEEKDAY
                          + r"(?:\s+(?P<part>morning|afternoon|evening|night))?"),
    "relday": re.compile(r"\b(?i:(?P<w>the day before yesterday|yesterday|today|tomorrow|tonight))\b"),
    "anchored": re.compile(r"\b(?i:(?:(?P<n>\d{1,2}|" + _alt(list(NUMBER_WORDS)) + r")\s+days?\s+"
                           r"(?P<dir>earlier|later)|the\s+(?P<dir2>following|next|previous|same)\s+" + _PART
                           + r"|the\s+" + _PART + r"\s+(?P<dir3>before|after)"
                           r"|(?:(?:earlier|later)\s+that|(?:earlier|later)\s+in\s+the|that)\s+"
                           r"(?P<same>day|morning|afternoon|evening)"
                           r"|(?:earlier|later)\s+that\s+(?P<same2>night)))\b"),
    "nowday": re.compile(r"\b(?i:(?P<night>overnight|last\s+night|during\s+the\s+night"
                         r"|in\s+the\s+early\s+hours|before\s+dawn)|(?P<today>(?:earlier|later)\s+today|this\s+(?:morning|afternoon|evening))"
                         r"|(?P<lastday>(?:over|in|during|within)\s+the\s+(?:past|last)\s+"
                         r"(?:day|24\s+hours|twenty-four\s+hours))"
                         r"|in\s+(?P<n>\d{1,2}|" + _alt(list(NUMBER_WORDS)) + r")\s+days?['’]?\s+time)\b"),
    "period": re.compile(r"(?i:\b" + _MOD + r"(?:the\s+)?" + _REL
                         + r"\s+(?P<unit>week|month|(?:fiscal\s+)?year))\b(?!-)"),
    "ago": re.compile(r"(?i:\b" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+ago)\b"),
    "year": re.compile(r"(?<![$€£\d.,/-])\b" + _MOD + _YEAR
                       + r"\b(?![-–/:.,]?\d|\s*(?:%|percent|per\s+cent))"),
}
FORWARD = re.compile(r"(?i)(?<![\w'])(?:" + _alt(VOCAB["forward_cues"]) + r")\b")
REPORTED = re.compile(r"(?i)\b(?:" + _alt(VOCAB["reporting_verbs"]) + r")\s+(?:\w+\s+){0,2}$")
LOOKBACK, OPENING = 60, 25
DURATION_UNITS = re.compile(r"(?i)\b(?:second|minute|hour|day|week|fortnight|month|year|decade|century)s?\b")
DURATION_BEFORE = re.compile(r"(?i)\b(?:" + _alt(VOCAB["duration_cues"]) + r")\s+$")


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    match: re.Match[str]


NEXT_IN_PAST = re.compile(r"(?i)\bthe\s+next\s+" + _PART + r"\b")


def tense_of(text: str) -> str:
    """"future" when the sentence has a forward cue (will, next, scheduled, to be held), else "past".
    "the next day" tells a past sequence, not a plan."""
    return "future" if FORWARD.search(NEXT_IN_PAST.sub(" ", text)) else "past"


def tense_at(text: str, start: int) -> str:
    """The tense that governs an expression at `start`: a forward cue in the words just before it
    ("will meet on Monday"), unless a reporting verb introduces it ("said on Monday that ... would");
    an expression opening the sentence takes the sentence's tense ("On Monday, leaders will meet")."""
    before = text[max(0, start - LOOKBACK):start]
    if REPORTED.search(before):
        return "past"
    if FORWARD.search(before):
        return "future"
    return tense_of(text) if start <= OPENING else "past"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_of(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_day(month: int, day: int, reference: date, tense: str) -> date | None:
    """A day without a year. In a forward-looking sentence, the next occurrence if it is within half a
    year. Told in the past, the latest on or before the reference ("took place on 18 February",
    published in November, is that February), unless it comes within a few weeks after it (a
    reported plan: "said the vote on June 5 would be free")."""
    options = [d for y in (reference.year - 1, reference.year, reference.year + 1)
               if (d := _safe_date(y, month, day)) is not None]
    if not options:
        return None
    past = max((d for d in options if d <= reference), default=None)
    ahead = min((d for d in options if d > reference), default=None)
    if tense == "future":
        near_ahead = ahead is not None and (ahead - reference).days <= HALF_YEAR
        return ahead if near_ahead or past is None else past
    if ahead is not None and (past is None or (ahead - reference).days <= SOON):
        return ahead
    return past


def _nearest_month(month: int, reference: date, tense: str, rel: str | None) -> int:
    """The year of a month named without one: the latest not after the reference, unless forward."""
    forward = rel in ("next", "coming", "this coming") or (tense == "future" and rel != "last")
    if rel == "this":
        return reference.year
    if forward:
        return reference.year if month >= reference.month else reference.year + 1
    if rel == "last" and month >= reference.month:
        return reference.year - 1
    return reference.year if month <= reference.month else reference.year - 1


def _weekday(target: int, reference: date, tense: str, rel: str | None) -> date:
    back = (reference.weekday() - target) % 7
    ahead = (target - reference.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return reference - timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming"):
        return reference + timedelta(days=ahead or 7)
    if rel == "this" or tense == "future":
        return reference + timedelta(days=ahead)
    return reference - timedelta(days=back)


def _day(d: date | None) -> tuple[str, str] | None:
    return (d.isoformat(), "day") if d else None


def _explicit_day(m: re.Match[str], reference: date, tense: str) -> tuple[str, str] | None:
    month = int(m["m"]) if "m" in m.re.groupindex else _month_of(m["mon"])
    day = int(m["day"])
    if m["year"]:
        return _day(_safe_date(int(m["year"]), month, day))
    return _day(_nearest_day(month, day, reference, tense))


def _month(m: re.Match[str], reference: date, tense: str) -> tuple[str, str] | None:
    name = m["mon"].rstrip(".").lower()
    whole = m.group(0) == m.string.strip()  # normalize() was told this is a time expression
    cued = m["mod"] or m["rel"] or m["year"] or whole or _preposition_before(m)
    if name in AMBIGUOUS_MONTHS and not cued:
        return None
    month = _month_of(m["mon"])
    rel = m["rel"].lower() if m["rel"] else None
    year = int(m["year"]) if m["year"] else _nearest_month(month, reference, tense, rel)
    return f"{year:04d}-{month:02d}", "month"


def _preposition_before(m: re.Match[str]) -> bool:
    return bool(re.search(r"(?i)\b(?:in|since|until|till|by|of|from|through|during|before|after|"
                          r"early|late|mid|last|next|this|on)[\s-]+$", m.string[:m.start()]))


def _weekday_value(m: re.Match[str], reference: date, tense: str) -> tuple[str, str] | None:
    rel = m["rel"].lower() if m["rel"] else None
    return _day(_weekday(WEEKDAYS[m["wd"].lower()], reference, tense, rel))


def _relday(m: re.Match[str], reference: date, tense: str) -> tuple[str, str] | None:
    shift = {"the day before yesterday": -2, "yesterday": -1, "tomorrow": 1}.get(m["w"].lower(), 0)
    return _day(reference + timedelta(days=shift))


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _anchored(m: re.Match[str], reference: date, tense: str) -> tuple[str, str] | None:
    """"a day earlier", "the following day", "the night before", "later that day", "earlier in the
    day": relative to the anchor (the last day named)."""
    if m["same"] or m["same2"]:
        return _day(reference)
    direction = (m["dir"] or m["dir2"] or m["dir3"]).lower()
    if direction == "same":
        return _day(reference)
    days = _count(m["n"]) if m["n"] else 1
    sign = -1 if direction in ("earlier", "previous", "before") else 1
    return _day(reference + timedelta(days=sign * days))


NIGHT_INTO = re.compile(r"\s+(?:into|to|on)\s+" + _WEEKDAY)
NOT_OVERNIGHT = re.compile(r"(?i)\b(?:not|n['’]t|never|cannot)\b(?:\s+\w+){0,3}\s*$")


def _nowday(m: re.Match[str], reference: date, tense: str) -> tuple[str, str] | None:
    """Parts of the publication day and the night before it: "overnight", "last night", "before dawn"
    (the night before: strikes reported in the morning), "this morning", "earlier today", "over the
    past day" (the 24 hours a daily report covers), and "in two days' time". "Peace will not come
    overnight" is a manner, not a time."""
    if m["night"]:
        before = m.string[:m.start()]
        if tense == "future" or NOT_OVERNIGHT.search(before) or NIGHT_INTO.match(m.string, m.end()):
            return None  # "overnight into Sunday": the weekday dates it
        return _day(reference - timedelta(days=1))
    if m["today"] or m["lastday"]:  # "over the past day": the day's report, dated by its publication
        return _day(reference)
    return _day(reference + timedelta(days=_count(m["n"])))


def _period(m: re.Match[str], reference: date, tense: str) -> tuple[str, str] | None:
    backward_or_ahead = m["rel"].lower() in ("past", "last", "next", "coming")
    if backward_or_ahead and DURATION_BEFORE.search(m.string[:m.start()]):
        return None  # "for the past week" is a duration
    rel, unit = m["rel"].lower(), m["unit"].split()[-1].lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this coming": 1}.get(rel, 0)
    return _shift(reference, unit, step)


def _shift(reference: date, unit: str, step: int) -> tuple[str, str]:
    if unit == "day":
        return (reference + timedelta(days=step)).isoformat(), "day"
    if unit == "week":
        return week_start(reference + timedelta(weeks=step)).isoformat(), "week"
    if unit == "month":
        return _shift_months(reference, step).isoformat()[:7], "month"
    return f"{reference.year + step:04d}", "year"


def _ago(m: re.Match[str], reference: date, tense: str) -> tuple[str, str] | None:
    return _shift(reference, m["unit"].lower(), -_count(m["n"]))


def _year(m: re.Match[str], reference: date, tense: str) -> tuple[str, str] | None:
    return m["year"], "year"


HANDLERS: dict[str, Callable[[re.Match[str], date, str], tuple[str, str] | None]] = {
    "mdy_range": _explicit_day, "dmy_range": _explicit_day,
    "iso": _explicit_day, "mdy": _explicit_day, "dmy": _explicit_day, "month": _month,
    "weekday": _weekday_value, "relday": _relday, "anchored": _anchored, "nowday": _nowday, "period": _period,
    "ago": _ago, "year": _year,
}


def _candidates(text: str) -> list[_Found]:
    """All pattern matches, longest first at each position, without overlaps."""
    found = [_Found(m.start(), m.end(), kind, m) for kind, pattern in PATTERNS.items()
             for m in pattern.finditer(text)]
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[_Found] = []
    for f in found:
        if chosen and f.start < chosen[-1].end:
            continue
        chosen.append(f)
    return chosen


def _resolve(f: _Found, reference: date, tense: str, anchor: date | None) -> tuple[str, str] | None:
    if f.kind == "anchored":
        return _anchored(f.match, anchor or reference, tense)
    return HANDLERS[f.kind](f.match, reference, tense)


def find_times(text: str, offset: int, reference: date, anchor: date | None = None) -> list[TimeMention]:
    """Every temporal expression in one sentence, resolved against `reference`. "a day earlier"
    counts from the last day named before it in the sentence, else from `anchor`, else `reference`."""
    mentions: list[TimeMention] = []
    for f in _candidates(text):
        resolved = _resolve(f, reference, tense_at(text, f.start), anchor)
        if resolved is None:
            continue
        value, precision = resolved
        if precision == "day":
            anchor = date.fromisoformat(value)
        mentions.append(TimeMention(offset + f.start, offset + f.end, f.match.group(0), value, precision))
    return mentions


DEICTIC: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in VOCAB["deictic"].items() if k != "_about"}


def deictic(expr: str) -> str | None:
    """"present", "past" or "future" for words that point at a time without naming one ("now",
    "currently", "at the time", "in the future"), else None. They never date a record."""
    words = " ".join(expr.lower().replace("’", "'").split()).strip(" ,.;:")
    return next((ref for ref, phrases in DEICTIC.items() if words in phrases), None)


def normalize(expr: str, reference: date, tense: str = "past") -> tuple[str, str] | None:
    """(value, precision) of one temporal expression, or None for durations, words that only point
    at the present or past ("now", "at the time") and unknown text.
    The patterns decide when they match; dateparser reads what they do not know."""
    if deictic(expr) is not None:
        return None
    found = sorted(_candidates(expr), key=lambda f: f.start - f.end)
    for f in found:
        resolved = _resolve(f, reference, tense, None)
        if resolved is not None:
            return resolved
    if found or DURATION_UNITS.search(expr):
        return None
    return _dateparser_value(expr.strip(), reference, tense)


@lru_cache(maxsize=4096)
def _dateparser_value(expr: str, reference: date, tense: str) -> tuple[str, str] | None:
    """dateparser's reading of text the patterns do not know, at the granularity it reports."""
    from datetime import datetime

    settings = {"RELATIVE_BASE": datetime(reference.year, reference.month, reference.day),
                "PREFER_DATES_FROM": "future" if tense == "future" else "past"}
    data = _parser(tuple(sorted(settings.items()))).get_date_data(expr)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "week":
        return week_start(day).isoformat(), "week"
    if period in ("month", "year"):
        return _shift(date(day.year, day.month, 1), period, 0)
    return day.isoformat(), "day"


@lru_cache(maxsize=8)
def _parser(settings: tuple) -> object:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))


def _ahead_of_text(text: str, start: int) -> bool:
    """Whether the date at `start` is told as a plan ("elections will be held on May 25, 2026"):
    a forward cue earlier in its own sentence, near it."""
    before = text[max(0, start - LOOKBACK):start]
    before = re.split(r"[.!?]\s", before)[-1]
    return bool(FORWARD.search(NEXT_IN_PAST.sub(" ", before))) and not REPORTED.search(before)


def infer_reference(text: str) -> date | None:
    """A stand-in publication date from the article's own explicit dates: the latest full date told
    as past (a planned date is not yet news), or, when the dates lack a year, a yearless dateline
    dated by its lead's weekday, or the latest date in the most recent year where every "Monday,
    June 5"-style weekday agrees, or else a summit it names whose days a reader knows ("the G20
    summit in Bali", see date_anchors). None when nothing explicit is there."""
    dated, planned, yearless = _explicit_days(text)
    if dated or planned:
        return max(dated or planned)
    return dateline_with_weekday(text) or _year_from_weekdays(yearless) or summit_reference(text)


def _explicit_days(text: str) -> tuple[list[date], list[date], list[tuple[int, int, int | None]]]:
    """The text's explicit days: full dates told as past, full dates told as plans, and (month, day,
    weekday or None) of the days named without a year."""
    dated: list[date] = []
    planned: list[date] = []
    yearless: list[tuple[int, int, int | None]] = []
    for kind in ("iso", "mdy", "dmy"):
        for m in PATTERNS[kind].finditer(text):
            month = int(m["m"]) if kind == "iso" else _month_of(m["mon"])
            weekday = WEEKDAYS[m["wd"].lower()] if kind != "iso" and m["wd"] else None
            if m["year"]:
                if (d := _safe_date(int(m["year"]), month, int(m["day"]))) is not None:
                    (planned if _ahead_of_text(text, m.start()) else dated).append(d)
            else:
                yearless.append((month, int(m["day"]), weekday))
    return dated, planned, yearless


def stated_floor(text: str) -> date | None:
    """The first day of the latest month or year the text states as past ("his term expired in May
    2024", "since 2022"): an article's own news comes no earlier. Plans ("elections in 2026") are
    not news yet and bound nothing."""
    found: list[date] = []
    for kind in ("month", "year"):
        for m in PATTERNS[kind].finditer(text):
            if not m["year"] or _ahead_of_text(text, m.start()) or FORWARD.search(text[m.start():m.end()]):
                continue
            month = _month_of(m["mon"]) if kind == "month" else 1
            found.append(date(int(m["year"]), month, 1))
    return max(found, default=None)


def yearless_after(text: str, floor: date, today: date | None = None,
                   days: list[tuple[int, int, int | None]] | None = None) -> date | None:
    """A stand-in publication date for an article that names days without a year ("left the White
    House on February 28") and prints no date: each such day placed at its first occurrence on or
    after `floor` (the earliest the story can be, see `stated_floor` and date_anchors.office_floor),
    the latest of them. A reader who knows the story can be no older than the floor takes its first
    "February 28", not one years later. None without such days, or when they would lie ahead.
    `days`: the text's `yearless_days`, when the caller has read them already."""
    today = today or date.today()
    placed = [d for month, day, _ in (yearless_days(text) if days is None else days)
              if (d := _first_on_or_after(month, day, floor)) is not None and d <= today]
    return max(placed, default=None)


def yearless_days(text: str) -> list[tuple[int, int, int | None]]:
    """Each yearless day the text gives, as (month, day, weekday or None)."""
    return _explicit_days(text)[2]


def _first_on_or_after(month: int, day: int, floor: date) -> date | None:
    return next((d for year in (floor.year, floor.year + 1, floor.year + 2)
                 if (d := _safe_date(year, month, day)) is not None and d >= floor), None)


def _year_from_weekdays(yearless: list[tuple[int, int, int | None]]) -> date | None:
    if not any(weekday is not None for _, _, weekday in yearless):
        return None
    for year in range(date.today().year, date.today().year - 40, -1):
        days = [(_safe_date(year, m, d), wd) for m, d, wd in yearless]
        if all(day is not None and (wd is None or day.weekday() == wd) for day, wd in days):
            latest = max(day for day, _ in days if day is not None)
            if latest <= date.today():  # an article is not published in the future
                return latest
    return None


# --- The publication date a page prints about itself -------------------------------------------
# Scrapes carry it in a handful of conventional places: an archive's metadata line opening the
# text (" date 2025-05-16 "), a stamp line ("Published On 15 Nov 2022", "Updated12 Apr 2025, 02:59
# AM IST"), an agency or newspaper dateline opening the story ("ANCHORAGE, Alaska, Aug. 16, 2025 —",
# "KYIV, June 3 (Reuters) -", "ISTANBUL, July 25. /TASS/."), or the page's URL (".../2025/05/16/...").

_CUES = VOCAB["publication_cues"]
STAMP = re.compile(r"(?i)(?<![^\W\d_])(?P<cue>" + _alt(_CUES) + r")(?:\s+(?:on|at))?\s*[:|=\-–—]?\s*")
STAMP_GLUED = re.compile(r"(?i)(?<![^\W\d_])(?:" + _alt(_CUES) + r")(?=\d)")
LATER = frozenset(VOCAB["later_cues"])
STAMP_LINE_WORDS = 16  # a stamp anywhere in a short line; in a longer one only opening it
DATELINE_LINES = 4  # datelines open the story: its first few lines
FILING_LAG = 3  # days a page's stamp may trail the dateline of the story it carries
LEAD_CHARS = 300  # a wire lead's first sentence, give or take
DATELINE_REACH = 80  # a dateline's date comes within its first characters
_PLACE_WORD = r"[A-Z][\w.'’-]*"
DATELINE_PLACE = re.compile(r"(?:\(?" + _PLACE_WORD + r"(?:[\s/-]+" + _PLACE_WORD + r")*"
                            r"(?:,\s*" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r")*){0,2}\)?[,.]\s*)?")
# "TIRASPOL, Moldova (AP) — June 3, 2025": the place and agency, a dash, then the day alone.
DATELINE_AGENCY = re.compile(_PLACE_WORD + r"(?:[\s,]+" + _PLACE_WORD + r"){0,4}"
                             r"\s*\([A-Z][\w .-]*\)\s*(?:—|–|--|-)\s*")
# "Niamey (AFP) - 5 February 2024 - Niger's rulers ...": agency copy that prints the day between two
# dashes, then the story on the same line.
AGENCY_DAY_END = re.compile(r"\s*(?:—|–|--|-)\s")
DATELINE_END = re.compile(r"\s*(?:\(|\[|/|—|–|--|-\s|:|\.\s*(?:/|$|[—–-])|,\s*\(|$)")
URL_DATE = re.compile(r"(?:https?://|www\.)\S*?[/_-](?P<year>20\d\d)(?:/|-|_)?(?P<m>[01]\d)(?:/|-|_)?"
                      r"(?P<day>[0-3]\d)(?=[/_.?#-]|\s|$)")


# Day-first numeric dates as European agencies stamp them ("03.06.2025 12:40"): publication stamps
# only, never running text, where a dotted number may be a version or a score.
DOTTED = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d.])")
DATE_LINE_WORDS = 8
DATE_LINE_HEAD = re.compile(r"(?:[A-Z][\w'’.-]*\s*)*[\s•|·,–—-]*")
DATE_LINE_TAIL = re.compile(r"(?:[\s,:|•·–—-]+|\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
                            r"|\b[A-Z]{2,5}(?:[+-]\d{1,2})?\b|\b(?:Last\s+)?[Uu]pdated?\b|(?<![\d.])[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?![\d.]))*")


def _full_date(m: re.Match[str] | None) -> date | None:
    """The day a matched explicit date names, if it gives its year."""
    if m is None or not m["year"]:
        return None
    month = int(m["m"]) if "m" in m.re.groupindex else _month_of(m["mon"])
    return _safe_date(int(m["year"]), month, int(m["day"]))


def _date_at(text: str, pos: int) -> tuple[date | None, re.Match[str] | None]:
    """The explicit date (with or without a year) starting at `pos`, and its match."""
    for pattern in (PATTERNS["iso"], PATTERNS["mdy"], PATTERNS["dmy"], DOTTED):
        if (m := pattern.match(text, pos)) is not None:
            return _full_date(m), m
    return None, None


def page_lines(text: str) -> list[str]:
    return [ln.strip(" \t•·*") for ln in text.splitlines() if ln.strip()]


def stamp_date(text: str) -> date | None:
    """A date printed after a publication cue: "Published June 3, 2025", " date 2025-06-03",
    "Updated12 Apr 2025, 02:59 AM IST". A publishing stamp wins over an update stamp."""
    found: list[tuple[bool, date]] = []
    for line in page_lines(text):
        line = STAMP_GLUED.sub(r"\g<0> ", line)  # "Updated12 Apr 2025": a cue glued to its date
        short = len(line.split()) <= STAMP_LINE_WORDS
        for m in STAMP.finditer(line):
            if m.start() > 0 and not short:
                break
            day, _ = _date_at(line, m.end())
            if day is not None:
                found.append((" ".join(m["cue"].lower().split()) in LATER, day))
                break
    return min(found, key=lambda f: f[0])[1] if found else None


def dateline_match(line: str) -> re.Match[str] | None:
    """The date of a dateline opening `line` ("KYIV, Ukraine, June 3, 2025 (AP) —", "MOSCOW, July 17",
    "July 22 (UPI) --"), with or without its year: the line's first date, with nothing but a place
    and a comma before it and an agency, a dash or the line's end after it, or a place and agency and
    a dash before it and nothing after ("TIRASPOL, Moldova (AP) — June 3, 2025")."""
    head = line[:DATELINE_REACH]
    first = min((m for kind in ("iso", "mdy", "dmy") if (m := PATTERNS[kind].search(head))),
                key=lambda m: m.start(), default=None)
    if first is None or ("wd" in first.re.groupindex and first["wd"]):
        return None
    if DATELINE_PLACE.fullmatch(line[:first.start()]) and DATELINE_END.match(line, first.end()):
        return first
    if DATELINE_AGENCY.fullmatch(line[:first.start()]) and (
            not line[first.end():].strip(" .") or AGENCY_DAY_END.match(line, first.end())):
        return first   # the agency's dash before the day: the day ends the line or a dash ends it
    return None


def dateline_date(text: str) -> date | None:
    """The full date of a dateline opening one of the story's first lines, or opening the last part of
    a byline cut by bars ("By Jane Roe | 12 August 2025", "Special Correspondent | NEW DELHI, May 11,
    2025"): outlets print the byline, the desk and the dateline on one line."""
    for line in page_lines(text)[:DATELINE_LINES]:
        for part in (line, *after_bars(line)):
            if (day := _full_date(dateline_match(part))) is not None:
                return day
    return None


def after_bars(line: str) -> list[str]:
    """The parts of a short byline line after each '|' (none for a line without bars)."""
    parts = [p.strip() for p in line.split("|")]
    return parts[1:] if len(parts) > 1 and len(line.split()) <= DATE_LINE_WORDS * 2 else []


def date_line(text: str) -> date | None:
    """A short line near the top that is only a date, perhaps after a place and before a time or an
    update stamp: "Kyiv • 03.06.2025 12:40", "03.06.2025 - Update : 04.06.2025"; or a header cut by
    bars into short labels, one of which is a date alone (`labelled_date`)."""
    for line in page_lines(text)[:DATELINE_LINES + 2]:
        if (day := labelled_date(line)) is not None:
            return day
        if len(line.split()) > DATE_LINE_WORDS:
            continue
        m = DOTTED.search(line)
        if m and DATE_LINE_HEAD.fullmatch(line[:m.start()]) and DATE_LINE_TAIL.fullmatch(line[m.end():]):
            return _full_date(m)
    return None


def labelled_date(line: str) -> date | None:
    """The full date of a header line cut by bars, one label of which is only a date, perhaps with a
    weekday before it and a time and zone after it: "Harbour Ledger | 04.03.2024 | Opinion",
    "Thursday 9 May 2024 | Live", "Our Tbilisi correspondent | March 14, 2024 18:05 GMT". Newspapers
    and live pages print desk, byline and day on one line; dotted numbers are read day first, as the
    European outlets that print them mean them (US pages write 6/12/2025 with slashes, not read here)."""
    if "|" not in line or len(line.split()) > DATE_LINE_WORDS * 2:
        return None
    for part in (p.strip() for p in line.split("|")):
        for pattern in (PATTERNS["iso"], PATTERNS["mdy"], PATTERNS["dmy"], DOTTED):
            m = pattern.match(part)
            day = _full_date(m) if m is not None and DATE_LINE_TAIL.fullmatch(part[m.end():]) else None
            if day is not None:
                return day
    return None


def url_date(text: str) -> date | None:
    """A date written into a URL on the page (".../2025/05/16/...", "...-20250516...")."""
    for m in URL_DATE.finditer(text):
        if (day := _safe_date(int(m["year"]), int(m["m"]), int(m["day"]))) is not None:
            return day
    return None


def printed_date(text: str, today: date | None = None) -> date | None:
    """The publication date a page prints about itself (stamp, dateline, date line or URL), never a
    future one."""
    latest = (today or date.today()) + timedelta(days=1)
    for finder in (stamp_date, dateline_date, date_line, url_date):
        day = finder(text)
        if day is not None and day <= latest:
            return filed_day(text, day)
    return None


def filed_day(text: str, printed: date) -> date:
    """The story's own day: a yearless dateline ("MOSCOW, July 17") a few days before the printed
    date is when the story was filed (a page or an archive stamps it later), and its "today" and
    "yesterday" count from there."""
    for line in page_lines(text)[:DATELINE_LINES + 1]:
        m = dateline_match(line)
        if m is None or m["year"]:
            continue
        filed = _nearest_day(_month_of(m["mon"]), int(m["day"]), printed, "past")
        if filed is not None and 0 <= (printed - filed).days <= FILING_LAG:
            return filed
    return printed


def dateline_with_weekday(text: str, today: date | None = None) -> date | None:
    """A yearless dateline ("July 22 (UPI) --", "MOSCOW, July 17") dated by the weekday its story's
    first sentence names: wire leads tell the dateline's own day ("signed agreements Friday"), so the
    year is the latest (not after today) in which the dateline falls on that weekday."""
    today = today or date.today()
    lines = page_lines(text)[:DATELINE_LINES]
    for i, line in enumerate(lines):
        m = dateline_match(line)
        if m is None or m["year"]:
            continue
        lead = " ".join(lines[i:i + 2])[m.end():][:LEAD_CHARS]
        said = PATTERNS["weekday"].search(lead)
        if said is None or said["rel"]:
            return None
        month, day, weekday = _month_of(m["mon"]), int(m["day"]), WEEKDAYS[said["wd"].lower()]
        for year in range(today.year, today.year - 30, -1):
            found = _safe_date(year, month, day)
            if found is not None and found <= today and found.weekday() == weekday:
                return found
        return None
    return None


# --- How a date was reached --------------------------------------------------------------------
# `date_basis` in the export: "stated" (the text gives the full date, or a year or month with its
# year), "inferred-year" (a day or month named without its year, placed by the publication date),
# "relative" (counted from the publication date or an earlier day: "on Monday", "yesterday", "the
# following day"). Dates a record borrows from elsewhere are "carried" (an earlier sentence of its
# paragraph), "published" (the publication day of a report of the day's news) and "story" (other
# articles of the same story).
_YEARLESS_KINDS = frozenset({"mdy", "dmy", "month", "mdy_range", "dmy_range"})


def basis_of(expr: str) -> str:
    """How the value of one time expression was reached, from the expression's own words."""
    found = sorted(_candidates(expr), key=lambda f: f.start - f.end)
    if not found:
        return "relative"
    f = found[0]
    if f.kind in ("iso", "year") or ("year" in f.match.re.groupindex and f.match["year"]):
        return "stated"
    if f.kind in _YEARLESS_KINDS and not (f.kind == "month" and f.match["rel"]):
        return "inferred-year"
    return "relative"


def given_day(text: str, today: date | None = None) -> date:
    """A day a user typed (`--published 2025-06-05`), checked: ValueError with a sentence naming
    the input when it is not a YYYY-MM-DD calendar day or lies after tomorrow."""
    value = text.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"{text!r} is not a day written as YYYY-MM-DD (for example 2025-06-05)")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{text!r} is not a day of the calendar") from None
    latest = (today or date.today()) + timedelta(days=1)
    if day > latest:
        raise ValueError(f"{text!r} is in the future: an article cannot be published after today")
    return day



# --- Ranges -------------------------------------------------------------------------------------
RANGE_LINK = re.compile(r"(?i)^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$")
RANGE_OPEN = re.compile(r"(?i)\b(?:from|between)\s+(?:\w+\s+){0,1}$")


def range_end(text: str, mentions: list[TimeMention], first: TimeMention, offset: int = 0) -> str | None:
    """The last day of a range that starts at `first`, kept as a range: "June 1-3", "28–29 October",
    "from June 1 to June 3", "between Monday and Wednesday". `text` is the sentence the mentions
    (with article offsets) were found in, starting at `offset`. None when `first` starts no range."""
    if first.precision != "day":
        return None
    for kind in ("mdy_range", "dmy_range"):
        m = PATTERNS[kind].fullmatch(first.text)
        if m is not None:
            end = _safe_date(int(first.value[:4]), int(first.value[5:7]), int(m["day2"]))
            return end.isoformat() if end and end.isoformat() > first.value else None
    later = [t for t in mentions if t.start >= first.end and t.precision == "day"]
    if not later:
        return None
    second = min(later, key=lambda t: t.start)
    between = text[first.end - offset:second.start - offset]
    opened = RANGE_OPEN.search(text[:first.start - offset])
    if opened and RANGE_LINK.match(between) and second.value > first.value:
        return second.value
    return None
