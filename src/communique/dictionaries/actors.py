"""Convert the PETRARCH2 / Phoenix actor and agent dictionaries into knowledge-base files.

    python -m communique.dictionaries.actors --petrarch ../shared/data/dictionaries/petrarch2 \\
        --out src/communique/data/actors/petrarch2/

Reads Phoenix.Countries / International / MilNonState .actors.txt and Phoenix.agents.txt, maps CAMEO codes
to this project's codes and PLOVER sectors with ``data/actors/cameo_codes.yaml``, and writes, in the
knowledge base's own CSV formats: ``people.csv`` (one dated office a row), ``organisations.csv``,
``sector_words.csv`` (agent nouns the project's files do not have), their look-up index ``index.json.gz``
(what the knowledge base loads: see ``communique.actors.imported``), and two reports: ``conflicts.csv``
(people both sources know whose country or sector disagree: the project's entry is kept) and
``report.txt`` (counts, the sources' SHA-256, and the dictionary lines that could not be read).
Where the project's own files know a person or organisation, they win: the dictionary entry is dropped.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from communique.actors.imported import write_index
from communique.actors.kb import KnowledgeBase, load_kb
from communique.actors.normal import key, singulars
from communique.dictionaries.petrarch import ActorRecord, Agent, read_actors, read_agents

__all__ = ["ACTOR_FILES", "AGENT_FILE", "Mapping", "convert", "main", "source_hash"]

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
EARLIEST = dt.date(1900, 1, 1)  # the start given to an undated code: "at any time" up to its end
_TITLES = {
    "GOV": "Government official", "MIL": "Military officer", "COP": "Police official", "JUD": "Judicial official",
    "LEG": "Legislator", "OPP": "Opposition figure", "PTY": "Party official", "REB": "Rebel leader",
    "SPY": "Intelligence official", "UAF": "Armed group member", "PRM": "Paramilitary leader",
    "BUS": "Business figure", "JRN": "Journalist", "MED": "Health figure", "EDU": "Academic",
    "ELI": "Former official or elite", "LAB": "Labour figure", "CVL": "Civilian", "REF": "Refugee",
    "AGR": "Agriculture figure", "CRM": "Criminal", "SOC": "Civil society figure", "REL": "Religious figure",
    "PRE": "Official of a partially recognised entity",
}  # fmt: skip
_HONORIFIC = re.compile(r"^(mr|mrs|ms|dr|sir|lord|lady|gen|general|col|colonel|president|prime minister|minister|"
                        r"king|queen|prince|princess|sheikh|sheik|emir|sultan|secretary|senator|sen|rep|judge|"
                        r"justice|ambassador|chairman|chief|mullah|maulana|ayatollah|imam|pope|bishop|"
                        r"archbishop|cardinal|father|rev|reverend|crown prince|premier|governor|mayor)\b")


@dataclass(frozen=True)
class Code:
    """A CAMEO code read through the mapping: country (or None), actor kind code (UNO, NGO, ...), sector."""

    country: str | None
    kind: str | None
    sector: str | None

    @property
    def actor(self) -> str | None:
        """The actor code: an NGO is an NGO wherever it is based (NGOUSA); a company of one country is that
        country's business (MNCUSA; ``kind`` is then None)."""
        return self.kind or self.country


