"""Cut an article's text into segments, each marked with the records whose evidence covers it.

Evidence spans may overlap (a quote over two sentences, an event and a claim on one sentence), so
the text is split at every span boundary and each piece carries the set of records covering it.
The pieces stay plain text: the template escapes them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    text: str
    records: list[dict[str, Any]] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({r["kind"] for r in self.records})


def segments(text: str, records: list[dict[str, Any]]) -> list[Segment]:
    spans = [(r["evidence"]["start"], r["evidence"]["end"], r) for r in records
             if 0 <= r["evidence"]["start"] < r["evidence"]["end"] <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        covering = [r for s, e, r in spans if s <= lo and hi <= e]
        anchors = [r["id"] for s, _, r in spans if s == lo]
        out.append(Segment(text[lo:hi], covering, anchors))
    return out
