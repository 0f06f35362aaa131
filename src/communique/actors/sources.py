"""Reading knowledge-base files (YAML or CSV) into raw entries that remember their file and line.

YAML: a mapping whose keys are sections, each a list of entries (``countries``, ``places``,
``organisations``, ``sector_words``, ``people`` with an ``as_of`` date) or, for ``sectors.yaml``,
the ``sectors`` and ``codes`` mappings. CSV: one entry per row, the kind told by the header
(``word`` -> sector words; ``office`` -> people, one office per row; ``names`` + ``country`` ->
places; ``sector`` + ``code`` -> organisations; ``code`` + ``name`` -> countries). List fields in
CSV are separated by ``|``.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_LINE = "__line__"
_SECTIONS = {
    "countries": "countries",
    "places": "places",
    "organisations": "organisations",
    "organizations": "organisations",
    "sector_words": "sector_words",
    "people": "person",
    "name_variants": "name_variant",
}
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


class KnowledgeBaseError(ValueError):
    """A knowledge-base file that cannot be used; the message names the file, line and fault."""


_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: ten times faster


class _LineLoader(_SAFE):  # type: ignore[misc,valid-type]
    """A safe loader that records, in every mapping, the line it starts on."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    out = loader.construct_mapping(node, deep=True)
    out[_LINE] = node.start_mark.line + 1
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


