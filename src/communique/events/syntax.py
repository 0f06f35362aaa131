"""The coder's reading of the dependency parse: where a trigger's subject, objects and clauses are, what a
phrase or a pronoun names, the verb dictionary's readings of a word, and the small tests of English the coder asks
of a token (a quantity, a purpose clause, a named person).

Functions of a token (and of the article's entities, through ``entity_index.EntityIndex``); what an act is
and who did it to whom is decided in ``coder.py``.
"""

from __future__ import annotations

import datetime as dt

from ..actors.entities import instrument, speaks_for_a_body
from ..model import Actor, Entity, Event, Party, Span
from ..nlp.perdoc import doc_text, listed, tokens_once
from ..when.clause import when_of
from .modality import cues, question, told_relative
from .setting import dateline_end
from .verb_dictionary import matches

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
INHERIT = ("xcomp", "advcl", "conj", "pcomp", "acomp", "acl", "ccomp", "relcl", "prep", "pobj", "dobj", "attr")
PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our", "i", "my"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
"""Personal pronouns that stand only for a person (a state or a body is "it" or "they", a thing never "he")."""
PEOPLE_PRONOUNS = frozenset({"they", "them", "both"})
"""Pronouns that stand for people where the act is one only people undergo (``people_modes``: "they were
arrested", "both received prison terms"), and for things elsewhere ("they were seized")."""
OWNERS = frozenset({"its", "their", "his", "her"})
"""Possessive pronouns that, on an actor noun in reported speech, name the reporter's own people ("its troops")."""
CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})
"""Types whose act is what its clause says will be done ("vowed to attack", "agreed to acquire"): the clause it
takes is its content, not an act of its own."""



def _phrase_entity(tok, label: str, sector: str | None) -> Entity:
    """A party named only by its words: the head with its modifiers ("a suicide bomber", "the terrorist
    attack"), no country; it is no entity of the article (``id`` empty)."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss", "nummod")]
    start = min([tok.i, *(t.i for c in left for t in c.subtree)])
    span = tok.doc[start:tok.i + 1]
    return Entity(id="", name=span.text, label=label, actor=Actor(code=None, sector=sector),
                  mentions=[Span(span.start_char, span.end_char, span.text)])


def _thing_name(doc, e: Entity) -> bool:
    """A party found only by its words whose head is a proper noun the entity recogniser gave no type: the name of a
    thing, a product or a work ("released a new iPhone", "released Windows 11"), no one who can be freed; so is a
    name with a number after it, whatever its type ("released Firefox 120": a version of a product)."""
    if not e.mentions:
        return False
    words = doc.char_span(e.mentions[0].start, e.mentions[0].end, alignment_mode="expand")
    if words is None or words.root.pos_ != "PROPN":
        return False
    root = words.root
    if any(c.dep_ == "nummod" and c.i == root.i + 1 and c.like_num for c in root.children):
        return True
    return not e.id and not root.ent_type_


def _quantity(tok) -> bool:
    """A head that only counts what its of-phrase names: "thousands of", "a number of", "most of"."""
    return tok.pos_ in ("NOUN", "NUM", "PRON", "ADJ") and (tok.lower_ in cues().measure_nouns
                                                          or tok.lemma_.lower() in cues().measure_nouns)


def _asks(verb) -> bool:
    """A verb whose content is a question: a wh- or whether/if clause, an "about" phrase, a quoted question
    (also one the parser left as the sentence before: '"Why ...?" the judge asked')."""
    doc, start = verb.doc, verb.sent.start
    if start >= 2 and doc[start - 1].is_quote and doc[start - 2].text == "?" and not any(
            c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ in ("ccomp", "xcomp") and (question(c) or any(
                (k.tag_ in ("WDT", "WP", "WP$", "WRB") and k.i < c.i)
                or (k.dep_ == "mark" and k.lower_ in ("whether", "if")) for k in c.children)):
            return True
    return False


def _bare_count(tok):
    """The last word of a count that names no one ("thousands", "tens of thousands"), else None."""
    while _quantity(tok):
        of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not of:
            return tok if tok.pos_ in ("NOUN", "NUM") else None
        tok = of[0]
    return None


def _bare_number(tok, count_nouns: frozenset[str]) -> bool:
    """A count with no noun after it ("killing nine", "arrested 40", "dozens died"): a number or a noun of number,
    not a date, a sum or an amount, with no of-phrase that names what it counts ("one of the guards" names the
    guards)."""
    if tok.ent_type_ not in ("", "CARDINAL") or not (tok.pos_ == "NUM" or tok.ent_type_ == "CARDINAL"
                                                      or listed(tok, count_nouns)):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _with_object(tok) -> bool:
    """True for the object of "with", or a noun coordinated with one ("with banners and flags")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _sources(sent) -> set[int]:
    """Tokens of the phrases that name where a report comes from ("according to prosecutor Josh Bash", "according
    to a statement by the ministry"): the teller of the event, never whom it is done to."""
    return {t.i for w in sent if w.lower_ == "according" and w.i + 1 < len(w.doc) and w.doc[w.i + 1].lower_ == "to"
            for p in (*w.children, *w.doc[w.i + 1].children) if p.dep_ == "pobj" for t in p.subtree}


def _thing(p: Party) -> bool:
    """A recipient named only by a phrase with no entity, country or sector: what the act is about ("refuge",
    "a request"), not whom it is done to."""
    return p.entity is None and p.code is None and p.sector is None

BESIDE_PREPS = frozenset({"near", "outside", "around", "beyond", "off", "past"})
"""Prepositions whose object is a landmark beside what the phrase names ("the Ghouta region near Damascus")."""


def _on_the_way(tok, head, test) -> bool:
    """True when a token on the way up from ``tok`` to ``head`` (``head`` not included) passes ``test``."""
    while tok.i != head.i and tok.head.i != tok.i:
        if test(tok):
            return True
        tok = tok.head
    return False


def _path_up(tok, head) -> list:
    """The tokens from ``tok`` up to ``head`` (not included), or to the root; not out of a clause (a verb ends it)."""
    out = []
    while tok.i != head.i and tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        out.append(tok)
        tok = tok.head
    return out


def _beside(tok, head) -> bool:
    """True when ``tok`` sits under a landmark preposition (BESIDE_PREPS) within ``head``'s phrase."""
    return _on_the_way(tok, head, lambda t: t.dep_ == "prep" and t.lower_ in BESIDE_PREPS)


