"""The UN and multilateral diplomacy register (the Security Council, UN envoys and agencies, treaties and bodies),
the rules alone.

- Talks or a meeting convened by a third party are held under it (CAMEO 045/046: CONSULT).
- Funding or aid paused is suspended for a time (CAMEO 162: SANCTION discontinue), as "suspended" is.
- A convention, a statute or a charter signed, and a treaty joined or acceded to, make a state party to it, as
  signing and ratifying do (CAMEO 057: SUPPORT).
- "Abstained" alone is a vote withheld, no concession; abstaining from something still refrains from it (080).
- An arrest warrant requested or applied for is sought, as "sought" is (CAMEO 173, the project's COERCE arrest).
- Applying to join a body, or for membership of it, asks it to admit the applicant (CAMEO 02: REQUEST).
- An organisation of states left is withdrawn from, as a treaty or a coalition left is (the project's RETREAT
  withdraw, test_europe_11); a ratification, a signature or a recognition withdrawn takes back the tie it made
  (CAMEO 161: SANCTION), where the lemma "withdraw" alone would be a retreat.
- A peacekeeping mission ended or wound down is peacekeepers withdrawn (CAMEO 1661: SANCTION expel).
- Inspectors are a kind of party that defers to their organisation ("IAEA inspectors" are the IAEA's), as
  observers and monitors do.
"""

from __future__ import annotations

import pytest

from tests.events.rules import assert_coded, assert_not_coded, rules_alone  # noqa: F401

D = "2024-06-01"

CODED = [
    ("CONSULT", "The UN envoy for Libya convened talks between the rival parliaments in Cairo.", "UN",
     "parliaments"),
    ("CONSULT", "Norway convened a meeting between the government and the rebels in Oslo.", "Norway", "government"),
    ("SANCTION", "Sweden paused its funding for the UN agency for Palestinian refugees.", "Sweden", ""),
    ("SANCTION", "The World Bank paused disbursements to Niger after the coup.", "World Bank", "Niger"),
    ("SUPPORT", "Armenia signed the Rome Statute of the International Criminal Court.", "Armenia", ""),
    ("SUPPORT", "Chile signed the convention against enforced disappearances.", "Chile", ""),
    ("SUPPORT", "Brazil rejoined the Paris climate agreement.", "Brazil", ""),
    ("SUPPORT", "Tunisia acceded to the Rome Statute in 2011.", "Tunisia", ""),
    ("COERCE", "The ICC prosecutor requested an arrest warrant for the Myanmar junta chief.", "ICC", "junta"),
    ("REQUEST", "Bosnia applied to join the European Union.", "Bosnia", "European Union"),
    ("REQUEST", "Georgia applied for membership of the European Union.", "Georgia", "European Union"),
    ("RETREAT", "Venezuela left the Organization of American States.", "Venezuela", "Organization of American States"),
    ("SANCTION", "Paraguay withdrew its recognition of Taiwan.", "Paraguay", "Taiwan"),
    ("CONSULT", "IAEA inspectors visited the Zaporizhzhia plant in Ukraine on Monday.", "IAEA", ""),
    ("SANCTION", "The Security Council terminated the peacekeeping mission in Sudan's Darfur region.",
     "Security Council", "Sudan"),
]


@pytest.mark.parametrize(("kind", "text", "actor", "recipient"), CODED)
def test_coded(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient, date=D)


def test_abstaining_alone_is_no_concession():
    assert_not_coded("CONCEDE", "France and Britain abstained in the vote on the Gaza resolution.", date=D)
    assert_coded("CONCEDE", "The rebels abstained from attacks during the holiday.", "rebels", date=D)


def test_a_recognition_withdrawn_is_no_retreat():
    assert_not_coded("RETREAT", "Nicaragua withdrew its recognition of Taiwan.", date=D)
