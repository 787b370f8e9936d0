"""Every reader survives hostile input: one clear line for the bad unit, the batch goes on.

Each test builds its hostile input itself (deep JSON, lone surrogates, NULs, WARC records with no
URI, compression bombs, one-line texts) and checks both the one-line error and that good input
next to it still comes through.
"""
from __future__ import annotations

import gzip
import io
import json
import time
from pathlib import Path

import pytest

from detente.ingest.feeds import parse_feed
from detente.ingest.runner import IngestOptions, ingest
from detente.ingest.sources import InputResult, read_inputs
from detente.store import open_store

GOOD = ("Foreign ministers of the two countries met in Vienna on Tuesday and agreed to hold "
        "another round of talks next month, a spokesman said.")


def run(specs: list[str]) -> list[InputResult]:
    return list(read_inputs(specs))


def one_line_errors(results: list[InputResult]) -> list[str]:
    errors = [str(r.error) for r in results if r.error is not None]
    assert all("\n" not in e and "\\x" not in e and "b'" not in e for e in errors), errors
    return errors


# -- JSONL ---------------------------------------------------------------------------------------

def test_deeply_nested_json_is_one_error_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + '{"a": ' * 50_000 + "\n" + json.dumps({"text": GOOD}) + "\n")
    results = run([str(path)])
    errors = one_line_errors(results)
    assert len(errors) == 2 and all("too deeply" in e for e in errors)
    assert [a.text for r in results for a in r.articles] == [GOOD]


def test_an_integer_too_long_to_convert_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "digits.jsonl"
    path.write_text('{"text": "x", "n": ' + "9" * 10_000 + "}\n" + json.dumps({"text": GOOD}) + "\n")
    results = run([str(path)])
    assert len(one_line_errors(results)) == 1 and results[1].articles[0].text == GOOD


def test_lone_surrogates_and_nul_in_jsonl_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"text": "Envoys met \\ud800in Oslo.\\u0000 Talks went on.", "title": "Oslo \\udfff",'
                    ' "author": "A. \\u0000Writer"}\n')
    [result] = run([str(path)])
    [article] = result.articles
    assert article.text == "Envoys met \ufffdin Oslo. Talks went on."
    assert (article.title, article.author) == ("Oslo \ufffd", "A. Writer")
    article.text.encode("utf-8")  # what PostgreSQL and any UTF-8 writer need


@pytest.mark.parametrize("published", ["2025-13-45", "2025-02-30", "yesterday-ish", "0000-00-00"])
def test_an_impossible_date_is_dropped_with_a_warning(tmp_path: Path, published: str) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text(json.dumps({"text": GOOD, "published": published}) + "\n")
    [result] = run([str(path)])
    assert result.ok and result.articles[0].published is None
    assert result.warnings == [f"{path}:1: has a 'published' date '{published}' that is not a valid ISO 8601 "
                               "(2025-03-01) or RFC 2822 date; the field is dropped and the article kept."]


def test_good_dates_still_pass(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text("\n".join(json.dumps({"text": GOOD, "published": p}) for p in
                              ("2024-02-29", "2025-06-03T10:00:00Z", "Tue, 03 Jun 2025 10:00:00 +0000")))
    assert [r.articles[0].published for r in run([str(path)])] == ["2024-02-29", "2025-06-03", "2025-06-03"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi",
                                 "ftp://files.example.org/a", "not a url", "http://"])
def test_a_url_that_is_not_http_is_dropped_with_a_warning(tmp_path: Path, url: str) -> None:
    path = tmp_path / "urls.jsonl"
    path.write_text(json.dumps({"text": GOOD, "url": url}) + "\n")
    [result] = run([str(path)])
    assert result.ok and result.articles[0].url is None
    assert len(result.warnings) == 1 and "'url'" in result.warnings[0]


def test_http_urls_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "urls.jsonl"
    path.write_text(json.dumps({"text": GOOD, "url": "https://news.example.org/a?b=1"}) + "\n")
    [result] = run([str(path)])
    assert result.articles[0].url == "https://news.example.org/a?b=1" and result.warnings == []


def test_warnings_are_reported_and_everything_is_stored_in_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([
        "[" * 100_000,
        '{"text": "Talks \\ud800resumed in Geneva.\\u0000", "title": "T\\udc80", "published": "2025-13-45"}',
        json.dumps({"text": GOOD, "url": "javascript:void(0)"}),
    ]) + "\n")
    lines: list[str] = []
    with open_store(f"sqlite:///{tmp_path / 'h.db'}") as store:
        counts = ingest([str(path)], store, IngestOptions(extract=False, progress=False), report=lines.append)
        assert (counts.new, counts.rejected) == (2, 1)
        assert store.count_articles() == 2
    assert len(lines) == 3 and all(line.startswith(f"{path}:") for line in lines)


# -- feeds ---------------------------------------------------------------------------------------

def test_a_feed_title_with_a_surrogate_entity_is_cleaned() -> None:
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire &#xD800; desk</title>'
            b"<item><title>Envoys &#xDFFF;meet</title><link>https://news.example.org/a</link>"
            b"<description>Talks&#0; resume</description></item></channel></rss>")
    [item] = parse_feed(feed, "feed.xml")
    for value in (item.title, item.source, item.summary):
        assert value is not None and "\x00" not in value
        value.encode("utf-8")


# -- WARC ----------------------------------------------------------------------------------------

