"""The CAMEO verb dictionary (data/cameo_verbs/): conversion, validation, and matching on real spaCy parses.

Every sentence here is written for the test, one construction each."""

from __future__ import annotations

import gzip
import hashlib
import json
from importlib import resources
from pathlib import Path

import pytest

from communique.dictionaries import verbs as conv
from communique.events import verb_dictionary as vd
from communique.events.verb_dictionary import VerbDictionary, VerbDictionaryError, load_dictionary

SHARED = Path(__file__).resolve().parents[3] / "shared"
CAMEO = SHARED / "data" / "dictionaries" / "petrarch2" / "CAMEO.2.0.txt"
PLOVER_MAP = SHARED / "ontology" / "CAMEO2PLOVER-2021.txt"


def verb_matches(nlp, text: str, word: str):
    doc = nlp(text)
    [tok] = [t for t in doc if t.text == word]
    return doc, vd.matches(tok)


def codes(ms) -> list[tuple[str | None, str | None]]:
    return [(m.cameo, m.plover) for m in ms]


# ------------------------------------------------------------------------------------------ matching

def test_plain_verb_gives_its_own_code(nlp):
    doc, ms = verb_matches(nlp, "Rebels attacked the village at dawn.", "attacked")
    assert ms and ms[-1].default and (ms[-1].cameo, ms[-1].plover) == ("190", "ASSAULT")
    assert ms[-1].tokens == (doc[1].i,) and ms[-1].pattern == "ATTACK"


def test_verb_and_object_pattern(nlp):
    doc, ms = verb_matches(nlp, "The government rushed aid to the flood victims.", "rushed")
    [aid] = [m for m in ms if m.pattern == "- * AID [070]"]
    assert (aid.cameo, aid.plover, aid.mode) == ("070", "AID", None)
    assert [doc[i].text for i in aid.tokens] == ["rushed", "aid"]
    assert not any(m.default for m in ms)  # ACCELERATE's verbs are no event by themselves


def test_passive_subject_is_the_object(nlp):
    _, ms = verb_matches(nlp, "Food aid was rushed to the stricken province.", "rushed")
    assert ("070", "AID") in codes(ms)


def test_prepositional_pattern_is_most_specific_first(nlp):
    doc, ms = verb_matches(nlp, "Troops rushed to the border overnight.", "rushed")
    first = ms[0]
    assert first.pattern == "- * (TO BORDER) [154]" and (first.plover, first.mode) == ("MOBILIZE", "troops")
    assert [doc[i].text for i in first.tokens] == ["rushed", "to", "border"]
    assert [m.specificity for m in ms] == sorted((m.specificity for m in ms), reverse=True)


def test_synset_pattern(nlp):
    doc, ms = verb_matches(nlp, "A soldier rushed into the town.", "rushed")
    [mil] = [m for m in ms if m.pattern == "- &MILITARY * [154]"]
    assert mil.plover == "MOBILIZE" and doc[mil.tokens[1]].text == "soldier"
    assert {"army", "soldiers"} <= vd.synset("&MILITARY") and vd.synset("military") == vd.synset("&MILITARY")
    with pytest.raises(KeyError, match="no synset &NOSUCH"):
        vd.synset("&NOSUCH")


def test_phrasal_verb_needs_its_particle(nlp):
    doc, ms = verb_matches(nlp, "Egypt called off the talks.", "called")
    [off] = [m for m in ms if m.pattern == "+CALL_OFF [160]"]
    assert off.plover == "SANCTION" and [doc[i].text for i in off.tokens] == ["called", "off"]
    _, plain = verb_matches(nlp, "Egypt called the minister on Monday.", "called")
    assert "+CALL_OFF [160]" not in [m.pattern for m in plain]


