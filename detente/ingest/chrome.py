"""Site chrome and teaser cleaner shared by the plain-text and HTML readers.

A scraped page is a run of lines. Each line gets a kind from its shape and from the line
patterns in `detente/data/ingest_chrome.json` (navigation, share/subscribe boxes, ad shortcodes,
photo credits, bylines): `body` (a paragraph), `short` (headline, dek, label, subhead, link
text), `chrome`, `nav` (crumbs), `more` ("keep reading"), `related` ("You may also like"),
`teaser` (a headline glued to its own link text), `comments` ("Leave a Reply"), `credit`,
`meta` (byline, date, read time), `kicker` ("Analysis | Section"). Runs of body lines separated
by gaps that hold such lines make segments; a segment is a new article (headline + its own
byline/date), a teaser of another story (truncated by a "keep reading" marker, or a headline +
photo credit + a few lines), readers' comments, or the continuation of the article before it.
Everything here is pure: lines in, pieces out.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from detente.nlp.datelines import BARE_DATELINE_CITY, OPENING
from detente.nlp.dates import PATTERNS

BREAK_KINDS = frozenset(
    {"chrome", "nav", "more", "related", "teaser", "comments", "credit", "meta", "kicker"}
)
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")
BULLET = re.compile(r"^\s*(?:[•·▪◦‣∙*]|[-–—](?=\s))\s*")
WORD = re.compile(r"\S+")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
HANDLE = re.compile(r"\(@\w+\)|\bpic\.twitter\.com/")
DATE = re.compile(  # a date may be glued to its stamp word ("Updated12 Apr 2025")
    r"(?:\b|(?<=[a-z])(?=\d))(?:\d{4}-\d{2}-\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4})\b",
    re.IGNORECASE,
)
LABEL_BAR = re.compile(r"\s[|·•]\s")  # "Outlet · Desk · date": a header's parts
LABEL_MAX_WORDS = 4  # an outlet's or desk's name beside a header's date
TEASER_MAX_WORDS = 150
DEK_MAX_WORDS = 35
MIN_ARTICLE_WORDS = 60
BARE_CREDIT_WORDS = 8  # "Photo: J. Doe / Agency"; a longer credit line carries its own caption
CAPTION_MAX_WORDS = 45  # a caption is a sentence or two; a longer run above a credit is text
SENTENCE = re.compile(r"[a-z]{3,}[.!?][\"'”’]?\s+[\"“‘]?[A-Z]")  # a sentence ends, another starts
ASIDE_GAP_LINES = 6
LINK_LIST_LINES = 6
BLURB_MAX_WORDS = 30
ASIDE_MAX_WORDS = 100
CUT_END_WORDS = 6  # a page's last line this long, in running text, is the article's own paragraph
# A wire or newspaper dateline on a line of its own under the headline ("LVIV, Feb 9 (Reuters) -",
# "Staff Reporter | LAHORE, Jan 8, 2026", "MINSK, July 3. /TASS/."): a city in capitals,
# then a country, a day or an agency, and a wire's dash, or a day ("CITY, Month Day"): a credit line
# ("ITV, AGENCY NAME"), a kicker ("DESK (Left)") or a poll's name ("WSJ/NBC Poll") is none.
# Nothing after the city is in lower case: "NATO, EU urge calm" is a dek, not a dateline.
FILED_LINE = re.compile(r"(?:^|\|\s*)(?P<line>[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,2}"
                        r"(?:\s*[,(/](?:[\s,.()/:—–-]|[A-Z0-9][\w.:'’]*)*|\s*[—–-])$)")
FILED_LINE_WORDS = 14
LABEL = re.compile(r"^(?P<label>\S+(?:\s\S+){0,2})\s*[:|]\s")
WIRE_DASH = re.compile(r"(?:[—–-]|/\.)$")


@dataclass
class Line:
    """One non-blank line of the page, stripped, with its offsets in the page text."""

    text: str
    start: int
    end: int
    kind: str = "short"

    @property
    def words(self) -> int:
        return count_words(self.text)


@dataclass
class Piece:
    """One article cut from a page: headline, body paragraphs and what the page said about it."""

    title: str | None
    paragraphs: list[Line]
    author: str | None = None
    outlet: str | None = None
    date_text: str | None = None
    dek: str | None = None
    title_line: Line | None = None

    @property
    def start(self) -> int:
        """Offset of the article's headline (or first paragraph) in the page."""
        lines = ([self.title_line] if self.title_line else []) + self.paragraphs
        return min(ln.start for ln in lines) if lines else 0

    @property
    def end(self) -> int:
        """Offset just after the article's last kept paragraph."""
        lines = ([self.title_line] if self.title_line else []) + self.paragraphs
        return max(ln.end for ln in lines) if lines else 0

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True)
class Mode:
    """How to read a page. `split`: it may hold several full articles (plain-text scrapes).
    `lenient`: the text was already chosen as main content (trafilatura), so short lines (lists,
    subheads) stay unless they sit among chrome, and navigation crumbs do not cut the page."""

    split: bool = True
    lenient: bool = False

    @property
    def breaks(self) -> frozenset[str]:
        return BREAK_KINDS - {"nav"} if self.lenient else BREAK_KINDS


