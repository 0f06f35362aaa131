"""Country from context: for people (and party or institution names) the knowledge base does not place.

Evidence is taken in this order, and each actor says which gave its country (``Actor.basis``):
1. ``title``: the mention's own words ("Italian Prime Minister X"; set before this pass);
2. ``institution``: where the person sits or speaks ("Duma deputy X", "X, MP for Leeds", "X told the Commons");
3. ``party``: the party the article ties them to ("Lib Dem Norman Baker", "X, leader of the Conservatives");
4. ``context``: for a holder of an office, the one country of their sentence (or, for an envoy or
   spokesperson, the country named nearest before them); then, for anyone, the article's dominant country.

Dominance is measured on the mentions of country-coded entities outside quotations whose country is not itself
from context: the most-mentioned country dominates when it has at least ``DOMINANT_MIN`` mentions, at least
``DOMINANT_SHARE`` of all such mentions and ``DOMINANT_LEAD`` times the runner-up's.

A name the article gives only as a surname that the knowledge base matches to someone of another country
("Dr Fox", "the Conservative co-chairman") yields to the party or institution the article ties it to.
"Shadow" ministers and the leaders of a party out of government on the article's date are the opposition (OPP).

Names say some things themselves, before any context: a name ending in a country's name after a particle
("Petroleos de Venezuela", "Bank of Japan") is that country's; a "person" whose name ends in a company's legal form
("Viacom International Inc") is a company, placed only by its names, its legal form (``legal_forms.yaml``) or, where
that form allows it, the article's dominant country, never by a party or an institution.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ..model import Actor, Entity
from ..nlp.clusters import Cluster
from ..nlp.perdoc import token_over
from ..nlp.quotemarks import inside, quote_regions
from .affiliations import Affiliations, Institution, Party
from .entities import CORPORATE, UNITS, _company, form_countries, named_in_full, qualified_place, word_list
from .kb import KnowledgeBase
from .offices import countries_without
from .phrases import resolve_phrase

STATE_BODIES = frozenset({"GOV", "LEG", "JUD", "COP"})
"""Sectors of a state's own civil bodies, which a story of one country names by their kind alone."""
DOMINANT_MIN = 2
DOMINANT_SHARE = 0.4
DOMINANT_LEAD = 1.5

SPEAKS_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "consul", "diplomat",
                        "press", "representative", "emissary", "attache", "chargé", "charge"})
"""Roles held on behalf of a government: their holder's country is the one the article ties them to."""

LEADER_WORDS = frozenset({"leader", "chairman", "chairwoman", "chair", "co-chairman", "chief", "head", "president",
                          "boss"})
"""A party's leaders: of the opposition when their party is out of government."""

_POSTING = re.compile(r"\b(?:to|in)\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s?){1,4})")
_WORD = re.compile(r"[A-Za-z][\w’'./-]*")
ACTS_IN = frozenset({"tell", "address", "say", "speak", "brief", "inform", "warn", "urge", "ask", "answer", "vote",
                     "table", "introduce", "propose", "sit", "serve", "testify", "argue", "insist", "announce",
                     "declare", "state", "move", "rise", "stand", "represent", "chair", "lead"})
"""Verbs by which a subject acts in an institution named among their arguments ("X told the Commons", "X said in
the Duma", "X sits in the Knesset"); meeting or visiting one ("X met MPs") does not make one a member."""
NAME_PARTICLES = frozenset({"of", "de", "del", "do", "da", "di", "du", "des", "dos", "von", "van"})
"""Particles by which a name ends in a country's name ("Petroleos de Venezuela", "Bank of Japan", "King Felipe of
Spain"): the named body or person is that country's."""
_SKIP_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "punct", "cc", "relcl", "parataxis", "nsubj", "nsubjpass"})


def party_words(aff: Affiliations) -> frozenset[str]:
    """Lower-case words of party names of one or two words that may stand before a name as a title ("Tory",
    "Lib", "Dem", "Labour"); common words ("party", "national") are left out."""
    common = {"party", "the", "of", "and", "for", "national", "people's", "new", "first", "union", "alliance",
              "front", "left", "coalition", "league", "reform", "respect", "renaissance", "nation", "one",
              "democracy", "justice", "law", "green", "greens", "democratic", "liberal", "republican"}
    out = set()
    for p in aff.parties:
        for n in (p.name, *p.names):
            words = n.split()
            if len(words) <= 2 and all(w[:1].isupper() for w in words):
                out.update(w.lower() for w in words if w.isalpha() and w.lower() not in common)
    return frozenset(out)


