"""The REST API over a real store filled by the real pipeline (FastAPI TestClient, no server)."""

from __future__ import annotations

import csv
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from communique.web.app import CSP, create_app

from .conftest import XSS_PLACE, XSS_TITLE

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(create_app(web_db)) as c:
        yield c


def test_stats_count_what_the_pipeline_stored(client):
    st = client.get("/api/stats").json()
    assert st["articles"] == 2
    assert st["events"] >= 10
    assert st["top_dyads"] and {"actor", "recipient", "events"} <= set(st["top_dyads"][0])


def test_articles_page_and_search(client, founding_id):
    page = client.get("/api/articles", params={"limit": 1}).json()
    assert page["total"] == 2 and len(page["items"]) == 1 and page["next_offset"] == 1
    rest = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert rest["next_offset"] is None and rest["items"][0]["id"] != page["items"][0]["id"]
    found = client.get("/api/articles", params={"q": "invitation Stepanov"}).json()["items"]
    assert [a["id"] for a in found] == [founding_id]


def test_article_is_the_full_schema_record(client, founding_id):
    rec = client.get(f"/api/articles/{founding_id}").json()
    assert {"source", "error", "article", "entities", "quotes", "events", "sources"} <= set(rec)
    text = rec["article"]["text"]
    assert rec["article"]["title"].startswith("Joly has 'open invitation'")
    for q in rec["quotes"]:
        assert text[q["start"]:q["end"]].strip()
    assert any(q["speaker"] and q["speaker"]["name"] == "Oleg Stepanov" for q in rec["quotes"])
    assert client.get("/api/articles/0000000000").status_code == 404


def test_event_filters(client):
    everything = client.get("/api/events", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["items"]) >= 10
    rus = client.get("/api/events", params={"actor": "RUS"}).json()["items"]
    assert rus and all(any(p["code"] == "RUS" for p in ev["actor"]) for ev in rus)
    assert len(rus) < everything["total"]
    dyad = client.get("/api/events", params={"dyad": "USA:RUS"}).json()["items"]
    assert dyad and all(any(p["code"] == "USA" for p in e["actor"]) and any(p["code"] == "RUS" for p in e["recipient"])
                        for e in dyad)
    sanctions = client.get("/api/events", params={"type": "sanction"}).json()["items"]
    assert sanctions and {e["type"] for e in sanctions} == {"SANCTION"}
    conflict = client.get("/api/events", params={"quad": 4}).json()["items"]
    assert conflict and {e["quad"] for e in conflict} == {4}
    geneva = client.get("/api/events", params={"since": "2022-01-21", "until": "2022-01-21"}).json()["items"]
    assert geneva and all(e["when"]["start"] <= "2022-01-21" <= e["when"]["end"] for e in geneva)
    negated = client.get("/api/events", params={"modality": "negated"}).json()["items"]
    assert {e["modality"] for e in negated} == {"negated"}
    words = client.get("/api/events", params={"text": "Geneva"}).json()["items"]
    assert words and len(words) < everything["total"]
    merged = client.get("/api/events", params={"merged": "true"}).json()
    assert 0 < merged["total"] <= everything["total"] and "mentions" in merged["items"][0]


def test_event_paging_is_stable(client):
    one = client.get("/api/events", params={"limit": 3}).json()
    two = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert one["next_offset"] == 3 and not {e["id"] for e in one["items"]} & {e["id"] for e in two["items"]}


@pytest.mark.parametrize("params", [{"quad": 7}, {"since": "yesterday"}, {"dyad": "RUS"}, {"format": "xml"},
                                    {"actor": "<script>"}, {"limit": 0}])