TEXT = Mode()
HTML = Mode(split=False, lenient=True)


@dataclass
class Segment:
    """Lines before a run of body paragraphs (`head`) and the run itself (`body`)."""

    head: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    truncated: bool = False


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """The cleaner's data file: line patterns per kind and the words a dateline may hold."""
    return json.loads(resources.files("detente.data").joinpath("ingest_chrome.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def dateline_words() -> frozenset[str]:
    return frozenset(vocabulary()["dateline"]["words"])


@lru_cache(maxsize=1)
def patterns() -> dict[str, tuple[int, list[re.Pattern[str]]]]:
    """Compiled line patterns per kind, with the longest line (in words) each may match."""
    return {
        kind: (spec.get("max_words", 10_000), [re.compile(p, re.IGNORECASE) for p in spec["patterns"]])
        for kind, spec in vocabulary().items()
        if isinstance(spec, dict) and "patterns" in spec
    }


def count_words(text: str) -> int:
    """Words in a line; in Chinese, Japanese or Korean text, about two characters make a word."""
    return len(WORD.findall(text)) + len(CJK.findall(text)) // 2


def matches(kind: str, text: str) -> re.Match[str] | None:
    """The first match of one of `kind`'s patterns in `text`, if the line is short enough."""
    max_words, pats = patterns()[kind]
    if count_words(text) > max_words:
        return None
    return next((m for p in pats if (m := p.search(text))), None)


def norm(text: str) -> str:
    """Whitespace- and quote-insensitive form of a line, for duplicate checks."""
    text = text.translate(str.maketrans("‘’“”«»", "''\"\"\"\""))
    return " ".join(BULLET.sub("", text).split()).casefold()


BREADCRUMB = re.compile(r"^[^\W\d_][^>»›/|]{0,30}(\s+[>»›/|]\s+[^>»›/|]{1,30}){1,5}$")


def is_link_like(text: str) -> bool:
    """Navigation crumbs: a few characters, a shouted one- to three-word label, a chevron link,
    a breadcrumb trail ("Home > World > Europe", "News / Conflict")."""
    words = WORD.findall(text)
    if len(text) <= 2 or (len(words) <= 8 and re.search(r"[»›→]$", text)) or re.match(r"https?://\S+$", text):
        return True
    if len(words) <= 10 and not re.search(r"[.!?]$", text) and BREADCRUMB.match(text):
        return True
    letters = [c for c in text if c.isalpha()]
    return len(words) <= 3 and len(letters) > 2 and all(c.isupper() for c in letters)


def is_doubled(text: str) -> bool:
    """A teaser's link text glued to its heading: the same headline twice on one line."""
    words = text.split()
    half = len(words) // 2
    return len(words) >= 6 and len(words) % 2 == 0 and words[:half] == words[half:]


def is_date_line(text: str) -> bool:
    """A dateline of the page ("June 3, 2025 5:41 PM UTC Updated 2 hours ago"): a date and
    little else but times, zones and update words."""
    m = DATE.search(text)
    if not m or count_words(text) > 14:
        return False
    rest = (text[: m.start()] + " " + text[m.end():]).casefold()
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w not in dateline_words()]
    return len(words) < 3 or is_labelled_date_line(text)


def is_labelled_date_line(text: str) -> bool:
    """A header cut by bars or middots into short labels and a date ("Tue 3 Jun 2025 · Europe
    live", "The Harbour Gazette · Foreign Desk · Tuesday, June 3, 2025"): pages print their outlet, desk
    and day on one line, so the part holding the date is the page's date line."""
    parts = [p.strip() for p in LABEL_BAR.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    dated = [p for p in parts if DATE.search(p)]
    return len(dated) == 1 and is_date_line(dated[0]) and all(
        count_words(p) <= LABEL_MAX_WORDS for p in parts if p is not dated[0])


def classify(text: str) -> str:
    """The kind of one stripped line (see the module docstring)."""
    n = count_words(text)
    bare = BULLET.sub("", text)
    if is_doubled(bare):
        return "teaser"
    if HANDLE.search(text):  # an embedded post and its attribution line belong to the article
        return "body" if n >= 10 else "short"
    for kind in ("more", "related", "comments", "chrome", "credit", "kicker", "meta"):
        if matches(kind, bare):
            return kind
    if is_link_like(text):
        return "nav"
    if is_date_line(text):
        return "meta"
    if BULLET.match(text):
        return "body" if n >= 5 and (SENTENCE_END.search(text) or n >= 15) else "short"
    if (n >= 10 and (SENTENCE_END.search(text) or re.search(r"[。！？」]$", text))) or n >= 25:
        return "body"
    return "short"


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of `text` with their offsets; in a hard-wrapped text (paragraphs broken
    at a fixed width, blank lines between them) each paragraph counts as one line."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group(0)
        if raw.strip():
            start = m.start() + (len(raw) - len(raw.lstrip()))
            spans.append((start, start + len(raw.strip())))
    if is_wrapped([e - s for s, e in spans]):
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", text)]
    out: list[Line] = []
    for start, end in spans:
        flat = " ".join(text[start:end].split())
        out.append(Line(flat, start, end, classify(flat)))
    return out


def is_wrapped(lengths: list[int]) -> bool:
    """Whether most long lines stop at about the same width, as a hard-wrapped text does."""
    long = [n for n in lengths if n >= 40]
    if len(long) < 8:
        return False
    width = max(long)
    return width <= 100 and sum(n >= width - 15 for n in long) >= 0.7 * len(long)


def mark_cut_end(lines: list[Line]) -> list[Line]:
    """A scrape that stops inside a paragraph ("... the port's new harbour master, Leyla Ark") or on a
    short last sentence leaves a short line at the page's end, right under the article's text: it is
    the article's own paragraph (in running text, not a label, a tag line or a headline in title case),
    not a stray line of chrome."""
    if len(lines) >= 2 and lines[-2].kind == "body" and lines[-1].kind == "short" \
            and reads_as_text(lines[-1].text):
        lines[-1].kind = "body"
    return lines


def reads_as_text(text: str) -> bool:
    """Whether a short line is running text: long enough, and most of its words after the first in
    lower case, as a sentence has them and a headline in title case or a tag line does not."""
    words = [w for w in WORD.findall(text)[1:] if w[0].isalpha()]
    lower = sum(w[0].islower() for w in words)
    label = LABEL.match(text)  # "Read also: ...", "Also Read | ..." cue another story; "HOST: ..." speaks
    return (count_words(text) >= CUT_END_WORDS and not text.endswith(":") and not is_tag_line(text)
            and lower * 5 >= len(words) * 2 and not (label and not label["label"].isupper()))


def mark_captions(lines: list[Line]) -> list[Line]:
    """Lines right above a photo credit (and a repeat of one) are the photo's caption, not text of
    the article: "Crowds gather in the square on Sunday." then "Photo: J. Doe / Agency". A caption
    is short and a sentence or two; a longer paragraph above a bare credit is the article's, and a
    credit that describes its photo ("Top photo: delegates in Riyadh (Agency)") has no caption above."""
    for i in range(len(lines) - 1, 0, -1):
        bare_credit = lines[i].kind == "credit" and lines[i].words <= BARE_CREDIT_WORDS
        below = bare_credit or (lines[i].kind == "caption" and lines[i].text == lines[i - 1].text)
        if below and lines[i - 1].kind in ("body", "short") and is_caption(lines[i - 1]) \
                and lines[i - 1].words <= CAPTION_MAX_WORDS and len(SENTENCE.findall(lines[i - 1].text)) < 2:
            lines[i - 1].kind = "caption"
    return lines


def is_link_list(gap: list[Line]) -> bool:
    """A column of links between two paragraphs: many short lines in a row (a menu, a site index,
    a list of other stories) rather than a subhead or two."""
    run = longest = 0
    for ln in gap:
        run = run + 1 if ln.kind in ("short", "nav") else 0
        longest = max(longest, run)
    return longest >= LINK_LIST_LINES


def segments(
    lines: list[Line], breaks: frozenset[str] = BREAK_KINDS, link_lists: bool = False
) -> list[Segment]:
    """Cut the page where a gap between two body paragraphs holds chrome, credits or bylines, or
    (`link_lists`) a column of links.

    The last segment may have no body: it holds the lines after the last paragraph.
    """
    segs: list[Segment] = [Segment()]
    gap: list[Line] = []
    for ln in lines:
        cur = segs[-1]
        if ln.kind != "body":
            (gap if cur.body else cur.head).append(ln)
            continue
        if gap and (any(g.kind in breaks for g in gap) or (link_lists and is_link_list(gap))):
            cur.truncated = gap[0].kind == "more"
            segs.append(Segment(head=gap))
        else:
            cur.body.extend(gap)  # subheads and labels inside the article
        gap = []
        segs[-1].body.append(ln)
    if gap:
        segs[-1].truncated = gap[0].kind == "more"
        segs.append(Segment(head=gap))
    return segs


def is_tag_line(text: str) -> bool:
    """A topic-tag line ("Talks Kremlin Ukraine", "europe, nato"): no sentence words, no punctuation."""
    words = WORD.findall(text)
    if re.search(r"[^\w\s,&'’-]", text) or len(words) > 6:
        return False
    initials = [w[0] for w in words if w[0].isalpha()]
    return all(c.isupper() for c in initials) or all(c.islower() for c in initials)


def is_headline(ln: Line) -> bool:
    """A short line that can be a headline: 3-30 words, no final period or colon."""
    return ln.kind == "short" and 3 <= ln.words <= 30 and not re.search(r"[.:;,]$", ln.text)


def pick_title(head: list[Line]) -> Line | None:
    """The first headline-like line of a head, skipping a topic-tag line right before another."""
    cands = [i for i, ln in enumerate(head) if is_headline(ln)]
    if not cands:
        return None
    first = cands[0]
    nxt = cands[1] if len(cands) > 1 else None
    if nxt == first + 1 and is_tag_line(head[first].text) and not is_tag_line(head[nxt].text):
        return head[nxt]
    return head[first]


def credit_above(head: list[Line], at: int, bare_only: bool = False) -> bool:
    """Whether a photo credit sits above the headline at `head[at]` without a caption of its
    own right before it (a captioned credit is the article's own picture); `bare_only`: nor in
    its own line (a credit line describing its photo is the article's picture too)."""
    return any(
        ln.kind == "credit" and (i == 0 or not is_caption(head[i - 1]))
        and not (bare_only and ln.words > BARE_CREDIT_WORDS)
        for i, ln in enumerate(head[:at])
    )


def is_caption(ln: Line) -> bool:
    """A photo caption (a described scene, not a topic-tag line) above a credit line."""
    return ln.kind in ("short", "body", "caption") and ln.words >= 4 and not is_tag_line(ln.text)


def has_meta(head: list[Line]) -> bool:
    """Whether a head carries the article's own byline, date or read time."""
    return any(ln.kind == "meta" for ln in head)


LIVE_STAMP = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\d+\s*(?:m|min|mins|minutes?|h|hrs?|hours?)\s+ago)"
    r"(?:\s*(?:gmt|bst|utc|cet|cest|et|est|edt|pt|msk|eet|eest|ist|kyiv time|local time))?$",
    re.IGNORECASE,
)


