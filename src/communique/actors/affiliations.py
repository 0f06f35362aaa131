"""What ties a person or a name to a country when the knowledge base does not know them: parties, institutions
and news outlets, read from data files (``data/actors/parties.yaml``, ``institutions.yaml``, ``media.yaml``).

Each file is validated as it is read (a bad entry raises :class:`AffiliationError` naming the file, the line and
the fault); a user's own files with the same sections add to or replace the shipped entries (same ``name``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .normal import key

__all__ = ["AffiliationError", "Affiliations", "Institution", "Outlet", "Party", "SECTIONS", "load_affiliations"]

SECTIONS = ("parties", "institutions", "outlets")
_FILES = ("parties.yaml", "institutions.yaml", "media.yaml")
_LINE = "__line__"


class AffiliationError(ValueError):
    """A parties, institutions or media file that cannot be used; the message names the file, line and fault."""


@dataclass(frozen=True)
class Party:
    name: str
    country: str
    names: tuple[str, ...] = ()
    governing: tuple[tuple[dt.date, dt.date | None], ...] = ()

    def in_government(self, on: dt.date | None) -> bool | None:
        """True or False on the date where the file says; None where it cannot tell (no periods, no date)."""
        if not self.governing or on is None:
            return None
        return any(start <= on and (end is None or on < end) for start, end in self.governing)


@dataclass(frozen=True)
class Institution:
    name: str
    countries: tuple[str, ...]
    sector: str
    names: tuple[str, ...] = ()
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outlet:
    name: str
    country: str
    names: tuple[str, ...] = ()
    state: bool = False

    @property
    def sector(self) -> str:
        return "GOV" if self.state else "JRN"

    @property
    def role(self) -> str | None:
        return "State Media" if self.state else None


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that records, in every mapping, the line it starts on."""


def _with_line(loader: _Loader, node: yaml.MappingNode) -> dict[Any, Any]:
    out = loader.construct_mapping(node, deep=True)
    out[_LINE] = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _with_line)


