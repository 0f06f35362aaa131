"""The learned recipient chooser: which phrase of the sentence an event is done to.

The rules find an event's recipient in the slots its pattern names (the object, "to", "with", "against"). News
says it in many more ways ("agreed to provide Sri Lanka with technology", "called Britain's ambassador a very
stupid guy", "Jordan and Britain have agreed", "is providing assistance to people in Malawi"), and a slot list
fitted to the dev sentences one by one does not carry over. So every noun phrase of the event's sentence is a
candidate, described by its dependency path from the trigger (prepositions named), the event's type, the
trigger's lemma and what the phrase is (an entity, coded or not); a linear model trained on the dev sets' labelled
(source, target) spans (``python -m communique.learn.train_coder``) scores each, the phrases of one event compete in a
softmax with "no recipient" (scored one at a time, a phrase's odds did not know its rivals: 5-fold CV on the working
half, at the shipped settings, linked 0.645 -> 0.662 of PLV's pairs with the right type), and the best candidate
becomes the recipient when the rules found none, or replaces theirs when the model is much surer of it.

The weights ship in ``data/event_model/roles.npz`` (a NumPy archive, no pickle); ``COMMUNIQUE_ROLE_MODEL`` names
another file, and ``none`` (or ``COMMUNIQUE_EVENT_MODEL=none``) leaves recipients to the rules.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..nlp.perdoc import noun_chunk_bounds
from .classifier import read_archive

DEFAULT_ROLE_PATH = Path(__file__).resolve().parents[1] / "data" / "event_model" / "roles.npz"
SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
"""A date, an amount or a number is never whom an act is done to."""
MAX_PATH = 6
KIND = "listwise"
"""The kind of model a weights file holds: this code reads only models whose phrases compete (a softmax)."""
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
"""A place after "in"/"at" is mostly where a meeting, an agreement or praise happened, not whom it is addressed
to ("will host the meeting of ASEAN ministers in Tokyo"), but elsewhere it may be the party ("sought refuge in
Lebanon", "shelled positions in Idlib", "violated the truce in Darfur"), and an agreement may be about a
place ("agreed to build a port at Gwadar"): the features say that a phrase is such a setting, with the event's
type, and the model weighs it (excluding such places for verbal cooperation, as before, costs working-half CV
0.8100 -> 0.8077)."""


class RoleModelError(ValueError):
    """The role model file is missing, unreadable or of another shape than this code expects."""


@dataclass
class Candidate:
    """A noun phrase of the event's sentence: its head token and its words."""

    head: object  # spaCy Token
    start: int  # token offsets of the phrase
    end: int


def _edge(tok) -> str:
    if tok.dep_ in ("prep", "agent", "dative", "prt") and tok.pos_ in ("ADP", "PART"):
        return f"{tok.dep_}:{tok.lower_}"  # "to", "with", "against": the preposition says the role
    return tok.dep_


def dep_path(a, b) -> list[str]:
    """The dependency path from token ``a`` up to the lowest common ancestor and down to ``b``, as edge labels
    (``^`` up, ``v`` down; prepositions with their word)."""
    up = [a, *a.ancestors]
    pos = {t.i: n for n, t in enumerate(up)}
    down = []
    t = b
    while t.i not in pos:
        down.append(t)
        if t.head.i == t.i:
            return ["far"]
        t = t.head
    lca = pos[t.i]
    return [f"^{_edge(x)}" for x in up[:lca]] + [f"v{_edge(x)}" for x in reversed(down)]


def _phrases(doc) -> dict[int, list]:
    """Noun chunks and named entities by their sentence's first token, once per document (``Span.noun_chunks``
    and ``Span.ents`` walk the whole document on every call)."""
    got = doc.user_data.get("communique_phrases")
    if got is None:
        got = {}
        # token offsets only: user_data may be serialised with the doc
        chunks = noun_chunk_bounds(doc) if doc.has_annotation("DEP") else []
        ents = [(e.start, e.end, e.root.i) for e in doc.ents if e.label_ not in SKIP_ENTS]
        if chunks or ents:
            starts = [s.start for s in doc.sents]  # each phrase's sentence, by its root: one walk of the Doc
            for start, end, root in [*chunks, *ents]:
                got.setdefault(starts[bisect_right(starts, root) - 1], []).append((start, end, root))
        doc.user_data["communique_phrases"] = got
    return got


def _doers_of_conjuncts(trigger) -> set[int]:
    """The subjects and "by" agents of the verbs coordinated with the trigger: each does its own act ("welcomed by
    the Conservatives but criticised by Labour", "Germany welcomed the plan but France rejected it"), none is
    whom the trigger's act is done to."""
    out: set[int] = set()
    for verb in trigger.conjuncts:
        for c in verb.children:
            if c.dep_ == "nsubj":
                out.update(_phrase_tokens(c))  # "thousands of Swedes eventually joined": the Swedes too
            elif c.dep_ == "agent":
                out.update(t for p in c.children if p.dep_ == "pobj" for t in _phrase_tokens(p))
    return out


def _phrase_tokens(head) -> set[int]:
    """The tokens of the noun phrase ``head`` heads, not those of a clause inside it ("France, which hosted the
    talks, rejected it": the talks are no part of who France is)."""
    out = {head.i}
    stack = [c for c in head.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp") and c.pos_ != "VERB"]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack += [c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp") and c.pos_ != "VERB"]
    return out


