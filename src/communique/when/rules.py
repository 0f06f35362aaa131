"""The patterns of English time expressions and how each resolves against an anchor date.

Each rule is a regular expression (built from the time words) and a handler that turns a match into an
inclusive date range and a granularity, or rejects it (``None``). Rules never raise: the caller wraps
them, and impossible dates (February 30) are rejections, not errors.

Which occurrence a bare recurring name means ("Friday", "December", "spring") depends on the tense of
its clause: past (and unknown or present) tense takes the latest one on or before the anchor, future
tense the earliest one not yet over; "last"/"this past" and "next"/"this coming" override the tense.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from communique.when import calendar as cal
from communique.when.lexicon import Lexicon, g, lexicon, parse_day, parse_number, parse_year

Range = cal.Range
Result = tuple[Range, str] | None
INVALID: tuple[Range, str] = ((dt.date.min, dt.date.min), "invalid")
"""A well-formed but impossible date ("February 29, 2023"): it wins over the shorter expressions inside
it and is then dropped, so that "February 29" is not read out of it."""


@dataclass(frozen=True)
class Ctx:
    text: str
    anchor: dt.date
    tense: str | None  # past, present, future or None
    strict: bool  # running text: bare month names capitalised, bare "fall"/"spring" after a preposition
    # the matcher, for rules that resolve an expression inside theirs ("the week of March 3"): given by
    # match.py, so this module never imports it (no import circle)
    resolve: Callable[[str, dt.date, str | None], tuple[cal.Range, str] | None] | None = None


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Callable[[re.Match[str], Ctx, Lexicon], Result]


REL_LAST = {"last", "past", "this past", "the previous", "the past", "the last", "previous", "the latest",
            "the most recent", "latest", "most recent"}
REL_NEXT = {"next", "coming", "this coming", "the coming", "the next", "the following", "following"}
REL_THIS = {"this", "the current", "current", "the same", "the"}
RELS = (r"this\s+past|this\s+coming|the\s+coming|the\s+past|the\s+last|the\s+latest|the\s+most\s+recent"
        r"|the\s+current|last|this|next|coming|past|current|latest")
"""Words that place a period relative to the article's date. "The previous year", "the following Friday",
"the same month" are relative to a time the story has just named, not to its date: left out."""


def _rel(m: re.Match[str], name: str = "rel") -> str | None:
    v = m.groupdict().get(name)
    return re.sub(r"\s+", " ", v.lower()) if v else None


def _mode(rel: str | None, ctx: Ctx, bare: str = "past") -> str:
    """How to pick an occurrence: "last"/"next" when the phrase says so, else by tense: future tense
    looks ahead, any other tense uses ``bare`` (past for weekdays, nearest-with-a-past-bias for dates)."""
    if rel in REL_LAST:
        return "last"
    if rel in REL_NEXT:
        return "next"
    if ctx.tense == "future":
        return "nearest_future" if bare == "nearest" else "future"
    return bare


def _cap(s: str | None, ctx: Ctx) -> bool:
    return not ctx.strict or bool(s) and s[0].isupper()


def _part(r: Range, m: re.Match[str], lex: Lexicon, name: str = "part") -> Range:
    p = m.groupdict().get(name)
    if not p:
        return r
    lo, hi = lex.words.parts.get(p.lower(), (0.0, 1.0))
    return cal.part(r, lo, hi)


def _adv(r: Range, anchor: dt.date, adv: str | None, lex: Lexicon) -> Range:
    """ "earlier this month" runs to the day before the anchor, "later this year" from the day after;
    "early"/"late"/"the end of" take a slice of the range."""
    if not adv:
        return r
    a = re.sub(r"\s+", " ", adv.lower()).removeprefix("the ").removesuffix(" of").removesuffix("-").strip()
    if a == "earlier" and r[0] < anchor <= r[1]:
        return r[0], anchor - cal.DAY
    if a == "later" and r[0] <= anchor < r[1]:
        return anchor + cal.DAY, r[1]
    if a in lex.words.parts:
        return cal.part(r, *lex.words.parts[a])
    return r


def _year(m: re.Match[str], name: str, ctx: Ctx, lex: Lexicon) -> int | None:
    s = m.groupdict().get(name)
    if not s:
        return None
    y = parse_year(s, lex.words)
    return y if y is not None and cal.ok_year(y) else None


# --- absolute dates --------------------------------------------------------------------------------


def _date(y: int, mon: int, day: int) -> Result:
    try:
        d = dt.date(y, mon, day)
    except ValueError:
        return INVALID
    return cal.day_range(d), "day"


def _full_date(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    mon, day, y = lex.month_number(m["mon"]), parse_day(m["day"], lex.words), _year(m, "year", ctx, lex)
    if mon is None or day is None or y is None or not _cap(m["mon"], ctx):
        return None
    return _date(y, mon, day)


def _month_day(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    mon, day = lex.month_number(m["mon"]), parse_day(m["day"], lex.words)
    if mon is None or day is None or not _cap(m["mon"], ctx):
        return None
    if ctx.strict and m["day"][0].isalpha() and " of " not in m[0].lower() and "dm" in m.re.groupindex:
        return None  # "the first March" is not a date; "the first of March" is
    if mon == 2 and day == 29:  # only leap years have it: look for the nearest one
        years = [y for y in range(ctx.anchor.year - 4, ctx.anchor.year + 5) if cal.ok_year(y)]
        cands = [(dt.date(y, 2, 29), dt.date(y, 2, 29)) for y in years if calendar.isleap(y)]
        past = [r for r in cands if r[0] <= ctx.anchor]
        fut = [r for r in cands if r[0] >= ctx.anchor]
        pick = (fut[:1] if ctx.tense == "future" else past[-1:]) or past[-1:] or fut[:1]
        return (pick[0], "day") if pick else None
    if day > cal.month_range(2000, mon)[1].day:
        return INVALID
    wd = lex.weekday_number(m["wdp"]) if m.groupdict().get("wdp") else None

    def occ(k: int) -> Range | None:
        d = dt.date(ctx.anchor.year + k, mon, day)
        # "Monday, Oct. 12": the weekday fixes the year
        return cal.day_range(d) if wd is None or d.weekday() == wd else None

    r = cal.pick(occ, ctx.anchor, _mode(_rel(m), ctx, "nearest"))
    return (r, "day") if r else None


def _iso(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    return _date(int(m["y"]), int(m["m"]), int(m["d"]))


def _month_year(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    mon = lex.month_number(m["mon"])
    if mon is None or not _cap(m["mon"], ctx):
        return None
    rel = _rel(m, "yrel")
    if rel:
        y: int | None = ctx.anchor.year + (-1 if rel == "last" else 1 if rel == "next" else 0)
    else:
        y = _year(m, "year", ctx, lex)
    if y is None or not cal.ok_year(y):
        return None
    return _part(cal.month_range(y, mon), m, lex), "month"


def _month(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    mon = lex.month_number(m["mon"])
    if mon is None or not _cap(m["mon"], ctx):
        return None
    rel = _rel(m)
    if rel in REL_THIS and rel != "the":
        r = cal.month_range(ctx.anchor.year, mon)
    else:
        r = cal.pick(lambda k: cal.month_range(ctx.anchor.year + k, mon), ctx.anchor,
                     _mode(rel, ctx, "nearest"))
    return (_part(r, m, lex), "month") if r else None


def _year_only(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    y = _year(m, "year", ctx, lex)
    if y is None:
        return None
    digits = m["year"]
    if digits.isdigit() and len(digits) == 4 and int(digits[:2]) <= 23 and int(digits[2:]) <= 59 \
            and _clock_follows(ctx.text, m.end(), lex):
        return None  # "1625 UTC", "0900 GMT": a time of day
    if ctx.strict and m["year"][0].isdigit():
        before = ctx.text[max(0, m.start() - 12):m.start()].lower()
        prefixed = bool(m.group(0)[: m.start("year") - m.start()].strip())
        cue = re.search(r"\b(in|since|of|by|from|until|till|to|before|after|during|around|circa|year)\s+$",
                        before)
        if not (1900 <= y <= 2099 or (1000 <= y <= 2199 and (cue or prefixed))):
            return None
    return _part(cal.year_range(y), m, lex), "year"


def _clock_follows(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a time-zone or clock word ("UTC", "GMT", "local time", "hours") follows position ``end``."""
    after = re.match(r"[\s(]*([A-Za-z]+(?:\s+[A-Za-z]+)?)", text[end:end + 24])
    if after is None:
        return False
    words = after.group(1).lower().split()
    return " ".join(words) in lex.words.clock_zones or words[0] in lex.words.clock_zones


