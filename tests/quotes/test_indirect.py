from __future__ import annotations


def _one(quotes, words: str):
    return next(q for q in quotes if words in q.text)


def test_reporting_verb_with_clause(quotes_of):
    text = "Ambassador Igor Petrov said the government would welcome the meeting in the spring."
    q = _one(quotes_of(text), "the government would welcome")
    assert q.kind == "indirect" and q.speaker.name == "Igor Petrov" and q.cue.text == "said"
    assert q.text.startswith("the government")


def test_clause_before_the_verb(quotes_of):
    text = "The ceasefire will hold through the weekend, the minister of defence, Karl Moser, told reporters."
    q = _one(quotes_of(text), "ceasefire will hold")
    assert q.kind == "indirect" and q.speaker is not None


def test_country_as_speaker(quotes_of):
    text = "Troops gathered near the border this week. Russia denies it intends to invade its neighbour."
    q = _one(quotes_of(text), "it intends to invade")
    assert q.kind == "indirect" and q.speaker.name == "Russia"
    assert q.speaker.actor is not None and q.speaker.actor.code == "RUS"


def test_according_to(quotes_of):
    text = "The factory will close in March, according to the French labour ministry."
    q = _one(quotes_of(text), "factory will close")
    assert q.kind == "indirect" and "ministry" in q.speaker.name.lower()
    assert q.cue.text.lower() == "according"


def test_mixed_quote(quotes_of):
    text = ('Minister Sofia Brandt added that while talks continue, an \u201copen offer\u201d of help still '
            'stands.')
    quotes = quotes_of(text)
    q = _one(quotes, "open offer")
    assert q.kind == "mixed" and q.speaker.name == "Sofia Brandt"
    assert not any(x.kind == "partial" and x.text == "open offer" for x in quotes)


def test_officials_as_a_group_speaker(quotes_of):
    text = "Canadian officials said the embassy would stay open during the talks."
    q = _one(quotes_of(text), "embassy would stay open")
    assert q.speaker is not None and "officials" in q.speaker.name.lower()
    assert q.speaker.actor is not None and q.speaker.actor.code == "CAN"


def test_pronoun_speaker_of_indirect_quote(quotes_of):
    text = ("Foreign Minister Sergio Alvarez met his counterpart on Friday. "
            "He said the two countries had agreed on a timetable.")
    q = _one(quotes_of(text), "agreed on a timetable")
    assert q.speaker.name == "Sergio Alvarez" and text[q.speaker.start:q.speaker.end] == "He"


def test_speech_inside_a_quotation_is_not_a_second_quote(quotes_of):
    text = '"I said the deal was dead, and I meant it," the senator, Maria Lopez, said.'
    quotes = [q for q in quotes_of(text) if q.kind != "partial"]
    assert len(quotes) == 1 and quotes[0].kind == "direct"


def test_statement_released_by_an_organisation(quotes_of):
    text = "The Red Cross released a statement saying its staff would leave the city by Friday."
    q = _one(quotes_of(text), "staff would leave")
    assert q.speaker is not None and "Red Cross" in q.speaker.name


def test_speech_act_with_an_object(quotes_of):
    text = "Senator Paul Grant criticized the new trade agreement with Mexico on Tuesday."
    q = _one(quotes_of(text), "trade agreement")
    assert q.kind == "indirect" and q.speaker.name == "Paul Grant"


def test_passive_attribution_takes_its_agent(quotes_of):
    text = "The new tax on fuel was criticized by the union leader Marta Silva on Monday."
    q = _one(quotes_of(text), "tax on fuel")
    assert q.speaker is not None and q.speaker.name == "Marta Silva"


def test_as_reported_by_a_newspaper(quotes_of):
    text = "As the Lisbon Daily reported on Sunday, the port will reopen after the strike ends."
    q = _one(quotes_of(text), "port will reopen")
    assert q.kind == "indirect" and "Lisbon Daily" in q.speaker.name


def test_call_for_someone_to_act(quotes_of):
    text = "Senator Alan Reyes called for the government to release the report before the vote."
    q = _one(quotes_of(text), "release the report")
    assert q.speaker.name == "Alan Reyes"


def test_indirect_question(quotes_of):
    text = "Journalist Maria Chen asked the minister whether the border would stay closed all winter."
    q = _one(quotes_of(text), "border would stay closed")
    assert q.kind == "indirect" and q.speaker.name == "Maria Chen"


def test_described_as(quotes_of):
    text = "Governor Luis Ortega described the flood response as a national embarrassment."
    q = _one(quotes_of(text), "flood response")
    assert "embarrassment" in q.text and q.speaker.name == "Luis Ortega"


def test_headline_name_colon_statement(quotes_of):
    text = ("Merkel: Europe must protect its outer borders\n\n"
            "Q: Will you run again?\n\n"
            "The chancellor spoke in Berlin on Monday.")
    quotes = quotes_of(text)
    q = _one(quotes, "Europe must protect")
    assert q.speaker.name == "Merkel" and q.cue.text == ":"
    assert not any(q.speaker and q.speaker.name == "Q" for q in quotes)  # a transcript marker names nobody


def test_view_stated_with_as(quotes_of):
    text = "Most farmers see the new water rules as a threat to their livelihood."
    q = _one(quotes_of(text), "water rules")
    assert "threat" in q.text and q.speaker is not None and "farmers" in q.speaker.name


def test_how_or_when_someone_spoke_is_no_topic(quotes_of):
    text = ("The senator spoke on Tuesday at a town hall in Ohio. An aide, who spoke on condition of anonymity, "
            "confirmed the schedule. The governor talked on the phone for an hour.")
    for q in quotes_of(text):
        assert not any(w in q.text for w in ("Tuesday", "condition of anonymity", "the phone")), q.text


def test_what_someone_spoke_on_is_a_topic(quotes_of):
    text = "The senator spoke on the dangers of the new trade agreement with China."
    q = _one(quotes_of(text), "dangers of the new trade agreement")
    assert q.kind == "indirect" and q.speaker.name and "senator" in q.speaker.name.lower()