def test_bad_filters_are_422_with_reasons(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422 and r.json()["detail"]


def test_events_as_csv_and_jsonl(client):
    r = client.get("/api/events", params={"actor": "RUS", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    n = client.get("/api/events", params={"actor": "RUS"}).json()["total"]
    assert len(rows) == n and all(row["actor_code"] == "RUS" for row in rows)
    assert {"type", "actor_code", "recipient_code", "date", "place_name", "modality", "evidence"} <= set(rows[0])
    lines = client.get("/api/events", params={"actor": "RUS", "format": "jsonl"}).text.splitlines()
    assert len(lines) == n and json.loads(lines[0])["evidence"]["text"]


def test_actors_actor_and_dyad_timeline(client):
    actors = client.get("/api/actors").json()["items"]
    assert {"RUS", "CAN", "USA"} <= {a["code"] for a in actors}
    rus = client.get("/api/actors/RUS").json()
    assert rus["as_actor"] > 0 and any(p["code"] == "CAN" for p in rus["partners"])
    assert client.get("/api/actors/XXX").status_code == 404
    month = client.get("/api/dyads/USA/RUS/timeline").json()
    assert month["by"] == "month" and month["periods"]
    total = sum(p["events"] for p in month["periods"])
    both = sum(client.get("/api/events", params={"dyad": d}).json()["total"] for d in ("USA:RUS", "RUS:USA"))
    assert total == both  # both directions
    assert all(p["events"] == sum(p[f"quad{q}"] for q in (1, 2, 3, 4)) for p in month["periods"])
    week = client.get("/api/dyads/USA/RUS/timeline", params={"by": "week"}).json()
    assert sum(p["events"] for p in week["periods"]) == total
    assert client.get("/api/dyads/USA/RUS/timeline", params={"by": "day"}).status_code == 422


def test_openapi_and_docs_are_served_offline(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/events", "/api/actors/{code}", "/api/dyads/{a}/{b}/timeline", "/api/stats",
            "/api/ingest"} <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/stats", "/docs", "/static/app.css", "/api/articles/nope"])
def test_security_headers_everywhere(client, path):
    r = client.get(path)
    assert r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP and "default-src 'self'" in CSP
    assert r.headers["x-content-type-options"] == "nosniff"


def test_read_only_without_a_token(client):
    r = client.post("/api/ingest", json={"clean_text": "Russia sanctioned Canada."})
    assert r.status_code == 403 and "--token" in r.json()["detail"]


@pytest.fixture(scope="module")
def writer(web_db, tmp_path_factory):
    """An app with a token over a copy of the store (ingest must not change what other tests read)."""
    import shutil

    db = tmp_path_factory.mktemp("writable") / "w.db"
    shutil.copy(web_db, db)
    with TestClient(create_app(db, token=TOKEN, max_body=200_000)) as c:
        yield c


def test_ingest_needs_the_right_token(writer):
    body = {"clean_text": "Russia sanctioned Canada on Monday."}
    assert writer.post("/api/ingest", json=body).status_code == 401
    assert writer.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert writer.post("/api/ingest", json=body, headers={"Authorization": f"Basic {TOKEN}"}).status_code == 401


def test_ingest_text_runs_the_pipeline_and_stores(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = ("Canadian Prime Minister Justin Trudeau met with Ukrainian President Volodymyr Zelensky in Kyiv "
            "on Tuesday, officials said. Canada imposed new sanctions on Russia.")
    r = writer.post("/api/ingest", json={"clean_text": text, "date": "2022-05-10"}, headers=auth)
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["outcome"] == "stored" and got["events"] >= 1
    rec = writer.get(got["url"]).json()
    assert rec["article"]["text"] == text and rec["article"]["date"] == "2022-05-10"
    again = writer.post("/api/ingest", json={"clean_text": text, "date": "2022-05-10"}, headers=auth).json()
    assert again["outcome"] == "duplicate"
    assert writer.post("/api/ingest", json={"text": "x", "html": "y"}, headers=auth).status_code == 422
    assert writer.post("/api/ingest", json={}, headers=auth).status_code == 422


def test_bodies_over_the_limit_are_413(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"clean_text": "word " * 100_000}
    r = writer.post("/api/ingest", json=big, headers=auth)
    assert r.status_code == 413 and "limit" in r.json()["detail"]

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(100):
            yield b"x" * 10_000

    r = writer.post("/api/ingest", content=chunks(), headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413


class _Page(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = (b"<html><head><title>Russia and Canada trade sanctions</title></head><body><article>"
                b"<h1>Russia and Canada trade sanctions</h1><p>Russia banned nine Canadian officials from "
                b"entering the country on Monday, the foreign ministry in Moscow said in a statement.</p>"
                b"<p>The move came after Canada imposed sanctions on nine Russian officials last month, "
                b"Canadian officials said. Foreign Minister Melanie Joly condemned the decision.</p>"
                b"</article></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def page_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/story.html"
    server.shutdown()


def test_ingest_url_refuses_loopback_unless_allowed(writer, page_server, web_db, tmp_path):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = writer.post("/api/ingest", json={"url": page_server}, headers=auth)
    assert r.status_code == 403 and "loopback" in r.json()["detail"]
    r = writer.post("/api/ingest", json={"url": "file:///etc/passwd"}, headers=auth)
    assert r.status_code == 400 and "http" in r.json()["detail"]
    with TestClient(create_app(tmp_path / "open.db", token=TOKEN, allow_private=True)) as c:
        r = c.post("/api/ingest", json={"url": page_server, "date": "2022-02-01"}, headers=auth)
        assert r.status_code == 200, r.text
        got = r.json()
        assert got["outcome"] == "stored" and got["title"] == "Russia and Canada trade sanctions"
        rec = c.get(got["url"]).json()
        assert rec["article"]["url"] == page_server and rec["sources"][0]["url"] == page_server


def test_pages_escape_hostile_article(client, hostile_id):
    html = client.get(f"/articles/{hostile_id}").text
    assert XSS_TITLE not in html and "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "<script>alert" not in html and "<b onmouseover" not in html
    assert 'href="javascript:' not in html
    for path in ("/", "/events", "/articles", "/search?q=Lavrov", "/map", "/actors/RUS", "/actors/USA"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page and "</script><script>" not in page, path
    map_page = client.get("/map").text
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert" in map_page  # the place name, escaped in the JSON
    places = [(e["where"] or {}).get("name") for e in client.get("/api/events", params={"limit": 1000}).json()["items"]]
    assert XSS_PLACE in places  # stored and served as data, unchanged


def test_events_sorted_by_the_store_and_bad_sorts_refused(client):
    types = [e["type"] for e in client.get("/api/events", params={"sort": "type", "limit": 1000}).json()["items"]]
    assert types == sorted(types) and len(types) > 3
    down = [e["type"] for e in client.get("/api/events", params={"sort": "-type", "limit": 1000}).json()["items"]]
    assert down == sorted(types, reverse=True)
    r = client.get("/api/events", params={"sort": "colour"})
    assert r.status_code == 400 and "cannot sort by 'colour'" in r.json()["detail"]
    both = client.get("/api/events", params={"actor": "RUS,USA"}).json()["items"]
    assert {e["actor_code"] for e in both} == {"RUS", "USA"}


def test_dashboard_charts_start_a_year_before_the_first_article():
    from communique.web.pages import chart_start

    assert chart_start({"articles_first_date": "2019-01-04"}) == "2018-01"
    assert chart_start({"articles_first_date": None}) is None
