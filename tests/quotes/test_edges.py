"""The learned argument tagger: it trains on a small slice and loads back, the shipped one loads offline and can be
turned off, and it adds an attribution only where the rules found none and someone is said to make it."""

from __future__ import annotations

from communique.learn import train_edges
from communique.quotes import find_quotes
from communique.quotes.edges import DEFAULT_PATH, default_edge_model
from communique.quotes.tagger import load_cue_model

from .test_tagger import _write_slice


def test_training_on_a_small_slice_writes_a_model_that_loads(tmp_path):
    _write_slice(tmp_path / "data")
    out = tmp_path / "edges.npz"
    train_edges.main(["--data", str(tmp_path / "data"), "--out", str(out), "--seed", "3"])
    model = load_cue_model(out)
    assert model.meta["seed"] == 3 and model.meta["articles"] == 12 and model.meta["positives"] > 0
    assert model.add == train_edges.ADD
    pos, neg = model.probs([["l=mock", "r=dobj>"], ["l=build", "r=dobj>"]])
    assert pos > neg  # "mocked the plan" attributes, "built a new factory" does not


def test_the_package_ships_no_weights_and_the_setting_turns_it_off(monkeypatch):
    """Off as shipped (it adds too little at precision 0.90); 'none' keeps it off whatever the package holds."""
    monkeypatch.delenv("COMMUNIQUE_EDGE_MODEL", raising=False)
    assert not DEFAULT_PATH.exists() and default_edge_model() is None
    monkeypatch.setenv("COMMUNIQUE_EDGE_MODEL", "none")
    assert default_edge_model() is None


def _parsed(text):
    from communique.annotate import Annotator
    from communique.model import Article, Record, article_id
    from communique.nlp.model import load

    rec = Record(source="t", article=Article(id=article_id(text), title=None, text=text), doc=load()(text))
    Annotator()(rec)
    return rec


def test_nothing_is_added_inside_what_the_rules_found():
    """A sentence the rules already attribute gets no second attribution from the model inside its content."""
    rec = _parsed("The senator said the committee would never discuss the budget before the election.")
    got = find_quotes(rec.doc, rec.entities)
    assert [q.cue.text for q in got if q.cue is not None] == ["said"]


def test_an_added_attribution_has_a_speaker():
    """Whatever the model adds names who is said to hold it: a pair with no subject is never scored."""
    from communique.quotes.edges import scan
    from communique.quotes.indirect import clause_candidates
    from communique.quotes.lexicon import default_lexicon
    from communique.quotes.speakers import subject_of

    rec = _parsed("Clinton's strength among the delegates appears to be understated. "
                  "The mayor would not discuss the plan to close the harbour.")
    lex = default_lexicon()
    text = rec.doc.text
    pairs, feats = scan(rec.doc, clause_candidates(rec.doc, lex, subject_of, text), lex, subject_of,
                        lambda _pos: False, text)
    assert pairs and len(pairs) == len(feats) and all(p.subject is not None for p in pairs)


def test_a_trained_model_adds_what_the_rules_miss(tmp_path):
    """A model trained on sentences of the slice's kind makes an attribution of a verb no list holds, with its
    speaker, where the rules (without the cue tagger) find none."""
    _write_slice(tmp_path / "data")
    out = tmp_path / "edges.npz"
    train_edges.main(["--data", str(tmp_path / "data"), "--out", str(out), "--seed", "3", "--add", "0.5"])
    model = load_cue_model(out)
    rec = _parsed("The council highlighted the failures of the new ferry service.")
    assert find_quotes(rec.doc, rec.entities, cue_model=None, edge_model=None) == []
    got = find_quotes(rec.doc, rec.entities, cue_model=None, edge_model=model)
    assert [q.cue.text for q in got] == ["highlighted"] and "the failures of the new ferry service" in got[0].text
    assert got[0].speaker is not None and "council" in (got[0].speaker.name or "")
