"""Whether two event rows are one happening: the same who (not only the same flag), compatible time and place,
and evidence that tells the same thing.

Codes alone say too little: "GBR -> GBR REQUEST" is Blair on e-mail retention and the SNP on care funding.
So the parties are compared by name, within an article by entity: two specific names that are not forms of
one another ("Joe Biden", "Hunter Biden") are two actors; a generic name ("the U.S. military") is compatible
with a specific one of its country, which then asks for more similar evidence. Dates overlap within their
granularity; an undated mention (the article's date stands in) may recall an event up to a year before it
when its words say the same thing ("a few days after Trump declared a national emergency"), and an undated
retelling in nearly the same words of a named party's act outweighs dates that disagree. In one story, a death
(or another once-only act) of two full names of one surname is one person's: a pronoun given to a relative.
A sentence a later story copies nearly word for word, and an act said not yet done retold in a later report,
are one happening though they share few words beyond the names and the act. Evidence is compared by what two
tellings share though their words differ: a country by any of its forms ("Iranian" / "Iran's"), numbers as written,
one act's words ("raid" / "attack", "talks" / "met"); two sentences each telling the same two acts, one row of each,
stay apart. A party named by its country alone that one coder gave another country its sentence names (a place:
"east of Bahrain") is no second party when the other telling's country is named in both sentences.
"""

from __future__ import annotations

import csv
import difflib
import functools
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from importlib import resources
from typing import Any

import yaml

from ..events.ontology import ontology
from .queries import MODALITIES

ARTICLE_REACH = timedelta(days=7)  # an undated report's reach back: this week's story of last week's summit
RECALL_REACH = timedelta(days=366)  # how far back an undated mention may recall an event, with similar words
WIDE = timedelta(days=31)  # ranges wider than this (seasons, years) merge only with the same range
PLAN_REACH = timedelta(days=366)  # how long before an act is done a report may tell it as to be done

# Evidence needed: (content words shared, Dice similarity). Two mentions of one actor doing one kind of thing
# on one day share a word or two by chance ("Biden delivered a speech" twice); one happening told twice shares
# more. An undated mention recalling an earlier event, or a generic party against a specific one, needs more.
SAME_WHO = (2, 0.3)
COMPATIBLE_WHO = (3, 0.4)
RECALLED = (3, 0.3)  # and both parties the same: "the president" recalling someone's emergency is too loose
# A retelling in nearly the same words ("McConnell, the Republican Senate Majority Leader, previously committed to
# proceeding with a trial", told again two months on): when one of the two is undated (its article's date stands
# in), its date says nothing against the other's within RECALL_REACH, either way.
RETOLD = (4, 0.6)
# A sentence a later story copies from an earlier one ("Athens expelled the Libyan ambassador to Greece over this
# issue." / "... over the agreement."): the share of its words (names and the act's word included, function words
# not) that two sentences have in one order.
COPIED = 0.8

OBJECT_REACH = 3  # content words after an act's verb where its object is sought: "close the old coal mine"
MATERIAL_QUADS = (2, 4)  # material cooperation and material conflict: acts done, not said
VERBAL_COOPERATION = 1
REJECT = "REJECT"
BARE = 2  # content words of a bare mention of an event ("the AU summit")
MOTION_GAP = 8  # words at most between a verb of motion and the "and" of the act it leads to

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class MergeDataError(ValueError):
    """data/merge.yaml does not say what it should."""


@dataclass(frozen=True)
class Side:
    """One party of an event row as merging compares it."""

    code: str | None
    name: str | None
    sector: str | None
    entity: str | None


@dataclass(frozen=True)
class Mention:
    """The facts of one event row that decide whether it is the same happening as another."""

    article_id: str
    actor: Side
    recipient: Side
    start: date | None
    end: date | None
    granularity: str | None
    place: str
    evidence: str
    type: str = ""
    modality: str = "asserted"
    place_country: str | None = None
    place_is_country: bool = False
    trigger: str = ""
    trigger_span: tuple[int, int] | None = None  # the trigger's and the evidence's characters in the article
    evidence_span: tuple[int, int] | None = None
    cameo: str = ""  # the CAMEO code the coder gave: three digits name one act precisely (173: arrest)


def mention(row: dict[str, Any]) -> Mention:
    """A stored (or about to be stored) event row -> what merging compares; entity ids come from its JSON."""
    data = row.get("data")
    ev = json.loads(data) if isinstance(data, str) else (data or {})

    def side(prefix: str, parties: list[dict[str, Any]]) -> Side:
        name, code = row.get(f"{prefix}_name"), row.get(f"{prefix}_code")
        entity = next((p.get("entity") for p in parties if p.get("name") == name and p.get("code") == code), None)
        return Side(code or None, name, row.get(f"{prefix}_sector"), entity)

    start, end = _dates(row.get("date"), row.get("date_end"))
    place = (row.get("place_name") or row.get("place") or "").lower()
    where = ev.get("where") or {}
    trig, evid = ev.get("trigger") or {}, ev.get("evidence") or {}
    return read_modality(Mention(
        article_id=row.get("article_id") or "", actor=side("actor", ev.get("actor") or []),
        recipient=side("recipient", ev.get("recipient") or []), start=start, end=end,
        granularity=row.get("granularity"), place=place,
        evidence=row.get("evidence") or (ev.get("evidence") or {}).get("text") or "",
        type=row.get("type") or ev.get("type") or "",
        modality=row.get("modality") or ev.get("modality") or "asserted",
        place_country=row.get("place_country") or where.get("country"),
        place_is_country=((row.get("place_level") or where.get("level")) == "country"
                          or _the(place) in _rules().countries),
        trigger=(trig.get("text") or "").lower(), trigger_span=_span(trig), evidence_span=_span(evid),
        cameo=str(row.get("cameo") or ev.get("cameo") or ""),
    ))


def read_modality(m: Mention) -> Mention:
    """The row with its modality read again where the words before the act say more than the label it was coded
    with: an act right after a marker of "not yet" (data/merge.yaml not_yet_markers: "has yet to concede", "is yet
    to be signed") is said not done up to the report's day, negated, whether the sentence asserts it or reports
    someone saying it. "X has yet to V" means "X has not yet V-ed"; the construction is negative though it has no
    "not", and a coder reading "to V" as the act's own may label it asserted. So is an act right after a verb of
    failing and "to" (data/merge.yaml failure_verbs: "failed to conclude an agreement"): "X failed to V" entails that
    X did not V."""
    if m.modality not in ("asserted", "reported", ""):
        return m
    low = m.evidence.lower()
    rules = _rules()
    if not any(marker[0] in low for marker in rules.not_yet) and not any(w in low for w in rules.failure):
        return m  # most rows: no marker's first word in the sentence, no need to find the act in it
    return replace(m, modality="negated") if not_yet(m) or failed(m) else m


def not_yet(m: Mention) -> bool:
    """The act's word right after a marker of "not yet" (data/merge.yaml not_yet_markers): "has yet to concede"."""
    before = _words_before_act(m)
    return any(before[-len(marker):] == list(marker) for marker in _rules().not_yet if len(before) >= len(marker))


def failed(m: Mention) -> bool:
    """The act's word right after a verb of failing and "to" (data/merge.yaml failure_verbs): "failed to conclude"."""
    before = _words_before_act(m)
    return len(before) >= 2 and before[-1] == "to" and before[-2] in _rules().failure


def _words_before_act(m: Mention) -> list[str]:
    """The evidence's words before the act's word, lower-cased (none when the trigger is not in the evidence):
    the markers that change what the act's modality is read as stand right before it."""
    at = _act_at(m)
    return [] if at is None else [w.lower() for w in at[0][:at[1]]]


