"""Convert PETRARCH2's CAMEO verb-pattern dictionary (MIT) into communique's verb data, through CAMEO2PLOVER.

The source (``CAMEO.2.0.txt``) has two parts. Synonym sets: ``&NAME`` and then ``+WORD`` lines (``_`` joins
the words of a phrase). Verb blocks: a header ``--- NAME [code] ---`` (``[---]``: the bare verb is no
event), the block's verbs, one a line, with irregular forms in ``{...}`` and an optional code of their own
(``+CALL_OFF [160]``: the ``+`` word is the verb, the rest must stand beside it), then patterns such as::

    - * AID [070]                   the verb, then a noun 'aid'
    - * POLICE (TO BORDER) [153]    a noun, and a prepositional phrase 'to ... border'
    - &MILITARY * [154]             a noun of the synset &MILITARY before the verb
    - * {RELIEF ASSISTANCE} [073]   a noun phrase, head last
    - * (WITH +) [042:043]          the target in the 'with' phrase; the source does 042, the target 043

``$`` and ``+`` mark the source and the target, ``%`` a compound actor, ``^`` a phrase to skip. A code
``a:b`` is reciprocal (the source does a, the target b); ``:b`` codes only the target's act; ``[---]``
says the construction is no event. Patterns apply to every verb of their block, as in PETRARCH2.

Each code gets its PLOVER type, mode and context from CAMEO2PLOVER (the most specific code the table
lists); modes and contexts the shipped ontology (data/plover.yaml) does not have are dropped and reported.
The output is one JSON file, gzipped, validated again when communique.events.verb_dictionary loads it.

Run: ``python -m communique.dictionaries.verbs --cameo CAMEO.2.0.txt --plover CAMEO2PLOVER-2021.txt
--out src/communique/data/cameo_verbs/``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..events.ontology import Ontology, ontology

FORMAT = 1
DATA_FILE = "verbs.json.gz"
_CODE = re.compile(r"^\d{2,4}$")
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
_MARKERS = {"$": "source", "+": "target", "%": "compound"}
DROPPED_ROOTS = frozenset({"01", "02"})
"""CAMEO roots PLOVER dropped (statements, appeals): their codes are kept with no PLOVER type."""


class ConversionError(ValueError):
    """The input cannot be converted at all (missing file, no verb section)."""


@dataclass
class Report:
    """What the conversion skipped or repaired, each with its source line, so the data README can say so."""

    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    dropped_modes: Counter = field(default_factory=Counter)
    dropped_contexts: Counter = field(default_factory=Counter)
    duplicates: int = 0


# ---------------------------------------------------------------------------------------------- CAMEO2PLOVER

def read_plover_map(path: Path) -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """CAMEO code -> (PLOVER type, mode, contexts) as the table writes them (first entry wins)."""
    table: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
    for n, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("~") or ":" not in line:
            continue
        code, _, rest = line.partition(":")
        code = code.strip()
        if not _CODE.match(code):
            raise ConversionError(f"{path}:{n}: {code!r} is no CAMEO code")
        parts = [p.strip() for p in rest.split(",")]
        ptype = parts[0]
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        contexts = tuple(c.strip() for c in parts[2].split(";") if c.strip()) if len(parts) > 2 else ()
        table.setdefault(code, (ptype, mode, contexts))
    return table


def _plover(code: str, table: dict, onto: Ontology, report: Report) -> dict:
    """PLOVER type, mode and context of a CAMEO code: the table's most specific line, checked by the ontology."""
    if code[:2] in DROPPED_ROOTS:
        return {"plover": None, "mode": None, "context": []}
    for key in (code, code[:3], code[:2] + "0", code[:2]):
        if key in table:
            ptype, mode, contexts = table[key]
            break
    else:
        raise ConversionError(f"CAMEO code {code} has no line in CAMEO2PLOVER, not even its root")
    onto.type(ptype)  # an unknown type in the table is an error, not a drop
    ctx = list(contexts)
    if mode and mode not in onto.type(ptype).modes:
        if mode in onto.contexts:  # the table has a context in the mode column (175)
            ctx.insert(0, mode)
        else:
            report.dropped_modes[f"{ptype}:{mode}"] += 1
        mode = None
    kept = []
    for c in ctx:
        if c in onto.contexts:
            if c not in kept:
                kept.append(c)
        else:
            report.dropped_contexts[c] += 1
    return {"plover": ptype, "mode": mode, "context": kept}


