"""Hostile text through the other outputs: CSV (spreadsheets run formulas), JSON, page headers."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.export import write_csv
from detente.store import open_store


def test_csv_cells_never_start_like_a_formula(hostile: tuple[str, dict[str, str]]) -> None:
    db, p = hostile
    out = io.StringIO()
    with open_store(db) as store:
        assert write_csv(store, out) > 0
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(c.startswith("'" + p["csv"][:20]) for c in cells)  # the text is kept, made inert


@pytest.fixture
def hostile_client(hostile: tuple[str, dict[str, str]]) -> Iterator[TestClient]:
    with TestClient(create_app(ApiSettings(db=hostile[0]))) as c:
        yield c


def test_pages_escape_hostile_fields_and_send_a_csp(hostile_client: TestClient,
                                                    hostile: tuple[str, dict[str, str]]) -> None:
    articles = hostile_client.get("/api/articles").json()["items"]
    story = hostile_client.get("/api/stories").json()["items"][0]["id"]
    for path in ["/", "/positions", "/stories", f"/stories/{story}", "/map", "/search?q=drones",
                 *(f"/articles/{a['id']}" for a in articles)]:
        res = hostile_client.get(path)
        assert res.status_code == 200, path
        assert "script-src 'self'" in res.headers["content-security-policy"], path
        assert res.headers["referrer-policy"] == "no-referrer"
        body = res.text.lower()
        for tag in ("<script>window", "<img src=\"http://127", "<iframe", "<object", "<svg onload",
                    'href="javascript:'):
            assert tag not in body, (path, tag)


def test_api_returns_hostile_text_as_json_data(hostile_client: TestClient,
                                               hostile: tuple[str, dict[str, str]]) -> None:
    _, p = hostile
    res = hostile_client.get("/api/articles", params={"q": "envoy"})
    assert res.headers["content-type"] == "application/json"
    assert res.headers["x-content-type-options"] == "nosniff"
    item = res.json()["items"][0]
    assert (item["title"], item["outlet"], item["author"]) == (p["title"], p["outlet"], p["author"])
