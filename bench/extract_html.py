"""Benchmark: article bodies (and titles) from HTML pages, communique against trafilatura and readability-lxml.

Two dev sets with human-written bodies, read at run time from shared/data/extract:

- scrapinghub-dev (88 pages, 2018-2020);
- l3s-gn1-dev (303 news pages of 2008-09, with the labelled headline). Its gold was written with every
  non-ASCII character as '?', so both the gold and every system's output have each non-ASCII character
  replaced by '?' before scoring (the same for all systems). A title matches the labelled headline when it
  equals it, or its first line (the label at times takes in the standfirst below), ignoring case and spacing.
- trafilatura runs with its metadata (for its title); the article-stage speed target is measured against
  trafilatura.extract with its defaults in bench/extract.py's speed section.

Each set is cut by ``communique.learn.split.half(page_id)`` into a working half (read and debugged on) and a
checking half (only scored); every row is one system on one half. communique runs its whole article stage
(``page_to_record``: bytes -> Article, as ``communique extract --upto article`` does), so an empty row counts
the pages it called "not an article". Scoring is shared/tools/score_extract.py (token-bag P/R/F1). All
systems run on every page in turn, so machine load affects their timings alike; each is warmed up first.

    .venv/bin/python bench/extract_html.py [--shared PATH] [--sets scrapinghub-dev,l3s-gn1-dev]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
import warnings
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = ("scrapinghub-dev", "l3s-gn1-dev")
ASCII_GOLD = {"l3s-gn1-dev"}  # sets whose gold wrote non-ASCII characters as '?'
SCORER = Path("tools/score_extract.py")
TASK = "extract-html"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

Result = tuple[str, str | None]  # (body, title)


def _trafilatura(data: bytes, url: str | None) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(data.decode("utf-8", "replace"), url=url, with_metadata=True)
    if doc is None:
        return "", None
    return (getattr(doc, "text", None) or ""), getattr(doc, "title", None)


def _readability(data: bytes, url: str | None) -> Result:
    import lxml.html
    from readability import Document

    doc = Document(data.decode("utf-8", "replace"))
    summary = doc.summary(html_partial=True)
    root = lxml.html.fragment_fromstring(summary, create_parent="div")
    for el in root.iter("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "br"):
        el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()), doc.short_title()


def _communique(data: bytes, url: str | None) -> Result:
    from communique.extract.article import page_to_record
    from communique.model import Page

    rec = page_to_record(Page(source="page.html", content=data, kind="html", url=url))
    if rec.article is None:
        return "", None
    return rec.article.text, rec.article.title


SYSTEMS: dict[str, Callable[[bytes, str | None], Result]] = {
    "communique": _communique,
    "trafilatura": _trafilatura,
    "readability-lxml": _readability,
}


def ascii_q(text: str) -> str:
    """Every non-ASCII character as '?', as the l3s gold writes them (NFC first, so 'é' is one '?')."""
    return _NON_ASCII.sub("?", unicodedata.normalize("NFC", text or ""))


def norm_title(text: str | None) -> str:
    """Titles compared case-, space- and non-ASCII-insensitively ('?' for each non-ASCII character)."""
    return " ".join(ascii_q(text or "").lower().split())


def title_matches(title: str | None, gold: str) -> bool:
    """The labelled headline block holds the headline and at times a standfirst under it (one a line): a
    title matches when it is the whole block or its first line (see ``norm_title``)."""
    got = norm_title(title)
    return bool(got) and got in (norm_title(gold), norm_title(gold.split("\n")[0]))


def score(shared: Path, gold: dict[str, str], preds: dict[str, str]) -> dict[str, float]:
    """score_extract.py's summary (pages, empty_or_missing, precision, recall, f1) for these pages."""
    with tempfile.TemporaryDirectory() as tmp:
        gt_path, pred_path = Path(tmp) / "gt.json", Path(tmp) / "pred.jsonl"
        gt_path.write_text(json.dumps({k: {"articleBody": v} for k, v in gold.items()}), encoding="utf-8")
        with pred_path.open("w", encoding="utf-8") as f:
            for key in gold:
                f.write(json.dumps({"source": f"{key}.html.gz", "article": {"text": preds.get(key, "")}}) + "\n")
        out = subprocess.run([sys.executable, str(shared / SCORER), str(gt_path), str(pred_path)],
                             capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    vals = dict(re.findall(r"(\w+)=([\d.]+)", out))
    return {"empty": int(vals["empty_or_missing"]), **{k: float(vals[k]) for k in ("precision", "recall", "f1")}}


def load(shared: Path, name: str) -> dict[str, dict]:
    """{page id: {"html": bytes, "url", "body", "title"}} of one dev set; {} when it is absent."""
    root = Path(shared) / "data" / "extract" / name
    gt_path = root / "ground-truth.json"
    if not gt_path.exists():
        return {}
    gt = json.loads(gt_path.read_text(encoding="utf-8"))
    out = {}
    for key, rec in sorted(gt.items()):
        path = root / "html" / f"{key}.html.gz"
        if path.exists():
            out[key] = {"html": gzip.decompress(path.read_bytes()), "url": rec.get("url"),
                        "body": rec["articleBody"], "title": rec.get("title")}
    return out


def run_set(shared: Path, name: str) -> list[dict]:
    """Score and time the three systems on one dev set, a row per system and half."""
    from communique.learn.split import HALVES, half

    pages = load(shared, name)
    if not pages or not (Path(shared) / SCORER).exists():
        print(f"extract_html: {name} skipped (data or scorer not found)", file=sys.stderr)
        return []
    warnings.simplefilter("ignore")
    first = next(iter(pages.values()))
    for fn in SYSTEMS.values():  # imports and caches outside the timed loop
        with contextlib.suppress(Exception):
            fn(first["html"], first["url"])
    out: dict[str, dict[str, Result]] = {s: {} for s in SYSTEMS}
    spent = dict.fromkeys(SYSTEMS, 0.0)
    for key, page in pages.items():
        for sys_name, fn in SYSTEMS.items():
            t0 = time.perf_counter()
            try:
                out[sys_name][key] = fn(page["html"], page["url"])
            except Exception:  # noqa: BLE001 - a system failing on a page scores 0 there
                out[sys_name][key] = ("", None)
            spent[sys_name] += time.perf_counter() - t0
    fix = ascii_q if name in ASCII_GOLD else (lambda s: s)
    rows = []
    base = spent["trafilatura"]
    for h in HALVES:
        keys = [k for k in pages if half(k) == h]
        gold = {k: fix(pages[k]["body"]) for k in keys}
        titled = [k for k in keys if pages[k]["title"]]
        for sys_name in SYSTEMS:
            preds = {k: fix(out[sys_name][k][0]) for k in keys}
            row = {"task": f"{TASK} {name}", "system": sys_name, "half": h, "n": len(keys),
                   **score(shared, gold, preds)}
            if titled:
                row["title_match"] = sum(title_matches(out[sys_name][k][1], pages[k]["title"])
                                         for k in titled) / len(titled)
            row["ms_per_page"] = round(1000 * spent[sys_name] / len(pages), 1)
            row["x_trafilatura_time"] = round(spent[sys_name] / base, 2) if base else None
            rows.append(row)
    return rows


def run(shared: Path, sets: tuple[str, ...] = SETS) -> list[dict]:
    """Rows for every dev set present; [] when none is."""
    return [row for name in sets for row in run_set(shared, name)]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from common import table

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--sets", default=",".join(SETS))
    a = ap.parse_args()
    print(table(run(a.shared, tuple(a.sets.split(",")))))
