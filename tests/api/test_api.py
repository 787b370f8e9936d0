"""Every endpoint, filter and error of the JSON API, in-process."""
from __future__ import annotations

from fastapi.testclient import TestClient

from detente.api.app import create_app
from detente.api.deps import ApiSettings

TOKEN = "s3cret-token"


def test_health_counts_the_store(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body == {"ok": True, "articles": 3, "records": 9}


def test_articles_are_paginated_without_text(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == 3 and len(first["items"]) == 2 and "text" not in first["items"][0]
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert len(second["items"]) == 1
    assert {a["id"] for a in first["items"] + second["items"]} == {
        a["id"] for a in client.get("/api/articles").json()["items"]}


def test_full_text_search_and_filters(client: TestClient) -> None:
    hits = client.get("/api/articles", params={"q": "drones"}).json()
    assert {a["outlet"] for a in hits["items"]} == {"Wire A", "Wire B"}
    assert client.get("/api/articles", params={"q": "Geneva"}).json()["total"] == 1
    assert client.get("/api/articles", params={"outlet": "Wire B"}).json()["total"] == 1
    assert client.get("/api/articles", params={"since": "2025-06-03"}).json()["total"] == 2
    assert client.get("/api/articles", params={"until": "2025-06-02"}).json()["total"] == 1


def test_one_article_with_its_records(client: TestClient) -> None:
    some = client.get("/api/articles", params={"outlet": "Wire A"}).json()["items"][0]
    body = client.get(f"/api/articles/{some['id']}").json()
    assert body["article"]["text"].startswith("Russia and Ukraine held")
    assert sorted(r["kind"] for r in body["records"]) == ["claim", "event", "position", "talks"]


def test_missing_article_is_a_json_404(client: TestClient) -> None:
    res = client.get("/api/articles/doesnotexist")
    assert res.status_code == 404
    assert res.json() == {"ok": False, "status": 404, "error": "No article with id 'doesnotexist'."}


def test_record_endpoints_and_their_filters(client: TestClient) -> None:
    assert client.get("/api/events").json()["total"] == 2
    assert client.get("/api/events", params={"type": "assault"}).json()["total"] == 1
    assert client.get("/api/events", params={"since": "2025-06-03"}).json()["total"] == 1
    assert client.get("/api/talks").json()["total"] == 2
    assert client.get("/api/positions", params={"issue": "ceasefire"}).json()["total"] == 2
    assert client.get("/api/positions", params={"actor": "RUS"}).json()["total"] == 1
    claims = client.get("/api/claims", params={"outlet": "Wire B"}).json()["items"]
    assert [c["value"] for c in claims] == [700]
    quote = client.get("/api/quotes", params={"actor": "Zelensky"}).json()["items"][0]
    assert quote["speaker"]["country"] == "UKR" and quote["source"]["outlet"] == "Wire B"


def test_matrix_facts_stories_timeline(client: TestClient) -> None:
    matrix = client.get("/api/positions/matrix").json()
    assert matrix["incompatible"] == ["ceasefire"]
    stories = client.get("/api/stories").json()
    istanbul = [s for s in stories["items"] if len(s["articles"]) == 2]
    assert istanbul, "the two Istanbul reports should form one story"
    facts = client.get("/api/facts").json()["items"]
    drones = [f for f in facts if f["about"] == "number"]
    assert drones and drones[0]["agree"] is False  # 472 against "around 700"
    assert client.get("/api/facts", params={"agree": "false"}).json()["total"] >= 1
    timeline = client.get("/api/timeline").json()["items"]
    assert [e["date"] for e in timeline] == sorted(e["date"] for e in timeline)
    talks = [e for e in timeline if e["kind"] == "talks"]
    assert len(talks) == 1 and talks[0]["sources"] == 2


def test_bad_parameters_are_json_errors(client: TestClient) -> None:
    res = client.get("/api/events", params={"limit": 0})
    assert res.status_code == 422 and res.json()["ok"] is False and "limit" in res.json()["error"]
    res = client.get("/api/events", params={"since": "June"})
    assert res.status_code == 422
    res = client.get("/api/nonsense")
    assert res.status_code == 404 and "Records:" in res.json()["error"]


def test_openapi_spec_lists_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/{kind}", "/api/facts", "/api/stories", "/api/timeline", "/api/ingest"):
        assert path in paths


def test_ingest_needs_the_token(fresh_client: TestClient) -> None:
    row = {"url": "https://news.example/x", "title": "Kallas visits Kyiv", "published": "2025-06-07",
           "outlet": "Wire C", "text": "EU foreign policy chief Kaja Kallas arrived in Kyiv on Saturday."}
    body = {"articles": [row], "extract": False}
    assert fresh_client.post("/api/ingest", json=body).status_code == 401
    wrong = fresh_client.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "token" in wrong.json()["error"]
    ok = fresh_client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["new"] == 1
    again = fresh_client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["new"] == 0
    assert fresh_client.get("/api/articles", params={"q": "Kallas"}).json()["total"] == 1


def test_ingest_a_file_upload(fresh_client: TestClient) -> None:
    text = (b"Kremlin rejects truce proposal\n\n"
            b"The Kremlin rejected a European proposal for a 30-day truce on Tuesday, officials in Moscow said.\n\n"
            b"Kremlin spokesman Dmitry Peskov told reporters that a pause would only let Ukraine rearm, and that "
            b"Russia would keep pressing its offensive until its conditions were met.\n\n"
            b"European diplomats said they would discuss further sanctions at a meeting in Brussels next week.\n")
    res = fresh_client.post("/api/ingest/file", files={"file": ("note.txt", text)}, data={"extract": "false"},
                            headers={"Authorization": f"Bearer {TOKEN}"})
    assert res.status_code == 200 and res.json()["new"] == 1


def test_ingest_refuses_private_addresses(fresh_client: TestClient) -> None:
    res = fresh_client.post("/api/ingest", json={"url": "http://127.0.0.1:9/x", "extract": False},
                            headers={"Authorization": f"Bearer {TOKEN}"})
    assert res.status_code == 200
    assert res.json()["rejected"] == 1 and "127.0.0.1" in res.json()["errors"][0]


def test_without_a_configured_token_ingest_is_off(corpus_db: str) -> None:
    with TestClient(create_app(ApiSettings(db=corpus_db))) as c:
        res = c.post("/api/ingest", json={"url": "https://news.example/"})
    assert res.status_code == 403 and "switched off" in res.json()["error"]


def test_reading_can_be_token_bound(corpus_db: str) -> None:
    with TestClient(create_app(ApiSettings(db=corpus_db, token=TOKEN, read_requires_token=True))) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/").status_code == 401
        assert c.get("/api/events", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
