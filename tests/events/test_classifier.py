"""The learned event classifier: training runs on a small slice of labelled sentences, the result loads and
decides, the shipped model loads offline, and the coder keeps parties that have no country."""

from __future__ import annotations

import json

import numpy as np
import pytest

import communique
from communique.events.classifier import DEFAULT_PATH, NONE, ModelError, TypeModel, load_model
from communique.learn import train_coder
from communique.learn.devsets import _marked_spans, read_plv

SENTENCES = [  # sentences of our own, marked like PLV: <s>source</s>, <t>target</t>
    ("<s>The rebels</s> attacked <t>an army convoy</t> near the border on Monday.", "ASSAULT"),
    ("<s>Police</s> arrested <t>three opposition activists</t> in the capital.", "COERCE"),
    ("<s>The minister</s> praised <t>the aid workers</t> for their courage.", "SUPPORT"),
    ("<s>The governor</s> met <t>the union leaders</t> for talks on Friday.", "CONSULT"),
    ("<s>The senator</s> accused <t>the agency</t> of hiding the report.", "ACCUSE"),
    ("<s>The company</s> rejected <t>the workers' demands</t> for higher pay.", "REJECT"),
    ("<s>The charity</s> sent food and medicine to <t>the flood victims</t>.", "AID"),
    ("<s>Students</s> protested against <t>the university</t> outside its offices.", "PROTEST"),
    ("<s>The mayor</s> apologised to <t>residents</t> for the delays.", "YIELD"),
    ("<s>The militia</s> threatened to attack <t>the villagers</t> again.", "THREATEN"),
]


@pytest.fixture(scope="module")
def slice_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("devdata")
    (root / "events").mkdir()
    with (root / "events" / "plv-train.jsonl").open("w") as f:
        for i, (marked, code) in enumerate(SENTENCES * 2):
            text = marked.replace("<s>", "").replace("</s>", "").replace("<t>", "").replace("</t>", "")
            f.write(json.dumps({"id": f"mine-{i}", "dataset": "plv", "text": text, "events": [
                {"event_code_plover_current": code, "marked": marked}]}) + "\n")
    return root


def test_marked_spans_point_into_the_plain_text():
    marked = "<s>Iran's minister</s> condemned <t>a court ruling</t> on Monday."
    text = "Iran's minister condemned a court ruling on Monday."
    (s0, s1), = _marked_spans(marked, "s")
    (t0, t1), = _marked_spans(marked, "t")
    assert text[s0:s1] == "Iran's minister" and text[t0:t1] == "a court ruling"


def test_training_on_a_slice_writes_a_model_that_loads_and_decides(slice_dir, tmp_path, monkeypatch):
    out = tmp_path / "coder.npz"
    train_coder.main(["--data", str(slice_dir), "--out", str(out), "--no-eval", "--reuters", "0", "--seed", "3",
                      "--labelled"])
    model = load_model(out)
    assert model.classes[0] == NONE and "ASSAULT" in model.classes
    assert model.meta["seed"] == 3 and model.meta["items"] == {"plv": len(SENTENCES) * 2}
    items = read_plv(slice_dir / "events" / "plv-train.jsonl")
    assert all(g.source and g.target for it in items for g in it.gold)
    # the coder takes it when COMMUNIQUE_EVENT_MODEL names it, and codes a sentence like those it learned from
    from communique.events.coder import Coder

    monkeypatch.setenv("COMMUNIQUE_EVENT_MODEL", str(out))
    coder = Coder()
    assert coder.model is not None and coder.model.meta["seed"] == 3
    # the role model is trained beside it on the slice's (source, target) spans, and taken with it
    from communique.events.roles import load_role_model

    roles = load_role_model(out.with_name("roles.npz"))
    assert roles.meta["seed"] == 3 and roles.meta["examples"] > 0
    assert coder.roles is not None and coder.roles.meta["seed"] == 3
    monkeypatch.setenv("COMMUNIQUE_EVENT_MODEL", "none")
    assert Coder().model is None


