"""The learned attribution-cue tagger: which verbs attribute a clause or a stance, beyond the lexicon's lists.

News reports what people said with far more verbs than any list holds ("mocked the ambitions of ...",
"pooh-poohed the idea", "signalled he would run"). The rules (``indirect.py``) find the listed cues; this
model scores every other verb of the parse that has a subject and a complement (a clause, an infinitive, an
object or a prepositional topic) as a cue, from its lemma, its dependency frame, its subject's kind, its
neighbours and whether it lies inside what another cue attributes (a report within a report), and the verbs
it is sure of become attributions with the same content and speaker machinery.
It also scores the rules' own cues of every kind (listed verbs, and the adjectives, nouns, phrases and colons the
rules read), and drops those it is sure are none (a listed word used otherwise: "ready to move on").

A binary logistic regression trained on PolNeAR's working half by ``python -m communique.learn.train_cues``;
the weights ship in ``data/quote_model/cues.npz`` (a plain NumPy archive, no pickle) with the two thresholds
tuned by 5-fold cross-validation. ``COMMUNIQUE_CUE_MODEL`` names another file, and ``none`` turns it off
(the rules alone).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.symbols import VERB

from .indirect import Candidate, _edges, _named, _passive_content, _tail_end, _topic, trim
from .lexicon import Lexicon

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "quote_model" / "cues.npz"
RETRAIN = "python -m communique.learn.train_cues"


class CueModelError(ValueError):
    """The cue model file is missing, unreadable or of another shape than this code expects."""


class CueModel:
    """Weights over sparse string features, a bias, and the thresholds to add a cue and to drop a rule's."""

    def __init__(self, vocab: list[str], weights: np.ndarray, bias: float, meta: dict | None = None,
                 lemmas: list[str] | None = None) -> None:
        # the verbs the model found cues among in training: no other unlisted verb is looked at
        self.lemmas = frozenset(lemmas) if lemmas is not None else None
        if weights.shape != (len(vocab),):
            raise CueModelError(f"cue model weights have shape {weights.shape} for {len(vocab)} features; "
                                f"retrain it with {RETRAIN}")
        self.index = {f: i for i, f in enumerate(vocab)}
        self.weights = np.append(weights.astype(np.float32), np.float32(0.0))  # the last: unknown features
        self.bias = float(bias)
        self.meta = meta or {}

    @property
    def add(self) -> float:
        """How probable a cue the lists miss must be to become an attribution."""
        return float(self.meta.get("add", 0.5))

    @property
    def drop(self) -> float:
        """Below this probability a listed cue's attribution is dropped (0: never)."""
        return float(self.meta.get("drop", 0.0))

    def probs(self, feats: list[list[str]]) -> np.ndarray:
        """The probability of each feature list being a cue, in one vectorised pass."""
        if not feats:
            return np.zeros(0, dtype=np.float32)
        unknown = len(self.weights) - 1
        get = self.index.get
        ids = np.fromiter((get(f, unknown) for fs in feats for f in fs), dtype=np.int64)
        starts = np.cumsum([0] + [len(fs) for fs in feats[:-1]])
        z = np.add.reduceat(self.weights[ids], starts) + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        vocab = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, vocab=np.array(vocab), weights=self.weights[:-1].astype(np.float16),
                            bias=np.array(self.bias, dtype=np.float32), meta=np.array(json.dumps(self.meta)),
                            lemmas=np.array(sorted(self.lemmas or ())))


def load_cue_model(path: str | Path) -> CueModel:
    from ..events.classifier import read_archive

    try:
        z = read_archive(path, ("vocab", "weights", "bias", "lemmas"), "quote cue model", "COMMUNIQUE_CUE_MODEL",
                         CueModelError)
    except CueModelError as exc:
        raise CueModelError(f"{exc} (this one is made by {RETRAIN})") from exc
    return CueModel([str(v) for v in z["vocab"]], z["weights"].astype(np.float32), float(z["bias"]), z["meta"],
                    [str(v) for v in z["lemmas"]])


