"""What a speech act's object says runs to the end of the act's own clause, not past a date, another
subject's clause or another act ("criticized X and praised Y")."""


def _one(quotes_of, text, cue):
    qs = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue]
    assert qs, [q.text for q in quotes_of(text)]
    return qs[0]


def test_the_object_with_what_follows_it(quotes_of):
    q = _one(quotes_of, "The senator has attacked the governor as too cozy with the banks, too dependent on big "
                        "donors and for hiding his tax returns.", "attacked")
    assert q.text.startswith("the governor as too cozy") and q.text.endswith("hiding his tax returns")


def test_a_date_ends_it(quotes_of):
    q = _one(quotes_of, "The mayor criticized the new parking rules on Tuesday.", "criticized")
    assert q.text == "the new parking rules"


def test_another_act_ends_it(quotes_of):
    q = _one(quotes_of, "The mayor criticized the parking rules and praised the new bus lanes.", "criticized")
    assert "praised" not in q.text


def test_a_date_inside_what_follows_does_not_end_it(quotes_of):
    # a sentence of our own: "over its 2015 report" says what was criticized, not when
    q = _one(quotes_of, "The senator criticized the agency over its 2015 report on river pollution.", "criticized")
    assert q.text == "the agency over its 2015 report on river pollution", q
