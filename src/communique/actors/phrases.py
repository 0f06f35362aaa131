"""Phrase -> Actor: who a short news noun phrase names ("Russia's ambassador to Canada Oleg Stepanov").

The phrase is cut into tokens and matched, longest first, against the knowledge base: organisations,
countries and places, people, sector words. Then English noun-phrase structure decides:

- the *head* is the last sector word before the first preposition ("protesters in Minsk"); a generic
  head ("members of", "President of") hands over to what follows it ("members of SANDF");
- the country is the first country, place, organisation or person code that is not the posting of
  an envoy ("ambassador *to* Canada");
- a known person brings their country and, on the date, their office; the phrase's own title wins
  over the knowledge base, as the article's words are the first evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from communique.actors.kb import KnowledgeBase, load_kb
from communique.actors.normal import fold, key
from communique.actors.records import CountryMatch, Organisation, PersonMatch, SectorWord
from communique.model import Actor

__all__ = ["resolve_phrase"]

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9][\w'\-.&]*|[^\w\s]")
_PREPS = set(
    [
        "of",
        "in",
        "to",
        "from",
        "at",
        "for",
        "on",
        "with",
        "near",
        "against",
        "by",
        "inside",
        "outside",
        "across",
        "within",
        "into",
        "toward",
        "towards",
        "among",
        "who",
        "which",
        "that",
        ",",
        "(",
        ";",
        ":",
    ]
)
_POSTING = {"to"}
# words that make a country's demonym a region's ("Latin American", "South American", "Central American"); a
# country whose demonym starts with one ("South Korean", "North Macedonian") is matched whole before it
_REGION_QUALIFIERS = frozenset({"latin", "south", "north", "central", "pan", "meso", "inter"})
_FORMER = {"former", "ex", "ex-", "onetime", "one-time", "erstwhile", "retired"}
_NOT_NAMES = set(
    [
        "the",
        "a",
        "an",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "some",
        "several",
        "many",
        "over",
        "about",
        "dozens",
        "hundreds",
        "thousands",
        "and",
        "or",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "mr",
        "mrs",
        "ms",
        "dr",
        "current",
        "new",
        "acting",
        "interim",
        "top",
        "senior",
        "deputy",
        "said",
        "says",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "greater",
        "upper",
        "lower",
        "ethnic",
    ]
)
_DEFER = {"UAF", "UNK", "CVL"}  # people words that take an organisation's sector ("Boko Haram gunmen")
_OFFICERS = frozenset({"Military Officer", "Police Officer"})
"""The roles of ranks and commands ("commander", "general", "colonel", "officer"), which any armed body has."""
_ARMED_BODIES = frozenset({"MIL", "REB", "PRM", "COP", "CRM", "SPY"})
"""Armed bodies, whose commanders and officers are theirs ("rebel commander", "army officer")."""
_RANKS = {"MIL": "Military Officer", "COP": "Police Officer"}
"""The officer's role in a body that has a rank of its own ("army officer", "police general"); an officer of
another armed body takes the body's role."""
_HYPHEN_OF = {
    "based",
    "born",
    "run",
    "owned",
    "made",
    "registered",
    "flagged",
    "headquartered",
    "led",
    "installed",
    "appointed",
}
_HYPHEN_BY = set(
    [
        "backed",
        "funded",
        "sponsored",
        "supported",
        "allied",
        "aligned",
        "brokered",
        "linked",
        "affiliated",
        "controlled",
        "occupied",
        "annexed",
        "held",
        "trained",
        "armed",
        "friendly",
        "leaning",
    ]
)
_STATE = set(
    [
        "state",
        "official",
        "state-run",
        "state-owned",
        "state-controlled",
        "government",
        "government-run",
        "government-controlled",
        "pro-government",
    ]
)
_MAX_N = 8
_MAX_CHARS = 400


@dataclass
class _Tok:
    text: str
    start: int
    end: int


@dataclass
class _Hit:
    kind: str  # org | place | person | word
    i: int
    j: int  # token span [i, j)
    value: CountryMatch | Organisation | PersonMatch | SectorWord


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        t, s = m.group(0), m.start()
        low = t.lower()
        if low.endswith("'s") and len(t) > 2:  # possessive: "Russia's" -> "Russia" "'s"
            out += [_Tok(t[:-2], s, s + len(t) - 2), _Tok("'s", s + len(t) - 2, s + len(t))]
        elif t.endswith("'") and len(t) > 1:  # plural possessive: "soldiers'"
            out.append(_Tok(t[:-1], s, s + len(t) - 1))
        elif "-" in t.strip("-") and t.lower().rsplit("-", 1)[1] in _HYPHEN_OF | _HYPHEN_BY:
            cut = t.rindex("-")  # "Somalia-based", "Iran-backed": the place, then what it says of it
            out += [_Tok(t[:cut], s, s + cut), _Tok(t[cut:], s + cut, s + len(t))]
        else:
            out.append(_Tok(t, s, s + len(t)))
    return out


