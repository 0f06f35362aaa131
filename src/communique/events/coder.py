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
import re
from dataclasses import replace

from spacy.symbols import AUX, NOUN, PROPN, VERB

from ..actors.entities import named_in_full
from ..model import Actor, Entity, Event, Party, Span
from ..nlp.perdoc import arcs, doc_text, listed, lower_forms, pos_ids, tag_forms, words_tagged
from ..when.clause import when_of
from .classifier import UNTOLD, default_model
from .entity_index import PARTY_LABELS, EntityIndex, _hung_agents, _inside, _owners, _undergoers
from .features import NO_VECTOR, business_words, candidate_features, dense_features, vectors_fit
from .modality import cues, deliberated, generic, modality_of, own_clause, question, reputed, told_relative
from .ontology import Ontology, ontology
from .patterns import Pattern, Patterns, patterns
from .places import city, country_centre, where_of
from .roles import default_role_model, event_candidates, token_spans
from .setting import place_of, story_place
from .syntax import (
    BESIDE_PREPS,
    PRONOUNS,
    SUBORDINATE,
    _about_another,
    _agreed_view,
    _anaphoric,
    _asks,
    _assented_to,
    _attacked,
    _bare_count,
    _bare_number,
    _befallen,
    _beside,
    _code,
    _conditional,
    _conjuncts,
    _controlled,
    _demand_object,
    _detached_noun,
    _died_of,
    _episode_times,
    _for_subject,
    _foreign_script,
    _goal,
    _head_word,
    _hidden_dative,
    _in_clause,
    _keep,
    _light_nouns,
    _lone_predicate,
    _measured,
    _named_by,
    _named_person,
    _nominal_gerund,
    _noun_forms,
    _object_predicate,
    _objects,
    _party,
    _past_possibility,
    _path_up,
    _person_pronoun,
    _phrase_listed,
    _prep_objects,
    _prepared,
    _pronoun_party,
    _proper,
    _purpose,
    _quantity,
    _raised_forms,
    _reporter_subject,
    _requested_clause,
    _said_in_passing,
    _setting_clause,
    _sources,
    _standing,
    _temporal,
    _thing,
    _thing_entity,
    _thing_name,
    _trigger_token,
    _unique,
    _verb_lemmas,
    _with_object,
    all_matches,
    an_amount,
    cameo_types,
    dictionary_matches,
    each_other,
    is_sum,
    passive_subjects,
    subject_of,
)
from .verb_dictionary import verb_types

