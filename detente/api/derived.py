"""What the cross-source pages and endpoints read: stories, merged facts, the timeline and the
positions matrix, computed once per store change and kept in the store.

Building them costs a pass over every article and record (seconds at 10k articles), so a request
never builds them itself. A `ViewKeeper` holds the last build in memory, keyed on the store's content
version (detente.store.versioning). When the store moved on, ONE builder thread per process starts,
and across processes (the workers of `detente serve --workers N`, or several servers over one store)
only the one holding the store's builder lease (detente.store.lease) builds; the others wait for its
build to land in the store's `derived_views` table and read it back. Meanwhile requests are served
the previous build (a request waits only when there is no build at all, on a store never built
before). A restarted server likewise reads the last build back instead of rebuilding.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from detente.api.compact import CompactMap, PackedList
from detente.store import open_store
from detente.store.base import Store
from detente.store.derived import derived_version, load_derived, save_derived
from detente.store.lease import Lease
from detente.stories.build import StoriesView
from detente.stories.cluster import Story

log = logging.getLogger(__name__)
Rec = dict[str, Any]
NAME = "corpus.v1"  # bump when the stored shape changes: an old body is then rebuilt, not misread
LENT = ("date", "date_precision", "date_basis", "date_sources")
MATRICES = 64  # filtered matrices remembered per build
LEASE = "derived-views"  # the builder lease (detente.store.lease): one builder across all processes
LEASE_SECONDS = 60.0     # renewed while a build runs; a dead builder's lease passes on after this
DECODE_CHUNK = 256      # lines of a stored build parsed by one json.loads (see _items)
POLL = 0.5               # seconds between looks at derived_views while another process builds


@dataclass
class ServedView:
    """One build of the derived views, in the shapes the endpoints answer with."""

    version: int
    stories: list[Story]
    facts: list[Rec]
    articles: dict[str, Rec]           # article id -> its summary without text
    article_of: Mapping[str, str]      # record id -> article id
    timeline: Sequence[Rec]            # dated entries, in date order (a PackedList once decoded)
    sentences: list[str]               # the timeline page's sentence for each entry
    undated: list[Rec]                 # undated entries, in order of their reporting day
    positions: list[Rec]               # every position record (the matrix is built from them)
    lent: dict[str, Rec]               # record id -> the date its story lent it
    days: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # each timeline entry's kind (the page filters by it)
    facts_by_story: dict[str, list[Rec]] = field(default_factory=dict)
    _matrices: dict[tuple[str | None, ...], Rec] = field(default_factory=dict)
    _largest: list[Story] | None = None
    _memo: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.days and self.timeline:  # a decoded build gives them, read as it was parsed
            self.days = [e["date"] for e in self.timeline]
            self.kinds = [e["kind"] for e in self.timeline]
        by_story: dict[str, list[Rec]] = defaultdict(list)
        for fact in self.facts:
            by_story[fact["story"]].append(fact)
        self.facts_by_story = dict(by_story)

    def matrix(self, party: str | None = None, issue: str | None = None, as_of: str | None = None) -> Rec:
        """The positions matrix for these filters, computed once per build and filter set."""
        from detente.views.positions import build_matrix

        key = (party, issue, as_of)
        found = self._matrices.get(key)
        if found is None:
            found = build_matrix(self.positions, party, issue, as_of)
            if len(self._matrices) >= MATRICES:  # forget the oldest (tolerant of a concurrent forget)
                self._matrices.pop(next(iter(self._matrices), None), None)  # type: ignore[arg-type]
            self._matrices[key] = found
        return found

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """`make()` computed once per build (a page that depends on nothing but this build)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def largest_stories(self) -> list[Story]:
        """The stories, largest first (then by id), sorted once per build."""
        if self._largest is None:
            self._largest = sorted(self.stories, key=lambda s: (-len(s.articles), s.id))
        return self._largest

    def warm(self) -> ServedView:
        """Compute what the first requests of a build would otherwise each compute: the unfiltered
        positions matrix (the API's and the /positions page's, 150 ms at 10k articles) and the
        stories largest first. Run by the builder thread before the build is served."""
        self.matrix()
        self.largest_stories()
        return self

    def with_lent_date(self, record: Rec) -> Rec:
        """`record` as the stories see it: an undated report takes the day its story gives it."""
        lent = self.lent.get(record["id"])
        return {**record, **lent} if lent else record


