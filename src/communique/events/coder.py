"""The PLOVER coder: events read off the dependency parse, with actors, recipients, modality, time and place.

For each trigger (a verb, a light verb with its object noun, or an event noun) found through
``data/event_patterns.yaml``, the arguments come from the parse: the subject (or, for a verb with
none, the subject it inherits from the clause that governs it) is the actor; the object, the
dative or the prepositions the pattern names give the recipient; passives swap them. Arguments
become parties only through the article's entities, so every party carries a resolved actor and
the entity it is. No actor, no event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.symbols import AUX, NOUN, VERB

from ..model import Actor, Entity, Event, Span
from ..nlp.perdoc import arcs, doc_text, listed, lower_forms, pos_ids, tag_forms, words_tagged
from ..when.clause import when_of
from .classifier import UNTOLD, default_model
from .entity_index import PARTY_LABELS, EntityIndex, _hung_agents, _undergoers
from .features import NO_VECTOR, business_words, candidate_features, dense_features, vectors_fit
from .modality import cues, deliberated, generic, modality_of, question, reputed
from .nominal import NounEvents
from .ontology import Ontology, ontology
from .patterns import Pattern, Patterns, patterns
from .places import where_of
from .recipients import Recipients
from .roles import default_role_model
from .setting import place_of
from .stops import FalseAlarms
from .syntax import (
    OWNERS,
    PRONOUNS,
    _about_another,
    _anaphoric,
    _bare_count,
    _code,
    _conditional,
    _conjuncts,
    _detached_noun,
    _episode_times,
    _foreign_script,
    _head_word,
    _keep,
    _named_by,
    _named_person,
    _nominal_gerund,
    _objects,
    _party,
    _past_possibility,
    _person_pronoun,
    _phrase_listed,
    _prep_objects,
    _prepared,
    _pronoun_party,
    _purpose,
    _reporter_subject,
    _requested_clause,
    _said_in_passing,
    _standing,
    _thing_entity,
    _thing_name,
    _unique,
    _verb_lemmas,
    cameo_types,
    dictionary_matches,
    passive_subjects,
    subject_of,
)
from .triggers import Triggers
from .verb_dictionary import verb_types

TWO_SIDED = frozenset({"CONSULT", "ASSAULT"})
"""Acts the PLOVER manual codes with every party as an actor when they do them together (meetings, two-sided
fighting: "fired at each other"); other acts done to "each other" are coded both ways."""
DYADIC_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "REJECT"})
"""Types whose act between coordinated parties is coded as a dyad (first named -> the others); meetings and
two-sided fighting keep every party as an actor, as the PLOVER manual asks."""
STANCE_TYPES = frozenset({"SUPPORT", "REJECT"})  # what a verb of stance states: backing or refusal
FUTURE_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
"""PLOVER: a future or intended consultation, support, cooperation or aid (or concession) is coded AGREE."""
FUTURE_THREATEN = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
"""... and a future or conditional act of material conflict is a THREATEN."""
WEAK_SECTORS = frozenset({"BUS"})
"""A company's acts are political events only in a political context: the classifier weighs them like an
uncoded party's (a deal or a takeover is no PLOVER event)."""
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "PRM", "CRM", "COP", "SPY", "IMG"})
"""Armed bodies (PLOVER's sectors of state forces, rebels, militias, gangs): named by their kind alone ("troops",
"militants", "pirates") with no country, as local news names them, they are parties of the codebook all the same,
so a listed pattern's act by one is weighed as a coded party's is (a company's, a person's or a crowd's is not)."""
STATE_SECTORS = frozenset({"JUD", "LEG"})
"""Courts and legislatures (PLOVER's judiciary and legislature sectors): named by their kind alone ("prosecutors",
"judges", "lawmakers") they are parties of the codebook as its armed bodies are (CAMEO codes them by their agent
code, the country unknown), so a listed pattern's act by one is weighed as a coded party's, but for its dealings
with a company ("a court approved the company's plan"), business news. The government's ("officials",
"regulators", "authorities") are not: business news names them at every turn (bench/meter.py: one more false
event on the PLOVER sentences with GOV listed)."""
SPOKEN_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
"""Acts done by saying something: the purpose of a call or a meeting ("called Morrison to congratulate him") is
one of them done in it."""
DEFAULT = object()


