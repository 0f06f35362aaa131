"""A kicker before a headline's colon ("Breaking:", "EXCLUSIVE:", "UPDATE:") labels the item and names nobody; the
headline's own attribution, if any, keeps its speaker. "Report:" stays a source, and a name before the colon still
speaks ("Graham: ...")."""


def _claims(quotes_of, text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in quotes_of(text) if q.kind != "partial"]


def test_a_kicker_is_no_speaker(quotes_of):
    got = _claims(quotes_of, "Breaking: Storm closes every bridge into the city\n\nThe closures began at noon.")
    assert all(n is None or n.lower() != "breaking" for n, _ in got), got


def test_the_headline_keeps_its_own_speaker(quotes_of):
    got = _claims(quotes_of, "EXCLUSIVE: In a letter to parliament, farmers insist the levy is unfair\n\n"
                             "The letter was sent on Monday.")
    assert ("farmers", "the levy is unfair") in got, got
    assert all(n is None or n.lower() != "exclusive" for n, _ in got), got


def test_a_name_before_the_colon_speaks(quotes_of):
    got = _claims(quotes_of, "Ortiz: The new levy will ruin small farms\n\nThe farmer spoke on Sunday.")
    assert any(n == "Ortiz" for n, _ in got), got