class Mapping:
    """``cameo_codes.yaml``: CAMEO codes to this project's codes and PLOVER sectors."""

    def __init__(self, data: dict[str, Any], countries: set[str], sectors: set[str]) -> None:
        self.countries = countries
        self.old = {k: v for k, v in (data.get("countries") or {}).items()}
        self.kinds = dict(data.get("kinds") or {})
        self.families = dict(data.get("igo_families") or {})
        self.regions = set(data.get("regions") or [])
        self.roles = dict(data.get("roles") or {})
        self.offices = set(data.get("offices") or [])
        self.org_words = {w.lower() for w in data.get("organisation_words") or []}
        self.person_sectors = dict(data.get("person_sectors") or {})
        bad = [f"{c} -> {s}" for c, s in (*self.roles.items(), *self.person_sectors.items()) if s not in sectors]
        bad += [f"{c} -> {s}" for c, s in self.old.items() if s not in countries]
        if bad:
            raise ValueError(f"cameo_codes.yaml: unknown targets {bad} (sectors.yaml / countries.csv)")

    @classmethod
    def load(cls, kb: KnowledgeBase, path: Path | None = None) -> Mapping:
        path = path or Path(str(resources.files("communique.data").joinpath("actors").joinpath("cameo_codes.yaml")))
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")) or {}, set(kb.countries), set(kb.sectors))

    def code(self, cameo: str) -> Code:
        parts = [cameo[i:i + 3] for i in range(0, len(cameo), 3)]
        head, rest = parts[0], parts[1:]
        country = kind = None
        if head in self.kinds:
            kind = self.kinds[head]
            if head == "IGO":
                kind = next((self.families[p] for p in rest if p in self.families), kind)
            if rest and (rest[0] in self.countries or rest[0] in self.old) and head in ("NGO", "MNC"):
                country = self.old.get(rest[0], rest[0])  # a national NGO or company: NGOUSA, MNCCHN
                rest = rest[1:]
        elif head in self.countries or head in self.old:
            country = self.old.get(head, head)
            if rest and rest[0] in self.countries and rest[0] not in self.roles:  # a territory: GBRVGB, CHNHKG
                country, rest = rest[0], rest[1:]
        elif head not in self.regions:
            rest = parts  # no country part: [ELI], [MED], [HINRAD]
        sector = next((self.roles[p] for p in rest if p in self.roles), None)
        if kind == "IMG" and sector in (None, "REL"):
            sector = "REB"  # a transnational militarised group: its religion (IMGMUSALQ) is no sector
        if kind == "MNC" and sector is None:
            sector = "BUS"
        if kind == "MNC" and country:
            kind = None  # a company of one country is that country's business (PLOVER's MNC is transnational)
            sector = "BUS"
        return Code(country, kind, sector)


def source_hash(petrarch: Path) -> str:
    """SHA-256 over the dictionary files and the mapping: what the converted files were made from."""
    h = hashlib.sha256()
    for name in (*ACTOR_FILES, AGENT_FILE):
        h.update(name.encode())
        h.update((petrarch / name).read_bytes())
    h.update(resources.files("communique.data").joinpath("actors").joinpath("cameo_codes.yaml").read_bytes())
    return h.hexdigest()


def display(name: str) -> str:
    """A dictionary phrase (capitals) as a name is written: "HAMID KARZAI" -> "Hamid Karzai"."""
    small = {"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "van", "von", "bin", "bint",
             "al", "el", "da", "do", "dos", "y", "e", "a"}  # fmt: skip
    if key(name) in _ACRONYMS:
        return name
    out = []
    for i, w in enumerate(name.split()):
        low = w.lower()
        if "." in w or (len(w) <= 4 and not re.search(r"[AEIOUY]", w)):
            out.append(w)  # U.N., ICJ, NGO
        elif i and low in small:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _names(rec: ActorRecord) -> list[str]:
    """The record's names as written, with bracketed acronyms as names of their own; no duplicates."""
    out: list[str] = []
    for n in rec.names:
        if "," in n or "/" in n:
            continue
        m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", n)
        forms = [n]
        if m:  # "ADEN ABYAN ISLAMIC ARMY (AAIA)": the acronym is a name; "GEORGIA (COUNTRY)" is a gloss
            forms = [" ".join(f"{m.group(1)} {m.group(3)}".split())]
            if _acronym_of(m.group(2).strip(), m.group(1)):
                forms.append(m.group(2).strip())
                _ACRONYMS.add(key(m.group(2)))
        for f in forms:
            f = f.strip(" -.'")
            if f and key(f) and key(f) not in {key(o) for o in out}:
                out.append(f)
    return out


