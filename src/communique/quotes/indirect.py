"""Reported speech without quote marks, read straight off the dependency parse of the given Doc:
- a reporting verb with its clause ("Stepanov said the government would welcome the meeting", "The plan
  will fail, he said", "As the Post reported, ..."), a thinking verb likewise ("he believes ...");
- a verb of wanting or urging with its infinitive ("vowed to repeal the law", "called for X to act");
- a speech act with its object or topic ("criticized the ruling", "described it as a mistake",
  "warned of a recession"), passives with their agent ("was criticized by economists");
- a speech noun with its owner ("his remarks about abortion"), "according to X", and headlines
  ("Graham: Trump's rhetoric is destroying the party");
- an adjective of attitude with what it is about ("voters are optimistic that ...", "was critical of X");
- a person named by their stance ("is an outspoken supporter of X"), "made it clear that ...";
- a named poll that a clause is "in" ("In a CNN poll, Trump leads by 10 points"), yielding to the clause's
  own reporting verb.
Which words do this is data (``data/quotes.yaml``); this module knows only the grammar.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import ENT_TYPE

from ..nlp.perdoc import lemma_forms, lower_forms, token_starts
from .lexicon import Lexicon, default_lexicon

_TRIM = " \t\n,;:—–-\"“”«»„'‘’"


def is_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


@dataclass
class Candidate:
    """An attributed clause: where its content is, its cue, and the token that names its speaker."""

    start: int
    end: int
    cue: object  # the cue Token, or the first token of an attributing phrase
    subject: object | None  # the Token naming the speaker
    shadows: bool = True  # whether attributions inside its content are its own (not so for a headline's)
    weak: bool = False  # yields to an attribution whose cue is inside its content ("In an interview, he said")
    nobody: bool = False  # a passive with no agent ("is expected to attend"): its subject is no speaker


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content without the punctuation and quote marks around it (a final "U.S." keeps its stop)."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] == "." and end - start > 1
                           and not text[end - 2].isupper()):
        end -= 1
    return start, end


def _edges(tok) -> tuple[int, int]:
    """Where the phrase a token heads starts and ends (its subtree's edges, without walking the subtree)."""
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


def _cue_lemmas(lex: Lexicon) -> frozenset[str]:
    """The lexicon's cue lemmas, joined once per lexicon (a Lexicon is frozen; the rules ask this per clause)."""
    got = _CUE_LEMMAS.get(id(lex))
    if got is None or got[0] is not lex:
        got = _CUE_LEMMAS[id(lex)] = (lex, lex.indirect_cues | lex.intention | lex.for_verbs | lex.object_verbs
                                      | lex.about_verbs | lex.to_verbs | lex.as_verbs)
    return got[1]


_CUE_LEMMAS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _worth_reading(doc, cue_lemmas: frozenset[str], words: frozenset[str]) -> list[int]:
    """The tokens whose lemma is a cue or whose lower-case form is another cue word (a speech or stance noun, an
    adjective of attitude, a colon, a source preposition or the start of a source phrase), picked from the parse's
    arrays (a Token object for every token costs more than the rules that follow): each distinct lemma and word is
    looked up once."""
    lemmas, lowers = lemma_forms(doc), lower_forms(doc)  # kept once per Doc, each distinct string looked up once
    return [i for i, (lemma, low) in enumerate(zip(lemmas, lowers, strict=True)) if lemma in cue_lemmas or low in words]


def clause_candidates(doc, lex: Lexicon, subject_of, text: str | None = None) -> list[Candidate]:
    """Every attribution of the kinds above, with its content span (trimmed), cue and speaker token."""
    text = doc.text if text is None else text
    out: list[Candidate] = []
    n = len(doc)
    first_words = frozenset(p[0] for p in lex.source_phrases)
    cue_lemmas = _cue_lemmas(lex) | lex.impression
    words = (lex.speech_nouns | first_words | lex.source_preps | lex.stance_adjectives | lex.stance_nouns | lex.made
             | {":"})
    for i in _worth_reading(doc, cue_lemmas, words):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ == "ADJ" and tok.lower_ in lex.made and tok.head.lemma_ == "make" and tok.head.i < tok.i:
            cand = _made(tok, subject_of, text)
            if cand is not None:
                out.append(cand)
        elif tok.pos_ == "ADJ" and (lemma in lex.stance_adjectives or tok.lower_ in lex.stance_adjectives):
            cand = _adjective(tok, subject_of, text)
            if cand is not None:
                out.append(cand)
        elif lemma in lex.impression and is_verb(tok):
            cand = _impression(tok, subject_of, text)
            if cand is not None:
                out.append(cand)
        elif lemma in cue_lemmas and (is_verb(tok) or _verb_tagged_noun(tok)):
            by = _agent(tok)
            span = _content(tok, lemma, lex) if by is None else _passive_content(tok)
            subj = by if by is not None else subject_of(tok) or _compound_subject(tok)
            nobody = by is None and subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == tok.i \
                and not impersonal_it(subj)
            if nobody:  # "Trump is expected to attend", "the kingdom is viewed as a bulwark"
                span = _agentless(tok, subj, span, lemma, lex)
            if span is None:
                continue
            if not isinstance(span, (_Around, _Pieces)):
                span = _before_second_source(tok, span, lex)
            if subj is None or subj.dep_ == "expl" or lemma not in lex.speech and _hypothetical(tok):
                continue
            for piece in _around(tok, span):
                s, e = trim(text, *piece)
                if e - s >= _MIN_CHARS or text[s:e].lower() in lex.pro_forms:
                    out.append(Candidate(s, e, tok, subj, nobody=nobody))
        elif tok.lower_ in lex.stance_nouns and tok.pos_ == "NOUN":
            cand = _stance_noun(tok, subject_of, text)
            if cand is not None:
                out.append(cand)
        elif tok.lower_ in lex.speech_nouns and tok.pos_ == "NOUN":
            cand = _noun(tok, subject_of, text, lex)
            if cand is not None and cand.end - cand.start >= _MIN_CHARS:  # "his endorsement of Cruz"
                out.append(cand)
        elif tok.text == ":":
            cand = _headline(doc, tok, text, lex.kickers)
            if cand is not None:
                out.append(cand)
        elif tok.lower_ in first_words and tok.i + 1 < n and (cand := _source_phrase(doc, tok, lex, text)):
            out.append(cand)
        elif tok.lower_ in lex.source_preps and tok.dep_ == "prep":
            cand = _source_prep(doc, tok, lex, text)
            if cand is not None:
                out.append(cand)
    return out


def _verb_tagged_noun(tok) -> bool:
    """"The plane was insured for $35 million, records show": a reporting verb the tagger took for a noun (and the
    noun before it for its compound). A noun never takes a clause complement, so a cue word with one is the verb."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "ccomp" for c in tok.children)


def _compound_subject(tok):
    """The subject of a verb the tagger took for a noun: the noun the parser made its compound ("records show")."""
    if not _verb_tagged_noun(tok):
        return None
    return next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")),
                None)


def _impression(tok, subject_of, text: str) -> Candidate | None:
    """"Ben Carson appears to be slipping", "the statistics seem to be fabricated": a verb of seeming with a "to"
    infinitive reports an impression of its subject: the content is the subject with what it seems to do or be; what
    it seems to be is nobody's statement (no speaker), what it seems to do is its own (``_STATES``). It is weak: a
    reporting verb inside it ("she appeared to imply that ...", "Cruz seemed to blame the network") is the
    attribution, with its own subject speaking. "It seems that ..." (an empty subject, a clause and no infinitive)
    reports nothing here."""
    inf = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if inf is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in inf.children):
        return None
    subj = subject_of(tok)
    if subj is None or subj.dep_ == "expl" or subj.lower_ in ("it", "there") or not subj.text[:1].isalnum():
        return None
    s, e = trim(text, subj.left_edge.idx, _edges(inf)[1])
    nobody = inf.lemma_ in _STATES or any(a.dep_ in ("aux", "auxpass") and a.lemma_ in _STATES for a in inf.children)
    return Candidate(s, e, tok, subj, weak=True, nobody=nobody) if e - s >= _MIN_CHARS else None


_STATES = frozenset({"be", "have"})
"""An infinitive of being or having ("appears to be slipping", "seems to have won", "appear to have ties") says what
its subject seems to be: the writer's impression of it. Any other ("seemed to mock his rival", "appeared to end his
bid") is something the subject seems to do, and the subject is its source."""


def _set_off(tok, kids) -> bool:
    """A subject and its reporting verb set off by commas inside the clause they report, the clause going on after
    them ("Soon after the argument, the evidence indicates, Roberts assigned the opinion to Alito"; "But to hit its
    target, the panel concluded, the tax must rise"): the parser hangs the verb on the clause's own verb."""
    doc = tok.doc
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or tok.head.i <= tok.i or tok.dep_ not in ("advcl", "parataxis", "conj", "dep"):
        return False
    first = subj.left_edge.i
    return first > 0 and doc[first - 1].text == "," and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","


_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp"})
"""A verb in an "as" clause with one of these says its own thing: "as" is then a time ("just as the band announced a
concert", "As Trump lamented illegal immigration, Clinton ..."), not the stand-in for the clause it reports ("As the
Post reported, ...")."""


class _Around(tuple):
    """The span of a clause a reporting verb stands inside (``_content``): its content is on both sides."""


class _Pieces(tuple):
    """The content of a reporting verb in two pieces, one on each side of it (``_reason_after``)."""


def _reason_after(tok, clause, kids, lex: Lexicon):
    """"The ferry will run late, the captain said, because the storm has damaged the pier": the reason, concession or
    condition after the reporting phrase set off by commas goes on with the clause before it (the parser hangs it on
    the reporting verb); the clause after a verb with no comma after it is how or when it was said."""
    doc = tok.doc
    if clause.i > tok.i or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "," \
            or any(c.dep_ == "auxpass" for c in kids):  # a passive's content is read by its own rules
        return None
    for c in kids:
        if c.i <= tok.i + 1 or c.is_punct:
            continue
        marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
        if c.dep_ == "advcl" and c.lemma_.lower() not in _cue_lemmas(lex) and any(m in _REASONS for m in marks):
            return c
        return None
    return None


def _around(tok, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The content of a reporting verb that stands inside the clause it reports ("He is leaning toward Kasich, he
    said, because he prizes electability"; "The economy, as the Post reported, is shrinking"): the clause on both
    sides of the verb's own phrase, as two pieces of one statement. Any other content is the span itself."""
    if isinstance(span, _Pieces):
        return list(span)
    if not isinstance(span, _Around):
        return [span]
    inner = [t for t in tok.subtree if not t.is_punct]
    left, right = inner[0], inner[-1]
    before = (span[0], tok.doc[left.i - 1].idx if left.i > 0 else span[0])
    after = (right.idx + len(right.text), span[1])
    doc = tok.doc  # a lone "However," or "Still," before it links the clause and says nothing
    opener = all(t.pos_ in _LINKS for t in doc[_span_tokens(doc, before)])
    return [p for p in ((after,) if opener else (before, after)) if p[1] > p[0]]


_LINKS = frozenset({"ADV", "CCONJ", "SCONJ", "INTJ", "PUNCT", "SPACE"})


def _span_tokens(doc, span: tuple[int, int]) -> slice:
    """The tokens of ``doc`` that start inside the character span."""
    starts = token_starts(doc)
    return slice(bisect_left(starts, span[0]), bisect_left(starts, span[1]))


def yield_weak(cands: list[Candidate]) -> list[Candidate]:
    """Drop the weak attributions ("In an interview, <clause>") whose content holds another one's cue: the clause
    reports itself ("In an interview, he said ..."), and its own verb's subject is the speaker."""
    weak = [c for c in cands if c.weak]
    if not weak:
        return cands
    cues = sorted(c.cue.idx for c in cands if not c.weak)

    def holds(c: Candidate) -> bool:
        k = bisect_left(cues, c.start)
        return k < len(cues) and cues[k] < c.end

    return [c for c in cands if not (c.weak and holds(c))]


_MODALS = frozenset({"may", "might", "could", "would", "should", "must"})


def _hypothetical(tok) -> bool:
    """A stance under a modal ("they may want to reconsider", "he would want someone loyal") is supposed, not
    reported: nobody is said to hold it."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children)


def _agent(tok):
    """The speaker of a passive ("was criticized by economists"): the object of its "by", also where the parser
    hangs the "by" on what the subject is called or seen as (``_named_by``)."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is None:
        agent = _named_by(tok)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


_NAMING_COMPLEMENTS = frozenset({"oprd", "attr", "dobj"})


def _named_by(tok):
    """The "by" of a passive verb of naming or viewing that the parser attaches to the verb's complement: "was
    called “strategic ambiguity” by Joshua Hendrick", "was declared the winner ... by news organizations", "was
    viewed as a victory by some in the movement", "was confirmed as a passenger by the minister". What the subject
    is called or seen as is a name or a role, which takes no agent of its own, so the "by" is the verb's. Only
    these complements: "was criticized for its treatment by police" keeps the noun's own "by"."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    heads = [c for c in tok.children if c.dep_ in _NAMING_COMPLEMENTS and c.i > tok.i]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i
              for g in c.children if g.dep_ == "pobj"]
    for h in heads:
        by = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        obj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if obj is not None and obj.ent_type_ not in _NOT_SAID and obj.lower_ not in ("it", "which", "that"):
            return by
    return None


def impersonal_it(subj) -> bool:
    """The empty "it" of "it is said / expected that ...": the clause is the content, as for any verb."""
    return subj.lower_ == "it" and any(c.dep_ in ("ccomp", "csubj") for c in subj.head.children)


_NAMED_AS = frozenset({"oprd", "attr", "dobj", "acomp"})


def _agentless(tok, subj, span: tuple[int, int] | None, lemma: str, lex: Lexicon) -> tuple[int, int] | None:
    """A reporting verb in the passive with no "by" names no speaker but still reports something of its subject:
    what it is expected, asked or said to do ("Trump is expected to attend"), what it is seen, known or described
    as ("the kingdom is viewed as a bulwark"), what it was called or declared ("Clinton was declared the winner").
    The content is the subject with what is said of it; None when nothing is said of it ("the deal was
    announced": an act, not a report of what was said)."""
    end = None
    if span is not None and span[0] > tok.idx:
        end = span[1]
    else:
        for c in tok.children:
            if c.i < tok.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "as" and lemma in lex.as_verbs | lex.object_verbs:
                end = _edges(c)[1]
                break
            if c.dep_ in _NAMED_AS and lemma in lex.naming | lex.speech:
                end = _edges(c)[1]
                break
    if end is None:
        return None
    return subj.left_edge.idx, end


def _passive_content(tok) -> tuple[int, int] | None:
    """What a passive attribution is about: its subject, and what it was "criticized for"."""
    kids = list(tok.children)
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > tok.i), None)
    if clause is not None:
        return _edges(clause)
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in ("it", "that", "which", "who"):
        return None
    start, end = _edges(subj)
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in _COMPLETING_PREPS and c.i > tok.i:
            end = max(end, _edges(c)[1])
    by = _named_by(tok) if not any(c.dep_ == "agent" for c in kids) else None
    if by is not None:  # "was called “strategic ambiguity” by X": what it is called, up to its speaker
        end = by.idx
        for c in kids:
            if c.dep_ in _NAMING_COMPLEMENTS and c.i > tok.i:
                end = max(end, by.idx if c.right_edge.i >= by.i else _edges(c)[1])
    return start, end


def _content(tok, lemma: str, lex: Lexicon) -> tuple[int, int] | None:
    """What the verb reports: its clause, its infinitive (with the object before it), or what it calls for."""
    kids = list(tok.children)
    if lemma in lex.indirect_cues:
        clauses = [c for c in kids if c.dep_ == "ccomp"]
        after = [c for c in clauses if c.i > tok.i]
        if after:  # "He says he respects her and calls her ...": every clause after the verb
            return after[0].left_edge.idx, _reasons_end(after[-1], kids, lex)
        clause = clauses[0] if clauses else None
        if clause is None:  # "The plan will fail, he said" can come out as parataxis of the clause
            clause = next((c for c in kids if c.dep_ == "parataxis" and c.i < tok.i and not _reporting(c, lex)),
                          None)
        if clause is None:  # "He said legalizing it could put ...": a clause the parser took for an xcomp;
            # "the emails, which she said represented all her work": a finite verb right after it is the clause
            # whose subject the relative word took away
            clause = next((c for c in kids if c.dep_ == "xcomp" and c.i == tok.i + 1
                           and c.tag_ in _CLAUSE_TAGS), None)
        if clause is None and lemma in lex.asking | lex.questioning:  # "asked workers if they planned to attend":
            clause = next((c for c in kids if c.dep_ == "advcl" and c.i > tok.i  # the question the parser hangs
                           and any(m.dep_ == "mark" and m.lower_ in _ASKING for m in c.children)), None)  # as adverbial
        if clause is None:  # "says in a statement that ...": the clause hung off a word in between
            clause = next((t.head for t in tok.subtree if t.dep_ == "mark" and t.lower_ == "that"
                           and t.head.i > tok.i and t.head.i != tok.i and _hung_between(t.head, tok)), None)
        if clause is not None:
            tail = _reason_after(tok, clause, kids, lex) if clause.i < tok.i else None
            return _edges(clause) if tail is None else _Pieces((_edges(clause), _edges(tail)))
        if lemma in lex.speech and (pro := _pro_form(tok, lex)) is not None:
            return pro
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is not None and lemma in lex.speech and sum(1 for _ in obj.subtree) >= 5 \
                and any(c.dep_ in ("relcl", "acl") for c in obj.children):
            return obj.left_edge.idx, _edges(tok)[1]  # "says the movement that's sweeping ... is"
        # "The ceasefire will hold, the minister told reporters" / "For voters, he said, the economy comes
        # first": the parser can hang the verb off the clause it reports
        left = next(t for t in tok.subtree if not t.is_punct)
        as_clause = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) \
            and not any(c.dep_ in _OWN_OBJECTS and c.i > tok.i for c in kids)  # "As X lamented the cuts": a time
        if (tok.dep_ in ("conj", "parataxis") and left.i > 0 and tok.doc[left.i - 1].text == "," or as_clause
                or _set_off(tok, kids)) and any(c.dep_ == "nsubj" for c in kids):  # "As the Post reported, <clause>"
            return _Around(_edges(tok.head))  # the clause it stands in, less its own phrase
    if lemma in lex.intention:
        clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is not None:  # "wants all immigrants to be deported" can come out as a clause
            return _edges(clause)
        inf = next((c for c in kids if c.dep_ == "xcomp" and c.i > tok.i), None)
        if inf is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in inf.children):
            obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i < inf.i), None)
            first = obj.left_edge if obj is not None else inf.left_edge
            return first.idx, _tail_end(tok, inf)
    if lemma in lex.for_verbs:
        clause = next((c for c in kids if c.dep_ == "advcl" and c.i > tok.i
                       and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)), None)
        if clause is not None:  # "called for the United States to step up its efforts"
            return _edges(clause)
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is not None:
            return obj.left_edge.idx, _tail_end(tok, prep)
    if lemma in lex.object_verbs:
        gerund = next((c for c in kids if c.dep_ == "xcomp" and c.i == tok.i + 1 and c.tag_ == "VBG"), None)
        if gerund is not None:  # "senators support reforming the system": the gerund is the object, with what
            return gerund.left_edge.idx, _tail_end(tok, gerund)  # follows it ("..., limiting the number of ...")
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > tok.i), None)
        nominal = obj is not None and (obj.pos_ != "PRON" or _partitive_of(obj))
        if obj is not None and (nominal and (lemma not in lex.naming or _named(obj, kids))
                                or _completed(obj, kids) or lemma not in lex.naming and _judged_for(obj, kids)):
            end = max([obj] + [c for c in kids if c.i > obj.i and (c.dep_ in _COMPLETES or c.dep_ == "prep"
                                                               and c.lower_ in _COMPLETING_PREPS
                                                               or lemma in lex.as_verbs and _as_clause(c))],
                      key=lambda c: c.i)
            return obj.left_edge.idx, _tail_end(tok, end)
    if lemma in lex.as_verbs:
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > tok.i), None)
        as_ = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "as" and obj is not None and c.i > obj.i),
                   None)
        if as_ is not None:
            return obj.left_edge.idx, _tail_end(tok, as_)
    if lemma in lex.about_verbs or lemma in lex.to_verbs:
        preps = _ABOUT if lemma in lex.about_verbs else _TO
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i:
                obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and _topic(c, obj, lex):
                    return obj.left_edge.idx, _tail_end(tok, c)
    return None


