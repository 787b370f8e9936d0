"""Filters over a record's contract fields (kept as JSON), the same on every backend.

SQL narrows by columns (kind, article, outlet, dates); these pure functions decide the rest in
Python, so SQLite and PostgreSQL answer alike without dialect-specific JSON operators.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Check = Callable[[dict[str, Any]], bool]

# Contract fields that hold bare actor codes (talks) rather than actor objects.
CODE_LISTS = ("parties", "mediators")


def actors_in(value: Any) -> Iterator[tuple[str | None, str | None]]:
    """(name, code) of every actor anywhere in a record's fields.

    Actors are the contract's `{"name", "country", "sector"}` objects, talks' delegations
    (`{"party", "head"}`) and the codes listed in `parties` and `mediators`; places are not actors."""
    if isinstance(value, dict):
        if "sector" in value:
            yield value.get("name"), value.get("country")
        elif "head" in value:
            yield value.get("head"), value.get("party")
        for key, inner in value.items():
            if key in CODE_LISTS and isinstance(inner, list):
                yield from ((None, code) for code in inner if isinstance(code, str))
            else:
                yield from actors_in(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from actors_in(inner)


_APOSTROPHES = "'\u2019"


def name_words(name: str) -> list[str]:
    """The casefolded tails of `name` that start a word ("volodymyr zelensky", "zelensky").

    An actor filter matches a name from the start of any of its words, so each tail is a key the
    store can find by an indexed prefix range (detente.store.keys); a word starts at a letter or
    digit after anything but a letter, a digit or an apostrophe ("Ukraine's" is one word)."""
    folded = name.casefold()
    return [folded[i:] for i, ch in enumerate(folded)
            if ch.isalnum() and (i == 0 or not (folded[i - 1].isalnum() or folded[i - 1] in _APOSTROPHES))]


def mentions_actor(fields: dict[str, Any], wanted: str) -> bool:
    """True when an actor's code equals `wanted`, or one of its name's words starts it
    (case-insensitive): "UKR", "Ukraine", "ukr" and "Zelensky" all find "Volodymyr Zelensky" of UKR."""
    wanted = wanted.casefold().strip()
    return bool(wanted) and any((code and code.casefold() == wanted)
                                or (name and any(tail.startswith(wanted) for tail in name_words(name)))
                                for name, code in actors_in(fields))


def has_issue(fields: dict[str, Any], issue: str) -> bool:
    """A position's issue, or the issue of any of a talks record's outcomes."""
    outcomes = fields.get("outcomes") or []
    return fields.get("issue") == issue or any(isinstance(o, dict) and o.get("issue") == issue
                                               for o in outcomes)


def field_checks(actor: str | None = None, type: str | None = None, issue: str | None = None) -> list[Check]:
    """The checks a record's fields must pass; empty when no field filter is given."""
    checks: list[Check] = []
    if actor and actor.strip():  # a blank actor filters nothing, as on every backend
        checks.append(lambda fields: mentions_actor(fields, actor))
    if type:
        checks.append(lambda fields: fields.get("type") == type)
    if issue:
        checks.append(lambda fields: has_issue(fields, issue))
    return checks


def like_pattern(word: str) -> str:
    """A LIKE pattern (escape character `!`) matching `word` anywhere, lower-cased."""
    escaped = word.lower().replace("!", "!!").replace("%", "!%").replace("_", "!_")
    return f"%{escaped}%"


# -- Facets in SQL (the pages' tables and the export filters) -----------------------------------
# A facet is a field users narrow a table by. Each maps, per kind, to a JSON path in `records.data`:
# a scalar path ("actor.name") or, ending in "[]", an array whose items (or whose items' key) count.
FACETS: dict[str, dict[str, str]] = {
    "event": {"actor": "actor.name", "target": "target.name", "type": "type"},
    "talks": {"actor": "parties[]", "mediator": "mediators[]", "status": "status",
              "issue": "outcomes[].issue"},
    "position": {"actor": "party.name", "issue": "issue", "stance": "stance"},
    "claim": {"actor": "claimant.name", "target": "subject.name", "what": "what"},
    "quote": {"actor": "speaker.name"},
}
# The prefix of a facet's rows in the record_keys table (detente.store.keys.facet_keys):
# ("f:actor", "Russia") for an event whose actor is Russia, ("f:actor", "UKR") for talks Ukraine joins.
FACET_KEY = "f:"
# A record whose array facet holds a value, found in the key index (no JSON array is unnested). On
# SQLite the unary + keeps the planner from looking every matching id up in the records table (25 ms
# for the 1,665 talks Ukraine joins at 10k articles): the kind's index entries are probed instead (2 ms).
_IN_KEYS = "{probe} IN (SELECT record_id FROM record_keys WHERE facet = ? AND kind = ? AND value = ?)"
# Columns shared by every kind (the article's), also facets.
COLUMN_FACETS = {"outlet": "r.outlet"}  # the article's, kept on the record (detente.store.order)
# The record's date, else its article's (COALESCE(r.date, a.published), kept on the record so that
# neither a filter nor an order by day needs the article: detente.store.order).
RECORD_DAY = "r.day"
SORTS = {"date": RECORD_DAY, "outlet": "r.outlet", "title": "a.title"}
ARTICLE_SORTS = ("title",)  # orders read from the articles table (records r JOIN articles a)