_ACRONYMS: set[str] = set()  # keys of the bracketed acronyms seen: written in capitals


def _acronym_of(short: str, words: str) -> bool:
    """Whether ``short`` is an acronym of ``words``: one word, its letters the words' initials in order."""
    letters = short.replace(".", "")
    small = ("of", "the", "and", "for", "in")
    initials = "".join(w[0] for w in words.split() if w.lower() not in small and w[:1].isalpha())
    if " " in short or not letters.isalpha() or not 2 <= len(letters) <= 8 or letters[0] != initials[:1]:
        return False
    it = iter(initials)
    return all(c in it for c in letters)  # a subsequence of the initials


@dataclass
class Converted:
    people: list[dict[str, str]]
    organisations: list[dict[str, str]]
    words: list[dict[str, str]]
    conflicts: list[dict[str, str]]
    counts: Counter[str]
    faults: list[str]


def convert(petrarch: Path, as_of: dt.date | None = None) -> Converted:
    """The dictionaries as knowledge-base rows, merged with the project's own files (which win)."""
    own = load_kb(dictionaries=False)
    mapping = Mapping.load(own)
    faults: list[str] = []
    records = [r for f in ACTOR_FILES for r in read_actors(petrarch / f, faults)]
    agents = read_agents(petrarch / AGENT_FILE, faults)
    latest = max(d for r in records for c in r.codes for d in (c.start, c.end) if d and d.year < 2100)
    as_of = as_of or latest
    counts: Counter[str] = Counter()
    agent_words = {a.phrase.lower() for a in agents}
    given = {key(r.names[0]).split()[0] for r in records
             if r.names and any(c.start or c.end for c in r.codes) and len(r.names[0].split()) > 1}
    given -= agent_words | mapping.org_words
    people: dict[str, dict[str, Any]] = {}
    orgs: dict[str, dict[str, Any]] = {}
    conflicts: list[dict[str, str]] = []
    known_orgs = {key(n) for o in own.organisations.values() for n in (o.name, *o.names)}
    for rec in records:
        names = _names(rec)
        codes = [(c, mapping.code(c.code)) for c in rec.codes if c.code != "---"]
        if not names or not codes:
            counts["skipped: no name or no code"] += 1
            continue
        primary = own.country(names[0])
        if all(m.sector is None and m.kind is None for _, m in codes) or (primary and primary.kind == "name"):
            counts["skipped: a country or region name (the project's countries and places cover them)"] += 1
            continue
        if _is_organisation(rec, names, codes, mapping, own, given):
            _add_org(rec, names, codes, orgs, known_orgs, own, mapping, counts)
        else:
            _add_person(rec, names, codes, as_of, mapping, people, own, conflicts, counts)
    name_parts = {t for p in people.values() for n in (p["name"], *p["aliases"]) for t in key(n).split()}
    name_parts |= {t for p in own.people.values() for n in (p.name, *p.aliases) for t in key(n).split()}
    words = _words(agents, mapping, own, name_parts, counts)
    rows = [
        {"name": p["name"], "aliases": "|".join(p["aliases"]) if i == 0 else "", "country": p["country"],
         "office": o[0], "sector": o[1], "start": o[2].isoformat(), "end": o[3].isoformat() if o[3] else "",
         "code": o[4] or "", "imported": "true"}
        for p in people.values() for i, o in enumerate(sorted(p["offices"], key=lambda o: (o[2], o[3] or as_of)))
    ]  # fmt: skip
    org_rows = [{"name": o["name"], "code": o["code"], "names": "|".join(o["names"]), "sector": o["sector"] or "",
                 "role": ""} for o in orgs.values()]  # fmt: skip
    counts["people"] = len(people)
    counts["offices"] = len(rows)
    counts["organisations"] = len(orgs)
    counts["sector words"] = len(words)
    counts["as_of"] = 0
    conv = Converted(rows, org_rows, words, conflicts, counts, faults)
    conv.as_of = as_of  # type: ignore[attr-defined]
    return conv


