"""The annotate stage: from one parse of the article, its entities with their mentions and actors."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from .actors.entities import (
    group_phrases,
    known_names,
    missed_countries,
    named_actor,
    person_actor,
    place_country,
    stance_only,
)
from .actors.kb import KnowledgeBase, load_kb
from .actors.phrases import resolve_phrase
from .model import Entity, Record, Span
from .nlp.clusters import Cluster, Mention, cluster_mentions
from .nlp.quotemarks import inside, quote_regions
from .nlp.titles import TitleWords, title_words
from .quotes import find_quotes

_POSTING = re.compile(r"\b(?:to|in)\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s?){1,4})")


SPEAKS_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "consul", "diplomat",
                        "press", "representative", "emissary", "attache", "chargé", "charge"})
"""Roles held on behalf of a government: their holder's country is the one the article ties them to."""


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
                 words: TitleWords | None = None) -> None:
        self.kb = kb or load_kb(actors)
        self.words = words or title_words()

    def __call__(self, record: Record) -> Record:
        doc = record.doc
        on = article_date(record)
        clusters = cluster_mentions(doc, self.words)
        for c in clusters:
            self._relabel_place(c, on)
        clusters = self._known_names(doc, clusters, on)
        clusters += self._missed_countries(doc, clusters)
        # groups may hold a place or a nationality ("Ukrainian troops", "protesters in Minsk"), not a person
        taken = {t.i for c in clusters if c.label in ("PERSON", "ORG") for m in c.mentions
                 for t in doc.char_span(m.start, m.end, alignment_mode="expand") or []}
        group_spans = group_phrases(doc, self.kb, taken)
        in_group = {i for s, e in group_spans for i in range(s, e)}
        for c in clusters:  # a nationality inside a group is the group's, not an entity of its own
            if c.label in ("GPE", "NORP"):
                c.mentions = [m for m in c.mentions if not (doc[m.root].i in in_group and self._is_demonym(m.text))
                              and not stance_only(doc, m.start)]
        clusters = [c for c in clusters if c.mentions]
        clusters = self._one_cluster_per_country(clusters)
        entities: list[tuple[int, Entity]] = []
        text = doc.text  # built once: Doc.text joins every token
        for c in clusters:
            resolve = person_actor if c.label == "PERSON" else named_actor
            actor = resolve(c, self.kb, on, text)
            if actor is None and c.label in ("GPE", "LOC", "FAC"):
                actor = place_country(doc, c, self.kb)  # "the town of Cizre in southeastern Turkey"
            entities.append((c.first, Entity(id="", name=c.name, label=c.label, actor=actor,
                                             mentions=[Span(m.start, m.end, m.text) for m in c.mentions])))
        groups: dict[str, Entity] = {}
        for s, e in group_spans:
            span = doc[s:e]
            key = " ".join(span.text.lower().split())
            if key not in groups:
                one = span.root.tag_ in ("NN", "NNP") and self.words.is_role(span.root)  # "an Argentine judge"
                groups[key] = Entity(id="", name=span.text, label="PERSON" if one else "GROUP",
                                     actor=resolve_phrase(span.text, on=on, kb=self.kb, context=text))
                entities.append((span.start_char, groups[key]))
            groups[key].mentions.append(Span(span.start_char, span.end_char, span.text))
        phrases = {id(e) for e in groups.values()}
        entities = [(p, e) for p, e in entities if id(e) not in phrases or _known(e)]
        entities.sort(key=lambda pe: pe[0])
        self._home_countries([e for _, e in entities], doc)
        for n, (_, ent) in enumerate(entities, start=1):
            ent.id = f"e{n}"
        record.entities = [ent for _, ent in entities]
        record.quotes = find_quotes(doc, record.entities)
        return record

    def _home_countries(self, entities: list[Entity], doc) -> None:
        """A person whose title gives a role but no country gets one from the article, outside quotations:
        - one who speaks or serves abroad for a government ("spokesperson Maeva Proteau", "Ambassador to
          Canada Oleg Stepanov"): the country named nearest before them other than their posting, else
          the country the article names most;
        - any other office holder ("President Prosper Avril ... in Haiti"): the country of their sentence
          when it names exactly one. Otherwise the country stays unknown: a guess would mislead."""
        text = doc.text
        quotes = quote_regions(text)
        marks = sorted((m.start, e.actor.code) for e in entities if e.actor and e.actor.code in self.kb.countries
                       for m in e.mentions if inside(m.start, quotes) is None)
        tally = Counter(code for _, code in marks)
        for e in entities:
            if e.label != "PERSON" or e.actor is None or e.actor.code or not e.actor.role:
                continue
            first = e.mentions[0]
            posting = {c.code for c in (self.kb.country(m.group(1)) for m in _POSTING.finditer(first.text)) if c}
            if posting or e.actor.role.lower().split()[0] in SPEAKS_FOR:
                para = text.rfind("\n\n", 0, first.start)
                window = text.rfind("\n\n", 0, para) if para > 0 else 0  # this paragraph and the one before
                before = [code for pos, code in marks if max(0, window) <= pos < first.start and code not in posting]
                e.actor.code = before[-1] if before else next(
                    (c for c, _ in tally.most_common() if c not in posting), None)
                continue
            span = doc.char_span(first.start, first.end, alignment_mode="expand")
            if span is None:
                continue
            sent = span.sent
            own = {m.start for m in e.mentions}
            codes = {code for pos, code in marks if sent.start_char <= pos < sent.end_char and pos not in own}
            if len(codes) == 1:
                e.actor.code = codes.pop()

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
        taken = {t.i for c in clusters for m in c.mentions
                 for t in (doc.char_span(m.start, m.end, alignment_mode="expand") or [])}
        out: dict[str, Cluster] = {}
        for s, e in missed_countries(doc, self.kb, taken):
            span = doc[s:e]
            c = out.setdefault(span.text, Cluster(label="GPE", name=span.text, key=f"GPE:{span.text.lower()}"))
            c.mentions.append(Mention(span.start_char, span.end_char, span.text, "name", span.root.i))
        return list(out.values())

    def _is_demonym(self, text: str) -> bool:
        match = self.kb.country(text)
        return match is not None and match.kind == "demonym"

    def _relabel_place(self, c: Cluster, on: dt.date | None) -> None:
        """The NER's PERSON on a place the knowledge base knows ("Abu Dhabi", "Bermuda") becomes a place."""
        if c.label == "PERSON" and not c.titles and self.kb.person(c.name, on) is None \
                and self.kb.country(c.name) is not None:
            c.label = "GPE"
