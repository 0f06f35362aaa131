"""The actor knowledge base: countries, places, organisations, sector words and people, from data files.

The shipped files live in ``communique/data/actors/``; a user's own YAML or CSV files
(``load_kb(extra_files=[...])``, the CLI's ``--actors FILE``) add entries or override shipped ones
with the same identity (country code, organisation short name, person name, sector word, place name).
Every file is validated as it is read; a bad entry raises :class:`KnowledgeBaseError` naming the file,
the line and the fault, because a silently skipped actor would be a wrong answer much later.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from communique.actors.imported import Imported
from communique.actors.normal import damerau1, is_acronym, key, singulars, upper_letters
from communique.actors.records import (
    Country,
    CountryMatch,
    Office,
    Organisation,
    Person,
    PersonMatch,
    Place,
    SectorWord,
)
from communique.actors.sources import KnowledgeBaseError, Raw, read_file

__all__ = ["KnowledgeBase", "KnowledgeBaseError", "load_kb", "shipped_files"]

_DATA = "communique.data"
_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "his excellency",
    "her excellency", "excellency", "hon", "honourable", "honorable", "sheikh", "king", "queen", "prince",
    "crown prince", "emir", "sultan", "former", "late", "then", "acting", "interim", "new", "current",
}  # fmt: skip


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def shipped_files() -> list[Path]:
    """The data files that make the default knowledge base, in load order (the entries converted from the
    PETRARCH2 dictionaries come through their index: :func:`dictionaries_dir`)."""
    root = resources.files(_DATA).joinpath("actors")
    base = Path(str(root))
    order = ["sectors.yaml", "countries.csv", "places.yaml", "organisations.yaml", "sector_words.csv",
             "name_variants.yaml"]
    files = [base / n for n in order]
    people = base / "people"
    files += sorted(people.glob("*.yaml")) + sorted(people.glob("*.csv")) if people.is_dir() else []
    return files


def dictionaries_dir() -> Path:
    """Where the converted PETRARCH2 entries and their index live (``data/actors/petrarch2``)."""
    return Path(str(resources.files(_DATA).joinpath("actors"))) / "petrarch2"


class KnowledgeBase:
    """Indexes over the entries, built once; every look-up is a dict access on a normalised key."""

    def __init__(self, raws: Iterable[Raw], dictionaries: Path | None = None) -> None:
        """``dictionaries``: a folder of converted dictionary entries with their index (see ``imported``);
        the project's own entries win over them wherever both have a name."""
        self.sectors: dict[str, str] = {}
        self.codes: dict[str, str] = {}
        self.countries: dict[str, Country] = {}
        self.places: dict[str, Place] = {}
        self.organisations: dict[str, Organisation] = {}
        self.words: dict[str, SectorWord] = {}
        self.people: dict[str, Person] = {}
        self.as_of: dict[str, dt.date] = {}
        self.variants: dict[str, str] = {}  # a spelling of a given name -> its group's first spelling
        self._person_file: dict[str, str] = {}
        pending = list(raws)
        for raw in pending:  # sector codes first: every other entry is checked against them
            if raw.kind == "sectors":
                self._add_sectors(raw)
        for raw in pending:
            if raw.kind == "countries":
                self._add_country(raw)
        adders = {
            "places": self._add_place,
            "organisations": self._add_organisation,
            "sector_words": self._add_word,
            "people": self._add_people,
            "person": self._add_person,
            "name_variant": self._add_variant,
        }
        for raw in pending:
            if raw.kind in adders:
                adders[raw.kind](raw)
        self._index()
        self.imported = Imported.load(dictionaries, self._canon) if dictionaries is not None else None

    # -- building ---------------------------------------------------------------------------------

    def _add_sectors(self, raw: Raw) -> None:
        for group, target in (("sectors", self.sectors), ("codes", self.codes)):
            for code, desc in (raw.get_map(group) or {}).items():
                if not (isinstance(code, str) and len(code) == 3 and code.isupper()):
                    raw.fail(f"{group}: {code!r} is not a three-letter upper-case code")
                target[code] = str(desc)

    def _sector(self, raw: Raw, field: str = "sector", required: bool = False) -> str | None:
        val = raw.get_str(field, required=required)
        if val is None:
            return None
        if val not in self.sectors:
            raw.fail(f"{field} {val!r} is not a known sector code (see sectors.yaml)")
        return val

    def _code(self, raw: Raw, field: str, required: bool = True) -> str | None:
        val = raw.get_str(field, required=required)
        if val is None:
            return None
        if val not in self.countries and val not in self.codes:
            raw.fail(f"{field} {val!r} is neither a country code (countries.csv) nor an actor code")
        return val

    def _add_country(self, raw: Raw) -> None:
        code = raw.get_str("code", required=True) or ""
        if not (len(code) == 3 and code.isalpha() and code.isupper()):
            raw.fail(f"code {code!r} is not an ISO 3166-1 alpha-3 code (three upper-case letters)")
        old = self.countries.get(code)
        name = raw.get_str("name", required=old is None) or (old.name if old else "")
        self.countries[code] = Country(
            code=code,
            name=name,
            aliases=raw.get_list("aliases") or (old.aliases if old else ()),
            demonyms=raw.get_list("demonyms") or (old.demonyms if old else ()),
            capitals=raw.get_list("capitals") or (old.capitals if old else ()),
        )

    def _add_place(self, raw: Raw) -> None:
        names = raw.get_list("names", required=True)
        kind = raw.get_str("kind") or "metonym"
        if kind not in ("metonym", "city", "region"):
            raw.fail(f"kind {kind!r} must be metonym, city or region")
        place = Place(names, self._code(raw, "country") or "", self._sector(raw), raw.get_str("role"), kind)
        self.places[key(names[0])] = place

    def _add_organisation(self, raw: Raw) -> None:
        name = raw.get_str("name", required=True) or ""
        names = raw.get_list("names")
        ambiguous = raw.get_list("ambiguous")
        context = raw.get_list("context")
        unknown = [a for a in ambiguous if key(a) not in {key(n) for n in (name, *names)}]
        if unknown:
            raw.fail(f"ambiguous names {list(unknown)} are not among the organisation's name and names")
        if ambiguous and not context:
            raw.fail("ambiguous names need context words that tell, in a text, that they mean this organisation")
        alone = raw.get_list("alone")
        if [a for a in alone if key(a) not in {key(n) for n in names}]:
            raw.fail(f"names alone {list(alone)} must be among the organisation's names")
        since, until = raw.get_date("since"), raw.get_date("until", end=True)
        if since and until and until < since:
            raw.fail(f"until {until} is before since {since}")
        org = Organisation(name, self._code(raw, "code") or "", names, self._sector(raw), raw.get_str("role"),
                           since, until, ambiguous, context, alone)  # fmt: skip
        self.organisations[key(name)] = org

    def _add_word(self, raw: Raw) -> None:
        words = raw.get_list("word", required=True)
        sector = self._sector(raw, required=True) or ""
        weak = raw.get_bool("weak")
        for w in words:
            self.words[key(w)] = SectorWord(w, sector, raw.get_str("role"), weak)

    def _add_variant(self, raw: Raw) -> None:
        forms = [key(f) for f in raw.get_list("forms", required=True)]
        if len(forms) < 2 or any(not f or " " in f for f in forms):
            raw.fail("forms must list two or more spellings of one word (\"Mohammed|Mohamed\")")
        canon = self.variants.get(forms[0], forms[0])
        for f in forms:
            if self.variants.get(f, canon) != canon:
                raw.fail(f"{f!r} is already a spelling of {self.variants[f]!r}; list it in one group only")
            self.variants[f] = canon

    def _canon(self, toks: Sequence[str]) -> list[str]:
        """Name words with transliterations unified ("Mohammed" = "Mohamed" = "Muhammad")."""
        return [self.variants.get(t, t) for t in toks]

    def _add_people(self, raw: Raw) -> None:  # a people file's header: the date its facts hold on
        as_of = raw.get_date("as_of")
        if as_of is not None:
            self.as_of[raw.file] = as_of

    def _add_person(self, raw: Raw) -> None:
        name = raw.get_str("name", required=True) or ""
        offices = []
        for i, item in enumerate(raw.get_offices()):
            title, sector, start, end, code = item
            if sector not in self.sectors:
                raw.fail(f"office {i + 1}: sector {sector!r} is not a known sector code")
            if code is not None and code not in self.countries and code not in self.codes:
                raw.fail(f"office {i + 1}: code {code!r} is neither a country code nor an actor code")
            if end is not None and end < start:
                raw.fail(f"office {i + 1} ({title}): ends {end} before it starts {start}")
            offices.append(Office(title, sector, start, end, code))
        k = key(name)
        old = self.people.get(k)
        aliases = raw.get_list("aliases")
        if old and raw.merge and self._person_file.get(k) == raw.file:  # CSV rows: one office a row, they add up
            offices = list(old.offices) + offices
            aliases = aliases or old.aliases
        self._person_file[k] = raw.file
        self.people[k] = Person(name, self._code(raw, "country") or "", aliases, raw.get_str("surname"),
                                tuple(offices), raw.get_bool("imported"))  # fmt: skip

    def _index(self) -> None:
        self._country_ix: dict[str, CountryMatch] = {}
        self._acronyms: set[str] = set()
        for c in self.countries.values():
            for n in (c.name, *c.aliases):
                self._put(self._country_ix, n, CountryMatch(c.code, c.name, "name"))
            for n in c.demonyms:
                self._put(self._country_ix, n, CountryMatch(c.code, c.name, "demonym"))
            for n in c.capitals:
                self._put(self._country_ix, n, CountryMatch(c.code, c.name, "capital", "GOV"))
        self._other_places: dict[str, list[CountryMatch]] = {}  # a name's senses other than the one indexed
        for p in self.places.values():
            cname = self.countries[p.country].name if p.country in self.countries else p.country
            for n in p.names:
                match = CountryMatch(p.country, cname, p.kind, p.sector, p.role)
                old = self._country_ix.get(key(n))
                if old is not None and old.code != p.country and p.kind == "city":
                    # a country's own names win over a namesake city or state ("Georgia"); the city is
                    # the answer only where the article names its country ("Tripoli" in Lebanon)
                    self._other_places.setdefault(key(n), []).append(match)
                    continue
                if old is not None and old.code != p.country:
                    self._other_places.setdefault(key(n), []).append(old)
                self._put(self._country_ix, n, match)
        self._org_ix: dict[str, Organisation] = {}
        # an acronym two organisations share, ambiguous in at least one ("RSF": Reporters Without Borders, Sudan's
        # Rapid Support Forces): every holder, so that the article's words choose among them
        self._org_namesakes: dict[str, list[Organisation]] = {}
        for o in self.organisations.values():
            for n in (o.name, *o.names):
                old = self._org_ix.get(key(n))
                if old is not None and old is not o and {key(n)} & {key(a) for a in (*old.ambiguous, *o.ambiguous)}:
                    self._org_namesakes.setdefault(key(n), [old]).append(o)
                self._put(self._org_ix, n, o)
        self._person_ix: dict[str, list[Person]] = {}
        self._surname_ix: dict[str, list[Person]] = {}
        self._first_ix: dict[str, list[tuple[str, Person]]] = {}  # first name -> (the rest, person), for typos
        for p in self.people.values():
            for n in (p.name, *p.aliases):
                full = self._canon(key(n).split())
                toks = [t for t in full if t not in _SUFFIXES] or full
                forms = {" ".join(full), " ".join(toks)}
                if len(toks) > 2:  # without middle names: "Omar al-Bashir" for "Omar Hassan al-Bashir"
                    forms.add(toks[0] + " " + toks[-1])
                if len(toks) > 1 and not p.imported:  # typo matching: the project's own people only
                    self._first_ix.setdefault(toks[0], []).append((" ".join(toks[1:]), p))
                for f in forms:
                    ix = self._person_ix if len(toks) > 1 else self._surname_ix
                    if f and p not in ix.get(f, []):
                        ix.setdefault(f, []).append(p)
            plain = [t for t in self._canon(key(p.name).split()) if t not in _SUFFIXES]
            sur = " ".join(self._canon(key(p.surname).split())) if p.surname else plain[-1] if plain else ""
            if p.surname == "-":  # no surname form ("Mohammed bin Salman" is not "Salman")
                continue
            if sur and p not in self._surname_ix.get(sur, []):
                self._surname_ix.setdefault(sur, []).append(p)
        self.max_words = max((len(k.split()) for k in self.words), default=1)

    def _put(self, index: dict, name: str, value: object) -> None:
        k = key(name)
        if not k:
            return
        index[k] = value
        if is_acronym(name):
            self._acronyms.add(k)

    # -- look-ups ---------------------------------------------------------------------------------

    def _acronym_ok(self, k: str, text: str, titled: bool = False) -> bool:
        """An acronym matches in capitals ("US", not "us"); one of four letters or more also as a name
        ("Nato", "Farc") where ``titled`` (it is no word of its own: see the entries' ``ambiguous``)."""
        if k not in self._acronyms and not (self.imported and k in self.imported.acronyms):
            return True
        bare = re.sub(r"^\s*the\s+", "", text, flags=re.I).strip()
        if upper_letters(bare):
            return True
        return titled and len(k) >= 4 and " " not in k and bare[:1].isupper() and bare[1:].islower()

    def country(self, text: str, context: str | None = None) -> CountryMatch | None:
        """A country by any name, demonym, capital, city or metonym ("U.S.", "Britons", "the Kremlin").
        A place name of two countries ("Tripoli": Libya's capital, a Lebanese city) is the one whose
        country ``context`` (the article) names, when it names only that one."""
        k = key(text or "")
        hit = self._country_ix.get(k)
        others = self._other_places.get(k) if hit is not None and context else None
        if others and not self.names_country(hit.code, context or ""):
            named = [o for o in others if self.names_country(o.code, context or "")]
            if len(named) == 1:
                return named[0]
        if hit is None:
            for s in singulars(k):  # "Russians", "Saudis"
                hit = self._country_ix.get(s)
                if hit is not None and hit.kind == "demonym":
                    return hit
            return None
        return hit if self._acronym_ok(k, text) else None

    def names_country(self, code: str, text: str) -> bool:
        """Whether ``text`` names the country by its name, another name or a demonym; for a code of no country
        (IMG, NGO, ...), one of the organisations of that code ("Osama bin Laden" with "al-Qaeda")."""
        cache = self.__dict__.setdefault("_country_res", {})
        if code not in cache:
            c = self.countries.get(code)
            forms = [f for f in ((c.name, *c.aliases, *c.demonyms) if c else ()) if len(f) > 2]
            if c is None:  # organisations' names are written in either case ("al-Qaeda", "Al-Qaeda")
                forms = [f for o in self.organisations.values() if o.code == code for f in (o.name, *o.names)
                         if len(f) > 3]
            cache[code] = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b",
                                     re.IGNORECASE if c is None else 0) if forms else None
        rx = cache[code]
        return bool(rx and rx.search(text))

    def owner(self, text: str) -> str | None:
        """The code of a modifier that says whose people or body a noun names: a country ("Kenyan", "UK") or a
        named organisation ("EU", "NATO"); None for other words."""
        hit = self.country(text)
        if hit is not None:
            return hit.code
        if not text[:1].isupper():
            return None
        org = self.organisation(text)
        return org.code if org is not None and org.code else None

    def organisation(self, text: str, on: dt.date | None = None, context: str | None = None) -> Organisation | None:
        """An organisation by short or full name ("the U.N.", "North Atlantic Treaty Organization"), if it
        existed on ``on`` (when given): "ICC" in 1987 is not the International Criminal Court (2002). A name
        the entry marks ambiguous resolves only when ``context`` (the article, when known) has one of the
        entry's other names or context words ("ICC" with "The Hague" or "war crimes")."""
        k = key(text or "")
        hit = self._org_ix.get(k)
        if hit is None and self.imported is not None and k not in self._country_ix:
            hit = self.imported.organisation(k)
            if hit is not None and context is not None and " " not in k and k not in self.imported.acronyms:
                # a one-word dictionary name ("Falcon", "Dawn") counts where the article names its country
                # or another of its names
                low = context.lower()
                others = [n for n in (hit.name, *hit.names) if key(n) != k]
                if not (self.names_country(hit.code, context)
                        or any(re.search(r"\b" + re.escape(n.lower()) + r"\b", low) for n in others)):
                    return None
        if k in self._org_namesakes:  # the first holder the date and the article's words allow
            return next((o for o in self._org_namesakes[k] if self._org_fits(o, k, text, on, context)), None)
        return hit if hit is not None and self._org_fits(hit, k, text, on, context) else None

    def _org_fits(self, hit: Organisation, k: str, text: str, on: dt.date | None, context: str | None) -> bool:
        """Whether ``text`` (key ``k``) can name ``hit``: written as its acronym may be, on a date it existed, and,
        where the name is one of its ambiguous ones, in an article with another of its names or context words."""
        if not self._acronym_ok(k, text, titled=not hit.ambiguous):
            return False
        if on is not None and not hit.exists_on(on):
            return False
        if context is not None and hit.ambiguous and k in {key(a) for a in hit.ambiguous}:
            low = context.lower()
            clues = [n for n in (hit.name, *hit.names, *hit.context) if key(n) not in {key(a) for a in hit.ambiguous}]
            if not any(re.search(r"\b" + re.escape(c.lower()) + r"\b", low) for c in clues):
                return False
        return True

    def sector_word(self, word: str) -> SectorWord | None:
        """The sector a word or lemma implies: "troops" -> MIL, "Foreign Minister" -> GOV; plurals and
        single typos in long words are tolerated. Answers are remembered: the typo search scans every word."""
        cache = self.__dict__.setdefault("_sector_word_cache", {})
        if word in cache:
            return cache[word]
        if len(cache) > 200_000:
            cache.clear()
        cache[word] = found = self._sector_word(word)
        return found

    def _sector_word(self, word: str) -> SectorWord | None:
        k = key(word or "", drop_the=False)
        if not k:
            return None
        forms = (k, *singulars(k))
        for cand in forms:
            if cand in self.words:
                return self.words[cand]
        if self.imported is not None:  # the dictionaries' agent nouns: exact forms only, no typo search
            for cand in forms:
                if (found := self.imported.word(cand)) is not None:
                    return found
        if len(k) >= 8 and " " not in k:
            index = self._typo_index()
            for cand in forms:
                # one edit in a word of 8 letters or more leaves its first or its last four letters as they were
                near = sorted(index.get(("<", cand[:4]), []) + index.get((">", cand[-4:]), []))
                for _, w in near:
                    if abs(len(w) - len(cand)) <= 1 and damerau1(cand, w) and _stem_typo(cand, w):
                        return self.words[w]
        return None

    def _typo_index(self) -> dict[tuple[str, str], list[tuple[int, str]]]:
        """The long sector words by their first and last four letters, with their order in ``words`` (the typo
        search answers with the first word that fits, as a scan of every word would)."""
        index = self.__dict__.get("_typo_words")
        if index is None:
            index = {}
            for n, w in enumerate(self.words):
                if len(w) >= 8:
                    index.setdefault(("<", w[:4]), []).append((n, w))
                    index.setdefault((">", w[-4:]), []).append((n, w))
            self.__dict__["_typo_words"] = index
        return index

    def person(self, name: str, on: dt.date | None = None, titles: bool = True,
               title_sector: str | None = None, context: str | None = None) -> PersonMatch | None:
        """A known person by full name, name without middle names, or unambiguous surname, with or
        without a leading title (``titles=False``: the bare name only); with the office they held on
        ``on`` (today when None). A person imported from the dictionaries answers to a bare surname only
        where a title agrees with the office they held then: the title in ``name`` ("Minister Sharqi"), or
        ``title_sector``, the sector of a title the caller found beside it. Given ``context`` (the article),
        an imported person named in full also needs support in it: a title agreeing with their office then,
        or their country named (the dictionaries hold many an "Andrew Smith" and "Ian Campbell")."""
        when = on or dt.date.today()
        toks = key(name or "").split()
        while toks:
            found = self._people_for(toks, when, title_sector)
            if found is not None and found.person.imported and context is not None:
                titled = bool(title_sector and found.office and found.office.sector == title_sector)
                named = self.names_country(found.country, context)
                # a bare surname with a title of that office is still one of thousands ("Judge Smith" of a US
                # court is no Australian judge Smith): the article names the country too
                if not (named if len(toks) == 1 else titled or named):
                    return None
            if found is not None or not titles:
                return found
            # Drop a leading title ("President", "Foreign Minister", "Sen.") and try again.
            for n in range(min(len(toks) - 1, 4), 0, -1):
                head = " ".join(toks[:n])
                word = self.sector_word(head)
                if head in _HONORIFICS or word is not None:
                    toks = toks[n:]
                    title_sector = word.sector if word is not None else title_sector
                    break
            else:
                return None
        return None

    def _people_for(self, toks: Sequence[str], when: dt.date, title_sector: str | None = None) -> PersonMatch | None:
        cands: list[Person] = []
        toks = self._canon(toks)
        if len(toks) == 2 and toks[0] in ("al", "el", "ad", "as", "an") and not self._full_name(" ".join(toks)):
            toks = [toks[1]]  # "al-Bashir": the surname; an alias listed with its article ("El Chapo") is a name
        if len(toks) > 1:
            joined = " ".join(toks)
            first_last = toks[0] + " " + toks[-1]
            cands = (self._full_name(joined) or self._backed(self._surnamed(joined), when, title_sector)
                     or self._person_ix.get(first_last, []))  # fmt: skip
            if not cands:  # one slip in a long surname, the first name right ("Francois Mitterand")
                rest = " ".join(toks[1:])
                typo = {id(p): p for r, p in self._first_ix.get(toks[0], ())
                        if len(r) >= 7 and r[:2] == rest[:2] and damerau1(rest, r)}
                cands = list(typo.values()) if len(typo) == 1 else []
        elif toks:
            # A surname alone names someone only once they are in public life: "Harper" in a 1987 story is
            # not a prime minister of 2006, though "Donald Trump" in 1987 is still Donald Trump.
            named = self._surnamed(toks[0])
            shared = len({p.name for p in named}) > 1  # "Judge Smith" is not the one Smith of another line of work
            cands = [p for p in self._backed(named, when, title_sector)
                     if (not p.offices or p.held_before(when)) and not (shared and unlike_title(p, title_sector))]
        if not cands:
            return None
        if len(cands) > 1:
            holding = [p for p in cands if p.office_on(when)]
            if not holding:  # none in office: the one who left office last ("Kabila" in 2021 is Joseph)
                holding = _last_to_leave(cands, when)
            if all(p.imported for p in holding) and len({(p.country, p.office_on(when) and p.office_on(when).sector)
                                                          for p in holding}) == 1:
                holding = holding[:1]  # one person twice (the dictionaries' "Bridgette" and "Brigitte Mabandla")
            if len(holding) != 1:
                return None
            cands = holding
        p = cands[0]
        office = p.office_on(when)
        return PersonMatch(p, office, former=office is None and p.held_before(when))

    def _full_name(self, k: str) -> list[Person]:
        """People by a full-name key: the project's own, else the dictionaries'."""
        own = self._person_ix.get(k)
        if own or self.imported is None:
            return own or []
        return [p for p in self.imported.people(k) if key(p.name) not in self.people]

    def surname_shared(self, name: str) -> bool:
        """Whether the knowledge base (with the dictionaries) knows more than one person by this surname: "Smith"
        is many people, "Lavrov" one."""
        toks = self._canon(key(name).split())
        return len(toks) == 1 and len({p.name for p in self._surnamed(toks[0])}) > 1

    def _surnamed(self, k: str) -> list[Person]:
        own = self._surname_ix.get(k, [])
        if self.imported is None:
            return own
        return own + [p for p in self.imported.surname(k) if key(p.name) not in self.people]

    @staticmethod
    def _backed(people: Sequence[Person], when: dt.date, title_sector: str | None) -> list[Person]:
        """Of the people a bare surname names, those it may stand for: the project's own, and an imported one
        only where a title of the sector of the office they held on ``when`` stands beside it (the dictionaries
        hold thousands of surnames such as "King" or "Rice" that are mostly someone else)."""
        out = []
        for p in people:
            if p.imported:
                office = p.office_on(when) if title_sector else None
                if office is None or office.sector != title_sector:
                    continue
            out.append(p)
        return out


