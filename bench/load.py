"""Load test of `detente serve` over a 10k-article store of real texts: every endpoint and page under
20 concurrent clients, server peak RSS, and the first requests right after an ingest.

    .venv/bin/python bench/load.py [--articles 10000] [--clients 20] [--per-url 6] [--port 8765] [--workers N]

The store. Extracting 10k real articles takes an hour on 2 cores, so the store is built once and
cached under /tmp (detente-load-base.db, detente-load-N.db; delete them to rebuild):
1. `detente ingest` of the real texts: ../shared/corpus/reports and seeds, and the HTML pages of
   ../shared/data/article-extraction-benchmark and fundus-evaluation (~320 articles);
2. copies of those articles and their extracted records, written through the store API
   (`save_article`, so record ids, record_keys and the version triggers behave as in an ingest): copy
   k shifts every day by 9*k days, names one of the outlets in turn, and ends its text with a line
   "(copy k)" so its content hash is new (evidence offsets stay valid, as the text only grows).

The run. The server is the real one (`python -m detente.cli serve --workers N`, uvicorn; N defaults to
this machine's cores) on 127.0.0.1. The paths
come from the app's own routes (a route this script cannot fill in is reported, never silently left
out); each is requested with several real parameter values (actors, outlets, periods, pages, story
and article ids). 20 client threads send the whole mixed list, shuffled, each waiting for its answer
before sending the next. Per endpoint: requests, errors (non-2xx or transport), p50/p95/p99 in ms,
and /api/health as the baseline measured in the same run. Peak RSS is sampled every 0.1 s over the
server's process tree: the serving processes (supervisor and workers) summed, the builder child apart,
and both together.
Then `detente ingest` adds one new article in another process (as a scheduled ingest would), and
the same 20 clients ask the derived-view endpoints at once: served the previous build while one
builder makes the next; reported with the time until the new build is served.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from detente.models import Article, Record  # noqa: E402
from detente.store import open_store  # noqa: E402

SHARED = ROOT.parent / "shared"
SOURCES = [SHARED / "corpus" / "reports", SHARED / "corpus" / "seeds",
           SHARED / "data" / "article-extraction-benchmark" / "html",
           SHARED / "data" / "fundus-evaluation" / "dataset" / "html"]
OUTLETS = ["Reuters", "AP News", "BBC News", "The Guardian", "Kyiv Independent", "Al Jazeera", "CNN", "DW"]
COLD = "(first request of each URL)"
DERIVED = ["/api/stories", "/api/facts", "/api/timeline", "/api/positions/matrix", "/", "/stories",
           "/positions"]


# -- the store ------------------------------------------------------------------------------------
def base_store(cache: Path) -> Path:
    """The real texts, ingested and extracted once (cached)."""
    db = cache / "detente-load-base.db"
    if not db.exists():
        sources = [str(s) for s in SOURCES if s.exists()]
        print(f"ingesting {len(sources)} folders of real articles into {db} (once) ...", flush=True)
        subprocess.run([sys.executable, "-m", "detente.cli", "ingest", *sources, "--db", str(db)], check=True,
                       cwd=ROOT)
    return db


def shifted(day: str | None, days: int) -> str | None:
    """A YYYY-MM-DD day moved by `days`; partial or missing dates are kept as they are."""
    if not day or len(day) < 10:
        return day
    try:
        return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat() + day[10:]
    except ValueError:
        return day


def copies(base: list[tuple[Article, list[Record]]], n: int) -> Iterator[tuple[Article, list[Record]]]:
    """`n` articles: the base ones, then shifted copies of them (see the module docstring)."""
    for i in range(n):
        article, records = base[i % len(base)]
        k = i // len(base)
        if k == 0:
            yield article, records
            continue
        copy = Article(file=f"copy{k}/{article.file}", index=article.index,
                       text=f"{article.text}\n(copy {k})",
                       title=article.title, author=article.author, outlet=OUTLETS[(i + k) % len(OUTLETS)],
                       published=shifted(article.published, 9 * k), url=None, format=article.format,
                       raw_start=article.raw_start, raw_end=article.raw_end)
        yield copy, [replace(r, id="", article_id="", date=shifted(r.date, 9 * k)) for r in records]


def load_store(articles: int, cache: Path) -> Path:
    db = cache / f"detente-load-{articles}.db"
    if db.exists():
        with open_store(str(db)) as store:
            if store.count_articles() >= articles:
                return db
        db.unlink()
    with open_store(str(base_store(cache))) as src:
        base = [(a, src.article_records(a.id)) for a in src.iter_articles()]
    print(f"writing {articles} articles ({len(base)} real ones and shifted copies) to {db} ...", flush=True)
    made = list(copies(base, articles))
    with open_store(str(db)) as store:
        for start in range(0, len(made), 500):
            with store.transaction():  # type: ignore[attr-defined]  # 500 articles per commit
                for article, records in made[start:start + 500]:
                    store.save_article(article, records)
    return db


# -- the server -----------------------------------------------------------------------------------
BUILDER = "detente.api.derived"  # the builder child's command line


def _children(pid: int) -> list[int]:
    """The children of every thread of `pid` (the builder child is started from a thread)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _rss_mb(pid: int) -> tuple[float, bool]:
    """(VmRSS in MB, whether it is a builder child) of one process; (0, False) once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        builder = BUILDER in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return 0.0, False
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024, builder
    return 0.0, builder


class MemorySampler(threading.Thread):
    """Peak RSS of the server's process tree, sampled every 0.1 s: the serving processes (the
    supervisor and its workers) summed, the builder child apart, and everything together."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.stop = threading.Event()
        self.serving = self.builder = self.total = 0.0

    def run(self) -> None:
        while not self.stop.wait(0.1):
            tree, pending = [], [self.pid]
            while pending:
                pid = pending.pop()
                tree.append(pid)
                pending += _children(pid)
            sizes = [_rss_mb(pid) for pid in tree]
            serving = sum(mb for mb, builder in sizes if not builder)
            building = sum(mb for mb, builder in sizes if builder)
            self.serving = max(self.serving, serving)
            self.builder = max(self.builder, building)
            self.total = max(self.total, serving + building)

    def summary(self) -> str:
        return (f"{self.serving:.0f} MB serving processes summed (supervisor + workers), builder child "
                f"{self.builder:.0f} MB, all together {self.total:.0f} MB")


