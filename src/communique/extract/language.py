"""Which language an article is in, so English-only stages can skip the rest with a clear reason."""

from __future__ import annotations

import re
from functools import lru_cache

MIN_WORDS = 20
"""Below this many words a guess is unreliable; the page's declared language is used instead."""
MIN_PROBABILITY = 0.8

_LANG_CODE = re.compile(r"^[a-z]{2,3}")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
"""Zero-width, soft-hyphen and direction marks: invisible, but they hide every word from the identifier."""
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
"""Scripts written without spaces between words (Chinese, Japanese, Korean hangul, Thai)."""


ENGLISH_SHARE = 0.3
"""Share of a sample's words that are English function words (data/text_stopwords.txt) above which it is
English without asking the identifier: running English prose has 40-50%; German, Dutch, French or Spanish
prose shares under 15% with that list (a, in, an, was, on). Most pages are English, and the identifier costs
more than the rest of the language step."""
_WORD = re.compile(r"[^\W\d_]+")


def _plainly_english(sample: str) -> bool:
    from communique.extract.text_features import stopwords

    words = _WORD.findall(sample.lower())
    if len(words) < 40:
        return False
    stops = stopwords()
    return sum(w in stops for w in words) / len(words) >= ENGLISH_SHARE


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def normalise_code(code: str | None) -> str | None:
    """'en-US', 'EN_gb' -> 'en'; anything that is not a language tag -> None."""
    if not code:
        return None
    m = _LANG_CODE.match(code.strip().lower())
    return m.group(0) if m else None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``: detected when the text is long enough to tell, else as declared."""
    declared = normalise_code(declared)
    sample = _INVISIBLE.sub("", text[:2800])[:700]
    if len(sample.split()) + len(_UNSPACED.findall(sample)) // 2 < MIN_WORDS:  # ~2 CJK characters a word
        return declared
    if _plainly_english(sample):
        return "en"
    lang, prob = _identifier().classify(sample)
    if prob < MIN_PROBABILITY:
        return declared or lang
    return lang
