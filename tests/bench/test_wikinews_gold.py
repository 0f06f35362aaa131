"""The hand-labelled Wikinews event set (bench/data/wikinews_events_gold.jsonl) and its scorer's matching."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from .scripts import bench_script


@pytest.fixture(scope="module")
def bench_events():
    return bench_script("events")


def test_gold_file_validates(bench_events):
    rows = bench_events.read_wikinews_gold()
    assert len(rows) == 400 and len({r["story"] for r in rows}) == 80
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        for e in r["events"]:
            assert e["type"] in bench_events.PLOVER_TYPES
            assert all(s in r["text"] for s in (*e["actor"], *e["recipient"]))
    assert sum(1 for r in rows if not r["events"]) > 100  # ordinary sentences come in as they come


@pytest.mark.parametrize("fault", [
    {"id": "x#s1"},  # not the story's id
    {"events": [{"type": "PRAISE", "actor": [], "recipient": []}]},
    {"events": [{"type": "ASSAULT", "actor": ["Nobody here"], "recipient": []}]},
    {"events": [{"type": "ASSAULT", "actor": [], "recipient": [], "modality": "reported"}]},
])
def test_faults_are_refused(bench_events, tmp_path, fault):
    row = {"id": "w-1#s0", "story": "w-1", "start": 0, "end": 26, "text": "Police arrested a protester.",
           "events": []}
    row["end"] = len(row["text"])
    bad = tmp_path / "gold.jsonl"
    bad.write_text(json.dumps(row | fault) + "\n")
    with pytest.raises(ValueError):
        bench_events.read_wikinews_gold(bad)


def _party(name, span=None):
    return SimpleNamespace(name=name, span=SimpleNamespace(text=span) if span else None)


def test_matching_by_level(bench_events):
    gold = [{"type": "COERCE", "actor": ["Indian officials"], "recipient": ["a man"]},
            {"type": "ACCUSE", "actor": [], "recipient": [], "optional": True}]
    pred = [SimpleNamespace(type="COERCE", actor=[_party("officials", "Indian officials")], recipient=[]),
            SimpleNamespace(type="ACCUSE", actor=[_party("police")], recipient=[])]
    assert bench_events._match(gold, pred, 1) == [(0, 0), (1, 1)]
    assert bench_events._match(gold, pred, 2) == [(0, 0)]  # no gold actor: right only when none is predicted
    assert bench_events._match(gold, pred, 3) == []  # the recipient is missing
    pronoun = [{"type": "CONCEDE", "also": ["SUPPORT"], "actor": ["He"], "actor_ref": ["Donald Trump"],
                "recipient": []}]
    assert bench_events._match(pronoun, [SimpleNamespace(type="SUPPORT", actor=[_party("Trump", "He")],
                                                         recipient=[])], 3) == [(0, 0)]


def test_second_reader_file_and_agreement(bench_events):
    first = bench_events.read_wikinews_gold()
    second = bench_events.read_wikinews_gold(bench_events.WIKINEWS_READER2)
    texts = {r["id"]: r["text"] for r in first}
    assert len(second) == 100 and len({r["story"] for r in second}) == 20
    assert all(texts.get(r["id"]) == r["text"] for r in second)  # the same sentences, the same ids
    row = bench_events.reader_agreement(first, second)[0]
    assert row["sentences"] == 100
    for name in ("type", "+actor", "+recipient"):
        assert 0.0 <= row[f"{name} F1"] <= 1.0
    assert row["type F1"] >= row["+actor F1"] >= row["+recipient F1"]
    assert -1.0 <= row["kappa, any event"] <= 1.0
    assert bench_events.wikinews_agreement()[0]["sentences"] == 100


def test_a_reader_agrees_with_itself(bench_events):
    second = bench_events.read_wikinews_gold(bench_events.WIKINEWS_READER2)
    row = bench_events.reader_agreement(second, second)[0]
    assert row["type F1"] == row["+actor F1"] == row["+recipient F1"] == 1.0
    assert row["kappa, any event"] == row["kappa, required event"] == 1.0
    assert bench_events.reader_disagreements(second, second) == []


def test_agreement_counts_optional_events_as_the_scorer_does(bench_events):
    row = {"id": "w-1#s0", "story": "w-1", "start": 0, "end": 10, "text": "x"}
    first = [row | {"events": [{"type": "COERCE", "actor": [], "recipient": []},
                               {"type": "ASSAULT", "actor": [], "recipient": [], "optional": True}]},
             row | {"id": "w-1#s1", "events": []}]
    second = [row | {"events": [{"type": "COERCE", "actor": [], "recipient": []},
                                {"type": "PROTEST", "actor": [], "recipient": [], "optional": True}]},
              row | {"id": "w-1#s1", "events": [{"type": "REJECT", "actor": [], "recipient": []}]}]
    out = bench_events.reader_agreement(first, second)[0]
    # the unmatched optional events of either reader count for nothing; the REJECT only reader 2 saw is false
    assert (out["type P"], out["type R"]) == (0.5, 1.0)
    assert out["kappa, any event"] == out["kappa, required event"] == 0.0  # one sentence each way: chance
    assert bench_events._kappa([True, False, True, False], [True, False, False, False]) == 0.5


def test_disagreements_by_kind(bench_events):
    row = {"id": "w-1#s0", "story": "w-1", "start": 0, "end": 10, "text": "x"}
    first = [row | {"events": [{"type": "ACCUSE", "actor": ["the court"], "recipient": []},
                               {"type": "REJECT", "actor": [], "recipient": []}]}]
    second = [row | {"events": [{"type": "ACCUSE", "actor": ["the court"], "recipient": [], "optional": True},
                                {"type": "AGREE", "actor": [], "recipient": ["the AU"]}]}]
    kinds = sorted(k.split(":")[0] for _, k in bench_events.reader_disagreements(first, second))
    assert kinds == ["only reader 1", "only reader 2", "required or optional"]