def _acts(raw: str, table: dict, onto: Ontology, report: Report, where: str) -> dict | None:
    """A pattern's or verb's code field -> {cameo, plover, mode, context, reverse, reciprocal}; None for '---'."""
    raw = raw.strip()
    if raw.endswith("!"):
        report.repaired.append(f"{where}: code [{raw}] read as [{raw[:-1]}]")
        raw = raw[:-1]
    if raw == "---":
        return None
    src, colon, tgt = raw.partition(":")
    codes = [c for c in (src, tgt) if c]
    if not codes or any(not _CODE.match(c) or not 1 <= int(c[:2]) <= 20 for c in codes):
        raise ValueError(f"malformed CAMEO code [{raw}]")
    first = src or tgt
    out = {"cameo": first, **_plover(first, table, onto, report), "reverse": not src, "reciprocal": None}
    if src and tgt:
        out["reciprocal"] = {"cameo": tgt, **_plover(tgt, table, onto, report)}
    return out


# ---------------------------------------------------------------------------------------------- CAMEO.2.0

def _strip_comment(line: str) -> str:
    """Text before '#' or the TABARI-era ';' comment mark."""
    return re.split(r"[#;]", line, maxsplit=1)[0].rstrip()


def _slot(word: str, synsets: dict) -> str | list[str]:
    """One pattern word: 'aid', 'armed force' (consecutive words), '&FOOD', or alternatives ['a', 'b']."""
    if "&" in word and not word.startswith("&") or word.count("&") > 1:
        raise ValueError(f"a synset inside a word ({word}) is not supported")
    if word.startswith("&"):
        if word not in synsets:
            raise ValueError(f"undefined synset {word}")
        return word
    alts = [w.replace("_", " ").strip().lower() for w in word.split("/") if w.strip("_")]
    if not alts:
        raise ValueError(f"empty word {word!r}")
    return alts[0] if len(alts) == 1 else alts


def _side(tokens: list[str], synsets: dict) -> list[dict]:
    """Pattern words on one side of the verb -> elements: noun phrases, prepositional phrases, role marks."""
    out: list[dict] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "(":
            j = tokens.index(")", i) if ")" in tokens[i:] else -1
            if j < 0:
                raise ValueError("unclosed '('")
            out.append(_pp(tokens[i + 1:j], synsets))
            i = j + 1
        elif t == "{":
            j = tokens.index("}", i) if "}" in tokens[i:] else -1
            if j < 0:
                raise ValueError("unclosed '{'")
            out.append({"np": [_slot(w, synsets) for w in tokens[i + 1:j] if w not in _MARKERS and w != "^"]})
            i = j + 1
        elif t in (")", "}"):
            raise ValueError(f"unbalanced {t!r}")
        else:
            if t in _MARKERS:
                out.append({"role": _MARKERS[t]})
            elif t != "^":
                out.append({"np": [_slot(t, synsets)]})
            i += 1
    return [e for e in out if "pp" in e or e.get("np") != []]


def _pp(tokens: list[str], synsets: dict) -> dict:
    if not tokens or tokens[0] in _MARKERS or tokens[0] in "{}^":
        raise ValueError("a prepositional phrase must start with its preposition")
    pp: dict = {"pp": _slot(tokens[0], synsets), "np": []}
    for e in _side(tokens[1:], synsets):
        if "role" in e:
            pp["role"] = e["role"]
        elif "np" in e:
            pp["np"].append(e["np"])
        else:
            raise ValueError("a prepositional phrase inside another")
    return pp


def _pattern(line: str, synsets: dict, table: dict, onto: Ontology, report: Report, where: str) -> dict:
    body = _strip_comment(line)[1:]
    origin = line.split("#", 1)[1].split()[0].lower() if "#" in line and line.split("#", 1)[1].split() else None
    m = re.search(r"\[([^\]]*)\]\s*$", body)
    if not m:
        raise ValueError("no [code]")
    code, body = m.group(1), body[:m.start()]
    fixed = re.sub(r"(?<=\S)_?\*_?(?=\S)|(?<=\S)_?\*|\*_?(?=\S)", " * ", body)  # '*SCEPTICAL', 'SPY_*_DEAL'
    if fixed != body:
        report.repaired.append(f"{where}: '{body.strip()}' read as '{' '.join(fixed.split())}'")
    if fixed.count("*") != 1:
        raise ValueError("a pattern needs exactly one '*' for the verb")
    pre, post = fixed.split("*")
    rec = {"line": 0, "text": " ".join(_strip_comment(line).split()), "origin": origin,
           "before": _side(_TOKEN.findall(pre), synsets), "after": _side(_TOKEN.findall(post), synsets)}
    acts = _acts(code, table, onto, report, where)
    rec.update(acts or {"cameo": None, "plover": None, "mode": None, "context": [], "reverse": False,
                        "reciprocal": None})
    return rec


