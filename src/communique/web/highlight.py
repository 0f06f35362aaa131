"""An article's text as HTML with its entities, quotes, speakers and event evidence highlighted.

Spans are character offsets into ``article.text``. Spans may overlap or cross (a quote inside an event's
evidence, a mention inside a quote, two evidences sharing words): the text is cut at every span boundary
and the spans open at each piece are nested in a fixed layer order, a crossing span being closed and
reopened around the piece where it crosses. Every piece of text and every attribute value is escaped
here, so the result is safe to put in a page as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

# Outer layers first: a quote may hold mentions; evidence may hold quotes.
LAYERS = {"evidence": 0, "quote": 1, "trigger": 2, "entity": 3, "speaker": 4}


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str  # a LAYERS key
    title: str  # shown on hover (the title attribute) and in the click popover
    ref: str  # what it points at: "ev3", "q2", "e1"
    attrs: tuple[tuple[str, str], ...] = field(default=())

    @property
    def layer(self) -> int:
        return LAYERS.get(self.kind, len(LAYERS))


def _actor_words(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    return " ".join(str(actor[k]) for k in ("code", "sector", "role") if actor.get(k))


def _parties(parties: list[dict[str, Any]] | None) -> str:
    return "+".join(p.get("code") or p.get("name") or "?" for p in parties or []) or "-"


def event_summary(ev: dict[str, Any]) -> str:
    """One line for an event: type, who to whom, when, where, modality."""
    words = [ev.get("type") or "?", f"{_parties(ev.get('actor'))} -> {_parties(ev.get('recipient'))}"]
    when = ev.get("when") or {}
    if when.get("start"):
        words.append(f"{when['start']} ({when.get('granularity')})")
    where = ev.get("where") or {}
    if where.get("name"):
        words.append(f"@ {where['name']}" + (f", {where['country']}" if where.get("country") else "")
                     + (f" ({where['basis']})" if where.get("basis") not in (None, "clause") else ""))
    words.append(f"[{ev.get('modality') or 'asserted'}]")
    return " ".join(words)


def record_highlights(record: dict[str, Any]) -> list[Highlight]:
    """The highlights of a stored record (SCHEMA.md shape), with the words a reader sees for each."""
    entities = {e.get("id"): e for e in record.get("entities") or []}
    out: list[Highlight] = []
    for e in record.get("entities") or []:
        who = _actor_words(e.get("actor"))
        title = f"{e.get('label') or 'entity'}: {e.get('name') or '?'}" + (f" [{who}]" if who else "")
        for m in e.get("mentions") or []:
            out.append(Highlight(m["start"], m["end"], "entity", title, f"{e.get('id')}",
                                 (("data-label", str(e.get("label") or "")),)))
    for i, q in enumerate(record.get("quotes") or [], 1):
        sp = q.get("speaker") or {}
        name = sp.get("name")
        if sp.get("entity") in entities:
            name = entities[sp["entity"]].get("name") or name
        who = _actor_words(sp.get("actor"))
        speaker = f"{name} [{who}]" if name and who else (name or "unknown speaker")
        stance = q.get("stance") or "asserted"
        title = f"{q.get('kind') or ''} quote by {speaker}".strip() + (f" ({stance})" if stance != "asserted" else "")
        out.append(Highlight(q["start"], q["end"], "quote", title, f"q{i}",
                             (("data-speaker", str(name or "")), ("data-kind", str(q.get("kind") or "")))))
        if sp.get("start") is not None and sp.get("end") is not None:
            out.append(Highlight(sp["start"], sp["end"], "speaker", f"speaker of quote {i}: {speaker}", f"q{i}"))
    for i, ev in enumerate(record.get("events") or [], 1):
        summary = event_summary(ev)
        evidence = ev.get("evidence") or {}
        if evidence.get("start") is not None:
            out.append(Highlight(evidence["start"], evidence["end"], "evidence", f"event {i}: {summary}", f"ev{i}",
                                 (("data-type", str(ev.get("type") or "")),)))
        trigger = ev.get("trigger") or {}
        if trigger.get("start") is not None:
            out.append(Highlight(trigger["start"], trigger["end"], "trigger", f"event {i} trigger: {summary}",
                                 f"ev{i}"))
    return out


def _open(h: Highlight, first: bool) -> str:
    """The opening tag; quotes and evidence can take focus (keyboard users open their popover too)."""
    attrs = [("class", f"hl hl-{h.kind}"), ("title", h.title), ("data-ref", h.ref), *h.attrs]
    if h.kind in ("evidence", "quote"):
        attrs.append(("tabindex", "0"))
        if first:
            attrs.append(("id", f"at-{h.ref}"))
    return "<span" + "".join(f' {k}="{escape(v)}"' for k, v in attrs) + ">"


def highlight(text: str, highlights: list[Highlight]) -> Markup:
    """``text`` as escaped HTML with each highlight as a <span>; spans out of range or empty are dropped."""
    n = len(text)
    spans = sorted({h for h in highlights if 0 <= h.start < h.end <= n},
                   key=lambda h: (h.start, -h.end, h.layer, h.ref))
    cuts = sorted({0, n, *(h.start for h in spans), *(h.end for h in spans)})
    starting: dict[int, list[Highlight]] = {}
    for h in spans:
        starting.setdefault(h.start, []).append(h)
    opened: set[Highlight] = set()
    stack: list[Highlight] = []
    parts: list[str] = []
    for pos, nxt in zip(cuts, cuts[1:], strict=False):
        # close what ends here, and everything stacked above it (to be reopened)
        keep = [h for h in stack if h.end > pos]
        new = starting.get(pos, [])
        wanted = sorted(keep + new, key=lambda h: (h.layer, -h.end, h.start, h.ref))
        # the longest common prefix of the open stack and the wanted order stays open
        common = 0
        while common < len(stack) and common < len(wanted) and stack[common] == wanted[common]:
            common += 1
        parts.append("</span>" * (len(stack) - common))
        for h in wanted[common:]:
            parts.append(_open(h, h not in opened))
            opened.add(h)
        stack = wanted
        parts.append(str(escape(text[pos:nxt])))
    parts.append("</span>" * len(stack))
    return Markup("".join(parts))
