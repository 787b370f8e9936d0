"""What differs between the SQL backends: parameter style, a few column types, locking.

Everything else (queries, row mapping, transactions) is shared in `detente.store.sql`, so the
two backends cannot drift apart. Queries are written with `?` placeholders and converted here.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Dialect:
    """One SQL dialect: how to spell parameters, types and the few statements that differ."""

    name: str
    placeholder: str
    begin: str
    next_seq: str
    types: Mapping[str, str]
    migration_lock: str | None = None
    # Full-text search (migration 0002_fulltext): the statements that build the index, and how a
    # query joins, filters and ranks by it. `{q}` marks where the search text's parameter goes.
    fulltext_schema: tuple[str, ...] = ()
    fulltext_join: str = ""
    fulltext_where: str = ""
    fulltext_rank: str = "a.seq"

    def fulltext_query(self, text: str) -> str:
        """The user's words as this backend's query: FTS5 gets each word quoted (all must match),
        PostgreSQL's plainto_tsquery takes plain text."""
        if self.name != "sqlite":
            return text
        return " ".join('"' + word.replace('"', '""') + '"' for word in text.split())

    def sql(self, query: str) -> str:
        """`query` with its `?` placeholders in this dialect's parameter style."""
        return query if self.placeholder == "?" else query.replace("?", self.placeholder)

    def schema(self, name: str = "schema.sql") -> list[str]:
        """The statements of a packaged .sql file, with this dialect's types filled in."""
        text = resources.files("detente.store").joinpath(name).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if not line.lstrip().startswith("--")]
        script = "\n".join(lines).format_map(self.types)
        return [stmt.strip() for stmt in script.split(";") if stmt.strip()]


SQLITE = Dialect(
    name="sqlite",
    placeholder="?",
    # IMMEDIATE takes the write lock at once, so two writers wait (busy_timeout) instead of failing.
    begin="BEGIN IMMEDIATE",
    # Writers are serialised by the lock above, so MAX + 1 cannot race.
    next_seq="(SELECT COALESCE(MAX(seq), 0) + 1 FROM articles)",
    types={
        "serial_pk": "INTEGER PRIMARY KEY AUTOINCREMENT",
        "seq": "INTEGER NOT NULL UNIQUE",
        "json": "TEXT",
        "blob": "BLOB",
        "timestamp": "TEXT",
    },
    fulltext_schema=(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', "
        "tokenize='porter unicode61 remove_diacritics 2')",
        "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
        "INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text); END",
        "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
        "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, "
        "old.text); END",
        "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN "
        "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, "
        "old.text); INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text); END",
        "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
    ),
    fulltext_join="JOIN articles_fts f ON f.rowid = a.seq",
    fulltext_where="articles_fts MATCH ?",
    fulltext_rank="bm25(articles_fts), a.seq",
)

POSTGRES = Dialect(
    name="postgresql",
    placeholder="%s",
    begin="BEGIN",
    next_seq="DEFAULT",
    types={
        "serial_pk": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        "seq": "BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE",
        "json": "JSONB",
        "blob": "BYTEA",
        "timestamp": "TIMESTAMPTZ",
    },
    # Two processes opening a new database at once must not both run 0001_initial.
    migration_lock="SELECT pg_advisory_xact_lock(4242001)",
    fulltext_schema=(
        "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', COALESCE(title, '') || ' ' || text)) STORED",
        "CREATE INDEX articles_search ON articles USING GIN (search)",
    ),
    fulltext_where="a.search @@ plainto_tsquery('english', ?)",
    fulltext_rank="ts_rank(a.search, plainto_tsquery('english', ?)) DESC, a.seq",
)
