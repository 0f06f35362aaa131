"""Regular-expression pieces built from the time words, and the parsers of the numbers they capture.

Everything here is derived from ``words.Words`` so that a word added to the data file is matched
and parsed without a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communique.when.words import Words, load


def alt(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """An alternation of words, longest first so that "sept" wins over "sep"; spaces match any blank."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


@dataclass(frozen=True)
class Lexicon:
    words: Words
    month_full: str  # full month names
    month: str  # full names or abbreviations (with an optional dot)
    weekday: str  # full names, or abbreviations with their dot
    season: str
    day: str  # 1-31 with an optional suffix, or an ordinal word
    year4: str
    spelled_year: str
    year: str
    number: str  # digits or number words, "a"/"an" included
    unit: str
    day_part: str
    hedge: str
    holiday: str
    decade_word: str
    part: str  # early / mid / late / beginning / middle / end (of)

    def month_number(self, s: str) -> int | None:
        return self.words.months.get(s.lower().rstrip(".").strip())

    def weekday_number(self, s: str) -> int | None:
        return self.words.weekdays.get(s.lower().rstrip(".").strip())


def _full_and_abbrev(names: dict[str, int]) -> tuple[list[str], list[str]]:
    """The first name listed for each number is the full one; the others are abbreviations."""
    full: dict[int, str] = {}
    for name, num in names.items():
        full.setdefault(num, name)
    fulls = list(full.values())
    return fulls, [n for n in names if n not in fulls]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The patterns of the shipped vocabulary, built once."""
    return build(load())


def build(w: Words) -> Lexicon:
    """The patterns of a vocabulary."""
    mfull, mabbr = _full_and_abbrev(w.months)
    dfull, dabbr = _full_and_abbrev(w.weekdays)
    small = [k for k, v in w.numbers.items() if v < 20 and k not in ("a", "an")]
    tens = [k for k, v in w.numbers.items() if v >= 20 and v % 10 == 0 and v < 100]
    units = [k for k, v in w.numbers.items() if 1 <= v <= 9 and k not in ("a", "an")]
    teens = [k for k, v in w.numbers.items() if 10 <= v <= 19]
    num_word = rf"(?:(?:{alt(tens)})(?:[\s-](?:{alt(units)}))?|{alt(small)})"
    two_digit = rf"(?:(?:{alt(tens)})(?:[\s-](?:{alt(units)}))?|{alt(teens)})"
    century = alt([k for k, v in w.numbers.items() if 10 <= v <= 20])
    spelled = (rf"(?:(?:{century})\s+(?:hundred(?:\s+and\s+(?:{num_word}))?|{two_digit})"
               rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{num_word}))?)")
    year4 = r"(?<![\d$£€.,#/])(?<!\d-)\d{4}(?![\d%/]|'?s\b|,\d|\.\d)"
    parts = alt(list(w.parts))
    ords = [k for k, v in w.ordinals.items() if v < 10]
    # "twenty-first", "eighth"; and cardinals ("June one") only where the clause or a year follows
    cardinals = [k for k, v in w.numbers.items() if 1 <= v <= 31 and k not in ("a", "an")]
    day_words = (rf"(?:(?:twenty|thirty)[\s-](?:{alt(ords)})|{alt(list(w.ordinals))})\b"
                 rf"|(?:twenty[\s-](?:{alt(units)})|thirty[\s-]one|{alt(cardinals)})\b(?=\s*(?:[,.;:)]|$|\d{{4}}))")
    return Lexicon(
        words=w,
        month_full=rf"(?:{alt(mfull)})\b",
        month=rf"(?:(?:{alt(mfull)})\b|(?:{alt(mabbr)})(?:\.|\b))",
        weekday=rf"(?:(?:{alt(dfull)})\b|(?:{alt(dabbr)})\.)",
        season=rf"(?:{alt(list(w.seasons))})\b",
        day=rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|[.,]\d)|{day_words})",
        year4=year4,
        spelled_year=spelled,
        year=rf"(?:{year4}|{spelled}\b)",
        number=rf"(?:\d{{1,3}}|{num_word}|an?|a\s+couple\s+of|a\s+couple)",
        unit=rf"(?:{alt(list(w.units))})\b",
        day_part=rf"(?:{alt(w.day_parts)})\b",
        hedge=rf"(?:{alt(w.hedges)})",
        holiday=rf"(?:{alt(list(w.holidays))})\b",
        decade_word=rf"(?:{alt(list(w.decades))})\b",
        part=rf"(?:{parts})",
    )


def parse_number(s: str, words: Words) -> int | None:
    """ "two" -> 2, "twenty-five" -> 25, "a" -> 1, "12" -> 12; None for anything else."""
    s = re.sub(r"\s+", " ", s.lower().strip())
    if s.isdigit():
        return int(s)
    if s in ("a couple", "a couple of"):
        return 2
    total = 0
    for piece in re.split(r"[\s-]+", s):
        if piece not in words.numbers:
            return None
        total += words.numbers[piece]
    return total


def parse_year(s: str, words: Words) -> int | None:
    """ "1998" -> 1998, "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    s = re.sub(r"\s+", " ", s.lower().strip())
    if re.fullmatch(r"\d{4}", s):
        return int(s)
    m = re.fullmatch(r"two thousand(?: (?:and )?(.+))?", s)
    if m:
        rest = parse_number(m.group(1), words) if m.group(1) else 0
        return None if rest is None else 2000 + rest
    head, _, tail = s.partition(" ")
    c = words.numbers.get(head)
    if c is None or not tail:
        return None
    if tail.startswith("hundred"):
        rest_s = tail[len("hundred"):].strip().removeprefix("and").strip()
        rest = parse_number(rest_s, words) if rest_s else 0
        return None if rest is None else c * 100 + rest
    rest = parse_number(tail, words)
    return None if rest is None or rest >= 100 else c * 100 + rest


def parse_day(s: str, words: Words) -> int | None:
    """ "21st" -> 21, "eighth" -> 8, "twenty-first" -> 21, "one" -> 1."""
    s = re.sub(r"\s+", " ", s.lower().strip())
    digits = re.match(r"\d+", s)
    if digits:
        return int(digits.group())
    if s in words.ordinals:
        return words.ordinals[s]
    head, _, tail = s.replace("-", " ").partition(" ")
    if tail in words.ordinals and head in words.numbers:
        return words.numbers[head] + words.ordinals[tail]
    return parse_number(s, words)