_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-")
_NAME_LINKS = {"bin", "ibn", "bint", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von",
               "der", "den", "la", "le", "al", "el", "y", "-", "."}  # fmt: skip


def _capitalised(tok: str) -> bool:
    """Written as a proper name: "Putin", "al-Bashir" (Arabic article), not "troops"."""
    low = tok.lower()
    return tok[:1].isupper() or (low.startswith(_PARTICLES) and tok[low.index("-") + 1 : low.index("-") + 2].isupper())


def _match(text: str, toks: list[_Tok], kb: KnowledgeBase, on: dt.date | None, mixed: bool,
           context: str | None = None) -> list[_Hit]:
    hits: list[_Hit] = []
    i = 0
    while i < len(toks):
        best: _Hit | None = None
        for j in range(min(len(toks), i + _MAX_N), i, -1):
            if toks[j - 1].text == "'s" or (toks[i].text in _PREPS and j - i == 1):
                continue
            span = text[toks[i].start : toks[j - 1].end]
            proper = not mixed or _capitalised(toks[i].text) or toks[i].text.lower() == "the"
            if proper:
                org = kb.organisation(span, on, context)
                whole = j == len(toks) and (i == 0 or (i == 1 and toks[0].text.lower() == "the"))
                if org is not None and not whole and key(span) in {key(a) for a in org.alone}:
                    org = None  # "police in Brussels", "the mayor of Brussels": the city, not the EU it stands for
                if org is not None:
                    best = _Hit("org", i, j, org)
                    break
                place = kb.country(span, context)
                if place is not None:
                    best = _Hit("place", i, j, place)
                    break
                name_toks = toks[i:j]
                if (
                    j - i > 1
                    and _capitalised(name_toks[-1].text)
                    and all(_capitalised(t.text) or t.text.lower() in _NAME_LINKS for t in name_toks)
                ):
                    title = hits[-1].value.sector if hits and hits[-1].j == i and hits[-1].kind == "word" else None
                    pm = kb.person(span, on, titles=False, title_sector=title, context=context)
                    if pm is not None and pm.person.imported and j < len(toks) and _proper_word(toks[j]):
                        pm = None  # a dictionary name inside a longer one ("Mohammed Hussein Smith")
                    if pm is not None and len(key(span).split()) > 1:
                        best = _Hit("person", i, j, pm)
                        break
            word = kb.sector_word(span)
            if word is not None:
                best = _Hit("word", i, j, word)
                break
        if best is not None and best.kind == "place" and _inside_name(toks, best, hits, mixed):
            best = None  # "Feliciano Valencia" is a person, not Spain
        if best is not None:
            hits.append(best)
            i = best.j
        else:
            i += 1
    return hits


def _inside_name(toks: list[_Tok], hit: _Hit, hits: list[_Hit], mixed: bool) -> bool:
    v = hit.value
    if not mixed or hit.i == 0 or hit.j - hit.i > 1 or not isinstance(v, CountryMatch):
        return False
    if v.kind not in ("city", "capital"):
        return False
    prev = toks[hit.i - 1]
    covered = any(h.i <= hit.i - 1 < h.j for h in hits)
    return not covered and _capitalised(prev.text) and prev.text.isalpha() and prev.text.lower() not in _NOT_NAMES


def _proper_word(tok: _Tok) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha() and tok.text.lower() not in _NOT_NAMES


_INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO"})


def _in_longer_name(toks: list[_Tok], hit: _Hit, hits: list[_Hit], mixed: bool) -> bool:
    """An international body's one-word name that is only part of a longer proper name: the capitalised
    word right after it, or right before it, is no known name, title or sector word ("Commonwealth Shipping"
    is a company). Longer names and acronyms own what follows ("United Nations Emergency Relief Coordinator",
    "UN Conciliation Commission")."""
    org = hit.value
    if not mixed or hit.j - hit.i > 1 or not isinstance(org, Organisation) or org.code not in _INTERNATIONAL:
        return False
    if toks[hit.i].text.isupper():
        return False
    covered = {k for h in hits for k in range(h.i, h.j)}
    return any(0 <= k < len(toks) and k not in covered and _proper_word(toks[k]) for k in (hit.j, hit.i - 1))


