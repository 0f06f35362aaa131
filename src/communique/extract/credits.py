"""Wire-service credits in a story ("With files from The Associated Press", "(Reuters)").

Rule: an agency is credited only when it stands where a newsroom puts a credit, never because
the story talks about it. The credit positions are, per paragraph (one line of the text):

1. a dateline at the start: "LONDON (AP) —", "WASHINGTON, Jan 5 (Reuters) -", "(AFP) -";
2. a sign-off: a paragraph that is only the agency ("— AFP", "(Reuters)"; a bare name only as
   the first two or the last paragraph, where it cannot be a photo credit), or a paragraph ending
   in a sentence then "— AFP";
3. a lead-in at the start of a sentence or after "(" or a dash: "With files from CTV News and
   The Canadian Press", "(With inputs from PTI)", "Source: AFP";
4. a sentence closed by a crediting phrase: "Associated Press writer Jane Doe contributed to this
   report", "Information from Reuters was used in this report";
5. a copyright line ("Copyright 2024 The Associated Press") or a short "By ..." byline naming one
   ("By Jane Doe, Associated Press"; at most 10 words, so "By Tuesday, AP reporters had ..." is not);
6. a house signature that names no agency ("Reporting by ...; Editing by ..." is Reuters).

So "Reuters reported that ...", "told The Associated Press" or "(AP Photo/...)" are not credits.
Agencies, aliases and phrases live in ``data/wires.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

_DASH = r"[-–—~]"


@dataclass(frozen=True)
class _Wires:
    canonical: dict[str, str]  # alias as written (lower-cased when matched ignoring case) -> name
    alias: str  # regex alternation matching any alias
    lead_in: re.Pattern[str]
    closer: re.Pattern[str]
    signatures: tuple[tuple[re.Pattern[str], str], ...]
    # each lead-in's (closer's) words, case-folded, under its longest word (see ``_may_hold``)
    lead_in_words: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    closer_words: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)


def _exact_case(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) or all(c.islower() for c in letters))


@lru_cache(maxsize=1)
def _wires() -> _Wires:
    raw = yaml.safe_load(resources.files("communique").joinpath("data/wires.yaml").read_text("utf-8"))
    if not isinstance(raw, dict) or not isinstance(raw.get("agencies"), list):
        raise ValueError("wires.yaml: expected a mapping with an 'agencies' list")
    canonical: dict[str, str] = {}
    pieces: list[str] = []
    for entry in raw["agencies"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise ValueError(f"wires.yaml: agency without a name: {entry!r}")
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise ValueError(f"wires.yaml: aliases of {entry['name']!r} must be a list of strings")
        for form in [entry["name"], *aliases]:
            form = form.strip()
            exact = _exact_case(form)
            canonical[form if exact else form.lower()] = entry["name"].strip()
            pieces.append(re.escape(form).replace(r"\ ", r"\s+") if exact else f"(?i:{re.escape(form)})")
    pieces.sort(key=len, reverse=True)
    alias = r"(?<![\w-])(?:" + "|".join(pieces) + r")(?![\w-])"

    def phrases(key: str) -> str:
        values = raw.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise ValueError(f"wires.yaml: '{key}' must be a list of phrases")
        return "|".join(sorted((re.escape(v.strip()).replace(r"\ ", r"\s+") for v in values), key=len, reverse=True))

    def words(key: str) -> dict[str, list[tuple[str, ...]]]:
        out: dict[str, list[tuple[str, ...]]] = {}
        for v in raw[key]:
            ws = tuple(v.casefold().split())
            out.setdefault(max(ws, key=len), []).append(ws)
        return out

    signatures = []
    for sig in raw.get("signatures") or []:
        known = isinstance(sig, dict) and sig.get("agency") in canonical.values()
        if not (known and isinstance(sig.get("pattern"), str)):
            raise ValueError(f"wires.yaml: a signature needs a known agency and a pattern: {sig!r}")
        signatures.append((re.compile(sig["pattern"], re.IGNORECASE), sig["agency"]))
    return _Wires(
        canonical=canonical,
        alias=alias,
        lead_in=re.compile(
            rf"(?:^|(?<=[.!?:;])\s+|[(\[]\s*|{_DASH}{{1,2}}\s*)(?:{phrases('lead_ins')})(?![\w-])\s*:?",
            re.IGNORECASE,
        ),
        closer=re.compile(rf"\b(?:{phrases('closers')})\b", re.IGNORECASE),
        signatures=tuple(signatures),
        lead_in_words=words("lead_ins"),
        closer_words=words("closers"),
    )


def _may_hold(folded: str, phrases: dict[str, list[tuple[str, ...]]]) -> bool:
    """Could a phrase match in this (case-folded) paragraph? Each of its words must be there, its longest (the
    rarest) first: a test far cheaper than the phrase pattern, which most paragraphs fail."""
    return any(longest in folded and any(all(w in folded for w in ws) for ws in group)
               for longest, group in phrases.items())


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    a = _wires().alias
    group = rf"{a}(?:\s*(?:[/,+&]|-|\band\b)\s*{a})*"
    return {
        "alias": re.compile(a),
        # place, date and the agency in brackets, then a dash or the first sentence
        "dateline": re.compile(rf"^\W{{0,3}}(?:[^()\n]{{0,80}}?)\(\s*({group})\s*\)\s*(?:{_DASH}|:|(?=[A-Z\"“‘']))"),
        "alone": re.compile(rf"^\W*({group})\W*$"),
        "dashed": re.compile(rf"^\W*(?:{_DASH}|\()\W*({group})\W*$"),
        "tail": re.compile(rf"[.!?\"”’]\s*{_DASH}{{1,2}}\s*({group})\s*[.)]?\s*$"),
        "copyright": re.compile(rf"(?:copyright|©|\(c\))\s*(?:\d{{4}}\s*,?\s*)?({group})", re.IGNORECASE),
    }


def _sentence_end(text: str, start: int) -> int:
    m = re.compile(r"[.!?;](?=\s|$)|\)").search(text, start)
    return m.start() if m else len(text)


def canonical_wire(name: str) -> str | None:
    """The agency's canonical name when ``name`` is exactly one of its names ("AP", "Reuters"), else None.

    For metadata that names an agency as the author (``<meta name="author" content="Reuters">``).
    """
    if not isinstance(name, str):
        return None
    form = " ".join(name.strip(" .,;:-–—()").split())
    w = _wires()
    if not re.fullmatch(w.alias, form):
        return None
    return w.canonical.get(form) or w.canonical.get(form.lower())


def find_wire(text: str) -> list[str]:
    """Canonical names of the wire services credited in a story body, in order of appearance."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        return _find(text)
    except (re.error, RecursionError, ValueError):
        return []


