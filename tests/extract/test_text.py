"""clean_scraped_text: a story copied with its site chrome comes back as title + body, verbatim."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.extract.text import CleanedText, clean_scraped_text, line_document_counts

TITLE = "Harbour city council approves new ferry link to northern islands"

STORY = [
    "The Harbour City council on Tuesday approved a new ferry service linking the port to the three northern "
    "islands, ending a decade of debate over how to serve residents who now rely on a single weekly boat.",
    "Mayor Lina Okafor said the vote was \u201ca turning point for families who have waited far too long,\u201d "
    "adding that the first sailings could begin next spring if the shipyard delivers on time.",
    "The council voted nine to four in favour of the plan, which will cost about 42 million dollars over five "
    "years and will be paid for partly by a regional transport grant.",
    "Opponents argued that the ferry link would strain the harbour budget and questioned whether enough "
    "passengers would use the service during the long winter months.",
    "\u201cWe are not against the islands, we are against spending money we do not have,\u201d said councillor "
    "Tomas Berg, who led the opposition to the proposal.",
    "Island residents who travelled to the meeting cheered when the result was read out, and several said they "
    "had planned their week around the vote.",
    "The port authority said it would publish a timetable and fares in the autumn after talks with operators.",
    "With files from The Coastal Press.",
]

TEASERS = [
    "MORE NEWS",
    "Storm closes mountain highway for second day",
    "Heavy snow and strong winds forced crews to close the mountain highway again on Wednesday, leaving "
    "hundreds of trucks waiting at the pass while engineers checked the slopes for avalanche risk.",
    "Local bakery wins national bread award",
    "A family bakery that opened in a converted garage twelve years ago has won the national prize for its "
    "sourdough loaf, beating more than two hundred entries from across the country this year.",
    "Stay Connected",
]

MENU = ["Skip to main content", "Home", "News", "Sports", "Weather", "Opinion", "Contact us"]


def page(title: str = TITLE, story: list[str] = STORY, eol: str = "\n") -> str:
    lines = [*MENU, title, "Share", *story, *TEASERS]
    return (eol + eol).join(lines) + eol


def test_founding_shape_title_and_story_boundaries() -> None:
    res = clean_scraped_text(page())
    assert res.title == TITLE
    assert res.body.split("\n\n") == STORY


def test_founding_shape_with_batch_counts() -> None:
    other = page(title="Council delays vote on parking fees at the old market square",
                 story=["The vote on parking fees was delayed again on Monday after a long and noisy debate "
                        "among councillors who could not agree on the price of an hour in the old square.",
                        "A new vote is planned for next month, the clerk said in a short statement."])
    texts = [page(), other]
    counts = line_document_counts(texts)
    res = clean_scraped_text(texts[0], counts, len(texts))
    assert res.title == TITLE
    assert res.body.split("\n\n") == STORY


def test_kept_lines_are_verbatim_and_title_not_repeated() -> None:
    text = page()
    res = clean_scraped_text(text)
    for para in res.body.split("\n\n"):
        assert para in text
    assert not res.body.startswith(res.title or "\0")


def test_title_inside_story_run_is_not_first_body_line() -> None:
    text = TITLE + "\n\n" + "\n\n".join(STORY)
    res = clean_scraped_text(text)
    assert res.title == TITLE
    assert res.body.split("\n\n")[0] == STORY[0]


def test_crlf_and_cr_line_endings() -> None:
    for eol in ("\r\n", "\r"):
        res = clean_scraped_text(page(eol=eol))
        assert res.title == TITLE
        assert res.body.split("\n\n") == STORY


def test_empty_and_blank_input() -> None:
    assert clean_scraped_text("") == CleanedText(None, "")
    assert clean_scraped_text(" \n\t\n\u200b\n") == CleanedText(None, "")


def test_menu_only_gives_no_story() -> None:
    text = "\n".join(["* Home", "* World", "* Politics", "* Business", "* Sport", "* Weather", "Sign in",
                      "Subscribe", "Share", "Stay Connected", "Privacy policy", "Terms of use"])
    assert clean_scraped_text(text).body == ""


def test_very_long_single_line() -> None:
    sentence = "The committee met again today to discuss the budget and the new rules for the harbour. "
    text = sentence * 3000
    res = clean_scraped_text(text)
    assert res.body == text.strip()


def test_only_quote_marks() -> None:
    res = clean_scraped_text('"\n\u201c\u201d\n\'\'\n\u00ab\u00bb\n"""')
    assert isinstance(res, CleanedText)
    assert res.title is None


def test_bad_arguments_do_not_raise() -> None:
    assert clean_scraped_text(None).body == ""  # type: ignore[arg-type]
    res = clean_scraped_text(page(), {"Share": "x"}, "many")  # type: ignore[arg-type, dict-item]
    assert isinstance(res, CleanedText)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=-3, max_value=50))
def test_garbage_never_raises(text: str, n_docs: int) -> None:
    res = clean_scraped_text(text, {text.strip(): 3}, n_docs)
    assert isinstance(res, CleanedText)
    for para in res.body.split("\n\n"):
        assert para.replace("\n", "") == "" or all(part.strip() in text for part in para.split("\n"))


