"""Recipients: who an event is done to, once its trigger and actor are known.

The object, the dative and the prepositions a pattern names; a complement's or a purpose clause's
parties; the pair a meeting names; the parties of a mutual act; then, over the whole story, the choice
among an event's candidates (``_choose_recipients``) that leaves out settings, means and mediators.
"""

from __future__ import annotations

from ..model import Actor, Entity, Event, Party, Span
from ..nlp.perdoc import doc_text, listed
from .entity_index import PARTY_LABELS, EntityIndex, _inside, _owners
from .modality import cues, told_relative
from .patterns import Pattern
from .places import city, country_centre
from .roles import event_candidates, token_spans
from .syntax import (
    BESIDE_PREPS,
    OWNERS,
    _bare_number,
    _befallen,
    _beside,
    _code,
    _conjuncts,
    _controlled,
    _for_subject,
    _goal,
    _hidden_dative,
    _in_clause,
    _keep,
    _light_nouns,
    _lone_predicate,
    _measured,
    _named_by,
    _noun_forms,
    _objects,
    _party,
    _path_up,
    _person_pronoun,
    _prep_objects,
    _purpose,
    _quantity,
    _setting_clause,
    _sources,
    _thing,
    _thing_entity,
    _trigger_token,
    _verb_lemmas,
    _with_object,
    an_amount,
    dictionary_matches,
    each_other,
    subject_of,
)

PAIR_SENTENCES = 4
"""How many sentences back "the two sides" may look for the pair it names (a wire story's talks, then quotes)."""
THING_PARTIES = frozenset({"from", "by", "of", "with"})
"""Prepositions after a thing an act is aimed at that name the party it belongs to ("demands from residents",
"a protest by farmers", "cooperation with the ICC"): the party is the recipient, not the thing."""
NOT_PARTY_PREPS = frozenset({"by", "at", "in", "near", "inside", "outside", "within", "throughout", "around"})
"""Prepositions of a complement clause's phrases that name a means or a place, never the party acted on."""
SUBJECTIVE_OF = frozenset({"CONSULT", "PROTEST", "AGREE", "MOBILIZE"})
"""Types whose nouns' "of" phrase names who does them ("a meeting of ministers", "a protest of farmers", "a
deployment of Russian troops"), not whom they are done to."""


