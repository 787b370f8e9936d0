"""Killing ingest at any moment loses nothing committed, and the next run finishes without duplicates."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from detente.store import open_store

PARAGRAPHS = [
    "Negotiators from Russia and Ukraine met in Istanbul on Monday for talks hosted by Turkey.",
    "Ukraine's air force said Russia launched {n} drones overnight, and {m} of them were shot down.",
    "The Kremlin said it was ready to discuss a ceasefire, but only on its own terms.",
    "Ukrainian Foreign Minister Andrii Sybiha said Kyiv would not accept any demand to give up territory.",
]


def write_corpus(path: Path, count: int) -> None:
    """`count` distinct short articles in one JSONL input."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            body = "\n\n".join(p.format(n=100 + i, m=90 + i % 7) for p in PARAGRAPHS)
            body += f"\n\nThis is report number {i} in a series of briefings on day {i % 30 + 1}."
            fh.write(json.dumps({"url": f"https://news.example/{i}", "title": f"Briefing {i}",
                                 "published": "2025-06-02", "outlet": "Test Wire", "text": body}) + "\n")


def ingest_cmd(inputs: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "detente.cli", "ingest", str(inputs), "--db", str(db), "-q"]


def snapshot(db: Path) -> tuple[set[str], set[str]]:
    with open_store(str(db)) as store:
        articles = {a.id for a in store.iter_articles()}
        records = {r.id for r, _ in store.iter_records()}
    return articles, records


def committed_articles(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.model
def test_sigkill_mid_ingest_then_rerun_matches_a_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 60)
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    subprocess.run(ingest_cmd(corpus, clean_db), check=True, capture_output=True)

    proc = subprocess.Popen(ingest_cmd(corpus, killed_db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while committed_articles(killed_db) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial_articles, _ = snapshot(killed_db)
    assert 0 < len(partial_articles) < 60, "the kill should land mid-ingest"

    rerun = subprocess.run(ingest_cmd(corpus, killed_db), check=True, capture_output=True, text=True)
    assert f"{60 - len(partial_articles)} new" in rerun.stdout
    assert snapshot(killed_db) == snapshot(clean_db)
