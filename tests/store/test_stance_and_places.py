"""The store keeps a quote's stance, leaves scare quotes out of its quote table, and keeps and filters an
event's place basis and whether its own words date it; an older store gains the columns (step 4)."""

from __future__ import annotations

import pytest

from communique.model import Quote, Speaker, When, Where

from .helpers import event, event_record, filler, reopened


def _records():
    a = event_record("a.html", filler(1), [
        event("CONSULT", "USA", "RUS", filler(1), when=("2022-01-21", "2022-01-21", "day"), place="Geneva"),
        event("SANCTION", "CAN", "RUS", filler(1), when=("2022-01-23", "2022-01-23", "article")),
    ], date="2022-01-23")
    a.events[1].where = Where("Ottawa", "CAN", 45.4, -75.7, basis="dateline", level="city")
    a.events[1].when = When("2022-01-23", "2022-01-23", "article", "")
    a.quotes = [
        Quote("indirect", "it intends to invade", 10, 30, Speaker("Russia", start=0, end=6), stance="denied"),
        Quote("partial", "open invitation", 40, 55),
        Quote("direct", "We will talk", 60, 72, Speaker(None, start=74, end=76)),
    ]
    return [a]


def test_quotes_keep_stance_and_leave_partial_out(store):
    from sqlalchemy import select

    from communique.store import schema as s

    store.add(_records())
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(s.quotes).order_by(s.quotes.c.n))]
    assert [r["kind"] for r in rows] == ["indirect", "direct"]
    assert rows[0]["stance"] == "denied" and rows[1]["stance"] == "asserted"
    assert rows[1]["speaker_name"] is None  # an unnamed pronoun speaker stays unnamed
    assert [r["n"] for r in rows] == [0, 2]  # n points back at the record's quote
    [art] = store.articles()
    rec = store.article(art["id"])
    assert [q["kind"] for q in rec["quotes"]] == ["indirect", "partial", "direct"]  # the record keeps all
    assert rec["quotes"][0]["stance"] == "denied"


def test_dated_only_and_place_basis_filters(store):
    store.add(_records())
    assert {e["type"] for e in store.events()} == {"CONSULT", "SANCTION"}
    assert [e["type"] for e in store.events(dated_only=True)] == ["CONSULT"]
    assert [e["type"] for e in store.events(place_basis="dateline")] == ["SANCTION"]
    assert [e["type"] for e in store.events(place_basis="clause")] == ["CONSULT"]
    assert store.count_events(place_basis="clause,dateline") == 2
    assert store.count_events(place_basis="none") == 0
    with pytest.raises(ValueError, match="place basis"):
        store.events(place_basis="somewhere")


def test_flat_rows_carry_dated_and_place_basis(store):
    store.add(_records())
    frame = store.events_frame()
    by_type = {r["type"]: r for r in frame.to_dict("records")}
    assert by_type["CONSULT"]["dated"] and by_type["CONSULT"]["place_basis"] == "clause"
    assert not by_type["SANCTION"]["dated"] and by_type["SANCTION"]["granularity"] == "article"
    assert by_type["SANCTION"]["place_basis"] == "dateline"


def test_a_version_3_store_gains_stance_and_place_basis(store):
    from sqlalchemy import text

    from communique.store import schema as s

    store.add(_records())
    with store.engine.begin() as conn:  # back to the shape version 3 wrote (as far as these columns go)
        conn.execute(text("ALTER TABLE quotes DROP COLUMN stance"))
        for column in ("place_basis", "place_level"):
            conn.execute(text(f"ALTER TABLE events DROP COLUMN {column}"))
        conn.execute(s.meta.update().values(value="3"))
    with reopened(store) as again:
        with again.engine.connect() as conn:
            assert s.current_version(conn) == s.SCHEMA_VERSION
        assert again.count_events() == 2
        assert again.count_events(place_basis="clause") == 2  # old rows with a place had it from their clause
        assert again.count_events(dated_only=True) == 1


def test_csv_and_parquet_have_the_columns(store, tmp_path):
    import csv
    import io

    import pyarrow.parquet as pq

    from communique.exports import write_events

    store.add(_records())
    write_events(store.events(), "csv", tmp_path / "e.csv")
    rows = {r["type"]: r for r in csv.DictReader(io.StringIO((tmp_path / "e.csv").read_text("utf-8")))}
    assert rows["SANCTION"]["dated"] == "False" and rows["SANCTION"]["place_basis"] == "dateline"
    assert rows["CONSULT"]["dated"] == "True"
    write_events(store.events(), "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert sorted(r["dated"] for r in table) == [False, True]
