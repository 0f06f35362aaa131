"""Wire credits: each credit form, the mentions that are not credits, ordering and garbage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.extract.credits import canonical_wire, find_wire

AP, CP, AFP, REUTERS = "The Associated Press", "The Canadian Press", "Agence France-Presse", "Reuters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sailed at noon.\n\nWith files from The Associated Press.", [AP]),
        ("The ferry sailed at noon.\n\nWith files from CTV News and The Canadian Press", [CP]),
        ("(Reuters) - The ferry sailed at noon.", [REUTERS]),
        ("OSLO, March 3 (Reuters) - The ferry sailed at noon.", [REUTERS]),
        ("LONDON (AP) \u2014 The ferry sailed at noon.", [AP]),
        ("The ferry sailed at noon.\n\n\u2014 AFP", [AFP]),
        ("The ferry sailed at noon, the captain said. -- AFP", [AFP]),
        ("The ferry sailed.\n(Reporting by Kari Nordmann in Oslo; Editing by Ola Nordmann)", [REUTERS]),
        ("The ferry sailed.\nAssociated Press writer Kari Nordmann in Oslo contributed to this report.", [AP]),
        ("The ferry sailed.\nThe Associated Press contributed to this report.", [AP]),
        ("The ferry sailed.\nCopyright 2024 The Associated Press. All rights reserved.", [AP]),
        ("By KARI NORDMANN Associated Press\nThe ferry sailed.", [AP]),
        ("BERGEN (CP) \u2014 The ferry sailed.", [CP]),
        ("BERLIN (dpa) - The ferry sailed.", ["dpa"]),
        ("MUMBAI (PTI) The ferry sailed.\n(With inputs from PTI)", ["Press Trust of India"]),
        ("The ferry sailed.\nSource: AFP", [AFP]),
        ("The ferry sailed.\nThis report by The Canadian Press was first published March 3, 2024.", [CP]),
        ("The ferry sailed at noon.\n REUTER", [REUTERS]),
        ("The ferry sailed.\nReporting by Kari Nordmann\nEditing by Ola Nordmann", [REUTERS]),
    ],
)
def test_credit_forms(text: str, expected: list[str]) -> None:
    assert find_wire(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "This story has been corrected to show the ferry sailed at noon.",
        "The ferry sailed at noon, Reuters reported, citing two sources.",
        "Reuters reported that the ferry sailed at noon.",
        "The captain told The Associated Press that the ferry sailed at noon.",
        "According to AFP, the ferry sailed at noon.",
        "The captain waves from the deck. (AP Photo/Kari Nordmann)",
        "The company contributed $5 million to the fund, AP said.",
        "The Associated Press (AP) is a news cooperative founded in 1846.",
        "He read files from the archive.",
        "Sources close to AFP said the deal is off.",
        "By Tuesday, AP reporters had counted every ballot in the three counties, officials said.",
        "The ferry sailed.\nWith files from CTV News.",
        "",
    ],
)
def test_mentions_are_not_credits(text: str) -> None:
    assert find_wire(text) == []


def test_several_agencies_in_order_of_appearance_deduplicated() -> None:
    text = "PARIS (AFP) - The ferry sailed.\nMore text.\nWith files from Reuters and The Associated Press.\n\u2014 AFP"
    assert find_wire(text) == [AFP, REUTERS, AP]


def test_joint_dateline() -> None:
    assert find_wire("KYIV (AFP/Reuters) - The ferry sailed.") == [AFP, REUTERS]


def test_bare_name_line_counts_only_at_the_edges() -> None:
    middle = "First paragraph.\nSecond paragraph.\nReuters\nFourth paragraph.\nFifth paragraph."
    assert find_wire(middle) == []
    assert find_wire("First paragraph.\nSecond paragraph.\nReuters") == [REUTERS]


def test_abbreviations_match_case_exactly() -> None:
    assert find_wire("LONDON (ap) \u2014 The ferry sailed.") == []


@pytest.mark.parametrize("bad", [None, 42, b"(Reuters) -", "\x00(((((", "\ud800"])
def test_garbage_never_raises(bad: object) -> None:
    assert isinstance(find_wire(bad), list)  # type: ignore[arg-type]


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_raises(text: str) -> None:
    assert isinstance(find_wire(text), list)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Reuters", REUTERS), ("AP", AP), ("Associated Press", AP), ("afp", None), ("Jane Doe", None), ("", None)],
)
def test_canonical_wire_for_author_names(name: str, expected: str | None) -> None:
    assert canonical_wire(name) == expected


@pytest.mark.parametrize("text", [
    "The bridge reopens on Monday.\nWITH FILES FROM REUTERS",
    "The bridge reopens on Monday.\nReuters staff contributed to this report.",
    "The bridge reopens on Monday.\nCopyright 2024 The Associated Press. All rights reserved.",
    "The bridge reopens on Monday.\n© 2024 Reuters",
])
def test_credits_found_in_any_case(text: str) -> None:
    # (a paragraph is tried against a phrase's pattern only when it holds the phrase's words, in any case)
    assert find_wire(text) != []
