"""The API's builder streams the records (detente.api.derived.compute) instead of holding every one of
them: what it builds must be exactly what a build holding every record gives, section by section and
byte for byte once encoded."""
from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest

from detente.api.derived import LENT, SECTIONS, ServedView, compute, decode, encode
from detente.models import Article
from detente.store import open_store
from detente.store.base import Store
from tests.api.corpus import build_corpus
from tests.web.bigcorpus import build_big_corpus, generate


def held_build(store: Store, version: int) -> ServedView:
    """The build as it was made before streaming: every record and article held at once."""
    from detente.stories.build import build_view
    from detente.stories.timeline import build_timeline, undated_entries
    from detente.web.sentences import timeline_sentence

    view = build_view(store)
    by_id = {r["id"]: r for r in view.records}
    timeline = build_timeline(view.records, view.facts)
    return ServedView(
        version=version, stories=view.stories, facts=view.facts,
        articles={a: article.summary(with_text=False) for a, article in view.articles.items()},
        article_of=view.article_of, timeline=timeline,
        sentences=[timeline_sentence(e, by_id) for e in timeline],
        undated=undated_entries(view.records, view.facts),
        positions=[r for r in view.records if r["kind"] == "position"],
        lent={r["id"]: {k: r[k] for k in LENT if k in r} for r in view.records
              if r.get("date_basis") == "story"})


def one_shot_encode(view: ServedView) -> bytes:
    """The build encoded as it was before `encode` compressed line by line: all text, then compressed."""
    parts: dict[str, list[object]] = {
        "stories": [[s.id, s.articles] for s in view.stories], "facts": view.facts,
        "articles": list(view.articles.items()), "article_of": list(view.article_of.items()),
        "timeline": view.timeline, "sentences": view.sentences, "undated": view.undated,
        "positions": view.positions, "lent": list(view.lent.items())}
    lines = [json.dumps({name: len(parts[name]) for name in SECTIONS})]
    lines += [json.dumps(item, ensure_ascii=False, separators=(",", ":")) for name in SECTIONS
              for item in parts[name]]
    return zlib.compress("\n".join(lines).encode(), 3)


def echoed_corpus(store: Store) -> None:
    """The generated corpus, where every fourth article is echoed by another outlet that dates none of
    its events and talks: the story lends most of them its day, a few stay undated entries."""
    for i, (article, records) in enumerate(generate()):
        store.save_article(article, records)
        if i % 4:
            continue
        echo = Article(file=f"echo-{article.file}", index=0, text=f"{article.text} Echo Wire reported it too.",
                       outlet="Echo Wire", published=article.published, title=article.title)
        undated = [replace(r, id="", article_id="", date=None, date_precision=None)
                   if r.kind in ("event", "talks") else replace(r, id="", article_id="") for r in records]
        for record in undated:
            record.assign_id(echo.id)
        store.save_article(echo, undated)


def _both(tmp_path: Path, fill: Callable[[Store], object]) -> tuple[ServedView, ServedView]:
    db = str(tmp_path / "views.db")
    with open_store(db) as store:
        fill(store)
    with open_store(db) as store:
        held = held_build(store, 1)
    with open_store(db) as store:
        streamed = compute(store, 1)
    return held, streamed


@pytest.mark.parametrize("fill", [build_corpus, build_big_corpus, echoed_corpus],
                         ids=["api-corpus", "big-corpus", "undated"])
def test_streamed_build_is_the_held_build(tmp_path: Path, fill: Callable[[Store], object]) -> None:
    held, streamed = _both(tmp_path, fill)
    assert streamed.stories == held.stories
    for name in SECTIONS[1:]:
        assert getattr(streamed, name) == getattr(held, name), f"section {name} differs"
    assert encode(streamed) == encode(held) == one_shot_encode(held)


def test_streamed_build_serves_a_dated_timeline_with_sentences_and_positions(tmp_path: Path) -> None:
    _, streamed = _both(tmp_path, build_big_corpus)
    served = decode(1, encode(streamed))
    assert served.timeline and len(served.sentences) == len(served.timeline)
    assert served.days == sorted(served.days), "the timeline is in date order"
    assert all(sentence for sentence in served.sentences)
    assert served.positions and all(p["kind"] == "position" for p in served.positions)
    assert len(served.articles) == 240 and all("text" not in a for a in served.articles.values())


def test_a_build_decodes_to_what_was_encoded_however_its_bytes_are_cut(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import detente.api.derived as derived

    _, built = _both(tmp_path, build_big_corpus)
    blob = encode(built)
    whole, original = decode(1, blob), derived._lines
    for step in (7, 1000):  # lines cut anywhere across the decompressed pieces
        monkeypatch.setattr(derived, "_lines", partial(original, step=step))
        cut = decode(1, blob)
        for name in set(SECTIONS) - {"stories", "article_of"}:  # those two change shape: below
            assert getattr(cut, name) == getattr(whole, name) == getattr(built, name), name
        assert [(s.id, s.articles) for s in cut.stories] == [(s.id, s.articles) for s in built.stories]
        assert dict(cut.article_of) == dict(built.article_of)


def test_streamed_build_keeps_lent_dates_and_undated_entries(tmp_path: Path) -> None:
    _, streamed = _both(tmp_path, echoed_corpus)
    assert streamed.lent and all(d["date_basis"] == "story" for d in streamed.lent.values())
    assert streamed.undated and all(not e["date"] for e in streamed.undated)
