"""Nothing hangs: texts that sent the language core into an endless loop finish, and fast.

Each text runs in a child process with a hard timeout, so a regression fails the test instead of
hanging the suite."""
from __future__ import annotations

import multiprocessing as mp
import time

import pytest

pytestmark = pytest.mark.model

# Once endless: a number's subject noun was searched up a tree whose root test never held.
ONCE_ENDLESS = [
    "One hundred percent.",
    "Hang Seng: DOWN 0.1 percent at 22,777.84.",
    "Nikkei: UP 0.4 percent. DAX: DOWN 1.2 percent. FTSE: flat, 0.0 percent.",
    "12 percent, 15 percent, 30 percent.",
    "Fifty percent?",
    "Turnout: 67 percent.",
    "- 3 percent\n- 4 percent\n- 5 percent",
    "Half.",
    "Over 200.",
]


def _analyse_all(texts: list[str], out: mp.Queue) -> None:
    from detente.extract import extract_all
    from detente.models import Article
    from detente.nlp.core import analyze
    from detente.nlp.pipeline import load_nlp

    nlp = load_nlp()
    for text in texts:
        start = time.perf_counter()
        extract_all(analyze(Article(file="t.txt", index=0, text=text, published="2025-06-05"), nlp(text)))
        out.put((text, time.perf_counter() - start))


def test_texts_that_once_looped_forever_finish() -> None:
    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()
    proc = ctx.Process(target=_analyse_all, args=(ONCE_ENDLESS, out))
    proc.start()
    proc.join(timeout=600)  # generous: the machine may be shared; a hang is still caught
    if proc.is_alive():
        proc.kill()
    done = []
    while not out.empty():
        done.append(out.get())
    finished = {text for text, _ in done}
    assert finished == set(ONCE_ENDLESS), f"hung on: {[t for t in ONCE_ENDLESS if t not in finished]}"
    assert all(seconds < 60 for _, seconds in done), done  # ms normally; loose so load cannot flake it
