"""Record downloads stream a chunk of rows at a time, an articles download is one file kept per
store version, and both say the same as one page holding every row; the articles API pages by
keyset (`next`, `after`) through the same articles as by offset (issue 13)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.models import Article
from detente.store import open_store
from detente.web import tables


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "CHUNK", 1)  # every download of the test corpus spans several chunks


def test_an_articles_download_lists_what_the_pages_list(client: TestClient, small_chunks: None) -> None:
    data = client.get("/articles.json").json()
    listed = client.get("/api/articles", params={"limit": 500}).json()
    assert data["ok"] and data["total"] == listed["total"] == len(data["items"]) > 2
    assert sorted(a["id"] for a in data["items"]) == sorted(a["id"] for a in listed["items"])
    assert all("text" not in a and isinstance(a["records"], int) for a in data["items"])
    rows = list(csv.DictReader(io.StringIO(client.get("/articles.csv").text)))
    assert [r["id"] for r in rows] == [a["id"] for a in data["items"]]
    assert [int(r["records"]) for r in rows] == [a["records"] for a in data["items"]]


def test_an_articles_download_is_kept_until_the_store_changes(tmp_path: Path) -> None:
    """The same file again while nothing is written, made by the builder before the first request;
    the next ingest's article in it at once (a kept file never outlives its store version)."""
    db = str(tmp_path / "kept.db")
    wires = [("Envoys meet again in Geneva", "Harbour Wire"), ("Grain corridor talks resume", "Upland Courier")]
    with open_store(db) as store:
        for i, (title, outlet) in enumerate(wires):
            store.save_article(Article(file=f"k{i}.txt", index=0, text=f"Body {i}.", title=title, outlet=outlet,
                                       published=f"2025-06-0{i + 1}"), [])
    tables.forget_kept_downloads()
    with TestClient(create_app(ApiSettings(db=db))) as client:
        client.get("/stories").raise_for_status()  # the build is served: its warmers have run
        made = [key[2] for key in tables._downloads if str(key[0]).endswith("kept.db")]
        assert sorted(made) == ["csv", "json"]  # /articles.csv and /articles.json, unfiltered
        first = client.get("/articles.csv")
        assert first.headers["content-type"] == "text/csv; charset=utf-8"
        assert first.headers["content-disposition"] == 'attachment; filename="articles.csv"'
        assert client.get("/articles.csv").content == first.content
        with open_store(db) as store:
            store.save_article(Article(file="k9.txt", index=0, text="Body 9.", title="Ceasefire line redrawn",
                                       outlet="Harbour Wire", published="2025-06-09"), [])
        titles = [r["title"] for r in csv.DictReader(io.StringIO(client.get("/articles.csv").text))]
        assert titles == [w[0] for w in wires] + ["Ceasefire line redrawn"]
        assert client.get("/articles.json", params={"outlet": "Harbour Wire"}).json()["total"] == 2


def test_a_records_download_holds_every_selected_row_in_the_tables_order(client: TestClient,
                                                                         small_chunks: None) -> None:
    answer = client.get("/records/events.json")
    assert answer.headers["content-disposition"] == 'attachment; filename="events.json"'
    data = json.loads(answer.text)
    assert data["total"] == len(data["items"]) > 1
    rows = list(csv.DictReader(io.StringIO(client.get("/records/events.csv").text)))
    assert [r["id"] for r in rows] == [i["id"] for i in data["items"]]
    days = [i["date"] or i["source_published"] for i in data["items"]]
    assert days == sorted(days, key=lambda d: (d is None, d or ""))


def test_an_empty_download_is_a_header_or_an_empty_list(client: TestClient) -> None:
    text = client.get("/records/claims.csv", params={"since": "2999-01-01"}).text
    assert text.splitlines()[0].startswith("kind,id,date") and len(text.splitlines()) == 1
    assert client.get("/articles.json", params={"outlet": "No Such Wire"}).json() == {
        "ok": True, "total": 0, "items": []}
    assert client.get("/articles.txt").status_code == 404


def test_the_articles_api_pages_by_keyset(client: TestClient) -> None:
    everything = [a["id"] for a in client.get("/api/articles", params={"limit": 500}).json()["items"]]
    walked, after = [], None
    while True:
        page = client.get("/api/articles", params={"limit": 2, **({"after": after} if after else {})}).json()
        assert page["total"] == len(everything)
        walked += [a["id"] for a in page["items"]]
        if "next" not in page:
            break
        after = page["next"]
    assert walked == everything
    assert "next" not in client.get("/api/articles", params={"q": "talks", "limit": 1}).json()


