"""A naming verb ("call") states something only with what it calls its object: "called the plan a disaster",
"called the system “rigged”"; "called his mother" is a phone call, and says nothing."""


def _called(quotes_of, text):
    return [q.text for q in quotes_of(text) if q.cue is not None and q.cue.text.lower().startswith("call")]


def test_a_phone_call_says_nothing(quotes_of):
    assert _called(quotes_of, "The senator called his mother after the vote.") == []


def test_what_it_is_called_is_the_statement(quotes_of):
    got = _called(quotes_of, "The senator called the plan a disaster.")
    assert got and got[0].startswith("the plan a disaster"), got


def test_a_quoted_name_in_the_object(quotes_of):
    got = _called(quotes_of, "The senator called the new voting system “rigged” in a speech on Tuesday.")
    assert got and "rigged" in got[0], got