def test_the_working_half_of_a_hand_labelled_batch_is_trained_on(slice_dir, tmp_path):
    # sentences of our own in the hand-labelled batches' shape (bench/data/README.md): every event labelled
    rows = [{"id": f"mine-{i}#s0", "date": "2021-05-04", "text": text, "events": [
        {"type": t, "actor": [actor], "recipient": [recipient]}]} for i, (text, t, actor, recipient) in enumerate([
            ("Police arrested three opposition activists in Nairobi.", "COERCE", "Police",
             "three opposition activists"),
            ("The senator accused the agency of hiding the report.", "ACCUSE", "The senator", "the agency"),
        ] * 6)]
    gold = tmp_path / "wikinews_events_gold_mine.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "coder.npz"
    train_coder.main(["--data", str(slice_dir), "--out", str(out), "--no-eval", "--reuters", "0",
                      "--labelled", str(gold)])
    items = load_model(out).meta["items"]
    assert 0 < items["wikinews"] < len(rows) and items["plv"] == len(SENTENCES) * 2  # the working half only


def test_a_model_of_the_wrong_shape_is_refused(tmp_path):
    with pytest.raises(ModelError, match="retrain"):
        TypeModel([NONE, "AID"], ["a", "b"], np.zeros((3, 2)), np.zeros((96, 2)), np.zeros(2))
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="COMMUNIQUE_EVENT_MODEL"):
        load_model(bad)


def test_the_shipped_model_loads_offline():
    assert DEFAULT_PATH.exists(), "the package ships its event model"
    model = load_model(DEFAULT_PATH)
    assert set(model.classes) >= {NONE, "AGREE", "ASSAULT", "REJECT"}
    assert model.meta.get("evaluation"), "the shipped model records its cross-validated scores"


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Tony Blair has apologised to MPs.", "CONCEDE", "Tony Blair", "MPs"),
    ("Lib Dem Norman Baker accused ministers of lying.", "ACCUSE", "Norman Baker", "ministers"),
])
def test_parties_without_a_country_keep_their_names_and_spans(text, kind, actor, recipient):
    rec = communique.process(clean_text=text, date="2005-03-01")
    ev = next(e for e in rec.events if e.type == kind)
    assert any(actor in p.name for p in ev.actor)
    assert any(recipient in p.name for p in ev.recipient)
    for p in ev.actor + ev.recipient:
        assert p.span is not None and rec.article.text[p.span.start:p.span.end] == p.span.text


def test_the_shipped_model_drops_business_news_and_keeps_political_events():
    """The rules propose "Chrysler agreed to acquire ..." as an AGREE; the classifier, trained with Reuters
    business stories as negatives, drops it, and keeps what the codebook calls events."""
    for text in ["Chrysler Corp agreed to acquire American Motors Corp for 757 mln dlrs.",
                 "Shareholders approved the merger on Tuesday."]:
        assert communique.process(clean_text=text, date="1987-03-01").events == [], text
    evs = communique.process(clean_text="Syrian troops shelled the rebel-held town of Douma on Monday.",
                             date="2018-03-01").events
    assert [(e.type, e.actor[0].code) for e in evs] == [("ASSAULT", "SYR")]


def test_the_register_of_markets_and_deals_is_a_feature():
    """The classifier sees how much a document and a sentence speak of shares, profits and takeovers, so a
    deal's "agreed" or a market's "hit" can be told from a state's (data/business_words.txt)."""
    from communique.events.features import business_words, register_features
    from communique.nlp.model import load

    assert {"shares", "takeover", "dlrs"} <= business_words() and "sanctions" not in business_words()
    nlp = load(None)
    deal = nlp("Acme Corp agreed to acquire Widget Inc for 75 mln dlrs in cash and shares.")
    war = nlp("Russia agreed to withdraw its troops from the border on Friday.")
    assert register_features(deal[2]) == ["doc_business=3", "sent_business=3"]
    assert register_features(war[1]) == ["doc_business=0", "sent_business=0"]


