"""The PLOVER ontology and CAMEO roots, loaded from ``data/plover.yaml`` and checked before use.

Every event the coder writes takes its quad class, CAMEO root and score from here, so a
user who disagrees with a mapping edits data, not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml


class OntologyError(ValueError):
    pass


@dataclass(frozen=True)
class EventType:
    name: str
    quad: int
    cameo: str
    score: float
    requires_recipient: bool
    modes: tuple[str, ...]


@dataclass(frozen=True)
class Ontology:
    types: dict[str, EventType]
    contexts: frozenset[str]
    auxiliary_modes: frozenset[str]
    cameo_roots: dict[str, dict]

    def type(self, name: str) -> EventType:
        try:
            return self.types[name]
        except KeyError:
            raise OntologyError(f"unknown PLOVER type {name!r}; known: {', '.join(sorted(self.types))}") from None

    def check_mode(self, type_name: str, mode: str | None) -> None:
        if mode and mode not in self.type(type_name).modes:
            raise OntologyError(f"mode {mode!r} is not a mode of {type_name} "
                                f"(its modes: {', '.join(self.type(type_name).modes) or 'none'})")


def load_ontology(path: str | Path | None = None) -> Ontology:
    """Read and validate an ontology file (the shipped one by default)."""
    where = str(path or "data/plover.yaml")
    text = Path(path).read_text("utf-8") if path else (resources.files("communique") / "data" / "plover.yaml"
                                                       ).read_text("utf-8")
    data = yaml.safe_load(text) or {}
    types = {}
    for name, t in (data.get("types") or {}).items():
        try:
            et = EventType(name=name, quad=int(t["quad"]), cameo=str(t["cameo"]), score=float(t["score"]),
                           requires_recipient=bool(t.get("requires_recipient", False)),
                           modes=tuple(str(m) for m in t.get("modes") or ()))
        except (KeyError, TypeError, ValueError) as exc:
            raise OntologyError(f"{where}: type {name}: needs quad, cameo and score ({exc})") from exc
        if et.quad not in (1, 2, 3, 4) or not -10 <= et.score <= 10:
            raise OntologyError(f"{where}: type {name}: quad must be 1-4 and score within -10..10")
        types[name] = et
    if len(types) != 16:
        raise OntologyError(f"{where}: PLOVER has 16 event types; found {len(types)}")
    roots = {str(k): v for k, v in (data.get("cameo_roots") or {}).items()}
    for et in types.values():
        if et.cameo not in roots:
            raise OntologyError(f"{where}: type {et.name} maps to CAMEO root {et.cameo}, which is not listed")
    return Ontology(types=types, contexts=frozenset(data.get("contexts") or ()),
                    auxiliary_modes=frozenset(data.get("auxiliary_modes") or ()), cameo_roots=roots)


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    return load_ontology()
