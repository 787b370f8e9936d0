"""The English model's attribute ruler, matched by lookup: the same matches, a tenth of the cost.

The model's `attribute_ruler` (tag -> part of speech and morphology, and a few word exceptions) runs
spaCy's general `Matcher` over every token for each of its ~180 patterns; on real articles that is
about a tenth of the whole parse (bench/extract.py --profile). Nearly all its patterns test one token
for equal values (`{"TAG": "NNS"}`, `{"LOWER": "'s", "TAG": "POS"}`), so a token's candidates can be
looked up by its tag and its lowercase form instead. Patterns of any other shape (several tokens,
operators, sets of values) stay with a `Matcher` of their own. The matches are then applied by the
ruler's own `set_annotations`, in its order (rule number, then position), so every token ends with the
attributes the ruler would give it: tests/nlp/test_attributes.py compares them token by token.
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

Match = tuple[int, int, int, int]
SIMPLE_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}
COLUMNS = ["TAG", "LOWER", "DEP", "IS_SPACE"]
MAX_KNOWN = 200_000
"""Distinct (tag, lower, dep, is-space) rows remembered; a long ingest starts over past this."""


def _simple(pattern: list[dict[str, Any]]) -> bool:
    """One token whose every test is equality or set membership on a key read by `Doc.to_array`."""
    def plain(value: Any) -> bool:
        if isinstance(value, dict):
            return set(value) <= {"IN", "NOT_IN"} and all(isinstance(v, str) for vs in value.values()
                                                           for v in vs)
        return isinstance(value, (str, bool))

    return (len(pattern) == 1 and bool(pattern[0]) and set(pattern[0]) <= set(COLUMNS)
            and all(plain(v) for v in pattern[0].values()))


def _test(value: Any, strings: Any) -> tuple[str, Any]:
    """A pattern value as ('is', hash or bool), ('in', hashes) or ('not_in', hashes)."""
    if isinstance(value, bool):
        return "is", value
    if isinstance(value, str):
        return "is", strings.add(value)
    op = "IN" if "IN" in value else "NOT_IN"
    return op.lower(), frozenset(strings.add(v) for v in value[op])


def _passes(test: tuple[str, Any], seen: Any) -> bool:
    op, want = test
    return seen == want if op == "is" else (seen in want) == (op == "in")


class AttributeLookup:
    """Finds the matches of an `AttributeRuler`, by table for one-token patterns.

    A token's one-token matches depend only on its (tag, lowercase form, dependency, is-space), read
    for the whole doc at once with `Doc.to_array`; each distinct combination is looked up once and
    remembered, so the per-token work is a dictionary hit."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        # (tag or None, lowercase form or None, as hashes) -> (rule number, the pattern's other tests)
        self.table: dict[tuple[Any, Any], list[tuple[int, list[tuple[int, Any]]]]] = {}
        self.rest = Matcher(ruler.vocab)
        self.ids: list[int] = []
        self.has_rest = False
        self.known: dict[tuple[int, ...], tuple[int, ...]] = {}
        for number, entry in enumerate(ruler.patterns):
            self.ids.append(strings.add(str(number)))
            others = []
            for pattern in entry["patterns"]:
                if not _simple(pattern):
                    others.append(pattern)
                    continue
                tests = {COLUMNS.index(k): _test(v, strings) for k, v in pattern[0].items()}
                key = tuple(tests.pop(c)[1] if tests.get(c, ("",))[0] == "is" else None for c in (0, 1))
                self.table.setdefault(key, []).append((number, list(tests.items())))
            if others:
                self.rest.add(str(number), others)
                self.has_rest = True

    def _rules(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The one-token rules a token with these (tag, lower, dep, is-space) values matches."""
        seen = (*row[:3], bool(row[3]))
        tag, lower = row[0], row[1]
        return tuple(number for key in ((tag, lower), (tag, None), (None, lower), (None, None))
                     for number, tests in self.table.get(key, ())
                     if all(_passes(test, seen[column]) for column, test in tests))

    def __call__(self, doc: Doc) -> list[Match]:
        """(rule number, rule id, start, end) of every match, sorted as `AttributeRuler.match` sorts."""
        found: set[Match] = set()
        known, ids = self.known, self.ids
        for i, row in enumerate(map(tuple, doc.to_array(COLUMNS).tolist())):
            rules = known.get(row)
            if rules is None:
                if len(known) > MAX_KNOWN:
                    known.clear()
                rules = known[row] = self._rules(row)
            for number in rules:
                found.add((number, ids[number], i, i + 1))
        if self.has_rest:
            for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
                number = int(self.ruler.vocab.strings[match_id])
                found.add((number, ids[number], start, end))
        return sorted(found)


def use_attribute_lookup(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Make the model's attribute ruler find its matches by lookup; False when it has none."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not hasattr(ruler, "patterns") or not hasattr(ruler, "match"):
        return False
    ruler.match = AttributeLookup(ruler)  # type: ignore[method-assign]
    return True


def token_attributes(token: Token) -> tuple[str, str, str, str]:
    """What the attribute ruler sets, for comparing two pipelines token by token."""
    return token.tag_, token.pos_, str(token.morph), token.lemma_
