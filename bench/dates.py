"""Dates benchmark: the time resolver against TimeML gold (TimeBank + AQUAINT, TBAQ-cleaned).

    python bench/dates.py [--shared ../shared] [--errors 30] [--no-append]

Every TIMEX3 of type DATE (the document creation time aside) is resolved from its own words with
``resolve(text, dct, tense, sentence)``, the tense guessed from its sentence as a caller without a parse
would, and the sentence given (what "a year earlier" counts back from, as find_times reads it in the text);
the result is mapped to a TimeML value (``timeml_value``) and compared with the gold value. The anchor
is the document's creation time; testpipeline/ duplicates a TimeBank file and is skipped.

Comparison: exact string equality after normalising both sides: week numbers as integers
("2000-W8" = "2000-W08"), a decade written "199X" = "199", and the gold's time of day dropped
("1999-10-07TNI" compares as "1999-10-07": a When has no time of day).

- ``exact_resolvable`` (the main number): over fully specified gold values.
- ``ref_left_unresolved``: PRESENT_REF / PAST_REF / FUTURE_REF and durations typed DATE ("P1W"), right
  when the resolver gives nothing.
- ``underspecified_compatible``: gold values with X ("1989-WXX"), right when the prediction fills the X's.
- ``exact_all``: every timex, each counted right by the rule of its kind above.
- ``found``: the share of gold timexes that ``find_times`` run on the timex's sentence finds (overlapping
  the gold span); ``found_exact``: found with the gold value.
- ``ms_per_timex``: time to guess the tense and resolve one timex.
- ``half``: the documents are split into a working and a checking half by ``communique.learn.split.half`` of
  the .tml file name stem; both halves are reported (debug on the working half only).
- ``errors`` on resolvable values: ``not resolved``, ``granularity`` (another shape of value: a year for
  a quarter), ``year`` (right but for the year), ``value`` (same shape, another value).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, append_results, table  # noqa: E402

from communique.learn.split import HALVES, half  # noqa: E402
from communique.when import find_times, resolve, timeml_value  # noqa: E402
from communique.when.tense import guess_tense, sentence_around  # noqa: E402

CORPUS = Path("data") / "dates" / "timebank-aquaint"
_RESOLVABLE = re.compile(r"^(\d{4}(-\d\d(-\d\d)?|-W\d\d?(-WE)?|-Q[1-4]|-H[12]|-(SP|SU|FA|WI))?|\d{3}|\d{2})$")


def normalise(value: str | None) -> str | None:
    """A TimeML value in the form both sides are compared in."""
    if value is None:
        return None
    v = value.strip().upper()
    if re.match(r"^\d{4}-\d\d-\d\dT", v):
        v = v[:10]
    v = re.sub(r"-W(\d+)", lambda m: f"-W{int(m.group(1)):02d}", v)
    if re.fullmatch(r"\d{3}X", v):
        v = v[:3]
    return v


def _flatten(elem: ET.Element) -> tuple[str, list[tuple[int, int, ET.Element]]]:
    """The plain text of an element and the character span of every TIMEX3 inside it."""
    parts: list[str] = []
    spans: list[tuple[int, int, ET.Element]] = []

    def walk(e: ET.Element) -> None:
        start = sum(map(len, parts))
        parts.append(e.text or "")
        for child in e:
            walk(child)
            parts.append(child.tail or "")
        if e.tag == "TIMEX3":
            spans.append((start, sum(map(len, parts)), e))

    walk(elem)
    return "".join(parts), spans


def load(shared: Path) -> list[dict[str, object]]:
    """Every DATE timex: its words, gold value, anchor, and the text and span it sits in."""
    root = shared / CORPUS
    items: list[dict[str, object]] = []
    seen: set[str] = set()
    for path in sorted(root.glob("*/*.tml")):
        if path.name in seen:
            continue
        seen.add(path.name)
        try:
            doc = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        dcts = [x.get("value") for x in doc.iter("TIMEX3") if x.get("functionInDocument") == "CREATION_TIME"]
        dct = dcts[0] if dcts else None
        body = doc.find("TEXT")
        if dct is None or body is None:
            continue
        anchor = dt.date.fromisoformat(dct[:10])
        text, spans = _flatten(body)
        for start, end, x in spans:
            if x.get("type") == "DATE" and x.get("functionInDocument") != "CREATION_TIME":
                items.append({"doc": path.stem, "anchor": anchor, "words": text[start:end],
                              "gold": x.get("value"), "text": text, "start": start, "end": end})
    return items


def _kind(gold: str, pred: str | None) -> str:
    if pred is None:
        return "not resolved"
    shape = re.sub(r"\d", "9", pred) != re.sub(r"\d", "9", gold)
    if shape:
        return "granularity"
    if pred[4:] == gold[4:]:
        return "year"
    return "value"


def _compatible(gold: str, pred: str | None) -> bool:
    """An underspecified gold value ("1989-WXX") agrees with a prediction that fills its X's ("1989-W43")."""
    return pred is not None and re.fullmatch(re.escape(gold).replace("X", r"\d"), pred) is not None


