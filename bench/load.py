"""Load test of `detente serve` on loopback: requests/s and latency at 20 concurrent clients.

    .venv/bin/python bench/load.py [--articles 10000] [--clients 20] [--requests 2000] [--seconds 60]

Builds a synthetic store (bench/synthetic.py), starts the server on 127.0.0.1 in a subprocess, warms
it up, then sends a bounded number of requests (and for a bounded time) to the timeline and search
endpoints. Traffic goes only to 127.0.0.1. Reports req/s, p50, p99 and errors per endpoint, and the
same figures for /api/health as the baseline measured in the same run.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.synthetic import build  # noqa: E402
from detente.store import open_store  # noqa: E402

ENDPOINTS = {
    "health (baseline)": "/api/health",
    "timeline": "/api/timeline?since=2025-04-01&until=2025-05-31&limit=50",
    "search": "/api/articles?q=Kharkiv%20drones&limit=20",
}


def wait_ready(base: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def hammer(base: str, path: str, clients: int, requests: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + seconds
    per_client = requests // clients

    def worker(_: int) -> tuple[list[float], int]:
        lat, err = [], 0
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(per_client):
                if time.monotonic() > deadline:
                    break
                t0 = time.perf_counter()
                try:
                    ok = client.get(path).status_code == 200
                except httpx.HTTPError:
                    ok = False
                lat.append(time.perf_counter() - t0)
                err += not ok
        return lat, err

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for lat, err in pool.map(worker, range(clients)):
            latencies += lat
            errors += err
    wall = time.perf_counter() - start
    latencies.sort()
    return {"requests": len(latencies), "rps": len(latencies) / wall, "errors": errors,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--port", type=int, default=8765)
    args = ap.parse_args()
    db = Path(tempfile.mkdtemp(prefix="detente-load-")) / "load.db"
    t0 = time.perf_counter()
    with open_store(str(db)) as store:
        build(store, args.articles)
    print(f"built a {args.articles}-article store in {time.perf_counter() - t0:.1f}s")
    server = subprocess.Popen([sys.executable, "-m", "detente.cli", "serve", "--db", str(db), "--host",
                               "127.0.0.1", "--port", str(args.port)], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{args.port}"
    try:
        wait_ready(base)
        t0 = time.perf_counter()
        httpx.get(base + ENDPOINTS["timeline"], timeout=600)
        print(f"first timeline request (builds stories and facts) {time.perf_counter() - t0:.1f}s")
        print(f"{'endpoint':18} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
        for name, path in ENDPOINTS.items():
            r = hammer(base, path, args.clients, args.requests, args.seconds)
            print(f"{name:18} {r['requests']:8.0f} {r['rps']:8.1f} {r['p50_ms']:8.1f} {r['p99_ms']:8.1f} "
                  f"{r['errors']:6.0f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