def _span(part: dict[str, Any]) -> tuple[int, int] | None:
    start, end = part.get("start"), part.get("end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) and start <= end else None


def _dates(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    try:
        lo = date.fromisoformat(start or "")
    except ValueError:
        return None, None
    try:
        hi = date.fromisoformat(end or "")
    except ValueError:
        hi = lo
    return lo, max(lo, hi)


def when_relation(a: Mention, b: Mention) -> str | None:
    """'overlap' (the dates agree within their granularity), 'recalled' (an undated mention up to a year after
    the other's date) or None."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return None
    ra = (a.start - ARTICLE_REACH if a.granularity == "article" else a.start, a.end)
    rb = (b.start - ARTICLE_REACH if b.granularity == "article" else b.start, b.end)
    if not (ra[0] > rb[1] or rb[0] > ra[1]):
        if ra[1] - ra[0] > WIDE or rb[1] - rb[0] > WIDE:
            return "overlap" if (a.start, a.end) == (b.start, b.end) else None
        return "overlap"
    for later, earlier in ((a, b), (b, a)):
        if later.granularity == "article" and earlier.end <= later.start <= earlier.end + RECALL_REACH:
            return "recalled"
    return None



@functools.cache
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """(function words, generic party words, evidence stop words, country code -> the words of its forms)."""
    data = resources.files("communique.data")
    raw = yaml.safe_load(data.joinpath("merge.yaml").read_text("utf-8")) or {}
    for key in ("generic_party_words", "evidence_stopwords"):
        if not isinstance(raw.get(key), list) or not all(isinstance(w, str) for w in raw[key]):
            raise MergeDataError(f"communique/data/merge.yaml: '{key}' must be a list of words")
    function = frozenset(w.strip().lower() for w in data.joinpath("text_stopwords.txt").read_text("utf-8")
                         .splitlines() if w.strip() and not w.startswith("#"))
    generic = set(w.lower() for w in raw["generic_party_words"])
    for line in _csv_rows(data.joinpath("actors").joinpath("sector_words.csv").read_text("utf-8")):
        for form in line[0].split("|"):
            words = _words(form)
            generic.update(words)
            generic.update(w + "s" for w in words[-1:] if not w.endswith("s"))  # a kind's plural: "frigates"
    countries: dict[str, frozenset[str]] = {}
    for line in _csv_rows(data.joinpath("actors").joinpath("countries.csv").read_text("utf-8")):
        forms = "|".join(line[1:5]) if len(line) >= 5 else "|".join(line[1:])
        countries[line[0]] = frozenset(w for f in forms.split("|") for w in _words(f))
    return function, frozenset(generic), frozenset(w.lower() for w in raw["evidence_stopwords"]), countries


@dataclass(frozen=True)
class _Rules:
    modality_class: dict[str, str]  # modality -> the class of modalities that tell one happening
    once_only: dict[str, tuple[str, str]]  # trigger word -> (group, the party it happens to: actor | recipient)
    countries: frozenset[str]  # country names and aliases, lower case: a place that is a whole country
    kin: frozenset[str]  # words for kin: "her father died" is not her death
    speech: frozenset[str] = frozenset()  # verbs of saying: "his daughter said he died" is his death
    purpose: tuple[str, ...] = ()  # multi-word markers of purpose ending in "to": "in order to", "in a bid to"
    to_takers: frozenset[str] = frozenset()  # words whose "to" starts their complement, not a purpose
    controllers: frozenset[str] = frozenset()  # verbs whose "to V" is someone else's act: "urged them to strike"
    determiners: frozenset[str] = frozenset()  # words that make an object one thing: "the bill", "a proposed bill"
    prepositions: frozenset[str] = frozenset()  # a verb's preposition before its object: "agree on a budget"
    clause_words: frozenset[str] = frozenset()  # words opening the content after a person: "asked her if"
    motion: frozenset[str] = frozenset()  # verbs of motion: "came back home and hit me" is one act
    talk_type: str = ""  # the type of talks, and the words that tell what was said in them
    talk_content: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()  # 'filed his resignation': the act is the noun after the possessive
    still_not: frozenset[str] = frozenset()  # 'has not yet conceded': an act not done up to the report's day
    not_yet: tuple[tuple[str, ...], ...] = ()  # 'has yet to concede': the words right before a negated act
    phase: frozenset[str] = frozenset()  # 'continued to attack', 'started attacking': a phase of the act after it
    result_adverbs: frozenset[str] = frozenset()  # 'sought the nomination, thereby denying': the act's result
    clause_breaks: frozenset[str] = frozenset()  # 'and', 'but', 'while': another clause, another act
    failure: frozenset[str] = frozenset()  # 'failed to conclude': the act after it not done, no act of its own
    plan: str = ""  # the modality of an act told before it is done ("will ask"), one happening with the deed


@functools.cache
def _rules() -> _Rules:
    data = resources.files("communique.data")
    countries = set()
    for line in _csv_rows(data.joinpath("actors").joinpath("countries.csv").read_text("utf-8")):
        for form in "|".join(line[1:3]).split("|"):
            if form.strip():
                countries.add(form.strip().lower())
    return rules_from(yaml.safe_load(data.joinpath("merge.yaml").read_text("utf-8")) or {}, frozenset(countries))


def rules_from(raw: dict[str, Any], countries: frozenset[str] = frozenset()) -> _Rules:
    """The merging rules of a merge.yaml's contents, checked: a malformed entry says which and what it needs."""
    classes: dict[str, str] = {}
    for group in raw.get("same_modality") or []:
        if not isinstance(group, list) or not all(isinstance(m, str) for m in group):
            raise MergeDataError("communique/data/merge.yaml: 'same_modality' must be a list of lists of modalities")
        for m in group:
            classes[m] = group[0]
    once: dict[str, tuple[str, str]] = {}
    for name, group in (raw.get("once_only_triggers") or {}).items():
        if not isinstance(group, dict) or group.get("party") not in ("actor", "recipient") or not isinstance(
                group.get("words"), list):
            raise MergeDataError(f"communique/data/merge.yaml: once_only_triggers '{name}' needs party "
                                 "(actor or recipient) and a list of words")
        for w in group["words"]:
            once[str(w).lower()] = (str(name), group["party"])
    for key in ("kin_words", "speech_verbs", "purpose_markers", "infinitive_takers", "object_control_verbs",
                "object_determiners", "object_prepositions", "object_clause_words", "motion_verbs",
                "talk_content_verbs", "light_verbs", "still_not_words", "not_yet_markers", "phase_verbs",
                "result_adverbs", "clause_breaks", "failure_verbs"):
        if not isinstance(raw.get(key) or [], list) or not all(isinstance(w, str) for w in raw.get(key) or []):
            raise MergeDataError(f"communique/data/merge.yaml: '{key}' must be a list of words")
    # a malformed value would turn its rule off without a word: plan merging, talks continued
    if raw.get("plan_modality") is not None and raw["plan_modality"] not in MODALITIES:
        raise MergeDataError(f"communique/data/merge.yaml: 'plan_modality' must be one modality of {MODALITIES}")
    if raw.get("talk_type") is not None and raw["talk_type"] not in ontology().types:
        raise MergeDataError("communique/data/merge.yaml: 'talk_type' must be a PLOVER type (data/plover.yaml)")
    return _Rules(classes, once, countries, frozenset(w.lower() for w in raw.get("kin_words") or []),
                  frozenset(w.lower() for w in raw.get("speech_verbs") or []),
                  tuple(" ".join(_words(w)) for w in raw.get("purpose_markers") or []),
                  frozenset(w.lower() for w in raw.get("infinitive_takers") or []),
                  frozenset(w.lower() for w in raw.get("object_control_verbs") or []),
                  frozenset(w.lower() for w in raw.get("object_determiners") or []),
                  frozenset(w.lower() for w in raw.get("object_prepositions") or []),
                  frozenset(w.lower() for w in raw.get("object_clause_words") or []),
                  frozenset(w.lower() for w in raw.get("motion_verbs") or []), str(raw.get("talk_type") or ""),
                  frozenset(w.lower() for w in raw.get("talk_content_verbs") or []),
                  frozenset(w.lower() for w in raw.get("light_verbs") or []),
                  frozenset(w.lower() for w in raw.get("still_not_words") or []),
                  tuple(tuple(_tokens(w.lower())) for w in raw.get("not_yet_markers") or [] if _tokens(w)),
                  frozenset(w.lower() for w in raw.get("phase_verbs") or []),
                  frozenset(w.lower() for w in raw.get("result_adverbs") or []),
                  frozenset(w.lower() for w in raw.get("clause_breaks") or []),
                  frozenset(w.lower() for w in raw.get("failure_verbs") or []), str(raw.get("plan_modality") or ""))


def _csv_rows(text: str) -> list[list[str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines[1:]) if row]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(_plain(text).replace("'s", "").replace("\u2019s", "")) if len(w) > 1]


def _plain(text: str) -> str:
    """The text without diacritics: one name is spelt "Rosselló" by one story and "Rossello" by another."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _stem(w: str) -> str:
    """Crude English stemming, enough to meet 'protested'/'protest', 'airstrikes'/'airstrike', 'endorse'/
    'endorsing', 'agree'/'agreed', 'stopped'/'stop' and 'studies'/'study'."""
    if len(w) >= 5 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: -len(suffix)]
            if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "elsz":  # 'stopp' -> 'stop'; 'call', 'agree' stay
                w = w[:-1]
            break
    bare = w.rstrip("e")  # 'endorse' and 'endors(ing)', 'agree' and 'agre(ed)'
    return bare if len(bare) >= 3 else w


def specific_words(name: str | None, code: str | None) -> frozenset[str]:
    """A party name's words that single out one actor: less function words, country forms and actor kinds, a
    given name in its full form ("Joe Biden" and "Joseph R. Biden Jr." are one man)."""
    function, generic, _, countries = _vocab()
    forms, given = countries.get(code or "", frozenset()), _given_names()
    return frozenset(given.get(w, w) for w in _words(name or "")
                     if w not in function and w not in generic and w not in forms)


@functools.cache
def _given_names() -> dict[str, str]:
    """A given name's short forms -> its full form (data/merge.yaml given_name_forms), checked."""
    raw = yaml.safe_load(resources.files("communique.data").joinpath("merge.yaml").read_text("utf-8")) or {}
    return given_names_from(raw.get("given_name_forms") or [])


def given_names_from(groups: Any) -> dict[str, str]:
    """The given_name_forms of a merge.yaml: lists of one name's forms, its full form first."""
    if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) >= 2 and all(
            isinstance(w, str) for w in g) for g in groups):
        raise MergeDataError("communique/data/merge.yaml: 'given_name_forms' must be a list of lists of a given "
                             "name's forms, the full form first")
    return {w.lower(): g[0].lower() for g in groups for w in g[1:]}