def _decade(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    gd = m.groupdict()
    if gd.get("d4"):
        y0 = int(gd["d4"])
    else:
        off = int(gd["d2"]) if gd.get("d2") else lex.words.decades.get(re.sub(r"\s+", " ", gd["dw"].lower()))
        if off is None:
            return None
        if gd.get("cent"):
            c = parse_number(gd["cent"], lex.words)
            if c is None:
                return None
            y0 = c * 100 + off
        else:
            y0 = ctx.anchor.year // 100 * 100 + off
            if y0 > ctx.anchor.year:
                y0 -= 100
    if not cal.ok_year(y0) or not cal.ok_year(y0 + 9):
        return None
    return _part(cal.decade_range(y0), m, lex), "decade"


def _century(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    n = parse_day(m["cn"], lex.words)
    if n is None or not 1 <= n <= 99:
        return None
    return _part(cal.century_range((n - 1) * 100), m, lex), "century"


# --- days relative to the anchor -------------------------------------------------------------------

_REL_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
             "the day after tomorrow": 2}


def _relday(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    word = re.sub(r"\s+", " ", m["rd"].lower())
    if word in ("last night", "last evening"):
        off = -1
    elif word.startswith("this ") or word == "overnight":
        off = 0
    else:
        off = _REL_DAYS.get(word)
        if off is None:
            return None
    try:
        return cal.day_range(ctx.anchor + dt.timedelta(days=off)), "day"
    except OverflowError:
        return None


def _weekday(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    wd = lex.weekday_number(m["wd"])
    if wd is None or not _cap(m["wd"], ctx):
        return None
    before = re.findall(r"\w+", ctx.text[max(0, m.start("wd") - 12):m.start("wd")].lower())[-1:]
    after = re.findall(r"\w+", ctx.text[m.end("wd"):m.end("wd") + 14].lower())[:1]
    if set(before) & lex.words.weekday_names_after or set(after) & lex.words.weekday_names_before:
        return None  # "Black Monday", "the Sunday Times"
    if set(before) & {"following", "previous", "same"}:
        return None  # "the following Friday": relative to a day the story has named
    rel = _rel(m)
    if rel in ("this", "the current", "current"):
        mode = "past" if ctx.tense == "past" else "future"
    else:
        mode = _mode(rel, ctx)

    def occ(k: int) -> Range:
        base = ctx.anchor + dt.timedelta(days=7 * k)
        return cal.day_range(base + dt.timedelta(days=wd - base.weekday()))

    r = cal.pick(occ, ctx.anchor, mode)
    return (r, "day") if r else None


def _ago(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    n = parse_number(m["n"], lex.words)
    unit = lex.words.units.get(m["unit"].lower())
    direction = re.sub(r"\s+", " ", (m.groupdict().get("dir") or "in").lower())
    if n is None or unit is None or n > 5000:
        return None
    if direction in ("before", "after", "later") or (direction == "earlier" and ctx.strict and n != 1):
        return None  # relative to another event, not to the article's date
    if direction == "in" and ctx.strict and ctx.tense != "future":
        return None  # "the first rally in three months" is a span, not a date
    sign = 1 if direction in ("from now", "hence", "in") else -1
    a = ctx.anchor
    try:
        if unit == "day":
            return cal.day_range(a + dt.timedelta(days=sign * n)), "day"
        if unit == "week":
            return cal.week_range(a + dt.timedelta(days=7 * sign * n)), "week"
        if unit == "month":
            y, mon = cal.add_months(a.year, a.month, sign * n)
            return cal.month_range(y, mon), "month"
        step = 10 if unit == "decade" else 1
        return cal.year_range(a.year + sign * n * step), "year"
    except (ValueError, OverflowError):
        return None


def _year_ago(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    """ "year-earlier", "year-ago" given as a time expression by itself (the whole of what is resolved): the
    year before the anchor, as "a year ago". In running text they modify a noun ("year-earlier profits")
    and date no event: left out there (the rule matches only a whole expression)."""
    if ctx.strict:
        return None
    return cal.year_range(ctx.anchor.year - 1), "year"


# --- weeks, months, quarters, years named relative to the anchor ----------------------------------


def _unit_rel(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    unit = m["unit"].lower()
    rel = _rel(m) or "this"
    adv = m.groupdict().get("adv")
    a = ctx.anchor
    adj = (m.groupdict().get("adj") or "").lower()
    if rel == "the" and not adv and not adj and unit not in ("weekend", "quarter"):
        return None  # "the week", "the year": which one is not said
    off = -1 if rel in REL_LAST else 1 if rel in REL_NEXT else 0
    if unit == "quarter" and rel == "the" and not adv and not adj:
        off = 0 if ctx.tense == "future" else -1  # "the quarter" of a results story: the one just reported
    if rel in ("the past", "the last") and unit in ("week", "month") and not adv:
        return _rolling(a, unit), unit  # "the past week": the seven days up to the anchor
    if unit == "week":
        r = cal.week_range(a + dt.timedelta(days=7 * off))
    elif unit == "weekend":
        if rel == "the" and not adv:
            r = cal.pick(lambda k: cal.weekend_range(a + dt.timedelta(days=7 * k)), a,
                         "future" if ctx.tense == "future" else "past")
            return (r, "weekend") if r else None
        r = cal.weekend_range(a + dt.timedelta(days=7 * off))
        if rel in ("this", "the") and ctx.tense == "past" and r[0] > a:
            r = cal.weekend_range(a - dt.timedelta(days=7))
    elif unit == "month":
        r = cal.month_range(*cal.add_months(a.year, a.month, off))
    elif unit == "quarter":
        y, q = a.year, cal.quarter_of(a) + off
        r = cal.quarter_range(y + (q - 1) // 4, (q - 1) % 4 + 1)
    elif unit == "year":
        r = cal.year_range(a.year + off)
    elif unit == "decade":
        r = cal.decade_range(a.year // 10 * 10 + 10 * off)
    elif unit == "century":
        r = cal.century_range(a.year // 100 * 100 + 100 * off)
    else:
        return None
    return _adv(r, a, adv, lex), unit


def _rolling(a: dt.date, unit: str) -> Range:
    """The week or month that ends on the anchor: "the past week" is the anchor and the six days before.
    ("The past year" stays the previous calendar year, as TimeML annotators read it.)"""
    if unit == "week":
        return a - 6 * cal.DAY, a
    y, mon = cal.add_months(a.year, a.month, -1)
    return dt.date(y, mon, min(a.day, cal.month_range(y, mon)[1].day)) + cal.DAY, a


def _in_the(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    """ "earlier in the year", "later in the week": the anchor's unit."""
    unit = m["unit"].lower()
    a = ctx.anchor
    r = {"week": cal.week_range(a), "month": cal.month_range(a.year, a.month),
         "year": cal.year_range(a.year)}[unit]
    return _adv(r, a, m["adv"], lex), unit


def _year_end(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    """ "year-end", "last year's end": the end of the (calendar) year, read as "the end of the year" is (its
    last part, at year granularity; TimeML: the year with mod END), not one day: "by year-end" is no date."""
    rel = _rel(m)
    y = ctx.anchor.year + (-1 if rel == "last" else 1 if rel == "next" else 0)
    return cal.part(cal.year_range(y), *lex.words.parts["end"]), "year"


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
          "final": 0, "last": 0}
"""Quarter and half ordinals; 0 is the last one of the year ("the final quarter", "the last half of 1989")."""


def _quarter_year(q_start_month: int, pre: str, post: str, ctx: Ctx, lex: Lexicon) -> int | None:
    """The year a quarter or half belongs to: said ("of 1998", "the 1988 second quarter", "last year's"),
    or the anchor's, or the year before when a past-tense story names a quarter that has not begun."""
    words = f"{pre} {post}".lower()
    y4 = re.search(r"(?<!\d)(\d{4})(?!\d)", words)
    if y4:
        return int(y4.group(1))
    y2 = re.search(r"'(\d\d)\b", words)
    if y2:
        y = ctx.anchor.year // 100 * 100 + int(y2.group(1))
        return y - 100 if y > ctx.anchor.year + 20 else y
    if re.search(r"\b(last|previous)\s+year|\byear[\s-](ago|earlier)|\bprior[\s-]year", words):
        return ctx.anchor.year - 1
    if re.search(r"\bnext\s+year|\bthe\s+following\s+year", words):
        return ctx.anchor.year + 1
    not_begun = dt.date(ctx.anchor.year, q_start_month, 1) > ctx.anchor
    if ctx.tense == "past" and not_begun and "this" not in words:
        return ctx.anchor.year - 1
    return ctx.anchor.year


def _quarter(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    n = _ORD_Q.get(m["q"].lower())
    half = m["qh"].lower() == "half"
    if n == 0:
        if m["q"].lower() == "last" and not m["post"]:
            return None  # "last quarter" is the previous quarter: a rule of its own
        n = 2 if half else 4
    if n is None or (half and n > 2):
        return None
    y = _quarter_year(6 * n - 5 if half else 3 * n - 2, m["pre"] or "", m["post"] or "", ctx, lex)
    if y is None or not cal.ok_year(y):
        return None
    return (cal.half_range(y, n), "half") if half else (cal.quarter_range(y, n), "quarter")


def _quarter_code(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    if ctx.strict and not m[0][:2].isupper() and not m[0][1:2].isupper():
        return None
    gd = m.groupdict()
    yr = gd.get("yr") or ""
    half = bool(gd.get("h"))
    n = int(gd.get("h") or gd.get("q1") or gd.get("q2"))
    pre = yr if len(yr) == 4 else (f"'{yr[-2:]}" if yr else "")
    y = _quarter_year(6 * n - 5 if half else 3 * n - 2, pre, "", ctx, lex)
    if y is None or not cal.ok_year(y):
        return None
    return (cal.half_range(y, n), "half") if half else (cal.quarter_range(y, n), "quarter")


def _year_ago_quarter(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    """ "the year-ago quarter", "last year's quarter", "the 1988 quarter": the quarter a results story
    reports (the last one completed) in another year: a year back, or the year named."""
    a = ctx.anchor
    y, q = a.year, cal.quarter_of(a) - 1
    if q == 0:
        y, q = y - 1, 4
    named = m.groupdict().get("qy")
    if named:
        y = int(named)
    elif not m.groupdict().get("this"):
        y -= 1
    return (cal.quarter_range(y, q), "quarter") if cal.ok_year(y) else None


# --- seasons and holidays --------------------------------------------------------------------------


def _season(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    s = lex.words.seasons.get(m["s"].lower())
    if s is None:
        return None
    rel, y = _rel(m), _year(m, "year", ctx, lex)
    bare = not rel and y is None and not m.groupdict().get("part")
    if ctx.strict and bare and m["s"].lower() in ("fall", "spring"):
        before = ctx.text[max(0, m.start() - 16):m.start()].lower()
        if not re.search(r"\b(in|during|by|since|until|through|over|this|last|next)\s+(the\s+)?$", before):
            return None  # "a fall in prices", "hot springs"
    if ctx.strict and bare and ctx.text[m.end():m.end() + 4].lower() == " of ":
        return None  # "the fall of the city", "Summer of Code"
    if y is not None:
        r = cal.season_range(y, s.first, s.last)
    elif rel in REL_THIS and rel != "the":
        y = ctx.anchor.year - (1 if s.last < s.first and ctx.anchor.month <= s.last else 0)
        r = cal.season_range(y, s.first, s.last)
    else:
        r = cal.pick(lambda k: cal.season_range(ctx.anchor.year + k, s.first, s.last), ctx.anchor,
                     _mode(rel, ctx, "nearest"))
    return (_part(r, m, lex), "season") if r else None


def _holiday(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    h = lex.words.holidays.get(re.sub(r"\s+", " ", m["hol"].lower()).replace("\u2019", "'"))
    if h is None or not _cap(m["hol"], ctx):
        return None

    def on(y: int) -> dt.date:
        if h.easter is not None:
            return cal.easter(y) + dt.timedelta(days=h.easter)
        if h.day is not None:
            return dt.date(y, h.month, h.day)
        return cal.nth_weekday(y, h.month, h.weekday or 0, h.n or 1, h.start)

    y = _year(m, "year", ctx, lex)
    if y is not None:
        try:
            return cal.day_range(on(y)), "day"
        except ValueError:
            return None
    r = cal.pick(lambda k: cal.day_range(on(ctx.anchor.year + k)), ctx.anchor, _mode(_rel(m), ctx, "nearest"))
    return (r, "day") if r else None


def _week_of(m: re.Match[str], ctx: Ctx, lex: Lexicon) -> Result:
    inner = ctx.resolve(m["inner"], ctx.anchor, ctx.tense) if ctx.resolve else None
    if inner is None or inner[1] != "day":
        return None
    return cal.week_range(inner[0][0]), "week"


# --- the rule table --------------------------------------------------------------------------------


_RELDAY = (r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow"
           r"|last\s+night|last\s+evening|this\s+morning|this\s+afternoon|this\s+evening|overnight")
_Q_PRE = (r"(?:(?:the|its|their|a|this\s+year's|last\s+year's|next\s+year's|comparable|year-ago|year-earlier"
          r"|year\s+ago|fiscal|calendar|\d{4}|'\d\d)[\s-]+){0,4}")
_Q_POST = (r"(?:fiscal\s+)?\d{4}|'\d\d|(?:this|last|next)\s+year"
           r"|the\s+(?:current|previous|following|same)\s+year")
_Q_CODE = (r"(?:(?P<q1>[1-4])Q|Q(?P<q2>[1-4])|H(?P<h>[12]))"
           r"(?:\s*(?:of\s+)?(?:fy\s*)?(?P<yr>\d{4}|'?\d\d))?(?![\w-])")
_Y_AGO_Q = (r"(?:the\s+)?(?:comparable\s+|same\s+|corresponding\s+)?"
            r"(?:year[\s-](?:ago|earlier)|prior[\s-]year|last\s+year's|(?P<qy>(?<!\d)\d{4}))\s+quarter\b"
            r"|(?:the\s+)?(?:comparable\s+|same\s+)?year[\s-](?:ago|earlier)\s+period\b")
_Y_PRE = r"(?:(?:the\s+)?(?:fiscal|calendar|financial|model)(?:\s+year)?\s+|the\s+year\s+)?"
_ADV = r"early|late|earlier|later|mid|(?:the\s+)?(?:beginning|start|middle|end)\s+of"
_EARLY = "early|late|earlier|later"
_UNITS = "weekend|week|month|quarter|year|decade|century"


@lru_cache(maxsize=1)
def triggers() -> dict[str, frozenset[str]]:
    """Which rules a word can start: every match of a rule holds one of its trigger words, so a rule
    runs only near them, which keeps long texts with few time words cheap. Digit tokens are classed
    apart (``digit_triggers``)."""
    w = lexicon().words
    out: dict[str, set[str]] = {}

    def add(words: object, *names: str) -> None:
        for word in words:  # type: ignore[attr-defined]
            for piece in re.findall(r"\w+", str(word).lower()):
                out.setdefault(piece, set()).update(names)

    add(w.months, "mdy", "dmy", "md", "dm", "my", "month", "week_of")
    add(w.weekdays, "weekday")
    add(w.seasons, "season")
    add(w.decades, "decade")
    add(w.units, "ago", "in_n", "unit_rel", "in_the")
    add(["weekend", "quarter", "century"], "unit_rel")
    add(w.day_parts, "relday")
    add(["today", "tonight", "yesterday", "tomorrow", "overnight"], "relday")
    add(["century"], "century")
    add(["end"], "year_end")
    add(["ago", "earlier"], "year_ago")
    add(["quarter", "half"], "quarter")
    add(["quarter", "period"], "year_ago_quarter")
    add([h.split()[0] for h in w.holidays], "holiday")
    add([k for k, v in w.numbers.items() if 10 <= v <= 20] + ["thousand"], "year")
    return {k: frozenset(v) for k, v in out.items()}


DIGIT_TRIGGERS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"\d{3}0"), frozenset({"year", "iso", "decade"})),  # "1990" of "1990's"
    (re.compile(r"\d{4}"), frozenset({"year", "iso"})),
    (re.compile(r"\d{3}0s|\d0s"), frozenset({"decade"})),
    (re.compile(r"[qh][1-4]|[1-4][qh]\w*", re.IGNORECASE), frozenset({"quarter_code"})),
)


def lex_ordinals(x: Lexicon) -> list[str]:
    return sorted(x.words.ordinals, key=len, reverse=True)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules over the shipped vocabulary, compiled once."""
    x = lexicon()
    part = rf"(?:the\s+)?{g('part', x.part)}(?:\s+of\s+|\s*-\s*|\s+)"
    wd_pre = rf"(?:(?:(?:this\s+coming|this|next|last)\s+)?{g('wdp', x.weekday)}\s*,?\s+(?:the\s+)?)"
    mon, day, year = g("mon", x.month), g("day", x.day), g("year", x.year)
    rel = g("rel", RELS)
    d4, d2, cent = g("d4", r"\d{3}0"), g("d2", r"\d0"), g("cent", "eighteen|nineteen|twenty")
    decade = rf"(?:{d4}'?s\b|['\u2019]{d2}s\b|(?:{cent}[\s-]+)?{g('dw', x.decade_word)})"
    direction = g("dir", r"ago|earlier|before|later|after|from\s+now|hence")
    yrel = g("yrel", "this|last|next")
    adj = g("adj", "fiscal|calendar|full|whole|entire")
    century = g("cn", rf"\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(lex_ordinals(x))}")
    md_rel = g("rel", r"this\s+coming|next|last")
    inner = rf"{x.month}\s*{x.day}(?:\s*,\s*{x.year4})?"
    table: list[tuple[str, str, Callable[[re.Match[str], Ctx, Lexicon], Result]]] = [
        ("mdy", rf"{wd_pre}?{mon}\s*{day}(?:\s*,\s*|\s+)(?:of\s+)?{year}", _full_date),
        ("dmy", rf"{wd_pre}?(?:the\s+)?{day}\s+(?:of\s+)?{mon}\s*,?\s*{year}", _full_date),
        ("md", rf"(?:{md_rel}\s+)?{wd_pre}?{mon}\s*{day}", _month_day),
        ("dm", rf"{wd_pre}?(?:the\s+)?{day}\s+(?:of\s+)?{mon}(?P<dm>)", _month_day),
        ("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d])", _iso),
        ("my", rf"(?:{part})?{mon}\s*,?\s+(?:of\s+)?(?:{year}|{yrel}\s+year\b)", _month_year),
        ("month", rf"(?:{rel}\s+)?(?:{part})?{g('mon', x.month_full)}", _month),
        ("year", rf"(?:{part})?{_Y_PRE}{year}", _year_only),
        ("decade", rf"(?:the\s+)?(?:{part})?{decade}", _decade),
        ("relday", rf"(?:{g('adv', _EARLY)}\s+)?{g('rd', _RELDAY)}(?:\s+{x.day_part})?", _relday),
        ("weekday", rf"(?:{rel}\s+)?(?:(?:{_EARLY})\s+)?{g('wd', x.weekday)}(?:\s+{x.day_part})?", _weekday),
        ("ago", rf"(?:{x.hedge}\s+)?{g('n', x.number)}\s+{g('unit', x.unit)}\s+(?:or\s+so\s+)?"
                rf"{direction}\b", _ago),
        ("year_ago", r"\A\s*(?:the\s+)?year-(?:ago|earlier)(?=\s*\Z)", _year_ago),  # alone: see _year_ago
        ("in_n", rf"in\s+(?:{x.hedge}\s+)?{g('n', x.number)}\s+{g('unit', x.unit)}(?:'?\s*time)?", _ago),
        ("unit_rel", rf"(?:{g('adv', _ADV)}\s*-?\s*)?{g('rel', RELS + '|the')}\s+(?:{adj}\s+)?"
                     rf"{g('unit', _UNITS)}\b", _unit_rel),
        ("century", rf"(?:the\s+)?(?:{part})?{century}[\s-]+century\b", _century),
        ("in_the", rf"{g('adv', 'earlier|later')}\s+in\s+the\s+{g('unit', 'week|month|year')}\b", _in_the),
        ("year_end", rf"(?:{g('rel', 'this|last|next')}\s+)?year(?:['\u2019]s)?[\s-]+end\b", _year_end),
        ("quarter", rf"{g('pre', _Q_PRE)}{g('q', '|'.join(_ORD_Q))}[\s-]+(?:fiscal[\s-]+)?"
                    rf"{g('qh', 'quarter|half')}\b(?:\s+of\s+{g('post', _Q_POST)})?", _quarter),
        ("quarter_code", _Q_CODE, _quarter_code),
        ("year_ago_quarter", _Y_AGO_Q, _year_ago_quarter),
        ("season", rf"(?:the\s+)?(?:{rel}\s+)?(?:{part})?{g('s', x.season)}(?:\s+(?:of\s+)?{year})?",
         _season),
        ("holiday", rf"(?:{rel}\s+)?{g('hol', x.holiday)}(?:\s*,?\s*{g('year', x.year4)})?", _holiday),
        ("week_of", rf"the\s+week\s+of\s+{g('inner', inner)}", _week_of),
    ]
    return tuple(Rule(name, re.compile(rf"(?<![\w']){body}(?!\w)", re.IGNORECASE), fn)
                 for name, body, fn in table)