def _is_organisation(rec: ActorRecord, names: list[str], codes: list[tuple[Any, Code]], mapping: Mapping,
                     own: KnowledgeBase, given: set[str]) -> bool:
    """An organisation, not a person: its name has an organisation word (and no leading title), or it is coded as a
    body (NGO, IGO, company, armed group) without dates and its first word is no given name."""
    toks = key(rec.names[0]).split()
    if _HONORIFIC.match(key(rec.names[0])):
        return False  # "QUEEN ELIZABETH II", "PRESIDENT KARZAI": a person with a title
    if any(t in mapping.org_words for t in toks):
        return True
    if any("(" in n for n in rec.names):
        return True
    dated = any(c.start or c.end for c, _ in codes)
    body = any(m.kind in ("NGO", "IGO", "UNO", "EUR", "MNC", "IMG") or m.sector in ("REB", "PTY", "BUS")
               for _, m in codes)  # fmt: skip
    if dated or "countryinfo" in rec.comment.lower() or "rulers" in rec.comment.lower():
        return False
    return body and not (len(toks) in (2, 3) and toks[0] in given)


def _add_org(rec: ActorRecord, names: list[str], codes: list[tuple[Any, Code]], orgs: dict[str, dict[str, Any]],
             known: set[str], own: KnowledgeBase, mapping: Mapping, counts: Counter[str]) -> None:
    undated = [m for c, m in codes if not (c.start or c.end)]
    m = (undated or [max(codes, key=lambda cm: cm[0].end or dt.date.max)[1]])[0]
    if m.actor is None:
        counts["skipped: organisation without a country or kind"] += 1
        return
    keep = []
    for n in names:
        k = key(n)
        if k in known or own.country(n) is not None or own.sector_word(k) is not None or (
                " " not in k and (len(k) < 4 or k in mapping.org_words)):
            continue  # the project's name wins; a title ("Secretary of State") or a short acronym is no name
        keep.append(display(n))
    if not keep:
        counts["skipped: organisation the project already knows"] += 1
        return
    k = key(keep[0])
    if k in orgs:
        orgs[k]["names"] += [n for n in keep[1:] if n not in orgs[k]["names"]]
        return
    orgs[k] = {"name": keep[0], "code": m.actor, "names": keep[1:], "sector": m.sector}
    known.update(key(n) for n in keep)


def _add_person(rec: ActorRecord, names: list[str], codes: list[tuple[Any, Code]], as_of: dt.date,
                mapping: Mapping, people: dict[str, dict[str, Any]], own: KnowledgeBase,
                conflicts: list[dict[str, str]], counts: Counter[str]) -> None:
    actors = Counter(m.country for _, m in codes if m.country)
    default = next((m.actor for c, m in codes if not (c.start or c.end) and m.actor), None)
    country = default if default in actors else (actors.most_common(1)[0][0] if actors else default)
    country = country or next((m.actor for _, m in codes if m.actor), None)
    if country is None:
        counts["skipped: person without a country or kind"] += 1
        return
    offices = []
    dated = any(c.start or c.end for c, _ in codes)
    for c, m in codes:
        sector = m.sector or (mapping.person_sectors.get(m.kind) if m.kind and not m.country else None)
        if sector is None or (sector == "ELI" and not (c.start or c.end) and dated):
            continue  # a default ELI: what the knowledge base says of anyone out of office anyway
        start = c.start or EARLIEST
        end = c.end
        if end is None and sector in mapping.offices:
            end = max(as_of, start)  # the dictionary's knowledge stops on its as-of date
        code = m.actor if m.actor and m.actor != country else None
        offices.append((_TITLES.get(sector, sector), sector, start, end, code))
    if not offices:
        counts["skipped: person without a sector"] += 1
        return
    names = [n for n in names if not _not_a_name(n, own)]
    if not names:
        counts["skipped: person entry named as a place, a body or a title (White House, U.S. President)"] += 1
        return
    name = display(names[0])
    aliases = [display(n) for n in names[1:] if not _HONORIFIC.match(key(n))]
    mine = next((m for m in (_known(own, n, country) for n in (name, *aliases)) if m is not None), None)
    if mine is not None:  # the project knows them by one of these names: its offices win
        counts["dropped: person the project knows (its dated offices win)"] += 1
        _conflict(mine, name, country, offices, conflicts)
        return
    k = key(name)
    old = people.get(k)
    if old is not None:
        if old["country"] != country:
            counts["dropped: a namesake of another country (kept the first)"] += 1
            return
        old["offices"] += offices
        old["aliases"] += [a for a in aliases if a not in old["aliases"]]
        return
    people[k] = {"name": name, "aliases": aliases, "country": country, "offices": offices}


