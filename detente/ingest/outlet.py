"""Which outlet a scraped article comes from, read from what its page prints around it.

`cut` in chrome.py already names the outlet from logo and copyright lines. Pages that print neither
still say it in other ways, read here in this order (the site before the agency whose copy it runs):
- a section label with the site or column name: "Reporting | QiOSK", "Analysis | The Monitor";
- an author's bio line: "Jane Roe is a reporter for example.com";
- a newsletter's footer: "If you enjoy The Ledger, share it", "The Ledger is a reader-supported
  publication";
- an agency's dateline or credit in the body: "KYIV (Reuters) -", "MOSCOW, June 2 /TASS/.", "(AP) —",
  and the Reuters-style closing line "Reporting by ...; Editing by ..." (Reuters).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

NAME = r"(?P<name>[A-Z0-9][\w&'’.\- ]{0,40}?[\w.])"
SITE = r"(?P<name>[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*\.(?:com|org|net|news|info|co\.uk|eu|ua|ru|io|media))"
LABELS = r"(?:Reporting|Report|Analysis|Opinion|Commentary|News|Feature|Features|Interview|Explainer|Essay)"
# Journalists only: "a fellow at" names a think tank, not the outlet.
JOBS = r"(?:journalist|reporter|correspondent|writer|editor|contributor|columnist)"
BIO = rf"\bis an? (?:[\w\-]+ ){{0,4}}{JOBS} (?:for|at|with) "
BIO_END = r"(?=[,.;]|\s+(?:and|based|who|where)\b)"

SITE_PATTERNS = [
    re.compile(rf"^\s*{LABELS}\s*\|\s*{NAME}\s*$", re.M),
    re.compile(rf"{BIO}{SITE}{BIO_END}"),
    re.compile(rf"{BIO}(?:the )?{NAME}{BIO_END}"),
    re.compile(rf"^\s*If you enjoy {NAME}, share it", re.M),
    re.compile(rf"^\s*{NAME} is a reader-supported publication", re.M),
]
MONTH_DAY = r"[A-Z][a-z]{2,8}\.? \d"
PLACE = r"[A-Z][A-Za-z .,'’\-]{1,60}?"
AGENCY_PATTERNS = [
    # KYIV (Reuters) -, WASHINGTON (AFP) --, Washington (AFP) April 24, 2025
    re.compile(rf"^\s*{PLACE}\((?P<name>[A-Z][A-Za-z]{{1,14}})\)(?=\s*(?:[-—–]|{MONTH_DAY}|$))", re.M),
    # MOSCOW, June 2 /TASS/.
    re.compile(rf"^\s*{PLACE}(?:,?\s*{MONTH_DAY}\d?)?\s*/(?P<name>[A-Z]{{3,8}})/", re.M),
    re.compile(r"^\s*\((?P<name>[A-Z][A-Za-z]{1,14})\)\s*[-—–]", re.M),  # (AP) —
]
REUTERS_CREDIT = re.compile(
    r"^\s*(?:Additional )?[Rr]eporting by [^\n]{2,200}?;\s*(?:[Ww]riting|[Ee]diting) by", re.M)
NOT_OUTLETS = {"photo", "video", "file", "updated", "reuters graphics", "getty", "getty images"}


def outlet_in(page: str) -> str | None:
    """The outlet a stretch of a page names (its chrome and body), or None."""
    for pattern in (*SITE_PATTERNS, *AGENCY_PATTERNS):
        for match in pattern.finditer(page):
            name = match.group("name").strip(" .")
            if name and name.lower() not in NOT_OUTLETS and not name.isdigit():
                # A dateline shouts the agency's name: REUTERS is Reuters; TASS and AFP stay as they are.
                return name.capitalize() if name.isupper() and len(name) > 5 else name
    return "Reuters" if REUTERS_CREDIT.search(page) else None


class _Piece(Protocol):
    outlet: str | None
    start: int
    end: int


def name_outlets(pieces: Sequence[_Piece], page: str) -> None:
    """Fill the outlet of each piece that has none from its stretch of the page: from the end of the
    piece before it to the start of the piece after it (its own chrome, body and footer)."""
    for i, piece in enumerate(pieces):
        if piece.outlet:
            continue
        lo = pieces[i - 1].end if i else 0
        hi = pieces[i + 1].start if i + 1 < len(pieces) else len(page)
        piece.outlet = outlet_in(page[lo:hi])
