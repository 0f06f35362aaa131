"""Readers of PETRARCH's actor and agent dictionary formats (TABARI heritage), with file and line kept.

Actor files are records of a primary phrase, ``+`` synonym lines and tab-indented code lines::

    HAMID_KARZAI_  # CountryInfo.txt
    +KARZAI_
        [AFGELI 750101-000101]
        [AFGGOV >011222]
        [AFGELI]

Words are joined by ``_`` or blanks; a code is CAMEO's (country + roles: ``AFGGOV``); a restriction is
``<date`` (until), ``>date`` (from) or ``date-date``, dates ``YYYYMMDD`` or ``YYMMDD`` (YY up to 30 is
20YY, as PETRARCH reads it); a code with no restriction is the default. As in PETRARCH, a primary phrase
with no code joins the record that follows until codes come, and codes may also follow the phrase on
its own line. ``#`` starts a comment. Agent files are lines ``PHRASE {plurals} [~CODE]``, with
substitution sets ``!PERSON! = MAN, MEN, ...`` used as ``CONGRESS!PERSON!``.

A line that cannot be read raises :class:`DictionaryError` naming the file and line; with
``errors=list`` the problem is appended there instead and the line skipped (the converter reports them).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ActorRecord", "Agent", "CodeSpan", "DictionaryError", "parse_date", "read_actors", "read_agents"]


class DictionaryError(ValueError):
    """A dictionary line that cannot be read; the message names the file, the line and the fault."""


@dataclass(frozen=True)
class CodeSpan:
    """One CAMEO code and the dates it applies between (None: open on that side)."""

    code: str
    start: dt.date | None
    end: dt.date | None
    line: int


@dataclass
class ActorRecord:
    """An actor as written: its phrases (primary first) and codes, with where it starts."""

    names: list[str]
    codes: list[CodeSpan]
    file: str
    line: int
    comment: str = ""
    source: str = ""  # the file's stem: Phoenix.Countries, Phoenix.International, ...


@dataclass(frozen=True)
class Agent:
    """An agent noun and the role codes it adds (``~GOV``) or puts before the actor's (``NGO~``)."""

    phrase: str
    code: str
    before: bool
    file: str
    line: int
    plurals: tuple[str, ...] = field(default=())


_CODE = re.compile(r"\[([^\]]*)\]")
_CODE_TEXT = re.compile(r"^[A-Z0-9]{3,}$|^---$")


def _fault(file: str, line: int, why: str, errors: list[str] | None) -> None:
    msg = f"{file}, line {line}: {why}"
    if errors is None:
        raise DictionaryError(msg)
    errors.append(msg)


def parse_date(text: str) -> dt.date:
    """A PETRARCH date: YYYYMMDD, or YYMMDD with YY <= 30 read as 20YY (PETRARCH's rule). ValueError if not."""
    t = text.strip()
    if not t.isdigit() or len(t) not in (6, 8):
        raise ValueError(f"date {text!r} is not YYYYMMDD or YYMMDD")
    if len(t) == 8:
        y, m, d = int(t[:4]), int(t[4:6]), int(t[6:8])
    else:
        yy = int(t[:2])
        y, m, d = (2000 + yy if yy <= 30 else 1900 + yy), int(t[2:4]), int(t[4:6])
    return dt.date(y, m, d)


def _code_span(body: str, file: str, line: int, errors: list[str] | None) -> CodeSpan | None:
    """One bracket's content: ``AFGGOV``, ``AFGGOV >011222``, ``AFGGOV <011222``, ``AFGGOV 750101-000101``."""
    parts = body.split(None, 1)
    if not parts:
        _fault(file, line, "empty code []", errors)
        return None
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if not _CODE_TEXT.match(code):
        _fault(file, line, f"code {code!r} is not a CAMEO code (upper-case letters, three or more)", errors)
        return None
    try:
        if not rest:
            return CodeSpan(code, None, None, line)
        if rest[0] in "<>":
            day = parse_date(rest[1:])
            return CodeSpan(code, None, day, line) if rest[0] == "<" else CodeSpan(code, day, None, line)
        a, sep, b = rest.partition("-")
        if not sep:
            raise ValueError(f"restriction {rest!r} is none of <date, >date, date-date")
        start, end = parse_date(a), parse_date(b)
        if end < start:
            raise ValueError(f"ends {end} before it starts {start}")
        return CodeSpan(code, start, end, line)
    except ValueError as e:
        _fault(file, line, f"code [{body.strip()}]: {e}", errors)
        return None


