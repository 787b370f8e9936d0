"""Group articles about the same story: near-duplicates, then TF-IDF cosine confirmed by anchors.

Blocking keeps this near-linear: candidate pairs are only articles that share a specific anchor (a
named place or person, a reported number) or one of each other's most distinctive terms, and keys
shared by too many articles are dropped as unspecific. Pairs are streamed article by article and
scored in chunks, so memory holds the confirmed links, not every candidate pair. A pair is
confirmed when the texts are similar AND the articles share anchors AND their dates fit: in a
corpus about one war, "same topic, different event" is the main error, so two articles whose dated
events fall on different days (two rounds of talks in the same city) are two stories.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np

from detente.models import stable_id
from detente.stories.features import ArticleFeatures

WINDOW_DAYS = 4
STORY_SPAN_DAYS = 7
"""A story may stretch over a week of reports; undated articles cannot bridge two stories further apart."""
MIN_COSINE = 0.08
STRONG_COSINE = 0.30
MAX_POSTING = 60
TOP_TERMS = 8


@dataclass
class Story:
    id: str
    articles: list[str]


class _UnionFind:
    """Union-find that also keeps each group's first and last known day."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.span: dict[str, tuple[date, date] | None] = {}

    def add(self, x: str, day: date | None) -> None:
        self.parent.setdefault(x, x)
        self.span.setdefault(x, (day, day) if day else None)

    def span_if_joined(self, a: str, b: str) -> int:
        """How many days the group would cover if a and b were joined (0 when undated)."""
        sa, sb = self.span.get(self.find(a)), self.span.get(self.find(b))
        if not sa or not sb:
            return 0
        return (max(sa[1], sb[1]) - min(sa[0], sb[0])).days

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, gone = min(ra, rb), max(ra, rb)
            sa, sb = self.span.get(keep), self.span.get(gone)
            self.span[keep] = (min(sa[0], sb[0]), max(sa[1], sb[1])) if sa and sb else (sa or sb)
            self.parent[gone] = keep


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text and len(text) >= 10 else None
    except ValueError:
        return None


def dates_fit(a: ArticleFeatures, b: ArticleFeatures, window: int = WINDOW_DAYS) -> bool:
    """Articles within the window of each other, and reported event days not clearly apart."""
    pa, pb = _day(a.when), _day(b.when)
    if pa and pb and abs((pa - pb).days) > window:
        return False
    if a.year and b.year and a.year != b.year:
        return False  # a report of 2022 and one of 2025 about the same city are two stories
    da, db = _reported_days(a), _reported_days(b)
    if da and db:
        return min(abs((x - y).days) for x in da for y in db) <= 1
    return True


def _reported_days(feats: ArticleFeatures) -> list[date]:
    """The event days an article reports: days after its publication are plans it announces (a
    meeting 'on Monday'), not what happened."""
    published = _day(feats.published)
    return [d for d in map(_day, feats.days) if d is not None and (published is None or d <= published)]


def _tfidf(features: list[ArticleFeatures]):  # type: ignore[no-untyped-def]
    return corpus_tfidf([f.text for f in features])


def corpus_tfidf(texts: list[str]):  # type: ignore[no-untyped-def]
    """Sublinear TF-IDF rows of the texts, terms in more than 90% of 20+ articles dropped: scikit-learn's
    TfidfVectorizer's matrix, made without importing it (detente.stories.tfidf). Stories are clustered
    on these rows, and story dating asks which of a story's articles tell it alike on the same rows."""
    from detente.stories.tfidf import tfidf

    return tfidf(texts, max_df=0.9 if len(texts) > 20 else 1.0)


def _top_terms(matrix, vocab) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Each article's most distinctive terms (highest TF-IDF weight), read straight off the CSR rows."""
    out = []
    for i in range(matrix.shape[0]):
        lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
        weights, columns = matrix.data[lo:hi], matrix.indices[lo:hi]
        order = np.argsort(weights)[::-1][:TOP_TERMS]
        out.append([str(vocab[columns[j]]) for j in order])
    return out


