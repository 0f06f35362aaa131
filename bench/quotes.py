"""Who-said-what benchmark: quotes and speakers on PolNeAR (brat standoff), beside textacy's direct_quotations.

A predicted quote matches a gold attribution when their contents overlap by >= 30% of the gold characters.
Precision over predicted quotes (``partial`` ones are not claims and are left out), recall over direct
attributions (content >= 80% inside quote marks) and over all, and speaker accuracy on matched attributions
that have a gold Source (the predicted speaker span, or any mention of its entity, overlaps the Source).
A PolNeAR attribution keeps its content in pieces ("A," she said, "B." is one attribution), so quotes that
share one cue are scored as one attribution, for both systems. ``pronoun_names`` counts quotes whose speaker's
name is a bare pronoun ("he", "It"), which should never happen.

The articles are split into a working and a checking half by ``communique.learn.split.half`` of the text's
file name stem (several annotators' files of one article stay in one half); both halves are reported.

    python bench/quotes.py [--shared ../shared] [--articles N] [--no-textacy]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_sections, score_founding_page  # noqa: E402

from communique.learn.brat import attributions, text_stem  # noqa: E402
from communique.learn.split import HALVES, half  # noqa: E402
from communique.model import Article, Record, article_id  # noqa: E402
from communique.nlp.quotemarks import quotations  # noqa: E402

MIN_SHARE = 0.3


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    kind: str = "indirect"

    @property
    def size(self) -> int:
        return sum(e - s for s, e in self.content)


@dataclass
class Pred:
    content: list[tuple[int, int]]
    speaker: list[tuple[int, int]] = field(default_factory=list)


def _group(items: list[tuple[object, int, int, list[tuple[int, int]]]]) -> list[Pred]:
    """(cue key or None, start, end, speaker spans) -> one Pred per cue."""
    out: list[Pred] = []
    by_cue: dict[object, Pred] = {}
    for key, start, end, speaker in items:
        if key is not None and key in by_cue:
            by_cue[key].content.append((start, end))
            continue
        out.append(Pred([(start, end)], speaker))
        if key is not None:
            by_cue[key] = out[-1]
    return out


def read_ann(path: Path, text: str) -> list[Gold]:
    marks = [(q.start, q.end) for q in quotations(text)]
    out = []
    for r in attributions(path):
        content = r.get("Content", [])
        if not content:
            continue
        g = Gold(content, r.get("Source", []))
        quoted = sum(_ov(a, b, s, e) for a, b in g.content for s, e in marks)
        share = quoted / max(1, g.size)
        g.kind = "direct" if share >= 0.8 else "mixed" if share > 0 else "indirect"
        out.append(g)
    return out


def _ov(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def load(shared: Path, limit: int) -> list[tuple[str, str, list[Gold]]]:
    base = shared / "data" / "quotes" / "polnear-train"
    if not (base / "attributions").exists():
        return []
    anns = sorted((base / "attributions").glob("*.ann"))
    if limit and limit < len(anns):
        step = len(anns) / limit
        anns = [anns[int(i * step)] for i in range(limit)]
    out = []
    for ann in anns:
        txt = base / "text" / (text_stem(ann.stem) + ".txt")
        if txt.exists():
            text = txt.read_text("utf-8")
            out.append((ann.stem, text, read_ann(ann, text)))
    return out


def score(name: str, golds: list[list[Gold]], preds: list[list[Pred]], seconds: float | None,
          errors: int = 0) -> dict[str, object]:
    n_pred = ok_pred = 0
    n_gold = n_direct = hit_all = hit_direct = n_sp = ok_sp = 0
    for gs, ps in zip(golds, preds, strict=True):
        def match(g: Gold, p: Pred) -> int:
            return sum(_ov(s, e, a, b) for s, e in g.content for a, b in p.content)

        for p in ps:
            n_pred += 1
            ok_pred += any(match(g, p) >= MIN_SHARE * g.size for g in gs)
        for g in gs:
            n_gold += 1
            n_direct += g.kind == "direct"
            best = max(ps, key=lambda p: match(g, p), default=None)
            if best is None or match(g, best) < MIN_SHARE * g.size:
                continue
            hit_all += 1
            hit_direct += g.kind == "direct"
            if g.source:
                n_sp += 1
                ok_sp += any(_ov(a, b, s, e) for a, b in best.speaker for s, e in g.source)
    row: dict[str, object] = {"task": "PolNeAR attributions", "system": name, "annotated_docs": len(golds),
                              "gold": n_gold, "predicted": n_pred, "precision": ok_pred / max(1, n_pred),
                              "recall_direct": hit_direct / max(1, n_direct), "recall_all": hit_all / max(1, n_gold),
                              "speaker_accuracy": ok_sp / max(1, n_sp), "predicted_right": ok_pred,
                              "gold_found": hit_all}
    if seconds is not None:
        row["ms_per_doc"] = 1000 * seconds / max(1, len(golds))
    if errors:
        row["errors"] = errors
    return row


PRONOUNS = {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "this", "that",
            "who", "one", "someone", "somebody", "everyone", "anyone", "these", "those"}


def scored_item(q, by_id: dict) -> tuple:
    """A quote as the scorer reads it: (cue start, content start, content end, the speaker's spans: its own and
    those of every mention of its entity)."""
    sp: list[tuple[int, int]] = []
    if q.speaker is not None:
        if q.speaker.start is not None:
            sp.append((q.speaker.start, q.speaker.end))
        if q.speaker.entity in by_id:
            sp += [(m.start, m.end) for m in by_id[q.speaker.entity].mentions]
    return (q.cue.start if q.cue else None, q.start, q.end, sp)


def ours(docs, entities) -> tuple[list[list[Pred]], float, list[int]]:
    from communique.quotes import find_quotes

    out = []
    pronoun_names: list[int] = []
    t0 = time.perf_counter()
    for doc, ents in zip(docs, entities, strict=True):
        by_id = {e.id: e for e in ents}
        items = []
        pronoun_names.append(0)
        for q in find_quotes(doc, ents):
            if q.kind == "partial":
                continue
            if q.speaker is not None and (q.speaker.name or "").strip().lower() in PRONOUNS:
                pronoun_names[-1] += 1
            items.append(scored_item(q, by_id))
        out.append(_group(items))
    return out, time.perf_counter() - t0, pronoun_names


def textacy_preds(docs) -> tuple[list[list[Pred]], float, list[int]]:
    from textacy.extract.triples import direct_quotations

    out: list[list[Pred]] = []
    errors: list[int] = []
    t0 = time.perf_counter()
    for doc in docs:
        items = []
        errors.append(0)
        for m in re.finditer(r"[^\n]+", doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not span.text.strip():
                continue
            try:
                for tri in direct_quotations(span.as_doc()):
                    off = span.start_char
                    c = tri.content
                    cue = off + tri.cue[0].idx if tri.cue else None
                    items.append((cue, off + c.start_char, off + c.end_char,
                                  [(off + t.idx, off + t.idx + len(t.text)) for t in tri.speaker]))
            except Exception:  # noqa: BLE001 - textacy raises on unbalanced quote marks
                errors[-1] += 1
        out.append(_group(items))
    return out, time.perf_counter() - t0, errors


def founding_page(shared: Path) -> list[dict[str, object]]:
    """The quote part of shared/tools/score_seed.py on the founding page (quotes found with their speaker)."""
    f = score_founding_page(shared, upto="annotate")
    return [{"task": "founding page quotes (score_seed.py)", "system": "communique find_quotes",
             "quotes": f.get("quotes")}] if f else []


def run(shared: Path, articles: int = 0, with_textacy: bool = True) -> list[dict[str, object]]:
    data = load(shared, articles)
    if not data:
        return founding_page(shared)
    from communique.annotate import Annotator
    from communique.nlp.model import load as load_model

    nlp = load_model()
    annotator = Annotator()
    texts = [t for _, t, _ in data]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    entities = []
    for (stem, text, _), doc in zip(data, docs, strict=True):
        rec = Record(source=stem, article=Article(id=article_id(text), title=None, text=text), doc=doc)
        entities.append(annotator(rec).entities)
    golds = [g for _, _, g in data]
    halves = [half(text_stem(stem)) for stem, _, _ in data]
    preds, secs, pronoun_names = ours(docs, entities)
    tx = None
    if with_textacy:
        try:
            tx, tsecs, errs = textacy_preds(docs)
        except ImportError:
            tx = None
    rows = []
    for h in HALVES:
        pick = [i for i, x in enumerate(halves) if x == h]
        row = score("communique find_quotes", [golds[i] for i in pick], [preds[i] for i in pick],
                    secs * len(pick) / max(1, len(data)))
        row["pronoun_names"] = sum(pronoun_names[i] for i in pick)
        rows.append({"half": h, **row})
    rows[0]["quotes_share_of_parse"] = secs / max(parse, 1e-9)
    if with_textacy and tx is None:
        rows.append({"task": "PolNeAR attributions", "system": "textacy (not installed)"})
    elif tx is not None:
        for h in HALVES:
            pick = [i for i, x in enumerate(halves) if x == h]
            rows.append({"half": h, **score("textacy direct_quotations per paragraph", [golds[i] for i in pick],
                                              [tx[i] for i in pick], tsecs * len(pick) / max(1, len(data)),
                                              sum(errs[i] for i in pick))})
    return rows + founding_page(shared)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--articles", type=int, default=0, help="an evenly spread subset (0: all 840)")
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--no-append", action="store_true", help="print only; do not append to bench/RESULTS.md")
    a = ap.parse_args()
    if not (a.shared / "data" / "quotes").exists():
        print(f"no PolNeAR data under {a.shared}/data/quotes; nothing to measure")
        return
    run_sections("Quotes (bench/quotes.py)", [
        ("PolNeAR attributions, beside textacy's direct_quotations per paragraph",
         lambda: run(a.shared, a.articles, not a.no_textacy)),
    ], append=not a.no_append)


if __name__ == "__main__":
    main()