@lru_cache(maxsize=4)
def _cached(path: str) -> CueModel:
    return load_cue_model(path)


def default_cue_model() -> CueModel | None:
    """The shipped model (or $COMMUNIQUE_CUE_MODEL; 'none' for the rules alone), loaded once per process."""
    from ..events.classifier import chosen_weights

    path = chosen_weights("COMMUNIQUE_CUE_MODEL", DEFAULT_PATH)
    return _cached(str(path)) if path is not None else None


_PREP_TOPICS = frozenset({"about", "of", "on", "against", "over", "for", "to", "with", "at", "into", "regarding",
                          "concerning", "toward", "towards", "behind"})
_NOT_SAID = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "GPE", "LOC", "FAC"})
_MIN_CHARS = 8
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def frame(tok, lex: Lexicon, kids: list | None = None) -> tuple[str, tuple[int, int], object] | None:
    """What a verb not in the lists would attribute, and how: its clause after it ("signalled he would run"),
    its infinitive ("moved to block the bill"), its object ("mocked the ambitions of ..."), or the object of a
    preposition ("railed against the deal": what it is about, by the rules' test, not how or where "talked on
    the phone"); a passive's subject when it has an agent. None when it has none of these (most verbs: "went")."""
    kids = tok.children if kids is None else kids  # the caller's list: children are new Token objects each time
    clause = obj = inf = prep = None
    for c in kids:
        if c.i < tok.i:
            continue
        d = c.dep_
        if d == "ccomp" and clause is None:
            clause = c
        elif d == "xcomp" and inf is None:
            inf = c
        elif d == "dobj" and obj is None:
            obj = c
        elif d == "prep" and prep is None and c.lower_ in _PREP_TOPICS:
            prep = c
    if clause is not None:
        return "ccomp", _edges(clause), clause
    if inf is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in inf.children):
        first = obj.left_edge if obj is not None and obj.i < inf.i else inf.left_edge
        return "xcomp", (first.idx, _tail_end(tok, inf)), inf
    if obj is not None and obj.ent_type_ not in _NOT_SAID and obj.pos_ != "PRON":
        return "dobj", (obj.left_edge.idx, _tail_end(tok, obj)), obj
    if prep is not None:
        pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None and pobj.ent_type_ not in _NOT_SAID and pobj.pos_ != "PRON" and _topic(prep, pobj, lex):
            return "prep:" + prep.lower_, (pobj.left_edge.idx, _tail_end(tok, prep)), pobj
    return None


def _subject_kind(subj) -> str:
    if subj.pos_ == "PRON":
        return "pron:" + subj.lower_
    if subj.ent_type_:
        return "ent:" + subj.ent_type_
    if subj.pos_ == "PROPN":
        return "propn"
    return "noun:" + subj.lemma_.lower()


