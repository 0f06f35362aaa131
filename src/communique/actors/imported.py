"""The entries converted from the PETRARCH2 dictionaries, looked up through a prebuilt index.

~17,000 people, ~7,000 organisations and ~3,000 agent nouns would take seconds to validate and index at
every start. The converter (``python -m communique.dictionaries.actors``) writes them as plain CSV files
(``data/actors/petrarch2/``, readable and usable as ``--actors`` files) and also ``index.json.gz``: the
same rows with their look-up keys computed, plus the SHA-256 of the CSV files it was built from (a test
checks it, so the index cannot fall behind the CSVs). Loading is a JSON read; a person or organisation
becomes a record only when a look-up finds it.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from communique.actors.normal import is_acronym, key
from communique.actors.records import Office, Organisation, Person, SectorWord

__all__ = ["CSV_FILES", "INDEX", "Imported", "build_index", "csv_hash"]

INDEX = "index.json.gz"
CSV_FILES = ("people.csv", "organisations.csv", "sector_words.csv")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_FORMAT = 1


def csv_hash(folder: Path) -> str:
    """SHA-256 over the converted CSV files: what an index was built from."""
    h = hashlib.sha256()
    for name in CSV_FILES:
        h.update(name.encode())
        h.update((folder / name).read_bytes())
    return h.hexdigest()


def _rows(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    return [r for r in csv.DictReader(io.StringIO(text)) if r and not (r.get(next(iter(r))) or "").startswith("#")]


def _person_forms(names: Iterable[str]) -> tuple[set[str], set[str]]:
    """Full-name keys and surname keys of a person, as the knowledge base indexes its own people, except that
    a name without its middle names is not indexed (among ~17,000 names, "Muhammad Husayn" is many)."""
    full_keys: set[str] = set()
    sur_keys: set[str] = set()
    for n in names:
        full = key(n).split()
        toks = [t for t in full if t not in _SUFFIXES] or full
        forms = {" ".join(full), " ".join(toks)}  # no first-and-last form: too many namesakes among ~17,000
        (full_keys if len(toks) > 1 else sur_keys).update(f for f in forms if f)
    plain = [t for t in key(next(iter(names), "")).split() if t not in _SUFFIXES]
    if plain:
        sur_keys.add(plain[-1])
    return full_keys, sur_keys


def build_index(folder: Path) -> dict[str, Any]:
    """The index of the CSV files in ``folder`` (the converter writes it; the test rebuilds and compares)."""
    people: list[list[Any]] = []
    order: dict[str, int] = {}
    for r in _rows(folder / "people.csv"):
        k = key(r["name"])
        if k not in order:
            order[k] = len(people)
            people.append([r["name"], [a for a in r["aliases"].split("|") if a], r["country"], []])
        people[order[k]][3].append([r["office"], r["sector"], r["start"], r["end"] or None, r["code"] or None])
    full: dict[str, list[int]] = {}
    sur: dict[str, list[int]] = {}
    for i, (name, aliases, _c, _o) in enumerate(people):
        f, s = _person_forms([name, *aliases])
        for k in sorted(f):
            full.setdefault(k, []).append(i)
        for k in sorted(s):
            sur.setdefault(k, []).append(i)
    orgs: list[list[Any]] = []
    org_keys: dict[str, int] = {}
    acronyms: set[str] = set()
    for r in _rows(folder / "organisations.csv"):
        names = [r["name"], *(n for n in r["names"].split("|") if n)]
        orgs.append([r["name"], r["code"], names[1:], r["sector"] or None])
        for n in names:
            k = key(n)
            if k:
                org_keys[k] = len(orgs) - 1
                if is_acronym(n):
                    acronyms.add(k)
    words: dict[str, list[Any]] = {}
    for r in _rows(folder / "sector_words.csv"):
        for w in r["word"].split("|"):
            k = key(w, drop_the=False)
            if k:
                words[k] = [w, r["sector"], r["role"] or None]
    return {"format": _FORMAT, "sha256": csv_hash(folder), "people": people, "full": full, "surname": sur,
            "orgs": orgs, "org_keys": org_keys, "acronyms": sorted(acronyms), "words": words}


def write_index(folder: Path) -> None:
    data = json.dumps(build_index(folder), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    (folder / INDEX).write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))


def read_index(folder: Path) -> dict[str, Any]:
    return json.loads(gzip.decompress((folder / INDEX).read_bytes()))


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


class Imported:
    """Look-ups into the converted dictionaries; records are made on first use and kept."""

    def __init__(self, data: dict[str, Any], canon: Callable[[list[str]], list[str]] | None = None) -> None:
        if data.get("format") != _FORMAT:
            raise ValueError(f"dictionary index format {data.get('format')!r}, expected {_FORMAT}: rerun the converter")
        self._people_rows = data["people"]
        self._orgs_rows = data["orgs"]
        self._org_keys: dict[str, int] = data["org_keys"]
        self.acronyms = set(data["acronyms"])
        self._words: dict[str, list[Any]] = data["words"]
        self._full: dict[str, list[int]] = data["full"]
        self._sur: dict[str, list[int]] = data["surname"]
        if canon is not None:  # the project's spelling variants ("Mohamed" = "Mohammed") apply to these names too
            self._full = _rekey(self._full, canon)
            self._sur = _rekey(self._sur, canon)
        self._people: dict[int, Person] = {}
        self._orgs: dict[int, Organisation] = {}

    @classmethod
    def load(cls, folder: Path, canon: Callable[[list[str]], list[str]] | None = None) -> Imported | None:
        """The index in ``folder``, or None when there is none (the dictionaries are optional)."""
        if not (folder / INDEX).exists():
            return None
        return cls(read_index(folder), canon)

    def _person(self, i: int) -> Person:
        p = self._people.get(i)
        if p is None:
            name, aliases, country, offices = self._people_rows[i]
            p = Person(name, country, tuple(aliases), None,
                       tuple(Office(t, s, _date(a) or dt.date.min, _date(b), c) for t, s, a, b, c in offices),
                       imported=True)  # fmt: skip
            self._people[i] = p
        return p

    def people(self, k: str) -> list[Person]:
        """People whose full name (or a name without middle names) has this key."""
        return [self._person(i) for i in self._full.get(k, ())]

    def surname(self, k: str) -> list[Person]:
        """People with this surname (or a one-word name)."""
        return [self._person(i) for i in self._sur.get(k, ())]

    def organisation(self, k: str) -> Organisation | None:
        i = self._org_keys.get(k)
        if i is None:
            return None
        o = self._orgs.get(i)
        if o is None:
            name, code, names, sector = self._orgs_rows[i]
            o = self._orgs[i] = Organisation(name, code, tuple(names), sector)
        return o

    def word(self, k: str) -> SectorWord | None:
        w = self._words.get(k)
        return SectorWord(w[0], w[1], w[2]) if w else None

    def __len__(self) -> int:
        return len(self._people_rows)


def _rekey(index: dict[str, list[int]], canon: Callable[[list[str]], list[str]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for k, ids in index.items():
        c = " ".join(canon(k.split()))
        if c == k and c not in out:
            out[c] = ids
        else:
            out[c] = sorted({*out.get(c, ()), *ids})
    return out