@dataclass
class Raw:
    """One entry as written, with typed getters that fail with the entry's file and line."""

    kind: str
    file: str
    line: int
    data: dict[str, Any]
    merge: bool = False
    offices: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def fail(self, why: str) -> None:
        raise KnowledgeBaseError(f"{self.file}, line {self.line}: {self.kind} entry: {why}")

    def get_str(self, name: str, required: bool = False) -> str | None:
        val = self.data.get(name)
        if val is None or (isinstance(val, str) and not val.strip()):
            if required:
                self.fail(f"missing field {name!r}")
            return None
        if isinstance(val, bool) or not isinstance(val, str | int | float):
            self.fail(f"field {name!r} must be a text, not {type(val).__name__}")
        return str(val).strip()

    def get_list(self, name: str, required: bool = False) -> tuple[str, ...]:
        val = self.data.get(name)
        if isinstance(val, str):
            val = [v for v in val.split("|")]
        if val is None:
            val = []
        if not isinstance(val, list) or not all(isinstance(v, str | int) for v in val):
            self.fail(f"field {name!r} must be a list of texts")
        out = tuple(str(v).strip() for v in val if str(v).strip())
        if required and not out:
            self.fail(f"missing field {name!r}")
        return out

    def get_bool(self, name: str) -> bool:
        val = self.data.get(name)
        if val in (None, "", False, "false", "no", "0", 0):
            return False
        if val in (True, "true", "yes", "1", 1):
            return True
        self.fail(f"field {name!r} must be true or false, not {val!r}")
        return False

    def get_map(self, name: str) -> dict[str, Any]:
        val = self.data.get(name) or {}
        if not isinstance(val, dict):
            self.fail(f"{name!r} must be a mapping")
        return {k: v for k, v in val.items() if k != _LINE}

    def get_date(self, name: str, required: bool = False, end: bool = False) -> dt.date | None:
        return self._date(self.data.get(name), name, required, end)

    def _date(self, val: Any, what: str, required: bool, end: bool) -> dt.date | None:
        if val is None or val == "":
            if required:
                self.fail(f"missing {what}")
            return None
        if isinstance(val, dt.datetime):
            return val.date()
        if isinstance(val, dt.date):
            return val
        m = _DATE.match(str(val).strip())
        if not m:
            self.fail(f"{what} {val!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        try:
            if mo is None:
                return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
            month = int(mo)
            if d is None:
                return dt.date(y, month, calendar.monthrange(y, month)[1] if end else 1)
            return dt.date(y, month, int(d))
        except ValueError:
            self.fail(f"{what} {val!r} is not a valid date")
        return None

    def get_offices(self) -> list[tuple[str, str, dt.date, dt.date | None, str | None]]:
        items = self.data.get("offices")
        if items is None and self.data.get("office"):  # a CSV row: one office
            items = [{k: self.data.get(k) for k in ("office", "sector", "start", "end", "code")}]
        if items is None:
            return []
        if not isinstance(items, list):
            self.fail("'offices' must be a list")
        out = []
        for i, it in enumerate(items):
            what = f"office {i + 1}"
            if isinstance(it, dict):
                keys = ("sector", "start", "end", "code")
                it = [it.get("office") or it.get("title"), *(it.get(k) for k in keys)]
            if not isinstance(it, list) or not 3 <= len(it) <= 5:
                self.fail(f"{what} must be [title, sector, start, end, code] or a mapping with those fields")
            title, sector = it[0], it[1]
            if not isinstance(title, str) or not title.strip():
                self.fail(f"{what}: missing title")
            if not isinstance(sector, str):
                self.fail(f"{what}: missing sector")
            start = self._date(it[2], f"{what} start", True, False)
            stop = self._date(it[3] if len(it) > 3 else None, f"{what} end", False, True)
            code = it[4] if len(it) > 4 and it[4] else None
            if code is not None and not isinstance(code, str):
                self.fail(f"{what}: code must be a text")
            out.append((title.strip(), sector.strip(), start, stop, code))
        return out


def read_file(path: Path) -> list[Raw]:
    """The entries of one knowledge-base file; raises KnowledgeBaseError for anything unreadable."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise KnowledgeBaseError(f"{name}: cannot read: {e}") from None
    if path.suffix.lower() == ".csv":
        return _read_csv(name, text)
    if path.suffix.lower() in (".yaml", ".yml"):
        return _read_yaml(name, text)
    raise KnowledgeBaseError(f"{name}: unknown file type (expected .yaml, .yml or .csv)")


def _read_yaml(name: str, text: str) -> list[Raw]:
    try:
        doc = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        raise KnowledgeBaseError(f"{name}{where}: not valid YAML: {getattr(e, 'problem', e)}") from None
    if doc is None:
        return []
    if not isinstance(doc, dict):
        raise KnowledgeBaseError(f"{name}, line 1: the file must be a mapping of sections")
    out: list[Raw] = []
    if "sectors" in doc or "codes" in doc:
        out.append(Raw("sectors", name, doc.get(_LINE, 1), doc))
    if "people" in doc or "as_of" in doc:
        out.append(Raw("people", name, doc.get(_LINE, 1), doc))
    for section, entries in doc.items():
        if section in (_LINE, "sectors", "codes", "as_of"):
            continue
        if section not in _SECTIONS:
            known = ", ".join(sorted({*_SECTIONS, "sectors", "codes", "as_of"}))
            raise KnowledgeBaseError(f"{name}: unknown section {section!r} (known: {known})")
        if not isinstance(entries, list):
            raise KnowledgeBaseError(f"{name}, line {doc.get(_LINE, 1)}: section {section!r} must be a list")
        for e in entries:
            if not isinstance(e, dict):
                raise KnowledgeBaseError(f"{name}: section {section!r}: entry {e!r} is not a mapping")
            out.append(Raw(_SECTIONS[section], name, e.get(_LINE, 0), e))
    return out


def _csv_kind(cols: set[str]) -> tuple[str, set[str]]:
    if "word" in cols:
        return "sector_words", {"word", "sector"}
    if "office" in cols:
        return "person", {"name", "country"}
    if "names" in cols and "country" in cols:
        return "places", {"names", "country"}
    if "sector" in cols and "code" in cols:
        return "organisations", {"name", "code"}
    if "code" in cols and "name" in cols:
        return "countries", {"code", "name"}
    return "", set()


def _read_csv(name: str, text: str) -> list[Raw]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        return []
    except csv.Error as e:
        raise KnowledgeBaseError(f"{name}, line 1: not valid CSV: {e}") from None
    kind, needed = _csv_kind(set(header))
    if not kind:
        raise KnowledgeBaseError(
            f"{name}, line 1: header {header} not recognised; expected word,sector,role / "
            "name,country,office,sector,start,end / names,country,sector / name,code,sector / "
            "code,name,aliases,demonyms,capitals"
        )
    out: list[Raw] = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
                continue
            if len(row) > len(header):
                raise KnowledgeBaseError(f"{name}, line {line}: {len(row)} fields, the header has {len(header)}")
            data = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
            raw = Raw(kind, name, line, data, merge=kind == "person")
            for col in needed:
                raw.get_str(col, required=True)
            out.append(raw)
    except csv.Error as e:
        raise KnowledgeBaseError(f"{name}, line {reader.line_num}: not valid CSV: {e}") from None
    return out
