"""Event merging: one happening reported by several articles is one merged event with honest counts; the same
codes are not the same happening (merging by who, not by flag)."""

from __future__ import annotations

from communique.model import Span
from communique.store import schema as s
from communique.store.same_event import Side, same_party

from .helpers import event, event_record, filler

DAY = ("2022-01-21", "2022-01-21", "day")
GENEVA = "Blinken met Lavrov in Geneva for talks on Ukraine and the troops massed at its border."
GENEVA_AGAIN = "In Geneva, Blinken held talks with Lavrov about the troops Russia massed on the Ukraine border."


def _story(i: int, said: str, *events_args, **kw):
    body = said + "\n\n" + filler(i, 150)
    return event_record(f"story{i}.html", body, [event(*a[0], body, **a[1]) for a in events_args], **kw)


def _triggers(body: str, *pairs) -> None:
    """Each event's trigger at its word's first place in the body."""
    for ev, word in pairs:
        at = body.index(word)
        ev.trigger = Span(at, at + len(word), word)


def test_two_articles_one_meeting(store):
    store.add([_story(1, GENEVA, (("CONSULT", "USA", "RUS"), {"when": DAY, "place": "Geneva"})),
               _story(2, GENEVA_AGAIN, (("CONSULT", "USA", "RUS"), {"when": DAY, "place": "Geneva"}))])
    [merged] = store.events(merged=True)
    assert (merged["mentions"], merged["articles"], merged["sources"]) == (2, 2, 2)
    assert store.count_events() == 2 and store.count_events(merged=True) == 1


def test_rows_carry_their_own_counts(store):
    store.add([_story(1, GENEVA, (("CONSULT", "USA", "RUS"), {"when": DAY})),
               _story(2, GENEVA_AGAIN, (("CONSULT", "USA", "RUS"), {"when": DAY}))])
    rows = store.events()
    assert [(r["mentions"], r["articles"], r["sources"]) for r in rows] == [(1, 1, 1), (1, 1, 1)]
    assert sum(r["mentions"] for r in rows) == 2 == sum(r["mentions"] for r in store.events(merged=True))


def test_reprint_adds_a_source_not_an_article(store):
    body = GENEVA + "\n\n" + filler(5, 200)
    ev = [event("CONSULT", "USA", "RUS", body, when=DAY)]
    store.add([event_record("a.html", body, ev)])
    store.add([event_record("b.html", "GENEVA (AP) - " + body, ev)])
    [merged] = store.events(merged=True)
    assert (merged["mentions"], merged["articles"], merged["sources"]) == (1, 1, 2)
    [row] = store.events()
    assert (row["mentions"], row["sources"]) == (1, 2)  # a row's own sources: its story's reprints


def test_what_keeps_events_apart(store):
    store.add([
        _story(1, GENEVA, (("CONSULT", "USA", "RUS"), {"when": DAY, "place": "Geneva"})),
        _story(2, GENEVA_AGAIN, (("CONSULT", "USA", "RUS"), {"when": ("2022-02-28", "2022-02-28", "day")})),
        _story(3, GENEVA_AGAIN, (("CONSULT", "USA", "RUS"), {"when": DAY, "place": "Vienna"})),  # elsewhere
        _story(4, GENEVA_AGAIN, (("CONSULT", "USA", "RUS"), {"when": DAY, "modality": "negated"})),  # did not meet
        _story(5, GENEVA_AGAIN, (("CONSULT", "RUS", "USA"), {"when": DAY})),  # the other direction
        _story(6, GENEVA_AGAIN, (("CONSULT", "USA", "RUS"), {"when": ("2022-01-01", "2022-12-31", "year")})),
    ])
    assert store.count_events(merged=True) == 6