def is_live_stamp(ln: Line) -> bool:
    """A live blog's entry stamp on a line of its own ("7:31PM", "14.05 GMT", "2h ago"): the entry
    under it (a subhead, maybe the last entry's photo credit above) goes on with the blog."""
    return bool(LIVE_STAMP.match(ln.text))


def judge(seg: Segment, title: Line | None, mode: Mode) -> str:
    """Fate of a segment after the first: "article", "teaser" (dropped, with what follows it),
    "aside" (dropped alone) or "continue"."""
    words = sum(ln.words for ln in seg.body if ln.kind == "body")
    # a long run before "Keep reading" is the article cut short (trafilatura's chosen text: any run)
    if seg.truncated and (mode.lenient or words < TEASER_MAX_WORDS):
        return "teaser"
    if title is not None and has_meta(seg.head) and words >= MIN_ARTICLE_WORDS:
        return "article" if mode.split else "teaser"
    if any(ln.kind == "comments" for ln in seg.head):  # readers' comments
        return "teaser"
    at = seg.head.index(title) if title is not None else -1
    # a teaser: one headline under a "Related" box (several are a link list the article
    # resumes after), or a photo credit *above* another story's headline (a credit under a
    # caption is the article's own picture)
    boxes = [i for i, ln in enumerate(seg.head) if ln.kind == "related"]
    after = seg.head[boxes[-1] + 1:] if boxes else []
    links = [ln for ln in after if ln.kind == "related" or is_headline(ln)]
    live = not mode.lenient and any(is_live_stamp(ln) for ln in seg.head)  # a live blog's next entry
    signalled = (len(links) == 1 or credit_above(seg.head, at, not mode.lenient)) and not live
    if signalled and title is not None and words < TEASER_MAX_WORDS:
        return "teaser"
    if any(ln.kind == "teaser" for ln in seg.head) and words < TEASER_MAX_WORDS:
        return "teaser"
    if not mode.lenient and is_aside(seg, words):
        return "aside"
    return "continue"