class Coder(Triggers, FalseAlarms, NounEvents, Recipients):
    """Rules find candidates (trigger, actor, recipient) in the parse; the learned classifier, when one is
    loaded, decides whether each is an event, and the type of those only the CAMEO dictionary proposed.
    ``recorder``, a list, makes the coder keep every candidate the rules accept with its features instead
    (how the training data is made)."""

    def __init__(self, pats: Patterns | None = None, onto: Ontology | None = None, model=DEFAULT,
                 recorder: list | None = None, roles=DEFAULT, pipeline: str | None = None) -> None:
        self.pats = pats or patterns()
        self.onto = onto or ontology()
        self.model = default_model() if model is DEFAULT else model
        self.vectors = vectors_fit(self.model, pipeline)
        self.roles = (default_role_model() if model is DEFAULT or model is not None else None) \
            if roles is DEFAULT else roles
        self.recorder = recorder
        self._vetoed: set[int] = set()  # this call's triggers the model judged no event (see __call__)
        self._so_far: tuple[list[Event], dict[str, Entity]] = ([], {})  # the events coded so far, the entities
        self.trace: dict[int, str] | None = None  # a dict makes _triggers note why a dictionary verb gave nothing

    def __call__(self, doc, entities: list[Entity], anchor: dt.date | None, kb=None) -> list[Event]:
        index = EntityIndex(doc, entities, kb, self.pats.opposing)
        events: list[Event] = []
        self._so_far = (events, {e.id: e for e in entities})  # "the two sides": the pair an earlier event named
        seen: set[tuple] = set()
        used_nouns: set[int] = set()
        details: list[tuple] = []  # events inside another's clause, kept for sentences left without one
        doerless: list[tuple] = []  # violence with no resolved doer: "five were killed in a car bomb explosion"
        located = self.pats.located
        unnamed = None  # an act told in the passive with its doer unnamed, kept when no other reading names one
        self._vetoed = set()
        # the words each pass can use: _verb_lemmas gives a lemma to verbs and nouns only, _obligation looks at
        # verbs only, the last pass at nouns only
        pos, tags, lowers = pos_ids(doc), tag_forms(doc), lower_forms(doc)
        for i in words_tagged(doc, VERB, AUX, NOUN):
            w = lowers[i]
            if pos[i] == NOUN and not tags[i].startswith("VB") and not (len(w) > 5 and w.endswith("ing")):
                continue  # a noun with no verb's lemma (``_verb_lemmas``: no verb's tag, no gerund): no trigger
            tok = doc[i]
            for pattern, trigger, obj_noun in self._triggers(tok):
                if pattern.type == "AGREE" and pattern.kind == "verb" and self._promised_conflict(trigger):
                    break  # the promised act is the event
                used_nouns.update(o.i for o in (*_objects(trigger), *([obj_noun] if obj_noun is not None else [])))
                content = self._is_content(trigger)
                if content or _said_in_passing(trigger):
                    ev = self._purpose_event(doc, index, pattern, trigger, obj_noun, anchor, kb)
                    if ev is not None:
                        _keep(events, seen, ev, tok.sent.start)
                        break
                if content:
                    c = cues()
                    if not _requested_clause(trigger, c) and not _conditional(trigger, c):
                        details.append((tok.sent.start, list(self._triggers(tok))))
                        doerless += [(tok.sent.start, p, t, o, False) for p, t, o in details[-1][1]
                                     if p.type in located.types]
                    break
                doer = pattern.type in located.types and self._doer(trigger, index, pattern.type) is not None
                rec = self.recorder if self.recorder is not None else []
                mark = len(rec)
                ev = self._event(doc, index, pattern, trigger, obj_noun, anchor, kb, lenient=not doer)
                if ev is None or not ev.actor:  # a doer the passive leaves unnamed: the state's, or the place's
                    state = self._state_event(doc, index, pattern, trigger, obj_noun, anchor, kb)
                    if state is not None:
                        del rec[mark:len(rec) - 1]  # one candidate per trigger: the one kept
                        ev = state
                    elif ev is not None and pattern.kind == "verb":
                        # kept (with its candidate) if no other verb reading names a doer ("troops were deployed":
                        # the passive_actor pattern's); a light verb's noun ("received a prison sentence") is more
                        # specific than the verb alone, so its reading stands at once
                        unnamed = unnamed or (ev, rec[mark:])
                        del rec[mark:]
                        ev = None
                if ev is not None:
                    _keep(events, seen, ev, tok.sent.start)
                    if ev.type not in TWO_SIDED and not pattern.reciprocal and len(ev.actor) == 1 \
                            and ev.recipient and self._mutual_act(trigger):  # "accused each other": both ways
                        _keep(events, seen, replace(ev, actor=ev.recipient, recipient=ev.actor), tok.sent.start)
                    if obj_noun is not None:  # "expressed its rejection and condemnation of ...": each act named
                        for other in self._coordinated_acts(doc, index, tok, pattern, obj_noun, anchor, kb, doer, ev):
                            _keep(events, seen, other, tok.sent.start)
                    break
                if trigger.i in self._vetoed:
                    # the model judged the first reading whose conditions hold no event: a broader reading of the
                    # same word is not asked ("attacked the lies" is no attack when it is no accusation either);
                    # training saw only that first reading
                    break
                if pattern.type in located.types:
                    doerless.append((tok.sent.start, pattern, trigger, obj_noun, True))
            else:
                if unnamed is not None:
                    ev, candidate = unnamed
                    if self.recorder is not None:
                        self.recorder.extend(candidate)
                    _keep(events, seen, ev, tok.sent.start)
            unnamed = None
        deps = arcs(doc)[1]
        for i in words_tagged(doc, VERB, AUX):
            if deps[i] not in ("ccomp", "acl"):
                continue  # _obligation and _allegation read only a clause's verb (no Token made for another)
            tok = doc[i]
            ev = self._obligation(doc, index, tok, anchor, kb) or self._allegation(doc, index, tok, anchor, kb)
            if ev is not None:
                _keep(events, seen, ev, tok.sent.start)
        coded = {k[0] for k in seen if k[2]}  # a sentence whose only event has no named doer takes its detail too
        for sent_start, candidates in details:
            # "23 civilians were killed as government forces launched air strikes": the main event has no
            # actor, so its detail is the sentence's event
            if sent_start in coded:
                continue
            for pattern, trigger, obj_noun in candidates:
                ev = self._event(doc, index, pattern, trigger, obj_noun, anchor, kb, lenient=True)
                if ev is not None:
                    _keep(events, seen, ev, sent_start)
                    coded.add(sent_start)
                    break
        for sent_start, pattern, trigger, obj_noun, main in doerless:
            typed = [k for k in seen if k[:2] == (sent_start, pattern.type)]
            if not typed:  # no attack of a named doer in the sentence
                ev = self._located_event(doc, index, pattern, trigger, obj_noun, anchor, kb)
                if ev is None and main:  # "a suicide bomber killed five people": no place to say whose, as named
                    ev = self._event(doc, index, pattern, trigger, obj_noun, anchor, kb, lenient=True)
                if ev is not None:
                    _keep(events, seen, ev, sent_start)
            elif all(not k[2] for k in typed):  # "a landmine blast killed three soldiers in Kenya": told with no doer
                self._place_the_doer(doc, index, pattern, trigger, obj_noun, anchor, kb, events, seen, sent_start)
        triggers = {e.trigger.start for e in events if e.trigger is not None}
        for i in words_tagged(doc, NOUN, VERB):
            if lowers[i] not in self.pats.nouns and deps[i] not in ("nsubj", "nsubjpass"):
                continue  # neither an act's noun nor a subject (a gerund too is one): nothing below reads it
            tok = doc[i]
            if tok.pos_ == "VERB" and not _nominal_gerund(tok):
                continue
            if tok.i not in used_nouns and tok.lower_ in self.pats.nouns:
                if self._sequel_of(tok) is None and not self._answered(tok) and any(
                        a.idx in triggers for a in tok.ancestors):
                    continue  # "welcomed the statement as proof of a wish for a settlement in U.S.-Soviet talks"
                ev = self._noun_event(doc, index, self.pats.nouns[tok.lower_], tok, anchor, kb)
                if ev is not None:
                    _keep(events, seen, ev, tok.sent.start)
                    continue
            # an outbreak's noun is its verb's subject (``_outbreak_event``): only a subject is looked at
            if tok.dep_ in ("nsubj", "nsubjpass") and (tok.sent.start, "PROTEST") not in {k[:2] for k in seen}:
                ev = self._outbreak_event(doc, index, tok, anchor, kb)
                if ev is not None:
                    _keep(events, seen, ev, tok.sent.start)
        if self.roles is not None and self.recorder is None:
            events = self._choose_recipients(doc, index, events)
        events.sort(key=lambda e: e.evidence.start)
        _episode_times(doc, events, anchor)
        return events

    def _event(self, doc, index, pattern: Pattern, trigger, obj_noun, anchor, kb,
               lenient: bool = False) -> Event | None:
        """The event of a trigger with its parties: coded entities first; with ``lenient``, when they give no
        actor or no recipient, parties without a country too ("David Blunkett has apologised to MPs")."""
        rec = self.recorder if self.recorder is not None else []
        mark = len(rec)
        ev = self._event_with(doc, index, pattern, trigger, obj_noun, anchor, kb)
        if lenient and (ev is None or not ev.recipient):
            second = len(rec)
            with index.leniency(True):
                loose = self._event_with(doc, index, pattern, trigger, obj_noun, anchor, kb)
            if loose is not None and (ev is None or loose.recipient):
                del rec[mark:second]  # one candidate per trigger in the training data: the one kept
                return loose
            del rec[second:]
        return ev

    def _event_with(self, doc, index, pattern: Pattern, trigger, obj_noun, anchor, kb) -> Event | None:
        passive = self._undergone_by(trigger) or [
            n for n in _detached_noun(trigger) if obj_noun is not None and n.i == obj_noun.i]
        subj = [] if passive else subject_of(trigger)
        if passive and pattern.passive_actor and not _prep_objects(trigger, {"by"}):
            subj, passive = passive, []  # "Vietnam is committed to opening up": a state of the subject
        if passive:  # "nine Canadian officials were banned by Moscow"
            actors = [e for a in _prep_objects(trigger, {"by"}) for e in index.of_phrase(a)]
            if not actors:  # "was condemned in a joint statement by Egypt and Greece": the text's author
                actors = [e for m in _prep_objects(trigger, {"in"}) for a in _prep_objects(m, {"by"})
                          for e in index.of_phrase(a)]
            if obj_noun is not None and obj_noun in passive:
                # a light verb's noun as the passive's subject is the act itself ("sanctions were imposed on Russia
                # by the EU"): whom it is done to is in the verb's or the noun's slots; parties between whom it
                # was held are its actors ("talks were held between Kenya and Uganda")
                between = [e for h in (trigger, obj_noun) for a in _prep_objects(h, {"between", "among"})
                           for e in index.of_phrase(a)]
                if not actors and len(between) > 1:  # as CAMEO codes a dyad: the first named acts on the others
                    actors, recipients = between[:1], between[1:]
                else:
                    if not actors:  # "Russia's withdrawal from Kherson was completed": the noun names its doer
                        actors = [e for c in obj_noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                                  for e in index.of_phrase(c)] or _hung_agents(obj_noun, index)
                    noun = self.pats.nouns.get(obj_noun.lower_)
                    if not actors and noun is not None and noun.of_doer:
                        # "the resignation of the minister was announced": its "of" phrase, as its possessor
                        with index.leniency(True):
                            actors = [e for p in _prep_objects(obj_noun, {"of"}) for e in index.of_phrase(p)]
                    recipients = self._recipients(index, pattern, trigger, obj_noun)
            else:
                recipients = _undergoers(passive, index, self._on_people(pattern)) or (
                    self._counted(trigger, passive) if index.lenient else [])  # "eleven were wounded"
        else:
            lenient = index.lenient
            # "Amnesty put out a report accusing the army": a report does not accuse, its author does (not whoever
            # vetoes or rejects it: "vetoed a resolution censuring Israel")
            authored = trigger.dep_ == "acl" and subj == [trigger.head] and not index._actor_noun(subj[0]) \
                and not self._rejected(trigger.head)
            with index.leniency(False):  # coded actors and the reporter first, loose ones last
                actors = [e for s in subj for e in index.of_phrase(s)]
                if not actors and authored:
                    actors = [e for s in subject_of(trigger.head) for e in index.of_phrase(s)]
                if not actors:  # "the observer mission's report urged Zimbabwe to ...": the text's author
                    actors = self._authors(subj, index)
                if not actors and subj and (subj[0].lower_ in PRONOUNS or _anaphoric(subj[0], index)):
                    actors = _reporter_subject(trigger, subj[0], index)  # "Hungary has said it will support ..."
                own = [c for c in subj[0].children if c.dep_ == "poss" and c.lower_ in OWNERS] if subj else []
                if not actors and own and index._actor_noun(subj[0]):
                    # "Iraq said its jets hit a platform": the reporter's own forces, named by their kind
                    actors = _reporter_subject(trigger, own[0], index)
            if not actors and lenient and authored:  # "residents published a letter urging the mayor to resign"
                actors = [e for s in subject_of(trigger.head) for e in index.of_phrase(s)]
            if not actors and lenient:
                with index.leniency(True):
                    actors = self._authors(subj, index)
            if not actors and lenient:
                actors = [e for s in subj for e in index.of_phrase(s)]
                if not actors and subj and (subj[0].lower_ in PRONOUNS or _anaphoric(subj[0], index)
                                            or _person_pronoun(subj[0], index) is not None):
                    # "the union said it will not end ...", "the governor said she would resign"
                    actors = _reporter_subject(trigger, subj[0], index)
                if not actors:  # "she met the president": someone the story's mentions did not name
                    actors = [e for s in subj if (e := _person_pronoun(s, index)) is not None]
            if subj and (pair := self._pair(subj[0])):
                actors = pair  # "Xi held talks with Ruto ... The two sides signed ten agreements": Xi and Ruto
            recipients = self._recipients(index, pattern, trigger, obj_noun)
            if len(recipients) == 1 and not (recipients[0].actor and recipients[0].actor.code):
                # "urged both sides to exercise restraint": the pair the story named
                recipients = self._pair_named(doc, recipients[0], trigger) or recipients
            if pattern.received:  # "Iran faces criticism from the U.N.": the one named after "from" did it
                if not actors:  # "she received a prison sentence": someone, as "she was sentenced" is
                    people = self._on_people(pattern)
                    actors = [e for s in subj if (e := _person_pronoun(s, index, people)) is not None]
                with index.leniency(True):  # "came under fire from rebels": a doer of no country
                    doers = self._recipients(index, pattern, trigger, obj_noun)
                actors, recipients = [e for e in doers if e not in actors], actors
                return self._finish(doc, pattern, trigger, obj_noun, actors, recipients, anchor, kb, index)
        if pattern.type == "REJECT" and (asked := self._requesters(index, trigger)):
            recipients = asked  # "refused a request from the justice minister to dismiss ...": the one who asked
        if not recipients and pattern.needs_subj and pattern.type == "ACCUSE":
            # "Erdogan's critics say ...", "critics of the government argue ...": whom they are critics of
            with index.leniency(True):
                recipients = [e for h in subj for p in _named_by(h, {"of"}) for e in index.of_phrase(p)
                              if e not in actors]
        if not recipients and not passive:
            if pattern.type == "THREATEN" and obj_noun is None and _about_another(trigger, actors, index):
                return None  # "warned that a Labour government would raise taxes": a forecast, no threat
            # "threatened to break relations with Russia", "demanded that the United States match ...",
            # "offered to hand over to Great Britain two suspects": the party the complement acts on
            recipients = [e for e in self._complement_recipients(index, trigger, obj_noun, pattern.type == "ACCUSE")
                          if e not in actors]
        if pattern.type == "PROTEST" and not passive and all(_thing_entity(e) for e in recipients):
            # "blocked roads to press their demands on the government", "held a rally to demand the president's
            # resignation": the road blocked is the protest's means, the one its purpose is aimed at its target
            recipients = [e for e in self._purpose_recipients(index, trigger, obj_noun) if e not in actors] \
                or recipients
        if not passive and pattern.type.lower() in self.pats.deployment_types and all(
                _thing_entity(e) for e in recipients) and set(_verb_lemmas(trigger)) & self.pats.sending_verbs:
            # "sent warplanes to destroy Syria's reactor", "will deploy a carrier to the Mediterranean to deter Iran":
            # a force sent is aimed at whom its purpose is, not at the sea it is sent to
            aims = frozenset(t.upper() for t in self.pats.deployment_purposes)
            recipients = [e for e in self._purpose_recipients(index, trigger, obj_noun, aims) if e not in actors] \
                or recipients
        if not passive and actors and all(_thing_entity(e) for e in recipients):
            # "in a meeting with Modi, Kishida agreed to ...": the one met, where the act names no party
            recipients = [e for e in self._occasion_partners(pattern, trigger, subj, index) if e not in actors] \
                or recipients
        if not passive and pattern.type == "AID" and _purpose(trigger):
            # "sent resources to Colombia to help the country care for refugees": the one sent to is helped
            recipients = [e for e in self._sent_goal(trigger, index) if e not in actors] or recipients
        if not recipients and pattern.implicit_recipient and trigger.dep_ == "conj":
            recipients = [e for s in subject_of(trigger.head) for e in index.of_phrase(s)]
        if not recipients and not passive and actors and pattern.type in self.pats.located.types:
            # "Taliban suicide bombers killed 48 people in two attacks in Afghanistan": the place's people
            recipients = self._victims_of_the_place(index, pattern, trigger, obj_noun,
                                                    where_of(doc, trigger, [], kb, index.organisation_tokens))
        if pattern.needs_obj_actor and not [e for e in recipients if e.label != "PHRASE" and not _thing_name(doc, e)]:
            return None
        if actors and all(_pronoun_party(e) for e in actors) and not any(
                not _pronoun_party(e) and ((e.actor is not None and (e.actor.code or e.actor.sector))
                                           or _named_person(doc, e)) for e in recipients):
            # a pronoun no mention resolved is a doer only of an act on a party named ("he met the governor"), not
            # of one on no one or a thing ("she criticised the plan": whose view it is, the sentence does not say)
            return self._stop(trigger, "pronoun actor")
        return self._finish(doc, pattern, trigger, obj_noun, actors, recipients, anchor, kb, index)

    def _coordinated_acts(self, doc, index, tok, pattern: Pattern, obj_noun, anchor, kb, doer: bool,
                          first: Event) -> list[Event]:
        """The events of the nouns coordinated with a light verb's noun that name acts of other types ("voiced its
        rejection and condemnation of the plan": a rejection and an accusation): a coordination of nouns names
        each of its conjuncts' acts, as a coordination of verbs does. A phrase after the last conjunct that the
        parse hangs on the first ("rejection and condemnation of the plan") belongs to all of them."""
        out: list[Event] = []
        types = {pattern.type}
        conjuncts = {c.i for c in _conjuncts(obj_noun)}
        for p, trigger, noun in self._triggers(tok):
            if noun is None or noun.i not in conjuncts or p.type in types:
                continue
            ev = self._event(doc, index, p, trigger, noun, anchor, kb, lenient=not doer)
            if ev is not None:
                shared = any(c.dep_ == "prep" and c.i > noun.i for c in obj_noun.children)
                if not ev.recipient and first.recipient and shared:
                    ev.recipient = list(first.recipient)
                types.add(p.type)
                out.append(ev)
        return out

    def _purpose_event(self, doc, index, pattern: Pattern, trigger, obj_noun, anchor, kb) -> Event | None:
        """A spoken act that is the purpose of a call or a meeting ("called Erdogan to apologize", "met the envoy to
        thank him"), or what a message sent says ("sent a letter to the WHO threatening to pull funding": a
        participle with no subject of its own): said in it, so an event of the caller's, to whom the act names
        or else to the one called; the call stays an event of its own."""
        gov = trigger.head
        said = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) or _said_in_passing(trigger)
        if pattern.type not in SPOKEN_TYPES or trigger.dep_ not in ("xcomp", "advcl") or gov.i == trigger.i or not said:
            return None
        call = next((p for p, _, _ in self._triggers(gov) if p.type == "CONSULT"), None)
        if call is None:
            return None
        with index.leniency(True):
            actors = [e for s in subject_of(gov) for e in index.of_phrase(s)]
            called = self._recipients(index, call, gov, None)
            # "telephoned his counterpart to congratulate him": a pronoun in the purpose is the one called
            recipients = [e for e in self._recipients(index, pattern, trigger, obj_noun)
                          if e not in actors and not _pronoun_party(e)]
            if not recipients and _said_in_passing(trigger):
                # "threatening to arrest the protesters": the party its clause acts on, but not the speaker's own
                # country ("threatening to cut Russian funding": what Russia gives, not whom it threatens)
                own = {_code(e) for e in actors} - {None}
                recipients = [e for e in self._complement_recipients(index, trigger, obj_noun)
                              if e not in actors and _code(e) not in own]
        return self._finish(doc, pattern, trigger, obj_noun, actors, recipients or called, anchor, kb, index)

    def _doer(self, trigger, index: EntityIndex, pattern_type: str
              ) -> tuple[str, str, Entity | None, object, str | None] | None:
        """Who did it, where the text says only what kind of doer ("gunmen", "militants": an entity with a sector
        and no country) or with what ("a car bomb", "an improvised explosive device"): (name, sector, entity,
        span, country), else None. The country is the one a weapon's modifier names ("Israeli air strikes": its
        forces'), else None (the place's)."""
        located = self.pats.located
        sectors = located.types.get(pattern_type, frozenset())
        # "killed by a roadside bomb", "... in a bombing": in the passive the doer or the means follows
        cands = _prep_objects(trigger, {"by", "in"}) if self._undergone_by(trigger) else subject_of(trigger)
        for tok in cands:
            e = index.uncoded.get(tok.i)
            if e is not None and e.actor.sector in sectors:
                near = [m for m in e.mentions if m.start <= tok.idx < m.end]
                return e.name, e.actor.sector, e, (near or e.mentions)[0], None
            mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
            words = {tok.lower_, tok.lemma_.lower()}
            attack = bool(words & located.attack_means)
            if attack or words & located.instrument_events:
                # "Israel's bombardment killed 40": the possessor says whose attack it is, as "Israeli" does
                mods += [c for c in tok.lefts if c.dep_ == "poss"]
            mods += [k for c in mods for k in c.lefts if k.dep_ in ("compound", "amod")]
            said = {m.lower_ for m in mods} | {m.lemma_.lower() for m in mods} | {
                f"{m.lower_} {tok.lower_}" for m in mods}
            weapon = words & located.instruments or (words & located.instrument_events and said & located.instruments)
            # "Israeli air strikes": the modifier names whose forces struck
            owner = next((e.actor.code for m in mods if (e := index.at(m)) is not None
                          and e.label in ("NORP", "GPE") and e.actor is not None and e.actor.code), None)
            # "Israeli strikes killed 40 people": a nation's strike that harms is its forces' (a labour strike kills no
            # one), as "Israeli air strikes" is
            weapon = weapon or ((words & located.instrument_events or attack) and owner)
            if located.sector in sectors and tok.pos_ == "NOUN" and weapon:
                start = min([tok, *mods], key=lambda t: t.i)
                span = tok.doc[start.i:tok.i + 1]
                named = Span(span.start_char, span.end_char, span.text)
                return span.text, "MIL" if owner else located.sector, None, named, owner
            last = _bare_count(tok) if located.crowd in sectors else None
            if last is not None:  # "thousands protested in Lagos": a crowd counted, not named, is the place's civilians
                span = tok.doc[tok.i:last.i + 1]
                return span.text, located.crowd, None, Span(span.start_char, span.end_char, span.text), None
        return None

    def _rejected(self, noun) -> bool:
        """True when the verb governing ``noun`` rejects it ("vetoed a resolution"), by the patterns' types."""
        head = noun.head if noun.dep_ in ("dobj", "obj", "nsubjpass") else None
        first = next(iter(self._triggers(head)), None) if head is not None else None
        return first is not None and first[0].type == "REJECT"

    def _undergone_by(self, trigger) -> list:
        """Who undergoes the act: a passive's subject ("was killed"), or the subject of a verb whose subject never
        does it ("an activist died after torture": ``undergone`` in data/event_patterns.yaml)."""
        passive = passive_subjects(trigger)
        if not passive and trigger.lemma_.lower() in self.pats.undergone:
            return subject_of(trigger)
        return passive

    def _located_event(self, doc, index, pattern: Pattern, trigger, obj_noun, anchor, kb) -> Event | None:
        """Violence with an unnamed doer, coded (as PLOVER does) to an armed group of the country where it
        happened: "Gunmen killed five policemen in Karachi" -> PAK UAF; "a journalist was killed in a car bomb
        explosion in Beirut" -> LBN UAF. No place in the clause, no event."""
        doer = self._doer(trigger, index, pattern.type)
        if doer is None:
            return None
        where = where_of(doc, trigger, [], kb, index.organisation_tokens)
        name, sector, entity, span, owner = doer
        if not owner and (where is None or not where.country):
            return None
        actor = Entity(id=entity.id if entity is not None else "", name=name, label="GROUP",
                       actor=Actor(code=owner or where.country, sector=sector), mentions=[span] if span else [])
        passive = self._undergone_by(trigger)
        recipients = _undergoers(passive, index) if passive else self._recipients(index, pattern, trigger, obj_noun)
        if not recipients and not passive:
            # "a gunman shot shoppers at a store in El Paso": victims of no country are, as the doer is, the place's
            recipients = self._victims_of_the_place(index, pattern, trigger, obj_noun, where)
        ev = self._finish(doc, pattern, trigger, obj_noun, [actor], recipients, anchor, kb, index, confidence=0.5)
        if ev is not None and ev.where is None and where is not None:
            ev.where = where  # "policemen in Karachi": the place inside a party is still where it happened
        return ev

    def _place_the_doer(self, doc, index, pattern: Pattern, trigger, obj_noun, anchor, kb, events: list[Event],
                        seen: set[tuple], sent_start: int) -> None:
        """Violence kept with no doer (its weapon or its attack named: "a landmine blast killed three soldiers in
        Kenya", "five were killed when a bomb exploded in Kano") whose place names one: the armed group of that
        country is its doer, as where the act is told with no weapon (``_located_event``); no place, the empty actor
        stays. The kept event takes the doer (its trigger and recipients stay), and the record its candidate."""
        mark = len(self.recorder) if self.recorder is not None else 0
        ev = self._located_event(doc, index, pattern, trigger, obj_noun, anchor, kb)
        located = self.recorder[mark:] if self.recorder is not None else []
        if self.recorder is not None:
            del self.recorder[mark:]  # one candidate per trigger: the one kept, weighed as the located reading
        if ev is None:
            return
        sent = trigger.sent
        for k, e in enumerate(events):
            if e.type != ev.type or e.actor or e.trigger is None \
                    or not sent.start_char <= e.trigger.start < sent.end_char:
                continue
            placed = replace(e, actor=ev.actor, recipient=e.recipient or ev.recipient, where=e.where or ev.where)
            events[k] = placed
            old = (sent_start, e.type, (), tuple(p.code or p.name for p in e.recipient))
            seen.discard(old)
            seen.add((sent_start, e.type, tuple(p.code or p.name for p in placed.actor),
                      tuple(p.code or p.name for p in placed.recipient)))
            if self.recorder is not None:
                self.recorder[:] = [(*(located[-1][:2] if located else (f, v)), placed) if r is e else (f, v, r)
                                    for f, v, r in self.recorder]

    def _victims_of_the_place(self, index: EntityIndex, pattern: Pattern, trigger, obj_noun, where) -> list[Entity]:
        """The victims of violence named by their kind with no country ("shoppers", "48 people"), as the place's
        where it happened is named (its civilians, unless their words give a sector): GDELT's and PLOVER's reading of
        "killed 48 people in Afghanistan". No place with a country, none."""
        if where is None or not where.country:
            return []
        with index.leniency(True):
            found = [e for e in self._recipients(index, pattern, trigger, obj_noun)
                     if e.actor is not None and not e.actor.code and e.label in PARTY_LABELS]
        return [Entity(id=e.id, name=e.name, label=e.label, mentions=e.mentions, actor=Actor(
            code=where.country, sector=e.actor.sector or self.pats.located.crowd, basis="context")) for e in found]

    def _authors(self, subj: list, index: EntityIndex) -> list[Entity]:
        """The authors of a text that is the subject (``authored_texts``: "the mission's report urged ...", "a
        statement from the ministry condemned ...", "a report by Human Rights Watch accused ..."): its possessor or
        the word before it, else its "from", "by" or "of" phrase; a text says what its author says."""
        texts = [s for s in subj if s.pos_ == "NOUN" and _phrase_listed(s, self.pats.authored_texts)]
        owners = [e for s in texts for c in s.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                  and not _phrase_listed(c, self.pats.authored_texts) for e in index.of_phrase(c)]
        return owners or [e for s in texts for p in _prep_objects(s, {"from", "by", "of"}) for e in index.of_phrase(p)]

    def _private(self, e: Entity, index: EntityIndex) -> bool:
        """A firm, or a person of no public office: no sector, or one of ``business_people_sectors`` ("chairman
        X", "former president X"), whatever country the story gives them; they act in commerce as investors,
        executives and directors, which is no political act when the act is about business. A name of no known
        kind is none: "the ICC rejected the merger" is a regulator's act."""
        if self._commercial(e, index):
            return True
        a = e.actor
        if e.label == "ORG" and a is not None and a.sector is not None and not a.code:
            # a broadcaster's or a publisher's licence, sale or board: media companies trade as firms do
            return a.sector.lower() in self.pats.business_org_sectors
        return e.label == "PERSON" and (a is None or a.sector in (None, "UNK")
                                        or a.sector.lower() in self.pats.business_people_sectors)

    def _where(self, e: Entity, trigger, index: EntityIndex) -> bool:
        """A country or a place named in the act's sentence only as a modifier of a thing ("acquire the U.S. denim
        operations", "the Canadian assets were sold"): where the thing lies, no party to the act."""
        if e.label not in ("GPE", "NORP", "LOC"):
            return False
        sent = trigger.sent
        words = {t.i for t in sent if any(f is e for _, f in (*index.by_token.get(t.i, ()), *index.named.get(t.i, ())))}
        roots = [sent.doc[i] for i in words if sent.doc[i].head.i not in words]
        return bool(roots) and all(
            r.dep_ in ("amod", "compound", "nmod") and r.head.pos_ == "NOUN" and r.head.i != trigger.i
            and not index.named.get(r.head.i) and not (index.kb is not None and index.kb.sector_word(r.head.lemma_))
            for r in roots)

    def _about_business(self, trigger, obj_noun) -> bool:
        """Whether what an act is about, its complements and not its doer, speaks of commerce in words: the
        register's (``business_words``: shares, stake, merger), a firm's people or a firm (``commercial_parties``),
        or what commerce is about (``business_objects``: a sale, assets, an offer, a proxy fight). A body named
        there is not enough: "attacked the Federal Reserve chair as a loser" is about no business."""
        words = business_words() | self.pats.commercial_parties | self.pats.business_objects
        scope = [c for c in trigger.children if c.dep_ not in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass",
                                                                  "neg", "punct", "cc", "conj", "advmod", "mark")]
        scope += [obj_noun] if obj_noun is not None else []
        return any(t.lower_ in words or t.lemma_.lower() in words for c in scope for t in c.subtree)

    def _on_people(self, pattern: Pattern) -> bool:
        """An act only people undergo (an arrest, a conviction, a sentence): "they" undergoing it stands for people."""
        return pattern.people or pattern.mode in self.pats.people_modes

    def _stop(self, trigger, why: str) -> None:
        """No event (``_finish``'s stops): noted in ``trace`` for bench/dictionary_audit.py."""
        if self.trace is not None:
            self.trace[-1 - trigger.i] = why
        return None

    def _finish(self, doc, pattern, trigger, obj_noun, actors, recipients, anchor, kb, index,
                confidence: float = 0.8) -> Event | None:
        actors = _unique(actors)
        recipients = [e for e in _unique(recipients) if all(e is not a for a in actors)]
        if not actors and not self._unnamed_doer(pattern, trigger, recipients, index):
            # never an event without a resolved actor, but one the passive leaves unnamed
            return self._stop(trigger, "no actor")
        if actors and all(self._generic(e, trigger.sent) for e in actors):
            # "people reject ideas", "some people contributed": no one PLOVER can name
            return self._stop(trigger, "generic actor")
        # what no event can be, whatever the classifier says; the classifier's training candidates keep them, as
        # negatives of the dev sets' business news it would otherwise no longer see
        if self.recorder is None and actors and generic(trigger, subject_of(trigger)):
            # "courts can nullify orders", "members of parliament may not debate laws": a kind, no act
            return self._stop(trigger, "generic act")
        if self.recorder is None and reputed(trigger):
            return self._stop(trigger, "reputed")  # "Norway is famous for hosting peace talks": a character, no act
        if self.recorder is None and pattern.type.lower() in self.pats.standing_types and actors and not any(
                _standing(e, self.pats.private_sectors) for e in actors + recipients):
            # "the drummer met bassist Jack Bruce", "collaborated with Dylan": private life
            return self._stop(trigger, "private life")
        if self.recorder is None and pattern.statement:
            # "expressed its condolences to Peru": an empathetic comment (CAMEO 018), a statement
            return self._stop(trigger, "statement")
        if self.recorder is None and pattern.needs_standing and not any(
                _standing(e, self.pats.private_sectors) for e in recipients):
            # "offered condolences to the families of the victims": grief shared, no party backed
            return self._stop(trigger, "grief shared")
        if self.recorder is None and pattern.type.lower() in self.pats.family_types and any(
                _head_word(e) in self.pats.kin for e in actors + recipients) and not any(
                _standing(e, self.pats.private_sectors) for e in actors + recipients):
            return self._stop(trigger, "family life")  # "her family rejected her", "apologised to his wife"
        if self.recorder is None and self._measured_opinion(trigger):
            return self._stop(trigger, "opinion measured")  # "the AfD's support in polls rose to 25 percent"
        if self.recorder is None and pattern.type.lower() in self.pats.family_types and not any(
                _standing(e, self.pats.private_sectors) for e in actors + recipients) and (
                any(_head_word(e) in self.pats.personal_ties for e in actors + recipients)
                or self._first_person(trigger)):
            # "her editor asked her to cut a chapter", "my father told me to practise": one's own life narrated
            return self._stop(trigger, "private life told")
        if self.recorder is None and (why := self._feature_or_research(pattern, trigger, actors, recipients)):
            return self._stop(trigger, why)  # "YouTube allows users to", "scientists investigated the signal"
        if self.recorder is None and _foreign_script(trigger.sent):
            return self._stop(trigger, "foreign text")  # a quote in Hindi with an English word in it
        if self.recorder is None and self._voiced_view(trigger, obj_noun, recipients, index):
            # "renewed her support for the carbon tax": a view of a policy voiced, no party backed
            return self._stop(trigger, "view voiced")
        if actors and all(set(e.name.lower().replace("-", " ").split()) & self.pats.natural_forces for e in actors):
            # "Typhoon Phanfone made landfall, killing at least 20": no one's act
            return self._stop(trigger, "natural force")
        if actors and all(_head_word(e) in self.pats.non_agents for e in actors):
            # "video captured Trump wearing a mask", "a car struck a cyclist": a record or an accident
            return self._stop(trigger, "non-agent")
        passive = any(c.dep_ == "auxpass" for c in trigger.children)
        if trigger.tag_ == "VBN" and trigger.lemma_.lower() in self.pats.backing_verbs and (
                trigger.dep_ == "acl" or (trigger.dep_ == "relcl" and passive)
        ) and (index.at(trigger.head) is not None or index._actor_noun(trigger.head)):
            # "a Shiite group backed by Iran", "the Houthis, who are backed by Iran": a standing tie that describes
            # the party, told in passing (PLOVER's annotators code none), not an act of support reported; a text
            # backed ("the resolution, which was backed by 120 countries") is a vote told
            return self._stop(trigger, "backing described")
        if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and listed(trigger.head, self.pats.non_agents):
            # "evidence supporting the claim", "a video showing ...": the participle's subject is no doer
            return self._stop(trigger, "participle of a non-agent")
        if actors and self.onto.type(pattern.type).quad == 4 and pattern.type != "PROTEST" and all(
                _head_word(e) in self.pats.rescuers or e.name.lower() in self.pats.rescuers for e in actors):
            return self._stop(trigger, "rescue")  # "rescuers extracted them from the scene": a rescue, not coercion
        if trigger.lemma_.lower() in self.pats.fact_verbs and not _objects(trigger) and any(
                c.dep_ == "ccomp" and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
                for c in trigger.children):
            # "the judge determined Manafort had lied", "conceded that his side needed work": a fact
            return self._stop(trigger, "fact verb")
        if (pattern.type == "THREATEN" and trigger.lemma_.lower() in ("warn", "caution")
                or pattern.type == "RETREAT" and pattern.mode == "release") and recipients and all(
                self._generic(e, trigger.sent) for e in recipients):
            # "police warned people in the vicinity to stay inside": advice to the public, no threat; "it sets people
            # free to do their own thing": no captive released (captives are named or counted: "freed 200 people")
            return self._stop(trigger, "advice or generic release")
        if pattern.type in ("ASSAULT", "COERCE") and self._scored(trigger):
            return self._stop(trigger, "game")  # "Wynnum hit back with a couple of tries": a game
        if pattern.type == "PROTEST" and self._campaigning(trigger, obj_noun):
            return self._stop(trigger, "campaigning")  # "held campaign rallies": a candidate's supporters, no dissent
        # a visit, a rally, a promise, or a dictionary's reading that is no violence, in a campaign (not an
        # endorsement: backing a candidate in a primary stays SUPPORT)
        campaign_kind = pattern.type in ("PROTEST", "CONSULT", "AGREE") or (
            pattern.kind == "dictionary" and self.onto.type(pattern.type).quad != 4) \
            or trigger.lemma_.lower() in self.pats.campaign_verbs
        if self.recorder is None and campaign_kind and self._campaigning(trigger, obj_noun, actors, recipients):
            return self._stop(trigger, "campaign")  # "visited Iowa to campaign", "Joe Biden held a rally in Ohio"
        if self.recorder is None and pattern.type in ("RETREAT", "CONCEDE") and self._left_race(trigger):
            return self._stop(trigger, "race left")  # "dropped out of the presidential race": a candidacy ended
        if self.recorder is None and self._disaster_response(trigger, pattern.type, pattern.mode, pattern.kind,
                                                             actors, index):
            # "declared a state of emergency ahead of Hurricane Ian": emergency management at home
            return self._stop(trigger, "disaster response")
        if self.recorder is None and (why := self._ordinary(pattern, trigger, obj_noun, actors, recipients, index)):
            return self._stop(trigger, why)  # an accident, animals, a rally of backing, a campaign pledge ...
        if self.recorder is None and (
                why := self._business(pattern.type, trigger, obj_noun, actors, recipients, index)):
            return self._stop(trigger, why)  # "the board approved the merger", "regulators cleared the deal"
        if self.recorder is None and pattern.type == "SUPPORT" and pattern.kind == "verb" \
                and self._own_conduct(trigger, index):
            return self._stop(trigger, "own conduct")  # "defended his record on the economy": no party backed
        if pattern.type in STANCE_TYPES and self._standing_stance(trigger, recipients, pattern.kind == "verb"):
            # "she opposes the police state", "has long supported LGBT rights": a view held, no act
            return self._stop(trigger, "standing stance")
        press = self.pats.press_sectors
        talk = pattern.kind == "dictionary" and self.onto.type(pattern.type).quad in (1, 3) \
            and pattern.type != "CONCEDE"  # a pardon or a release of a journalist is done to the press
        # the press as recipient of a verbal conflict is a party acted on ("declined a request from the Associated
        # Press", "accused the BBC of bias"), as an asker or an accuser it is at work ("Wikinews asked Walker")
        cooperative = pattern.type == "CONSULT" or (talk and self.onto.type(pattern.type).quad == 1)
        if (cooperative or talk) and any(
                group and all(e.actor is not None and e.actor.sector in press for e in group)
                for group in ((recipients, actors) if cooperative else (actors,))):
            # "discussed his campaign with Wikinews", "Wikinews reached out to Walker to discuss ...": an
            # interview, a statement to the public (the dictionary's other readings of the talk too: "spoke with
            # Reuters about the election" is no pledge of reform)
            return self._stop(trigger, "interview (press)")
        if pattern.reciprocal and len(actors) == 1 and all(_thing_entity(e) for e in recipients):
            subj = subject_of(trigger)
            if len(subj) == 1 and subj[0].tag_ in ("NN", "NNP") and not _conjuncts(subj[0]):
                # "Parliament will meet", "the president discussed the budget": one party and no other
                return self._stop(trigger, "one party, no other")
            if not recipients:
                confidence -= 0.2
        if {_code(e) for e in recipients} and {_code(e) for e in recipients} == {_code(e) for e in actors} \
                and pattern.type not in ("ASSAULT", "COERCE", "PROTEST", "ACCUSE"):
            confidence -= 0.1
        if pattern.type == "CONSULT" and pattern.mode == "visit" and recipients and all(
                e.label in ("GPE", "LOC", "FAC") and _code(e) and _code(e) in {_code(a) for a in actors}
                for e in recipients):
            # "Biden visited Kenosha", "the prime minister visited flood-hit areas of Yorkshire": a trip within one's
            # own country, no one met; a visit abroad ("visited Moscow") or to a party ("visited the troops") stays
            return self._stop(trigger, "visit at home")
        modality, reporter, intended = modality_of(trigger, index)
        etype, mode = pattern.type, pattern.mode
        if pattern.verbal_by and all(e.actor is not None and e.actor.sector in pattern.verbal_by for e in actors):
            etype, mode = "ACCUSE", "disapprove"  # "Democrats attacked Trump on his taxes": a party bears no arms
        by_sector = dict(pattern.sector_types)
        kinds = {by_sector.get(e.actor.sector) if e.actor is not None else None for e in actors}
        if by_sector and len(kinds) == 1 and None not in kinds:
            etype, mode = kinds.pop(), None  # "police raided the newspaper": a seizure
        by_prep = dict(pattern.prep_types)
        # ... but a place is no matter in dispute ("strikes over Gaza"), and armed forces strike at targets
        said = [k for h in (trigger, obj_noun) if h is not None for k in h.children if k.dep_ == "prep"
                and not any(o.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or index.at(o) is not None
                            for o in k.children if o.dep_ == "pobj")]
        armed = any(e.actor is not None and e.actor.sector in ("MIL", "REB", "UAF", "PRM") for e in actors)
        if by_prep and not armed and (kind := next((by_prep[k.lower_] for k in said if k.lower_ in by_prep), None)):
            etype, mode = kind, None  # "civil servants staged a strike over job cuts": a labour dispute
        if etype == "ASSAULT" and self._into_the_open(trigger, obj_noun):
            etype, mode, recipients = "MOBILIZE", "weapons", []  # "fired two missiles into the sea": a show of force
        if pattern.partnered and (partner := self._partner(trigger, obj_noun, actors, index)):
            # "India and France held naval exercises", "held drills with Japan": a joint act, coded as a dyad
            etype, mode = pattern.partnered, None
            actors, recipients = partner
        if etype == "MOBILIZE" and (purpose := self._forces_purpose(trigger)):
            etype, mode = purpose  # "sent troops to help the Philippine army": personnel given, PLOVER's AID
            if mode == "peacekeeping":  # CAMEO 074's target is the one protected: the country the mission is in
                kept = [e for c in trigger.children if c.dep_ in ("prep", "dative", "dobj") for t in c.subtree
                        if (e := index.at(t)) is not None and e.label == "GPE"]
                recipients = kept[:1] or recipients
        if etype == "RETREAT" and mode == "withdraw" and obj_noun is not None and obj_noun.lower_ in \
                self.pats.evacuation_nouns and (driven := self._evacuated(obj_noun, actors, index)):
            etype, mode, recipients = "COERCE", "deport", driven  # "ordered the evacuation of northern Gaza"
        if etype == "RETREAT" and mode == "access" and any(
                w in self.pats.refuge_seekers for e in recipients for w in e.name.lower().split()):
            etype, mode = "AID", None  # "opened its borders to displaced Afghans": refuge given
        if etype == "RETREAT" and mode == "access" and self._race_entered(trigger):
            etype, mode = "CONCEDE", None  # "granted the candidate access to the ballot": a candidacy allowed
        unless = any(c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "unless" for k in c.children)
                     for c in trigger.children)
        if intended and unless:  # "will withdraw its force unless ...", "will not release them unless ...": a threat
            etype, mode = "THREATEN", None
            modality = "future" if modality == "negated" else modality
        elif modality == "negated" and intended and etype in FUTURE_AGREE | {"AGREE"}:
            etype, mode, modality = "REJECT", None, "future"  # "will not accept more refugees"
            recipients = self._until_parties(trigger, index, actors) or recipients
        elif modality == "negated" and intended and etype in ("ASSAULT", "COERCE") and any(
                c.dep_ == "neg" for c in trigger.children):
            # "pledged not to attack": intent to de-escalate (0356); "denies it intends to invade" stays a threat denied
            etype, mode, modality = "AGREE", None, "future"
        elif intended and etype in FUTURE_AGREE:
            etype, mode = "AGREE", None
        elif intended and etype == "ASSAULT" and _prepared(trigger):
            etype, mode = "MOBILIZE", None  # "the army prepared to resume shelling": a force posture, not a threat
        elif (intended or modality == "hypothetical") and etype in FUTURE_THREATEN and not _past_possibility(trigger):
            etype, mode = "THREATEN", None
            modality = "future" if modality == "hypothetical" and not question(trigger) else modality
        if etype == "REJECT" and not recipients:  # "refused to end the strike until the port authority agrees"
            recipients = self._until_parties(trigger, index, actors)
        if etype == "THREATEN" and not recipients:  # "warned of countermeasures if Washington continued ..."
            recipients = self._until_parties(trigger, index, actors, ("if", "unless", "should", "until", "till"), True)
        if len(actors) > 1 and etype not in TWO_SIDED and not pattern.reciprocal and self._mutual_act(trigger):
            actors, recipients = actors[:1], actors[1:]  # "accused each other": the others are its recipients
        if not recipients and len(actors) > 1 and etype in DYADIC_TYPES and self._mutual(trigger, obj_noun):
            # "Jordan and Britain agreed to hold joint exercises": an act the parties do to each other, coded as
            # CAMEO codes dyads, the first named the actor and the others its recipients
            actors, recipients = actors[:1], actors[1:]
        features = vector = None
        ctypes = cameo_types(trigger) if self.model is not None or self.recorder is not None else []
        if self.model is not None or self.recorder is not None:
            features = candidate_features(trigger, obj_noun, pattern, etype, modality, actors, recipients, ctypes)
            vector = dense_features(trigger) if self.vectors else NO_VECTOR
        if self.model is not None and self.recorder is None and (modality != "negated" or pattern.kind == "dictionary"):
            # a denied or negated act is kept as such: the gold sets label what happened, so the classifier has
            # learned nothing of denials, and dropping them would lose "Russia denies it intends to invade"
            # a broad reading (a nominalisation, a support verb's noun) is weighed as the dictionary's candidates
            listed_pattern = pattern.kind != "dictionary" and not pattern.weak
            strong = listed_pattern and any(
                (_code(e) and e.actor.sector not in WEAK_SECTORS)
                or (e.actor is not None and e.actor.sector in ARMED_SECTORS) for e in actors) or (
                listed_pattern and any(e.actor is not None and e.actor.sector in STATE_SECTORS for e in actors)
                and not any(e.actor is not None and e.actor.sector in WEAK_SECTORS for e in actors + recipients))
            # a party of a known kind but no country ("residents", "unions") is the codebook's actor as its sector
            # says it, weighed apart from a party of no known kind
            strength = "strong" if strong else "sector" if listed_pattern and any(
                e.actor is not None and e.actor.sector and e.actor.sector not in WEAK_SECTORS | {"UNK"}
                for e in actors) else "weak"
            # a verb only the CAMEO dictionary knows takes a type its patterns can give ("postponed a press
            # conference" may reduce relations, never attack)
            allowed = verb_types(trigger.lemma_.lower()) | {etype} if pattern.kind == "dictionary" else None
            label, prob = self.model.decide(features, vector, strength, allowed)
            if label is None:
                self._vetoed.add(trigger.i)
                return None
            if label != etype and (pattern.kind == "dictionary" or (
                    etype == pattern.type and prob >= self.model.retype and {label, etype} not in UNTOLD)):
                # the classifier types what only the CAMEO dictionary proposed; a listed pattern keeps its type
                # (the patterns follow the PLOVER codebook) unless the model, trained on how news is coded, is
                # very sure of another; a type the modality made (AGREE for a promise) stays
                etype, mode = label, None
            confidence = (confidence + prob) / 2
        et = self.onto.type(etype)
        sent = trigger.sent
        sub = list(trigger.subtree) + (list(obj_noun.subtree) if obj_noun is not None else [])
        start = max(min(t.idx for t in sub), sent.start_char)
        end = min(max(t.idx + len(t) for t in sub), sent.end_char)
        if recipients or actors:
            for e in actors + recipients:  # the evidence covers the parties named in the sentence
                for m in e.mentions:
                    if sent.start_char <= m.start < sent.end_char and (m.start < start or m.end > end) and \
                            abs(m.start - trigger.idx) < 200:
                        start, end = min(start, m.start), max(end, m.end)
        text = doc_text(doc)
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        evidence = Span(start, end, text[start:end])
        if obj_noun is not None or pattern.kind == "verb":
            confidence += 0.1 if recipients else 0.0
        if modality in ("hypothetical", "negated"):
            confidence -= 0.2
        elif modality == "reported":
            confidence -= 0.1
        cameo = "01" if deliberated(trigger) else pattern.cameo if etype == pattern.type and pattern.cameo else \
            next((m.cameo for m in dictionary_matches(trigger)
                  if m.plover == etype and (mode is None or m.mode == mode)), et.cameo)
        # the dictionary's code where it agrees with the type and mode: as specific as CAMEO knows it ("0311")
        ev = Event(
            type=etype, mode=mode, actor=[_party(e, trigger) for e in actors],
            recipient=[_party(e, trigger) for e in recipients],
            evidence=evidence, cameo=cameo,
            quad=et.quad, score=et.score, modality=modality,
            reported_by=_party(reporter, trigger) if reporter is not None else None,
            when=when_of(doc, trigger, anchor),
            where=place_of(doc, trigger, actors + recipients, kb, index.organisation_tokens, et.quad),
            confidence=round(max(0.05, min(0.95, confidence)), 2),
            trigger=Span(trigger.idx, trigger.idx + len(trigger), trigger.text),
        )
        if self.recorder is not None:
            self.recorder.append((features, vector, ev))
        return ev

