"""A record's annotations as table rows: entities, quotes, and events (one row per actor x recipient pair)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def entity_rows(article_id: str, rec: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for ent in rec.get("entities") or []:
        actor = ent.get("actor") or {}
        rows.append({"article_id": article_id, "eid": ent["id"], "name": ent["name"], "label": ent.get("label"),
                     "code": actor.get("code"), "sector": actor.get("sector"), "role": actor.get("role"),
                     "basis": actor.get("basis"),
                     "mentions": json.dumps(ent.get("mentions") or [], ensure_ascii=False)})
    return rows


def quote_rows(article_id: str, rec: dict[str, Any], partial: bool = False) -> list[dict[str, Any]]:
    """One row per quote someone is said to have said; ``partial`` ones (scare quotes, titles) only when asked
    for. ``n`` stays the quote's index in the record, so a row points back at it."""
    rows = []
    for n, q in enumerate(rec.get("quotes") or []):
        if q.get("kind") == "partial" and not partial:
            continue
        sp = q.get("speaker") or {}
        actor = sp.get("actor") or {}
        rows.append({"article_id": article_id, "n": n, "kind": q["kind"], "text": q["text"], "start": q["start"],
                     "end": q["end"], "speaker_name": sp.get("name"), "speaker_entity": sp.get("entity"),
                     "speaker_code": actor.get("code"), "speaker_sector": actor.get("sector"),
                     "stance": q.get("stance") or "asserted"})
    return rows


LEAD_MIN_WORDS = 8  # a shorter paragraph with no sentence's end is a dateline or a heading, not the lead


def lead_end_of(text: str) -> int:
    """Where the story's lead ends: its first paragraph of prose. A dateline or heading above it ("Friday,
    September 6, 2019") is no lead: the news is told in the first sentences."""
    pos = 0
    for para in text.split("\n\n"):
        end = pos + len(para)
        words = para.split()
        if len(words) >= LEAD_MIN_WORDS or (words and para.rstrip()[-1] in ".!?\"\u201d"):
            return end
        pos = end + 2
    return len(text)


def event_rows(article_id: str, rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """GDELT-style dyads: "Canada and Britain sanctioned Russia" is two rows, so a query by actor finds both."""
    art = rec["article"]
    lead_end = lead_end_of(art["text"])
    basis = {e["id"]: (e.get("actor") or {}).get("basis") for e in rec.get("entities") or []}
    for n, ev in enumerate(rec.get("events") or []):
        when = ev.get("when") or {}
        where = ev.get("where") or {}
        evidence = ev.get("evidence") or {}
        data = json.dumps(ev, ensure_ascii=False)
        # a party with no country is stored with an empty code and its name; an act whose doer the text leaves
        # unnamed ("was sentenced") is one row with an empty actor
        for actor in ev.get("actor") or [None]:
            actor = actor or {}
            for recipient in ev.get("recipient") or [None]:
                recipient = recipient or {}
                yield {
                    "article_id": article_id, "n": n, "type": ev["type"], "mode": ev.get("mode"),
                    "actor_code": actor.get("code") or "", "actor_sector": actor.get("sector"),
                    "actor_name": actor.get("name"),
                    "recipient_code": recipient.get("code"), "recipient_sector": recipient.get("sector"),
                    "recipient_name": recipient.get("name"), "cameo": ev.get("cameo"), "quad": ev.get("quad"),
                    "actor_basis": basis.get(actor.get("entity")),
                    "recipient_basis": basis.get(recipient.get("entity")),
                    "score": ev.get("score"), "modality": ev.get("modality") or "asserted",
                    "date": when.get("start") or art.get("date"),
                    "date_end": when.get("end") or when.get("start") or art.get("date"),
                    "granularity": when.get("granularity") or ("article" if art.get("date") else None),
                    "place_name": where.get("name"), "place_country": where.get("country"),
                    "lat": where.get("lat"), "lon": where.get("lon"),
                    "place_basis": where.get("basis") or ("clause" if where.get("name") else None),
                    "place_level": where.get("level"),
                    "evidence_start": evidence.get("start"), "evidence_end": evidence.get("end"),
                    "evidence": evidence.get("text"), "lead": (evidence.get("start") or 0) < lead_end,
                    "confidence": ev.get("confidence"), "data": data,
                }
