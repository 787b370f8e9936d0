"""read_inputs: every kind of input a user names, and every bad one, one clear error each.

The text and HTML parsers are replaced by small fakes here so these tests pin the dispatcher's
own behaviour (which parser, which file name, index, url, errors); the parsers have their own tests.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import socket
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from detente.errors import FetchError, InputError, UnsafeAddressError
from detente.ingest import sources
from detente.ingest.fetch import Fetcher
from detente.ingest.sources import DEFAULT_MAX_BYTES, InputResult, read_inputs, sniff_kind
from detente.models import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "inputs"
HOSTS = {"news.example.org": ["93.184.215.14"], "wire.example.net": ["151.101.1.67"]}
ITEM_PAGE = ("<html><head><title>{title}</title></head><body><nav>menu</nav>"
             "<p>{title}: the delegations met for a second day and agreed to keep talking.</p></body></html>")


def fake_parse_text(text: str, file: str) -> list[Article]:
    body = text.strip()
    return [Article(file=file, index=0, text=body, format="text")] if body else []


def fake_parse_html(html: str | bytes, file: str, url: str | None = None) -> list[Article]:
    html = html.decode() if isinstance(html, bytes) else html
    paragraphs = re.findall(r"<p>(.*?)</p>", html, re.DOTALL)
    if not paragraphs:
        return []
    title = re.search(r"<title>(.*?)</title>", html)
    return [Article(file=file, index=0, text="\n\n".join(paragraphs), title=title.group(1) if title else None,
                    url=url, format="html")]


@pytest.fixture
def real_parsers() -> None:
    """Ask for this fixture to run a test against the real text and HTML parsers."""
    pytest.importorskip("detente.ingest.html")
    pytest.importorskip("detente.ingest.scrape")


@pytest.fixture(autouse=True)
def fake_parsers(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> dict[str, list[tuple]]:
    calls: dict[str, list[tuple]] = {"text": [], "html": []}
    if "real_parsers" in request.fixturenames:
        return calls

    def text(t: str, file: str) -> list[Article]:
        calls["text"].append((file,))
        return fake_parse_text(t, file)

    def html(h: str | bytes, file: str, url: str | None) -> list[Article]:
        calls["html"].append((file, url))
        return fake_parse_html(h, file, url)

    monkeypatch.setattr(sources, "_parse_text", text)
    monkeypatch.setattr(sources, "_parse_html", html)
    return calls


def resolve(host: str, port: int) -> list[str]:
    if host not in HOSTS:
        raise socket.gaierror(-2, "Name or service not known")
    return HOSTS[host]


def fetcher_for(routes: dict[str, Callable[[httpx.Request], httpx.Response] | httpx.Response],
                **kwargs: object) -> Fetcher:
    """A fetcher whose network is `routes` (URL -> response or handler); anything else is a 404."""
    def handler(request: httpx.Request) -> httpx.Response:
        route = routes.get(str(request.url))
        if route is None:
            return httpx.Response(404)
        return route(request) if callable(route) else route

    return Fetcher(transport=httpx.MockTransport(handler), resolve=resolve, **kwargs)  # type: ignore[arg-type]


def item_pages(*urls: str) -> dict[str, httpx.Response]:
    return {url: httpx.Response(200, html=ITEM_PAGE.format(title=url.rsplit("/", 1)[-1])) for url in urls}


def run(specs: list[str], **kwargs: object) -> list[InputResult]:
    return list(read_inputs(specs, **kwargs))  # type: ignore[arg-type]


def errors(results: list[InputResult]) -> list[str]:
    return [str(r.error) for r in results if r.error]


# -- files of each kind ------------------------------------------------------------------------------

def test_text_file(fake_parsers: dict) -> None:
    spec = str(FIXTURES / "ceasefire-talks.txt")
    [result] = run([spec])
    data = Path(spec).read_bytes()
    assert result.ok and result.kind == "text"
    assert (result.name, result.size, result.content_hash) == (spec, len(data), hashlib.sha256(data).hexdigest())
    assert result.articles[0].file == spec
    assert "eleven hours" in result.articles[0].text
    assert fake_parsers["text"] == [(spec,)] and fake_parsers["html"] == []


def test_html_file(fake_parsers: dict) -> None:
    spec = str(FIXTURES / "grain-corridor.html")
    [result] = run([spec])
    assert result.ok and result.kind == "html"
    assert "insurers wanted written guarantees" in result.articles[0].text
    assert fake_parsers["html"] == [(spec, None)]


def test_jsonl_file_gives_one_article_per_line_indexed_by_line() -> None:
    spec = str(FIXTURES / "dispatches.jsonl")
    results = run([spec])
    assert errors(results) == []
    articles = [a for r in results for a in r.articles]
    assert [a.index for a in articles] == [0, 1, 3]  # 0-based line numbers; line 3 is blank
    assert {a.file for a in articles} == {spec} and {a.format for a in articles} == {"jsonl"}
    assert [a.published for a in articles] == ["2025-02-11", "2025-02-14", "2025-02-16"]
    assert articles[1].author == "R. Okafor" and articles[0].author is None
    assert articles[2].url == "https://wire.example.net/3" and articles[2].outlet == "Example Wire"
    assert [r.name for r in results] == [f"{spec}:1", f"{spec}:2", f"{spec}:4"]


def test_bad_jsonl_lines_are_reported_by_line_and_the_rest_go_on(tmp_path: Path) -> None:
    good = json.dumps({"text": "Envoys met again on Monday.", "title": "Again"})
    lines = [good.encode(), b"{not json", b'["a list"]', b'{"outlet": "no text"}', b'{"text": 5}',
             '{"text": "caf\u00e9"}'.encode("latin-1"), b'{"text": "ok", "published": "last Tuesday"}',
             good.replace("Monday", "Friday").encode()]
    path = tmp_path / "mixed.ndjson"
    path.write_bytes(b"\n".join(lines) + b"\n")
    results = run([str(path)])
    bad = [r for r in results if r.error]
    assert [r.error.source for r in bad] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)]
    reasons = [r.error.reason for r in bad]
    assert "not valid JSON" in reasons[0] and "not an object" in reasons[1] and "no 'text'" in reasons[2]
    assert "non-string 'text'" in reasons[3] and "not UTF-8" in reasons[4]
    # a date that is no date costs the date (with a warning naming the line), not the article
    assert [a.index for r in results for a in r.articles] == [0, 6, 7]
    assert [w for r in results for w in r.warnings] == [
        f"{path}:7: has a 'published' date 'last Tuesday' that is not a valid ISO 8601 (2025-03-01) or "
        "RFC 2822 date; the field is dropped and the article kept."]


def test_an_oversized_jsonl_line_is_skipped_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "big-line.jsonl"
    small = json.dumps({"text": "A short dispatch."})
    path.write_text(json.dumps({"text": "x" * 5000}) + "\n" + small + "\n")
    results = run([str(path)], max_bytes=1000)
    assert "limit for one line" in str(results[0].error) and results[0].error.source == f"{path}:1"
    assert results[1].articles[0].text == "A short dispatch." and results[1].articles[0].index == 1


def write_warc(path: Path, records: list[tuple], gzip: bool = True) -> None:
    """records: (record type, url, content type, body[, HTTP status line])."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "detente-tests"}))
        for rec_type, url, content_type, body, *status in records:
            http = StatusAndHeaders(status[0] if status else "200 OK", [("Content-Type", content_type)],
                                    protocol="HTTP/1.1")
            if rec_type == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
            record = writer.create_warc_record(url, rec_type, payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": "2025-03-05T10:00:00Z"})
            writer.write_record(record)


WARC_RECORDS = [
    ("request", "https://news.example.org/a", "", b""),
    ("response", "https://news.example.org/a", "text/html; charset=utf-8",
     b"<html><title>A</title><p>Ministers met in Ankara on Tuesday.</p></html>"),
    ("response", "https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
    ("response", "https://news.example.org/b", "text/html",
     "<html><p>Посол вручил ноту протеста.</p></html>".encode("cp1251")),
    ("response", "https://news.example.org/c", "application/xhtml+xml", b"<html><div>menu only</div></html>"),
]


@pytest.mark.parametrize("suffix,gzip", [(".warc.gz", True), (".warc", False)])
def test_warc_html_records_become_articles(tmp_path: Path, suffix: str, gzip: bool) -> None:
    path = tmp_path / f"cc-news{suffix}"
    write_warc(path, WARC_RECORDS, gzip=gzip)
    results = run([str(path)])
    assert [r.kind for r in results] == ["warc"] * 3  # the request and the PNG are not read
    first, second, third = results
    assert first.name == f"{path} record 2" and first.ok
    article = first.articles[0]
    assert (article.file, article.index, article.url) == (str(path), 2, "https://news.example.org/a")
    assert (article.published, article.published_inferred) == ("2025-03-05", True)
    assert second.articles[0].text == "Посол вручил ноту протеста." and second.articles[0].index == 4
    assert third.error is not None and third.error.source == f"{path} record 5"


def test_warc_skips_redirects_and_honours_the_http_charset(tmp_path: Path) -> None:
    polish = "<html><p>Minister oświadczył, że rozmowy zostaną wznowione w Genewie.</p></html>"
    path = tmp_path / "mixed.warc.gz"
    write_warc(path, [
        ("response", "https://news.example.org/old", "text/html", b"<html><p>Moved.</p></html>", "301 Moved"),
        ("response", "https://news.example.org/gone", "text/html", b"<html><p>Not here.</p></html>", "404 Not Found"),
        ("response", "https://news.example.org/pl", "text/html; charset=iso-8859-2", polish.encode("iso8859-2")),
    ])
    [result] = run([str(path)])
    assert result.articles[0].text == "Minister oświadczył, że rozmowy zostaną wznowione w Genewie."
    assert result.articles[0].index == 3


def test_a_broken_warc_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "truncated.warc.gz"
    write_warc(path, WARC_RECORDS)
    data = path.read_bytes()
    path.write_bytes(data + b"\x1f\x8b\x08\x00garbage that is not a gzip member")
    results = run([str(path)])
    assert [r.ok for r in results] == [True, True, False, False]
    assert results[-1].name == str(path) and "not a readable WARC" in str(results[-1].error)


def test_a_file_named_warc_that_is_not_one(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("just some words\n" * 20)
    [result] = run([str(path)])
    assert result.error is not None and result.error.source == str(path)


# -- feeds -------------------------------------------------------------------------------------------

RSS_ITEMS = ["https://news.example.org/2025/03/phone-call", "https://news.example.org/2025/03/sanctions-bill"]
ATOM_ITEMS = ["https://news.example.org/2025/05/envoy-arrives", "https://news.example.org/2025/05/exchange"]


@pytest.mark.parametrize("name,items,dates", [
    ("briefing.rss", RSS_ITEMS, ["2025-03-03", "2025-03-04"]),
    ("briefing.atom", ATOM_ITEMS, ["2025-05-01", "2025-05-02"]),
])
def test_a_feed_file_is_followed_item_by_item(name: str, items: list[str], dates: list[str]) -> None:
    spec = str(FIXTURES / name)
    results = run([spec], fetcher=fetcher_for(item_pages(*items)))
    assert errors(results) == []
    assert [r.name for r in results] == items and {r.origin for r in results} == {spec}
    articles = [a for r in results for a in r.articles]
    assert [(a.file, a.index, a.url) for a in articles] == [(spec, 0, items[0]), (spec, 1, items[1])]
    assert [a.published for a in articles] == dates
    assert not any(a.published_inferred for a in articles)


def test_a_feed_with_full_text_is_read_from_the_feed_and_teasers_are_followed(real_parsers: None) -> None:
    spec = str(FIXTURES / "fulltext.rss")
    asked: list[str] = []

    def page(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(200, html=ITEM_PAGE.format(title="Phone call"))

    results = run([spec], fetcher=fetcher_for({"https://news.example.org/2025/06/call": page}))
    assert errors(results) == [] and asked == ["https://news.example.org/2025/06/call"]
    first = results[0].articles[0]
    assert "ninety days" in first.text and "teaser" not in first.text
    assert (first.file, first.index, first.url) == (spec, 0, "https://news.example.org/2025/06/monitoring")
    assert (first.title, first.author, first.published) == (
        "Mediators propose a monitoring mission", "A. Lindqvist", "2025-06-12")
    assert results[1].articles[0].index == 1


def test_a_feed_url_is_fetched_and_followed() -> None:
    feed_url = "https://news.example.org/feed"
    routes = item_pages(*RSS_ITEMS)
    routes[feed_url] = httpx.Response(200, content=(FIXTURES / "briefing.rss").read_bytes(),
                                      headers={"Content-Type": "application/rss+xml"})
    results = run([feed_url], fetcher=fetcher_for(routes))
    assert errors(results) == []
    assert [a.file for r in results for a in r.articles] == [feed_url, feed_url]


def test_relative_and_repeated_links_in_a_fetched_feed() -> None:
    feed_url = "https://news.example.org/feeds/main.xml"
    rss = (FIXTURES / "briefing.rss").read_text().replace(RSS_ITEMS[0], "../2025/03/phone-call")
    rss = rss.replace(RSS_ITEMS[1], "https://news.example.org/2025/03/phone-call")
    routes = item_pages("https://news.example.org/2025/03/phone-call")
    routes[feed_url] = httpx.Response(200, text=rss, headers={"Content-Type": "text/xml"})
    results = run([feed_url], fetcher=fetcher_for(routes))
    assert [r.name for r in results] == ["https://news.example.org/2025/03/phone-call"]
    assert results[0].ok


def test_a_plain_text_url_goes_to_the_text_parser(fake_parsers: dict) -> None:
    url = "https://news.example.org/wire.txt"
    routes = {url: httpx.Response(200, text="Envoys met on Monday and will meet again.")}
    [result] = run([url], fetcher=fetcher_for(routes))
    assert result.ok and result.kind == "text" and fake_parsers["text"] == [(url,)]


def test_a_feed_item_that_times_out_is_one_error_and_the_others_go_on() -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    routes: dict = item_pages(RSS_ITEMS[1])
    routes[RSS_ITEMS[0]] = timeout
    spec = str(FIXTURES / "briefing.rss")
    results = run([spec], fetcher=fetcher_for(routes, timeout=5.0))
    first, second = results
    assert isinstance(first.error, FetchError) and first.error.source == RSS_ITEMS[0]
    assert "timed out after 5 s" in first.error.reason and f"item 0 of feed {spec}" in first.error.reason
    assert second.ok and second.articles[0].index == 1


def test_a_feed_item_pointing_at_a_private_address_is_refused(tmp_path: Path) -> None:
    feed = (FIXTURES / "briefing.rss").read_text().replace(RSS_ITEMS[0], "http://169.254.169.254/latest/")
    path = tmp_path / "sneaky.xml"
    path.write_text(feed)
    asked: list[str] = []
    routes = {url: (lambda r, u=url: (asked.append(u), httpx.Response(200, html=ITEM_PAGE.format(title="t")))[1])
              for url in ["http://169.254.169.254/latest/", RSS_ITEMS[1]]}
    results = run([str(path)], fetcher=fetcher_for(routes))
    assert isinstance(results[0].error, UnsafeAddressError)
    assert results[1].ok and asked == [RSS_ITEMS[1]]


def test_a_malformed_feed_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut off')
    [result] = run([str(path)], fetcher=fetcher_for({}))
    assert result.error is not None and result.error.source == str(path)
    assert "not a readable RSS or Atom feed" in result.error.reason


# -- URLs --------------------------------------------------------------------------------------------

def test_an_html_url(fake_parsers: dict) -> None:
    url = "https://news.example.org/story"
    routes = {url: httpx.Response(301, headers={"Location": "https://news.example.org/story-2"}),
              "https://news.example.org/story-2": httpx.Response(200, html=ITEM_PAGE.format(title="Story"))}
    [result] = run([url], fetcher=fetcher_for(routes))
    assert result.ok and result.name == url
    assert fake_parsers["html"] == [(url, "https://news.example.org/story-2")]
    assert result.articles[0].file == url


def test_an_unreachable_host_and_a_private_address_each_cost_one_line() -> None:
    good = "https://news.example.org/ok"
    specs = ["https://nowhere.invalid/a", "http://127.0.0.1:9000/admin", good]
    results = run(specs, fetcher=fetcher_for(item_pages(good)))
    assert [r.name for r in results] == specs
    assert "could not be resolved" in str(results[0].error)
    assert isinstance(results[1].error, UnsafeAddressError) and "--allow-private" in str(results[1].error)
    assert results[2].ok


def test_allow_private_fetches_a_local_url() -> None:
    url = "http://127.0.0.1:9000/local-story"
    [result] = run([url], fetcher=fetcher_for(item_pages(url), allow_private=True))
    assert result.ok and result.articles


def test_a_url_serving_an_image_is_refused() -> None:
    url = "https://news.example.org/photo"
    routes = {url: httpx.Response(200, content=b"\xff\xd8\xff", headers={"Content-Type": "image/jpeg"})}
    [result] = run([url], fetcher=fetcher_for(routes))
    assert "image/jpeg" in str(result.error) and result.error.source == url


# -- directories and sniffing -------------------------------------------------------------------------

def test_a_directory_is_read_recursively_in_order_skipping_hidden_files(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b-sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    shutil.copy(FIXTURES / "ceasefire-talks.txt", root / "c.txt")
    shutil.copy(FIXTURES / "grain-corridor.html", root / "b-sub" / "deeper" / "page.htm")
    shutil.copy(FIXTURES / "dispatches.jsonl", root / "a.jsonl")
    (root / ".notes.txt").write_text("private notes")
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (root / "b-sub" / "empty.txt").write_bytes(b"")
    results = run([str(root)])
    files = [r.name.split(":")[0] for r in results]
    assert files == [str(root / "a.jsonl")] * 3 + [str(root / "b-sub" / "deeper" / "page.htm"),
                                                    str(root / "b-sub" / "empty.txt"), str(root / "c.txt")]
    assert {r.origin for r in results} == {str(root)}
    assert errors(results) == [f"{root / 'b-sub' / 'empty.txt'}: is empty; there is no text to ingest."]
    assert results[-1].articles[0].file == str(root / "c.txt")


def test_an_empty_directory_says_so(tmp_path: Path) -> None:
    [result] = run([str(tmp_path)])
    assert "no (non-hidden) files" in str(result.error)


@pytest.mark.parametrize("data,kind", [
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (b"  <div class='story'><p>Some words.</p></div>", "html"),
    (b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel></channel></rss>', "feed"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
    (b"Envoys met. The talks went on <b>late</b> into the night.", "text"),
])
def test_sniff_kind(data: bytes, kind: str) -> None:
    assert sniff_kind(data) == kind


def test_files_without_a_known_extension_are_sniffed(tmp_path: Path, fake_parsers: dict) -> None:
    (tmp_path / "page").write_bytes((FIXTURES / "grain-corridor.html").read_bytes())
    (tmp_path / "notes.md").write_text("Mediators said the talks would resume.")
    results = run([str(tmp_path / "page"), str(tmp_path / "notes.md")])
    assert [r.kind for r in results] == ["html", "text"] and errors(results) == []


# -- bad inputs ---------------------------------------------------------------------------------------

def test_bad_files_each_get_one_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    good = str(FIXTURES / "ceasefire-talks.txt")
    specs = [str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "photo.txt"), good]
    results = run(specs)
    assert [r.name for r in results] == specs
    assert "is empty" in str(results[0].error)
    assert "does not exist" in str(results[1].error)
    assert "binary" in str(results[2].error)
    assert results[3].ok and results[3].articles


def test_a_200_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    with open(big, "wb") as f:
        f.truncate(200 * 1_000_000)  # sparse: instant, and no disk used
    results = run([str(big), str(FIXTURES / "ceasefire-talks.txt")])
    assert str(results[0].error) == (f"{big}: is 200 MB, over the {DEFAULT_MAX_BYTES // 1_000_000} MB limit "
                                     "for one file; split it, or convert it to JSONL, which is streamed.")
    assert results[0].size == 200 * 1_000_000 and results[1].ok


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_a_cyrillic_legacy_text_file_decodes(tmp_path: Path, codec: str) -> None:
    text = ("Министр иностранных дел заявил во вторник, что переговоры возобновятся в Женеве.\n"
            "Делегации обменялись проектами документов, сообщил представитель министерства.")
    path = tmp_path / "ru.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(codec))
    [result] = run([str(path)])
    assert result.articles[0].text == text


def test_a_latin1_html_page_without_a_charset_decodes(tmp_path: Path) -> None:
    html = ("<html><body><p>Le ministre a déclaré mardi que les négociations reprendront à Genève, "
            "a précisé un porte-parole à l'agence.</p></body></html>")
    path = tmp_path / "fr.html"
    path.write_bytes(html.encode("latin-1"))
    [result] = run([str(path)])
    assert "déclaré" in result.articles[0].text and "Genève" in result.articles[0].text


def test_malformed_html_and_a_crashing_parser_cost_one_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    (tmp_path / "a-broken.html").write_text("<html><body><div><span>unclosed <<<>>> &&& <p")
    (tmp_path / "b-crash.html").write_text("<html><p>trigger</p></html>")
    shutil.copy(FIXTURES / "grain-corridor.html", tmp_path / "c-good.html")

    def parser(html: str, file: str, url: str | None) -> list[Article]:
        if "trigger" in html:
            raise ValueError("lxml gave up")
        return fake_parse_html(html, file, url)

    monkeypatch.setattr(sources, "_parse_html", parser)
    results = run([str(tmp_path)])
    assert "no article text" in str(results[0].error)
    assert str(results[1].error).startswith(f"{tmp_path / 'b-crash.html'}: could not be parsed (ValueError")
    assert results[2].ok


def test_a_parser_input_error_is_passed_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def parser(text: str, file: str) -> list[Article]:
        raise InputError(file, "has no article boundaries we recognise.")

    monkeypatch.setattr(sources, "_parse_text", parser)
    [result] = run([str(FIXTURES / "ceasefire-talks.txt")])
    assert result.error is not None and result.error.reason == "has no article boundaries we recognise."


def test_read_inputs_is_lazy(tmp_path: Path) -> None:
    """The first result arrives before later specs are even looked at."""
    later = tmp_path / "later.txt"
    results = read_inputs([str(FIXTURES / "ceasefire-talks.txt"), str(later)])
    assert next(results).ok
    later.write_text("Written after the first result was read.")
    assert next(results).articles[0].text == "Written after the first result was read."


# -- with the real parsers ----------------------------------------------------------------------------

def test_real_parsers_read_each_local_kind(tmp_path: Path, real_parsers: None) -> None:
    shutil.copy(FIXTURES / "ceasefire-talks.txt", tmp_path / "a.txt")
    shutil.copy(FIXTURES / "grain-corridor.html", tmp_path / "b.html")
    path = tmp_path / "c.warc.gz"
    write_warc(path, [("response", "https://news.example.org/grain", "text/html; charset=utf-8",
                       (FIXTURES / "grain-corridor.html").read_bytes())])
    results = run([str(tmp_path)])
    assert errors(results) == []
    assert [(r.kind, r.articles[0].file) for r in results] == [
        ("text", str(tmp_path / "a.txt")), ("html", str(tmp_path / "b.html")), ("warc", str(path))]
    assert "eleven hours" in results[0].articles[0].text
    assert "insurers" in results[1].articles[0].text and "Home" not in results[1].articles[0].text


def test_real_parsers_survive_malformed_html(tmp_path: Path, real_parsers: None) -> None:
    (tmp_path / "a-cut.html").write_text(
        "<html><head><title>Cut off</title><body><div><p>Envoys met on Monday in a lakeside town and agreed "
        "to hold another round of talks next week, officials said.<div><p>The talks <b>lasted <i>six hours")
    (tmp_path / "b-garbage.html").write_text("<<<>>> </p></div></body> <html <head &&&; <p")
    shutil.copy(FIXTURES / "grain-corridor.html", tmp_path / "c-good.html")
    results = run([str(tmp_path)])
    assert [r.name for r in results] == [str(tmp_path / n) for n in ("a-cut.html", "b-garbage.html", "c-good.html")]
    assert "another round of talks" in results[0].articles[0].text
    assert results[1].error is None or results[1].error.source == str(tmp_path / "b-garbage.html")
    assert results[2].ok


# -- streaming -----------------------------------------------------------------------------------------

def test_warc_and_jsonl_are_streamed_not_loaded(tmp_path: Path) -> None:
    """Reading 15 MB of WARC and 15 MB of JSONL never holds more than a few records at once."""
    import tracemalloc

    from detente.ingest.jsonl import iter_jsonl
    from detente.ingest.warc import iter_warc

    body = b"<html><p>" + b"Talks continued late into the night. " * 400 + b"</p></html>"  # ~15 kB
    warc = tmp_path / "big.warc"
    write_warc(warc, [("response", f"https://news.example.org/{n}", "text/html", body) for n in range(1000)],
               gzip=False)
    jsonl = tmp_path / "big.jsonl"
    line = json.dumps({"text": body.decode()}) + "\n"
    with open(jsonl, "w") as f:
        f.writelines(line for _ in range(1000))
    assert warc.stat().st_size > 14_000_000 and jsonl.stat().st_size > 14_000_000
    tracemalloc.start()
    try:
        pages = sum(1 for _ in iter_warc(warc))
        lines = sum(1 for _ in iter_jsonl(jsonl))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (pages, lines) == (1000, 1000)
    assert peak < 3_000_000, peak
