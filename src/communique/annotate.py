"""The annotate stage: from one parse of the article, its entities with their mentions and actors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .actors.affiliations import Affiliations, has_sections, load_affiliations
from .actors.context import ContextResolver, party_words
from .actors.entities import (
    group_phrases,
    known_names,
    missed_countries,
    missed_names,
    named_actor,
    only_a_place,
    owned_institution,
    person_actor,
    place_country,
    stance_only,
)
from .actors.kb import KnowledgeBase, load_kb
from .actors.phrases import resolve_phrase
from .model import Actor, Entity, Record, Span
from .nlp.clusters import Cluster, Mention, cluster_mentions
from .nlp.perdoc import doc_text
from .nlp.titles import TitleWords, title_words
from .quotes import find_quotes

_OWNED = frozenset({"its", "their", "his", "her", "our", "my", "your"})


STATE_ORGANS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY"})
"""Sectors of the bodies and officials a possessive names as its owner's own ("its ambassador", "his ministers",
"its troops"); others ("his critics", "its prisoners") may be anyone's."""

OWNER_LABELS = {"his": ("PERSON",), "her": ("PERSON",), "its": ("GPE", "ORG", "NORP", "GROUP"),
                "their": ("GPE", "ORG", "NORP", "GROUP", "PERSON")}
"""Who a possessive may stand for: a person's ("his chancellor"), a state's or a body's ("its ambassador")."""


def _owners(doc, owned: Sequence[Entity], others: Sequence[Entity]) -> None:
    """Give each phrase "its/their/his/her X" the country of its clause's subject where that subject is an entity
    of a fitting kind with a country ("Russia recalled its ambassador": Russia's; "urged Belarus to free its
    prisoners": the one urged), with basis ``owner``. A pronoun subject ("it will pull back its forces") says no
    more than the possessive does, and "our", "my" and "your" are the speaker's: those stay unresolved."""
    for e in owned:
        labels = OWNER_LABELS.get(e.name.split()[0].lower())
        first = e.mentions[0]
        span = doc.char_span(first.start, first.end, alignment_mode="expand") if labels else None
        subj = _clause_subject(span.root) if span is not None else None
        if subj is None or subj.pos_ == "PRON":
            continue
        owner = next((o for o in others if o.label in labels and o.actor is not None and o.actor.code
                      and any(m.start <= subj.idx < m.end for m in o.mentions)), None)
        if owner is not None:
            e.actor = replace(e.actor, code=owner.actor.code, basis="owner")


