"""The Reuters-21578 merge set (bench/data/reuters_merge_pairs.jsonl): labelled pairs that hold no Reuters text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .scripts import bench_script

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "bench" / "data" / "reuters_merge_pairs.jsonl"
SIDE = {"story", "n", "date", "actor_name", "recipient_name", "actor", "recipient", "event"}


@pytest.fixture(scope="module")
def bench_merge():
    return bench_script("merge")


def _pairs() -> list[dict]:
    return [json.loads(line) for line in PAIRS.open(encoding="utf-8") if line.strip()]


def test_fields_and_labels():
    pairs = _pairs()
    assert len(pairs) >= 150 and sum(p["label"] == "same" for p in pairs) >= 50
    assert len({p["id"] for p in pairs}) == len(pairs)
    for p in pairs:
        assert p["label"] in ("same", "different") and p["why"] and p["read"]
        assert p["kind"] in p["stratum"] and p["stratum_size"] > 0
        for side in (p["a"], p["b"]):
            assert set(side) == SIDE and side["story"].startswith("reuters-")
            ev = side["event"]
            assert ev["type"] and ev["modality"]
            for span in (ev["evidence"], ev["trigger"]):
                assert 0 <= span["start"] < span["end"]
        assert (p["kind"] == "within") == (p["a"]["story"] == p["b"]["story"])


def test_no_reuters_text_is_shipped():
    """Research-only licence: no title, URL, evidence, trigger or date phrase text in the file."""
    for p in _pairs():
        for side in (p["a"], p["b"]):
            ev = side["event"]
            assert "title" not in side and "url" not in side
            assert "text" not in ev["evidence"] and "text" not in ev["trigger"]
            assert "text" not in (ev.get("when") or {})


def test_offsets_rebuild_from_the_corpus(bench_merge):
    pairs = bench_merge.reuters_pairs()
    if pairs is None:
        pytest.skip("the Reuters-21578 corpus is not in ../shared/data")
    for p in pairs:
        for side in (p["a"], p["b"]):
            ev = side["event"]
            evidence, trigger = ev["evidence"], ev["trigger"]
            assert evidence["text"].strip() and side["title"]
            assert evidence["start"] <= trigger["start"] < trigger["end"] <= evidence["end"]
            assert evidence["text"][trigger["start"] - evidence["start"]:][:len(trigger["text"])] == trigger["text"]


def test_absent_corpus_skips_cleanly(bench_merge, tmp_path):
    assert bench_merge.reuters_pairs(corpus=tmp_path / "none.jsonl") is None


def test_offsets_outside_the_story_are_refused(bench_merge, tmp_path):
    pair = _pairs()[0]
    story = pair["a"]["story"]
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": s, "date": "02-MAR-1987 10:00:00.00", "title": "T", "text": "Too short."}
            for s in {story, pair["b"]["story"]}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    one = tmp_path / "pairs.jsonl"
    one.write_text(json.dumps(pair) + "\n")
    with pytest.raises(ValueError):
        bench_merge.reuters_pairs(one, corpus)
