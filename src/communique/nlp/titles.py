"""Titles around names: "Canada's Foreign Affairs Minister Melanie Joly", "spokesperson Maeva Proteau".

The words come from ``data/titles.yaml`` (honorifics, role nouns, title modifiers) so that users
can add their own. A title is what tells us who a person is in this article, before any
knowledge base is asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

_EDGE_WORDS = frozenset({"of", "for", "to", "the", "and", "on", "at", "'s", "’s", "-", "."})
_OPEN, _CLOSE = "[", "]"


@dataclass(frozen=True)
class TitleWords:
    honorifics: frozenset[str]
    roles: frozenset[str]
    modifiers: frozenset[str]
    regnal: frozenset[str] = frozenset()  # titles used with one name that is the person's own ("Prince Charles")
    female: frozenset[str] = frozenset()  # title words that tell a woman ("Mrs", "spokeswoman")
    male: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    """Words of party names that stand in a title like a role ("Lib Dem Norman Baker", "Tory MP X"): set by
    the annotator from data/actors/parties.yaml (a capitalised token only)."""

    def is_role(self, token) -> bool:
        low = token.lower_
        return low in self.roles or token.lemma_.lower() in self.roles or (  # "Senators Marco Rubio ..."
            low.endswith("s") and not low.endswith("ss") and low[:-1] in self.roles and token.is_title)

    def is_party(self, token) -> bool:
        return bool(self.parties) and token.is_title and token.lower_ in self.parties

    def in_title(self, token) -> bool:
        low = token.lower_.rstrip(".")
        return (low in self.honorifics or self.is_role(token) or low in self.modifiers or token.lower_ in self.modifiers
                or self.is_party(token))


class TitleWordsError(ValueError):
    pass


def load_title_words(path: str | Path | None = None) -> TitleWords:
    """Read a titles file (the shipped one by default); lists of lower-case words under three keys."""
    text = Path(path).read_text("utf-8") if path else (
        resources.files("communique") / "data" / "titles.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    where = path or "data/titles.yaml"
    out = {}
    for key in ("honorifics", "roles", "modifiers", "regnal", "female", "male"):
        words = data.get(key, [] if key in ("regnal", "female", "male") else None)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise TitleWordsError(f"{where}: '{key}' must be a list of words")
        out[key] = frozenset(w.lower() for w in words)
    return TitleWords(**out)


@lru_cache(maxsize=1)
def title_words() -> TitleWords:
    return load_title_words()


def title_before(doc, start: int, words: TitleWords | None = None) -> tuple[int, bool]:
    """Token index where a title in front of the name starting at ``start`` begins (``start`` if none),
    and whether it holds a role or honorific (not just modifiers or a country)."""
    words = words or title_words()
    i = start - 1
    first = start
    sent_start = doc[start].sent.start
    depth = 0
    seen_role = False
    while i >= sent_start:
        t = doc[i]
        if "\n" in t.text or (t.is_punct and t.text not in (_OPEN, _CLOSE, "'s", "’s", "-", ".")):
            break
        if seen_role and depth == 0 and t.pos_ == "ADP":
            break  # "advisor for | U.S. President Donald Trump": the title nearest the name is its own
        if t.lower_ in ("and", "or") and i > sent_start and doc[i - 1].ent_type_ in ("GPE", "NORP", "PERSON", "ORG"):
            break  # "Syria and | Palestinian leader Yasser Arafat": two actors, not one title
        if t.text == _CLOSE:
            depth += 1
        elif t.text == _OPEN:
            depth -= 1
        ok = (
            depth != 0 or t.text in (_OPEN, _CLOSE)
            or words.in_title(t)
            or (t.ent_type_ in ("GPE", "NORP", "ORG") and t.is_title | t.is_upper)
            or t.tag_ == "POS"
        )
        if not ok:
            break
        seen_role = seen_role or words.is_role(t)
        first = i
        i -= 1
    # drop function words and unmatched brackets hanging at the left edge
    while first < start and (doc[first].lower_ in _EDGE_WORDS or doc[first].text == _CLOSE):
        first += 1
    has_role = any(  # a party's name before a name is a title too ("Lib Dem Norman Baker")
        doc[k].lower_.rstrip(".") in words.honorifics or words.is_role(doc[k]) or words.is_party(doc[k])
        for k in range(first, start)
    )
    return (first, True) if has_role else (start, False)


def gender_of_title(doc, first: int, start: int, words: TitleWords | None = None) -> str | None:
    """"f" or "m" where a word of the title says (``female`` / ``male`` in titles.yaml: "Mrs", "spokeswoman")."""
    words = words or title_words()
    for k in range(first, start):
        low = doc[k].lower_.rstrip(".")
        if low in words.female:
            return "f"
        if low in words.male:
            return "m"
    return None


def title_after(doc, end: int) -> int:
    """End of an "of <place>" that completes a title after the name: "King Hassan | of Morocco"."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ in ("GPE", "NORP"):
        k = end + 1
        while k < len(doc) and doc[k].ent_type_ in ("GPE", "NORP") and (k == end + 1 or doc[k].ent_iob_ == "I"):
            k += 1
        return k
    return end
