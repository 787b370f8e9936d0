"""Regression tests for two page-structure rules: breadcrumbs are navigation, a feed names its outlet."""
from __future__ import annotations

from pathlib import Path

from detente.ingest.chrome import classify
from detente.ingest.scrape import parse_text_scrape
from detente.ingest.sources import read_inputs


def test_breadcrumb_trails_are_navigation_not_headlines() -> None:
    for crumb in ("Home > World > Europe", "News / Conflict / Ukraine", "Startseite › Politik › Ausland"):
        assert classify(crumb) == "nav", crumb
    assert classify("The vote was 52 > 48 in favour of the motion, officials said.") != "nav"
    page = ("Home > World > Europe\n\nKallas visits Kyiv to discuss air defence\n\nBy Staff reporter\n\n"
            "EU foreign policy chief Kaja Kallas arrived in Kyiv on Tuesday for talks on air defence, "
            "her office said, in her third visit since taking up the post.\n\n"
            "She met Foreign Minister Andrii Sybiha and discussed the next sanctions package, the "
            "ministry said in a statement after the meeting.\n")
    (article,) = parse_text_scrape(page, "crumbs.txt")
    assert article.title == "Kallas visits Kyiv to discuss air defence"


def test_a_feed_item_takes_the_feed_title_as_its_outlet(tmp_path: Path) -> None:
    body = "<p>" + "Negotiators met again in Geneva on Tuesday and agreed on a further exchange. " * 5 + "</p>"
    feed = tmp_path / "feed.xml"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"
      xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Border Desk Weekly</title>
      <link>https://border-desk.example/</link><item><title>Geneva talks resume</title>
      <link>https://border-desk.example/geneva</link><content:encoded><![CDATA[{body}]]></content:encoded>
      </item></channel></rss>""", encoding="utf-8")
    (result,) = read_inputs([str(feed)])
    assert [a.outlet for a in result.articles] == ["Border Desk Weekly"]
