"""``Actor.basis`` kept by the store (entities, event rows) and the exports, and an older store gains the columns."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from communique.model import Actor, Article, Entity, Event, Party, Record, Span, article_id
from communique.store import open_store
from communique.store import schema as s

from ..postgres import backends, empty_store

BODY = ("Conservative leader Tom Halvey met Duma deputy Ivan Sorokin in Leeds on Monday, and the two men "
        "agreed to meet again in the spring to talk about trade between their countries and about fishing.")


def record() -> Record:
    r = Record(source="basis.txt", stage="events",
               article=Article(id=article_id(BODY), title="Basis", text=BODY, date="2004-11-10"))
    r.entities = [
        Entity("e1", "Tom Halvey", "PERSON", Actor("GBR", "OPP", name="Tom Halvey", basis="party"),
               [Span(0, 30, BODY[0:30])]),
        Entity("e2", "Ivan Sorokin", "PERSON", Actor("RUS", "LEG", name="Ivan Sorokin", basis="institution"),
               [Span(35, 59, BODY[35:59])]),
    ]
    r.events = [Event(type="CONSULT", actor=[Party("Tom Halvey", "GBR", "OPP", entity="e1")],
                      recipient=[Party("Ivan Sorokin", "RUS", "LEG", entity="e2")],
                      evidence=Span(0, len(BODY), BODY), cameo="04", quad=1, score=1.0)]
    return r


@pytest.fixture(params=backends())
def store(request, tmp_path):
    st = empty_store(request.param, tmp_path / "b.db")
    yield st
    st.close()


def test_store_and_exports_keep_the_basis(store, tmp_path):
    store.add([record()])
    with store.engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT eid, basis FROM entities ORDER BY eid")).all())
    assert rows == {"e1": "party", "e2": "institution"}
    [ev] = store.events()
    assert (ev["actor_basis"], ev["recipient_basis"]) == ("party", "institution")
    frame = store.events_frame()
    assert list(frame["actor_basis"]) == ["party"] and list(frame["recipient_basis"]) == ["institution"]
    stored = store.article(article_id(BODY))
    assert {e["id"]: e["actor"]["basis"] for e in stored["entities"]} == {"e1": "party", "e2": "institution"}


def test_a_store_without_the_basis_columns_gains_them(tmp_path):
    path = tmp_path / "old.db"
    with open_store(path):
        pass
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # the store as version 3 left these tables: no basis columns
        for table, col in (("entities", "basis"), ("events", "actor_basis"), ("events", "recipient_basis")):
            conn.execute(text(f'ALTER TABLE {table} DROP COLUMN "{col}"'))
        conn.execute(text("UPDATE communique_meta SET value = '3' WHERE key = 'schema_version'"))
    engine.dispose()
    with open_store(path) as st:
        with st.engine.connect() as conn:
            assert s.current_version(conn) == s.SCHEMA_VERSION
        st.add([record()])
        [ev] = st.events()
        assert ev["actor_basis"] == "party"