def test_verb_with_no_code_gives_nothing_alone(nlp):
    assert verb_matches(nlp, "The minister accelerated the reform.", "accelerated")[1] == []
    _, ms = verb_matches(nlp, "The court rejected the appeal.", "rejected")
    assert not any(m.default for m in ms)  # REFUSE's block is [---]: only its patterns code


def test_irregular_form_is_found_when_the_lemma_is_not(nlp):
    _, ms = verb_matches(nlp, "The army sped troops to the border.", "sped")
    assert ("154", "MOBILIZE") in codes(ms)
    # a real Doc whose lemmatiser left the past form: the dictionary's irregular forms still find SPEED
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["Troops", "sped", "to", "the", "border"], lemmas=["troop", "sped", "to", "the",
              "border"], pos=["NOUN", "VERB", "ADP", "DET", "NOUN"], heads=[1, 1, 1, 4, 2],
              deps=["nsubj", "ROOT", "prep", "det", "pobj"])
    assert [m.lemma for m in vd.matches(doc[1])][:1] == ["speed"]
    assert ("154", "MOBILIZE") in codes(vd.matches(doc[1]))


def test_reciprocal_and_target_only_codes(nlp):
    _, ms = verb_matches(nlp, "The president visited Paris last week.", "visited")
    [visit] = [m for m in ms if m.default]
    assert (visit.cameo, visit.plover, visit.mode) == ("042", "CONSULT", "visit")
    assert (visit.reciprocal.cameo, visit.reciprocal.plover, visit.reciprocal.mode) == ("043", "CONSULT", "visit")
    _, ms = verb_matches(nlp, "The banker appeared before the court on Tuesday.", "appeared")
    [court] = [m for m in ms if m.pattern == "- * (BEFORE COURT) [:173]"]
    assert court.reverse and (court.cameo, court.plover, court.mode) == ("173", "COERCE", "arrest")


def test_null_pattern_outranks_the_verb_code(nlp):
    _, ms = verb_matches(nlp, "Stocks declined sharply on Monday.", "declined")
    assert ms[0].pattern == "- STOCKS * [---]" and not ms[0].is_event
    assert ms[-1].default and ms[-1].plover == "REJECT"


def test_nouns_and_auxiliaries_are_not_matched(nlp):
    doc = nlp("The attack has been condemned.")
    assert vd.matches(doc[1]) == [] and vd.matches(doc[2]) == []


def test_verb_types():
    assert "ASSAULT" in vd.verb_types("attack") and "AID" in vd.verb_types("rush")
    assert vd.verb_types("frobnicate") == frozenset()


# ------------------------------------------------------------------------------------------ the data

def test_shipped_data_has_its_licence_and_loads():
    folder = resources.files("communique") / "data" / "cameo_verbs"
    assert "MIT License" in (folder / "LICENSE").read_text("utf-8")
    d = vd.dictionary()
    assert len(d.lemmas()) > 1500 and d.n_patterns > 4000


@pytest.mark.skipif(not (CAMEO.exists() and PLOVER_MAP.exists()), reason="needs ../shared (PETRARCH2 dictionaries)")
def test_shipped_file_is_a_fresh_conversion():
    data, _ = conv.convert(CAMEO, PLOVER_MAP)
    raw = gzip.decompress((resources.files("communique") / "data" / "cameo_verbs" / "verbs.json.gz").read_bytes())
    assert hashlib.sha256(raw).hexdigest() == conv.content_hash(data), \
        "rerun python -m communique.dictionaries.verbs (see data/cameo_verbs/README.md)"


def small() -> dict:
    """Verb data in the shipped shape, one block (a copy of part of ACCELERATE)."""
    return {"format": 1, "synsets": {"&FOOD": ["food", "foodstuff"]}, "blocks": [
        {"name": "ACCELERATE", "line": 709, "verbs": [{"lemma": "rush", "line": 716, "text": "RUSH"}],
         "patterns": [{"text": "- * AID [070]", "line": 719, "after": [{"np": ["aid"]}], "cameo": "070",
                       "plover": "AID"},
                      {"text": "- * &FOOD [073]", "line": 722, "after": [{"np": ["&FOOD"]}], "cameo": "073",
                       "plover": "AID"}]}]}


def broken(mutate) -> dict:
    data = small()
    mutate(data)
    return data


def first_pattern(data: dict) -> dict:
    return next(p for b in data["blocks"] for p in b["patterns"] if p.get("cameo") == "070")


def test_the_small_data_is_valid(tmp_path):
    path = tmp_path / "verbs.json"
    path.write_text(json.dumps(small()), "utf-8")
    assert load_dictionary(path).verb_types("rush") == {"AID"}


@pytest.mark.parametrize("mutate, message", [
    (lambda d: first_pattern(d).update(plover="HELP"), r"pattern '- \* AID \[070\]'.*unknown PLOVER type 'HELP'"),
    (lambda d: first_pattern(d).update(cameo="7x0"), r"malformed CAMEO code '7x0'"),
    (lambda d: first_pattern(d).update(cameo="270"), r"malformed CAMEO code '270'"),
    (lambda d: first_pattern(d).update(mode="riot"), r"mode 'riot' is not a mode of AID"),
    (lambda d: first_pattern(d).update(context=["weather"]), r"unknown PLOVER context 'weather'"),
    (lambda d: first_pattern(d).update(after=[{"np": ["&NOSUCH"]}]), r"undefined synset &NOSUCH"),
    (lambda d: d["blocks"][0]["verbs"][0].update(lemma="Rush"), r"block ACCELERATE, verb .*lower-case"),
    (lambda d: d.update(format=2), r"not communique verb data"),
])
def test_malformed_data_is_refused_naming_the_entry(tmp_path, mutate, message):
    path = tmp_path / "verbs.json"
    path.write_text(json.dumps(broken(mutate)), "utf-8")
    with pytest.raises(VerbDictionaryError, match=message):
        load_dictionary(path)


def test_a_plain_json_file_in_the_same_shape_loads(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"format": 1, "synsets": {"&ENVOY": ["envoy", "emissary"]}, "blocks": [
        {"name": "DISPATCH", "line": 1, "verbs": [{"lemma": "dispatch", "line": 2}],
         "patterns": [{"text": "- * &ENVOY (TO) [042]", "line": 3, "after": [{"np": ["&ENVOY"]}, {"pp": "to"}],
                       "cameo": "042", "plover": "CONSULT", "mode": "visit"}]}]}), "utf-8")
    d = load_dictionary(path)
    assert isinstance(d, VerbDictionary) and d.verb_types("dispatch") == {"CONSULT"}


# ------------------------------------------------------------------------------------------ the converter

