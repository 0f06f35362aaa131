"""Mention clusters: every way an article refers to one person, organisation or place.

No coreference package runs offline here, so this is written for news prose:
- names: "Melanie Joly", "Joly", "Minister Joly", "Your excellency Joly", "[Sergei] Lavrov"
  (editorial brackets) share a surname key, and a surname joins the latest full name;
- titles and appositions: "Canada's Foreign Affairs Minister Melanie Joly", "Canada's foreign
  minister, Melanie Joly" widen the mention and say who the person is;
- role nouns: "the minister", "my minister" join the nearest person who carries that title;
- pronouns: "he", "she" join the nearest compatible person, preferring the subject of the
  clause or sentence before, and never a mention inside a quotation from outside it;
- organisations and places: the same name, or an acronym of it ("OSCE"), is one cluster.
The NER of a small model mislabels names ("Joly" as GPE, "Lavrov" as ORG); a name that is a
person anywhere in the article is a person everywhere in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .perdoc import doc_text, lower_forms, noun_chunk_bounds
from .quotemarks import inside, quote_regions
from .titles import TitleWords, gender_of_title, title_after, title_before, title_words

NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
ROLE_DETERMINERS = frozenset({"the", "my", "our", "his", "her", "their", "this", "that", "your", "its"})
_STOP_INITIALS = frozenset({"of", "for", "and", "in", "the", "on", "de", "du", "des", "la", "le", "&"})


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | title | apposition | role | pronoun
    root: int  # token index of the mention's head

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Cluster:
    label: str
    name: str
    key: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    gender: str | None = None

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


@lru_cache(maxsize=65536)  # pure; a name is normalised once per cluster it is compared with
def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("[", "").replace("]", "")
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    text = re.sub(r"'s$", "", text)
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def _acronym(name: str) -> str:
    words = name.split()
    return "".join(w[0] for w in words if w and w.lower() not in _STOP_INITIALS and w[0].isalpha()).upper()


_PARTICLE_INITIALS = frozenset({"de", "del", "do", "da", "di", "du", "des"})
"""Particles whose initial Spanish, Portuguese, Italian and French acronyms keep ("PDVSA": Petroleos de Venezuela
S.A.)."""
_LEGAL_FORMS = ("", "SA", "SPA", "AG", "NV", "AB")
"""Legal forms an acronym may end in though the recogniser leaves them out of the name ("PDVSA")."""


@lru_cache(maxsize=65536)  # pure; asked of every pair of names of one label in an article
def _acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name``: its initials, or (written in capitals) its initials with
    those of particles ("de") and a legal form ("SA") after them."""
    if _acronym(name) == short.upper():
        return True
    if len(short) < 3 or not (short.isupper() and short.isalpha()):
        return False
    words = [w for w in name.split() if w and w[0].isalpha() and (w.lower() not in _STOP_INITIALS
                                                                   or w.lower() in _PARTICLE_INITIALS)]
    initials = "".join(w[0] for w in words).upper()
    return any(short in (_acronym(name) + f, initials + f) for f in _LEGAL_FORMS)


