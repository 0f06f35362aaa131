"""The learned event classifier: for each candidate the rules found, its PLOVER type or no event.

A multinomial logistic regression over sparse features of the candidate (``features.py``) and the trigger's
contextual vector, trained on every event dev set by ``python -m communique.learn.train_coder``. The weights
ship in ``data/event_model/coder.npz`` (a plain NumPy archive, no pickle) and load offline in milliseconds;
``COMMUNIQUE_EVENT_MODEL`` names another file, and ``none`` turns the classifier off (rules alone).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from .features import DENSE

NONE = "NONE"
DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "event_model" / "coder.npz"
UNTOLD = ({"CONCEDE", "RETREAT"},)
"""Types the training labels do not tell apart (PLV's YIELD is either): the model never retypes a listed
pattern from one to the other ("apologised to MPs" stays the codebook's CONCEDE)."""


class ModelError(ValueError):
    """The model file is missing, unreadable or of another shape than this code expects."""


class TypeModel:
    """Weights and the class list; ``scores`` gives every class's probability for one candidate."""

    def __init__(self, classes: list[str], vocab: list[str], weights: np.ndarray, dense: np.ndarray,
                 bias: np.ndarray, meta: dict | None = None) -> None:
        if weights.shape != (len(vocab), len(classes)) or dense.shape != (DENSE, len(classes)) \
                or bias.shape != (len(classes),):
            raise ModelError(f"event model weights have shapes {weights.shape}, {dense.shape}, {bias.shape} for "
                             f"{len(vocab)} features and {len(classes)} classes; retrain it with "
                             "python -m communique.learn.train_coder")
        if NONE not in classes:
            raise ModelError("event model has no NONE class; retrain it with python -m communique.learn.train_coder")
        self.classes = list(classes)
        self.index = {f: i for i, f in enumerate(vocab)}
        self.weights, self.dense, self.bias = weights, dense, bias
        self.meta = meta or {}

    def scores(self, features: list[str], vector: np.ndarray) -> np.ndarray:
        rows = [self.index[f] for f in features if f in self.index]
        z = self.bias + vector @ self.dense
        if rows:
            z = z + self.weights[rows].sum(axis=0)
        z = np.exp(z - z.max())
        return z / z.sum()

    def threshold(self, strength: str) -> float:
        """How sure the model must be that a candidate is no event to drop it: "strong" candidates (a listed
        pattern with a coded actor), "sector" ones (a listed pattern whose party is of a known kind but no country:
        "prosecutors", "residents") and "weak" ones (a verb only the CAMEO dictionary knows, a party of no known
        kind) have their own thresholds, tuned by cross-validation on the dev sets' working halves (weights
        trained before the "sector" level weigh those candidates as weak ones)."""
        t = self.meta.get("threshold", 0.5)
        if isinstance(t, dict):
            return float(t.get(strength, t["weak"]))
        return float(t)

    @property
    def retype(self) -> float:
        """How sure the model must be of another type to override a listed pattern's (above 1: never), tuned by
        cross-validation on the working halves."""
        return float(self.meta.get("retype") or 2.0)

    def decide(self, features: list[str], vector: np.ndarray, strength: str = "strong",
               allowed: frozenset[str] | None = None) -> tuple[str | None, float]:
        """None when "no event" is at least as probable as the threshold, else the most probable type (among
        ``allowed`` where given) and its probability."""
        p = self.scores(features, vector)
        none = self.classes.index(NONE)
        if p[none] >= self.threshold(strength):
            return None, float(p[none])
        p[none] = -1.0
        if allowed is not None:
            for k, c in enumerate(self.classes):
                if c not in allowed:
                    p[k] = -1.0
            if p.max() < 0:
                return None, 0.0  # no type it may take is one the model knows
        k = int(p.argmax())
        return self.classes[k], float(p[k])

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        vocab = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, classes=np.array(self.classes), vocab=np.array(vocab),
                            weights=self.weights.astype(np.float16), dense=self.dense.astype(np.float32),
                            bias=self.bias.astype(np.float32), meta=np.array(json.dumps(self.meta)))


def read_archive(path: str | Path, keys: tuple[str, ...], what: str, env: str,
                 error: type[ValueError]) -> dict:
    """The arrays ``keys`` of a weights archive (NumPy, never pickle) and its ``meta`` as a dict, or ``error``
    naming the file, what went wrong and the setting (``env``) that chooses another."""
    try:
        with np.load(path, allow_pickle=False) as z:
            out = {k: z[k] for k in keys}
            out["meta"] = json.loads(str(z["meta"]))
            return out
    except (OSError, KeyError, ValueError) as exc:
        raise error(f"cannot read the {what} {path}: {exc}; set {env} to a file made by "
                    "python -m communique.learn.train_coder, or to 'none' for the rules alone") from exc


def load_model(path: str | Path) -> TypeModel:
    z = read_archive(path, ("classes", "vocab", "weights", "dense", "bias"), "event model", "COMMUNIQUE_EVENT_MODEL",
                     ModelError)
    return TypeModel([str(c) for c in z["classes"]], [str(v) for v in z["vocab"]], z["weights"].astype(np.float32),
                     z["dense"].astype(np.float32), z["bias"].astype(np.float32), z["meta"])


@lru_cache(maxsize=4)
def _cached(path: str) -> TypeModel:
    return load_model(path)


def chosen_weights(env: str, shipped: Path) -> Path | None:
    """The weights file a setting chooses: the file ``$env`` names, none when it says 'none' (the rules alone),
    else the shipped file where the package has one."""
    choice = os.environ.get(env, "")
    if choice.lower() == "none":
        return None
    if choice:
        return Path(choice)
    return shipped if shipped.exists() else None


def default_model() -> TypeModel | None:
    """The shipped model (or $COMMUNIQUE_EVENT_MODEL; 'none' for the rules alone), loaded once per process."""
    path = chosen_weights("COMMUNIQUE_EVENT_MODEL", DEFAULT_PATH)
    return _cached(str(path)) if path is not None else None
