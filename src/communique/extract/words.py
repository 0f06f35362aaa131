"""Counting words the way the body extractor does, for every script (shared by the extractor and the headline
chooser, which must agree on what a ten-word paragraph is)."""

from __future__ import annotations

import re

WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words in ``text``; in scripts written without spaces (Chinese, Japanese) about two characters a word."""
    n = len(WORD.findall(text))
    cjk = len(_CJK.findall(text)) if n * 12 < len(text) else 0
    return max(n, cjk // 2)
