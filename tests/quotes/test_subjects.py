"""Who the subject of a reporting verb is: after a quotation the verb can come first ("...," said Skelly), and
a demonstrative subject ("That suggests ...") stands for a thing, not a speaker."""

import pytest


@pytest.mark.parametrize("text, name", [
    ("“Having access to the file and two people who understand it is valuable,” said Skelly, explaining he "
     "worked with Vito.", "Skelly"),
    ("“There are more candidates competing in the state than ever,” added a New Hampshire Republican.",
     "Republican"),
    ("“A lot of people predicted that this issue was going to disappear,” added Murphy, referring to the "
     "shootings.", "Murphy"),
])
def test_the_subject_after_the_verb_speaks(quotes_of, text, name):
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert direct and direct[0].speaker is not None and name in (direct[0].speaker.name or "")


@pytest.mark.parametrize("text", [
    "That suggests the deal will fail before the summer.",
    "This shows that voters have grown tired of the race.",
])
def test_a_demonstrative_subject_is_no_speaker(quotes_of, text):
    assert [q for q in quotes_of(text) if q.kind != "partial"] == []


def test_a_named_subject_still_speaks(quotes_of):
    qs = quotes_of("The senator suggested the deal will fail before the summer.")
    assert qs and qs[0].speaker is not None and qs[0].speaker.name == "senator"


@pytest.mark.parametrize("text", [
    "The governor has won the support of millions of voters across the state.",
    "The senator struggled to earn the support of younger voters in the primary.",
])
def test_who_wins_support_does_not_voice_it(quotes_of, text):
    assert [q for q in quotes_of(text) if q.kind != "partial"] == []


def test_who_voices_support_owns_it(quotes_of):
    qs = [q for q in quotes_of("The senator voiced support for the new trade agreement.") if q.kind != "partial"]
    assert qs and qs[0].speaker is not None and qs[0].speaker.name == "senator"


def test_a_stance_under_a_modal_is_supposed_not_reported(quotes_of):
    qs = quotes_of("Voters may want to reconsider the plan after this week.")
    assert [q for q in qs if q.kind != "partial"] == []
    qs = [q for q in quotes_of("The senator vowed to repeal the law.") if q.kind != "partial"]
    assert qs and qs[0].text == "to repeal the law"  # ("wants to": a wish the learned tagger drops, as PolNeAR)


def test_words_under_a_modal_are_still_reported(quotes_of):
    qs = [q for q in quotes_of("The minister would say that the plan had failed.") if q.kind != "partial"]
    assert qs and qs[0].text.endswith("the plan had failed")


def test_an_impersonal_it_keeps_its_claim_without_a_speaker(quotes_of):
    qs = [q for q in quotes_of("It is thought that the talks will resume next month.") if "talks" in q.text]
    assert qs and all(q.speaker is None for q in qs)