def unlike_title(p: Person, title_sector: str | None) -> bool:
    """True where the title beside a bare surname is of a sector none of the person's offices was in ("Judge
    Smith" is no foreign minister Smith, "General Brown" no senator Brown): the title says it is someone else."""
    return bool(title_sector and p.offices and all(o.sector != title_sector for o in p.offices))


def _last_to_leave(people: Sequence[Person], when: dt.date) -> list[Person]:
    """Of people none of whom is in office on ``when``, the one whose last office ended latest before it
    (alone; a tie or nobody with an office gives nothing)."""
    ends = sorted(((max(o.end for o in p.offices if o.end and o.end <= when), i)
                   for i, p in enumerate(people) if any(o.end and o.end <= when for o in p.offices)), reverse=True)
    if not ends or (len(ends) > 1 and ends[0][0] == ends[1][0]):
        return []
    return [people[ends[0][1]]]


def _stem_typo(a: str, b: str) -> bool:
    """A typo inside the word, not a different ending ("terrorism" is not "terrorist")."""
    i = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return i < min(len(a), len(b)) - 3


def _load(files: Sequence[Path | str], dictionaries: bool = True) -> KnowledgeBase:
    raws: list[Raw] = []
    for f in files:
        raws.extend(read_file(Path(f)))
    return KnowledgeBase(raws, dictionaries_dir() if dictionaries else None)


@functools.lru_cache(maxsize=1)
def _default() -> KnowledgeBase:
    return _load(shipped_files())


def load_kb(extra_files: Sequence[Path | str] = (), dictionaries: bool = True) -> KnowledgeBase:
    """The shipped knowledge base (built once per process), or a fresh one with a user's files on top;
    ``dictionaries=False``: the project's own files only, without the entries converted from PETRARCH2."""
    if not extra_files and dictionaries:
        return _default()
    return _load([*shipped_files(), *extra_files], dictionaries)
