"""The small faults a researcher hit: huge offsets, mistyped addresses, the server's paths shown as sources."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.web.app import create_app
from communique.web.shown import shown_source

from .conftest import EXAMPLE


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(create_app(web_db)) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/events", "/api/articles", "/api/actors", "/events", "/articles"])
def test_huge_offsets_are_the_clients_mistake(client, path):
    r = client.get(path, params={"offset": 2**63})
    assert r.status_code == 422, r.text
    if not path.startswith("/api/"):
        assert r.headers["content-type"].startswith("text/html") and "offset" in r.text


def test_mistyped_addresses_get_an_html_page(client):
    r = client.get("/evnets")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "There is no page at /evnets" in r.text and 'href="/events"' in r.text
    r = client.get("/api/evnets")
    assert r.status_code == 404 and r.json()["detail"]


def test_sources_never_show_the_servers_paths(client, founding_id):
    assert str(EXAMPLE).startswith("/")  # the fixture stored the founding page by its absolute path
    rec = client.get(f"/api/articles/{founding_id}").json()
    assert rec["source"] == EXAMPLE.name and [s["source"] for s in rec["sources"]] == [EXAMPLE.name]
    events = client.get("/api/events", params={"article": founding_id}).json()["items"]
    assert events and {e["source"] for e in events} == {EXAMPLE.name}
    listed = client.get("/api/articles").json()["items"]
    assert all(not (a["source"] or "").startswith("/") for a in listed)
    for page in (f"/articles/{founding_id}", "/articles", f"/api/events?format=csv&article={founding_id}"):
        assert str(EXAMPLE.parent) not in client.get(page).text


def test_shown_source_keeps_urls_and_relative_paths():
    assert shown_source("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert shown_source("pages/a.html") == "pages/a.html"
    assert shown_source("/srv/crawl/2022.warc.gz@1234") == "2022.warc.gz@1234"
    assert shown_source("C:\\data\\feed.jsonl:5") == "feed.jsonl:5"
    assert shown_source("<stdin>") == "<stdin>" and shown_source(None) is None