def test_teasers_dropped_without_a_credit_line() -> None:
    teasers = [
        "IN DEPTH",
        "Lighthouse keeper retires after forty years on the rock",
        "After four decades of trimming wicks and logging storms, the last keeper of the southern light is "
        "handing over the keys to an automated beacon and moving inland to be closer to his grandchildren.",
        "Why are bananas getting more expensive this winter?",
        "Growers blame a fungus, shipping costs and a poor harvest in two exporting countries, and shop owners "
        "say shoppers should expect prices to stay high until the spring crop arrives at the markets.",
        "Stay Connected",
    ]
    text = "\n\n".join([*MENU, TITLE, "Share", *STORY[:-1], *teasers])
    res = clean_scraped_text(text)
    assert res.title == TITLE
    assert res.body.split("\n\n") == STORY[:-1]


def test_list_announced_by_a_colon_is_kept() -> None:
    dates = ["June 9 - Riverside Arena, Port Ellis", "June 12 - Old Mill Hall, Greyford",
             "June 15 - Harbour Stage, Lowmouth", "June 20 - City Park Bandstand, Northam"]
    story = [*STORY[:4], "The ferry company will hold public meetings in four towns on these dates:", *dates]
    text = "\n".join([*MENU, TITLE, "Share", *story, *TEASERS])
    res = clean_scraped_text(text)
    assert res.body.split("\n\n") == story


def test_hard_wrapped_paragraph_stays_one_paragraph() -> None:
    para = ("The council approved the ferry link on Tuesday after a long debate\n"
            "that ran late into the evening, with residents of the islands filling\n"
            "the public gallery and cheering when the result was read out.")
    text = "\n\n".join([*MENU, TITLE, "Share", para, *STORY[1:], *TEASERS])
    res = clean_scraped_text(text)
    assert res.body.split("\n\n")[0] == para


def test_line_document_counts_counts_documents_not_lines() -> None:
    counts = line_document_counts(["Share\nShare\nHello there", "  Share  \nOther line", None])  # type: ignore[list-item]
    assert counts["Share"] == 2
    assert counts["Hello there"] == 1


def test_no_title_when_text_is_only_prose() -> None:
    res = clean_scraped_text("\n\n".join(STORY[:3]))
    assert res.title is None
    assert res.body.split("\n\n") == STORY[:3]


def test_story_end_lines_from_data_file() -> None:
    from communique.extract.text_model import story_end

    assert story_end("With files from The Coastal Press.")
    assert story_end("(Reuters)")
    assert story_end("Reporting by Ann Lee; Editing by Tom Ray")
    assert not story_end("The press said the ferry would run daily.")
    assert not story_end("Share")


def test_story_repeated_in_the_batch_is_not_taken_for_chrome() -> None:
    other = page(title="Council delays vote on parking fees at the old market square",
                 story=["The vote on parking fees was delayed again on Monday after a long and noisy debate "
                        "among councillors who could not agree on the price of an hour in the old square.",
                        "A new vote is planned for next month, the clerk said in a short statement."])
    texts = [page(), page(), page(), other, other]  # the same story syndicated three times
    counts = line_document_counts(texts)
    res = clean_scraped_text(texts[0], counts, len(texts))
    assert res.title == TITLE
    assert res.body.split("\n\n") == STORY
    # The feature itself: story lines count once (copies discounted), chrome keeps its repetition.
    from communique.extract.text_features import line_features
    from communique.extract.text_lines import split_lines

    lines = split_lines(texts[0])
    feats = {ln.text: f for ln, f in zip(lines, line_features(lines, counts, len(texts)), strict=True)}
    assert feats[STORY[0]]["rep_any"] == 0.0
    assert feats["Share"]["rep_any"] == 1.0


_COMMENTS = [
    "I have taken that weekly boat for years and it is about time the council did something about it.",
    "Forty-two million is a lot of money for a ferry that will sail half empty in the winter, in my view.",
    "Great news for the islands, and I hope the shipyard is not late again like it was with the last one.",
]


def test_readers_comments_cut_at_their_heading() -> None:
    for heading in ("[ 12 comments ]", "Top Rated Comments"):
        text = "\n\n".join([*MENU, TITLE, "Share", *STORY[:-1], heading, *_COMMENTS])
        assert clean_scraped_text(text).body.split("\n\n") == STORY[:-1], heading


def test_offer_of_other_pages_ends_the_story_but_more_does_not() -> None:
    for heading in ("You may also like...", "Você pode gostar..."):
        text = "\n\n".join([*MENU, TITLE, "Share", *STORY[:-1], heading, *_COMMENTS])
        assert clean_scraped_text(text).body.split("\n\n") == STORY[:-1], heading
    inside = [*STORY[:3], "More:", *STORY[3:]]  # a "More:" box inside the story is no end
    body = clean_scraped_text("\n\n".join([*MENU, TITLE, "Share", *inside, *TEASERS])).body
    assert STORY[-2] in body


def test_list_announced_after_the_run_is_kept() -> None:
    dates = ["June 9 - Riverside Arena, Port Ellis", "June 12 - Old Mill Hall, Greyford",
             "June 15 - Harbour Stage, Lowmouth", "June 20 - City Park Bandstand, Northam"]
    announce = "The ferry company will hold public meetings in four towns on these dates:"
    text = "\n".join([*MENU, TITLE, "Share", *STORY[:4], announce, *dates, *TEASERS])
    body = clean_scraped_text(text).body.split("\n\n")
    assert body[:4] == STORY[:4] and announce in body
