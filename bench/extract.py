"""Article extraction benchmark: HTML bodies, scraped-text bodies, metadata, and the founding page.

Runs every extraction benchmark in one process (so ratios between systems come from the
same run on the same machine), prints one table, and appends it to bench/RESULTS.md.

    python bench/extract.py [--shared ../shared] [--no-append] [--only html,text,meta,speed,seed]

HTML bodies are scored on scrapinghub-dev and l3s-gn1-dev, each cut into a working and a checking half by
``communique.learn.split.half(page_id)`` (see extract_html.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_sections, score_founding_page  # noqa: E402


def founding_page(shared: Path) -> list[dict[str, object]]:
    """Score the founding page with shared/tools/score_seed.py, as a user would."""
    f = score_founding_page(shared, upto="article")
    return [{"task": "founding page", "system": "communique", "body": f.get("body"), "title": f.get("title")}] if f \
        else []


def article_stage_speed(shared: Path) -> list[dict[str, object]]:
    """The whole article stage (decode, body, metadata, credits, language) beside trafilatura.extract,
    page by page in turn so both meet the same machine load; process CPU time (the machine is shared, so
    wall time is noisy) and wall time."""
    import gzip
    import time

    import trafilatura

    from communique.extract.article import page_to_record
    from communique.model import Page

    pages = sorted((shared / "data" / "extract" / "scrapinghub-dev" / "html").glob("*.html.gz"))
    first = gzip.decompress(pages[0].read_bytes())  # load both once (models, caches): a batch pays it once
    page_to_record(Page(source="warm-up", content=first, kind="html"))
    from communique.extract.language import _identifier

    _identifier()  # the language model, which an English warm-up page does not need: a batch loads it once
    trafilatura.extract(first.decode("utf-8", "replace"))
    ours = theirs = ours_cpu = theirs_cpu = 0.0
    for path in pages:
        data = gzip.decompress(path.read_bytes())
        t0, c0 = time.perf_counter(), time.process_time()
        page_to_record(Page(source=path.name, content=data, kind="html"))
        t1, c1 = time.perf_counter(), time.process_time()
        trafilatura.extract(data.decode("utf-8", "replace"))
        t2, c2 = time.perf_counter(), time.process_time()
        ours, theirs = ours + t1 - t0, theirs + t2 - t1
        ours_cpu, theirs_cpu = ours_cpu + c1 - c0, theirs_cpu + c2 - c1
    n = max(len(pages), 1)
    task = "article stage, whole (bytes -> Article)"
    return [{"task": task, "system": "communique", "n": len(pages),
             "cpu_ms_per_page": 1000 * ours_cpu / n, "x_trafilatura_cpu": ours_cpu / theirs_cpu if theirs_cpu else None,
             "ms_per_page": 1000 * ours / n, "x_trafilatura_time": ours / theirs if theirs else None},
            {"task": task, "system": "trafilatura.extract (defaults)", "n": len(pages),
             "cpu_ms_per_page": 1000 * theirs_cpu / n, "x_trafilatura_cpu": 1.0,
             "ms_per_page": 1000 * theirs / n, "x_trafilatura_time": 1.0}]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to bench/RESULTS.md")
    ap.add_argument("--only", default="", help="comma list of sections: html, text, meta, speed, seed")
    a = ap.parse_args()
    if not (a.shared / "data" / "extract").exists():
        print(f"no development data at {a.shared}/data/extract; nothing to measure")
        return
    import extract_html
    import extract_meta
    import extract_text

    sections = [
        ("html", "HTML body and title (scrapinghub-dev, l3s-gn1-dev; working / checking halves)",
         lambda: extract_html.run(a.shared)),
        ("text", "Scraped-text body (scrapinghub-dev flattened with inscriptis)", lambda: extract_text.run(a.shared)),
        ("meta", "Metadata (readability-pages)", lambda: extract_meta.run(a.shared)),
        ("speed", "Article stage speed (scrapinghub-dev)", lambda: article_stage_speed(a.shared)),
        ("seed", "Founding page (score_seed.py)", lambda: founding_page(a.shared)),
    ]
    only = {x.strip() for x in a.only.split(",") if x.strip()}
    unknown = only - {key for key, _, _ in sections}
    if unknown:
        ap.error(f"unknown section(s) {sorted(unknown)}; choose from html, text, meta, speed, seed")
    run_sections("Article extraction (bench/extract.py)", [(name, fn) for key, name, fn in sections
                                                             if not only or key in only], append=not a.no_append)


if __name__ == "__main__":
    main()