def _acronym(a: str, b: str) -> bool:
    """'AU' and 'African Union'; 'UN' and 'United Nations'."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    letters = short.replace(".", "").strip()
    words = [w for w in re.split(r"[\s-]+", long_) if w and w.lower() not in ("of", "the", "and", "for")]
    return letters.isupper() and 2 <= len(letters) == len(words) and all(
        w[0].upper() == c for w, c in zip(words, letters, strict=True))


def unstated(side: Side) -> bool:
    """A party the sentence leaves unstated (no name, no code): "has not yet conceded the election"."""
    return not side.name and not side.code


def same_party(a: Side, b: Side, same_article: bool) -> str:
    """'same', 'compatible' (a generic name and a specific one, or generic names of different sectors) or
    'different' (two specific names that are not forms of one another)."""
    if not a.name and not b.name:
        return "same"
    if same_article and a.entity and a.entity == b.entity:
        return "same"
    na, nb = " ".join(_words(a.name or "")), " ".join(_words(b.name or ""))
    if na == nb or _acronym((a.name or "").strip(), (b.name or "").strip()):
        return "same"
    sa, sb = specific_words(a.name, a.code), specific_words(b.name, b.code)
    if not sa and not sb:
        return "same" if not a.sector or not b.sector or a.sector == b.sector else "compatible"
    if not sa or not sb:
        return "compatible"
    return "same" if sa <= sb or sb <= sa or _spelt_otherwise(sa, sb) else "different"


SPELLING_MIN = 6  # letters a word needs before one letter more, less or changed is another spelling of it


def _spelt_otherwise(sa: frozenset[str], sb: frozenset[str]) -> bool:
    """One name in two transliterations: of the shorter name's two or more words, all but one found in the other
    name as they are, and that one another spelling of one of its words (one letter more, less or changed, the first
    the same, SPELLING_MIN letters or more): "Mohammad bin Salman" / "Mohammed bin Salman", "Volodymyr Zelensky" /
    "Volodymyr Zelenskyy". One word alone is not enough ("Marin" / "Martin" may be two people)."""
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    rest = short - long_
    if len(short) < 2 or len(rest) != 1:
        return False
    [w] = rest
    return len(w) >= SPELLING_MIN and any(v[0] == w[0] and _one_edit(w, v) for v in long_ - short)


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, deleted or changed turns one word into the other."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def evidence_similarity(a: Mention, b: Mention) -> tuple[int, float]:
    """(content words shared, Dice similarity) of the two evidences, less function words, the parties' names,
    the trigger words and words that only say when or who speaks. A bare mention ("the AU summit") whose few
    words all appear in the other evidence counts as fully similar. Words are compared as content_terms gives
    them (a country by any of its forms, a number as written), and meet when they are of one act's family
    (act_family: "attacked" / "struck"); each sentence's size is its words', so that a family met adds to what
    two sentences share and never makes a sentence look shorter than it is."""
    names = frozenset(w for m in (a, b) for s in (m.actor, m.recipient) for w in _words(s.name or ""))
    triggers = {act_family(t) for m in (a, b) for t in content_terms(m.trigger, keep_all=True)}

    def content(m: Mention) -> set[str]:
        return content_terms(m.evidence, drop=names)

    ca, cb = content(a), content(b)
    core_a, core_b = ({t for t in c if act_family(t) not in triggers} for c in (ca, cb))
    if core_a and core_b:  # compare what the sentences say beyond the act's own word (what kind, not which one) ...
        ca, cb = core_a, core_b
    if not ca or not cb:
        return 0, 0.0
    fa, fb = {act_family(t) for t in ca}, {act_family(t) for t in cb}
    shared = len(fa & fb)
    bare = min(len(fa), len(fb))
    if bare <= BARE and shared == bare:  # ... unless one is a bare mention ("the AU summit")
        return max(bare, SAME_WHO[0]), 1.0
    if ca is not core_a:
        return 0, 0.0
    return shared, min(1.0, 2 * shared / (len(ca) + len(cb)))


def act_family(term: str) -> str:
    """A content term as its act family's first word (data/merge.yaml act_word_families), else itself."""
    return _families().get(term, term)


COUNTRY_TERM = "country:"  # a country's term in content_terms: "Japan", "Japanese" and "Tokyo" are one
_NUMBER = re.compile(r"(?<![\w-])\d+(?:[.,]\d+)*(?![\w-])")  # not part of a name: "COVID-19", "F-16"
_YEAR = re.compile(r"(19|20)\d\d")


def content_terms(text: str, keep_all: bool = False, drop: frozenset[str] = frozenset()) -> set[str]:
    """The terms two tellings of one happening share though their words differ: a country by its code whichever of
    its forms a sentence uses (data/actors/countries.csv: "Japan", "Japanese", "Tokyo"; "the U.S.", "American"), a
    number as written ("300 mln dlrs": the amount, the count, the toll), not a year (it says when, as a month
    does), and a word by its stem, a noun in -ion or -ment meeting its verb ("investigation" / "investigated",
    "agreement" / "agreed"). Less
    function words, words of when and who speaks, and words of two letters or fewer, unless ``keep_all`` (a
    trigger: every word of it is left out of the evidence compared); less the words in ``drop`` (the parties'
    names, compared apart), and a form of a country that is all words of a name ("Iran" when Iran is a party, not
    "Iranian" in "an Iranian oil platform", which says which platform)."""
    function, _, stop, _ = _vocab()
    out: set[str] = set()
    rest = text
    for code, span in _country_mentions(text):
        words = set(_words(text[span[0]:span[1]]))
        if not words or not words <= drop:
            out.add(COUNTRY_TERM + code)
        rest = rest[:span[0]] + " " * (span[1] - span[0]) + rest[span[1]:]
    for w in _words(rest):
        if (keep_all or (len(w) > 2 and w not in function and w not in stop)) and w not in drop:
            out.add(_ion(_stem(w)))
    out.update(n.replace(",", "") for n in _NUMBER.findall(rest) if not _YEAR.fullmatch(n))
    return out


