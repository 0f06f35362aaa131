"""Words quoted inside a reported clause belong to that report: "The mayor says the council accepted the grant and
“there is nothing wrong with that”" is one mixed quote by the mayor, with no second quote of the quoted words
under some other verb nearby."""


def test_quoted_words_inside_a_reported_clause(quotes_of):
    text = ("The mayor says the council accepted a grant from the developer and “there is nothing wrong with that,” "
            "insisting that the money was declared.")
    qs = [q for q in quotes_of(text) if q.kind != "partial"]
    assert any(q.kind == "mixed" and "nothing wrong with that" in q.text and q.speaker is not None
               and q.speaker.name == "mayor" for q in qs), [(q.kind, q.text, q.speaker) for q in qs]
    assert not any(q.kind == "direct" and q.text.startswith("there is nothing wrong") for q in qs), \
        [(q.kind, q.text, q.cue) for q in qs]


def test_a_quotation_after_the_clause_keeps_its_cue(quotes_of):
    text = "The mayor said the grant was legal. “There is nothing wrong with that,” she added."
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert any(q.text.startswith("There is nothing wrong") and q.cue is not None and q.cue.text == "added"
               for q in qs), [(q.kind, q.text, q.cue) for q in quotes_of(text)]