def _not_a_name(name: str, own: KnowledgeBase) -> bool:
    """A person entry's phrase that is no person's name: a place or body the project knows ("White House"),
    or a phrase ending in a title word ("U.S. President"; short words such as "King" are also surnames)."""
    last = key(name).split()[-1:]
    return (own.country(name) is not None or own.organisation(name) is not None
            or bool(last and len(last[0]) >= 6 and own.sector_word(last[0]) is not None))


def _known(own: KnowledgeBase, name: str, country: str) -> Any:
    """The project's person of this name: the same name or alias, spelling variants unified (not the looser
    matches a text gets: "Kim Chang Sik" is not "Kim Hwang-sik"); with a title taken off ("Queen Elizabeth
    II") only when they are of the same country."""
    for form, same_country in ((name, False), (_HONORIFIC.sub("", key(name)).strip(), True)):
        k = " ".join(own._canon(key(form).split()))
        one_word = " " not in k  # "Hassan" is the project's Hassan II only if both are Moroccan
        found = [p for p in own._person_ix.get(k, []) + own._surname_ix.get(k, []) if not (same_country or one_word)
                 or p.country == country] if k else []  # fmt: skip
        if len(found) == 1:
            return found[0]
    return None


def _conflict(mine: Any, name: str, country: str, offices: list[tuple[Any, ...]],
              conflicts: list[dict[str, str]]) -> None:
    """A row when the project's person and the dictionary's disagree on country, or on the sector of an office
    the dictionary dates inside one of the project's offices."""
    why = []
    if mine.country != country:
        why.append(f"country {mine.country} (project) vs {country} (PETRARCH2)")
    for _, sector, start, _end, _code in offices:
        if start == EARLIEST or sector == "ELI":
            continue
        held = mine.office_on(start)
        if held is not None and held.sector != sector:
            why.append(f"on {start}: {held.sector} {held.title} (project) vs {sector} (PETRARCH2)")
            break
    if why and not any(c["name"] == mine.name and c["petrarch_name"] == name for c in conflicts):
        conflicts.append({"name": mine.name, "petrarch_name": name, "disagreement": "; ".join(why)})


