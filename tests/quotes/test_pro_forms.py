"""Small frames of reported speech the parse hides: a pro-form that stands for the whole statement ("said
so", "said yes", "said the same"); a reporting verb the tagger took for a noun ("..., records show"); a headline
attribution whose name is followed by where or about what it speaks ("Name at <event>: ...") or whose words are
quoted with no verb of their own; a pronoun object with what it is thanked, praised or blamed for ("thanked them
for keeping the ferry running"); a pronoun of quantity with its "of" phrase as the object ("criticized some of the
timetables")."""


def _claims(quotes_of, text):
    return [(q.speaker.name if q.speaker else None, q.text, q.cue.text if q.cue else None)
            for q in quotes_of(text) if q.kind != "partial"]


def test_said_so_reports_a_statement(quotes_of):
    got = _claims(quotes_of, "The harbour master was asked whether the ferry would sail. Most of the crew said so.")
    assert any(t == "so" and c == "said" for _, t, c in got), got


def test_said_yes_and_the_same(quotes_of):
    got = _claims(quotes_of, "Asked whether the bridge should reopen, the engineer said yes. "
                             "The mayor of Lindholm said the same on Monday.")
    assert any(t == "yes" for _, t, _ in got), got
    assert any(t == "the same" for _, t, _ in got), got


def test_so_before_more_words_is_no_pro_form(quotes_of):
    got = _claims(quotes_of, "The captain said so many things about the storm that nobody listened.")
    assert not any(t == "so" for _, t, _ in got), got


def test_records_show_taken_for_a_noun(quotes_of):
    got = _claims(quotes_of, "The ferry company was insured at a value of $4 million in 2019, records show.")
    assert any(c == "show" and "insured at a value" in t for _, t, c in got), got


def test_a_headline_name_with_its_setting(quotes_of):
    got = _claims(quotes_of, "Former minister Ortiz at the farm fair: The new levy will ruin small farms\n\n"
                             "The fair opened on Sunday.")
    assert any(n is not None and "Ortiz" in n and t.startswith("The new levy") for n, t, _ in got), got


def test_a_pronoun_object_judged_for_something(quotes_of):
    got = _claims(quotes_of, "After the flood, the harbour master Ines Varga thanked them for keeping the ferry "
                             "running through the storm.")
    assert any(c == "thanked" and "keeping the ferry running" in t for _, t, c in got), got


def test_a_pronoun_of_quantity_with_its_of_phrase(quotes_of):
    got = _claims(quotes_of, "In her speech at the docks, the harbour master Ines Varga criticized some of the new "
                             "ferry timetables.")
    assert any(c == "criticized" and "some of the new ferry timetables" in t for _, t, c in got), got