def test_training_is_the_same_under_every_hash_seed(tmp_path):
    """A candidate allowed several types starts from a tie; which one it is trained towards must not depend on
    the order Python happens to iterate a set in (PYTHONHASHSEED), or one seed gives several models."""
    import os
    import subprocess
    import sys

    script = (
        "import sys, numpy as np\n"
        "from communique.learn.train_coder import Example, fit\n"
        "exs = [Example(i % 3, [f'w{i % 5}', 'bias', f'v{i % 7}'], np.full(96, 0.1 * (i % 4), dtype=np.float32),\n"
        "       frozenset({'CONCEDE', 'RETREAT', 'AID'}) if i % 2 else frozenset({'NONE'}), 1.0) for i in range(40)]\n"
        "np.save(sys.argv[1], fit(exs, seed=3, epochs=2).weights)\n")
    weights = []
    for h in ("0", "1", "2", "3"):
        out = tmp_path / f"w{h}.npy"
        subprocess.run([sys.executable, "-c", script, str(out)], env={**os.environ, "PYTHONHASHSEED": h}, check=True)
        weights.append(np.load(out))
    assert all(np.array_equal(weights[0], w) for w in weights[1:])


def _coded_by(coder, text: str):
    """``text`` annotated as the pipeline does, then coded by ``coder``."""
    from communique.annotate import Annotator
    from communique.model import Article, Record, article_id
    from communique.nlp.model import load

    annotate = Annotator()
    rec = Record(source="t", article=Article(id=article_id(text), title=None, text=text, date="2022-01-23"),
                 stage="events")
    rec.doc = load(None)(text)
    annotate(rec)
    return coder(rec.doc, rec.entities, None, annotate.kb)


def test_the_role_model_gives_no_recipient_where_the_codebook_has_none():
    """A role model that would name any named party as an event's recipient still gives none to a resignation
    (the act's patterns name no recipient slot: those named beside it resign too) and none inside what a
    disapproval is about but its subject; it does give one elsewhere."""
    from communique.events.coder import Coder
    from communique.events.roles import RoleModel

    eager = RoleModel(["entity=True", "pos=NOUN", "bias"], np.array([10.0, 2.0, -5.0], dtype=np.float32),
                      {"threshold": 0.5, "margin": 9.0})
    coder = Coder(model=None, roles=eager)
    # (a minister leaving the cabinet: a director leaving a company's board is business, no event since stop 33)
    [ev] = [e for e in _coded_by(coder, "Finance minister Mary Jones is resigning from the cabinet, as are Peter "
                                        "Brown and Ann Lee.") if e.type == "RETREAT"]
    assert ev.recipient == []
    [ev] = [e for e in _coded_by(coder, "The Kenyan senator complained that the treaty would hurt Mexico.")
            if e.type == "ACCUSE"]
    assert "Mexico" not in [p.name for p in ev.recipient]
    [ev] = [e for e in _coded_by(coder, "The Kenyan senator complained that Mexico had broken the treaty.")
            if e.type == "ACCUSE"]
    assert [p.code for p in ev.recipient] == ["MEX"]
    evs = _coded_by(coder, "Kenyan police arrested dozens outside the French embassy on Tuesday.")
    assert [e.recipient for e in evs if e.type == "COERCE"] != [[]], "the eager model names a recipient elsewhere"


def test_an_intention_to_attack_denied_is_a_threat_denied():
    """"Moscow denies that it plans to invade": the denial governs the intention, not the act; it is no promise of
    restraint (which "pledged not to attack" is), and the shipped model keeps it a negated threat."""
    evs = communique.process(clean_text="Moscow denies that it plans to invade Ukraine.", date="2022-01-01").events
    assert [(e.type, e.modality) for e in evs] == [("THREATEN", "negated")]


