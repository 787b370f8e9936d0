"""Stories, facts and the timeline of a whole store, computed from its records in one pass."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from detente.store.base import Store
from detente.stories.cluster import Story, cluster_stories
from detente.stories.dating import lend_story_dates
from detente.stories.facts import merge_facts
from detente.stories.features import features_for

Rec = dict[str, Any]


@dataclass
class CorpusView:
    """Everything the cross-source views need, built once per command."""

    records: list[Rec]
    articles: dict[str, Any]
    article_of: dict[str, str]
    stories: list[Story]
    facts: list[Rec]

    def story_of(self) -> dict[str, str]:
        return {a: s.id for s in self.stories for a in s.articles}


def build_view(store: Store) -> CorpusView:
    records: list[Rec] = []
    article_of: dict[str, str] = {}
    by_article: dict[str, list[Rec]] = defaultdict(list)
    for record, article in store.iter_records():
        obj = record.to_contract(article)
        records.append(obj)
        article_of[obj["id"]] = article.id
        by_article[article.id].append(obj)
    articles = {a.id: a for a in store.iter_articles()}
    features = [features_for(a.id, f"{a.title or ''}\n{a.text}", a.published, by_article.get(a.id, []))
                for a in articles.values()]
    links = [(a, other) for a in articles for other, _ in store.near_duplicates(a)]
    stories = cluster_stories(features, links)
    facts = merge_facts(stories, records, article_of)
    lend_story_dates(records, facts)  # undated reports take the day the story's other sources give
    return CorpusView(records, articles, article_of, stories, facts)
