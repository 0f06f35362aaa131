"""Where a story is: its dateline ("BAGHDAD, Jan 3 (Reuters) -") and, failing that, its setting (the place its
first paragraphs put things in most often). Events whose own clause names no place fall back on these, in
that order, with ``Where.basis`` saying so; both are read once per article.

A fallback place is given only to an event it can be true of: one of whose parties is of the place's country,
or a material act (an attack, an arrest, aid) with no party of any country. "WASHINGTON (Reuters) - Iran fired
missiles at ..." does not put Iran's missiles in Washington, nor a statement by nobody of the country there.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model import Span, Where
from ..nlp.perdoc import doc_text
from .places import LOCATIVE, _locate, city, country_centre, where_of

_CAPS = r"[A-Z][A-Z'’.\-]*(?:\s+[A-Z][A-Z'’.\-]*){0,3}"
_TITLE = r"[A-Z][a-z'’.\-]+(?:\s+[A-Z][a-z'’.\-]+){0,3}"
_MONTH = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*,\s*\d{4})?"
_AGENCY = r"\(\s*[A-Za-z][A-Za-z .&/'-]{0,40}\)"
DATELINE = re.compile(
    rf"\A\s*(?P<place>{_CAPS}|{_TITLE})(?:\s*,\s*(?P<region>{_CAPS}|{_TITLE}|[A-Z]\.[A-Z]\.))?"
    rf"(?:\s*,\s*(?P<date>{_MONTH}))?\s*(?P<agency>{_AGENCY})?\s*(?:-{{1,2}}|[–—])\s")
"""A dateline: a place (capitals, or title case when an agency or date follows it), an optional region or
country, an optional date, an optional agency in brackets, then a dash."""

CITY_MENTIONS = 2
"""A city is the story's setting when its first paragraphs put things in it this often; else only its country."""

FIRST_PARAGRAPHS = 5
"""The setting is read from this many paragraphs (not counting a line that is only a date): three were too
few where a page keeps a notice or two above the story."""


GLUED = re.compile(rf"\A\s*(?P<place>{_TITLE}|{_CAPS})--(?=[A-Z\"\u201c])")
"""A dateline glued to the story by a double hyphen with no space either side ("Cebu City--Police have ..."), as
typed text turns a dash; a capitalised place of at most four words. (A dash between two names, "the
Israel\u2013Hamas war", is no dateline: only the typed double hyphen is read so.)"""


def _dateline_match(text: str) -> re.Match | None:
    m = DATELINE.match(text[:200])
    if m is None:
        return GLUED.match(text[:200])
    place = m.group("place")
    letters = [c for c in place if c.isalpha()]
    caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    if not caps and not (m.group("agency") or m.group("date")):
        return None  # "Officials said - ..." is no dateline
    if len(place.split()) > 4:
        return None
    return m


def dateline(text: str) -> tuple[str, int, int, str | None] | None:
    """(place words, start, end, region words) of the dateline that opens ``text``, or None."""
    m = _dateline_match(text)
    return None if m is None else (m.group("place"), m.start("place"), m.end("place"), m.groupdict().get("region"))


def dateline_end(doc) -> int:
    """Where the dateline that opens ``doc`` ends (its dash included), 0 without one; read once per Doc. The
    parser often makes "MANILA, Philippines --" the subject of the first sentence: a dateline says where the
    story was filed, never who acted."""
    got = doc.user_data.get("communique_dateline_end")
    if got is None:
        m = _dateline_match(doc_text(doc))
        got = doc.user_data["communique_dateline_end"] = m.end() if m is not None else 0
    return got


def _title(words: str) -> str:
    return " ".join(w[:1] + w[1:].lower() if w.isupper() and len(w) > 2 else w for w in words.split())


def read_dateline(text: str, kb=None) -> Where | None:
    """The dateline's place, resolved to a country and coordinates; None without a dateline or when its
    place is not known as a city or a country."""
    found = dateline(text)
    if found is None:
        return None
    place, start, end, region = found
    name = _title(place)
    where = _locate(Where(name=name, span=Span(start, end, text[start:end]), basis="dateline"), name, kb)
    if where.country is None and region and kb is not None:  # "SPRINGFIELD, Ill." / "LAGOS, Nigeria"
        country = kb.country(_title(region))
        if country is not None:
            where.country = country.code
    return where if where.country is not None else None


def _paragraph_end(text: str, n: int) -> int:
    """The end of the first ``n`` paragraphs of ``text`` that hold more than a date line."""
    pos, seen = 0, 0
    for m in re.finditer(r"[^\n]+", text):
        pos = m.end()
        if len(m.group().split()) > 6:
            seen += 1
            if seen >= n:
                break
    return pos


LOCATIVE_WEIGHT = 2
"""A place named after a locative preposition ("in Aleppo"), or beside one ("in Gwynedd, Wales"; "a
neighbourhood of Aleppo"), counts this many times; any other mention of a place ("Syria said") or of its
people ("the Syrian government") once for it: a story names where it happens, and names it most."""


def _locative(ent) -> bool:
    """Whether a place entity is named as where something is: the object of a locative preposition, in
    apposition to such a place ("in College Station, Texas"), or the object of "of" after such a phrase's
    noun ("in a neighbourhood of Aleppo", "off the coast of California")."""
    root = ent.root
    for _ in range(3):
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in LOCATIVE:
            return True
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj":
            root = head.head
            continue
        if root.dep_ in ("appos", "conj", "npadvmod") and head.i != root.i and head.ent_type_ in ("GPE", "LOC", "FAC"):
            root = head
            continue
        return False
    return False


