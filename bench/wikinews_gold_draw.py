"""Draw the sentences of the hand-labelled Wikinews event set (bench/data/wikinews_events_gold.jsonl).

    python bench/wikinews_gold_draw.py [--shared ../shared] [--stories 80] [--sentences 5] [--seed 12] > draw.jsonl
    python bench/wikinews_gold_draw.py --seed 13 --stories 60 --exclude-file bench/data/wikinews_events_gold.jsonl

Stories are drawn with a fixed seed from the 295 English Wikinews stories of 2019-2020; from each, the first
``--sentences`` sentences of its body (after the dateline), whole and in order, as the project's spaCy pipeline
splits the article text the pipeline reads (``communique.nlp.model.load()``), so that ordinary sentences with no
event come in as they come. Each line: id (story id + '#s' + sentence index in the body), story, url, title, date,
start/end (character offsets in the article text) and text; the labels (``events``) are written by a reader.
With the seed kept, a larger ``--stories`` continues the draw (30 -> 60 -> 80 stories: ``random.sample`` picks one
at a time from 295) only up to 85 stories; from 86 on Python samples by another method and the draw changes.
``--exclude-file`` (repeatable) names labelled files whose stories are left out: the seed then draws from the
remaining stories, in the corpus order (the second batch, bench/data/wikinews_events_gold_2.jsonl: ``--seed 13
--stories 60 --exclude-file bench/data/wikinews_events_gold.jsonl``; the third, wikinews_events_gold_3.jsonl:
``--seed 14 --stories 60`` with both earlier files excluded, 59 stories written since one drawn, a Wikinews test
page, has no body sentence; the fourth, wikinews_events_gold_4.jsonl: ``--seed 15 --stories 60`` with the three
earlier files excluded, 59 stories written since the same test page, never written and so never excluded, was drawn
again). Without it the draw is the one above.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Collection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATELINE = re.compile(r"^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+\w+\s+\d{1,2},\s+\d{4}\W*$")


def body_sentences(nlp, text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the body's sentences: the dateline and blank pieces left out, white space trimmed."""
    out = []
    for s in nlp(text).sents:
        t = s.text.strip()
        if not t or DATELINE.match(t):
            continue
        start = s.start_char + (len(s.text) - len(s.text.lstrip()))
        out.append((start, start + len(t), t))
    return out


def draw_stories(sources: list[str], seed: int, stories: int, excluded: Collection[str] = frozenset()) -> list[int]:
    """The indices (in corpus order) of the stories drawn: ``random.sample`` with the seed over the corpus
    positions of the stories not excluded (with none excluded, over ``range(len(sources))``, as from the start)."""
    pool = [k for k, source in enumerate(sources) if source not in excluded]
    return sorted(random.Random(seed).sample(pool, stories))


def stories_of(files: list[Path]) -> set[str]:
    """The story ids of labelled JSONL files."""
    return {json.loads(line)["story"] for f in files for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--stories", type=int, default=80)
    ap.add_argument("--sentences", type=int, default=5)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--exclude-file", type=Path, action="append", default=[],
                    help="a labelled JSONL file whose stories are not drawn again (repeatable)")
    a = ap.parse_args()
    from communique.nlp.model import load
    from communique.pipeline import Pipeline
    from communique.sources.jsonl import read_jsonl

    path = a.shared / "data" / "corpora" / "wikinews" / "wikinews_en_2019_2020.jsonl"
    pages = list(read_jsonl(str(path), path.read_bytes(), 10**8))
    chosen = draw_stories([page.source for page in pages], a.seed, a.stories, stories_of(a.exclude_file))
    articles, nlp = Pipeline("article"), load()
    for k in chosen:
        page = pages[k]
        art = articles.process(page).article
        for i, (start, end, text) in enumerate(body_sentences(nlp, art.text)[:a.sentences]):
            json.dump({"id": f"{page.source}#s{i}", "story": page.source, "url": page.url, "title": art.title,
                       "date": art.date, "start": start, "end": end, "text": text}, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")


if __name__ == "__main__":
    main()
