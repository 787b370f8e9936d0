"""Whole-document reads that spaCy rebuilds on every access, made once per parsed Doc.

Why: `doc.text` joins every token anew and `doc.ents` builds a Span for every entity on each read.
The language core and the extractors read both many times per article (the event roles read the
entities once per candidate actor, about 30 times an article), after the pipeline has finished with
the Doc. The values are kept in the Doc's own `user_data`, so they live and die with the Doc and a
new parse never sees an old one's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TEXT = "detente.text"
_ENTS = "detente.ents"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents` in order, built once per Doc. Only for a finished parse: nothing may set the
    entities after the first read."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents
