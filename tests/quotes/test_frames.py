"""Frames of reported speech the rules read besides "X said (that) Y" (sentences of our own):
- a reporting verb in the passive with no "by" reports something of its subject and names no speaker;
- a reporting phrase set off by commas inside the clause it reports ("..., the council concluded, ...");
- a proportion as the subject ("About 4 in 10 say"), a gerund as the object ("support dredging the harbour");
- "according to X" after a clause of two conjuncts attributes both; "asked X if/whether ..." reports the question;
- and, on parses the small model gives such sentences, a finite verb after "said" whose subject a relative word
  took ("the ferry, which she said carried more cars") and a verb the parser hangs on another by "dep"."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from communique.nlp.model import load
from communique.quotes.indirect import clause_candidates
from communique.quotes.lexicon import default_lexicon
from communique.quotes.speakers import subject_of


def _by_cue(quotes_of, text: str, cue: str) -> list:
    return [q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue]


@pytest.mark.parametrize("text,cue,content", [
    ("The new bridge is expected to open in March.", "expected", "The new bridge is expected to open in March"),
    ("The harbour master is widely seen as a cautious man.", "seen",
     "The harbour master is widely seen as a cautious man"),
    ("The ferry company was declared the winner of the contract.", "declared",
     "The ferry company was declared the winner of the contract"),
])
def test_an_agentless_passive_names_no_speaker(quotes_of, text, cue, content):
    got = _by_cue(quotes_of, text, cue)
    assert [q.text for q in got] == [content], got
    assert got[0].speaker is None  # the bridge expects nothing: whoever expects it is not said


def test_a_scare_quote_in_an_agentless_report_is_part_of_it(quotes_of):
    quotes = quotes_of('The plan was described as a "horror show" in the press.')
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("mixed", 'The plan was described as a "horror show" in the press', None)], quotes


def test_a_passive_act_with_nothing_said_of_its_subject_is_no_quote(quotes_of):
    assert _by_cue(quotes_of, "The tender was announced on Monday.", "announced") == []


def test_a_passive_with_its_agent_keeps_the_agent_as_speaker(quotes_of):
    got = _by_cue(quotes_of, "The plan was criticized by the fishermen's union.", "criticized")
    assert got and got[0].speaker is not None and "union" in got[0].speaker.name, got


def test_a_reporting_phrase_inside_the_clause_is_not_the_content_of_the_verb_after_it(quotes_of):
    got = _by_cue(quotes_of, "At one point, the mayor said, the council was considering selling the harbour.", "said")
    assert [q.text for q in got] == ["At one point", "the council was considering selling the harbour"], got


def test_a_subject_and_verb_set_off_by_commas_report_the_clause_around_them(quotes_of):
    got = _by_cue(quotes_of, "But to keep the ferry running, the council concluded, the town must raise its fares.",
                  "concluded")
    assert [q.text for q in got] == ["the town must raise its fares"], got
    assert got[0].speaker is not None and got[0].speaker.name == "council"


def test_a_proportion_is_the_subject(quotes_of):
    got = _by_cue(quotes_of, "About 4 in 10 say they want a second bridge.", "say")
    assert [q.text for q in got] == ["they want a second bridge"], got
    assert got[0].speaker is not None and got[0].speaker.name == "About 4 in 10"


def test_a_gerund_is_the_object_of_support(quotes_of):
    got = _by_cue(quotes_of, "Most fishermen support dredging the harbour before the winter storms.", "support")
    assert [q.text for q in got] == ["dredging the harbour before the winter storms"], got


def test_according_to_after_two_conjuncts_attributes_both(quotes_of):
    got = _by_cue(quotes_of, "The ferry ran late on Tuesday and the bridge has been closed since May, according to "
                             "the port authority.", "according")
    assert [q.text for q in got] == ["The ferry ran late on Tuesday and the bridge has been closed since May"], got


@pytest.mark.parametrize("text,content", [
    ("The mayor asked the fishermen if they would accept a smaller harbour.",
     "if they would accept a smaller harbour"),
    ("The reporter asked the mayor whether the bridge would open on time.", "whether the bridge would open on time"),
])
def test_asked_if_reports_the_question(quotes_of, text, content):
    got = _by_cue(quotes_of, text, "asked")
    assert [q.text for q in got] == [content], got


def _doc(rows: list[tuple[str, str, str, str, str, int]]) -> Doc:
    """A Doc with the parse given: (word, tag, pos, lemma, dep, head)."""
    nlp = load()
    return Doc(nlp.vocab, words=[r[0] for r in rows], tags=[r[1] for r in rows], pos=[r[2] for r in rows],
               lemmas=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[r[5] for r in rows])


def _candidates(doc: Doc) -> list[tuple[str, str, str]]:
    return [(c.cue.text, c.subject.text, doc.text[c.start:c.end])
            for c in clause_candidates(doc, default_lexicon(), subject_of)]


def test_a_finite_verb_after_said_is_its_clause():
    doc = _doc([("The", "DT", "DET", "the", "det", 1), ("council", "NN", "NOUN", "council", "nsubj", 2),
                ("sold", "VBD", "VERB", "sell", "ROOT", 2), ("the", "DT", "DET", "the", "det", 4),
                ("ferry", "NN", "NOUN", "ferry", "dobj", 2), (",", ",", "PUNCT", ",", "punct", 4),
                ("which", "WDT", "PRON", "which", "nsubj", 8), ("she", "PRP", "PRON", "she", "nsubj", 8),
                ("said", "VBD", "VERB", "say", "relcl", 4), ("carried", "VBD", "VERB", "carry", "xcomp", 8),
                ("more", "JJR", "ADJ", "more", "amod", 11), ("cars", "NNS", "NOUN", "car", "dobj", 9),
                (".", ".", "PUNCT", ".", "punct", 2)])
    assert ("said", "she", "carried more cars") in _candidates(doc)


def test_a_verb_hung_by_dep_takes_the_subject_of_its_head():
    doc = _doc([("Fishermen", "NNS", "NOUN", "fisherman", "nsubj", 1),
                ("heading", "VBG", "VERB", "head", "ROOT", 1), ("home", "RB", "ADV", "home", "advmod", 1),
                ("say", "VBP", "VERB", "say", "dep", 1), ("they", "PRP", "PRON", "they", "nsubj", 6),
                ("would", "MD", "AUX", "would", "aux", 6), ("accept", "VB", "VERB", "accept", "ccomp", 3),
                ("it", "PRP", "PRON", "it", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 1)])
    assert ("say", "Fishermen", "they would accept it") in _candidates(doc)


def test_imposing_sanctions_is_no_statement(quotes_of):
    got = quotes_of('Norway imposed sanctions on four Belarusian officials over "grave and repeated abuses of press '
                    'freedom."')
    assert all(q.cue is None or q.cue.text != "imposed" for q in got), got


def test_an_unlisted_verb_in_the_passive_names_no_speaker_for_the_tagger():
    from communique.quotes.tagger import scan

    nlp = load()
    doc = nlp("The ferry company was widely tipped to win the contract.")
    found, _ = scan(doc, [], default_lexicon(), subject_of, rules=False)
    tipped = [f for f in found if f.tok.text == "tipped"]
    assert tipped and tipped[0].nobody and doc.text[tipped[0].span[0]:].startswith("The ferry company"), tipped


@pytest.mark.parametrize("text,cue,content", [
    ("Much of the fishing community is hostile to the new harbour plan.", "hostile", "the new harbour plan"),
    ("The fishermen are alarmed at the rising cost of diesel.", "alarmed", "the rising cost of diesel"),
])
def test_an_attitude_of_part_of_a_group_or_at_something(quotes_of, text, cue, content):
    got = _by_cue(quotes_of, text, cue)
    assert [q.text for q in got] == [content], got
    assert got[0].speaker is not None


def test_a_that_clause_of_a_conjoined_verb_is_not_the_first_verbs(quotes_of):
    # a sentence of our own: "that this will be hard" is what they acknowledge, not what they vowed
    got = _by_cue(quotes_of, "The senators have vowed to block the nominee, but acknowledge privately that this "
                             "will be hard.", "vowed")
    assert [q.text for q in got] == ["to block the nominee"], got