def _words(agents: list[Agent], mapping: Mapping, own: KnowledgeBase, name_parts: set[str],
           counts: Counter[str]) -> list[dict[str, str]]:
    """Agent nouns as sector words: phrases the project's words cover are left to them, codes placed before
    the actor (NGO~) name no sector, and a one-word agent that is also a name word ("Fisher") is left out."""
    out: dict[str, dict[str, str]] = {}
    for a in agents:
        if a.before:
            counts["agents skipped: an organisation kind (NGO~, IGO~)"] += 1
            continue
        sector = next((mapping.roles[a.code[i:i + 3]] for i in range(0, len(a.code), 3)
                       if a.code[i:i + 3] in mapping.roles), None)  # fmt: skip
        if sector is None:
            counts["agents skipped: no sector for the code"] += 1
            continue
        forms = [f.lower() for f in (a.phrase, *a.plurals)]
        forms = [f for f in forms if not _has_own_word(f, own) and not (" " not in f and key(f) in name_parts)]
        if not forms:
            counts["agents skipped: known to the project, or a name word"] += 1
            continue
        k = forms[0]
        if k not in out:
            out[k] = {"word": "|".join(dict.fromkeys(forms)), "sector": sector, "role": "", "weak": ""}
    return list(out.values())


def _has_own_word(phrase: str, own: KnowledgeBase) -> bool:
    """Whether the project's sector words cover the phrase or a part of it ("former president", "water
    resources minister"): the project's phrase reading then gives the sector and the role already."""
    toks = key(phrase, drop_the=False).split()
    return any(" ".join(toks[i:j]) in own.words or any(s in own.words for s in singulars(" ".join(toks[i:j])))
               for i in range(len(toks)) for j in range(i + 1, len(toks) + 1))  # fmt: skip


def _write_csv(path: Path, cols: list[str], rows: list[dict[str, str]], comment: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, cols, lineterminator="\n")
        w.writeheader()
        for line in comment.splitlines():
            f.write(f"# {line}\n")
        w.writerows(rows)


def write(conv: Converted, out: Path, digest: str) -> None:
    """The converted files and the report, in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    note = "Converted from PETRARCH2/Phoenix (MIT, see LICENSE) by python -m communique.dictionaries.actors."
    _write_csv(out / "people.csv", ["name", "aliases", "country", "office", "sector", "start", "end", "code",
                                    "imported"], conv.people, note)
    _write_csv(out / "organisations.csv", ["name", "code", "names", "sector", "role"], conv.organisations, note)
    _write_csv(out / "sector_words.csv", ["word", "sector", "role", "weak"], conv.words, note)
    with (out / "conflicts.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["name", "petrarch_name", "disagreement"], lineterminator="\n")
        w.writeheader()
        w.writerows(conv.conflicts)
    write_index(out)
    lines = [f"source_sha256: {digest}", f"as_of: {conv.as_of}"]  # type: ignore[attr-defined]
    lines += [f"{k}: {v}" for k, v in conv.counts.items() if k != "as_of"]
    lines += [f"conflicts: {len(conv.conflicts)}", f"unreadable lines: {len(conv.faults)}"]
    lines += [f"  {f.split('petrarch2/')[-1]}" for f in conv.faults]
    (out / "report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Convert the PETRARCH2/Phoenix actor dictionaries into knowledge-base "
                                             "files (people, organisations, sector words) with a conflicts report.")
    ap.add_argument("--petrarch", type=Path, required=True, help="folder with the Phoenix.*.txt dictionaries")
    ap.add_argument("--out", type=Path, required=True, help="folder to write (src/communique/data/actors/petrarch2)")
    a = ap.parse_args(argv)
    missing = [f for f in (*ACTOR_FILES, AGENT_FILE) if not (a.petrarch / f).exists()]
    if missing:
        sys.exit(f"{a.petrarch}: missing {', '.join(missing)}; point --petrarch at the PETRARCH2 dictionaries folder")
    conv = convert(a.petrarch)
    write(conv, a.out, source_hash(a.petrarch))
    lic = a.petrarch / "LICENSE"
    if lic.exists():
        (a.out / "LICENSE").write_text(lic.read_text(encoding="utf-8"), encoding="utf-8")
    print((a.out / "report.txt").read_text(encoding="utf-8").split("unreadable lines")[0].rstrip())
    print(f"conflicts listed in {a.out / 'conflicts.csv'}; unreadable lines in {a.out / 'report.txt'}")


if __name__ == "__main__":
    main()