def _pro_form(tok, lex: Lexicon) -> tuple[int, int] | None:
    """"Most voters said so", "she said yes", "Cruz said the same": a word that stands for a whole statement right
    after the verb of saying (``pro_forms``) is what was said."""
    doc = tok.doc
    for n in (1, 2):
        words = doc[tok.i + 1:tok.i + 1 + n]
        if len(words) == n and " ".join(t.lower_ for t in words) in lex.pro_forms \
                and all(t.head.i == tok.i or t.head.i in (w.i for w in words) for t in words) \
                and (tok.i + 1 + n >= len(doc) or doc[tok.i + 1 + n].is_punct or doc[tok.i + 1 + n].pos_ == "ADP"):
            return words[0].idx, words[-1].idx + len(words[-1].text)
    return None


_CONTRASTS = frozenset({"while", "whereas"})
_COORDINATORS = frozenset({"and", "but", "while", "whereas"})
_RELATIVES = frozenset({"who", "that", "which", "whom"})


def _before_second_source(tok, span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """A content that runs into a second source's report ends before it: "Six in 10 voters said Clinton is
    honest, and three-quarters said the same of Sanders", "several supporters said he made a good case, while
    other voters said they had heard nothing": a clause coordinated with the reported one or set against it by
    "while"/"whereas", whose own reporting verb has a subject of its own, is another attribution the writer
    sets beside the first (the parser hangs it inside the first's clause), not part of what the first source
    said. A clause reported without such a link ("said the poll shows voters want change") stays nested."""
    doc = tok.doc
    cues = lex.indirect_cues | lex.intention
    lemmas = lemma_forms(doc)
    for i in range(tok.i + 1, _span_tokens(doc, span).stop):
        if lemmas[i] not in cues:
            continue  # read from the lemmas kept per Doc before a Token is made
        t = doc[i]
        if t.idx < span[0] or not is_verb(t) \
                or t.dep_ not in ("ccomp", "conj", "advcl") or t.head.i < tok.i and t.head.i != tok.i:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None or subj.lower_ in _RELATIVES \
                or any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
            continue  # "said X but that Y": a second clause of what is said
        first = t.left_edge.i
        link = [m for m in t.children if m.dep_ == "mark" and m.lower_ in _CONTRASTS and m.i == first]
        if not link and first > 0 and doc[first - 1].lower_ in _COORDINATORS and doc[first - 1].dep_ == "cc":
            first -= 1
            link = [doc[first]]
        if not link or first <= tok.i or t.head.i > first or doc[first].idx <= span[0] \
                or _content(t, t.lemma_.lower(), lex) is None:
            continue  # cut only for a report that stands as one of its own
        return span[0], doc[first].idx
    return span


_REASONS = frozenset({"because", "although", "though", "unless", "if", "since", "so"})


def _reasons_end(clause, kids, lex: Lexicon) -> int:
    """Where a reporting verb's clause ends, with the reason, concession or condition of that clause the parser
    hangs on the verb after it ("charged that she hid the documents because they contradicted her pledge"; "said
    it was a temporary dip, reflecting restlessness within the electorate"): a clause after the reported one
    opened by "because", "though", "if" ..., or a participle with no conjunction, belongs to what is said, and so
    does a second clause opened by "that" that the parser makes a conjunct of the verb ("believes the budget is sound,
    but that the council must cut costs"). A
    clause of time or manner ("said X as he left", "said X before leaving") is when or how it was said, and a
    cue of its own ("..., adding that ...", "..., calling it a disgrace") is a report of its own."""
    end = _edges(clause)[1]
    for c in kids:
        if c.i <= clause.i or c.is_punct or c.dep_ == "cc":
            continue
        marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
        if c.dep_ == "conj" and "that" in marks:  # "believes X, but that Y": a second clause of what is believed
            end = max(end, _edges(c)[1])  # (a verb's own conjunct has no complementiser: "said X and left")
            continue
        if c.dep_ != "advcl" or c.lemma_.lower() in _cue_lemmas(lex):
            break
        if not (any(m in _REASONS for m in marks) or not marks and c.tag_ in ("VBG", "VBN")):
            break
        end = max(end, _edges(c)[1])
    return end


_TO = frozenset({"to"})
_CLAUSE_TAGS = frozenset({"VBG", "VBD", "VBZ", "VBP"})
_ASKING = frozenset({"if", "whether"})
"""An xcomp with one of these tags right after a verb of saying is a clause of its own, not an infinitive."""


def _hung_between(clause, tok) -> bool:
    """Whether a "that" clause below a reporting verb hangs off the words between them ("says in a statement that
    ..."), not off another verb ("have vowed to win back trust, but acknowledge that this will be tough": the
    clause is what they acknowledge)."""
    t = clause.head
    while t.i != tok.i:
        if is_verb(t) or t.head.i == t.i:
            return False
        t = t.head
    return True


def _reporting(tok, lex: Lexicon) -> bool:
    """A reporting verb with its own subject ("At one point, she said, she was considering ..."): a phrase set
    inside the clause, not the clause a verb before it reports."""
    return tok.lemma_.lower() in lex.indirect_cues and any(c.dep_ == "nsubj" for c in tok.children)


def _topic(prep, obj, lex: Lexicon) -> bool:
    """Whether the object of "spoke on/of/about ..." is what was spoken about: not a date or a time ("spoke on
    Tuesday", "had spoken of a few days earlier"), nor, after "on", how or where ("spoke on the record", "on
    condition of anonymity", "talked on the phone"; ``not_topics``; "on CNN", "on Twitter")."""
    if obj.ent_type_ in ("DATE", "TIME"):
        return False
    if prep.lower_ == "on" and obj.ent_type_ in _MEDIA:  # "talked politics on Fox and Friends", "on Twitter"
        return False
    return not (prep.lower_ == "on" and obj.lemma_.lower() in lex.not_topics)


_MEDIA = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})
"""Entities that, after "on", are where someone spoke (an outlet, a show, a platform), not about what."""
_COMPLETES = ("oprd", "xcomp", "ccomp", "acomp")
_COMPLETING_PREPS = frozenset({"as", "for", "of"})  # "described the plan as a mistake", "blamed X for Y"
_MIN_CHARS = 3
"""Shorter contents are marks or initials, not something said; "endorsed Cruz" is long enough."""
_ABOUT = frozenset({"about", "of", "on", "against", "over", "regarding", "concerning"})


