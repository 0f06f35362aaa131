"""Tests for the boilerplate line matcher."""

from __future__ import annotations

import pytest

from communique.extract.boilerplate import (
    BoilerplateMatcher,
    compile_patterns,
    is_boilerplate_line,
    is_byline,
    normalise_line,
)

CHROME = [
    "Read more",
    "» Read more: How the council vote went",
    "READ MORE",
    "Share this article",
    "Share",
    "Facebook Twitter Email",
    "Facebook | Twitter | LinkedIn | WhatsApp",
    "Sign up for our daily newsletter",
    "Subscribe to our newsletter",
    "Photo: Jane Roe / Getty Images",
    "Jane Roe/AP",
    "(AFP Photo)",
    "Image: Reuters",
    "Advertisement",
    "Follow us on Twitter",
    "Follow us",
    "Related: Ten things to know about the budget",
    "Continue reading the main story",
    "Story continues below advertisement",
    "Published: March 3, 2019 10:00 AM EST",
    "Updated 3 hours ago",
    "This article was originally published on The Example Review.",
    "12 comments",
    "Copyright 2020 The Example Times. All rights reserved.",
    "You might also like",
    "Click here to subscribe",
    "November 20, 2019 - 11:28 AMT",
    "Tuesday, Nov. 19, 2019",
    "2019-11-19 10:22",
    "4 min read",
    "Like this story? Share it with a friend!",
    "Write to Jane Roe at jane.roe@example.com",
]

PROSE = [
    "The minister said the plan would be published next week.",
    "Like him, many residents were angry about the decision.",
    "Published in 2019, the report found that emissions had fallen sharply over ten years.",
    "More news is expected later, officials said.",
    "The report was published on Tuesday by the UN and found that the famine had worsened.",
    "Sign in the window said closed.",
    "Photographs of the scene showed a collapsed bridge and dozens of rescue workers.",
    'He said: "Read more books."',
    "Share prices fell by 4% on Monday after the announcement.",
    "On November 20, 2019, the council met again.",
    "Like him, she wrote to the minister at once.",
    "",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", PROSE)
def test_story_lines_are_kept(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_long_lines_never_match() -> None:
    assert not is_boilerplate_line("Read more " + "word " * 200)


@pytest.mark.parametrize("junk", ["\x00\x01\x02", "\ud800", "<<<>>>", "a" * 100_000, None, 42])
def test_garbage_does_not_raise(junk: object) -> None:
    assert is_boilerplate_line(junk) in (True, False)  # type: ignore[arg-type]


def test_normalise_strips_decoration() -> None:
    assert normalise_line("  •  Read\u00a0  more  » ") == "Read more"
    assert normalise_line("It\u2019s") == "It's"


def test_bad_pattern_is_skipped_with_warning() -> None:
    with pytest.warns(UserWarning):
        rx = compile_patterns(["(unclosed", "ok line"])
    assert rx is not None and rx.fullmatch("OK LINE")


def test_user_pattern_file_extends_defaults(tmp_path) -> None:
    extra = tmp_path / "mine.txt"
    extra.write_text("# my site furniture\nwidget corner\n", encoding="utf-8")
    m = BoilerplateMatcher.from_files(extra)
    assert m("Widget corner")
    assert m("Read more")
    assert not BoilerplateMatcher.from_files(extra, include_default=False)("Read more")


def test_byline() -> None:
    assert is_byline("By Jane Roe")
    assert is_byline("By Jane Roe and John Doe, Example News")
    assert not is_byline("By the end of the war, the city had been destroyed and its people had fled.")
    assert not is_byline("Jane Roe")


def test_floating_patterns_match_inside_the_line() -> None:
    # patterns starting with ".{0,N}" are gated by a keyword test; the gate must not lose matches
    assert is_boilerplate_line("There's more where that came from. Sign up for the free daily newsletter.")
    assert is_boilerplate_line("A crowd gathers in the square on Monday. (AP Photo/Jane Roe)")
    assert is_boilerplate_line("Example Media Ltd. All rights reserved.")
    assert not is_boilerplate_line("The newsletter's editor, who founded it in 2001, said readers had doubled.")


def test_keyword_gate_derivation() -> None:
    from communique.extract.boilerplate import _keywords

    assert _keywords(r".{0,60}\bnewsletters?\s*[:|-]?") == ("newsletter",)
    assert _keywords(r".{0,20}\b(sign up|subscribe)\b.{0,10}") == ("sign up", "subscribe")
    assert _keywords(r".{0,20}(optional group)?x") is None
    assert _keywords(r"read more.{0,20}") is None


@pytest.mark.parametrize("line", ["Related", "Related stories:", "More from Example News", "You may also like"])
def test_teaser_markers(line: str) -> None:
    from communique.extract.boilerplate import is_teaser_marker

    assert is_teaser_marker(line)
    assert is_boilerplate_line(line)  # every marker is also furniture


def test_story_lines_are_not_teaser_markers() -> None:
    from communique.extract.boilerplate import is_teaser_marker

    assert not is_teaser_marker("Related charges were dropped on Monday, the court said.")
    assert not is_teaser_marker("More than 100 people were hurt.")


def test_every_marker_example_is_furniture() -> None:
    from communique.extract.boilerplate import is_teaser_marker

    for line in ["Related", "Related stories:", "More from Example News", "You may also like", "Comments",
                 "12 Comments", "Leave a Reply", "Join the conversation", "Have your say", "Recommended",
                 "Most read", "Latest news", "Don't miss", "Editor's picks", "Read next", "From around the web"]:
        assert is_teaser_marker(line), line
        assert is_boilerplate_line(line), line


def test_contributor_credits_belong_to_the_story():
    # like "With files from ...", a contributor line is the story's own credit (and names wire services)
    assert not is_boilerplate_line("Associated Press writer Jane Roe contributed to this report.")
