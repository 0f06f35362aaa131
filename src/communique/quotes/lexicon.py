"""The words that attribute statements, read from ``data/quotes.yaml`` (and the user's own files of that shape).

Kept as data so that a user can add a reporting verb or a kind of document without touching code;
validated at load so that a typo fails loudly, once, rather than silently matching nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

_LIST_KEYS = ("speech_verbs", "thought_verbs", "intention_verbs", "for_verbs", "object_verbs",
              "about_verbs", "to_verbs", "as_verbs", "speech_nouns", "direct_only_verbs", "text_verbs",
              "text_nouns", "source_phrases", "not_attributions", "denial_verbs", "denial_nouns",
              "question_verbs", "asking_verbs", "impersonal_verbs", "not_topics", "receiving_verbs",
              "stance_adjectives", "source_preps", "survey_nouns", "stance_nouns", "made_adjectives",
              "naming_verbs", "object_control_verbs", "kicker_words", "impression_verbs", "pro_forms")


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Lexicon:
    direct_cues: frozenset[str]
    """Lemmas that attribute a quotation: "...," he said / she asked."""
    indirect_cues: frozenset[str]
    """Lemmas that attribute a clause: said that ..., believes ..."""
    speech: frozenset[str]
    intention: frozenset[str]
    """Lemmas that attribute an infinitive: "vowed to repeal the law"."""
    for_verbs: frozenset[str]
    object_verbs: frozenset[str]
    """Lemmas whose object is what was said: "criticized the ruling"."""
    about_verbs: frozenset[str]
    to_verbs: frozenset[str]
    as_verbs: frozenset[str]
    """Lemmas that state a view with "as": "see the race as unfair"."""
    speech_nouns: frozenset[str]
    """Nouns whose content follows them: "his remarks about abortion"."""
    text_verbs: frozenset[str]
    text_nouns: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    """Phrases as word tuples, longest first: ("according", "to")."""
    denial: frozenset[str] = frozenset()
    """Cues that deny what they report ("Russia denies it intends to invade"): stance ``denied``."""
    denial_nouns: frozenset[str] = frozenset()
    questioning: frozenset[str] = frozenset()
    """Cues that cast doubt on what they report ("questioned whether ..."): stance ``questioned``."""
    asking: frozenset[str] = frozenset()
    """Cues that question only with whether/if ("asked whether ..."; "asked Congress to act" is a request)."""
    impersonal: frozenset[str] = frozenset()
    """Passive reporting verbs with an empty "it" ("It is thought that ..."): nobody is said to speak."""
    not_topics: frozenset[str] = frozenset()
    """Nouns that, after "on", say how or where someone spoke, not about what ("spoke on the record")."""
    receiving: frozenset[str] = frozenset()
    """Verbs of receiving or seeking: their subject is what a speech noun they take is about, not its owner
    ("Trump has won the support of millions")."""
    stance_adjectives: frozenset[str] = frozenset()
    """Adjectives of attitude: "are optimistic that ...", "was critical of ...", "are eager to ..."."""
    made: frozenset[str] = frozenset()
    """Adjectives that with "make" state a clause: "made it clear that ..."."""
    stance_nouns: frozenset[str] = frozenset()
    """People named by their stance: "an outspoken supporter of Sanders", "critics of the deal"."""
    source_preps: frozenset[str] = frozenset()
    """Prepositions that attribute their clause to a text or a survey: "In a CNN poll, Trump leads ..."."""
    source_nouns: frozenset[str] = frozenset()
    """What a source preposition's object must be (``survey_nouns``), by lemma."""
    naming: frozenset[str] = frozenset()
    """Object verbs that state something only with an object complement: "called it a mistake", not "called
    his mother"."""
    object_control: frozenset[str] = frozenset()
    """Verbs whose object is the subject of their "to" infinitive: "led Republicans to say ..."."""
    kickers: frozenset[str] = frozenset()
    """Labels before a colon that name the kind of item, not a speaker: "Breaking:", "EXCLUSIVE:", "UPDATE:"."""
    impression: frozenset[str] = frozenset()
    """Verbs of seeming with an infinitive ("Carson appears to be slipping"): an impression reported of their
    subject, with no speaker named (``impression_verbs``)."""
    pro_forms: frozenset[str] = frozenset()
    """Words that stand for a whole statement after a verb of saying ("said so", "said yes", "said the same")."""
    never: frozenset[str] = frozenset()
    """Verbs that never attribute (``not_attributions``: "seem", "mean", "make"): no cue, listed or learned."""


