"""The learned pair scorer of event merging (store/pair_model.py, learn/train_merge.py), on stories written for
these tests: a statement and its elaboration in the next sentence are one happening told twice in other words,
the same two sentences far apart in a long story are not taken for one; the shipped weights load, a malformed
file says what to do, and training on a slice of the hand-read pairs writes a model that loads."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from communique.learn.split import half
from communique.learn.train_merge import PAIRS, load_pairs, pair_data, train
from communique.model import Article, Event, Party, Record, Span, article_id
from communique.store.pair_model import FEATURES, PairModelError, features, load_model, same_by_model, shipped
from communique.store.same_event import Mention, Side, same_happening

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2021, 5, 4)
TITLE = "Campaign notes from the western states"
SPOKE = "Ruiz spoke with reporters about the campaign."
DISCUSSED = "She discussed her plans for the economy and why voters should back her."


def m(evidence: str, trigger: str, offset: int, article: str = "a1") -> Mention:
    return Mention(article, Side("USA", "Maria Ruiz", "PTY", None), Side(None, None, None, None), DAY, DAY,
                   "article", "", evidence, type="CONSULT", trigger=trigger, cameo="04", title=TITLE, offset=offset)


def test_an_act_and_its_elaboration_in_the_next_sentence_are_one_happening():
    a, b = m(SPOKE, "spoke", 3000), m(DISCUSSED, "discussed", 3000 + len(SPOKE) + 1)
    assert same_happening(a, b) is None  # no content word shared: the rule cannot join them
    assert same_by_model(a, b)


def test_the_same_sentences_far_apart_or_in_two_stories_are_not_joined():
    a = m(SPOKE, "spoke", 300)
    assert not same_by_model(a, m(DISCUSSED, "discussed", 6000))
    assert not same_by_model(a, m(DISCUSSED, "discussed", 300, article="a2"))


def test_features_follow_the_feature_list():
    a, b = m(SPOKE, "spoke", 0), m(DISCUSSED, "discussed", 46)
    x = features(a, b)
    assert x.shape == (len(FEATURES),) and np.isfinite(x).all()
    assert x[FEATURES.index("one act")] == 1.0  # speak and discuss: one block (CONFER) of the verb dictionary
    assert x[FEATURES.index("rule")] == 0.0
    assert features(a, replace(b, trigger="hosted"))[FEATURES.index("one act")] == 0.0


def test_the_shipped_model_loads_and_a_malformed_one_says_what_to_do(tmp_path):
    model = shipped()
    assert model.weights.shape == (len(FEATURES) + 1,) and np.isfinite(model.threshold)
    bad = tmp_path / "bad.npz"
    np.savez(bad, features=np.array(FEATURES[:-1]), weights=model.weights[:-1], mean=model.mean[:-1],
             scale=model.scale[:-1], threshold=np.array(0.0))
    with pytest.raises(PairModelError, match="retrain it with python -m communique.learn.train_merge"):
        load_model(bad)
    with pytest.raises(PairModelError, match="cannot read"):
        load_model(tmp_path / "missing.npz")


def test_training_on_a_slice_writes_a_model_that_loads(tmp_path):
    pairs = [p for p in load_pairs(ROOT / PAIRS) if half(p["id"]) == "working"][:160]
    data = pair_data(pairs)
    assert 0 < data.y.sum() < len(data.y)
    model, runs = train(data, seed=3, repeats=2)
    assert len(runs) == 2 and all(len(s) == len(pairs) for s in runs)
    model.save(tmp_path / "m.npz")
    again = load_model(tmp_path / "m.npz")
    assert again.threshold == model.threshold
    assert np.allclose(again.decision(data.x), model.decision(data.x))
    rule = data.x[:, FEATURES.index("rule")] == 1
    # the rule's merges are the surest: they score above the pairs the rule keeps apart, on average
    assert model.decision(data.x)[rule].mean() > model.decision(data.x)[~rule].mean()


def _ruiz_story() -> Record:
    lead = "Notes from a week on the road. " * 80  # the two sentences sit deep in a long story
    body = lead + SPOKE + " " + DISCUSSED
    start = len(lead)
    events = []
    for text, trig in ((SPOKE, "spoke"), (DISCUSSED, "discussed")):
        at = body.index(text, start)
        t = at + text.index(trig)
        events.append(Event(type="CONSULT", actor=[Party(name="Maria Ruiz", code="USA", sector="PTY")], recipient=[],
                            evidence=Span(at, at + len(text), text), trigger=Span(t, t + len(trig), trig),
                            cameo="04", quad=1, score=1.0, confidence=0.9))
    rec = Record(source="ruiz.html", article=Article(id=article_id(body), title=TITLE, text=body, date="2021-05-04"),
                 stage="events")
    rec.events = events
    return rec


def test_the_store_joins_them_into_one_merged_event(store):
    store.add([_ruiz_story()])
    assert store.count_events() == 2
    [merged] = store.events(merged=True)
    assert merged["mentions"] == 2