PAIR_SENTENCES = 4
"""How many sentences back "the two sides" may look for the pair it names (a wire story's talks, then quotes)."""
TWO_SIDED = frozenset({"CONSULT", "ASSAULT"})
"""Acts the PLOVER manual codes with every party as an actor when they do them together (meetings, two-sided
fighting: "fired at each other"); other acts done to "each other" are coded both ways."""
DYADIC_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "REJECT"})
"""Types whose act between coordinated parties is coded as a dyad (first named -> the others); meetings and
two-sided fighting keep every party as an actor, as the PLOVER manual asks."""
STANCE_TYPES = frozenset({"SUPPORT", "REJECT"})  # what a verb of stance states: backing or refusal
THING_PARTIES = frozenset({"from", "by", "of", "with"})
"""Prepositions after a thing an act is aimed at that name the party it belongs to ("demands from residents",
"a protest by farmers", "cooperation with the ICC"): the party is the recipient, not the thing."""
FUTURE_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
"""PLOVER: a future or intended consultation, support, cooperation or aid (or concession) is coded AGREE."""
NOT_PARTY_PREPS = frozenset({"by", "at", "in", "near", "inside", "outside", "within", "throughout", "around"})
"""Prepositions of a complement clause's phrases that name a means or a place, never the party acted on."""
HELPING_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})
"""The purposes that make forces sent a help to someone rather than a force posture."""
UNDERGONE_COOPERATION = frozenset({"CONCEDE", "RETREAT"})
"""Cooperative acts a party undergoes at an authority's hand with the doer often unsaid ("were released",
"was pardoned"); other cooperation told without its giver ("was rescued", "was praised") names no interaction."""
FUTURE_THREATEN = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
"""... and a future or conditional act of material conflict is a THREATEN."""
OWNERS = frozenset({"its", "their", "his", "her"})
"""Possessive pronouns that, on an actor noun in reported speech, name the reporter's own people ("its troops")."""
DICTIONARY_SLOTS = ("obj", "dative", "to", "with", "against", "on")
"""Where a verb known only to the CAMEO dictionary finds its recipient: its object, else these prepositions."""
SENT_SLOTS = ("dative", "to", "into", "obj", "with", "against", "on")
"""The same for a verb of sending (``sending_verbs``): the goal first, the object is what is sent."""
SCORE_SIDE = re.compile(r"^\d{1,3}$")
"""Each side of a game's result written as one number to another ("2-1", "3\u20130", tokenized as three tokens)."""
NOT_SCORES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})
"""Numbers on either side of a dash that are a span of days, hours, sums or amounts ("on 3-4 March"), no result."""
ARGUMENT_PREPS = frozenset({"to", "of", "for", "with", "against", "from", "on", "at", "into"})
"""Prepositions that bring an event's participants ("opened its borders to West Africans ordered out of ...")."""
CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})
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
CONFLICT_TYPES = frozenset({"REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
SUBJECTIVE_OF = frozenset({"CONSULT", "PROTEST", "AGREE", "MOBILIZE"})
"""Types whose nouns' "of" phrase names who does them ("a meeting of ministers", "a protest of farmers", "a
deployment of Russian troops"), not whom they are done to."""
SPOKEN_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
"""Acts done by saying something: the purpose of a call or a meeting ("called Morrison to congratulate him") is
one of them done in it."""
DEFAULT = object()


def _small_clause(obj, verbs: frozenset[str]) -> bool:
    """An object with a passive participle the parse hangs on it as its modifier ("ordered Yashin held in custody",
    "ordered the paper closed"; with no auxiliary: "the man who was held" is a relative clause): a small clause, the
    participle's act what the verb orders, as "ordered that Yashin be held" says; one of ``verbs``."""
    return any(a.dep_ in ("acl", "relcl") and a.tag_ == "VBN" and a.lemma_.lower() in verbs
               and not any(k.dep_ in ("aux", "auxpass") for k in a.children) for a in obj.children)


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


def _named_in_full(doc, name: str) -> bool:
    """Whether the story names ``name`` in full as a company's name somewhere: the name and up to three more
    capitalised words ending in a company's legal form ("Irving" in "Irving Bank Corp", "Rorer" in "Rorer Group
    Inc"), the recogniser having kept only the short name."""
    seen = doc.user_data.setdefault("communique_full_names", {})
    if name not in seen:
        seen[name] = named_in_full(doc_text(doc), name)
    return seen[name]


class Coder:
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

    # -- triggers ---------------------------------------------------------------------------------
    def _lemmas(self, tok) -> list[str]:
        """``_verb_lemmas``, none for a participle the patterns call a preposition ("according to reports",
        "regarding the talks"), alone or with the word after it; looked at for verbs only."""
        lemmas = _verb_lemmas(tok)
        preps = self.pats.prepositions
        if lemmas and preps:
            following = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
            if tok.lower_ in preps or f"{tok.lower_} {following}" in preps:
                return []
        return lemmas

    def _triggers(self, tok):
        """(pattern, trigger token, object noun) candidates at ``tok``, the most specific first."""
        lemmas = self._lemmas(tok)
        if not lemmas:
            return
        if "_" in lemmas[0] and (lemmas[0] in self.pats.verbs or lemmas[0] in self.pats.light_verbs):
            lemmas = lemmas[:1]  # a known phrasal verb means itself: "called off a strike" is no call for one
        lights = _light_nouns(tok)
        if any(self._for_a_proposition(o) for o in lights):
            return  # "provided no support for its claim": reasoning, no act
        lit = False  # our light verbs list this verb with this noun: what they say of it stands
        objects = _objects(tok)
        preps = [*tok.children, *(k for o in objects for x in (o, *_conjuncts(o)) for k in x.children)]
        for lemma in lemmas:
            for obj in lights:
                for noun in [obj, *_measured(obj)]:  # "provide 25,000 tons of food aid"
                    p = next((self.pats.light[(lemma, f)] for f in _noun_forms(noun) if (lemma, f) in self.pats.light),
                             None)
                    lit = lit or p is not None
                    if p is not None and p.yields_to_xcomp and any(
                            c.dep_ in ("acl", "xcomp") and self._is_trigger(c) for c in noun.children):
                        continue  # "expressed its readiness to resume talks": the act intended is the event
                    if p is not None and (not p.needs_prep or any(
                            c.dep_ == "prep" and c.lower_ in p.needs_prep for c in (*tok.children, *noun.children))):
                        yield p, tok, noun
            # "took part in": a bare object noun is part of the verb's name
            idioms = [f"{lemma}_{o.lower_}" for o in objects if not any(k.dep_ == "det" for k in o.children)]
            for c in preps:  # "went on strike", "joined X and Y for talks": verb and preposition name it with the noun
                if c.dep_ != "prep":
                    continue
                for verb in (f"{lemma}_{c.lower_}", *(f"{v}_{c.lower_}" for v in idioms)):
                    if verb not in self.pats.light_verbs:
                        continue
                    # "gathered with slogans supporting ...": the parse makes the object the subject of a gerund
                    for noun in (*(k for k in c.children if k.dep_ == "pobj"), *(
                            n for k in c.children if k.dep_ == "pcomp" for n in k.children if n.dep_ == "nsubj")):
                        p = next((self.pats.light[(verb, f)] for f in _noun_forms(noun)
                                  if (verb, f) in self.pats.light), None)
                        if p is not None:
                            yield p, tok, noun
        listed_here = [p for lemma in lemmas for p in self.pats.verbs.get(lemma, ())]
        # "called the minister a liar": naming someone, no call and no appeal (read only where a rule asks)
        predicated = any(p.needs_predicate for p in listed_here)
        named = _object_predicate(tok) if predicated else None
        naming = named is not None
        held = excluded = False
        # "called for the minister to resign": with a "for X to V" clause the verb takes only its "for" senses
        for_clause = any("for" in p.needs_prep for p in listed_here) and any(
            c.dep_ in ("advcl", "xcomp") and _for_subject(c) for c in tok.children)
        arguments = None
        for p in listed_here:
            if for_clause and "for" not in p.needs_prep:
                continue
            if naming and not p.needs_predicate:
                excluded = True
                continue
            if p.needs_predicate and named is not None and any(c.dep_ == "neg" for c in named.children):
                excluded = True  # "found him not guilty": an acquittal, no conviction; "called it not a crime"
                continue
            if p.needs_predicate and (named is None or not {
                    w.lemma_.lower() for w in (named, *named.children) if w.dep_ in (named.dep_, "amod", "compound")}
                    & p.needs_predicate):
                continue
            if arguments is None:  # the same for every pattern: read at the first that gets this far
                arguments = self._arguments(tok, objects)
            nouns, objs, unlike = arguments
            # "let us discuss", "let's pray": the object of a bare infinitive's verb is parsed as its subject
            small = {k.lower_ for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
                     for k in c.children if k.dep_ == "nsubj"} if p.not_obj else set()
            if p.not_obj and (unlike | small) & p.not_obj:
                excluded = True
                continue
            if p.needs_obj and not (objs & p.needs_obj) and not (_raised_forms(tok) & p.needs_obj):
                continue
            if p.needs_obj_name and not any(o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or o.tag_ in ("NNP", "NNPS")
                                            for o in nouns):
                continue  # "suspended its development grants": no party named, the dictionary's word to read
            if p.needs_obj_mod and not {k.lower_ for o in nouns for k in o.children
                                        if k.dep_ in ("amod", "acl", "compound")} & p.needs_obj_mod:
                continue  # "returned the looted bronzes": property taken, given back
            if p.needs_target and not nouns and not any(
                    c.dep_ == "prep" and c.lower_ in p.recipient for c in tok.children):
                continue
            if p.needs_prep and not any(c.dep_ in ("prep", "prt") and c.lower_ in p.needs_prep and not _temporal(c)
                                        for c in tok.children) and not for_clause and not any(
                    c.dep_ == "advcl" and not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children)
                    and any(k.dep_ == "mark" and k.lower_ in p.needs_prep for k in c.children) for c in tok.children):
                # "called for the minister to resign": the parser marks the clause with the "for"; "attacked the
                # judge as biased": a predicate marked by "as", read as a clause with no subject of its own
                continue
            if p.needs_subj and not {f for s in subject_of(tok) for f in _noun_forms(s)} & p.needs_subj:
                continue
            if p.needs_xcomp and not _controlled(tok):
                continue
            if p.needs_infinitive and not any(c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ == "to"
                                                                        for k in c.children) for c in tok.children):
                continue  # "told Iran to suspend": an order; "told MPs that ...": speech
            if p.no_clause and any(c.dep_ in ("xcomp", "ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "for")
                                   for c in tok.children):
                continue  # "called on Iran to stop", "called on them for help": a demand, no visit paid
            # "called on its followers" parsed with "on" as a particle: the object is the preposition's
            particle = any(c.dep_ == "prt" and c.lower_ in p.needs_prep for c in tok.children)
            if p.intransitive and (any(c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME") for c in tok.children)
                                   and not particle or passive_subjects(tok)):
                continue  # a passive is a transitive use: "the telescope will be deployed" has an object
            if p.shared_view and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and not any(
                    c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "over", "upon"))
                    for c in tok.children):
                excluded = True  # "agreed with the NCAA that ...", "agreed with the nationalization": a view
                continue
            if p.inquiry and _asks(tok):
                excluded = True  # "asked why the aid stopped", "asked him about the talks": a question
                continue
            if p.needs_clause and not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in p.needs_clause
                                          or "*" in p.needs_clause and c.dep_ == "ccomp"
                                          or c.dep_ == "dobj" and _small_clause(c, p.needs_clause)
                                          for c in tok.children):
                continue
            if p.not_clause and any(c.dep_ in ("xcomp", "ccomp") and set(_verb_lemmas(c) or [c.lemma_.lower()])
                                    & p.not_clause for c in tok.children):  # "refused to rule out": rule_out
                excluded = True  # "let him know": telling, nothing allowed
                continue
            if p.not_from and any(c.dep_ == "prep" and c.lower_ == "from" and any(
                    k.dep_ == "pobj" and _phrase_listed(k, p.not_from) for k in c.children) for c in tok.children):
                excluded = True  # "was released from the hospital": discharged, no captive freed
                continue
            if p.yields_to_xcomp and any(c.dep_ == "xcomp" and self._is_trigger(c) for c in tok.children):
                excluded = True
                continue  # "to help support the rights of Palestinians": support is the event
            if p.needs_content and (not _assented_to(tok) or _agreed_view(tok)):
                excluded = True  # "Hataman agreed, saying only this group could have done it": a view shared
                continue
            if p.not_with and any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in p.not_with and not _temporal(c)
                                  for c in tok.children):  # a particle too: "swore her in"
                excluded = True
                continue
            if p.needs_complement and not {("not " if any(k.dep_ == "neg" for k in c.children) else "") + c.lower_
                                           for c in tok.children if c.dep_ in ("acomp", "oprd")} & p.needs_complement:
                continue
            if p.duty_with and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                    k.dep_ in ("pcomp", "pobj") and k.tag_ == "VBG" and k.lemma_.lower() in p.duty_with
                    for k in c.children) for c in tok.children):
                excluded = True  # "is charged with ensuring order": a duty given, no charge
                continue
            held = True
            yield p, tok, None
        if self.trace is not None:  # bench/dictionary_audit.py: why the dictionary's candidate is not proposed
            self.trace[tok.i] = "listed pattern held" if held else "listed pattern cancelled" if excluded \
                else "light verb's noun listed" if lit else "reporting verb" \
                if tok.lemma_.lower() in cues().reporting_verbs else "not a verb" \
                if tok.pos_ not in ("VERB", "AUX") else ""
        if not held and not excluded and not lit and tok.pos_ in ("VERB", "AUX") \
                and tok.lemma_.lower() not in cues().reporting_verbs:
            why = ""
            # a verb our patterns do not list, known to the CAMEO dictionary: a candidate the classifier weighs;
            # a listed verb whose listed senses need words this use lacks ("suspended its development grants",
            # where our "suspend" is of talks, ties or aid) only where a dictionary pattern names a word of this
            # use (CAMEO's "SUSPEND * GRANTS"): our list says the verb alone is no act
            # a verb the dictionary lists only among a block's synonyms, with no code of its own ("serve", "head",
            # "give" under AID, OVERSEE or GRANT [060]), states the block's act only through the block's patterns
            found = [m for m in dictionary_matches(tok) if not m.inherited]
            # "campaigned in Florida on Tuesday": a preposition of time says nothing of the verb's sense, so the
            # dictionary's "- * ON" (an attack) does not hold
            found = [m for m in found if not any(tok.doc[i].dep_ == "prep" and _temporal(tok.doc[i])
                                                 for i in m.tokens[1:])]
            # "paid tribute to the victims of the attack": the dictionary reads the verb with its object as a
            # statement or as no event ("- * TRIBUTE [017]", "- * DIVIDENDS [---]"), and the object names the
            # verb's sense: a reading found on words past the object ("- * ATTACK", funding an attack) is another
            # (a statement: CAMEO 01, which PLOVER drops; an appeal, 02, is PLOVER's REQUEST and weighs as one)
            objs = {o.i for o in objects}
            if found and objs and any((not m.is_event or m.cameo.startswith("01")) and not m.reverse
                                      and m.specificity > 0
                                      and objs & set(m.tokens[1:]) for m in all_matches(tok)):
                found = [m for m in found if objs & set(m.tokens[1:])]
            unlike = self.pats.dictionary_not_obj.get(tok.lemma_.lower())
            if not predicated and (unlike or tok.lemma_.lower() in self.pats.judgment_verbs):
                named = _object_predicate(tok)
            if unlike:
                said = [*objects, *([named] if named is not None else [])]  # "appointed him foreign minister"
                said += passive_subjects(tok)  # "the research was led by Hay": the passive's subject is its object
                said += [c for c in tok.children if c.dep_ == "oprd"]  # "is appointed Prime Minister by the King"
                said += [m for o in said for m in _measured(o)]  # "received 3 percent of the vote": the vote's
                if {f for o in said for f in (*_noun_forms(o), *(
                        f"{c.lower_} {o.lower_}" for c in o.children if c.dep_ in ("compound", "amod")))} & unlike:
                    found, why = [], "dictionary_not_obj"  # "attended Wayne State University": an education
            if unlike and any(c.dep_ == "xcomp" and c.lemma_.lower() in unlike for c in tok.children):
                found, why = [], "dictionary_not_obj"  # "declined to comment": a reply withheld, no refusal
            if found and named is not None and tok.lemma_.lower() in self.pats.judgment_verbs:
                found, why = [], "judgment verb"  # "considered Rittenhouse a flight risk": a view of him
            if found and tok.lemma_.lower() in self.pats.fleeing_verbs and any(
                    c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") or c.dep_ == "dobj"
                    for c in tok.children):
                # "the diplomats fled to the Canadian embassy": refuge sought; "two million refugees have fled Sudan":
                # the place left, no one's act on anyone
                found, why = [], "fleeing verb"
            if found and tok.lemma_.lower() in self.pats.journey_verbs:
                found = [m for m in found if m.plover != "AGREE"]  # "flew to Madrid": travel, no intent to meet
                why = why if found else "journey verb"
            if found and tok.lemma_.lower() in self.pats.ranking_verbs and any(
                    t.ent_type_ == "PERCENT" or listed(t, self.pats.ranking_measures)
                    for c in tok.children if c.dep_ in ("dobj", "prep", "npadvmod") for t in c.subtree):
                found, why = [], "ranking verb"  # "Biden led Trump 47 percent to 40 percent": a poll's standing
            if found and tok.lemma_.lower() in self.pats.career_verbs and any(
                    s.ent_type_ == "PERSON" or s.lower_ in ("he", "she", "i") for s in subject_of(tok)):
                found, why = [], "career verb"  # "the general will retire next month": a working life ended
            if found and self._causal(tok):
                found, why = [], "causal verb"  # "the protests led to his resignation": a cause and its effect
            if found and tok.lemma_.lower() in self.pats.decrease_verbs and not objects and not any(
                    c.dep_ in ("xcomp", "ccomp") for c in tok.children) and not any(
                    s.ent_type_ == "PERSON" or s.lower_ in ("he", "she") for s in subject_of(tok)):
                # "the population has declined": a fall, nothing refused; a person does not fall but refuses ("asked
                # to delay his ruling, the judge declined")
                found, why = [], "decrease verb"
            if listed_here:
                if found and not any(m.specificity > 0 for m in found):
                    why = "listed verb, no specific dictionary pattern"
                found = [m for m in found if m.specificity > 0]
            if found and found[0].default and tok.lemma_.lower() in self.pats.yielding_verbs and (any(
                    k.dep_ in ("xcomp", "acl") and self._is_trigger(k)
                    for c in (tok, *objects, *(p for x in tok.children if x.dep_ == "prep" for p in x.children))
                    for k in c.children) or any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children)):
                # a procedure's own code, with no pattern of its use, yields to the act its infinitive names:
                # "voted on a resolution to expel the diplomats" is the expulsion; "voted to elect Johnson as leader"
                # decides the election, which is no act of PLOVER's: a vote to do something is that deed, or none
                found, why = [], "yielding verb"
            if self.trace is not None:
                self.trace[tok.i] = why if why or found else "only inherited matches"
            for m in found[:1]:
                slots = SENT_SLOTS if tok.lemma_.lower() in self.pats.sending_verbs else DICTIONARY_SLOTS
                yield Pattern(type=m.plover, mode=m.mode, recipient=slots, kind="dictionary",
                              reciprocal=m.plover == "CONSULT"), tok, None

    def _arguments(self, tok, objects: list) -> tuple[list, set[str], set[str]]:
        """What a listed verb's patterns test its object by: the object nouns (with what a measure measures), their
        forms, and the forms of those not attacked as targets (``_triggers``)."""
        # the passive's subject is the act's object ("a report released by SIPRI", "prisoners were freed")
        nouns = [n for o in (*objects, *passive_subjects(tok)) for n in (o, *_measured(o))]
        objs = {f for o in nouns for f in _noun_forms(o)}
        if any(o.ent_type_ == "NORP" and o.tag_ in ("NNS", "NNPS") for o in nouns):
            objs.add("nationals")  # "expelled thousands of Afghans": people named by their nation are its nationals
        # "struck military targets", "targets in Gaza": the targets are attacked (for not_obj only)
        unlike = {f for o in nouns if not _attacked(o, self.pats.attack_targets) for f in _noun_forms(o)}
        return nouns, objs, unlike

    def _causal(self, tok) -> bool:
        """True for a verb of causation with its preposition and no object ("led to his resignation", "resulted in
        talks", ``causal_verbs``): its subject is a cause and its object an effect, not a party acted on."""
        preps = self.pats.causal_verbs.get(tok.lemma_.lower())
        return bool(preps) and not any(c.dep_ in ("dobj", "dative") for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ in preps for c in tok.children)

    def _for_a_proposition(self, noun) -> bool:
        """True for a noun whose "for" object is a proposition ("support for its claim", ``propositions``)."""
        return any(c.dep_ == "prep" and c.lower_ == "for" and p.dep_ == "pobj"
                   and p.lemma_.lower() in self.pats.propositions for c in noun.children for p in c.children)

    def _promised_conflict(self, tok) -> bool:
        """A promise whose complement is an act of conflict ("pledged to oppose the bill", "vowed to attack the
        capital") or a denied act ("vowed not to release the sailors"): PLOVER's AGREE is a promise to cooperate;
        a promised conflict is coded as that act in the future (REJECT, or THREATEN for material conflict), a
        promise not to act as its refusal (REJECT)."""
        if not any(p.type == "AGREE" for lemma in self._lemmas(tok) for p in self.pats.verbs.get(lemma, ())):
            return False
        for c in tok.children:
            if c.dep_ == "xcomp":
                first = next(iter(self._triggers(c)), None)
                if first is not None and first[0].type in CONFLICT_TYPES and not (
                        first[0].type == "MOBILIZE" and self._forces_purpose(c)):
                    return True
                if first is not None and any(k.dep_ == "neg" for k in c.children):
                    return True  # "vowed not to release the sailors": a refusal, coded on the act refused
        return False

    def _forces_purpose(self, trigger) -> tuple[str, str | None] | None:
        """The (type, mode) of forces moved to help or work with someone: AID for help or support ("offered to send
        troops to help the Philippine army": PLOVER counts personnel given as aid) or for peacekeeping (CAMEO 074,
        ``peacekeeping`` words), COOPERATE for joint work ("sent troops to Belarus to take part in joint
        exercises"); None for a force posture."""
        for c in trigger.children:
            if _purpose(c):
                first = next(iter(self._triggers(c)), None)
                if first is not None and first[0].type in HELPING_TYPES:
                    return ("COOPERATE", None) if first[0].type == "COOPERATE" else ("AID", None)
        words = self.pats.peacekeeping
        moved = [t for c in trigger.children if c.dep_ in ("dobj", "prep", "dative") for t in c.subtree]
        # the role its purpose gives them ("sent 300 troops to Mali to serve as peacekeepers"), not whom it acts on
        moved += [t for c in trigger.children if _purpose(c) for a in _prep_objects(c, {"as"}) for t in a.subtree]
        if any(listed(t, words) or f"{t.lower_} {t.head.lower_}" in words
               for t in moved):
            return "AID", "peacekeeping"  # peacekeepers sent, or forces sent to a peacekeeping mission: 074
        return None

    def _is_trigger(self, tok) -> bool:
        lemmas = self._lemmas(tok)
        return any(self.pats.verbs.get(lemma) for lemma in lemmas) or any(
            (lemma, o.lemma_.lower()) in self.pats.light or (lemma, o.lower_) in self.pats.light
            for lemma in lemmas for o in _objects(tok))

    def _is_content(self, trigger) -> bool:
        """True when the trigger's clause is what a governing demand, threat or promise is about, or the
        purpose or detail of another event of its sentence ("sent personnel to Bosnia to investigate",
        "a US offer to host a summit", "a helicopter that was captured"): one sentence, one main event."""
        c = cues()
        if _requested_clause(trigger, c):
            return True  # "Russia said Sudan must return ...": the REQUEST is the event
        tok = trigger
        for _ in range(3):
            while tok.dep_ == "conj" and tok.head.i != tok.i:
                tok = tok.head  # a conjunct stands where its first conjunct stands ("promise that X, and that Y")
            # a gerund after a preposition is a clause whatever the parse calls it ("of spying on France": pobj)
            link = "pcomp" if tok.dep_ == "pobj" and tok.pos_ == "VERB" else tok.dep_
            if tok.head.i == tok.i or link not in SUBORDINATE:
                return False
            if own_clause(tok):
                return False  # "After meeting Blinken, Lavrov warned ...", "Iran, which denied the accusation, ..."
            tok = tok.head
            if link in ("xcomp", "ccomp") and any(
                    p.type in CONTENT_TYPES for lemma in self._lemmas(tok) for p in self.pats.verbs.get(lemma, ())):
                return not self._promised_conflict(tok)  # "vowed to attack": the attack is the event
            if link in ("advcl", "acl", "relcl", "pcomp", "xcomp") and tok.pos_ in ("NOUN", "PROPN", "ADP"):
                owner = tok.head if tok.pos_ == "ADP" else tok
                argument = owner.dep_ == "pobj" and owner.head.lower_ in ARGUMENT_PREPS  # not "during her trip"
                gov = owner.head.head if argument else owner.head
                if owner.dep_ in ("dobj", "pobj", "nsubj") and (self._is_trigger(owner.head) or self._is_trigger(gov)):
                    return True  # the clause details an object of another event
            if link in ("advcl", "relcl", "acl") and self._is_trigger(tok):
                return True
            if link == "pcomp" and tok.pos_ == "ADP" and self._is_trigger(tok.head):
                return True  # "accused the rebels of violating the truce", "demanded a truce before allowing ..."
            if link == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) and \
                    self._is_trigger(tok) and any(c.dep_ in ("dobj",) for c in tok.children):
                return True  # "offered its troops to Lebanon to help him"
        return False

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

    def _counted(self, trigger, toks) -> list[Entity]:
        """The people a bare count names as the ones harmed or seized ("killing nine", "police arrested 40",
        "dozens died"): a crowd of no country (``counted_victims`` in data/event_patterns.yaml; after other verbs a
        count may count things: "shot down two")."""
        if trigger.lemma_.lower() not in self.pats.counted_victims or any(c.dep_ == "prt" for c in trigger.children):
            return []  # a particle makes another verb ("shot down two": aircraft)
        return [Entity(id="", name=t.text, label="GROUP", actor=Actor(code=None, sector=self.pats.located.crowd),
                       mentions=[Span(t.idx, t.idx + len(t), t.text)]) for t in toks
                if _bare_number(t, self.pats.count_nouns)]

    def _undergone_by(self, trigger) -> list:
        """Who undergoes the act: a passive's subject ("was killed"), or the subject of a verb whose subject never
        does it ("an activist died after torture": ``undergone`` in data/event_patterns.yaml)."""
        passive = passive_subjects(trigger)
        if not passive and trigger.lemma_.lower() in self.pats.undergone:
            return subject_of(trigger)
        return passive

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

    def _authors(self, subj: list, index: EntityIndex) -> list[Entity]:
        """The authors of a text that is the subject (``authored_texts``: "the mission's report urged ...", "a
        statement from the ministry condemned ...", "a report by Human Rights Watch accused ..."): its possessor or
        the word before it, else its "from", "by" or "of" phrase; a text says what its author says."""
        texts = [s for s in subj if s.pos_ == "NOUN" and _phrase_listed(s, self.pats.authored_texts)]
        owners = [e for s in texts for c in s.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                  and not _phrase_listed(c, self.pats.authored_texts) for e in index.of_phrase(c)]
        return owners or [e for s in texts for p in _prep_objects(s, {"from", "by", "of"}) for e in index.of_phrase(p)]

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

    def _into_the_open(self, trigger, obj_noun) -> bool:
        """A weapon fired or launched "into the sea" or "into the air" and at nothing else hits no one."""
        preps = [k for h in (trigger, obj_noun) if h is not None for k in h.children if k.dep_ == "prep"]
        aims = [o for k in preps if k.lower_ in ("into", "toward", "towards", "at", "over")
                for o in k.children if o.dep_ == "pobj"]
        return bool(aims) and all(o.lemma_.lower() in self.pats.open_expanses for o in aims) and not any(
            c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in trigger.children)

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

    def _on_people(self, pattern: Pattern) -> bool:
        """An act only people undergo (an arrest, a conviction, a sentence): "they" undergoing it stands for people."""
        return pattern.people or pattern.mode in self.pats.people_modes

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

