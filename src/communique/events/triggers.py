"""Finding triggers: which patterns of ``data/event_patterns.yaml`` a token sets off.

The coder's first step, kept apart from what it does with a trigger once found: a verb, a light verb
with its object noun, or an event noun matched against the patterns and the CAMEO verb dictionary, with
the tests that say a clause is the content of another act (a demand's, a threat's) rather than its own.
"""

from __future__ import annotations

from ..nlp.perdoc import listed
from .modality import cues, own_clause
from .patterns import Pattern
from .syntax import (
    CONTENT_TYPES,
    SUBORDINATE,
    _agreed_view,
    _asks,
    _assented_to,
    _attacked,
    _conjuncts,
    _controlled,
    _for_subject,
    _light_nouns,
    _measured,
    _noun_forms,
    _object_predicate,
    _objects,
    _phrase_listed,
    _prep_objects,
    _purpose,
    _raised_forms,
    _requested_clause,
    _temporal,
    _verb_lemmas,
    all_matches,
    dictionary_matches,
    passive_subjects,
    subject_of,
)

HELPING_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE"})
"""The purposes that make forces sent a help to someone rather than a force posture."""
DICTIONARY_SLOTS = ("obj", "dative", "to", "with", "against", "on")
"""Where a verb known only to the CAMEO dictionary finds its recipient: its object, else these prepositions."""
SENT_SLOTS = ("dative", "to", "into", "obj", "with", "against", "on")
"""The same for a verb of sending (``sending_verbs``): the goal first, the object is what is sent."""
ARGUMENT_PREPS = frozenset({"to", "of", "for", "with", "against", "from", "on", "at", "into"})
"""Prepositions that bring an event's participants ("opened its borders to West Africans ordered out of ...")."""
CONFLICT_TYPES = frozenset({"REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def _small_clause(obj, verbs: frozenset[str]) -> bool:
    """An object with a passive participle the parse hangs on it as its modifier ("ordered Yashin held in custody",
    "ordered the paper closed"; with no auxiliary: "the man who was held" is a relative clause): a small clause, the
    participle's act what the verb orders, as "ordered that Yashin be held" says; one of ``verbs``."""
    return any(a.dep_ in ("acl", "relcl") and a.tag_ == "VBN" and a.lemma_.lower() in verbs
               and not any(k.dep_ in ("aux", "auxpass") for k in a.children) for a in obj.children)


class Triggers:
    """Mixed into ``Coder``: the patterns a token triggers and whether a trigger is another act's content.

    Reads the coder's ``self.pats``, ``self.trace`` (set by ``Coder``) and calls the other methods of ``Coder``
    through ``self``.
    """

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
