"""Single-request latency of the table endpoints, as a ratio to `/api/health` in the same run.

    .venv/bin/python bench/api_latency.py --db /tmp/copy-of-load-store.db [--runs 20] [--dump DIR]

The app runs in this process (FastAPI's TestClient, every middleware included), over a store that
`bench/load.py` built (use a copy: opening it migrates it). Requests are sequential; each round asks
every URL once, in the same order, so a machine whose load drifts weighs on every URL alike. Each
request carries a throwaway `_=<round>` parameter, so no answer comes from the kept-answers cache,
and the kept facet counts are dropped before each request (`--keep-facets` keeps them: then every
page and order of a selection after its first is served its facet counts from memory).
Per URL: the median of the rounds in ms and that median divided by `/api/health`'s median, the
same for the CPU time this process spent on the request (server and client threads together), which
other work on a shared machine disturbs less than the wall time, and the wall time of the URL's
first request (a positions matrix, say, is computed once per build and filter set, then kept).

`--dump DIR` writes each URL's answer (without the throwaway parameter) to DIR, one file per URL, to
compare the answers of two versions of the code over the same store (`diff -r`).
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEALTH = "/api/health"
ACTORS = ["UKR", "RUS", "Zelensky"]
PERIODS = ["since=2024-02-01&until=2024-03-31", "since=2019-11-01"]
# The /api/{kind} and /records/{name} requests of bench/load.py, and a few more orders and pages.
URLS = ([f"/api/{k}?actor={a}" for k in ("events", "positions", "talks") for a in ACTORS]
        + [f"/api/{k}?{p}" for k in ("claims", "quotes") for p in PERIODS]
        + ["/api/events?type=ASSAULT", "/api/positions?issue=ceasefire", "/api/events?outlet=Reuters",
           "/api/claims?offset=5000"]
        + [f"/records/{k}" for k in ("events", "talks", "positions", "claims", "quotes")]
        + ["/records/events?actor=Russia", "/records/positions?issue=ceasefire&page=2",
           "/records/claims?page=40", "/records/quotes?since=2024-02-01&until=2024-03-31",
           "/records/claims?sort=date&desc=1", "/records/events?sort=actor",
           "/stories", "/api/stories?offset=50"]
        # The other endpoints over 300 ms at p99 in bench/load.py (issue 13): pages and views.
        + ["/actors/Ukraine", "/actors/Russia", "/actors/Volodymyr Zelensky", "/map", "/map?type=ASSAULT",
           "/map/points.json?type=ASSAULT", "/records/talks?actor=UKR", "/api/positions/matrix",
           "/api/positions/matrix?party=Ukraine", "/api/positions/matrix?as_of=2024-03-01", "/positions"]
        # The articles list and its downloads, and the actor filter by a name's word (issue 13, round 9).
        + ["/api/articles", "/api/articles?offset=5000", "/api/articles?since=2019-11-01",
           "/api/articles?q=ceasefire", "/api/articles?outlet=Reuters", "/articles", "/articles?page=20",
           "/articles.json?outlet=Reuters", "/articles.csv", "/articles.json",
           "/records/events.json?actor=Russia",
           "/api/timeline", "/", "/api/events?actor=Putin",
           "/api/quotes?actor=Zelensky", "/api/claims?actor=Kyiv"])
STORIES = 3   # /stories/{id} of the largest stories (read from /api/stories)
ARTICLES = 3  # /api/articles/{id} and /articles/{id}, every 997th article as bench/load.py picks them


def store_urls(client: Any, db: str) -> list[str]:
    """URLs naming stories and articles of this store: the story page and the article endpoints."""
    from detente.store import open_store

    with open_store(db) as store:
        articles = [a.id for a in store.iter_articles()][::997][:ARTICLES]
    stories = [s["id"] for s in client.get(f"/api/stories?limit={STORIES}").json()["items"]]
    return ([f"/stories/{s}" for s in stories] + [f"/api/articles/{a}" for a in articles]
            + [f"/articles/{a}" for a in articles])


def _bust(url: str, round_: int) -> str:
    return f"{url}{'&' if '?' in url else '?'}_={round_}"


def _file_name(url: str) -> str:
    return re.sub(r"[^A-Za-z0-9=.-]+", "_", url.strip("/")) or "root"


def run(db: str, runs: int, dump: Path | None, keep_facets: bool = False
        ) -> dict[str, tuple[float, float, float]]:
    """Median wall and CPU ms per URL over `runs` sequential rounds (health first in every round),
    and the wall ms of its first request (before the rounds, in URL order)."""
    from fastapi.testclient import TestClient

    from detente.api.app import create_app
    from detente.api.deps import ApiSettings

    try:
        from detente.web.tables import forget_kept_facets
    except ImportError:  # a version from before kept facet counts (to time it against this one)
        def forget_kept_facets() -> None:
            return None

    with TestClient(create_app(ApiSettings(db=db))) as client:
        client.get("/stories").raise_for_status()  # waits for the derived views once
        urls = [*URLS, *store_urls(client, db)]
        times: dict[str, list[float]] = {u: [] for u in [HEALTH, *urls]}
        cpu: dict[str, list[float]] = {u: [] for u in times}
        first: dict[str, float] = {HEALTH: 0.0}
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
        for url in urls:  # the first request of each URL: what a view computes once per build shows here
            start = time.perf_counter()
            answer = client.get(url)
            first[url] = 1000 * (time.perf_counter() - start)
            if dump is not None:
                (dump / _file_name(url)).write_bytes(answer.content)
        for round_ in range(runs):
            for url in times:
                if not keep_facets:
                    forget_kept_facets()
                start, used = time.perf_counter(), time.process_time()
                client.get(_bust(url, round_)).raise_for_status()
                times[url].append(1000 * (time.perf_counter() - start))
                cpu[url].append(1000 * (time.process_time() - used))
    return {url: (statistics.median(ms), statistics.median(cpu[url]), first[url])
            for url, ms in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="a copy of a bench/load.py store")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--dump", type=Path, help="write each URL's answer here")
    parser.add_argument("--keep-facets", action="store_true", help="keep facet counts across requests")
    args = parser.parse_args()
    medians = run(args.db, args.runs, args.dump, args.keep_facets)
    health, health_cpu, _ = medians[HEALTH]
    print(f"{'median ms':>10} {'x health':>9} {'CPU ms':>8} {'x health':>9} {'first ms':>9}  url",
          f"({args.runs} rounds)")
    for url, (ms, cpu, first) in medians.items():
        print(f"{ms:10.1f} {ms / health:9.1f} {cpu:8.1f} {cpu / health_cpu:9.1f} {first:9.1f}  {url}")


if __name__ == "__main__":
    main()
