"""Deduplication: exact reprints, near-duplicate reprints (MinHash/LSH), and re-fetches of the same URL."""

from __future__ import annotations

from communique.store import near

from .helpers import event, event_record, filler, rec


def test_near_duplicate_reprint_is_one_story_with_two_sources(store):
    wire = filler(1, 200)
    reprint = "By Staff Reporter. GENEVA (Reuters) - " + wire.replace(wire.split()[-1], "") + " Copyright 2022."
    first = store.add([rec("site-a.html", wire, site="A")])
    second = store.add([rec("site-b.html", reprint, site="B")])
    assert (first.stored, second.stored, second.near_duplicates) == (1, 0, 1)
    [art] = store.articles()
    assert art["sources"] == 2
    full = store.article(art["id"])
    kinds = {s["source"]: (s["kind"], s["site"]) for s in full["sources"]}
    assert kinds == {"site-a.html": ("first", "A"), "site-b.html": ("near", "B")}
    assert next(s for s in full["sources"] if s["kind"] == "near")["similarity"] >= near.THRESHOLD


def test_different_stories_are_not_merged(store):
    summary = store.add([rec(f"s{i}.html", filler(i, 150)) for i in range(1, 6)])
    assert summary.stored == 5 and summary.near_duplicates == 0
    assert store.stats()["stories"] == 5


def test_short_texts_only_dedupe_exactly(store):
    store.add([rec("a.txt", "Troops crossed the border on Friday, officials said.")])
    store.add([rec("b.txt", "Troops crossed the border on Saturday, officials said.")])
    assert store.counts()["articles"] == 2


def test_same_url_refetched_updates_in_place(store):
    url = "https://news.example/story"
    old, new = filler(3, 150), filler(4, 150)
    store.add([event_record("fetch-1", old, [event("SANCTION", "CAN", "RUS", old, quad=4)], url=url)])
    summary = store.add([event_record("fetch-2", new, [event("ACCUSE", "CAN", "RUS", new, quad=3)], url=url)])
    assert summary.updated == 1
    [art] = store.articles()
    assert art["url"] == url and art["sources"] == 2
    assert [e["type"] for e in store.events()] == ["ACCUSE"]  # the old version's events went with it
    assert store.stats()["merged_events"] == 1
    assert store.search(new.split()[0])[0]["id"] == art["id"]
    only_old = next(w for w in old.split() if w not in new.split())
    assert store.search(only_old) == []


def test_signature_is_stable_and_estimates_similarity():
    a = near.signature(filler(7, 200))
    assert a is not None and (a == near.signature(filler(7, 200))).all()
    assert near.similarity(a, near.from_bytes(near.to_bytes(a))) == 1.0
    assert near.similarity(a, near.signature(filler(8, 200))) < 0.2
    assert near.signature("too short to compare") is None