def test_an_articles_download_keeps_formula_like_cells_inert(tmp_path: Path) -> None:
    """A title or outlet that starts like a spreadsheet formula is written as text, the rest as stored."""
    db = str(tmp_path / "formulas.db")
    with open_store(db) as store:
        for i, (title, outlet) in enumerate([("=SUM(A1:A9) reasons to doubt the truce", "@FrontDesk"),
                                             ("Envoys meet again in Geneva", "-Gazette"),
                                             ("Plain headline, no tricks", "Harbour Wire")]):
            store.save_article(Article(file=f"f{i}.txt", index=0, text=f"Body {i}.", title=title,
                                       outlet=outlet, published=f"2025-05-0{i + 1}"), [])
    with TestClient(create_app(ApiSettings(db=db))) as client:
        rows = list(csv.DictReader(io.StringIO(client.get("/articles.csv").text)))
        items = client.get("/articles.json").json()["items"]
    assert [(r["title"], r["outlet"]) for r in rows] == [
        ("'=SUM(A1:A9) reasons to doubt the truce", "'@FrontDesk"), ("Envoys meet again in Geneva", "'-Gazette"),
        ("Plain headline, no tricks", "Harbour Wire")]
    assert [i["outlet"] for i in items] == ["@FrontDesk", "-Gazette", "Harbour Wire"]
    assert [r["article"] for r in rows] == ["0", "0", "0"] and all(i["records"] == 0 for i in items)


@pytest.mark.parametrize("kind", ["events", "talks", "positions", "claims", "quotes"])
def test_a_records_download_says_what_the_export_says(client: TestClient, corpus_db: str, kind: str,
                                                      small_chunks: None) -> None:
    """Cells made straight off the stored rows: the flat rows `detente export` writes, in the table's
    order, in CSV and JSON alike (keys in the export's order)."""
    from detente.export import flat_rows
    from detente.flatten import columns
    from detente.web.query import TableQuery

    browse = TableQuery(kind=tables.KINDS[kind]).browse()
    with open_store(corpus_db) as store:
        expected = list(flat_rows(store, browse))
    assert expected
    items = json.loads(client.get(f"/records/{kind}.json").text)["items"]
    assert [list(i.items()) for i in items] == [list(r.items()) for r in expected]
    rows = list(csv.reader(io.StringIO(client.get(f"/records/{kind}.csv").text)))
    assert rows[0] == columns(kind)
    assert len(rows) == len(expected) + 1
    assert [r[1] for r in rows[1:]] == [e["id"] for e in expected]


def test_download_cells_of_fields_that_shadow_the_envelope_follow_the_contract() -> None:
    """A stored record whose fields hold a 'date' (none is written so today) is flattened as its
    contract shows it: the field's value wins, as in Record.to_contract."""
    from detente.flatten import columns, flat_row
    from detente.models import Evidence, Record
    from detente.store.rows import download_values, record_params

    record = Record(kind="claim", evidence=Evidence("Officials put the toll at 12.", 0, 29),
                    fields={"what": "toll", "value": 12, "date": "2025-04-02"}, date="2025-04-01",
                    date_precision="day", article_id="a1", id="r1")
    article = Article(file="wire.txt", index=3, text="", title="Toll rises", outlet="Harbour Wire",
                      published="2025-04-01", url="https://example.org/toll", id="a1")
    row = (*record_params(record), "wire.txt", 3, "Toll rises", "Harbour Wire", None, "2025-04-01",
           "https://example.org/toll")
    expected = flat_row(record.to_contract(article), "a1")
    assert download_values(row) == [expected[c] for c in columns("claim")]
    assert dict(zip(columns("claim"), download_values(row), strict=True))["date"] == "2025-04-02"


@pytest.mark.parametrize("size", [1, 2, 500])
def test_csv_chunks_guard_exactly_the_cells_that_start_like_formulas(size: int) -> None:
    """Whatever the chunks, a CSV download is the text of every row with its formula-like text
    cells guarded, and only those (a negative number stays a number, a quoted comma is no cell)."""
    from detente.export import csv_cell

    rows = [["Envoys meet, again", -4, "=HYPERLINK(\"x\")"], ["plain", 3, "text"], ["\ttabbed", 0, "a,-b"],
            ["@desk", 1.5, "\rreturn"], ["line\n-two", None, "+1 more"], ["fine", 2, "still fine"]]
    chunks = [rows[at:at + size] for at in range(0, len(rows), size)]
    got = "".join(tables._csv_rows_body(["title", "n", "note"], iter(chunks)))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "n", "note"])
    writer.writerows([[csv_cell(v) for v in row] for row in rows])
    assert got == out.getvalue()
    assert next(csv.reader(io.StringIO(got.splitlines()[1])))[1] == "-4"