class _Builder:
    def __init__(self, doc, words: TitleWords) -> None:
        self.doc = doc
        self.words = words
        self.clusters: list[Cluster] = []
        self.person_by_key: dict[str, list[Cluster]] = {}
        self.taken: set[int] = set()  # token indices already inside a mention
        self.regnal: set[int] = set()  # ids of clusters named by a monarch's or prince's one name
        self.quotes = quote_regions(doc_text(doc))

    # -- names ------------------------------------------------------------------------------
    def name_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, label) of named mentions, newline-trimmed, leading 'the' and titles dropped."""
        out = []
        for ent in self.doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            s, e = ent.start, ent.end
            for k in range(s, e):  # an entity never crosses a paragraph break
                if "\n" in self.doc[k].text or "\n" in self.doc[k].whitespace_:
                    if k + 1 - s >= 1 and "\n" in self.doc[k].text:
                        s = k + 1
                    elif "\n" in self.doc[k].whitespace_:
                        e = k + 1 if k + 1 <= e else e
                        break
            while s < e and (self.doc[s].lower_ == "the" or self.doc[s].is_punct):
                s += 1
            while s < e and ent.label_ == "PERSON" and self.words.in_title(self.doc[s]) and e - s > 1:
                s += 1
            while e > s and (self.doc[e - 1].tag_ == "POS" or self.doc[e - 1].is_punct):
                e -= 1
            if ent.label_ == "PERSON" and self._only_a_title(s, e):
                continue  # "the British Prime Minister", "the Democratic Speaker": a role, not a name
            if s < e:
                out.append((s, e, ent.label_))
        return self._spelled_out_organisations(out)

    def _only_a_title(self, s: int, e: int) -> bool:
        toks = self.doc[s:e]
        return any(self.words.is_role(t) for t in toks) and all(
            self.words.in_title(t) or (t.tag_ in ("JJ", "NNP") and t.is_title and t.pos_ in ("ADJ", "PROPN")
                                       and t.lower_.endswith(("ic", "an", "ish", "ese", "ive", "al", "i")))
            or t.lower_ in self.words.parties for t in toks)

    def _spelled_out_organisations(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """'Organization for Security and Co-operation' + 'in Europe' is one name when the article also
        uses its acronym 'OSCE' (the NER often stops such names at the place)."""
        doc = self.doc
        acronyms = {doc[s:e].text for s, e, label in spans if label == "ORG" and doc[s:e].text.isupper()}
        starts = {s: (s, e, label) for s, e, label in spans}
        out, skip = [], set()
        for s, e, label in spans:
            if (s, e, label) in skip:
                continue
            nxt = starts.get(e + 1)
            if (label == "ORG" and nxt and nxt[2] in ("LOC", "GPE") and doc[e].lower_ in ("in", "of", "for")
                    and _acronym(doc[s:nxt[1]].text) in acronyms):
                out.append((s, nxt[1], label))
                skip.add(nxt)
            else:
                out.append((s, e, label))
        return out

    def person_like(self, s: int, e: int, label: str) -> bool:
        if label == "PERSON":
            return True
        if label in ("NORP", "GPE") or all(self.words.in_title(t) for t in self.doc[s:e]):
            return False
        first, has_role = title_before(self.doc, s, self.words)
        if not has_role:
            return False
        # a role before a single capitalised word or two: "spokesperson Maeva Proteau", "Minister Joly"
        return e - s <= 3 and all(t.is_title for t in self.doc[s:e])

    def first_names(self, s: int) -> int:
        """Extend a name left over given names the NER left out, in editorial brackets or not:
        "[Sergei] Lavrov", "Oleg Stepanov" when only "Stepanov" was found."""
        doc, i = self.doc, s
        while i > doc[s].sent.start:
            if i - 3 >= 0 and doc[i - 1].text == "]" and doc[i - 3].text == "[":
                t, step = doc[i - 2], 3
            else:
                t, step = doc[i - 1], 1
            if (not t.is_title or t.pos_ != "PROPN" or self.words.in_title(t) or "\n" in t.whitespace_
                    or t.ent_type_ in ("GPE", "NORP", "ORG", "LOC")):
                break
            i -= step
        return i

    def add_person_mention(self, s: int, e: int) -> None:
        doc = self.doc
        name_start = self.first_names(s)
        key = doc[e - 1].lower_
        full = " ".join(re.sub(r"[\[\]]", " ", doc[name_start:e].text).split())
        first, has_role = title_before(doc, name_start, self.words)
        regnal = has_role and len(full.split()) == 1 and any(
            doc[k].lower_.rstrip(".") in self.words.regnal for k in range(first, name_start))
        gender = gender_of_title(doc, first, name_start, self.words) if has_role else None
        cluster = self._person_cluster(key, full, regnal, gender)
        span_start = first if has_role else name_start
        text = doc[span_start:e].text
        cluster.mentions.append(Mention(doc[span_start].idx, doc[e - 1].idx + len(doc[e - 1]), text,
                                        "title" if has_role else "name", e - 1))
        if has_role:
            after = title_after(doc, e)
            cluster.titles.append(doc[first:name_start].text + (" " + doc[e:after].text if after > e else ""))
            cluster.gender = cluster.gender or gender
        if len(full.split()) > len(cluster.name.split()):
            cluster.name = full
        self.taken.update(range(span_start, e))
        self._apposition(cluster, e - 1)

    def _person_cluster(self, key: str, full: str, regnal: bool = False, gender: str | None = None) -> Cluster:
        """The person a name mention belongs to. Two names sharing a part are one person only when the rest
        agrees: a king's, queen's or prince's one name ("Prince Charles") is theirs, not a surname nor the
        given name of someone else ("Charles Kennedy"); a title of the other gender ("Mrs Blair" after
        "Mr Blair") or another given name ("Cherie Blair" after "Tony Blair") is someone else."""
        # candidates must agree on being a regnal name and on gender where both are known
        candidates = [c for c in self.person_by_key.get(key, []) if (id(c) in self.regnal) == regnal
                      and not (gender and c.gender and gender != c.gender)]
        words = full.split()
        if len(words) == 1 and candidates:
            # news keeps the bare surname for the person it is about and names a relative or namesake in full
            # ("Hunter Biden" in a story about Joe Biden): the one named most so far, the latest among equals
            return max(candidates, key=lambda c: (len(c.mentions), max(m.start for m in c.mentions)))
        for c in reversed(candidates):
            if c.name == full or len(c.name.split()) == 1 or _compatible(c.name, full):
                return c
        people = [c for c in self.clusters if c.label == "PERSON" and id(c) not in self.regnal
                  and not (gender and c.gender and gender != c.gender)]
        if len(words) == 1 and not regnal:  # a given name alone ("Alan" after "Alan Kurdi") joins the one
            same_first = [c for c in people if c.name.split()[0] == full]  # person it names
            if len(same_first) == 1:
                return same_first[0]
        elif len(words) > 1:  # "Amy Berman" and "Amy Berman Jackson" (two names of two words or more)
            for c in people:
                if len(c.name.split()) > 1 and (c.name.startswith(full + " ") or full.startswith(c.name + " ")):
                    self.person_by_key.setdefault(key, []).append(c)
                    return c
        c = Cluster(label="PERSON", name=full, key=key, gender=gender)
        if regnal:
            self.regnal.add(id(c))
        self.clusters.append(c)
        self.person_by_key.setdefault(key, []).append(c)
        return c

    def _apposition(self, cluster: Cluster, root: int) -> None:
        """'Canada's foreign minister, Melanie Joly' and 'Melanie Joly, Canada's foreign minister'."""
        doc = self.doc
        tok = doc[root]
        partner = None
        if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN") and self.words.is_role(tok.head):
            partner = tok.head
        else:
            partner = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                            and self.words.is_role(c)), None)
        if partner is None:
            return
        before = partner.i == tok.head.i  # the role comes first: "Kenya's trade minister, Grace Wanjiru"
        own = {t.i for t in tok.subtree} if before else set()
        idx = [t.i for t in partner.subtree if t.i not in own and not t.is_punct]
        if before:
            idx = [i for i in idx if i < min(own)] or idx
        if not idx:
            return
        s, e = min(idx), max(idx) + 1
        if any(i in self.taken for i in range(s, e)):
            return
        span = doc[s:e]
        cluster.mentions.append(Mention(span.start_char, span.end_char, span.text, "apposition", partner.i))
        cluster.titles.append(span.text)
        self.taken.update(range(s, e))

    # -- organisations and places -----------------------------------------------------------------
    def add_named(self, s: int, e: int, label: str) -> None:
        span = self.doc[s:e]
        text = span.text
        name = _norm(text)
        key = f"{label}:{name.lower()}"
        cluster = next((c for c in self.clusters if c.label == label and (
            c.key == key or _acronym_of(name, c.name) or _acronym_of(c.name, name)
        )), None)
        if cluster is None:
            cluster = Cluster(label=label, name=name, key=key)
            self.clusters.append(cluster)
        elif len(name) > len(cluster.name) and _acronym_of(cluster.name, name):
            cluster.name = name  # prefer the spelled-out name to its acronym
        cluster.mentions.append(Mention(span.start_char, span.end_char, text, "name", span.root.i))
        self.taken.update(range(s, e))

    # -- role nouns and pronouns --------------------------------------------------------------------
    def persons_before(self, pos: int) -> list[tuple[Mention, Cluster]]:
        out = [(m, c) for c in self.clusters if c.label == "PERSON" for m in c.mentions if m.end <= pos]
        return sorted(out, key=lambda mc: mc[0].start)

    def add_role_nouns(self) -> None:
        for cs, ce, head in noun_chunk_bounds(self.doc):
            root = self.doc[head]
            if not self.words.is_role(root):
                continue
            chunk = self.doc[cs:ce]
            if any(t.pos_ == "PROPN" for t in chunk):
                continue
            if chunk[0].lower_ not in ROLE_DETERMINERS or any(t.i in self.taken for t in chunk):
                continue
            if root.tag_ in ("NNS", "NNPS"):
                continue
            lemma = root.lemma_.lower().replace("-", " ")  # "the secretary-general" of "Secretary General Rutte"
            for _m, c in reversed(self.persons_before(chunk.start_char)):
                if any(lemma in t.lower().replace("-", " ") for t in c.titles):
                    c.mentions.append(Mention(chunk.start_char, chunk.end_char, chunk.text, "role", root.i))
                    self.taken.update(range(chunk.start, chunk.end))
                    break

    def add_pronouns(self) -> None:
        """Two passes: pronouns with a single candidate first (they tell each person's gender), then the rest."""
        pending = [self.doc[i] for i, w in enumerate(lower_forms(self.doc)) if w in PRONOUNS and i not in self.taken]
        for only_unambiguous in (True, False):
            rest = []
            for tok in pending:
                gender = PRONOUNS[tok.lower_]
                candidates = self._antecedents(tok, gender)
                if not candidates or (only_unambiguous and len({id(c) for c in candidates}) > 1):
                    rest.append(tok)
                    continue
                target = candidates[0]
                target.mentions.append(Mention(tok.idx, tok.idx + len(tok), tok.text, "pronoun", tok.i))
                target.gender = target.gender or gender
            pending = rest

    def _antecedents(self, tok, gender: str) -> list[Cluster]:
        """Compatible people before ``tok``, best first."""
        doc = self.doc
        sent = tok.sent
        sents = list(doc.sents)
        si = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
        window_start = sents[max(0, si - 2)].start_char
        region = inside(tok.idx, self.quotes)
        scored = []
        for m, c in self.persons_before(tok.idx):
            if m.start < window_start or (c.gender and c.gender != gender):
                continue
            if m.kind == "pronoun" and c.gender is None:
                continue
            m_region = inside(m.start, self.quotes)
            if region is None and m_region is not None:
                continue  # from outside a quotation, do not reach into it
            if region is not None and m_region is not None and m_region != region:
                continue
            head = doc[m.root]
            is_subject = head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ in ("compound", "appos") and head.head.dep_ in ("nsubj", "nsubjpass"))
            same_sentence = sent.start_char <= m.start
            score = (2 if same_sentence else 0) + (2 if is_subject else 0) + (1 if same_sentence and not is_subject
                                                                               else 0)
            scored.append(((score, m.start), c))
        return [c for _, c in sorted(scored, key=lambda sc: sc[0], reverse=True)]


