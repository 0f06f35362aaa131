"""Ordinary news, eighth round (issue 12: the acts a reader of British and international politics expects): a
strike told by the verb "strike" with workers for its subject, a post left in the reporting phrasing ("stood down",
"quit as", "quit the cabinet"), and talks or a meeting named in a time adjunct ("Following talks with X, Y ..."),
held by the clause's subject. The acts beside them (jets or rebels that strike, a deal struck, a job or a habit quit,
talks yet to come, an attack in an adjunct whose doer the phrase does not name) stay as they were. Each assertion is
one text; every sentence is our own."""

from __future__ import annotations

from .rules import assert_has as _has
from .rules import assert_none as _none
from .rules import events as _events
from .rules import rules_alone  # noqa: F401 (the module-wide fixture)
from .rules import types as _types


def _coded(text: str) -> list[tuple]:
    return [(e.type, e.mode, [p.name for p in e.actor], [p.name for p in e.recipient]) for e in _events(text)]


def test_workers_who_strike_protest():
    """"Strike" with no object and working people for its subject is a strike (CAMEO 143; PLOVER PROTEST, strike);
    jets, troops or rebels that strike attack, a deal struck is no strike, and a storm that strikes is no one's act."""
    assert ("PROTEST", "strike", ["Rail workers"], []) in _coded(
        "Rail workers struck on Saturday in a dispute over pay and conditions.")
    assert _coded("Nurses in Wales are striking for the first time in their history.")[0][:2] == ("PROTEST", "strike")
    _has("PROTEST", "Hospital cleaners in Glasgow struck for two days over unpaid wages.")
    _has("PROTEST", "University lecturers struck again on Wednesday, cancelling classes across the country.")
    assert _types("Israeli jets struck militant targets in Gaza overnight.") == ["ASSAULT"]
    _has("ASSAULT", "Rebels struck an army base near Goma, killing ten soldiers.")
    assert "PROTEST" not in _types("The workers struck a deal with management late on Friday.")
    _none("The storm struck the south coast on Monday night.")


def test_a_post_left_in_reporting_phrasing_is_a_resignation():
    """Standing down, quitting as a minister or quitting the cabinet is resigning (PLOVER RETREAT, resign); quitting a
    job or a habit is private life, and a post left in the future is a promise, as "will resign" is."""
    assert _coded("The leader of the Welsh Liberal Democrats stood down on Friday after the party's defeat.")[0][:2] \
        == ("RETREAT", "resign")
    _has("RETREAT", "The foreign secretary quit as a minister on Tuesday evening after the vote.")
    _has("RETREAT", "Two junior ministers quit the cabinet in protest at the new policy.")
    _has("RETREAT", "The Dutch prime minister stepped down after his coalition collapsed.")
    _none("The singer quit the band in 2019 after a row over money.")
    _none("He quit smoking after his heart attack.")
    assert "RETREAT" not in _types("The Scottish party leader will stand down at the next election.")


def test_talks_in_a_time_adjunct_were_held_by_the_clause_subject():
    """Talks or a meeting with a party named in an "after", "following" or "during" adjunct, with no doer of
    their own, were held by the subject of the clause they set (a reader knows who met whom); talks "before" are yet
    to come, an adjunct's attack whose doer is not named is not the subject's, and talks between parties keep them."""
    assert ("CONSULT", None, ["prime minister"], ["French president"]) in _coded(
        "Following talks with the French president, the prime minister announced new funding for border patrols.")
    assert ("CONSULT", None, ["Erdogan"], ["Putin"]) in _coded(
        "After his talks with Putin in Sochi, Erdogan said a ceasefire in Idlib was possible.")
    assert ("CONSULT", None, ["prime minister"], ["Irish taoiseach"]) in _coded(
        "Following a meeting with the Irish taoiseach on Monday, the prime minister said a deal was close.")
    _has("CONSULT", "During talks with the Iranian foreign minister, Blinken raised the case of the jailed Americans.")
    assert "CONSULT" not in _types(
        "Before talks with the Chinese premier, the chancellor said trade would be on the agenda.")
    assert _coded("After the attack on the embassy, the US imposed sanctions on Iran.") == [
        ("SANCTION", None, ["United States"], ["Iran"])]
    assert ("CONSULT", None, ["Israel", "Hamas"], []) in _coded(
        "Following talks between Israel and Hamas, a truce was announced in Cairo.")
    _none("Following the meeting, the minister said nothing had been agreed.")