def _in_clause(tok, head) -> bool:
    """True when ``tok`` sits in a clause within ``head``'s phrase (a gerund after a preposition, a participle or
    a relative clause on it): what the clause is about, not what the phrase names."""
    # "of spying on France": a gerund the parse calls pobj is a clause too
    return _on_the_way(tok, head, lambda t: t.dep_ in SUBORDINATE or t.pos_ == "VERB")


def _setting_clause(tok, head) -> bool:
    """True when ``tok`` sits in a relative clause of place or time on ``head``'s phrase ("the hospital, where two
    Chinese were treated", "the day when rebels attacked"): what happens there or then, not whose the thing is."""
    return _on_the_way(tok, head, lambda t: t.dep_ == "relcl" and any(
        c.lower_ in ("where", "when", "whereby") for c in t.children if c.dep_ == "advmod"))


def _goal(tok) -> bool:
    """An argument that names where or to whom something goes: a dative, or the object of "to" or "into"."""
    return tok.dep_ == "dative" or (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into"))


def _purpose(tok) -> bool:
    """A clause of purpose: an adverbial or complement infinitive ("sent troops to help the army")."""
    return tok.dep_ in ("advcl", "xcomp") and any(k.dep_ == "aux" and k.lower_ == "to" for k in tok.children)


BODIES_OF_STATES = frozenset({"IGO", "UNO", "EUR"})
"""Codes of intergovernmental bodies: a person coded by one is of it ("leaders of the Eurasian Economic Union"), no
nationality."""


def _standing(e: Entity, private: frozenset[str]) -> bool:
    """A party of public standing, as PLOVER codes its actors: one of a sector of public life (an office, a body, a
    group: "minister", "police"; not the ``private`` sectors of civilians, "the singer Ana Ruiz"), or a state or
    body with a country; a person with a nationality only is none ("the American drummer"), but one coded by an
    intergovernmental body holds a place in it ("leaders of the European Union met")."""
    a = e.actor
    return a is not None and ((bool(a.sector) and a.sector not in private)
                              or (bool(a.code) and (e.label != "PERSON" or a.code in BODIES_OF_STATES)))


def _foreign_script(sent) -> bool:
    """True for a sentence written mostly in a script other than the Latin alphabet (a quote in Hindi, Persian or
    Russian given in its own script, with an English word or two in it): no English the patterns can read."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # = sent.text
    if text.isascii():
        return False  # all Latin (no letter past U+024F)
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and 2 * sum(ord(c) > 0x24F for c in letters) > len(letters)


def _thing_entity(e: Entity) -> bool:
    """``_thing`` for an entity: a phrase of no article entity, country or sector."""
    return not e.id and e.actor is not None and e.actor.code is None and e.actor.sector is None


def _proper(doc, e: Entity) -> bool:
    """True for an entity whose phrase is headed by a proper noun ("Kyiv"), a name though of no known country."""
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in e.mentions]
    return any(sp is not None and sp.root.pos_ == "PROPN" for sp in spans)


def _named_person(doc, e: Entity) -> bool:
    """A person named by a proper name ("Avenatti was charged with fraud"): the party the act is done to, though
    of no known country."""
    return e.label == "PERSON" and _proper(doc, e)


def _nominal_gerund(tok) -> bool:
    """A gerund the parser calls a verb used as a noun: the subject of its clause with no object or subject of its
    own ("Fighting between the army and the RSF erupted"; not "Fighting corruption is his priority")."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("dobj", "obj", "nsubj", "aux", "ccomp", "xcomp") for c in tok.children)


def _conjuncts(tok) -> list:
    """The phrases coordinated with ``tok``: its "and"/"or" conjuncts, and its partners in a comitative ("Japan
    together with South Korea", "arrested two Americans along with a Spanish journalist", ``_partners``).
    Read once per token (the rules ask it of a noun many times)."""
    return tokens_once(tok, "communique_conjuncts", _find_conjuncts)


def _find_conjuncts(tok) -> list:
    out = []
    for c in tok.children:
        if c.dep_ == "conj":
            out += [c, *_conjuncts(c)]
    for p in _partners(tok):
        out += [p, *_conjuncts(p)]
    return out


def _comitative(tok) -> list:
    """The objects of a comitative "with" that ``tok`` is or heads ("together with", "along with": ``comitative_
    adverbs``), which the parser hangs on the adverb or the adverb on it; [] for any other token."""
    words = cues().comitative_adverbs
    if tok.dep_ not in ("prep", "advmod"):
        return []
    if tok.lower_ == "with" and any(k.dep_ == "advmod" and k.lower_ in words for k in tok.children):
        return [p for p in tok.children if p.dep_ == "pobj"]
    if tok.lower_ in words:
        return [p for w in tok.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children
                if p.dep_ == "pobj"]
    return []


def _partners(tok) -> list:
    """Nouns coordinated with ``tok`` though not its conjuncts in the parse: a comitative on it ("Japan together
    with South Korea protested"), and a comitative or a noun conjunct the parser hung on the verb, which English
    attaches to the argument just before it: the subject where it stands before the verb ("the coast guard,
    along with the navy, blocked ..."), the object after it ("arrested two Americans along with a journalist",
    "thanked Poland as well as the Baltic states")."""
    if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    out = [p for c in tok.children for p in _comitative(c)]
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return out
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for c in verb.children:
        if c.i < tok.i or (tok.dep_ != "dobj" and c.i > verb.i):
            continue
        if max((a.i for a in args if a.i < c.i), default=None) != tok.i:
            continue  # the partner of the argument just before it
        if tok.dep_ == "dobj" and c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and any(
                k.dep_ == "cc" for k in (*c.children, *verb.children)):
            out.append(c)  # "thanked Poland as well as the Baltic states": a noun is no verb's conjunct
        else:
            out += _comitative(c)
    return out


def each_other(verb) -> bool:
    """The verb's object is a reciprocal pronoun, or its possessor ("accused each other", "blamed one another",
    "appealed to each other", "expelled each other's diplomats"): each of its coordinated doers does the act to the
    others."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    objs += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    objs += [k for o in objs for k in o.children if k.dep_ == "poss"]  # "expelled each other's diplomats"
    return any((o.lower_ == "other" and any(k.lower_ == "each" for k in o.children))
               or (o.lower_ in ("one", "another") and any(k.lower_ in ("one", "another") for k in o.children))
               for o in objs)


def _keep(events: list[Event], seen: set[tuple], ev: Event, sentence: int) -> None:
    """One event per (type, actor, recipient) per sentence."""
    key = (sentence, ev.type, tuple(p.code or p.name for p in ev.actor), tuple(p.code or p.name for p in ev.recipient))
    if key not in seen:
        seen.add(key)
        events.append(ev)


def _trigger_token(doc, ev: Event):
    """The token an event's trigger span starts at (None without one)."""
    if ev.trigger is None:
        return None
    sp = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return sp[0] if sp is not None and len(sp) else None


def _episode_times(doc, events: list[Event], anchor: dt.date | None) -> None:
    """A statement someone is reported to make, with no time of its own, is dated by the report: the time the
    reporting clause names ("On Tuesday, Ardern said ..."), else the time of the reporter's dated act in the
    sentence just before ("Blinken met Lavrov in Geneva last Friday. Blinken said the allies remain resolute in
    rejecting Russia's demands" tells one episode, and the saying belongs to it: a news story's reference time
    carries over to the next sentence about the same person)."""
    if not any(e.reported_by is not None and e.when is not None and e.when.granularity == "article" for e in events):
        return
    starts = {s.start: n for n, s in enumerate(doc.sents)}
    reporting = cues().reporting_verbs

    triggers = [_trigger_token(doc, e) for e in events]
    where = [starts.get(t.sent.start) if t is not None else None for t in triggers]
    for ev, tok, n in zip(events, triggers, where, strict=True):
        r = ev.reported_by
        if r is None or tok is None or ev.when is None or ev.when.granularity != "article":
            continue
        verb = next((a for a in tok.ancestors if a.lemma_.lower() in reporting), None)
        said = when_of(doc, verb, anchor) if verb is not None else None
        if said is not None and said.granularity != "article":
            ev.when = said
            continue
        before = [e for e, m in zip(events, where, strict=True) if m is not None and m == n - 1
                  and e.when is not None and e.when.granularity != "article"
                  and any((a.entity and a.entity == r.entity) or a.name == r.name for a in e.actor)]
        if before:
            ev.when = before[0].when


def _unique(entities: list[Entity]) -> list[Entity]:
    seen: set[int] = set()
    return [e for e in entities if not (id(e) in seen or seen.add(id(e)))]


def all_matches(tok) -> list:
    """Every CAMEO verb dictionary pattern that holds at ``tok`` (no event and reversed ones too), most specific
    first; matched once per token."""
    cache = tok.doc.user_data.setdefault("communique_cameo_all", {})
    got = cache.get(tok.i)
    if got is None:
        got = cache[tok.i] = matches(tok)
    return got


def dictionary_matches(tok) -> list:
    """The CAMEO verb dictionary's patterns that hold at ``tok`` (events only), most specific first; once per token."""
    cache = tok.doc.user_data.setdefault("communique_cameo", {})
    got = cache.get(tok.i)
    if got is None:
        got = cache[tok.i] = [m for m in all_matches(tok) if m.is_event and m.plover and not m.reverse]
    return got


def cameo_types(trigger) -> list[str]:
    """The PLOVER types the CAMEO verb dictionary gives this trigger, most specific pattern first."""
    return [m.plover for m in dictionary_matches(trigger)]




def _code(e: Entity) -> str | None:
    return e.actor.code if e.actor is not None else None


def _head_word(e: Entity) -> str:
    """The last word of an entity's name, lower-cased: the head of the phrase that names it ("Video", "a delivery
    truck" -> "truck")."""
    words = e.name.lower().split()
    return words[-1] if words else ""

OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "acl", "conj", "parataxis", "csubj"})
"""Dependents that are clauses of their own, with their own acts and parties."""


