"""A record's place in the tables' orders, kept on the record itself (migration 0009).

A page of records is ordered by the record's day (its own date, else its article's publication day)
and then by its article's ingest order, and filtered and counted by its article's outlet. All three
lived on the articles table, so a page sorted the keys of every match joined with its article
(55,251 claims at 10k articles) to show 50 of them, and the outlet facet read an article per record.
Kept on the record as `day`, `article_seq` and `outlet`, they index together with the record's kind
and offsets: a page reads its 50 rows off an index in order (LIMIT/OFFSET on an indexed order) and
the outlet facet counts an index, on SQLite and PostgreSQL alike. An article's `published`, `seq`
and `outlet` never change once stored (no code updates an article), so the copies cannot drift;
they are written in the record's own INSERT.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.store.sql import SQLStore

COLUMNS = ("day", "article_seq", "outlet")
# The INSERT's extra values: the record's date else its article's day, its article's seq and outlet
# (parameters: the record's date, then its article id three times).
VALUES = ("COALESCE(?, (SELECT published FROM articles WHERE id = ?)), "
          "(SELECT seq FROM articles WHERE id = ?), (SELECT outlet FROM articles WHERE id = ?)")
INDEXES = (
    # The tables' default order (day, then ingest order) and their since/until ranges.
    "CREATE INDEX records_kind_order ON records (kind, day, article_seq, evidence_start, id)",
    # The API's order (ingest order, then evidence offsets).
    "CREATE INDEX records_kind_seq ON records (kind, article_seq, evidence_start, evidence_end, id)",
    # The outlet filter and facet, counted from this index alone.
    "CREATE INDEX records_kind_outlet ON records (kind, outlet)",
)


def add_order_columns(store: SQLStore) -> None:
    """Add and fill `day`, `article_seq` and `outlet`, and index them (migration 0009_record_order)."""
    store.execute("ALTER TABLE records ADD COLUMN day TEXT")
    store.execute("ALTER TABLE records ADD COLUMN article_seq BIGINT")
    store.execute("ALTER TABLE records ADD COLUMN outlet TEXT")
    of_article = "(SELECT a.{} FROM articles a WHERE a.id = records.article_id)"
    store.execute(f"UPDATE records SET day = COALESCE(date, {of_article.format('published')}), "
                  f"article_seq = {of_article.format('seq')}, outlet = {of_article.format('outlet')}")
    for statement in INDEXES:
        store.execute(statement)
