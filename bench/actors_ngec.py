"""Benchmark: phrase -> actor (country code, PLOVER sector) against NGEC's actor-resolution test phrases.

Reads ``<shared>/data/actors/ngec-actors-dev.jsonl`` at run time. Each line's ``query.expect`` holds
NGEC's asserted answers: ``country`` (or ``return[0]`` for ``search_nat``) and ``code_1`` (the
sector); ``""`` means "no country / no sector". ``return is None`` means nothing should resolve.
Scores communique's ``resolve_phrase`` with the phrase's date where the test gives one:

- country accuracy over the phrases that expect a country key (None counts as "");
- sector accuracy over the phrases that expect ``code_1``;
- none accuracy over the phrases that expect no actor at all.

Each figure is given for the working half, the checking half (``communique.learn.split.half(id)``) and
all; failures are listed for the working half only (the checking half is scored, never read).

Failures are broken down by kind of phrase (a person's name, an organisation, a group or title
phrase, a place). Run: ``python bench/actors_ngec.py [--shared PATH] [--failures]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

DATASET = Path("data/actors/ngec-actors-dev.jsonl")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}  # fmt: skip


def parse_date(val: Any) -> dt.date | None:
    """The test's query date: ISO, "10 May 2015", or "today" (None: the resolver's today)."""
    if not isinstance(val, str) or not val.strip() or val.strip().lower() == "today":
        return None
    v = val.strip().lower()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", v)
    if m and m[2] in _MONTHS:
        return dt.date(int(m[3]), _MONTHS[m[2]], int(m[1]))
    return None


def _expect(q: dict[str, Any]) -> tuple[str | None, str | None, bool]:
    """(expected country, expected sector, expects nothing); None where the test does not say."""
    exp = {k: v.get("value") for k, v in q.get("expect", {}).items()}
    if "return" in exp and exp["return"] is None:
        return None, None, True
    country = exp.get("country", exp.get("return[0]") if q["method"] == "search_nat" else None)
    return country, exp.get("code_1"), False


_NONSTATE = {"IGO", "UNO", "EUR", "NGO", "MNC", "ISM", "IMG"}


def _why(text: str, got: Any, country: str | None, sector: str | None) -> str:
    """A coarse reason for a miss, from what the resolver did (for the breakdown table)."""
    words = [w for w in re.findall(r"[\w'’.-]+", text) if w.lower() not in ("the", "of", "and", "a")]
    name_like = bool(words) and all(w[:1].isupper() for w in words)
    if got is None:
        return "unknown name (person, organisation, place)" if name_like else "no known word in the phrase"
    if sector is not None and got.sector == "ELI":
        return "former office holder: ELI where the test wants another sector"
    if {country, got.code} & _NONSTATE or sector in _NONSTATE:
        return "code convention (PLOVER UNO/EUR/NGO/MNC vs the test's)"
    if got.code is None and name_like:
        return "unknown person or body: title known, country not"
    return "other (typo, unusual sector word, test convention)"


def run(shared: Path) -> list[dict[str, Any]]:
    path = shared / DATASET
    if not path.exists():
        print(f"skip: {path} not found", file=sys.stderr)
        return []
    from communique.actors import load_kb, resolve_phrase
    from communique.learn.split import HALVES, half

    kb = load_kb()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally: dict[str, Counter[str]] = {h: Counter() for h in (*HALVES, "all")}
    fails: Counter[str] = Counter()
    failures: list[str] = []
    t0 = time.perf_counter()
    for r in rows:
        q = r["query"]
        args, kwargs = q.get("args", []), q.get("kwargs", {})
        text = args[0] if args else r.get("text", "")
        on = parse_date(kwargs.get("query_date") or (args[2] if len(args) > 2 else None))
        country, sector, nothing = _expect(q)
        got = resolve_phrase(text, on, kb)
        g_code = (got.code if got else None) or ""
        g_sector = (got.sector if got else None) or ""
        bad = []
        marks: Counter[str] = Counter()
        if nothing:
            marks["z_n"] += 1
            marks["z_ok"] += got is None
            if got is not None:
                bad.append("none")
        if country is not None:
            marks["c_n"] += 1
            marks["c_ok"] += g_code == country
            if g_code != country:
                bad.append("country")
        if sector is not None:
            marks["s_n"] += 1
            marks["s_ok"] += g_sector == sector
            if g_sector != sector:
                bad.append("sector")
        which = half(r["id"])
        for h in (which, "all"):
            tally[h].update(marks)
        if bad and which == "working":  # the checking half is only scored, never listed
            fails[_why(text, got, country, sector)] += 1
            failures.append(f"{'+'.join(bad):15} {text!r} on={on} expect=({country!r}, {sector!r}) got={got}")
    ms = (time.perf_counter() - t0) * 1000 / max(1, len(rows))
    run.failures = failures  # type: ignore[attr-defined]
    run.breakdown = fails  # type: ignore[attr-defined]
    out = []
    for what, n, ok in (("country", "c_n", "c_ok"), ("sector", "s_n", "s_ok"), ("no actor", "z_n", "z_ok")):
        for h in (*HALVES, "all"):
            t = tally[h]
            out.append({"task": f"actors-ngec: {what}", "half": h, "system": "communique", "n": t[n],
                        "accuracy": t[ok] / max(1, t[n]), "ms_per_phrase": ms})
    return out


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=root.parent / "shared")
    ap.add_argument("--failures", action="store_true", help="list every failing phrase")
    a = ap.parse_args()
    sys.path.insert(0, str(root / "bench"))
    from common import table

    rows = run(a.shared)
    if not rows:
        return
    print(table(rows))
    print("\nworking-half phrases with a miss, by kind:")
    for k, v in sorted(run.breakdown.items(), key=lambda kv: -kv[1]):  # type: ignore[attr-defined]
        print(f"  {v:3}  {k}")
    if a.failures:
        print("\n" + "\n".join(run.failures))  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
