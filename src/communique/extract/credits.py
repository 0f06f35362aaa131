"""Wire-service credits in a story ("With files from The Associated Press", "(Reuters)")."""

from __future__ import annotations


def find_wire(text: str) -> list[str]:
    raise NotImplementedError
