"""Fuzz benchmark: >= 10,000 malformed and adversarial inputs, mixed with good articles, through ingest.

    nice -n 10 .venv/bin/python bench/robustness.py [--inputs 10000] [--batches 20] [--workdir DIR]

What it feeds (all generated here, seeded, nothing fetched): binary files, truncated and deeply
nested HTML, text in wrong, lying and mixed encodings (UTF-16/32 without BOM, UTF-8 labelled
windows-1251), huge lines, empty files, broken JSONL (deep nesting, bad JSON, lone surrogates, NULs,
impossible dates, javascript: URLs), broken feeds (bad XML, surrogate entities, items pointing at
private addresses, entity bombs), broken WARC (no target URI, truncated, zeros, compression bombs),
and the number lists and fragments that once hung the language core. Good articles (our own short
ones in every format, plus the real texts under ../shared/corpus except the held-out check split) are
spread over the batches.

Each batch is one `detente ingest DIR` process under a timeout; the first `--extract-batches` run
with extraction on, the rest exercise readers, cleaners and store (the good inputs are also ingested
alone with extraction on, which is the reference for "lost"). It reports
crashes (traceback or an unexpected exit code), hangs (timeouts), one-line errors, other stderr
output, good articles lost (stored when ingested alone, missing from the mixed run), the time of the
whole run and the time and peak RSS of the largest input ingested alone.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
HELD_OUT = {"r102", "r204", "r205", "r306", "r403", "r504", "r601", "r605", "r702", "r801"}
BATCH_TIMEOUT_S = 1800
LARGEST_MB = 45  # under the 50 MB cap for one file, so it is really read

GOOD_TEXTS = [
    ("Envoys agree to new round of talks",
     "Negotiators from both governments met in Geneva on Tuesday and agreed to meet again in two weeks, "
     "a spokesman for the host country said. The delegations exchanged draft texts on a prisoner swap."),
    ("Ministers reject ceasefire proposal",
     "The foreign minister rejected the proposal for a thirty-day ceasefire on Wednesday, calling it "
     "\"a pause to rearm\". He said his government would not sign any deal without security guarantees."),
    ("Drone strike hits grain port",
     "A drone strike damaged a grain terminal in the port city overnight, the regional governor said on "
     "Thursday. Two workers were injured and about 3,000 tonnes of wheat were destroyed, officials said."),
    ("Sanctions package adopted",
     "European Union member states adopted a new package of sanctions on Friday targeting shipping and "
     "banks. The measures freeze the assets of 45 companies, according to a statement from the council."),
    ("Prisoners exchanged at the border",
     "The two sides exchanged 150 prisoners of war each on Saturday in a deal brokered by the United "
     "Arab Emirates, the human rights ombudsman said. It was the third exchange this year."),
    ("Talks on energy infrastructure stall",
     "Talks on a moratorium on strikes against energy infrastructure stalled on Sunday, two diplomats "
     "said, after the parties failed to agree on how a truce would be monitored."),
]

ONCE_ENDLESS = ["One hundred percent.", "Hang Seng: DOWN 0.1 percent at 22,777.84.",
                "12 percent, 15 percent, 30 percent.", "- 3 percent\n- 4 percent\n- 5 percent", "Half.",
                "Turnout: 67 percent.", "Over 200."]


def page(title: str, body: str, charset: str = "utf-8") -> str:
    return (f'<html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f"<nav>Home | World</nav><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article>"
            "<footer>© News</footer></body></html>")


# -- good inputs ---------------------------------------------------------------------------------

def write_good(root: Path) -> list[Path]:
    """Our own good articles in every format, plus the real corpus texts (held-out split excluded)."""
    root.mkdir(parents=True)
    paths = []
    for n, (title, body) in enumerate(GOOD_TEXTS):
        text, html = root / f"good-{n}.txt", root / f"good-{n}.html"
        text.write_text(f"{title}\n\n{body}\n\n{body.replace('said', 'told reporters')}\n")
        html.write_text(page(title, body))
        paths += [text, html]
    jsonl = root / "good.jsonl"
    jsonl.write_text("".join(json.dumps({"title": t, "text": b + " " + b, "published": f"2025-06-0{i + 1}",
                                         "url": f"https://news.example.org/{i}"}) + "\n"
                             for i, (t, b) in enumerate(GOOD_TEXTS)))
    warc = root / "good.warc.gz"
    write_warc(warc, [(f"https://news.example.org/w{i}", page(t, b).encode())
                      for i, (t, b) in enumerate(GOOD_TEXTS)])
    feed = root / "good.xml"
    feed.write_text(rss([(f"https://news.example.org/f{i}", t, f"<p>{b}</p><p>{b}</p>")
                         for i, (t, b) in enumerate(GOOD_TEXTS)]))
    paths += [jsonl, warc, feed, root / "one-line.txt"]
    (root / "one-line.txt").write_text("Kremlin says no date set for next round of talks\n")
    for src in sorted(CORPUS.rglob("*.txt")):
        if src.stem not in HELD_OUT:
            dst = root / f"corpus-{src.parent.name}-{src.name}"
            shutil.copyfile(src, dst)
            paths.append(dst)
    return paths


def rss(items: list[tuple[str, str, str]], title: str = "Wire desk") -> str:
    body = "".join(f"<item><title>{t}</title><link>{u}</link>"
                   f"<content:encoded><![CDATA[{c}]]></content:encoded>"
                   "<pubDate>Tue, 03 Jun 2025 10:00:00 GMT</pubDate></item>" for u, t, c in items)
    return ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>{title}</title>{body}</channel></rss>")


def write_warc(path: Path, records: list[tuple[str | None, bytes]], gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, body in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))


# -- bad inputs: each maker returns (file suffix, bytes, number of input units in it) ----------------

Maker = Callable[[random.Random], tuple[str, bytes, int]]


def _text(rng: random.Random) -> str:
    title, body = rng.choice(GOOD_TEXTS)
    return f"{title}\n\n{body}"


def binary(rng: random.Random) -> tuple[str, bytes, int]:
    return rng.choice([".txt", ".html", "", ".xml", ".bin"]), rng.randbytes(rng.randint(1, 20_000)), 1


def truncated_html(rng: random.Random) -> tuple[str, bytes, int]:
    data = page(*rng.choice(GOOD_TEXTS)).encode()
    return ".html", data[: rng.randint(0, len(data))], 1


def nested_html(rng: random.Random) -> tuple[str, bytes, int]:
    depth = rng.choice([100, 1_000, 10_000, 100_000])
    tag = rng.choice(["div", "b", "span", "table", "p"])
    close = f"</{tag}>" * depth if rng.random() < 0.5 else ""
    return ".html", (f"<html><body>{f'<{tag}>' * depth}{_text(rng)}{close}</body></html>").encode(), 1


def wrong_encoding(rng: random.Random) -> tuple[str, bytes, int]:
    text = rng.choice([_text(rng), "Министр заявил, что переговоры продолжатся в Женеве."])
    codec = rng.choice(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1251", "latin-1", "koi8-r",
                        "shift_jis", "utf-8"])
    try:
        body = text.encode(codec)
    except UnicodeEncodeError:
        body = text.encode("utf-8")
    if rng.random() < 0.5:
        label = rng.choice(["windows-1251", "utf-8", "iso-8859-1", "no-such-charset", "utf-16"])
        head = f'<html><head><meta charset="{label}"></head><body><p>'.encode()
        return ".html", head + body + b"</p></body></html>", 1
    return ".txt", body, 1


def mixed_encoding(rng: random.Random) -> tuple[str, bytes, int]:
    parts = [_text(rng).encode(rng.choice(["utf-8", "cp1252", "utf-16"])) for _ in range(rng.randint(2, 4))]
    return rng.choice([".txt", ".html"]), b"\n".join(parts), 1


def huge_line(rng: random.Random) -> tuple[str, bytes, int]:
    unit = rng.choice([b"a", b"word ", b"12 percent, ", b"\xd0\x9a", b"<"])
    return rng.choice([".txt", ".html"]), unit * (rng.randint(200_000, 2_000_000) // len(unit)), 1


def empty(rng: random.Random) -> tuple[str, bytes, int]:
    return rng.choice([".txt", ".html", ".jsonl", ".xml", ".warc", ".warc.gz", ""]), \
        rng.choice([b"", b" ", b"\n\n\n", b"\xef\xbb\xbf", b"\t \r\n"]), 1


def fragments(rng: random.Random) -> tuple[str, bytes, int]:
    pieces = ONCE_ENDLESS + ['"Unclosed quote, he said', "((((", "“”“”", ": : :", "...", "Зеленский сказал.",
                             "12, 13, 14, 15, 16, 17, 18, 19, 20", "—", "$"]
    return ".txt", "\n\n".join(rng.choices(pieces, k=rng.randint(1, 8))).encode(), 1


BAD_JSONL_LINES = [
    lambda rng: "[" * rng.choice([1_000, 100_000]),
    lambda rng: '{"a": ' * 50_000,
    lambda rng: "{not json",
    lambda rng: '{"text": ' + "9" * 5_000 + "}",
    lambda rng: json.dumps({"text": 5}),
    lambda rng: json.dumps({"title": "no text"}),
    lambda rng: '{"text": "Envoys met \\ud800 in Oslo on Monday and agreed to talk.", "title": "\\udfff"}',
    lambda rng: '{"text": "NUL \\u0000 in the text of a dispatch about talks in Riyadh."}',
    lambda rng: json.dumps({"text": _text(rng), "published": rng.choice(["2025-13-45", "soon"])}),
    lambda rng: json.dumps({"text": _text(rng), "url": rng.choice(["javascript:void(0)", "x"])}),
    lambda rng: json.dumps(["a list"]),
    lambda rng: json.dumps({"text": "\x00" * 10}),
    lambda rng: rng.randbytes(50).decode("latin-1"),
]


def broken_jsonl(rng: random.Random) -> tuple[str, bytes, int]:
    lines = [rng.choice(BAD_JSONL_LINES)(rng) for _ in range(rng.randint(1, 6))]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    return rng.choice([".jsonl", ".ndjson"]), data, len(lines)


def broken_feed(rng: random.Random) -> tuple[str, bytes, int]:
    kind = rng.randint(0, 4)
    if kind == 0:
        data = rss([("https://news.example.org/a", "x", "<p>short</p>")])[: rng.randint(10, 200)]
    elif kind == 1:
        data = rss([("http://127.0.0.1/a", "Wire &#xD800; item", "teaser")], title="Desk &#xDFFF; &#0;")
    elif kind == 2:
        data = rss([("javascript:alert(1)", "bad link", "x"), ("", "no link", "y")])
    elif kind == 3:
        data = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                + "".join(f'<!ENTITY a{i} "{("&a;" if i == 0 else f"&a{i - 1};") * 10}">' for i in range(9))
                + ']><rss version="2.0"><channel><title>&a8;</title></channel></rss>')
    else:
        data = "<rss>" + "<channel><item>" * 5_000
    return ".xml", data.encode("utf-8", "surrogatepass"), 1


def broken_warc(rng: random.Random) -> tuple[str, bytes, int]:
    kind = rng.randint(0, 5)
    buf = Path(tempfile.mkstemp(suffix=".warc.gz")[1])
    try:
        if kind == 0:
            write_warc(buf, [(None, page(*rng.choice(GOOD_TEXTS)).encode())])
            return ".warc.gz", buf.read_bytes(), 1
        if kind == 1:
            write_warc(buf, [("https://news.example.org/t", page(*rng.choice(GOOD_TEXTS)).encode())])
            data = buf.read_bytes()
            return ".warc.gz", data[: rng.randint(1, len(data) - 1)], 1
    finally:
        buf.unlink()
    if kind == 2:
        return ".warc.gz", gzip.compress(b"\x00" * rng.choice([1_000_000, 30_000_000]), compresslevel=1), 1
    if kind == 3:
        head = b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 900000000\r\n\r\n"
        return ".warc.gz", gzip.compress(head + b"\x00" * 250_000_000, compresslevel=1), 1
    if kind == 4:
        return ".warc", (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 7\r\n\r\n"
                         b"\x01\x02\xff\xfe\x00junk\r\n"), 1
    return rng.choice([".warc", ".warc.gz"]), rng.randbytes(rng.randint(1, 5_000)), 1


MAKERS: list[tuple[Maker, int]] = [  # (maker, weight)
    (binary, 12), (truncated_html, 12), (nested_html, 4), (wrong_encoding, 14), (mixed_encoding, 8),
    (huge_line, 1), (empty, 8), (fragments, 12), (broken_jsonl, 14), (broken_feed, 8), (broken_warc, 3),
]


def write_bad(root: Path, wanted: int, batches: int, rng: random.Random) -> tuple[int, Counter[str]]:
    """Bad files spread over `batches` directories until they hold `wanted` input units."""
    units, kinds = 0, Counter()
    makers, weights = zip(*MAKERS, strict=True)
    n = 0
    while units < wanted:
        maker = rng.choices(makers, weights)[0]
        suffix, data, count = maker(rng)
        (root / f"b{n % batches:02d}" / f"{maker.__name__}-{n}{suffix}").write_bytes(data)
        units, n = units + count, n + 1
        kinds[maker.__name__] += count
    return units, kinds


# -- running -------------------------------------------------------------------------------------

def ingest(inputs: list[Path], db: Path, extract: bool = True) -> dict:
    """One `detente ingest` process; its exit code, stderr lines, wall time and whether it hung."""
    start = time.perf_counter()
    try:
        command = [sys.executable, "-m", "detente.cli", "ingest", *map(str, inputs), "--db", str(db), "-q"]
        command += [] if extract else ["--no-extract"]
        proc = subprocess.run(command, capture_output=True, text=True, errors="replace",
                              timeout=BATCH_TIMEOUT_S, cwd=ROOT)
    except subprocess.TimeoutExpired as exc:
        stderr = (exc.stderr or b"").decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        return {"hang": True, "code": None, "stderr": stderr.splitlines(),
                "seconds": time.perf_counter() - start}
    return {"hang": False, "code": proc.returncode, "stderr": proc.stderr.splitlines(),
            "seconds": time.perf_counter() - start}


def stored_hashes(db: Path) -> set[str]:
    from detente.store import open_store

    if not db.exists():
        return set()
    with open_store(f"sqlite:///{db}") as store:
        return {a.hash for a in store.iter_articles()}


def peak_rss_mb_of(inputs: list[Path], db: Path) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one ingest process over `inputs`, measured alone."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    run = ingest(inputs, db)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return run["seconds"], max(after, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--batches", type=int, default=20)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--extract-batches", type=int, default=1,
                        help="how many mixed batches run with extraction on (the good inputs always do, "
                             "alone); the others exercise the readers, cleaners and store only")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="detente-fuzz-"))
    rng = random.Random(args.seed)

    largest = work / "largest" / "huge-line.txt"
    largest.parent.mkdir(parents=True)
    largest.write_bytes((b"Talks resumed, 12 percent, 15 percent. " * (LARGEST_MB * 1_000_000 // 39))[
        : LARGEST_MB * 1_000_000])
    big_seconds, big_rss = peak_rss_mb_of([largest], work / "largest.db")

    good = write_good(work / "good")
    reference = ingest(good, work / "reference.db")
    wanted = stored_hashes(work / "reference.db")

    for b in range(args.batches):
        (work / "bad" / f"b{b:02d}").mkdir(parents=True)
    units, kinds = write_bad(work / "bad", args.inputs, args.batches, rng)
    for i, path in enumerate(good):  # spread the good inputs over the batches
        shutil.copyfile(path, work / "bad" / f"b{i % args.batches:02d}" / path.name)

    start = time.perf_counter()
    runs, got = [], set()
    for b in range(args.batches):
        extract = b < args.extract_batches
        run = ingest([work / "bad" / f"b{b:02d}"], work / f"batch{b:02d}.db", extract=extract)
        runs.append(run)
        got |= stored_hashes(work / f"batch{b:02d}.db")
        print(f"batch {b:02d}: exit {run['code']}, {len(run['stderr'])} stderr lines, {run['seconds']:.0f} s",
              file=sys.stderr)
    total = time.perf_counter() - start

    lines = [line for run in runs for line in run["stderr"]]
    one_line = [ln for ln in lines if ln.startswith("warning: ")]
    crashes = sum(1 for r in runs if not r["hang"] and (r["code"] not in (0, 1) or any("Traceback" in ln
                                                                                      for ln in r["stderr"])))
    report = {
        "malformed_inputs": units, "by_kind": dict(kinds), "good_inputs": len(good),
        "good_articles_alone": len(wanted), "reference_exit": reference["code"], "batches": args.batches,
        "batches_with_extraction": min(args.extract_batches, args.batches),
        "hangs": sum(r["hang"] for r in runs), "crashes": crashes,
        "articles_over_time_budget": sum(1 for ln in lines if "not stored:" in ln and "budget" in ln),
        "articles_failed_otherwise": sum(1 for ln in lines if "not stored:" in ln and "budget" not in ln),
        "good_articles_lost": len(wanted - got),
        "one_line_errors": len(one_line),
        "errors_with_raw_bytes": sum(1 for ln in one_line if "\\x" in ln or "b'" in ln),
        "other_stderr_lines": len(lines) - len(one_line),
        "articles_stored": len(got),
        "total_seconds": round(total, 1),
        "largest_input_mb": LARGEST_MB, "largest_input_seconds": round(big_seconds, 1),
        "largest_input_peak_rss_mb": round(big_rss),
        "workdir": str(work),
    }
    print(json.dumps(report, indent=2))
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