def is_aside(seg: Segment, words: int) -> bool:
    """A few lines of text after a long run of menu, link or box lines: a sidebar promo, an author
    bio, a market-data note or a footer blurb. The article resumes after an ad, a photo or a short
    box, not after a column of links; and what follows a column of links is short when it is chrome
    (dropped, while the article stays open for a long run of its own text further down)."""
    return (len(seg.head) >= ASIDE_GAP_LINES and words < ASIDE_MAX_WORDS) or is_blurb_list(seg.body)


def is_blurb_list(body: list[Line]) -> bool:
    """A directory of links with a line of blurb each (other stories and their deks, a company's
    products): every text line is a sentence or so, and each sits under its own short link line."""
    texts = [i for i, ln in enumerate(body) if ln.kind == "body"]
    under_link = [i for i in texts if i and body[i - 1].kind in ("short", "nav")]
    return (len(texts) >= 4 and all(body[i].words <= BLURB_MAX_WORDS for i in texts)
            and len(under_link) >= len(texts) - 1)


def first_match(kind: str, lines: list[Line]) -> str | None:
    """The `name` group of the first line matching one of `kind`'s patterns."""
    for ln in lines:
        m = matches(kind, ln.text)
        if m and m.groupdict().get("name"):
            return m.group("name").strip()
    return None


