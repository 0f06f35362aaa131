"""The time resolver: every form it claims, calendar edges, tense, ambiguity, garbage that must not raise."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.model import When
from communique.when import article_when, find_times, guess_tense, resolve, timeml_value
from communique.when.words import TimeWordsError, load, parse

D = dt.date
SUN = D(2022, 1, 23)  # a Sunday


def r(expr: str, anchor: D = SUN, tense: str | None = None) -> tuple[str, str, str] | None:
    w = resolve(expr, anchor, tense)
    return (w.start, w.end, w.granularity) if w else None


def v(expr: str, anchor: D = SUN, tense: str | None = None) -> str | None:
    return timeml_value(resolve(expr, anchor, tense))


# --- every form named in the brief --------------------------------------------------------------------


@pytest.mark.parametrize("expr, expected", [
    ("last Friday", ("2022-01-21", "2022-01-21", "day")),
    ("Sunday", ("2022-01-23", "2022-01-23", "day")),
    ("Friday", ("2022-01-21", "2022-01-21", "day")),
    ("last December", ("2021-12-01", "2021-12-31", "month")),
    ("last spring", ("2021-03-01", "2021-05-31", "season")),
    ("earlier this month", ("2022-01-01", "2022-01-22", "month")),
    ("on Jan. 21", ("2022-01-21", "2022-01-21", "day")),
    ("January 21, 2022", ("2022-01-21", "2022-01-21", "day")),
    ("21 January", ("2022-01-21", "2022-01-21", "day")),
    ("21st January 2020", ("2020-01-21", "2020-01-21", "day")),
    ("the 3rd of March, 2019", ("2019-03-03", "2019-03-03", "day")),
    ("2021-07-04", ("2021-07-04", "2021-07-04", "day")),
    ("in 2019", ("2019-01-01", "2019-12-31", "year")),
    ("next week", ("2022-01-24", "2022-01-30", "week")),
    ("last week", ("2022-01-10", "2022-01-16", "week")),
    ("this week", ("2022-01-17", "2022-01-23", "week")),
    ("yesterday", ("2022-01-22", "2022-01-22", "day")),
    ("today", ("2022-01-23", "2022-01-23", "day")),
    ("tomorrow", ("2022-01-24", "2022-01-24", "day")),
    ("the day before yesterday", ("2022-01-21", "2022-01-21", "day")),
    ("this year", ("2022-01-01", "2022-12-31", "year")),
    ("last year", ("2021-01-01", "2021-12-31", "year")),
    ("next year", ("2023-01-01", "2023-12-31", "year")),
    ("two days ago", ("2022-01-21", "2022-01-21", "day")),
    ("three weeks ago", ("2021-12-27", "2022-01-02", "week")),
    ("five months ago", ("2021-08-01", "2021-08-31", "month")),
    ("two years ago", ("2020-01-01", "2020-12-31", "year")),
    ("nearly two weeks ago", ("2022-01-03", "2022-01-09", "week")),
    ("a week or so ago", ("2022-01-10", "2022-01-16", "week")),
    ("twenty-one days ago", ("2022-01-02", "2022-01-02", "day")),
    ("the 1990s", ("1990-01-01", "1999-12-31", "decade")),
    ("the '90s", ("1990-01-01", "1999-12-31", "decade")),
    ("the nineties", ("1990-01-01", "1999-12-31", "decade")),
    ("the twenties", ("2020-01-01", "2029-12-31", "decade")),
    ("mid-March", ("2022-03-11", "2022-03-21", "month")),  # the nearest March, no tense being known
    ("late 2021", ("2021-09-01", "2021-12-31", "year")),
    ("early 2020", ("2020-01-01", "2020-04-30", "year")),
    ("the first quarter", ("2022-01-01", "2022-03-31", "quarter")),
    ("Q3", ("2022-07-01", "2022-09-30", "quarter")),
    ("Q4 2019", ("2019-10-01", "2019-12-31", "quarter")),
    ("the third quarter of 1998", ("1998-07-01", "1998-09-30", "quarter")),
    ("the first half of 2021", ("2021-01-01", "2021-06-30", "half")),
    ("this weekend", ("2022-01-22", "2022-01-23", "weekend")),
    ("last weekend", ("2022-01-15", "2022-01-16", "weekend")),
    ("tonight", ("2022-01-23", "2022-01-23", "day")),
    ("this morning", ("2022-01-23", "2022-01-23", "day")),
    ("last night", ("2022-01-22", "2022-01-22", "day")),
    ("Friday night", ("2022-01-21", "2022-01-21", "day")),
    ("this summer", ("2022-06-01", "2022-08-31", "season")),
    ("the winter of 1994", ("1994-12-01", "1995-02-28", "season")),
    ("spring 2020", ("2020-03-01", "2020-05-31", "season")),
    ("July 1997", ("1997-07-01", "1997-07-31", "month")),
    ("January this year", ("2022-01-01", "2022-01-31", "month")),
    ("June last year", ("2021-06-01", "2021-06-30", "month")),
    ("nineteen ninety-six", ("1996-01-01", "1996-12-31", "year")),
    ("the year two thousand", ("2000-01-01", "2000-12-31", "year")),
    ("mid-1996", ("1996-05-01", "1996-08-31", "year")),
    ("the 20th century", ("1900-01-01", "1999-12-31", "century")),
    ("Christmas Day 2020", ("2020-12-25", "2020-12-25", "day")),
    ("Thanksgiving", ("2021-11-25", "2021-11-25", "day")),
    ("the week of March 9, 2020", ("2020-03-09", "2020-03-15", "week")),
    ("the end of the year", ("2022-10-01", "2022-12-31", "year")),
    ("later this year", ("2022-01-24", "2022-12-31", "year")),
    ("earlier in the year", ("2022-01-01", "2022-01-22", "year")),
    ("the current fiscal year", ("2022-01-01", "2022-12-31", "year")),
    ("the past week", ("2022-01-17", "2022-01-23", "week")),
    ("the past month", ("2021-12-24", "2022-01-23", "month")),
    ("the past year", ("2021-01-01", "2021-12-31", "year")),
    ("year-end", ("2022-10-01", "2022-12-31", "year")),  # as "the end of the year": no single day
    ("last year's end", ("2021-10-01", "2021-12-31", "year")),
    ("year-earlier", ("2021-01-01", "2021-12-31", "year")),  # as "a year earlier"
    ("year-ago", ("2021-01-01", "2021-12-31", "year")),
    ("Easter 2024", ("2024-03-31", "2024-03-31", "day")),
    ("Good Friday 2000", ("2000-04-21", "2000-04-21", "day")),
    ("Election Day 2020", ("2020-11-03", "2020-11-03", "day")),
    ("last Christmas", ("2021-12-25", "2021-12-25", "day")),
])
def test_forms(expr: str, expected: tuple[str, str, str]) -> None:
    assert r(expr) == expected


@pytest.mark.parametrize("expr", ["now", "recently", "the future", "currently", "soon", "the day", "then",
                                  "the week", "a few years ago", "", "   ", "is loving and giving"])
def test_vague_or_empty_is_none(expr: str) -> None:
    assert resolve(expr, SUN) is None


def test_text_is_kept_and_longest_expression_wins_inside() -> None:
    w = resolve("  9 a.m. EDT Thursday ", SUN)
    assert w is not None and w.text == "9 a.m. EDT Thursday" and w.start == "2022-01-20"


# --- calendar edges ------------------------------------------------------------------------------------


@pytest.mark.parametrize("expr, anchor, expected", [
    ("last December", D(2022, 1, 5), "2021-12"),      # read in January: the month just gone
    ("last December", D(2021, 12, 15), "2020-12"),    # read in December: not the current one
    ("last December", D(2021, 11, 30), "2020-12"),
    ("next January", D(2021, 12, 20), "2022-01"),
    ("next December", D(2021, 12, 20), "2022-12"),
    ("this December", D(2022, 1, 5), "2022-12"),
    ("last week", D(2021, 1, 3), "2020-W52"),         # 2021-01-03 is in ISO week 2020-W53
    ("this week", D(2021, 1, 3), "2020-W53"),
    ("next week", D(2020, 12, 30), "2021-W01"),
    ("Dec. 30", D(2022, 1, 2), "2021-12-30"),
    ("Jan. 2", D(2021, 12, 30), "2022-01-02"),
    ("yesterday", D(2022, 1, 1), "2021-12-31"),
    ("tomorrow", D(2021, 12, 31), "2022-01-01"),
    ("last winter", D(2022, 1, 10), "2020-WI"),       # the current winter holds the anchor
    ("this winter", D(2022, 1, 10), "2021-WI"),       # named by the year it starts in
    ("this winter", D(2021, 12, 10), "2021-WI"),
    ("last summer", D(2021, 7, 1), "2020-SU"),
    ("last summer", D(2021, 9, 1), "2021-SU"),
    ("last month", D(2022, 1, 15), "2021-12"),
    ("next month", D(2021, 12, 15), "2022-01"),
    ("last quarter", D(2022, 1, 23), "2021-Q4"),
    ("next quarter", D(2021, 11, 2), "2022-Q1"),
    ("the year-ago quarter", D(1989, 10, 26), "1988-Q3"),
    ("last year's quarter", D(1989, 10, 26), "1988-Q3"),
    ("the 1987 quarter", D(1989, 10, 26), "1987-Q3"),
    ("the year-ago quarter", D(2022, 1, 23), "2020-Q4"),
    ("last year", D(2022, 1, 1), "2021"),
    ("the first quarter", D(2021, 12, 31), "2021-Q1"),
])
def test_year_boundaries(expr: str, anchor: D, expected: str) -> None:
    assert v(expr, anchor) == expected


def test_fourth_quarter_reported_in_january_is_last_year() -> None:
    assert v("fourth-quarter", D(2022, 1, 23), "past") == "2021-Q4"
    assert v("fourth-quarter", D(2022, 1, 23), "future") == "2022-Q4"
    assert v("fiscal second-quarter", D(1989, 10, 26), "past") == "1989-Q2"


def test_leap_years() -> None:
    assert r("February 29, 2024") == ("2024-02-29", "2024-02-29", "day")
    assert resolve("February 29, 2023", SUN) is None
    assert resolve("February 30", SUN) is None
    assert v("Feb. 29", D(2021, 6, 1)) == "2020-02-29"
    assert v("Feb. 29", D(2021, 6, 1), "future") == "2024-02-29"
    assert v("two days ago", D(2024, 3, 1)) == "2024-02-28"
    assert r("last February", D(2024, 3, 10)) == ("2024-02-01", "2024-02-29", "month")
    assert r("this month", D(2023, 2, 10)) == ("2023-02-01", "2023-02-28", "month")
    assert r("the winter of 2023") == ("2023-12-01", "2024-02-29", "season")
    assert r("one year ago", D(2024, 2, 29)) == ("2023-01-01", "2023-12-31", "year")


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize("anchor", [D(2022, 1, 17) + dt.timedelta(days=i) for i in range(7)])
@pytest.mark.parametrize("wd", range(7))
def test_weekday_arithmetic(anchor: D, wd: int) -> None:
    name = WEEKDAYS[wd]

    def day(expr: str, tense: str | None = None) -> D:
        w = resolve(expr, anchor, tense)
        assert w is not None and w.granularity == "day" and w.start == w.end
        d = D.fromisoformat(w.start)
        assert d.weekday() == wd
        return d

    bare = day(name)  # past-tense news: on or before the anchor
    assert 0 <= (anchor - bare).days < 7
    assert day(name, "past") == bare
    assert 0 <= (anchor - day(f"last {name}")).days - 1 < 7  # strictly before
    assert 0 <= (day(f"next {name}") - anchor).days - 1 < 7  # strictly after
    assert day(f"this coming {name}") == day(f"next {name}")
    assert day(f"this past {name}") == day(f"last {name}")
    assert 0 <= (day(name, "future") - anchor).days < 7
    assert day(f"{name} morning") == bare
    assert day(f"{name[:3]}.") == bare


def test_weekday_before_a_date_picks_the_year() -> None:
    # Oct. 12 was a Tuesday in 2021 and a Wednesday in 2022
    assert v("Tuesday, Oct. 12", SUN) == "2021-10-12"
    assert v("Wednesday, Oct. 12", SUN) == "2022-10-12"


# --- tense --------------------------------------------------------------------------------------------


def test_tense_changes_bare_names() -> None:
    assert v("Friday", SUN, "past") == "2022-01-21"
    assert v("Friday", SUN, "future") == "2022-01-28"
    assert v("Monday", SUN, "future") == "2022-01-24"
    assert v("April", D(1998, 12, 5), "future") == "1999-04"
    assert v("April", D(1998, 12, 5), "past") == "1998-04"
    assert v("November", D(1989, 10, 30)) == "1989-11"  # a few days ahead is nearer than a year back
    assert v("October", D(1998, 1, 8)) == "1997-10"


@pytest.mark.parametrize("text, expected", [
    ("Talks ended on Friday in Geneva.", "2022-01-21"),
    ("Talks will resume on Friday in Geneva.", "2022-01-28"),
    ("The two ministers are scheduled to meet Friday.", "2022-01-28"),
    ("The minister said on Friday that talks will resume.", "2022-01-21"),
    ("Protesters planned to march on Friday.", "2022-01-28"),
])
def test_find_times_guesses_tense(text: str, expected: str) -> None:
    got = [w for w in find_times(text, SUN) if w.text == "Friday"]
    assert len(got) == 1 and got[0].start == expected


def test_guess_tense() -> None:
    assert guess_tense("He will visit Moscow") == "future"
    assert guess_tense("He visited Moscow") == "past"
    assert guess_tense("He is in Moscow") == "present"
    assert guess_tense("Moscow") is None
    assert guess_tense(None) is None  # type: ignore[arg-type]


def test_tense_argument_of_find_times_overrides_the_guess() -> None:
    (w,) = find_times("They met Friday.", SUN, tense="future")
    assert w.start == "2022-01-28"


def test_tense_function_per_expression() -> None:
    text = "They met Friday and meet again Monday."
    seen: list[str] = []

    def hint(start: int, end: int) -> str | None:
        seen.append(text[start:end])
        return "future" if text[start:end] == "Monday" else None  # None: fall back to the guess

    got = {w.text: w.start for w in find_times(text, SUN, tense=hint)}
    assert got == {"Friday": "2022-01-21", "Monday": "2022-01-24"} and "Monday" in seen

    def broken(start: int, end: int) -> str:
        raise RuntimeError("a hint that fails")

    assert [w.text for w in find_times(text, SUN, tense=broken)] == ["Friday", "Monday"]


# --- find_times: spans, overlaps, ambiguous words -------------------------------------------------------


def test_find_times_spans_and_longest_match() -> None:
    text = ("On Monday, Jan. 17, 2022, Blinken met Lavrov; they will meet again next week, "
            "a year after talks last spring and in the 1990s.")
    got = find_times(text, SUN)
    assert [w.text for w in got] == ["Monday, Jan. 17, 2022", "next week", "last spring", "the 1990s"]
    for w in got:
        assert w.span is not None and text[w.span.start:w.span.end] == w.text == w.span.text
    assert got[0].granularity == "day" and got[0].start == "2022-01-17"
    starts = [w.span.start for w in got if w.span]
    assert starts == sorted(starts)


@pytest.mark.parametrize("text", [
    "Officials may meet to discuss the plan.",
    "Thousands march through the capital.",
    "The fall of the city shocked the region.",
    "A fall in prices hurt farmers.",
    "He has a spring in his step.",
    "Some 2,000 troops and $1999 in cash.",
    "The company shipped 1500 units.",
    "The Sun and the Mon river; we wed in Sat Nav land.",
    "It was the first rally in three months.",
    "She joined Google Summer of Code.",
    "The Sunday Times and the Saturday Post ran it.",
    "Since Black Monday and Super Tuesday, nothing.",
    "The previous year and the following Friday were calm.",
    "Profits rose from year-earlier levels.",  # a modifier of a noun dates no event
])
def test_find_times_ignores_ambiguous_words(text: str) -> None:
    assert find_times(text, SUN) == []


def test_find_times_takes_a_taggers_date_entities() -> None:
    text = "The offensive came that fall and the 1648 treaty held."
    assert [w.text for w in find_times(text, SUN)] == []  # alone, "fall" and 1648 are too doubtful
    fall, year = text.index("fall"), text.index("1648")
    got = find_times(text, SUN, entities=[(fall, fall + 4), (year, year + 4), (5, 2), ("x", None)])
    assert [(w.text, w.granularity) for w in got] == [("fall", "season"), ("1648", "year")]
    assert got[0].span is not None and text[got[0].span.start:got[0].span.end] == "fall"
    assert find_times(text, SUN, entities=42) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("text, words, start", [
    ("The notes will be redeemed June one, with interest.", "June one", "2022-06-01"),
    ("He came back on March thirty-one.", "March thirty-one", "2022-03-31"),
    ("It ends on the twenty-first of March 2020.", "the twenty-first of March 2020", "2020-03-21"),
    ("In March three people died.", "March", "2022-03-01"),  # a count, not a day
])
def test_days_in_words(text: str, words: str, start: str) -> None:
    got = find_times(text, SUN)
    assert [(w.text, w.start) for w in got] == [(words, start)]


def test_find_times_in_tables_reads_no_day_out_of_a_decimal() -> None:
    got = find_times("Wheat Feb 48.7, March 13.2, May 9.0, total 71.9", SUN)
    assert [w.text for w in got] == ["March", "May"]


def test_find_times_keeps_capitalised_months_and_old_years_after_a_preposition() -> None:
    assert [w.text for w in find_times("They met in May and again in 1500.", SUN)] == ["May", "1500"]
    assert [w.text for w in find_times("The troops left in the fall.", SUN)] == ["the fall"]


def test_find_times_many_forms_in_one_text() -> None:
    text = ("Yesterday the board said third-quarter profit rose from the year-ago quarter; "
            "two days ago it warned that Q4 will be weak, and earlier this month it sold a unit "
            "it bought in mid-2019.")
    got = {w.text: timeml_value(w) for w in find_times(text, D(2021, 10, 20))}
    assert got == {"Yesterday": "2021-10-19", "third-quarter": "2021-Q3", "the year-ago quarter": "2020-Q3",
                   "two days ago": "2021-10-18", "Q4": "2021-Q4", "earlier this month": "2021-10",
                   "mid-2019": "2019"}


# --- TimeML values, article fallback, anchors -----------------------------------------------------------


@pytest.mark.parametrize("expr, value", [
    ("January 21, 2022", "2022-01-21"), ("last week", "2022-W02"), ("this weekend", "2022-W03-WE"),
    ("last December", "2021-12"), ("last spring", "2021-SP"), ("last fall", "2021-FA"),
    ("last summer", "2021-SU"),
    ("the first quarter of 1998", "1998-Q1"), ("H2 2020", "2020-H2"), ("2019", "2019"), ("the 1990s", "199"),
    ("the 20th century", "19"), ("the past week", "2022-W03"), ("early this week", "2022-W03"),
    ("late winter 2021", "2021-WI"), ("the late 1990s", "199"),
])
def test_timeml_values(expr: str, value: str) -> None:
    assert v(expr) == value


def test_timeml_value_of_nothing_or_bad_dates() -> None:
    assert timeml_value(None) is None
    assert timeml_value(When(start="x", end="y", granularity="day", text="")) is None
    assert timeml_value(When(start="2022-01-01", end="2022-01-01", granularity="fortnight", text="")) is None


def test_article_when() -> None:
    w = article_when(SUN)
    assert (w.start, w.end, w.granularity, w.text) == ("2022-01-23", "2022-01-23", "article", "")
    assert article_when(dt.datetime(2022, 1, 23, 18, 30)).start == "2022-01-23"  # type: ignore[arg-type]


def test_anchor_forms() -> None:
    assert v("yesterday", dt.datetime(2022, 1, 23, 23, 59)) == "2022-01-22"  # type: ignore[arg-type]
    assert v("yesterday", "2022-01-23") == "2022-01-22"  # type: ignore[arg-type]
    assert resolve("yesterday", "not a date") is None  # type: ignore[arg-type]
    assert resolve("yesterday", None) is None  # type: ignore[arg-type]
    assert find_times("yesterday", None) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("anchor", [D.min, D.max, D(1, 1, 7), D(9999, 12, 25)])
@pytest.mark.parametrize("expr", [
    "last year", "next year", "yesterday", "tomorrow", "next week", "last December", "the 1990s", "Friday",
    "next Friday", "three years ago", "in 200 years", "the third quarter", "last winter", "this weekend",
    "Thanksgiving", "Feb. 29"])
def test_extreme_anchors_never_raise(anchor: D, expr: str) -> None:
    w = resolve(expr, anchor)
    assert w is None or w.start <= w.end


# --- garbage --------------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.dates())
def test_garbage_never_raises(text: str, anchor: D) -> None:
    for w in find_times(text, anchor):
        assert w.span is not None and text[w.span.start:w.span.end] == w.text
        assert w.start <= w.end
    w = resolve(text, anchor)
    assert w is None or w.start <= w.end


SALAD = ["last", "next", "this", "the", "Friday", "May", "1998", "of", "quarter", "third", "week", "ago",
         "two", "early", "mid-", "spring", ",", "Jan.", "21", "'90s", "year", "a", "in", "day", "Christmas",
         "winter", "H1", "Q3", "fiscal", "century"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SALAD), max_size=12),
       st.dates(min_value=D(1800, 1, 1), max_value=D(2200, 1, 1)))
def test_word_salad_never_raises(words: list[str], anchor: D) -> None:
    text = " ".join(words)
    for w in find_times(text, anchor):
        assert text[w.span.start:w.span.end] == w.text if w.span else False
    resolve(text, anchor, "future")


@pytest.mark.parametrize("text", ["the year-ago " * 3000 + "quarter", "1998 " * 4000, "May 5, " * 3000,
                                  "the fiscal " * 3000 + "quarter", "Friday. " * 4000, "nineteen " * 4000])
def test_long_repetitive_text_stays_linear(text: str) -> None:
    import time

    t = time.perf_counter()
    find_times(text, SUN)
    assert time.perf_counter() - t < 5.0  # quadratic work here took minutes


@pytest.mark.parametrize("junk", [None, 42, b"Friday", ["Friday"], "\x00\ud800Friday", "Friday" * 5000])
def test_non_strings(junk: object) -> None:
    resolve(junk, SUN)  # type: ignore[arg-type]
    find_times(junk, SUN)  # type: ignore[arg-type]


# --- the data file is validated -------------------------------------------------------------------------


def _raw() -> dict:
    import yaml

    from communique.when.words import DATA

    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def test_shipped_words_load() -> None:
    w = load()
    assert w.months["sept"] == 9 and w.weekdays["thursday"] == 3 and w.seasons["autumn"].code == "FA"


@pytest.mark.parametrize("breakage, message", [
    (lambda raw: raw.pop("months"), "months"),
    (lambda raw: raw["months"].pop(12), r"no names for \[12\]"),
    (lambda raw: raw["months"][3].append("jan"), "names both"),
    (lambda raw: raw["weekdays"].update({7: ["funday"]}), "weekdays"),
    (lambda raw: raw["seasons"]["spring"].update({"code": "spring"}), "two capitals"),
    (lambda raw: raw["seasons"]["spring"].update({"months": [3]}), "months"),
    (lambda raw: raw["units"].update({"fortnight": "fortnight"}), "fortnight"),
    (lambda raw: raw["holidays"].update({"odd day": {"month": 13, "day": 1}}), "holidays"),
    (lambda raw: raw["holidays"].update({"odd day": {"month": 5}}), "holidays"),
    (lambda raw: raw["parts"].update({"early": [0.5, 0.2]}), "parts"),
    (lambda raw: raw["numbers"].update({"Two": 2}), "lower-case"),
])
def test_bad_words_fail_at_load(breakage, message: str) -> None:
    raw = _raw()
    breakage(raw)
    with pytest.raises(TimeWordsError, match=message):
        parse(raw)
    with pytest.raises(TimeWordsError):
        parse(["not", "a", "mapping"])
