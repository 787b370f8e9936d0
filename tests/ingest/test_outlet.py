"""Outlets named from what a scraped page prints: section labels, bios, newsletter footers, datelines."""
from __future__ import annotations

from pathlib import Path

import pytest

from detente.ingest.outlet import outlet_in
from detente.ingest.scrape import parse_text_scrape


@pytest.mark.parametrize(("page", "outlet"), [
    ("Share this\n\nAnalysis | The Field Desk\n\nTalks resumed on Monday.", "The Field Desk"),
    ("Talks resumed.\n\nAnna Berg is a senior correspondent for northwire.eu, based in Tallinn.", "northwire.eu"),
    ("Talks resumed.\n\nIf you enjoy Steppe Notes, share it with your friends.", "Steppe Notes"),
    ("Talks resumed.\n\nSteppe Notes is a reader-supported publication.", "Steppe Notes"),
    ("GENEVA (Reuters) - Envoys met on Monday.", "Reuters"),
    ("GENEVA (REUTERS) - Envoys met on Monday.", "Reuters"),
    ("Geneva (AFP) May 3, 2025\n\nEnvoys met on Monday.", "AFP"),
    ("MOSCOW, June 2 /TASS/. Envoys met on Monday.", "TASS"),
    ("Envoys met on Monday.\n\nReporting by Ann Lee; Editing by Tom Hart", "Reuters"),
    ("Envoys met on Monday. Photo: Jan Novak / AFP", None),
    ("Envoys met on Monday (local time) - a first since May.", None),
])
def test_outlet_in(page: str, outlet: str | None) -> None:
    assert outlet_in(page) == outlet


def test_each_article_of_a_page_takes_the_outlet_of_its_own_stretch() -> None:
    page = ("Diplomats meet again in Geneva\n\nAnalysis | The Field Desk\n\n"
            "Diplomats from both sides met again in Geneva on Monday, officials said, in a round that "
            "lasted four hours and ended without a joint statement from either delegation.\n\n"
            "Related\n\n"
            "Grain corridor reopens after a month\n\n"
            "KYIV (Reuters) - Ships left the port of Odesa on Tuesday for the first time in a month, the "
            "port authority said, after insurers agreed to cover the route again.\n")
    arts = parse_text_scrape(page, "page.txt")
    assert [a.outlet for a in arts][:1] == ["The Field Desk"]
    if len(arts) > 1:
        assert arts[1].outlet == "Reuters"


def test_seed_scrapes_name_six_of_seven_outlets() -> None:
    seeds = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/corpus/seeds is not present")
    arts = [a for f in sorted(seeds.glob("*.txt")) for a in parse_text_scrape(f.read_text("utf-8"), str(f))]
    assert sum(bool(a.outlet) for a in arts) >= 6 and len(arts) == 7


def test_a_readout_sender_line_is_its_outlet_not_its_text() -> None:
    page = ("Leaders' call on the grain corridor\n\nFrom: Prime Minister's Office, 10 Downing Street\n\n"
            "Published 2 June 2025\n\n"
            "The Prime Minister spoke to the Ukrainian President this morning about the reopening of the "
            "grain corridor and the protection of ships leaving the southern ports.\n")
    arts = parse_text_scrape(page, "readout.txt")
    assert arts[0].outlet == "Prime Minister's Office, 10 Downing Street"
    assert "From:" not in arts[0].text
