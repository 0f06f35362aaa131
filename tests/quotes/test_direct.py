from __future__ import annotations


def _by_start(quotes, words: str):
    return next(q for q in quotes if q.text.startswith(words))


def test_attribution_after_with_pronoun(quotes_of):
    text = ("Mayor Clara Benoit visited the harbour on Monday.\n\n"
            "\u201cThe new bridge will open next spring, whatever the weather,\u201d she said.")
    q = _by_start(quotes_of(text), "The new bridge")
    assert q.kind == "direct"
    assert q.speaker.name == "Clara Benoit"
    assert text[q.speaker.start:q.speaker.end] == "she"
    assert q.text.endswith("weather")  # the comma before the closing mark is not part of the words


def test_attribution_before_with_colon_and_straight_marks(quotes_of):
    text = 'Finance Minister Tomas Ruiz said: "We will cut the deficit in half by the end of the decade."'
    q = _by_start(quotes_of(text), "We will cut")
    assert q.kind == "direct" and q.speaker.name == "Tomas Ruiz" and q.cue.text == "said"


def test_inverted_attribution_and_adding(quotes_of):
    text = ('"The talks were useful," said Ambassador Pierre Lamy, adding "we expect a second round soon."')
    quotes = quotes_of(text)
    first, second = _by_start(quotes, "The talks"), _by_start(quotes, "we expect")
    assert first.speaker.name == second.speaker.name == "Pierre Lamy"
    assert second.cue.text == "adding"


def test_attribution_inside_split_quote(quotes_of):
    text = ('\u201cWe are ready to talk,\u201d Prime Minister Anna Kowalska said, \u201cbut not at any price.\u201d')
    quotes = quotes_of(text)
    assert {q.speaker.name for q in quotes if q.kind == "direct"} == {"Anna Kowalska"}
    assert len([q for q in quotes if q.kind == "direct"]) == 2


def test_continued_quote_in_its_own_paragraph_keeps_the_speaker(quotes_of):
    text = ("Senator Ruth Okafor spoke to reporters after the vote.\n\n"
            "\u201cThis bill protects families across the country,\u201d she said.\n\n"
            "\u201cWe waited far too long for it and the voters noticed.\u201d\n\n"
            "The bill now goes to the lower house.")
    q = _by_start(quotes_of(text), "We waited")
    assert q.kind == "direct" and q.speaker.name == "Ruth Okafor"


def test_multi_paragraph_quote_left_open(quotes_of):
    text = ("General Omar Haddad told the committee: \u201cOur troops have held the line for three months.\n\n"
            "\u201cThey need rest, equipment and a clear mandate before winter comes.\u201d")
    quotes = quotes_of(text)
    first, second = _by_start(quotes, "Our troops"), _by_start(quotes, "They need")
    assert first.speaker.name == second.speaker.name == "Omar Haddad"


def test_nested_single_quotes_stay_inside(quotes_of):
    text = ('"He told me \'the border is closed\' and walked away from the table," said negotiator Lena Vogt.')
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert "'the border is closed'" in quotes[0].text and quotes[0].speaker.name == "Lena Vogt"


def test_statement_that_reads_speaks_for_its_author(quotes_of):
    text = ('"The ministry will review every contract signed last year," a statement from spokesperson '
            'Ines Duarte reads.')
    q = _by_start(quotes_of(text), "The ministry will review")
    assert q.kind == "direct" and q.speaker.name == "Ines Duarte" and q.cue.text == "reads"


def test_scare_quotes_and_titles_are_partial(quotes_of):
    text = ('The plan was a "horror show" by any measure. Critics watched the film "Blue Harbour" twice.')
    # ("was described as a "horror show" in the press" reports what was said: tests/quotes/test_frames.py)
    quotes = quotes_of(text)
    assert quotes and all(q.kind == "partial" and q.speaker is None for q in quotes)


def test_typewriter_marks_attributed(quotes_of):
    text = "''The vote was fair and the count was clean,'' said election chief Hana Sato."
    q = _by_start(quotes_of(text), "The vote was fair")
    assert q.kind == "direct" and q.speaker.name == "Hana Sato"