_NOT_SAID = frozenset({"DATE", "TIME"})
_TAIL_DEPS = frozenset({"conj", "prep", "advcl", "xcomp", "ccomp", "oprd", "acomp", "npadvmod", "dobj"})


def has_entity(tok, labels: frozenset[str]) -> bool:
    """Whether the phrase ``tok`` heads holds an entity of one of ``labels`` (read from the parse's arrays over the
    phrase's extent, without a Token object per word)."""
    doc = tok.doc
    types = doc[tok.left_edge.i:tok.right_edge.i + 1].to_array([ENT_TYPE]).ravel().tolist()
    strings = doc.vocab.strings
    return any(t and strings[t] in labels for t in set(types))


def _when(tok) -> bool:
    """Whether a phrase after a speech act's object says when it was done ("on Tuesday", "last week", "in December",
    "at 3 p.m."): the phrase itself or its preposition's object is a date or a time. A date deeper inside says what
    the phrase is about, which is part of what was said ("shared a syllabus for a 2002 psychology class")."""
    if tok.ent_type_ in _NOT_SAID:
        return True
    return tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in _NOT_SAID for g in tok.children)


def _reason(c) -> bool:
    """A clause of reason, concession or condition ("because so few people live near it"): why the speaker says what
    they say of the object, part of what is said even with a subject of its own."""
    return c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _REASONS for m in c.children)


