"""Story clustering on reports written in several outlets' voices: pairwise precision and recall."""
from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from detente.stories.cluster import cluster_stories, dates_fit
from detente.stories.features import ArticleFeatures

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "same_story.jsonl"


def load() -> tuple[list[ArticleFeatures], dict[str, str]]:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    feats = [ArticleFeatures(r["id"], r["text"], r["published"], set(r["anchors"]), set(r["days"])) for r in rows]
    return feats, {r["id"]: r["story"] for r in rows}


def pairwise(stories: list[list[str]], truth: dict[str, str]) -> tuple[float, float]:
    predicted = {frozenset(p) for s in stories for p in combinations(s, 2)}
    gold = {frozenset(p) for p in combinations(truth, 2) if truth[p[0]] == truth[p[1]]}
    hit = len(predicted & gold)
    return (hit / len(predicted) if predicted else 1.0), hit / len(gold)


def test_reports_of_the_same_story_cluster_and_two_istanbul_rounds_stay_apart() -> None:
    feats, truth = load()
    stories = [s.articles for s in cluster_stories(feats)]
    precision, recall = pairwise(stories, truth)
    print(f"pairwise precision {precision:.2f} recall {recall:.2f}")
    assert precision == 1.0
    assert recall >= 0.85
    istanbul_rounds = {truth[a] for s in stories for a in s if a.startswith(("a", "b"))}
    assert istanbul_rounds == {"A", "B"}
    assert not any({"a1", "b1"} <= set(s) for s in stories)


def test_near_duplicates_always_join() -> None:
    feats, _ = load()
    stories = cluster_stories(feats, near_duplicates=[("a1", "c2")])
    assert any({"a1", "c2"} <= set(s.articles) for s in stories)


def test_event_days_apart_keep_stories_apart() -> None:
    a = ArticleFeatures("x", "", None, set(), {"2025-05-16"})
    b = ArticleFeatures("y", "", None, set(), {"2025-06-02"})
    c = ArticleFeatures("z", "", None, set(), {"2025-06-03"})
    assert not dates_fit(a, b) and dates_fit(b, c)


def test_reports_of_different_years_never_join_and_target_years_do_not_count() -> None:
    from detente.stories.features import features_for

    now = features_for("now", "Envoys met in Istanbul on Monday.", "2025-05-16", [])
    then = features_for("then", "Envoys met in Istanbul, as in March 2022, on Tuesday.", None, [])
    target = features_for("target", "Allies met in March 2025 and pledged 5% of output by 2035.", None, [])
    assert then.year == 2022 and target.year == 2025
    assert not dates_fit(now, then) and dates_fit(now, target)


def test_days_after_publication_are_plans_not_the_reported_event() -> None:
    summit = ArticleFeatures("x", "", "2025-08-16", set(), {"2025-08-15"})
    preview = ArticleFeatures("y", "", "2025-08-16", set(), {"2025-08-18"})  # 'will meet on Monday'
    assert dates_fit(summit, preview)
