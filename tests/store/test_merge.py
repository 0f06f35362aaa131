"""Event merging: one happening reported by several articles is one merged event with honest counts."""

from __future__ import annotations

from .helpers import event, event_record, filler

DAY = ("2022-01-21", "2022-01-21", "day")


def _story(i: int, *events_args, **kw):
    body = filler(i, 150)
    return event_record(f"story{i}.html", body, [event(*a[0], body, **a[1]) for a in events_args], **kw)


def test_two_articles_one_meeting(store):
    store.add([_story(1, (("CONSULT", "USA", "RUS"), {"when": DAY, "place": "Geneva"})),
               _story(2, (("CONSULT", "USA", "RUS"), {"when": DAY, "place": "Geneva"}))])
    [merged] = store.events(merged=True)
    assert (merged["mentions"], merged["articles"], merged["sources"]) == (2, 2, 2)
    assert store.count_events() == 2 and store.count_events(merged=True) == 1


def test_reprint_adds_a_source_not_an_article(store):
    body = filler(5, 200)
    ev = [event("CONSULT", "USA", "RUS", body, when=DAY)]
    store.add([event_record("a.html", body, ev)])
    store.add([event_record("b.html", "GENEVA (AP) - " + body, ev)])
    [merged] = store.events(merged=True)
    assert (merged["mentions"], merged["articles"], merged["sources"]) == (1, 1, 2)


def test_what_keeps_events_apart(store):
    store.add([
        _story(1, (("CONSULT", "USA", "RUS"), {"when": DAY, "place": "Geneva"})),
        _story(2, (("CONSULT", "USA", "RUS"), {"when": ("2022-01-28", "2022-01-28", "day")})),  # a week later
        _story(3, (("CONSULT", "USA", "RUS"), {"when": DAY, "place": "Vienna"})),  # elsewhere
        _story(4, (("CONSULT", "USA", "RUS"), {"when": DAY, "modality": "negated"})),  # did not meet
        _story(5, (("CONSULT", "RUS", "USA"), {"when": DAY})),  # the other direction
        _story(6, (("CONSULT", "USA", "RUS"), {"when": ("2022-01-01", "2022-12-31", "year")})),  # too vague
    ])
    assert store.count_events(merged=True) == 6


def test_granularities_merge_when_they_overlap(store):
    month = ("2022-01-01", "2022-01-31", "month")
    store.add([_story(1, (("SANCTION", "CAN", "RUS"), {"when": month, "quad": 4})),
               _story(2, (("SANCTION", "CAN", "RUS"), {"when": DAY, "quad": 4}))])
    [merged] = store.events(merged=True)
    assert merged["mentions"] == 2
    with store.engine.connect() as conn:  # the merged event takes the more precise date
        from communique.store import schema as s
        assert conn.execute(s.event_clusters.select()).mappings().one()["granularity"] == "day"


def test_undated_report_reaches_back_to_the_event(store):
    store.add([_story(1, (("CONSULT", "USA", "RUS"), {"when": DAY})),
               _story(2, (("CONSULT", "USA", "RUS"), {"when": ("2022-01-23", "2022-01-23", "article")}))])
    assert store.count_events(merged=True) == 1


def test_coordinated_actors_become_dyads(store):
    store.add([_story(1, (("SANCTION", ["CAN", "GBR"], "RUS"), {"when": DAY, "quad": 4}))])
    assert sorted(e["actor_code"] for e in store.events(recipient="RUS")) == ["CAN", "GBR"]
    assert [a["code"] for a in store.actors()][0] == "RUS"