def run(shared: Path, show_errors: int = 0) -> list[dict[str, object]]:
    """Two rows: the resolver with the tense guessed from each timex's sentence (and that sentence), and with
    the words alone (no tense, no sentence)."""
    if not (shared / CORPUS).exists():
        return []
    items = load(shared)
    rows = []
    for h in HALVES:
        part = [it for it in items if half(str(it["doc"])) == h]
        rows.append({"half": h, **_score(part, True, show_errors if h == "working" else 0)})
    for h in HALVES:
        part = [it for it in items if half(str(it["doc"])) == h]
        row = {"half": h, **_score(part, False, 0), "system": "communique.when, no tense"}
        for k in ("found", "found_exact"):
            row.pop(k, None)
        rows.append(row)
    return rows


def _score(items: list[dict[str, object]], with_tense: bool, show_errors: int) -> dict[str, object]:
    n = ok = n_res = ok_res = found = found_exact = 0
    n_ref = ok_ref = n_x = ok_x = 0
    ref_kinds: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    shown: list[str] = []
    secs = 0.0
    for it in items:
        text, s, e, anchor = it["text"], it["start"], it["end"], it["anchor"]
        gold = normalise(str(it["gold"])) or ""
        t1 = time.perf_counter()
        tense = guess_tense(text, s, e) if with_tense else None
        sentence = text[slice(*sentence_around(text, s, e))] if with_tense else None
        pred = normalise(timeml_value(resolve(str(it["words"]), anchor, tense, sentence)))
        secs += time.perf_counter() - t1
        n += 1
        if _RESOLVABLE.match(gold):
            n_res += 1
            good = pred == gold
            ok_res += good
            if not good:
                kind = _kind(gold, pred)
                errors[kind] += 1
                if len(shown) < show_errors:
                    shown.append(f"{kind:13} {it['doc']:28} dct={anchor} tense={tense} "
                                 f"{it['words']!r}: gold {gold}, got {pred}")
        elif "X" in gold:
            n_x += 1
            good = _compatible(gold, pred)
            ok_x += good
        else:  # PRESENT_REF, PAST_REF, FUTURE_REF, durations: right when left unresolved
            n_ref += 1
            ref_kinds["duration" if re.match(r"P\d", gold) else gold] += 1
            good = pred is None
            ok_ref += good
        ok += good
        if not with_tense:
            continue
        # find_times in the timex's sentence
        ss, se = sentence_around(text, s, e)
        hits = [w for w in find_times(text[ss:se], anchor)
                if w.span and w.span.start < e - ss and s - ss < w.span.end]
        found += bool(hits)
        found_exact += any(normalise(timeml_value(w)) == gold for w in hits)
    for line in shown:
        print(line)
    return {"task": "TimeBank+AQUAINT DATE timexes", "system": "communique.when", "n": n,
             "exact_all": ok / max(n, 1), "n_resolvable": n_res, "exact_resolvable": ok_res / max(n_res, 1),
             "n_ref": n_ref, "ref_left_unresolved": ok_ref / max(n_ref, 1),
             "n_underspecified": n_x, "underspecified_compatible": ok_x / max(n_x, 1),
             "found": found / max(n, 1), "found_exact": found_exact / max(n, 1),
             "ref_kinds": ", ".join(f"{k}: {v}" for k, v in ref_kinds.most_common()),
             "errors": ", ".join(f"{k}: {v}" for k, v in errors.most_common()),
             "ms_per_timex": 1000 * secs / max(n, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong resolvable items")
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to bench/RESULTS.md")
    a = ap.parse_args()
    rows = run(a.shared, a.errors)
    if not rows:
        print(f"no TimeML data at {a.shared / CORPUS}; nothing to measure")
        return
    print(table(rows))
    if not a.no_append:
        append_results("Dates (bench/dates.py)", "### TimeBank+AQUAINT DATE timexes, by half\n\n" + table(rows) + "\n")


if __name__ == "__main__":
    main()