def _find(text: str) -> list[str]:
    w, p = _wires(), _patterns()
    found: list[tuple[int, str]] = []

    def names_in(chunk: str, offset: int) -> None:
        for m in p["alias"].finditer(chunk):
            form = " ".join(m.group().split())
            name = w.canonical.get(form) or w.canonical.get(form.lower())
            if name:
                found.append((offset + m.start(), name))

    paragraphs = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    last = len(paragraphs) - 1
    for i, (off, para) in enumerate(paragraphs):
        stripped = para.strip()
        folded = para.casefold()
        # (a copyright line needs one of its three marks: most paragraphs are spared that pattern)
        copyright_mark = "copyright" in folded or "©" in para or "(c)" in folded
        for key in ("dateline", "dashed", "tail", "copyright") if copyright_mark else ("dateline", "dashed", "tail"):
            for m in p[key].finditer(para):
                names_in(m.group(1), off + m.start(1))
        if i < 2 or i == last:
            m = p["alone"].match(stripped)
            if m:
                names_in(para, off)
        if len(stripped) <= 80 and len(stripped.split()) <= 10 and re.match(r"by\s", stripped, re.IGNORECASE):
            names_in(para, off)
        for m in w.lead_in.finditer(para) if _may_hold(folded, w.lead_in_words) else ():
            end = _sentence_end(para, m.end())
            names_in(para[m.end() : end], off + m.end())
        for m in w.closer.finditer(para) if _may_hold(folded, w.closer_words) else ():
            start = max((s.end() for s in re.finditer(r"[.!?]\s+(?=[A-Z])", para[: m.start()])), default=0)
            if m.start() - start <= 250:
                names_in(para[start : m.start()], off + start)
        joined = para + "; " + paragraphs[i + 1][1] if i < last else para
        for pattern, name in w.signatures:
            s = pattern.search(joined)
            if s:
                found.append((off + s.start(), name))
    out: list[str] = []
    for _, name in sorted(found, key=lambda x: x[0]):
        if name not in out:
            out.append(name)
    return out