def write_warc(path: Path, records: list[tuple[str | None, bytes]]) -> None:
    """(target URI or None, HTML body) response records, gzipped per record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))


PAGE = f"<html><body><article><p>{GOOD}</p><p>{GOOD}</p></article></body></html>".encode()


def test_a_response_without_target_uri_is_one_line_and_the_next_record_is_read(tmp_path: Path) -> None:
    path = tmp_path / "nouri.warc.gz"
    write_warc(path, [(None, PAGE), ("https://news.example.org/b", PAGE)])
    results = run([str(path)])
    [error] = one_line_errors(results)
    assert "record 0" in error and "WARC-Target-URI" in error
    assert [a.url for r in results for a in r.articles] == ["https://news.example.org/b"]


@pytest.mark.parametrize("junk", [b"\x00" * 30_000_000, (b"\x00" * 500_000 + b"\n") * 60])
def test_a_warc_gz_of_zeros_is_refused_quickly(tmp_path: Path, junk: bytes) -> None:
    path = tmp_path / "zeros.warc.gz"
    path.write_bytes(gzip.compress(junk, compresslevel=1))
    start = time.perf_counter()
    [result] = run([str(path)])
    assert time.perf_counter() - start < 30  # was minutes; the bound is loose so slow machines pass
    assert result.error is not None and result.error.source == str(path)
    one_line_errors([result])


def test_a_compression_bomb_behind_a_valid_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.warc.gz"
    head = b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 900000000\r\n\r\n"
    with gzip.open(path, "wb", compresslevel=9) as out:
        out.write(head)
        for _ in range(300):
            out.write(b"\x00" * 1_000_000)
    [result] = run([str(path)])
    assert result.error is not None and "inflates" in result.error.reason


def test_warc_errors_are_sentences_not_raw_bytes(tmp_path: Path) -> None:
    path = tmp_path / "raw.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 3\r\n\r\n\x01\x02\xff\xfe junk\r\n"
                     b"\xff\xfeNOT A HEADER\x00\x01\r\n\r\n")
    results = run([str(path)])
    assert results and one_line_errors(results)


# -- short texts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Kremlin rejects call for a thirty-day truce\n",
                                  "   Envoys to meet in Riyadh on Monday   ",
                                  "BRUSSELS — EU ministers back new sanctions package"])
def test_a_one_line_text_is_an_article(tmp_path: Path, text: str) -> None:
    path = tmp_path / "headline.txt"
    path.write_text(text)
    [result] = run([str(path)])
    assert result.ok and [a.text for a in result.articles] == [text.strip()]
    article = result.articles[0]
    assert text[article.raw_start:article.raw_end] == text.strip()


def test_a_headline_over_a_one_line_item_keeps_the_headline_as_title(tmp_path: Path) -> None:
    path = tmp_path / "item.txt"
    path.write_text("Prisoner exchange completed\n\nBoth sides handed over 90 soldiers on Friday, "
                    "the mediators said.\n")
    [result] = run([str(path)])
    [article] = result.articles
    assert article.title == "Prisoner exchange completed"
    assert article.text == "Both sides handed over 90 soldiers on Friday, the mediators said."


def test_a_jsonl_headline_without_text_is_kept_with_its_date_and_outlet(tmp_path: Path) -> None:
    path = tmp_path / "headlines.jsonl"
    path.write_text(json.dumps({"title": "Envoys to meet in Riyadh on Monday", "published": "2025-03-07",
                                "outlet": "Example Wire"}) + "\n")
    [article] = run([str(path)])[0].articles
    assert (article.text, article.title) == ("Envoys to meet in Riyadh on Monday",) * 2
    assert (article.published, article.outlet) == ("2025-03-07", "Example Wire")


@pytest.mark.parametrize("text", ["", "   \n\n", "Hi"])
def test_empty_and_one_word_texts_are_still_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "nothing.txt"
    path.write_text(text)
    [result] = run([str(path)])
    assert result.error is not None


# -- gzipped files -------------------------------------------------------------------------------

PAGE_TEXT = f"<html><head><title>Envoys meet in Vienna</title></head><body><article><p>{GOOD}</p><p>{GOOD}</p>" \
            "</article></body></html>"


def test_gzipped_pages_texts_and_jsonl_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE_TEXT.encode()))
    two_members = gzip.compress(b"Envoys meet in Vienna\n\n") + gzip.compress(f"{GOOD}\n\n{GOOD}".encode())
    (tmp_path / "b.txt.gz").write_bytes(two_members)
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": GOOD}) + "\n").encode() * 2))
    results = run([str(tmp_path)])
    assert [r.error for r in results] == [None] * 4
    assert [a.title for r in results for a in r.articles][:2] == ["Envoys meet in Vienna"] * 2


def test_a_gzip_bomb_or_a_truncated_gzip_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 60_000_000, compresslevel=1))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(PAGE_TEXT.encode())[:-30])
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(b"\x00" * 250_000_000, compresslevel=1))
    errors = one_line_errors(run([str(tmp_path)]))
    assert len(errors) == 3
    assert "inflates" in errors[0] and "breaks off" in errors[1] and "inflates" in errors[2]


@pytest.mark.parametrize("seed", range(5))
def test_a_warc_of_random_bytes_is_one_sentence(tmp_path: Path, seed: int) -> None:
    import random

    path = tmp_path / "noise.warc"
    path.write_bytes(random.Random(seed).randbytes(3000))
    errors = one_line_errors(run([str(path)]))
    assert errors and all(e.isprintable() for e in errors)
