"""bench/scrapes.py: an HTML page rendered as a copy-paste scrape, read and scored."""
from __future__ import annotations

from bench.scrapes import is_english, render, score_pages, summary

PAGE = """<html><head><title>Site</title><style>p { color: red }</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<script>var tracker = "do not keep";</script>
<div hidden>Hidden banner text</div>
<article><h1>Harbour workers walk out over a pay freeze</h1>
<p class="byline">By Jane Roe</p>
<p>Dock workers in the northern port stopped work on Tuesday after managers said wages would stay
flat for a second year, the union told reporters outside the gates.</p>
<p>The strike halted the loading of grain ships, and the union said it would last <b>until the
company</b> reopened talks with its members about the contract.</p>
<figure><img src="x.jpg"><figcaption>Workers gather at the gate. Photo: Staff</figcaption></figure>
</article>
<footer><p>© 2030 Example Media. All rights reserved.</p></footer></body></html>"""

GOLD = (
    "Dock workers in the northern port stopped work on Tuesday after managers said wages would stay "
    "flat for a second year, the union told reporters outside the gates.\n\nThe strike halted the "
    "loading of grain ships, and the union said it would last until the company reopened talks with "
    "its members about the contract."
)


def test_render_gives_one_line_per_block_and_drops_scripts() -> None:
    lines = render(PAGE.encode()).splitlines()
    assert lines[:3] == ["Home", "World", "Harbour workers walk out over a pay freeze"]
    assert "the union said it would last until the company reopened" in " ".join(lines)
    assert not any("tracker" in ln or "color" in ln or "Hidden" in ln for ln in lines)
    assert lines[-1] == "© 2030 Example Media. All rights reserved."


def test_blank_style_separates_blocks_with_blank_lines() -> None:
    assert "\n\nWorld\n\n" in render(PAGE, "blank")


def test_scoring_a_page_against_its_gold_body() -> None:
    rows = score_pages([("p1", PAGE.encode(), GOLD, "https://example.org/a")], lambda n, u: "example", "lines")
    assert len(rows) == 1 and rows[0].articles == 1
    assert rows[0].r == 1.0 and rows[0].p > 0.9
    assert summary(rows)["extra"] == 0


def test_english_filter() -> None:
    assert is_english(GOLD)
    assert not is_english("Le gouvernement a annoncé une réforme des retraites mardi soir.")