def _ion(stem: str) -> str:
    """A noun of an act as its verb's stem: "investigation" / "investigate", "election" / "elected", "agreement" /
    "agreed". Not a doer in -er: "destroyers" are ships, "containers" boxes."""
    for suffix, least in (("ion", 8), ("ment", 8)):
        if stem.endswith(suffix) and len(stem) >= least:
            return _stem(stem[: -len(suffix)]) if suffix != "ion" else stem[:-3]
    return stem


_NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|\.(?=[^\W\d_]))*\.?")  # a word, or letters with dots: "U.S."


@functools.lru_cache(maxsize=1 << 16)
def _country_mentions(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """(country code, the characters of its form) for each form of a country the text names, the longest form at
    each capitalised word (country forms are proper nouns and their adjectives); kept per text, as the store
    compares one row's evidence with many."""
    codes, upper, longest = _country_forms()
    plain = _plain(text)
    tokens = [m.span() for m in _NAME_TOKEN.finditer(plain)]
    out: list[tuple[str, tuple[int, int]]] = []
    i = 0
    while i < len(tokens):
        start = tokens[i][0]
        found = None
        if plain[start].isupper():
            for j in range(min(len(tokens), i + longest) - 1, i - 1, -1):
                end = tokens[j][1]
                for stop in (end, end - 1) if plain[end - 1] == "." else (end,):
                    form = plain[start:stop]
                    if form.lower() in codes and not (form.upper() in upper and form != form.upper()):
                        found = (codes[form.lower()], (start, stop), j)
                        break
                if found:
                    break
        if found:
            out.append(found[:2])
            i = found[2] + 1
        else:
            i += 1
    return tuple(out)


@functools.cache
def _country_forms() -> tuple[dict[str, str], frozenset[str], int]:
    """Every country's forms (data/actors/countries.csv: name, aliases, demonyms and their plurals, capitals) in
    lower case -> its code; the forms written in capitals ("US", "U.S."), which match only so written ("us" is a
    pronoun); and the most words a form has."""
    data = resources.files("communique.data")
    codes: dict[str, str] = {}
    upper: set[str] = set()
    for line in _csv_rows(data.joinpath("actors").joinpath("countries.csv").read_text("utf-8")):
        for i, field in enumerate(line[1:5], start=1):
            for form in field.split("|"):
                form = _plain(form.strip())
                if len(form.replace(".", "")) < 2:
                    continue
                if form == form.upper():
                    upper.add(form)
                codes.setdefault(form.lower(), line[0])
                if i == 3 and not form.endswith("s"):
                    codes.setdefault(form.lower() + "s", line[0])  # demonyms' plurals: "Iranians"
    longest = max(len(_NAME_TOKEN.findall(f)) for f in codes)
    return codes, frozenset(upper), longest


@functools.cache
def _families() -> dict[str, str]:
    """A word's stem -> its act family's first stem (data/merge.yaml act_word_families), checked."""
    raw = yaml.safe_load(resources.files("communique.data").joinpath("merge.yaml").read_text("utf-8")) or {}
    return families_from(raw.get("act_word_families") or [])


def families_from(groups: Any) -> dict[str, str]:
    """The act_word_families of a merge.yaml: lists of words that name one act, each word in one list only."""
    if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) >= 2 and all(
            isinstance(w, str) for w in g) for g in groups):
        raise MergeDataError("communique/data/merge.yaml: 'act_word_families' must be a list of lists of words "
                             "that name one act")
    out: dict[str, str] = {}
    for g in groups:
        head = _ion(_stem(g[0].lower()))
        for w in g:
            stem = _ion(_stem(w.lower()))
            if out.get(stem, head) != head:
                raise MergeDataError(f"communique/data/merge.yaml: act_word_families: '{w}' is in two families")
            out[stem] = head
    return out


def _tokens(text: str) -> list[str]:
    """The words of a text as written (case kept, one-letter words too: "a bill"), less a possessive 's."""
    return _WORD.findall(text.replace("'s", "").replace("\u2019s", ""))


def _act_at(m: Mention) -> tuple[list[str], int] | None:
    """The evidence's words and the index of the trigger's word among them (by its offset, else its first
    occurrence), or None when the trigger is not in the evidence."""
    words = _tokens(m.evidence)
    stem = _act_stem(_words(m.trigger)[0]) if _words(m.trigger) else ""
    if not stem:
        return None
    if m.trigger_span and m.evidence_span and m.evidence_span[0] <= m.trigger_span[0] <= m.evidence_span[1]:
        i = len(_tokens(m.evidence[: m.trigger_span[0] - m.evidence_span[0]]))
        if i < len(words) and _act_stem(words[i].lower()) == stem:
            return words, i
    return next(((words, i) for i, w in enumerate(words) if _act_stem(w.lower()) == stem), None)


def _act_stem(w: str) -> str:
    """The stem of an act's word, a noun in -ment meeting its verb: "reach an agreement" names "agree"."""
    if len(w) >= 8 and w.endswith(("ment", "ments")):
        w = w[: w.rindex("ment")]
    return _stem(w)


def _object_words(words: list[str], i: int) -> set[str]:
    """The content words (stems) of the act's object when it is one thing: after the verb (and at most one
    preposition: "agree on"), a determiner or a name ("withdraw a proposed bill", "close the old coal mine",
    "endorsing Joe Biden"), then its first OBJECT_REACH words that are not function words or words of time and
    speech. A bare plural or a number ("holding rallies", "holding up to five rallies a day") names acts done
    many times, not one: no object. Nor is a name followed by a clause ("asked Stamenkovic if ...", "accused Biden
    of ..."): the person is the one addressed, and what is asked or said is the act."""
    function, _, stop, _ = _vocab()
    rules = _rules()
    j = i + 1
    if j < len(words) and words[j].lower() in rules.prepositions:
        j += 1
    if j >= len(words) or not (words[j].lower() in rules.determiners or words[j][0].isupper()):
        return set()
    k = j
    while k < len(words) and words[k][0].isupper() and words[k].lower() not in rules.determiners:
        k += 1
    if j < k < len(words) and words[k].lower() in rules.clause_words:
        return set()  # a person addressed, the act's content a clause: "asked Stamenkovic if", "accused Biden of"
    after = [w.lower() for w in words[j:] if w.lower() not in function][:OBJECT_REACH]
    return {_stem(w) for w in after if len(w) > 2 and w not in stop}


def same_act(a: Mention, b: Mention) -> bool:
    """One names the act by the other's verb and object: the trigger's word of one (its stem) followed in the
    other's evidence by an object sharing a content word with its own ("announced that her government will
    officially withdraw a proposed bill" / "the government will fully withdraw the bill"; "announced she was
    endorsing Joe Biden" / "said she was proud to endorse Joe Biden")."""
    for x, y in ((a, b), (b, a)):
        at = _act_at(x)
        if at is None:
            continue
        obj = _object_words(*at)
        stem = _act_stem(at[0][at[1]].lower())
        ywords = _tokens(y.evidence)
        if obj and any(_act_stem(w.lower()) == stem and obj & _object_words(ywords, j)
                       for j, w in enumerate(ywords)):
            return True
    return False


def places_compatible(a: Mention, b: Mention) -> bool:
    """No place, the same place, a country and a place in it ("India" / "New Delhi"), or a place the gazetteer
    did not resolve (no country: "Fishmongers' Hall") against a resolved one, which it cannot contradict."""
    pa, pb = _the(a.place), _the(b.place)
    if not pa or not pb or pa == pb:
        return True
    if a.place_country and b.place_country:
        return a.place_country == b.place_country and (a.place_is_country or b.place_is_country)
    return bool(a.place_country or b.place_country)