class _Entry:
    def __init__(self, file: str, section: str, data: dict[str, Any]) -> None:
        self.file, self.section, self.data = file, section, data
        self.line = data.get(_LINE, 0)

    def fail(self, why: str) -> None:
        raise AffiliationError(f"{self.file}, line {self.line}: {self.section} entry: {why}")

    def text(self, field: str, required: bool = False) -> str | None:
        val = self.data.get(field)
        if val is None or val == "":
            if required:
                self.fail(f"missing field {field!r}")
            return None
        if not isinstance(val, str):
            self.fail(f"field {field!r} must be a text, not {type(val).__name__}")
        return val.strip()

    def texts(self, field: str) -> tuple[str, ...]:
        val = self.data.get(field) or []
        if not isinstance(val, list) or not all(isinstance(v, str) and v.strip() for v in val):
            self.fail(f"field {field!r} must be a list of texts")
        return tuple(v.strip() for v in val)

    def code(self, val: Any, codes: frozenset[str], field: str) -> str:
        if not isinstance(val, str) or val not in codes:
            self.fail(f"{field} {val!r} is not a known country or actor code (countries.csv, sectors.yaml)")
        return val

    def date(self, val: Any, what: str, end: bool) -> dt.date | None:
        if val is None and end:
            return None
        if isinstance(val, dt.date):
            return val
        if isinstance(val, int) and 1000 <= val <= 9999:
            return dt.date(val, 12, 31) if end else dt.date(val, 1, 1)
        text = str(val)
        try:
            return dt.date.fromisoformat(text) if len(text) == 10 else dt.date.fromisoformat(text + "-01")
        except ValueError:
            self.fail(f"{what} {val!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return None


class Affiliations:
    """Parties, institutions and outlets indexed by every name (normalised key); a name may have several."""

    def __init__(self, parties: Sequence[Party], institutions: Sequence[Institution], outlets: Sequence[Outlet]):
        self.parties = list(parties)
        self.institutions = list(institutions)
        self.outlets = list(outlets)
        self._party: dict[str, list[Party]] = {}
        self._inst: dict[str, list[Institution]] = {}
        self._member: dict[str, list[Institution]] = {}
        self._outlet: dict[str, Outlet] = {}
        for p in self.parties:
            for n in (p.name, *p.names):
                self._party.setdefault(key(n), []).append(p)
        for i in self.institutions:
            for n in (i.name, *i.names):
                self._inst.setdefault(key(n), []).append(i)
            for n in i.members:
                self._member.setdefault(key(n), []).append(i)
        for o in self.outlets:
            for n in (o.name, *o.names):
                self._outlet[key(n)] = o
        self.max_words = max((len(k.split()) for ix in (self._party, self._inst, self._member, self._outlet)
                              for k in ix), default=1)

    def party(self, name: str) -> list[Party]:
        """Parties called ``name`` ("Tory", "Liberal Democrats", "Liberals": several countries'), in file order."""
        return self._party.get(key(name), [])

    def institution(self, name: str) -> list[Institution]:
        return self._inst.get(key(name), [])

    def member_of(self, word: str) -> list[Institution]:
        """Institutions whose members a word names ("MP", "MPs", "peers", "MK")."""
        return self._member.get(key(word), [])

    def outlet(self, name: str) -> Outlet | None:
        """The outlet called ``name``; an outlet's name with "'s" owns what follows ("CTV's Question Period")."""
        hit = self._outlet.get(key(name))
        if hit is None:
            for mark in ("'s ", "’s "):
                if mark in name:
                    hit = self._outlet.get(key(name.split(mark, 1)[0]))
                    break
        return hit


def _read(path: Path) -> list[_Entry]:
    name = str(path)
    try:
        doc = yaml.load(path.read_text("utf-8-sig"), Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except OSError as e:
        raise AffiliationError(f"{name}: cannot read: {e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise AffiliationError(f"{name}{f', line {mark.line + 1}' if mark else ''}: not valid YAML") from None
    if not isinstance(doc, dict):
        raise AffiliationError(f"{name}: the file must be a mapping with a section {' / '.join(SECTIONS)}")
    out = []
    for section, entries in doc.items():
        if section == _LINE:
            continue
        if section not in SECTIONS:
            raise AffiliationError(f"{name}: unknown section {section!r} (known: {', '.join(SECTIONS)})")
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise AffiliationError(f"{name}, line {doc.get(_LINE, 1)}: section {section!r} must be a list of entries")
        out += [_Entry(name, section, e) for e in entries]
    return out


def _build(entries: Iterable[_Entry], codes: frozenset[str], sectors: frozenset[str]) -> Affiliations:
    found: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS}
    for e in entries:
        name = e.text("name", required=True) or ""
        known = {"name", "names", _LINE} | {"parties": {"country", "governing"},
                                            "institutions": {"country", "countries", "sector", "members"},
                                            "outlets": {"country", "state"}}[e.section]
        extra = sorted(set(e.data) - known)
        if extra:
            e.fail(f"unknown field(s) {extra}; expected {sorted(known - {_LINE})}")
        names = e.texts("names")
        if e.section == "parties":
            periods = []
            for i, p in enumerate(e.data.get("governing") or []):
                if not isinstance(p, list) or len(p) != 2:
                    e.fail(f"governing period {i + 1} must be [start, end] (end null while in government)")
                start = e.date(p[0], f"governing period {i + 1} start", False)
                end = e.date(p[1], f"governing period {i + 1} end", True)
                if start is not None and end is not None and end < start:
                    e.fail(f"governing period {i + 1} ends {end} before it starts {start}")
                periods.append((start, end))
            found["parties"][name] = Party(name, e.code(e.data.get("country"), codes, "country"), names, tuple(periods))
        elif e.section == "institutions":
            one, many = e.data.get("country"), e.data.get("countries")
            if (one is None) == (many is None):
                e.fail("give either country (one code) or countries (a list of codes)")
            if many is not None and not isinstance(many, list):
                e.fail("countries must be a list of codes")
            countries = tuple(e.code(c, codes, "country") for c in ([one] if one is not None else many))
            sector = e.text("sector", required=True) or ""
            if sector not in sectors:
                e.fail(f"sector {sector!r} is not a PLOVER sector code (sectors.yaml)")
            found["institutions"][name] = Institution(name, countries, sector, names, e.texts("members"))
        else:
            state = e.data.get("state", False)
            if not isinstance(state, bool):
                e.fail("state must be true or false")
            found["outlets"][name] = Outlet(name, e.code(e.data.get("country"), codes, "country"), names, state)
    return Affiliations(list(found["parties"].values()), list(found["institutions"].values()),
                        list(found["outlets"].values()))


def shipped_files() -> list[Path]:
    base = Path(str(resources.files("communique.data").joinpath("actors")))
    return [base / n for n in _FILES]


def has_sections(path: str | Path) -> bool:
    """Whether a user's file is one of these (its top-level keys are parties, institutions or outlets)."""
    p = Path(path)
    if p.suffix.lower() not in (".yaml", ".yml"):
        return False
    try:
        doc = yaml.safe_load(p.read_text("utf-8-sig"))
    except (OSError, yaml.YAMLError):
        return False
    return isinstance(doc, Mapping) and bool(doc) and all(k in SECTIONS for k in doc)


@functools.lru_cache(maxsize=8)
def _load(files: tuple[str, ...], codes: frozenset[str], sectors: frozenset[str]) -> Affiliations:
    entries: list[_Entry] = []
    for f in files:
        entries += _read(Path(f))
    return _build(entries, codes, sectors)


def load_affiliations(codes: Iterable[str], sectors: Iterable[str], extra_files: Sequence[str | Path] = ()) -> (
        Affiliations):
    """The shipped files, then ``extra_files`` on top; ``codes`` are the country and actor codes entries may use
    and ``sectors`` the sector codes (the knowledge base's), so that a typo is an error, not a silent miss."""
    files = tuple(str(p) for p in (*shipped_files(), *extra_files))
    return _load(files, frozenset(codes), frozenset(sectors))
