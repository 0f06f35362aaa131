"""Records built by hand for store tests: the store is under test here, not the pipeline."""

from __future__ import annotations

from communique.model import Article, Event, Party, Record, Span, When, Where, article_id

WORDS = [
    "minister",
    "ambassador",
    "talks",
    "border",
    "troops",
    "sanctions",
    "officials",
    "meeting",
    "capital",
    "invitation",
    "summit",
    "crisis",
    "government",
    "statement",
    "agreement",
    "week",
    "president",
    "foreign",
    "defence",
    "army",
    "police",
    "court",
    "rebels",
]


def filler(seed: int, n: int = 120) -> str:
    """A distinct body of ``n`` words: different seeds share almost no 5-word shingles."""
    return (
        " ".join(f"{WORDS[(seed * 7 + i * (seed % 5 + 3)) % len(WORDS)]}{(seed * 31 + i) % 97}" for i in range(n)) + "."
    )


def rec(source: str, body: str, **kw) -> Record:
    return Record(
        source=source,
        article=Article(
            id=article_id(body),
            title=kw.get("title", "T"),
            text=body,
            date=kw.get("date"),
            url=kw.get("url"),
            site=kw.get("site"),
        ),
    )


def event(
    type_: str,
    actor: str | list[str],
    recipient: str | list[str] | None,
    body: str,
    *,
    when: tuple[str, str, str] | None = None,
    place: str | None = None,
    modality: str = "asserted",
    quad: int = 1,
    score: float = 1.0,
    names: dict[str, str] | None = None,
) -> Event:
    """An event whose evidence is the body's first sentence; ``names`` gives parties names by code."""
    names = names or {}
    actors = [actor] if isinstance(actor, str) else actor
    recipients = [] if recipient is None else [recipient] if isinstance(recipient, str) else recipient
    end = body.find(".") + 1 or len(body)
    return Event(
        type=type_,
        actor=[Party(name=names.get(c, f"{c} officials"), code=c, sector="GOV") for c in actors],
        recipient=[Party(name=names.get(c, c), code=c) for c in recipients],
        evidence=Span(0, end, body[:end]),
        cameo="04",
        quad=quad,
        score=score,
        modality=modality,
        when=When(*when, text="then") if when else None,
        where=Where(place, "CHE", 46.2, 6.14) if place else None,
        confidence=0.9,
    )


def event_record(source: str, body: str, events: list[Event], **kw) -> Record:
    r = rec(source, body, **kw)
    r.stage = "events"
    r.events = events
    return r


def reopened(store):
    """Close ``store`` and open it again by its URL (how a later run meets a store an older version wrote)."""
    from communique.store import open_store

    url = store.engine.url.render_as_string(hide_password=False)
    store.close()
    return open_store(url.replace("sqlite:///", "").replace("postgresql+psycopg://", "postgresql://"))


def ruiz_story(i: int, type_: str, said: str, word: str, modality: str, day: str) -> Record:
    """A story (``filler(i)`` after the sentence ``said``) with one event of Ana Ruiz's (ESP) of ``type_``, coded
    with ``modality`` on ``day``, its trigger ``word`` in the sentence: the modality readings find the act by it."""
    body = said + "\n\n" + filler(i, 150)
    ev = event(type_, "ESP", None, body, when=(day, day, "article"), modality=modality, names={"ESP": "Ana Ruiz"})
    at = body.index(word)
    ev.trigger = Span(at, at + len(word), word)
    return event_record(f"story{i}.html", body, [ev], date=day)
