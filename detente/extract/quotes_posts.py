"""Embedded posts: a quoted tweet or post printed as the account owner's words.

A page that embeds a post from X (Twitter) or Threads prints, once cleaned, the post's text as a
paragraph and, on the line after it, the post's signature: "— Display Name (@handle) June 3, 2025".
The post is a quotation of the account's owner even without quotation marks. The signature and
the link chrome of the post ("pic.twitter.com/...", a bare URL) are not part of the quoted words.
The owner is who the display name resolves to; an account the actor layer cannot resolve is skipped.
"""
from __future__ import annotations

import re

from detente.models import Actor
from detente.nlp.attribution import lexicon
from detente.nlp.core import Analysis

# "— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) June 3, 2025"
SIGNATURE = re.compile(r"^[ \t]*(?:—|–|-{1,2})[ \t]*(?P<name>[^\n()@]{2,80}?)[ \t]*\(@\w{1,30}\)[^\n]*$",
                       re.MULTILINE)
POST_CHROME = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+|t\.co/\S+)")
MIN_POST_WORDS = 4


def find_posts(analysis: Analysis) -> list[tuple[int, int, str, Actor]]:
    """(start, end, words, owner) for each embedded post whose owner resolves to an actor."""
    text = analysis.article.text
    posts = []
    for sig in SIGNATURE.finditer(text):
        owner = _owner(analysis, sig.start("name"), sig.end("name"))
        body = _body(text, sig.start())
        if owner is None or body is None:
            continue
        start, end = body
        words = POST_CHROME.sub("", text[start:end]).strip()
        if len(words.split()) >= MIN_POST_WORDS:
            posts.append((start, end, words, owner))
    return posts


def _body(text: str, signature: int) -> tuple[int, int] | None:
    """The paragraph right before the signature: the post's text (quotation marks stripped)."""
    end = len(text[:signature].rstrip())
    start = max(text.rfind("\n", 0, end) + 1, 0)
    if end <= start:
        return None
    body = text[start:end]
    lead = len(body) - len(body.lstrip(" \t\"“«'‘"))
    trail = len(body) - len(body.rstrip(" \t\"”»'’"))
    return (start + lead, end - trail) if start + lead < end - trail else None


def _owner(analysis: Analysis, start: int, end: int) -> Actor | None:
    """The person or institution the display name names."""
    text = analysis.article.text
    people = [m for m in analysis.actors if start <= m.start and m.end <= end
              and m.how in ("name", "surname", "title") and not _inside_longer_name(text, m.end, end)]
    return people[0].actor if people else None   # "Kyiv Views": a place in a name is no owner


NAME_WORD = re.compile(r"[A-Z][a-z]+")


def _inside_longer_name(text: str, end: int, name_end: int) -> bool:
    """'Alliance Defending Freedom': an actor's word ("Alliance") inside a longer proper name is
    a different organisation; a title after the name ("NATO Spokesperson") leaves it the owner."""
    after = text[end:name_end].split()[:1]
    return bool(after) and NAME_WORD.fullmatch(after[0]) is not None \
        and after[0].lower() not in lexicon()["person_nouns"]
