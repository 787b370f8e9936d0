"""Edges of a plain-text scrape that carry the story: a last paragraph cut mid-word and a dateline
printed on a line of its own under the headline (pages written for these tests)."""
from __future__ import annotations

from detente.ingest.scrape import parse_text_scrape
from detente.nlp.datelines import dateline_city

HEADLINE = "Lake states reopen ferry route after border guards agree on patrols"
PARAS = [
    "The two lake states reopened their ferry route on Tuesday after border guards from both sides "
    "agreed to run joint patrols along the eastern shore, officials in both capitals said.",
    "The route had been closed for six weeks after a patrol boat was fired on near the islands, and "
    "traders on both shores had complained of rising prices for fish and fuel.",
]


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_a_last_paragraph_cut_mid_word_is_kept() -> None:
    cut = "Later that day, the harbour authority said it had seized two boats owned by the trader Amos Keli"
    (article,) = parse_text_scrape(page(HEADLINE, *PARAS, cut), "saved.txt")
    assert article.text.endswith(cut)


def test_a_short_last_sentence_of_a_transcript_is_kept() -> None:
    last = "REPORTER: No date has been set for that visit."
    (article,) = parse_text_scrape(page(HEADLINE, *PARAS, last), "saved.txt")
    assert article.text.endswith(last)


def test_a_teaser_or_a_headline_closing_the_page_still_goes() -> None:
    for tail in ("Read also: Fishermen on the northern shore count the cost of six weeks ashore",
                 "See also | Fishermen on the northern shore count the cost of six weeks ashore",
                 "Fishermen On The Northern Shore Count The Cost Of Six Weeks Ashore"):
        (article,) = parse_text_scrape(page(HEADLINE, *PARAS, tail), "saved.txt")
        assert article.text.endswith(PARAS[-1]), tail


def test_a_dateline_on_its_own_line_opens_the_story() -> None:
    for line, opening in (("MWANZA, Tanzania (AP) —", "MWANZA, Tanzania (AP) — "),
                          ("Staff Writer | KISUMU, March 4, 2026", "KISUMU, March 4, 2026 — "),
                          ("MWANZA, March 4 (Reuters) - March 4, 2026 7:10 AM UTC", "MWANZA, March 4 (Reuters) - ")):
        (article,) = parse_text_scrape(page(HEADLINE, line, *PARAS), "saved.txt")
        assert article.text.startswith(opening + PARAS[0]), line
        assert dateline_city(article.text) == opening.split(",")[0].title()


def test_a_show_label_or_a_byline_is_no_dateline() -> None:
    for line in ("EVENING BULLETIN — PART 2", "By Amina Otieno | March 4, 2026", "IGAD, AU urge both navies to stand down",
                 "KTV, EASTERN WIRE SERVICE", "LAKES DESK (Right)", "RADIO NORTH/EAST Survey"):
        (article,) = parse_text_scrape(page(HEADLINE, line, *PARAS), "saved.txt")
        assert article.text.startswith(PARAS[0]), line
