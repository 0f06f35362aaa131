"""Benchmark: story bodies from scraped plain text (clean_scraped_text) against simple baselines.

Each page of shared/data/extract/scrapinghub-dev is flattened with inscriptis (the page as a person copying
it would have it), cleaned, and scored with shared/tools/score_extract.py. Also: the same pages with all
indentation removed (a hand copy), the founding page against shared/seed/expected.json, and clean Wikinews
articles, which should pass through nearly whole. `--fit` refits the line model (5-fold cross-validated
score printed) and, with `--write`, stores it in src/communique/data/text_weights.json.

    .venv/bin/python bench/extract_text.py [--shared PATH] [--fit [--write]]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATASET = Path("data/extract/scrapinghub-dev")
SCORER = Path("tools/score_extract.py")
TASK = "extract-text"
_MARKER = re.compile(r"^(?:[*+•o-])\s+")
WEIGHTS = REPO / "src" / "communique" / "data" / "text_weights.json"


def flatten(shared: Path) -> list[tuple[str, str, str]]:
    """(id, flattened text, ground-truth body) for every dev page."""
    import inscriptis

    root = shared / DATASET
    gt = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(gt):
        path = root / "html" / f"{key}.html.gz"
        if path.exists():
            html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            out.append((key, inscriptis.get_text(html), gt[key]["articleBody"]))
    return out


def hand_copy(text: str) -> str:
    """The text as a person copying the page would have it: no indentation, no list markers."""
    return "\n".join(_MARKER.sub("", line.strip()) for line in text.split("\n"))


def score(shared: Path, preds: dict[str, str]) -> dict[str, float]:
    """precision/recall/f1 from score_extract.py's summary line."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pred.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for key, text in preds.items():
                f.write(json.dumps({"source": f"{key}.html.gz", "article": {"text": text}}) + "\n")
        out = subprocess.run([sys.executable, str(shared / SCORER), str(shared / DATASET / "ground-truth.json"),
                              str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(kv.split("=", 1) for kv in out.strip().splitlines()[-1].split())
    return {k: float(fields[k]) for k in ("precision", "recall", "f1")}


def _system_rows(shared: Path, pages: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    from communique.extract.text import clean_scraped_text, line_document_counts

    counts = line_document_counts(t for _, t, _ in pages)
    flat_counts = line_document_counts(hand_copy(t) for _, t, _ in pages)
    n = len(pages)
    twice = Counter({line: 2 * c for line, c in counts.items()})  # syndicated or re-ingested copies

    def twelve(text: str) -> str:
        return "\n\n".join(ln.strip() for ln in text.split("\n") if len(ln.split()) >= 12)

    def trafilatura_text(text: str) -> str:
        import trafilatura

        return trafilatura.extract(text) or ""

    systems: list[tuple[str, Callable[[str], str]]] = [
        ("communique (line_counts over the batch)", lambda t: clean_scraped_text(t, counts, n).body),
        ("communique (no line_counts)", lambda t: clean_scraped_text(t).body),
        ("communique (line_counts, every page twice in the batch)",
         lambda t: clean_scraped_text(t, twice, 2 * n).body),
        ("communique (hand copy: no indentation or list markers)",
         lambda t: clean_scraped_text(hand_copy(t), flat_counts, n).body),
        ("baseline: lines of 12+ words", twelve),
        ("trafilatura.extract(text)", trafilatura_text),
    ]
    rows = []
    for name, fn in systems:
        t0 = time.perf_counter()
        preds = {key: fn(text) for key, text, _ in pages}
        ms = 1000 * (time.perf_counter() - t0) / max(1, n)
        rows.append({"task": TASK, "system": name, "n": n, **score(shared, preds), "ms_per_page": ms})
    return rows


def _seed_row(shared: Path) -> list[dict[str, Any]]:
    from communique.extract.text import clean_scraped_text

    text_path, exp_path = shared / "seed" / "ctv-joly-moscow-invitation.txt", shared / "seed" / "expected.json"
    if not (text_path.exists() and exp_path.exists()):
        return []
    spec = importlib.util.spec_from_file_location("score_seed", shared / "tools" / "score_seed.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    norm = mod.norm
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    res = clean_scraped_text(text_path.read_text(encoding="utf-8"))
    body = norm(res.body)
    lines = {norm(x) for x in res.body.split("\n")}
    leaked = [s for s in exp["not_body"] if norm(s) in lines or (len(s) > 20 and norm(s) in body)]
    return [{"task": "extract-text founding page", "system": "communique", "n": 1,
             "body_start": int(body.startswith(norm(exp["body_starts_with"]))),
             "body_end": int(body.endswith(norm(exp["body_ends_with"]))),
             "leaked": len(leaked), "title": int(norm(res.title) == norm(exp["title"]))}]


def _wikinews_row(shared: Path, limit: int = 60) -> list[dict[str, Any]]:
    """Clean articles (title, date line, paragraphs) should come back nearly whole."""
    from communique.extract.text import clean_scraped_text

    path = shared / "data" / "corpora" / "wikinews" / "wikinews_en_2019_2020.jsonl"
    if not path.exists():
        return []
    tok = re.compile(r"\w+")
    kept, title_ok, n = 0.0, 0, 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if not rec.get("text") or not rec.get("title"):
                continue
            body = rec["text"]
            res = clean_scraped_text(f"{rec['title']}\n\n{body}")
            want = tok.findall(body)
            got = set(tok.findall(res.body))
            kept += sum(w in got for w in want) / max(1, len(want))
            title_ok += res.title == rec["title"]
            n += 1
            if n >= limit:
                break
    return [{"task": "extract-text wikinews passthrough", "system": "communique", "n": n,
             "body_tokens_kept": kept / max(1, n), "title_exact": title_ok / max(1, n)}]


def _title_row(shared: Path) -> list[dict[str, Any]]:
    """Titles found in readability-pages flattened with inscriptis, where the title is a line of the text."""
    import inscriptis

    from communique.extract.text import clean_scraped_text

    root = shared / "data" / "extract" / "readability-pages" / "pages"
    if not root.exists():
        return []

    def norm(s: str | None) -> str:
        return " ".join(_norm(s or "").split())

    n = exact = 0
    for page in sorted(root.iterdir()):
        meta, src = page / "expected-metadata.json", page / "source.html"
        if not (meta.exists() and src.exists()):
            continue
        title = json.loads(meta.read_text(encoding="utf-8")).get("title")
        text = inscriptis.get_text(src.read_text(encoding="utf-8", errors="replace"))
        if not title or norm(title) not in {norm(line) for line in text.split("\n")}:
            continue
        n += 1
        exact += norm(clean_scraped_text(text).title) == norm(title)
    return [{"task": "extract-text title (readability-pages, title is a line)", "system": "communique", "n": n,
             "exact": exact / max(1, n)}]


def run(shared: Path) -> list[dict[str, Any]]:
    if not (shared / DATASET / "ground-truth.json").exists():
        return []
    pages = flatten(shared)
    rows = _system_rows(shared, pages)
    try:
        import numpy  # noqa: F401

        cv = cross_validate(pages, shared)
        for j, (name, scores) in enumerate(cv.items()):
            rows.insert(1 + j, {"task": TASK, "system": f"communique (5-fold CV refit, {name})", "n": len(pages),
                                **scores})
    except ImportError:
        pass
    return rows + _seed_row(shared) + _title_row(shared) + _wikinews_row(shared)


# --- fitting -------------------------------------------------------------------------------------------

def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def _labels(lines: list[Any], body: str) -> list[int]:
    """A line is story when its text (4+ words) is in the human body, or it is a whole line of it."""
    whole, lines_gt = _norm(body), {_norm(x) for x in body.split("\n") if x.strip()}
    out = []
    for ln in lines:
        c = _norm(ln.content)
        out.append(int(bool(c) and c in whole and (len(c.split()) >= 4 or c in lines_gt)))
    return out


def _prepare(pages: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    import numpy as np

    from communique.extract.text_features import line_features
    from communique.extract.text_lines import line_document_counts, split_lines

    counts = line_document_counts(t for _, t, _ in pages)
    flat_counts = line_document_counts(hand_copy(t) for _, t, _ in pages)
    items = []
    for key, text, body in pages:
        lines = split_lines(text)
        # Three readings of each page: with batch counts, alone, and alone without indentation (a hand copy).
        flat = [replace(ln, indent=0, bullet=False, text=ln.content) for ln in lines]
        items.append({"key": key, "lines": lines, "body": body, "y": np.array(_labels(lines, body)),
                      "feats": (line_features(lines, counts, len(pages)), line_features(lines, None, 0),
                                line_features(flat, flat_counts, len(pages))),
                      "size": np.array([len(ln.content.split()) + 1.0 for ln in lines])})
    return items


def _sig(z: Any) -> Any:
    import numpy as np

    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def _matrix(feats: list[dict[str, float]]) -> Any:
    import numpy as np

    from communique.extract.text_features import ALL_FEATURES, vector

    return np.array([vector(f) for f in feats]).reshape(len(feats), len(ALL_FEATURES))


def _topics(item: dict[str, Any], w1: Any) -> None:
    from communique.extract.text_features import add_topic_features

    for feats in item["feats"]:
        add_topic_features(item["lines"], feats, list(_sig(_matrix(feats) @ w1)))


def _fit_lr(x: Any, y: Any, sw: Any, mask: Any, l2: float = 1.0) -> Any:
    """Weighted, L2-regularised logistic regression by Newton steps; features outside `mask` stay 0."""
    import numpy as np

    w = np.zeros(x.shape[1])
    reg = np.eye(len(w)) * l2
    reg[0, 0] = 0.0
    for _ in range(25):
        p = _sig(x @ w)
        g = x.T @ (sw * (p - y)) + reg @ w
        h = (x * (sw * p * (1 - p))[:, None]).T @ x + reg + np.eye(len(w)) * 1e-6
        w -= np.linalg.solve(h, g)
        w[~mask] = 0.0
    return w


def fit(items: list[dict[str, Any]]) -> tuple[Any, Any]:
    """Stage 1 on line features, then stage 2 with the topic features stage 1 makes possible."""
    import numpy as np

    from communique.extract.text_features import ALL_FEATURES, FEATURES

    for item in items:
        for feats in item["feats"]:
            for f in feats:
                f.update(dict.fromkeys(set(ALL_FEATURES) - set(FEATURES), 0.0))
    y = np.concatenate([item["y"] for item in items for _ in item["feats"]])
    sw = np.concatenate([item["size"] for item in items for _ in item["feats"]])
    sw = sw / sw.mean()

    def stack() -> Any:
        return np.vstack([_matrix(f) for item in items for f in item["feats"]])

    w1 = _fit_lr(stack(), y, sw, np.array([n in FEATURES for n in ALL_FEATURES]))
    for item in items:
        _topics(item, w1)
    w2 = _fit_lr(stack(), y, sw, np.ones(len(ALL_FEATURES), dtype=bool))
    return w1, w2


def _params(w1: Any, w2: Any) -> dict[str, Any]:
    from communique.extract.text_features import ALL_FEATURES, SEED

    return {"about": "Two-stage logistic regression over communique.extract.text_features.ALL_FEATURES, fitted "
            "by bench/extract_text.py --fit on flattened dev pages; stage1 gives the first reading the topic "
            "features need, stage2 the final line probabilities; seed/keep are decoding thresholds.",
            "stage1": {n: round(float(x), 4) for n, x in zip(ALL_FEATURES, w1, strict=True) if x},
            "stage2": {n: round(float(x), 4) for n, x in zip(ALL_FEATURES, w2, strict=True)},
            "seed": SEED, "keep": 0.3}


def cross_validate(pages: list[tuple[str, str, str]], shared: Path, folds: int = 5) -> dict[str, dict[str, float]]:
    """Body scores when each page is cleaned by a model fitted without it (with batch counts; hand copy)."""
    from communique.extract.text_features import add_topic_features
    from communique.extract.text_model import decode, probabilities

    items = _prepare(pages)
    preds: dict[str, dict[str, str]] = {"line_counts": {}, "hand copy": {}}
    for k in range(folds):
        params = _params(*fit([it for i, it in enumerate(items) if i % folds != k]))
        for i, item in enumerate(items):
            if i % folds != k:
                continue
            for name, feats in zip(preds, (item["feats"][0], item["feats"][2]), strict=True):
                add_topic_features(item["lines"], feats, probabilities(feats, "stage1", params))
                kept = decode(item["lines"], probabilities(feats, "stage2", params), params)
                preds[name][item["key"]] = "\n\n".join(item["lines"][j].text for j in kept)
    return {name: score(shared, p) for name, p in preds.items()}


def main() -> None:
    from common import table

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--fit", action="store_true", help="refit the line model and print its cross-validated score")
    ap.add_argument("--write", action="store_true", help="with --fit: store the weights fitted on all pages")
    a = ap.parse_args()
    if not (a.shared / DATASET / "ground-truth.json").exists():
        print(f"no development data at {a.shared / DATASET}; nothing to measure")
        return
    if a.fit:
        pages = flatten(a.shared)
        print(json.dumps({"cv": cross_validate(pages, a.shared)}))
        if a.write:
            WEIGHTS.write_text(json.dumps(_params(*fit(_prepare(pages))), indent=1) + "\n", encoding="utf-8")
            print(json.dumps({"written": str(WEIGHTS)}))
        return
    print(table(run(a.shared)))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
