"""A quotation that a colon introduces after a person's name, with no verb ("Jane Okafor: “...”", "Here is
Governor Maria Lopez in May 2001: “...”"), is that person's: the colon is its cue. A colon after a verb keeps
the verb; a colon after no person's name attributes nothing. A body ("Pew Research: “...”") speaks as a person does.
"""


def _quote(quotes_of, text, start):
    qs = [q for q in quotes_of(text) if q.text.startswith(start)]
    assert qs, [(q.kind, q.text) for q in quotes_of(text)]
    return qs[0]


def test_a_name_and_a_colon(quotes_of):
    text = "More from Michael Okafor: “The market will recover by spring, and prices will follow it up.”"
    q = _quote(quotes_of, text, "The market will recover")
    assert q.kind == "direct" and q.cue is not None and q.cue.text == ":"
    assert q.speaker is not None and "Okafor" in q.speaker.name


def test_here_is_a_name(quotes_of):
    text = "Here is Governor Maria Lopez in May 2001: “We will build the bridge, whatever it costs the state.”"
    q = _quote(quotes_of, text, "We will build")
    assert q.kind == "direct" and q.speaker is not None and "Lopez" in q.speaker.name


def test_no_name_no_speaker(quotes_of):
    text = "The sign on the door read as follows: “Closed for the holidays, back in the new year.”"
    q = _quote(quotes_of, text, "Closed for the holidays")
    assert q.speaker is None or "Lopez" not in (q.speaker.name or "")
    text = "The plan had one line: “Cut the budget by a tenth and hope for the best.”"
    q = _quote(quotes_of, text, "Cut the budget")
    assert q.kind == "partial" or q.cue is None or q.cue.text != ":"


def test_a_body_and_a_colon(quotes_of):
    text = "Turnout models were off again - Harbour Research Institute: “Every sample we drew leaned older than the " \
           "electorate that turned up.”"
    q = _quote(quotes_of, text, "Every sample we drew")
    assert q.kind == "direct" and q.cue is not None and q.cue.text == ":"
    assert q.speaker is not None and "Institute" in (q.speaker.name or ""), q.speaker