def test_same_codes_are_not_the_same_happening(store):
    """Blair on e-mail retention and the SNP on care funding are both GBR -> GBR REQUEST on one day."""
    when = ("2005-03-01", "2005-03-01", "article")
    store.add([
        _story(1, "Tony Blair called on internet firms to keep e-mail records for a year.",
               (("REQUEST", "GBR", None), {"when": when, "names": {"GBR": "Tony Blair"}})),
        _story(2, "The SNP demanded more money for free personal care for the elderly.",
               (("REQUEST", "GBR", None), {"when": when, "names": {"GBR": "Scottish National Party"}})),
        _story(3, "Tony Blair urged voters to back the party on health spending.",
               (("REQUEST", "GBR", None), {"when": when, "names": {"GBR": "Tony Blair"}})),  # same who, other words
    ])
    assert store.count_events(merged=True) == 3


def test_an_undated_mention_recalls_the_event(store):
    """'a few days after Trump declared a national emergency' is the declaration of a week before."""
    store.add([
        _story(1, "President Donald Trump declared a national emergency over the coronavirus outbreak.",
               (("COERCE", "USA", None), {"when": ("2020-03-13", "2020-03-13", "day"),
                                          "names": {"USA": "Donald Trump"}})),
        _story(2, "Weeks after President Trump declared a national emergency over the coronavirus outbreak, "
                  "schools stayed shut.",
               (("COERCE", "USA", None), {"when": ("2020-04-20", "2020-04-20", "article"),
                                          "names": {"USA": "Trump"}})),
    ])
    [merged] = store.events(merged=True)
    assert merged["mentions"] == 2
    with store.engine.connect() as conn:  # the merged event keeps the dated mention's date
        assert conn.execute(s.event_clusters.select()).mappings().one()["start"] == "2020-03-13"


def test_granularities_merge_when_they_overlap(store):
    month = ("2022-01-01", "2022-01-31", "month")
    said = "Canada imposed sanctions on Russian officials over the troops at the Ukraine border."
    store.add([_story(1, said, (("SANCTION", "CAN", "RUS"), {"when": month, "quad": 4})),
               _story(2, said.replace("imposed", "announced"), (("SANCTION", "CAN", "RUS"), {"when": DAY, "quad": 4}))])
    [merged] = store.events(merged=True)
    assert merged["mentions"] == 2
    with store.engine.connect() as conn:  # the merged event takes the more precise date
        assert conn.execute(s.event_clusters.select()).mappings().one()["granularity"] == "day"


def test_undated_report_reaches_back_to_the_event(store):
    store.add([_story(1, GENEVA, (("CONSULT", "USA", "RUS"), {"when": DAY})),
               _story(2, GENEVA_AGAIN, (("CONSULT", "USA", "RUS"), {"when": ("2022-01-23", "2022-01-23", "article")}))])
    assert store.count_events(merged=True) == 1


def test_coordinated_actors_become_dyads(store):
    store.add([_story(1, GENEVA, (("SANCTION", ["CAN", "GBR"], "RUS"), {"when": DAY, "quad": 4}))])
    assert sorted(e["actor_code"] for e in store.events(recipient="RUS")) == ["CAN", "GBR"]
    assert [a["code"] for a in store.actors()][0] == "RUS"


def test_who_is_who():
    def side(name, code="USA", sector=None, entity=None):
        return Side(code, name, sector, entity)

    assert same_party(side("Joe Biden"), side("Biden"), False) == "same"  # a form of one name
    assert same_party(side("Joe Biden"), side("Hunter Biden"), False) == "different"
    assert same_party(side("African Union", "IGO"), side("AU", "IGO"), False) == "same"  # an acronym
    assert same_party(side("United States military forces", sector="MIL"), side("U.S. military", sector="MIL"),
                      False) == "same"  # two generic names of one country's military
    assert same_party(side("the U.S. military", sector="MIL"), side("Jim Mattis", sector="MIL"),
                      False) == "compatible"
    assert same_party(side("he", entity="e3"), side("Donald Trump", entity="e3"), True) == "same"  # coreference


