"""A reporting verb set inside the clause it reports ("The harbour, the mayor said, will be dredged"): the clause
on both sides of it is what was said, as two pieces of one statement; a lone linking word before it is not."""


def _said(quotes_of, text):
    return [q.text for q in quotes_of(text) if q.cue is not None and q.cue.text == "said"]


def test_both_sides_of_a_parenthetical_cue(quotes_of):
    got = _said(quotes_of, "The harbour, the mayor said, will be dredged next spring because the ferries keep "
                           "running aground.")
    assert got == ["The harbour", "will be dredged next spring because the ferries keep running aground"], got


def test_a_linking_word_before_it_is_not_said(quotes_of):
    got = _said(quotes_of, "However, the mayor said, the harbour will be dredged next spring.")
    assert got == ["the harbour will be dredged next spring"], got