def _clause_tokens(trigger) -> list:
    """The tokens of the trigger's own clause: its subtree less the clauses under it (``OTHER_CLAUSES``)."""
    out, stack = [], [trigger]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ not in OTHER_CLAUSES]
    return out


def _party(e: Entity, trigger=None) -> Party:
    """The party an entity is in an event, with the mention of it nearest the trigger in its sentence: one that
    names it before a pronoun ("Gilani said that he has rejected ...": the reader is shown "Gilani") and its name
    before a description of it ("Bob Ward, a director at the institute, welcomed ...": "Bob Ward")."""
    span = None
    if trigger is not None:
        sent = trigger.sent
        near = [m for m in e.mentions if sent.start_char <= m.start < sent.end_char]
        if near:
            doc = trigger.doc

            def kind(m: Span) -> int:
                words = doc.char_span(m.start, m.end, alignment_mode="expand")
                if words is not None and all(t.pos_ == "PRON" for t in words):
                    return 2
                return 0 if words is None or words.root.pos_ == "PROPN" else 1

            # a mention in the trigger's own clause before one elsewhere ("signed a truce with the government of
            # Sudan after Chad launched an offensive into eastern Sudan": the offensive's Sudan is the second)
            # (not one in a clause under it: "hit Hamas after Hamas fired rockets at Israel" is another act)
            own = {t.idx for t in _clause_tokens(trigger)}
            span = min(near, key=lambda m: (kind(m), m.start not in own, abs(m.start - trigger.idx)))
    actor = e.actor or Actor(code=None)
    return Party(name=e.name, code=actor.code, sector=actor.sector, entity=e.id or None, span=span,
                 basis=getattr(actor, "basis", None))


