"""Plain records that flow through detente: inputs, articles, actors and extracted records.

Processing one article is a pure function of the `Article` and the dictionaries, so these are
plain dataclasses that serialise to JSON without help (a Spark job can ship them as rows).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

RECORD_KINDS = ("event", "talks", "position", "claim", "quote")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hash of `parts`: the same input always gives the same id."""
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:length]


def content_hash(text: str) -> str:
    """Identity of an article's cleaned text, used to make re-ingest a no-op."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One cleaned article, with where it came from.

    `text` is the cleaned article body (headline excluded). `raw_start`/`raw_end` locate the
    article inside the decoded input it was cut from, for provenance back to the raw file.
    `published` is `YYYY-MM-DD` or None; `published_inferred` is set when it was guessed from
    the article's own dates rather than read from its metadata.
    """

    file: str
    index: int
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_inferred: bool = False
    url: str | None = None
    raw_start: int = 0
    raw_end: int = 0
    format: str = "text"
    id: str = ""
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.text)
        if not self.id:
            self.id = self.hash[:16]

    def source(self) -> dict[str, Any]:
        """The contract's `source` object."""
        return {
            "file": self.file,
            "article": self.index,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published,
            "url": self.url,
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self, with_text: bool = True) -> dict[str, Any]:
        """The article as users see it in `detente articles --json` and the API."""
        out: dict[str, Any] = {"id": self.id, "file": self.file, "article": self.index, "title": self.title,
                               "outlet": self.outlet, "author": self.author, "published": self.published,
                               "url": self.url}
        if with_text:
            out["text"] = self.text
        return out


@dataclass(frozen=True)
class Actor:
    """A resolved actor: canonical name, ISO3 or IGO code, contract sector code."""

    name: str
    country: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "sector": self.sector}


@dataclass(frozen=True)
class Place:
    """A resolved place with coordinates where the gazetteer knows them."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class Evidence:
    """The sentence a record rests on, with offsets into the article's cleaned text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Record:
    """One extracted fact of a contract kind.

    `fields` holds the kind-specific contract fields (type, actor, venue, stance, value...) as
    JSON-ready values; the envelope (kind, evidence, date) is common to every kind.
    """

    kind: str
    evidence: Evidence
    fields: dict[str, Any] = field(default_factory=dict)
    date: str | None = None
    date_precision: str | None = None
    article_id: str = ""
    id: str = ""

    def assign_id(self, article_id: str) -> None:
        """Give the record a stable id from its article, kind, evidence span and content."""
        self.article_id = article_id
        self.id = stable_id(article_id, self.kind, self.evidence.start, self.evidence.end, self.fields)

    def to_contract(self, article: Article) -> dict[str, Any]:
        """The record as one line of `detente export --format jsonl`."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "id": self.id,
            "source": article.source(),
            "evidence": self.evidence.to_dict(),
            "date": self.date,
            "date_precision": self.date_precision,
        }
        out.update(self.fields)
        # How the date was reached (issue 11); null for an undated record or one stored before the field.
        out["date_basis"] = out.get("date_basis") if self.date else None
        return out
