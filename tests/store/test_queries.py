"""Queries over a store filled by the real pipeline (the founding page) and by hand-built records."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

import communique
from communique.store import open_store
from communique.store import schema as s

from .helpers import event, event_record, filler, rec

DAY = ("2022-01-21", "2022-01-21", "day")
CITIES = ["", "Geneva", "Ottawa", "Donetsk", "Kharkiv", "Moscow", "Minsk"]


@pytest.fixture(scope="module")
def founding_record(request):
    page = request.config.rootpath / "examples" / "ctv-joly-moscow-invitation.txt"
    return communique.process(page, date="2022-01-23")


def test_founding_page_is_queryable(store, founding_record):
    store.add([founding_record])
    art_id = founding_record.article.id
    full = store.article(art_id[:12])
    assert full["article"]["title"].startswith("Joly has") and full["story_id"] == art_id
    assert len(full["events"]) == len(founding_record.events)
    geneva = store.events(dyad="USA:RUS", type="CONSULT")
    assert geneva and geneva[0]["when"]["start"] == "2022-01-21" and geneva[0]["where"]["name"] == "Geneva"
    ev = geneva[0]
    assert full["article"]["text"][ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["text"]
    assert {e["type"] for e in store.events(actor="RUS")} >= {"MOBILIZE"}
    assert all(e["quad"] == 4 for e in store.events(quad=4))
    assert store.events(actor="RUS", since="2023") == []
    assert store.search("Stepanov ambassador")[0]["id"] == art_id
    assert "[" in store.search("Lavrov")[0]["snippet"]
    with store.engine.connect() as conn:
        speakers = {r[0] for r in conn.execute(text("SELECT speaker_name FROM quotes"))}
        people = {r[0]: r[1] for r in conn.execute(text("SELECT name, code FROM entities WHERE label='PERSON'"))}
    assert "Oleg Stepanov" in speakers and people["Sergei Lavrov"] == "RUS"


def _dated(i: int, type_: str, a: str, r: str | None, day: str, quad: int, score: float):
    body = f"Dispatch from {CITIES[i]}: " + filler(i, 150)
    return event_record(f"s{i}.html", body, [event(type_, a, r, body, when=(day, day, "day"), quad=quad,
                                                     score=score)], date=day)


@pytest.fixture
def filled(store):
    store.add([
        _dated(1, "CONSULT", "USA", "RUS", "2022-01-21", 1, 1.0),
        _dated(2, "SANCTION", "CAN", "RUS", "2022-01-10", 4, -5.0),
        _dated(3, "ACCUSE", "RUS", "UKR", "2022-02-03", 3, -2.0),
        _dated(4, "MOBILIZE", "RUS", "UKR", "2022-02-15", 4, -6.0),
        _dated(5, "AGREE", "RUS", "USA", "2022-02-16", 1, 3.0),
        _dated(6, "PROTEST", "BLR", None, "2022-03-01", 3, -1.0),
    ])
    return store


def test_event_filters(filled):
    assert [e["type"] for e in filled.events(actor="RUS")] == ["AGREE", "MOBILIZE", "ACCUSE"]  # newest first
    assert {e["actor_code"] for e in filled.events(recipient="rus")} == {"USA", "CAN"}
    assert [e["type"] for e in filled.events(dyad="RUS:UKR", quad=4)] == ["MOBILIZE"]
    assert [e["type"] for e in filled.events(type="consult,agree")] == ["AGREE", "CONSULT"]
    assert [e["date"] for e in filled.events(since="2022-02", until="2022-02")] == ["2022-02-16", "2022-02-15",
                                                                                     "2022-02-03"]
    assert [e["date"] for e in filled.events(until="2022-01-10")] == ["2022-01-10"]
    assert len(filled.events(limit=2, offset=1)) == 2 and filled.count_events(actor="RUS") == 3
    assert [e["type"] for e in filled.events(text="dispatch KHARKIV")] == ["MOBILIZE"]


@pytest.mark.parametrize("bad, message", [({"dyad": "RUSUKR"}, "ACTOR:RECIPIENT"), ({"since": "last week"}, "YYYY"),
                                           ({"quad": 7}, "1, 2, 3 or 4")])
def test_bad_filters_say_what_to_do(filled, bad, message):
    with pytest.raises(ValueError, match=message):
        filled.events(**bad)


def test_actors_and_actor_page(filled):
    codes = [a["code"] for a in filled.actors()]
    assert codes[0] == "RUS" and set(codes) == {"RUS", "USA", "CAN", "UKR", "BLR"}
    rus = filled.actor("rus")
    assert rus["as_actor"] == 3 and rus["as_recipient"] == 2
    partners = {p["code"]: p for p in rus["partners"]}
    assert partners["UKR"]["events"] == 2 and partners["UKR"]["quad"][4] == 1
    assert rus["types"]["MOBILIZE"] == 1 and {t["period"] for t in rus["timeline"]} == {"2022-01", "2022-02"}
    assert filled.actor("XYZ") is None


def test_dyad_timeline_both_directions(filled):
    months = filled.dyad_timeline("USA", "RUS")
    assert [(m["period"], m["quad"], m["events"], m["score"]) for m in months] == [
        ("2022-01", 1, 1, 1.0), ("2022-02", 1, 1, 3.0)]
    weeks = filled.dyad_timeline("RUS", "UKR", by="week")
    assert [w["period"] for w in weeks] == ["2022-01-31", "2022-02-14"]  # Mondays
    with pytest.raises(ValueError, match="month"):
        filled.dyad_timeline("RUS", "UKR", by="fortnight")


def test_stats(filled):
    st = filled.stats()
    assert (st["articles"], st["events"], st["merged_events"], st["stories"]) == (6, 6, 6, 6)
    assert st["first_date"] == "2022-01-10" and st["last_date"] == "2022-03-01"
    feb = next(p for p in st["by_period"] if p["period"] == "2022-02")
    assert (feb["events"], feb["quad1"], feb["quad3"], feb["quad4"]) == (3, 1, 1, 1)
    assert st["top_dyads"][0] == {"actor": "RUS", "recipient": "UKR", "events": 2}
    json.dumps(st)


def test_events_frame(filled):
    pd = pytest.importorskip("pandas")
    df = filled.events_frame(actor="RUS")
    assert isinstance(df, pd.DataFrame) and list(df["type"]) == ["AGREE", "MOBILIZE", "ACCUSE"]
    assert {"actor_code", "recipient_code", "date", "quad", "evidence", "mentions"} <= set(df.columns)


def test_version_1_store_is_migrated(tmp_path):
    """A store written before entities, events and search existed opens, gains them, and keeps its articles."""
    from sqlalchemy import create_engine

    path = tmp_path / "v1.db"
    engine = create_engine(f"sqlite:///{path}")
    body = filler(9, 150)
    with engine.begin() as conn:  # the tables exactly as version 1 made them
        for ddl in (
            "CREATE TABLE communique_meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE articles (id VARCHAR(40) PRIMARY KEY, title TEXT, text TEXT NOT NULL, date VARCHAR(10), "
            "authors TEXT NOT NULL, wire TEXT NOT NULL, site TEXT, url TEXT, language VARCHAR(8), "
            "error_kind VARCHAR(40), error_message TEXT, record TEXT NOT NULL, source TEXT NOT NULL, "
            "ingested_at VARCHAR(32) NOT NULL)",
            "CREATE TABLE article_sources (article_id VARCHAR(40) REFERENCES articles(id) ON DELETE CASCADE, "
            "source TEXT, url TEXT, ingested_at VARCHAR(32) NOT NULL, PRIMARY KEY (article_id, source))",
            "CREATE TABLE failures (id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, kind VARCHAR(40) NOT NULL, "
            "message TEXT NOT NULL, at VARCHAR(32) NOT NULL)",
        ):
            conn.execute(text(ddl))
        conn.execute(text("INSERT INTO communique_meta VALUES ('schema_version', '1')"))
        r = rec("old.html", body, title="Old story")
        conn.execute(text("INSERT INTO articles (id, title, text, authors, wire, record, source, ingested_at) "
                          "VALUES (:i, 'Old story', :t, '[]', '[]', :r, 'old.html', 'then')"),
                     {"i": r.article.id, "t": body, "r": json.dumps(r.to_dict())})
        conn.execute(text("INSERT INTO article_sources VALUES (:i, 'old.html', NULL, 'then')"), {"i": r.article.id})
    engine.dispose()
    with open_store(path) as st:
        [art] = st.articles()
        assert art["title"] == "Old story" and art["sources"] == 1
        assert st.search(body.split()[0])[0]["id"] == art["id"]
        assert st.article(art["id"])["story_id"] == art["id"]
        with st.engine.connect() as conn:
            assert s.current_version(conn) == s.SCHEMA_VERSION


@pytest.fixture
def with_place(filled):
    body = filler(11, 150)
    filled.add([event_record("g.html", body, [event("CONSULT", "USA", "RUS", body, when=DAY, place="Geneva")])])
    return filled


def test_timeline_and_places_are_counted_in_the_database(with_place):
    weeks = with_place.timeline(by="week", actor="RUS")
    assert sum(w["events"] for w in weeks) == 3 and [w["period"] for w in weeks][-1] == "2022-02-14"
    assert {(m["period"], m["quad"]): m["events"] for m in with_place.timeline()}[("2022-02", 4)] == 1
    [geneva] = with_place.places()
    assert (geneva["name"], geneva["country"], geneva["events"], geneva["types"]) == ("Geneva", "CHE", 1,
                                                                                      {"CONSULT": 1})
    assert with_place.places(actor="CAN") == []
