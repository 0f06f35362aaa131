"""Is an event asserted, negated, hypothetical, future, or reported by someone? Read off what governs its verb.

The cues (negating verbs like "deny", conditional marks, future auxiliaries and governors,
reporting verbs) are data in ``data/event_patterns.yaml`` under ``modality``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

CLAUSE_LINKS = ("xcomp", "ccomp", "advcl", "conj", "pcomp", "acomp", "prep", "parataxis", "relcl", "acl")
STANCE_LINKS = frozenset({"xcomp", "ccomp", "pcomp"})
"""How an act's clause hangs from a verb of stance when it is what the stance is about ("favored banning")."""


@dataclass(frozen=True)
class Cues:
    negating_governors: frozenset[str]
    conditional_marks: frozenset[str]
    hypothetical_aux: frozenset[str]
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    schedule_governors: frozenset[str]
    reporting_verbs: frozenset[str]
    obligation_aux: frozenset[str]
    obligation_reporters: frozenset[str]
    measure_nouns: frozenset[str]
    request_nouns: frozenset[str]
    deliberation_governors: frozenset[str] = frozenset()
    pending_adverbs: frozenset[str] = frozenset()
    stance_governors: frozenset[str] = frozenset()
    decision_governors: frozenset[str] = frozenset()
    object_control_governors: frozenset[str] = frozenset()
    guilt_adjectives: frozenset[str] = frozenset()
    implicative_passives: frozenset[str] = frozenset()
    scheduling_passives: frozenset[str] = frozenset()
    asking_governors: frozenset[str] = frozenset()
    growth_nouns: frozenset[str] = frozenset()
    currency_nouns: frozenset[str] = frozenset()
    permission_governors: frozenset[str] = frozenset()
    generic_aux: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()
    repute_governors: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    addressee_pronouns: frozenset[str] = frozenset()
    intransitive_verbs: frozenset[str] = frozenset()
    negative_determiners: frozenset[str] = frozenset()
    comitative_adverbs: frozenset[str] = frozenset()
    time_marks: frozenset[str] = frozenset()
    possibility_adjectives: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = yaml.safe_load((resources.files("communique") / "data" / "event_patterns.yaml").read_text("utf-8"))
    m = data.get("modality") or {}
    return Cues(**{k: frozenset(str(w).lower() for w in m.get(k, ())) for k in Cues.__dataclass_fields__})


def deliberated(trigger) -> bool:
    """An act only weighed ("is considering sending aid"): CAMEO's "consider policy option" (01), a statement."""
    c = cues()
    return any(t.lemma_.lower() in c.deliberation_governors for t in list(_chain(trigger, 3))[1:])


GENERIC_DEPS = frozenset({"det", "poss", "nummod", "predet", "quantmod"})
"""Dependents that make a plural noun phrase specific ("the courts", "its voters", "two judges")."""
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
EPISODIC = frozenset({"soon", "now", "today", "tonight", "tomorrow", "yesterday", "again", "already", "shortly"})
"""Adverbs of time that tie a clause to one occasion."""


def _bare_plural(tok) -> bool:
    """A plural common noun with no determiner, possessor or number ("courts", "federal judges", "members of
    parliament"), naming a kind; not a name ("Houthis", "Americans": a group the story can name)."""
    return tok.tag_ == "NNS" and tok.ent_type_ not in NAMED and not any(
        k.dep_ in GENERIC_DEPS for k in tok.children)


def generic(trigger, subjects: list) -> bool:
    """A generic sentence, no act: a bare plural subject (a kind) with a verb under a modal of ability, permission
    or duty (``generic_aux``), or in the simple present with an adverb of habit (``habitual_adverbs``), says what
    the kind may, must or does as a rule do ("courts can nullify orders", "members of parliament may not debate
    laws", "presidents often pardon their allies"), as generics do (Carlson 1977: a bare plural with a modal of
    disposition or a habitual present is read of the kind, not of some of its members on an occasion). Not the bare
    present alone, a headline's past ("Rebels attack convoy"); not with a time named on the verb ("judges can rule
    on Monday", "rebels could attack soon": one occasion) or one thing acted on ("could attack the capital"), nor
    in the past, the perfect, the progressive or with "will"."""
    if not subjects or not all(_bare_plural(s) for s in subjects):
        return False
    verb = trigger
    while verb.dep_ == "conj" and not any(k.dep_.startswith("nsubj") for k in verb.children) \
            and not any(k.dep_ in ("aux", "auxpass") for k in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "courts can block and nullify orders": the first conjunct's auxiliaries serve both
    aux = [k for k in verb.children if k.dep_ in ("aux", "auxpass")]
    if any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in EPISODIC for k in verb.children
           if k.dep_ in ("prep", "npadvmod", "advmod") for t in k.subtree):
        return False  # "rebels could attack soon", "judges can rule on Monday": one occasion
    objects = [k for k in trigger.children if k.dep_ == "dobj"]
    objects += [o for k in trigger.children if k.dep_ == "prep" for o in k.children if o.dep_ == "pobj"]
    if any(o.tag_ in ("NNP", "NN") and (o.tag_ == "NNP" or any(
            d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in o.children)) for o in objects):
        return False  # "rebels could attack the capital": one place, one act ahead; a kind acts on kinds
    c = cues()
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux and any(k.dep_ == "advmod" and k.lower_ in c.habitual_adverbs for k in verb.children)
    return verb.tag_ == "VB" and bool(aux) and all(a.lower_ in c.generic_aux for a in aux)