def _postings(features: list[ArticleFeatures], top_terms: list[list[str]]) -> list[list[int]]:
    """For each article, the posting lists (ascending article numbers) of the specific keys it holds."""
    postings: dict[str, list[int]] = defaultdict(list)
    keys_of: list[list[str]] = []
    for i, feats in enumerate(features):
        keys = sorted(feats.anchors | {f"term:{t}" for t in top_terms[i]})
        keys_of.append(keys)
        for key in keys:
            postings[key].append(i)
    specific = {k: v for k, v in postings.items() if 1 < len(v) <= MAX_POSTING}
    return [[specific[k] for k in keys if k in specific] for keys in keys_of]


def _ordinal_days(features: list[ArticleFeatures]) -> list[int | None]:
    return [d.toordinal() if (d := _day(f.when)) else None for f in features]


def candidate_pairs(features: list[ArticleFeatures], top_terms: list[list[str]]) -> Iterator[tuple[int, int]]:
    """Pairs (i < j, in ascending order) that share a specific key, streamed one article at a time.

    Only one article's candidates are held at once, and pairs whose articles are dated more than
    WINDOW_DAYS apart (which `dates_fit` would reject) are not generated at all."""
    lists, days = _postings(features, top_terms), _ordinal_days(features)
    for i, members in enumerate(lists):
        later: set[int] = set()
        for posting in members:
            later.update(posting[bisect_right(posting, i):])
        day = days[i]
        for j in sorted(later):
            other = days[j]
            if day is None or other is None or abs(day - other) <= WINDOW_DAYS:
                yield i, j


PAIR_CHUNK = 20_000
"""Pairs whose cosines are computed at once: only a chunk of pairs and its row products are held."""


def _cosines(matrix, pairs: list[tuple[int, int]]) -> np.ndarray:  # type: ignore[no-untyped-def]
    index = np.asarray(pairs, dtype=np.int64)
    products = matrix[index[:, 0]].multiply(matrix[index[:, 1]])
    return np.asarray(products.sum(axis=1)).ravel()


def _confirmed(features: list[ArticleFeatures], matrix, top_terms: list[list[str]]  # type: ignore[no-untyped-def]
               ) -> list[tuple[float, str, str]]:
    """(strength, a, b) of every candidate pair the texts, anchors and dates confirm, chunk by chunk."""
    confirmed: list[tuple[float, str, str]] = []
    chunk: list[tuple[int, int]] = []

    def flush() -> None:
        for (i, j), cosine in zip(chunk, _cosines(matrix, chunk), strict=True):
            fa, fb = features[i], features[j]
            # The same reported day counts as one more anchor: same place, same day is the same story.
            shared = len(fa.anchors & fb.anchors) + bool(fa.days & fb.days)
            if not dates_fit(fa, fb):
                continue
            if (cosine >= MIN_COSINE and shared >= 2) or (cosine >= STRONG_COSINE and shared >= 1):
                confirmed.append((shared * float(cosine), fa.article_id, fb.article_id))
        chunk.clear()

    for pair in candidate_pairs(features, top_terms):
        chunk.append(pair)
        if len(chunk) >= PAIR_CHUNK:
            flush()
    if chunk:
        flush()
    return confirmed


def cluster_stories(features: list[ArticleFeatures], near_duplicates: Iterable[tuple[str, str]] = ()
                    ) -> list[Story]:
    """Stories (groups of article ids), largest first; every article is in exactly one story."""
    uf = _UnionFind()
    for feats in features:
        uf.add(feats.article_id, _day(feats.when))
    for a, b in near_duplicates:
        uf.union(a, b)
    if len(features) > 1:
        matrix, vocab = _tfidf(features)
        confirmed = _confirmed(features, matrix, _top_terms(matrix, vocab))
        # Strongest links first, and none that would stretch a story past STORY_SPAN_DAYS: an
        # undated article can join one dated story, not chain two rounds of talks weeks apart.
        for _, a_id, b_id in sorted(confirmed, key=lambda c: (-c[0], c[1], c[2])):
            if uf.span_if_joined(a_id, b_id) <= STORY_SPAN_DAYS:
                uf.union(a_id, b_id)
    groups: dict[str, list[str]] = defaultdict(list)
    for feats in features:
        groups[uf.find(feats.article_id)].append(feats.article_id)
    stories = [Story(stable_id(*sorted(ids)), sorted(ids)) for ids in groups.values()]
    return sorted(stories, key=lambda s: (-len(s.articles), s.id))