def _the(place: str) -> str:
    return place[4:] if place.startswith("the ") else place


def quad_of(type_name: str) -> int | None:
    """The type's quad class in the shipped ontology (None for a type it does not know)."""
    t = ontology().types.get(type_name)
    return t.quad if t else None


def comparable_types(type_name: str) -> frozenset[str]:
    """The types a row of this type may be one happening with: itself, the types of its quad class, and the types
    one CAMEO root is split into across quad classes (data/merge.yaml one_root_types: CAMEO 08 Yield is PLOVER's
    CONCEDE or RETREAT, 16 Reduce relations its SANCTION or COERCE), so one act two coders read from one root
    ("withdrew its ambassador": 08 or 16) meets whichever type each gave it."""
    quad = quad_of(type_name)
    same_quad = {t.name for t in ontology().types.values() if quad is not None and t.quad == quad}
    return frozenset({type_name} | same_quad | _one_root().get(type_name, frozenset()))


def types_comparable(a: str, b: str) -> bool:
    """comparable_types, symmetric: one of a quad class, or of one CAMEO root."""
    return a == b or b in comparable_types(a)


@functools.cache
def _one_root() -> dict[str, frozenset[str]]:
    """type -> the other types of a CAMEO root it shares (data/merge.yaml one_root_types), checked."""
    raw = yaml.safe_load(resources.files("communique.data").joinpath("merge.yaml").read_text("utf-8")) or {}
    return one_root_from(raw.get("one_root_types") or [])


def one_root_from(groups: Any) -> dict[str, frozenset[str]]:
    """The one_root_types groups of a merge.yaml: lists of PLOVER types the ontology knows."""
    known = set(ontology().types)
    if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) >= 2 and set(g) <= known
                                               for g in groups):
        raise MergeDataError("communique/data/merge.yaml: 'one_root_types' must be a list of lists of two or more "
                             f"PLOVER types (known: {', '.join(sorted(known))})")
    out: dict[str, frozenset[str]] = {}
    for g in groups:
        for t in g:
            out[t] = out.get(t, frozenset()) | frozenset(g)
    return out


def compatible_modalities(modality: str) -> list[str]:
    """The modalities a stored row may be coded with and still tell the same happening as a row coded with this one
    (itself included): its class, and, as an asserted or reported row may be read as negated (read_modality: "has
    yet to concede") and the other way round, negated with asserted and reported when data/merge.yaml has markers
    of "not yet"; and an act told before it is done (data/merge.yaml plan_modality: future) with the same act told
    as done (asserted, reported: plan_fulfilled). The store's first cut; same_happening then compares the
    modalities as read."""
    rules = _rules()
    classes = rules.modality_class
    mine = classes.get(modality, modality)
    out = {modality} | {m for m, cls in classes.items() if cls == mine}
    readable = {"asserted", "reported"}
    done = readable | {m for m, cls in classes.items() if cls == classes.get("asserted")}
    if rules.not_yet and (modality == "negated" or modality in readable):
        out |= done | {"negated"}
    if rules.plan and modality == rules.plan:
        out |= done
    elif rules.plan and modality in done:
        out.add(rules.plan)
    return sorted(out)


def modality_compatible(a: str, b: str) -> bool:
    """Asserted and reported tell one happening; negated, future and hypothetical only match themselves."""
    classes = _rules().modality_class
    return classes.get(a or "asserted", a) == classes.get(b or "asserted", b)


def codes_compatible(a: Side, b: Side, same_article: bool, kind_ok: bool = False) -> bool:
    """The same code, a party one sentence leaves unstated, or no code on one side and the same named party
    ("Ricardo Rosselló Nevares", no country resolved, and "Ricardo Rosselló", PRI). With ``kind_ok`` (the
    recipient: whom an act is done to), a party named only by its kind and no country ("the attacker", "the
    hospital", "the government") says nothing against a coded one ("Usman Khan", GBR): the one done to is often
    named once and then called by what it is; the evidence then decides, as for a generic party. An actor named
    only by its kind ("officials") may be anyone's, and stays apart from a coded one."""
    if (a.code or "") == (b.code or "") or not (a.name or a.code) or not (b.name or b.code):
        return True  # the same code, or a party the sentence leaves unstated
    if a.code and b.code:
        return False
    uncoded = b if a.code else a
    if kind_ok and (not specific_words(uncoded.name, None) or a_thing(uncoded)):
        return True
    named = specific_words(a.name, a.code) or specific_words(b.name, b.code)
    return bool(named) and same_party(a, b, same_article) == "same"


def countries_named(text: str) -> frozenset[str]:
    """The codes of the countries a text names by any of their forms (data/actors/countries.csv)."""
    return frozenset(code for code, _ in _country_mentions(text))


def bare_country(side: Side) -> bool:
    """A party named by a form of its country alone ("Bahrain", "the U.S."; not "the Bahraini coast guard")."""
    words = set(_words(side.name or "")) - _vocab()[0]
    return bool(side.code) and words <= _vocab()[3].get(side.code or "", frozenset()) and (
        bool(words) or bool(side.name and countries_named(side.name)))


COUNTRY_FORM_MIN = 4  # letters of a country's form looked for in stored sentences ("Iran" also finds "Iranian")


def country_forms(code: str) -> list[str]:
    """A country's forms (data/actors/countries.csv) of COUNTRY_FORM_MIN letters or more, to find the stored
    sentences that may name it (a first cut: country_slip then reads them)."""
    forms = [f for f, c in _country_forms()[0].items() if c == code and len(f) >= COUNTRY_FORM_MIN]
    return [f for f in forms if not any(g != f and g in f for g in forms)]  # "iran" finds "iranian" too


def country_slip(a: Mention, b: Mention) -> bool:
    """Two codes for the party an act is done to, named by its country alone on both sides, where one coder took
    another country its sentence names: "four U.S. destroyers attacked and destroyed an Iranian oil platform about
    120 miles east of Bahrain" coded against Bahrain, "U.S. warships attacked and destroyed an Iranian oil
    platform" against Iran. The country of one code is named in both sentences, the other's in its own only; the
    second is the coder's slip (a place, a neighbour, where the target lies), not a second party. A list naming
    both countries in both sentences ("asked Britain, China and the United States") is two parties, and stays
    apart. The evidence then decides, as for a generic party (COMPATIBLE_WHO). Not the actor: a sentence's subject
    is seldom a place it names in passing."""
    sa, sb = a.recipient, b.recipient
    if not sa.code or not sb.code or sa.code == sb.code or not bare_country(sa) or not bare_country(sb):
        return False
    na, nb = countries_named(a.evidence), countries_named(b.evidence)
    return ((sb.code in na and sb.code in nb and sa.code not in nb)
            or (sa.code in na and sa.code in nb and sb.code not in na))


def planned_and_done(a: Mention, b: Mention) -> tuple[Mention, Mention] | None:
    """(the plan, the deed) when one row tells its act as to be done (data/merge.yaml plan_modality: "will ask",
    "would impose") and the other as done (asserted or reported), else None. Such a pair's modalities differ by
    nature, so it is judged by plan_fulfilled alone, which needs to know which row is the plan."""
    plan = _rules().plan
    for x, y in ((a, b), (b, a)):
        if plan and x.modality == plan and modality_compatible(y.modality, "asserted"):
            return x, y
    return None


def plan_fulfilled(a: Mention, b: Mention, who: list[str]) -> float | None:
    """An act told before it is done and the same act told as done are one happening: news reports what a party
    says it will do ("Ruiz said she will ask the council to close the harbour when she visits next month") and
    then that it did ("Ruiz asked the council to close the harbour"). The same act word (its stem), the same named
    actor, a recipient not another party, no word for kin in one only; dates that fit a plan: the plan's date (the
    date it names, or its report's) on or before the deed's, at most PLAN_REACH before it; and, as for an undated
    recall, the evidence of one thing said (RECALLED). A plan told after the deed, or for a later day, is another
    act ("will ask again")."""
    pair = planned_and_done(a, b)
    if pair is None or who[0] != "same" or who[1] == "different":
        return None
    plan, deed = pair
    tp, td = _words(plan.trigger), _words(deed.trigger)
    if not tp or not td or _act_stem(tp[0]) != _act_stem(td[0]):
        return None
    if not specific_words(plan.actor.name, plan.actor.code) or kin_words(a.evidence) != kin_words(b.evidence):
        return None
    if plan.start is None or plan.end is None or deed.start is None or deed.end is None:
        return None
    if plan.start > deed.end or deed.start - plan.end > PLAN_REACH:
        return None
    shared, sim = evidence_similarity(a, b)
    return sim if shared >= RECALLED[0] and sim >= RECALLED[1] else None