def candidates(trigger, excluded: set[int], adjuncts: frozenset[str] | None = None) -> list[Candidate]:
    """Every noun phrase of the trigger's sentence (noun chunks and named entities, by head), less those whose
    tokens are in ``excluded`` (the actor's words, the trigger) and the heads of adverbials after a preposition
    (``adjuncts``, default the patterns' ``adjunct_nouns``: "on grounds", "on behalf of")."""
    if adjuncts is None:
        from .patterns import patterns

        adjuncts = patterns().adjunct_nouns
    sent = trigger.sent
    out: dict[int, Candidate] = {}
    doc = trigger.doc
    others = _doers_of_conjuncts(trigger)
    for start, end, root in _phrases(doc).get(sent.start, []):
        head = doc[root]
        if head.i in excluded or head.i in others or head.i == trigger.i or head.ent_type_ in SKIP_ENTS:
            continue
        if head.dep_ == "pobj" and head.lemma_.lower() in adjuncts:
            continue
        if head.tag_ in ("WDT", "WP", "EX") or (head.pos_ == "PRON" and head.lower_ not in ("it", "they", "them")):
            continue
        if head.i in out:
            c = out[head.i]
            c.start, c.end = min(c.start, start), max(c.end, end)
        else:
            out[head.i] = Candidate(head, start, end)
    return sorted(out.values(), key=lambda c: c.head.i)


def features(trigger, cand: Candidate, etype: str, actor_heads: list, rule_tokens: set[int], entity_of,
             actors: tuple = (), rule_thing: bool = False) -> list[str]:
    """Sparse features of one (event, candidate phrase) pair. ``entity_of(token)`` gives the article entity a
    token is part of (or None); ``rule_tokens`` the tokens of the recipients the rules chose; ``actors`` the
    event's actor parties; ``rule_thing`` whether the rules' recipient is only a thing the act is about."""
    head = cand.head
    path = dep_path(trigger, head)
    p = "|".join(path) if len(path) <= MAX_PATH else f"long{len(path) > 8}"
    lemma = trigger.lemma_.lower()
    first, last = path[0], path[-1]
    e = entity_of(head)
    coded = bool(e is not None and e.actor is not None and e.actor.code)
    ruled = any(cand.start <= i < cand.end for i in rule_tokens)
    f = ["bias", f"path={p}", f"type|path={etype}|{p}", f"lemma|path={lemma}|{p}", f"first={first}",
         f"last={last}", f"first|last={first}|{last}", f"type|last={etype}|{last}", f"lemma|last={lemma}|{last}",
         f"len={min(len(path), 7)}", f"side={'left' if head.i < trigger.i else 'right'}",
         f"dist={min(abs(head.i - trigger.i) // 3, 6)}", f"ent={head.ent_type_ or '-'}", f"pos={head.pos_}",
         f"coded={coded}", f"entity={e is not None}", f"rule={ruled}", f"rule|type={ruled}|{etype}",
         f"rules_found={bool(rule_tokens)}"]
    if _setting(head):
        f += ["setting", f"type|setting={etype}"]
    if head.ent_type_ in PLACES:  # a place is a party of some acts (an attack, a curfew), the scene of others
        f += [f"place|type={etype}", f"place|first={first}"]
    if rule_tokens:  # a thing the rules named ("violated the truce") gives way more readily than a party
        f += [f"rule_thing={rule_thing}|{ruled}", f"type|rule_thing={etype}|{rule_thing}|{ruled}"]
    if e is not None and actors:
        # the actor's own country or the actor again ("the Egyptian foreign ministry expressed Egypt's solidarity
        # with Jordan", "the Kenyan envoy, a senior diplomat of Kenya, will host ..."): seldom whom the act is
        # done to, except at home (police arrest their own citizens), so with the event's type
        if any(e.id and p.entity == e.id for p in actors):
            f.append("same_entity_as_actor")
        elif coded and any(p.code == e.actor.code for p in actors):
            f += ["same_code_as_actor", f"type|same_code_as_actor={etype}"]
    if head.pos_ == "NOUN":
        f.append(f"head={head.lemma_.lower()}")
    if e is not None:
        f.append(f"label={e.label}")
        f.append(f"type|label={etype}|{e.label}")
        if e.actor is not None and e.actor.sector:
            f.append(f"sector={e.actor.sector}")
    for a in actor_heads:
        if head in a.conjuncts:
            f += ["conj_of_actor", f"type|conj_of_actor={etype}"]
        if head.i in {t.i for t in a.subtree}:
            f.append("in_actor_phrase")
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == trigger.i:
        f.append(f"subject={head.dep_}")
    return f