_PERSONS = frozenset({"he", "she", "i", "we", "they", "you", "who"})
_SPEAKING = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def features(tok, subj, kind: str, rule: str, lex: Lexicon, head=None, size: int = 0,
             kids: list | None = None) -> list[str]:
    """The cue's features: its word and frame, its subject's kind, its neighbours and the lists that hold it."""
    lemma = tok.lemma_.lower()
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else "<s>"
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "</s>"
    sk = _subject_kind(subj)
    dep = tok.dep_
    out = ["l=" + lemma, "t=" + tok.tag_, "d=" + dep, "k=" + kind, "r=" + rule, "s=" + sk,
           "ld=" + lemma + "|" + dep, "lk=" + lemma + "|" + kind, "sk=" + sk.split(":")[0] + "|" + kind,
           "ls=" + lemma + "|" + sk.split(":")[0], "p=" + prev, "n=" + nxt, "ln=" + lemma + "|" + nxt,
           "hd=" + tok.head.lemma_.lower() + "|" + dep, "rk=" + rule + "|" + kind,
           "z=" + kind + "|" + ("s" if size < 20 else "m" if size < 60 else "l" if size < 150 else "x")]
    if subj.lower_ in _PERSONS or subj.ent_type_ in _SPEAKING:
        out += ["who=speaker", "wk=" + kind]
    if head is not None:
        hl = head.lemma_.lower()
        out += ["o=" + hl, "lo=" + lemma + "|" + hl, "ot=" + kind + "|" + head.tag_]
    obj = head if head is not None else next((c for c in (tok.children if kids is None else kids)
                                              if c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > tok.i), None)
    if obj is not None:  # what kind of thing the verb takes: a person ("backs Clinton"), a clause, a thing
        oe = obj.ent_type_ or obj.pos_
        out += ["oe=" + oe, "loe=" + lemma + "|" + oe]
    for c in tok.children if kids is None else kids:
        d = c.dep_
        if d in ("neg", "prt", "aux", "auxpass", "advmod", "mark"):
            out.append("c=" + d + ":" + c.lower_)
            if d == "prt":
                out.append("lp=" + lemma + "|" + c.lower_)
    return out + lexicon_features(lemma, lex)


def lexicon_features(lemma: str, lex) -> list[str]:
    """What the quote lexicon says of a cue word: speech, thought, intention, a verb with an object of speech."""
    out = []
    if lemma in lex.speech:
        out.append("lex=speech")
    elif lemma in lex.indirect_cues:
        out.append("lex=thought")
    if lemma in lex.intention:
        out.append("lex=intention")
    if lemma in lex.object_verbs or lemma in lex.about_verbs:
        out.append("lex=object")
    return out


class Scanned:
    """A verb the model scores: a rule's cue (``rule`` set) or a verb with a frame the lists miss."""

    __slots__ = ("tok", "rule", "span", "subject", "nobody")

    def __init__(self, tok, rule: Candidate | None, span: tuple[int, int], subject, nobody: bool = False) -> None:
        self.tok, self.rule, self.span, self.subject, self.nobody = tok, rule, span, subject, nobody


@lru_cache(maxsize=1)
def material_acts() -> frozenset[str]:
    """Verbs the event patterns list only for material acts (PLOVER quads 2 and 4: "banned", "arrested",
    "deployed"): a verb that does something to its object states nothing, so the tagger never takes one as a cue
    ("Moscow banned nine Canadian officials from entering the country" is no quote)."""
    from ..events.ontology import ontology
    from ..events.patterns import patterns

    onto = ontology()
    return frozenset(lemma for lemma, pats in patterns().verbs.items()
                     if pats and all(onto.type(p.type).quad in (2, 4) for p in pats))


def _verbs(doc, ruled: dict[int, Candidate], rules: bool, lemmas: frozenset[str] | None,
           never: frozenset[str]) -> list[int]:
    """The tokens worth a look, picked from the parse's arrays so that only they become Token objects: the rules'
    cues of any kind (when ``rules``) and the verbs whose lemma is in ``lemmas`` (all verbs when None) and not
    ``never``; each distinct lemma is looked up once."""
    if not len(doc):
        return []
    arr = doc.to_array([POS, LEMMA])
    verb = arr[:, 0] == VERB
    strings = doc.vocab.strings
    keep = [h for h in np.unique(arr[verb, 1]).tolist()
            if (w := strings[h].lower()) not in never and (lemmas is None or w in lemmas)]
    mask = verb & np.isin(arr[:, 1], keep)
    if rules and ruled:
        mask[list(ruled)] = True
    return np.flatnonzero(mask).tolist()