def _as_clause(c) -> bool:
    """"described the dinner as Washington celebrating itself": what a verb of viewing or describing takes its object
    as can be a clause the parser hangs on the verb, opened by "as"."""
    return c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" and m.i == c.left_edge.i
                                     for m in c.children)


def _tail_end(verb, last) -> int:
    """Where what a speech act's object says ends: the object and its completions, and what follows them
    in the verb's own clause ("attacked Clinton as too cozy with Wall Street, too dependent on big money
    and for not releasing her speeches"; "pushed for immediate action while the tax code is reworked"),
    up to the first part that is not said: a date or a time ("on Tuesday"), a new subject's clause
    ("..., and Sanders praised it"), another act of the same speaker ("and praised Y"), or the end of the
    sentence."""
    end = _edges(last)[1]
    cues = _cue_lemmas(default_lexicon())
    for c in verb.children:
        if c.i <= last.i or c.dep_ == "cc" or c.dep_ == "punct" and c.text == ",":
            continue  # "supported closing the bridge, limiting ... and binding ...": the list goes on
        if c.dep_ not in _TAIL_DEPS or _when(c) \
                or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) and not _reason(c) \
                or c.dep_ == "conj" and is_verb(c) \
                or c.dep_ == "advcl" and c.lemma_.lower() in cues:  # "criticized X and praised Y": another act;
            break  # "criticized X, calling it Y": a report of its own
        end = _edges(c)[1]
    return end


