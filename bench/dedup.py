"""Near-duplicate detection in the store: false merges among distinct stories, and recall on reprints.

Reuters-21578 stories (50+ words) go through the article stage into a fresh SQLite store, as
`ingest --upto article` would put them. (1) Distinct stories: every merge is printed with its
similarity so a reader can judge it (the corpus holds some true repeats: corrections and
re-sent stories). (2) Reprints: for 300 of the stories, a copy as another outlet would print it
(a byline and dateline added, the last sentence cut, "said" made "says", a copyright line) must
join its original's story; (3) a follow-up that keeps the first half of a story and goes on with
another story's words must not.

    python -m bench.dedup [--n 2000] [--no-append]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import run_sections  # noqa: E402

from communique.model import Article, Record, article_id  # noqa: E402
from communique.store import open_store  # noqa: E402


def stories(shared: Path, n: int) -> list[tuple[str, str]]:
    path = shared / "data" / "corpora" / "reuters21578" / "reuters21578.jsonl"
    out = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        text = "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s{3,}", r.get("text") or "") if p.strip())
        if len(text.split()) >= 50:
            out.append((r["id"], text))
        if len(out) >= n:
            break
    return out


def _record(source: str, text: str) -> Record:
    return Record(source=source, article=Article(id=article_id(text), title=None, text=text))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def reprint(text: str, rng: random.Random) -> str:
    sents = _sentences(text)
    body = " ".join(sents[:-1] if len(sents) > 3 else sents)
    body = re.sub(r"\bsaid\b", "says", body)
    return f"By {rng.choice(['Staff', 'Wire', 'Our Correspondent'])}\n\nNEW YORK (Wire) - {body}\n\n(c) 1987 Wire"


def follow_up(text: str, other: str) -> str:
    """The first half of a story's words continued by another story's opening, to the same length."""
    words = text.split()
    half = len(words) // 2
    return " ".join(words[:half] + other.split()[:len(words) - half])


def run(shared: Path, n: int = 2000) -> list[dict[str, object]]:
    docs = stories(shared, n)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "d.db") as store:
        t0 = time.perf_counter()
        s = store.add(_record(f"reuters:{i}", text) for i, text in docs)
        add_s = time.perf_counter() - t0
        merged_pairs = []
        for rec in store.articles():
            full = store.article(rec["id"])
            for src in full["sources"]:
                if src["kind"] == "near":
                    merged_pairs.append((full["source"], src["source"], src["similarity"]))
        for a, b, sim in merged_pairs[:10]:
            print(f"  merged {b} into {a} (estimated Jaccard {sim:.2f})")
        sample = rng.sample(range(len(docs)), min(300, len(docs)))
        r = store.add(_record(f"reprint:{docs[i][0]}", reprint(docs[i][1], rng)) for i in sample)
        f = store.add(_record(f"followup:{docs[i][0]}", follow_up(docs[i][1], docs[(i + 1) % len(docs)][1]))
                      for i in sample)
    return [
        {"test": "distinct Reuters stories", "documents": len(docs), "stored": s.stored,
         "exact duplicates": s.duplicates - s.near_duplicates, "near-duplicate merges": s.near_duplicates,
         "ms per document": round(1000 * add_s / len(docs), 2)},
        {"test": "reprints (byline, dateline, last sentence cut, said->says)", "documents": len(sample),
         "stored": r.stored, "near-duplicate merges": r.near_duplicates,
         "recall": round(r.near_duplicates / len(sample), 3)},
        {"test": "follow-ups (first half kept, the rest another story)", "documents": len(sample), "stored": f.stored,
         "near-duplicate merges": f.near_duplicates, "false merge rate": round(f.near_duplicates / len(sample), 3)},
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--no-append", action="store_true")
    a = ap.parse_args()
    if not (a.shared / "data" / "corpora" / "reuters21578").exists():
        print(f"no Reuters corpus under {a.shared}/data: nothing to measure")
        return
    run_sections("Near-duplicate detection", [("store deduplication", lambda: run(a.shared, a.n))],
                 append=not a.no_append)


if __name__ == "__main__":
    main()
