"""Who speaks: from a reporting verb to its subject, and from the subject to an entity of the article.

The annotate stage has already put pronouns, role nouns and titles into their person's entity, so a
speaker is found by the mention that covers the subject's head word ("he" -> Oleg Stepanov). A text
("a statement from spokesperson Maeva Proteau", "the ministry's statement") speaks for its author.
"""

from __future__ import annotations

from bisect import bisect_right

from ..model import Entity, Speaker
from .lexicon import Lexicon, default_lexicon

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("conj", "advcl", "xcomp", "pcomp", "prep", "acl", "relcl", "acomp", "dep")
"""Deps a subject is inherited through: "adding", a conjoined verb, and the infinitive of a predicative adjective
("voters are more likely to say ...", "she was quick to dismiss ...": the adjective's copula has the subject)."""
_COUNTS = frozenset({"nummod", "npadvmod", "quantmod"})
"""How the parser hangs a number before a verb with no subject ("Six in 10 say"): the number is its subject."""
_WH = frozenset({"who", "that", "which", "whom"})
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_NOT_SPEAKERS = frozenset({"TIME", "DATE", "CARDINAL", "PERCENT", "QUANTITY", "MONEY", "ORDINAL"})
_AUTHOR_PREPS = frozenset({"from", "by", "of"})


class MentionIndex:
    """The entity mentions of one article, searchable by character position, and the article's text
    (``Doc.text`` is rebuilt on every access: read it once)."""

    def __init__(self, entities: list[Entity], text: str) -> None:
        self.text = text
        spans = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: (x[0], -x[1]))
        self._spans = spans
        self._starts = [s for s, _, _ in spans]

    def at(self, start: int, end: int, head: int) -> tuple[int, int, Entity] | None:
        """The mention holding character ``head`` (the shortest), else the one overlapping [start, end)
        that ends last (the head of a noun phrase is at its right)."""
        best = None
        hi = bisect_right(self._starts, head)
        for s, e, ent in self._spans[max(0, hi - 40):hi]:
            if s <= head < e and (best is None or e - s < best[1] - best[0]):
                best = (s, e, ent)
        if best is not None:
            return best
        hi = bisect_right(self._starts, end - 1)
        for s, e, ent in self._spans[max(0, hi - 40):hi]:
            if s < end and start < e and (best is None or e > best[1]):
                best = (s, e, ent)
        return best


def subject_of(verb, depth: int = 0):
    """The subject of a reporting verb, climbing from "adding", "saying" or a conjoined verb to the clause
    that has one; a verb modifying a speaker noun ("a statement saying", "the senator, warning") has that
    noun for subject, one modifying a thing ("grabbed a microphone, telling") the subject of its verb."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if subjects:  # the one nearest the verb on its side of a paragraph break ("9:18 p.m. \n\n Trump is ...")
        near = [c for c in subjects if not _crosses(c, verb)]
        return min(near, key=lambda c: abs(c.i - verb.i)) if near else _same_paragraph(subjects[0], verb)
    count = next((c for c in verb.children if c.i < verb.i and c.pos_ == "NUM" and c.dep_ in _COUNTS), None)
    if count is not None:  # "About 4 in 10 say ...": the parser hangs the proportion on the verb as a number
        return count
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        if noun.pos_ == "PROPN" or noun.ent_type_ in _NAMED or depth > 0 or noun.dep_ not in ("dobj", "pobj"):
            return noun
        return subject_of(noun.head, depth + 1) or noun
    controller = _object_controller(verb)
    if controller is not None:
        return controller
    if depth < 3 and verb.dep_ in _CLIMB and verb.head.i != verb.i:
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "ROOT" and verb.tag_ in _FINITE:
        return _opening_name(verb)
    return None


def _object_controller(verb):
    """"The defeat led Republicans to say ...", "prompting them to focus on ...": the "to" infinitive of a verb of
    object control (``object_control_verbs``) has that verb's object for subject, not the verb's own subject."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in default_lexicon().object_control \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_TITLES = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PUNCT"})


def _opening_name(verb):
    """"Jeffrey Salkin, a Florida rabbi helping to organize the boycott, said he ...", "At Boca West, Jay DiPietro, the
    club's president, suggested that ...": a finite verb with no subject of its own after a name set off by commas
    and its description: the parser has taken the description for a clause and the name with it, and the name is
    the verb's subject. The name is the nearest comma-delimited stretch before the verb that is a name (words of a
    noun phrase ending in a proper noun); None when the stretch right before the verb is not closed by a comma."""
    doc = verb.doc
    if verb.i < 3:
        return None
    before = doc[verb.i - 1] if doc[verb.i - 1].pos_ != "ADV" else doc[verb.i - 2]
    if before.text not in (",", "—", "–", ")"):
        return None  # the description must close before the verb: "Name, a description, said"
    sent = verb.sent
    if before.i - sent.start < 2:
        return None
    commas = [t.i for t in doc[sent.start:before.i] if t.text == ","]
    bounds = [sent.start - 1, *commas, before.i]
    for a, b in list(zip(bounds[:-1], bounds[1:], strict=True))[::-1][:4]:
        name = doc[a + 1:b]
        if len(name) and all(t.pos_ in _TITLES and t.text not in ("(", ")", ":") for t in name) \
                and name[-1].pos_ == "PROPN" and name[-1].ent_type_ not in ("DATE", "TIME", "GPE", "LOC") \
                and (a + 1 == sent.start or doc[a].text == ","):
            return name[-1]
    return None