def _verb(line: str, block_code: dict | None, table: dict, onto: Ontology, report: Report, where: str) -> dict:
    text = _strip_comment(line)
    code = block_code
    m = re.search(r"\[([^\]]*)\]\s*$", text)
    if m:
        code = _acts(m.group(1), table, onto, report, where)
        text = text[:m.start()]
    forms_txt = ""
    fm = re.search(r"\{([^}]*)\}", text)
    if fm:
        forms_txt, text = fm.group(1), text[:fm.start()] + text[fm.end():]
    words = text.split()
    if len(words) != 1:
        raise ValueError(f"a verb line holds one verb, found {words}")
    before, lemma, after = _compound(words[0], where, report)
    forms = []
    for f in forms_txt.split():
        fb, form, fa = _compound(f, where, report)
        forms.append(form)
    return {"lemma": lemma, "before": before, "after": after, "forms": sorted(set(forms) - {lemma}),
            "line": 0, "text": " ".join(_strip_comment(line).split()), **_code_fields(code)}


def _compound(word: str, where: str, report: Report) -> tuple[list[str], str, list[str]]:
    """'+CALL_OFF' -> ([], 'call', ['off']); 'RE_+ARREST' -> (['re'], 'arrest', [])."""
    parts = [p for p in word.lower().split("_") if p]
    idx = [i for i, p in enumerate(parts) if p.startswith("+")]
    if len(parts) > 1 and not idx:
        report.repaired.append(f"{where}: compound {word} has no '+': its first word taken as the verb")
        idx = [0]
    if not idx:
        return [], parts[0].lstrip("+"), []
    i = idx[0]
    return parts[:i], parts[i].lstrip("+"), parts[i + 1:]


def _code_fields(acts: dict | None) -> dict:
    return acts or {"cameo": None, "plover": None, "mode": None, "context": [], "reverse": False,
                    "reciprocal": None}


def convert(cameo: Path, plover: Path, onto: Ontology | None = None) -> tuple[dict, Report]:
    """The verb data as a dict (see the module docstring) and what was skipped or repaired."""
    onto = onto or ontology()
    table = read_plover_map(plover)
    report = Report()
    lines = cameo.read_text("utf-8").splitlines()
    try:
        start = next(i for i, t in enumerate(lines) if t.startswith("####### VERB PATTERNS"))
    except StopIteration:
        raise ConversionError(f"{cameo}: no '####### VERB PATTERNS' section; is this a PETRARCH verb file?") from None
    end = next((i for i, t in enumerate(lines) if t.startswith("######## TRANSFORMATIONS")), len(lines))

    synsets: dict[str, list[str]] = {}
    current = None
    for n, raw in enumerate(lines[:start], 1):
        t = _strip_comment(raw).strip()
        if t.startswith("&"):
            current = t.split()[0]
            synsets.setdefault(current, [])
        elif t.startswith("+") and current:
            phrase = " ".join(t[1:].replace("_", " ").lower().split())
            if phrase and phrase not in synsets[current]:
                synsets[current].append(phrase)
        elif t:
            report.problems.append(f"{cameo.name}:{n}: not a synset line: {t!r}")

    blocks: list[dict] = []
    block: dict | None = None
    for n, raw in enumerate(lines[start + 1:end], start + 2):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        where = f"{cameo.name}:{n}"
        try:
            if raw.startswith("---"):
                m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", raw)
                if not m:
                    raise ValueError("a block header is '--- NAME [code] ---'")
                block = {"name": m.group(1), "line": n, **_code_fields(_acts(m.group(2), table, onto, report, where)),
                         "verbs": [], "patterns": []}
                blocks.append(block)
            elif block is None:
                raise ValueError("a verb or pattern before the first block header")
            elif raw.startswith("-"):
                rec = _pattern(raw, synsets, table, onto, report, where)
                rec["line"] = n
                if any(p["text"] == rec["text"] for p in block["patterns"]):
                    report.duplicates += 1  # the same line twice in a block (STAGE: DEMONSTRATION [141])
                else:
                    block["patterns"].append(rec)
            else:
                rec = _verb(raw, _block_acts(block), table, onto, report, where)
                rec["line"] = n
                block["verbs"].append(rec)
        except ValueError as exc:
            report.problems.append(f"{where}: {exc}; skipped: {raw.strip()}")
    blocks = [b for b in blocks if b["verbs"]]
    for b in blocks:  # a comment names the verb a pattern was written for; anything else (initials, dates) is not
        names = {v["lemma"] for v in b["verbs"]} | {f for v in b["verbs"] for f in v["forms"]}
        for p in b["patterns"]:
            if p["origin"] not in names:
                p["origin"] = None
    data = {"format": FORMAT,
            "source": {"cameo": cameo.name, "cameo_sha256": hashlib.sha256(cameo.read_bytes()).hexdigest(),
                       "plover_map": plover.name, "plover_map_sha256": hashlib.sha256(plover.read_bytes()).hexdigest()},
            "synsets": synsets, "blocks": blocks}
    return data, report