def find_dek(title: Line | None, head: list[Line], body: list[Line]) -> Line | None:
    """A subtitle opening the body: a long line without a final stop, or a short lone paragraph
    right under the headline before the first real paragraph."""
    if title is None or not body or body[0].kind != "body":
        return None
    first = body[0]
    if first.words <= DEK_MAX_WORDS + 10 and not SENTENCE_END.search(first.text):
        return first
    alone = len(body) == 1 or body[1].kind != "body"
    if head and head[-1] is title and first.words <= DEK_MAX_WORDS and alone:
        return first
    return None


def tidy(seen_texts: list[str | None], body: list[Line], mode: Mode) -> list[Line]:
    """Drop repeated paragraphs (and repeats of `seen_texts`: headline, dek), chrome, an author
    bio at the end and, unless lenient, stray short lines at either end."""
    seen = {norm(t) for t in seen_texts if t}
    out: list[Line] = []
    for ln in body:
        key = norm(ln.text)
        if key in seen or ln.kind not in (("body", "short", "nav") if mode.lenient else ("body", "short")):
            continue
        if not mode.lenient:  # a scrape repeats a dek or a pull quote; a chosen text may repeat a question
            seen.add(key)
        out.append(ln)
    while not mode.lenient and out and out[0].kind == "short" and not out[0].text.endswith(":"):
        out.pop(0)
    while out and ((out[-1].kind == "short" and not mode.lenient) or matches("bio", out[-1].text)):
        out.pop()
    return out