def test_compatible_keys_meet_in_the_store(store):
    """The store looks beyond one flag: a party whose code one story did not resolve, a type of the same quad
    class, a reported mention; the merged event takes the code the later story knew."""
    names = {"USA": "Antony Blinken", "RUS": "Sergei Lavrov"}
    body = "Blinken and Lavrov held talks in Geneva about the troops massed at the Ukraine border.\n\n" + filler(3)
    ev = event("CONSULT", "USA", "RUS", body, when=DAY, names=names)
    ev.actor[0].code = None  # this story did not resolve Blinken's country
    store.add([event_record("story3.html", body, [ev])])
    store.add([
        _story(1, GENEVA, (("CONSULT", "USA", "RUS"), {"when": DAY, "names": names})),
        _story(2, GENEVA_AGAIN, (("AGREE", "USA", "RUS"), {"when": DAY, "names": names, "modality": "reported"})),
    ])
    assert store.count_events(merged=True) == 1
    with store.engine.connect() as conn:
        assert conn.execute(s.event_clusters.select()).mappings().one()["actor_code"] == "USA"


def test_a_retelling_is_found_whichever_is_stored_first(store):
    """The store looks a year either way for an undated retelling in nearly the same words, whichever story it
    holds first: the undated one told in November, the other dated by 'expected in January'."""
    names = {"USA": "Ana Ruiz"}
    told = "Ana Ruiz, the chair of the finance committee, previously promised to hold hearings on the budget."
    again = told.replace("previously", "had previously").replace("budget.", "budget, expected in January.")
    undated = (("AGREE", "USA", None), {"when": ("2021-11-01", "2021-11-01", "article"), "names": names})
    dated = (("AGREE", "USA", None), {"when": ("2022-01-01", "2022-01-31", "month"), "names": names})
    store.add([_story(1, told, undated), _story(2, again, dated)])
    other = {"USA": "Ben Ortiz"}  # the same words of someone else, the dated story stored first
    store.add([_story(4, again.replace("Ana Ruiz", "Ben Ortiz"), (dated[0], {**dated[1], "names": other})),
               _story(3, told.replace("Ana Ruiz", "Ben Ortiz"), (undated[0], {**undated[1], "names": other}))])
    assert store.count_events(merged=True) == 2
    assert [m["mentions"] for m in store.events(merged=True)] == [2, 2]


def test_a_merged_event_is_compared_by_its_newest_rows(store, monkeypatch):
    """Each candidate merged event brings its newest MAX_MEMBERS rows, all candidates in one query."""
    from communique.store import merge

    store.add([_story(i, GENEVA if i % 2 else GENEVA_AGAIN, (("CONSULT", "USA", "RUS"), {"when": DAY}))
               for i in range(1, 4)])
    monkeypatch.setattr(merge, "MAX_MEMBERS", 2)
    with store.engine.connect() as conn:
        [cid] = [r["id"] for r in conn.execute(s.event_clusters.select()).mappings()]
        members = merge._members(conn, [cid, cid + 1])  # the second holds no rows
    assert list(members) == [cid]
    assert [m["evidence"] for m in members[cid]] == [GENEVA, GENEVA_AGAIN]  # stories 3 and 2, not 1


def _council(n: int, said: str, second: str):
    """The Leeds council's sentence as a story of two rows: ACCUSE on "challenged", AID on the second word."""
    body = said + "\n\n" + filler(n, 150)
    challenged = event("ACCUSE", "GBR", None, body, names={"GBR": "Leeds council"}, quad=3)
    other = event("AID", "GBR", None, body, names={"GBR": "Leeds council"}, quad=2)
    _triggers(body, (challenged, "challenged"), (other, second))
    return event_record(f"leeds{n}.html", body, [challenged, other])


def test_one_act_named_twice_in_a_sentence_merges_across_quad_classes(store):
    said = "The Leeds council challenged the court by reopening the shelter on Sunday."
    store.add([_council(7, said, "reopening")])
    assert store.count_events() == 2 and store.count_events(merged=True) == 1
    store.add([_council(8, said.replace("by reopening", "and then closed"), "closed")])  # two acts joined by "and"
    assert store.count_events(merged=True) == 3