def _surnames(toks: list[_Tok], hits: list[_Hit], kb: KnowledgeBase, on: dt.date | None,
              context: str | None = None) -> list[_Hit]:
    """Standalone capitalised tokens that are a known surname ("Foreign Minister Lavrov"); a token
    after another unknown capitalised word is someone else's surname ("Mark Johnson")."""
    covered = {k for h in hits for k in range(h.i, h.j)}
    out: list[_Hit] = []
    for i, t in enumerate(toks):
        if i in covered or not _capitalised(t.text) or t.text.lower() in _NOT_NAMES:
            continue
        prev_free = i > 0 and (i - 1) not in covered and _capitalised(toks[i - 1].text)
        next_free = i + 1 < len(toks) and (i + 1) not in covered and _capitalised(toks[i + 1].text)
        if prev_free and toks[i - 1].text.lower() not in _NOT_NAMES or next_free:
            continue
        title = next((h.value.sector for h in hits if h.j == i and h.kind == "word"), None)
        # a title right before it may back a surname; the article (``context``) must name an imported one's country
        pm = kb.person(t.text, on, titles=False, title_sector=title, context=context)
        if pm is not None:
            out.append(_Hit("person", i, i + 1, pm))
    return out


def _unknown_name(toks: list[_Tok], hits: list[_Hit], mixed: bool) -> str | None:
    """The proper name left when titles and places are taken out ("Oleg Stepanov")."""
    if not mixed:
        return None
    covered = {k for h in hits for k in range(h.i, h.j)}
    run: list[str] = []
    best: list[str] = []
    for i, t in enumerate(toks):
        ok = i not in covered and _capitalised(t.text) and t.text.lower() not in _NOT_NAMES and t.text.isalpha()
        if ok:
            run.append(t.text)
        else:
            if len(run) > len(best):
                best = run
            run = []
    if len(run) > len(best):
        best = run
    return " ".join(best) if len(best) >= 2 else None


def resolve_phrase(text: str, on: dt.date | None = None, kb: KnowledgeBase | None = None,
                   context: str | None = None) -> Actor | None:
    """The actor a short noun phrase names, or None when nothing in it is known.

    ``on`` is the date of the text (today when None): it decides which office a named person held and
    which organisations existed. ``context`` (the article, when known) decides ambiguous acronyms.
    """
    try:
        return _resolve(text, on, kb or load_kb(), context)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError):
        return None


def _resolve(text: str, on: dt.date | None, kb: KnowledgeBase, context: str | None = None) -> Actor | None:
    if not isinstance(text, str):
        return None
    text = fold(text)[:_MAX_CHARS].strip()
    toks = _tokens(text)
    letters = re.sub(r"[^A-Za-z]", "", text)
    mixed = not (letters.islower() or letters.isupper())
    hits = _match(text, toks, kb, on, mixed, context)
    # "Commonwealth Shipping", "Federal Communications Commission": part of another body's name
    hits = [h for h in hits if h.kind != "org" or not _in_longer_name(toks, h, hits, mixed)]
    hits += _surnames(toks, hits, kb, on, context)
    hits.sort(key=lambda h: h.i)
    if not hits:
        return None

    # The head segment ends at the first preposition (outside a matched name) after some content.
    inside = {k for h in hits for k in range(h.i, h.j)}
    cut = next((i for i, t in enumerate(toks) if t.text.lower() in _PREPS and i not in inside
                and any(h.i < i for h in hits)), len(toks))  # fmt: skip
    head = [h for h in hits if h.j <= cut]
    tail = [h for h in hits if h.i >= cut]
    posting = cut < len(toks) and toks[cut].text.lower() in _POSTING
    posted = {h.i for h in hits if h.i > 0 and toks[h.i - 1].text.lower() in _POSTING}
    posted |= {h.i for h in tail} if posting else set()
    backers = {h.i for h in hits if h.j < len(toks) and toks[h.j].text.lower().lstrip("-") in _HYPHEN_BY}
    # "ethnic Albanians" are a people, not the Albanian state
    posted |= {h.i for h in hits if h.i > 0 and toks[h.i - 1].text.lower() in ("ethnic", "ethnically")}
    # "Latin American leaders", "South American governments": a region's people, not the United States'
    posted |= {h.i for h in hits if h.i > 0 and isinstance(h.value, CountryMatch) and h.value.kind == "demonym"
               and toks[h.i - 1].text.lower().rstrip("-") in _REGION_QUALIFIERS}

    sector, role, org = _sector(head, tail)
    if sector == "JRN" and any(t.text.lower() in _STATE for t in toks[:cut]):
        sector, role = "GOV", "State Media"  # "the official National News Agency", "state-run TV"
    person = _head_person(toks, head or hits)
    code = _code([h for h in hits if h.i not in posted], backers)
    if sector == "UAF" and org is None and not any(w.sector == "UAF" for w in _words(hits, False)) and _code(
            [h for h in hits if h.i not in posted and h.i not in backers], set()):
        sector = "MIL"  # "Kenyan forces" are Kenya's armed forces; "Iran-backed forces" and bare "forces" stay UAF
    name = org.name if org is not None else None
    if person is not None:
        name = person.person.name
        if sector in (None, "UNK"):
            sector, role = person.sector, person.role
        elif role is None or (person.role and person.sector == sector and role.lower() in person.role.lower()):
            role = person.role  # "Minister Joly" -> the office she held: "Minister of Foreign Affairs"
    if sector is None:
        places = [h.value for h in hits if isinstance(h.value, CountryMatch) and h.i not in posted]
        # A place alone speaks for its government ("Moscow", "the Kremlin"); a metonym anywhere does.
        if places and (len(hits) == 1 or places[0].kind in ("metonym", "region")):
            sector, role = places[0].sector, places[0].role
    former = any(t.text.lower().rstrip("-") in _FORMER for t in toks[:cut]) or text.lower().startswith("ex-")
    if former and (person is not None or sector not in (None, "UNK")):
        role = f"Former {role}" if role else None
        sector = "ELI"
    if code is None and sector is None:
        return None  # an unknown proper name alone is not evidence of anything
    return Actor(code=code, sector=sector, role=role, name=name or _unknown_name(toks, hits, mixed))


