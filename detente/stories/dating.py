"""Story-level dating: an undated report of a talks round or a strike takes the day that other
articles of the same story give the same event.

`merge_facts` already groups the reports of one event or talks across the articles of a story; a
group whose dated members agree on a day lends it to its undated members. Such a date is marked
`date_basis: "story"` and names the records it came from in `date_sources`, so a reader can see it
was inferred and check it. Members that disagree on the day lend nothing. An article that fixes
no day at all is read again from the day of its story's dated articles (`read_from_story`, below).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from detente.models import Article, Record
from detente.views.common import citation

if TYPE_CHECKING:
    from detente.stories.build import CorpusView

Rec = dict[str, Any]
LENDING_KINDS = ("event", "talks")
TOLERANCE_DAYS = 1  # reports a day apart tell the same day (time zones, "overnight")


def story_day(members: list[Rec]) -> tuple[str, list[Rec]] | None:
    """The day the dated members of one group agree on (the one most of them give, within a day of
    every other), with the members that give it; None when none is dated or they disagree."""
    dated = [m for m in members if m.get("date") and m.get("date_precision") == "day"]
    if not dated:
        return None
    days = [date.fromisoformat(m["date"][:10]) for m in dated]
    if (max(days) - min(days)).days > TOLERANCE_DAYS:
        return None
    chosen = max(sorted(set(days)), key=days.count)
    return chosen.isoformat(), dated


def lend_story_dates(records: list[Rec], facts: list[Rec]) -> int:
    """Date the undated event and talks records of each fact from its dated members, in place.
    Returns how many records were dated this way."""
    by_id = {r["id"]: r for r in records}
    lent = 0
    for fact in facts:
        if fact.get("about") not in LENDING_KINDS:
            continue
        members = [by_id[i] for i in fact["members"] if i in by_id]
        found = story_day(members)
        if found is None:
            continue
        day, sources = found
        for member in members:
            lenders = [s for s in sources if same_sides(member, s)]
            if member.get("date") or not lenders:
                continue
            member.update(date=day, date_precision="day", date_basis="story",
                          date_sources=[_source(s) for s in lenders])
            lent += 1
    return lent


def same_sides(borrower: Rec, lender: Rec) -> bool:
    """Whether a dated report can lend its day: talks must be between the same parties where both
    name them (a meeting in Pyongyang is not the Istanbul round the story dates, though neither
    names both a venue and a round). Events are grouped by type and sides already."""
    if borrower.get("kind") != "talks":
        return True
    ours, theirs = set(borrower.get("parties") or []), set(lender.get("parties") or [])
    return not ours or not theirs or ours == theirs


def _source(record: Rec) -> dict[str, Any]:
    """Where a lent date was read: the record, its outlet and article, and the sentence."""
    return {"id": record["id"], "date": record["date"], **citation(record)}


# --- Articles that fix no day of their own ---------------------------------------------------------
# An article with no publication date and no full date in its text leaves "On June 1" and "on Monday"
# unread. Clustered into a story whose other articles are dated, it was written when they were: a
# reader reads it from their day. The article is read again, as the extraction would read it with
# that day as an inferred publication date (so nothing is dated "the day of publication"), and its
# undated event and talks reports take the days that reading gives, marked `story`.
Reader = Callable[[list[Article]], Iterator[tuple[Article, list[Record] | None]]]


Lenders = list[tuple[date, Article]]


def story_reference(view: CorpusView) -> dict[str, tuple[date, Lenders]]:
    """For each undated article of a story with dated articles: the day it is read from (the middle
    one of theirs) and those articles with their own days. Only dated articles that tell the story in
    much the same words lend (`same_telling`): in a corpus about one war, a story may join reports
    that share only the war's sides and a city, and such a report's day is not the undated one's."""
    from detente.nlp.core import reference_date

    mixed: list[tuple[dict[str, date | None], list[tuple[date, str]]]] = []
    for story in view.stories:
        days = {a: reference_date(view.articles[a])[0] for a in story.articles}
        dated = sorted((d, a) for a, d in days.items() if d is not None)
        if dated and len(dated) < len(days):
            mixed.append((days, dated))
    if not mixed:
        return {}
    similar = same_telling(view)
    found: dict[str, tuple[date, Lenders]] = {}
    for days, dated in mixed:
        for article in (a for a, d in days.items() if d is None):
            close = [(d, a) for d, a in dated if similar(article, a)]
            if close:
                day = close[(len(close) - 1) // 2][0]
                found[article] = (day, [(d, view.articles[a]) for d, a in close])
    return found


def same_telling(view: CorpusView) -> Callable[[str, str], bool]:
    """Whether two articles of the corpus tell their story in much the same words: the cosine of
    their TF-IDF rows (weighted over the whole corpus, as stories are clustered) reaches the
    clustering's strong link."""
    from detente.stories.cluster import STRONG_COSINE, corpus_tfidf

    ids = list(view.articles)
    matrix, _ = corpus_tfidf([f"{view.articles[a].title or ''}\n{view.articles[a].text}" for a in ids])
    row = {a: i for i, a in enumerate(ids)}

    def similar(a: str, b: str) -> bool:
        return float(matrix[row[a]].multiply(matrix[row[b]]).sum()) >= STRONG_COSINE

    return similar


def read_from_story(view: CorpusView, read: Reader | None = None) -> int:
    """Date, in place, the undated event and talks records of the articles `story_reference` finds,
    from a second reading of each (`read`: the ingest's extraction, by default). Returns how many."""
    todo = story_reference(view)
    if not todo:
        return 0
    read = read or _extraction
    undated: defaultdict[str, list[Rec]] = defaultdict(list)
    for record in view.records:
        article = view.article_of[record["id"]]
        if record["kind"] in LENDING_KINDS and not record.get("date") and article in todo:
            undated[article].append(record)
    copies = [replace(view.articles[a], published=todo[a][0].isoformat(), published_inferred=True)
              for a in undated]
    lent = 0
    for article, records in read(copies):
        lenders = todo[article.id][1]
        found = {(r.kind, r.evidence.start, r.evidence.end): r for r in records or [] if r.date}
        for record in undated[article.id]:
            ev = record["evidence"]
            again = found.get((record["kind"], ev["start"], ev["end"]))
            if again is None:
                continue
            record.update(date=again.date, date_precision=again.date_precision, date_basis="story",
                          date_sources=[_article_source(a, d) for d, a in lenders])
            lent += 1
    return lent


def _extraction(articles: list[Article]) -> Iterator[tuple[Article, list[Record] | None]]:
    """The ingest's own extraction, with a progress bar on a terminal (it parses each article)."""
    import sys

    from tqdm import tqdm

    from detente.ingest.runner import extract_articles
    from detente.nlp.pipeline import load_nlp

    return iter(tqdm(extract_articles(articles, load_nlp(), batch_size=8), total=len(articles),
                     desc="reading undated articles from their stories", unit=" article", leave=False,
                     file=sys.stderr, disable=not sys.stderr.isatty()))


def _article_source(article: Article, day: date) -> dict[str, Any]:
    """An article the day was read from: its outlet, title, file and its own day."""
    return {"outlet": article.outlet, "title": article.title, "file": article.file,
            "article": article.index, "date": day.isoformat()}