class ContextResolver:
    """Fills the countries of the article's people from institutions, parties and the article's dominant country."""

    def __init__(self, kb: KnowledgeBase, aff: Affiliations) -> None:
        self.kb = kb
        self.aff = aff

    # -- the article's countries ------------------------------------------------------------------------------
    def tally(self, entities: Iterable[Entity], text: str, quotes: list | None = None) -> Counter[str]:
        """Mentions of each country outside quotations, counting entities whose country is not from context."""
        quotes = quote_regions(text) if quotes is None else quotes
        out: Counter[str] = Counter()
        for e in entities:
            a = e.actor
            if a is None or a.code not in self.kb.countries or a.basis == "context":
                continue
            out[a.code] += sum(1 for m in e.mentions if inside(m.start, quotes) is None)
        return out

    @staticmethod
    def dominant(tally: Counter[str]) -> str | None:
        ranked = tally.most_common(2)
        if not ranked:
            return None
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        total = sum(tally.values())
        if n >= DOMINANT_MIN and n >= DOMINANT_SHARE * total and n >= DOMINANT_LEAD * second:
            return top
        return None

    @staticmethod
    def _choose(countries: Sequence[str], tally: Counter[str]) -> str | None:
        """One of several countries a name may be of: the only one, else the one the article names most."""
        uniq = list(dict.fromkeys(countries))
        if len(uniq) == 1:
            return uniq[0]
        named = [c for c in uniq if tally.get(c)]
        return max(named, key=lambda c: tally[c]) if named else None

    # -- evidence -----------------------------------------------------------------------------------------------
    def _grams(self, text: str) -> Iterable[str]:
        return (g for g, _ in self._spans(text))

    def _spans(self, text: str) -> Iterable[tuple[str, range]]:
        """The text's word n-grams, longest first, each with the word positions it covers."""
        words = _WORD.findall(text.replace("’", "'"))
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        for n in range(min(self.aff.max_words, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                yield " ".join(words[i:i + n]), range(i, i + n)

    def parties_in(self, texts: Iterable[str]) -> list[Party]:
        """The parties the texts name, each name read whole: the words of a longer party name are not read again
        on their own ("Liberal Democrat leader" names Britain's Liberal Democrats, not a Democratic party)."""
        out: list[Party] = []
        for t in texts:
            taken: set[int] = set()
            for g, at in self._spans(t):
                if not g[:1].isupper() or taken.intersection(at):
                    continue
                found = self.aff.party(g)
                if found:
                    taken.update(at)
                    out += [p for p in found if p not in out]
        return out

    def institutions_in(self, texts: Iterable[str]) -> list[Institution]:
        out: list[Institution] = []
        for t in texts:
            for g in self._grams(t):
                hits = self.aff.institution(g) if g[:1].isupper() else []
                hits = hits or self.aff.member_of(g)
                out += [i for i in hits if i not in out]
        return out

    def _own_texts(self, c: Cluster, doc) -> list[str]:
        """The person's titles and appositions, and the words of the noun phrase around each name mention
        ("Duma deputy Ivan Petrov", "Norman Baker, the Lib Dem MP for Lewes")."""
        out = list(c.titles)
        for m in c.mentions:
            if m.kind == "pronoun" or m.root >= len(doc):
                continue
            head = doc[m.root]
            toks = [t for t in head.subtree if t.dep_ not in ("relcl", "acl") and abs(t.i - head.i) <= 8]
            if toks:
                out.append(doc[min(t.i for t in toks):max(t.i for t in toks) + 1].text)
        return out

    def _acts_in(self, c: Cluster, doc) -> list[str]:
        """Words of the clauses the person is the subject of, outside reported speech: "X told the Commons",
        "X said in the Duma"."""
        out = []
        for m in c.mentions:
            if m.root >= len(doc):
                continue
            tok = doc[m.root]
            while tok.dep_ in ("compound", "appos", "flat") and tok.head is not tok:
                tok = tok.head
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = tok.head
            if verb.lemma_.lower() not in ACTS_IN:
                continue
            for child in verb.children:
                if child.dep_ in _SKIP_DEPS or child.i == tok.i:
                    continue
                out.append(doc[child.left_edge.i:child.right_edge.i + 1].text)
        return out

    # -- resolution ----------------------------------------------------------------------------------------------
    def resolve(self, pairs: Sequence[tuple[Entity, Cluster | None]], doc, on: dt.date | None,
                text: str | None = None) -> None:
        """Fill in place: ``pairs`` are the article's entities with the cluster each came from (None for groups);
        ``text`` is ``doc.text`` where the caller has it (Doc.text joins every token)."""
        entities = [e for e, _ in pairs]
        text = doc.text if text is None else text
        quotes = quote_regions(text)
        companies: list[Entity] = []
        self._qualified_places(pairs, doc)
        for e, c in pairs:
            if c is not None and e.label == "PERSON" and self._corporate(e):
                e.label = "ORG"  # "Viacom International Inc" read as a person: a company by its legal form
                e.actor = self._company(c, doc, on, text, e.actor)
                companies.append(e)
        short = self._short_names(pairs, text)
        tally = self.tally(entities, text, quotes)
        top = self.dominant(tally)
        for e in companies:  # the article's country, where the company's legal form allows it
            forms = form_countries(e.name)
            if e.actor is not None and not e.actor.code and top is not None and (forms is None or top in forms):
                e.actor.code, e.actor.basis = top, "context"
        for e, c in pairs:
            if c is None:
                continue
            if e.label == "PERSON":
                self._person(e, c, doc, on, tally)
            elif e.label in ("ORG", "NORP") and e.id not in short:
                self._named(e, tally)
        # "the Democratic House and Republican Senate": a party or institution of one country, resolved above, names
        # that country for a name used in several that found none in the first tally
        later = [e for e, c in pairs if c is not None and e.label in ("ORG", "NORP") and e.actor is not None
                 and not e.actor.code and e.id not in short
                 and (self.aff.institution(e.name) or self.aff.party(e.name))]
        if later:
            named = self.tally(entities, text, quotes)
            for e in later:
                self._named(e, named)
        self._home(pairs, doc, tally, text, quotes, on)
        self._state_bodies(pairs, top)
        for e in entities:  # nothing found: no actor, as before this pass
            if e.label == "PERSON" and e.actor is not None and not (e.actor.code or e.actor.sector or e.actor.role):
                e.actor = None

    def _short_names(self, pairs: Sequence[tuple[Entity, Cluster | None]], text: str) -> set[str]:
        """A company's short name: a story names a company in full, then by the first words of its name ("CPC"
        after "CPC International Inc", "Dome" after "Dome Petroleum Ltd", "Caesars" after "Caesars World Inc"),
        so the short name is that company, whatever else the knowledge base or a title word makes of it (the
        Chinese Communist Party, a spokesperson). A country's or a people's name is never one ("Japan" in "Japan
        Air Lines Co" stays Japan), nor a person's full name. Returns the ids of the names so read."""
        short: set[str] = set()
        firms = [e for e, _ in pairs if e.label == "ORG" and e.actor is not None and e.actor.sector == "BUS"
                 and (form := CORPORATE.search(re.sub(r"\.(?=\w)", "", e.name.strip()))) is not None
                 and form.group(1).lower() not in UNITS]
        for e, c in pairs:
            words = e.name.split()
            if c is None or e.label not in ("ORG", "PERSON") or not words or len(words) > (
                    2 if e.label == "ORG" else 1) or CORPORATE.search(e.name) or self.kb.country(e.name) is not None:
                continue
            full = next((f for f in firms if f is not e and f.name.startswith(e.name + " ")), None)
            if full is None and not named_in_full(text, e.name):
                continue
            e.label = "ORG"
            e.actor = Actor(code=full.actor.code if full is not None and full.actor is not None else None,
                            sector="BUS", name=full.name if full is not None else e.name,
                            basis=full.actor.basis if full is not None and full.actor is not None else None)
            short.add(e.id)
        return short

    @staticmethod
    def _state_bodies(pairs: Sequence[tuple[Entity, Cluster | None]], top: str | None) -> None:
        """A state body named by its kind alone ("the government", "ministers", "police", "the courts") is the
        article's dominant country's, as an unplaced person is: in a story of British politics "the government"
        the Conservatives attack is Britain's. Never a body of another kind (troops, rebels, protesters may come
        from anywhere), and never without a dominant country (``top``, the one ``resolve`` found)."""
        if top is None:
            return
        for e, c in pairs:
            a = e.actor
            if c is None and e.label == "GROUP" and a is not None and not a.code and a.sector in STATE_BODIES:
                a.code, a.basis = top, "context"

    def _qualified_places(self, pairs: Sequence[tuple[Entity, Cluster | None]], doc) -> None:
        """A town qualified by its state or country is of that country ("Antioch, Illinois" is no Antakya), and a
        qualifier that is only ever one ("Athens, Georgia") is the state of that country, not a namesake country."""
        qualifiers: dict[int, str] = {}
        for e, c in pairs:
            if c is None or e.label not in ("GPE", "LOC", "FAC"):
                continue
            found = qualified_place(doc, c, self.kb)
            if found is None:
                continue
            code, at = found
            qualifiers[at] = code
            if e.actor is None or e.actor.code != code:
                e.actor = Actor(code=code, name=e.name, basis="title")
        for e, c in pairs:
            codes = {qualifiers.get(m.start) for m in e.mentions}
            if c is not None and e.label in ("GPE", "LOC") and len(codes) == 1 and None not in codes and (
                    e.actor is None or e.actor.code not in codes):
                e.actor = Actor(code=codes.pop(), name=e.name, basis="title")

    @staticmethod
    def _corporate(e: Entity) -> bool:
        """A name of several words ending in a company's legal form ("Inc", "Corp", "Ltd") that the knowledge base
        does not know as a person."""
        words = e.name.split()
        undotted = re.sub(r"\.(?=\w)", "", e.name.strip())  # "Sedio N.V."
        return len(words) > 1 and words[-1][:1].isupper() and CORPORATE.search(undotted) is not None and (
            e.actor is None or e.actor.basis != "kb")

    def _company(self, c: Cluster, doc, on: dt.date | None, text: str, given: Actor | None) -> Actor:
        """A company read as a person: the organisation the knowledge base knows by one of its names ("Viacom
        International Inc ... Viacom"), else a business of the country its words give ("Woodco Inc of Houston",
        "Petroleos de Venezuela SA", "Montedison SpA"), if any; never a party's or an institution's."""
        for m in c.mentions:
            org = self.kb.organisation(m.text, on, text) if m.kind == "name" else None
            if org is not None and org.code:
                return Actor(code=org.code, sector=org.sector or "BUS", role=org.role, name=org.name, basis="kb")
        actor = _company(c.name, self.kb)
        of = self._of_whom(c, doc, on)
        actor.code = actor.code or self.country_in_name(c.name) or (of.code if of is not None else None) or (
            given.code if given is not None else None)
        actor.basis = "title" if actor.code else None
        return actor

    def country_in_name(self, name: str) -> str | None:
        """The country a name ends in after a particle ("Petroleos de Venezuela", "Bank of Japan Ltd", "Queen
        Margrethe of Denmark"): a body or a person of that country, whatever the article's other countries."""
        words = name.replace(",", " ").split()
        while len(words) > 2 and CORPORATE.fullmatch(words[-1]):
            words.pop()  # "Banco de Venezuela SA"
        for i in range(1, len(words) - 1):
            if words[i] in NAME_PARTICLES:
                hit = self.kb.country(" ".join(words[i + 1:]))
                if hit is not None and hit.kind == "name" and hit.code in self.kb.countries:
                    return hit.code
        return None

    def _named(self, e: Entity, tally: Counter[str]) -> None:
        """A party's or an institution's name: of its one country ("the English Democrats"), or, where it is used
        in several ("the Commons", "the Liberals", "the Conservatives"), of the one the article names most."""
        inst = self.aff.institution(e.name)
        party = self.aff.party(e.name)
        if e.actor is not None and e.actor.code and len({p.country for p in party} | {c for i in inst
                                                                                       for c in i.countries}) < 2:
            return  # the knowledge base's answer stands unless the name is one of several countries'
        if inst:
            code = self._choose([c for i in inst for c in i.countries], tally)
            alone = [i for i in inst if len(i.countries) == 1]
            if code is None and len(alone) == 1 and len(inst) > 1:
                # "Congress" is the United States' unless the article names a country whose congress shares the name
                code = alone[0].countries[0]
                inst = alone
            if code:
                e.actor = Actor(code=code, sector=inst[0].sector, name=inst[0].name, basis="kb")
        elif party:
            code = self._choose([p.country for p in party], tally)
            if code:
                chosen = next(p for p in party if p.country == code)
                e.actor = Actor(code=code, sector="PTY", name=chosen.name, basis="kb")

    def _person(self, e: Entity, c: Cluster, doc, on: dt.date | None, tally: Counter[str]) -> None:
        own = self._own_texts(c, doc)
        a = e.actor
        shadow = any(re.search(r"\bshadow\b", t, re.I) for t in c.titles)
        institutions = self.institutions_in(own) or self.institutions_in(self._acts_in(c, doc))
        inst_code = self._choose([k for i in institutions for k in i.countries], tally) if institutions else None
        parties = self.parties_in(own)
        top = self.dominant(tally)
        if top is not None:  # "Green Party nominee X" in a story of the US: not a party of a country it never names
            parties = [p for p in parties if p.country == top or tally.get(p.country)]
        party_code = self._choose([p.country for p in parties], tally) if parties else None
        party = next((p for p in parties if p.country == party_code), None)
        surname_only = len(c.name.split()) == 1 and a is not None and a.basis == "kb"
        if a is not None and a.code and surname_only and (inst_code or party_code) not in (None, a.code):
            a = e.actor = Actor(code=None, name=c.name)  # "Dr Fox, the Conservative co-chairman" is not Vicente Fox
        if a is None:
            a = e.actor = Actor(code=None, name=c.name)
        if not a.code and (of := self._of_whom(c, doc, on)) is not None:
            a.code, a.basis = of.code, "title"  # "Sheldon Yett of UNICEF", "Steve Scalise of Louisiana"
            a.sector = a.sector if a.sector not in (None, "UNK") else of.sector
        if not a.code and (said := self._own_words(c, doc, on)) is not None:
            a.code, a.basis = said.code, "title"  # "Canadian comedian X", "X, the acting Prime Minister of Iraq"
            a.sector = a.sector if a.sector not in (None, "UNK") else said.sector
            a.role = a.role or said.role
        if not a.code and (named := self.country_in_name(c.name)):
            a.code, a.basis = named, "title"  # "Petroleos de Venezuela" read as a person
        if not a.code:
            if inst_code:
                a.code, a.basis = inst_code, "institution"
                a.sector = a.sector if a.sector not in (None, "UNK") else next(
                    i.sector for i in institutions if inst_code in i.countries)
            elif party_code:
                a.code, a.basis = party_code, "party"
                a.sector = a.sector if a.sector not in (None, "UNK") else "PTY"
        elif a.basis == "title" and party_code == a.code and not self._names_country(c.titles):
            a.basis = "party"  # "Labour MP X": the title's country is the party's
        if party is not None and a.code == party.country and a.sector == "BUS" and any(
                w in LEADER_WORDS for t in c.titles for w in t.lower().replace("-", " ").split()):
            # "Georgian Dream chairman X", "United Russia chairman X": the chairman the title names is the party's,
            # not a company's (the words alone read "chairman" as a board's)
            a.sector, a.role = "PTY", "Party Leader"
        if party is not None and a.code == party.country and a.sector in (None, "UNK", "PTY") and any(
                w in LEADER_WORDS for t in c.titles for w in t.lower().replace("-", " ").split()) and \
                party.in_government(on) is False:
            a.sector, a.role = "OPP", a.role or "Opposition Party Leader"
        if shadow:
            a.sector = "OPP"
            if a.role and not a.role.lower().startswith("shadow"):
                a.role = f"Shadow {a.role}"

    def _own_words(self, c: Cluster, doc, on: dt.date | None) -> Actor | None:
        """A country the words around a name give it, where the recogniser kept them out of its titles: the
        modifiers before it ("Canadian comedian Nathan Fielder", "Israeli Grand Master Alexander Huzman") or an
        apposition ("Adil Abdul-Mahdi, the acting Prime Minister of Iraq,")."""
        for m in c.mentions:
            if m.kind != "name" or m.root >= len(doc):
                continue
            head = doc[m.root]
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            k = span.start
            while k > max(0, span.start - 4) and head in doc[k - 1].ancestors and doc[k - 1].dep_ in (
                    "amod", "compound", "nmod") and doc[k - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
                k -= 1
            phrases = [doc[k:span.start].text] if k < span.start else []
            phrases += [doc[a.left_edge.i:a.right_edge.i + 1].text for a in head.children if a.dep_ == "appos"
                        and a.lemma_.lower() not in _kin()]  # "X, the son of Indian immigrants": his parents'
            for phrase in phrases:
                said = self._nationalities(phrase)
                found = resolve_phrase(phrase, on=on, kb=self.kb) if said else None
                if found is not None and found.code in said:
                    return found
        return None

    def _nationalities(self, phrase: str) -> set[str]:
        """The countries words say someone is of: by a demonym ("Canadian comedian") or "of"/"from" a country ("the
        Prime Minister of Iraq"); a country's name as a modifier says no such thing ("an Iraq War veteran")."""
        words = _WORD.findall(phrase)
        out = set()
        for i, w in enumerate(words):
            hit = self.kb.country(w) if w[:1].isupper() else None
            if hit is not None and hit.kind == "demonym":
                out.add(hit.code)
            if w.lower() in ("of", "from"):
                for n in (3, 2, 1):
                    rest = " ".join(words[i + 1:i + 1 + n]).removeprefix("the ")
                    hit = self.kb.country(rest) if len(words) > i + n else None
                    if hit is not None and hit.kind == "name":
                        out.add(hit.code)
                        break
        return out

    def _of_whom(self, c: Cluster, doc, on: dt.date | None) -> Actor | None:
        """The body or place right after a name, "X of UNICEF", "X from Louisiana", "X of Lugano, Switzerland": an
        organisation's code (and sector), an outlet's, or a place's country (no sector: where one is from is not
        what one does)."""
        for m in c.mentions:
            if m.kind == "pronoun" or m.root + 2 >= len(doc):
                continue
            k = _after_name(doc, m.root + 1)
            if k + 1 >= len(doc) or doc[k].lower_ not in ("of", "from"):
                continue
            k += 1
            k += doc[k].lower_ == "the"
            end = k
            while end < len(doc) and end < k + 6 and (doc[end].is_title or doc[end].is_upper or (
                    doc[end].lower_ in ("of", "for", "and", "the") and end + 1 < len(doc) and doc[end + 1].is_title)):
                end += 1
            for stop in range(end, k, -1):
                name = doc[k:stop].text
                org = self.kb.organisation(name, on, None)
                if org is not None and org.code:
                    return Actor(code=org.code, sector=org.sector)
                outlet = self.aff.outlet(name)
                if outlet is not None:
                    return Actor(code=outlet.country, sector=outlet.sector)
                place = self.kb.country(name)
                if place is not None and place.code in self.kb.countries:
                    return Actor(code=place.code)
            if end + 1 < len(doc) and doc[end].text == "," and end > k:  # "of Lugano, Switzerland"
                for n in (3, 2, 1):
                    span = doc[end + 1:end + 1 + n]
                    hit = self.kb.country(span.text) if len(span) == n and span[0].is_title else None
                    if hit is not None and hit.kind == "name" and hit.code in self.kb.countries:
                        return Actor(code=hit.code)
        return None

    def _names_country(self, texts: Iterable[str]) -> bool:
        for t in texts:
            for g in self._grams(t):
                hit = self.kb.country(g) if g[:1].isupper() else None
                if hit is not None and hit.kind in ("name", "demonym"):
                    return True
        return False

    def _home(self, pairs: Sequence[tuple[Entity, Cluster | None]], doc, tally: Counter[str], text: str,
              quotes: list, on: dt.date | None = None) -> None:
        """People still without a country:
        - one who speaks or serves abroad for a government ("spokesperson Maeva Proteau", "Ambassador to
          Canada Oleg Stepanov"): the country named nearest before them other than their posting, else the
          country the article names most;
        - any other office holder ("President Prosper Avril ... in Haiti"): the country of their sentence
          when it names exactly one;
        - then anyone: the article's dominant country. Otherwise the country stays unknown.
        Never a country without the office the person's title names ("Prime Minister X" in a story of Ecuador,
        which has none: data/actors/offices.yaml)."""
        marks = sorted((m.start, e.actor.code) for e, _ in pairs if e.actor and e.actor.code in self.kb.countries
                       and e.actor.basis != "context" for m in e.mentions if inside(m.start, quotes) is None)
        top = self.dominant(tally)
        for e, c in pairs:
            a = e.actor
            if e.label != "PERSON" or a is None or a.code:
                continue
            first = e.mentions[0]
            titles = [t for t in (c.titles if c is not None else [e.name]) if t.strip()]  # "an Argentine judge"
            barred = countries_without([a.role or "", *titles], on)
            if a.role or titles:
                role_words = {w.lower() for t in [a.role or "", *titles] for w in re.findall(r"[\w-]+", t)}
                posting = {c.code for c in (self.kb.country(m.group(1)) for m in _POSTING.finditer(first.text)) if c}
                if posting or role_words & SPEAKS_FOR:
                    para = text.rfind("\n\n", 0, first.start)
                    window = text.rfind("\n\n", 0, para) if para > 0 else 0  # this paragraph and the one before
                    before = [code for pos, code in marks if max(0, window) <= pos < first.start
                              and code not in posting and code not in barred]
                    a.code = before[-1] if before else next(
                        (c for c, _ in tally.most_common() if c not in posting and c not in barred), None)
                    a.basis = "context" if a.code else None
                    continue
                span = doc.char_span(first.start, first.end, alignment_mode="expand")
                if span is not None:
                    sent = span.sent
                    own = {m.start for m in e.mentions}
                    codes = {code for pos, code in marks if sent.start_char <= pos < sent.end_char
                             and pos not in own and not _acted_on(doc, span.root, pos)} - barred
                    if len(codes) == 1:
                        a.code, a.basis = codes.pop(), "context"
                        continue
            if top is not None and top not in barred:
                a.code, a.basis = top, "context"


ARGUMENTS = frozenset({"dobj", "dative", "xcomp", "oprd", "attr"})
"""The arguments of an act: a country named in one is whom or what the act is done to, not the doer's own."""
SETTINGS = frozenset({"in", "at", "inside", "within", "across", "throughout"})
"""Prepositions of a setting: a country after one is where the act happens, mostly the doer's own."""


def _acted_on(doc, person, pos: int) -> bool:
    """True when the country mentioned at character ``pos`` is an argument of the act the person is the subject
    of, named as a party ("the foreign minister criticised Iran", "defended his decision to send troops to Iraq"):
    an act done to a country says nothing of the doer's, and taking it makes the country act on itself. A country
    that is the setting ("declared a state of emergency in Haiti"), that qualifies a body or people ("dissolved the
    Haitian parliament") or is in a clause with a subject of its own ("said Iran would retaliate") still counts."""
    tok = token_over(doc, pos)
    subj = next((t for t in (person, *person.ancestors) if t.dep_ in ("nsubj", "nsubjpass")), None)
    if tok is None or subj is None:
        return False
    if tok.dep_ not in ("dobj", "dative", "pobj", "conj", "appos") or (
            tok.dep_ == "pobj" and tok.head.lower_ in SETTINGS):
        return False  # "dissolved the Haitian parliament", "arrested critics in Haiti": the doer's own country
    verb = subj.head
    return any(tok in c.subtree for c in verb.children
               if c.dep_ in ARGUMENTS or (c.dep_ in ("prep", "agent") and c.lower_ not in SETTINGS))


_BETWEEN = frozenset({"also", "both", "all", "each", "originally", "himself", "herself", "themselves"})


def _after_name(doc, k: int) -> int:
    """Where a name's own "of" or "from" would stand, past the other names of a pair and a comma with an adverb
    ("X and Y, both from Ethiopia", "X, also from Kenya", "X, of Lugano")."""
    if k < len(doc) and doc[k].lower_ == "and":
        j = k + 1
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        if j > k + 1 and j < len(doc) and doc[j].text == ",":
            k = j
    if k + 1 < len(doc) and doc[k].text == ",":
        j = k + 1 + (doc[k + 1].lower_ in _BETWEEN)
        if j < len(doc) and doc[j].lower_ in ("of", "from"):
            return j
    return k


def _kin() -> frozenset[str]:
    """Words for kin (``data/actors/kin.yaml``): an apposition headed by one is about a relative."""
    return word_list("kin.yaml", "kin_words")