def compute(store: Store, version: int) -> ServedView:
    """Build every derived view from the store (the expensive pass), in memory that holds what the
    served view holds, never every record at once: stories and facts as `detente stories` builds them
    (detente.stories.build.build_stories), then one streamed pass over the records (`_stream`)."""
    from detente.stories.build import build_stories

    articles: dict[str, Rec] = {}
    stories = build_stories(store, on_article=lambda a: articles.__setitem__(a.id, a.summary(False)))
    streamed = _stream(store, stories)
    return ServedView(
        version=version, stories=stories.stories, facts=stories.facts, articles=articles,
        article_of=streamed.article_of, timeline=[e for e, _ in streamed.dated],
        sentences=[s for _, s in streamed.dated], undated=streamed.undated, positions=streamed.positions,
        lent=streamed.lent)


@dataclass
class _Streamed:
    """What one pass over the records keeps: the served sections that are made of records."""

    article_of: dict[str, str]
    dated: list[tuple[Rec, str]]   # timeline entries with their sentences, in timeline order
    undated: list[Rec]
    positions: list[Rec]
    lent: dict[str, Rec]


def _stream(store: Store, stories: StoriesView) -> _Streamed:
    """The record-made sections in the order a build holding every record gives them.

    `stories.lent` holds the records of stories with more than one article (with the dates their
    stories lend): the only records facts merge, so the facts' timeline entries come from them alone;
    then only the records a story lent a date are kept (taken from `stories`, so the rest are freed).
    Every other event or talks record is its own entry and sentence, made as it streams by and dropped."""
    from detente.stories.timeline import dated_order, fact_entries, is_entry, record_entry, undated_order
    from detente.web.sentences import timeline_sentence

    shared, stories.lent = stories.lent, {}
    entries, merged = fact_entries(stories.facts, shared)
    dated = [(e, timeline_sentence(e, shared)) for e in entries if e["date"]]
    undated = [e for e in entries if not e["date"]]
    # Any other shared record is what `to_contract` gives again: lending is the only change made to them.
    shared = {i: r for i, r in shared.items() if r.get("date_basis") == "story"}
    out = _Streamed({}, dated, undated, [], {})
    for record, article in store.iter_records():
        rec = shared.get(record.id) or record.to_contract(article)
        out.article_of[rec["id"]] = article.id
        if rec.get("date_basis") == "story":
            out.lent[rec["id"]] = {k: rec[k] for k in LENT if k in rec}
        if rec["kind"] == "position":
            out.positions.append(rec)
        elif is_entry(rec) and rec["id"] not in merged:
            entry = record_entry(rec)
            if entry["date"]:
                out.dated.append((entry, timeline_sentence(entry, {rec["id"]: rec})))
            else:
                out.undated.append(entry)
    out.dated.sort(key=lambda pair: dated_order(pair[0]))
    out.undated.sort(key=undated_order)
    return out


SECTIONS = ("stories", "facts", "articles", "article_of", "timeline", "sentences", "undated", "positions",
            "lent")


