"""CAMEO codes as GDELT writes them: EventCode/BaseCode/RootCode, QuadClass and GoldsteinScale.

GDELT derives QuadClass from the CAMEO root and GoldsteinScale from the full CAMEO code; PLOVER's own quad
classes and scores differ (PLOVER's REQUEST is CAMEO 10 'demand': GDELT says -5.0 where PLOVER says 0.0), so a
GDELT analysis must get GDELT's values. Both tables are data: ``data/gdelt.yaml`` (quad class per root) and
``data/cameo_goldstein.tsv`` (GDELT's CAMEO.goldsteinscale.txt, with its attribution).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

_CODE = re.compile(r"^\d{2,4}$")


class GdeltTableError(ValueError):
    """A GDELT mapping file that does not say what it should (the message names file and line)."""


@functools.cache
def mapping() -> dict[str, Any]:
    """data/gdelt.yaml, checked: sector types, non-state codes, and a quad class for every CAMEO root."""
    name = "communique/data/gdelt.yaml"
    raw = yaml.safe_load(resources.files("communique.data").joinpath("gdelt.yaml").read_text("utf-8"))
    for key in ("sector_to_cameo_type", "nonstate_codes", "quad_class_by_root"):
        if not isinstance(raw.get(key), dict):
            raise GdeltTableError(f"{name}: '{key}' must be a mapping")
    quads = {str(k).zfill(2): v for k, v in raw["quad_class_by_root"].items()}
    for root, quad in quads.items():
        if not _CODE.match(root) or len(root) != 2 or quad not in (1, 2, 3, 4):
            raise GdeltTableError(f"{name}: quad_class_by_root {root!r}: {quad!r} should be a 2-digit root -> 1..4")
    missing = [f"{r:02d}" for r in range(1, 21) if f"{r:02d}" not in quads]
    if missing:
        raise GdeltTableError(f"{name}: quad_class_by_root lacks the CAMEO roots {', '.join(missing)}")
    raw["quad_class_by_root"] = quads
    raw["sector_to_cameo_type"] = {k: v or "" for k, v in raw["sector_to_cameo_type"].items()}
    return raw


def parse_goldstein(text: str, name: str = "cameo_goldstein.tsv") -> dict[str, float]:
    """'CODE<TAB>SCORE' lines (a header and # comments allowed) -> {code: score}; a bad line names its number."""
    out: dict[str, float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#") or line.upper().startswith("CAMEOEVENTCODE"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not _CODE.match(parts[0].strip()):
            raise GdeltTableError(f"{name}:{n}: expected 'CAMEO code<TAB>score', got {line!r}")
        try:
            score = float(parts[1])
        except ValueError:
            raise GdeltTableError(f"{name}:{n}: score {parts[1]!r} is not a number") from None
        if not -10.0 <= score <= 10.0:
            raise GdeltTableError(f"{name}:{n}: score {score} is outside the Goldstein scale (-10 .. +10)")
        if parts[0] in out:
            raise GdeltTableError(f"{name}:{n}: code {parts[0]} is listed twice")
        out[parts[0].strip()] = score
    return out


@functools.cache
def goldstein_table() -> dict[str, float]:
    path = resources.files("communique.data").joinpath("cameo_goldstein.tsv")
    return parse_goldstein(path.read_text("utf-8"), "communique/data/cameo_goldstein.tsv")


@dataclass(frozen=True)
class CameoCodes:
    """An event's CAMEO code as GDELT's four columns give it."""

    event_code: str
    base_code: str
    root_code: str
    quad_class: int | None
    goldstein: float | None


def cameo_codes(cameo: str | None) -> CameoCodes:
    """'04' -> 040/040/04 (GDELT pads a root to three digits); '0311' -> 0311/031/03; QuadClass by the root,
    GoldsteinScale by the most specific code the table knows (code, then base, then root)."""
    code = (cameo or "").strip()
    if not _CODE.match(code):
        return CameoCodes("", "", "", None, None)
    if len(code) == 2:
        code += "0"
    root, base = code[:2], code[:3]
    table = goldstein_table()
    score = next((table[c] for c in (code, base, root) if c in table), None)
    return CameoCodes(code, base, root, mapping()["quad_class_by_root"].get(root), score)