def reputed(trigger) -> bool:
    """An act in the "for" gerund of an adjective of repute (``repute_governors``: "is known for mediating
    disputes", "famous for hosting peace talks"): what its subject is known by, a habit or a character, no act."""
    tok = trigger
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "known for mediating and hosting talks"
    return tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.lower_ in cues().repute_governors


def _chain(tok, limit: int = 6):
    """The trigger and the clause heads above it, as far as the sentence's clause structure goes; an act's noun
    that is the subject of a verb of occurrence ("the talks did not take place") has that verb's clause."""
    cur, n = tok, 0
    while True:
        yield cur
        linked = cur.dep_ in CLAUSE_LINKS or (n == 0 and cur.pos_ == "NOUN" and cur.dep_ in ("nsubj", "nsubjpass")
                                              and (_occurrence(cur.head) or _judged(cur.head) is not None))
        if not linked or cur.head.i == cur.i or n >= limit:
            return
        cur, n = cur.head, n + 1


def _judged(verb):
    """The adjective a copula says of its subject, where it judges how likely an act is ("a meeting is possible",
    "talks are unlikely", "a ceasefire is likely"): ``possibility_adjectives``, ``negating_governors`` or
    ``schedule_governors``; else None."""
    if verb.lemma_ != "be":
        return None
    c = cues()
    return next((k for k in verb.children if k.dep_ == "acomp" and k.lemma_.lower() in (
        c.possibility_adjectives | c.negating_governors | c.schedule_governors)), None)


def _occurrence(verb) -> bool:
    """A verb that says an act happened, or did not ("took place", "went ahead", "happened"): ``occurrence_verbs``,
    written lemma_particle, or lemma_object for "take place"."""
    words = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()}_{c.lower_}" for c in verb.children
                                      if c.dep_ in ("prt", "dobj", "advmod")}
    return bool(words & cues().occurrence_verbs)


def question(trigger) -> bool:
    """True when the trigger's clause is a question: a direct one (its sentence, or the quotation it stands in,
    ends with a question mark after the trigger) or an indirect one (a complement clause with "if" or "whether",
    "would not say if it had held talks", or with a wh-word under a verb of asking, "asked why the department was
    not acting"; not "told how the attack happened", which says it did)."""
    asking = cues().asking_governors
    for tok in _chain(trigger):
        if tok.dep_ == "ccomp" and any((k.dep_ == "mark" and k.lower_ in ("if", "whether")) or (
                k.dep_ == "advmod" and k.tag_ == "WRB" and tok.head.lemma_.lower() in asking) for k in tok.children):
            return True
    sent = trigger.sent
    for tok in sent[trigger.i - sent.start + 1:]:
        if tok.text in ("?", "?\"", "?'", "?\u201d"):
            return True
        if tok.text in (".", "!") or tok.is_quote and tok.i > trigger.i + 1 and tok.nbor(-1).text in (".", ","):
            return False
    return False


def time_clause(tok) -> bool:
    """A clause of time that says its act took place ("after meeting Blinken", "after the rebels shelled the
    airport", "while visiting Nairobi"): its conjunction (``time_marks``) asserts it, as "before" or "until" (an act
    that may never come) do not."""
    marks = cues().time_marks
    if tok.dep_ == "advcl":
        return any(k.dep_ == "mark" and k.lower_ in marks for k in tok.children)
    prep = tok.head
    return tok.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in marks and prep.head.pos_ in ("VERB", "AUX")


