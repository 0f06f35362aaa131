"""Attributions without a verb of saying: an adjective of attitude ("are optimistic that ..."), a named poll a
clause is "in", "according to" on either side of its clause, and a reporting verb under a predicative adjective
("were more likely to say ...")."""

from __future__ import annotations


def _one(quotes, words: str):
    return next(q for q in quotes if words in q.text)


def test_adjective_with_a_clause(quotes_of):
    q = _one(quotes_of("Farmers in the valley are optimistic that the new dam will end the drought."),
             "new dam will end")
    assert q.kind == "indirect" and q.cue.text == "optimistic" and q.speaker.name.startswith("Farmers")


def test_adjective_with_its_object(quotes_of):
    q = _one(quotes_of("Senator Mary Cole was critical of the trade agreement with Mexico."), "trade agreement")
    assert q.cue.text == "critical" and q.speaker.name == "Mary Cole"
    assert q.text.startswith("the trade agreement")


def test_adjective_with_an_infinitive(quotes_of):
    q = _one(quotes_of("The union's leaders were eager to end the strike before the holidays."), "to end the strike")
    assert q.cue.text == "eager" and "leaders" in q.speaker.name


def test_empty_it_states_nobody_s_attitude(quotes_of):
    assert quotes_of("It is clear that the bridge will not open this year.") == []


def test_adjective_without_a_complement_attributes_nothing(quotes_of):
    assert quotes_of("The mayor was angry on Tuesday.") == []


def test_reporting_verb_under_a_predicative_adjective(quotes_of):
    q = _one(quotes_of("Older voters were far more likely to say the economy would get worse next year."),
             "economy would get worse")
    assert q.cue.text == "say" and q.speaker.name == "Older voters"


def test_a_named_poll_is_the_source(quotes_of):
    q = _one(quotes_of("In a Des Moines Register poll last month, Mayor Ortiz had a ten-point lead over his rival."),
             "ten-point lead")
    assert q.cue.text == "In" and "Des Moines Register" in q.speaker.name


def test_a_poll_yields_to_the_clause_s_own_verb(quotes_of):
    quotes = quotes_of("In a Gallup survey released on Monday, most farmers said the subsidies should end.")
    q = _one(quotes, "subsidies should end")
    assert q.cue.text == "said" and q.speaker.name == "most farmers"
    assert all(x.cue.text != "In" for x in quotes)


def test_unnamed_polls_are_no_source(quotes_of):
    assert quotes_of("Mayor Ortiz has a slight lead in the polls.") == []


def test_according_to_keeps_the_clause_its_verb_is_in(quotes_of):
    text = ("Some 59 percent of registered voters view the governor unfavorably, according to a Harris poll "
            "last week - about the same as in June.")
    q = _one(quotes_of(text), "view the governor unfavorably")
    assert q.cue.text == "according" and q.text.startswith("Some 59 percent")


def test_those_with_a_modifier_are_people(quotes_of):
    q = _one(quotes_of("By 58 to 33 percent, those surveyed said the program's funding should not be cut."),
             "funding should not be cut")
    assert q.speaker is not None and q.speaker.name == "those surveyed"


def test_a_person_named_by_their_stance(quotes_of):
    q = _one(quotes_of("The actress Ann Reed is an outspoken supporter of Senator Paul Ward."), "Paul Ward")
    assert q.cue.text == "supporter" and q.speaker.name == "Ann Reed"


def test_stance_nouns_alone_name_nobody(quotes_of):
    assert quotes_of("Supporters of the two senators met in the hall on Friday.") == []


def test_made_it_clear(quotes_of):
    q = _one(quotes_of("Governor Ann Reed made it clear that she would veto the budget."), "veto the budget")
    assert q.cue.text == "clear" and q.speaker.name == "Ann Reed"


def test_responding_to_is_about_what_is_answered(quotes_of):
    q = _one(quotes_of("Governor Ann Reed did not respond to the senator's remarks about the budget."),
             "senator's remarks")
    assert q.cue.text == "respond" and q.speaker.name == "Ann Reed"
