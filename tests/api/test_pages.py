"""Server-rendered pages: each renders, links records to sentences, and escapes untrusted text."""
from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_every_page_renders(client: TestClient) -> None:
    story = client.get("/api/stories").json()["items"][0]["id"]
    article = client.get("/api/articles").json()["items"][0]["id"]
    for path in ("/", "/positions", "/stories", f"/stories/{story}", f"/articles/{article}", "/map",
                 "/search?q=Istanbul"):
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
    for path in (f"/articles/{evil}", "/", "/search?q=Geneva", "/stories", "/map"):
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