def told_relative(tok) -> bool:
    """A relative clause that tells what its noun did ("Iran, which denied the accusation, ...", "the soldiers who
    killed two farmers"): its relative pronoun is its subject and its verb active, in the past or the past perfect.
    It asserts its act whatever the clause its noun stands in says; a passive one describes the noun by what befell
    it ("a helicopter that was captured"), a present one by what it is ("Belarus, which hosts Russian troops"), and
    the present perfect by its experience or a state ("the envoy, who has visited Kabul", "which has fought the RSF
    since April"), no act of a day."""
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX") or any(k.dep_ == "auxpass" for k in tok.children):
        return False
    if not any(k.dep_ == "nsubj" and k.tag_ in ("WDT", "WP") for k in tok.children):
        return False
    return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(k.dep_ == "aux" and k.lower_ == "had"
                                                           for k in tok.children))


def own_clause(tok) -> bool:
    """A clause that asserts an act of its own beside the clause it hangs from (``time_clause``, ``told_relative``):
    no content or detail of that clause's act, and what negates, conditions or puts off that act is not said of
    it."""
    return time_clause(tok) or told_relative(tok)


def _finite(verb) -> bool:
    """A verb in the past or the present tense; also a past the tagger read as a participle where it stands with no
    auxiliary beside a past ("denied the charges and accused Congo")."""
    if verb.tag_ in ("VBD", "VBZ"):
        return True
    return verb.tag_ == "VBN" and verb.head.tag_ == "VBD" and not any(
        k.dep_ in ("aux", "auxpass") for k in (*verb.children, *verb.head.children))


def _negative_subject(kids, c: Cues) -> bool:
    """A subject under a negative determiner ("neither side", "no country") or a "neither ... nor" coordination
    ("Neither Russia nor China"): the clause says that none of them does the act."""
    for k in kids:
        if k.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if k.lower_ in c.negative_determiners and k.pos_ in ("PRON", "DET", "CCONJ"):
            return True  # "neither has accepted", "none of them attended"
        if any(d.dep_ in ("det", "preconj", "cc") and d.lower_ in c.negative_determiners and d.i < k.i
               for d in k.children):
            return True
    return False


def _denied_noun(noun, below, came_by: str | None, c: Cues) -> bool:
    """A noun under a negative determiner whose infinitive or "of" gerund is the act ("had no plans to meet",
    "there is no plan to attack", "no intention of meeting"): the sentence says no such plan, intention or need
    exists, so the act is denied as "did not plan to meet" denies it. Not a noun's finite clause ("there is no
    doubt that Russia attacked" asserts the attack), nor "no choice but to withdraw"."""
    if noun.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ in c.negative_determiners for d in noun.children):
        return False
    if came_by == "acl":
        return below.tag_ == "VB" and any(k.dep_ == "aux" and k.lower_ == "to" for k in below.children)
    return came_by == "prep" and below.lower_ == "of" and any(
        k.dep_ == "pcomp" and k.tag_ == "VBG" for k in below.children)


