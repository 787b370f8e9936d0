"""The analyst's workbench in Chromium over 243 articles (issue 15): every page renders, facets
combine, pagination reaches the last row, downloads carry the filters, the map draws borders and
markers, and no request leaves the machine (the `guarded` page aborts and fails on any)."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from detente.models import Article, Record
from tests.api import corpus
from tests.web.bigcorpus import generate

pytestmark = pytest.mark.browser

KIND_PAGES = ("events", "talks", "positions", "claims", "quotes")


def stored() -> list[tuple[Article, list[Record]]]:
    """What the big store holds: the generated articles, then the hand-built three."""
    items = generate()
    for i, (file, title, outlet, published, text) in enumerate(corpus.ARTICLES):
        article = Article(file=file, index=0, text=text, title=title, outlet=outlet, published=published)
        records = corpus._records(i, text)
        for rec in records:
            rec.assign_id(article.id)
        items.append((article, records))
    return items


def expected(kind: str, **facets: str) -> list[dict[str, Any]]:
    """The stored records of `kind` matching `facets` (actor, type, outlet, since, until), in Python."""
    out = []
    for article, records in stored():
        for rec in records:
            obj = rec.to_contract(article)
            day = obj["date"] or article.published
            actor = (obj.get("actor") or obj.get("claimant") or obj.get("party") or obj.get("speaker") or {})
            if rec.kind != kind or any((
                    "actor" in facets and actor.get("name") != facets["actor"],
                    "type" in facets and obj.get("type") != facets["type"],
                    "outlet" in facets and article.outlet != facets["outlet"],
                    "since" in facets and day < facets["since"], "until" in facets and day > facets["until"])):
                continue
            out.append(obj)
    return out


def count_shown(page: Any) -> int:
    return int(page.locator("main h1 .count").inner_text())


def test_every_page_renders(guarded: Any, big_server: str, screenshots: Path) -> None:
    page = guarded
    story = page.request.get(f"{big_server}/api/stories").json()["items"][0]["id"]
    article = page.request.get(f"{big_server}/api/articles?outlet=Wire%20A").json()["items"][0]["id"]
    pages = [*((k, f"/records/{k}") for k in KIND_PAGES), ("articles", "/articles"), ("timeline", "/"),
             ("positions-matrix", "/positions"), ("stories", "/stories"), ("story", f"/stories/{story}"),
             ("article", f"/articles/{article}"), ("actor", "/actors/Russia"), ("search", "/search?q=drones"),
             ("map", "/map")]
    for name, path in pages:
        response = page.goto(big_server + path)
        assert response.status == 200, path
        assert page.locator("main h1").count() == 1, path
        page.screenshot(path=str(screenshots / f"wb-{name}.png"))   # the first screenful
    for name in KIND_PAGES:   # each table shows rows with an evidence sentence linking to its article
        page.goto(f"{big_server}/records/{name}")
        first = page.locator("table.records tbody tr").first
        assert first.locator("a.evidence").get_attribute("href").startswith("/articles/")


def test_docs_render_from_local_assets(guarded: Any, big_server: str, screenshots: Path) -> None:
    page = guarded
    page.goto(f"{big_server}/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15000)
    assert page.locator(".swagger-ui .info .title").inner_text().startswith("detente")
    assert page.locator(".opblock-summary-path").count() >= 5   # the operations are listed
    page.screenshot(path=str(screenshots / "wb-docs.png"))
    page.goto(f"{big_server}/redoc")
    page.wait_for_selector("h1", timeout=15000)
    assert page.locator("h1").first.inner_text().startswith("detente")


def test_facets_and_dates_combine(guarded: Any, big_server: str, screenshots: Path) -> None:
    page = guarded
    page.goto(f"{big_server}/records/events")
    assert count_shown(page) == len(expected("event"))
    page.locator(".facet[data-facet=type] a", has_text="ASSAULT").click()
    page.locator(".facet[data-facet=actor] a", has_text="Russia").click()
    page.locator(".facet[data-facet=outlet] a", has_text="Wire A").click()
    want = expected("event", type="ASSAULT", actor="Russia", outlet="Wire A")
    assert count_shown(page) == len(want) > 0
    page.fill("input[name=since]", "2025-04-01")
    page.fill("input[name=until]", "2025-05-31")
    page.click("form.filters button:has-text('Apply')")
    page.wait_for_load_state()
    want = expected("event", type="ASSAULT", actor="Russia", outlet="Wire A", since="2025-04-01",
                    until="2025-05-31")
    assert count_shown(page) == len(want) > 0
    rows = page.locator("table.records tbody tr")
    assert rows.count() == len(want)
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td").all_inner_texts()
        assert "2025-04-01" <= cells[0] <= "2025-05-31" and cells[1] == "ASSAULT" and cells[2] == "Russia"
        assert cells[-1] == "Wire A"
    page.screenshot(path=str(screenshots / "wb-events-filtered.png"), full_page=True)
    page.locator(".chip", has_text="actor: Russia").click()      # removing one filter keeps the others
    assert count_shown(page) == len(expected("event", type="ASSAULT", outlet="Wire A", since="2025-04-01",
                                             until="2025-05-31"))


def test_pagination_reaches_the_last_row(guarded: Any, big_server: str) -> None:
    page = guarded
    page.goto(f"{big_server}/records/claims?size=25")
    total = count_shown(page)
    assert total == len(expected("claim")) > 100
    seen: list[str] = []
    while True:
        seen += [row.get_attribute("id") for row in page.locator("table.records tbody tr").all()]
        nxt = page.locator(".pager a[rel=next]")
        if not nxt.count():
            break
        nxt.click()
    assert len(seen) == len(set(seen)) == total
    assert "page 5 of 5" in page.locator(".pager .where").inner_text()
    page.goto(f"{big_server}/records/claims?size=25")
    page.locator(".pager a[rel=last]").click()
    assert page.locator("table.records tbody tr").last.get_attribute("id") == seen[-1]
    page.goto(f"{big_server}/search?q=drones")
    hits = int(page.locator("main p").first.inner_text().split()[0])
    page.locator(".pager a[rel=last]").click()
    assert page.locator(".hits li").count() == hits - 50 * (-(-hits // 50) - 1)


def test_downloads_match_the_filters(guarded: Any, big_server: str, tmp_path: Path) -> None:
    page = guarded
    page.goto(f"{big_server}/records/events?type=ASSAULT&outlet=Wire+B&since=2025-03-15&size=10&page=2")
    want = expected("event", type="ASSAULT", outlet="Wire B", since="2025-03-15")
    with page.expect_download() as info:
        page.click("a.dl-csv")
    path = tmp_path / "events.csv"
    info.value.save_as(path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == len(want) > 10     # every matching row, not only the page shown
    assert {r["type"] for r in rows} == {"ASSAULT"} and {r["source_outlet"] for r in rows} == {"Wire B"}
    assert min(r["date"] for r in rows) >= "2025-03-15"
    assert {r["id"] for r in rows} == {w["id"] for w in want}
    with page.expect_download() as info:
        page.click("a.dl-json")
    info.value.save_as(tmp_path / "events.json")
    data = json.loads((tmp_path / "events.json").read_text())
    assert data["total"] == len(want) and {i["id"] for i in data["items"]} == {w["id"] for w in want}
    page.goto(f"{big_server}/articles?outlet=Kyiv+Daily")
    with page.expect_download() as info:
        page.click("a.dl-csv")
    info.value.save_as(tmp_path / "articles.csv")
    arts = list(csv.DictReader((tmp_path / "articles.csv").open(encoding="utf-8")))
    assert len(arts) == count_shown(page) == 48 and {a["outlet"] for a in arts} == {"Kyiv Daily"}


def test_map_draws_borders_and_clustered_markers(guarded: Any, big_server: str, screenshots: Path) -> None:
    page = guarded
    page.goto(f"{big_server}/map")
    page.wait_for_selector("#map[data-ready]", timeout=15000)
    assert page.locator("#map").get_attribute("data-ready") == str(count_shown(page))
    assert page.locator(".leaflet-overlay-pane path.country").count() > 150      # Natural Earth countries
    clusters = page.locator(".marker-cluster")
    assert clusters.count() > 0
    shown = sum(int(t) for t in clusters.all_inner_texts()) + page.locator("path.event-marker").count()
    assert shown == count_shown(page)
    assert "ASSAULT" in page.locator(".map-legend").inner_text()
    page.screenshot(path=str(screenshots / "wb-map.png"))
    page.locator(".facet[data-facet=type] a", has_text="AGREE").click()          # same facets as the table
    page.wait_for_selector("#map[data-ready]", timeout=15000)
    legend = page.locator(".map-legend").inner_text()
    assert "AGREE" in legend and "ASSAULT" not in legend
    assert int(page.locator("#map").get_attribute("data-ready")) == len(expected("event", type="AGREE"))
    page.locator(".marker-cluster").first.click()                                # a cluster opens up
    page.wait_for_timeout(600)
    page.screenshot(path=str(screenshots / "wb-map-agree-zoomed.png"))


def test_evidence_link_opens_the_article_at_its_sentence(guarded: Any, big_server: str) -> None:
    page = guarded
    page.goto(f"{big_server}/records/quotes")
    link = page.locator("a.evidence").first
    sentence = link.inner_text().strip("“”")
    link.click()
    page.wait_for_load_state()
    anchor = page.url.split("#")[1]
    highlighted = page.locator(f"#{anchor} + mark")
    assert highlighted.is_visible() and highlighted.inner_text().strip() == sentence


def test_talks_show_parties_mediators_delegations_and_outcomes(guarded: Any, big_server: str,
                                                                screenshots: Path) -> None:
    page = guarded
    page.goto(f"{big_server}/records/talks?status=held&actor=RUS")
    row = page.locator("table.records tbody tr").first
    cells = row.locator("td").all_inner_texts()
    assert cells[1:7] == [cells[1], "Turkey", cells[3], "held", "Ukraine: Rustem Umerov",
                          "prisoner_exchange: agreed (1,000 prisoners each)"]
    assert cells[1] == "Russia, Ukraine"
    assert row.locator(".sentence").inner_text().startswith("Russia and Ukraine held talks in ")
    assert "mediated by Turkey; they agreed on prisoner exchange (1,000 prisoners each)" in cells[7]
    page.screenshot(path=str(screenshots / "wb-talks-held.png"), full_page=True)


def test_links_lead_from_actors_and_stories_to_their_records(guarded: Any, big_server: str) -> None:
    page = guarded
    page.goto(f"{big_server}/records/positions")
    page.locator("table.records tbody td a", has_text="Ukraine").first.click()
    assert page.url.endswith("/actors/Ukraine")
    page.locator(".actor-counts a", has_text="Positions").first.click()
    assert count_shown(page) == len(expected("position", actor="Ukraine"))
    page.goto(f"{big_server}/stories")
    page.locator(".stories a").first.click()
    page.locator(".story-links a", has_text="articles").click()
    assert "story=" in page.url and count_shown(page) >= 1


def test_a_story_chosen_in_the_form_combines_with_facets(guarded: Any, big_server: str) -> None:
    page = guarded
    stories = page.request.get(f"{big_server}/api/stories?limit=500").json()["items"]
    story = max(stories, key=lambda s: len(s["articles"]))
    members = {a["id"] for a in story["articles"]}
    page.goto(f"{big_server}/records/events?outlet=Wire+A")
    page.select_option("select[name=story]", story["id"])
    page.click("form.filters button:has-text('Apply')")
    page.wait_for_load_state()
    assert "story=" in page.url and "outlet=Wire+A" in page.url
    want = [o for o in expected("event", outlet="Wire A")
            if any(a["file"] == o["source"]["file"] for a in story["articles"])]
    assert count_shown(page) == len(want) > 0
    for href in page.locator("a.evidence").evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert href.split("/")[2].split("#")[0] in members


def test_timeline_reads_as_sentences_and_opens_its_sources(guarded: Any, big_server: str) -> None:
    page = guarded
    page.goto(f"{big_server}/?kind=talks&since=2025-03-01&until=2025-03-01")
    entry = page.locator(".timeline .entry").first
    assert entry.locator(".entry-link").inner_text() == (
        "Russia and Ukraine held talks in Istanbul (round 1), mediated by Turkey; "
        "they agreed on prisoner exchange (1,000 prisoners each)")
    cites = entry.locator(".cites")
    assert not cites.is_visible()
    entry.locator("button.toggle").click()
    assert cites.is_visible() and entry.locator("button.toggle").get_attribute("aria-expanded") == "true"
    assert "Russia and Ukraine held talks in Istanbul" in cites.inner_text()
    page.goto(f"{big_server}/?size=25")
    assert "page 1 of" in page.locator(".pager .where").inner_text()
    page.locator(".pager a[rel=last]").click()
    assert page.locator(".timeline .entry").count() >= 1
