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


def test_what_a_describing_verb_takes_its_object_as_can_be_a_clause(quotes_of):
    # a sentence of our own: the parser hangs "as the town celebrating itself" on "described"
    q = _one(quotes_of, "The mayor has described the festival as the town celebrating itself.", "described")
    assert q.text == "the festival as the town celebrating itself", q


def test_a_gerund_object_runs_on_with_what_follows_it(quotes_of):
    # a sentence of our own
    q = _one(quotes_of, "The resolution supported closing the old bridge, limiting the number of lorries and "
                        "binding the council to a vote.", "supported")
    assert q.text.startswith("closing the old bridge") and q.text.endswith("binding the council to a vote"), q


def test_a_reason_with_its_own_subject_is_part_of_it(quotes_of):
    # a sentence of our own
    q = _one(quotes_of, "The mayor criticized the new bus lanes because few people live near them.", "criticized")
    assert q.text == "the new bus lanes because few people live near them", q
