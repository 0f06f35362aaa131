"""The CAMEO verb-pattern dictionary (PETRARCH2, MIT; data/cameo_verbs/) matched on a spaCy dependency parse.

A broad lexicon of event verbs for the event coder: ``matches(tok)`` gives every pattern of the verb's
blocks that the parse around ``tok`` satisfies, most specific first, each with its CAMEO code, PLOVER type,
mode, context and the tokens it used; ``verb_types(lemma)`` is the set of PLOVER types a verb can give (a
cheap classifier feature); ``synset('&WEAPON')`` the words of a synonym set.

PETRARCH2 matched its patterns on a Treebank parse. Here a pattern's words are looked for among the
tokens near the verb that belong to its clause: the verb's own dependents and their phrases (objects,
particles, prepositional phrases, xcomp/ccomp complements), up to ``WINDOW`` tokens either side, never
inside a coordinated verb's, an adverbial clause's or a relative clause's own phrase. A passive subject
counts on both sides ("aid was rushed" is "rushed aid"). A word matches a token by its lemma or its
lower-cased form; a noun phrase ``{RELIEF ASSISTANCE}`` needs its head and, among the head's modifiers,
its other words; a prepositional phrase ``(TO BORDER)`` needs the preposition and its object's words.
The data is validated at load against the ontology (data/plover.yaml): an unknown PLOVER type, a mode
or context the type does not have, or a malformed CAMEO code is an error naming the entry.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.symbols import AUX, PROPN, VERB

from ..nlp.perdoc import arcs, lemma_forms, lower_forms, pos_ids
from .ontology import Ontology, ontology

__all__ = ["Act", "VerbDictionary", "VerbDictionaryError", "VerbMatch", "dictionary", "load_dictionary",
           "matches", "synset", "verb_types"]

WINDOW = 8
"""Tokens either side of the verb in which a pattern's words are looked for."""
_STOP = frozenset({"advcl", "relcl", "parataxis", "acl", "csubj", "mark", "cc", "punct", "appos"})
"""Dependencies whose phrase is another statement: a pattern's word is not looked for inside them."""
_VERBAL = frozenset({VERB, AUX})
_PREP_DEPS = frozenset({"prep", "agent", "dative", "prt", "advmod"})
_CODE = re.compile(r"^\d{2,4}$")
_DROPPED_ROOTS = frozenset({"01", "02"})


class VerbDictionaryError(ValueError):
    """The verb data is malformed; the message names the entry (file, source line, pattern)."""


@dataclass(frozen=True, slots=True)
class Act:
    """One coded act: a CAMEO code with its PLOVER type (None for CAMEO 01/02, which PLOVER dropped)."""

    cameo: str
    plover: str | None
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VerbMatch:
    """A pattern (or the verb's own code) that holds around a verb token.

    ``cameo`` is the act the pattern codes: the source's on the target, or with ``reverse`` the target's on
    the source (CAMEO ``[:173]``, "X appeared before the court"). ``reciprocal`` is the target's act back
    in a reciprocal code (``[042:043]``: the visitor 042, the host 043). ``cameo`` None: the pattern says
    this construction is no event (``[---]``). ``tokens`` are the doc indices the pattern used, verb first.
    """

    lemma: str
    cameo: str | None
    plover: str | None
    mode: str | None
    context: tuple[str, ...]
    pattern: str
    tokens: tuple[int, ...]
    reverse: bool = False
    reciprocal: Act | None = None
    default: bool = False
    inherited: bool = False  # the verb's own code is its synonym block's: the dictionary gave the verb none itself
    roles: tuple[tuple[str, int], ...] = ()
    block: str = ""
    line: int = 0

    @property
    def is_event(self) -> bool:
        return self.cameo is not None

    @property
    def specificity(self) -> int:
        """Tokens the pattern needed beyond the verb (0 for the verb's own code)."""
        return len(self.tokens) - 1


# ------------------------------------------------------------------------------------------ compiled form