def _phrase(text: str) -> list[str]:
    """A phrase's forms: underscores are blanks, a final underscore dropped, a stray '+' splits two names."""
    out = []
    for part in text.split("+"):
        words = part.replace("_", " ").split()
        if words:
            out.append(" ".join(words))
    return out


def read_actors(path: Path | str, errors: list[str] | None = None) -> list[ActorRecord]:
    """The records of an actor dictionary, in file order."""
    path = Path(path)
    file = str(path)
    records: list[ActorRecord] = []
    cur: ActorRecord | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if "---STOP---" in raw:
            break
        body, _, comment = raw.partition("#")
        if body.lstrip().startswith("<!"):
            continue
        if not body.strip():
            continue
        codes = [c for c in (_code_span(m.group(1), file, n, errors) for m in _CODE.finditer(body)) if c]
        text = _CODE.sub(" ", body)
        if "[" in text or "]" in text:
            _fault(file, n, f"unbalanced bracket in {raw.strip()!r}", errors)
            continue
        if raw[:1] in "\t " and not text.strip():  # a code line
            if cur is None:
                _fault(file, n, "a code line before any actor phrase", errors)
                continue
            cur.codes.extend(codes)
            continue
        stripped = text.strip()
        if stripped.startswith("+"):
            if cur is None:
                _fault(file, n, "a '+' synonym before any actor phrase", errors)
                continue
            cur.names.extend(_phrase(stripped[1:]))
            cur.codes.extend(codes)
            continue
        names = _phrase(stripped)
        if not names:
            _fault(file, n, f"no phrase in {raw.strip()!r}", errors)
            continue
        if cur is not None and not cur.codes:  # PETRARCH: a phrase with no code yet joins the next record
            cur.names.extend(names)
            cur.codes.extend(codes)
            continue
        cur = ActorRecord(names, codes, file, n, comment.strip(), path.name.removesuffix(".actors.txt"))
        records.append(cur)
    return [r for r in records if r.names]


_SUBST = re.compile(r"^\s*(![A-Z]+!)\s*=\s*(.+)$")


def _plural(word: str) -> str:
    """PETRARCH's regular plural: +S, Y -> IES, SS -> SSES."""
    if word.endswith("Y") and word[-2:-1] not in ("A", "E", "O", "U"):
        return word[:-1] + "IES"
    if word.endswith("SS"):
        return word + "ES"
    return word + "S"


def read_agents(path: Path | str, errors: list[str] | None = None) -> list[Agent]:
    """The agent nouns of an agents dictionary, substitution markers expanded."""
    path = Path(path)
    file = str(path)
    subst: dict[str, list[str]] = {}
    out: list[Agent] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        body = raw.partition("#")[0]
        if not body.strip() or body.lstrip().startswith("<!"):
            continue
        m = _SUBST.match(body)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(body)
        if len(codes) != 1 or "~" not in codes[0]:
            _fault(file, n, f"expected 'PHRASE {{plurals}} [~CODE]', got {raw.strip()!r}", errors)
            continue
        code = codes[0].strip()
        before = code.endswith("~")
        code = code.strip("~")
        if not _CODE_TEXT.match(code):
            _fault(file, n, f"agent code {code!r} is not a CAMEO code", errors)
            continue
        text = _CODE.sub(" ", body)
        plurals: tuple[str, ...] | None = None
        pm = re.search(r"\{([^}]*)\}", text)
        if pm:
            plurals = tuple(" ".join(p.replace("_", " ").split()) for p in pm.group(1).split() if p.strip())
            text = text[: pm.start()] + text[pm.end():]
        phrase = " ".join(text.replace("_", " ").split())
        if not phrase:
            _fault(file, n, f"no phrase in {raw.strip()!r}", errors)
            continue
        marks = re.findall(r"![A-Z]+!", phrase)
        unknown = [mk for mk in marks if mk not in subst]
        if unknown:
            _fault(file, n, f"substitution {unknown[0]} used before it is defined", errors)
            continue
        forms = [phrase]
        for mk in marks:
            forms = [f.replace(mk, w, 1) for f in forms for w in subst[mk]]
        for f in forms:
            auto = () if marks else (plurals if plurals is not None else (_plural(f),))
            out.append(Agent(f, code, before, file, n, tuple(p for p in auto if p)))
    return out
