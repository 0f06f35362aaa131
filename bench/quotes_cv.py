"""PolNeAR working-half 5-fold cross-validation of the two learned quote components, scored end to end.

Each fold trains the cue tagger (``learn/train_cues.py``) and, unless ``--no-edges``, the argument tagger
(``learn/train_edges.py``) on the other folds' articles and runs ``find_quotes`` on its own, scored the way
bench/quotes.py scores. Rows: the cue tagger at each (add, drop) pair of ``--cues`` (default: its shipped
thresholds; how ``train_cues.ADD`` and ``DROP`` are chosen: the highest all recall with precision >= 0.90 and speaker
>= 0.93), and with the argument tagger at each threshold of ``--adds`` (how ``train_edges.ADD`` was chosen). Only the
working half is read; folds are a salted hash of the text's stem. ``--cache DIR`` keeps the working half's parse and
entities there (several minutes saved on each later run; delete the folder after changing the parser or the entity
stage).

    python bench/quotes_cv.py [--shared ../shared] [--cues 0.44:0.30,0.42:0.30] [--adds 0.6,0.7,0.8] [--no-edges]
        [--cache /tmp/polnear-working] [--articles N]
"""

from __future__ import annotations

import argparse
import pickle
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


def parsed(data: list, cache: Path | None) -> tuple[list, list]:
    """The docs and entities of ``data``, from ``cache`` when it holds this very list of files (else parsed, and
    stored there when a cache folder is given). The cache is a spaCy DocBin and a pickle of our own entities: a
    local scratch file written by this script, never a file from elsewhere."""
    from spacy.tokens import DocBin

    from communique.nlp.model import load as load_model

    nlp = load_model()
    stems = [s for s, _, _ in data]
    if cache is not None and (cache / "docs.spacy").exists() and (cache / "entities.pkl").exists():
        with open(cache / "entities.pkl", "rb") as f:
            kept = pickle.load(f)  # noqa: S301 - this script's own scratch file
        if kept.get("stems") == stems:
            docs = list(DocBin().from_bytes((cache / "docs.spacy").read_bytes()).get_docs(nlp.vocab))
            return docs, kept["entities"]
    annotator = Annotator()
    docs = list(nlp.pipe(t for _, t, _ in data))
    ents = [annotator(Record(source=s, article=Article(id=article_id(t), title=None, text=t), doc=d)).entities
            for (s, t, _), d in zip(data, docs, strict=True)]
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "docs.spacy").write_bytes(DocBin(docs=docs, store_user_data=True).to_bytes())
        with open(cache / "entities.pkl", "wb") as f:
            pickle.dump({"stems": stems, "entities": ents}, f)
    return docs, ents


def _pairs(text: str) -> list[tuple[float, float]]:
    out = []
    for part in text.split(","):
        add, _, drop = part.partition(":")
        out.append((float(add), float(drop or train_cues.DROP)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cues", default=f"{train_cues.ADD}:{train_cues.DROP}",
                    help="the cue tagger's (add:drop) thresholds to score, comma-separated")
    ap.add_argument("--adds", default="0.6,0.7,0.8", help="the argument tagger's add thresholds")
    ap.add_argument("--no-edges", action="store_true", help="the cue tagger alone (no argument tagger rows)")
    ap.add_argument("--cache", type=Path, default=None, help="a folder for the working half's parse")
    ap.add_argument("--articles", type=int, default=0)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()

    base = a.shared / "data" / "quotes" / "polnear-train"
    data = [d for d in load(a.shared, a.articles) if half(text_stem(d[0])) == "working"]
    union = {stem: gold for stem, _, gold in train_cues.read_polnear(base, "working")}
    lex = default_lexicon()
    docs, ents = parsed(data, a.cache)
    texts = {}  # one doc per text for training, with every annotator's attributions
    for (stem, _, _), doc in zip(data, docs, strict=True):
        texts.setdefault(text_stem(stem), doc)
    stems = sorted(texts)
    cues = _pairs(a.cues)
    adds = [] if a.no_edges else [float(x) for x in a.adds.split(",")]
    cue_ex = {s: train_cues.examples(texts[s], union.get(s, []), lex) for s in stems}
    edge_ex = {s: train_edges.examples(texts[s], union.get(s, []), lex) for s in stems} if adds else {}
    keys = [("cue", c) for c in cues] + [("edge", k) for k in adds]
    out: dict = {k: [None] * len(data) for k in keys}
    for train, _ in folds(stems, key=lambda s: s, k=5):
        held = set(stems) - set(train)
        citems = [(s, *cue_ex[s]) for s in train]
        cm = train_cues.fit([f for it in citems for f in it[1]], [y for it in citems for y in it[2]], seed=a.seed)
        gates: dict[float, frozenset[str]] = {}
        em = train_edges.train([(s, *edge_ex[s]) for s in train], a.seed, min(adds)) if adds else None
        for kind, k in keys:
            add, drop = k if kind == "cue" else (train_cues.ADD, train_cues.DROP)
            cm.meta = {"add": add, "drop": drop}
            if add not in gates:
                gates[add] = train_cues.reachable(cm, citems, add * train_cues.GATE)
            cm.lemmas = gates[add]
            if kind == "edge":
                em.meta["add"] = k
            for i, (stem, _, _) in enumerate(data):
                if text_stem(stem) in held:
                    out[(kind, k)][i] = preds(docs[i], ents[i], cm, em if kind == "edge" else None)
    golds = [g for _, _, g in data]
    for kind, k in keys:
        name = f"cue tagger add {k[0]} drop {k[1]}" if kind == "cue" else f"+ argument tagger add {k}"
        r = score(name, golds, out[(kind, k)], None)
        print(f"{r['system']}: precision {r['precision']:.4f} / direct {r['recall_direct']:.4f} / "
              f"all {r['recall_all']:.4f} / speaker {r['speaker_accuracy']:.4f} ({r['predicted']} predicted)",
              flush=True)


if __name__ == "__main__":
    main()