class Server:
    """`detente serve --workers N` in a subprocess; memory sampled from /proc over its process tree."""

    def __init__(self, db: Path, port: int, workers: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "detente.cli", "serve", "--db", str(db), "--host",
                                      "127.0.0.1", "--port", str(port), "--workers", str(workers)], cwd=ROOT,
                                     stderr=subprocess.DEVNULL)
        self.memory = MemorySampler(self.proc.pid)
        self.memory.start()

    def peak_rss_mb(self) -> str:
        return self.memory.summary()

    def wait_ready(self, seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base + "/api/health", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise SystemExit("the server did not start")

    def stop(self) -> None:
        self.memory.stop.set()
        self.proc.terminate()
        self.proc.wait(timeout=30)


def route_paths() -> list[str]:
    """Every GET path the app serves (pages, API, docs), read from its routes."""
    from detente.api.app import create_app
    from detente.api.deps import ApiSettings

    app = create_app(ApiSettings(db=":memory:"))
    paths: list[str] = []
    for route in app.routes:
        inner = getattr(route, "original_router", None)
        for r in (inner.routes if inner is not None else [route]):
            if "GET" in (getattr(r, "methods", None) or ()):
                paths.append(r.path)
    return paths


def urls_for(path: str, client: httpx.Client, store_db: Path) -> list[str]:
    """Real requests for one route path; [] when this script does not know how to fill it in."""
    with open_store(str(store_db)) as store:
        articles = [a.id for a in store.iter_articles()][::997][:6]
        outlets = [o for o, _ in store.outlets()][:4]  # type: ignore[attr-defined]
    stories = [s["id"] for s in client.get("/api/stories?limit=6").json()["items"]]
    actors = ["UKR", "RUS", "Zelensky", "USA", "Putin", "Kyiv"]
    periods = ["since=2024-02-01&until=2024-03-31", "since=2019-11-01", "until=2018-12-31", ""]
    pages = ["offset=0", "offset=50", "offset=400"]
    fill: dict[str, list[str]] = {
        "/api/health": ["/api/health"], "/api/views": ["/api/views"],
        "/api/articles": [f"/api/articles?q={q}" for q in ("Kharkiv%20drones", "ceasefire", "Istanbul talks")]
        + [f"/api/articles?outlet={o}" for o in outlets] + [f"/api/articles?{p}" for p in periods],
        "/api/articles/{article_id}": [f"/api/articles/{a}" for a in articles],
        "/api/positions/matrix": ["/api/positions/matrix" + q
                                  for q in ("", "?party=Ukraine", "?issue=ceasefire", "?as_of=2024-03-01")],
        "/api/facts": ["/api/facts", "/api/facts?agree=false", "/api/facts?offset=200"],
        "/api/stories": [f"/api/stories?{p}" for p in pages],
        "/api/timeline": [f"/api/timeline?{p}" for p in periods] + ["/api/timeline?offset=300"],
        "/api/{kind}": [f"/api/{k}?actor={a}" for k in ("events", "positions", "talks") for a in actors[:3]]
        + [f"/api/{k}?{p}" for k in ("claims", "quotes") for p in periods[:2]]
        + ["/api/events?type=ASSAULT", "/api/positions?issue=ceasefire", f"/api/events?outlet={outlets[0]}"],
        "/openapi.json": ["/openapi.json"], "/docs": ["/docs"], "/redoc": ["/redoc"],
        "/": ["/", "/?since=2024-02-01&until=2024-03-31", "/?kind=talks"],
        "/positions": ["/positions", "/positions?as_of=2024-03-01"],
        "/stories": ["/stories"],
        "/stories/{story_id}": [f"/stories/{s}" for s in stories],
        "/articles/{article_id}": [f"/articles/{a}" for a in articles],
        "/search": ["/search?q=ceasefire", "/search?q=Kharkiv"],
        "/records/{name}": [f"/records/{k}" for k in ("events", "talks", "positions", "claims", "quotes")]
        + ["/records/events?actor=Russia", "/records/positions?issue=ceasefire&page=2"],
        "/articles": ["/articles", f"/articles?outlet={outlets[0]}", "/articles?page=20"],
        # A one-article outlet's download, and (since round 11) the whole 10k articles as CSV and JSON.
        "/articles.{ext}": [f"/articles.json?outlet={outlets[-1]}", "/articles.csv", "/articles.json"],
        "/actors/{name}": ["/actors/Ukraine", "/actors/Russia", "/actors/Volodymyr Zelensky"],
        "/map": ["/map", "/map?type=ASSAULT"],
        "/map/points.json": ["/map/points.json?type=ASSAULT"],
    }
    return fill.get(path, [])


# -- the clients ----------------------------------------------------------------------------------
def hammer(base: str, jobs: list[tuple[str, str]], clients: int) -> dict[str, dict[str, Any]]:
    """Send every (endpoint, url) once, from `clients` threads sharing one queue; latencies per endpoint."""
    lock = threading.Lock()
    queue = list(jobs)
    lat: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    seen: set[str] = set()

    def client() -> None:
        with httpx.Client(base_url=base, timeout=120) as http:
            while True:
                with lock:
                    if not queue:
                        return
                    name, url = queue.pop()
                    first = url not in seen  # the first request of a URL at this store version
                    seen.add(url)
                t0 = time.perf_counter()
                try:
                    ok = http.get(url).status_code < 400
                except httpx.HTTPError:
                    ok = False
                with lock:
                    for key in (name, COLD) if first else (name,):
                        lat[key].append(time.perf_counter() - t0)
                        errors[key] += not ok

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {name: {"requests": len(v), "errors": errors[name], **percentiles(v)} for name, v in lat.items()}


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def at(q: float) -> float:
        return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]
    return {"p50": 1000 * statistics.median(ordered), "p95": at(0.95), "p99": at(0.99)}


