"""A quotation with no cue of its own, in the paragraph of an attributed statement and after it, goes on with that
statement's words, even when it is no sentence of its own ("he said he had been offered money, but “...”");
a short one is a name or a scare quote and stays unattributed."""


def _by_cue(quotes_of, text, cue):
    qs = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue]
    assert qs, [(q.kind, q.text, q.cue) for q in quotes_of(text)]
    return qs


def test_a_quotation_that_carries_on_the_sentence(quotes_of):
    text = ("The farmer said he had been offered money for the land, but “the buyers wanted to pave it over, and I "
            "could not let that happen.”")
    qs = _by_cue(quotes_of, text, "said")
    assert any(q.text.startswith("the buyers wanted") and q.kind == "direct" for q in qs), [q.text for q in qs]
    assert all(q.speaker is not None and q.speaker.start == 4 for q in qs)


def test_a_quotation_split_by_its_cue(quotes_of):
    text = "“The danger,” said the harbour master, “is that the next storm will take the whole pier.”"
    qs = _by_cue(quotes_of, text, "said")
    assert {q.text for q in qs} >= {"The danger", "is that the next storm will take the whole pier."}, \
        [q.text for q in qs]


def test_a_later_quotation_in_the_paragraph(quotes_of):
    text = ("“We will not close the school,” the mayor said on Monday. Unless the county cuts its grant, “there is "
            "no reason to send the children elsewhere.”")
    qs = _by_cue(quotes_of, text, "said")
    assert any(q.text.startswith("there is no reason") for q in qs), [q.text for q in qs]


def test_a_scare_quote_is_not_carried(quotes_of):
    text = "“We will not close the school,” the mayor said. Critics call the plan “a fudge”."
    assert not any(q.text == "a fudge" and q.kind != "partial" for q in quotes_of(text))


def test_nor_a_quotation_in_the_next_paragraph(quotes_of):
    text = ("The farmer said he had been offered money for the land.\n\nThe council called the deal “a land grab by "
            "any other name”.")
    assert all(q.cue is None or q.cue.text != "said" for q in quotes_of(text) if q.text.startswith("a land grab"))


def test_a_short_whole_sentence_goes_on(quotes_of):
    text = 'The farmer said the levy was unfair. "They tax us," she said. "Everyone pays, right?"'
    qs = [q for q in quotes_of(text) if q.kind != "partial"]
    assert any(q.text == "Everyone pays, right?" and q.speaker is not None and q.cue is not None for q in qs), \
        [(q.kind, q.text, q.speaker) for q in quotes_of(text)]


def test_a_short_scare_quote_stays_partial(quotes_of):
    text = 'The mayor said the budget was balanced. "It is fine," she said. Its "creative" accounting drew notice.'
    got = [q for q in quotes_of(text) if q.text == "creative"]
    assert all(q.kind == "partial" for q in got), [(q.kind, q.text) for q in got]


def test_a_quotation_after_the_speakers_aside_goes_on_from_the_quotation_before(quotes_of):
    # sentences of our own: the participle between the quotations is the captain's aside, not what the second
    # quotation continues
    quotes = quotes_of("“The ferry is late,” the captain said, describing how the crew had worked through the "
                       "night. “We will sail at noon and not a minute later.”")
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["The ferry is late", "We will sail at noon and not a minute later."], quotes
    assert {q.cue.text for q in direct} == {"said"}, direct