_QUOTE_MARKS = frozenset({'"', "“", "”", "„", "«", "»", "''", "``", "'", "‘", "’"})


def _named(obj, kids) -> bool:
    """Whether a naming verb's object has what it is called, where the parser did not make it a complement: a
    quotation in the object's phrase ("called the system “rigged”"), or a second noun phrase after it ("calling
    President Obama an ignorant baboon")."""
    doc = obj.doc
    if any(t.text in _QUOTE_MARKS or t.text[:1] in "“”\"" for t in doc[obj.left_edge.i:obj.right_edge.i + 1]):
        return True
    return any(c.i > obj.i and c.dep_ in _SECOND_OBJECTS and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in kids)


_SECOND_OBJECTS = frozenset({"dobj", "npadvmod", "attr", "dep", "appos"})


def _completed(obj, kids) -> bool:
    """A pronoun object says nothing by itself, unless completed: "called it a mistake"."""
    return any(c.i > obj.i and c.dep_ in _COMPLETES for c in kids)


def _partitive_of(obj) -> bool:
    """"did not mention any of his opponents", "criticized some of the rulings": a pronoun of quantity with its "of"
    phrase names the thing the act is about, as a noun does."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _judged_for(obj, kids) -> bool:
    """"thanked him for stepping up", "praised her for her courage", "described it as a mistake": a pronoun object
    completed by what it is praised, blamed or described for or as (``_COMPLETING_PREPS``) with its own object."""
    return any(c.i > obj.i and c.dep_ == "prep" and c.lower_ in _COMPLETING_PREPS
               and any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in kids)


def _noun(tok, subject_of, text: str, lex: Lexicon) -> Candidate | None:
    """"his remarks about X", "X's support for Y", "accusations that ...", "Trump raised questions about X"."""
    kids = list(tok.children)
    content = next((c for c in kids if c.dep_ in ("acl", "ccomp") and c.i > tok.i
                    and any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") for g in c.children)), None)
    span = _edges(content) if content is not None else None
    if content is None:
        prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ in _ABOUT_NOUN and c.i > tok.i), None)
        content = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
        if content is not None:  # "her criticism of his vote in favour of the law": what completes it too
            span = content.left_edge.idx, _tail_end(tok, prep)
    if content is None:
        return None
    who = next((c for c in kids if c.dep_ == "poss"), None)
    if who is None:
        by = next((c for c in kids if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        who = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if who is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() not in lex.receiving:
        who = subject_of(tok.head)
    if who is None:
        return None
    s, e = trim(text, *span)
    return Candidate(s, e, tok, who)



_ABOUT_NOUN = frozenset({"about", "of", "on", "for", "against", "over", "regarding", "concerning", "to"})


_HEADLINE_REACH = 6
_HEADLINE_REACH_SET = 12  # with the setting: "Gillibrand on Hillary Releasing Her Speech Transcripts: ..."
_SETTING_PREPS = frozenset({"on", "at", "in", "to", "about"})
_OPENING_MARKS = frozenset({"‘", "“", '"', "``", "'"})


def _before_setting(name: list) -> list | None:
    """The name of "Name on <topic>:", "Name at <event>:", "Name to <hearers>:" ("Former AG Mukasey at RNC: Clinton
    email scandal disqualifies her"): the words before the preposition that says what about, where or to whom the
    name speaks. A name alone must be short (``_HEADLINE_REACH``); None when the words before the colon are
    neither."""
    cut = next((k for k, t in enumerate(name) if t.pos_ == "ADP" and t.lower_ in _SETTING_PREPS), None)
    if cut is not None and cut > 0 and name[cut - 1].pos_ == "PROPN":
        return name[:cut]
    return name if len(name) <= _HEADLINE_REACH else None
_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "PUNCT", "ADJ", "PART"})


def _headline(doc, colon, text: str, kickers: frozenset[str] = frozenset()) -> Candidate | None:
    """"Graham: Trump's rhetoric is destroying the party": a name, a colon at the start of its paragraph,
    and what the name says (the headline and lead-in convention). A kicker ("Breaking:", "EXCLUSIVE:") labels the
    item and names nobody."""
    i = colon.i
    start = i
    while start > 0 and i - start < _HEADLINE_REACH_SET and "\n" not in doc[start - 1].text:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text or start == i:
        return None  # not at the start of a paragraph
    name = [t for t in doc[start:i] if not t.is_space]
    name = _before_setting(name)
    if name is None:
        return None
    if " ".join(t.lower_ for t in name) in kickers:
        return None
    if not name or not all(t.pos_ in _NAME_POS for t in name) or not any(t.pos_ in ("PROPN", "NOUN") for t in name) \
            or sum(len(t.text) for t in name) < 2:  # "Q:" and "A:" in a transcript name nobody
        return None
    rest = []
    for t in doc[i + 1:]:
        if "\n" in t.text:
            break
        rest.append(t)
    if len(rest) < 3 or not any(t.pos_ in ("VERB", "AUX") or t.text in _OPENING_MARKS for t in rest):
        return None  # what someone says is a clause or quoted words: "Delegate Update: The latest count" is a title
    head = [t for t in name if t.pos_ in ("PROPN", "NOUN")][-1]
    s, e = trim(text, rest[0].idx, rest[-1].idx + len(rest[-1].text))
    return Candidate(s, e, colon, head, shadows=False) if e - s >= _MIN_CHARS else None


_ADJ_PREPS = frozenset({"about", "of", "on", "with", "over", "toward", "towards", "to", "in", "for", "against",
                        "regarding", "concerning", "at"})  # "alarmed at the attacks", "angry at the party"
_EMPTY_SUBJECTS = frozenset({"it", "this", "that", "there", "which", "what"})


def _adjective(tok, subject_of, text: str) -> Candidate | None:
    """"Voters are optimistic that he will win", "she was critical of the deal", "they are eager to vote": a
    predicative adjective of attitude with a clause, an infinitive or a prepositional object states its subject's
    stance towards it. "It is clear that ..." has no speaker; an adjective with nothing after it states none."""
    if tok.dep_ != "acomp" or not is_verb(tok.head):
        return None
    content = None
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "ccomp" or c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            content = _edges(c)
            break
        if c.dep_ == "prep" and c.lower_ in _ADJ_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in _NOT_SAID and obj.lower_ not in _EMPTY_SUBJECTS:
                content = (obj.left_edge.idx, _tail_end(tok, c))
                break
    if content is None:
        return None
    subj = subject_of(tok.head)
    if subj is None or subj.dep_ == "expl" or subj.lower_ in _EMPTY_SUBJECTS or not subj.text[:1].isalnum() \
            or subj.pos_ not in ("NOUN", "PROPN", "PRON") and not _partitive(subj):
        return None
    s, e = trim(text, *content)
    return Candidate(s, e, tok, subj) if e - s >= _MIN_CHARS else None


def _partitive(subj) -> bool:
    """A quantity of a group as the subject ("much of the establishment", "most of the delegates", "9 in 10
    voters"): the group holds the stance, whatever part of speech the parser gives the quantity word."""
    return subj.pos_ in ("ADJ", "DET", "NUM") and any(
        c.dep_ == "prep" and c.lower_ in ("of", "in") and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "NUM")
                                                            for g in c.children) for c in subj.children)


