"""The digest: a briefing of a period assembled only from stored records, every statement cited.

Nothing here writes prose of its own about the war: each line is a record's fields and the
sentence it rests on, numbered as a citation that leads to the outlet, article and sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from detente.stories.build import CorpusView
from detente.stories.timeline import build_timeline
from detente.views.positions import build_matrix
from detente.views.talks import build_calendar

MAJOR_EVENTS = 15


@dataclass
class Citations:
    """Numbers each cited record once, in order of first citation."""

    order: list[dict[str, Any]] = field(default_factory=list)
    _index: dict[str, int] = field(default_factory=dict)

    def cite(self, citation: dict[str, Any]) -> int:
        key = str(citation.get("id"))
        if key not in self._index:
            self.order.append(citation)
            self._index[key] = len(self.order)
        return self._index[key]

    def cite_all(self, citations: list[dict[str, Any]]) -> list[int]:
        return sorted({self.cite(c) for c in citations})


def _in_period(day: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not day:
        return False
    return (not since or day >= since) and (not until or day[: len(until)] <= until)


def build_digest(view: CorpusView, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """The digest's content as data (what the templates render)."""
    from detente.reports.charts import events_per_day

    cites = Citations()
    timeline = build_timeline(view.records, view.facts, since, until)
    talks = [t for t in build_calendar(view.records, view.facts)
             if _in_period(t["date"] or t["reported"], since, until)]
    for t in talks:
        t["cites"] = cites.cite_all(t["citations"])
    positions = [r for r in view.records if r["kind"] == "position"]
    matrix = build_matrix(positions, as_of=until)
    changes = [c for c in matrix["cells"] if c["changes"] and _in_period(c["date"], since, until)]
    for c in matrix["cells"]:
        c["cites"] = cites.cite_all(c["citations"][-2:])
    events = sorted((e for e in timeline if e["kind"] == "event"), key=lambda e: (-e["sources"], e["date"]))
    major = sorted(events[:MAJOR_EVENTS], key=lambda e: e["date"])
    for e in major:
        e["cites"] = cites.cite_all(e["citations"])
    disputes = []
    by_id = {r["id"]: r for r in view.records}
    for fact in view.facts:
        if fact["agree"] or not _in_period(fact.get("date") or fact["source"].get("published"), since, until):
            continue
        values = []
        for value in fact["values"]:
            cits = [_record_citation(by_id[i]) for i in value["sources"] if i in by_id]
            values.append({**value, "cites": cites.cite_all(cits)})
        disputes.append({**fact, "values": values})
    outlets = sorted({a.outlet for a in view.articles.values() if a.outlet})
    return {"since": since, "until": until, "articles": len(view.articles), "outlets": outlets,
            "talks": talks, "matrix": matrix, "changes": changes, "events": major, "disputes": disputes,
            "chart": events_per_day(timeline), "citations": cites.order, "stories": len(view.stories)}


def _record_citation(rec: dict[str, Any]) -> dict[str, Any]:
    from detente.views.common import citation

    return citation(rec)


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("detente.reports", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["cites"] = lambda nums: "".join(f"[{n}]" for n in nums)
    return env


def render_digest(content: dict[str, Any], fmt: str) -> str | bytes:
    """Markdown or HTML text, or PDF bytes (the HTML printed by WeasyPrint)."""
    if fmt == "md":
        return _environment().get_template("digest.md.j2").render(**content)
    html = _environment().get_template("digest.html.j2").render(**content)
    if fmt == "html":
        return html
    if fmt == "pdf":
        from weasyprint import HTML

        return HTML(string=html).write_pdf()  # type: ignore[no-any-return]
    raise ValueError(f"Unknown digest format {fmt!r}: use md, html or pdf")
