"""The entries of the actor knowledge base and the answers of its look-ups (plain frozen records)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    """A state or territory: its code and every form a news text may use for it."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    """A place standing for an actor (a metonym such as "the Kremlin"), a city, or a breakaway region."""

    names: tuple[str, ...]
    country: str
    sector: str | None = None
    role: str | None = None
    kind: str = "metonym"


@dataclass(frozen=True)
class CountryMatch:
    """What a country-ish word means: the code, and the sector a metonym implies ("the Pentagon" -> MIL)."""

    code: str
    name: str
    kind: str  # name | demonym | capital | metonym | city | region
    sector: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Organisation:
    """An IGO, NGO, company, party, armed group or state body. ``code`` is PLOVER's or a country's."""

    name: str
    code: str
    names: tuple[str, ...] = ()
    sector: str | None = None
    role: str | None = None
    since: dt.date | None = None  # founded: before it, the name is someone else's ("ICC" in 1987)
    until: dt.date | None = None  # dissolved or renamed
    ambiguous: tuple[str, ...] = ()  # names (acronyms) that stand for it only with context in the text
    context: tuple[str, ...] = ()  # words that, in the text, tell the ambiguous names mean it
    alone: tuple[str, ...] = ()  # names that stand for it only as a whole mention ("Brussels" warned)

    def exists_on(self, on: dt.date) -> bool:
        return (self.since is None or self.since <= on) and (self.until is None or on <= self.until)


@dataclass(frozen=True)
class SectorWord:
    """A word or phrase that names a kind of actor. ``weak`` words ("members", "leader") defer to an
    organisation or a stronger word in the same phrase."""

    word: str
    sector: str
    role: str | None = None
    weak: bool = False


@dataclass(frozen=True)
class Office:
    title: str
    sector: str
    start: dt.date
    end: dt.date | None  # None: still held on the data's as-of date
    code: str | None = None  # whose office, where not the person's country (an EU or UN post)

    def holds(self, on: dt.date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    country: str
    aliases: tuple[str, ...] = ()
    surname: str | None = None
    offices: tuple[Office, ...] = ()
    imported: bool = False  # from the PETRARCH2 dictionaries: a bare surname needs an agreeing title; no titles

    def office_on(self, on: dt.date) -> Office | None:
        held = [o for o in self.offices if o.holds(on)]
        # Of offices held at once, the latest taken is the one news names them by.
        return max(held, key=lambda o: o.start) if held else None

    def held_before(self, on: dt.date) -> bool:
        return any(o.start <= on for o in self.offices)


@dataclass(frozen=True)
class PersonMatch:
    """A known person as of a date: ``office`` is None when they held none of their listed offices then;
    ``former`` tells they had held one before (PLOVER's ELI sector)."""

    person: Person
    office: Office | None
    former: bool

    @property
    def country(self) -> str:
        return (self.office.code if self.office and self.office.code else None) or self.person.country

    @property
    def sector(self) -> str | None:
        if self.office:
            return self.office.sector
        return "ELI" if self.former else None

    @property
    def role(self) -> str | None:
        # an imported office's title is only its sector's name ("Government official"): the article says more
        return self.office.title if self.office and not self.person.imported else None