def _tellers(trigger) -> set[int]:
    """Tokens of the subjects of the verbs of saying that report the trigger's clause ("a drone hit a village, the
    Kurdish-led administration said", "Ukraine's army said Russian missiles struck Dnipro"): the teller of the act,
    never whom it is done to (as one named "according to" is not)."""
    verbs = [a for a in trigger.ancestors if a.lemma_.lower() in cues().reporting_verbs]
    verbs += [c for c in trigger.children if c.dep_ in ("parataxis", "ccomp") and c.i > trigger.i
              and c.lemma_.lower() in cues().reporting_verbs]
    return {t.i for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _named_owner(tok, index: EntityIndex) -> Entity | None:
    """The party an owner's phrase names: its apposition's name first ("the newspaper Nasha Niva"), else its own
    ("the opposition party Tisza"); a person, an organisation or a group, coded or not."""
    for c in (*(k for k in tok.children if k.dep_ == "appos"), tok):
        e = index.any(c)
        if e is not None and e.label in PARTY_LABELS:
            return e
    return None


def _outside_relative(trigger) -> set[int]:
    """Tokens of the sentence outside the relative clause the trigger's act is told in ("General Tiani, who led a coup
    in 2023, visited Moscow": the coup's clause ends before "visited"): a relative clause is a clause of its own, so
    the phrases of the clause its noun stands in are none of its act's parties (its subject, the noun, is the
    actor's already)."""
    rel = trigger
    while rel.dep_ in ("conj", "xcomp") and rel.head.i != rel.i:
        rel = rel.head
    if rel.dep_ != "relcl" or not told_relative(rel):
        return set()
    inside = {t.i for t in rel.subtree}
    return {t.i for t in trigger.sent if t.i not in inside}


def _a_place(e: Entity) -> bool:
    """A coded entity that is a place: tagged one, or a name the tagger took for an organisation ("Sinaloa",
    "Odesa") that has a country and no sector (a body of people has one: a ministry, a firm, a party), or one the
    gazetteer knows as a city of its country; not a body of no country ("the UN", "the EU")."""
    if e.actor is None or not e.actor.code:
        return False
    if e.label in ("GPE", "LOC", "FAC"):
        return True
    if e.label == "ORG" and not e.actor.sector and country_centre(e.actor.code) is not None:
        return True
    hit = city(e.name) if e.label != "PERSON" and not e.actor.sector else None
    return hit is not None and hit[1] == e.actor.code


class Recipients:
    """Mixed into ``Coder``: finding and choosing the parties an event is done to.

    Reads the coder's ``self._so_far``, ``self.pats``, ``self.roles`` (set by ``Coder``) and calls the other
    methods of ``Coder`` through ``self``.
    """

    def _choose_recipients(self, doc, index: EntityIndex, events: list[Event]) -> list[Event]:
        """The role model's recipient for each event: given where the rules found none and the model is sure
        enough, or in place of theirs where it is much surer of another phrase (events/roles.py)."""
        model = self.roles
        out: list[Event] = []
        seen: set[tuple] = set()
        for ev in events:
            got = event_candidates(doc, ev, index.any)
            if got is not None:
                # not the act's own noun ("issued seven pardons"), nor who reports it ("Rouhani said Iran regrets")
                # ("a series of seven pardons and four commutations": a conjunct of the act's noun is the act too)
                own = {y.i for o in _light_nouns(got[0]) for x in (o, *_measured(o)) for y in (x, *_conjuncts(x))}
                own |= {t.i for sp in token_spans(doc, [ev.reported_by.span if ev.reported_by else None]) for t in sp}
                own |= {p.i for p in _prep_objects(got[0], {"as"})}  # "stepped down as party leader": a capacity
                own |= self._means(got[0].sent)  # "began an offensive with airstrikes", "wrote on Instagram"
                own |= self._settings(got[0], ev.type, got[1], index, ev.mode)  # "rallied at Freedom Plaza": where
                own |= _sources(got[0].sent)  # "according to prosecutor Josh Bash": who tells of it
                own |= _tellers(got[0])  # "..., the Kurdish-led administration said": who tells of it
                if ev.type == "ACCUSE":  # a disapproval's target does what it is about
                    own |= _befallen(got[0])
                own |= self._act_words(got[0], ev.type)  # "put its navy on high alert": the act's noun, the force
                # "a fine of 535 million EUR": a sum; "violated the truce during the Lachin incident": when, never
                # whom (but the one met at the occasion: "during talks with Uganda")
                own |= {c.head.i for c in got[1] if an_amount(c.head) or self._in_time_phrase(c.head, got[0])}
                own |= self._mediators(got[0])  # "held UN-mediated talks": the third party, not whom they talk to
                if ev.type == "CONSULT":  # "resumed talks (mediated by the AU) over the dam": the topic
                    talks = [got[0], *_objects(got[0])]
                    talks += [c for o in talks[1:] for c in o.children if c.dep_ == "acl"]
                    own |= {t.i for h in talks for p in _prep_objects(h, self.pats.topic_preps) for t in p.subtree}
                own |= _outside_relative(got[0])  # "X, who led a coup in 2023, visited Moscow": not the coup's
                kept = [n for n, c in enumerate(got[1]) if c.head.i not in own]
                got = (got[0], [got[1][n] for n in kept], [got[2][n] for n in kept], got[3])
            if got is not None and got[1] and self._takes_recipient(got[0]):
                trigger, cands, feats, rule = got
                probs = model.probs(feats)
                best = max(range(len(cands)), key=probs.__getitem__)
                ruled = max((p for c, p in zip(cands, probs, strict=True) if any(c.start <= i < c.end for i in rule)),
                            default=0.0)
                top = cands[best]
                theirs = any(top.start <= i < top.end for i in rule)  # the rules' own choice stays
                margin = model.thing_margin if ev.recipient and all(_thing(p) for p in ev.recipient) \
                    else model.margin
                # whether there is a recipient at all is 1 - p(none): rival phrases split the rest among them
                if not theirs and ((not ev.recipient and sum(probs) >= model.threshold)
                                   or (ev.recipient and probs[best] - ruled >= margin)):
                    self._set_recipient(doc, index, ev, trigger, top.head)
            if ev.recipient and all(_thing(p) for p in ev.recipient) and (
                    ev.type.lower() in self.pats.addressed_types or all(self._named_act(doc, p) for p in ev.recipient)):
                # "condemned the attack": an act is no party, the one disapproved of is its doer (unnamed here);
                # "requested an exemption": what is asked for is not whom
                ev.recipient = []
            tok = _trigger_token(doc, ev)
            _keep(out, seen, ev, tok.sent.start if tok is not None else -1)  # a new recipient may make two events one
        return out

    def _in_time_phrase(self, tok, trigger) -> bool:
        """True for a phrase inside one of time on the way up to the act (``time_preps``: "during the Lachin
        incident", "since the war"): when it happened, not whom it befell; not the party met at an occasion the
        phrase names ("during talks with Uganda": ``occasion_nouns``)."""
        path = _path_up(tok, trigger)
        pats = self.pats
        return any(t.dep_ == "prep" and t.lower_ in pats.time_preps for t in path) and not any(
            t.dep_ == "prep" and t.lower_ == "with" and listed(t.head, pats.occasion_nouns) for t in path)

    def _mediators(self, trigger) -> set[int]:
        """Tokens of a third party of the act's noun (``mediating_verbs``): the party before the hyphen of a
        participle ("UN-mediated talks", "US-brokered truce") or the "by" agent of one ("talks mediated by the
        African Union"). PLOVER codes such talks CONSULT in its third-party mode: its parties are those who talk."""
        out: set[int] = set()
        doc = trigger.doc
        nouns = [trigger, *_objects(trigger), *(n for _, _, n in self._triggers(trigger) if n is not None)]
        for noun in nouns:
            for part in noun.children:
                if part.lemma_.lower() not in self.pats.mediating_verbs or part.dep_ not in ("amod", "acl"):
                    continue
                for agent in (c for c in part.children if c.dep_ == "agent"):
                    out |= {t.i for p in agent.children if p.dep_ == "pobj" for t in p.subtree}
                if part.i >= 2 and doc[part.i - 1].text == "-" and not doc[part.i - 1].whitespace_:
                    out |= {t.i for t in doc[part.i - 2].subtree if t.i < part.i - 1}
        return out

    def _act_words(self, trigger, etype: str) -> set[int]:
        """Tokens that name the act itself or, for a force posture, what is moved: never whom it is aimed at. The
        noun a pattern of the trigger takes as the act's own ("put the army on high alert", "placed its units on
        combat readiness": the alert, the readiness), and for MOBILIZE the forces its verb moves, its object with
        their modifiers and where they are ("put a Marine battalion in Spain on alert", "moved Russian paratroopers
        to the border": the actor's own forces; PLOVER's recipient is the one the posture is aimed at)."""
        out = {k.i for _, _, noun in self._triggers(trigger) if noun is not None for k in (noun, *_conjuncts(noun))}
        if etype == "MOBILIZE":
            for o in _objects(trigger):
                for x in (o, *_conjuncts(o)):
                    out.add(x.i)
                    out |= {t.i for c in x.children if c.dep_ in ("compound", "amod", "nmod", "poss", "nummod")
                            for t in c.subtree}
                    out |= {t.i for c in x.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")
                            for t in c.subtree}  # where the force is ("a battalion in Spain"), not its goal
            # where a shot is fired that hits no one ("fired two missiles into the sea"): the open sea or sky
            out |= {t.i for h in (trigger, *_objects(trigger)) for c in h.children if c.dep_ == "prep"
                    for t in c.subtree if t.lemma_.lower() in self.pats.open_expanses}
        return out

    def _named_act(self, doc, p: Party) -> bool:
        """True for a party named by a noun of an act ("the attack", "the bombing": ``nouns``) or by a means of
        violence ("a stabbing spree", "the car bomb": ``located.instruments``): what was done, not who did it or to
        whom. The rules keep such a phrase as the recipient of last resort, for the role model to weigh (a thing the
        rules chose gives way to a party more readily); the event keeps none in the end."""
        sp = token_spans(doc, [p.span])
        if not sp:
            return False
        root = sp[0].root
        tools = self.pats.located.instruments
        return listed(root, self.pats.nouns) or any(
            listed(t, tools) for t in (root, *(c for c in root.children if c.dep_ in ("compound", "amod"))))

    def _means(self, sent) -> set[int]:
        """Tokens of the sentence that name a means, never a party: an instrument of violence ("with
        airstrikes"), a medium written or spoken on ("on Instagram", "in a post on Twitter"), or what people carry
        ("gathered with slogans", "marched with banners and flags": ``props``)."""
        per = sent.doc.user_data.setdefault("communique_means", {})  # once per sentence: asked of every act
        if sent.start not in per:
            tools, media = self.pats.located.instruments, self.pats.media
            per[sent.start] = [t.i for t in sent if listed(t, tools)
                               or (t.lower_ in media and t.dep_ == "pobj"
                                   and t.head.lower_ in ("on", "via", "through", "by"))
                               or (listed(t, self.pats.props) and _with_object(t))]
        return set(per[sent.start])

    def _settings(self, trigger, etype: str, cands, index: EntityIndex, mode: str | None = None) -> set[int]:
        """Heads of the candidate phrases that say where the act happened, not whom it was done to: the object of a
        locative preposition (``setting_preps``: "at", "in", "outside") on the trigger or on a noun of the act ("a
        rally in Lagos"), and any phrase inside one ("at Freedom Plaza in the capital city of Washington"). An act
        that may be done to its place (``place_types``: "attacked the town", "a curfew in Jenin"; a type or a
        type and mode: a visit's place is its host, "arrived in Moscow") keeps its setting
        unless it names its victim as its object ("a gunman shot shoppers at a Walmart store"); a party's compound
        (``owned_places``: "protested outside the Russian embassy") stands for its owner and stays. Where the victims
        were is where it happened ("stabbed several people at Fishmongers' Hall"), as is the place of the clause a
        participle of the act hangs on ("at the Prefecture in Paris, a worker went on a stabbing spree, killing
        four"). A landmark beside a party (BESIDE_PREPS: "hurled stones at police officers outside the parliament in
        Tbilisi") is never the party, whatever the act."""
        pats = self.pats
        landmarks = {c.head.i for c in cands if any(
            t.dep_ == "prep" and t.lower_ in BESIDE_PREPS and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != trigger.i
            and not listed(t.head, pats.nouns) for t in _path_up(c.head, trigger))}
        placed = etype.lower() in pats.place_types or f"{etype} {mode}".lower() in pats.place_types
        if placed:
            # "deployed marines in Kuwait": what a verb of sending takes is what is sent, no victim
            sent = set(_verb_lemmas(trigger)) & pats.sending_verbs
            # people named, counted or named only as people ("killing four", "stabbed several people")
            victims = [o for o in ([] if sent else _objects(trigger)) if o.pos_ in ("NOUN", "PROPN", "NUM")
                       and o.lower_ not in pats.nouns
                       and o.lemma_.lower() not in pats.nouns and not listed(o, pats.located.instruments)
                       and not listed(o, pats.located.instrument_events)
                       and (index._actor_noun(o) or ((e := index.at(o)) is not None and e.label in PARTY_LABELS)
                            or o.pos_ == "NUM" or listed(o, pats.generic_people))]
            # "struck the airport where Soleimani was arriving": the one the place held when it was struck
            victims += [c.head for c in cands if c.head.dep_ in ("nsubj", "nsubjpass") and c.head.head.dep_ == "relcl"
                        and any(k.lower_ == "where" for k in c.head.head.children)
                        and (index.at(c.head) is not None or index._actor_noun(c.head))]
            if not victims:
                return landmarks
        else:
            victims = []
        hosts = {trigger.i, *(v.i for v in victims)}
        if trigger.dep_ in ("advcl", "conj") and trigger.tag_ in ("VBG", "VBN"):
            hosts.add(trigger.head.i)
        out: set[int] = landmarks
        for c in cands:
            tok = c.head
            # up through the phrase to the act: not out of a clause ("complaints about how guards treated strikers
            # at a detention center": where the treatment happened)
            while tok.i != trigger.i and tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
                prep = tok.head
                if tok.dep_ == "pobj" and prep.lower_ not in pats.setting_preps and prep.lower_ != "of":
                    break  # "at talks with Iran", "at a summit on Sudan": a party of the occasion, not its place
                if tok.dep_ == "pobj" and prep.lower_ in pats.setting_preps and self._place_phrase(tok):
                    owner = prep.head
                    act = owner.i in hosts or (owner.pos_ == "NOUN" and (
                        listed(owner, pats.nouns) or listed(owner, pats.located.instrument_events)))
                    if act and (placed or not listed(tok, pats.owned_places)):
                        out.add(c.head.i)
                        break
                tok = tok.head
        return out

    def _people_of_place(self, head, tok, place: Entity, index: EntityIndex) -> Entity:
        """The party a place inside an object's phrase names: the people the phrase names, of the place's country
        ("stabbed several people at Fishmongers' Hall in London": the people, GBR's; as the linker names "police
        officers in Dallas"), where the phrase's head names people, counts them or is a people noun of no country;
        else the place itself ("along the Ukraine border", "positions in Idlib")."""
        pats = self.pats
        people = head.pos_ == "NUM" or listed(head, pats.generic_people) or (
            head.pos_ == "NOUN" and head.ent_type_ not in ("GPE", "LOC", "FAC") and index._actor_noun(head))
        if not people or not _a_place(place):
            return place
        doc = head.doc
        start = min(t.i for t in head.subtree if t.i <= head.i and t.dep_ not in ("advmod", "punct"))
        end = max(t.i for t in tok.subtree) + 1
        span = doc[start:end]
        return Entity(id="", name=span.text, label="GROUP", mentions=[Span(span.start_char, span.end_char, span.text)],
                      actor=Actor(code=place.actor.code, sector=pats.located.crowd, basis="context"))

    def _place_phrase(self, tok) -> bool:
        """A phrase after a locative preposition that names a place: a name ("at Freedom Plaza", "in Lagos") or a
        noun with a determiner, a number or a modifier ("outside the embassy", "at a Walmart store"); not an
        adverbial of manner or cause ("in support of Trump", "in response to", "in the wake of"), nor an act ("in
        talks with Iran", "in an attack on the base")."""
        pats = self.pats
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
            return True
        if tok.pos_ != "NOUN" or listed(tok, pats.adjunct_nouns) or listed(tok, pats.nouns) \
                or listed(tok, pats.view_nouns) or listed(tok, pats.located.instrument_events):
            return False
        return any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in tok.children)

    def _takes_recipient(self, trigger) -> bool:
        """False for a trigger whose patterns all name no recipient slot: an act the codebook gives no other
        party ("is resigning as a director, as are Ross and Kacek": those named beside it resign too)."""
        pats = [p for p, _, _ in self._triggers(trigger)]
        return not pats or any(p.recipient for p in pats)

    def _set_recipient(self, doc, index: EntityIndex, ev: Event, trigger, head) -> None:
        with index.leniency(True):
            found = index.of_phrase(head) or [e for e in [index.phrase(head)] if e is not None]
        actors = {p.entity or p.name for p in ev.actor}
        parties = [_party(e, trigger) for e in found if (e.id or e.name) not in actors]
        if not parties:
            return
        ev.recipient = parties
        sent = trigger.sent
        start, end = ev.evidence.start, ev.evidence.end
        for p in parties:  # the evidence covers the recipient named in the sentence
            if p.span is not None and sent.start_char <= p.span.start < sent.end_char:
                start, end = min(start, p.span.start), max(end, p.span.end)
        if (start, end) != (ev.evidence.start, ev.evidence.end):
            text = doc_text(doc)
            ev.evidence = Span(start, end, text[start:end])

    # -- arguments ----------------------------------------------------------------------------------
    def _recipients(self, index: EntityIndex, pattern: Pattern, trigger, obj_noun) -> list[Entity]:
        out: list[Entity] = []
        heads = [trigger] + ([obj_noun] if obj_noun is not None else [])
        if obj_noun is not None:  # "the withdrawal of some forces from Panama": what the event noun is of
            heads += [p for c in obj_noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
            # "lifted sanctions imposed on India", "the embargo it has imposed on the island": a participle or a
            # relative clause on the act's noun restates the act, and its phrases are the act's
            heads += [c for c in obj_noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        else:  # "suspended part of a military aid program for Bosnia"
            heads += [m for o in _objects(trigger) for m in _measured(o)]
            # "froze the assets of three Russian banks", "cut off gas supplies to Bulgaria": the object a pattern needs
            # names what the act is done with, and its phrases say whose it is or where it goes
            if pattern.needs_obj:
                heads += [o for o in _objects(trigger) for m in (o, *_measured(o))
                          if set(_noun_forms(m)) & pattern.needs_obj]
            # "is prolonging sanctions against the regime": an object that names an act brings whom it is done to
            if pattern.kind == "dictionary":
                heads += [o for o in _objects(trigger) if o.lower_ in self.pats.nouns]
        # "mobilized reservists for a possible war against Iraq": the purpose's own recipient, as a last resort
        purposes = [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                    for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        fallback = None
        means = self._means(trigger.sent)  # "condemned the ruling on Instagram": no party
        if pattern.kind == "dictionary":  # the words of the CAMEO pattern name the act ("issued five pardons")
            means |= {i for m in dictionary_matches(trigger)[:1] for i in m.tokens if i != trigger.i}
        slots = list(pattern.recipient)
        if pattern.kind == "dictionary":
            # "left for Beijing" (CAMEO's "- * (FOR) [042]"): the phrase of a preposition its pattern names, where it
            # names a coded party ("left for the hospital" names none)
            slots += [trigger.doc[i].lower_ for m in dictionary_matches(trigger)[:1] for i in m.tokens
                      if trigger.doc[i].dep_ == "prep" and trigger.doc[i].head.i == trigger.i
                      and trigger.doc[i].lower_ not in slots]
        for slot in slots:
            toks = []
            if slot == "obj" and obj_noun is not None and obj_noun.dep_ in ("pobj", "conj"):
                # "provided the army with weapons": the object is the recipient, when it is not the thing given
                toks = [o for o in _objects(trigger) if o.i != obj_noun.i and obj_noun not in _conjuncts(o)
                        and obj_noun not in _measured(o)]  # "issued a series of pardons": no one is a series
            elif slot == "obj" and obj_noun is None:
                # "released a number of prisoners": the ones a measure noun counts
                # "fined Google 2.4 billion euros": a sum is no one, the name before it the one fined
                toks = [m for o in _objects(trigger) for m in (
                    (_hidden_dative(o, sums_only=True) if an_amount(o) else []) or _measured(o) or [o])] or [
                    t for t in [_lone_predicate(trigger)] if t is not None] or (
                    _controlled(trigger) if pattern.needs_xcomp else [])
                if not toks and pattern.needs_predicate:  # "called Italy's minister a liar": the first is the one named
                    toks = [c for c in trigger.children if c.dep_ == "oprd"][:-1]
                if not toks and trigger.dep_ == "relcl":  # "proposals, which the U.S. agreed to"
                    toks = [trigger.head]
            elif slot == "noun":  # "trained Afghan pilots", "took in Syrian refugees": the noun names who is helped
                # ("admitted thousands of Congolese refugees": the ones the object counts); not the doer's own ("trained
                # its own recruits": a possessive pronoun names the subject)
                toks = [obj_noun] if obj_noun is not None and (obj_noun.dep_ in ("dobj", "obj", "nsubjpass") or any(
                    obj_noun in _measured(o) or (_quantity(o) and obj_noun in _prep_objects(o, {"of"}))
                    for o in _objects(trigger))) and not any(
                    c.dep_ == "poss" and c.lower_ in OWNERS | {"our", "my"} for c in obj_noun.children) else []
            elif slot == "poss":  # "agreed to the strikers' demand": whose the act's noun is
                toks = [c for c in obj_noun.children if c.dep_ == "poss"] if obj_noun is not None else []
            elif slot == "dative":
                # "sent doctors to the hospital": the parser may call the preposition itself the dative
                toks = [p for h in heads for c in h.children if c.dep_ == "dative"
                        for p in ([k for k in c.children if k.dep_ == "pobj"] if c.pos_ == "ADP" else [c])] or (
                    _hidden_dative(obj_noun) if obj_noun is not None else
                    [d for o in _objects(trigger) for d in _hidden_dative(o, sums_only=True)])
            else:
                # "discussed the budget with Museveni": the parser may hang the partner on the topic
                partner = _objects(trigger) if pattern.reciprocal and slot == "with" and obj_noun is None else []
                if slot in ("between", "among") and obj_noun is None:
                    partner = _objects(trigger)  # "brokered a truce between Israel and Hamas": whom it is between
                toks = [p for h in heads + partner for p in _prep_objects(h, {slot})
                        if obj_noun is None or p.i != obj_noun.i]  # "remained on alert": the act is no party
                stranded = any(c.dep_ == "prep" and c.lower_ == slot and not any(k.dep_ == "pobj" for k in c.children)
                               for c in trigger.children)
                if not toks and stranded and trigger.dep_ == "relcl":
                    toks = [trigger.head]
            for t in toks:
                if t.i in means or (t.dep_ == "pobj" and listed(t, self.pats.adjunct_nouns)):
                    continue  # "with an eye to", "in response to", "on behalf of": an adverbial, no party
                if t.tag_ in ("WDT", "WP") and trigger.dep_ == "relcl":
                    t = trigger.head  # "proposals, which the U.S. agreed to": the relative stands for its noun
                found = self._mission_host(pattern, t, index) or self._launcher(t, index) or index.of_phrase(t)
                if not found and slot == "obj" and index.lenient:
                    found = self._counted(trigger, [t])  # "stormed a wedding, killing nine": the nine people
                if not found and slot == "obj":
                    # "police detained him", "the army freed them": the object a pronoun no mention resolved names,
                    # someone of no country, as the passive's "he was detained" does ("they" for acts on people only)
                    found = [e for e in [_person_pronoun(t, index, self._on_people(pattern))]
                             if e is not None]
                if not found:
                    # "rejecting Russia's demands", "concerns about Russia's acts": the owner is the recipient
                    # (a party named by no country too, where the object need not itself be a party)
                    loose = index.lenient and not pattern.needs_obj_actor
                    found = [e for c in t.children if c.dep_ == "poss" and (
                        e := index.at(c) or (index.loose(c) if loose else None)) is not None]
                if not found:
                    # "welcomed the OGA's attempt to reconcile the UK's target": a name as the possessor says whose
                    # the thing is, though of no known country, before a party in a clause about something else
                    found = [e for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                             and (e := index.any(c)) is not None]
                if not found and listed(t, self.pats.owned_places):
                    # "raided the offices of the newspaper Nasha Niva in Minsk": a building's owner, named though of
                    # no known country, is whom the act is done to, before the city the building stands in
                    found = [e for p in _prep_objects(t, {"of"}) if (e := _named_owner(p, index)) is not None]
                if not found and slot == "obj" and (listed(t, self.pats.nouns) or _prep_objects(t, {"of"})):
                    # "criticised the arrest of the opposition leader by Turkish police": an act named with its
                    # doer in a "by" phrase ("the N of Y by Z": Z Ns Y) is that doer's, and a judgement or a request
                    # about it is aimed at the doer, not at the one it befell; an active verb has no agent, so a
                    # "by" party the parser hung on the verb is the noun's ("condemned the execution of the
                    # dissident by Iran")
                    agents = _prep_objects(t, {"by"}) or (
                        _prep_objects(trigger, {"by"}) if any(c.dep_ == "nsubj" for c in trigger.children) else [])
                    found = [e for p in agents if p.i not in means for e in index.of_phrase(p) if _code(e) or e.id]
                if not found:  # "along the Ukraine border": a place inside the phrase (not a landmark it is near)
                    # but not in the act the object is accused, blamed or convicted of ("accused ministers of
                    # misleading Parliament": the ministers, not Parliament); a clause that describes the object
                    # may say whose it is ("refugees fleeing the war in Liberia")
                    accused = trigger.lemma_.lower() in cues().object_control_governors
                    inside = [(c, e) for c in t.subtree if c.i not in means and (e := index.at(c)) is not None
                              and not _beside(c, t) and not (accused and _in_clause(c, t))
                              and not _setting_clause(c, t)][:1]
                    found = [self._people_of_place(t, c, e, index) for c, e in inside]
                if slot not in pattern.recipient:
                    found = [e for e in found if _code(e)]
                    if not found:
                        continue  # no fallback either: the place of a trip is no thing acted on
                if not found and fallback is None:
                    fallback = t
                out += [e for e in found if e not in out]
            if out:
                break
        if not out and obj_noun is not None:
            # "filed a lawsuit accusing the cartel", "joined calls asking the United States to ...": a present
            # participle on the act's noun says what the act does, and its object is whom it is aimed at
            for c in obj_noun.children:
                if c.dep_ == "acl" and c.tag_ == "VBG":
                    out = [e for o in c.children if o.dep_ in ("dobj", "dative") and o.i not in means
                           for e in index.of_phrase(o)]
                    if out:
                        return out
        if not out:
            for slot in pattern.recipient:
                found = [e for h in purposes for p in _prep_objects(h, {slot}) for e in index.of_phrase(p)]
                if found:
                    return found
        own = self.pats.nouns.get(obj_noun.lower_) if obj_noun is not None else None  # the noun's own act
        if not out and obj_noun is not None and pattern.type not in SUBJECTIVE_OF and pattern.mode != "withdraw" \
                and (own is None or (own.type not in SUBJECTIVE_OF and own.mode != "withdraw")):
            # "lifted its blockade of Yemen", "ordered the tanker's release": the "of" phrase or the possessor of a
            # noun of an act done to someone names whom (the objective genitive), where no slot of the pattern
            # does; a party the article names, not a thing. Not where the noun's own act is one whose "of" names
            # the doer, whatever the verb's act ("approved the deployment of a U.N. team": whose team it is)
            undergoers = _prep_objects(obj_noun, {"of"}) + [c for c in obj_noun.children if c.dep_ == "poss"
                                                             and c.pos_ != "PRON"]
            with index.leniency(True):
                out = [e for p in undergoers if p.i not in means for e in index.of_phrase(p) if e.id or _code(e)]
        if not out and index.lenient and fallback is not None:
            # "conceded to demands from residents", "condemned a protest by farmers": the party whose thing it is
            # ("rejected proposals laid out by the National Assembly": the agent of the participle that describes it)
            # and of the things it is coordinated with ("condemned the act of aggression and the continuing threats
            # made by the United States": the same doer's)
            things = [fallback, *_conjuncts(fallback)]
            if fallback.head.i == trigger.i:  # the parser may hang the second noun on the verb ("the violence and
                things += [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "NOUN"]  # the intimidation")
            authors = [*things, *(c for t in things for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN")]
            out = [e for a in authors for p in _prep_objects(a, THING_PARTIES if a in things else {"by"})
                   if p.i not in means for e in index.of_phrase(p)]
        if not out and index.lenient and fallback is not None:
            # "condemned the terrorist attack", "disputed the results of the report": what the act is aimed at,
            # named by its own words when no actor is in it
            out = [e for e in [index.phrase(fallback)] if e is not None]
        return out

    def _complement_recipients(self, index: EntityIndex, trigger, obj_noun=None,
                               about: bool = False) -> list[Entity]:
        """The recipient an event's complement clause names: the recipient the clause's own trigger would
        have, else the subject of a that-clause, else its object or prepositional objects (one clause deep,
        then the clause it governs in turn: "agreed to continue to provide aid to Mozambique"). With ``about``
        (a disapproval of what the clause says), only the that-clause's subject: the one whose doing it is, not
        those it befalls ("concern that the sale would leave the U.S. military dependent": no U.S. target)."""
        clause = next((c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")), None)
        forced = [c for c in trigger.children if c.dep_ == "advcl" and _for_subject(c)]
        if forced:  # "called for the minister to resign": the one asked; "called for the killers to be brought to
            # justice": the one a passive's act is done to is not asked, and the one asked is unsaid
            return [e for k in _for_subject(forced[0]) if k.dep_ != "nsubjpass"
                    for e in (index.of_phrase(k) or _inside(k, index)[:1])]
        if clause is None and obj_noun is not None:  # "reiterated its demand that Israel ease ..."
            clause = next((c for c in obj_noun.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")
                           and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None) or next(
                (c for c in obj_noun.children if c.dep_ == "acl" and c.pos_ == "VERB"  # "a desire to work with X"
                 and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)), None)
        things: list[Entity] = []  # "agreed to provide Sri Lanka with technology": a party before a thing
        for _ in range(3):
            if clause is None:
                return things
            if clause.dep_ in ("ccomp", "acl"):  # a that-clause's subject is the one asked, promised, threatened
                found = [e for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                         for e in (index.of_phrase(c) or _inside(c, index)[:1])]  # "parties to the conflict in Iraq"
                if found or (about and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
                    return found
            for pattern, tok, noun in self._triggers(clause):
                found = self._recipients(index, pattern, tok, noun)
                if found and not all(_thing_entity(e) for e in found):
                    return found
                things = things or found
                break
            args = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
            # a locative phrase says where, not to whom ("agreed to share the costs of production at the Oak Hill
            # field", "to hold talks in Geneva")
            args += [p for c in clause.children if c.dep_ in ("prep", "dative") and c.lower_ not in NOT_PARTY_PREPS
                     for p in c.children if p.dep_ == "pobj"]
            args += [p for o in _objects(clause) for c in o.children if c.dep_ == "prep"
                     and c.lower_ not in NOT_PARTY_PREPS | {"of"}
                     for p in c.children if p.dep_ == "pobj"]  # "cut off electricity to Nakhichevan"
            # the goal first: "send troops to Uganda" is done to Uganda, the troops are what is sent
            for a in sorted(args, key=lambda t: (not _goal(t), t.i)):
                found = index.of_phrase(a) or _owners(a, index)
                if found and not all(_thing_entity(e) for e in found):
                    return found
                things = things or found
            clause = next((c for c in clause.children if c.dep_ in ("xcomp", "ccomp")), None) or next(
                (c for c in clause.children if _purpose(c)), None)  # "offered to send troops to help the army"
        return things

    @staticmethod
    def _until_parties(trigger, index: EntityIndex, actors: list[Entity],
                       marks: tuple[str, ...] = ("until", "till"), undergone: bool = False) -> list[Entity]:
        """A refusal made until someone acts ("will not end the strike until the government raises pay", "will not
        lift the embargo until Hanoi does more"): the condition is the other side's act, and its doer, the subject
        of the "until" clause, is whom the refusal is aimed at; not the refusers themselves ("until they are paid").
        So too a threat's condition ("warned of countermeasures if the United States continued to sell arms"):
        the one whose act would bring it on is the one threatened; with ``undergone``, a threat's passive clause
        names the one threatened by its subject ("vowed to continue the war until Hamas is destroyed")."""
        clauses = [c for h in (trigger, *(k for k in trigger.children if k.dep_ in ("xcomp", "ccomp")))
                   for c in h.children if c.dep_ == "advcl"
                   and any(k.dep_ == "mark" and k.lower_ in marks for k in c.children)]
        subjects = [s for c in clauses for s in (
            ([k for k in c.children if k.dep_ == "nsubjpass"] if undergone else []) or subject_of(c))]
        out = [e for s in subjects for e in index.of_phrase(s) if e not in actors]
        if not out:
            # "will not lift the embargo until he is satisfied Vietnam is doing all it can": the refusers' own
            # judgement is the condition's frame, and the one it is about, the subject of its clause, must act
            out = [e for c in clauses for k in c.children if k.dep_ == "ccomp" for s in subject_of(k)
                   for e in index.of_phrase(s) if e not in actors]
        return out

    def _purpose_recipients(self, index: EntityIndex, trigger, obj_noun,
                            types: frozenset[str] = frozenset({"REQUEST", "PROTEST", "ACCUSE", "REJECT"})
                            ) -> list[Entity]:
        """The party a clause of purpose of the act ("blocked roads to press demands on X", "held a rally to
        demand that X resign"; a force sent "to deter Iran") is aimed at: the recipient its own trigger has, where
        that trigger is of one of ``types``; none that is only a thing."""
        clauses = [c for c in trigger.children if _purpose(c)]
        if obj_noun is not None:
            clauses += [c for c in obj_noun.children if c.dep_ in ("acl", "relcl") and _purpose(c) or (
                c.dep_ == "acl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children))]
        for clause in clauses:
            for pattern, tok, noun in self._triggers(clause):
                if pattern.type not in types:
                    continue  # a demand, a protest, a reproach or a refusal is aimed at someone
                with index.leniency(True):  # "to demand that the mayor resign": a party of no country too
                    found = self._recipients(index, pattern, tok, noun) or self._complement_recipients(
                        index, tok, noun)
                if found and not all(_thing_entity(e) for e in found):
                    return found
        return []

    def _occasion_partners(self, pattern: Pattern, trigger, subj: list, index: EntityIndex) -> list[Entity]:
        """The party met at the occasion an act was done in ("in a meeting with Modi, Kishida agreed to ...",
        "Scholz, in a phone call with Xi, agreed", "during talks with Macron, the president pledged"): the "with"
        phrase of an occasion noun (``occasion_nouns``) after an occasion preposition (``occasion_preps``) on the
        act's verb, the verb it completes, or its subject. An agreement, a promise, a refusal or praise made to
        someone's face is addressed to them (``occasion_types``)."""
        pats = self.pats
        if pattern.type.lower() not in pats.occasion_types:
            return []
        hosts = [trigger, *subj]
        if trigger.dep_ == "xcomp":  # "agreed to expand": the occasion hangs on the governing verb
            hosts.append(trigger.head)
        occasions = [p for h in hosts for p in _prep_objects(h, pats.occasion_preps)
                     if p.pos_ == "NOUN" and listed(p, pats.occasion_nouns)]
        with index.leniency(True):
            return [e for o in occasions for p in _prep_objects(o, {"with"}) for e in index.of_phrase(p)
                    if _code(e) or (e.actor is not None and e.actor.sector)]

    def _mission_host(self, pattern: Pattern, tok, index: EntityIndex) -> list[Entity]:
        """The country a mission or a force serves in ("contribute troops to an African Union peacekeeping force in
        Somalia", "extended the U.N. political mission in Afghanistan"): help given to a mission (``mission_nouns``)
        is given to the country it works in, not to the body that runs it, for acts of help or accord
        (``mission_types``); an attack on the mission stays an attack on its body."""
        pats = self.pats
        if pattern.type.lower() not in pats.mission_types or not listed(tok, pats.mission_nouns):
            return []
        return [e for p in _prep_objects(tok, {"in"}) for e in [index.at(p)] if e is not None and _code(e)
                and _a_place(e)]

    def _launcher(self, tok, index: EntityIndex) -> list[Entity]:
        """The party that sent or fired a weapon, a vehicle or a vessel the act is done to, where a participle with
        "by" says so ("shot down 20 Iranian-made drones launched by Russia", "intercepted missiles fired by the
        Houthis"): the act is against whoever sent it, not against the maker a modifier names; the object must be
        such a thing (``located.instruments``, ``owned_places``)."""
        pats = self.pats
        if not (listed(tok, pats.located.instruments) or listed(tok, pats.owned_places)):
            return []
        return [e for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for a in _prep_objects(c, {"by"}) for e in index.of_phrase(a) if _code(e)]

    def _sent_goal(self, trigger, index: EntityIndex) -> list[Entity]:
        """The one something is sent to, as whom a purpose of helping helps ("will send resources to Colombia to
        help the Andean country care for refugees", "sent engineers to Malawi to help the government rebuild"):
        English names the goal of a verb of sending (``sending_verbs``) as the one the purpose serves, when the
        purpose names no party of its own, only a description or a pronoun standing for the goal ("the country",
        "it"). Empty where the purpose helps someone it names ("sent troops to Mali to help French forces")."""
        gov = trigger.head
        if gov.i == trigger.i or not set(_verb_lemmas(gov)) & self.pats.sending_verbs:
            return []
        # whom the help is given: its object, or the subject of the clause it governs ("help the country shelter")
        helped = [*_objects(trigger), *(k for c in trigger.children if c.dep_ in ("ccomp", "xcomp")
                                        for k in c.children if k.dep_ == "nsubj")]
        if any(not (h.pos_ == "PRON" or (h.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the"
                                                                  for c in h.children)
                                         and not any(c.dep_ in ("poss", "compound") for c in h.children)
                                         and index.at(h) is None)) for h in helped):
            return []  # a party of its own named
        return [e for p in _prep_objects(gov, {"to", "into"}) for e in index.of_phrase(p) if _code(e)]

    def _pair(self, head) -> list[Entity]:
        """The two parties a definite pair names ("the two sides", "both countries", "the two leaders":
        ``pair_nouns``): those of the last event before it whose actors and recipients are two parties with a
        code (acts of one coded party skipped), the pair the reader knows, told in the story's last sentences
        (``PAIR_SENTENCES``); else none (the phrase alone names no one)."""
        if head.lemma_.lower() not in self.pats.pair_nouns and head.lower_ not in self.pats.pair_nouns:
            return []
        kids = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
        if not ("both" in kids or {"the", "two"} <= kids):
            return []
        events, entities = self._so_far
        for ev in sorted(events, key=lambda e: e.trigger.start if e.trigger is not None else -1, reverse=True):
            if ev.trigger is None or ev.trigger.start >= head.idx:
                continue
            if sum(ev.trigger.start < s.start_char <= head.idx for s in head.doc.sents) > PAIR_SENTENCES:
                return []  # a pair is of the story's last sentences, not of an act told long before
            parties = list({(p.entity or p.name): p for p in (*ev.actor, *ev.recipient)}.values())
            # a party the coder made ("Armenian and Azerbaijani forces": each country's forces) has no entity
            found = [entities.get(p.entity) or Entity(
                id="", name=p.name, label="GROUP", actor=Actor(code=p.code, sector=p.sector),
                mentions=[p.span] if p.span else []) for p in parties if p.code]
            if len(found) < 2:
                continue  # "Xi stressed that ...", "Ruto praised the initiative": an act of one party names no pair
            return found if len(found) == 2 else []
        return []

    def _pair_named(self, doc, e: Entity, trigger) -> list[Entity]:
        """``_pair`` of an uncoded party's phrase in the trigger's sentence ("urged both sides to ...")."""
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.sent == trigger.sent and (pair := self._pair(span.root)):
                return pair
        return []

    def _counted(self, trigger, toks) -> list[Entity]:
        """The people a bare count names as the ones harmed or seized ("killing nine", "police arrested 40",
        "dozens died"): a crowd of no country (``counted_victims`` in data/event_patterns.yaml; after other verbs a
        count may count things: "shot down two")."""
        if trigger.lemma_.lower() not in self.pats.counted_victims or any(c.dep_ == "prt" for c in trigger.children):
            return []  # a particle makes another verb ("shot down two": aircraft)
        return [Entity(id="", name=t.text, label="GROUP", actor=Actor(code=None, sector=self.pats.located.crowd),
                       mentions=[Span(t.idx, t.idx + len(t), t.text)]) for t in toks
                if _bare_number(t, self.pats.count_nouns)]

    @staticmethod
    def _partner(trigger, obj_noun, actors: list, index) -> tuple[list, list] | None:
        """(actors, recipients) of an act done with a partner: the parties of a "with" phrase of the verb or its
        noun, or the first of coordinated actors with the others; None when the act has no partner."""
        heads = [trigger] + ([obj_noun] if obj_noun is not None else [])
        partners = [e for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                    for t in c.subtree if (e := index.at(t)) is not None and e.actor is not None]
        partners = [e for n, e in enumerate(partners) if all(e is not f for f in partners[:n])]
        if partners and actors:
            return actors, partners
        if len(actors) > 1:
            return actors[:1], actors[1:]
        return None

    def _mutual_act(self, trigger) -> bool:
        """Each doer does the act to the others: a reciprocal object ("accused each other") or a verb of exchange
        ("Russia and Ukraine exchanged prisoners": each released the other's)."""
        return each_other(trigger) or trigger.lemma_.lower() in self.pats.exchange_verbs

    def _mutual(self, trigger, obj_noun) -> bool:
        """The act's own words say it is done between its parties ("agreed", "signed an accord", "failed to reach
        a deal", "joint exercises"): the trigger, its object and its complement's words (``mutual_words``)."""
        words = self.pats.mutual_words
        toks = [trigger, *([obj_noun] if obj_noun is not None else [])]
        # "joint drills were held by India and France": the passive's subject is the act's noun
        toks += [k for t in list(toks) for k in t.children if k.dep_ in ("dobj", "nsubjpass", "xcomp", "prep", "amod")]
        toks += [k for t in list(toks) for k in t.children if k.dep_ in ("dobj", "pobj", "amod")]
        # a word with its compound ("war games"): the list's entries of two words
        return any(listed(t, words) or any(f"{c.lower_} {t.lemma_.lower()}" in words
                                           for c in t.children if c.dep_ == "compound") for t in toks)

    def _requesters(self, index: EntityIndex, trigger) -> list[Entity]:
        """Who made the request, demand, offer or invitation a verb's object names ("a request from the justice
        minister", "Washington's demands", "an invitation by the UN"): refusing it is done to them."""
        # "refused to respond to a request from Haaretz", "declined to grant his request": the request the
        # complement clause acts on is what is refused
        asked = _objects(trigger) + [k for c in trigger.children if c.dep_ == "xcomp"
                                     for k in (*_objects(c), *_prep_objects(c, {"to"}))]
        with index.leniency(True):
            return [e for o in asked if o.lemma_.lower() in self.pats.requests
                    for p in _named_by(o, {"from", "by"}) for e in index.of_phrase(p)]

    @staticmethod
    def _evacuated(noun, actors, index) -> list:
        """The parties an evacuation is "of" (the place or people emptied, the place "in" which they are, or whose
        part it is: "the eastern part of Rafah") where they are another country's than every actor's: people driven
        from their homes by a foreign power (CAMEO 174, expel or deport individuals: COERCE deport), not one's own
        troops or staff withdrawn ("the evacuation of its embassy staff", RETREAT) nor one's own towns emptied for
        safety."""
        own = {_code(e) for e in actors} - {None}
        heads = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj"]
        heads += [o for h in heads if index.at(h) is None for p in h.children if p.dep_ == "prep"
                  and p.lower_ in ("in", "of") for o in p.children if o.dep_ == "pobj"]
        found = [e for h in heads if (e := index.at(h)) is not None and _code(e)]
        return found if own and found and all(_code(e) not in own for e in found) else []
