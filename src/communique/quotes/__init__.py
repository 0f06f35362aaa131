"""Who said what: direct, indirect and mixed quotes with their speakers, from one parse of the article.

``find_quotes(doc, entities)`` reads the Doc the annotate stage already has (no second parse) and the
entities it found, so that "he said" names the person "he" stands for. Quotations nobody is said to
say are kept as ``partial`` (scare quotes, titles, and a sentence with no cue that no quote before it
attributes) with no speaker, never as statements.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Entity, Quote, Span, Speaker
from ..nlp.quotemarks import Quotation, quotations
from .direct import CueFinder
from .edges import default_edge_model, propose
from .indirect import Candidate, clause_candidates, yield_weak
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .speakers import MentionIndex, resolve, subject_of
from .stance import STANCES, stance_of
from .tagger import CueModel, default_cue_model, rescore

__all__ = ["find_quotes", "claims", "load_lexicon", "Lexicon", "STANCES"]

_OWNED = 0.6
"""A clause at least this much inside quote marks is a direct quote with its cue, not a mixed one."""


@dataclass
class _Found:
    quote: Quote
    para: int
    q: Quotation | None = None  # the quotation, for direct quotes
    attributed: bool = False
    headline: bool = False  # a "Name: words" headline attribution


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _inner(text: str, q: Quotation) -> tuple[int, int]:
    s, e = q.inner_start, q.inner_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _sentence_like(text: str, q: Quotation, para_start: int) -> bool:
    words = text[q.inner_start:q.inner_end].split()
    if len(words) < 4:
        return False
    first = words[0].lstrip("'‘[(…. ")[:1]
    return first.isupper() or first.isdigit() or not text[para_start:q.start].strip()


def _cue_span(tok) -> Span:
    return Span(tok.idx, tok.idx + len(tok.text), tok.text)


_DEFAULT = object()


def find_quotes(doc, entities: list[Entity], lexicon: Lexicon | None = None,
                cue_model: CueModel | None | object = _DEFAULT, text: str | None = None,
                edge_model: CueModel | None | object = _DEFAULT) -> list[Quote]:
    """Every quote of the article in ``doc``, in text order, with speakers resolved to ``entities``.
    ``cue_model`` is the learned cue tagger (``tagger.py``; default the shipped one, None for the rules alone);
    ``edge_model`` the learned argument tagger (``edges.py``; default the package's, which ships none; None: off);
    ``text`` is ``doc.text`` when the caller already has it (Doc.text joins every token on each read)."""
    lex = lexicon or default_lexicon()
    model = default_cue_model() if cue_model is _DEFAULT else cue_model
    edges = default_edge_model() if edge_model is _DEFAULT else edge_model
    text = doc.text if text is None else text
    if not text.strip():
        return []
    index = MentionIndex(entities, text)
    marks = quotations(text)
    para_starts = [m.start() for m in re.finditer(r"[^\n]+", text)] or [0]

    def para(pos: int) -> int:
        return bisect_right(para_starts, pos) - 1

    q_starts = [q.inner_start for q in marks]

    def in_quote(pos: int) -> bool:
        k = bisect_right(q_starts, pos) - 1
        return k >= 0 and pos < marks[k].inner_end

    # indirect and mixed: clauses of reporting verbs, outermost first, none spoken inside a quotation
    cands = clause_candidates(doc, lex, subject_of, text)
    if model is not None:
        cands = rescore(doc, cands, lex, subject_of, model, text)
    if edges is not None:
        cands = cands + propose(doc, cands, lex, subject_of, edges, in_quote, text)
    cands = yield_weak([c for c in cands if not in_quote(c.cue.idx)])
    cands = _outermost(cands)
    q_ends = [q.inner_end for q in marks]
    owner: dict[int, Candidate] = {}
    fragment: set[int] = set()
    found: list[_Found] = []
    for c in cands:
        first = bisect_right(q_ends, c.start)  # quotations are in order and do not overlap
        inside = []
        for k in range(first, len(marks)):
            q = marks[k]
            if q.inner_start >= c.end:
                break
            inside.append((k, _overlap(c.start, c.end, q.inner_start, q.inner_end)))
        share = sum(n for _, n in inside) / max(1, c.end - c.start)
        if share >= _OWNED:
            for k, _ in inside:
                owner.setdefault(k, c)
            continue
        fragment.update(k for k, _ in inside)
        speaker = None if c.nobody else resolve(c.subject, index, lex)
        if not c.nobody and _thing(c.subject, speaker):
            continue
        s, e = c.start, c.end
        found.append(_Found(Quote("mixed" if inside else "indirect", text[s:e], s, e, speaker, _cue_span(c.cue),
                                  stance_of(c.cue, text, s, lex)),
                            para(s), attributed=True, headline=not c.shadows))

    # direct: each quotation with its own cue, or the cue of the clause it fills
    cues = CueFinder(doc, marks, lex, subject_of, text)
    for k, q in enumerate(marks):
        s, e = _inner(text, q)
        if not any(ch.isalnum() for ch in text[s:e]):
            continue
        cue = cues.cue(k)
        subj = subject_of(cue) if cue is not None else None
        if cue is not None and cue.idx >= q.end and not text[q.end:cue.idx].strip(" ,—–-\n"):
            subj = _inverted_subject(cue, subj)
        if cue is None and k in owner:
            cue, subj = owner[k].cue, None if owner[k].nobody else owner[k].subject
        if cue is None and (named := cues.named(k)) is not None:
            cue, subj = named
        if k in fragment and k not in owner:
            continue  # words quoted inside a reported clause are that report's (its mixed quote), not a second one
        speaker = resolve(subj, index, lex) if subj is not None else None
        kind = "direct" if cue is not None or _sentence_like(text, q, para_starts[para(q.start)]) else "partial"
        found.append(_Found(Quote(kind, text[s:e], s, e, speaker, _cue_span(cue) if cue is not None else None,
                                  stance_of(cue, text, s, lex)),
                            para(q.start), q=q, attributed=cue is not None))
    found.sort(key=lambda f: f.quote.start)
    _carry_speakers(found, text, para_starts)
    for f in found:  # a quotation nobody is said to say, and no quote before it says who: not a statement
        if f.quote.kind == "direct" and f.quote.cue is None and f.quote.speaker is None:
            f.quote.kind = "partial"
    return [f.quote for f in _drop_repeated_headlines(found)]


_NP_START = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"})
_NP_END = frozenset({"PROPN", "NOUN", "PRON"})


def _inverted_subject(cue, subj):
    """"'...,' said Skelly" / "'...,' added a New Hampshire Democrat": after a quotation the reporting verb
    comes before its subject (quotative inversion), which the parser often takes for an object or an
    adverb, or misses for a word inside the quotation: the noun phrase right after the verb is the subject
    (up to a comma, a verb or a relative word: "said David Brock, a Clinton confidant")."""
    if subj is not None and subj.i > cue.i:
        return subj
    doc = cue.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].pos_ not in _NP_START and not _name_like(doc[cue.i + 1]):
        return subj
    head = None
    for t in doc[cue.i + 1:cue.i + 9]:
        if t.is_punct and t.text not in ("-", ".") or "\n" in t.text or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ") \
                or t.tag_ in ("WP", "WDT"):
            break
        if t.pos_ in _NP_END or _name_like(t):
            head = t
    return head if head is not None else subj


def _name_like(t) -> bool:
    """A capitalised word the tagger took for an adverb or an adjective ("said Skelly")."""
    return t.is_title and t.pos_ in ("ADV", "ADJ", "X") and t.i > 0 and not t.doc[t.i - 1].is_sent_start


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "which"})


def _thing(subject, speaker: Speaker | None) -> bool:
    """A demonstrative or "which" that names no entity stands for a thing or a fact, not a speaker: "That
    puts him at odds with the party", "a report which cited lapses". A demonstrative pronoun with its own
    modifier names people ("those surveyed said", "those who voted for him say")."""
    return subject is not None and subject.lower_ in _DEMONSTRATIVES and (speaker is None or speaker.entity is None) \
        and not any(c.dep_ in ("acl", "relcl", "prep") for c in subject.children)


def claims(quotes: list[Quote]) -> list[Quote]:
    """The quotes someone is said to have said: every kind but ``partial`` (scare quotes, titles), which the
    record keeps and quote lists, counts and the store's quote table leave out."""
    return [q for q in quotes if q.kind != "partial"]


_HEADLINE_SHARE = 0.5
"""A headline attribution whose words are at least this much in another quote of the same speaker is repeated."""


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}