def test_a_rejection_meets_the_cooperation_refused_in_the_store(store):
    """The store looks beyond the quad class for a rejection: 'rejected the fisheries treaty' (REJECT, reported)
    and 'did not ratify the fisheries treaty' (SUPPORT, negated) are one act, whichever story it holds first (the
    Senate of Peru's, told the other way round, is another)."""
    names = {"CHL": "Senate of Chile"}
    rejected = "Officials said the Senate of Chile rejected the fisheries treaty, voting 30 to 12 against it."
    refused = "The Senate of Chile did not ratify the fisheries treaty, voting 30 to 12 against."
    for n, (first, second) in enumerate(((rejected, refused), (refused, rejected))):
        stories = []
        for i, said in enumerate((first, second)):
            rej = said is rejected
            said = said.replace("Chile", "Peru") if n else said  # the second round: another senate
            body = said + "\n\n" + filler(20 + 2 * n + i, 150)
            code = "PER" if n else "CHL"
            ev = event("REJECT" if rej else "SUPPORT", code, None, body, when=DAY, quad=3 if rej else 1,
                       names={code: names["CHL"].replace("Chile", "Peru") if n else names["CHL"]},
                       modality="reported" if rej else "negated")
            _triggers(body, (ev, "rejected" if rej else "ratify"))
            stories.append(event_record(f"chile{n}{i}.html", body, [ev]))
        store.add(stories)
    assert store.count_events() == 4 and store.count_events(merged=True) == 2


SUMMIT = "The leaders of Cyprus, Greece and Israel met in Athens on Thursday for their trilateral summit."
SUMMIT_AGAIN = "Cyprus's president met Israel's prime minister at the trilateral summit in Athens on Thursday."


def test_the_dyads_of_one_coded_event_are_one_merged_event(store):
    """'The leaders of Cyprus, Greece and Israel met' is one meeting stored as two dyads (CYP -> GRC, CYP -> ISR):
    one merged event, told once; another story's row of one of its dyads (CYP -> ISR) is a second mention of it,
    and a mention is counted once however many dyads it has."""
    store.add([_story(1, SUMMIT, (("CONSULT", "CYP", ["GRC", "ISR"]), {"when": DAY, "place": "Athens"}))])
    assert store.count_events() == 2 and store.count_events(merged=True) == 1
    [merged] = store.events(merged=True)
    assert (merged["mentions"], merged["articles"], merged["sources"]) == (1, 1, 1)
    store.add([_story(2, SUMMIT_AGAIN, (("CONSULT", "CYP", "ISR"), {"when": DAY, "place": "Athens"}))])
    assert store.count_events() == 3 and store.count_events(merged=True) == 1
    [merged] = store.events(merged=True)
    assert (merged["mentions"], merged["articles"], merged["sources"]) == (2, 2, 2)
    assert [(r["mentions"], r["articles"]) for r in store.events()] == [(1, 1)] * 3  # each row its own mention


def test_a_merged_query_by_one_dyad_finds_its_happening(store):
    """A merged view filtered by a party shows the happening by the row of that party, with the happening's
    totals; the row of the sentence with no recipient joins the meeting of its dyads (the same actor)."""
    body = SUMMIT + " The leaders of Cyprus met to sign an energy deal.\n\n" + filler(9, 150)
    meeting = event("CONSULT", "CYP", ["GRC", "ISR"], body, when=DAY, place="Athens")
    alone = event("CONSULT", "CYP", None, body, when=DAY, place="Athens")
    store.add([event_record("athens.html", body, [meeting, alone])])
    assert store.count_events(merged=True) == 1
    [row] = store.events(merged=True, recipient="ISR")
    assert (row["recipient_code"], row["mentions"], row["articles"]) == ("ISR", 2, 1)