def report(title: str, results: dict[str, dict[str, Any]], baseline: str = "/api/health") -> None:
    print(f"\n{title}")
    print(f"{'endpoint':28} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
          f"{'p99/health':>10}")
    base = results.get(baseline, {}).get("p99")
    for name, r in sorted(results.items()):
        ratio = f"{r['p99'] / base:10.1f}" if base else f"{'':>10}"
        print(f"{name:28} {r['requests']:8d} {r['errors']:6d} {r['p50']:8.1f} {r['p95']:8.1f} "
              f"{r['p99']:8.1f} {ratio}")
    endpoints = [r for name, r in results.items() if name != COLD]
    worst = max(endpoints, key=lambda r: r["p99"])
    print(f"all: {sum(r['requests'] for r in endpoints)} requests, "
          f"{sum(r['errors'] for r in endpoints)} errors, worst p99 {worst['p99']:.0f} ms; the cold row "
          "counts the first request of each URL once more (answers are kept per store version: later "
          "ones are served from memory)")


def views_version(base: str) -> tuple[int, int]:
    body = httpx.get(base + "/api/views", timeout=30).json()
    return body["content_version"], body["views_version"] or 0


def after_ingest(server: Server, db: Path, clients: int, rounds: int) -> None:
    """Ingest one new article in another process; then the derived views at once, from every client."""
    before, _ = views_version(server.base)
    with tempfile.TemporaryDirectory() as tmp:
        new = Path(tmp) / "new.txt"
        new.write_text("Russia launched 40 drones at Kharkiv overnight, officials said on Saturday. Talks "
                       "between Russian and Ukrainian delegations in Istanbul were postponed. "
                       f"(Load test report {time.time_ns()}.)\n", encoding="utf-8")
        subprocess.run([sys.executable, "-m", "detente.cli", "ingest", str(new), "--db", str(db), "-q",
                        "--published", "2025-06-07", "--outlet", "Reuters"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    content, _ = views_version(server.base)
    print(f"\ningested one article: content version {before} -> {content}")
    taken = lease_takes(db)
    t0 = time.perf_counter()
    jobs = [(u.split("?")[0], u) for _ in range(rounds) for u in [*DERIVED, "/api/health"]]
    report(f"right after an ingest of one article ({clients} clients, {len(jobs)} requests)",
           hammer(server.base, jobs, clients))
    while True:  # until every worker serves the new build (a batch of concurrent answers from all of them)
        answers = status_of_workers(server.base, clients)
        if all((a["views_version"] or 0) >= content for a in answers):
            break
        time.sleep(0.5)
    reported = [a["last_build"] for a in answers if a.get("last_build")]
    print(f"the new build was served by every worker {time.perf_counter() - t0:.1f}s after the first request "
          "following the ingest (earlier requests got the previous build); the builder lease was taken "
          f"{lease_takes(db) - taken} time(s) for it, across {len({a['process'] for a in answers})} worker "
          f"process(es) answering; the builder child reported {reported[0] if reported else 'nothing'}")


def status_of_workers(base: str, clients: int) -> list[dict[str, Any]]:
    """/api/views asked by `clients` concurrent clients at once, so that every worker answers some."""
    answers: list[dict[str, Any]] = []

    def ask() -> None:
        answers.append(httpx.get(base + "/api/views", timeout=60).json())

    threads = [threading.Thread(target=ask) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def lease_takes(db: Path) -> int:
    """How many builds of the derived views were started, all processes together (detente.store.lease)."""
    with open_store(str(db)) as store:
        rows = store.query("SELECT taken FROM leases WHERE name = 'derived-views'")  # type: ignore[attr-defined]
    return int(rows[0][0]) if rows else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--per-url", type=int, default=6, help="times each URL is requested")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                    help="server processes (detente serve --workers; default: this machine's cores)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = ap.parse_args()
    db = load_store(args.articles, args.cache)
    with open_store(str(db)) as store:
        print(f"store {db}: {store.count_articles()} articles, {store.count_records()} records")
    print(f"load on the machine before the run: {os.getloadavg()[0]:.2f} (1 min), {args.workers} server "
          "worker processes")
    server = Server(db, args.port, args.workers)
    try:
        server.wait_ready()
        t0 = time.perf_counter()
        with httpx.Client(base_url=server.base, timeout=600) as client:
            client.get("/api/stories?limit=1").raise_for_status()
            print(f"derived views ready {time.perf_counter() - t0:.1f}s after start (read back from the "
                  "store when built before, else built once); server peak RSS so far: "
                  f"{server.peak_rss_mb()}")
            jobs, missing = [], []
            for path in route_paths():
                urls = urls_for(path, client, db)
                missing += [] if urls else [path]
                jobs += [(path, u) for u in urls for _ in range(args.per_url)]
        random.Random(42).shuffle(jobs)
        if missing:
            print(f"routes not exercised (static files or unknown parameters): {', '.join(missing)}")
        results = hammer(server.base, jobs, args.clients)
        report(f"{args.clients} clients, {len(jobs)} requests over {len(results)} endpoints", results)
        print(f"server peak RSS: {server.peak_rss_mb()}")
        after_ingest(server, db, args.clients, args.per_url)
        print(f"server peak RSS (whole run): {server.peak_rss_mb()}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
