"""Benchmark: article body extraction from HTML pages, communique against trafilatura and readability-lxml.

Reads shared/data/extract/scrapinghub-dev (88 pages with human-written bodies) at run time and scores each
system with shared/tools/score_extract.py (token-bag precision/recall/F1). All three systems run on every
page in turn, so machine load affects their timings alike; each system is warmed up once first.

    .venv/bin/python bench/extract_html.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATASET = Path("data/extract/scrapinghub-dev")
SCORER = Path("tools/score_extract.py")
TASK = "extract-html"


def _trafilatura(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def _readability(html: str, url: str | None) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    root = lxml.html.fragment_fromstring(summary, create_parent="div")
    for el in root.iter("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "br"):
        el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())


def _communique(html: str, url: str | None) -> str:
    from communique.extract.html import extract_body

    return extract_body(html, url)


SYSTEMS: dict[str, Callable[[str, str | None], str]] = {
    "communique": _communique,
    "trafilatura": _trafilatura,
    "readability-lxml": _readability,
}


def _score(scorer: Path, gt_path: Path, preds: dict[str, str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "pred.jsonl"
        with pred_path.open("w", encoding="utf-8") as f:
            for key, text in preds.items():
                f.write(json.dumps({"source": f"{key}.html.gz", "article": {"text": text}}) + "\n")
        out = subprocess.run(
            [sys.executable, str(scorer), str(gt_path), str(pred_path)],
            capture_output=True, text=True, check=True,
        ).stdout.strip().splitlines()[-1]
    vals = dict(re.findall(r"(\w+)=([\d.]+)", out))
    return {k: float(vals[k]) for k in ("precision", "recall", "f1")}


def run(shared: Path) -> list[dict]:
    """Score and time the three systems on the dev pages; [] when the data is absent."""
    data, scorer = Path(shared) / DATASET, Path(shared) / SCORER
    gt_path = data / "ground-truth.json"
    if not gt_path.exists() or not scorer.exists():
        print(f"extract_html: skipped, {gt_path} or {scorer} not found", file=sys.stderr)
        return []
    gt = json.loads(gt_path.read_text(encoding="utf-8"))
    pages: dict[str, tuple[str, str | None]] = {}
    for key, rec in gt.items():
        path = data / "html" / f"{key}.html.gz"
        if path.exists():
            pages[key] = (gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"), rec.get("url"))
    warnings.simplefilter("ignore")
    first_html, first_url = next(iter(pages.values()))
    for fn in SYSTEMS.values():  # imports and caches outside the timed loop
        fn(first_html, first_url)
    preds: dict[str, dict[str, str]] = {name: {} for name in SYSTEMS}
    spent = dict.fromkeys(SYSTEMS, 0.0)
    for key, (html, url) in pages.items():
        for name, fn in SYSTEMS.items():
            t0 = time.perf_counter()
            try:
                preds[name][key] = fn(html, url)
            except Exception:  # noqa: BLE001 - a baseline failing on a page scores 0 there
                preds[name][key] = ""
            spent[name] += time.perf_counter() - t0
    rows = []
    base_ms = spent["trafilatura"] / len(pages) * 1000
    for name in SYSTEMS:
        ms = spent[name] / len(pages) * 1000
        rows.append({
            "task": TASK, "system": name, "n": len(pages), **_score(scorer, gt_path, preds[name]),
            "ms_per_page": round(ms, 1), "x_trafilatura_time": round(ms / base_ms, 2) if base_ms else None,
        })
    return rows


def _print(rows: list[dict]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(f"{r[c]:.3f}" if isinstance(r[c], float) and c in ("precision", "recall", "f1")
                                 else str(r[c]) for c in cols) + " |")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    _print(run(ap.parse_args().shared))