def _drop_repeated_headlines(found: list[_Found]) -> list[_Found]:
    """A headline attribution ("Graham: Trump's rhetoric is destroying the party") only stands when the body
    does not say the same: when another quote of the same speaker holds most of its words, it is dropped."""
    keep = []
    for f in found:
        if f.headline and f.quote.speaker is not None:
            mine = _words(f.quote.text)
            sp = f.quote.speaker
            same = [g for g in found if g is not f and not g.headline and g.quote.speaker is not None
                    and (g.quote.speaker.entity or g.quote.speaker.name) == (sp.entity or sp.name)]
            if mine and any(len(mine & _words(g.quote.text)) >= _HEADLINE_SHARE * len(mine) for g in same):
                continue
        keep.append(f)
    return keep


def _outermost(cands: list[Candidate]) -> list[Candidate]:
    """Drop the attributions reported inside another one's content: PolNeAR-style, one per stretch of text
    ("He said she thinks X" is his statement). Linear after sorting: the two longest reaches so far."""
    order = sorted(cands, key=lambda c: c.start)
    shadowing = [c for c in order if c.shadows]
    starts = [c.start for c in shadowing]
    best: list[tuple[int, int, int]] = []  # per prefix: (furthest end, its index, second furthest end)
    top, top_i, second = -1, -1, -1
    for i, c in enumerate(shadowing):
        if c.end > top:
            top, top_i, second = c.end, i, top
        elif c.end > second:
            second = c.end
        best.append((top, top_i, second))
    keep = []
    for c in order:
        k = bisect_right(starts, c.cue.idx) - 1
        if k >= 0:
            top, top_i, second = best[k]
            reach = second if shadowing[top_i] is c else top
            if reach > c.cue.idx:
                continue
        keep.append(c)
    return keep


