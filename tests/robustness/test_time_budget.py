"""An article that outlasts its time budget costs one line, is not stored, and is retried by a re-run."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from detente.ingest.runner import IngestOptions, ingest
from detente.store import open_store
from detente.timebudget import TimeBudgetExceeded, time_budget


def test_budget_stops_a_loop() -> None:
    start = time.perf_counter()
    with pytest.raises(TimeBudgetExceeded, match="budget of 0.2 s"), time_budget(0.2, "the loop"):
        while True:
            pass
    assert time.perf_counter() - start < 2


def test_no_budget_means_no_bound() -> None:
    with time_budget(0, "nothing"):
        time.sleep(0.01)


@pytest.mark.model
def test_slow_article_is_failed_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import detente.extract as extract_pkg

    real = extract_pkg.extract_all

    def slow_on_marker(analysis):  # type: ignore[no-untyped-def]
        if "SLOWMARKER" in analysis.article.text:
            while True:
                pass
        return real(analysis)

    monkeypatch.setattr(extract_pkg, "extract_all", slow_on_marker)  # in this process: workers=1 below
    monkeypatch.setenv("DETENTE_ARTICLE_TIME_BUDGET", "5")
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    body = ("Delegations from both sides met for three hours at the palace on Friday, officials said. "
            "The two sides agreed to exchange prisoners of war and to continue talking next month. "
            "Neither side spoke of a ceasefire, and the next round has not been scheduled yet.\n")
    good.write_text(f"Talks resume in Istanbul\n\n{body}", encoding="utf-8")
    bad.write_text(f"Drones over Kyiv\n\nSLOWMARKER {body}", encoding="utf-8")
    lines: list[str] = []
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        counts = ingest([str(bad), str(good)], store, IngestOptions(progress=False, workers=1), report=lines.append)
        assert counts.failed == 1 and counts.new == 1
        assert any("bad.txt" in line and "budget" in line for line in lines)
        assert store.count_articles() == 1
    monkeypatch.setattr(extract_pkg, "extract_all", real)
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        again = ingest([str(bad), str(good)], store, IngestOptions(progress=False, workers=1), report=lines.append)
        assert again.failed == 0 and again.new == 1
        assert store.count_articles() == 2