def head_keep(head: list[Line], title: Line | None, mode: Mode, tail: bool = False) -> list[Line]:
    """Head lines that belong to the body: labels ("Key points:") after the headline, or, when
    lenient, short lines outside the chrome (before its first and after its last break line;
    only before it for the lines closing the page)."""
    if mode.lenient:
        idx = [i for i, ln in enumerate(head) if ln.kind in mode.breaks]
        lo, hi = (idx[0], len(head) if tail else idx[-1]) if idx else (len(head), len(head))
        captions = {i - 1 for i, ln in enumerate(head) if ln.kind == "credit"}
        return [ln for i, ln in enumerate(head)
                if ln.kind == "short" and ln is not title and not lo <= i <= hi and i not in captions]
    after = head[head.index(title) + 1:] if title is not None else []
    return [ln for ln in after if ln.kind == "short" and ln.text.endswith(":")]


def filed_from(head: list[Line], title: Line | None) -> str | None:
    """The dateline printed on a line of its own under the headline (the part after a byline's bar:
    "Staff Reporter | LAHORE, Jan 8, 2026"), else None."""
    after = head[head.index(title) + 1:] if title is not None else head
    for ln in reversed(after):
        m = FILED_LINE.search(ln.text)
        if m is None or ln.words > FILED_LINE_WORDS:
            continue
        line = m["line"].strip()
        wire = OPENING.match(line + " ")  # a page's time stamp after the wire's dash is no part of it
        if wire and (wire["rest"] or wire["agency"] or len(wire["city"]) >= BARE_DATELINE_CITY):
            return wire.group(0).strip()
        if PATTERNS["mdy"].search(line) or PATTERNS["dmy"].search(line):  # "CITY, Month Day, Year", no dash
            return line
    return None


def with_dateline(body: list[Line], dateline: str | None) -> list[Line]:
    """The body with a dateline line glued before its first paragraph, as a wire story prints it
    ("LVIV, Feb 9 (Reuters) - The city council voted ..."): the readers of where a story was filed from look
    for it there, and the cleaner would drop it as a short line."""
    first = next((i for i, ln in enumerate(body) if ln.kind == "body"), None)
    if dateline is None or first is None:
        return body
    ln = body[first]
    glue = " " if WIRE_DASH.search(dateline) else " — "
    return [*body[:first], Line(dateline + glue + ln.text, ln.start, ln.end, ln.kind), *body[first + 1:]]


def build(seg: Segment, title: Line | None, mode: Mode) -> Piece:
    """A piece from an article segment: title, cleaned body and what its head says."""
    dek = None if mode.lenient else find_dek(title, seg.head, seg.body)
    body = [ln for ln in seg.body if ln is not dek]
    if not mode.lenient:
        body = with_dateline(body, filed_from(seg.head, title))
    heading = title.text if title else None
    paragraphs = tidy([heading, dek and dek.text], head_keep(seg.head, title, mode) + body, mode)
    piece = Piece(heading, paragraphs)
    piece.dek, piece.title_line = (dek.text if dek else None), title
    enrich(piece, seg.head, seg.body)
    return piece


def enrich(piece: Piece, head: list[Line], body: list[Line]) -> None:
    """Fill author, outlet and date text from byline, logo, copyright, date and bio lines."""
    meta = [ln for ln in head if ln.kind in ("meta", "chrome", "credit", "kicker")]
    piece.author = piece.author or first_match("author", meta) or first_match("bio", body[-3:])
    piece.outlet = piece.outlet or first_match("outlet", meta + [ln for ln in body if ln.kind == "chrome"])
    if piece.date_text is None:
        for ln in head:
            if ln.kind == "meta" and (m := DATE.search(ln.text)):
                piece.date_text = m.group(0)
                break