def json_scalar(dialect: str, path: str) -> str:
    """SQL for the text at a dotted `path` of a record's data (NULL where it is absent)."""
    keys = path.split(".")
    if dialect == "sqlite":
        return f"json_extract(r.data, '$.{path}')"
    return f"(r.data #>> '{{{','.join(keys)}}}')"


def _array_parts(path: str) -> tuple[str, str | None]:
    array, _, key = path.partition("[]")
    return array, key.lstrip(".") or None


def json_items(dialect: str, path: str) -> tuple[str, str]:
    """(a FROM item producing one row per array element, SQL for that element's text) for a
    `name[]` or `name[].key` path."""
    array, key = _array_parts(path)
    if dialect == "sqlite":
        value = f"json_extract(j.value, '$.{key}')" if key else "j.value"
        return f"json_each(r.data, '$.{array}') j", value
    inner = f"$.{array}[*].{key}" if key else f"$.{array}[*]"
    return f"LATERAL jsonb_path_query(r.data, '{inner}') j", "(j #>> '{}')"


def facet_condition(dialect: str, kind: str, facet: str, value: str) -> tuple[str, list[Any]]:
    """A WHERE condition (and its parameter) keeping records whose `facet` equals `value`."""
    if facet in COLUMN_FACETS:
        return f"{COLUMN_FACETS[facet]} = ?", [value]
    path = FACETS.get(kind, {}).get(facet)
    if path is None:
        return "1 = 0", []   # this kind has no such field: nothing matches
    if "[]" not in path:
        return f"{json_scalar(dialect, path)} = ?", [value]
    return _IN_KEYS.format(probe="+r.id" if dialect == "sqlite" else "r.id"), [FACET_KEY + facet, kind, value]


def facet_values_sql(dialect: str, kind: str, facet: str) -> tuple[str, str] | None:
    """(extra FROM item or '', SQL for the value) to GROUP BY when counting a facet's values."""
    if facet in COLUMN_FACETS:
        return "", COLUMN_FACETS[facet]
    path = FACETS.get(kind, {}).get(facet)
    if path is None:
        return None
    if "[]" not in path:
        return "", json_scalar(dialect, path)
    source, item = json_items(dialect, path)
    return f"{', ' if dialect == 'sqlite' else ' CROSS JOIN '}{source}", item


def sort_sql(dialect: str, kind: str, sort: str) -> str | None:
    """SQL to order records by `sort` (date, outlet, title or a scalar facet), or None if unknown."""
    if sort in SORTS:
        return SORTS[sort]
    path = FACETS.get(kind, {}).get(sort)
    return json_scalar(dialect, path) if path and "[]" not in path else None


@dataclass(frozen=True)
class Browse:
    """What a table shows: one kind, facet values that must all hold, a period, optionally a set of
    articles (a story's), and the order. Built from a page's query string or export's options."""

    kind: str
    facets: tuple[tuple[str, str], ...] = ()
    since: str | None = None
    until: str | None = None
    article_ids: tuple[str, ...] | None = None
    sort: str = "date"
    descending: bool = False
    located: bool = False   # only records with a location that has coordinates (the map)

    def where(self, dialect: str, skip: str | None = None) -> tuple[str, list[Any]]:
        """The WHERE clause (over records r alone) and its parameters; `skip` leaves one
        facet out, for counting that facet's other values."""
        parts, params = ["r.kind = ?"], [self.kind]
        for facet, value in self.facets:
            if facet != skip:
                sql, args = facet_condition(dialect, self.kind, facet, value)
                parts.append(sql)
                params.extend(args)
        if self.since:
            parts.append(f"{RECORD_DAY} >= ?")
            params.append(self.since)
        if self.until:
            parts.append(f"{RECORD_DAY} <= ?")
            params.append(self.until + "\uffff" if len(self.until) < 10 else self.until)
        if self.located:
            parts.append(f"{json_scalar(dialect, 'location.lat')} IS NOT NULL")
        if self.article_ids is not None:
            parts.append(f"r.article_id IN ({', '.join('?' * len(self.article_ids)) or 'NULL'})")
            params.extend(self.article_ids)
        return " AND ".join(parts), params

    def order(self, dialect: str) -> str:
        """ORDER BY: the chosen column (unknown sorts fall back to date), then a stable tiebreak."""
        column = sort_sql(dialect, self.kind, self.sort) or RECORD_DAY
        direction = "DESC" if self.descending else "ASC"
        return f"{column} {direction} NULLS LAST, r.article_seq, r.evidence_start, r.id"
