"""Events told by nouns: "the outbreak of fighting", "an obligation to", "allegations of", "the arrest of".

An event noun has no subject or object: its parties come from its possessive, its "of", "by" and "against"
phrases and the clause around it. These methods find them and hand the event to ``Coder._finish``.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Actor, Entity, Event, Span
from .entity_index import EntityIndex, _hung_agents, _undergoers
from .modality import cues
from .patterns import Pattern
from .places import where_of
from .setting import story_place
from .syntax import (
    _conjuncts,
    _demand_object,
    _died_of,
    _objects,
    _prep_objects,
    _quantity,
    _verb_lemmas,
    passive_subjects,
    subject_of,
)


class NounEvents:
    """Mixed into ``Coder``: events whose trigger is a noun, and the noun's parties.

    Reads the coder's ``self.pats`` (set by ``Coder``) and calls the other methods of ``Coder`` through
    ``self``.
    """

    def _outbreak_event(self, doc, index, noun, anchor, kb) -> Event | None:
        """A crowd act named by a noun that is the subject of a verb of outbreak, its doer unnamed ("protests erupted
        in Tehran", "demonstrations were held in Paris"): the civilians of the country where it happened, as a crowd
        counted and not named is (``located.outbreak_nouns``). No place in the clause, no event."""
        located = self.pats.located
        words = {noun.lower_, " ".join(t.lower_ for t in noun.subtree
                                       if t.dep_ in ("compound", "amod") or t.i == noun.i)}
        mode = next((located.outbreak_nouns[w] for w in words if w in located.outbreak_nouns), None)
        verb = noun.head
        if mode is None or noun.dep_ not in ("nsubj", "nsubjpass") \
                or not set(_verb_lemmas(verb)) & located.outbreak_verbs:
            return None
        if verb.lemma_.lower() == "hold" and noun.dep_ != "nsubjpass":
            return None  # "protests held the city": only "were held" says they took place
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and index.any(c) is not None for c in noun.children) \
                or _prep_objects(noun, {"by", "of", "from"}):
            return None  # "the opposition's protests", "protests by farmers": the noun's own doer, its reading
        base = next(iter(self.pats.verbs.get("protest", ())), None)
        where = where_of(doc, verb, [], kb, index.organisation_tokens)
        country = where.country if where is not None else None
        if not country:  # "a general strike paralysed Nigeria", "protests swept Iran": the place is the object
            country = next((e.actor.code for o in _objects(verb) if (e := index.at(o)) is not None
                            and e.label in ("GPE", "LOC") and e.actor is not None and e.actor.code), None)
        if base is None or not country:
            return None
        left = min([noun, *(t for t in noun.subtree if t.dep_ in ("compound", "amod"))], key=lambda t: t.i)
        span = doc[left.i:noun.i + 1]
        actor = Entity(id="", name=span.text, label="GROUP", actor=Actor(code=country, sector=located.crowd),
                       mentions=[Span(span.start_char, span.end_char, span.text)])
        pattern = replace(base, type="PROTEST", mode=mode, recipient=(), needs_obj=frozenset(), not_obj=frozenset())
        recipients = [e for p in _prep_objects(noun, {"against"}) for e in index.of_phrase(p)]
        ev = self._finish(doc, pattern, noun, None, [actor], recipients, anchor, kb, index, confidence=0.5)
        if ev is not None and ev.where is None:
            ev.where = where
        return ev

    def _state_event(self, doc, index, pattern: Pattern, trigger, obj_noun, anchor, kb) -> Event | None:
        """An act only a state's authorities do, told in the passive with no doer ("was arrested in Rwanda"): the
        state where it happened did it, named by the place (``located.state_acts``): the clause's, else the
        story's dateline or setting where the one it befell can be there ("a Georgian tennis player was arrested"
        in a story from Tbilisi; see ``setting.fits``). No place, no event."""
        sector = self.pats.located.state_acts.get(trigger.lemma_.lower())
        passive = passive_subjects(trigger)
        if sector is None or not passive or _prep_objects(trigger, {"by"}):
            return None
        # a light verb's noun as the subject ("Curfew was clamped in Jammu") is the act, not one it befell
        lemma = trigger.lemma_.lower()
        passive = [p for p in passive if (lemma, p.lemma_.lower()) not in self.pats.light
                   and (lemma, p.lower_) not in self.pats.light]
        with index.leniency(True):  # "the journalist Moussa Tchangari": a person of no country
            recipients = _undergoers(passive, index) if passive else []
        where = where_of(doc, trigger, [], kb, index.organisation_tokens) or story_place(doc, recipients, kb)
        if where is None or not where.country or where.span is None:
            return None
        actor = Entity(id="", name=where.name, label="GPE", actor=Actor(code=where.country, sector=sector),
                       mentions=[where.span])
        ev = self._finish(doc, pattern, trigger, obj_noun, [actor], recipients, anchor, kb, index, confidence=0.5)
        if ev is not None and ev.where is None:
            ev.where = where
        return ev

    def _obligation(self, doc, index, tok, anchor, kb) -> Event | None:
        """"X said Y must do Z" is a REQUEST from X to Y (also "insisted", "concluded", "demand that")."""
        if tok.dep_ not in ("ccomp", "acl") or tok.pos_ not in ("VERB", "AUX"):
            return None
        c = cues()
        head = tok.head
        must = any(k.dep_ == "aux" and k.lower_ in c.obligation_aux for k in tok.children)
        demand_noun = head.pos_ == "NOUN" and head.lower_ in c.request_nouns  # "its demand that Israel ease"
        if not (demand_noun or _demand_object(head, c) or (must and head.lemma_.lower() in c.obligation_reporters)):
            return None
        actors = [e for k in head.children if k.dep_ in ("nsubj", "poss") for e in index.of_phrase(k)]
        if not actors and demand_noun:  # "X reiterated its demand that ...", "insisted on its demands that ..."
            gov = head.head.head if head.dep_ == "pobj" else head.head
            actors = [e for k in gov.children if k.dep_ == "nsubj" for e in index.of_phrase(k)]
        subjects = [k for k in tok.children if k.dep_ in ("nsubj", "nsubjpass")]
        recipients = [e for k in subjects for e in index.of_phrase(k)]
        if not recipients and any(k.lower_ in c.addressee_pronouns for k in subjects):
            # "told Iran it must suspend enrichment": the clause's "it" or "they" is the one told, the addressee
            with index.leniency(True):
                recipients = [e for k in head.children if k.dep_ in ("dobj", "dative") for e in index.of_phrase(k)]
        ready = any(k.dep_ == "acomp" and any(x.dep_ == "xcomp" for x in k.children) for k in tok.children)
        if not actors or not recipients or (tok.lemma_ == "be" and not ready):
            return None  # "results should be about the same" is an expectation; "must be ready to mediate" asks
        pattern = Pattern(type="REQUEST", mode="change", kind="verb")
        return self._finish(doc, pattern, head, None, actors, recipients, anchor, kb, index, confidence=0.7)

    def _allegation(self, doc, index, tok, anchor, kb) -> Event | None:
        """"Howard said Mr Blair had misled the country": wrongdoing (``wrongdoing``: a verb with the objects,
        prepositions or prepositional phrases it must have: "said the IRA was behind the raid") told of a party in
        the clause of a verb of saying (``allegation_reporters``) is an allegation by the speaker against the
        clause's subject (CAMEO 11, PLOVER ACCUSE); none where the saying or the wrongdoing is negated or put as a
        condition, or the speaker tells of its own doing."""
        pats = self.pats
        head = tok.head
        if tok.dep_ != "ccomp" or head.lemma_.lower() not in pats.allegation_reporters:
            return None
        needs = next((pats.wrongdoing[w] for w in (*_verb_lemmas(tok), tok.lower_) if w in pats.wrongdoing), None)
        if needs is None:
            return None
        preps = [c for c in tok.children if c.dep_ == "prep"]
        # told in the passive, the wrongdoing's object is its subject and its doer the "by" phrase ("said the
        # election had been stolen by the ruling party")
        doers = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        done = [*_objects(tok), *(c for c in tok.children if c.dep_ == "nsubjpass" and doers)]
        said = {o.lemma_.lower() for o in done} | {o.lower_ for o in done} | {
            c.lower_ for c in preps} | {f"{c.lower_} {o.lemma_.lower()}"  # "behind the raid"
                                        for c in preps for o in c.children if o.dep_ == "pobj"}
        if needs and not said & needs:
            return None
        c = cues()
        if any(k.dep_ == "neg" or (k.dep_ == "mark" and k.lower_ in c.conditional_marks)
               for h in (tok, head) for k in h.children):
            return None  # "said Mr Blair had not lied", "said that if ministers had misled MPs ..."
        if any(k.dep_ == "nsubj" and k.pos_ == "PRON" for k in tok.children):
            return None  # "admitted he had misled", "told reporters he broke the rules": often the speaker's own
        with index.leniency(True):
            actors = [e for k in head.children if k.dep_ == "nsubj" for e in index.of_phrase(k)]
            recipients = [e for k in tok.children if k.dep_ == "nsubj" for e in index.of_phrase(k)] or [
                e for k in doers for e in index.of_phrase(k)]
        if not actors or not recipients:
            return None
        pattern = Pattern(type="ACCUSE", mode="allege", kind="verb")
        return self._finish(doc, pattern, head, None, actors, recipients, anchor, kb, index, confidence=0.7)

    def _noun_event(self, doc, index, pattern: Pattern, noun, anchor, kb) -> Event | None:
        """"Canada's sanctions on nine Russian officials", "the Blinken-Lavrov talks", "talks between X and Y"."""
        undergoer = self._noun_undergoer(pattern, noun, index)
        actors = [e for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                  for e in index.of_phrase(c) if e not in undergoer]
        for c in noun.children:
            # "an invitation from Oslo", "threats from Moscow": the source of what is given or said is its doer,
            # unless the pattern says "from" names whom the act is done to ("withdrawal from Kherson")
            if c.dep_ == "prep" and (c.lower_ in ("between", "by", "among")
                                     or (c.lower_ == "from" and "from" not in pattern.recipient)):
                actors += self._phrase_parties(c, index)
            elif c.dep_ == "prep" and c.lower_ == "of" and pattern.of_doer and not actors:
                # "the resignation of the interior minister", "protests of farmers": its doer, as a possessor is
                # ("the army's deployment of troops": the possessor is, and its troops are what it deploys)
                with index.leniency(True):
                    actors += [e for p in c.children if p.dep_ == "pobj" for e in index.of_phrase(p)]
            elif c.dep_ == "prep" and c.lower_ == "of":
                actors += _hung_agents(noun, index)
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "an attack carried out by Boko Haram": the participle's agent
                actors += [e for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                           for e in index.of_phrase(p)]
        if not actors and noun.dep_ in ("nsubj", "nsubjpass") \
                and set(_verb_lemmas(noun.head)) & self.pats.located.outbreak_verbs:
            # "fighting erupted between the army and the RSF", "clashes broke out between police and protesters":
            # the parties of an act said to break out are named on the verb of its outbreak
            actors += [e for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                       for e in self._phrase_parties(c, index)]
        asked = []
        if not actors and self._answered(noun):
            # "at the request of Ethiopia", "at the invitation of the government": the "of" phrase of the act in
            # whose answer the clause's act was done is who asked or invited; the clause's subject, whom
            with index.leniency(True):
                actors = [e for p in _prep_objects(noun, {"of"}) for e in index.of_phrase(p)]
                if actors and noun.head.head.pos_ in ("VERB", "AUX"):
                    asked = [e for s in subject_of(noun.head.head) for e in index.of_phrase(s) if e not in actors]
        if not actors:  # "Boko Haram claimed responsibility for the attack", "is responsible for dozens of bombings"
            actors = [e for v in self._responsible(noun) for s in subject_of(v) for e in index.of_phrase(s)]
        if not actors and pattern.agent:  # "the U.S. remains the largest donor", "is one of the largest donors"
            pred = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lower_ == "one" else noun
            if pred.dep_ in ("attr", "oprd"):
                actors = [e for s in subject_of(pred.head) for e in index.of_phrase(s)]
        if not actors and pattern.type == "CONSULT" and (verb := self._sequel_of(noun)) is not None \
                and _prep_objects(noun, set(pattern.recipient)):
            # "Following talks with Macron, Sunak announced ...", "after his talks with Putin, Erdogan said ...":
            # the talks of a time adjunct with a party named were held by the subject of the clause it sets
            actors = [e for s in subject_of(verb) for e in index.of_phrase(s)]
        if not actors and undergoer and self._unnamed_doer(pattern, noun, undergoer, index):
            # "Navalny's arrest", "the detention of two journalists": done to them, by someone the phrase leaves unsaid
            return self._finish(doc, pattern, noun, None, [], undergoer, anchor, kb, index, confidence=0.6)
        if not actors:
            return None
        recipients = list(asked)
        for slot in pattern.recipient:
            if not asked:
                recipients += [e for p in _prep_objects(noun, {slot}) for e in index.of_phrase(p) if e not in actors]
        if not recipients:  # "Cuba's refusal to engage with the Colombian government": what its infinitive acts on
            recipients = [e for e in self._complement_recipients(index, noun, noun) if e not in actors]
        return self._finish(doc, pattern, noun, None, actors, recipients, anchor, kb, index, confidence=0.6)

    @staticmethod
    def _phrase_parties(prep, index: EntityIndex) -> list[Entity]:
        """The parties a "between", "among", "by" or "from" phrase names; "between" and "among" also name parties
        by kind ("clashes between police and protesters", "talks between the army and rebels": a sector, no country),
        as plainly as a verb's subject and object would name them."""
        found = [e for p in prep.children if p.dep_ == "pobj" for e in index.of_phrase(p)]
        if prep.lower_ in ("between", "among"):  # "between the army and rebels": each side, coded or named by kind
            found += [e for p in prep.children if p.dep_ == "pobj" for t in (p, *_conjuncts(p))
                      if index.at(t) is None and (e := index.uncoded.get(t.i)) is not None and e not in found]
        return found

    def _sequel_of(self, noun):
        """The verb of the clause whose time adjunct the act noun heads ("Following talks with X, Y announced ...",
        "after his talks with Putin, Erdogan said ...": ``sequel_preps``), else None: an act of its own, not what
        the clause's verb says."""
        prep = noun.head  # "Following" is at times parsed as a verb taking the noun as its object
        if noun.dep_ not in ("pobj", "dobj") or prep.dep_ != "prep" or prep.lower_ not in self.pats.sequel_preps \
                or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        return prep.head

    def _answered(self, noun) -> bool:
        """A request or invitation in whose answer the clause's act was done ("at the request of Boris Johnson, the
        Queen suspended parliament"): an act of its own before the one it asked for."""
        return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "per", "upon") \
            and noun.lemma_.lower() in self.pats.requests

    def _noun_undergoer(self, pattern: Pattern, noun, index: EntityIndex) -> list[Entity]:
        """Who the act of an ``undergone`` noun is done to: its "of" phrase's parties ("the arrest of two
        journalists"), else, with no "of" phrase, the person its possessor names ("Navalny's arrest": a person is
        arrested; "Russia's arrests" are Russia's doing), else the subject of a verb of what one undergoes whose
        cause the noun is ("died after torture", "died as a result of the torture": the one who died underwent it)."""
        undergone = self.pats.undergone
        if not pattern.undergone or any(c.dep_ in ("acl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children):
            return []  # "Berg's conviction that the plan would fail": a belief held, no verdict
        with index.leniency(True):
            # the "of" phrase's own head names the party ("the release of Apple's CEO"), not a thing of one's
            # ("the release of Apple's earnings")
            done_to = [e for p in _prep_objects(noun, {"of"}) if index._actor_noun(p) or index.any(p) is not None
                       for e in index.of_phrase(p)]
            if done_to or _prep_objects(noun, {"of"}):
                return done_to
            owned = [e for c in noun.children if c.dep_ == "poss" for e in index.of_phrase(c) if e.label == "PERSON"]
            return owned or [e for s in _died_of(noun, undergone) for e in index.of_phrase(s)]

    def _responsible(self, noun) -> list:
        """The verb whose subject bears or claims the responsibility for the act the noun names: "X claimed
        responsibility for the attack", "X is responsible for dozens of bombings"; else none."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _quantity(noun.head.head):
            noun = noun.head.head  # "dozens of bombings"
        word = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        if word is None or word.lemma_.lower() not in self.pats.responsibility:
            return []
        verb = word.head if word.dep_ in ("acomp", "dobj", "attr", "oprd") else None
        # a responsibility denied says nothing of who did it
        return [verb] if verb is not None and verb.lemma_.lower() not in cues().negating_governors else []