def subhead(head: list[Line]) -> list[Line]:
    """The one short line between the last chrome line and the resumed body: a subhead. Under a
    live blog's time stamp and entry headline, the short line ending in a colon right above the
    entry's first paragraph introduces it ('X posted on Telegram:' over the post) and stays."""
    last = max((i for i, ln in enumerate(head) if ln.kind in BREAK_KINDS), default=-1)
    rest = head[last + 1:]
    if len(rest) == 1 and rest[0].kind == "short":
        return rest
    return rest[-1:] if rest and rest[-1].kind == "short" and rest[-1].text.endswith(":") else []


def extend(piece: Piece, seg: Segment, mode: Mode) -> None:
    """Append a continuation segment (the article resumes after an ad, a photo, a box)."""
    extra = head_keep(seg.head, None, mode, tail=not seg.body) if mode.lenient else subhead(seg.head)
    piece.paragraphs = tidy([piece.title, piece.dek], piece.paragraphs + extra + seg.body, mode)
    enrich(piece, seg.head, seg.body)


def is_blurb(seg: Segment) -> bool:
    """A lone paragraph amid the page's chrome, not under a headline: a site's "about us" text, a
    newsletter pitch or a menu's promo, which the article's own headline and byline follow."""
    paragraphs = [ln for ln in seg.body if ln.kind == "body"]
    return (len(paragraphs) == 1 and not has_meta(seg.head)
            and not (seg.head and is_headline(seg.head[-1])))


def opens_article(seg: Segment) -> bool:
    """Whether a segment starts an article of its own: a headline and a byline or date above it."""
    return bool(seg.body) and pick_title(seg.head) is not None and has_meta(seg.head)


def skip_blurbs(segs: list[Segment]) -> list[Segment]:
    """The segments from the page's first article on: lone blurbs the article's headline follows go."""
    with_body = [i for i, seg in enumerate(segs) if seg.body]
    while len(with_body) > 1 and is_blurb(segs[with_body[0]]) and opens_article(segs[with_body[1]]):
        segs = segs[with_body[1]:]
        with_body = [i for i, seg in enumerate(segs) if seg.body]
    return segs


def replace_stub(pieces: list[Piece]) -> None:
    """Before an article with its own byline, a first piece too short to be an article (a dek or a
    teaser line above the byline, a cookie notice, a promo) is not one: the article replaces it,
    taking its headline and date when its own head has none."""
    if len(pieces) < 2 or sum(p.words for p in pieces[-2].paragraphs) >= MIN_ARTICLE_WORDS:
        return
    stub, new = pieces.pop(-2), pieces[-1]
    new.title = new.title or stub.title
    new.date_text = new.date_text or stub.date_text
    new.author = new.author or stub.author


def cut(text: str, mode: Mode = TEXT) -> list[Piece]:
    """Articles of a page, chrome and teasers of other stories dropped.

    In `TEXT` mode a page may hold several full articles, each with its headline and byline.
    In `HTML` mode (one article a page) later segments with their own headline and byline are
    other stories and dropped.
    """
    pieces: list[Piece] = []
    fate, awaiting_body = "", False
    lines = split_lines(text)
    if not mode.lenient:
        lines = mark_captions(mark_cut_end(lines))
    segs = segments(lines, mode.breaks, not mode.lenient)
    for seg in segs if mode.lenient else skip_blurbs(segs):
        if not seg.body:
            if pieces and fate == "article" and mode.lenient:  # short lines closing the article
                extend(pieces[-1], seg, mode)
            elif pieces and fate == "article":  # the footer's copyright line names the outlet
                pieces[-1].outlet = pieces[-1].outlet or first_match("outlet", seg.head)
            continue
        title = None if mode.lenient else pick_title(seg.head)
        if not pieces:
            pieces.append(build(seg, title, mode))
            fate = "article"
            # only a headline and a dek or one short lead so far: the body comes after the box
            awaiting_body = not pieces[-1].paragraphs or (len(seg.body) == 1 and seg.body[0].words <= 50)
            continue
        verdict = judge(seg, pick_title(seg.head), mode)
        if awaiting_body and verdict != "article":
            verdict, fate = "continue", "article"
        awaiting_body = False
        if verdict == "article":
            pieces.append(build(seg, title, mode))
            replace_stub(pieces)
        elif verdict == "continue" and fate == "article":
            extend(pieces[-1], seg, mode)
        fate = fate if verdict in ("continue", "aside") else verdict
    return [p for p in pieces if p.paragraphs]
