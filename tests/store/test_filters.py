"""Event filters take the user's words literally: % and _ are characters, not LIKE wildcards."""

from __future__ import annotations

from .helpers import event, event_record, filler

DAY = ("2022-01-21", "2022-01-21", "day")


def test_text_filter_escapes_like_wildcards(store):
    bodies = ["Canada raised tariffs on Russian steel by 50% in reply.",
              "Canada raised tariffs on Russian steel by 50 points.",
              "Canada named the file tariff_list in its notice to Russia."]
    store.add([event_record(f"s{i}.html", b + "\n\n" + filler(i), [event("SANCTION", "CAN", "RUS", b, when=DAY)])
               for i, b in enumerate(bodies)])
    assert store.count_events() == 3
    assert [e["evidence"]["text"] for e in store.events(text="50%")] == [bodies[0]]
    assert store.count_events(text="%") == 1 and store.count_events(text="_") == 1
    assert store.count_events(text="tariff_list") == 1 and store.count_events(text="tariffXlist") == 0
    assert store.count_events(article="%") == 0  # an id prefix, not a pattern
