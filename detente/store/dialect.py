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
)