def test_a_version_4_store_joins_the_dyads_of_one_event(store):
    """A store written before one coded event was one merged event: its dyads in merged events of their own and
    mentions counted by row. Opened again, each event's dyads share the first of them and every count is by event."""
    from sqlalchemy import update

    from .helpers import reopened

    store.add([_story(1, SUMMIT, (("CONSULT", "CYP", ["GRC", "ISR"]), {"when": DAY, "place": "Athens"})),
               _story(2, SUMMIT_AGAIN, (("CONSULT", "CYP", "ISR"), {"when": DAY, "place": "Athens"}))])
    e = s.events.c
    with store.engine.begin() as conn:  # back to what version 4 wrote: CYP -> GRC alone, CYP -> ISR with story 2
        [first] = conn.execute(s.event_clusters.select()).mappings().all()
        alone = conn.execute(s.event_clusters.insert().values(**{k: v for k, v in first.items() if k != "id"})
                             ).inserted_primary_key[0]
        conn.execute(update(s.events).where(e.recipient_code == "GRC").values(cluster_id=alone))
        conn.execute(update(s.event_clusters).where(s.event_clusters.c.id == first["id"]).values(mentions=2))
        conn.execute(update(s.event_clusters).where(s.event_clusters.c.id == alone).values(mentions=1))
        conn.execute(s.meta.update().values(value="4"))
    with reopened(store) as again:
        with again.engine.connect() as conn:
            assert s.current_version(conn) == s.SCHEMA_VERSION
            clusters = conn.execute(s.event_clusters.select()).mappings().all()
        assert [(c["id"], c["mentions"], c["articles"], c["sources"]) for c in clusters] == [(first["id"], 2, 2, 2)]
        assert {r["cluster_id"] for r in again.events()} == {first["id"]}


def test_an_aim_with_a_party_of_its_own_meets_its_act_in_the_store(store):
    """"Pressured the council to reopen the mine, in order to win the vote": the aim's row has another recipient,
    yet is one act with the pressing (same_event.one_act), so the store compares the two whatever their recipients."""
    said = "The governor tried to pressure the council to reopen the mine, in order to win the vote."
    body = said + "\n\n" + filler(9, 150)
    names = {"USA": "Governor Ada Kline", "GBR": "Leeds council", "FRA": "vote"}
    pressed = event("REQUEST", "USA", "GBR", body, names=names, quad=3)
    aim = event("AID", "USA", "FRA", body, names=names, quad=2)
    _triggers(body, (pressed, "pressure"), (aim, "win"))
    store.add([event_record("governor.html", body, [pressed, aim])])
    assert store.count_events() == 2 and store.count_events(merged=True) == 1


def test_types_of_one_cameo_root_meet_in_the_store(store):
    """An expulsion read as SANCTION by one story's coder and as COERCE by another's (CAMEO 16 is both) is one
    merged event; read as ASSAULT (no root of SANCTION's, another quad class) it stays apart from the SANCTION."""
    said = "Athens expelled the Libyan ambassador over the maritime border deal signed with Ankara."
    again = "Greece ordered the Libyan ambassador out over the maritime border deal signed with Ankara."
    names = {"GRC": "Greece", "LBY": "Libyan ambassador"}
    store.add([_story(1, said, (("SANCTION", "GRC", "LBY"), {"when": DAY, "names": names, "quad": 3})),
               _story(2, again, (("COERCE", "GRC", "LBY"), {"when": DAY, "names": names, "quad": 4}))])
    assert store.count_events(merged=True) == 1
    other = {"GRC": "Greece", "TUR": "Turkish ambassador"}
    store.add([_story(3, said.replace("Libyan", "Turkish"),
                      (("SANCTION", "GRC", "TUR"), {"when": DAY, "names": other, "quad": 3})),
               _story(4, said.replace("Libyan", "Turkish"),
                      (("ASSAULT", "GRC", "TUR"), {"when": DAY, "names": other, "quad": 4}))])
    assert store.count_events(merged=True) == 3
