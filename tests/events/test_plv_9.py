"""PLV relations, ninth round (issue 12's PLV helper): who did it to whom in news sentences, by English structure and
the PLOVER codebook. Every sentence is our own.

- A light verb's noun that names people is the one helped where the act is done to them: "trained Afghan pilots",
  "took in Syrian refugees" (PLOVER AID needs a recipient: the trainees, the refugees given asylum). Training, arming
  or equipping another's forces is military aid (CAMEO 072, whose dictionary codes "train forces" so; PLOVER AID:
  arms and personnel that mainly benefit the recipient), not an exchange (COOPERATE).
- What is pledged "for" someone names whom the pledge is for ("pledged his full support for the president"); a pledge
  of support stays AGREE (CAMEO 032, intent to cooperate).
- "X, including Y" and "X such as Y": "including" and "such as" name some members of the set X names; an act done to
  X is done to all of X, so X's own phrase is a party, the members after it. Doers so named act each ("Western
  governments, including Canada and Norway, condemned ...": Canada and Norway, as test_coder has it).
- A name set off by commas after a verb's object renames that object ("convicted one of the protesters, John Mwangi,
  a student leader, and sentenced him"); a conjoined verb's own subject follows its "and", so the second verb
  shares the first one's subject.
- A refusal made "until" someone acts ("will not end the strike until the government raises pay", "refused to lift its
  veto until the Commission released the funds") is aimed at the doer of the condition, the subject of the "until"
  clause (PLOVER REJECT, mode yield: a refusal to yield); not at the refusers themselves ("until they are paid").
- Support of a material kind received ("received financial support from Iran") is aid (PLOVER AID: money, supplies,
  arms; the CAMEO dictionary codes "financial support" as economic aid, 0331): the giver the actor, the one who
  received it the recipient. Support unqualified stays the backing of words (SUPPORT).
- Coordination joins like with like: a name coordinated with a party is a party too, though of no known country
  ("the Democratic House and the Republican Senate", "the Nigerian army and the Civilian Joint Task Force"), in
  the order named (the first named is the dyad's actor); a phrase no name covers is not ("the U.S. and its allies").
- A relative clause of place or time on a noun ("the hospital, where two Chinese were treated") tells what happens
  there, not whose the thing is: its people are not the recipient.
"""

from __future__ import annotations

import pytest

from .rules import assert_coded as _assert_pair
from .rules import roles as _pairs
from .rules import rules_alone  # noqa: F401 (the module-wide fixture)


def _coded(kind: str, text: str) -> list[tuple[list[str], list[str]]]:
    got = [(a, r) for t, a, r in _pairs(text) if t == kind]
    assert got, (text, _pairs(text))
    return got


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("AID", "The U.S. military is training Afghan soldiers to operate drones.", "U.S. military", "Afghan"),
    ("AID", "French officers trained Malian troops in the desert last year.", "French officers", "Malian"),
    ("AID", "The British army has been training Kenyan police officers since 2015.", "British army", "Kenyan"),
    ("AID", "Iran has armed Houthi fighters in Yemen for years.", "Iran", "Houthi"),
    ("AID", "Canada took in 25,000 Syrian refugees last year.", "Canada", "Syrian refugees"),
    ("AID", "Germany accepted more than 2,000 Afghan refugees in March.", "Germany", "Afghan refugees"),
    ("AID", "Uganda has admitted thousands of Congolese refugees this month.", "Uganda", "Congolese"),
])
def test_the_light_verbs_noun_names_the_ones_helped(kind, text, actor, recipient):
    _assert_pair(kind, text, actor, recipient)


@pytest.mark.parametrize("kind, text", [
    ("AID", "The team trained hard for the final."),
    ("AID", "The army trained its own recruits at a base near the capital."),
    ("AID", "The city took in a record number of tourists last summer."),
])
def test_no_help_without_the_people_helped(kind, text):
    """No one helped where the noun names none or the doer's own ("its own recruits")."""
    assert not any(t == kind and r for t, _, r in _pairs(text)), _pairs(text)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Hungarian Prime Minister Viktor Orban pledged his full support for the Polish president.", "Orban",
     "Polish president"),
    ("The Czech prime minister has pledged his country's full support for Fayez Serraj, Libya's prime minister.",
     "Czech prime minister", "Serraj"),
    ("Tokyo promised its support for the Philippine government.", "Tokyo", "Philippine government"),
    ("Russia pledged support for the plan of the Serbian government.", "Russia", "Serbian"),
    ("Japan pledged aid to Pakistan.", "Japan", "Pakistan"),
])
def test_what_is_pledged_for_someone_is_for_them(text, actor, recipient):
    _assert_pair("AGREE", text, actor, recipient)


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("SANCTION", "The government expelled foreign journalists, including reporters from the BBC and CNN.", "government",
     "foreign journalists"),
    ("COERCE", "The army ordered 5,000 villagers, including 300 children, to leave their homes.", "army",
     "villagers"),
    ("COERCE", "The junta banned aid groups such as Oxfam and Save the Children.", "junta", "aid groups"),
    ("COERCE", "Police detained dozens of students, including two from Britain.", "Police", "students"),
    ("SANCTION", "Sudan expelled humanitarian aid workers, including those from Oxfam and CARE.", "Sudan",
     "humanitarian aid workers"),
    ("ACCUSE", "Several countries, including Canada and Norway, condemned the coup.", "Canada", "coup"),
])
def test_the_whole_before_including_is_a_party(kind, text, actor, recipient):
    _assert_pair(kind, text, actor, recipient)