def subject_of(verb, depth: int = 0) -> list:
    """The subject token(s) of a verb, inherited through the clauses that govern it when it has none."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not _apposed_subject(verb, c)]
    end = dateline_end(verb.doc)
    if end and any(c.idx < end for c in subjects):  # "MANILA, Philippines -- President Arroyo pardoned ...": the
        # dateline is no subject; the parser hangs the real one on it as an apposition, or beside it
        subjects = [s for c in subjects for s in ([c] if c.idx >= end else
                                                  [a for a in c.children if a.dep_ == "appos" and a.idx >= end])]
    if told_relative(verb) and verb.head.pos_ in ("NOUN", "PROPN"):
        # "Iran, which denied the accusation", "the soldiers who killed two farmers": the relative pronoun stands
        # for the noun the clause is on (in a clause that tells its act; one that describes it, "Belarus, which
        # hosts Russian troops", is no act of a day)
        subjects = [verb.head if c.tag_ in ("WDT", "WP") else c for c in subjects]
    if not subjects:
        subjects = _stranded_subject(verb)
    if not subjects:
        subjects = _for_subject(verb)  # "called for the minister to resign": the minister would resign
    if subjects:
        return subjects  # all of them: the parser sometimes splits one ("The rebel | Free Syrian Army")
    if depth > 5 or verb.dep_ == "ROOT" or verb.head.i == verb.i:
        return []
    head = verb.head
    if verb.dep_ == "xcomp":  # "Moscow wants NATO to promise": object control, by an object before the
        # infinitive (an object after it is no controller: the parser hangs stray phrases on the governing verb)
        obj = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        if obj:
            return obj
        if head.lemma_.lower() in cues().implicative_passives | cues().scheduling_passives:
            # "the minister was forced to resign": the one forced (the passive's subject) does it, and did; "is
            # expected to meet": the one expected would
            forced = [c for c in head.children if c.dep_ == "nsubjpass"]
            if forced:
                return forced
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.i != head.i \
            and head.head.lemma_.lower() in cues().object_control_governors:
        gov = head.head  # "accused the governor of stealing", "was convicted of killing": the one accused did it
        return [c for c in gov.children if c.dep_ == "nsubjpass"] or [c for c in gov.children if c.dep_ == "dobj"]
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.i != head.i \
            and head.head.lemma_.lower() in cues().guilt_adjectives and head.head.head.i != head.head.i:
        # "were found guilty of raping", "found the officer guilty of beating", "is guilty of killing": the one
        # guilty did it (the adjective's own subject where the parser reads a verbless clause)
        adj, gov = head.head, head.head.head
        return [c for c in adj.children if c.dep_ == "nsubj"] or [
            c for c in gov.children if c.dep_ in ("nsubjpass", "dobj")] or (
            [c for c in gov.children if c.dep_ == "nsubj"] if adj.dep_ == "acomp" else [])
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG") or _finite_misread(verb):
        if instrument(head):  # "launched missiles targeting US troops": a weapon is no party; who launched it is
            return [c for c in head.head.children if c.dep_ == "nsubj"] if head.dep_ == "dobj" else []
        return [head]  # "the troops that attacked", "demonstrators protesting the results": the noun it is about
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        owners = [c for c in head.children if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN")]
        if owners:  # "welcomed Turkey's plan to mediate", "government moves to lift restrictions": whose plan
            return owners
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []  # "when asked", "banned last year": a reduced passive; its doer is not the main subject
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "csubj") for c in head.children):
        passive = [c for c in head.children if c.dep_ == "nsubjpass"]
        if passive and _shares_passive(verb):
            return []  # "was tortured and killed": the one killed is no doer
        if passive:  # "has been indicted ... and will resign": the one indicted resigns
            return passive
    if verb.dep_ in INHERIT:
        return subject_of(head, depth + 1)
    return []


def _stranded_subject(verb) -> list:
    """The subject of a coordinated finite clause that the parser joined to the phrase before the coordinator
    ("freed four hostages on Saturday and Israel released 200 prisoners", read as "Saturday and Israel"): a verb
    coordinated with another needs a coordinator of its own, so where it has none and the noun just before it
    follows "and", the "and" joins the clauses and the noun is the verb's subject."""
    # (a finite clause the parser calls the first verb's complement needs a subject as much)
    if verb.dep_ not in ("conj", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("cc", "mark") for c in verb.children):
        return []
    noun = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if noun is None or noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN") or noun.head.i > noun.i:
        return []
    k = noun.left_edge.i - 1
    return [noun] if k > verb.head.i and verb.doc[k].dep_ == "cc" and verb.doc[k].head.i == noun.head.i else []


def _apposed_subject(verb, subj) -> bool:
    """"convicted one of the protesters, John Mwangi, a student leader, and sentenced him": a name set off by commas
    after the first verb's object renames that object; the parser may read it as the subject of the verb coordinated
    with the first (hanging the "and" on the name). A conjoined clause's own subject follows its coordinator ("...
    and the judge sentenced them"), never stands between commas before it: the verb shares the first one's subject."""
    if verb.dep_ != "conj" or not verb.head.i < subj.i < verb.i or subj.left_edge.i == 0:
        return False
    return any(c.dep_ == "cc" for c in subj.children) and subj.doc[subj.left_edge.i - 1].text == "," \
        and any(c.dep_ in ("dobj", "obj") and c.i < subj.i for c in verb.head.children)


def _for_subject(verb) -> list:
    """The subject of an infinitive in "for X to V" ("called for the minister to resign", "called for him to
    quit"), which the parser hangs on the "for" that marks the clause or on the verb; [] for any other verb."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    marks = [c for c in verb.children if c.dep_ in ("mark", "prep") and c.lower_ == "for" and c.i < verb.i]
    if not marks:
        return []
    # "called for the advice to be published": a passive infinitive's subject is its subject too
    return [k for c in marks for k in c.children if k.dep_ in ("pobj", "nsubj")] or [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _about_another(trigger, actors: list[Entity], index) -> bool:
    """True when the trigger's that-clause says what another party will do ("warned that Ugandan troops could
    cross the border"): PLOVER's THREATEN is a threat of the actor's own act, so such a warning is a forecast.
    A pronoun subject may be the speaker ("warned that it would close the border") and counts as its own."""
    for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
        subj = [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].pos_ == "PRON":
            return False
        named = index.of_phrase(subj[0])
        return bool(named) and not any(e in actors or (e.actor is not None and e.actor.code and any(
            a.actor is not None and a.actor.code == e.actor.code for a in actors)) for e in named)
    return False


def _shares_passive(verb) -> bool:
    """A bare past participle coordinated with a passive verb is passive too: in "was tortured and killed" the
    auxiliary "was" serves both participles."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") for c in verb.children) and (
        any(c.dep_ == "nsubjpass" for c in verb.head.children) or _shares_passive(verb.head))


