"""Text keys shared by the knowledge base and the phrase resolver.

One normalisation for both sides of every look-up, so that "U.S." == "US", "Côte d'Ivoire" ==
"Cote dIvoire", "Kassym-Jomart" == "Kassym Jomart" and a leading "the" never matters.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_DASH = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
_ACRONYM_DOTS = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_NON_WORD = re.compile(r"[^0-9a-z' ]+")
_WS = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the )+")


def fold(text: str) -> str:
    """Accents stripped, quotes and dashes unified; case kept (acronym checks need it)."""
    t = text.translate(_APOS).translate(_DASH)
    if t.isascii():  # no accent to strip (the common case), no pass over each character
        return t
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t.replace("\u0131", "i").replace("\u00f8", "o").replace("\u00d8", "O").replace("\u00df", "ss")


def _undot(m: re.Match[str]) -> str:
    return m.group(1).replace(".", "") + " "


@functools.lru_cache(maxsize=1 << 16)
def key(text: str, drop_the: bool = True) -> str:
    """The look-up key of a name: folded, lower-case, acronym dots and punctuation removed."""
    t = _ACRONYM_DOTS.sub(_undot, fold(text))
    t = t.lower().replace("-", " ").replace("'", "")
    t = _WS.sub(" ", _NON_WORD.sub(" ", t)).strip()
    return _LEADING_THE.sub("", t) if drop_the else t


def is_acronym(name: str) -> bool:
    """Short all-capital names ("US", "UN", "DPRK") that must stay capitals to match ("us" is a pronoun)."""
    letters = re.sub(r"[^A-Za-z]", "", fold(name))
    return 1 < len(letters) <= 6 and letters.isupper() and " " not in name.strip()


def upper_letters(text: str) -> bool:
    """Written as an acronym: all capitals, or at least two of them ("DfID", not "Us" or "Who")."""
    letters = re.sub(r"[^A-Za-z]", "", fold(text))
    return bool(letters) and (letters.isupper() or sum(c.isupper() for c in letters) >= 2)


def singulars(word: str) -> list[str]:
    """Candidate singular forms of the last word of a (lower-case) key, most likely first."""
    head, _, last = word.rpartition(" ")
    pre = head + " " if head else ""
    out: list[str] = []
    if last.endswith("men") and len(last) > 3:
        out.append(last[:-3] + "man")
    if last.endswith("people"):
        out.append(last[:-6] + "person")
    if last.endswith("ies") and len(last) > 4:
        out.append(last[:-3] + "y")
    if last.endswith("es") and len(last) > 3:
        out.append(last[:-2])
    if last.endswith("s") and not last.endswith("ss") and len(last) > 2:
        out.append(last[:-1])
    return [pre + w for w in out]


def damerau1(a: str, b: str) -> bool:
    """True when a and b differ by at most one edit (insert, delete, substitute, swap neighbours)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff if len(diff) == 2 else (0, 0)
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]
