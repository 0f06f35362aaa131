"""What the event classifier sees of a candidate: the trigger, its arguments and the rules' reading, as features.

A candidate is a trigger the patterns found with the actor and recipient the parse gave it. The classifier does
not re-read the sentence; it weighs what the rules already know (the pattern's type, the modality, the CAMEO
verb dictionary's codes) with the words around the trigger, so that a word's sense ("charged with ensuring
order" against "charged with murder") is learned from labelled sentences rather than written as a rule.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

import numpy as np

from ..model import Entity
from ..nlp.perdoc import lower_forms

log = logging.getLogger(__name__)
DENSE = 96
"""Width of the trigger's contextual vector (the pipeline's tok2vec output, ``doc.tensor``); other widths are
cut or padded, and a pipeline without one gives zeros."""


def _party_features(prefix: str, parties: list[Entity]) -> list[str]:
    if not parties:
        return [f"{prefix}=none"]
    out = [f"{prefix}_n={min(len(parties), 2)}"]
    for e in parties[:2]:
        actor = e.actor
        out += [f"{prefix}_label={e.label}", f"{prefix}_coded={bool(actor and actor.code)}"]
        if actor is not None and actor.sector:
            out.append(f"{prefix}_sector={actor.sector}")
    return out


@lru_cache(maxsize=1)
def business_words() -> frozenset[str]:
    """The financial and corporate register's words (data/business_words.txt)."""
    text = (resources.files("communique") / "data" / "business_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def register_features(trigger) -> list[str]:
    """How much the document and the trigger's sentence speak the language of markets and deals (per 100
    tokens, bucketed): business news is where political verbs most often name no political event."""
    doc = trigger.doc
    counts = doc.user_data.get("communique_business")
    if counts is None:  # once per document: the share of the register's words, and their count per sentence
        words = business_words()
        lowers = lower_forms(doc)  # each word read from the parse's arrays once, not a Token per word
        per = {s.start: sum(lowers[k] in words for k in range(s.start, s.end)) for s in doc.sents}
        counts = doc.user_data["communique_business"] = (100.0 * sum(per.values()) / max(len(doc), 1), per)
    rate, per = counts
    in_sent = per.get(trigger.sent.start, 0)
    level = 0 if rate < 0.5 else 1 if rate < 1.5 else 2 if rate < 3.0 else 3
    return [f"doc_business={level}", f"sent_business={min(in_sent, 3)}"]


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def candidate_features(trigger, obj_noun, pattern, rule_type: str, modality: str, actors: list[Entity],
                       recipients: list[Entity], cameo_types: list[str] = ()) -> list[str]:
    """Sparse features (strings) of one candidate event."""
    lemma = _lemma(trigger)
    f = ["bias", f"rule={rule_type}", f"pattern={pattern.type}", f"kind={pattern.kind}", f"lemma={lemma}",
         f"modality={modality}", f"dep={trigger.dep_}", f"tag={trigger.tag_}", f"rule|modality={rule_type}|{modality}"]
    if pattern.mode:
        f.append(f"mode={pattern.mode}")
    if obj_noun is not None:
        f += [f"noun={_lemma(obj_noun)}", f"lemma|noun={lemma}|{_lemma(obj_noun)}"]
    for c in trigger.children:
        if c.dep_ in ("dobj", "obj"):
            f += [f"obj={_lemma(c)}", f"lemma|obj={lemma}|{_lemma(c)}"]
        elif c.dep_ in ("prep", "agent", "dative", "prt"):
            f.append(f"lemma|{c.dep_}={lemma}|{c.lower_}")
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    f.append(f"{c.lower_}_obj={_lemma(p)}")
        elif c.dep_ == "neg":
            f.append("neg")
        elif c.dep_ in ("xcomp", "ccomp"):
            f.append(f"comp={_lemma(c)}")
        elif c.dep_ in ("aux", "auxpass"):
            f.append(f"aux={c.lower_}")
    if trigger.dep_ in ("xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp") and trigger.head.i != trigger.i:
        f += [f"gov={_lemma(trigger.head)}", f"gov|lemma={_lemma(trigger.head)}|{lemma}"]
    f += _party_features("a", actors) + _party_features("r", recipients) + register_features(trigger)
    f += [f"cameo={t}" for t in dict.fromkeys(cameo_types)]
    if cameo_types:
        f.append(f"cameo1={cameo_types[0]}")
    return f


NO_VECTOR = np.zeros(DENSE, dtype=np.float32)
"""The vector of a trigger whose pipeline is not the model's: the sparse features decide alone."""


def vectors_fit(model, pipeline: str | None) -> bool:
    """Whether the model may read this pipeline's contextual vectors: they mean something only to weights trained
    on the same pipeline (another pipeline's tok2vec has its own space, and reading it with these weights would
    shift every decision; the sparse features alone lose little: bench/RESULTS.md, stop 24). Unknown on either side
    (a model of before the pipeline was recorded, a caller that does not say): assumed the same."""
    trained = (getattr(model, "meta", None) or {}).get("pipeline")
    if pipeline is None or trained is None or trained == pipeline:
        return True
    log.warning("the event model was trained on the spaCy pipeline %s, not %s: its contextual vectors are not "
                "used (retrain with python -m communique.learn.train_coder --model NAME for the full model)",
                trained, pipeline)
    return False


def dense_features(trigger) -> np.ndarray:
    """The trigger's row of ``doc.tensor``, scaled to unit length (zeros where the pipeline has none)."""
    tensor = getattr(trigger.doc, "tensor", None)
    out = np.zeros(DENSE, dtype=np.float32)
    if tensor is None or getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] <= trigger.i:
        return out
    row = np.asarray(tensor[trigger.i], dtype=np.float32)[:DENSE]
    out[: len(row)] = row
    norm = float(np.linalg.norm(out))
    return out / norm if norm > 0 else out
