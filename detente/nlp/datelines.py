"""Wire and newspaper datelines ('KYIV, Oct 18 (Reuters) - ', 'Special Correspondent | NEW DELHI, May
11', 'ISLAMABAD: ', 'Bamako (AFP) - '): where a story was filed from and who filed it.

Three readers need them, and each keeps its own reading here so that "a city in capitals" is one
pattern: the language core skips a dateline opening a sentence when it looks for parties (the city,
its country and the agency are no party to the story); the actor resolver gives an office holder named
with no state the state the story is filed from; the quotes extractor gives a government speaker with
no state the government of the capital it is filed from. (The dateline's *date* is read with the
other page dates in `nlp/dates.py`.)
"""
from __future__ import annotations

import re

CITY_IN_CAPITALS = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}"
"""'KYIV', 'NEW DELHI', 'ST. PETERSBURG': up to three words in capitals."""

# 'KYIV, Oct 18 (Reuters) - ', 'DUBAI, United Arab Emirates (AP) — ', 'MINSK, 11 September (BelTA) – ',
# 'WASHINGTON - ', 'MOSCOW, June 2 /TASS/. ': a city in capitals, then a country or a day, an agency, a dash
OPENING = re.compile(r"(?P<city>[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,2})"
                     r"(?P<rest>,\s*[^()\n—–/]{1,40}?)?"
                     r"(?P<agency>\s*\([A-Za-z][\w .&-]{0,30}\)|\s*/[A-Za-z]+/\.?)?"
                     r"(?P<dash>\s*(?:—|–|--|-)\s+|(?<=/\.)\s+)")
BARE_DATELINE_CITY = 5
"""A city alone before a dash ('WASHINGTON - '): long enough not to be an acronym ('NATO - ')."""

# "MOGADISHU - ...", "NEW DELHI, May 11, 2025", "KYIV, Ukraine (AP) —": the place a story is filed
# from, printed in capitals before a comma, an agency or a dash at the start of one of its first lines.
FILED_CITY = re.compile(rf"(?P<city>{CITY_IN_CAPITALS})(?=\s*(?:,|\(|—|–|--|-\s|/))")

# "NEW DELHI, May 11", "KYIV (Reuters) -", "Special Correspondent | ISLAMABAD, May 11", "ISLAMABAD:"
# (South Asian papers): a city in capitals; "Bamako (AFP) -": a city in title case before an agency
CAPITAL_DATELINE = re.compile(rf"(?:^|\n|\|\s*)(?P<city>{CITY_IN_CAPITALS})"
                              r"\s*(?:,|\(|[—–-]\s|(?P<colon>:)\s)")
AGENCY_DATELINE = re.compile(r"(?:^|\n)(?P<city>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
                             r"\s*\([A-Z][A-Za-z]{1,10}\)\s*[—–-]\s")
DATELINE_REACH = 400   # characters from the top: a dateline opens the story


def dateline_length(text: str) -> int:
    """Characters of a wire dateline opening a sentence (0 where none): the place a story was filed
    from and the agency that filed it are no party to what the story tells."""
    m = OPENING.match(text)
    if m is None:
        return 0
    if not (m["rest"] or m["agency"]) and len(m["city"]) < BARE_DATELINE_CITY:
        return 0
    return m.end()


def dateline_city(text: str) -> str | None:
    """The city in capitals a story's dateline opens with ("MOGADISHU -", "Special Correspondent |
    NEW DELHI, May 11, 2025"), as it is spelt in running text ("New Delhi"); None without one."""
    from detente.nlp.dates import DATELINE_LINES, after_bars, page_lines  # dates imports the core

    for line in page_lines(text)[:DATELINE_LINES]:
        for part in (line, *after_bars(line)):
            m = FILED_CITY.match(part)
            if m is not None and len(m["city"]) > 2:   # not an initialism ('UN -', 'US,')
                return m["city"].title()
    return None


def dateline_country(text: str) -> str | None:
    """'NEW DELHI, May 11 - ... Foreign Secretary Vikram Misri said': an official whose title names
    no country speaks for the government of the capital the story is datelined from. A country's
    own name before a colon ("UKRAINE: ...") is a section label, not a dateline."""
    from detente.nlp.actors import ActorResolver

    top = text[:DATELINE_REACH]
    for found in [*CAPITAL_DATELINE.finditer(top), *AGENCY_DATELINE.finditer(top)]:
        city = found["city"].title()
        actor = ActorResolver.default().lookup(city)
        if found.groupdict().get("colon") and actor is not None and actor.name == city:
            continue
        if actor is not None and actor.country and actor.sector == "GOV":
            return actor.country
    return None
