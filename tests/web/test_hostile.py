"""Hostile titles, outlets, authors, URLs and texts in a real browser: every page and the HTML digest
show them as text, run none of their script and fetch none of their URLs (a loopback recorder
would see it)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from detente.api.deps import ApiSettings
from detente.reports.digest import build_digest, render_digest
from detente.store import open_store
from detente.stories.build import build_view
from tests.security.hostile import Recorder, empty_digest_content
from tests.web.conftest import serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_server(hostile: tuple[str, dict[str, str]]) -> Iterator[str]:
    with serve(ApiSettings(db=hostile[0])) as url:
        yield url


def _watch(page: Any) -> list[str]:
    seen: list[str] = []
    page.on("dialog", lambda d: (seen.append("dialog " + d.message), d.dismiss()))
    page.on("console", lambda m: None)
    return seen


def _no_script_ran(page: Any) -> bool:
    return bool(page.evaluate("() => window.__xss === undefined"))


def test_every_page_shows_hostile_fields_as_text(page: Any, hostile_server: str, recorder: Recorder) -> None:
    dialogs = _watch(page)
    articles = page.request.get(f"{hostile_server}/api/articles").json()["items"]
    story = page.request.get(f"{hostile_server}/api/stories").json()["items"][0]["id"]
    paths = ["/", "/positions", "/stories", f"/stories/{story}", "/map", "/search?q=drones", "/articles",
             *(f"/records/{k}" for k in ("events", "talks", "positions", "claims", "quotes")),
             *(f"/articles/{a['id']}" for a in articles)]
    for path in paths:
        assert page.goto(hostile_server + path).status == 200, path
        page.wait_for_timeout(150)
        assert _no_script_ran(page), path
    assert dialogs == [] and recorder.hits == []
    page.goto(f"{hostile_server}/articles/{articles[0]['id']}")
    assert "<script>" in page.locator("main").inner_text()  # shown, not run


def test_hostile_article_url_is_not_a_live_javascript_link(page: Any, hostile_server: str) -> None:
    dialogs = _watch(page)
    hostile_id = page.request.get(f"{hostile_server}/api/articles", params={"q": "envoy"}).json()["items"][0]["id"]
    page.goto(f"{hostile_server}/articles/{hostile_id}")
    for link in page.locator("a[href^='javascript:']").all():
        link.click()
    page.wait_for_timeout(200)
    assert dialogs == []


def _digest_file(db: str, tmp_path: Path) -> Path:
    with open_store(db) as store:
        html = str(render_digest(build_digest(build_view(store)), "html"))
    out = tmp_path / "digest.html"
    out.write_text(html, encoding="utf-8")
    return out


def test_html_digest_runs_no_script_and_fetches_nothing(
        hostile: tuple[str, dict[str, str]], recorder: Recorder, page: Any, tmp_path: Path) -> None:
    dialogs = _watch(page)
    page.goto(_digest_file(hostile[0], tmp_path).as_uri())
    page.wait_for_timeout(300)
    assert _no_script_ran(page)
    assert dialogs == [] and recorder.hits == []
    sources = page.locator("#sources").inner_text()
    assert "Evil Wire" in sources and "<script>" in sources  # the title is readable, as text


def test_html_digest_csp_blocks_what_escaping_might_miss(recorder: Recorder, page: Any, tmp_path: Path) -> None:
    """Defence in depth: markup injected past the escaping finds script and fetches refused."""
    html = str(render_digest(empty_digest_content(), "html"))
    html = html.replace("</body>", f'<img src="{recorder.url}/csp-img"><script>window.__xss=1</script>'
                                   f'<link rel="stylesheet" href="{recorder.url}/csp.css"></body>')
    out = tmp_path / "injected.html"
    out.write_text(html, encoding="utf-8")
    page.goto(out.as_uri())
    page.wait_for_timeout(300)
    assert _no_script_ran(page)
    assert recorder.hits == []


def test_table_downloads_keep_hostile_cells_inert(page: Any, hostile_server: str,
                                                  hostile: tuple[str, dict[str, str]]) -> None:
    import csv
    import io

    formula = hostile[1]["csv"]
    seen = []
    for kind in ("events", "talks", "positions", "claims", "quotes"):
        text = page.request.get(f"{hostile_server}/records/{kind}.csv").text()
        cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
        assert not any(c.startswith(("=", "+", "-", "@")) for c in cells), kind
        seen += [c for c in cells if formula[:20] in c]
    assert seen and all(c.startswith("'") or not c.startswith(formula[:1]) for c in seen)