def _head_person(toks: list[_Tok], hits: list[_Hit]) -> PersonMatch | None:
    """The person the phrase is about: not a possessor ("Putin's spokesman") nor a modifier of a group word
    ("the Biden administration"), whose country still counts."""
    for n, h in enumerate(hits):
        if not isinstance(h.value, PersonMatch):
            continue
        possessor = h.j < len(toks) and toks[h.j].text == "'s"
        modifier = any(isinstance(x.value, SectorWord) and not x.value.weak for x in hits[n + 1 :])
        if not possessor and not modifier:
            return h.value
    return None


def _code(hits: list[_Hit], backers: set[int]) -> str | None:
    """The first country or organisation code in the phrase; a backer ("Iran-backed") only as a last resort."""
    for h in [h for h in hits if h.i not in backers] + [h for h in hits if h.i in backers]:
        v = h.value
        if isinstance(v, CountryMatch | Organisation) and v.code:
            return v.code
        if isinstance(v, PersonMatch) and v.country:
            return v.country
    return None


def _words(hits: list[_Hit], weak: bool) -> list[SectorWord]:
    return [h.value for h in hits if isinstance(h.value, SectorWord) and h.value.weak == weak]


def _org(hits: list[_Hit]) -> Organisation | None:
    return next((h.value for h in hits if isinstance(h.value, Organisation)), None)


def _sector(head: list[_Hit], tail: list[_Hit]) -> tuple[str | None, str | None, Organisation | None]:
    """Sector and role from the head of the phrase; generic heads ("members of") hand over to the tail."""
    org, strong, weak = _org(head), _words(head, False), _words(head, True)
    if org is None and not strong and (weak or not head):
        org, strong = _org(tail), _words(tail, False)
        if strong and weak and weak[-1].role:  # "spokesperson for the Minister": a spokesperson, of the GOV
            return strong[-1].sector, weak[-1].role, org
    if strong:
        w = strong[-1]
        if org is not None and org.sector and w.sector in _DEFER:  # "Boko Haram gunmen"
            return org.sector, w.role or org.role, org
        if w.role in _OFFICERS:
            # a commander or an officer is of the armed body the phrase names ("Hamas commander", "guerrilla
            # commander", "police general", "army officer"): the rank says how they command, the body whose side
            # they are on
            if org is not None and org.sector in _ARMED_BODIES and org.sector != w.sector:
                body: Organisation | SectorWord | None = org
            else:
                body = next((s for s in reversed(strong[:-1]) if s.sector in _ARMED_BODIES), None)
            if body is not None and body.sector != w.sector:
                return body.sector, _RANKS.get(body.sector, body.role), org
        title = next((s.role for s in reversed(strong) if s.role and s.sector == w.sector), None)
        return w.sector, w.role or title, org
    if org is not None and org.sector:
        return org.sector, (weak[-1].role if weak and weak[-1].role else org.role), org
    if weak:
        w = weak[-1]
        return (None if w.sector == "UNK" and org is not None else w.sector), w.role, org
    return None, None, org