class RoleModel:
    """Which of an event's candidate phrases is its recipient, if any: a softmax over the phrases' linear scores
    and "no recipient" (score 0), so that phrases compete as the recipients of one act do."""

    def __init__(self, vocab: list[str], weights: np.ndarray, meta: dict | None = None) -> None:
        if weights.shape != (len(vocab),):
            raise RoleModelError(f"role model weights have shape {weights.shape} for {len(vocab)} features; "
                                 "retrain it with python -m communique.learn.train_coder")
        self.index = {f: i for i, f in enumerate(vocab)}
        self.weights = weights
        self.meta = meta or {}

    def score(self, feats: list[str]) -> float:
        return sum(float(self.weights[i]) for f in feats if (i := self.index.get(f)) is not None)

    def probs(self, feats: list[list[str]]) -> list[float]:
        """Each candidate phrase's probability of being the recipient, against the others and none."""
        z = np.array([0.0] + [self.score(f) for f in feats])
        p = np.exp(z - z.max())
        return [float(x) for x in p[1:] / p.sum()]

    @property
    def threshold(self) -> float:
        """How sure the model must be that an event has a recipient at all (1 - p(none)) to give it the likeliest
        phrase where the rules found none."""
        return float(self.meta.get("threshold", 0.5))

    @property
    def margin(self) -> float:
        """How much surer than of the rules' recipient the model must be to replace it."""
        return float(self.meta.get("margin", 0.5))

    @property
    def thing_margin(self) -> float:
        """The same where the rules' recipient is only a thing the act is about ("sought refuge", "remained on
        alert", "refused a request"): no entity, country or sector; PLOVER's recipient is an actor."""
        return float(self.meta.get("thing_margin", self.margin))

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        vocab = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, vocab=np.array(vocab), weights=self.weights.astype(np.float16),
                            meta=np.array(json.dumps({**self.meta, "kind": KIND})))


def load_role_model(path: str | Path) -> RoleModel:
    z = read_archive(path, ("vocab", "weights"), "role model", "COMMUNIQUE_ROLE_MODEL", RoleModelError)
    if z["meta"].get("kind") != KIND:
        raise RoleModelError(f"the role model {path} is of an older kind (one phrase at a time); retrain it with "
                             "python -m communique.learn.train_coder")
    return RoleModel([str(v) for v in z["vocab"]], z["weights"].astype(np.float32), z["meta"])


@lru_cache(maxsize=4)
def _cached(path: str) -> RoleModel:
    return load_role_model(path)


def default_role_model() -> RoleModel | None:
    """The shipped role model, loaded once per process; else $COMMUNIQUE_ROLE_MODEL, or the roles.npz trained
    beside the $COMMUNIQUE_EVENT_MODEL file; none with the rules alone."""
    event = os.environ.get("COMMUNIQUE_EVENT_MODEL", "")
    choice = os.environ.get("COMMUNIQUE_ROLE_MODEL", "")
    if event.lower() == "none" or choice.lower() == "none":
        return None
    if choice:
        return _cached(choice)
    path = Path(event).with_name("roles.npz") if event else DEFAULT_ROLE_PATH
    return _cached(str(path)) if path.exists() else None


def token_spans(doc, spans) -> list:
    """The doc spans of character spans (None and unaligned ones skipped)."""
    out = []
    for s in spans:
        if s is None:
            continue
        sp = doc.char_span(s.start, s.end, alignment_mode="expand")
        if sp is not None:
            out.append(sp)
    return out


def _setting(head) -> bool:
    """A place named as where something happens: the object of a locative preposition."""
    return head.ent_type_ in PLACES and head.dep_ == "pobj" and head.head.lower_ in LOCATIVE


def event_candidates(doc, ev, entity_of) -> tuple[object, list[Candidate], list[list[str]], set[int]] | None:
    """An event's trigger token, its sentence's candidate phrases with their features, and the tokens of the
    recipients the rules gave it; None when the event has no trigger in ``doc``."""
    if ev.trigger is None:
        return None
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    trigger = span[0]
    actor_spans = token_spans(doc, [p.span for p in ev.actor])
    excluded = {t.i for sp in actor_spans for t in sp}
    rule = {t.i for sp in token_spans(doc, [p.span for p in ev.recipient]) for t in sp}
    cands = candidates(trigger, excluded)
    heads = [sp.root for sp in actor_spans]
    thing = bool(ev.recipient) and all(p.entity is None and p.code is None and p.sector is None for p in ev.recipient)
    feats = [features(trigger, c, ev.type, heads, rule, entity_of, tuple(ev.actor), thing) for c in cands]
    # a phrase inside another candidate (a modifier: "Kenyan" in "the Kenyan president", "Egypt" in "Egypt's
    # solidarity") or holding one: nested phrases name one party and split its probability,
    # so the model learns which of them speaks for it
    for c, f in zip(cands, feats, strict=True):
        for d in cands:
            if d is not c and d.start <= c.start and c.end <= d.end:
                f.append(f"inner={c.head.dep_}")
                break
        if any(d is not c and c.start <= d.start and d.end <= c.end for d in cands):
            f.append("outer")
    return trigger, cands, feats, rule
