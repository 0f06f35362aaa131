"""The founding page in the web app: its denial shows as denied, events dated only by the article say so, and
the event filters for dates and place bases work through the API (FastAPI TestClient over the real store)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.web.app import create_app


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(create_app(web_db)) as c:
        yield c


def test_article_page_shows_the_denial(client, founding_id):
    html = client.get(f"/articles/{founding_id}").text
    assert 'data-stance="denied"' in html and "stance-denied" in html


def test_events_page_marks_article_dates(client):
    html = client.get("/events").text
    assert "(article date)" in html


def test_api_dated_only_and_place_basis(client):
    every = client.get("/api/events", params={"limit": 500}).json()
    dated = client.get("/api/events", params={"limit": 500, "dated_only": "true"}).json()
    assert 0 < dated["total"] < every["total"]
    assert all((e.get("when") or {}).get("granularity") != "article" for e in dated["items"])
    clause = client.get("/api/events", params={"limit": 500, "place_basis": "clause"}).json()
    assert clause["total"] >= 1 and all(e["where"]["basis"] == "clause" for e in clause["items"])
    bad = client.get("/api/events", params={"place_basis": "somewhere"})
    assert bad.status_code in (400, 422)
