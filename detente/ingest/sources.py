"""From what a user names on the command line to articles ready for the store.

`read_inputs` takes paths, directories and URLs and yields one `InputResult` per unit of input:
a whole text or HTML file, one JSONL line, one WARC record, one followed feed item. A unit that
cannot be read carries an `InputError` with one sentence naming it and the reason; the batch
goes on. Directories, JSONL and WARC files are streamed, so none of them sits in memory whole.
"""
from __future__ import annotations

import hashlib
import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from html import escape
from pathlib import Path
from urllib.parse import urljoin

from detente.errors import FetchError, InputError
from detente.ingest.decode import clean_text, decode_bytes, html_charset
from detente.ingest.feeds import FeedItem, looks_like_feed, parse_feed
from detente.ingest.fetch import Fetched, Fetcher
from detente.ingest.jsonl import iter_lines, parse_jsonl_line
from detente.ingest.warc import WarcPage, iter_warc_pages
from detente.models import Article, content_hash

DEFAULT_MAX_BYTES = 50_000_000  # largest file read whole; JSONL and WARC are streamed instead
TEXT_EXTENSIONS = (".txt", ".text")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
WARC_EXTENSIONS = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_FULL_TEXT_CHARS = 200  # a feed item's own content this long is the article, not a teaser
_TAGS = re.compile(r"<[^>]*>")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_NEWLINES = re.compile(r"\r\n?")
_HTML_TAG = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title|h1|span)[\s>/]", re.IGNORECASE
)


@dataclass
class InputResult:
    """One unit of input and what came of it.

    `name` is what to show the user (path or URL as given; `path:line` for JSONL, `path record N`
    for WARC, the item's URL for a feed item). `content_hash` is the sha256 of the unit's raw
    bytes (empty when nothing was read). `kind` is text, html, jsonl, warc or feed; `origin` is
    the spec the unit came from (the directory, file or feed the user named).
    """

    name: str
    content_hash: str
    size: int
    articles: list[Article] = field(default_factory=list)
    error: InputError | None = None
    kind: str = ""
    origin: str = ""
    warnings: list[str] = field(default_factory=list)  # fields dropped, the articles kept

    @property
    def ok(self) -> bool:
        return self.error is None


