"""The learned cue tagger: it trains on a small slice and loads back, the shipped one loads offline, and on sentences
written for these tests it finds attributions whose verbs no list of data/quotes.yaml holds."""

from __future__ import annotations

import numpy as np
import pytest

from communique.learn import train_cues
from communique.learn.split import half
from communique.quotes import find_quotes
from communique.quotes.lexicon import default_lexicon
from communique.quotes.tagger import DEFAULT_PATH, CueModel, CueModelError, default_cue_model, load_cue_model

_SLICE = [
    ("The mayor mocked the plan to close the harbour before the election.", "mocked", "the plan to close the harbour"),
    ("Critics touted the bill as a lifeline for farmers.", "touted", "the bill as a lifeline for farmers"),
    ("The union highlighted the failures of the safety regime.", "highlighted", "the failures of the safety regime"),
    ("She stressed that the vote would go ahead.", "stressed", "the vote would go ahead"),
    ("The minister went to Paris on Monday.", None, None),
    ("The company built a new factory near the river.", None, None),
]


def _write_slice(base, n: int = 12) -> None:
    """A PolNeAR-shaped folder (brat standoff) of sentences written for this test, every file in the working half."""
    (base / "text").mkdir(parents=True)
    (base / "attributions").mkdir()
    k = made = 0
    while made < n:
        stem = f"t{k:03d}"
        k += 1
        if half(stem) != "working":
            continue
        text, cue, content = _SLICE[made % len(_SLICE)]
        (base / "text" / f"{stem}.txt").write_text(text, "utf-8")
        ann = ""
        if cue is not None:
            c0, t0 = text.index(cue), text.index(content)
            ann = (f"T1\tCue {c0} {c0 + len(cue)}\t{cue}\nT2\tContent {t0} {t0 + len(content)}\t{content}\n"
                   f"T3\tAttribution {c0} {c0 + len(cue)}\t{cue}\nE1\tAttribution:T3 Content:T2 Cue:T1\n")
        (base / "attributions" / f"{stem}_abcd.ann").write_text(ann, "utf-8")
        made += 1


def test_training_on_a_small_slice_writes_a_model_that_loads(tmp_path):
    _write_slice(tmp_path / "data")
    out = tmp_path / "cues.npz"
    train_cues.main(["--data", str(tmp_path / "data"), "--out", str(out), "--seed", "3", "--folds", "2"])
    model = load_cue_model(out)
    assert model.meta["seed"] == 3 and model.meta["articles"] == 12 and model.meta["positives"] > 0
    assert model.add == train_cues.ADD and model.drop == train_cues.DROP
    pos, neg = model.probs([["l=mock", "k=dobj"], ["l=build", "k=dobj"]])
    assert pos > neg  # "mocked the plan" attributes, "built a new factory" does not


def test_a_model_of_the_wrong_shape_or_file_is_refused(tmp_path):
    with pytest.raises(CueModelError, match="train_cues"):
        CueModel(["a", "b"], np.zeros(3), 0.0)
    bad = tmp_path / "cues.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(CueModelError, match="COMMUNIQUE_CUE_MODEL"):
        load_cue_model(bad)


def test_the_setting_turns_the_tagger_off(monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CUE_MODEL", "none")
    assert default_cue_model() is None


def test_the_shipped_model_loads_offline():
    assert DEFAULT_PATH.exists(), "the package ships its cue model"
    model = load_cue_model(DEFAULT_PATH)
    assert 0 < model.add < 1 and 0 <= model.drop < model.add and model.meta.get("examples")
    assert "highlight" in model.lemmas and "build" not in model.lemmas  # the verbs it looks at


_UNLISTED = [
    # (sentence, the verb no list holds, the speaker, words of what is attributed)
    ("Senator Maria Lopez highlighted the failures of the state's flood defences.", "highlight", "Maria Lopez",
     "the failures of the state's flood defences"),
    ("The governor championed a bill that would raise the minimum wage.", "champion", "governor",
     "a bill that would raise the minimum wage"),
    ("Prime Minister Jean Dupont outlined a plan to cut emissions by half.", "outline", "Jean Dupont",
     "a plan to cut emissions"),
    ("The ambassador detailed the concessions his government had offered.", "detail", "ambassador",
     "the concessions his government had offered"),
    ("Economist Lars Holm foresaw a sharp rise in unemployment next year.", "foresee", "Lars Holm",
     "a sharp rise in unemployment"),
    ("Mayor Tom Reyes assailed the council's decision to close the library.", "assail", "Tom Reyes",
     "the council's decision to close the library"),
]


@pytest.mark.parametrize(("text", "verb", "speaker", "words"), _UNLISTED)
def test_cues_the_lists_miss_are_found(quotes_of, text, verb, speaker, words):
    lex = default_lexicon()
    assert all(verb not in words_ for words_ in (lex.indirect_cues, lex.intention, lex.object_verbs,
                                                  lex.about_verbs, lex.for_verbs, lex.to_verbs, lex.as_verbs))
    got = [q for q in quotes_of(text) if q.cue is not None and q.cue.text.lower().startswith(verb[:3])]
    assert got, f"no attribution cued by {verb!r} in {text!r}"
    q = got[0]
    assert words in q.text and q.speaker is not None and speaker in (q.speaker.name or "")


def test_the_rules_alone_miss_them():
    """Without the tagger the same sentences have no attribution at all: what the model adds."""
    from communique.annotate import Annotator
    from communique.model import Article, Record, article_id
    from communique.nlp.model import load

    nlp = load()
    annotator = Annotator()
    for text, *_ in _UNLISTED:
        rec = Record(source="t", article=Article(id=article_id(text), title=None, text=text), doc=nlp(text))
        annotator(rec)
        assert find_quotes(rec.doc, rec.entities, cue_model=None, edge_model=None) == []


@pytest.mark.parametrize("text", [
    "Moscow banned nine Canadian officials from entering the country indefinitely last spring.",
    "Police arrested three opposition activists outside the parliament on Monday.",
    "The army deployed two battalions to the northern border last week.",
])
def test_a_verb_of_a_material_act_is_no_cue(quotes_of, text):
    """A verb the event patterns list for a material act does something to its object and states nothing."""
    assert quotes_of(text) == [], [(q.cue.text if q.cue is not None else None, q.text) for q in quotes_of(text)]


def test_the_tagger_knows_a_report_within_a_report():
    """A verb inside what another cue attributes is a nested report, with its own odds of being one."""
    from communique.nlp.model import load
    from communique.quotes.indirect import clause_candidates
    from communique.quotes.speakers import subject_of
    from communique.quotes.tagger import scan

    lex = default_lexicon()
    doc = load()("The senator said the mayor mocked the plan to close the harbour.")
    found, feats = scan(doc, clause_candidates(doc, lex, subject_of), lex, subject_of, rules=True)
    by_verb = {f.tok.text: fs for f, fs in zip(found, feats, strict=True)}
    assert "cx=inTrue" in by_verb["mocked"] and "cx=inFalse" in by_verb["said"], by_verb