def test_the_role_model_never_takes_a_means_as_recipient():
    """An instrument of violence ("with airstrikes") or a medium written on ("on Instagram") names no party, even to
    a role model that would take any noun."""
    from communique.events.coder import Coder
    from communique.events.roles import RoleModel

    eager = RoleModel(["pos=NOUN", "bias"], np.array([10.0, -5.0], dtype=np.float32), {"threshold": 0.5, "margin": 9.0})
    coder = Coder(model=None, roles=eager)
    [ev] = [e for e in _coded_by(coder, "Kenya began a military offensive with airstrikes on Tuesday.")
            if e.type == "ASSAULT"]
    assert "airstrikes" not in [p.name for p in ev.recipient]
    [ev] = [e for e in _coded_by(coder, "The Kenyan president condemned the ruling on Instagram.")
            if e.type == "ACCUSE"]
    assert "Instagram" not in [p.name for p in ev.recipient]


def test_another_pipelines_vectors_are_never_read_with_these_weights(monkeypatch, caplog):
    """The weights of the contextual vectors mean something only for the pipeline the model was trained on: with
    another, the coder decides on the sparse features alone and says so once."""
    import communique.events.coder as coder_module
    from communique.events.coder import Coder
    from communique.nlp.model import load, pipeline_id

    nlp = load()
    model = load_model(DEFAULT_PATH)
    model.meta = {**model.meta, "pipeline": "en_another_pipeline-1.0.0"}
    with caplog.at_level("WARNING"):
        other = Coder(model=model, pipeline=pipeline_id(nlp))
    assert "not used" in caplog.text and "en_another_pipeline-1.0.0" in caplog.text
    same = Coder(model=model, pipeline="en_another_pipeline-1.0.0")

    def no_vectors(trigger):
        raise AssertionError("read a vector of another pipeline")

    monkeypatch.setattr(coder_module, "dense_features", no_vectors)
    doc = nlp("Russia accused Ukraine of shelling the city.")
    rec = communique.process(clean_text=doc.text, date="2022-01-23", upto="annotate")
    assert [e.type for e in other(doc, rec.entities, None)] == ["ACCUSE"]
    with pytest.raises(AssertionError, match="another pipeline"):
        same(doc, rec.entities, None)


def test_the_shipped_model_says_which_pipeline_it_was_trained_on():
    from communique.nlp.model import load, pipeline_id

    assert load_model(DEFAULT_PATH).meta.get("pipeline") == pipeline_id(load())


def test_a_party_of_a_known_kind_but_no_country_has_its_own_threshold():
    """Three levels of no-event threshold: a listed pattern with a coded party ("strong"), one whose party is of a
    known kind but no country ("sector": residents, unions) and the rest ("weak"); weights trained before the
    "sector" level existed weigh those candidates as weak ones."""
    from communique.annotate import Annotator
    from communique.events.classifier import NONE, TypeModel
    from communique.events.coder import Coder
    from communique.model import Article, Record, article_id
    from communique.nlp.model import load

    def model(threshold: dict) -> TypeModel:  # "no event" at 0.73, PROTEST the rest
        return TypeModel([NONE, "PROTEST"], ["bias"], np.array([[1.0, 0.0]], dtype=np.float32),
                         np.zeros((96, 2), dtype=np.float32), np.zeros(2, dtype=np.float32),
                         {"threshold": threshold, "retype": None})

    old = model({"strong": 0.98, "weak": 0.5})
    new = model({"strong": 0.98, "weak": 0.5, "sector": 0.9})
    assert (old.threshold("sector"), new.threshold("sector"), new.threshold("weak")) == (0.5, 0.9, 0.5)
    annotate = Annotator()

    def coded(text: str, m: TypeModel) -> list[str]:
        rec = Record(source="t", article=Article(id=article_id(text), title=None, text=text, date="2019-05-01"),
                     stage="events")
        rec.doc = load(None)(text)
        annotate(rec)
        return [e.type for e in Coder(model=m, roles=None)(rec.doc, rec.entities, None, annotate.kb)]

    residents = "Residents protested against the new dam."
    assert coded(residents, old) == [] and coded(residents, new) == ["PROTEST"]
    assert coded("The Kenyan opposition protested against the new dam.", old) == ["PROTEST"]  # coded: strong