def _crosses(a, b) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[lo:hi])


def _same_paragraph(subj, verb):
    """A subject the parser found across a paragraph break ("9:30 p.m." over "Donald Trump says") gives way
    to the last word of its phrase on the verb's side of the break."""
    if not _crosses(subj, verb):
        return subj
    side = [t for t in subj.subtree if t.i < verb.i and not any("\n" in x.text for x in subj.doc[t.i:verb.i])
            and t.pos_ in ("PROPN", "NOUN", "PRON")]
    return side[-1] if side else subj


def author_of(noun):
    """The author of a text noun: "a statement from X", "X's statement", "a White House statement"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    comps = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if comps:
        return comps[-1]
    if noun.dep_ == "dobj":  # "His office released a statement saying ..."
        who = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if who is not None:
            return who
    return noun


def phrase_span(head) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``head``: its subtree when short, else its left part."""
    sub = list(head.subtree)
    if len(sub) > 8 or any("\n" in t.text for t in sub):
        left = min((t for t in head.lefts if t.dep_ in ("det", "compound", "amod", "poss", "nummod")),
                   key=lambda t: t.i, default=head)
        sub = [t for t in head.doc[left.left_edge.i:head.i + 1]]
    while sub and sub[0].is_punct:
        sub = sub[1:]
    while sub and sub[-1].is_punct:
        sub = sub[:-1]
    if not sub:
        return head.idx, head.idx + len(head.text)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


_PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$", "WDT", "DT", "EX"})


def bare_pronoun(tokens) -> bool:
    """Whether a phrase is only pronouns and determiners ("he", "It", "they", "this"): it names nobody."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return bool(words) and all(t.pos_ == "PRON" or t.tag_ in _PRONOUN_TAGS for t in words)


def impersonal(token, lex: Lexicon) -> bool:
    """An empty subject of a passive reporting verb: "It is thought / understood / said that ..."."""
    head = token.head
    return token.lower_ == "it" and token.dep_ in ("nsubjpass", "expl", "nsubj") and \
        head.lemma_.lower() in lex.impersonal and any(c.dep_ == "auxpass" for c in head.children)


def _age_noun(token) -> bool:
    """"said the 46-year-old", "the 19-year-old told police": an age used as a noun names a person, though the
    entity recogniser calls it a date; the word "old" heading the phrase, with "year" just before it, says so."""
    doc = token.doc
    return token.lower_ == "old" and token.pos_ in ("ADJ", "NOUN") and token.dep_ in _SUBJECTS + ("pobj",) \
        and token.i >= 2 and doc[token.i - 2].lower_ in ("year", "years")


def resolve(token, index: MentionIndex, lex: Lexicon) -> Speaker | None:
    """The speaker that ``token`` (a subject, or the object of "according to") names. A pronoun that no
    entity holds is kept as the words the attribution uses with ``name`` None: a pronoun names nobody."""
    if token is None or token.dep_ == "expl" or token.lower_ == "it" and token.head.lemma_ in ("be", "seem") \
            or impersonal(token, lex):
        return None
    used = None  # the word the attribution uses when it is not the speaker's name ("who" said)
    if token.lower_ in _WH and token.dep_ in _SUBJECTS and token.head.dep_ == "relcl":
        used, token = token, token.head.head
    if token.ent_type_ in _NOT_SPEAKERS and not _age_noun(token):  # "9:30 p.m. Donald Trump says": the time
        names = [t for t in token.subtree if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
        if not names and token.ent_type_ in ("TIME", "DATE"):
            return None  # a dateline or a live-blog time stamp is nobody
        token = names[-1] if names else token
    if token.lemma_.lower() in lex.text_nouns:
        token = author_of(token)
    start, end = phrase_span(token)
    hit = index.at(start, end, token.idx)
    if hit is not None:
        s, e, ent = hit
        if used is not None:
            s, e = used.idx, used.idx + len(used.text)
        name = None if ent.name.strip().lower() in _PRONOUN_NAMES else ent.name
        return Speaker(name=name, entity=ent.id, actor=ent.actor, start=s, end=e)
    text = index.text[start:end]
    span = token.doc.char_span(start, end, alignment_mode="expand")
    unnamed = bare_pronoun(span if span is not None else [token]) or " ".join(text.lower().split()) in _PRONOUN_NAMES
    if used is not None:
        start, end = used.idx, used.idx + len(used.text)
    return Speaker(name=None if unnamed else " ".join(text.split()), start=start, end=end)


_PRONOUN_NAMES = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them",
                            "this", "that", "these", "those", "who", "one", "someone", "somebody", "everyone",
                            "everybody", "anyone", "anybody", "nobody", "no one", "his", "its", "their", "our",
                            "my", "your"})
"""An entity named only by a pronoun (a cluster with no name in it) gives its speaker no name."""
