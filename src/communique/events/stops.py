"""False alarms: the tests that decide a candidate is no event, whatever its trigger says.

``Coder._finish`` asks them before it codes an event: a sports score, a campaign, a disaster response,
ordinary life (a story, a feature, research, animals, custody, tallies), business news, an opinion
measured in polls, a doer left unnamed. Each names a kind of sentence the PLOVER codebook codes no event
for; kept in one module so the coder's flow reads apart from its exceptions.
"""

from __future__ import annotations

import re

from spacy.symbols import PROPN

from ..actors.entities import named_in_full
from ..model import Entity
from ..nlp.perdoc import arcs, doc_text, listed, lower_forms, pos_ids
from .entity_index import EntityIndex
from .features import business_words
from .modality import cues
from .patterns import Pattern
from .syntax import (
    CONTENT_TYPES,
    _bare_count,
    _bare_number,
    _code,
    _conjuncts,
    _head_word,
    _measured,
    _named_person,
    _objects,
    _person_pronoun,
    _phrase_listed,
    _prep_objects,
    _pronoun_party,
    _proper,
    _purpose,
    _quantity,
    _standing,
    _temporal,
    _thing_entity,
    _verb_lemmas,
    is_sum,
    passive_subjects,
    subject_of,
)

UNDERGONE_COOPERATION = frozenset({"CONCEDE", "RETREAT"})
"""Cooperative acts a party undergoes at an authority's hand with the doer often unsaid ("were released",
"was pardoned"); other cooperation told without its giver ("was rescued", "was praised") names no interaction."""
SCORE_SIDE = re.compile(r"^\d{1,3}$")
"""Each side of a game's result written as one number to another ("2-1", "3\u20130", tokenized as three tokens)."""
NOT_SCORES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})
"""Numbers on either side of a dash that are a span of days, hours, sums or amounts ("on 3-4 March"), no result."""


def _named_in_full(doc, name: str) -> bool:
    """Whether the story names ``name`` in full as a company's name somewhere: the name and up to three more
    capitalised words ending in a company's legal form ("Irving" in "Irving Bank Corp", "Rorer" in "Rorer Group
    Inc"), the recogniser having kept only the short name."""
    seen = doc.user_data.setdefault("communique_full_names", {})
    if name not in seen:
        seen[name] = named_in_full(doc_text(doc), name)
    return seen[name]


