"""Source names of any length or content are stored, on SQLite and on PostgreSQL (issue 17, item 1)."""

from __future__ import annotations

import hashlib

from communique.model import DocError, Record
from communique.store import keys

from .helpers import filler, rec, reopened

LONG = "https://example.org/" + "".join(hashlib.sha256(b"%d" % i).hexdigest() for i in range(200))
"""12,800 characters that do not compress: over PostgreSQL's ~2,700-byte index row, even TOASTed."""
NUL = "id-with\x00nul"
SURROGATE = "caf\udce9.html"  # a file name that is not UTF-8, as os.fsdecode gives it


def test_short_plain_names_are_their_own_keys_and_odd_ones_are_hashed():
    assert keys.source_key("pages/a.html") == "pages/a.html" and keys.full_name("pages/a.html") is None
    for odd in (LONG, NUL, SURROGATE):
        key = keys.source_key(odd)
        assert len(key) < 300 and "\x00" not in key and "#sha256:" in key
        key.encode("utf-8")  # storable
    assert keys.source_key(LONG) != keys.source_key(LONG + "b")  # the hash tells long names apart
    assert keys.full_name(NUL) == "id-with\\x00nul"


def test_long_and_odd_source_names_are_stored_with_the_rest_of_the_batch(store):
    batch = [rec(LONG, filler(1)), rec(NUL, filler(2)), rec(SURROGATE, filler(3)), rec("plain.html", filler(4))]
    summary = store.add(batch)
    assert (summary.stored, summary.failed) == (4, 0), summary
    assert store.counts()["sources"] == 4
    again = store.add(batch)  # the keys are stable: a second run finds the same sources
    assert (again.duplicates, store.counts()["sources"]) == (4, 4)


def test_failures_with_long_or_odd_names_are_recorded_and_listed_in_full(store):
    store.add([Record(source=LONG, error=DocError("unreadable", "binary")),
               Record(source=NUL, error=DocError("empty", "nothing\x00here"))])
    got = {f["source"]: f for f in store.failures()}
    assert set(got) == {LONG, "id-with\\x00nul"}
    assert got["id-with\\x00nul"]["message"] == "nothing\\x00here"


def test_a_document_the_database_refuses_is_recorded_inside_its_savepoint(store):
    """The failure row of a refused document goes in its own savepoint: a name that no index takes cannot
    abort the batch's transaction (PostgreSQL: 'current transaction is aborted')."""
    broken = rec(LONG, filler(5))
    broken.article.text = None  # the database refuses it (NOT NULL)
    summary = store.add([rec("a.html", filler(6)), broken, rec("b.html", filler(7))])
    assert (summary.stored, summary.failed, summary.reasons) == (2, 1, {"store_error": 1})
    [failure] = store.failures()
    assert failure["source"] == LONG and "rest of the batch was stored" in failure["message"]


def test_nul_in_url_site_and_title_never_reaches_the_database(store):
    r = rec("n.html", filler(8), url="https://example.org/a\x00b", site="Site\x00", title="T\x00itle")
    assert store.add([r]).stored == 1
    [row] = store.articles()
    assert row["url"] == "https://example.org/a\\x00b" and row["title"] == "T\\x00itle"


def test_a_version_3_store_migrates_and_keeps_resuming_by_name(store):
    from sqlalchemy import text

    from communique.ingest import known_sources
    from communique.store import schema as s

    store.add([rec("old.html", filler(9)), Record(source="gone.html", error=DocError("not_found", "no file"))])
    with store.engine.begin() as conn:  # back to the shape version 3 wrote
        for table in ("article_sources", "failures"):
            for column in ("source_name", "content_hash"):
                conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        conn.execute(s.meta.update().values(value="3"))
    with reopened(store) as again:
        with again.engine.connect() as conn:
            assert s.current_version(conn) == s.SCHEMA_VERSION
        known = known_sources(again)
        assert known.skip("old.html", None) and known.skip("old.html", "any hash")  # stored before: by name
        assert not known.skip("gone.html", None) and "gone.html" in known.failed  # an old failure is retried


def test_query_options_are_checked_and_every_iso_date_form_is_a_day(store):
    """Issue 17, item 10: dates were compared as text (20220123 matched nothing); typos gave 0 rows silently."""
    import pytest

    from .helpers import event, event_record

    body = filler(13)
    store.add([event_record("q.html", body, [event("CONSULT", "RUS", "UKR", body,
                                                   when=("2022-01-19", "2022-01-19", "day"))])])
    for since, until in (("20220119", "20220119"), ("2022-W03-3", "2022-W03-3"), ("2022-W03", "2022-W03"),
                         ("2022-01", "2022-01"), ("2022", "2022")):
        assert len(store.events(since=since, until=until)) == 1, (since, until)
    assert store.events(since="2022-W04") == []
    for bad in ({"since": "2022-13"}, {"modality": "bogus"}, {"dyad": "RUS:UKR:BLR"}, {"limit": -1}):
        with pytest.raises(ValueError):
            store.events(**bad)
