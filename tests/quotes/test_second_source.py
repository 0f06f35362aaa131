"""A second source set beside the first ("X said A, while Y said B"; "X said A, and Y said B") speaks for itself:
the first source's content ends before it, and the second report is a quote with its own speaker. A clause
reported inside the first ("said the poll shows voters want change") and a second clause of what is said ("said
A but that B") stay with the first source."""


def _pairs(quotes_of, text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in quotes_of(text) if q.kind != "partial"]


def test_a_source_set_against_another_by_while(quotes_of):
    text = ("After the town meeting, several farmers said the new levy had been fair, while other residents said they "
            "had not been consulted at all.")
    got = _pairs(quotes_of, text)
    assert any(t == "the new levy had been fair" for _, t in got), got
    assert ("other residents", "they had not been consulted at all") in got, got


def test_a_coordinated_second_source(quotes_of):
    text = "The mayor said the bridge would reopen in May, but the engineers said the repairs could take a year."
    got = _pairs(quotes_of, text)
    assert ("mayor", "the bridge would reopen in May") in got or any(
        t == "the bridge would reopen in May" for _, t in got), got
    assert any(n and "engineers" in n and t == "the repairs could take a year" for n, t in got), got


def test_a_nested_report_stays_with_its_source(quotes_of):
    text = "The minister said the latest survey shows that most farmers want lower fuel duties."
    got = _pairs(quotes_of, text)
    assert any(t == "the latest survey shows that most farmers want lower fuel duties" for _, t in got), got


def test_a_second_clause_of_what_is_said(quotes_of):
    text = ("The coach said the team had played well but that the referees had made several costly mistakes against "
            "it.")
    got = _pairs(quotes_of, text)
    assert any(t.startswith("the team had played well but that the referees") for _, t in got), got
