"""The digest in every format keeps hostile record text as data: shown, never run, never fetched."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from detente.reports.digest import build_digest, html_to_pdf, render_digest
from detente.store import open_store
from detente.stories.build import build_view
from tests.security.hostile import Recorder


def _content(db: str) -> dict[str, Any]:
    with open_store(db) as store:
        return build_digest(build_view(store))


def test_html_digest_escapes_every_field_and_carries_a_strict_csp(hostile: tuple[str, dict[str, str]]) -> None:
    db, p = hostile
    html = str(render_digest(_content(db), "html"))
    for tag in ("<script", "<img", "<iframe", "<object", "<link", "<svg onload"):
        assert tag not in html.lower(), tag
    assert "&lt;script&gt;window.__xss" in html  # the outlet's title is shown, as text
    assert 'http-equiv="Content-Security-Policy"' in html
    assert "script-src 'none'" in html and "default-src 'none'" in html


def test_markdown_digest_holds_no_html_and_no_links(hostile: tuple[str, dict[str, str]]) -> None:
    db, _ = hostile
    markdown = str(render_digest(_content(db), "md"))
    rendered = MarkdownIt("commonmark").render(markdown)  # a viewer that passes raw HTML through
    for tag in ("<script", "<img", "<iframe", "<object", "<link", "<style", "<svg", "<a "):
        assert tag not in rendered.lower(), tag
    assert 'href="javascript:' not in rendered and 'src="http' not in rendered
    assert "&lt;script&gt;" in rendered and "Evil Wire" in rendered


def test_pdf_digest_fetches_nothing_and_embeds_no_file(hostile: tuple[str, dict[str, str]],
                                                       recorder: Recorder) -> None:
    db, _ = hostile
    pdf = render_digest(_content(db), "pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
    assert recorder.hits == []
    assert b"/EmbeddedFile" not in pdf


def test_pdf_renderer_refuses_every_url_even_in_raw_markup(recorder: Recorder, tmp_path: Path) -> None:
    """The URL fetcher itself: images, stylesheets, backgrounds and attachments are all refused."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    html = (f'<html><head><link rel="stylesheet" href="{recorder.url}/sheet.css">'
            f'<link rel="attachment" href="{secret.as_uri()}"></head><body>'
            f'<img src="{recorder.url}/img.png"><p style="background: url({recorder.url}/bg.png)">x</p>'
            f'<img src="{secret.as_uri()}"></body></html>')
    pdf = html_to_pdf(html)
    assert recorder.hits == []
    assert b"/EmbeddedFile" not in pdf and b"TOP-SECRET" not in pdf


def test_pdf_renderer_loads_our_bundled_assets_only(tmp_path: Path) -> None:
    from detente.reports.digest import ASSETS, _bundled_asset

    own = ASSETS / "digest.html.j2"
    assert _bundled_asset(own.as_uri()) == own
    outside = tmp_path / "x.css"
    outside.write_text("p { color: red }", encoding="utf-8")
    for url in (outside.as_uri(), f"{ASSETS.as_uri()}/../digest.py", f"{ASSETS.as_uri()}/%2e%2e/digest.py",
                "file://evil.example.org" + str(own), "http://127.0.0.1/" + own.name):
        assert _bundled_asset(url) is None, url