def encode(view: ServedView) -> bytes:
    """The build as compressed JSON lines: a header of section sizes, then one item a line (which
    lets `decode` parse it in chunks while the server keeps answering)."""
    parts: dict[str, list[Any]] = {
        "stories": [[s.id, s.articles] for s in view.stories], "facts": view.facts,
        "articles": list(view.articles.items()), "article_of": list(view.article_of.items()),
        "timeline": view.timeline, "sentences": view.sentences, "undated": view.undated,
        "positions": view.positions, "lent": list(view.lent.items())}
    packer = zlib.compressobj(3)
    out = [packer.compress(json.dumps({name: len(parts[name]) for name in SECTIONS}).encode())]
    items = [item for name in SECTIONS for item in parts[name]]
    for at in range(0, len(items), DECODE_CHUNK):  # compressed as they are written: the text is never whole
        out.append(packer.compress(b"".join(
            b"\n" + json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode()
            for item in items[at:at + DECODE_CHUNK])))
    out.append(packer.flush())
    return b"".join(out)


def decode(version: int, blob: bytes) -> ServedView:
    """A build from `encode`'s bytes, in the memory of the process that serves it. The text is
    decompressed and parsed as it streams (`_lines`), never held whole: a worker decodes the next
    build while it still serves the previous one, and every worker does so at the same moment."""
    lines = _lines(blob)
    sizes, parts = json.loads(next(lines)), {}
    days: list[str] = []
    kinds: list[str] = []
    for name in SECTIONS:
        if name == "timeline":
            parts[name] = _packed(lines, sizes[name], days, kinds)
        else:
            parts[name] = _items(lines, sizes[name])
    return ServedView(version=version, stories=[Story(i, a) for i, a in parts["stories"]],
                      facts=parts["facts"], articles=dict(parts["articles"]),
                      article_of=CompactMap(map(tuple, parts.pop("article_of"))),
                      timeline=parts["timeline"], sentences=parts["sentences"], undated=parts["undated"],
                      positions=parts["positions"], lent=dict(parts["lent"]), days=days, kinds=kinds)


def _lines(blob: bytes, step: int = 1 << 16) -> Iterator[bytes]:
    """The lines of a compressed build, decompressed `step` bytes of it at a time (holding the whole
    text and its list of lines cost a worker about 50 MB more at 10k articles, at every swap)."""
    unpacker, rest = zlib.decompressobj(), b""
    for at in range(0, len(blob), step):
        *whole, rest = (rest + unpacker.decompress(blob[at:at + step])).split(b"\n")
        yield from whole
    yield from (rest + unpacker.flush()).split(b"\n")


def _items(lines: Iterator[bytes], count: int) -> list[Any]:
    """The next `count` lines parsed a chunk at a time: one `json.loads` per chunk shares the keys of
    its objects (one per line did not: 40 MB more a worker at 10k articles), and the GIL is released
    between chunks, so the worker keeps answering while it decodes."""
    items: list[Any] = []
    for at in range(0, count, DECODE_CHUNK):
        chunk = list(islice(lines, min(DECODE_CHUNK, count - at)))
        items += json.loads(b"[" + b",".join(chunk) + b"]")
    return items


def _packed(lines: Iterator[bytes], count: int, days: list[str], kinds: list[str]) -> PackedList:
    """The next `count` lines kept as they are (a PackedList: a third of their size as dicts), each
    parsed once, a chunk at a time, for the date and kind the timeline's pages select by."""
    kept: list[bytes] = []
    for at in range(0, count, DECODE_CHUNK):
        chunk = list(islice(lines, min(DECODE_CHUNK, count - at)))
        for entry in json.loads(b"[" + b",".join(chunk) + b"]"):
            days.append(entry["date"])
            kinds.append(sys.intern(entry["kind"]))
        kept += map(bytes, chunk)  # its own bytes: a line may be a view of the decompressed chunk
    return PackedList(kept)


# The build a builder thread's warmers make answers of, before it is served (ViewKeeper.preparing).
_PREPARING: ContextVar[ServedView | None] = ContextVar("detente_preparing_view", default=None)


class BuildFailed(Exception):
    """The derived views could not be built; the message says why."""


def build_and_save(store: Store) -> tuple[int, float]:
    """Compute the derived views of `store` and save them in it; (content version, seconds)."""
    version = store.content_version()  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    view = compute(store, version)
    seconds = time.perf_counter() - t0
    save_derived(store, NAME, version, encode(view), seconds)  # type: ignore[arg-type]
    store.refresh_statistics()  # type: ignore[attr-defined]  # once per change, by the one builder
    return version, seconds