class _Synsets(dict):
    """Synset name -> its phrases, with the slots compiled from them."""

    def __init__(self, data: dict[str, list[str]]) -> None:
        super().__init__({k: tuple(v) for k, v in data.items()})
        self.compiled: dict = {}


class _Slot:
    """One pattern word as word sequences keyed by their last word (a synset's phrases all at once)."""

    __slots__ = ("by_last", "text")

    def __new__(cls, spec: str | list[str], synsets: _Synsets) -> _Slot:
        cache = synsets.compiled  # shared: &WEAPON's 500 phrases are compiled once for all its patterns
        key = spec if isinstance(spec, str) else tuple(spec)
        got = cache.get(key)
        if got is None:
            got = cache[key] = super().__new__(cls)
            got._compile(spec, synsets)
        return got

    def __init__(self, spec: str | list[str], synsets: _Synsets) -> None:
        pass

    def _compile(self, spec: str | list[str], synsets: _Synsets) -> None:
        alts = spec if isinstance(spec, list) else [spec]
        words: list[str] = []
        for a in alts:
            words.extend(synsets[a] if a.startswith("&") else [a])
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for w in words:
            for seq in _sequences(w):
                by_last.setdefault(seq[-1], []).append(seq)
        self.by_last = {k: tuple(v) for k, v in by_last.items()}
        self.text = spec if isinstance(spec, str) else "/".join(spec)


