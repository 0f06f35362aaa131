"""PolNeAR working-half 5-fold cross-validation of the two learned quote components, scored end to end.

Each fold trains the cue tagger (``learn/train_cues.py``, its shipped thresholds) and the argument tagger
(``learn/train_edges.py``) on the other folds' articles and runs ``find_quotes`` on its own, scored the way
bench/quotes.py scores; rows for the rules with the cue tagger alone and with the argument tagger at each threshold
given (how ``train_edges.ADD`` was chosen: the highest all recall with precision >= 0.90). Only the working half is
read; folds are a salted hash of the text's stem.

    python bench/quotes_cv.py [--shared ../shared] [--adds 0.6,0.7,0.8] [--articles N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT  # noqa: E402
from quotes import _group, load, score, scored_item  # noqa: E402

from communique.annotate import Annotator  # noqa: E402
from communique.learn import train_cues, train_edges  # noqa: E402
from communique.learn.brat import text_stem  # noqa: E402
from communique.learn.split import folds, half  # noqa: E402
from communique.model import Article, Record, article_id  # noqa: E402
from communique.quotes import find_quotes  # noqa: E402
from communique.quotes.lexicon import default_lexicon  # noqa: E402


def preds(doc, ents, cue_model, edge_model) -> list:
    by_id = {e.id: e for e in ents}
    items = []
    for q in find_quotes(doc, ents, cue_model=cue_model, edge_model=edge_model):
        if q.kind == "partial":
            continue
        items.append(scored_item(q, by_id))
    return _group(items)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--adds", default="0.6,0.7,0.8")
    ap.add_argument("--articles", type=int, default=0)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    from communique.nlp.model import load as load_model

    base = a.shared / "data" / "quotes" / "polnear-train"
    data = [d for d in load(a.shared, a.articles) if half(text_stem(d[0])) == "working"]
    union = {stem: gold for stem, _, gold in train_cues.read_polnear(base, "working")}
    nlp = load_model()
    lex = default_lexicon()
    annotator = Annotator()
    docs = list(nlp.pipe(t for _, t, _ in data))
    ents = [annotator(Record(source=s, article=Article(id=article_id(t), title=None, text=t), doc=d)).entities
            for (s, t, _), d in zip(data, docs, strict=True)]
    texts = {}  # one doc per text for training, with every annotator's attributions
    for (stem, _, _), doc in zip(data, docs, strict=True):
        texts.setdefault(text_stem(stem), doc)
    stems = sorted(texts)
    cue_ex = {s: train_cues.examples(texts[s], union.get(s, []), lex) for s in stems}
    edge_ex = {s: train_edges.examples(texts[s], union.get(s, []), lex) for s in stems}
    adds = [float(x) for x in a.adds.split(",")]
    out: dict = {k: [None] * len(data) for k in [None, *adds]}
    for train, _ in folds(stems, key=lambda s: s, k=5):
        held = set(stems) - set(train)
        citems = [(s, *cue_ex[s]) for s in train]
        cm = train_cues.fit([f for it in citems for f in it[1]], [y for it in citems for y in it[2]], seed=a.seed,
                            meta={"add": train_cues.ADD, "drop": train_cues.DROP})
        cm.lemmas = train_cues.reachable(cm, citems, train_cues.ADD * train_cues.GATE)
        em = train_edges.train([(s, *edge_ex[s]) for s in train], a.seed, min(adds))
        for k in [None, *adds]:
            if k is not None:
                em.meta["add"] = k
            for i, (stem, _, _) in enumerate(data):
                if text_stem(stem) in held:
                    out[k][i] = preds(docs[i], ents[i], cm, em if k is not None else None)
    golds = [g for _, _, g in data]
    for k in [None, *adds]:
        r = score("cue tagger" + ("" if k is None else f" + argument tagger add {k}"), golds, out[k], None)
        print(f"{r['system']}: precision {r['precision']:.3f} / direct {r['recall_direct']:.3f} / "
              f"all {r['recall_all']:.3f} / speaker {r['speaker_accuracy']:.3f} ({r['predicted']} predicted)")


if __name__ == "__main__":
    main()