def read_inputs(
    specs: list[str], fetcher: Fetcher | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[InputResult]:
    """Yield an InputResult for each unit of each spec (file, directory or http(s) URL), in order.

    Args:
        specs: paths and URLs as the user typed them.
        fetcher: used for URLs and feed items; a default one (no private addresses) is made if needed.
        max_bytes: largest file read whole; larger text, HTML and feed files are refused.
    """
    reader = _Reader(fetcher, max_bytes)
    try:
        for spec in specs:
            for result in reader.spec(spec):
                yield _cleaned(result)
    finally:
        reader.close()


_ARTICLE_TEXT_FIELDS = ("file", "text", "title", "outlet", "author", "published", "url")


def _cleaned(result: InputResult) -> InputResult:
    """The last guard at the edge: no lone surrogate or NUL reaches a store or a message.

    The readers clean what they decode; this catches what any path (a feed title, a URL, a file
    name with undecodable bytes) still carries, so SQLite and PostgreSQL accept the same inputs.
    """
    result.name = clean_text(result.name)
    result.warnings = [clean_text(w) for w in result.warnings]
    if result.error is not None:
        err = result.error
        result.error = type(err)(clean_text(err.source), clean_text(err.reason))
    for article in result.articles:
        text = article.text
        for key in _ARTICLE_TEXT_FIELDS:
            value = getattr(article, key)
            if isinstance(value, str):
                setattr(article, key, clean_text(value))
        if article.text != text:  # the identity follows the text that is stored
            article.hash = content_hash(article.text)
            article.id = article.hash[:16]
    return result


class _Reader:
    """Dispatch state for one batch: the fetcher (made on first use) and the size cap."""

    def __init__(self, fetcher: Fetcher | None, max_bytes: int) -> None:
        self._fetcher = fetcher
        self._own_fetcher = False
        self.max_bytes = max_bytes

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher, self._own_fetcher = Fetcher(), True
        return self._fetcher

    def close(self) -> None:
        if self._own_fetcher and self._fetcher is not None:
            self._fetcher.close()

    def spec(self, spec: str) -> Iterator[InputResult]:
        if _URL.match(spec):
            yield from self.url(spec)
            return
        path = Path(spec)
        if path.is_dir():
            yield from self.directory(spec)
        elif path.is_file():
            yield from self.file(spec, origin=spec)
        elif path.exists():
            yield _failed(spec, "is not a regular file or directory; skipped.", origin=spec)
        else:
            yield _failed(spec, "does not exist (nor is it an http or https URL).", origin=spec)

    def directory(self, root: str) -> Iterator[InputResult]:
        """Every non-hidden file under `root` in sorted path order, read one at a time."""
        found = False
        for path, problem in _walk(root):
            found = True
            if problem is not None:
                yield _failed(path, problem, origin=root)
            else:
                yield from self.file(path, origin=root)
        if not found:
            yield _failed(root, "is a directory with no (non-hidden) files in it.", origin=root)

    def file(self, path: str, origin: str) -> Iterator[InputResult]:
        lower = path.lower()
        if lower.endswith(JSONL_EXTENSIONS) or lower.endswith(tuple(e + ".gz" for e in JSONL_EXTENSIONS)):
            yield from self.jsonl(path, origin)
        elif lower.endswith(WARC_EXTENSIONS):
            yield from self.warc(path, origin)
        else:
            yield from self.whole_file(path, origin)

    def whole_file(self, path: str, origin: str) -> Iterator[InputResult]:
        try:
            size = os.path.getsize(path)
            if size > self.max_bytes:
                reason = (f"is {_mb(size)}, over the {_mb(self.max_bytes)} limit for one file; split it, "
                          "or convert it to JSONL, which is streamed.")
                yield _failed(path, reason, origin, size)
                return
            data = Path(path).read_bytes()
        except OSError as exc:
            yield _failed(path, f"cannot be read ({exc.strerror or exc}).", origin)
            return
        inner = path
        if path.lower().endswith(".gz"):  # page.html.gz, scrape.txt.gz: inflated with the same cap
            inner = path[:-3]
            try:
                data = _gunzip(data, path, self.max_bytes)
            except InputError as exc:
                yield InputResult(path, _sha256(data), len(data), error=exc, origin=origin)
                return
        kind = _kind_by_extension(inner) or sniff_kind(data)
        if kind == "feed":
            yield from self.feed(data, path, origin)
        else:
            yield self.document(data, path, kind, origin, file=path)

    def document(self, data: bytes, name: str, kind: str, origin: str, file: str,
                 url: str | None = None, charset: str | None = None) -> InputResult:
        """Parse one text or HTML document; errors become the result's error."""
        result = InputResult(name, _sha256(data), len(data), kind=kind, origin=origin)
        try:
            if kind == "html":
                text = decode_bytes(data, name, declared=charset or html_charset(data))
                result.articles = _parse(lambda: _parse_html(text, file, url), name)
            else:
                text = decode_bytes(data, name, declared=charset)
                result.articles = _parse(lambda: _parse_text(text, file), name)
        except InputError as exc:
            result.error = exc
        return result

    def url(self, url: str) -> Iterator[InputResult]:
        try:
            fetched = self.fetcher.get(url)
        except FetchError as exc:
            yield InputResult(url, "", 0, error=exc, origin=url)
            return
        if fetched.mime in ("application/rss+xml", "application/atom+xml") or looks_like_feed(fetched.body):
            yield from self.feed(fetched.body, url, url)
            return
        kind = _kind_of_response(fetched)
        if kind is None:
            yield _failed(url, f"is {fetched.mime}, not HTML, text or a feed.", url, len(fetched.body))
            return
        yield self.document(fetched.body, url, kind, url, file=url, url=fetched.final_url,
                            charset=fetched.charset)

    def feed(self, data: bytes, name: str, origin: str) -> Iterator[InputResult]:
        """Follow each feed item to its page; an item that fails does not stop the others."""
        try:
            items = parse_feed(data, name)
        except InputError as exc:
            yield InputResult(name, _sha256(data), len(data), error=exc, kind="feed", origin=origin)
            return
        if not items:
            yield _failed(name, "is a feed with no items that link to a page.", origin, len(data))
        seen: set[str] = set()
        for number, item in enumerate(items):
            if _URL.match(name):  # a relative link in a fetched feed is relative to the feed
                item = replace(item, url=urljoin(name, item.url))
            if item.url not in seen:
                seen.add(item.url)
                yield self.feed_item(item, number, name)

    def feed_item(self, item: FeedItem, number: int, feed: str) -> InputResult:
        """The item's article: from the feed's own full text when it has one, else from its page."""
        where = f" (item {number} of feed {feed})"
        if _has_full_text(item):
            page = f"<html><head><title>{escape(item.title or '')}</title></head><body><article>" \
                   f"{item.content}</article></body></html>"
            result = self.document(page.encode("utf-8"), item.url, "html", feed, file=feed, url=item.url)
        else:
            try:
                fetched = self.fetcher.get(item.url)
            except FetchError as exc:
                return InputResult(item.url, "", 0, error=type(exc)(item.url, exc.reason + where),
                                   kind="feed", origin=feed)
            kind = _kind_of_response(fetched) or "html"
            result = self.document(fetched.body, item.url, kind, feed, file=feed, url=fetched.final_url,
                                   charset=fetched.charset)
        result.kind = "feed"
        if result.error is not None:
            result.error = type(result.error)(item.url, result.error.reason + where)
        for article in result.articles:
            _apply_feed_metadata(article, item, number)
        return result

    def jsonl(self, path: str, origin: str) -> Iterator[InputResult]:
        """One result per non-blank line; each good line is one Article with index = line - 1."""
        seen = False
        try:
            for number, raw in iter_lines(path, self.max_bytes):
                if isinstance(raw, InputError):
                    yield InputResult(raw.source, "", 0, error=raw, kind="jsonl", origin=origin)
                elif raw.strip():
                    seen = True
                    yield _jsonl_result(raw, path, number, origin)
        except InputError as exc:
            yield InputResult(path, "", 0, error=exc, kind="jsonl", origin=origin)
            return
        if not seen:
            yield _failed(path, "is empty; there are no JSONL lines to ingest.", origin)

    def warc(self, path: str, origin: str) -> Iterator[InputResult]:
        """One result per HTML response record, parsed as it is read; index = record number."""
        seen = False
        try:
            for page in iter_warc_pages(path, self.max_bytes):
                seen = True
                yield self.warc_page(page, path, origin)
        except InputError as exc:
            yield InputResult(path, "", 0, error=exc, kind="warc", origin=origin)
            return
        if not seen:
            yield _failed(path, "has no HTML response records to ingest.", origin)

    def warc_page(self, page: WarcPage, path: str, origin: str) -> InputResult:
        name = f"{path} record {page.number}"
        if page.error is not None:
            return InputResult(name, "", 0, error=page.error, kind="warc", origin=origin)
        result = self.document(page.body, name, "html", origin, file=path, url=page.url,
                               charset=_charset(page.content_type))
        result.kind = "warc"
        for article in result.articles:
            article.index, article.url = page.number, article.url or page.url
            if article.published is None and page.date:
                article.published, article.published_inferred = page.date, True
        return result


def _jsonl_result(raw: bytes, path: str, number: int, origin: str) -> InputResult:
    result = InputResult(f"{path}:{number}", _sha256(raw), len(raw), kind="jsonl", origin=origin)
    try:
        line = parse_jsonl_line(raw, path, number)
    except InputError as exc:
        result.error = exc
        return result
    text = _NEWLINES.sub("\n", line["text"])
    result.warnings = line["warnings"]
    result.articles = [Article(
        file=path, index=number - 1, text=text, title=line["title"], outlet=line["outlet"],
        author=line["author"], published=line["published"], url=line["url"],
        raw_start=0, raw_end=len(text), format="jsonl",
    )]
    return result


def _gunzip(data: bytes, name: str, limit: int) -> bytes:
    """A gzip file's content, inflated no further than `limit` bytes (a bomb costs one error, not memory)."""
    inflater = zlib.decompressobj(wbits=31)
    out: list[bytes] = []
    size = 0
    try:
        while data:
            chunk = inflater.decompress(data, limit + 1 - size)
            out.append(chunk)
            size += len(chunk)
            if size > limit:
                raise InputError(name, f"inflates to over {_mb(limit)}, the limit for one file; split it, or "
                                       "convert it to JSONL, which is streamed.")
            data = inflater.unconsumed_tail
            if inflater.eof:  # a further gzip member follows, or trailing bytes
                data = inflater.unused_data
                if data.strip(b"\x00"):
                    inflater = zlib.decompressobj(wbits=31)
                else:
                    break
    except zlib.error as exc:
        raise InputError(name, f"is not a readable gzip file ({exc}).") from exc
    if not inflater.eof:
        raise InputError(name, "is a gzip file that breaks off before its end.")
    return b"".join(out)


def _walk(directory: str) -> Iterator[tuple[str, str | None]]:
    """(path, None) for each regular file, depth first by name; (path, reason) for what cannot be read.

    Hidden entries are skipped and symbolic links to directories are not followed (no cycles).
    """
    try:
        with os.scandir(directory) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield directory, f"cannot be listed ({exc.strerror or exc})."
        return
    for entry in entries:
        path = os.path.join(directory, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file():
            yield path, None
        elif not entry.is_symlink():
            yield path, "is not a regular file; skipped."


def _has_full_text(item: FeedItem) -> bool:
    """Whether the feed carries the article itself (not a teaser), so its page need not be fetched."""
    return bool(item.content) and len(_TAGS.sub(" ", item.content or "").strip()) >= FEED_FULL_TEXT_CHARS


_DOMAIN = re.compile(r"[\w-]+(\.[\w-]+)+")


def _apply_feed_metadata(article: Article, item: FeedItem, number: int) -> None:
    """The feed's title, author, link and date fill what the page did not say; its date beats a guess."""
    article.index, article.url = number, article.url or item.url
    article.title = article.title or item.title
    article.author = article.author or item.author
    if item.source and (article.outlet is None or _DOMAIN.fullmatch(article.outlet)):
        article.outlet = item.source  # "Frontline Diplomacy Brief" rather than its host name
    if item.published and (article.published is None or article.published_inferred):
        article.published, article.published_inferred = item.published, False


def sniff_kind(data: bytes) -> str:
    """'feed', 'html' or 'text', judged from the first bytes of a document without an extension."""
    if looks_like_feed(data):
        return "feed"
    return "html" if _HTML_TAG.search(data[:8192]) else "text"


def _kind_by_extension(path: str) -> str | None:
    lower = path.lower()
    for kind, extensions in (("text", TEXT_EXTENSIONS), ("html", HTML_EXTENSIONS), ("feed", FEED_EXTENSIONS)):
        if lower.endswith(extensions):
            return kind
    return None


def _kind_of_response(fetched: Fetched) -> str | None:
    if fetched.mime in HTML_TYPES:
        return "html"
    if fetched.mime.startswith("text/") or not fetched.mime:
        return "text" if sniff_kind(fetched.body) == "text" else "html"
    return None


def _parse(run: Callable[[], list[Article]], name: str) -> list[Article]:
    """Run a parser; an empty result or a parser crash becomes an InputError naming the input."""
    try:
        articles = run()
    except InputError:
        raise
    except Exception as exc:  # a parser bug must cost one input, not the batch
        raise InputError(name, f"could not be parsed ({type(exc).__name__}: {exc}).") from exc
    if not articles:
        raise InputError(name, "has no article text detente could find (malformed or not an article page).")
    return articles


def _parse_html(html: str | bytes, file: str, url: str | None) -> list[Article]:
    from detente.ingest.html import parse_html

    return parse_html(html, file, url=url)


SHORT_TEXT_LINES = 3  # a headline, a dek and a one-line item at most
SHORT_TEXT_WORDS = 120
_LINE = re.compile(r"[^\s][^\n]*")
_FINAL_STOP = re.compile(r"[.!?…:;,\"'”’)]$")


def _parse_text(text: str, file: str) -> list[Article]:
    from detente.ingest.scrape import parse_text_scrape

    return parse_text_scrape(text, file) or _short_text(text, file)


def _short_text(text: str, file: str) -> list[Article]:
    """A headline or a one-line wire item is an article too, though the page cleaner finds no body in it.

    The cleaner wants paragraphs under a headline; an input of one to three short lines has none, yet it
    is news ("Russia and Ukraine agree to swap 300 prisoners"). Its first line is the title when it
    reads as one (no final stop) and more follows; the text is the rest, or the line itself.
    """
    lines = [(m.start(), m.group().rstrip()) for m in _LINE.finditer(text)]
    words = sum(len(line.split()) for _, line in lines)
    if not 1 <= len(lines) <= SHORT_TEXT_LINES or words > SHORT_TEXT_WORDS or words < 2:
        return []
    title = None
    body = lines
    if len(lines) > 1 and not _FINAL_STOP.search(lines[0][1]):
        title, body = lines[0][1], lines[1:]
    return [Article(file=file, index=0, text="\n".join(line for _, line in body), title=title,
                    raw_start=body[0][0], raw_end=body[-1][0] + len(body[-1][1]), format="text")]


def _charset(content_type: str | None) -> str | None:
    return Fetched("", "", 200, content_type, b"").charset


def _failed(name: str, reason: str, origin: str, size: int = 0) -> InputResult:
    return InputResult(name, "", size, error=InputError(name, reason), origin=origin)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB" if n >= 10_000_000 else f"{n / 1_000_000:.1f} MB"
