"""The records that flow through communique: Page -> Article -> annotations, gathered in a Record.

Every annotation carries character offsets into ``Article.text`` (end exclusive), so a
user can always get back to the words that state a fact. ``Record.to_dict()`` is the
contract of SCHEMA.md, shared by the CLI, the API and the exports.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PageKind = Literal["html", "text", "clean"]
"""How a page is read: ``html`` is extracted, ``text`` is a scrape to clean, ``clean`` is taken verbatim."""

Stage = Literal["article", "annotate", "events"]


@dataclass(frozen=True)
class DocError:
    """Why one document could not be (fully) processed. ``kind`` is machine-readable, ``message`` is for people."""

    kind: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


@dataclass
class Page:
    """What a source yields: raw content plus what is known about it. Nothing is parsed yet."""

    source: str
    content: bytes | str
    kind: PageKind = "html"
    url: str | None = None
    date: str | None = None
    title: str | None = None
    fetched: str | None = None
    size: int = 0
    error: DocError | None = None


@dataclass
class Article:
    """The story cut out of a page. All later offsets point into ``text``."""

    id: str
    title: str | None
    text: str
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    wire: list[str] = field(default_factory=list)
    site: str | None = None
    url: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Actor:
    """Who an entity is in event-data terms: a country or organisation code, a PLOVER sector, a role.

    ``code`` is ISO 3166-1 alpha-3 for states, or PLOVER's IGO/UNO/EUR/NGO/MNC/... for organisations,
    whose short name ("NATO") then goes in ``name``. ``None`` fields are unknown, not empty.
    """

    code: str | None
    sector: str | None = None
    role: str | None = None
    name: str | None = None
    basis: str | None = None
    """How the country was found, so that users can filter: ``kb`` (the knowledge base knows the name),
    ``title`` (the mention's own words: "Italian Prime Minister X", "Canada's ambassador"), ``institution``
    (where the person acts: "Duma deputy X", "X told the Commons"), ``party`` ("Lib Dem Norman Baker"),
    ``owner`` ("its ambassador": the clause's subject, whose it is), ``context`` (the article's dominant country, or
    the one country of the person's sentence; for a state body named by its kind, the dominant one); None: no
    country."""

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "sector": self.sector, "role": self.role, "name": self.name, "basis": self.basis}


@dataclass
class Entity:
    """One person, organisation, place or group, with every span of the article that refers to it."""

    id: str
    name: str
    label: str  # PERSON, ORG, GPE, LOC, FAC, GROUP
    actor: Actor | None
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "label": self.label,
                "actor": self.actor.to_dict() if self.actor else None,
                "mentions": [m.to_dict() for m in self.mentions]}


@dataclass
class Speaker:
    """Who a quote is attributed to: the mention the attribution uses ("he" in "he said") and its entity."""

    name: str | None
    entity: str | None = None  # the id of the speaker's Entity, when there is one
    actor: Actor | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "entity": self.entity, "actor": self.actor.to_dict() if self.actor else None,
                "start": self.start, "end": self.end}


@dataclass
class Quote:
    """A statement and its speaker. ``kind``: direct ("..."), indirect (said that ...), mixed (indirect with
    a quoted fragment) or partial (a quoted term with no attribution). ``cue`` is the reporting verb."""

    kind: str
    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: Span | None = None
    stance: str = "asserted"  # asserted | denied ("denied that ...") | questioned ("questioned whether ...")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "cue": self.cue.to_dict() if self.cue else None, "stance": self.stance}


@dataclass
class When:
    """A resolved time: an inclusive ISO date range, how precise it is, and the words it came from.

    ``granularity``: day, weekend, week, month, season, quarter, half, year, decade, century, or ``article``
    when the text gave nothing and the article's date stands in."""

    start: str
    end: str
    granularity: str
    text: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "granularity": self.granularity, "text": self.text}


@dataclass
class Party:
    """An event's actor or recipient: who, as a code and sector (``code`` None when no country or organisation
    is known: the party keeps its name), which entity of the article it is, and where the sentence names it."""

    name: str
    code: str | None
    sector: str | None = None
    entity: str | None = None
    span: Span | None = None  # the words of the event's sentence that name this party
    basis: str | None = None  # how the code was found, as the entity's actor says (kb, title, party, ...)

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "code": self.code, "sector": self.sector, "entity": self.entity,
               "basis": self.basis}
        if self.span is not None:
            out |= {"start": self.span.start, "end": self.span.end}
        return out


@dataclass
class Where:
    """Where an event happened. ``basis``: clause (its own words), dateline ("BAGHDAD, Jan 3 (Reuters) -") or
    article (the place the story is set in); ``level`` country when only a country is known (its
    coordinates are then the country's, not a city's), else city."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None
    basis: str = "clause"
    level: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "basis": self.basis, "level": self.level}


@dataclass
class Event:
    """Who did what to whom, when and where, coded in PLOVER with its CAMEO root, and the words that say it."""

    type: str
    actor: list[Party]
    recipient: list[Party]
    evidence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad: int | None = None
    score: float | None = None
    modality: str = "asserted"  # asserted | negated | hypothetical | future | reported
    reported_by: Party | None = None
    when: When | None = None
    where: Where | None = None
    confidence: float = 0.5
    trigger: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "mode": self.mode, "context": self.context,
            "actor": [p.to_dict() for p in self.actor], "recipient": [p.to_dict() for p in self.recipient],
            "cameo": self.cameo, "quad": self.quad, "score": self.score, "modality": self.modality,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "when": self.when.to_dict() if self.when else None,
            "where": self.where.to_dict() if self.where else None,
            "evidence": self.evidence.to_dict(), "trigger": self.trigger.to_dict() if self.trigger else None,
            "confidence": self.confidence,
        }


@dataclass
class Record:
    """One input document and everything found in it.

    ``stage`` tells how far the pipeline went, so that ``to_dict`` leaves out the
    annotation keys of stages that did not run (SCHEMA.md: ``--upto article``).
    """

    source: str
    article: Article | None = None
    error: DocError | None = None
    stage: Stage = "article"
    entities: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    doc: Any = field(default=None, repr=False, compare=False)
    """The spaCy Doc of ``article.text`` while stages run; never serialised."""
    warnings: list[dict[str, Any]] = field(default_factory=list)
    """What was read but not used, ``{"kind", "field", "value", "message"}`` (an impossible date); in ``to_dict``
    only when there is one."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "error": self.error.to_dict() if self.error else None,
            "article": self.article.to_dict() if self.article else None,
        }
        if self.stage != "article":
            out["entities"] = [_as_dict(x) for x in self.entities]
            out["quotes"] = [_as_dict(x) for x in self.quotes]
        if self.stage == "events":
            out["events"] = [_as_dict(x) for x in self.events]
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


def _as_dict(x: Any) -> Any:
    return x.to_dict() if hasattr(x, "to_dict") else x


_WS = re.compile(r"\s+")


def normalise_body(text: str) -> str:
    """The body as compared for identity: case, whitespace and quote styles folded."""
    t = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return _WS.sub(" ", t).strip().lower()


def article_id(text: str) -> str:
    """Stable id of an article: sha1 of its normalised body, so re-fetches of one story share it."""
    return hashlib.sha1(normalise_body(text).encode("utf-8")).hexdigest()
