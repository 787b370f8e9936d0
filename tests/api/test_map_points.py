"""The map's points are described once per build by the builder thread, and a point the store holds
but the build does not (written since) is still on the map at once (issue 13)."""
from __future__ import annotations

import time

from fastapi.testclient import TestClient

from detente.models import Article, Evidence, Record
from detente.store import open_store
from detente.web.maps import POINTS


def _served_points(client: TestClient) -> dict[str, object]:
    for _ in range(200):  # the builder thread installs the build, prepared, shortly after start-up
        view = client.app.state.views.current  # type: ignore[attr-defined]
        if view is not None:
            return view.memo(POINTS, lambda: None)  # type: ignore[no-any-return]
        time.sleep(0.05)
    raise AssertionError("no build was served")


def test_the_build_holds_every_located_events_point(fresh_client: TestClient) -> None:
    fresh_client.get("/stories").raise_for_status()
    prepared = _served_points(fresh_client)
    answer = fresh_client.get("/map/points.json").json()
    assert prepared is not None and answer["total"] == len(answer["points"]) > 0
    assert [p["id"] for p in answer["points"]] == [i for i in prepared["points"]]  # type: ignore[index]
    kyiv = next(p for p in answer["points"] if p["place"] == "Kyiv")
    assert kyiv["sentence"] and kyiv["href"].endswith(f"#r-{kyiv['id']}")


def test_an_event_written_after_the_build_is_on_the_map_at_once(fresh_client: TestClient) -> None:
    fresh_client.get("/stories").raise_for_status()
    before = fresh_client.get("/map/points.json").json()["total"]
    text = "Shelling hit the port of Odesa overnight, the regional governor said."
    event = Record("event", Evidence(text, 0, len(text)), {
        "type": "ASSAULT", "mode": "shelling", "cameo": "19", "actor": None, "target": None,
        "location": {"name": "Odesa", "country": "UKR", "lat": 46.48, "lon": 30.72}})
    with open_store(fresh_client.app.state.pool.db) as store:  # type: ignore[attr-defined]
        store.save_article(Article(file="odesa.txt", index=0, text=text, title="Port shelled", outlet="Wire C",
                                   published="2025-07-02"), [event])
    answer = fresh_client.get("/map/points.json").json()
    assert answer["total"] == before + 1
    assert "Odesa" in [p["place"] for p in answer["points"]]
