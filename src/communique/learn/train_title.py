"""Fit the headline chooser's weights (``extract/headline_model.py``) on labelled pages.

Each page is read as the article stage reads it (``article.read_html``): its title declarations, headings and
story body give the headline candidates (``headline_model.candidates``), and a candidate is right when it matches
the labelled headline the way bench/extract_html.py scores it (case-, space- and non-ASCII-insensitive; the
labelled block's first line or the whole block). The weights maximise the likelihood of a right candidate under a
softmax over each page's candidates, with an L2 penalty; pages where no candidate is right teach nothing and are
left out. Only the working half of l3s-gn1-dev (``split.half`` of the page id) is fitted on; k-fold
cross-validation on it reports how often the chosen headline is right on pages the fit did not see. The
readability-pages test pages are scored, never fitted on: their labels are Readability.js's page titles, which keep
the site's name on some pages (the label without it is accepted too), and they are modern pages with og:title and
JSON-LD where l3s's are from 2008, so they show how the weights carry over. (scrapinghub-dev has no labelled
titles.)

    python -m communique.learn.train_title [--data ../shared/data/extract] [--seed 13]
        [--out src/communique/data/title_weights.json] [--limit N] [--folds 5] [--l2 1.0]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..extract.headline_model import FEATURES, Candidate, best
from .split import folds, half

L2 = 1.0
"""The penalty on the squared weights (per page): the largest of 0.001-5 with the best 5-fold cross-validated
accuracy on the working half (0.01-1 tie at 140 of 150)."""
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "title_weights.json"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

Page = tuple[str, list[Candidate], tuple[str, ...], str | None]
"""(page id, candidates, the labelled headline's accepted wordings, the headline the page names, when it does:
``headline.ruled_headline``)"""


def norm_title(text: str | None) -> str:
    """Case-, space- and non-ASCII-insensitive ('?' for each non-ASCII character), as the l3s labels write them."""
    return " ".join(_NON_ASCII.sub("?", unicodedata.normalize("NFC", text or "")).lower().split())


def matches(title: str | None, gold: str | Sequence[str]) -> bool:
    """Does ``title`` match a labelled block (its whole or its first line)? ``gold``: one label or several."""
    got = norm_title(title)
    golds = [gold] if isinstance(gold, str) else gold
    return bool(got) and any(got in (norm_title(g), norm_title(g.split("\n")[0])) for g in golds)


def _read(source: str, data: bytes, url: str | None) -> tuple[list[Candidate], str | None, object] | None:
    """A page read as the article stage reads it: its headline candidates, the headline it names (see
    ``headline.ruled_headline``), and the ``HtmlRead``; None when it cannot be decoded."""
    from ..extract.article import clean_page_text, decode_page, read_html
    from ..extract.headline import ruled_headline
    from ..model import Page as WebPage

    page = decode_page(WebPage(source=source, content=data, kind="html", url=url))
    if page.error:
        return None
    read = read_html(clean_page_text(str(page.content)), page.url)
    ruled = ruled_headline(read.titles, read.headings, read.body, read.meta.site, read.url, declared=read.declared)
    return read.headline_candidates(), ruled, read


def read_l3s(data: Path, which: str = "working", limit: int = 0) -> list[Page]:
    """The labelled pages of one half of l3s-gn1-dev (``html/<id>.html.gz``, ``ground-truth.json``)."""
    gt_path = data / "ground-truth.json"
    if not gt_path.exists():
        return []
    gt = json.loads(gt_path.read_text(encoding="utf-8"))
    keys = [k for k in sorted(gt) if gt[k].get("title") and half(k) == which
            and (data / "html" / f"{k}.html.gz").exists()]
    out = []
    for k in keys[:limit] if limit else keys:
        got = _read(k, gzip.decompress((data / "html" / f"{k}.html.gz").read_bytes()), gt[k].get("url"))
        if got is not None:
            out.append((f"l3s:{k}", got[0], (gt[k]["title"],), got[1]))
    return out


def read_readability(data: Path, limit: int = 0) -> list[Page]:
    """The readability-pages test pages with a labelled title (``pages/<name>/source.html`` and
    ``expected-metadata.json``). Their label is Readability.js's page title, which keeps the site's name on some
    pages: the label without it (as ``strip_site`` reads it) is accepted too."""
    from ..extract.headline import strip_site

    root = data / "pages"
    dirs = sorted(d for d in root.iterdir() if (d / "source.html").is_file()) if root.is_dir() else []
    out = []
    for d in dirs[:limit] if limit else dirs:
        gold = json.loads((d / "expected-metadata.json").read_text(encoding="utf-8")).get("title") or ""
        if not gold.strip():
            continue
        got = _read(d.name, (d / "source.html").read_bytes(), None)
        if got is not None:
            read = got[2]
            out.append((f"readability:{d.name}", got[0], (gold, strip_site(gold, read.meta.site, read.url)), got[1]))
    return out


def _matrix(cands: Sequence[Candidate]) -> np.ndarray:
    index = {name: i for i, name in enumerate(FEATURES)}
    x = np.zeros((len(cands), len(FEATURES)))
    for r, c in enumerate(cands):
        for name, v in c.feats.items():
            x[r, index[name]] = v
    return x


def fit(pages: Sequence[Page], l2: float = L2, seed: int = 13, iters: int = 400) -> dict[str, float]:
    """Weights by L-BFGS on the softmax likelihood of the right candidates (pages with none are left out)."""
    from scipy.optimize import minimize

    data = []
    for _, cands, gold, _ in pages:
        ok = np.array([matches(c.headline, gold) for c in cands])
        if ok.any() and not ok.all():
            data.append((_matrix(cands), ok))
    n = max(len(data), 1)
    rng = np.random.default_rng(seed)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * n * float(w @ w), 2 * l2 * n * w
        for x, ok in data:
            z = x @ w
            z = z - z.max()
            p = np.exp(z)
            p /= p.sum()
            q = np.where(ok, p, 0.0)
            pr = q.sum()
            total -= float(np.log(pr + 1e-300))
            grad -= x.T @ (q / pr - p)  # d log P(right) / dw
        return total / n, grad / n

    w0 = rng.normal(0, 0.01, len(FEATURES))
    res = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": iters})
    return {name: round(float(v), 4) for name, v in zip(FEATURES, res.x, strict=True) if abs(v) >= 1e-4}


def right(page: Page, w: dict[str, float]) -> bool:
    """Does the headline chosen as ``headline_model.choose_headline`` chooses it (the one the page names, else the best
    candidate) match the label?"""
    _, cands, gold, aligned = page
    if aligned is not None:
        return matches(aligned, gold)
    top = best(cands, w)
    return top is not None and matches(top.headline, gold)


def accuracy(pages: Sequence[Page], w: dict[str, float]) -> float:
    """Share of pages whose chosen headline matches the label."""
    return sum(right(p, w) for p in pages) / max(len(pages), 1)


def cross_validate(pages: list[Page], k: int = 5, **fit_args: float) -> dict[str, bool]:
    """Out of fold, whether each page's headline is right (page id -> bool), by weights fitted on the other
    folds."""
    out: dict[str, bool] = {}
    for train, test in folds(pages, key=lambda p: p[0], k=k):
        w = fit(train, **fit_args)
        out.update((p[0], right(p, w)) for p in test)
    return out


def _by_set(pages: Sequence[Page], hits: dict[str, bool]) -> str:
    sets = sorted({p[0].split(":", 1)[0] for p in pages})
    parts = []
    for name in sets:
        ids = [p[0] for p in pages if p[0].startswith(name + ":")]
        parts.append(f"{name} {sum(hits[i] for i in ids) / len(ids):.3f} ({sum(hits[i] for i in ids)}/{len(ids)})")
    return ", ".join(parts)


def main(argv: list[str] | None = None) -> None:
    root = Path(__file__).resolve().parents[3]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=root.parent / "shared" / "data" / "extract",
                    help="the folder holding l3s-gn1-dev and readability-pages")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages of each set (a quick run)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=L2)
    a = ap.parse_args(argv)
    pages = read_l3s(a.data / "l3s-gn1-dev", limit=a.limit)
    if not pages:
        raise SystemExit(f"no labelled pages under {a.data}/l3s-gn1-dev; pass --data <folder holding it>")
    reach = {p[0]: any(matches(c.headline, p[2]) for c in p[1]) or (p[3] is not None and matches(p[3], p[2]))
             for p in pages}
    print(f"{len(pages)} working-half pages; a right candidate on {_by_set(pages, reach)}")
    if a.folds > 1:
        print(f"{a.folds}-fold cross-validated: {_by_set(pages, cross_validate(pages, a.folds, l2=a.l2, seed=a.seed))}")
    w = fit(pages, l2=a.l2, seed=a.seed)
    print(f"in-sample: {_by_set(pages, {p[0]: right(p, w) for p in pages})}")
    other = read_readability(a.data / "readability-pages", limit=a.limit)
    if other:
        print(f"not fitted on: {_by_set(other, {p[0]: right(p, w) for p in other})}")
    a.out.write_text(json.dumps({"l2": a.l2, "seed": a.seed, "pages": len(pages), "weights": w}, indent=1) + "\n",
                     encoding="utf-8")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