SMALL_CAMEO = """\
# a small dictionary in PETRARCH2's format
####### SYNONYM SETS #######

&ENVOY
+ENVOY
+SPECIAL_ENVOY

####### VERB PATTERNS #######

---  DISPATCH   [---]  ---
DISPATCH
SEND {SENDS SENDING SENT }  ;legacy comment
+SEND_OFF [042]
- * &ENVOY (TO +)                                    [042:043]     # SEND
- * {HUMANITARIAN AID}                               [073]         # SEND
- $ * (BEFORE COURT)                                 [:173]        # DISPATCH
- * LETTERS                                          [---]         # SEND
- *SCEPTICAL                                         [012]
- * &NOSUCH                                          [070]
- * &ENVOY (TO +)                                    [042:043]     # SEND

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""

SMALL_MAP = """\
04: CONSULT
042: CONSULT, visit,   # Make a visit
043: CONSULT, visit,   # Host a visit
07: AID
073: AID,   ,   humanitarian # Provide humanitarian aid
17: COERCE
173: COERCE, arrest, legal            # Arrest
"""


def test_converter_reads_blocks_patterns_and_codes(tmp_path):
    (tmp_path / "c.txt").write_text(SMALL_CAMEO, "utf-8")
    (tmp_path / "m.txt").write_text(SMALL_MAP, "utf-8")
    data, report = conv.convert(tmp_path / "c.txt", tmp_path / "m.txt")
    [block] = data["blocks"]
    assert block["name"] == "DISPATCH" and block["cameo"] is None
    dispatch, send, send_off = block["verbs"]
    assert dispatch["lemma"] == "dispatch" and dispatch["forms"] == []
    assert send["forms"] == ["sending", "sends", "sent"] and send["cameo"] is None and send["after"] == []
    assert (send_off["lemma"], send_off["after"], send_off["cameo"], send_off["plover"]) == \
        ("send", ["off"], "042", "CONSULT")
    pats = {p["text"]: p for p in block["patterns"]}
    envoy = pats["- * &ENVOY (TO +) [042:043]"]
    assert envoy["after"] == [{"np": ["&ENVOY"]}, {"pp": "to", "np": [], "role": "target"}]
    assert envoy["reciprocal"]["cameo"] == "043" and envoy["origin"] == "send"
    assert pats["- * {HUMANITARIAN AID} [073]"]["after"] == [{"np": ["humanitarian", "aid"]}]
    assert pats["- * {HUMANITARIAN AID} [073]"]["context"] == []  # 'humanitarian' is not a context in plover.yaml
    court = pats["- $ * (BEFORE COURT) [:173]"]
    assert court["reverse"] and court["before"] == [{"role": "source"}] and court["origin"] == "dispatch"
    assert pats["- * LETTERS [---]"]["cameo"] is None
    assert pats["- *SCEPTICAL [012]"]["after"] == [{"np": ["sceptical"]}]
    assert pats["- *SCEPTICAL [012]"]["plover"] is None  # CAMEO 01: no PLOVER type
    assert data["synsets"] == {"&ENVOY": ["envoy", "special envoy"]}
    assert len(block["patterns"]) == 5 and report.duplicates == 1
    assert any("undefined synset &NOSUCH" in p for p in report.problems)
    assert report.dropped_contexts["humanitarian"] == 1
    out = conv.write(data, tmp_path / "out")
    assert out.read_bytes() == conv.write(data, tmp_path / "again").read_bytes()  # reproducible bytes
    d = load_dictionary(out)
    assert d.verb_types("send") == {"CONSULT", "AID", "COERCE"}


def test_converter_refuses_a_file_without_verb_section(tmp_path):
    (tmp_path / "c.txt").write_text("&ENVOY\n+ENVOY\n", "utf-8")
    (tmp_path / "m.txt").write_text(SMALL_MAP, "utf-8")
    with pytest.raises(conv.ConversionError, match="no '####### VERB PATTERNS' section"):
        conv.convert(tmp_path / "c.txt", tmp_path / "m.txt")


def test_converter_command_line_reports_a_missing_input(tmp_path, capsys):
    assert conv.main(["--cameo", str(tmp_path / "none.txt"), "--plover", str(tmp_path / "m.txt"),
                      "--out", str(tmp_path)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_converter_command_line_writes_the_data_and_its_licence(tmp_path, capsys):
    (tmp_path / "c.txt").write_text(SMALL_CAMEO, "utf-8")
    (tmp_path / "m.txt").write_text(SMALL_MAP, "utf-8")
    (tmp_path / "LICENSE").write_text("The MIT License (MIT)\n", "utf-8")
    out = tmp_path / "out"
    assert conv.main(["--cameo", str(tmp_path / "c.txt"), "--plover", str(tmp_path / "m.txt"), "--out", str(out)]) == 0
    assert (out / "LICENSE").read_text("utf-8").startswith("The MIT License")
    assert "patterns 5" in capsys.readouterr().out
    assert load_dictionary(out / "verbs.json.gz").verb_types("dispatch") == {"CONSULT", "AID", "COERCE"}