def singular(word: str) -> str | None:
    """The regular singular of a plural noun ('troops' -> 'troop', 'parties' -> 'party'), else None.

    The dictionary writes many nouns in the plural (&MILITARY: 'soldiers'); a token is matched by its lemma
    too, so 'a soldier' needs 'soldier'. PETRARCH's plural rules (+S, Y -> IES, SS -> SSES) run backwards."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1]


def _sequences(phrase: str) -> list[tuple[str, ...]]:
    """'armed forces' -> [('armed', 'forces'), ('armed', 'force')]; 'sit-in' -> also ('sit', '-', 'in'),
    as spaCy splits it."""
    parts = tuple(phrase.split())
    out = [parts]
    one = singular(parts[-1])
    if one:
        out.append((*parts[:-1], one))
    if any("-" in p and p != "-" for p in parts):
        split: list[str] = []
        for p in parts:
            pieces = p.split("-")
            for k, piece in enumerate(pieces):
                if k:
                    split.append("-")
                if piece:
                    split.append(piece)
        out.append(tuple(split))
    return out


class _NP:
    __slots__ = ("head", "mods")

    def __init__(self, slots: list, synsets: dict) -> None:
        self.head = _Slot(slots[-1], synsets)
        self.mods = tuple(_Slot(s, synsets) for s in slots[:-1])


class _PP:
    __slots__ = ("prep", "nps", "role")

    def __init__(self, e: dict, synsets: dict) -> None:
        self.prep = _Slot(e["pp"], synsets)
        self.nps = tuple(_NP(np, synsets) for np in e.get("np") or ())
        self.role = e.get("role")


class _Pattern:
    __slots__ = ("before", "after", "roles", "match_fields", "text", "line", "key", "trigger")

    def __init__(self, rec: dict, synsets: dict, block: str) -> None:
        self.before = tuple(_element(e, synsets) for e in rec.get("before", ()) if "role" not in e or "pp" in e)
        self.after = tuple(_element(e, synsets) for e in rec.get("after", ()) if "role" not in e or "pp" in e)
        self.roles = tuple((e["role"], side) for side in ("before", "after") for e in rec.get(side, ())
                           if "role" in e and "pp" not in e)
        self.match_fields = _act_fields(rec)
        self.text = rec["text"]
        self.line = rec["line"]
        self.key = (block, rec["line"])
        slots = [e.head if isinstance(e, _NP) else e.prep for e in self.before + self.after]
        # the words one of which must be near the verb for the pattern to hold: its rarest element's
        self.trigger = frozenset(min(slots, key=lambda s: len(s.by_last)).by_last) if slots else frozenset()


def _element(e: dict, synsets: dict) -> _NP | _PP:
    return _PP(e, synsets) if "pp" in e else _NP(e["np"], synsets)


def _act_fields(rec: dict) -> dict:
    recip = rec.get("reciprocal")
    return {"cameo": rec.get("cameo"), "plover": rec.get("plover"), "mode": rec.get("mode"),
            "context": tuple(rec.get("context") or ()), "reverse": bool(rec.get("reverse")),
            "reciprocal": Act(recip["cameo"], recip.get("plover"), recip.get("mode"), tuple(recip.get("context") or ()))
            if recip else None}


class _Block:
    """A block's patterns, indexed by their trigger words so that only those with a word present are tried.

    Compiled on first use: a document meets a few hundred of the ~400 blocks, and loading stays fast."""

    __slots__ = ("name", "records", "synsets", "_patterns", "always", "by_word", "types")

    def __init__(self, name: str, records: list[dict], synsets: dict) -> None:
        self.name = name
        self.records = records
        self.synsets = synsets
        self._patterns: tuple[_Pattern, ...] | None = None
        self.types = frozenset(t for r in records for t in _types_of(r))

    @property
    def patterns(self) -> tuple[_Pattern, ...]:
        if self._patterns is None:
            pats = tuple(_Pattern(r, self.synsets, self.name) for r in self.records)
            self.always = tuple(p for p in pats if not p.trigger)
            by_word: dict[str, list[_Pattern]] = {}
            for p in pats:
                for w in p.trigger:
                    by_word.setdefault(w, []).append(p)
            self.by_word = {k: tuple(v) for k, v in by_word.items()}
            self._patterns = pats
        return self._patterns

    def candidates(self, words: set[str]) -> list[_Pattern]:
        if not self.patterns:
            return []
        seen = dict.fromkeys(self.always)
        for w in words:
            for p in self.by_word.get(w, ()):
                seen[p] = None
        return list(seen)


def _types_of(rec: dict) -> list[str]:
    recip = rec.get("reciprocal") or {}
    return [t for t in (rec.get("plover"), recip.get("plover")) if t]


class _Verb:
    __slots__ = ("lemma", "before", "after", "fields", "text", "line", "block", "patterns", "inherited")

    def __init__(self, rec: dict, block: str, patterns: _Block) -> None:
        self.lemma = rec["lemma"]
        self.before = tuple(rec.get("before") or ())
        self.after = tuple(rec.get("after") or ())
        self.fields = _act_fields(rec)
        self.text = rec.get("text") or rec["lemma"]
        self.line = rec.get("line", 0)
        self.block = block
        self.patterns = patterns
        # "SERVE" in the block "--- AID [060] ---" takes the block's code; "FAIL [120]" has its own, and so has
        # the verb a block is named for, by any of its forms ("DIE" in "--- DIE [190] ---", "OVERTHROW {...
        # OVERTHREW}" in "--- OVERTHREW [180] ---")
        forms = {w.lstrip("+").lower() for w in re.findall(r"[+\w'-]+", self.text.split("#")[0])}
        self.inherited = not re.search(r"\[[^\]]*\]\s*$", self.text) and block.lower() != self.lemma.lower() \
            and block.lower() not in forms


# ------------------------------------------------------------------------------------------ the parse side

class _Context:
    """The tokens around one verb, by side, with their lemma and lower-cased form as keys."""

    __slots__ = ("verb", "doc", "sides", "keys", "words", "lemmas", "lowers")

    def __init__(self, verb) -> None:
        self.verb = verb
        self.doc = doc = verb.doc
        self.lemmas, self.lowers = lemma_forms(doc), lower_forms(doc)
        heads, deps = arcs(doc)
        verbal = pos_ids(doc)
        self.keys: dict[int, tuple[str, str]] = {}
        before: list[int] = []
        after: list[int] = []
        vi = verb.i
        for i in range(max(0, vi - WINDOW), min(len(doc), vi + WINDOW + 1)):
            if i == vi:
                continue
            via = _path_to(i, vi, heads, deps, verbal)
            if via is None or (verbal[i] == PROPN and doc[i].ent_type_ == "DATE"):
                continue  # a month's name is no noun of the verb's ("hold its congress in March": no march)
            self.keys[i] = (self.lemmas[i], self.lowers[i])
            if i < vi:
                before.append(i)
                if via == "nsubjpass":  # "aid was rushed": the passive subject is the verb's object
                    after.append(i)
            else:
                after.append(i)
        self.sides = {"before": before, "after": after}
        self.words = {w for k in self.keys.values() for w in k}

    def key(self, i: int) -> tuple[str, str]:
        k = self.keys.get(i)
        if k is None:
            k = self.keys[i] = (self.lemmas[i], self.lowers[i])
        return k


def _path_to(i: int, vi: int, heads: list[int], deps: list[str], pos: list[int]) -> str | None:
    """The dependency under the verb at ``vi`` through which the token at ``i`` hangs from it, or None if not in
    its clause (``heads``, ``deps``, ``pos``: the Doc's arcs and parts of speech, ``nlp.perdoc``)."""
    x = i
    for _ in range(12):
        dep = deps[x]
        h = heads[x]
        if h == vi:
            return None if dep in _STOP or (dep == "conj" and pos[x] in _VERBAL) else dep
        if dep in _STOP or h == x or (dep == "conj" and pos[x] in _VERBAL):
            return None
        x = h
    return None


def _match_seq(ctx: _Context, i: int, slot: _Slot) -> tuple[int, ...] | None:
    """The doc indices of slot's word sequence ending at token i, or None."""
    for k in ctx.key(i):
        for seq in slot.by_last.get(k, ()):
            if len(seq) == 1:
                return (i,)
            start = i - len(seq) + 1
            if start < 0:
                continue
            if all(seq[j] in ctx.key(start + j) for j in range(len(seq) - 1)):
                return tuple(range(start, i + 1))
    return None


def _match_np(ctx: _Context, np: _NP, where: list[int] | range) -> tuple[int, ...] | None:
    for i in where:
        got = _match_seq(ctx, i, np.head)
        if got is None:
            continue
        used = list(got)
        head = ctx.doc[i]
        left = range(head.left_edge.i, got[0])
        for mod in np.mods:
            m = next((r for j in left if (r := _match_seq(ctx, j, mod)) is not None), None)
            if m is None:
                break
            used.extend(m)
        else:
            return tuple(used)
    return None


def _match_pp(ctx: _Context, pp: _PP, where: list[int]) -> tuple[tuple[int, ...], int | None] | None:
    for i in where:
        got = _match_seq(ctx, i, pp.prep)
        if got is None:
            continue
        p = ctx.doc[i]
        if p.pos_ != "ADP" and p.dep_ not in _PREP_DEPS:
            continue
        obj = range(i + 1, p.right_edge.i + 1)
        used = list(got)
        obj_head = None
        for np in pp.nps:
            m = _match_np(ctx, np, obj)
            if m is None:
                break
            used.extend(m)
            obj_head = obj_head if obj_head is not None else m[-1]
        else:
            if obj_head is None:
                obj_head = next((c.i for c in p.children if c.dep_ in ("pobj", "pcomp")), None)
            return tuple(used), obj_head
    return None


def _match_pattern(ctx: _Context, pat: _Pattern) -> tuple[tuple[int, ...], tuple[tuple[str, int], ...]] | None:
    used: list[int] = []
    roles: list[tuple[str, int]] = []
    for side, elements in (("before", pat.before), ("after", pat.after)):
        toks = ctx.sides[side]
        for e in elements:
            if isinstance(e, _NP):
                m = _match_np(ctx, e, toks)
                if m is None:
                    return None
                used.extend(m)
            else:
                r = _match_pp(ctx, e, toks)
                if r is None:
                    return None
                used.extend(r[0])
                if e.role and r[1] is not None:
                    roles.append((e.role, r[1]))
    for role, side in pat.roles:  # '$ *' / '* +': the subject / the object
        deps = ("nsubj", "nsubjpass") if side == "before" else ("dobj", "obj", "dative", "attr")
        i = next((c.i for c in ctx.verb.children if c.dep_ in deps), None)
        if i is not None:
            roles.append((role, i))
    return tuple(used), tuple(roles)


def _compound_tokens(ctx_verb, verb: _Verb) -> tuple[int, ...] | None:
    """Indices of a multi-word verb's other words ('call off', 're-arrest'), or None when they are absent."""
    if not verb.before and not verb.after:
        return ()
    doc = ctx_verb.doc
    used: list[int] = []
    i = ctx_verb.i
    for w in verb.after:  # a particle or word soon after: 'called the talks off', 'shut down'
        j = next((k for k in range(i + 1, min(len(doc), i + 5)) if w in (doc[k].lower_, doc[k].lemma_.lower())
                  and k not in used), None)
        if j is None:
            return None
        used.append(j)
    k = i - 1
    for w in reversed(verb.before):  # 're-arrest': the words just before, a hyphen between allowed
        if k >= 0 and doc[k].text == "-":
            k -= 1
        if k < 0 or doc[k].lower_ != w:
            return None
        used.append(k)
        k -= 1
    return tuple(used)


# ------------------------------------------------------------------------------------------ the dictionary

class VerbDictionary:
    """The verb data, indexed by lemma (and joined multi-word forms and irregular forms)."""

    def __init__(self, data: dict, where: str = "verb data", onto: Ontology | None = None) -> None:
        validate(data, where, onto or ontology())
        self.source = data.get("source") or {}
        self.synsets: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in data["synsets"].items()}
        syn = _Synsets(data["synsets"])
        self.by_key: dict[str, list[_Verb]] = {}
        self.n_patterns = 0
        for b in data["blocks"]:
            pats = _Block(b["name"], b.get("patterns") or [], syn)
            self.n_patterns += len(pats.records)
            for v in b["verbs"]:
                verb = _Verb(v, b["name"], pats)
                keys = {verb.lemma, *v.get("forms", ())}
                if verb.before:
                    keys |= {"".join(verb.before) + verb.lemma, "-".join(verb.before) + "-" + verb.lemma}
                for k in keys:
                    self.by_key.setdefault(k, []).append(verb)
        self._types: dict[str, frozenset[str]] = {}

    def lemmas(self) -> frozenset[str]:
        return frozenset(v.lemma for vs in self.by_key.values() for v in vs)

    def candidates(self, tok) -> list[_Verb]:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        out = list(self.by_key.get(lemma, ()))
        if lower != lemma:
            out += [v for v in self.by_key.get(lower, ()) if v not in out]
        return out

    def matches(self, tok) -> list[VerbMatch]:
        """Every pattern (and verb code) of ``tok``'s verb that the parse satisfies, most specific first."""
        if not (tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass"))):
            return []
        verbs = self.candidates(tok)
        if not verbs:
            return []
        ctx: _Context | None = None
        best: dict[tuple, VerbMatch] = {}
        for verb in verbs:
            extra = _compound_tokens(tok, verb)
            if extra is None:
                continue
            base = (tok.i, *extra)
            if verb.fields["cameo"] is not None:
                m = VerbMatch(lemma=verb.lemma, pattern=verb.text, tokens=base, default=True, block=verb.block,
                              line=verb.line, inherited=verb.inherited and len(base) == 1, **verb.fields)
                _keep(best, ("verb", verb.block, verb.line), m)
            if not verb.patterns.records:
                continue
            if ctx is None:
                ctx = _Context(tok)
            for pat in verb.patterns.candidates(ctx.words):
                got = _match_pattern(ctx, pat)
                if got is None:
                    continue
                used = base + tuple(i for i in dict.fromkeys(got[0]) if i not in base)
                m = VerbMatch(lemma=verb.lemma, pattern=pat.text, tokens=used, roles=got[1], block=verb.block,
                              line=pat.line, **pat.match_fields)
                _keep(best, pat.key, m)
        out: dict[tuple, VerbMatch] = {}  # one of each (pattern, code, tokens): a verb in two blocks, a line twice
        for m in sorted(best.values(), key=lambda m: (-m.specificity, m.default, -len(m.cameo or ""), m.line)):
            out.setdefault((m.pattern, m.cameo, m.reverse, m.tokens), m)
        return list(out.values())

    def verb_types(self, lemma: str) -> frozenset[str]:
        """The PLOVER types the verb's own code and its blocks' patterns can give."""
        lemma = lemma.lower()
        got = self._types.get(lemma)
        if got is None:
            types: set[str] = set()
            for v in self.by_key.get(lemma, ()):
                types |= v.patterns.types
                if v.fields["plover"]:
                    types.add(v.fields["plover"])
                if v.fields["reciprocal"] and v.fields["reciprocal"].plover:
                    types.add(v.fields["reciprocal"].plover)
            got = self._types[lemma] = frozenset(types)
        return got

    def synset(self, name: str) -> frozenset[str]:
        """The words and phrases of a synonym set ('&MILITARY' or 'military'); KeyError if there is none."""
        key = name.upper() if name.startswith("&") else "&" + name.upper()
        if key not in self.synsets:
            raise KeyError(f"no synset {key}; known: {', '.join(sorted(self.synsets))}")
        return self.synsets[key]


def _keep(best: dict, key: tuple, m: VerbMatch) -> None:
    old = best.get(key)
    if old is None or len(m.tokens) > len(old.tokens):
        best[key] = m


# ------------------------------------------------------------------------------------------ validation

def validate(data: dict, where: str, onto: Ontology) -> None:
    """Raise VerbDictionaryError naming the first malformed entry."""
    if not isinstance(data, dict) or data.get("format") != 1:
        raise VerbDictionaryError(f"{where}: not communique verb data (format 1); rebuild it with "
                                  "python -m communique.dictionaries.verbs")
    synsets = data.get("synsets")
    if not isinstance(synsets, dict) or not all(
            k.startswith("&") and isinstance(v, list) and all(isinstance(w, str) and w for w in v)
            for k, v in synsets.items()):
        raise VerbDictionaryError(f"{where}: 'synsets' must map '&NAME' to a list of words")
    if not isinstance(data.get("blocks"), list):
        raise VerbDictionaryError(f"{where}: 'blocks' must be a list")
    for b in data["blocks"]:
        name = b.get("name", "?")
        _check_act(b, f"{where}: block {name}", onto)
        for v in b.get("verbs") or ():
            entry = f"{where}: block {name}, verb {v.get('text') or v.get('lemma')!r} (source line {v.get('line')})"
            if not isinstance(v.get("lemma"), str) or not v["lemma"] or v["lemma"] != v["lemma"].lower():
                raise VerbDictionaryError(f"{entry}: 'lemma' must be a lower-case word")
            _check_act(v, entry, onto)
        for p in b.get("patterns") or ():
            entry = f"{where}: block {name}, pattern {p.get('text')!r} (source line {p.get('line')})"
            _check_act(p, entry, onto)
            for side in ("before", "after"):
                for e in p.get(side) or ():
                    _check_element(e, synsets, entry)


def _check_act(rec: dict, entry: str, onto: Ontology) -> None:
    code = rec.get("cameo")
    if code is None:
        if rec.get("plover") or rec.get("reciprocal"):
            raise VerbDictionaryError(f"{entry}: a PLOVER type or reciprocal code without a CAMEO code")
        return
    _check_code(code, rec.get("plover"), rec.get("mode"), rec.get("context"), entry, onto)
    r = rec.get("reciprocal")
    if r is not None:
        if not isinstance(r, dict):
            raise VerbDictionaryError(f"{entry}: 'reciprocal' must be an object with a CAMEO code")
        _check_code(r.get("cameo"), r.get("plover"), r.get("mode"), r.get("context"), entry + " (reciprocal)", onto)


def _check_code(code, plover, mode, context, entry: str, onto: Ontology) -> None:
    if not isinstance(code, str) or not _CODE.match(code) or not 1 <= int(code[:2]) <= 20:
        raise VerbDictionaryError(f"{entry}: malformed CAMEO code {code!r} (2 to 4 digits, root 01-20)")
    if code[:2] in _DROPPED_ROOTS:
        if plover is not None:
            raise VerbDictionaryError(f"{entry}: CAMEO {code} is a statement or appeal, which PLOVER has no "
                                      f"type for; found {plover!r}")
        return
    if plover not in onto.types:
        raise VerbDictionaryError(f"{entry}: unknown PLOVER type {plover!r}; known: {', '.join(sorted(onto.types))}")
    if mode is not None and mode not in onto.types[plover].modes:
        raise VerbDictionaryError(f"{entry}: mode {mode!r} is not a mode of {plover} "
                                  f"(its modes: {', '.join(onto.types[plover].modes) or 'none'})")
    for c in context or ():
        if c not in onto.contexts:
            raise VerbDictionaryError(f"{entry}: unknown PLOVER context {c!r}")


def _check_slot(s, synsets: dict, entry: str) -> None:
    alts = s if isinstance(s, list) else [s]
    if not alts or not all(isinstance(a, str) and a for a in alts):
        raise VerbDictionaryError(f"{entry}: a pattern word must be a word, a phrase, '&SYNSET' or a list of them")
    for a in alts:
        if a.startswith("&") and a not in synsets:
            raise VerbDictionaryError(f"{entry}: undefined synset {a}")


def _check_element(e, synsets: dict, entry: str) -> None:
    if not isinstance(e, dict):
        raise VerbDictionaryError(f"{entry}: a pattern element must be an object")
    if "role" in e and "pp" not in e:
        if e["role"] not in ("source", "target", "compound"):
            raise VerbDictionaryError(f"{entry}: role must be source, target or compound, not {e['role']!r}")
        return
    if "pp" in e:
        _check_slot(e["pp"], synsets, entry)
        nps = e.get("np") or []
    elif "np" in e:
        nps = [e["np"]]
    else:
        raise VerbDictionaryError(f"{entry}: a pattern element is a noun phrase 'np', a 'pp' or a 'role'")
    for np in nps:
        if not isinstance(np, list) or not np:
            raise VerbDictionaryError(f"{entry}: a noun phrase is a non-empty list of words, head last")
        for s in np:
            _check_slot(s, synsets, entry)


# ------------------------------------------------------------------------------------------ loading

def load_dictionary(path: str | Path | None = None) -> VerbDictionary:
    """Read and validate verb data: the shipped data/cameo_verbs/verbs.json.gz by default, or a .json[.gz]."""
    if path is None:
        where = "data/cameo_verbs/verbs.json.gz"
        raw = (resources.files("communique") / "data" / "cameo_verbs" / "verbs.json.gz").read_bytes()
    else:
        where = str(path)
        raw = Path(path).read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise VerbDictionaryError(f"{where}: not JSON ({exc})") from exc
    return VerbDictionary(data, where)


@lru_cache(maxsize=1)
def dictionary() -> VerbDictionary:
    """The shipped dictionary, loaded once per process."""
    return load_dictionary()


def matches(tok) -> list[VerbMatch]:
    """Every CAMEO pattern the parse satisfies for the verb ``tok``, most specific first (see VerbMatch)."""
    return dictionary().matches(tok)


def verb_types(lemma: str) -> frozenset[str]:
    """The PLOVER types a verb lemma's own code and its patterns can give (empty for an unknown verb)."""
    return dictionary().verb_types(lemma)


def synset(name: str) -> frozenset[str]:
    """The lemmas and phrases of a synonym set, e.g. synset('&MILITARY')."""
    return dictionary().synset(name)
