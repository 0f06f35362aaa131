"""One flat row per event dyad: the columns of the CSV and Parquet exports and of ``Store.events_frame``.

``quad`` and ``score`` are PLOVER's; ``cameo_quad`` and ``goldstein`` are GDELT's QuadClass and GoldsteinScale
for the event's CAMEO code, so both readings of an event travel together. ``dated`` is False when the event's
own words give no time (``granularity`` "article": the date is the article's); ``place_basis`` says what gave
the place (clause, dateline, article) and ``place_level`` "country" marks a country's coordinates.
"""

from __future__ import annotations

from typing import Any

from .cameo import cameo_codes

FLAT_COLUMNS = [
    "id", "cluster_id", "article_id", "date", "date_end", "granularity", "when_text", "type", "mode", "context",
    "cameo", "quad", "score", "cameo_quad", "goldstein", "modality", "actor_code", "actor_sector", "actor_name",
    "recipient_code",
    "recipient_sector", "recipient_name", "actor_basis", "recipient_basis",
    "reported_by", "place_name", "place_country", "lat", "lon",
    "place_basis", "place_level", "dated", "evidence", "evidence_start", "evidence_end", "confidence", "mentions",
    "sources", "articles",
    "title", "article_date", "url", "site",
]


def flat(ev: dict[str, Any]) -> dict[str, Any]:
    """A stored event (``Store.events`` row) as flat columns; lists become ';'-joined text."""
    when, where, evidence = ev.get("when") or {}, ev.get("where") or {}, ev.get("evidence") or {}
    out = {k: ev.get(k) for k in FLAT_COLUMNS}
    codes = cameo_codes(ev.get("cameo"))
    out.update({
        "cameo_quad": codes.quad_class, "goldstein": codes.goldstein,
        "date_end": when.get("end") or ev.get("date"), "granularity": when.get("granularity"),
        "when_text": when.get("text"), "context": ";".join(ev.get("context") or []),
        "reported_by": (ev.get("reported_by") or {}).get("name"),
        "place_name": where.get("name"), "place_country": where.get("country"),
        "lat": where.get("lat"), "lon": where.get("lon"),
        "place_basis": where.get("basis") or ("clause" if where.get("name") else None),
        "place_level": where.get("level"),
        "dated": bool(when.get("granularity")) and when.get("granularity") != "article",
        "evidence": evidence.get("text"), "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
    })
    return out


def frame(events: list[dict[str, Any]]):
    """The events as a pandas DataFrame (pandas is needed only for this)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - pandas is a dependency; a trimmed install may lack it
        raise ImportError("a DataFrame needs pandas: pip install pandas") from exc
    return pd.DataFrame([flat(e) for e in events], columns=FLAT_COLUMNS)
