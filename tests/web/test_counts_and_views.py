"""What the actor page and the map count, and what a build of the derived views brings with it:
each count equals the total of the table it links to, and the unfiltered positions matrix is made
by the builder before the build is served, never by the first request after it."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.store import open_store
from tests.web.bigcorpus import build_big_corpus


def _count(html: str) -> int:
    """The total in a table page's or the map's heading."""
    return int(re.search(r'<span class="count">(\d+)</span>', html).group(1))  # type: ignore[union-attr]


def _client(tmp_path: Path) -> TestClient:
    db = str(tmp_path / "counts.db")
    with open_store(db) as store:
        build_big_corpus(store)
    return TestClient(create_app(ApiSettings(db=db)))


def test_each_count_on_an_actor_page_is_the_total_of_the_table_it_links(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        for name in ("Russia", "Turkey", "United States", "Nobody Here"):
            html = client.get(f"/actors/{name}").text
            links = re.findall(r'<a href="([^"]+)">[A-Za-z]+</a> <span class="n">(\d+)</span>', html)
            # Five kinds acted in (talks only for a name with a country code), events and claims targeted.
            assert len(links) == (6 if name == "Nobody Here" else 7), name
            for href, shown in links:
                table = client.get(href.replace("&amp;", "&")).text
                assert _count(table) == int(shown), (name, href)
            assert (sum(int(n) for _, n in links) > 0) is (name != "Nobody Here")


def test_the_map_counts_the_located_events_of_its_filters(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        every = _count(client.get("/map").text)
        points = client.get("/map/points.json").json()
        assert every == points["total"] == len(points["points"]) > 0
        assaults = _count(client.get("/map?type=ASSAULT").text)
        assert 0 < assaults < every
        assert assaults == client.get("/map/points.json?type=ASSAULT").json()["total"]


def test_the_first_matrix_request_after_a_build_computes_nothing(tmp_path: Path, monkeypatch: Any) -> None:
    import detente.views.positions as positions

    made: list[tuple[Any, ...]] = []
    original = positions.build_matrix

    def counting(*args: Any) -> dict[str, Any]:
        made.append(args[1:])
        return original(*args)

    monkeypatch.setattr(positions, "build_matrix", counting)
    with _client(tmp_path) as client:
        client.get("/stories").raise_for_status()  # the build is served from here on
        made.clear()
        matrix = client.get("/api/positions/matrix").json()
        assert matrix["cells"] and client.get("/positions").status_code == 200
        assert made == []
        client.get("/api/positions/matrix?issue=ceasefire").raise_for_status()
        assert made == [(None, "ceasefire", None)]  # a filtered matrix is made on its first request


def test_the_story_filter_lists_the_largest_stories_and_marks_the_chosen_one(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        stories = client.get("/api/stories?limit=500").json()["items"]
        largest = max(stories, key=lambda s: (len(s["articles"]), [-ord(c) for c in s["id"]]))
        for path in ("/records/events", "/articles", "/map"):
            plain = client.get(path).text
            options = re.findall(r'<option value="([0-9a-f]+)"( selected)?>[^<]*\((\d+) articles?\)</option>', plain)
            assert len(options) == min(300, len(stories)) and not any(chosen for _, chosen, _ in options)
            assert options[0][0] == largest["id"] and int(options[0][2]) == len(largest["articles"])
            chosen = client.get(f"{path}?story={largest['id'][:6]}").text
            assert re.findall(r'<option value="([0-9a-f]+)" selected>', chosen) == [largest["id"]]