class FalseAlarms:
    """Mixed into ``Coder``: each method says whether (or why) a candidate event is no event.

    Reads the coder's ``self.onto``, ``self.pats`` (set by ``Coder``) and calls the other methods of ``Coder``
    through ``self``.
    """

    def _accident(self, trigger) -> bool:
        """True when the clause says the harm was an accident ("shot in an accident", "was accidentally shot")."""
        words = self.pats.located.accidents
        return any(t.lower_ in words or t.lemma_.lower() in words for t in (
            *_prep_objects(trigger, {"in", "by", "during", "after"}),
            *(c for c in trigger.children if c.dep_ in ("advmod", "npadvmod"))))

    def _attack_means(self, trigger) -> bool:
        """True when a passive act of violence names an attack or a weapon as its means ("killed in an ambush", "were
        wounded in the shooting", "killed in a bomb attack", "killed by shelling"), or as the subject of the clause
        of when it befell them ("were killed when a bomb exploded"): no accident, though its doer is unnamed."""
        if not passive_subjects(trigger):
            return False
        # "three were killed and four wounded in an ambush": coordinated participles share their adjuncts
        verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
            verbs.append(trigger.head)
        # "when a bomb exploded", "after a car bomb struck the bus": the weapon is the clause's subject ("when ISIL
        # launched an attack" names a doer: that clause's own event is the sentence's)
        told = [t for v in verbs for c in v.children if c.dep_ == "advcl" for t in subject_of(c)]
        # "killed by shelling": the parse may make the gerund the preposition's clause (pcomp), not its object
        said = [p for v in verbs for c in v.children if c.dep_ in ("prep", "agent")
                and c.lower_ in ("in", "by", "during") for p in c.children if p.dep_ in ("pobj", "pcomp")]
        return any(self._weapon(tok) for tok in (*said, *told))

    def _weapon(self, tok) -> bool:
        """True for a noun of an attack or a weapon ("an ambush", "a roadside bomb", "a landmine blast", "a suicide
        attack"; ``located.attack_means``, ``instruments``); an explosion, a blast or a fire alone may be an
        accident, and is one only with a weapon's word ("a car bomb explosion")."""
        located = self.pats.located
        if tok.pos_ not in ("NOUN", "PROPN") and tok.tag_ != "VBG":  # "killed by shelling": a gerund the parse
            return False  # reads as a verb
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
        words = {tok.lower_, tok.lemma_.lower(), *(f"{m.lower_} {tok.lower_}" for m in mods)}
        said = {m.lower_ for m in mods} | {m.lemma_.lower() for m in mods}
        if said & (located.ailments | self.pats.animals):
            return False  # "a heart attack", "a shark attack": no one's weapon
        return bool(words & (located.attack_means | located.instruments) or (
            words & located.instrument_events and said & located.instruments))

    def _means_subject(self, trigger, index: EntityIndex) -> bool:
        """True when the subject of an act of violence is the weapon or the attack that did it, not a doer ("a
        landmine blast killed three shepherds", "a suicide attack on the base killed 22 soldiers", "shells landed on
        the camp, killing six children"): the act is told, its doer unnamed, as in the passive "killed by a bomb".
        Not where the weapon's phrase is a party the mentions found ("the missiles fired by the Israeli military"):
        its own reading names whose they were."""
        return not passive_subjects(trigger) and any(self._weapon(s) and index.any(s) is None
                                                     for s in subject_of(trigger))

    def _counted_party(self, tok, index: EntityIndex) -> bool:
        """True for a count of people as a passive's subject: a bare count ("dozens were arrested", "eleven were
        wounded") or a count of a kind of party ("hundreds of protesters", "dozens of villagers")."""
        while _quantity(tok) or tok.pos_ == "NUM" or tok.lower_ in self.pats.count_nouns:
            of = _prep_objects(tok, {"of"})
            if not of:
                return _bare_number(tok, self.pats.count_nouns) or _bare_count(tok) is not None
            tok = of[0]
        return tok.i != tok.head.i and tok.head.lower_ == "of" and (
            index._actor_noun(tok) or index.any(tok) is not None)

    def _unnamed_doer(self, pattern: Pattern, trigger, recipients: list[Entity], index: EntityIndex) -> bool:
        """True for an act of our patterns told in the passive without its doer ("two opposition leaders were arrested",
        "the former president was sentenced"), or undergone by the subject with no doer named ("received a prison
        sentence"), done to the party that subject names: the act is stated, its doer is not, so the event keeps an
        empty actor. Not: a participle describing a noun ("two men accused of smuggling": told in passing); violence,
        whose doer is found by its place or not at all ("were killed in a car crash": an accident), but for the acts
        that cannot be accidents ("was assassinated", "was kidnapped"); help or praise without a giver; a thing whose
        modifier names a country ("the Kenyan weather satellite was deployed"); a verb only the CAMEO dictionary knows,
        whose reading rests on its doer ("was found dead", "was launched on a rocket")."""
        # a noun names its act by its lemma ("died after torture": torture is never an accident)
        lemmas = set(_verb_lemmas(trigger)) | ({trigger.lemma_.lower()} if trigger.pos_ == "NOUN" else set())
        violence = pattern.type in self.pats.located.types and (
            not lemmas & self.pats.located.intentional and not self._attack_means(trigger)
            and not self._means_subject(trigger, index) or self._accident(trigger))
        if pattern.kind == "dictionary" or violence or trigger.dep_ == "acl" \
                or (self.onto.type(pattern.type).quad in (1, 2) and pattern.type not in UNDERGONE_COOPERATION):
            return False  # help, talks or praise without a giver ("the survivor was rescued") name no interaction
        named = [e for e in recipients if ((e.actor is not None and (e.actor.code or e.actor.sector))
                                           or _named_person(trigger.doc, e) or _pronoun_party(e))
                 and not self._generic(e, trigger.sent)]
        if pattern.undergone and trigger.pos_ in ("NOUN", "PROPN"):  # "the arrest of two journalists"
            return bool(named)
        if pattern.type in self.pats.located.types and self._means_subject(trigger, index):
            return bool(named)  # "a roadside bomb killed two soldiers": those it befell, its doer unnamed
        if pattern.received:  # "received a prison sentence": the subject undergoes it
            heads = subject_of(trigger)
        else:
            heads = passive_subjects(trigger)
            if not all(self._weapon(b) for b in _prep_objects(trigger, {"by"})):
                return False  # "killed by shelling", "by a roadside bomb": the means, no doer named
        # the party is the subject itself, or named by its modifier when the subject is people ("two Kenyan
        # officers"), or counted ("dozens were arrested", "hundreds of villagers"), not a thing the modifier says is
        # a country's ("the Kenyan satellite")
        heads = [h.idx for h in heads if index._actor_noun(h) or index.any(h) is not None
                 or _person_pronoun(h, index, self._on_people(pattern)) is not None
                 or self._counted_party(h, index)]
        return bool(named) and bool(heads)

    def _standing_stance(self, trigger, recipients: list[Entity], listed: bool) -> bool:
        """True for a view held, no act: a verb of stance ("support", "oppose", "back": ``modality.stance_governors``,
        our patterns' reading) in the simple present or the perfect, whose object is a cause and no party nor a
        party's request ("she opposes the police state", "has supported LGBT rights"), since a stative verb in those
        tenses states a view held over time, not an act of backing or refusal done on a day ("Iran supports the
        rebels" and "rejected the proposal" stay); or a verb of preference (``view_verbs``: "favored European
        integration", "favored expanding space exploration") in any tense with no party for recipient."""
        lemma = trigger.lemma_.lower()
        objs = [o for o in _objects(trigger) for o in (o, *_conjuncts(o))]
        course = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        if lemma in self.pats.view_verbs and not objs and course:
            return True  # "favored prosecuting banks": a course of action preferred, whoever it would be done to
        if any(not _thing_entity(e) or _proper(trigger.doc, e) for e in recipients):
            return False  # a party backed or refused ("favors Kyiv over Moscow")
        if any(o.lemma_.lower() in self.pats.requests for o in objs):
            return False
        if lemma in self.pats.view_verbs:
            return True
        if not listed or lemma not in cues().stance_governors:
            return False
        perfect = trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                for c in trigger.children)
        # "opposes expanding the number of justices": a course of action is a cause too
        return bool(objs or course) and (trigger.tag_ in ("VBZ", "VBP") or perfect)

    def _scored(self, trigger) -> bool:
        """True for a verb whose object, means ("with") or margin ("by") is a game's score ("hit back with a couple of
        tries", "beat Pakistan by seven wickets", ``game_scores``), measured or not ("a couple of tries"), written as
        a result ("2-1"), or whose object or setting is a contest of sport."""
        nouns = [*_objects(trigger), *_prep_objects(trigger, {"with", "by"})]
        nouns += [m for n in nouns for m in (*_measured(n), *_prep_objects(n, {"of"}))]
        if any(listed(n, self.pats.game_scores) for n in nouns):
            return True
        # "beat Brazil 2-1", "won 3-0 against Iran": a result written as one number to another is a game's
        doc = trigger.doc
        if any(t.text in ("-", "\u2013") and 0 < t.i < len(doc) - 1 and not t.whitespace_
               and not doc[t.i - 1].whitespace_ and SCORE_SIDE.match(doc[t.i - 1].text)
               and SCORE_SIDE.match(doc[t.i + 1].text) and doc[t.i + 1].ent_type_ not in NOT_SCORES
               and not {doc[t.i - 1].dep_, doc[t.i + 1].dep_} & {"nummod", "quantmod"}  # "killed 10-12 people"
               for t in trigger.subtree):
            return True
        # or a contest of sport as its object or setting ("fought her last match", "beat him in the final")
        held = [*_objects(trigger), *_prep_objects(trigger, {"in", "at", "during", "for"})]
        # or the contest it was won or reached by ("beat Dortmund to win the final", "to reach the semi-finals")
        held += [o for c in trigger.children if c.dep_ in ("advcl", "xcomp")
                 and c.lemma_.lower() in self.pats.prize_verbs for o in _objects(c)]
        # or a period of play ("attacked in the second half", "invaded the opponents' half", ``game_periods``), one
        # with no "of" phrase ("invaded half of the country" is territory)
        periods = [*held, *_prep_objects(trigger, {"from"})]
        if any(_phrase_listed(n, self.pats.game_periods) and not _prep_objects(n, {"of"}) for n in periods):
            return True
        # or a contest of votes ("beat her challenger in the November election", ``races``): a result
        return any(_phrase_listed(n, self.pats.contests | self.pats.races) for n in held)

    def _campaigning(self, trigger, obj_noun, actors: list[Entity] = (), recipients: list[Entity] = ()) -> bool:
        """True for a rally or march an election campaign's word modifies ("held campaign rallies", "an election
        rally", ``campaign_words``): supporters cheering a candidate, no collective dissent; for an act whose purpose
        is campaigning ("visited Iowa to campaign", ``campaign_verbs``) or whose setting is a campaign ("toured Ohio
        on the campaign trail", "during his presidential campaign"); and for a rally held by named people with no
        party it is against ("Joe Biden held a rally in Ohio"): a candidate's, since PLOVER's PROTEST is the dissent
        of civilians, workers, students, farmers or the opposition (``located`` PROTEST sectors), against someone.
        A meeting with a party of standing (a leader, a union) is one whatever the campaign it falls in."""
        words = self.pats.campaign_words
        noun = obj_noun if obj_noun is not None else trigger if trigger.pos_ == "NOUN" else None
        if noun is not None and any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in noun.children):
            return True
        if any(c.dep_ in ("compound", "amod") and c.lower_ in words for o in _objects(trigger) for c in o.children
               if not _phrase_listed(o, self.pats.races)):
            return True  # "made a campaign stop in Nevada" ("boycotting the presidential poll" stays a boycott)
        if any(e.label not in ("GPE", "LOC", "FAC") and _standing(e, self.pats.private_sectors) for e in recipients):
            return False  # "met the German chancellor during the election campaign": a meeting
        if any(_purpose(c) and c.lemma_.lower() in self.pats.campaign_verbs for c in trigger.children):
            return True  # "visited Iowa to campaign ahead of the caucuses"
        if trigger.lemma_.lower() in self.pats.campaign_verbs and not any(
                c.dep_ == "prep" and c.lower_ in ("for", "against", "on") and not _temporal(c)
                for c in trigger.children):
            return True  # "campaigned in Florida", "to campaign ahead of the caucuses": no cause campaigned for
        setting = {"on", "in", "during", "for", "at", "as", "ahead", "before"}
        # "toured three counties on the campaign trail": the parse may hang the setting on the object
        for p in (*_prep_objects(trigger, setting), *(p for o in _objects(trigger) for p in _prep_objects(o, setting))):
            for n in (p, *_prep_objects(p, {"of"})):  # "in the final days of his presidential campaign"
                if any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in n.children):
                    return True  # "on the campaign trail", "at a campaign event", "during the election campaign"
        if noun is None or noun.lemma_.lower() not in ("rally", "rallies") or not actors:
            return False
        dissent = self.pats.located.types.get("PROTEST", frozenset())
        against = any(c.dep_ == "prep" and c.lower_ in ("against", "over") for c in (*trigger.children, *noun.children))
        return not against and all(e.label == "PERSON" and (e.actor is None or e.actor.sector not in dissent)
                                   for e in actors)

    def _left_race(self, trigger) -> bool:
        """True for a verb whose "from" / "out of" phrase is a contest of votes (``races``): "dropped out of the
        presidential race", "withdrew from the race": a candidacy ended, no retreat from another party nor a
        concession to one ("conceded the election to his rival", its object, yields to the rival)."""
        nouns = _prep_objects(trigger, {"from", "of"})
        nouns += [n for c in trigger.children if c.lower_ == "out" for n in _prep_objects(c, {"of"})]
        return any(_phrase_listed(n, self.pats.races) for n in nouns)

    def _race_entered(self, trigger) -> bool:
        """True for access granted to a contest of votes (``races``): "granted the candidate access to the ballot",
        "granted ballot access to the Greens". A candidacy allowed is no material de-escalation (PLOVER's RETREAT,
        access: aid let in, a crossing opened) but the concession the codebook's gold record codes for a court that
        "decided to allow candidate Alassane Ouattara to participate in the country's upcoming elections" (CONCEDE,
        as "allowed the party to contest the vote" is)."""
        races = self.pats.races
        into = {"to", "onto", "into", "on", "in"}
        nouns = _prep_objects(trigger, into)
        for o in _objects(trigger):  # the access given, and where to ("ballot access", "access to the ballot")
            nouns += [*_prep_objects(o, into), *(c for c in o.children if c.dep_ == "compound")]
        return any(_phrase_listed(n, races) for n in nouns)

    def _disaster_response(self, trigger, etype: str, mode: str | None, kind: str, actors: list[Entity],
                           index: EntityIndex) -> bool:
        """True for an act of ``disaster_types`` (an emergency declared, an evacuation ordered or done, a rescue,
        troops sent to help) whose clause names a disaster as its setting ("ahead of Hurricane Ian", "as the storm
        approached", "trapped by floodwaters": ``disasters``) and no party or place of another country than the
        doer's: emergency management at home, no act between political parties. Aid sent abroad after an
        earthquake names the country helped, and stays."""
        kinds = self.pats.disaster_types
        if etype.lower() not in kinds and f"{etype} {mode}".lower() not in kinds:
            return False
        if etype == "AID" and kind == "light":
            return False  # "sending aid to help victims of the earthquake": goods given, humanitarian aid
        if etype == "REQUEST" and self._relief_asked(trigger, mode):
            return False  # "appealed for international food aid after the floods": help asked of others
        head = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        clause = list(head.subtree)
        # a storm named by its name alone where the story names it with its kind ("Hurricane Dorian ... as Dorian
        # approached the coast", "ahead of Barry's landfall")
        named = self._storm_names(trigger.doc)
        # an emergency declared in a story that names a natural disaster before, and no unrest in its sentence
        story = etype == "COERCE" and mode == "martial-law" and any(
            t.lemma_.lower() == "emergency" for t in trigger.sent) and any(
            t.lower_ in self.pats.natural_forces for t in trigger.doc[:trigger.sent.end]) and not any(
            t.lower_ in self.pats.unrest_words or t.lemma_.lower() in self.pats.unrest_words for t in trigger.sent)
        if not story and not any((t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("amod", "dobj", "pobj"))  # "flooded"
                                 and (t.lemma_.lower() in self.pats.disasters or _phrase_listed(t, self.pats.disasters)
                                      or t.pos_ == "PROPN" and t.text in named)
                                 for t in clause):
            return False
        own = {e.actor.code for e in actors if e.actor is not None and e.actor.code}
        if not own:
            return True
        for t in clause:
            e = index.at(t)
            if e is not None and e.actor is not None and e.actor.code and e.actor.code not in own \
                    and not set(e.name.lower().replace("-", " ").split()) & self.pats.natural_forces:
                return False  # "sent rescue teams to Turkey after the earthquake": aid to another country
        return True

    def _relief_asked(self, trigger, mode: str | None) -> bool:
        """A request whose "for" phrase names help (``relief_words``: "appealed for international food aid after
        floods destroyed crops", "made an appeal to donors for help"), or an appeal for assistance: asked of other
        parties (CAMEO 023 and 1033, appeal or demand for humanitarian aid), where residents told to evacuate as the
        storm nears are emergency management at home. A sum of money asked for is asked of donors."""
        if mode == "assist":
            return True
        head = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        # a sum of money asked for ("appealed for $4 billion") is funding asked of donors, as aid is
        return any(t.dep_ == "pobj" and t.head.lower_ == "for" and (
            t.lemma_.lower() in self.pats.relief_words or _phrase_listed(t, self.pats.relief_words)
            or is_sum(t)) for t in head.subtree)

    def _storm_names(self, doc) -> tuple[str, ...]:
        """Names the story gives a storm or a disaster with its kind ("Hurricane Dorian", "Typhoon Hagibis"), read
        once per document."""
        if "communique_storms" not in doc.user_data:
            forces = self.pats.natural_forces | self.pats.disasters
            heads, deps = arcs(doc)  # the parse's arrays read once per Doc, not a Token per word
            pos, lowers = pos_ids(doc), lower_forms(doc)
            doc.user_data["communique_storms"] = tuple(sorted(
                {doc[heads[i]].text for i, d in enumerate(deps)
                 if d == "compound" and pos[heads[i]] == PROPN and lowers[i] in forces}))
        return doc.user_data["communique_storms"]

    def _ordinary(self, pattern: Pattern, trigger, obj_noun, actors: list[Entity], recipients: list[Entity],
                  index: EntityIndex) -> str | None:
        """Why an act of ordinary news is none, or None: a court appearance, an accident told by its verb, a vote
        tally, animals for parties, custody handed over, a search or rescue ended or done, a rally of backing, a
        campaign's pledge (the word lists of data/event_patterns.yaml say which words; each check names its class)."""
        etype = pattern.type
        objs = [*_objects(trigger), *([obj_noun] if obj_noun is not None else [])]
        objs = [o for o in objs for o in (o, *_conjuncts(o))]
        clause = list((trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head).subtree)
        return (self._court_appearance(trigger)
                or self._testimony(trigger, objs, actors)
                or self._accidental(etype, trigger, actors, clause)
                or ("vote tally" if etype.lower() in self.pats.tally_types and self._tally(trigger) else None)
                or self._animals(etype, obj_noun, objs, actors, recipients, subject_of(trigger))
                or self._custody(etype, trigger, objs)
                or self._search_or_rescue(etype, trigger, objs, actors, clause)
                or self._rally_of_backing(pattern, trigger, actors, clause, index)
                or self._public_pledge(etype, trigger, actors, index)
                or self._work_or_story(etype, trigger, objs, actors, recipients)
                or self._the_public(etype, trigger, actors, recipients, objs)
                or self._a_kind_condemned(etype, objs, recipients, index))

    def _a_kind_condemned(self, etype: str, objs: list, recipients: list[Entity], index: EntityIndex) -> str | None:
        """"condemned any form of violence", "denounced all acts of terrorism": a kind of act disapproved of as a
        whole (``universal_determiners``), with no party whose act it is; PLOVER's ACCUSE has a target. Parties so
        counted ("condemned all parties to the conflict", "all armed groups") stay its targets."""
        if etype != "ACCUSE" or not objs or any(e.actor is not None and e.actor.code for e in recipients):
            return None
        kinds = self.pats.universal_determiners
        return "a kind condemned" if all(any(c.dep_ in ("det", "predet") and c.lower_ in kinds for c in o.children)
                                         and index.at(o) is None and not index._actor_noun(o)
                                         for o in objs) else None

    def _work_or_story(self, etype: str, trigger, objs: list, actors: list[Entity],
                       recipients: list[Entity]) -> str | None:
        """"critics slammed the sequel": a creative work criticised is reviewed, no party accused; "the book describes
        how rebels captured the city": what a work describes or depicts is its story, no act of the day (``works``,
        ``depiction_verbs``); "the Constitution demands a trial", "the treaty requires both sides to withdraw": a
        text of rules is no doer, and what it requires is its content (``rule_texts``)."""
        pats = self.pats
        if actors and all(_head_word(e) in pats.rule_texts for e in actors):
            return "text of rules"
        if etype == "ACCUSE" and objs and all(_phrase_listed(o, pats.works) for o in objs) and not any(
                e.actor is not None and e.actor.code for e in recipients):
            return "review"
        for a in trigger.ancestors:
            if a.lemma_.lower() in pats.depiction_verbs and (subj := subject_of(a)) and all(
                    _phrase_listed(t, pats.works) for t in subj):
                return "story told"
        head = trigger  # the verb whose content the act is: "obliges Russia to withdraw", "demands that they cut"
        while head.dep_ in ("xcomp", "ccomp") and head.head is not head:
            head = head.head
        if head is not trigger and (subj := subject_of(head)) and all(listed(t, pats.rule_texts) for t in subj):
            return "text of rules"
        return None

    def _first_person(self, trigger) -> bool:
        """True for a verb whose subject, object or addressee is the speaker (``first_person``: "my father told me to
        practise", "I begged my parents", "she asked us to stay"), as an interview or a memoir narrates a life."""
        args = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "dative", "iobj")]
        args += _prep_objects(trigger, {"to", "of", "from", "with"})
        return any(a.lower_ in self.pats.first_person for a in args)

    def _feature_or_research(self, pattern: Pattern, trigger, actors: list[Entity],
                             recipients: list[Entity]) -> str | None:
        """Why an act of a product or of research is none, or None: what a product or platform allows, lets or asks
        its users to do ("YouTube allows users to hide comments": ``platforms``, ``platform_verbs``); a work or a
        product released ("released the album", "released Red Hat Enterprise Linux": ``works``, ``platforms`` or a
        named product or work); an inquiry (``inquiry_verbs``) by those who study (``researchers``: "scientists are
        investigating the signal") or into a cause (``cause_words``, or a clause of how or why: "investigate the
        cause of the crash", "investigating why the swimmer collapsed"). Each only where no recipient is a party of
        public standing."""
        pats = self.pats
        if any(_standing(e, pats.private_sectors) for e in recipients):
            return None
        lemma = trigger.lemma_.lower()
        products = pats.platforms | pats.works
        if lemma in pats.platform_verbs and actors and all(
                _head_word(e) in pats.platforms or e.name.lower() in pats.platforms for e in actors):
            return "product feature"
        users = [o for o in [*_objects(trigger), *(k for c in trigger.children if c.dep_ in ("ccomp", "xcomp")
                                                   for k in c.children if k.dep_ == "nsubj")]
                 if o.lower_ in pats.public_roles]
        if lemma in pats.platform_verbs and users and actors and not any(
                _standing(e, pats.private_sectors) for e in actors):
            return "product feature"  # "youtube-dl lets users download videos": a tool's users, no party
        if pattern.type == "RETREAT" and pattern.mode == "release" and trigger.pos_ == "VERB" and (
                lemma in pats.publishing_verbs):
            objs = _objects(trigger)
            if objs and all(_phrase_listed(o, products) or o.ent_type_ in ("PRODUCT", "WORK_OF_ART") for o in objs):
                return "work released"
        if pattern.type == "RETREAT" and pattern.mode == "release" and trigger.pos_ == "NOUN" and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "from") for c in trigger.children) and any(
                (c.dep_ in ("nummod", "compound") and c.tag_ == "CD" and c.ent_type_ == "DATE")
                or (c.dep_ == "compound" and listed(c, products)) for c in trigger.children):
            return "work released"  # "Dylan's 2009 release", "the album release": a work put out, no captive freed
        if pattern.type != "ACCUSE" or lemma not in pats.inquiry_verbs:
            return None
        if actors and all(_head_word(e) in pats.researchers or e.name.lower() in pats.researchers for e in actors):
            return "research"
        objs = _objects(trigger) + _prep_objects(trigger, {"into"})
        if objs and all(o.lemma_.lower() in pats.cause_words for o in objs):
            return "inquiry into a cause"
        if any(c.dep_ == "ccomp" and any(k.tag_ in ("WRB", "WP") or k.lower_ == "whether" for k in c.children)
               for c in trigger.children) and not objs:
            return "inquiry into a cause"

    def _commercial(self, e: Entity, index: EntityIndex) -> bool:
        """A firm or a market's people (``commercial_parties``): an organisation of business (BUS) of no
        international body, a name ending in a company's legal form ("Harcourt Brace Inc"), the short name of a
        firm the story names in full ("Dome" after "Dome Petroleum Ltd", "Irving" after "Irving Bank Corp"), or a
        phrase headed by a word of business ("the board", "its shareholders"); a party of another public sector (a
        ministry, a court, a union) is none."""
        a = e.actor
        if a is not None and a.code == "IGO":
            return False  # the World Bank, the IMF: bodies of states
        if a is not None and a.sector == "BUS" and e.label == "ORG":
            return True  # a firm by name; a person or a group of a business title needs a word of business
        words = e.name.replace(">", " ").replace(",", " ").split()
        if not words:
            return False
        kind = a.sector if a is not None and a.sector not in (None, "UNK") else None
        if words[-1].lower().strip(".") in self.pats.commercial_parties and (e.label != "ORG" or kind in (None, "BUS")):
            return True  # "shareholders", "the analysts", not "the National Labor Relations Board" (GOV)
        if e.label == "ORG" and kind in (None, "BUS") and "of" in words[2:] and \
                words[words.index("of", 2) - 1].lower().strip(".") in self.pats.legal_forms:
            return True  # "Dynamics Corp of America", "Woodco Inc of Houston": a company's form before its place
        if kind is not None:
            return False
        name = " ".join(words)
        if any(f is not e and f.actor is not None and f.actor.sector == "BUS" and f.label == "ORG"
               and " ".join(f.name.replace(">", " ").split()).startswith(name + " ") for f in index.entities):
            return True
        return e.label in ("ORG", "PERSON") and _named_in_full(index.doc, name)

    def _public(self, e: Entity, index: EntityIndex) -> bool:
        """A party of public life (``_standing``) that is no firm: a state, a ministry, a court, a union."""
        return _standing(e, self.pats.private_sectors) and not self._commercial(e, index)

    def _state(self, e: Entity, index: EntityIndex) -> bool:
        """A party that may be a state or a body of public life: a place with a country, an international body
        ("the UN", "the EU"), or a party of a public sector; a firm, or a name of no known kind ("Texaco Canada"),
        is none."""
        if self._commercial(e, index):
            return False
        a = e.actor
        body = a is not None and bool(a.code) and index.kb is not None and a.code not in index.kb.countries
        return e.label in ("GPE", "NORP") or body or (a is not None and a.sector not in (None, "UNK"))

    def _business(self, etype: str, trigger, obj_noun, actors: list[Entity], recipients: list[Entity],
                  index: EntityIndex) -> str | None:
        """A commercial act, no political event (PLOVER codes political interactions): firms and their people acting
        among themselves ("the board approved the merger", "shareholders agreed to the offer", "the company
        withdrew its bid"), with no public party acted on; or an official's consent to a deal (``approval_verbs``:
        "regulators cleared the acquisition", "the commission allowed the takeover of Holt"), where what is
        consented to is a firm or business (``business_words``) and no public party. A state acting on a firm
        ("the government seized the bank", "Washington fined the firm") stays an event."""
        if not actors or etype == "PROTEST":
            return None  # "traders observed a strike against the new tax": collective dissent, a political act
        recipients = [e for e in recipients if not self._where(e, trigger, index)]
        if all(e.label == "PERSON" and e.actor is not None and e.actor.sector == "BUS" for e in actors) and all(
                t.lower_ in self.pats.firm_voice for t in subject_of(trigger)) and subject_of(trigger) and not any(
                self._state(e, index) for e in recipients):
            return "business among firms"  # '"We have not agreed to anything," the chairman said': his firm speaks
        # firms of two countries ("Kenya Airways rejected the proposal of Qatar Airways") deal across a border, as
        # CAMEO codes business actors by their country: an international interaction, kept for the classifier
        domestic = len({_code(e) for e in actors + recipients} - {None}) < 2
        if domestic and all(self._commercial(e, index) for e in actors) and not any(
                self._public(e, index) for e in recipients):
            return "business among firms"
        if domestic and recipients and all(self._commercial(e, index) for e in recipients) \
                and self.onto.type(etype).quad != 4 and not any(self._state(e, index) for e in actors):
            return "business with firms"  # "the board of Castle Brands agreed to the merger with Ridgeway Foods Inc"
        if etype in CONTENT_TYPES and not any(self._state(e, index) for e in recipients) and any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in self.pats.commerce_verbs
                for c in trigger.children) and not any(self._state(e, index) for e in actors):
            return "trade in a firm"  # "Texaco Canada agreed to acquire the assets", not "Poland agreed to buy tanks"
        # firms of two countries stay for the classifier as above; an investor's or an executive's act is commerce
        # wherever the firm is ("Australian investor X offered 190 pence a share for the British group")
        if (domestic or not all(self._commercial(e, index) for e in actors)) and self.onto.type(etype).quad != 4 \
                and all(self._private(e, index) for e in actors) and not any(
                self._state(e, index) and not self._private(e, index) for e in recipients) \
                and self._about_business(trigger, obj_noun):
            # "Sosnoff requested a seat on the board", "Bass pushed for the sale of the stations", "Hostetler is
            # resigning as a director": an investor's or an executive's act in commerce
            return "private business"
        lemma = trigger.lemma_.lower()
        consent = lemma in self.pats.approval_verbs or (obj_noun is not None and obj_noun.lemma_.lower() in
                                                         self.pats.approval_nouns)
        if consent and etype in ("CONCEDE", "AGREE", "SUPPORT") and not any(
                self._public(e, index) for e in recipients):
            if any(self._commercial(e, index) for e in recipients):
                return "deal approved"
            words = business_words() | self.pats.commercial_parties
            scope = [c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass", "xcomp", "ccomp", "dative")]
            scope += [obj_noun] if obj_noun is not None else []
            if any(t.lower_ in words or any(self._commercial(f, index) for _, f in index.named.get(t.i, ()))
                   for c in scope for t in c.subtree):
                return "deal approved"  # "approved the sale of the unit to Dalton Financial Corp"
        return None

    def _the_public(self, etype: str, trigger, actors: list[Entity], recipients: list[Entity],
                    objs: list = ()) -> str | None:
        """A request to the public in a daily role or at large ("asked visitors to bring reusable cups", "police are
        asking drivers to avoid the area", "urged residents to be patient"), or for what such a public wants
        ("asking for cheap places to eat", "appealed for witnesses"), ``public_roles`` and ``everyday_wants``:
        advice or notice, no demand on a party, nor is what the public is asked to do its act; a ban by a house
        on its own public ("the airline banned a passenger", ``house_sectors``): a house rule, no coercion; a pledge by
        a house with no one it is made to ("the company pledged to cut its emissions"): its own aim, no agreement."""
        pats = self.pats
        coded = any(e.actor is not None and e.actor.code for e in recipients)
        public = bool(recipients) and all(
            _head_word(e) in pats.public_roles or e.name.lower() in pats.public_roles for e in recipients) or (
            bool(recipients) and not coded and all(
                _head_word(e) in pats.public_at_large or e.name.lower() in pats.public_at_large for e in recipients))
        # whom the words address, where no party stands for them ("asked voters to ...", "called on citizens to ...",
        # "appealed to the public for ..."): the public, whatever phrase the recipient was taken from
        everyone = pats.public_roles | pats.public_at_large
        addressed = [*objs, *_prep_objects(trigger, {"on", "upon", "to"})]
        public = public or (bool(addressed) and not coded and all(_phrase_listed(o, everyone) for o in addressed))
        if trigger.dep_ == "xcomp" and (told := [*_objects(trigger.head), *_prep_objects(trigger.head, {"on"})]) \
                and all(_phrase_listed(o, pats.public_roles) or (
                    _phrase_listed(o, pats.public_at_large) and not any(
                        c.dep_ in ("amod", "compound", "poss") for c in o.children)) for o in told):
            return "advice to the public"  # "asked voters to request absentee ballots": what the public is asked to do
        if etype == "REQUEST" or (etype == "SUPPORT" and public and any(c.dep_ == "xcomp" for c in trigger.children)):
            # encouraging the public to do something ("encouraged travellers to check their flights") asks it
            wants = _prep_objects(trigger, {"for"})
            if public or (not recipients and wants and all(listed(w, pats.everyday_wants) for w in wants)):
                return "advice to the public"
            return None
        house = bool(actors) and all(e.actor is not None and e.actor.sector in pats.house_sectors for e in actors)
        if etype in ("COERCE", "SANCTION") and house and public:
            return "house rule"
        if etype == "AGREE" and house and not recipients and trigger.lemma_.lower() in pats.pledge_verbs:
            return "own pledge"
        return None

    @staticmethod
    def _said(clause, words: frozenset[str]) -> bool:
        return any(t.lower_ in words or t.lemma_.lower() in words for t in clause)

    def _court_appearance(self, trigger) -> str | None:
        """"appeared in Auckland District Court, charged with fraud": one's own appearance, no act on anyone."""
        pats = self.pats
        if trigger.lemma_.lower() in pats.appearance_verbs and any(
                _phrase_listed(p, pats.court_words) or p.lemma_.lower() in pats.court_words
                for p in _prep_objects(trigger, {"in", "before", "at"})):
            return "court appearance"
        return None

    def _testimony(self, trigger, objs: list, actors: list[Entity]) -> str | None:
        """"prosecutors presented 200 pieces of evidence during the trial", "gave evidence to a Senate committee": a
        step of a proceeding (``testimony_*`` in data/event_patterns.yaml), no accusation nor intelligence shared;
        only where a trial, a court or an inquiry is named with the verb, or a prosecutor or a judge does it."""
        pats = self.pats
        if trigger.lemma_.lower() not in pats.testimony_verbs:
            return None
        said, seen = list(objs), []
        while said:  # "dozens of pieces of evidence": what each measure noun measures, down the chain
            seen.append(n := said.pop())
            said += [m for m in _measured(n) if m not in seen]
        if not any(_phrase_listed(n, pats.testimony_nouns) for n in seen):
            return None
        setting = any(t.lemma_.lower() in pats.testimony_settings or t.lower_ in pats.testimony_settings
                      for c in trigger.children if c.dep_ in ("prep", "agent", "dative") for t in c.subtree)
        if setting or (actors and all(e.actor is not None and e.actor.sector == "JUD" for e in actors)):
            return "evidence in a proceeding"
        return None

    def _accidental(self, etype: str, trigger, actors: list[Entity], clause) -> str | None:
        """"a military plane crashed near Guam", "two jets collided, killing one pilot", "a helicopter struck power
        lines and crashed" (the doer's own crash told beside the act, unless the sentence says it was meant), "a
        drunk driver killed two police officers on the highway": an accident, no act of violence."""
        pats = self.pats
        if etype not in ("ASSAULT", "COERCE"):
            return None
        crashed = [c for c in trigger.children if c.dep_ == "conj"]
        crashed = [] if crashed and self._said(clause, pats.deliberate_words) else crashed
        for v in (trigger, trigger.head if trigger.dep_ in ("advcl", "conj", "xcomp") else None, *crashed):
            if v is not None and {v.lemma_.lower(), *(f"{v.lemma_.lower()}_{c.lower_}" for c in v.children
                                                      if c.dep_ == "prt")} & pats.accident_verbs and not any(
                    c.dep_ in ("dobj", "obj") for c in v.children):
                return "accident"
        if actors and all(_head_word(e) in pats.drivers for e in actors) and set(
                _verb_lemmas(trigger)) & pats.road_harm_verbs and not self._said(trigger.sent, pats.deliberate_words) \
                and not set(_verb_lemmas(trigger)) & pats.located.intentional:
            return "accident"
        return None

    def _animal(self, t) -> bool:
        """A word for animals, or a count or a group of them ("thousands of chickens", "a herd of cattle")."""
        pats = self.pats
        if t.pos_ != "PROPN" and (t.lemma_.lower() in pats.animals or t.lower_ in pats.animals):
            return True
        counted = t.like_num or t.pos_ == "NUM" or t.lemma_.lower() in pats.quantifiers or t.lower_ in (
            "dozens", "hundreds", "thousands", "millions") or t.lower_ in pats.animal_groups
        return counted and any(self._animal(p) for p in _prep_objects(t, {"of"}))

    def _animals(self, etype: str, obj_noun, objs: list, actors: list[Entity], recipients: list[Entity],
                 subj: list = ()) -> str | None:
        """"ordered the killing of all mink", "culled 20,000 pigs", "a bear attacked two hikers": animals are no
        parties (a group named after one, "the Tamil Tigers", is)."""
        pats = self.pats

        def beast(e: Entity) -> bool:
            return _head_word(e) in pats.animals and (e.actor is None or not (e.actor.code or e.actor.sector))

        def act_noun(o) -> bool:  # "the killing of", "the slaughter of": an act named by its noun, done to its "of"
            return o.pos_ == "NOUN" and (o is obj_noun or o.lower_.endswith("ing") or o.lemma_.lower() in (
                "slaughter", "cull", "destruction", "extermination", "massacre")) and bool(_prep_objects(o, {"of"}))

        targets = [p for o in objs for p in (_prep_objects(o, {"of"}) if act_noun(o) else [o])]
        animals = bool(targets) and all(self._animal(o) for o in targets)
        if animals and any(act_noun(o) for o in objs):
            return "animals"
        if self.onto.type(etype).quad == 4 and etype != "PROTEST" and (
                animals or (actors and all(beast(e) for e in actors))
                or (actors and subj and all(self._animal(t) for t in subj))  # "an army of ants invaded the kitchen"
                or (not objs and recipients and all(beast(e) for e in recipients))):
            return "animals"
        return None

    def _custody(self, etype: str, trigger, objs: list) -> str | None:
        """"took over custody of the fighters held by the Kurdish forces": custody handed over, no seizure."""
        if (self.onto.type(etype).quad == 4 or etype == "THREATEN") and any(
                _phrase_listed(o, self.pats.custody_words) for o in objs) and (
                any(c.dep_ == "prt" and c.lower_ == "over" for c in trigger.children)
                or _prep_objects(trigger, {"from"})
                or any(t.lemma_.lower() in ("hold", "detain", "keep") and t.dep_ == "acl"
                       for o in objs for p in _prep_objects(o, {"of"}) for t in p.children)):
            return "custody handed over"
        return None

    def _search_or_rescue(self, etype: str, trigger, objs: list, actors: list[Entity], clause) -> str | None:
        """"rescuers called off the search for survivors", "firefighters searched the rubble", "rescue teams pulled
        out of the collapsed building", "volunteers stopped searching for the missing boy": rescue work, no act."""
        pats = self.pats
        rescuers = bool(actors) and all(_head_word(e) in pats.rescuers or e.name.lower() in pats.rescuers
                                        for e in actors)

        def missing(t) -> bool:  # a search "for survivors", "for the missing boy"
            return any(k.lower_ in pats.sought_words or k.lemma_.lower() in pats.sought_words
                       for p in _prep_objects(t, {"for"}) for k in p.subtree)

        if objs and all(_phrase_listed(o, pats.search_words) for o in objs) and (
                rescuers or set(_verb_lemmas(trigger)) & pats.ending_verbs or any(missing(o) for o in objs)):
            return "search or rescue"
        if rescuers and (trigger.lemma_.lower() in pats.search_words or etype in ("RETREAT", "CONCEDE") or (
                etype == "PROTEST" and not self._said(clause, pats.dissent_words))):
            return "rescuers at work"
        if trigger.lemma_.lower() in pats.search_words and missing(trigger):
            return "search for the missing"
        return None

    def _rally_of_backing(self, pattern: Pattern, trigger, actors: list[Entity], clause,
                          index: EntityIndex) -> str | None:
        """"rallied in support of the president", "rallied to show their support for him", "Trump supporters
        rallied in Phoenix": a rally that backs one in power or a campaign, no dissent."""
        pats = self.pats
        if pattern.type != "PROTEST" or pattern.mode not in ("demo", None) or self._said(clause, pats.dissent_words) \
                or any(c.dep_ == "prep" and c.lower_ == "over" for c in trigger.children):
            return None

        def stated(t, words) -> bool:  # "in support of", "to cheer", "to show their support for"
            return t.lemma_.lower() in words and (t.dep_ == "pobj" and t.head.lower_ == "in" or _purpose(t)
                                                  or t.dep_ == "dobj" and _purpose(t.head))

        def in_power(toks) -> bool:  # the backed one: of the government sector, or named by an office held
            return any((e := index.at(t)) is not None and e.actor is not None and e.actor.sector == "GOV"
                       or t.lower_ in pats.incumbent_words for t in toks)

        campaign = any(t.lower_ in pats.campaign_words | pats.campaign_settings | pats.candidates
                       for t in trigger.sent)
        support = [t for t in clause if stated(t, pats.rally_support)]
        backing = any(stated(t, pats.rally_cheer) for t in clause) or bool(support) and (campaign or in_power(
            [k for t in support for p in _prep_objects(t, {"of", "for"}) for k in p.subtree]))
        subj = [s for s in subject_of(trigger) for s in (s, *_prep_objects(s, {"of"}))]
        backers = [s for s in subj if s.lower_ in pats.supporter_words]
        power = in_power([t for b in backers for t in b.subtree if t.i != b.i])
        if backing or (backers and (campaign or power)
                       and not self._said(trigger.sent, pats.opposition_words)
                       and not any(e.actor is not None and e.actor.sector == "OPP" for e in actors)):
            return "rally of backing"
        return None

    def _public_pledge(self, etype: str, trigger, actors: list[Entity], index: EntityIndex) -> str | None:
        """"promised voters lower taxes", "during the campaign he pledged": a pledge to the public or a campaign's,
        no agreement with a party; the pledge itself, or the pledge verb an act promised hangs on ("promised voters
        that he would cut taxes"); a pledge to a state stands ("promised Israel he would move the embassy")."""
        pats = self.pats
        pledge = trigger if trigger.lemma_.lower() in pats.pledge_verbs else next(
            (a for a in trigger.ancestors if a.lemma_.lower() in pats.pledge_verbs), None)
        if pledge is None or (etype != "AGREE" and pledge is trigger):  # an act promised is AGREE too
            return None
        addressed = [t for c in pledge.children if c.dep_ in ("dative", "dobj", "prep") and (
            c.dep_ != "prep" or c.lower_ == "to") for t in ([c] if c.dep_ != "prep" else
                                                             [k for k in c.children if k.dep_ == "pobj"])]
        own = {e.actor.code for e in actors if e.actor is not None and e.actor.code}
        if any((e := index.at(t)) is not None and e.actor is not None and e.actor.code
               and (t.lower_ not in pats.pledge_audiences or e.actor.code not in own) for t in addressed):
            return None  # "the Ukrainian people": a state's
        if any(t.lemma_.lower() in pats.pledge_audiences or t.lower_ in pats.pledge_audiences for t in addressed):
            return "pledge to the public"
        if any(t.lower_ in pats.candidates for t in subject_of(pledge)) or any(
                t.lower_ in pats.campaign_settings or t.lemma_.lower() in pats.campaign_settings
                or t.lower_ == "elected" and any(c.lower_ == "if" for c in t.children)  # "if elected"
                or t.dep_ == "pobj" and _phrase_listed(t, pats.races) and (  # "ahead of the election"
                    t.head.lower_ in ("during", "before") or t.head.lower_ == "of" and t.head.head.lower_ in (
                        "ahead", "run-up", "eve"))
                or (t.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and c.lower_ in pats.campaign_words
                                             for c in t.children)) for t in pledge.sent):
            return "campaign pledge"
        return None

    def _tally(self, trigger) -> bool:
        """True for a count of votes on a text: backing or opposing done by a counted group ("231 Democrats", "30
        Conservative MPs", "two Democrats opposed") in a sentence that names a text voted on (``vote_texts``), with
        nothing acted on but that text or a pronoun for it: how members voted, no act between parties ("forty Tory
        MPs rebelled against the government" names a party, and stays)."""
        pats = self.pats
        subj = subject_of(trigger)
        if set(_verb_lemmas(trigger)) & pats.defiance_verbs:
            return False  # "seventy Labour MPs rebelled over the bill": defiance of their own side, an act

        def counted(t) -> bool:
            return t.like_num or t.lemma_.lower() in pats.count_nouns or any(
                c.dep_ == "nummod" and c.like_num for c in t.children)

        if not subj or not all(counted(t) for t in subj):
            return False
        if not any(t.lemma_.lower() in pats.vote_texts or t.lower_ in pats.vote_texts for t in trigger.sent):
            return False
        acted_on = [*(c for c in trigger.children if c.dep_ in ("dobj", "dative")), *(
            p for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
        return all(t.pos_ == "PRON" or t.lemma_.lower() in pats.vote_texts or t.lower_ in pats.vote_texts
                   or t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in acted_on)

    def _own_conduct(self, trigger, index: EntityIndex) -> bool:
        """True for backing whose every object is the doer's own conduct, no party ("defended his record", "defended
        its decision to invade Ukraine", "defended his ministry's response": ``own_possessives`` on the object or on
        its possessor): a statement of one's own conduct (the act its clause names is told as well, if any)."""
        objs = [o for o in _objects(trigger) for o in (o, *_conjuncts(o))]

        def own(t) -> bool:
            return any(c.dep_ in ("poss", "amod") and c.lower_ in self.pats.own_possessives for c in t.children)

        def party(t) -> bool:  # "backed his chancellor", "defended his deputy": a person of an office is a party;
            # "thanked her supporters" is one's own following
            e = index.at(t)
            return (e is not None and not _thing_entity(e)) or (
                index._actor_noun(t) and not listed(t, self.pats.supporter_words))

        def body(t) -> bool:  # "his ministry", "his administration": a body of public life, not "his successor"
            return index._actor_noun(t)

        return bool(objs) and all(not party(o) and (own(o) or any(
            c.dep_ == "poss" and own(c) and body(c) for c in o.children)) for o in objs)

    def _generic(self, e: Entity, sent) -> bool:
        """An actor named only generically ("people", "a lot of people", "someone"; ``generic_actors``), of no
        country and not counted in ``sent`` ("thousands of people", "200 people" are a crowd)."""
        if e.actor is not None and e.actor.code:
            return False
        words = set(re.findall(r"[a-z]+", e.name.lower()))
        if not (words & self.pats.generic_people and words <= self.pats.generic_people | self.pats.quantifiers):
            return False
        for m in e.mentions:
            span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not sent.start <= span.start < sent.end:
                continue
            for t in span:
                if any(c.dep_ == "nummod" for c in t.children) or (
                        t.dep_ == "pobj" and t.head.lower_ == "of" and _quantity(t.head.head)
                        and t.head.head.lower_ not in self.pats.quantifiers):  # "thousands of", not "a lot of"
                    return False
        return True

    def _into_the_open(self, trigger, obj_noun) -> bool:
        """A weapon fired or launched "into the sea" or "into the air" and at nothing else hits no one."""
        preps = [k for h in (trigger, obj_noun) if h is not None for k in h.children if k.dep_ == "prep"]
        aims = [o for k in preps if k.lower_ in ("into", "toward", "towards", "at", "over")
                for o in k.children if o.dep_ == "pobj"]
        return bool(aims) and all(o.lemma_.lower() in self.pats.open_expanses for o in aims) and not any(
            c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in trigger.children)

    def _voiced_view(self, trigger, obj_noun, recipients: list[Entity], index: EntityIndex) -> bool:
        """A stance voiced (voicing_verbs with one of view_nouns: "renewed her support for the carbon tax") whose
        "for" or "to" phrase names only things, no party: a view of a policy, law or cause, a statement."""
        if obj_noun is None or trigger.lemma_.lower() not in self.pats.voicing_verbs \
                or obj_noun.lemma_.lower() not in self.pats.view_nouns:
            return False
        said = _prep_objects(obj_noun, {"for", "to"})
        if not said:
            return False
        if all(listed(p, self.pats.policy_words) for p in said):
            return True  # "stressed her support for the Green New Deal", "for the Paris Agreement": whatever its name
        with index.leniency(True):
            named = [e for p in said for e in index.of_phrase(p)]
        return all(e.label == "PHRASE" and (e.actor is None or (e.actor.code is None and e.actor.sector is None))
                   for e in named + recipients)

    def _measured_opinion(self, trigger) -> bool:
        """True for a noun of backing or opposition measured, not given: in a poll or a survey ("the AfD's support in
        polls"), or the subject of a verb of level ("Labour's support fell to 30 percent")."""
        pats = self.pats
        if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in pats.opinion_nouns:
            return False
        if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in pats.level_verbs and not any(
                c.dep_ == "prep" and c.lower_ in ("for", "to") for c in trigger.children):
            return True  # "Germany's support for Ukraine has grown" names whom it is given to: kept
        return any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(
            p.dep_ == "pobj" and (p.lemma_.lower() in pats.poll_words or p.lower_ in pats.poll_words)
            for p in c.children) for c in trigger.children)
