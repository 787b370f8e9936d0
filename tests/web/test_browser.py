"""The pages in a real browser: each loads, a timeline entry leads to its sentence, no script runs."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_each_page_loads_and_is_screenshotted(page: Any, live_server: str, screenshots: Path) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    story = page.request.get(f"{live_server}/api/stories").json()["items"][0]["id"]
    article = page.request.get(f"{live_server}/api/articles?outlet=Wire%20B").json()["items"][0]["id"]
    for name, path in (("timeline", "/"), ("positions", "/positions"), ("stories", "/stories"),
                       ("story", f"/stories/{story}"), ("article", f"/articles/{article}"), ("map", "/map"),
                       ("search", "/search?q=Istanbul")):
        response = page.goto(live_server + path)
        assert response.status == 200, path
        assert page.locator("main h1").count() == 1, path
        page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)
    assert errors == []


def test_click_a_timeline_entry_through_to_its_evidence(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    entry = page.locator(".timeline .entry-link").first
    label = entry.inner_text()
    assert label
    entry.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url and "#r-" in page.url
    anchor = page.url.split("#")[1]
    highlighted = page.locator(f"#{anchor} + mark")
    assert highlighted.count() == 1
    assert highlighted.is_visible()
    assert highlighted.inner_text().strip()


def test_a_malicious_article_runs_no_script(page: Any, live_server: str, screenshots: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    evil = page.request.get(f"{live_server}/api/articles?outlet=Evil%20Times").json()["items"][0]["id"]
    for path in (f"/articles/{evil}", "/", "/search?q=Geneva", "/map"):
        page.goto(live_server + path)
        page.wait_for_timeout(200)
        assert page.evaluate("() => window.__xss === undefined"), path
    page.goto(f"{live_server}/articles/{evil}")
    assert "<script>" in page.locator(".text").inner_text()  # shown as text, not run
    page.screenshot(path=str(screenshots / "malicious.png"), full_page=True)
    assert dialogs == []