def _person_pronoun(tok, index, people: bool = False) -> Entity | None:
    """A pronoun that stands only for a person ("he", "she", "him", "her", not the possessive), where the story's
    mentions gave it no antecedent (a story's opening, a sentence alone): a party of no country named by the
    pronoun. Only for the one who undergoes an act told without its doer, or the doer of an act on a named party.
    With ``people`` (an act only people undergo: an arrest, a sentence), "they" and "both" too."""
    words = PERSON_PRONOUNS | PEOPLE_PRONOUNS if people else PERSON_PRONOUNS
    if tok.lower_ not in words or index.any(tok) is not None:
        return None
    if tok.tag_ != "PRP" and (tok.lower_ != "both" or tok.dep_ not in ("nsubj", "nsubjpass")):
        return None  # "her" as a possessive; "both" alone as a subject only (the parser may tag it a conjunction)
    return Entity(id="", name=tok.text, label="PERSON", actor=Actor(code=None, sector=None),
                  mentions=[Span(tok.idx, tok.idx + len(tok), tok.text)])


def _pronoun_party(e: Entity) -> bool:
    """A party ``_person_pronoun`` made: a pronoun standing for someone unnamed."""
    return not e.id and e.label == "PERSON" and e.name.lower() in PERSON_PRONOUNS | PEOPLE_PRONOUNS