def _full_sentence(words: str) -> bool:
    """A quotation that is a whole sentence however short ("Everybody sues, right?", "They sue."): a capital first
    letter and a full stop, question or exclamation mark of its own. A scare quote or a name is a phrase of the
    writer's sentence and has neither."""
    words = words.strip()
    return len(words.split()) >= 2 and words[:1].isupper() and words[-1:] in ".?!"


def _carry_speakers(found: list[_Found], text: str, para_starts: list[int]) -> None:
    """A quotation with no cue of its own takes the speaker of the quote before it when it runs on from it:
    the next paragraph of a quotation left open, a paragraph that is one more quotation, or a second
    quotation in the same paragraph. In the same paragraph that holds even for a quotation that is no sentence
    of its own, if it is at least a clause's length (four words, as ``_sentence_like``): the words of whoever the
    paragraph is quoting go on ("The risk," said Leamer, "is that we're going to be attracting workers"; "he said
    he had been offered money, but “the offers were to use the gun in a way I did not like”"), where a shorter
    one is a name or a scare quote."""
    for a, b in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):  # "…\n\n“…,” he said.
        if a.q is not None and a.q.continued and not a.attributed and b.q is not None and b.attributed \
                and b.para == a.para + 1:
            a.quote.speaker, a.attributed = b.quote.speaker, True
    last: _Found | None = None
    quoted: _Found | None = None  # the last attributed quotation: what a further quotation goes on from
    for f in found:
        if f.attributed:
            last = f
            if f.q is not None:
                quoted = f
            continue
        if last is None or last.quote.speaker is None:
            continue
        if f.quote.kind != "direct" and not (f.quote.kind == "partial" and f.q is not None and f.para == last.para
                                            and (len(f.quote.text.split()) >= 4 or _full_sentence(f.quote.text))):
            continue
        opens_para = not text[para_starts[f.para]:f.q.start].strip()
        if f.para == last.para or (f.para == last.para + 1 and opens_para):
            sp = last.quote.speaker
            f.quote.speaker = Speaker(sp.name, sp.entity, sp.actor, sp.start, sp.end)
            by = _quoted_before(last, quoted)
            f.quote.cue = by.quote.cue  # the same attribution goes on: its cue attributes this part too
            f.quote.stance = by.quote.stance
            f.quote.kind = "direct"
            f.attributed = True
            last = f
            quoted = f


def _same_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    return a is not None and b is not None and (a.entity or a.name) == (b.entity or b.name)


def _quoted_before(last: _Found, quoted: _Found | None) -> _Found:
    """Whose words a quotation with no cue of its own goes on: those of the quotation before it, when the attribution
    in between is that speaker's own aside in the same paragraph ("“A,” she said, describing how she ... “B.”",
    "“A,” said X, asking not to be named. “B.”"): the aside reports something else, the quotations are one
    statement. Otherwise the attribution just before it."""
    if last.q is None and quoted is not None and quoted.para == last.para \
            and _same_speaker(quoted.quote.speaker, last.quote.speaker):
        return quoted
    return last
