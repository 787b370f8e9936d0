"""The store interface: one API over SQLite (embedded default) and PostgreSQL (teams).

What is stored:
- inputs: every file/URL given to ingest, with its content hash (so re-ingest is a no-op);
- runs: one row per `detente ingest`, with its counts of new / duplicate / rejected;
- articles: cleaned text plus provenance (file, index in file, raw offsets) and metadata;
- near_duplicates: links between syndicated copies (never dropped, only linked);
- records: extracted events, talks, positions, claims and quotes, each tied to its article.

Every article is written in one transaction together with its records, so killing ingest at any
moment leaves the store consistent and the next run finishes the job without duplicates.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from detente.models import Article, Record


@dataclass
class RunCounts:
    """Tally of one ingest run, shown to the user at the end."""

    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    records: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        failed = f", {self.failed} failed (not stored; a re-run retries them)" if self.failed else ""
        return (f"{self.new} new, {self.duplicate} duplicate, {self.rejected} rejected articles{failed}; "
                f"{self.records} records extracted")


@dataclass
class RunInfo:
    """One past ingest run: when, over which inputs, and its tally."""

    id: int
    started_at: str
    finished_at: str | None
    inputs: list[str]
    counts: RunCounts


class Store(ABC):
    """What the rest of detente may ask of a store. Backends implement every method."""

    url: str

    # -- lifecycle -------------------------------------------------------------------------
    @abstractmethod
    def migrate(self) -> list[str]:
        """Apply pending named migrations; return the names applied."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs and inputs -------------------------------------------------------------------
    @abstractmethod
    def start_run(self, inputs: list[str]) -> int:
        """Record the start of an ingest run; return its id."""

    @abstractmethod
    def finish_run(self, run_id: int, counts: RunCounts) -> None: ...

    @abstractmethod
    def get_run(self, run_id: int) -> RunInfo | None:
        """One run by id (timestamps as ISO 8601 UTC), or None."""

    @abstractmethod
    def recent_runs(self, limit: int = 20) -> list[RunInfo]:
        """The latest runs, newest first."""

    @abstractmethod
    def input_done(self, content_hash: str) -> bool:
        """True when an input with this content hash was fully ingested before."""

    @abstractmethod
    def mark_input_done(self, name: str, content_hash: str, size: int, articles: int) -> None:
        """Remember that an input was fully ingested (called after its last article commits)."""

    # -- articles --------------------------------------------------------------------------
    @abstractmethod
    def has_article(self, article_hash: str) -> bool: ...

    @abstractmethod
    def save_article(self, article: Article, records: Iterable[Record] = (),
                     signature: bytes | None = None) -> bool:
        """Store an article, its records and (if given) its MinHash signature in one transaction.

        Returns False (and changes nothing) when an article with the same content hash exists."""

    @abstractmethod
    def replace_records(self, article_id: str, records: Iterable[Record]) -> int:
        """Replace an article's records (re-extraction), in one transaction; return the count."""

    @abstractmethod
    def get_article(self, article_id: str) -> Article | None:
        """An article by id, or by a unique id prefix."""

    @abstractmethod
    def iter_articles(self) -> Iterator[Article]:
        """All articles in ingest order."""

    @abstractmethod
    def count_articles(self) -> int: ...

    @abstractmethod
    def link_near_duplicate(self, article_id: str, other_id: str, similarity: float) -> None:
        """Record that two articles are near-duplicates (syndicated copies)."""

    @abstractmethod
    def near_duplicates(self, article_id: str) -> list[tuple[str, float]]: ...

    @abstractmethod
    def article_signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, stored MinHash signature) for building the near-duplicate index."""

    @abstractmethod
    def save_signature(self, article_id: str, signature: bytes) -> None: ...

    # -- records ---------------------------------------------------------------------------
    @abstractmethod
    def iter_records(self, kind: str | None = None) -> Iterator[tuple[Record, Article]]:
        """Every record (of one kind, if given) with its article, in article then offset order."""

    @abstractmethod
    def article_records(self, article_id: str) -> list[Record]:
        """One article's records in offset order (empty when it has none or does not exist)."""

    @abstractmethod
    def query_records(self, kind: str | None = None, *, article_id: str | None = None,
                      since: str | None = None, until: str | None = None, actor: str | None = None,
                      type: str | None = None, issue: str | None = None, outlet: str | None = None,
                      limit: int = 50, offset: int = 0) -> tuple[int, list[tuple[Record, Article]]]:
        """One page of the records matching every filter given, and how many match in all.

        `since`/`until` (YYYY-MM-DD, inclusive) apply to the record's date, or its article's
        publication date when it has none. `actor` matches an actor's code exactly or a part of its
        name (case-insensitive); `type` is the event type, `issue` a position's or outcome's issue,
        `outlet` the article's outlet. Order: as iter_records."""

    @abstractmethod
    def search_articles(self, q: str | None = None, *, outlet: str | None = None, since: str | None = None,
                        until: str | None = None, limit: int = 50, offset: int = 0,
                        after: int | None = None, with_text: bool = True) -> tuple[int, list[Article]]:
        """One page of the articles (ingest order) whose title or text contains every word of `q`
        (case-insensitive), published within since..until and from `outlet`; and the total. `after`:
        the page after the article of that seq (ingest order only); `with_text=False`: no texts."""

    @abstractmethod
    def count_records(self, kind: str | None = None) -> int: ...
