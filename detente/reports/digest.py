"""The digest: a briefing of a period assembled only from stored records, every statement cited.

Nothing here writes prose of its own about the war: each line is a record's fields and the
sentence it rests on, numbered as a citation that leads to the outlet, article and sentence.

Every field comes from articles we did not write, so it is data wherever it lands: the HTML is
autoescaped and carries a Content-Security-Policy that allows no script and no fetch; the
Markdown neutralises HTML and link syntax; and the PDF renderer is given a URL fetcher that
refuses every URL, so nothing an outlet name smuggles in can make WeasyPrint read a file or
contact a server.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from detente.stories.build import CorpusView
from detente.stories.timeline import build_timeline, undated_entries
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
    undated = undated_entries(view.records, view.facts, since, until)
    for e in undated[:MAJOR_EVENTS]:
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
            "chart": events_per_day(timeline), "citations": cites.order, "stories": len(view.stories),
            "undated": {"count": len(undated), "shown": undated[:MAJOR_EVENTS],
                        "positions": matrix["undated_left_out"]}}


def _record_citation(rec: dict[str, Any]) -> dict[str, Any]:
    from detente.views.common import citation

    return citation(rec)


# No script, no fetch, no form, no base: inline styles only (ours, and the chart's SVG attributes).
# ('unsafe-inline' for styles alone: with every fetch refused, a style can neither run nor leak.)
DIGEST_CSP = ("default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
              "font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; "
              "frame-src 'none'; form-action 'none'; base-uri 'none'")
_MD_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]"})


def markdown_text(value: Any) -> Any:
    """Text from an article made inert in Markdown: no raw HTML, no link or image syntax.

    Our own markup (citation numbers) is passed as `Markup` and left alone."""
    if isinstance(value, Markup) or value is None:
        return value
    return str(value).translate(_MD_ESCAPES)


def _cites(nums: list[int]) -> Markup:
    return Markup("".join(f"[{int(n)}]" for n in nums))


def _environment(markdown: bool = False) -> Environment:
    """Autoescaped HTML; Markdown through `markdown_text` (HTML entities would garble plain text)."""
    env = Environment(loader=PackageLoader("detente.reports", "templates"), autoescape=not markdown,
                      trim_blocks=True, lstrip_blocks=True,
                      finalize=markdown_text if markdown else None)
    env.filters["cites"] = _cites
    return env


class NoFetching(Exception):
    """Raised by the PDF renderer's URL fetcher for anything but a bundled asset."""


ASSETS = Path(__file__).resolve().parent / "templates"


def _bundled_asset(url: str) -> Path | None:
    """The file a `file:` URL names when it is one of our bundled assets, else None."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    path = Path(unquote(parts.path)).resolve()
    return path if path.is_file() and path.is_relative_to(ASSETS) else None


def _pdf_url_fetcher() -> Any:
    """A WeasyPrint URL fetcher that refuses every URL (http, file, data...) but our bundled assets.

    The digest itself is self-contained (inline CSS, inline SVG chart); an `<img>`, stylesheet or
    `<link rel=attachment>` that reached the HTML from an article is refused, not fetched."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class BundledOnly(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            asset = _bundled_asset(url)
            if asset is None:
                raise NoFetching(f"the digest loads nothing but its own assets ({url[:80]!r} refused)")
            return URLFetcherResponse(url, body=asset.read_bytes())

    return BundledOnly(allowed_protocols=("file",))


def html_to_pdf(html: str) -> bytes:
    """Print HTML with WeasyPrint, with no base URL and a fetcher that loads nothing."""
    from weasyprint import HTML

    return HTML(string=html, url_fetcher=_pdf_url_fetcher()).write_pdf()  # type: ignore[no-any-return]


def render_digest(content: dict[str, Any], fmt: str) -> str | bytes:
    """Markdown or HTML text, or PDF bytes (the HTML printed by WeasyPrint)."""
    if fmt == "md":
        return _environment(markdown=True).get_template("digest.md.j2").render(**content)
    chart = Markup(content["chart"]) if content.get("chart") else None  # our own matplotlib SVG
    html = _environment().get_template("digest.html.j2").render(
        {**content, "chart": chart, "csp": Markup(DIGEST_CSP)})
    if fmt == "html":
        return html
    if fmt == "pdf":
        return html_to_pdf(html)
    raise ValueError(f"Unknown digest format {fmt!r}: use md, html or pdf")
