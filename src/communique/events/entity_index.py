"""The article's entities as the coder meets them in a sentence: which entity a token names, the phrases of
parties no entity covers ("a suicide bomber"), and the owners named by "of" and by possessives.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cached_property

from ..model import Actor, Entity, Span
from .syntax import PRONOUNS, _conjuncts, _person_pronoun, _phrase_entity, _prep_objects, _quantity, an_amount

PARTY_LABELS = frozenset({"PERSON", "ORG", "GROUP", "NORP"})
NOT_PARTIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
"""Named-entity types that never name a party ("on Tuesday", "$5 million")."""


class EntityIndex:
    """Which entity each token belongs to, through the entities' mention spans."""

    def __init__(self, doc, entities: list[Entity], kb=None, opposing: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.kb = kb
        self.entities = entities
        self.opposing = opposing  # "critics", "rivals": nouns of people set against their owner, never the owner
        self.by_token: dict[int, list[tuple[int, Entity]]] = {}
        self.uncoded: dict[int, Entity] = {}  # "gunmen", "militants": a sector, no country of their own
        self.named: dict[int, list[tuple[int, Entity]]] = {}  # every person, organisation or group, coded or not
        self.lenient = False
        """When set, a phrase with no coded entity still names a party: its entity, or the phrase itself."""
        tokens: dict[tuple[int, int], range] = {}  # each mention's tokens, found once (no Token per word)

        def of(m) -> range:
            got = tokens.get((m.start, m.end))
            if got is None:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                got = tokens[m.start, m.end] = range(span.start, span.end) if span is not None else range(0)
            return got

        for e in entities:
            if e.label in PARTY_LABELS:
                for m in e.mentions:
                    words = of(m)
                    for i in words:
                        self.named.setdefault(i, []).append((len(words), e))
            if e.actor is not None and not e.actor.code and e.actor.sector:
                for m in e.mentions:
                    for i in of(m):
                        self.uncoded.setdefault(i, e)
            if e.actor is None or not e.actor.code:
                continue
            for m in e.mentions:
                words = of(m)
                for i in words:
                    self.by_token.setdefault(i, []).append((len(words), e))

    @cached_property
    def organisation_tokens(self) -> frozenset[int]:
        """Tokens inside organisations' names ("... Co-operation in Europe"): never an event's place."""
        return frozenset(i for i, hits in self.by_token.items() if any(e.label == "ORG" for _, e in hits))

    def _actor_noun(self, tok) -> bool:
        """A noun that names people or bodies (officials, head, forces), whose modifiers say whose they are."""
        if self.kb is None:
            return True
        sw = self.kb.sector_word(tok.lemma_) or self.kb.sector_word(tok.text)
        if sw is None and tok.pos_ == "NOUN":  # "intelligence services", "security agencies": the compound says so
            sw = next((w for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                       and (w := self.kb.sector_word(c.lemma_) or self.kb.sector_word(c.text)) is not None), None)
        return sw is not None

    def _own_kind(self, tok) -> bool:
        """A plural noun that names a kind of people by itself ("families", "relatives", "residents"; not a generic
        head such as "members" or "leaders", which defers to whose they are): its "of" phrase says whose kin or
        neighbours they are ("families of the victims"), and unless it names a party with a country, the people the
        head names are the party, not the ones the phrase names."""
        if self.kb is None or tok.tag_ != "NNS":
            return False
        sw = self.kb.sector_word(tok.lemma_) or self.kb.sector_word(tok.text)
        return sw is not None and not sw.weak

    @contextmanager
    def leniency(self, on: bool):
        """Parties without a country count (``on``) or not, inside the block, as they did before it after."""
        was, self.lenient = self.lenient, on
        try:
            yield self
        finally:
            self.lenient = was

    def at(self, tok) -> Entity | None:
        """The entity a token is part of (the tightest mention wins)."""
        hits = self.by_token.get(tok.i)
        return min(hits, key=lambda h: h[0])[1] if hits else None

    def any(self, tok) -> Entity | None:
        """The entity, coded or not, a token is part of."""
        hits = self.by_token.get(tok.i) or self.named.get(tok.i)
        return min(hits, key=lambda h: h[0])[1] if hits else None

    def phrase(self, tok) -> Entity | None:
        """The noun phrase headed by ``tok`` as a party with no code ("the terrorist attack"); not a pronoun, a
        date, an amount or a number."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in NOT_PARTIES or an_amount(tok):
            return None
        return _phrase_entity(tok, "PHRASE", None)

    def loose(self, tok) -> Entity | None:
        """A party with no country of its own: the uncoded person, organisation or group the token is part of
        ("Lib Dem Norman Baker"), else the noun phrase itself when it names people or a body ("a suicide
        bomber", "protesters"). Pronouns that no entity took stay unnamed."""
        if an_amount(tok):
            return None  # "a fine of 535 million EUR": a sum, though the tagger names the code an organisation
        hits = self.named.get(tok.i)
        if hits:
            return min(hits, key=lambda h: h[0])[1]
        if tok.pos_ == "PRON" or tok.tag_ in ("WDT", "WP", "EX"):
            return None
        # a name the tagger swallowed into the sum after it ("fined Google 2.4 billion euros") is still a name
        swallowed = tok.pos_ == "PROPN" and tok.dep_ in ("nmod", "compound") and an_amount(tok.head)
        if (tok.ent_type_ in NOT_PARTIES and not swallowed) or not (
                tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP")
                or (tok.pos_ == "NOUN" and self.kb is not None and self._actor_noun(tok))):
            return None
        if tok.lower_ in PRONOUNS:
            return None
        sector = None
        if self.kb is not None and tok.pos_ == "NOUN":
            sw = self.kb.sector_word(tok.lemma_) or self.kb.sector_word(tok.text)
            sector = getattr(sw, "sector", None)
        label = "PERSON" if tok.ent_type_ == "PERSON" else "ORG" if tok.ent_type_ == "ORG" else "GROUP"
        return _phrase_entity(tok, label, sector)

    def of_phrase(self, head) -> list[Entity]:
        """The entities a noun phrase names: its head's, else those of its modifiers, with coordination
        ("the U.S. and its allies" -> the U.S.; "Joly and Lavrov" -> both)."""
        out: list[Entity] = []
        unnamed: list = []  # conjuncts that named no party
        for tok in [head, *_conjuncts(head)]:
            members: list[Entity] = []
            before = len(out)
            if an_amount(tok):  # "ordered it to pay 10 million EUR": a sum names no one
                continue
            e = self.at(tok)
            if (e is None or e.label in ("GROUP", "PERSON")) and tok.pos_ == "NOUN":
                # "his Iranian counterpart, Ebrahim Raisi": the person an apposition names, before the country
                # of a modifier or a phrase of his kind (who the counterpart is, not whose), where the person's
                # country is known; so too before a name the title's phrase was taken for ("the head of the Wagner
                # group, Yevgeny Prigozhin,": the head is Prigozhin, whatever "Wagner" was read as)
                e = next((x for c in tok.children if c.dep_ == "appos" and (x := self.at(c)) is not None
                          and x.label == "PERSON" and x.actor is not None and x.actor.code), e)
            if e is None and tok.pos_ == "PROPN":  # "Kenzo Oshima, the UN Emergency Relief Coordinator,"
                e = next((x for c in tok.children if c.dep_ == "appos" and (x := self.at(c)) is not None), None)
            if e is None and _quantity(tok):  # "thousands of Nigerians", "dozens of Afghan refugees"
                e = next((x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj" for x in self.of_phrase(p)), None)
            if e is None and not self._actor_noun(tok):
                e = self.loose(tok) if self.lenient else None
                if e is not None and e not in out:
                    out.append(e)
                continue  # "the weak Australian dollar" is not Australia; "Russian officials" are Russia's
            if e is None and tok.lemma_.lower() in self.opposing:
                # "Erdogan's critics", "opponents of the government": people set against the owner, not the owner
                e = (self.loose(tok) or _phrase_entity(tok, "GROUP", None)) if self.lenient else None
                if e is not None and e not in out:
                    out.append(e)
                continue
            if e is None:  # the body a compound names before its owner ("bin Laden's al-Qaeda network": al-Qaeda),
                # and the head's own nationality before its possessor's ("his French counterpart" is France's, "Russia's
                # Ukrainian allies" Ukraine's: the possessor names a relation, the adjective the people)
                for child in sorted(tok.children, key=lambda c: (c.dep_ != "compound", c.dep_ == "poss")):
                    if child.dep_ in ("compound", "poss", "amod", "nmod") and (e := self.at(child)) is not None:
                        break
            if e is None:  # "the main rebel group, the FDD,": the apposition names it
                e = next((x for child in tok.children if child.dep_ == "appos" and (x := self.at(child)) is not None),
                         None)
            if e is None:
                for child in tok.children:  # "the head of NATO", "rebels with the FARC", "critics, including the EU"
                    if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ in ("with", "from", "including")
                                                                         and self.kb is not None
                                                                         and self._actor_noun(tok))):
                        for p in child.children:
                            if p.dep_ == "pobj" and (e := self.at(p) or (None if self._own_kind(tok) else next(
                                    iter(self.of_phrase(p)), None))):
                                if child.lower_ == "including":  # all the members named: "including Canada and Norway"
                                    members = self.of_phrase(p)
                                break
            if self.kb is not None and self._actor_noun(tok) and (examples := _examples(tok)):
                # "expelled aid workers, including those from Oxfam", "banned aid groups such as Oxfam": the whole
                # undergoes the act, then the members; doers so named act each ("Western governments, including
                # Canada and Norway, condemned ...": Canada and Norway)
                members = [x for p in examples for x in self.of_phrase(p) if x not in members] + members
                e = e or next(iter(members), None)
                if tok.dep_ not in ("nsubj", "csubj"):
                    e = self._whole(tok) or e
            if e is None and self.lenient:
                e = self.loose(tok)
            shared = self._coordinated_owners(tok, e) if e is not None else []
            for x in shared or [e]:
                if x is not None and x not in out:
                    out.append(x)
            out += [x for x in members if x not in out]
            if len(out) == before:
                unnamed.append(tok)
        if unnamed and any(x.actor is not None and x.actor.code for x in out):
            # "the Democratic House and the Republican Senate": a name coordinated with a party is a party too,
            # though of no known country (coordination joins like with like), in the order named; a phrase no name
            # covers is not ("the U.S. and its allies")
            added = {t.i: x for t in unnamed if t.pos_ == "PROPN" and (x := self.any(t)) is not None and x not in out}
            if added:
                return self._in_order(head, out, added)
        return out

    def _in_order(self, head, out: list[Entity], added: dict) -> list[Entity]:
        """``out`` with the parties ``added`` (by the conjunct's token) put where their conjuncts stand."""
        result: list[Entity] = []
        for tok in [head, *_conjuncts(head)]:
            if tok.i in added:
                result.append(added[tok.i])
            elif (x := next((x for x in out if x not in result and x not in added.values()), None)) is not None:
                result.append(x)
        return result + [x for x in out if x not in result]

    def _whole(self, tok) -> Entity | None:
        """The people a noun names before "including" or "such as" ("expelled aid workers, including two from
        Oxfam"): the act is done to all of them, the members named after being some among them; its own phrase,
        a party of no country where no entity covers it."""
        return self.any(tok) or self.loose(tok)

    def _coordinated_owners(self, head, e: Entity) -> list[Entity]:
        """One party per country when coordinated modifiers share a noun of people ("the Kenyan and Ugandan
        presidents", "U.S. and South Korean forces"): each with the noun's sector; none where the modifiers name
        fewer than two countries."""
        if self.kb is None or not self._actor_noun(head):
            return []
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i]
        if not any(k.dep_ == "cc" for m in mods for k in m.children):
            return []
        phrases = []
        for m in mods:
            for t in (m, *(k for k in m.subtree if k.dep_ == "conj")):
                # the modifier's own words ("South Korean"), not its conjuncts'
                words = [w for w in t.subtree if w.i <= t.i and (w.dep_ not in ("cc", "conj", "punct") or w is t)]
                phrases.append(head.doc[min(w.i for w in words):t.i + 1])
        owners = []
        for sp in phrases:
            code = self.kb.owner(sp.text)
            if code is not None and code not in {o[0] for o in owners}:
                owners.append((code, sp))
        if len(owners) < 2:
            return []
        sector = e.actor.sector if e.actor is not None and e.actor.sector else getattr(
            self.kb.sector_word(head.lemma_), "sector", None)
        return [Entity(id="", name=f"{sp.text} {head.text}", label="GROUP", actor=Actor(code=code, sector=sector),
                       mentions=[Span(sp.start_char, sp.end_char, sp.text)]) for code, sp in owners]


def _examples(tok) -> list:
    """The members a noun of people names after "including" or "such as" ("aid groups such as Oxfam"; for "those
    from Oxfam", "some of the rebels", what the pronoun's phrase names)."""
    out = [p for c in tok.children if c.dep_ == "prep" and (c.lower_ == "including" or (
        c.lower_ == "as" and any(k.lower_ == "such" for k in c.children))) for p in c.children if p.dep_ == "pobj"]
    return [q for p in out for q in (_prep_objects(p, {"from", "of"}) if p.pos_ == "PRON" else [p])]


def _inside(tok, index: EntityIndex) -> list[Entity]:
    """Entities named inside a phrase that is no actor itself ("a camp for Congolese refugees")."""
    out: list[Entity] = []
    for t in tok.subtree:
        e = index.at(t)
        if e is not None and e not in out:
            out.append(e)
    return out


def _hung_agents(noun, index: EntityIndex) -> list[Entity]:
    """The doer of an act's noun whose "by" phrase the parser hangs on the noun of its "of" phrase ("the arrest of
    the opposition leader by Russian police", "the expulsion of two diplomats by Norway")."""
    return [e for p in _prep_objects(noun, {"of"}) for b in p.children if b.dep_ == "prep" and b.lower_ == "by"
            for o in b.children if o.dep_ == "pobj" for e in index.of_phrase(o)]


def _owners(tok, index: EntityIndex) -> list[Entity]:
    """Whose a thing is, said right on it: "German goods", "Russia's demands", "the republic of Nakhichevan";
    not a place further down the phrase ("an interest in properties located in Saskatchewan")."""
    out: list[Entity] = []
    for c in tok.children:
        cands = [c] if c.dep_ in ("poss", "compound", "amod", "nmod") else \
            [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else []
        for k in cands:
            e = index.at(k)
            if e is not None and e not in out:
                out.append(e)
    return out


def _undergoers(passive: list, index, people: bool = False) -> list[Entity]:
    """Who a passive act is done to: its subjects' entities, else whose thing the subject is ("a camp for
    Congolese refugees was attacked"), else the person a pronoun subject no mention resolved stands for ("he was
    fined": someone, of no country)."""
    return [e for p in passive for e in index.of_phrase(p)] or [e for p in passive for e in _inside(p, index)][:1] \
        or [e for p in passive if (e := _person_pronoun(p, index, people)) is not None]