def _finite_misread(verb) -> bool:
    """A past tense the parser read as a participle modifying the sentence's only noun phrase ("The Kenyan air
    force carried out three air strikes" parsed as "the force [that was] carried out"): a participle after a noun
    with a direct object of its own is active (a passive participle has none), and where that noun is the root
    of the sentence there is no other verb it could be the subject of. A verb the tagger itself reads as a finite past
    ("Opposition MPs called on Mr Blunkett to resign": VBD), or one that has no passive (``intransitive_verbs``:
    "Seventy Labour MPs rebelled over the bill"), is one with or without an object. The noun may be the "of" phrase
    of a root count ("Hundreds of migrants protested outside the camp"): the count is the subject's measure."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.i > verb.head.i and _root_phrase(verb.head) \
        and verb.head.pos_ in ("NOUN", "PROPN") and (verb.tag_ == "VBD" or any(
            c.dep_ == "dobj" for c in verb.children) or verb.lemma_.lower() in cues().intransitive_verbs) and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") for c in verb.children)


def _amod_misread(verb) -> bool:
    """A past tense the parser read as an adjective of the noun after it ("Russia jailed opposition politician Ilya
    Yashin" parsed as "[the] jailed ... Yashin"): an adjective has no subject, so a verb with a subject of its own
    hung on it is the clause's verb, and the noun it was made to modify is its direct object."""
    return verb.dep_ == "amod" and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and verb.i < verb.head.i \
        and verb.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def _root_phrase(noun) -> bool:
    """The sentence's root noun, or the "of" phrase of a root that counts it ("Hundreds of migrants")."""
    if noun.dep_ == "ROOT":
        return True
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "ROOT" and of.head.i < noun.i and (
        of.head.pos_ == "NUM" or of.head.ent_type_ == "CARDINAL")


def passive_subjects(verb) -> list:
    """The passive subject(s) of a verb: its own, the noun a bare participle modifies ("the diplomats expelled by
    Russia"), or, for a participle sharing a passive ("was tortured and killed"), its head's."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own:
        return own
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") for c in verb.children) \
            and not _finite_misread(verb):
        return [verb.head]  # "the prisoners released by Iran": a bare participle after a noun is a passive of it
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "pcomp", "xcomp") and any(
            c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ in SUBJECTS for c in verb.children):
        # "died after being shot", "is suing to be allowed to vote": a passive clause with no subject of its own is
        # said of its controller, who undergoes the act (the one who died was shot); no doer is named by that
        return subject_of(verb)
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ in ("nsubj", "csubj") for c in verb.children):
        # "Turkey is under sanctions and was condemned by ...": a passive sharing an active clause's subject
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not _shares_passive(verb):
        return own
    return passive_subjects(verb.head)


def _quoted(tok) -> bool:
    """The phrase ``tok`` heads stands between quotation marks."""
    doc, lo, hi, marks = tok.doc, tok.left_edge.i, tok.right_edge.i, ("``", "''")
    opened = doc[lo].tag_ in marks or (lo > 0 and doc[lo - 1].tag_ in marks)
    return opened and (doc[hi].tag_ in marks or (hi + 1 < len(doc) and doc[hi + 1].tag_ in marks))


def _object_predicate(verb):
    """What a verb of naming says its object is ("called Italy's minister a liar": liar), parsed as the object's
    predicate or, as the small model often does, an apposition on the object; else None."""
    # the small tagger often makes a bare adjective there an adverb ("called the claims absurd")
    said = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ", "PROPN", "ADV")]
    if said:
        return said[-1]  # "called Italy's minister a liar" parsed with both nouns as predicates: the last is said
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")
            and any(k.dep_ == "nsubj" for k in c.children)]
    if said:
        return said[-1]  # "found him guilty" parsed as a verbless clause: its head is what is said of him
    objects = _objects(verb)
    for o in objects:
        for c in o.children:
            if c.dep_ == "appos" and c.i > o.i and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
                return c
    for o in objects:  # "designated the foundation founded by Navalny an extremist group": a passive participle
        # takes no object of its own, so the noun phrase the parse hung on it is what the verb says of the object
        for c in o.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > o.i:  # its object, or an apposition on its agent
                said = [k for k in c.subtree if (k.dep_ == "dobj" and k.head.i == c.i or k.dep_ == "appos")
                        and k.pos_ in ("NOUN", "PROPN") and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                                for d in k.children)]
                if said:
                    return said[-1]
    for o in objects:
        for c in o.children:
            if c.dep_ in ("amod", "appos") and c.i > o.i and _quoted(c):
                return c  # 'called the deal "lousy"': a quoted word after the object is what is said of it
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) == 2 and objs[1].pos_ in ("NOUN", "ADJ", "PROPN"):
        return objs[1]  # 'calling it "an aggression on Iraq"' parsed as two objects: the second is what is said
    if objs:  # "described the deal as illegal", "branded them as traitors": the "as" phrase says what the object is
        said = [k for c in (*verb.children, *objs[0].children) if c.dep_ == "prep" and c.lower_ == "as"
                for k in c.children if k.dep_ in ("pobj", "amod", "acomp") and k.pos_ in ("NOUN", "ADJ")]
        if said:
            return said[-1]
    return None


def _lone_predicate(verb):
    """An object predicate with no object beside it on an active verb ("called the Indian prime minister on
    Wednesday", as the small parser reads it): naming says two things, who and what, so a lone one is the object."""
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass") for c in kids):
        return None
    said = [c for c in kids if c.dep_ == "oprd"]
    return said[0] if len(said) == 1 and said[0].pos_ in ("NOUN", "PROPN") else None


def _objects(tok) -> list:
    """The verb's direct objects; with none, a heavy object moved past a short phrase that the parser hangs on the
    phrase's preposition as its second object ("freed on bail two former ministers": a preposition takes one).
    Read once per token (the rules ask it of a verb many times)."""
    return tokens_once(tok, "communique_objects", _find_objects)


def _find_objects(tok) -> list:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if objs:
        return objs
    if _amod_misread(tok):
        return [tok.head]
    out = []
    for c in tok.children:
        pobjs = [k for k in c.children if k.dep_ == "pobj"] if c.dep_ == "prep" and c.i > tok.i else []
        # a noun phrase that begins where the first object's phrase ends: not a word of a hyphenated compound split
        # by the tokenizer ("invested in e-commerce"), nor a phrase set off by a comma
        out += [k for k in pobjs[1:2] if k.pos_ in ("NOUN", "PROPN") and k.is_alpha
                and k.left_edge.i == pobjs[0].right_edge.i + 1 and pobjs[0].right_edge.whitespace_]
    return out

VERBAL_DEPS = frozenset({"xcomp", "advcl", "ccomp", "pcomp", "acl", "conj", "ROOT"})

PARTICLES = frozenset({"off", "out", "down", "back", "aside"})
"""Particles the parser sometimes reads as prepositions ("called off a strike") or, right after the verb, as
adverbs ("stepped down on Friday")."""


def _said_in_passing(trigger) -> bool:
    """A participle with no subject of its own adjoined to a verb ("sent a letter to the WHO threatening to pull
    funding", "called Erdogan, demanding ..."): what the governing act says, if that act is a call or message."""
    return trigger.tag_ == "VBG" and trigger.dep_ == "advcl" and not any(
        c.dep_.startswith("nsubj") for c in trigger.children)


def _raised_forms(tok) -> set[str]:
    """The forms of the subject the parser gives a verb's infinitive clause ("allowed IAEA inspectors to visit the
    site", "let aid convoys enter"): with a verb of permission or causing, who is let or made to act is that verb's
    object in English, so it counts where the verb needs a given object."""
    return {f for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
            for k in c.children if k.dep_ == "nsubj" for f in _noun_forms(k)}


def _hidden_dative(noun, sums_only: bool = False) -> list:
    """The first object of a double object the parser read as the second's modifier ("granted the Italian
    government permission to", "gave the Pentagon access", "fined the firm 2 million dollars"): a determiner
    before a compound of the given noun belongs to the compound, since the noun given is bare after a dative ("gave
    him permission"); a sum takes no noun modifier of its own, so one before it is the dative too. ``sums_only``:
    only behind a sum (a verb's object: "fined the company bosses" fines the bosses)."""
    money = noun.ent_type_ == "MONEY" or an_amount(noun)
    if noun.dep_ != "dobj" or (sums_only and not money):
        return []
    det = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
    mods = [c for c in noun.children if c.i < noun.i and (c.dep_ == "compound" or (
        money and c.dep_ in ("amod", "nmod") and c.pos_ in ("NOUN", "PROPN")))]
    if det and mods and det[0].i < mods[-1].i:
        return mods[-1:]
    # "fined Google 2.4 billion euros": a name before the sum's number is the dative, with no determiner too
    numbers = [c.i for c in noun.children if c.dep_ == "nummod"]
    return [m for m in mods if an_amount(noun) and m.pos_ == "PROPN" and numbers and m.i < min(numbers)][-1:]


def _phrase_listed(noun, words: frozenset[str]) -> bool:
    """The noun, or the noun with its compound and adjective modifiers ("grand slam", "psychiatric hospital"), or the
    hyphenated word it ends ("run-off", which the tokenizer splits into "run", "-", "off"), is one of ``words``."""
    return listed(noun, words) or " ".join(
        t.lower_ for t in noun.subtree if t.dep_ in ("compound", "amod") or t.i == noun.i) in words or (
        (word := _hyphenated(noun)) is not None and word in words)


def _hyphenated(noun) -> str | None:
    """The lower-cased hyphenated word whose last part the token is ("run-off" for "off"), or None."""
    doc, i = noun.doc, noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return f"{doc[i - 2].lower_}-{noun.lower_}"


def _verb_lemmas(tok) -> list[str]:
    """Lemmas to look a trigger up by: a phrasal verb as lemma_particle ("call_off", "pull_out") first; a
    gerund the tagger calls a noun ("spent the week meeting with") counts where a verb would stand."""
    if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")):
        if any(c.dep_ == "det" for c in tok.children) or (tok.dep_ == "pobj" and tok.tag_ in ("VBN", "VBD")):
            return []  # "evacuated the wounded", "treated hundreds of wounded": a participle used as a noun
        prt = [c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in PARTICLES)
               or (c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in PARTICLES)  # "stepped down on Friday"
               or (c.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and c.lower_ in ("free", "dead"))]
        # "let free", "set free"; "shot dead": a killing, told with its result
        lemma = tok.lemma_.lower()
        out = ([f"{lemma}_{prt[0]}"] if prt else []) + [lemma]
        low = tok.lower_
        if tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and len(low) > 4:
            # the lemmatizer's slips the pipeline's mender (nlp.model.LemmaMender: "staged" -> "stag") leaves, where
            # the short verb does not double ("lambasted" -> "lambast"), or under another pipeline
            out += [x for x in (low[:-1], low[:-2]) if x != lemma]
        elif tok.tag_ == "VBG" and low.endswith("ing") and len(low) > 5:
            out += [x for x in (low[:-3] + "e",) if x != lemma]  # the same for "-ing" ("lambasting")
        return out
    low = tok.lower_
    if tok.pos_ == "NOUN" and tok.dep_ in VERBAL_DEPS and low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        return [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return []

SITES = frozenset({"in", "near", "across", "inside", "around", "throughout", "along"})


def _attacked(noun, words: frozenset[str]) -> bool:
    """A "target" struck as a thing attacked, not a goal met: qualified by a word of war (``attack_targets``) or a
    name ("Hamas targets"), or struck in a place ("struck targets in Gaza")."""
    if noun.lemma_.lower() != "target":
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in words or c.pos_ == "PROPN" or c.ent_type_)
           for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in SITES and any(
        p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC") for p in c.children)
        for h in (noun, noun.head) for c in h.children)


def _past_possibility(verb) -> bool:
    """A modal with the perfect ("could have carried out", "may have attacked"): a guess about what was done, never
    a threat of what will be."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.tag_ == "MD" for a in auxes) and any(a.lemma_.lower() == "have" and a.tag_ == "VB" for a in auxes)


def _assented_to(verb) -> bool:
    """A verb of assent with what is agreed (an object, a clause, an infinitive, a preposition that is no time) or
    between parties (a plural or coordinated subject, or a verb coordinated with one): an agreement, not a view."""
    if any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "attr", "oprd") or (c.dep_ in ("prep", "agent")
           and not _temporal(c)) for c in verb.children) or passive_subjects(verb):
        return True
    subj = subject_of(verb)
    return any(s.tag_ in ("NNS", "NNPS") or s.lower_ in ("they", "we") or any(k.dep_ == "conj" for k in s.children)
               for s in subj)


def _agreed_view(verb) -> bool:
    """Agreement that something is so, with nothing agreed to do ("the two sides agreed that relations are at their
    best"): its only content a that-clause headed by "be" with no modal, infinitive or future; a view shared, no
    promise ("agreed that talks would resume", "agreed that the ceasefire is to take effect" stay agreements)."""
    if any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "upon"))
           for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(c.lemma_.lower() == "be" and not any(k.dep_ in ("aux", "xcomp") for k in c.children)
                                 for c in clauses)


def _temporal(prep) -> bool:
    """A preposition of time ("on Tuesday", "for the second time"), which says nothing of the verb's sense
    ("called on X" does)."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() == "time" for p in objs)


def _demand_object(verb, c) -> bool:
    """A verb whose object is a demand, with the demand's that-clause parsed as the verb's: "reiterated its
    demand today that Israel ease ..."."""
    return verb.pos_ in ("VERB", "AUX") and any(k.dep_ == "dobj" and k.lower_ in c.request_nouns
                                                 for k in verb.children)

PREPARING = frozenset({"prepare", "prepared", "poise", "poised", "ready", "gear"})


def _prepared(trigger) -> bool:
    """An attack being readied ("prepared to resume shelling", "poised to attack"), not announced."""
    tok = trigger
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if listed(tok, PREPARING):
            return True
    return False


def _conditional(trigger, c) -> bool:
    """Inside an if- or unless-clause ("unless the president agrees to step down")."""
    tok = trigger
    for _ in range(4):
        if any(k.dep_ == "mark" and k.lower_ in c.conditional_marks for k in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _requested_clause(trigger, c) -> bool:
    """The clause of an obligation ("X said Y must ...") or a demand ("its demand that Y ...")."""
    tok = trigger
    for _ in range(3):
        if tok.dep_ in ("ccomp", "acl"):
            head = tok.head
            must = any(k.dep_ == "aux" and k.lower_ in c.obligation_aux for k in tok.children)
            if (head.pos_ == "NOUN" and head.lower_ in c.request_nouns) or _demand_object(head, c) or (
                    must and head.lemma_.lower() in c.obligation_reporters):
                return True
        if tok.dep_ not in ("xcomp", "conj", "ccomp", "acl", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def is_sum(noun) -> bool:
    """A sum or a number: "$4 billion", "22 billion euros" (the tagger may leave a counted currency word out of the
    sum's entity), "40"."""
    return noun.ent_type_ == "MONEY" or noun.tag_ == "$" or noun.like_num or (
        noun.lemma_.lower() in cues().currency_nouns and any(c.dep_ == "nummod" for c in noun.children))


def an_amount(tok) -> bool:
    """A sum of money as the phrase's head ("a fine of 535 million EUR", "2.4 billion euros", "$3 billion"): an
    amount, never a party, though the tagger may call a currency's code an organisation; a bare number is not one
    ("killing nine": the nine are people), nor a name the sum's entity swallowed ("fined Google 2.4 billion euros")."""
    if tok.tag_ == "$":
        return True
    # the currency's own word, not the tagger's MONEY entity alone ("suspended 33 Opposition MPs" may be read as one)
    words = cues().currency_nouns
    return (tok.lemma_.lower() in words or tok.lower_ in words) and any(c.dep_ == "nummod" for c in tok.children)


def _measured(noun) -> list:
    """What a measure noun or a sum measures: "tons of aid" -> aid, "$2 million in assistance" -> assistance; what
    a noun of growth makes more of: "an increase in funding" -> funding."""
    money = is_sum(noun)
    if listed(noun, cues().growth_nouns):
        # "announced an increase in funding", "a doubling of aid": more of an act is that act
        return [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children
                if p.dep_ == "pobj"]
    if not money and noun.lemma_.lower() not in cues().measure_nouns and noun.lower_ not in cues().measure_nouns:
        return []
    preps = ("of", "in", "worth") if money else ("of",)
    out = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    if money:  # "$4 million worth of equipment": the sum's own measure word
        out += [m for k in noun.children if k.lower_ == "worth" for c in k.children if c.dep_ == "prep"
                for m in c.children if m.dep_ == "pobj"]
    return out


def _named_by(noun, preps: set[str]) -> list:
    """The tokens that name whose a noun is or who made it: its possessor ("Washington's demands"), the objects of
    ``preps`` on it ("a request from the minister", "critics of the government") and, with "by", the agent of a
    participle describing it ("proposals laid out by the National Assembly")."""
    out = [c for c in noun.children if c.dep_ == "poss"] + _prep_objects(noun, preps)
    if "by" in preps:
        out += [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in _prep_objects(c, {"by"})]
    return out


def _detached_noun(tok) -> list:
    """The noun a participle set off by a comma describes ("died in the attack, reportedly conducted by the
    Taliban"): a past participle with a "by" agent and no subject of its own, parsed as a clause of the main verb,
    is a reduced relative of the noun just before the comma. Only a light verb's noun is looked for this way, so
    that the verb and the noun must name an act together."""
    if tok.tag_ != "VBN" or tok.dep_ != "advcl" or not any(c.dep_ == "agent" for c in tok.children) or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
        return []
    k = tok.i - 1
    while k > tok.sent.start and tok.doc[k].pos_ == "ADV":
        k -= 1
    if k <= tok.sent.start or tok.doc[k].text != ",":
        return []
    noun = tok.doc[k - 1]
    return [noun] if noun.pos_ == "NOUN" and noun.dep_ in ("pobj", "dobj") else []


def _light_nouns(tok) -> list:
    """The nouns a light verb may take: its objects, what it provides someone with ("provided the army
    with weapons"), an object parsed as the subject of an infinitive ("declared a state of siege to begin"), and
    in the passive its subject ("sanctions were imposed on Russia", "the sanctions imposed by the EU")."""
    out = list(_objects(tok)) or [k for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                  for k in c.children if k.dep_ == "nsubj" and k.pos_ == "NOUN"] or [
        p for p in passive_subjects(tok) if p.pos_ == "NOUN"] or _detached_noun(tok)
    if out:
        out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                if p.dep_ == "pobj"]
    return out + [k for o in out for k in _conjuncts(o)]  # "trucks, tents and medical equipment"


def _noun_forms(noun) -> list[str]:
    """The forms a trigger noun is looked up by: as written, its lemma, and the hyphenated word the tokenizer
    split ("cease-fire" -> "cease", "-", "fire")."""
    forms = [noun.lower_, noun.lemma_.lower()]
    forms[:0] = [f"{c.lower_} {noun.lower_}" for c in noun.children if c.dep_ in ("compound", "amod")]
    doc = noun.doc
    # "live-fire exercises": the modifier the tokenizer split at its hyphen ("live", "-", "fire") is one word
    forms[:0] = [f"{doc[c.i - 2].lower_}-{c.lower_} {noun.lower_}" for c in noun.children
                 if c.dep_ in ("compound", "amod") and c.i >= 2 and doc[c.i - 1].text == "-"
                 and not doc[c.i - 1].whitespace_ and not doc[c.i - 2].whitespace_]
    # "mediation effort", "joint exercises", "scathing attack": the noun with its modifier first, when listed
    for c in noun.children:
        if c.dep_ == "compound" and any(k.dep_ == "det" and k.lower_ == "no" for k in c.children):
            forms.insert(0, f"no-{c.lower_} {noun.lower_}")  # "a no-confidence motion": not a confidence motion
        elif c.dep_ == "prep" and c.lower_ == "of":  # "a motion of no confidence", "a motion of censure"
            forms[:0] = [f"{noun.lower_} of {' '.join(k.lower_ for k in p.children if k.dep_ == 'det')} {p.lower_}"
                         .replace("  ", " ") for p in c.children if p.dep_ == "pobj"]
    if noun.ent_type_ == "MONEY" or noun.tag_ == "$":
        forms.append("<money>")  # "gave $2 million to Nigeria": a sum given
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        forms.insert(0, f"{doc[noun.i - 2].lower_}-{noun.lower_}")
    return forms


def _anaphoric(tok, index) -> bool:
    """A bare "the fighters", "the group": an actor noun with "the" and nothing that says whose, which in
    reported speech stands for the speaker ("Taliban leaders said the fighters will lay down their arms")."""
    if tok.pos_ != "NOUN" or not index._actor_noun(tok):
        return False
    kids = list(tok.children)
    return any(k.dep_ == "det" and k.lower_ == "the" for k in kids) and len(kids) == 1


def _reporter_subject(trigger, pronoun, index) -> list[Entity]:
    """The entity a pronoun subject stands for in reported or intended speech: "Hungary has said it will
    support ...", "Russia denies it intends to attack ..." -> the subject of the governing verb."""
    tok = trigger
    for _ in range(5):
        if tok.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "acomp") or tok.head.i == tok.i:
            return []
        tok = tok.head
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        found = [e for c in subj for e in index.of_phrase(c)]
        if found:
            plural = any(c.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in c.children) for c in subj)
            if pronoun.lower_ in ("they", "their") and not plural and all(e.label == "PERSON" for e in found):
                if all(e.actor is not None and e.actor.code for e in found) and any(
                        speaks_for_a_body(c.subtree) for c in subj):
                    return found  # "the coalition spokesman said they support ...": the body, through its speaker
                return []  # "Stepanov said they can meet": "they" is someone else; a body may be "they"
            if pronoun.lower_ in ("it", "its") and plural:
                return []  # "officials said it killed nine people": "it" is no plural speaker
            if pronoun.lower_ in ("i", "my", "he", "she") and (plural or any(e.label != "PERSON" for e in found)):
                return []  # "'I urge them to stop,' Lavrov said": "I" is one person speaking, as "he" or "she" is
            return found
        if subj and subj[0].lower_ not in PRONOUNS:
            return []
    return []


def _controlled(tok) -> list:
    """The subject of the clause a verb like "want" governs: "wants NATO to promise" -> NATO."""
    out = [c for c in tok.children if c.dep_ == "dobj"]
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp"):
            out += [k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")]
    return out

SUBORDINATE = frozenset({"xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp"})
"""An event inside what such an event asks, threatens, promises or rejects is its content, not an event."""


def _befallen(trigger) -> set[int]:
    """The tokens of a that-clause the trigger or its object governs, but for the clause's subject: those the
    clause's act befalls ("concern that the sale would leave the U.S. military dependent")."""
    for head in [trigger, *(o for o in trigger.children if o.dep_ == "dobj")]:
        for c in head.children:
            subjects = [k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")]
            if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX") and subjects:
                return {t.i for t in c.subtree} - {t.i for k in subjects for t in k.subtree}
    return set()


def _prep_objects(tok, preps: set[str]) -> list:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out






CAUSE_PREPS = ("after", "of", "from", "following", "because", "as", "due", "under", "through")


def _died_of(noun, undergone) -> list:
    """The subjects of a verb of what one undergoes (``undergone``: "die") whose cause the noun names by a
    preposition of cause or sequence: "died after torture", "died of torture", "died because of torture", "died as a
    result of the torture he suffered", "died due to torture"; none for anything else ("died in prison")."""
    if noun.dep_ not in ("pobj", "pcomp"):
        return []
    prep = noun.head
    for _ in range(4):
        head = prep.head
        if head.i == prep.i:
            return []
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in undergone:
            return subject_of(head) if prep.lower_ in CAUSE_PREPS else []
        if head.pos_ in ("ADP", "SCONJ", "ADJ") and head.lower_ in CAUSE_PREPS:
            prep = head  # "because of", "due to": the first word heads the phrase
        elif head.pos_ == "NOUN" and head.lemma_.lower() in ("result", "consequence") and head.dep_ == "pobj":
            prep = head.head  # "as a result of"
        else:
            return []
    return []