def test_the_members_after_including_stay_parties():
    got = _coded("ACCUSE", "Several countries, including Canada and Norway, condemned the coup.")
    assert any({"Canada", "Norway"} <= set(a) for a, _ in got), got
    got = _coded("SANCTION", "The government expelled foreign journalists, including reporters from the BBC and CNN.")
    assert any("BBC" in r for _, r in got), got
    got = _coded("COERCE", "The junta banned aid groups such as Oxfam and Save the Children.")
    assert any("Oxfam" in r for _, r in got), got
    got = _coded("SANCTION", "Sudan expelled humanitarian aid workers, including those from Oxfam and CARE.")
    assert any({"Oxfam", "CARE"} <= set(r) for _, r in got), got


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("COERCE", "A Kenyan court later convicted one of the protesters detained in the raid, John Mwangi, a student "
     "leader, and sentenced him to two years in prison.", "Kenyan court", "Mwangi"),
    ("ACCUSE", "Police arrested one of the organisers of the march, Maria Lopez, a union official, and charged her "
     "with incitement.", "Police", "Lopez"),
    ("RETREAT", "Troops detained a local reporter, Ahmed Ali, and later released him.", "Troops", "Ahmed Ali"),
])
def test_a_name_renaming_the_object_is_no_subject_of_the_next_verb(kind, text, actor, recipient):
    _assert_pair(kind, text, actor, recipient)


def test_the_apposed_name_does_nothing():
    text = ("A Kenyan court later convicted one of the protesters detained in the raid, John Mwangi, a student "
            "leader, and sentenced him to two years in prison.")
    assert not any("Mwangi" in " ".join(a) for _, a, _ in _pairs(text)), _pairs(text)


@pytest.mark.parametrize("text, recipient", [
    ("China sent a team of doctors to the hospital, where two Chinese were in a critical condition.", "hospital"),
    ("Japan sent a medical team to the camp, where thousands of Syrian refugees live.", "camp"),
])
def test_a_clause_of_place_names_no_recipient(text, recipient):
    got = _coded("AID", text)
    assert any(recipient in " ".join(r) for _, r in got), got
    assert not any("Chinese" in x or "Syrian" in x for _, r in got for x in r), got


@pytest.mark.parametrize("text, recipient", [
    ("Japan sent food to the camp for Syrian refugees.", "Syrian refugees"),
    ("The UN sent aid to Haiti.", "Haiti"),
])
def test_the_goal_of_what_is_sent_stays_the_recipient(text, recipient):
    got = _coded("AID", text)
    assert any(recipient in " ".join(r) for _, r in got), got


@pytest.mark.parametrize("text, actor, recipient", [
    ("The nurses say they will not end the strike until the government raises their pay.", "nurses", "government"),
    ("The union said it would not call off the protest until the minister resigns.", "union", "minister"),
    ("Washington will not lift the embargo until Havana releases its political prisoners.", "Washington", "Havana"),
    ("The rebels will not lay down their arms until the army withdraws from the region.", "rebels", "army"),
    ("Nurses refused to end the strike until the government raised their pay.", "Nurses", "government"),
    ("Hungary refused to lift its veto until the European Commission released the frozen funds.", "Hungary",
     "European Commission"),
])
def test_a_refusal_until_someone_acts_is_aimed_at_them(text, actor, recipient):
    _assert_pair("REJECT", text, actor, recipient)


@pytest.mark.parametrize("text", [
    "The miners said they would not return to work until they are paid.",
    "The strikers refused to end the strike.",
    "The rebels refused to disarm until after the election.",
])
def test_no_other_side_in_the_condition_no_recipient(text):
    assert not any(t == "REJECT" and r for t, _, r in _pairs(text)), _pairs(text)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Saudi-led coalition has received financial support from the U.S. military.", "U.S. military", "coalition"),
    ("The rebels received significant logistics and financial support from Iran.", "Iran", "rebels"),
    ("Kyiv has received military support from Britain.", "Britain", "Kyiv"),
])
def test_material_support_received_is_aid(text, actor, recipient):
    _assert_pair("AID", text, actor, recipient)


@pytest.mark.parametrize("text", [
    "The candidate received support from the party's leaders.",
    "The plan received the backing of Germany.",
])
def test_support_unqualified_stays_backing(text):
    assert "AID" not in [t for t, _, _ in _pairs(text)], _pairs(text)


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("REJECT", "The Democratic House and Republican Senate have failed to reach agreement on the budget.",
     "Democratic House", "Senate"),
    ("AGREE", "The Kenyan government and the Orange Democratic Movement agreed to end the dispute.",
     "Kenyan government", "Orange Democratic Movement"),
    ("AGREE", "The Nigerian army and the Civilian Joint Task Force agreed to share intelligence.", "Nigerian army",
     "Civilian Joint Task Force"),
])
def test_a_name_coordinated_with_a_party_is_a_party(kind, text, actor, recipient):
    _assert_pair(kind, text, actor, recipient)


def test_a_phrase_coordinated_with_a_party_that_names_no_one_is_none():
    got = _coded("ACCUSE", "The U.S. and its allies condemned the attack.")
    assert not any("allies" in x for a, _ in got for x in a), got
