"""Bootstrap intervals of the dev-set figures: what a half's figure can tell apart."""

from __future__ import annotations

import pytest

from communique.learn.devsets import Item
from communique.learn.scoring import interval


def _items(right: int, wrong: int) -> list[Item]:
    # no events coded: class 0 is right where the gold class is 0, wrong where it is 4
    return [Item(id=f"r{i}", dataset="conflibert", text="", pentaclass=0) for i in range(right)] + \
        [Item(id=f"w{i}", dataset="conflibert", text="", pentaclass=4) for i in range(wrong)]


def test_the_interval_holds_the_figure_and_narrows_with_more_items():
    lo, hi = interval(small := _items(30, 30), [[] for _ in small], "conflibert", "accuracy", n=400)
    assert lo < 0.5 < hi and 0.15 < hi - lo < 0.35  # about 2 x 1.96 x sqrt(0.25 / 60)
    lo2, hi2 = interval(big := _items(300, 300), [[] for _ in big], "conflibert", "accuracy", n=400)
    assert lo2 < 0.5 < hi2 and hi2 - lo2 < (hi - lo) / 2


def test_the_interval_is_seeded_and_needs_items_of_the_set():
    items = _items(20, 10)
    events = [[] for _ in items]
    assert interval(items, events, "conflibert", "accuracy", n=200) == interval(items, events, "conflibert",
                                                                                 "accuracy", n=200)
    with pytest.raises(ValueError, match="no items of the set 'plv'"):
        interval(items, events, "plv", "linked_typed")


def test_recall_by_type_counts_each_gold_type_where_its_sentence_has_it():
    from types import SimpleNamespace

    from communique.learn.devsets import Gold
    from communique.learn.scoring import recall_by_type

    items = [Item(id="a", dataset="gsr", text="", gold=[Gold(frozenset({"PROTEST"})), Gold(frozenset({"AID"}))]),
             Item(id="b", dataset="gsr", text="", gold=[Gold(frozenset({"PROTEST"}))]),
             Item(id="c", dataset="plv", text="", gold=[Gold(frozenset({"CONCEDE", "RETREAT"}))])]
    events = [[SimpleNamespace(type="PROTEST")], [SimpleNamespace(type="ASSAULT")], [SimpleNamespace(type="RETREAT")]]
    assert recall_by_type(items, events) == {"gsr": {"PROTEST": "1/2 (0.50)", "AID": "0/1 (0.00)"},
                                             "plv": {"CONCEDE|RETREAT": "1/1 (1.00)"}}


def test_hand_labelled_batches_give_their_working_half_with_every_event(tmp_path):
    import json

    from communique.learn.devsets import read_labelled
    from communique.learn.split import half

    rows = [{"id": f"story-{i}#s0", "date": "2020-01-02", "text": "Police arrested two protesters in Lagos.",
             "events": [{"type": "COERCE", "actor": ["Police"], "recipient": ["two protesters"]},
                        {"type": "PROTEST", "also": ["REJECT"], "actor": ["two protesters"], "optional": True}]}
            for i in range(12)]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    items = read_labelled(path)
    assert items and all(half(it.id) == "working" and it.dataset == "wikinews" for it in items)
    assert len(items) + len(read_labelled(path, "checking")) == len(rows) == len(read_labelled(path, None))
    arrest, protest = items[0].gold
    assert arrest.types == {"COERCE"} and arrest.source == ((0, 6),) and arrest.target == ((16, 30),)
    assert protest.types == {"PROTEST", "REJECT"} and protest.optional


def test_ordinary_news_is_scored_by_type_with_optional_events_neither_missed_nor_false():
    from types import SimpleNamespace

    from communique.learn.devsets import Gold
    from communique.learn.scoring import wikinews

    item = Item(id="s", dataset="wikinews", text="", gold=[Gold(types=frozenset({"COERCE"})),
                                                           Gold(types=frozenset({"PROTEST"}), optional=True)])
    coerce, protest, aid = (SimpleNamespace(type=t) for t in ("COERCE", "PROTEST", "AID"))
    assert wikinews([item], [[coerce]])["f1"] == 1.0  # the optional protest not found: no miss
    assert wikinews([item], [[coerce, protest]])["precision"] == 1.0  # found: no false event either
    assert wikinews([item], [[aid]]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "events": 1}
