"""Fixtures of the real pipeline's parts, for tests that look inside the coder (its candidate phrases, its settings)
rather than at the events it writes."""

from __future__ import annotations

import pytest

from communique.annotate import Annotator
from communique.nlp.model import load


@pytest.fixture(scope="module")
def nlp():
    return load(None)


@pytest.fixture(scope="module")
def annotate():
    return Annotator()
