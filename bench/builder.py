"""Peak RSS and seconds of the API's builder child (`python -m detente.api.derived`, what `detente
serve` runs once per store change) on stores of copies of real articles (bench/load.py makes them).

    .venv/bin/python bench/builder.py [--articles 1000 5000] [--code DIR] [--cache DIR]

Each size is built in a fresh child process, which reports its own peak RSS (ru_maxrss). `--code`
runs the detente of another checkout (e.g. the main one, to measure before a change) on the same
stores. The load average is printed with each row: the machine may be shared, memory is what counts.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.load import load_store  # noqa: E402


def build_once(db: Path, code: Path) -> dict[str, float]:
    """One build in a fresh child running the detente found in `code`; what it reports, plus wall time."""
    env = {**os.environ, "DETENTE_VIEWS_DB": str(db), "PYTHONPATH": str(code)}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "detente.api.derived"], env=env, cwd=code,
                          capture_output=True, text=True, check=True)
    report: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    report["wall_seconds"] = round(time.perf_counter() - t0, 1)
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose detente builds")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = ap.parse_args()
    for n in args.articles:
        db = load_store(n, args.cache)
        report = build_once(db, args.code.resolve())
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"{n} articles ({args.code.resolve().name}): builder child peak {report['peak_rss_mb']} MB, "
              f"build {report['seconds']} s, wall {report['wall_seconds']} s; load average {load}",
              flush=True)


if __name__ == "__main__":
    main()