def _clause_subject(tok):
    """The subject of the clause a noun belongs to: its verb's, or for an infinitive with none ("urged Belarus to
    free its prisoners") the object of the verb it completes, else that verb's subject."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None) or next(
            (c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


def _known(e: Entity) -> bool:
    """A group worth keeping says whose it is or what kind of actor it is."""
    return e.actor is not None and (e.actor.code not in (None, "UNK") or e.actor.sector not in (None, "UNK"))


def article_date(record: Record) -> dt.date | None:
    try:
        return dt.date.fromisoformat(record.article.date) if record.article and record.article.date else None
    except ValueError:
        return None


class Annotator:
    """Record with a parsed ``doc`` -> the same record with ``entities`` and ``quotes`` filled.

    Loads the knowledge base once (with the user's ``actors`` files on top)."""

    def __init__(self, actors: Sequence[str | Path] = (), kb: KnowledgeBase | None = None,
                 words: TitleWords | None = None, affiliations: Affiliations | None = None) -> None:
        mine = [a for a in actors if has_sections(a)]  # parties, institutions, outlets: see affiliations.py
        self.kb = kb or load_kb([a for a in actors if a not in mine])
        self.aff = affiliations or load_affiliations({*self.kb.countries, *self.kb.codes}, self.kb.sectors, mine)
        self.words = replace(words or title_words(), parties=party_words(self.aff))
        self.context = ContextResolver(self.kb, self.aff)

    def __call__(self, record: Record) -> Record:
        doc = record.doc
        on = article_date(record)
        clusters = cluster_mentions(doc, self.words)
        for c in clusters:
            self._relabel_place(c, on)
        clusters = self._known_names(doc, clusters, on)
        clusters += self._missed_countries(doc, clusters)
        clusters += self._missed_names(doc, clusters)
        _cut_at_dateline(doc, clusters)
        _trim_dangling_words(doc, clusters)
        # groups may hold a place or a nationality ("Ukrainian troops", "protesters in Minsk"), not a person
        # "South Korea's Cabinet", "Kenya's Police": a capitalised institution word owned by a country is that
        # country's body, a group phrase, not a name of its own
        owned = {(c.key, m.start) for c in clusters if c.label == "ORG" for m in c.mentions
                 if owned_institution(doc, m.root, m.start, m.end, self.kb)}
        taken = {i for c in clusters if c.label in ("PERSON", "ORG") for m in c.mentions
                 if (c.key, m.start) not in owned for i in _mention_tokens(doc, m)}
        group_spans = group_phrases(doc, self.kb, taken)
        in_group = {i for s, e in group_spans for i in range(s, e)}
        for c in clusters:
            if c.label == "ORG" and owned:
                c.mentions = [m for m in c.mentions if (c.key, m.start) not in owned or doc[m.root].i not in in_group]
        in_party = {i for s, e in group_spans if self.aff.party(doc[s:e].text) for i in range(s, e)}
        for c in clusters:  # a nationality inside a group is the group's, not an entity of its own
            if c.label in ("GPE", "NORP"):
                c.mentions = [m for m in c.mentions if not (doc[m.root].i in in_group and self._is_demonym(m.text))
                              and doc[m.root].i not in in_party  # "Democrats" of "the English Democrats"
                              and not stance_only(doc, m.start)]
        clusters = [c for c in clusters if c.mentions]
        clusters = self._one_cluster_per_country(clusters)
        entities: list[tuple[int, Entity]] = []
        text = doc_text(doc)  # built once: Doc.text joins every token
        pairs: list[tuple[Entity, Cluster | None]] = []
        for c in clusters:
            if c.label == "PERSON":
                actor = person_actor(c, self.kb, on, text)
                if actor is None or actor.code is None:  # "CTV's Question Period" read as a person
                    actor = named_actor(c, self.kb, on, text, self.aff) if self.aff.outlet(c.name) else actor
            else:
                actor = named_actor(c, self.kb, on, text, self.aff)
            if actor is None and c.label in ("GPE", "LOC", "FAC"):
                actor = place_country(doc, c, self.kb) or _city(c.name)  # "Cizre in southeastern Turkey", Geneva
            elif actor is not None and actor.sector == "GOV" and c.label == "GPE" and only_a_place(doc, c) and (
                    (m := self.kb.country(c.name)) is not None and m.kind == "capital"):
                actor.sector, actor.role = None, None  # "in Stockholm": a place of Sweden, not its government
            ent = Entity(id="", name=c.name, label=c.label, actor=actor,
                         mentions=[Span(m.start, m.end, m.text) for m in c.mentions])
            entities.append((c.first, ent))
            pairs.append((ent, c))
        groups: dict[str, Entity] = {}
        for s, e in group_spans:
            span = doc[s:e]
            key = " ".join(span.text.lower().split())
            if key not in groups:
                one = span.root.tag_ in ("NN", "NNP") and self.words.is_role(span.root)  # "an Argentine judge"
                actor = resolve_phrase(span.text, on=on, kb=self.kb, context=text)
                if actor is not None and actor.code:
                    actor.basis = "title"
                groups[key] = Entity(id="", name=span.text, label="PERSON" if one else "GROUP", actor=actor)
                entities.append((span.start_char, groups[key]))
                pairs.append((groups[key], None))
            groups[key].mentions.append(Span(span.start_char, span.end_char, span.text))
        # "its forces", "its ambassador": the phrase says only whose; a state organ takes its clause subject's
        # country (_owners), and a phrase still of no country is nobody's entity
        phrases = {id(e) for e in groups.values()}
        possessed = {id(e) for e in groups.values() if e.name.split()[0].lower() in _OWNED and _known(e)
                     and (e.actor is None or not e.actor.code)}
        entities = [(p, e) for p, e in entities if id(e) not in phrases or _known(e)]
        entities.sort(key=lambda pe: pe[0])
        kept = {id(e) for _, e in entities} - possessed
        self.context.resolve([(e, c) for e, c in pairs if id(e) in kept], doc, on, text)
        _owners(doc, [e for _, e in entities if id(e) in possessed and e.actor.sector in STATE_ORGANS],
                [e for _, e in entities if id(e) in kept])
        entities = [(p, e) for p, e in entities if id(e) not in possessed or e.actor.code]
        for n, (_, ent) in enumerate(entities, start=1):
            ent.id = f"e{n}"
        record.entities = [ent for _, ent in entities]
        record.quotes = find_quotes(doc, record.entities, text=text)
        return record

    def _one_cluster_per_country(self, clusters: list[Cluster]) -> list[Cluster]:
        """"Russia", "Russians" and "Russian" (in "a Russian proposal") are one entity, named as the country;
        capitals and other metonyms ("Moscow", "the Kremlin") stay apart: they are also places."""
        by_code: dict[str, Cluster] = {}
        out = []
        for c in clusters:
            match = self.kb.country(c.name) if c.label in ("GPE", "NORP") else None
            if match is None or match.kind not in ("name", "demonym"):
                out.append(c)
                continue
            into = by_code.get(match.code)
            if into is None:
                by_code[match.code] = c
                c.label, c.name = "GPE", match.name if match.kind == "demonym" else c.name
                out.append(c)
            else:
                into.mentions = sorted(into.mentions + c.mentions, key=lambda m: m.start)
                if match.kind == "name" and self.kb.country(into.name).kind != "name":
                    into.name = c.name
        return out

    def _known_names(self, doc, clusters: list[Cluster], on: dt.date | None) -> list[Cluster]:
        """Names of known organisations and people the recogniser missed, cut short or mislabelled become
        clusters of their own; the pieces it found inside them are dropped ("Liberation Tigers" + "Tamil")."""
        found = known_names(doc, self.kb, on)
        if not found:
            return clusters
        new: dict[str, Cluster] = {}
        for s, e, label in found:
            span = doc[s:e]
            a, b = span.start_char, span.end_char
            inside = [(c, m) for c in clusters for m in c.mentions if m.start < b and a < m.end]
            if any(m.start < a or m.end > b for _, m in inside):
                continue  # a longer mention holds it ("President Omar El Bashir"): the recogniser's is better
            if any((m.start, m.end) == (a, b) and c.label in (label, "GPE") for c, m in inside):
                continue  # already found as it is
            for c, m in inside:
                c.mentions.remove(m)
            name = span.text[4:] if span.text.lower().startswith("the ") else span.text
            c = new.setdefault(name.lower(), Cluster(label=label, name=name, key=f"{label}:{name.lower()}"))
            c.mentions.append(Mention(a, b, span.text, "name", span.root.i))
        return [c for c in clusters if c.mentions] + list(new.values())

    def _missed_countries(self, doc, clusters: list[Cluster]) -> list[Cluster]:
        """Country names the small model's recogniser did not tag become place clusters of their own."""
        taken = {i for c in clusters for m in c.mentions for i in _mention_tokens(doc, m)}
        out: dict[str, Cluster] = {}
        for s, e in missed_countries(doc, self.kb, taken):
            span = doc[s:e]
            c = out.setdefault(span.text, Cluster(label="GPE", name=span.text, key=f"GPE:{span.text.lower()}"))
            c.mentions.append(Mention(span.start_char, span.end_char, span.text, "name", span.root.i))
        return list(out.values())

    def _missed_names(self, doc, clusters: list[Cluster]) -> list[Cluster]:
        """Proper names in a party's place the recogniser missed: a word of a name the article gives in full joins
        it ("Gulen" of "Fethullah Gulen", "Block" of "H&R Block Inc"); a city of the gazetteer is a place; any
        other is a person (news names people by their surname after the first mention)."""
        taken = {i for c in clusters for m in c.mentions for i in _mention_tokens(doc, m)}
        by_word = {w: c for c in clusters if c.label in ("PERSON", "ORG") and " " in c.name for w in c.name.split()
                   if w[:1].isupper()}
        out: dict[str, Cluster] = {}
        for s, e in missed_names(doc, self.kb, taken):
            span = doc[s:e]
            mention = Mention(span.start_char, span.end_char, span.text, "name", span.root.i)
            if (into := by_word.get(span.text)) is not None:
                into.mentions = sorted([*into.mentions, mention], key=lambda m: m.start)
                continue
            label = "GPE" if _city(span.text) is not None else "PERSON"
            c = out.setdefault(span.text, Cluster(label=label, name=span.text, key=f"{label}:{span.text.lower()}"))
            c.mentions.append(mention)
        return list(out.values())

    def _is_demonym(self, text: str) -> bool:
        match = self.kb.country(text)
        return match is not None and match.kind == "demonym"

    def _relabel_place(self, c: Cluster, on: dt.date | None) -> None:
        """The NER's PERSON on a place the knowledge base knows ("Abu Dhabi", "Bermuda") becomes a place; so does its
        ORG on a country's own name that names no organisation ("Niger's army", "Burkina Faso's junta": the small
        model reads some countries as bodies), so that a group phrase it owns is built as after any country; and its ORG
        on a nationality alone becomes one ("a Guatemalan appeals court", "the Kazakh president"), so that the phrase
        it modifies is the group, as after any nationality."""
        if c.label == "PERSON" and not c.titles and self.kb.person(c.name, on) is None \
                and self.kb.country(c.name) is not None:
            c.label = "GPE"
        elif c.label == "ORG" and (hit := self.kb.country(c.name)) is not None and hit.kind == "name" \
                and self.kb.organisation(c.name, on) is None:
            c.label, c.key = "GPE", f"GPE:{c.name.lower()}"
        elif c.label == "ORG" and self._is_demonym(c.name) and self.kb.organisation(c.name, on) is None:
            c.label, c.key = "NORP", f"NORP:{c.name.lower()}"


def _cut_at_dateline(doc, clusters: list[Cluster]) -> None:
    """A mention the recogniser ran across the dateline's dash ("WHITE HOUSE - Congressional Democratic Party")
    keeps only what follows the dash: a dateline says where the story was filed and is no part of a name. A
    dateline names a place, never a person ("THE HAGUE, Netherlands --" is no William Hague): a person's mention
    inside it leaves the person, and a person named only there is a place."""
    from .events.setting import dateline_end

    end = dateline_end(doc)
    if not end:
        return
    text = doc_text(doc)
    for c in clusters:
        if c.label == "PERSON" and any(m.end <= end for m in c.mentions):
            if all(m.end <= end for m in c.mentions):
                c.label, c.key, c.titles = "GPE", f"GPE:{c.name.lower()}", []
            else:
                c.mentions = [m for m in c.mentions if m.end > end]
        kept = []
        for m in c.mentions:
            if m.start < end < m.end:
                start = end + len(text[end:m.end]) - len(text[end:m.end].lstrip())
                span = doc.char_span(start, m.end, alignment_mode="expand")
                if span is None or not any(t.is_alpha for t in span):
                    continue
                if c.name == m.text:
                    c.name = span.text
                m = Mention(span.start_char, span.end_char, span.text, m.kind, span.root.i)
            kept.append(m)
        c.mentions = kept
    clusters[:] = [c for c in clusters if c.mentions]


_DANGLING = frozenset({"and", "or", "of", "the", "for", "&", ",", "-", "--", "("})
"""Words a name never ends with: the recogniser runs a name into the next one's conjunction ("Doctors Without
Borders and Oxfam" -> "Doctors Without Borders and")."""


def _trim_dangling_words(doc, clusters: list[Cluster]) -> None:
    """A mention ending in a conjunction, preposition, article or dash ends before it (and the name with it)."""
    for c in clusters:
        for n, m in enumerate(c.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) < 2 or span[-1].lower_ not in _DANGLING:
                continue
            end = span.end
            while end > span.start + 1 and doc[end - 1].lower_ in _DANGLING:
                end -= 1
            cut = doc[span.start:end]
            if c.name == m.text:
                c.name = cut.text
            c.mentions[n] = Mention(cut.start_char, cut.end_char, cut.text, m.kind,
                                    m.root if cut.start <= m.root < cut.end else cut.root.i)


def _city(name: str) -> Actor | None:
    """A city of the offline gazetteer (GeoNames, over 15,000 people): its country, as a place (no sector)."""
    from .events.places import city

    hit = city(name) if name[:1].isupper() else None
    return Actor(code=hit[1], name=hit[0], basis="kb") if hit and len(hit[1]) == 3 else None


def _mention_tokens(doc, m) -> range:
    """The offsets of the tokens a mention covers (``doc.char_span`` expanded to whole tokens), without a Token
    per word; none where its characters fall outside the tokens."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)