def _block_acts(block: dict) -> dict | None:
    if block["cameo"] is None:
        return None
    return {k: block[k] for k in ("cameo", "plover", "mode", "context", "reverse", "reciprocal")}


_DEFAULTS = {"before": [], "after": [], "forms": [], "context": [], "reverse": False, "reciprocal": None,
             "mode": None, "plover": None, "cameo": None, "origin": None}


def _compact(rec: dict) -> dict:
    """A record without the fields that hold their default (no code, no context, ...): a third of the size."""
    return {k: v for k, v in rec.items() if k not in _DEFAULTS or v != _DEFAULTS[k]}


def compact(data: dict) -> dict:
    blocks = [{**_compact({k: v for k, v in b.items() if k not in ("verbs", "patterns")}),
               "verbs": [_compact(v) for v in b["verbs"]], "patterns": [_compact(p) for p in b["patterns"]]}
              for b in data["blocks"]]
    return {**data, "blocks": blocks}


def serialise(data: dict) -> bytes:
    """Canonical JSON bytes (sorted keys, no spaces, default fields left out): the content hash is over these."""
    return json.dumps(compact(data), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def content_hash(data: dict) -> str:
    return hashlib.sha256(serialise(data)).hexdigest()


def write(data: dict, out_dir: Path) -> Path:
    """Write verbs.json.gz (byte-for-byte reproducible: no name or time in the gzip header)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / DATA_FILE
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(serialise(data))
    return path


def summary(data: dict, report: Report) -> str:
    """Counts for the README: verbs, patterns, PLOVER types, what was skipped."""
    lemmas = {v["lemma"] for b in data["blocks"] for v in b["verbs"]}
    pats = [p for b in data["blocks"] for p in b["patterns"]]
    verbs = [v for b in data["blocks"] for v in b["verbs"]]
    by_type: Counter = Counter(p["plover"] or ("no event" if p["cameo"] is None else "CAMEO 01/02")
                               for p in pats)
    verb_types: Counter = Counter(v["plover"] or ("no event" if v["cameo"] is None else "CAMEO 01/02")
                                  for v in verbs)
    lines = [f"blocks {len(data['blocks'])}, verb entries {len(verbs)}, distinct verb lemmas {len(lemmas)}, "
             f"patterns {len(pats)}, synsets {len(data['synsets'])}",
             "patterns by PLOVER type: " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())),
             "verb defaults by PLOVER type: " + ", ".join(f"{k} {v}" for k, v in sorted(verb_types.items())),
             f"reciprocal codes: {sum(1 for p in pats if p['reciprocal'])}, target-only codes: "
             f"{sum(1 for p in pats if p['reverse'])}",
             f"skipped lines: {len(report.problems)}, repaired: {len(report.repaired)}, "
             f"duplicate patterns dropped: {report.duplicates}",
             "modes dropped (not in data/plover.yaml): " + ", ".join(f"{k} x{v}" for k, v in
                                                                     sorted(report.dropped_modes.items())),
             "contexts dropped: " + ", ".join(f"{k} x{v}" for k, v in sorted(report.dropped_contexts.items()))]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m communique.dictionaries.verbs", description=__doc__.split("\n")[0])
    ap.add_argument("--cameo", type=Path, required=True, help="PETRARCH2's CAMEO.2.0.txt")
    ap.add_argument("--plover", type=Path, required=True, help="CAMEO2PLOVER-2021.txt")
    ap.add_argument("--out", type=Path, required=True, help="folder for verbs.json.gz")
    ap.add_argument("--verbose", action="store_true", help="list every skipped or repaired line")
    args = ap.parse_args(argv)
    for p in (args.cameo, args.plover):
        if not p.is_file():
            print(f"error: {p} does not exist; pass the PETRARCH2 verb file and the CAMEO2PLOVER table",
                  file=sys.stderr)
            return 2
    data, report = convert(args.cameo, args.plover)
    path = write(data, args.out)
    print(f"wrote {path} (content sha256 {content_hash(data)})")
    licence = args.cameo.parent / "LICENSE"
    if licence.is_file():  # the MIT notice travels with the converted data
        target = args.out / "LICENSE"
        target.unlink(missing_ok=True)  # the source's may be read-only
        target.write_bytes(licence.read_bytes())
    else:
        print(f"warning: no LICENSE beside {args.cameo}; copy the dictionary's MIT notice to {args.out}",
              file=sys.stderr)
    print(summary(data, report))
    if args.verbose:
        for line in report.problems + report.repaired:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
