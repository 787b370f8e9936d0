"""On the seed corpus: the Spiderweb reports of four outlets merge into one story, the other articles
stay apart, and the facts their sources disagree on are listed; the digest shows it all, cited."""
from __future__ import annotations

from pathlib import Path

import pytest

from detente.reports.digest import build_digest, render_digest
from detente.store import open_store
from detente.stories.build import build_view

pytestmark = pytest.mark.model


def _view(db: str):  # type: ignore[no-untyped-def]
    with open_store(db) as store:
        return build_view(store)


def _where(view, article_id: str) -> str:  # type: ignore[no-untyped-def]
    a = view.articles[article_id]
    return f"{Path(a.file).name[:3]}/{a.index}"


def test_spiderweb_reports_merge_and_other_stories_stay_apart(seeds_db: str) -> None:
    view = _view(seeds_db)
    stories = [sorted(_where(view, a) for a in s.articles) for s in view.stories]
    assert ["000/0", "002/0", "003/2", "004/0"] in stories
    for other in ("001/0", "003/0", "003/1"):
        assert [other] in stories, f"{other} should be a story of its own"


def test_disagreements_between_sources_are_listed(seeds_db: str) -> None:
    view = _view(seeds_db)
    split = [f for f in view.facts if not f["agree"]]
    damage = [f for f in split if "usd" in f["label"].lower()]
    assert damage, "the damage figures ($7 billion against $2 billion) should disagree"
    values = sorted(v["value"]["value"] for v in damage[0]["values"])
    assert values == [2e9, 7e9]
    assert sorted(v["shown"] for v in damage[0]["values"]) == ["$2 bn", "about $7 bn"]
    assert all(v["outlets"] and v["evidence"] for v in damage[0]["values"])
    # The other numbers of the story count different incidents (a derailment, a drone strike, a
    # missile strike on a training base; Russia's drones and Ukraine's): none may be set against another.
    assert split == damage, [f["label"] for f in split]
    harm = [f for f in view.facts if f["about"] == "number" and any(
        w in f["label"] for w in ("killed", "injured", "wounded"))]
    assert harm == [], [(f["label"], [v["shown"] for v in f["values"]]) for f in harm]


def test_digest_of_the_seeds_in_html_and_pdf(seeds_db: str, tmp_path: Path) -> None:
    content = build_digest(_view(seeds_db))
    html = render_digest(content, "html")
    assert isinstance(html, str)
    for section in ('id="talks"', 'id="positions"', 'id="events"', 'id="disputes"', 'id="sources"'):
        assert section in html
    assert "<svg" in html or not content["events"]
    assert content["citations"], "every statement should cite its sources"
    assert html.count('href="#src-') >= len(content["citations"])
    assert "damage in USD" in html and "$7 bn" in html and "7000000000" not in html
    markdown = render_digest(content, "md")
    assert "## Where sources disagree" in str(markdown)
    pdf = render_digest(content, "pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
    (tmp_path / "digest.pdf").write_bytes(pdf)