def a_thing(side: Side) -> bool:
    """A recipient named by a common noun phrase, written in lower case, with no code: a thing or an issue the act
    is done to ("the platform", "television sets", "the continued aggravation"), not a party. PLOVER's recipient
    is an actor; a sentence naming what was hit or taxed names no one, so it says nothing against a party another
    sentence names as the target. A phrase whose head (its last word) is a kind of party ("the attacker",
    "officials", "a 30-year-old man") is someone, read as before; so is a name (capitalised: "GATT", "Costa
    Cruceros")."""
    name = (side.name or "").strip()
    words = _words(name)
    return (not side.code and bool(words) and name == name.lower() and words[-1] not in _vocab()[1]
            and bool(specific_words(name, None)))


def same_recipient(a: Side, b: Side, same_article: bool) -> str:
    """same_party for the party an act is done to, a thing (a_thing) compatible with a coded party (a state or an
    organisation whose platform, goods or policy the act was done to): it names no one to contradict the party,
    nor that party (the evidence decides, as for a party named by its kind). Against an uncoded name ("cruise
    lines" / "Costa Cruceros") the names are compared as before: a lower-case phrase may be a kind of party."""
    found = same_party(a, b, same_article)
    if found == "different" and ((a_thing(a) and b.code) or (a_thing(b) and a.code)):
        return "compatible"
    return found


def who_of(a: Mention, b: Mention) -> list[str]:
    """[the actors' relation, the recipients'] (same_party, same_recipient): the recipient is read by
    same_recipient, as a thing an act is done to names no one against a party. One function, so that
    same_happening and the bench's diagnostics read a pair's parties alike."""
    one = a.article_id == b.article_id
    return [same_party(a.actor, b.actor, one), same_recipient(a.recipient, b.recipient, one)]


def kin_words(evidence: str) -> set[str]:
    """The words for kin in a sentence, less those that only say who speaks ("his daughter said he died")."""
    rules = _rules()
    words = _words(evidence)
    return {w for i, w in enumerate(words) if w in rules.kin and (i + 1 == len(words) or words[i + 1] not in
                                                                  rules.speech)}


POSSESSIVES = ("his", "her", "their", "its")


def once_group(m: Mention) -> tuple[str, str] | None:
    """The once-only group (data/merge.yaml) of a row's act: its trigger word's, or, for a light verb followed by
    a possessive, the noun's after it ("filed his resignation", "tendered her resignation"): a light verb names no
    act of its own, and the possessive makes the noun's act the subject's. Not a verb of saying ("announced his
    death" is someone else's news of it)."""
    rules = _rules()
    group = rules.once_only.get(m.trigger)
    if group is not None or m.trigger not in rules.light_verbs:
        return group
    at = _act_at(m)
    if at is None:
        return None
    words, i = at
    if i + 2 < len(words) and words[i + 1].lower() in POSSESSIVES:
        return rules.once_only.get(words[i + 2].lower())
    return None


def once_only(a: Mention, b: Mention, who: list[str]) -> bool:
    """Both acts of one once-only group (once_group), the party it happens to named and the same, and no word for
    kin in one sentence only."""
    ga, gb = once_group(a), once_group(b)
    if ga is None or ga != gb:
        return False
    if kin_words(a.evidence) != kin_words(b.evidence):
        return False  # "Mir-Mohammadi's mother died": someone else's death
    role = _once_role(a, b, ga[1])
    party = (a.actor, a.recipient)[role]
    return who[role] == "same" and bool(specific_words(party.name, party.code))


def _once_role(a: Mention, b: Mention, party: str) -> int:
    """The role (0 actor, 1 recipient) of the party a once-only act happens to: the group's, except that an act
    of the actor's own ("died") told with no actor at all on either side names its party as the recipient (the
    coder's row for "Pranab Mukherjee died" when it leaves the doer empty: no actor, the dead as recipient)."""
    if party == "actor" and not any(m.actor.name or m.actor.code for m in (a, b)):
        return 1
    return 0 if party == "actor" else 1


def one_surname(a: Mention, b: Mention, who: list[str]) -> list[str]:
    """In one article, a once-only act of two full names of one surname is one person's: the story's subject, a
    pronoun resolved to a relative ("Elijah Cummings died" / "his office said, he died", given to "Ruth Cummings").
    The party the act happens to then counts as the same; once_only still keeps a kin word in one sentence only
    ("his mother died") apart."""
    group = once_group(a)
    if group is None or group != once_group(b):
        return who
    role = _once_role(a, b, group[1])
    pa, pb = (a.actor, b.actor) if role == 0 else (a.recipient, b.recipient)
    wa, wb = _words(pa.name or ""), _words(pb.name or "")
    if who[role] != "different" or len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return who
    return [("same" if r == role else w) for r, w in enumerate(who)]


def retold(a: Mention, b: Mention, who: list[str]) -> bool:
    """Dates that disagree are no objection to a retelling in nearly the same words (RETOLD) of one named party's
    act when one of the two is undated (its article's date stands in for the event's) and they are within
    RECALL_REACH: "McConnell previously committed to proceeding with a trial", told again two months later with
    a date its coder took from "a trial anticipated to begin in January"."""
    if a.type != b.type or who != ["same", "same"] or "article" not in (a.granularity, b.granularity):
        return False
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    if not specific_words(a.actor.name, a.actor.code) or max(a.start, b.start) - min(a.end, b.end) > RECALL_REACH:
        return False
    shared, sim = evidence_similarity(a, b)
    return shared >= RETOLD[0] and sim >= RETOLD[1]


def one_sentence(a: Mention, b: Mention) -> bool:
    """Two rows of one article whose evidence overlaps and whose act words are two: two acts the coder found in one
    sentence ("Republicans have broken with Trump and have urged him to move forward"). Their evidences are one
    text, so the evidence comparison that tells two tellings of one happening from two happenings finds them alike
    whatever they say; one sentence names one act twice only in the ways one_act knows (its aim, its means, its
    phase, its result, a coming and the act), or as the steps of one material act the coder gave one precise CAMEO
    code and type ("surrounded the attacker ... and shot Khan": 190 both), which the other checks then compare."""
    if a.article_id != b.article_id or not (a.evidence_span and b.evidence_span and a.trigger_span
                                            and b.trigger_span):
        return False
    (a0, a1), (b0, b1) = a.evidence_span, b.evidence_span
    (ta0, ta1), (tb0, tb1) = a.trigger_span, b.trigger_span
    return a0 < b1 and b0 < a1 and (ta1 <= tb0 or tb1 <= ta0) and not (
        a.type == b.type and a.cameo == b.cameo and len(a.cameo) >= 3 and quad_of(a.type) in MATERIAL_QUADS)