def read_setting(doc, kb=None) -> Where | None:
    """The place the story is set in, from the places its first paragraphs name (see ``LOCATIVE_WEIGHT``):
    the country named most (its cities counting for it), and in it the city named most if it is named as
    where something is at least ``CITY_MENTIONS`` times (weighted), else the country (by the name the
    story uses, or its code, at country level); the earliest on a tie; None when they name none."""
    end = _paragraph_end(doc_text(doc), FIRST_PARAGRAPHS)
    counts: Counter[tuple[str, str | None]] = Counter()
    first: dict[tuple[str, str | None], Where] = {}
    for ent in doc.ents:
        if ent.start_char >= end:
            break
        locative = _locative(ent)
        name = re.sub(r"^(?:the|The)\s+|['’]s?$", "", ent.text).strip()
        people = kb.country(name) if kb is not None and ent.label_ == "NORP" and not locative else None
        if people is not None and people.kind == "demonym":  # "the Indian government": once for India
            centre = country_centre(people.code)
            where = Where(name=people.name, country=people.code, lat=centre[0] if centre else None,
                          lon=centre[1] if centre else None, span=Span(ent.start_char, ent.end_char, ent.text),
                          basis="article", level="country")
        elif ent.label_ not in ("GPE", "LOC", "FAC") and (not locative or ent.label_ not in ("PERSON", "ORG", "NORP")
                                                          or city(ent.text) is None):
            continue  # a known city the tagger took for a person or an organisation ("in Lyon") still counts
        elif not name:
            continue
        else:
            where = _locate(Where(name=name, span=Span(ent.start_char, ent.end_char, ent.text), basis="article"),
                            name, kb)
        if where.country is None:
            continue
        k = (where.name.lower(), where.country)
        counts[k] += LOCATIVE_WEIGHT if locative else 1
        first.setdefault(k, where)
    if not counts:
        return None
    # the country named most (its places together), then its city named most, else the country itself
    by_country: Counter[str | None] = Counter()
    for (_, country), n in counts.items():
        by_country[country] += n
    top = max(by_country, key=lambda c: (by_country[c], -min(first[k].span.start for k in first if k[1] == c)))
    places = [k for k in counts if k[1] == top]
    cities = [k for k in places if first[k].level == "city" and counts[k] >= CITY_MENTIONS * LOCATIVE_WEIGHT]
    if cities:
        return first[max(cities, key=lambda k: (counts[k], -first[k].span.start))]
    named = [k for k in places if first[k].level == "country"]
    if named:
        return first[min(named, key=lambda k: first[k].span.start)]
    centre = country_centre(top)  # only cities named once: the story is in their country, not surely in them
    some = first[min(places, key=lambda k: first[k].span.start)]
    country = kb.countries.get(top) if kb is not None and top else None
    lat, lon = centre if centre else (None, None)
    return Where(name=country.name if country is not None else top or "", country=top, lat=lat, lon=lon,
                 span=some.span, basis="article", level="country")


def _story_places(doc, kb) -> tuple[Where | None, Where | None]:
    """The dateline and the setting of the article in ``doc``, read once and kept with the Doc."""
    key = "communique.story_places"
    if key not in doc.user_data:
        doc.user_data[key] = (read_dateline(doc_text(doc), kb), read_setting(doc, kb))
    return doc.user_data[key]


def _code(party) -> str | None:
    """A party's country-like code, from a Party or an Entity with an actor."""
    code = getattr(party, "code", None) or getattr(getattr(party, "actor", None), "code", None)
    return code if isinstance(code, str) and len(code) == 3 else None


def fits(where: Where, parties, kb=None, material: bool = True) -> bool:
    """Whether a story's place can be the event's: every party with a country is of its country ("Iraqi police
    arrested three protesters", "Iraq's prime minister criticised the opposition" under a Baghdad dateline),
    or, for a material act, no party has a country ("a bomb killed five"). "WASHINGTON - Iran's foreign
    minister criticised Turkey" puts nothing in Washington; an act between two countries ("Trump asked
    Zelensky to ...", "the U.S. military killed Soleimani" in a story set in the US) happens, for all the
    story says, in either or elsewhere: an actor's home is not the place of what it does abroad."""
    codes = {c for c in map(_code, parties) if c}
    if kb is not None:
        codes = {c for c in codes if c in kb.countries}  # IGO, UNO, EUR ... are of no country
    return codes == {where.country} or material and not codes


def story_place(doc, parties, kb=None, material: bool = True) -> Where | None:
    """The dateline's place, else the story's setting, for an event with these parties (see ``fits``)."""
    for where in _story_places(doc, kb):
        if where is not None and fits(where, parties, kb, material):
            return replace(where)
    return None


MATERIAL_QUADS = frozenset({2, 4})
"""Material acts (PLOVER quad classes 2 and 4: aid, attacks, arrests) happen where the story is unless a party
is of another country; a statement, a demand or a ruling is made wherever its speaker is, so it takes the
story's place only when one of its parties is of that place's country (see ``fits``)."""


def place_of(doc, trigger, parties, kb=None, skip: frozenset[int] = frozenset(), quad: int | None = None
             ) -> Where | None:
    """An event's place: its own clause's (``where_of``), else the dateline's, else the story's setting, when
    the event can be there (``fits``)."""
    own = where_of(doc, trigger, parties, kb, skip)
    if own is not None:
        return own
    return story_place(doc, parties, kb, material=quad in MATERIAL_QUADS)
