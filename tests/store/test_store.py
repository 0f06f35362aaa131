"""The store over a real connection: SQLite always, PostgreSQL when COMMUNIQUE_TEST_PG names one."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

import communique
from communique.model import DocError, Record
from communique.store import open_store
from communique.store import schema as s

from .helpers import rec

BODY = "Ministers met in Geneva on Friday to discuss the crisis. " * 5


def test_store_then_list(store):
    summary = store.add([rec("a.html", BODY, date="2022-01-21", title="Geneva talks")])
    assert (summary.stored, summary.duplicates, summary.failed) == (1, 0, 0)
    [row] = store.articles()
    assert row["title"] == "Geneva talks" and row["date"] == "2022-01-21" and row["sources"] == 1
    [full] = list(store.records())
    assert full["article"]["text"] == BODY


def test_idempotent_and_duplicates_gain_sources(store):
    store.add([rec("a.html", BODY)])
    again = store.add([rec("a.html", BODY)])
    assert (again.stored, again.duplicates) == (0, 1)
    other = store.add([rec("mirror.html", BODY.replace("  ", " ").upper())])  # same story, other outlet
    assert other.duplicates == 1
    assert store.counts() == {"articles": 1, "sources": 2, "failures": 0}


def test_failures_are_kept_with_reasons_and_not_repeated(store):
    bad = Record(source="x.html", error=DocError("unreadable", "binary content"))
    store.add([bad])
    store.add([bad])
    assert store.failures() == [{"source": "x.html", "kind": "unreadable", "message": "binary content",
                                 "at": store.failures()[0]["at"]}]
    store.add([rec("x.html", BODY)])  # fixed later: the failure goes away
    assert store.failures() == []


def test_a_record_the_database_refuses_does_not_sink_its_batch(store):
    store.add([rec("a.html", BODY)])
    broken = rec("b.html", "Another story entirely, with enough words to be stored here.")
    broken.article.text = None  # violates NOT NULL
    summary = store.add([rec("c.html", "A third story, stored in the same batch as the broken one."), broken,
                         rec("d.html", "A fourth story after the broken one, also stored.")])
    assert (summary.stored, summary.failed, summary.reasons) == (2, 1, {"store_error": 1})
    assert sorted(r["source"] for r in store.articles()) == ["a.html", "c.html", "d.html"]
    [failure] = store.failures()
    assert failure["source"] == "b.html" and "rest of the batch was stored" in failure["message"]


def test_schema_version_recorded(store):
    with store.engine.connect() as conn:
        assert s.current_version(conn) == s.SCHEMA_VERSION


def test_sqlite_is_wal_with_foreign_keys(tmp_path):
    st = open_store(tmp_path / "w.db")
    with st.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    st.close()
    assert sqlite3.connect(tmp_path / "w.db").execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_newer_store_is_refused(tmp_path):
    st = open_store(tmp_path / "n.db")
    with st.engine.begin() as conn:
        conn.execute(s.meta.update().values(value="999"))
    st.close()
    with pytest.raises(RuntimeError, match="upgrade communique"):
        open_store(tmp_path / "n.db")


def test_open_store_from_the_package(tmp_path):
    with communique.open_store(tmp_path / "p.db") as st:
        assert st.counts()["articles"] == 0


def test_control_characters_never_reach_the_store(store):
    """NUL cannot be stored in PostgreSQL; the article stage drops control characters, so both stores take it."""
    r = communique.process(clean_text="Troops\x00 crossed the border\x07 on Friday, officials said.\x1b " * 3,
                           date="2022-01-02")
    r.article.title = None
    assert "\x00" not in r.article.text and "\x07" not in r.article.text
    assert store.add([r]).stored == 1