def one_act(a: Mention, b: Mention) -> bool:
    """Two rows of one sentence that name one act, the second by its aim or its means: "residents donated blood in a bid
    to assist", "spoke with reporters to discuss the plan", "challenged the virus by eating chicken", "To curb the
    outbreak, the government closed schools". Both of one article, with evidence that overlaps, the same actor, and
    between the two trigger words a purpose ("to", "in order to"; not "to" after a word whose complement it starts:
    "decided to join", "the decision to ban", nor after a verb that asks another to act: "urged members to strike",
    unless a comma sets a marker of purpose off as the main act's aim: "pressured Ukraine to investigate, in order to
    help his campaign") or a means ("by" before an -ing word); or the first a verb of motion with no object joined by
    "and" to the act it leads to, no comma between ("He would come back home drunk and hit me", "Police arrived and shot
    him": the coming is how the act came about; not "returned the money and apologised"); or the first a verb of an
    act's phase right before it, bare or with "to" ("Democrats continued to attack Trump", "Khan started attacking
    people": beginning or going on with an act is that act, no second one); or the second an -ing word opening a free
    adjunct after a comma, bare or after "thereby" or "thus", in the first's clause ("sent a letter to Biden, giving
    them permission", "sought the nomination, thereby denying the ticket ballot access": the act's result or manner; not
    past a clause of its own opened after a comma by "and", "but", "which" ... (clause_breaks), nor past the sentence's
    end or a semicolon). Two other acts joined by "and" ("criticised the plan and called for a vote") or a speech's
    contents stay apart."""
    if a.article_id != b.article_id or not (a.trigger_span and b.trigger_span and a.evidence_span and b.evidence_span):
        return False
    (ea0, ea1), (eb0, eb1) = a.evidence_span, b.evidence_span
    if ea0 >= eb1 or eb0 >= ea1 or same_party(a.actor, b.actor, True) != "same":
        return False
    first, second = sorted((a.trigger_span, b.trigger_span))
    if first[1] > second[0]:
        return False
    text, start = next(((m.evidence, m.evidence_span[0]) for m in (a, b) if m.evidence_span
                        and m.evidence_span[0] <= first[0] and second[1] <= m.evidence_span[1]), ("", 0))
    if not text or len(text) < second[1] - start:
        return False
    between = text[first[1] - start:second[0] - start]
    first_word, second_word = (text[x - start:y - start].lower() for x, y in (first, second))
    gap = _words(between)
    before = _words(text[:first[0] - start])
    rules = _rules()
    if first_word in rules.phase and gap in ([], ["to"]):
        return True  # the act's phase: "continued to attack", "started attacking"
    if first_word in rules.failure and gap == ["to"]:
        return True  # the act not done: "failed to conclude an agreement" tells one (non-)act
    parts = between.split(",")
    if (second_word.endswith("ing") and len(parts) > 1
            and _words(parts[-1]) in ([], *([w] for w in rules.result_adverbs)) and not set(";:.") & set(between)
            and not any(_words(p)[:1] and _words(p)[0] in rules.clause_breaks for p in parts[1:-1])):
        return True  # its result or manner: "sent a letter to Biden, giving them permission"
    if gap and gap[-1] == "by" and second_word.endswith("ing"):
        return True  # the means: "challenged corona by killing animals"
    if (gap and gap[-1] == "and" and len(gap) <= MOTION_GAP and "," not in between
            and first_word in rules.motion
            and _tokens(between)[0].lower() not in rules.determiners):
        return True  # the coming and the act: "would come back home drunk and hit me"; not "returned the money"
    if gap and gap[-1] == "to" and "and" not in gap[-3:] and "or" not in gap[-3:]:
        if len(parts) > 1 and " ".join(_words(parts[-1])) in rules.purpose:
            return True  # "pressured them to act, in order to help him": after a comma, the main act's aim
        if first_word in rules.controllers:
            return False  # "urged members to strike": the members' act
        joined = " ".join(gap)
        if any(joined.endswith(marker) for marker in rules.purpose):
            return True  # "in a bid to assist"
        return len(gap) >= 2 and gap[-2] not in rules.to_takers  # "Wikinews to discuss"; not "decided to join"
    return bool(before) and before[-1] == "to" and (len(before) == 1 or before[-2] in ("and", "but")) \
        and "," in between  # "To curb the spread, the government prohibited"


def told_again(a: Mention, b: Mention, who: list[str]) -> bool:
    """In one story, one named party's act to one party told twice (in the lead and again in detail, or in the
    story's words and in a quote) by the same verb and object, whatever words the two sentences add ("announced
    that her government will officially withdraw a proposed bill" / "'The government will fully withdraw the bill
    in order to allay public concerns,' Lam said"). The recipient may be named by its kind in one sentence ("signed a
    decree banning the niqab" / "signed a decree that bars any person ..."): the verb and object name the act, and a
    kind names no second party; two named recipients that differ stay apart. A word for kin in one sentence only
    still shifts the act."""
    return (a.article_id == b.article_id and a.type == b.type and who[0] == "same" and who[1] != "different"
            and bool(specific_words(a.actor.name, a.actor.code)) and kin_words(a.evidence) == kin_words(b.evidence)
            and same_act(a, b))


TALK_NEXT = 3  # characters at most between a talk's sentence and the next one, which tells what was said


def talk_continued(a: Mention, b: Mention, who: list[str]) -> bool:
    """In one story, a named party's talks told with their partner, and the very next sentence telling what was
    said with no partner stated ("Patel spoke with the paper about the campaign." / "He discussed how he became
    the nominee ..."): the second sentence goes on about the talk the first told, so they are one happening, though
    they share no words. Both of the talks' type, the partner unstated (no name at all, not a generic one) in the
    later one, whose word is one of telling contents (discussed, talked, explained), dates that agree."""
    rules = _rules()
    if a.article_id != b.article_id or not (a.type == b.type == rules.talk_type) or who[0] != "same":
        return False
    if not specific_words(a.actor.name, a.actor.code) or not (a.evidence_span and b.evidence_span):
        return False
    first, then = sorted((a, b), key=lambda m: m.evidence_span or (0, 0))
    return (bool(first.recipient.name) and not then.recipient.name and not then.recipient.code
            and 0 <= then.evidence_span[0] - first.evidence_span[1] <= TALK_NEXT
            and then.trigger in rules.talk_content and kin_words(a.evidence) == kin_words(b.evidence))


def one_material_act(a: Mention, b: Mention, who: list[str]) -> bool:
    """In one story, one named party's material act of one precise CAMEO code (three digits: 173, arrest) to a
    named party that is the same or compatible, on dates that agree, is the story's one act told twice in other
    words ("a 25-year-old man was arrested by Thames Valley Police" / "police arrived and detained the man").
    Not a statement (said twice, it may be two), nor a party named by no word ("he was hit"), nor by a thing
    (a_thing: "did minimal preparation, holding rallies" names no one the rallies were held for)."""
    return (a.article_id == b.article_id and a.cameo == b.cameo and len(a.cameo) >= 3
            and quad_of(a.type) in MATERIAL_QUADS and quad_of(b.type) in MATERIAL_QUADS
            and who[0] == "same" and who[1] != "different" and bool(a.recipient.name) and bool(b.recipient.name)
            and not a_thing(a.recipient) and not a_thing(b.recipient)
            and bool(specific_words(a.actor.name, a.actor.code)) and kin_words(a.evidence) == kin_words(b.evidence))


def still_not(a: Mention, b: Mention, who: list[str]) -> bool:
    """One named party's act said not yet done, told again in a later report ("Trump has not yet conceded" on
    7 November, "the president has not yet conceded the election" on 17 November): an act not done up to each
    report's day is one state that lasts, retold in every update until the act is done; two reports of it are
    one (non-)happening whatever else their sentences add. Both negated with a word of "not yet"
    (still_not_words), the act named by one word (its stem), the same actor, the same recipient or one a report
    leaves unstated ("has yet to concede to Biden" / "has not yet conceded the election": whom the act is owed does
    not change from report to report) or names only by a thing (a_thing: "has not yet conceded, claiming fraud with
    mail-in ballots"), no word for kin in one only."""
    if a.modality != "negated" or b.modality != "negated" or who[0] != "same" or not (
            who[1] == "same" or any(unstated(m.recipient) or a_thing(m.recipient) for m in (a, b))):
        return False
    words = _rules().still_not
    if not all(words & set(_words(m.evidence)) for m in (a, b)) or not specific_words(a.actor.name, a.actor.code):
        return False
    ta, tb = _words(a.trigger), _words(b.trigger)
    return (bool(ta) and bool(tb) and _act_stem(ta[0]) == _act_stem(tb[0])
            and kin_words(a.evidence) == kin_words(b.evidence))


