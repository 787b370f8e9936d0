"""Every Store method written once over a DB-API connection; backends only connect.

Queries use `?` placeholders (converted by the dialect). Streaming reads page through tables by
key (`WHERE seq > ? ... LIMIT ?`) instead of holding a cursor open, so a caller may write to the
store while iterating it (re-extraction does) and memory stays flat on large stores.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any, cast

from detente.errors import StoreError
from detente.models import Article, Record
from detente.store import filters as F
from detente.store import keys as K
from detente.store import order as O
from detente.store import rows as R
from detente.store.base import RunCounts, RunInfo, Store
from detente.store.dialect import Dialect
from detente.store.migrations import apply_migrations

Tracer = Callable[[str, Sequence[Any]], None]

_ARTICLES = f"SELECT a.seq, {R.columns(R.ARTICLE_COLUMNS, 'a')} FROM articles a"
# The same columns with an empty text: what lists of articles show (a text is kilobytes, and
# reading every one made /articles.csv at 10k articles 200-360 ms instead of ~25).
_SUMMARIES = _ARTICLES.replace("a.text", "'' AS text")
# The columns of an articles download, in its order (ARTICLE_FIELDS of detente.web.tables).
_DOWNLOAD_COLUMNS = "a.id, a.file, a.idx, a.title, a.outlet, a.author, a.published, a.url"
_SOURCE_COLUMNS = "a.file, a.idx, a.title, a.outlet, a.author, a.published, a.url"  # a contract's source
_RECORDS = f"SELECT {R.columns(R.RECORD_COLUMNS)} FROM records"
_INSERT_RECORD = (f"INSERT INTO records ({R.columns((*R.RECORD_COLUMNS, *O.COLUMNS))}) "
                  f"VALUES ({', '.join('?' * len(R.RECORD_COLUMNS))}, {O.VALUES})")
_HAS_RECORDS = "EXISTS (SELECT 1 FROM records r WHERE r.article_id = a.id{kind})"
_JOINED = "FROM records r JOIN articles a ON a.id = r.article_id"
ANALYSIS_ROWS = 10_000  # rows sampled per index by ANALYZE (1,000 misjudged the map's partial index)
_RECORD_COUNT = "(SELECT COUNT(*) FROM records r WHERE r.article_id = a.id)"  # an article's records
_RECORD_ORDER = "r.article_seq, r.evidence_start, r.evidence_end, r.id"  # the API's order


class SQLStore(Store):
    """The shared implementation. `conn` is in autocommit mode; transactions are explicit."""

    page_size = 200  # articles (with their text) fetched per query when streaming

    def __init__(self, conn: Any, dialect: Dialect, url: str,
                 driver_errors: tuple[type[Exception], ...], tracer: Tracer | None = None,
                 migrate: bool = True) -> None:
        self.conn = conn
        self.dialect = dialect
        self.url = url
        self.tracer = tracer
        self._driver_errors = driver_errors
        self._depth = 0
        self._run_id: int | None = None
        self._insert_article = (
            f"INSERT INTO articles ({R.columns(R.ARTICLE_COLUMNS)}, run_id, ingested_at, seq) "
            f"VALUES ({', '.join('?' * (len(R.ARTICLE_COLUMNS) + 2))}, {dialect.next_seq}) "
            "ON CONFLICT DO NOTHING")
        if migrate:
            try:
                self.migrate()
                if self.statistics_stale():
                    with suppress(StoreError):  # a busy store: the next opening tries again
                        self.refresh_statistics()
            except StoreError:
                conn.close()  # never hand out a half-migrated store
                raise

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r})"

    # -- plumbing --------------------------------------------------------------------------------
    def _run(self, sql: str, params: Sequence[Any] | Iterable[Sequence[Any]], many: bool = False) -> Any:
        if self.tracer is not None:
            self.tracer(sql, params if not many else ())  # type: ignore[arg-type]
        cur = None
        try:
            cur = self.conn.cursor()
            (cur.executemany if many else cur.execute)(self.dialect.sql(sql), params)
        except self._driver_errors as err:
            if cur is not None:
                cur.close()
            message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise StoreError(f"the store {self.url} refused a statement: {message}") from err
        return cur

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        cur = self._run(sql, params)
        count = cur.rowcount
        cur.close()
        return int(count)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            self._run(sql, rows, many=True).close()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement and return all its rows (callers keep results small by paging)."""
        cur = self._run(sql, params)
        try:
            return [tuple(row) for row in cur.fetchall()]
        finally:
            cur.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all. Nested blocks join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        # BEGIN runs inside the try: a Ctrl-C raised the moment it returns (before the block is
        # entered) must roll it back too, or the transaction stays open and every later write of this
        # connection, the run's end among them, is lost with it when the store closes.
        self._depth = 1
        try:
            self.execute(self.dialect.begin)
            yield
            self.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        # No transaction may be left to roll back (a failed COMMIT ends it); keep the first error.
        with suppress(StoreError):
            self.execute("ROLLBACK")

    def _left_open(self) -> bool:
        """Whether the connection holds a transaction no `transaction()` block owns: one a second
        Ctrl-C cut off before its ROLLBACK ran."""
        if self._depth:
            return False
        open_now = getattr(self.conn, "in_transaction", None)     # sqlite3
        if open_now is None:                                        # psycopg 3: IDLE is 0
            open_now = int(getattr(getattr(self.conn, "info", None), "transaction_status", 0)) != 0
        return bool(open_now)

    def now(self) -> str:
        return R.now()

    # -- lifecycle -------------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        return apply_migrations(self)

    def close(self) -> None:
        self.conn.close()

    def statistics_stale(self) -> bool:
        """Whether SQLite's statistics describe a records table a tenth or ten times its present
        size (a store that grew, or shrank, since them). A store never analyzed is not stale: the
        planner's defaults serve it as they always did, until the first derived build analyzes it."""
        if self.dialect.name != "sqlite":
            return False
        try:
            rows = self.query("SELECT stat FROM sqlite_stat1 WHERE tbl = 'records' AND idx = 'records_kind'")
        except StoreError:  # no sqlite_stat1 table: never analyzed
            return False
        if not rows:
            return False
        then = max(1, int(str(rows[0][0]).split()[0]))
        now = max(1, int(self.query("SELECT COUNT(*) FROM records")[0][0]))
        return now > 10 * then or then > 10 * now

    def refresh_statistics(self) -> None:
        """Tell SQLite's query planner how the tables and indexes are shaped (PostgreSQL's autovacuum
        does it there). Without statistics it read all 24,861 events for the map's 1,845 located ones
        (1 s instead of under 1 ms at 10k articles); sampled, it takes a few seconds at that size."""
        # Never on an empty store: its statistics misled the planner once the store filled.
        if self.dialect.name == "sqlite" and self.query("SELECT 1 FROM records LIMIT 1"):
            self.execute(f"PRAGMA analysis_limit = {ANALYSIS_ROWS}")
            self.execute("ANALYZE")

    # -- runs and inputs -------------------------------------------------------------------------
    def start_run(self, inputs: list[str]) -> int:
        """Start a run; articles saved until finish_run() are tagged with it."""
        with self.transaction():
            rows = self.query("INSERT INTO runs (started_at, inputs) VALUES (?, ?) RETURNING id",
                              (self.now(), R.dump_json(list(inputs))))
        self._run_id = int(rows[0][0])
        return self._run_id

    def finish_run(self, run_id: int, counts: RunCounts) -> None:
        """Record the run's end and tally. Called from a `finally` after Ctrl-C too: a transaction the
        interrupt left open held nothing committed, and is rolled back first so that this write is
        not rolled back with it when the store closes."""
        if self._left_open():
            self._rollback()
        changed = self.execute(
            "UPDATE runs SET finished_at = ?, new_articles = ?, duplicate_articles = ?, "
            "rejected_articles = ?, records = ?, errors = ? WHERE id = ?",
            (self.now(), counts.new, counts.duplicate, counts.rejected, counts.records,
             R.dump_json(list(counts.errors)), run_id))
        if not changed:
            raise StoreError(f"there is no run {run_id} in {self.url} to finish")
        if self._run_id == run_id:
            self._run_id = None

    def get_run(self, run_id: int) -> RunInfo | None:
        rows = self.query(f"SELECT {R.columns(R.RUN_COLUMNS)} FROM runs WHERE id = ?", (run_id,))
        return R.run_from_row(rows[0]) if rows else None

    def recent_runs(self, limit: int = 20) -> list[RunInfo]:
        rows = self.query(f"SELECT {R.columns(R.RUN_COLUMNS)} FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        return [R.run_from_row(row) for row in rows]

    def input_done(self, content_hash: str) -> bool:
        return bool(self.query("SELECT 1 FROM inputs WHERE content_hash = ?", (content_hash,)))

    def mark_input_done(self, name: str, content_hash: str, size: int, articles: int) -> None:
        """Remember an input; marking the same content again keeps the first record of it."""
        self.execute("INSERT INTO inputs (content_hash, name, size, articles, ingested_at) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING",
                     (content_hash, name, size, articles, self.now()))

    # -- articles --------------------------------------------------------------------------------
    def has_article(self, article_hash: str) -> bool:
        return bool(self.query("SELECT 1 FROM articles WHERE hash = ?", (article_hash,)))

    def save_article(self, article: Article, records: Iterable[Record] = (),
                     signature: bytes | None = None) -> bool:
        """Store an article, its records and its near-duplicate signature in one transaction; False if
        its text is stored already.

        Records are tied to the article: each gets its `article_id` and, unless it already carries
        an id for this article, a stable id (`Record.assign_id`). Exact repeats are stored once."""
        rows, keys = self._record_rows(article.id, records)
        with self.transaction():
            if not self.execute(self._insert_article, (*R.article_params(article), self._run_id, self.now())):
                if self.has_article(article.hash):
                    return False
                raise StoreError(f"article id {article.id} ({article.file} #{article.index}) is already "
                                 "used by an article with a different text")
            self.executemany(_INSERT_RECORD, rows)
            self.executemany(K.INSERT, keys)
            if signature is not None:
                self.save_signature(article.id, signature)
        return True

    def replace_records(self, article_id: str, records: Iterable[Record]) -> int:
        rows, keys = self._record_rows(article_id, records)
        with self.transaction():
            if not self.query("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
                raise StoreError(f"there is no article {article_id} in {self.url} to replace records of")
            self.execute("DELETE FROM records WHERE article_id = ?", (article_id,))
            self.executemany(_INSERT_RECORD, rows)
            self.executemany(K.INSERT, keys)
        return len(rows)

    def _record_rows(self, article_id: str, records: Iterable[Record]
                     ) -> tuple[list[tuple[Any, ...]], list[tuple[str, str, str]]]:
        """The records' table rows (exact repeats once) and their record_keys rows."""
        rows: dict[str, tuple[Any, ...]] = {}
        kept: dict[str, Record] = {}
        for record in records:
            if not record.id or record.article_id != article_id:
                record.assign_id(article_id)
            try:
                rows.setdefault(record.id, (*R.record_params(record), record.date,
                                                article_id, article_id, article_id))
            except (TypeError, ValueError) as err:
                raise StoreError(f"a {record.kind} record of article {article_id} cannot be stored as "
                                 f"JSON: {err}") from err
            kept.setdefault(record.id, record)
        return list(rows.values()), K.key_rows(kept.values())

    def get_article(self, article_id: str) -> Article | None:
        """By exact id, else by an id prefix that matches exactly one article."""
        if not article_id:
            return None
        rows = self.query(f"{_ARTICLES} WHERE a.id = ?", (article_id,))
        if not rows:
            rows = self.query(f"{_ARTICLES} WHERE substr(a.id, 1, ?) = ? LIMIT 2",
                              (len(article_id), article_id))
        return R.article_from_row(rows[0][1:]) if len(rows) == 1 else None

    def iter_articles(self) -> Iterator[Article]:
        for page in self._article_pages():
            yield from page

    def _article_pages(self, condition: str = "", params: Sequence[Any] = ()) -> Iterator[list[Article]]:
        """Articles in ingest order, one page per query; `condition` is ANDed to the filter."""
        last = 0
        while True:
            rows = self.query(f"{_ARTICLES} WHERE a.seq > ? {condition} ORDER BY a.seq LIMIT ?",
                              (last, *params, self.page_size))
            if rows:
                last = rows[-1][0]
                yield [R.article_from_row(row[1:]) for row in rows]
            if len(rows) < self.page_size:
                return

    def count_articles(self) -> int:
        return int(self.query("SELECT COUNT(*) FROM articles")[0][0])

    def link_near_duplicate(self, article_id: str, other_id: str, similarity: float) -> None:
        """Link two articles (either order; linking again updates the similarity)."""
        if article_id == other_id:
            raise StoreError(f"article {article_id} cannot be linked as a near-duplicate of itself")
        low, high = sorted((article_id, other_id))
        self.execute("INSERT INTO near_duplicates (a, b, similarity) VALUES (?, ?, ?) "
                     "ON CONFLICT (a, b) DO UPDATE SET similarity = excluded.similarity",
                     (low, high, float(similarity)))

    def near_duplicates(self, article_id: str) -> list[tuple[str, float]]:
        """The article's near-duplicates, most similar first."""
        rows = self.query("SELECT b, similarity FROM near_duplicates WHERE a = ? "
                          "UNION ALL SELECT a, similarity FROM near_duplicates WHERE b = ?",
                          (article_id, article_id))
        return sorted(((other, float(sim)) for other, sim in rows), key=lambda pair: (-pair[1], pair[0]))

    def article_signatures(self) -> Iterator[tuple[str, bytes]]:
        last = ""
        while True:
            rows = self.query("SELECT article_id, signature FROM signatures WHERE article_id > ? "
                              "ORDER BY article_id LIMIT ?", (last, self.page_size * 5))
            for article_id, blob in rows:
                yield article_id, bytes(blob)
            if len(rows) < self.page_size * 5:
                return
            last = rows[-1][0]

    def save_signature(self, article_id: str, signature: bytes) -> None:
        self.execute("INSERT INTO signatures (article_id, signature) VALUES (?, ?) "
                     "ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature",
                     (article_id, bytes(signature)))

    # -- records ---------------------------------------------------------------------------------
    def iter_records(self, kind: str | None = None) -> Iterator[tuple[Record, Article]]:
        """Records with their articles, in ingest order then evidence offsets; streamed by pages."""
        condition = "AND " + _HAS_RECORDS.format(kind=" AND r.kind = ?" if kind else "")
        for page in self._article_pages(condition, (kind,) if kind else ()):
            by_id = {article.id: article for article in page}
            for record in self._records_of(list(by_id), kind):
                yield record, by_id[record.article_id]

    def _records_of(self, article_ids: list[str], kind: str | None = None) -> list[Record]:
        """Records of these articles, ordered by the articles' order in the list, then offsets."""
        marks = ", ".join("?" * len(article_ids))
        sql, params = f"{_RECORDS} WHERE article_id IN ({marks})", list(article_ids)
        if kind:
            sql, params = sql + " AND kind = ?", [*params, kind]
        position = {article_id: i for i, article_id in enumerate(article_ids)}
        records = [R.record_from_row(row) for row in self.query(sql, params)]
        return sorted(records, key=lambda r: (position[r.article_id], r.evidence.start, r.evidence.end, r.id))

    def article_records(self, article_id: str) -> list[Record]:
        return self._records_of([article_id])

    def articles_with_records(self, article_ids: Sequence[str]) -> list[tuple[Article, list[Record]]]:
        """These articles (those stored, in the order given) each with its records, in two queries a
        500 articles instead of two an article (a story page shows 30 articles and more)."""
        out: list[tuple[Article, list[Record]]] = []
        for at in range(0, len(article_ids), 500):
            chunk = list(dict.fromkeys(article_ids[at:at + 500]))
            articles = self._articles_by_id(chunk)
            records: dict[str, list[Record]] = {a: [] for a in articles}
            for record in self._records_of([a for a in chunk if a in articles]) if articles else []:
                records[record.article_id].append(record)
            out += [(articles[a], records[a]) for a in chunk if a in articles]
        return out

    def query_records(self, kind: str | None = None, *, article_id: str | None = None,
                      since: str | None = None, until: str | None = None, actor: str | None = None,
                      type: str | None = None, issue: str | None = None, outlet: str | None = None,
                      limit: int = 50, offset: int = 0) -> tuple[int, list[tuple[Record, Article]]]:
        """Every filter in SQL: columns directly, the field filters (actor, type, issue) through the
        indexed record_keys table (detente.store.keys)."""
        where, params = _where([("r.kind = ?", kind), ("r.article_id = ?", article_id),
                                ("r.outlet = ?", outlet), (f"{F.RECORD_DAY} >= ?", since),
                                (f"{F.RECORD_DAY} <= ?", until)])
        sets = K.key_sets(actor, type, issue, kind, self.dialect.name)
        extra, extra_params = K.key_conditions(sets, self.dialect.name)
        count, count_params = (K.key_count(sets) if kind and sets and (article_id, outlet, since, until)
                               == (None, None, None, None) else (None, []))
        where, params = " AND ".join([where, *extra]), [*params, *extra_params]
        # The outlet, the day and the order are kept on the record (detente.store.order): no join.
        source = "FROM records r"
        total = int(self.query(count or f"SELECT COUNT(*) {source} WHERE {where}",
                               count_params if count else params)[0][0])
        # Ingest order then offsets, read off the (kind, article_seq, offsets) index: no sort of every match.
        rows = self.query(f"SELECT {R.columns(R.RECORD_COLUMNS, 'r')} {source} WHERE {where} "
                          f"ORDER BY {_RECORD_ORDER} LIMIT ? OFFSET ?", (*params, limit, offset))
        records = [R.record_from_row(row) for row in rows]
        articles = self._articles_by_id({r.article_id for r in records})
        return total, [(r, articles[r.article_id]) for r in records]

    def _articles_by_id(self, ids: Iterable[str], with_text: bool = True) -> dict[str, Article]:
        wanted, found = sorted(ids), cast(dict[str, Article], {})
        columns = _ARTICLES if with_text else _SUMMARIES
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            rows = self.query(f"{columns} WHERE a.id IN ({', '.join('?' * len(chunk))})", chunk)
            found.update((row[1], R.article_from_row(row[1:])) for row in rows)
        return found

    def search_articles(self, q: str | None = None, *, outlet: str | None = None, since: str | None = None,
                        until: str | None = None, limit: int = 50, offset: int = 0,
                        after: int | None = None, with_text: bool = True) -> tuple[int, list[Article]]:
        """Articles matching every word of `q` (full-text, stemmed), best match first; without `q`,
        in ingest order. Outlet and publication dates filter both. `after` (without `q`): only the
        articles ingested after the one whose seq it is, read off the index from there (a keyset
        page; the total still counts every match). `with_text=False`: texts left empty."""
        where, params = _where([("a.outlet = ?", outlet), ("a.published >= ?", since),
                                ("a.published <= ?", until)])
        join, order, order_params = "", "a.seq", []
        page_where, page_params = where, params
        if after is not None and not (q and q.split()):
            page_where, page_params = f"{where} AND a.seq > ?", [*params, after]
        if q and q.split():
            d = self.dialect
            query = d.fulltext_query(q)
            join, where, params = d.fulltext_join, f"{d.fulltext_where} AND {where}", [query, *params]
            page_where, page_params = where, params
            order = d.fulltext_rank
            order_params = [query] if "?" in d.fulltext_rank else []
        total = int(self.query(f"SELECT COUNT(*) FROM articles a {join} WHERE {where}", params)[0][0])
        columns = _ARTICLES if with_text else _SUMMARIES
        rows = self.query(f"{columns} {join} WHERE {page_where} ORDER BY {order} LIMIT ? OFFSET ?",
                          (*page_params, *order_params, limit, offset))
        return total, [R.article_from_row(row[1:]) for row in rows]

    def article_seqs(self, ids: Sequence[str]) -> dict[str, int]:
        """The ingest number (seq) of each of these articles: the cursor of a keyset page."""
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self.query(f"SELECT id, seq FROM articles WHERE id IN ({marks})", list(ids))
        return {str(i): int(seq) for i, seq in rows}

    def content_version(self) -> int:
        """A number that grows with every change to articles, records or near-duplicate links
        (detente.store.versioning); derived views are keyed on it."""
        from detente.store.versioning import content_version

        return content_version(self)

    def count_records(self, kind: str | None = None) -> int:
        if kind:
            return int(self.query("SELECT COUNT(*) FROM records WHERE kind = ?", (kind,))[0][0])
        return int(self.query("SELECT COUNT(*) FROM records")[0][0])


    # -- browsing: the pages' tables and filtered exports (filters and order in SQL) ------------------
    def browse_records(self, browse: F.Browse, limit: int = 50,
                       offset: int = 0) -> tuple[int, list[tuple[Record, Article]]]:
        """One page of the records `browse` selects, in its order, and how many it selects in all."""
        where, params = browse.where(self.dialect.name)
        # The count apart: a window COUNT(*) OVER () would carry every match's row through the sort
        # (measured 5x slower at 10k articles). The page's ids first, then only those rows. The day,
        # the article's ingest order and its outlet are the record's own columns (detente.store.order),
        # so the default order is read off the (kind, day, article_seq, ...) index, LIMIT/OFFSET on
        # it, with no sort of every match; other orders sort the matches' keys.
        order = browse.order(self.dialect.name)
        source = _JOINED if browse.sort in F.ARTICLE_SORTS else "FROM records r"
        ids = [row[0] for row in self.query(f"SELECT r.id {source} WHERE {where} ORDER BY {order} "
                                            "LIMIT ? OFFSET ?", (*params, limit, offset))]
        total = self.count_browse(browse)
        records = self._records_by_id(ids)
        articles = self._articles_by_id({r.article_id for r in records})
        return total, [(r, articles[r.article_id]) for r in records]

    def count_browse(self, browse: F.Browse) -> int:
        """How many records `browse` selects (what `browse_records` counts, without reading a page)."""
        where, params = browse.where(self.dialect.name)
        return int(self.query(f"SELECT COUNT(*) FROM records r WHERE {where}", params)[0][0])

    def _records_by_id(self, ids: list[str]) -> list[Record]:
        """The records with these ids, in the order given."""
        if not ids:
            return []
        rows = self.query(f"{_RECORDS} WHERE id IN ({', '.join('?' * len(ids))})", ids)
        by_id = {r.id: r for r in map(R.record_from_row, rows)}
        return [by_id[i] for i in ids if i in by_id]

    def iter_browse(self, browse: F.Browse, page: int = 1000) -> Iterator[tuple[Record, Article]]:
        """Every record `browse` selects, in its order, fetched a page at a time: the ids in order
        first (one walk of an index, no JSON), then the rows by id a page at a time (paging by
        OFFSET read every earlier page again: 55 pages for the claims of 10k articles)."""
        ids = self.browse_ids(browse)
        for at in range(0, len(ids), page):
            yield from self.records_with_articles(ids[at:at + page])

    def browse_ids(self, browse: F.Browse, limit: int | None = None) -> list[str]:
        """The ids of every record `browse` selects (the first `limit`), in its order."""
        where, params = browse.where(self.dialect.name)
        source = _JOINED if browse.sort in F.ARTICLE_SORTS else "FROM records r"
        sql = f"SELECT r.id {source} WHERE {where} ORDER BY {browse.order(self.dialect.name)}"
        if limit is not None:
            sql, params = f"{sql} LIMIT ?", [*params, limit]
        return [row[0] for row in self.query(sql, params)]

    def records_with_articles(self, ids: list[str]) -> list[tuple[Record, Article]]:
        """The records with these ids (in the order given) each with its article without its text
        (a record's contract names its article, never quotes it); a list, so a streamed download
        may read each chunk in whichever thread serves it."""
        records = self._records_by_id(ids)
        articles = self._articles_by_id({r.article_id for r in records}, with_text=False)
        return [(r, articles[r.article_id]) for r in records]

    def record_download_rows(self, ids: list[str]) -> list[tuple[Any, ...]]:
        """The records with these ids as download rows, in the order given: the record's columns
        (RECORD_COLUMNS) then its article's source columns (file, idx, title, outlet, author,
        published, url), one joined query, no Record or Article per row (rows.download_values
        makes the cells). A list, so a streamed download may read each chunk in any thread."""
        if not ids:
            return []
        rows = self.query(f"SELECT {R.columns(R.RECORD_COLUMNS, 'r')}, {_SOURCE_COLUMNS} {_JOINED} "
                          f"WHERE r.id IN ({', '.join('?' * len(ids))})", ids)
        by_id = {row[0]: row for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def facet_counts(self, browse: F.Browse, facet: str, limit: int = 40) -> list[tuple[str, int]]:
        """The values of `facet` among the records the other filters select, most frequent first:
        what a table offers to narrow by next (a facet's own choice is left out, as Datasette does)."""
        spec = F.facet_values_sql(self.dialect.name, browse.kind, facet)
        if spec is None:
            return []
        chosen = _chosen_facets(browse, facet)
        if facet not in F.COLUMN_FACETS and chosen is not None:
            # Records chosen by facet values alone: their facet rows in record_keys, counted off the
            # key index (SQLite 3.40 read each record's JSON through the expression index: 20-30 ms
            # an event facet at 10k articles, and a talks array facet unnested every record's list).
            rows = self.query(*K.facet_count(browse.kind, facet, chosen, limit, self.dialect.name))
            return [(str(v), int(n)) for v, n in rows]
        join, value = spec
        where, params = browse.where(self.dialect.name, skip=facet)
        if self.dialect.name == "sqlite" and not join and _narrowed(browse, facet):
            # Read the rows the filters select off their own index, then group them: left to itself,
            # SQLite walks the counted facet's index (in group order, no sort) over every record of
            # the kind, reading each one's JSON (12 ms instead of 2 for `issue=ceasefire` at 10k
            # articles). The unary + keeps the counted column from matching that index.
            value = f"+{value}"
        rows = self.query(f"SELECT {value} AS v, COUNT(*) AS n FROM records r{join} WHERE {where} "
                          f"AND {value} IS NOT NULL GROUP BY {value} ORDER BY n DESC, v LIMIT ?",
                          (*params, limit))
        return [(str(v), int(n)) for v, n in rows]

    def browse_articles(self, *, outlet: str | None = None, since: str | None = None,
                        until: str | None = None, article_ids: Sequence[str] | None = None,
                        sort: str = "published", descending: bool = False, limit: int = 50,
                        offset: int = 0) -> tuple[int, list[tuple[Article, int]]]:
        """One page of articles (without their text) with their record counts, filtered and ordered
        in SQL; and the total."""
        where, params = _article_where(outlet, since, until, article_ids)
        total = int(self.query(f"SELECT COUNT(*) FROM articles a WHERE {where}", params)[0][0])
        order = _article_order(sort, descending)
        keys = self.query(f"SELECT a.seq, {_RECORD_COUNT} FROM articles a WHERE {where} ORDER BY {order} "
                          "LIMIT ? OFFSET ?", (*params, limit, offset))
        return total, self.article_summaries([(int(seq), int(n)) for seq, n in keys])

    def article_summaries(self, keys: Sequence[tuple[int, int]]) -> list[tuple[Article, int]]:
        """The articles of these (seq, records) keys, in the order given, without their text."""
        found: dict[int, Article] = {}
        for at in range(0, len(keys), 500):
            chunk = [seq for seq, _ in keys[at:at + 500]]
            rows = self.query(f"{_SUMMARIES} WHERE a.seq IN ({', '.join('?' * len(chunk))})", chunk)
            found.update((int(row[0]), R.article_from_row(row[1:])) for row in rows)
        return [(found[seq], n) for seq, n in keys if seq in found]

    def article_download(self, *, outlet: str | None = None, since: str | None = None,
                         until: str | None = None, article_ids: Sequence[str] | None = None,
                         sort: str = "published", descending: bool = False) -> list[tuple[Any, ...]]:
        """Every article `browse_articles` selects as a download row, in its order, in one query: (id,
        file, article, title, outlet, author, published, url, records), the columns of
        `Article.summary` without its text and the count, straight off the row (an Article and its
        summary dict per row were a third of /articles.csv's time at 10k articles). A download is
        made whole and kept (detente.web.tables): reading the ordered keys first, then the rows 500
        at a time by key, as a streamed body did, read the table twice."""
        where, params = _article_where(outlet, since, until, article_ids)
        order = _article_order(sort, descending)
        return [tuple(row) for row in self.query(
            f"SELECT {_DOWNLOAD_COLUMNS}, {_RECORD_COUNT} FROM articles a WHERE {where} ORDER BY {order}",
            params)]

    def outlets(self) -> list[tuple[str, int]]:
        """Every outlet with its number of articles, most articles first."""
        rows = self.query("SELECT outlet, COUNT(*) AS n FROM articles WHERE outlet IS NOT NULL "
                          "GROUP BY outlet ORDER BY n DESC, outlet")
        return [(str(o), int(n)) for o, n in rows]

def _article_where(outlet: str | None, since: str | None, until: str | None,
                   article_ids: Sequence[str] | None) -> tuple[str, list[Any]]:
    """The WHERE clause over `articles a` of the articles table's filters."""
    where, params = _where([("a.outlet = ?", outlet), ("a.published >= ?", since),
                            ("a.published <= ?", until)])
    if article_ids is not None:
        where += f" AND a.id IN ({', '.join('?' * len(article_ids)) or 'NULL'})"
        params = [*params, *article_ids]
    return where, params


def _article_order(sort: str, descending: bool) -> str:
    """ORDER BY of the articles table: a column (nulls last), then ingest order."""
    column = {"published": "a.published", "outlet": "a.outlet", "title": "a.title",
              "records": _RECORD_COUNT}.get(sort, "a.published")
    return f"{column} {'DESC' if descending else 'ASC'} NULLS LAST, a.seq"


def _chosen_facets(browse: F.Browse, skip: str) -> list[tuple[str, str]] | None:
    """The (facet, value) choices of `browse` but `skip` when they are all it selects by (facets of
    record_keys: no outlet, period, story or map), else None."""
    chosen = [(name, value) for name, value in browse.facets if name != skip]
    if (browse.located or browse.article_ids is not None or browse.since or browse.until
            or any(name in F.COLUMN_FACETS for name, _ in chosen)):
        return None
    return chosen


def _narrowed(browse: F.Browse, skip: str) -> bool:
    """Whether `browse`, leaving facet `skip` out, filters on more than the kind (the map's located
    events aside: their partial indexes serve the counts as they are)."""
    others = [name for name, _ in browse.facets if name != skip]
    story = browse.article_ids is not None
    return not browse.located and bool(others or browse.since or browse.until or story)


def _where(conditions: list[tuple[str, Any]]) -> tuple[str, list[Any]]:
    """`a AND b ...` of the conditions whose value is given (not None), and their parameters."""
    given = [(sql, value) for sql, value in conditions if value is not None]
    return " AND ".join([sql for sql, _ in given] or ["1 = 1"]), [value for _, value in given]