def _made(tok, subject_of, text: str) -> Candidate | None:
    """"He made it clear that he would not run", "made clear Monday they have no plans": the clause after "make
    ... clear" (the adjective's or the verb's) is what the subject states."""
    make = tok.head
    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "advcl") and c.i > tok.i), None)
    if clause is None:
        clause = next((c for c in make.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    subj = subject_of(make)
    if clause is None or subj is None or subj.dep_ == "expl" or subj.lower_ in _EMPTY_SUBJECTS:
        return None
    s, e = trim(text, *_edges(clause))
    return Candidate(s, e, tok, subj) if e - s >= _MIN_CHARS else None


def _stance_noun(tok, subject_of, text: str) -> Candidate | None:
    """"Sarandon is an outspoken supporter of Sanders", "Graham, a longtime critic of the deal, ...": a person named
    by the stance they take, with what they take it on ("of"/"for" and its object). The speaker is the subject of
    "be" the noun completes (through "one of the ..."), or the noun an apposition describes; "critics of the deal"
    alone name nobody in particular and attribute nothing."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > tok.i), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or obj.ent_type_ in _NOT_SAID:
        return None
    top = tok
    for _ in range(3):  # "one of a clutch of celebrity supporters of X": up the chain of "of"s
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in ("NOUN", "NUM", "PRON"):
            top = top.head.head
    if top.dep_ == "attr" and top.head.lemma_ == "be":
        who = subject_of(top.head)
    elif top.dep_ == "appos" and top.head.pos_ in ("PROPN", "NOUN"):
        who = top.head
    else:
        return None
    if who is None or who.dep_ == "expl" or who.lower_ in _EMPTY_SUBJECTS:
        return None
    s, e = trim(text, obj.left_edge.idx, _tail_end(tok, prep))
    return Candidate(s, e, tok, who) if e - s >= _MIN_CHARS else None


def _clause_around(doc, tok, phrase: set[int], text: str, min_words: int = 3) -> tuple[int, int] | None:
    """The clause a source phrase (tokens ``phrase``, starting at ``tok``) attributes: the sentence's verb it hangs
    from, without the phrase, on the side of the phrase that holds that verb (else the longer side)."""
    head = tok.head  # up to the clause: through a second conjunct the phrase ends ("X is worse than Obama's ever
    while head.dep_ not in ("ROOT", "ccomp") and head.head.i != head.i:  # has been, according to Y": all of it)
        head = head.head
    sent = tok.sent
    rest = [t for t in head.subtree if t.i not in phrase and sent.start <= t.i < sent.end]
    if not rest:
        return None
    before = [t for t in rest if t.i < tok.i]
    after = [t for t in rest if t.i > max(phrase)]
    if head.i < tok.i and before:
        side = before
    elif head.i > max(phrase) and after:
        side = after
    else:
        side = before if len(before) >= len(after) else after
    if len(side) < min_words:
        return None
    return trim(text, side[0].idx, side[-1].idx + len(side[-1].text))


def _source_prep(doc, tok, lex: Lexicon, text: str) -> Candidate | None:
    """"In a Des Moines Register poll, Mr. Cruz had a 10-point lead", "Clinton led in a Quinnipiac survey": a named
    poll the clause is in is its source (weak: the clause's own reporting verb wins)."""
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in lex.source_nouns or obj.pos_ != "NOUN" or not any(
            c.dep_ in ("compound", "poss", "nmod") and (c.pos_ == "PROPN" or c.ent_type_) for c in obj.children):
        return None  # a poll that names who made it: "in the polls" is no one's
    span = _clause_around(doc, tok, {t.i for t in tok.subtree}, text)
    if span is None or span[1] - span[0] < 8:
        return None
    return Candidate(span[0], span[1], tok, obj, weak=True)


def _source_phrase(doc, tok, lex: Lexicon, text: str) -> Candidate | None:
    """"according to X, <clause>" / "<clause>, according to X": X speaks the clause the phrase modifies."""
    for phrase in lex.source_phrases:
        k = len(phrase)
        if tok.i + k > len(doc) or tuple(lower_forms(doc)[tok.i:tok.i + k]) != phrase:
            continue
        last = doc[tok.i + k - 1]
        obj = next((t for t in last.subtree if t.dep_ == "pobj"), None)
        if obj is None:  # "according to the F.A.A." with the name left off the phrase: the next name in it
            obj = next((t for t in doc[tok.i + k:tok.i + k + 6] if t.pos_ in ("PROPN", "NOUN")
                        and not t.is_sent_start), None)
        if obj is None:
            return None
        span = _clause_around(doc, tok, {t.i for t in tok.subtree} | {t.i for t in last.subtree}, text)
        return Candidate(span[0], span[1], tok, obj) if span is not None and span[1] - span[0] >= 8 else None
    return None