def _compatible(a: str, b: str) -> bool:
    """Two full names of one person: same surname and first names that agree or are initials."""
    ta, tb = a.split(), b.split()
    if ta[-1].lower() != tb[-1].lower():
        return False
    fa, fb = ta[0].rstrip("."), tb[0].rstrip(".")
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def cluster_mentions(doc, words: TitleWords | None = None) -> list[Cluster]:
    """All mention clusters of a parsed article, in order of first mention."""
    b = _Builder(doc, words or title_words())
    spans = b.name_spans()
    persons = [(s, e) for s, e, label in spans if b.person_like(s, e, label)]
    person_keys = {doc[e - 1].lower_ for s, e in persons} | {
        doc[s:e].text.lower() for s, e in persons}
    # a name that is a person anywhere is a person everywhere; bare tokens the NER missed count too
    covered = set()
    for s, e, label in spans:
        if (s, e) in persons or (label != "NORP" and (doc[e - 1].lower_ in person_keys and e - s <= 3
                                                        and all(t.is_title for t in doc[s:e]))):
            covered.update(range(s, e))
    lowercase_words: set[str] | None = None  # the words written in lower case, read only when needed
    extra = []
    for i, w in enumerate(lower_forms(doc)):  # the few tokens that are a person's key, picked without a Token each
        if w not in person_keys or i in covered or not (t := doc[i]).is_title:
            continue
        if t.pos_ == "PROPN":
            extra.append((i, i + 1))
        elif t.pos_ in ("NOUN", "X"):
            if lowercase_words is None:
                lowercase_words = {u.text for u in doc if u.is_lower}
            if w not in lowercase_words:
                extra.append((i, i + 1))
    people = sorted({*(x for x in persons), *extra,
                     *((s, e) for s, e, label in spans if set(range(s, e)) <= covered)})
    for s, e in people:
        if not any(i in b.taken for i in range(s, e)):
            b.add_person_mention(s, e)
    for s, e, label in spans:
        if not any(i in b.taken for i in range(s, e)):
            b.add_named(s, e, label)
    b.add_role_nouns()
    b.add_pronouns()
    for c in b.clusters:
        c.mentions.sort(key=lambda m: m.start)
    return sorted(b.clusters, key=lambda c: c.first)


_EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "become", "remain", "look", "happen", "turn"})
_HEARSAY_VERBS = frozenset({"think", "understand", "say", "believe", "expect", "report", "know", "fear", "hope",
                            "estimate", "rumour", "rumor", "allege", "claim", "feel", "consider", "suggest",
                            "suppose", "assume", "argue", "predict", "anticipate", "learn", "hear", "note"})


def expletive_it(tok) -> bool:
    """Whether "it" is a dummy subject that refers to nobody: "It is thought that ...", "It is understood ...",
    "it seems ...", "It is clear that ...", "it was raining". Such an "it" is never a person, an entity's
    mention or a speaker (English grammar: extraposition and impersonal passives of verbs of saying/thinking)."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lemma = head.lemma_.lower()
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj", "csubjpass") or (c.dep_ == "mark" and c.lower_ == "that")
                 for c in head.children)
    if lemma in _HEARSAY_VERBS:  # "It is thought (that) ...", "it is understood the whips ..."; not the raising
        passive = any(c.dep_ == "auxpass" for c in head.children) or tok.dep_ == "nsubjpass"  # "it is expected
        return passive and any(c.dep_ == "ccomp" for c in head.children)                   # to pass": the bill
    if lemma in ("seem", "appear"):
        return True
    if lemma in _EXPLETIVE_VERBS or head.pos_ == "ADJ":  # "it is clear that ...", "it is likely to ..."
        return clause or any(c.dep_ == "acomp" and any(g.dep_ in ("ccomp", "xcomp") for g in c.children)
                             for c in head.children)
    return False