def test_an_act_noun_of_a_time_adjunct_is_an_event_of_its_own():
    """The act a noun names in an "after", "following" or "during" adjunct is told as done, not as what the clause's
    verb is about: it is an event of its own beside the clause's ("After the arrest of the opposition leader,
    protesters clashed with police"), with its own doer, never the clause's subject unless it is talks."""
    coded = _coded("After the arrest of the opposition leader on Sunday, protesters clashed with police.")
    assert ("COERCE", "arrest", [], ["opposition leader"]) in coded and "ASSAULT" in [c[0] for c in coded]
    coded = _coded("Following Russia's invasion of Ukraine, the EU imposed sanctions on Moscow.")
    assert ("ASSAULT", None, ["Russia"], ["Ukraine"]) in coded and "SANCTION" in [c[0] for c in coded]
    assert "ASSAULT" not in _types("After the invasion, the EU imposed sanctions on Moscow.")


def test_a_count_of_votes_on_a_text_is_no_act():
    """Backing or opposing done by a counted group of members in a sentence about a text voted on tells how they
    voted (the chamber's decision is the story): no SUPPORT, REJECT or ACCUSE; members who reject the government's
    bill, senators who criticise the president, or states that oppose sanctions on a country act on a party."""
    _none("The bill passed by 320 votes to 210, with 30 Conservative MPs voting against it.")
    _none("The motion was carried, with 120 Labour MPs supporting it and 15 opposing it.")
    _none("The resolution passed on party lines, with 52 Republicans backing the measure and 47 Democrats opposing it.")
    _none("The amendment was defeated; two Labour MPs supported it and one independent opposed.")
    _has("REJECT", "Labour MPs rejected the government's bill.")
    _has("ACCUSE", "Two Democratic senators criticised the president over the budget.")
    _has("REJECT", "Twelve EU states opposed the sanctions on Russia.")
    _has("SUPPORT", "Thousands of party members backed the new leader.")


def test_questioning_legitimacy_or_describing_as_illegal_is_criticism():
    """Questioning someone's legitimacy, authority or judgement, and describing something as illegal,
    a sham or unacceptable, is criticism (CAMEO 111: ACCUSE); questioning findings or costs, questioning a suspect,
    and describing talks as constructive are no reproach."""
    assert ("ACCUSE", "disapprove", ["prime minister"]) in [c[:2] + (c[3],) for c in _coded(
        "Critics questioned the prime minister's judgement over the appointment of his friend.")]
    _has("ACCUSE", "The opposition questioned the authority of the electoral commission to delay the vote.")
    _has("ACCUSE", "Republicans questioned the eligibility of the Democratic vice-presidential nominee.")
    _has("ACCUSE", "The Greek foreign minister described the maritime agreement as illegal.")
    _has("ACCUSE", "Kyiv described the referendum in Crimea as a sham.")
    _none("Scientists questioned the findings of the study.")
    _none("Detectives questioned the suspect for six hours.")
    _none("The minister described the talks with Dublin as constructive.")


def test_a_status_recognised_in_law_is_no_support():
    """Recognising a state or a government is backing it (CAMEO 05); a status recognised in law (same-sex marriage,
    civil partnerships) is a law made at home, no party backed."""
    _none("Taiwan became the first country in Asia to recognise same-sex marriage.")
    _none("Ireland recognised civil partnerships in 2010.")
    assert ("SUPPORT", None, ["Sweden"], ["Palestine"]) in _coded("Sweden recognised Palestine as a state in 2014.")
    _has("SUPPORT", "Britain recognised the new government in Kabul.")