def in_child(db: str, started: Callable[[subprocess.Popen[str]], None] = lambda _: None) -> Rec:
    """Build in a child process: its memory and CPU stay out of the server's (see __main__).
    Returns what the child reports: version, seconds and its peak RSS."""
    with subprocess.Popen([sys.executable, "-m", "detente.api.derived"], env={**os.environ, DB_ENV: db},
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        started(proc)
        out, err = proc.communicate()
    if proc.returncode:
        lines = [line for line in err.splitlines() if line.strip()]
        raise BuildFailed(lines[-1] if lines else f"the builder process ended with code {proc.returncode}")
    return json.loads(out.splitlines()[-1]) if out.strip() else {}  # type: ignore[no-any-return]


DB_ENV = "DETENTE_VIEWS_DB"  # the store reaches the child in its environment, never on a command line


class ViewKeeper:
    """The current build of the derived views for one store, and the one thread that rebuilds it.

    With `in_process=False` the thread runs the build in a child process, so the server's memory
    stays flat and its GIL free while it builds; then it reads the saved build back. `opener` opens
    the thread's own connection (a SQLite connection belongs to one thread)."""

    def __init__(self, db: str, opener: Callable[[str], Store] = open_store, in_process: bool = True) -> None:
        self.db = db
        self._open = opener
        self.in_process = in_process
        self._lock = threading.Lock()
        self._done = threading.Condition(self._lock)
        self._current: ServedView | None = None
        # The builder whose build is not served yet (None when none is). A builder thread lives a
        # moment past serving its build (it frees the decoded copy): a change to the store in that
        # moment must start the next builder, and a status read then is not "building".
        self._active: threading.Thread | None = None
        self._error: str | None = None
        self._child: subprocess.Popen[str] | None = None
        self._lease = Lease(db, LEASE, opener, LEASE_SECONDS)
        self.builds = 0  # how many times the views were computed (not read back) by this keeper
        # What the pages make once per build from it and the store (the map's points), run by the
        # builder thread before the build is served; a warmer that fails is logged and skipped.
        self.warmers: list[Callable[[ServedView, Store], None]] = []
        self.last_build: Rec = {}  # what the last child build reported (seconds, peak RSS)

    @property
    def current(self) -> ServedView | None:
        return self._current

    @property
    def building(self) -> bool:
        return self._active is not None

    def get(self, store: Store, wait: bool = False) -> ServedView:
        """The current build when the store has not changed since it; otherwise the previous build
        while the builder thread brings the next (read back from the store when another process
        built it, else built here), or, with `wait` or when there is none, that next one.

        A request never decodes a stored build itself: decoding takes seconds at 10k articles, and
        every request in the meantime would wait for it."""
        preparing = _PREPARING.get()
        if preparing is not None:  # a warmer making this build's answers before it is served
            return preparing
        version = store.content_version()  # type: ignore[attr-defined]
        current = self._current
        if current is not None and current.version >= version:
            return current
        self.refresh(version)
        if current is not None and not wait:
            return current
        return self._wait_for(version)

    @staticmethod
    @contextmanager
    def preparing(view: ServedView) -> Iterator[None]:
        """Within this context (and the threads a request started in it hands work to), `get`
        answers with `view`, a build not served yet: a warmer makes pages of it before it is."""
        token = _PREPARING.set(view)
        try:
            yield
        finally:
            _PREPARING.reset(token)

    def _install(self, view: ServedView) -> None:
        with self._lock:
            if self._current is None or view.version > self._current.version:
                self._current = view
            self._settled()

    def refresh(self, version: int | None = None) -> None:
        """Start the builder unless it is running (it builds whatever the store holds when it starts)."""
        with self._lock:
            if self._active is not None:
                return
            if version is not None and self._current is not None and self._current.version >= version:
                return
            self._error = None
            self._active = threading.Thread(target=self._build, name="detente-views", daemon=True)
            self._active.start()

    def close(self) -> None:
        """Stop a builder child still running (the server is shutting down)."""
        child = self._child
        if child is not None and child.poll() is None:
            child.terminate()

    def _wait_for(self, version: int) -> ServedView:
        with self._lock:
            while self._current is None or self._current.version < version:
                if self._error is not None:
                    raise BuildFailed(self._error)
                if self._active is None:
                    break
                self._done.wait(timeout=1.0)
            if self._current is None:
                raise BuildFailed(self._error or "no build of the derived views was made")
            return self._current

    def _build(self) -> None:
        try:
            with self._open(self.db) as store:
                found = self._build_or_wait(store)
                version = found[0]
                view = decode(*found).warm()
                del found
                self._prepare(view, store)
            self._install(view)
            del view
            give_back_memory()
            log.info("derived views of version %s installed", version)
        except Exception as err:  # noqa: BLE001 - reported to every waiting request as a sentence
            log.debug("building the derived views failed", exc_info=True)
            with self._lock:
                self._error = f"Building stories, facts and the timeline failed: {err}"
        finally:
            with self._lock:
                self._settled()

    def _settled(self) -> None:
        """This thread's build is served or has failed (called under the lock): a later builder that
        started meanwhile stays the active one."""
        if self._active is threading.current_thread():
            self._active = None
        self._done.notify_all()

    def _prepare(self, view: ServedView, store: Store) -> None:
        """Run the warmers over a build before it is served (a failure costs only the head start)."""
        for warmer in self.warmers:
            try:
                warmer(view, store)
            except Exception:  # noqa: BLE001 - the page computes what the warmer did not
                log.warning("preparing %s for the derived views failed", warmer.__name__, exc_info=True)

    def _build_or_wait(self, store: Store) -> tuple[int, bytes]:
        """The stored build once it is as new as the store's content: built here by whichever
        process takes the builder lease, waited for (then read back) by every other process."""
        while True:
            stored = derived_version(store, NAME)  # type: ignore[arg-type]
            if stored is not None and stored >= store.content_version():  # type: ignore[attr-defined]
                break
            if self._lease.try_take(store):
                try:  # look again under the lease: the last holder may have just saved this version
                    stored = derived_version(store, NAME)  # type: ignore[arg-type]
                    if stored is None or stored < store.content_version():  # type: ignore[attr-defined]
                        with self._lease.keep():
                            self._run_build(store)
                finally:
                    self._lease.release(store)
                break
            time.sleep(POLL)  # another process builds: its build lands in derived_views
        found = load_derived(store, NAME)  # type: ignore[arg-type]
        if found is None:
            raise BuildFailed("the builder saved no derived views")
        return found

    def _run_build(self, store: Store) -> None:
        if self.in_process:
            build_and_save(store)
        else:
            self.last_build = in_child(self.db, started=lambda proc: setattr(self, "_child", proc))
        self.builds += 1


def give_back_memory() -> None:
    """Return the freed heap (the previous build, the decoding's scratch) to the system: glibc keeps
    it otherwise, and each worker would stay at its peak (measured 215 -> 148 MB after a swap of
    builds at 10k articles). A no-op where the C library is not glibc."""
    import ctypes
    import ctypes.util

    with suppress(OSError, AttributeError, TypeError):
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)


def main() -> None:
    """The child process: build the views of the store named in $DETENTE_VIEWS_DB and save them."""
    db = os.environ.get(DB_ENV, "")
    try:
        with open_store(db) as store:
            version, seconds = build_and_save(store)
    except Exception as err:  # noqa: BLE001 - the parent shows the last stderr line to the user
        print(f"building the derived views failed: {err}", file=sys.stderr)  # err names no password
        raise SystemExit(1) from None
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"version": version, "seconds": round(seconds, 2), "peak_rss_mb": round(peak)}))


if __name__ == "__main__":
    main()