def modality_of(trigger, index=None):
    """(modality, reporting entity or None, intended) for an event triggered at ``trigger``; ``intended``
    says the act lies ahead as someone's intention (future or intended), even when the intention is denied; an act
    only scheduled or expected ("is due to meet") is future but not intended."""
    c = cues()
    negated = hypothetical = future = scheduled = False
    reporter = None
    first = True
    conditional = False  # above an "if"/"unless" clause: its act is only supposed, whatever the main clause says
    own = False  # the clause below is coordinated with its own subject ("X was not known, but he has opposed
    # ..."): what negates, conditions or puts off this clause is not said of it; only a reporter above still is
    came_by = None  # how the clause below joins this one
    stance = False  # above a verb of stance: negation there is the stance's ("did not favor banning")
    above = False  # negated above the act ("did not plan to attack"): no intention is said
    finite_conj = False  # the clause below is a finite verb coordinated with this one
    skip, timed, below = False, False, trigger  # above a clause of its own (``own_clause``): the verb it is said
    # beside, then all but a reporter, say nothing of its act ("the army vowed to retaliate after rebels attacked")
    for tok in _chain(trigger):
        if skip:  # up to the verb the clause is said beside
            skip = tok.pos_ not in ("VERB", "AUX")
            aux = {k.lower_ for k in tok.children if k.dep_ in ("aux", "auxpass")}
            if not skip and time_clause(below) and aux & c.future_aux:
                future = True  # "after the deal is signed, troops will withdraw": a time ahead asserts nothing yet
            if not skip and time_clause(below) and aux & c.hypothetical_aux:
                hypothetical = True
            continue
        if timed and tok.lemma_.lower() not in c.reporting_verbs:
            continue
        kids = list(tok.children)
        if not first and came_by in STANCE_LINKS and tok.lemma_.lower() in c.stance_governors:
            # "did not favor banning takeovers": the ban is only what a stance is about, and the stance's own
            # negation is not the act's
            hypothetical = stance = True
        below_own, own = own, tok.dep_ == "conj" and any(k.dep_ in ("nsubj", "nsubjpass") for k in kids)
        if (below_own or conditional) and tok.lemma_.lower() not in c.reporting_verbs:
            continue
        if finite_conj and tok.lemma_.lower() not in c.reporting_verbs:
            # "Rwanda denied the charges and accused Congo of ...": a finite verb coordinated with another asserts
            # its own act; the other's negation ("did not deny X and accused Y") or denial is not said of it, but
            # a condition is ("if Russia attacked Kyiv and seized the airport")
            if any(k.dep_ == "mark" and k.lower_ in c.conditional_marks for k in kids):
                hypothetical = conditional = True
            first = False
            finite_conj = tok.dep_ == "conj" and _finite(tok)
            came_by = tok.dep_
            continue
        if not stance and (any(k.dep_ == "neg" for k in kids) or (first and any(
                k.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in k.children) for k in kids))):
            negated = True  # "did not meet", "provided no support"
            above = above or not first
        if not first and not stance and _denied_noun(tok, below, came_by, c):
            negated = above = True  # "had no plans to meet", "no intention of meeting": no plan, no act intended
        if not stance and _negative_subject(kids, c):
            negated = True  # "Neither Russia nor China condemned it", "no country has recognised": none did
            above = above or not first
        if not first and came_by in ("nsubj", "nsubjpass") and (adj := _judged(tok)) is not None:
            # "a meeting between Putin and Tokayev was possible", "talks are unlikely", "a truce is likely": the act
            # is judged possible (hypothetical), foreseen not to come (negated) or foreseen (future), not told
            if adj.lemma_.lower() in c.negating_governors:
                negated = above = True
            elif adj.lemma_.lower() in c.schedule_governors:
                scheduled = True
            else:
                hypothetical = True
        if not first and not stance and tok.lemma_.lower() in c.negating_governors:
            negated = above = True
        if not first and tok.lemma_.lower() in ("have", "be") and any(
                k.dep_ == "advmod" and k.lower_ in c.pending_adverbs for k in kids):
            negated = True  # "has yet to concede", "is yet to release": not done (yet)
        if any(k.dep_ == "mark" and k.lower_ in c.conditional_marks for k in kids):
            hypothetical = conditional = True
        if not first and came_by in ("xcomp", "acl") and tok.lemma_.lower() in c.permission_governors:
            hypothetical = True  # "is eligible to appeal", "has the right to veto": possible, not done
        aux = {k.lower_ for k in kids if k.dep_ in ("aux", "auxpass")}
        if first and aux & c.hypothetical_aux:
            hypothetical = True
        if (first or tok.dep_ in ("ROOT", "ccomp", "conj") or any(k.dep_ == "acomp" for k in kids)) and (
                aux & c.future_aux or (aux & {"would"} and not hypothetical)):
            future = True  # "will visit", and "will be glad to host" above the verb
        if not first and not above and (tok.lemma_.lower() in c.schedule_governors or (
                came_by == "xcomp" and tok.lemma_ == "be" and tok.dep_ in ("ROOT", "ccomp", "conj")
                and not any(k.dep_ == "advmod" and k.lower_ in c.pending_adverbs for k in kids))):
            scheduled = True  # "is expected to meet", "is to visit China" (not "is yet to"): ahead, arranged
        if not first and not above and not finite_conj and (tok.lemma_.lower() in c.future_governors or (
                negated and tok.lemma_.lower() in c.decision_governors)):
            future = True  # "vowed not to return", "decided not to accept": a refusal, an act ahead denied
        if not first and tok.lemma_.lower() in c.reporting_verbs and reporter is None:
            subj = [k for k in kids if k.dep_ in ("nsubj", "nsubjpass")]
            if subj and index is not None:
                found = index.of_phrase(subj[0])
                reporter = found[0] if found else None
            if reporter is None and subj:
                reporter = False  # reported by someone unresolved
            break
        first = False
        # "agreed to a truce and laid down their arms": a verb in the past or present coordinated with a verb of
        # intent is a second act done, not one intended (an infinitive, "agreed to stop and withdraw", still is)
        finite_conj = tok.dep_ == "conj" and _finite(tok)
        came_by = tok.dep_
        skip = own_clause(tok)
        timed, below = timed or skip, tok
    reporter = reporter or None
    if question(trigger):
        # "Will Russia invade?", "would not say if it had held talks": a question asserts nothing, and whether the
        # act happened is what is asked, so no negation above it says it did not
        return "hypothetical", reporter, future
    if negated:
        return "negated", reporter, future
    if hypothetical:
        return "hypothetical", reporter, future
    if future:
        return "future", reporter, True
    if scheduled:
        return "future", reporter, False
    if reporter is not None:
        return "reported", reporter, False
    return "asserted", None, False
