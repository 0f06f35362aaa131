"""What a reporting verb's clause carries after it, and whose it is when the parser loses the subject (parses
given by hand, as the small model gives such sentences; sentences of our own):
- a reason, concession or condition, or a participle, that the parser hangs on "said" after the clause it reports
  belongs to what is said; a clause of time ("before leaving") is when it was said, and a cue ("adding ...") is a
  report of its own;
- "Name, a description with a verb in it, said ...": when the parser takes the description for a clause (and the
  name for its subject), the name set off at the sentence's opening is the subject of "said";
- a second clause opened by "that" that the parser makes a conjunct of the reporting verb is a second clause of what
  is said ("believes X, but that Y"); the verb's own conjunct with no "that" is another act ("said X and left")."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from communique.quotes.speakers import subject_of

from .test_frames import _candidates, _doc


def _said_then(word: str, tag: str, lemma: str, mark: str | None) -> Doc:
    """"The captain said the port was closed , [mark storms] <word> the boats ." with <word> an advcl of "said"."""
    rows = [("The", "DT", "DET", "the", "det", 1), ("captain", "NN", "NOUN", "captain", "nsubj", 2),
            ("said", "VBD", "VERB", "say", "ROOT", 2), ("the", "DT", "DET", "the", "det", 4),
            ("port", "NN", "NOUN", "port", "nsubjpass", 6), ("was", "VBD", "AUX", "be", "auxpass", 6),
            ("closed", "VBN", "VERB", "close", "ccomp", 2), (",", ",", "PUNCT", ",", "punct", 2)]
    verb = len(rows) + (2 if mark is not None else 0)
    if mark is not None:
        rows += [(mark, "IN", "SCONJ", mark, "mark", verb), ("storms", "NNS", "NOUN", "storm", "nsubj", verb)]
    rows += [(word, tag, "VERB", lemma, "advcl", 2), ("the", "DT", "DET", "the", "det", verb + 2),
             ("boats", "NNS", "NOUN", "boat", "dobj", verb), (".", ".", "PUNCT", ".", "punct", 2)]
    return _doc(rows)


@pytest.mark.parametrize("word,tag,lemma,mark,content", [
    ("trapping", "VBG", "trap", None, "the port was closed , trapping the boats"),
    ("trapped", "VBD", "trap", "because", "the port was closed , because storms trapped the boats"),
    ("trapped", "VBD", "trap", "though", "the port was closed , though storms trapped the boats"),
    ("trapped", "VBD", "trap", "after", "the port was closed"),  # when, not what
    ("citing", "VBG", "cite", None, "the port was closed"),  # a report of its own
])
def test_a_reason_after_the_clause_is_part_of_what_is_said(word, tag, lemma, mark, content):
    doc = _said_then(word, tag, lemma, mark)
    assert ("said", "captain", content) in _candidates(doc), _candidates(doc)


def test_a_name_opening_the_sentence_speaks_when_its_description_was_read_as_a_clause():
    doc = _doc([("Rosa", "NNP", "PROPN", "Rosa", "compound", 1), ("Lind", "NNP", "PROPN", "Lind", "nsubj", 4),
                (",", ",", "PUNCT", ",", "punct", 1), ("a", "DT", "DET", "a", "det", 4),
                ("fisherman", "VBP", "VERB", "fisherman", "ccomp", 8),
                ("helping", "VBG", "VERB", "help", "xcomp", 4), ("crews", "NNS", "NOUN", "crew", "dobj", 5),
                (",", ",", "PUNCT", ",", "punct", 8), ("said", "VBD", "VERB", "say", "ROOT", 8),
                ("she", "PRP", "PRON", "she", "nsubj", 10), ("was", "VBD", "AUX", "be", "ccomp", 8),
                ("angry", "JJ", "ADJ", "angry", "acomp", 10), (".", ".", "PUNCT", ".", "punct", 8)])
    assert subject_of(doc[8]).text == "Lind"
    assert ("said", "Lind", "she was angry") in _candidates(doc)


def test_an_opening_that_is_no_name_gives_no_subject():
    doc = _doc([("In", "IN", "ADP", "in", "prep", 3), ("May", "NNP", "PROPN", "May", "pobj", 0),
                (",", ",", "PUNCT", ",", "punct", 3), ("reported", "VBD", "VERB", "report", "ROOT", 3),
                ("the", "DT", "DET", "the", "det", 5), ("loss", "NN", "NOUN", "loss", "dobj", 3),
                (".", ".", "PUNCT", ".", "punct", 3)])
    assert subject_of(doc[3]) is None


def _believes_but(mark: str | None, verb: str, lemma: str) -> Doc:
    """"The mayor believes the budget is sound , but [that] the council <verb> ." with <verb> a conj of "believes"
    (as the small model parses it)."""
    rows = [("The", "DT", "DET", "the", "det", 1), ("mayor", "NN", "NOUN", "mayor", "nsubj", 2),
            ("believes", "VBZ", "VERB", "believe", "ROOT", 2), ("the", "DT", "DET", "the", "det", 4),
            ("budget", "NN", "NOUN", "budget", "nsubj", 5), ("is", "VBZ", "AUX", "be", "ccomp", 2),
            ("sound", "JJ", "ADJ", "sound", "acomp", 5), (",", ",", "PUNCT", ",", "punct", 2),
            ("but", "CC", "CCONJ", "but", "cc", 2)]
    v = len(rows) + (3 if mark is not None else 2)
    if mark is not None:
        rows.append((mark, "IN", "SCONJ", mark, "mark", v))
    rows += [("the", "DT", "DET", "the", "det", v - 1), ("council", "NN", "NOUN", "council", "nsubj", v),
             (verb, "VBZ", "VERB", lemma, "conj", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    return _doc(rows)


def test_a_second_that_clause_coordinated_with_the_verb_is_part_of_what_is_said():
    doc = _believes_but("that", "overspends", "overspend")
    assert ("believes", "mayor", "the budget is sound , but that the council overspends") in _candidates(doc)
    doc = _believes_but(None, "disagrees", "disagree")  # the council's own statement, not the mayor's belief
    assert ("believes", "mayor", "the budget is sound") in _candidates(doc), _candidates(doc)


def test_a_reason_after_a_set_off_reporting_phrase_is_part_of_what_was_said(quotes_of):
    # a sentence of our own: the parser hangs "because ..." on "said"; it goes on with the clause before it
    quotes = [q for q in quotes_of("The ferry will run late, the captain said, because the storm has damaged the "
                                   "pier.") if q.cue is not None and q.cue.text == "said"]
    assert [q.text for q in quotes] == ["The ferry will run late", "because the storm has damaged the pier"], quotes
