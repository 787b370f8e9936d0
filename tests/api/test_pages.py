"""Server-rendered pages: each renders, links records to sentences, and escapes untrusted text."""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.store import open_store
from tests.web.bigcorpus import build_big_corpus


def test_every_page_renders(client: TestClient) -> None:
    story = client.get("/api/stories").json()["items"][0]["id"]
    article = client.get("/api/articles").json()["items"][0]["id"]
    for path in ("/", "/positions", "/stories", f"/stories/{story}", f"/articles/{article}", "/map",
                 "/search?q=Istanbul", "/articles", "/records/events", "/records/talks", "/records/positions",
                 "/records/claims", "/records/quotes", "/actors/Russia"):
        res = client.get(path)
        assert res.status_code == 200, path
        assert res.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in res.headers["content-security-policy"]


def test_timeline_links_each_entry_to_its_sentence(client: TestClient) -> None:
    html = client.get("/").text
    links = re.findall(r'class="entry-link" href="(/articles/[0-9a-f]+#r-[0-9a-f]+)"', html)
    assert links
    path, anchor = links[0].split("#")
    assert f'id="{anchor}"' in client.get(path).text


def test_article_page_highlights_evidence(client: TestClient) -> None:
    article = client.get("/api/articles", params={"outlet": "Wire B"}).json()["items"][0]["id"]
    html = client.get(f"/articles/{article}").text
    assert '<mark class="k-claim k-position' in html or '<mark class="k-claim' in html
    assert "k-quote" in html


def test_malicious_article_text_is_escaped_everywhere(client: TestClient) -> None:
    evil = client.get("/api/articles", params={"outlet": "Evil Times"}).json()["items"][0]["id"]
    for path in (f"/articles/{evil}", "/", "/search?q=Geneva", "/stories", "/map", "/articles",
                 "/records/events"):
        html = client.get(path).text
        assert "<script>window.__xss" not in html, path
        assert "<img src=x onerror" not in html, path
        assert "<b>ends</b>" not in html, path
    assert "&lt;script&gt;window.__xss" in client.get(f"/articles/{evil}").text


def test_positions_page_marks_incompatible_issues(client: TestClient) -> None:
    html = client.get("/positions").text
    assert 'class="incompatible"' in html and "ceasefire" in html


def test_unknown_page_is_a_clean_404(client: TestClient) -> None:
    res = client.get("/articles/zzz")
    assert res.status_code == 404 and "Traceback" not in res.text


def test_record_tables_filter_in_the_page_and_the_downloads(client: TestClient) -> None:
    html = client.get("/records/claims", params={"outlet": "Wire B"}).text
    assert html.count('<tr id="row-') == 1 and "700" in html and "472" not in html
    assert 'href="/records/claims.csv?outlet=Wire+B"' in html
    lines = client.get("/records/claims.csv", params={"outlet": "Wire B"}).text.splitlines()
    assert len(lines) == 2 and lines[0].startswith("kind,id,date") and "Wire B" in lines[1]
    data = client.get("/records/positions.json", params={"stance": "reject"}).json()
    assert data["total"] == 1 and data["items"][0]["party_name"] == "Russia"


def test_evidence_in_a_table_links_to_the_highlighted_sentence(client: TestClient) -> None:
    html = client.get("/records/quotes").text
    path, anchor = re.findall(r'class="evidence" href="(/articles/[0-9a-f]+)#(r-[0-9a-f]+)"', html)[0]
    assert f'id="{anchor}"' in client.get(path).text


def test_talks_table_reads_as_sentences_with_parties_and_mediators(client: TestClient) -> None:
    html = client.get("/records/talks").text
    assert "Russia and Ukraine held talks in Istanbul (round 2), mediated by Turkey" in html
    assert "<td>Russia, Ukraine</td>" in html and "<td>Turkey</td>" in html


def test_table_pages_refuse_bad_dates_and_unknown_tables_with_sentences(client: TestClient) -> None:
    res = client.get("/records/events", params={"since": "2025-13-01"})
    assert res.status_code == 422 and "is not a date" in res.json()["error"]
    res = client.get("/records/bogus")
    assert res.status_code == 404 and "events, talks, positions, claims, quotes" in res.json()["error"]
    assert client.get("/records/events.xml").status_code == 404


def test_docs_load_their_assets_from_this_server(client: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        html = client.get(path).text
        assets = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert assets and all(a.startswith("/static/apidocs/") for a in assets), assets
        assert all(client.get(a).status_code == 200 for a in assets)


def test_map_points_follow_the_filters(client: TestClient) -> None:
    points = client.get("/map/points.json", params={"type": "ASSAULT"}).json()["points"]
    assert [(p["place"], p["lat"], p["lon"]) for p in points] == [("Kyiv", 50.45, 30.52)]
    assert client.get("/static/vendor/world-atlas/countries-110m.json").json()["type"] == "Topology"



@pytest.fixture(scope="module")
def big_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A store of 240 generated articles: more stories than one page shows."""
    db = str(tmp_path_factory.mktemp("big") / "big.db")
    with open_store(db) as store:
        build_big_corpus(store)
    with TestClient(create_app(ApiSettings(db=db))) as c:
        yield c


def _story_links(html: str) -> list[str]:
    return re.findall(r'<a href="/stories/([0-9a-f]+)">', html)


def test_stories_page_lists_the_largest_first_a_page_at_a_time(big_client: TestClient) -> None:
    api = big_client.get("/api/stories", params={"limit": 500}).json()["items"]
    sizes = {s["id"]: len(s["articles"]) for s in api}
    assert len(api) > 25
    first = big_client.get("/stories", params={"size": 25}).text
    links = _story_links(first)
    assert len(links) == 25
    assert sizes[links[0]] == max(sizes.values())
    assert [sizes[s] for s in links] == sorted((sizes[s] for s in links), reverse=True)
    assert f"{len(api)} stories" in first and 'rel="next"' in first
    second = big_client.get("/stories", params={"size": 25, "page": 2}).text
    assert _story_links(second) and not set(links) & set(_story_links(second))
    assert 'rel="prev"' in second
    everything = [s for page in range(1, len(api) // 200 + 2)
                  for s in _story_links(big_client.get("/stories", params={"size": 200, "page": page}).text)]
    assert sorted(everything) == sorted(sizes)   # every story is on exactly one page


def test_table_pages_open_on_what_the_builder_prepared(fresh_client: TestClient,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a build is served, each table's unfiltered page shows its facet counts and story choices
    without counting anything in the request, and says what a page that counts them says."""
    from detente.store.sql import SQLStore
    from detente.web.tables import KINDS, forget_kept_facets

    fresh_client.get("/stories").raise_for_status()  # the build and its warmers are done

    def no_counting(*_: object) -> None:
        raise AssertionError("a facet was counted in the request")

    monkeypatch.setattr(SQLStore, "facet_counts", no_counting)
    prepared = {kind: fresh_client.get(f"/records/{kind}").text for kind in KINDS}
    monkeypatch.undo()
    forget_kept_facets()
    assert prepared == {kind: fresh_client.get(f"/records/{kind}").text for kind in KINDS}
    assert all('<option value="' in page and "facet" in page for page in prepared.values())