def scan(doc, cands: list[Candidate], lex: Lexicon, subject_of, rules: bool, text: str | None = None,
         lemmas: frozenset[str] | None = None) -> tuple[list[Scanned], list[list[str]]]:
    """Every verb to score, with its features: the rules' verb cues (when ``rules``) and the unlisted verbs that
    have a subject and a frame (``frame``), of the ``lemmas`` the model can find (all when None)."""
    text = doc.text if text is None else text
    ruled = {c.cue.i: c for c in cands if hasattr(c.cue, "pos_")}
    feats: list[list[str]] = []
    found: list[Scanned] = []
    for i in _verbs(doc, ruled, rules, lemmas, lex.never | material_acts()):
        tok = doc[i]
        rc = ruled.get(i)
        if rc is not None:
            if rules:  # a listed verb, or another kind of cue (an adjective, a noun, a phrase, a colon)
                kind = "listed" if tok.pos_ in ("VERB", "AUX") else "listed:" + tok.pos_
                feats.append(features(tok, rc.subject, "rule", kind, lex, None, rc.end - rc.start))
                found.append(Scanned(tok, rc, (rc.start, rc.end), rc.subject))
            continue
        kids = list(tok.children)
        agent = next((c for c in kids if c.dep_ == "agent"), None)  # a passive's speaker: "by economists"
        by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        got = ("passive", _passive_content(tok), None) if by is not None else frame(tok, lex, kids)
        if got is None or got[1] is None or got[0] == "dobj" and tok.lemma_.lower() in lex.naming \
                and not _named(got[2], kids) and not any(c.dep_ == "prt" for c in kids):
            continue  # "called his mother" states nothing, learned or listed ("called out X" is another verb)
        subj = by if by is not None else subject_of(tok)
        if subj is None or subj.dep_ == "expl" or subj.pos_ not in _NOMINAL or not subj.text[:1].isalnum():
            continue  # a speaker is a noun phrase: not "there", not a stray mark the parser made a subject
        span = got[1]
        nobody = by is None and subj.dep_ == "nsubjpass" and subj.head.i == tok.i and span[0] > subj.idx
        if nobody:  # "was widely panned as a stunt": the subject is what is said of, nobody says it (indirect.py)
            span = (subj.left_edge.idx, span[1])
        s, e = trim(text, *span)
        if e - s < _MIN_CHARS:
            continue
        feats.append(features(tok, subj, got[0] + ("|nobody" if nobody else ""), "none", lex, got[2], e - s, kids))
        found.append(Scanned(tok, None, (s, e), subj, nobody))
    if found:  # whether each verb lies inside what another cue attributes: nested reports have their own odds
        spans = [(c.start, c.end, getattr(c.cue, "i", -1)) for c in cands]
        for f, fs in zip(found, feats, strict=True):
            at = f.tok.idx
            inside = str(any(s0 <= at < e0 and ci != f.tok.i for s0, e0, ci in spans))
            kind = next(x for x in fs if x.startswith("k="))  # the frame feature, "k=<kind>"
            fs += ["cx=in" + inside, "cxk=" + kind + inside]
        first = text.find("\n")  # the article's first line is its headline: a style of its own
        for f, fs in zip(found, feats, strict=True):
            head = str(0 <= f.tok.idx < first)
            fs += ["hl=" + head, "hlk=" + next(x for x in fs if x.startswith("k=")) + head]
    return found, feats


def rescore(doc, cands: list[Candidate], lex: Lexicon, subject_of, model: CueModel,
            text: str | None = None) -> list[Candidate]:
    """The rules' candidates, less those the model is sure are no cue, with the verbs the model finds added."""
    found, feats = scan(doc, cands, lex, subject_of, model.drop > 0.0, text, model.lemmas)
    if not feats:
        return cands
    dropped = set()  # by the cue's token: a cue inside the clause it reports has a piece on each side
    out = []
    for f, prob in zip(found, model.probs(feats), strict=True):
        if f.rule is not None:
            if prob < model.drop:
                dropped.add(f.tok.i)
        elif prob >= model.add:
            out.append(Candidate(f.span[0], f.span[1], f.tok, f.subject, nobody=f.nobody))
    return [c for c in cands if getattr(c.cue, "i", None) not in dropped] + out
