"""Recognise lines that surround a story but are not part of it (share bars, "Read more", credits...).

The phrase patterns live in ``communique/data/boilerplate.txt`` (one regex per line, matched against a
whole normalised line) so users can extend them with their own files; this module only loads, validates
and applies them. Both the HTML extractor and the plain-text scrape cleaner use ``is_boilerplate_line``.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Lines longer than this are prose, never chrome: no pattern in the data file can match them, and the
# cut keeps matching cheap on long paragraphs.
MAX_LINE = 320

_WS = re.compile(r"\s+")
# Bullets, arrows and separators that decorate link lists; they carry no meaning for matching.
_DECOR = " \t\u00a0•·»«›‹|>–—-*+→←▶►■□●○◆◇✓✔"
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})

_BYLINE = re.compile(
    r"(?i:by|written by|words by|story by|reporting by)\s*:?\s+"
    r"[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,3}){0,3}"
    r"(?:\s*[|,\-\u2013\u2014]\s*.{0,60})?",
)


def normalise_line(line: str) -> str:
    """Collapse whitespace, unify quotes and strip list decoration, so patterns stay simple."""
    if not isinstance(line, str):
        return ""
    s = _WS.sub(" ", line.translate(_QUOTES)).strip(_DECOR)
    return s


def read_pattern_file(path: str | Path) -> list[str]:
    """Return the regex lines of one pattern file (comments and blanks dropped)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        warnings.warn(f"boilerplate: cannot read {path}: {exc}", stacklevel=2)
        return []
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def compile_patterns(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """Validate each pattern alone (a bad one is skipped with a warning), then join them into one regex."""
    good: list[str] = []
    for pat in patterns:
        try:
            re.compile(pat)
        except re.error as exc:
            warnings.warn(f"boilerplate: skipping bad pattern {pat!r}: {exc}", stacklevel=2)
            continue
        good.append(f"(?:{pat})")
    if not good:
        return None
    return re.compile("|".join(good), re.IGNORECASE)


# A pattern that starts with ".{0,N}" can match anywhere in its first N characters, which makes it the
# costly kind; when what follows starts with literal words (or a group of literal alternatives), a line
# must contain one of them, and that cheap test runs first.
_FLOATING = re.compile(r"^\.\{0,\d+\}(.*)$")
_LEAD = re.compile(r"^(?:\\b|\\s\??|\s)*(?:\\\()?")
_GROUP = re.compile(r"^\(([\w :'|-]+)\)")
_LITERAL = re.compile(r"^([\w' ]{4,})")


def _keywords(pattern: str) -> tuple[str, ...] | None:
    """Words one of which a line must contain to match a floating pattern; None when unknown."""
    m = _FLOATING.match(pattern)
    if not m:
        return None
    rest = _LEAD.sub("", m.group(1), count=1)
    g = _GROUP.match(rest)
    if g:
        optional = rest[g.end() : g.end() + 1] in ("?", "*", "{")
        alts = g.group(1).split("|")
        if optional or not all(a.strip() for a in alts):
            return None
        return tuple(a.lower() for a in alts)
    lit = _LITERAL.match(rest)
    if not lit:
        return None
    word = lit.group(1)
    if rest[lit.end() : lit.end() + 1] in ("?", "*", "{"):
        word = word[:-1]  # the quantifier makes the last character optional
    return (word.lower(),) if len(word.strip()) >= 3 else None


class BoilerplateMatcher:
    """Whole-line matcher built from one or more pattern files."""

    def __init__(self, patterns: Iterable[str]):
        pats = list(patterns)
        plain = [p for p in pats if _keywords(p) is None]
        self._rx = compile_patterns(plain)
        self._gated: list[tuple[tuple[str, ...], re.Pattern[str]]] = []
        for p in pats:
            kws = _keywords(p)
            if kws is not None:
                rx = compile_patterns([p])
                if rx is not None:
                    self._gated.append((kws, rx))

    @classmethod
    def from_files(cls, *paths: str | Path, include_default: bool = True) -> BoilerplateMatcher:
        pats: list[str] = list(_default_patterns()) if include_default else []
        for p in paths:
            pats.extend(read_pattern_file(p))
        return cls(pats)

    def __call__(self, line: str) -> bool:
        s = normalise_line(line)
        if not s or len(s) > MAX_LINE:
            return False
        if self._rx is not None and self._rx.fullmatch(s) is not None:
            return True
        low = s.lower()
        return any(any(k in low for k in kws) and rx.fullmatch(s) is not None for kws, rx in self._gated)


@lru_cache(maxsize=1)
def _default_patterns() -> tuple[str, ...]:
    try:
        ref = resources.files("communique") / "data" / "boilerplate.txt"
        return tuple(read_pattern_file(Path(str(ref))))
    except (OSError, ModuleNotFoundError, TypeError) as exc:  # pragma: no cover - broken install
        warnings.warn(f"boilerplate: default patterns unavailable: {exc}", stacklevel=2)
        return ()


@lru_cache(maxsize=1)
def default_matcher() -> BoilerplateMatcher:
    """The matcher for the packaged pattern file, built once."""
    return BoilerplateMatcher(_default_patterns())


def is_boilerplate_line(line: str) -> bool:
    """True when the whole line is page furniture (share bar, "Read more", photo credit, newsletter box...).

    A line of story prose is never matched: patterns match whole lines and long lines are skipped.
    """
    try:
        return default_matcher()(line)
    except Exception:  # noqa: BLE001 - a matcher failure must never sink a page
        return False


@lru_cache(maxsize=1)
def _marker_matcher() -> BoilerplateMatcher:
    try:
        ref = resources.files("communique") / "data" / "teaser_markers.txt"
        return BoilerplateMatcher(read_pattern_file(Path(str(ref))))
    except (OSError, ModuleNotFoundError, TypeError):  # pragma: no cover - broken install
        return BoilerplateMatcher([])


def is_teaser_marker(line: str) -> bool:
    """True for a heading that announces a box of links to other stories ("Related", "More stories")."""
    try:
        return _marker_matcher()(line)
    except Exception:  # noqa: BLE001
        return False


@lru_cache(maxsize=1)
def _comment_matcher() -> BoilerplateMatcher:
    try:
        ref = resources.files("communique") / "data" / "comment_markers.txt"
        return BoilerplateMatcher(read_pattern_file(Path(str(ref))))
    except (OSError, ModuleNotFoundError, TypeError):  # pragma: no cover - broken install
        return BoilerplateMatcher([])


def is_comment_marker(line: str) -> bool:
    """True for a heading that opens the readers' comments ("Reader views (5)", "12 Responses to ...")."""
    try:
        return _comment_matcher()(line)
    except Exception:  # noqa: BLE001
        return False


def is_byline(line: str) -> bool:
    """True for a short "By Jane Doe" style credit line (kept apart: bylines are metadata, not chrome)."""
    s = normalise_line(line)
    if not s or len(s) > 140:
        return False
    return _BYLINE.fullmatch(s) is not None
