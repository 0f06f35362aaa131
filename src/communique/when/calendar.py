"""Calendar arithmetic for the time resolver: the ranges of weeks, months, seasons and quarters, which
occurrence of a recurring period a phrase means, and the TimeML value of a resolved range.

A range is an inclusive ``(start, end)`` pair of dates. Weeks are ISO weeks (Monday to Sunday); a
weekend is the Saturday and Sunday of an ISO week; seasons are northern-hemisphere meteorological ones
(``words.Season``), named by the year they start in, so winter 2021 runs December 2021 to
February 2022.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

Range = tuple[dt.date, dt.date]
DAY = dt.timedelta(days=1)
MIN_YEAR, MAX_YEAR = 1, 9998


def ok_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def day_range(d: dt.date) -> Range:
    return d, d


def month_range(y: int, m: int) -> Range:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def year_range(y: int) -> Range:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def week_range(d: dt.date) -> Range:
    start = d - dt.timedelta(days=d.weekday())
    return start, start + 6 * DAY


def weekend_range(d: dt.date) -> Range:
    """The Saturday and Sunday of ``d``'s ISO week."""
    start = week_range(d)[0] + 5 * DAY
    return start, start + DAY


def quarter_range(y: int, q: int) -> Range:
    return dt.date(y, 3 * q - 2, 1), month_range(y, 3 * q)[1]


def half_range(y: int, h: int) -> Range:
    return dt.date(y, 6 * h - 5, 1), month_range(y, 6 * h)[1]


def season_range(y: int, first: int, last: int) -> Range:
    """The season starting in year ``y``; it ends in the next year when its last month comes first."""
    return dt.date(y, first, 1), month_range(y + (last < first), last)[1]


def decade_range(y0: int) -> Range:
    return dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31)


def century_range(y0: int) -> Range:
    """The hundred years from ``y0``; TimeML's "19" (the 20th century) is 1900-1999."""
    return dt.date(max(y0, MIN_YEAR), 1, 1), dt.date(min(y0 + 99, MAX_YEAR), 12, 31)


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def nth_weekday(y: int, month: int, weekday: int, n: int, start: int = 1) -> dt.date:
    """The n-th ``weekday`` of a month counted from day ``start``; n = -1 is the last one."""
    if n < 0:
        last = month_range(y, month)[1]
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(y, month, start)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def part(r: Range, lo: float, hi: float) -> Range:
    """The slice of a range between two fractions of its length ("early" = the first third), in whole
    years for a span of years ("the early 1990s"), in whole months for a span of months ("late 2021" =
    September to December), else in days ("mid-March")."""
    if r[0].month == 1 and r[0].day == 1 and r[1].month == 12 and r[1].day == 31 and r[1].year > r[0].year:
        n = r[1].year - r[0].year + 1
        a, b = _slice(n, lo, hi)
        return dt.date(r[0].year + a, 1, 1), dt.date(r[0].year + b, 12, 31)
    n_months = (r[1].year - r[0].year) * 12 + r[1].month - r[0].month + 1
    if r[0].day == 1 and r[1] == month_range(r[1].year, r[1].month)[1] and n_months > 1:
        a, b = _slice(n_months, lo, hi)
        ya, ma = add_months(r[0].year, r[0].month, a)
        yb, mb = add_months(r[0].year, r[0].month, b)
        return dt.date(ya, ma, 1), month_range(yb, mb)[1]
    days = (r[1] - r[0]).days + 1
    a, b = _slice(days, lo, hi)
    return r[0] + dt.timedelta(days=a), r[0] + dt.timedelta(days=b)


def _slice(n: int, lo: float, hi: float) -> tuple[int, int]:
    """First and last index (inclusive) of the units between fractions ``lo`` and ``hi`` of ``n`` units."""
    a = min(int(round(n * lo)), n - 1)
    return a, max(min(int(round(n * hi)), n) - 1, a)


def pick(occurrence: Callable[[int], Range | None], anchor: dt.date, mode: str,
         bias: float = 2.0) -> Range | None:
    """Which occurrence of a recurring period a phrase means, relative to ``anchor``.

    ``occurrence(k)`` gives the k-th occurrence (k = 0 near the anchor, larger later). Modes: ``last``
    (the latest that ended before the anchor: "last December" read in December is a year back),
    ``next`` (the earliest starting after it), ``past`` (the latest that started on or before it:
    bare "December" in a past-tense story), ``future`` (the earliest that has not ended),
    ``nearest`` (whichever of those two is closer, the future one's distance counted ``bias`` times: news
    tells of the past more than of the future), ``nearest_future`` (the same with the bias reversed, for
    a clause in the future tense).
    """
    seen: list[Range] = []
    for k in range(-3, 4):
        try:
            r = occurrence(k)
        except (ValueError, OverflowError):
            continue
        if r is not None:
            seen.append(r)
    seen.sort()
    past = [r for r in seen if r[0] <= anchor]
    future = [r for r in seen if r[1] >= anchor]
    if mode == "last":
        done = [r for r in seen if r[1] < anchor]
        return done[-1] if done else None
    if mode == "next":
        ahead = [r for r in seen if r[0] > anchor]
        return ahead[0] if ahead else None
    if mode == "past":
        return past[-1] if past else None
    if mode == "future":
        return future[0] if future else None
    if not past or not future:
        return (past or future or [None])[-1]
    p, f = past[-1], future[0]
    back, ahead = max((anchor - p[1]).days, 0), max((f[0] - anchor).days, 0)
    if mode == "nearest_future":
        return p if bias * back <= ahead and back < ahead else f
    return p if back <= bias * ahead else f


def timeml(start: dt.date, end: dt.date, granularity: str, season_codes: dict[int, str]) -> str | None:
    """The TimeML TIMEX3 value of a resolved range: 2022-01-21, 2022-W03, 2022-W03-WE, 2021-12,
    2021-SP, 1998-Q1, 1998-H2, 2019, 199 (the 1990s), 19 (the 1900s).
    ``season_codes`` maps a season's first month to its code."""
    if granularity in ("day", "article"):
        return start.isoformat()
    # the unit most of the range lies in: "the past week" may start on a Sunday
    mid = start + (end - start) // 2
    return _value(mid, granularity, season_codes)


def _value(start: dt.date, granularity: str, season_codes: dict[int, str]) -> str | None:
    if granularity == "week":
        y, w, _ = start.isocalendar()
        return f"{y}-W{w:02d}"
    if granularity == "weekend":
        y, w, _ = start.isocalendar()
        return f"{y}-W{w:02d}-WE"
    if granularity == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if granularity == "season":
        for first in sorted(season_codes, reverse=True):
            if start.month >= first:
                return f"{start.year:04d}-{season_codes[first]}"
        # a part of winter that lies after the year change: the season is named by the year before
        return f"{start.year - 1:04d}-{season_codes[max(season_codes)]}"
    if granularity == "quarter":
        return f"{start.year:04d}-Q{quarter_of(start)}"
    if granularity == "half":
        return f"{start.year:04d}-H{1 if start.month <= 6 else 2}"
    if granularity == "year":
        return f"{start.year:04d}"
    if granularity == "decade":
        return f"{start.year:04d}"[:3]
    if granularity == "century":
        return f"{start.year:04d}"[:2]
    return None
