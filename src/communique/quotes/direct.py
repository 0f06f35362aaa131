"""Quotations and their cues: "...," he said / Blinken said: "..." / "...," said Stepanov, adding "...".

A cue is a reporting verb right after a quotation's closing mark (only a subject may stand between)
or right before its opening mark (the verb, then a comma or colon, or the verb itself touching the mark).
Anything looser would take scare quotes ("an 'open invitation' stands") for statements.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import IDX

from ..nlp.quotemarks import Quotation
from .indirect import is_verb
from .lexicon import Lexicon

_END_PUNCT = ",.!?…—–-:;"
_STOP = frozenset({".", "!", "?", ";"})
_MAX_AFTER = 10
_MAX_BEFORE = 12
_MAX_BEFORE_COLON = 30


class CueFinder:
    """Finds the reporting verb of each quotation in one Doc."""

    def __init__(self, doc, quotes: list[Quotation], lex: Lexicon, subject_of, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text is rebuilt on every read: the caller's copy
        self.quotes = quotes
        self.lex = lex
        self.subject_of = subject_of
        self.starts = doc.to_array(IDX).tolist() if quotes else []  # not a Token object per token

    def is_cue(self, tok) -> bool:
        if not is_verb(tok) or tok.dep_ in ("amod", "compound"):
            return False
        lemma = tok.lemma_.lower()
        if lemma in self.lex.direct_cues:
            return True
        if lemma in self.lex.text_verbs:
            subj = self.subject_of(tok)
            return subj is not None and subj.lemma_.lower() in self.lex.text_nouns
        return False

    def cue(self, k: int):
        """The cue token of quotation ``k``, or None."""
        q = self.quotes[k]
        after = self._after(q, self.quotes[k + 1].start if k + 1 < len(self.quotes) else len(self.text))
        if after is not None:
            return after
        return self._before(q, self.quotes[k - 1].end if k > 0 else 0)

    def _after(self, q: Quotation, limit: int):
        inner = self.text[q.inner_start:q.inner_end].rstrip()
        following = self.text[q.end:q.end + 3].lstrip()[:1]
        if not (inner[-1:] and inner[-1] in _END_PUNCT or following in (",", "—", "–")):
            return None
        i = bisect_left(self.starts, q.end)
        for tok in self.doc[i:i + _MAX_AFTER]:
            if tok.idx >= limit or "\n" in tok.text or tok.text in _STOP:
                return None
            if self.is_cue(tok):
                return tok
            if is_verb(tok) and tok.pos_ != "AUX" and tok.dep_ not in ("amod", "compound", "acl"):
                return None  # another verb first: the quotation belongs to some other clause
        return None

    def _before(self, q: Quotation, limit: int):
        i = bisect_left(self.starts, q.start) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0 or self.doc[i].idx < limit:
            return None
        last = self.doc[i]
        if self.is_cue(last):
            return last  # adding "...", said "..."
        if last.text not in (",", ":"):
            return None
        reach = _MAX_BEFORE_COLON if last.text == ":" else _MAX_BEFORE  # a colon introduces what follows
        for tok in reversed(self.doc[max(0, i - reach):i]):
            if tok.idx < limit or "\n" in tok.text or tok.text in _STOP:
                return None
            if self.is_cue(tok):
                return tok
        return None

    def named(self, k: int):
        """"Philip Bump: “Two weeks ago, ...”", "Here's Clinton in December 1992: “...”": a quotation a colon
        introduces, with no verb before it but a person's name: (the colon, the name's last word), or None. The
        name is read back to the start of the line, a dash or the end of a sentence, at most ``_MAX_NAMED`` words."""
        q = self.quotes[k]
        i = bisect_left(self.starts, q.start) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 1 or self.doc[i].text != ":" or self.doc[i].idx < (self.quotes[k - 1].end if k > 0 else 0):
            return None
        name = []
        for tok in reversed(self.doc[max(0, i - _MAX_NAMED):i]):
            if "\n" in tok.text or tok.text in _STOP or tok.text in ("-", "—", "–", ":"):
                break
            name.append(tok)
        if not name or any(is_verb(t) and t.pos_ != "AUX" for t in name):
            return None
        person = [t for t in name if t.ent_type_ in _SOURCES]
        if not person and len(name) <= _BARE_NAME and all(t.pos_ == "PROPN" for t in name):
            person = name  # "Philip Bump: “...”" where the recogniser saw no entity: a bare proper name speaks
        return (self.doc[i], person[0]) if person else None  # name was read backwards: [0] is its last word


_MAX_NAMED = 6
_BARE_NAME = 4
_SOURCES = frozenset({"PERSON", "ORG"})  # a person or a body ("Pew Research: “...”") that a colon gives words to
