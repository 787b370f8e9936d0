"""The API as an attacker sees it: no server file read, RFC 6750 tokens, 4xx sentences without internals."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings
from detente.errors import StoreError
from detente.store import open_store
from tests.api.corpus import build_corpus

TOKEN = "a-long-enough-test-token-0123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = "Russia and Ukraine held talks in Geneva on Monday. Both sides agreed to meet again.\n"


def _client(tmp_path: Path, **settings: object) -> TestClient:
    db = str(tmp_path / "api.db")
    with open_store(db) as store:
        build_corpus(store)
    return TestClient(create_app(ApiSettings(db=db, token=TOKEN, **settings)),  # type: ignore[arg-type]
                      raise_server_exceptions=False)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with _client(tmp_path) as c:
        yield c


@pytest.fixture
def secret_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "server-secrets"
    folder.mkdir()
    (folder / "notes.txt").write_text("The SECRETWORD ceasefire plan was drafted in Vienna. " * 3,
                                      encoding="utf-8")
    return folder


@pytest.mark.parametrize("spec", ["{dir}/notes.txt", "{dir}", "file://{dir}/notes.txt", "{dir}/../server-secrets",
                                  "notes.txt", "~/.bashrc", "/etc/passwd"])
def test_api_ingest_reads_no_server_path(client: TestClient, secret_dir: Path, spec: str) -> None:
    res = client.post("/api/ingest", json={"url": spec.format(dir=secret_dir)}, headers=AUTH)
    assert res.status_code == 400
    assert res.json()["error"].startswith("The API ingests uploads")
    assert client.get("/api/articles", params={"q": "SECRETWORD"}).json()["total"] == 0


def test_api_ingest_reads_a_folder_the_admin_allowed_and_nothing_outside(tmp_path: Path, secret_dir: Path) -> None:
    allowed = tmp_path / "drop"
    allowed.mkdir()
    (allowed / "article.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(secret_dir / "notes.txt", allowed / "escape.txt")
    with _client(tmp_path, ingest_folders=(str(allowed),)) as c:
        ok = c.post("/api/ingest", json={"url": str(allowed / "article.txt"), "extract": False}, headers=AUTH)
        assert ok.status_code == 200 and ok.json()["new"] == 1
        for outside in (secret_dir / "notes.txt", allowed / "escape.txt", allowed / ".." / "server-secrets"):
            res = c.post("/api/ingest", json={"url": str(outside)}, headers=AUTH)
            assert res.status_code == 400, outside
            assert "outside the folders its admin allowed" in res.json()["error"]
        assert c.get("/api/articles", params={"q": "SECRETWORD"}).json()["total"] == 0


def test_api_ingest_url_goes_through_the_guarded_fetcher(client: TestClient) -> None:
    res = client.post("/api/ingest", json={"url": "http://169.254.169.254/latest/meta-data/"}, headers=AUTH)
    body = res.json()
    assert res.status_code == 200 and body["new"] == 0 and body["rejected"] == 1
    assert "link-local address 169.254.169.254" in body["errors"][0]


@pytest.mark.parametrize(("name", "stored"), [
    ("..", "upload.txt"), (".", "upload.txt"), ("../../etc/cron.d/x.txt", "x.txt"),
    ("a" * 300 + ".txt", "a" * 96 + ".txt"), ("C:\\Windows\\evil.html", "evil.html"),
])
def test_upload_names_are_reduced_to_safe_base_names(client: TestClient, name: str, stored: str) -> None:
    res = client.post("/api/ingest/file", files={"file": (name, b"\x00\x01")}, headers=AUTH)
    assert res.status_code == 200
    errors = res.json()["errors"]
    assert errors and errors[0].startswith(stored + ":"), errors
    assert "/tmp" not in errors[0]


def test_upload_names_function() -> None:
    from detente.api.routes import upload_name

    assert upload_name("..") == upload_name(".") == upload_name(None) == "upload.txt"
    assert upload_name("../../x.jsonl") == "x.jsonl"
    assert len(upload_name("é" * 300 + ".warc.gz").encode()) <= 255


@pytest.mark.parametrize(("header", "status"), [
    (TOKEN, 400), (f"Basic {TOKEN}", 400), (f"Bearer{TOKEN}", 400), (f"Bearer {TOKEN} extra", 400),
    ("Bearer", 400), ("Bearer wrong-token", 401), (f"Bearer {TOKEN}x", 401),
])
def test_tokens_follow_rfc_6750(client: TestClient, header: str, status: int) -> None:
    res = client.post("/api/ingest", json={"articles": [{"title": "t", "text": ARTICLE}], "extract": False},
                      headers={"Authorization": header})
    assert res.status_code == status
    assert res.headers["www-authenticate"].startswith('Bearer realm="detente"')
    assert TOKEN not in res.text


@pytest.mark.parametrize("header", [f"Bearer {TOKEN}", f"bearer {TOKEN}", f"BEARER  {TOKEN}"])
def test_a_well_formed_bearer_token_is_accepted(client: TestClient, header: str) -> None:
    res = client.post("/api/ingest", json={"articles": [{"title": "t", "text": ARTICLE}], "extract": False},
                      headers={"Authorization": header})
    assert res.status_code == 200 and res.json()["ok"] is True


def test_missing_token_is_a_401_challenge(client: TestClient) -> None:
    res = client.post("/api/ingest", json={"url": "https://example.org/"})
    assert res.status_code == 401 and res.headers["www-authenticate"] == 'Bearer realm="detente"'


def test_spec_and_docs_need_the_token_when_reads_do(tmp_path: Path) -> None:
    with _client(tmp_path, read_requires_token=True) as c:
        for path in ("/openapi.json", "/docs", "/redoc", "/api/health", "/"):
            assert c.get(path).status_code == 401, path
        assert c.get("/openapi.json", headers=AUTH).json()["info"]["title"] == "detente"


def test_spec_is_public_when_reads_are(client: TestClient) -> None:
    assert client.get("/openapi.json").json()["info"]["title"] == "detente"
    assert client.get("/docs").status_code == 200


@pytest.mark.parametrize(("path", "status"), [
    ("/api/articles?q=%00", 400), ("/api/articles?outlet=a%00b", 400), ("/search?q=%00", 400),
    (f"/api/articles?offset={2**63}", 422), (f"/api/events?offset={2**63}", 422),
    (f"/api/articles?limit={2**70}", 422), ("/api/articles/%00", 400), ("/api/nothing", 404),
])
def test_hostile_queries_are_4xx_sentences(client: TestClient, path: str, status: int) -> None:
    res = client.get(path)
    assert res.status_code == status
    message = res.json()["error"]
    assert message.endswith(".") and message[0].isupper()
    for internal in ("Traceback", "/tmp", ".db", "sqlite", "<class", "Error:"):
        assert internal not in message, message


def test_a_store_failure_names_no_server_path(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.store.sqlite import SQLiteStore

    def broken(*args: object, **kwargs: object) -> None:
        raise StoreError("the store sqlite:////srv/secret/path.db refused a statement: disk I/O error")

    monkeypatch.setattr(SQLiteStore, "search_articles", broken)
    res = client.get("/api/articles")
    assert res.status_code == 500
    assert "/srv/secret" not in res.text and res.json()["error"].startswith("The server hit an unexpected error")


def test_json_is_never_sniffed_as_html(client: TestClient) -> None:
    res = client.get("/api/articles", params={"outlet": "Evil Times"})
    assert res.headers["content-type"] == "application/json"
    assert res.headers["x-content-type-options"] == "nosniff"
