"""Stories, facts and the timeline of a whole store, computed from its records in one pass."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from detente.models import Article
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


@dataclass
class StoriesView:
    """Stories and their merged facts, with each article's title: what `detente stories` shows."""

    stories: list[Story]
    facts: list[Rec]
    titles: dict[str, str | None]
    lent: dict[str, Rec]
    """The records of stories with more than one article, by id, with the dates their stories lend."""


def build_stories(store: Store, on_article: Callable[[Article], None] | None = None) -> StoriesView:
    """The stories and facts `build_view` gives, in memory that holds features, not every record.

    Records are streamed into each article's features (then dropped); then only the records of stories
    with more than one article, the only ones facts are merged from, are read again, article by article.
    `on_article` sees each article as it streams by (the API keeps its summary; the text is not kept)."""
    from detente.stories.features import add_record, finish_features, start_features

    features, titles = {}, {}
    for a in store.iter_articles():
        features[a.id] = start_features(a.id, f"{a.title or ''}\n{a.text}", a.published)
        titles[a.id] = a.title
        if on_article is not None:
            on_article(a)
    for record, article in store.iter_records():
        add_record(features[article.id], record.to_contract(article))
    links = [(a, other) for a in features for other, _ in store.near_duplicates(a)]
    stories = cluster_stories([finish_features(f) for f in features.values()], links)
    del features
    shared = {a for s in stories if len(s.articles) > 1 for a in s.articles}
    records: list[Rec] = []
    article_of: dict[str, str] = {}
    for article_id in (a for a in titles if a in shared):
        article = store.get_article(article_id)
        for record in store.article_records(article_id) if article else ():
            obj = record.to_contract(article)
            records.append(obj)
            article_of[obj["id"]] = article_id
    facts = merge_facts(stories, records, article_of)
    lend_story_dates(records, facts)
    return StoriesView(stories, facts, titles, {r["id"]: r for r in records})


def merged_records(store: Store, view: StoriesView) -> Iterator[Rec]:
    """Every record as `build_view` gives it (with the dates stories lend), streamed from the store."""
    for record, article in store.iter_records():
        yield view.lent.get(record.id) or record.to_contract(article)
