"""Plain-text scrapes: chrome and teasers go, several articles split, metadata read from the page."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from detente.ingest.chrome import classify
from detente.ingest.scrape import parse_text_scrape

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "scrapes"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "eval" / "dev" / "seeds.gold.jsonl"

# Generic web chrome no article body may keep, whatever the outlet.
CHROME = re.compile(
    r"keep reading|show less|continue reading|\[[a-z_]+ [a-z_]+=|leave a reply|subscribe|"
    r"photo credit|^photo:|share this|invite friends|read more|all rights reserved",
    re.IGNORECASE | re.MULTILINE,
)


def norm(text: str) -> str:
    """Quote-, dash- and whitespace-insensitive form for containment checks."""
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.split()).casefold()


def load(name: str):
    return parse_text_scrape((FIXTURES / name).read_text(encoding="utf-8"), name)


@pytest.mark.parametrize(
    "line, kind",
    [
        ('[the_ad id="77"]', "chrome"),
        ("keep readingShow less", "more"),
        ("You may also like", "related"),
        ("Top image credit: Ministers arrive in Vilnius (Photo by Jan Ruus)", "credit"),
        ("Published on", "meta"),
        ("Updated9 Feb 2024, 10:15 AM CET", "meta"),
        ("By Olena Shevchuk", "meta"),
        ("6 minute read", "meta"),
        ("Opinion | Eastern Europe", "kicker"),
        ("Leave a Reply", "comments"),
        ("The foreign ministers met in Vienna and agreed to keep a hotline open for emergencies.", "body"),
        ("  • Both delegations agreed to meet again after the harvest.", "body"),
        ("Moldova weighs its options as talks stall", "short"),
    ],
)
def test_lines_are_classified_by_shape(line: str, kind: str) -> None:
    assert classify(line.strip()) == kind


def test_wire_story_keeps_paragraphs_after_a_photo_and_drops_the_footer() -> None:
    (art,) = load("wire_service.txt")
    assert art.title.startswith("Kremlin says Geneva contacts")
    assert "Lena Marsh" in art.author
    assert art.published == "2025-06-12"
    assert art.outlet == "Harbor Wire"
    assert art.text.startswith("GENEVA, June 12")
    assert "host a second round later this month" in art.text  # after the photo
    assert "Mykolaiv region" in art.text
    for gone in ("Ships wait at anchor", "Ivan Petrenko", "Reporting by", "Related Coverage",
                 "Turkey offers to host", "Our Standards"):
        assert gone not in art.text
    assert not CHROME.search(art.text)


def test_tabloid_drops_ads_inline_links_comments_and_teasers() -> None:
    (art,) = load("tabloid.txt")
    assert art.title.startswith("PUTIN'S PEACE SNUB")
    assert art.author == "Danny Crowe"
    assert art.published == "2025-03-03"
    assert "Cardinal Matteo Rossi" in art.text  # the paragraph after the ad and the inline link
    assert "returning children" in art.text
    for gone in ("Inside the secret talks", "Hungary blocks", "Budapest has once again",
                 "Kyiv says it is ready to listen", "logged in", "Comments"):
        assert gone not in art.text
    assert not CHROME.search(art.text)


def test_newsletter_keeps_its_news_roundup_and_drops_teasers() -> None:
    (art,) = load("thinktank_newsletter.txt")
    assert art.title == "Weekly Brief: Why the Riyadh format keeps stalling"
    assert art.published == "2025-06-20"
    assert "extended its sanctions on Russia" in art.text
    assert "exchange of prisoners of war" in art.text
    for gone in ("Seoul", "Busan", "tankers", "Mediators have a venue", "digest", "every Friday"):
        assert gone not in art.text
    assert not CHROME.search(art.text)


def test_blog_post_survives_ads_link_boxes_and_photos_but_loses_comments() -> None:
    (art,) = load("blog_comments.txt")
    assert art.title == "What a prisoner exchange tells us about the next round of talks"
    assert art.author == "Oksana Hale"
    assert art.published == "2025-05-09"
    paragraphs = art.text.split("\n\n")
    assert paragraphs[0].startswith("The exchange of 84 prisoners")
    assert "What this means for the talks" in paragraphs  # subhead under the photo
    assert paragraphs[-1].startswith("That does not mean a ceasefire is close")
    for gone in ("Advertisement", "Emirati mediators step up", "Kyiv publishes list", "Freed soldiers",
                 "Mykola Danko", "says:", "too optimistic", "careful piece", "Reply", "Eastern Front Notes"):
        assert gone not in art.text
    assert not CHROME.search(art.text)


def test_hard_wrapped_wire_copy_is_read_paragraph_by_paragraph() -> None:
    text = (FIXTURES / "wrapped_wire.txt").read_text(encoding="utf-8")
    (art,) = parse_text_scrape(text, "wrapped_wire.txt")
    assert art.title == "Baku meeting ends with pledge to keep Black Sea hotline open"
    assert art.author == "Rustam Aliyev"
    assert art.published == "2025-07-10"
    assert art.outlet == "Caspian News Agency"
    paragraphs = art.text.split("\n\n")
    assert len(paragraphs) == 4
    assert "prevent incidents at sea" in paragraphs[0]  # the wrapped lines are joined
    assert "Reporting by" not in art.text and "All rights reserved" not in art.text
    assert text[art.raw_start:art.raw_end].rstrip().endswith("possible in September.")


def test_page_with_three_articles_is_split_with_their_metadata() -> None:
    text = (FIXTURES / "aggregator_multi.txt").read_text(encoding="utf-8")
    arts = parse_text_scrape(text, "aggregator_multi.txt")
    assert [a.index for a in arts] == [0, 1, 2]
    assert [a.title.split()[0] for a in arts] == ["Zelensky", "EU", "Analysts"]
    assert arts[0].outlet == arts[1].outlet == "Briefly News"
    assert arts[2].author == "Marta Lind"
    assert "• President Zelensky met President Erdogan" in arts[0].text  # Key Details bullets stay
    assert "• Hungary threatened to veto" in arts[1].text
    assert "Front lines, not conference rooms" not in arts[2].text  # the dek is not body
    assert "pencilled in for July" in arts[2].text
    for art in arts:
        assert text[art.raw_start:].startswith(art.title)
        assert text[:art.raw_end].endswith(art.text.split("\n\n")[-1])
        assert not CHROME.search(art.text)
        assert art.format == "text" and art.file == "aggregator_multi.txt"
    assert arts[0].raw_end <= arts[1].raw_start and arts[1].raw_end <= arts[2].raw_start


def test_parsing_is_pure_and_empty_pages_give_nothing() -> None:
    text = (FIXTURES / "tabloid.txt").read_text(encoding="utf-8")
    assert parse_text_scrape(text, "a") == parse_text_scrape(text, "a")
    assert parse_text_scrape("", "empty.txt") == []
    assert parse_text_scrape("Follow us on social\n\nSubscribe now\n", "chrome.txt") == []


BODY = ("Finance ministers from the bloc agreed on Tuesday to extend the loan guarantees for another year, "
        "officials said after the meeting, which ran late into the evening in the Belgian capital.\n\n"
        "The guarantees cover grain shipments and power-grid repairs, and diplomats said a review of the "
        "scheme would follow in the spring once the first tranche has been paid out to the recipients.\n")


def test_archive_metadata_stamp_dates_the_page_and_leaves_the_headline_clean() -> None:
    text = " date 2024-02-06 Ministers extend loan guarantees for a year\n\n" + BODY
    (art,) = parse_text_scrape(text, "stamp.txt")
    assert art.published == "2024-02-06" and not art.published_inferred
    assert art.title == "Ministers extend loan guarantees for a year"
    assert text[art.raw_start:].startswith(art.title)


def test_dateline_and_glued_update_stamp_date_the_page() -> None:
    dateline = "Ministers extend loan guarantees\n\nBRUSSELS, Feb. 6, 2024 (Wire) — " + BODY
    assert parse_text_scrape(dateline, "dateline.txt")[0].published == "2024-02-06"
    stamp = "Ministers extend loan guarantees\n\nWritten By Ada Ring\nUpdated7 Feb 2024, 01:10 AM CET\n\n" + BODY
    assert parse_text_scrape(stamp, "stamp.txt")[0].published == "2024-02-07"
    url = "https://news.example.org/world/2024/02/06/guarantees\n\nMinisters extend loan guarantees\n\n" + BODY
    assert parse_text_scrape(url, "url.txt")[0].published == "2024-02-06"


def test_a_page_printing_no_date_stays_undated() -> None:
    (art,) = parse_text_scrape("Ministers extend loan guarantees\n\n" + BODY, "plain.txt")
    assert art.published is None


def test_an_undated_piece_takes_the_nearest_date_printed_on_its_page_as_a_guess() -> None:
    from detente.ingest.scrape import fill_undated
    from detente.models import Article

    arts = [Article(file="p.txt", index=0, text="a"), Article(file="p.txt", index=1, text="b", published="2024-02-07")]
    fill_undated(arts)
    assert (arts[0].published, arts[0].published_inferred) == ("2024-02-07", True)
    assert not arts[1].published_inferred


# --- the real seed scrapes, read at run time (never copied into the project) ---------------------

def gold_records() -> list[dict]:
    out = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            out.append(json.loads(line))
    return out


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[str, list]]:
    if not SEEDS.is_dir() or not GOLD.is_file():
        pytest.skip("shared seed corpus not available")
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name] = (text, parse_text_scrape(text, path.name))
    return out


def test_seed_files_split_into_the_annotated_articles(seeds) -> None:
    counts = {name[:3]: len(arts) for name, (_, arts) in seeds.items()}
    assert counts == {"000": 1, "001": 1, "002": 1, "003": 3, "004": 1}
    titles: dict[str, dict[int, str]] = defaultdict(dict)
    for rec in gold_records():
        titles[rec["source"]["file"]][rec["source"]["article"]] = rec["source"]["title"]
    for name, (_, arts) in seeds.items():
        assert {a.index: a.title for a in arts} == titles[name], name


def test_seed_articles_keep_every_annotated_passage(seeds) -> None:
    missing = []
    for rec in gold_records():
        text, arts = seeds[rec["source"]["file"]]
        note = re.sub(r"\[[^\]]*\]", "", rec["note"])
        for part in note.split("…"):
            part = norm(part).strip(" .,;:")
            if len(part) < 8 or part not in norm(text):
                continue  # annotator paraphrase, not a verbatim passage
            if not any(part in norm(a.text) for a in arts):
                missing.append((rec["source"]["file"], part[:60]))
    assert not missing


def test_seed_teasers_and_chrome_are_gone(seeds) -> None:
    """Teasers are the blocks after an article's last annotated passage that end in a
    "keep reading" / "show less" marker: none of their lines may survive."""
    last_line: dict[tuple[str, int], int] = {}
    for rec in gold_records():
        name, idx = rec["source"]["file"], rec["source"]["article"]
        lines = [norm(x) for x in seeds[name][0].splitlines()]
        for part in re.sub(r"\[[^\]]*\]", "", rec["note"]).split("…"):
            part = norm(part).strip(" .,;:")
            hits = [i for i, ln in enumerate(lines) if len(part) >= 8 and part in ln]
            if hits:
                last_line[(name, idx)] = max(last_line.get((name, idx), 0), hits[0])
    checked = 0
    for name, (text, arts) in seeds.items():
        lines = text.splitlines()
        bodies = [norm(a.text) for a in arts]
        for a in arts:
            assert not CHROME.search(a.text), (name, a.index)
            start = last_line[(name, a.index)] + 1
            nxt = next((b.raw_start for b in arts if b.index == a.index + 1), len(text))
            stop_line = text[:nxt].count("\n")
            region = lines[start:stop_line]
            markers = [i for i, ln in enumerate(region) if re.search(r"keep reading|show less", ln, re.I)]
            if not markers:
                continue
            for ln in region[: markers[-1]]:
                if len(ln.split()) >= 4 and not re.search(r"keep reading|show less", ln, re.I):
                    checked += 1
                    assert all(norm(ln) not in b for b in bodies), (name, ln[:40])
                    assert all(norm(ln) != norm(b.title or "") for b in arts), (name, ln[:40])
    assert checked >= 10  # the teaser blocks were really found and checked
