"""Profiling a run with workers (issue 13): each worker leaves statistics that show its own work."""
from __future__ import annotations

import pstats
from pathlib import Path

import pytest

from detente.ingest.parallel import PROFILE_ENV, WorkerPool
from detente.models import Article
from detente.nlp.pipeline import blank_nlp


def test_each_worker_leaves_its_profile_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PROFILE_ENV, str(tmp_path))
    texts = ["Russia and Ukraine met in Istanbul on Friday.", "Zelensky said talks would go on.",
             "Kyiv reported 12 drones overnight.", "Witkoff met Putin in Moscow."]
    articles = [Article(file=f"t{i}.txt", index=0, text=t, title=f"T{i}") for i, t in enumerate(texts)]
    with WorkerPool(2, 4, loader=blank_nlp, chunk_size=1) as pool:
        got = [a.id for a, _ in pool.extract(articles, print)]
    assert got == [a.id for a in articles]
    profiles = sorted(tmp_path.glob("worker-*.prof"))
    assert 1 <= len(profiles) <= 2
    chunks = 0
    for path in profiles:
        stats = pstats.Stats(str(path)).stats  # type: ignore[attr-defined]
        chunks += sum(row[1] for (name, _, func), row in stats.items()
                      if name.endswith("parallel.py") and func == "_extract_chunk")
    assert chunks == len(articles)