def _read(text: str, where: str) -> dict[str, list[str]]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise LexiconError(f"{where}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected a mapping of lists, got {type(data).__name__}")
    out: dict[str, list[str]] = {}
    for key, value in data.items():
        if key not in _LIST_KEYS:
            raise LexiconError(f"{where}: unknown key {key!r}; expected one of {', '.join(_LIST_KEYS)}")
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise LexiconError(f"{where}: {key} must be a list of non-empty strings")
        out[key] = [" ".join(v.lower().split()) for v in value]
    return out


def load_lexicon(extra: tuple[str | Path, ...] = ()) -> Lexicon:
    """The packaged lexicon, with the lists of each ``extra`` YAML file added to it."""
    base = resources.files("communique") / "data" / "quotes.yaml"
    parts = [_read(base.read_text("utf-8"), "data/quotes.yaml")]
    parts += [_read(Path(p).read_text("utf-8"), str(p)) for p in extra]
    merged: dict[str, set[str]] = {k: set() for k in _LIST_KEYS}
    for part in parts:
        for k, v in part.items():
            merged[k].update(v)
    missing = [k for k in ("speech_verbs", "text_nouns") if not merged[k]]
    if missing:
        raise LexiconError(f"quotes lexicon: {', '.join(missing)} must not be empty")
    never = merged["not_attributions"]
    speech = merged["speech_verbs"] - never
    direct_only = merged["direct_only_verbs"]
    phrases = sorted((tuple(p.split()) for p in merged["source_phrases"]), key=len, reverse=True)
    return Lexicon(
        direct_cues=frozenset(speech | direct_only),
        indirect_cues=frozenset((speech | merged["thought_verbs"]) - direct_only - never),
        speech=frozenset(speech),
        intention=frozenset(merged["intention_verbs"] - never),
        for_verbs=frozenset(merged["for_verbs"]),
        object_verbs=frozenset((merged["object_verbs"] | merged["denial_verbs"]) - never),
        about_verbs=frozenset(merged["about_verbs"] - never),
        to_verbs=frozenset(merged["to_verbs"] - never),
        as_verbs=frozenset(merged["as_verbs"] - never),
        speech_nouns=frozenset(merged["speech_nouns"]),
        text_verbs=frozenset(merged["text_verbs"]),
        text_nouns=frozenset(merged["text_nouns"]),
        source_phrases=tuple(phrases),
        denial=frozenset(merged["denial_verbs"]),
        denial_nouns=frozenset(merged["denial_nouns"]),
        questioning=frozenset(merged["question_verbs"]),
        asking=frozenset(merged["asking_verbs"]),
        impersonal=frozenset(merged["impersonal_verbs"]),
        not_topics=frozenset(merged["not_topics"]),
        receiving=frozenset(merged["receiving_verbs"]),
        stance_adjectives=frozenset(merged["stance_adjectives"]),
        stance_nouns=frozenset(merged["stance_nouns"]),
        made=frozenset(merged["made_adjectives"]),
        source_preps=frozenset(merged["source_preps"]),
        source_nouns=frozenset(merged["survey_nouns"]),
        naming=frozenset(merged["naming_verbs"]),
        object_control=frozenset(merged["object_control_verbs"]),
        kickers=frozenset(merged["kicker_words"]),
        impression=frozenset(merged["impression_verbs"]),
        pro_forms=frozenset(merged["pro_forms"]),
        never=frozenset(never),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