def copied(a: Mention, b: Mention, who: list[str]) -> bool:
    """Two stories telling one party's act in one sentence, the later copied from the earlier with a word or two
    changed ("Athens expelled the Libyan ambassador to Greece over this issue." / "Athens expelled the Libyan
    ambassador to Greece over the agreement."): follow-up stories reuse the background sentences of the ones before
    them, so short copies share too few words beyond the names and the act for the evidence comparison, yet say the
    same thing in the same order. Both of one type, the same parties, and COPIED of their words (stems, less
    function words) matched in order. Not within one story: there two rows of one sentence, or a template told of
    several parties ("Trump pardoned A" / "Trump pardoned B"), are other acts."""
    return a.article_id != b.article_id and a.type == b.type and who == ["same", "same"] and _copy(a, b)


def copied_act(a: Mention, b: Mention) -> bool:
    """A copied sentence (as for copied) that names one act by one word, its actor the same and named in both
    sentences, is that act whatever each story's coder made of its other party or its type of one quad class ("Red
    Hat also sponsors the Fedora operating system." / "Red Hat also sponsors the development of the Fedora operating
    system.", the recipient coded Fedora in one, "development" in the other): the same words tell the same thing,
    and what the coder read differently in each story's context is no second act. Modalities that tell one
    happening, places and dates that agree; not within one story, nor an actor named only by a pronoun ("He was
    arrested on Monday" in two stories may be two people)."""
    if a.article_id == b.article_id or not modality_compatible(a.modality, b.modality):
        return False
    if not types_comparable(a.type, b.type):
        return False  # the store meets only rows of comparable types (merge._compatible_rows)
    ta, tb = _words(a.trigger), _words(b.trigger)
    if not ta or not tb or _act_stem(ta[0]) != _act_stem(tb[0]) or same_party(a.actor, b.actor, False) != "same":
        return False
    named = specific_words(a.actor.name, a.actor.code) | specific_words(b.actor.name, b.actor.code)
    if not named or not all(named & set(_words(m.evidence)) for m in (a, b)):
        return False
    return places_compatible(a, b) and when_relation(a, b) is not None and _copy(a, b)


def _copy(a: Mention, b: Mention) -> bool:
    """COPIED of the two evidences' words (stems, less function words; names and the act's word kept) in order."""
    function = _vocab()[0]
    wa, wb = ([_stem(w) for w in _words(m.evidence) if w not in function] for m in (a, b))
    return bool(wa) and bool(wb) and difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= COPIED


def refusal(a: Mention, b: Mention) -> bool:
    """A rejection (asserted or reported) and an act of verbal cooperation the same party is said not to have done
    are one act told from two sides: CAMEO's 12 (Reject) and PLOVER's REJECT code a refusal to agree, support or
    ratify ("the House rejected the demarcation" / "the House did not ratify the demarcation")."""
    for x, y in ((a, b), (b, a)):
        if (x.type == REJECT and modality_compatible(x.modality, "asserted") and y.modality == "negated"
                and quad_of(y.type) == VERBAL_COOPERATION):
            return True
    return False


def same_object(a: Mention, b: Mention) -> bool:
    """The two acts' objects share a content word ("rejected the demarcation" / "did not ratify the demarcation")."""
    at_a, at_b = _act_at(a), _act_at(b)
    return bool(at_a and at_b and _object_words(*at_a) & _object_words(*at_b))


def both_acts_told(a: Mention, b: Mention) -> bool:
    """Two rows of two types whose act words differ, each sentence telling both acts ("Washington has accused Japan
    of reneging on the deal and has threatened to retaliate" / "U.S. officials have accused Tokyo of breaking the
    accord and have threatened retaliatory action", one row the accusation, the other the threat): the two
    sentences tell the same two acts, and the rows are one of each, whatever the evidence shares."""
    if a.type == b.type:
        return False
    names = frozenset(w for m in (a, b) for s in (m.actor, m.recipient) for w in _words(s.name or ""))
    ta, tb = ({act_family(t) for t in content_terms(x, keep_all=True)} for x in (a.trigger, b.trigger))
    ea, eb = ({act_family(t) for t in content_terms(x, keep_all=True, drop=names)} for x in (a.evidence, b.evidence))
    if not ta or not tb or ta & tb:
        return False
    return ta <= eb and tb <= ea and ta <= ea and tb <= eb


def dates_apart(a: Mention, b: Mention, who: list[str], refused: bool) -> float | None:
    """same_happening of two rows whose dates disagree: one act told again in one story (the story's date and the
    coder's), or retold in nearly the same words."""
    if "different" in who:
        return None
    if told_again(a, b, who) and "article" in (a.granularity, b.granularity):
        return max(evidence_similarity(a, b)[1], 0.01)  # the story's date and the coder's date of one act
    if refused or not retold(a, b, who):
        return None
    return evidence_similarity(a, b)[1]


def same_happening(a: Mention, b: Mention) -> float | None:
    """How alike two event rows are when they are one happening (their evidence similarity), or None when they
    are not. Rows of different types of one quad class, or with a party's code missing on one side, need the
    evidence of a generic party, unless the act is named by the same verb and object; a once-only act (a death, a
    resignation) of one named party needs none; one act named twice in one sentence (one_act) is one happening
    whatever types its two rows were given, and so is a sentence a later story copies naming one act by one word
    (copied_act); so is, in one story, one party's act told again by its verb and
    object (told_again) or one material act of one precise code (one_material_act); a rejection and the
    cooperation refused (refusal) are one act when their objects and evidence agree; an act told before it is done
    and told as done (plan_fulfilled) are one when the act's word, the actor and the dates agree."""
    if one_act(a, b):
        return 1.0
    if one_sentence(a, b):
        return None  # two acts of one sentence: its words are one text, so their likeness says nothing
    if both_acts_told(a, b):
        return None
    if copied_act(a, b):
        return max(evidence_similarity(a, b)[1], 0.01)
    refused = refusal(a, b)
    if not refused and not types_comparable(a.type, b.type):
        return None
    planned = not refused and planned_and_done(a, b) is not None
    if not (refused or planned or modality_compatible(a.modality, b.modality)) or not places_compatible(a, b):
        return None
    same_article = a.article_id == b.article_id
    fits = [codes_compatible(a.actor, b.actor, same_article),
            codes_compatible(a.recipient, b.recipient, same_article, kind_ok=True)]
    if not (fits[0] and (fits[1] or country_slip(a, b))):
        return None
    who = who_of(a, b)
    if not all(fits):  # a coder's slip of country: one happening on the evidence alone, as for a generic party
        if planned or when_relation(a, b) != "overlap" or "different" in who:
            return None
        shared, sim = evidence_similarity(a, b)
        return sim if shared >= COMPATIBLE_WHO[0] and sim >= COMPATIBLE_WHO[1] else None
    if planned:
        return plan_fulfilled(a, b, who)
    relation = when_relation(a, b)
    if relation is None:
        return dates_apart(a, b, who, refused)
    if same_article and a.type == b.type:
        who = one_surname(a, b, who)
    if "different" in who:
        return None
    shared, sim = evidence_similarity(a, b)
    if refused:
        ok = who[0] == "same" and relation == "overlap" and same_object(a, b)
        return sim if ok and shared >= SAME_WHO[0] and sim >= SAME_WHO[1] else None
    if a.type == b.type and once_only(a, b, who):
        return max(sim, 0.01)
    if still_not(a, b, who):
        return max(sim, 0.01)
    if relation == "recalled":
        if who != ["same", "same"] or sim == 1.0 and shared <= BARE:  # a bare mention recalls nothing by itself
            return None
        need = RECALLED
    else:
        if (told_again(a, b, who) or one_material_act(a, b, who) or talk_continued(a, b, who)
                or copied(a, b, who)):
            return max(sim, 0.01)
        codes = (a.actor.code or "") == (b.actor.code or "")
        exact = who == ["same", "same"] and codes and (a.type == b.type or same_act(a, b))
        need = SAME_WHO if exact else COMPATIBLE_WHO
    return sim if shared >= need[0] and sim >= need[1] else None
