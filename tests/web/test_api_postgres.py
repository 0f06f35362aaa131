"""The same API over PostgreSQL (when COMMUNIQUE_TEST_PG names a server): a database of its own, so
that other tests using the server are not disturbed."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from communique.store import database_url, open_store
from communique.web.app import create_app

from ..postgres import needs_postgres
from ..postgres import url as pg_url

pytestmark = needs_postgres
DB_NAME = "communique_web_test"


@pytest.fixture(scope="module")
def pg_client(web_records):
    admin = create_engine(database_url(pg_url()), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {DB_NAME}"))
    url = make_url(database_url(pg_url())).set(database=DB_NAME).render_as_string(hide_password=False)
    url = url.replace("postgresql+psycopg://", "postgresql://")
    with open_store(url) as store:
        store.add(web_records)
    with TestClient(create_app(url)) as client:
        yield client
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)"))
    admin.dispose()


def test_postgres_api_matches_what_was_stored(pg_client, web_db):
    with TestClient(create_app(web_db)) as lite:
        for path, params in [("/api/stats", {}), ("/api/events", {"actor": "RUS"}), ("/api/events", {"quad": 4}),
                             ("/api/actors/RUS", {}), ("/api/dyads/USA/RUS/timeline", {"by": "week"})]:
            pg, sq = pg_client.get(path, params=params), lite.get(path, params=params)
            assert pg.status_code == sq.status_code == 200, (path, pg.text)
            if path == "/api/events":
                assert pg.json()["total"] == sq.json()["total"]
            if path == "/api/stats":
                keys = ("articles", "events", "merged_events")
                assert {k: pg.json()[k] for k in keys} == {k: sq.json()[k] for k in keys}
        assert pg_client.get("/api/articles", params={"q": "Stepanov invitation"}).json()["items"]


def test_postgres_pages_render(pg_client):
    for path in ("/", "/events?actor=RUS", "/actors/RUS", "/articles", "/map", "/search?q=Lavrov"):
        r = pg_client.get(path)
        assert r.status_code == 200 and "<script>alert" not in r.text, path
