"""Publication dates as they enter: checked once, so that nothing downstream sees an impossible one.

Dumps and pages carry placeholders and garbage as dates: Go's zero time (0001-01-01), "never" (9999-12-31),
impossible days (2022-02-31), numbers and lists in JSON. Such a value becomes no date plus a warning that
keeps the raw value, instead of a date that overflows event merging or sorts before every real one.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

EARLIEST = date(1000, 1, 1)
LATEST = date(2999, 12, 31)
"""Publication dates outside these are placeholders (0001-01-01, 9999-12-31), not days something was printed."""

_ISO = re.compile(r"^\s*([+-]?\d{4,})-(\d{1,2})-(\d{1,2})(?:$|[T\s]|[-+Z])")


def check_date(value: Any) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD, None)`` for a valid ISO date (a time may follow); ``(None, why)`` for anything else that was
    given; ``(None, None)`` when nothing was."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if not isinstance(value, str):
        return None, f"the date {value!r} is a {type(value).__name__}, not a YYYY-MM-DD string; it was ignored"
    m = _ISO.match(value)
    if not m:
        return None, f"the date {value[:80]!r} is not an ISO date (YYYY-MM-DD); it was ignored"
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None, f"the date {value[:80]!r} does not exist; it was ignored"
    if not EARLIEST <= day <= LATEST:
        return None, (f"the date {value[:80]!r} is outside {EARLIEST.year}-{LATEST.year} (a placeholder such as "
                      "Go's zero time?); it was ignored")
    return day.isoformat(), None


def iso_date(value: Any) -> str | None:
    """A valid ISO date in range, or None."""
    return check_date(value)[0]
