"""Every party of a coordination and every act of a sentence's clauses (the rules alone).

- Comitative coordination: "X together with Y", "X along with Y" join parties as "and" does; a comitative the parser
  hangs on the verb belongs to the argument just before it (the subject before the verb, the object after it).
- A subject under a negative determiner ("neither ... nor", "no country") negates its clause: none of them acted.
- A clause of time whose conjunction asserts its act ("after", "while", "when", "upon"; not "before", "until") tells
  an act of its own, not the content of the act beside it, and what negates or puts off that act is not said of it.
- A relative clause whose relative pronoun is its subject, active, in the past or the past perfect, tells an act of the
  noun it is on ("Iran, which denied the accusation, ...").
- A finite verb coordinated with another asserts its own act: the first verb's denial is not said of it ("denied the
  charges and accused Congo"); and a coordinated clause needs a coordinator, so where the parser gave its "and" to the
  phrase before, the noun after "and" is the clause's subject ("freed hostages on Saturday and Israel released ...").
"""

from __future__ import annotations

import pytest

from .rules import assert_coded, assert_not_coded, rules_alone  # noqa: F401

CODED = [
    ("PROTEST", "Japan together with South Korea protested against the missile launch by North Korea.", "South Korea",
     ""),
    ("REJECT", "Israel along with the United States rejected the draft resolution.", "United States", ""),
    ("COERCE", "Venezuelan officials arrested two American citizens along with a Spanish journalist.", "Venezuelan",
     "Spanish journalist"),
    ("COERCE", "Police arrested the mayor together with his two deputies.", "Police", "deputies"),
    ("CONSULT", "After meeting Blinken in Geneva, Lavrov warned that Moscow would respond to any NATO expansion.",
     "Lavrov", "Blinken"),
    ("ASSAULT", "After the rebels shelled the airport, the government suspended peace talks.", "rebels", "airport"),
    ("CONSULT", "While visiting Nairobi, the Turkish president signed a defence deal with Kenya.", "Turkish president",
     "Nairobi"),
    ("ASSAULT", "The army vowed to retaliate after rebels attacked the base.", "rebels", "base"),
    ("RETREAT", "Israel released 30 prisoners after Hamas freed two hostages.", "Hamas", "hostages"),
    ("REJECT", "Iran, which denied the accusation, summoned the British ambassador.", "Iran", ""),
    ("ASSAULT", "The soldiers who killed the two farmers were arrested by military police.", "soldiers", "farmers"),
    ("ASSAULT", "Police detained the man who attacked the mayor with a knife.", "man", "mayor"),
    ("COERCE", "The envoy met rebel leaders who had seized the town in March.", "rebel leaders", "town"),
    ("ACCUSE", "Rwanda denied the charges and accused Congo of backing the FDLR militia.", "Rwanda", "Congo"),
    ("RETREAT", "Hamas freed four hostages on Saturday and Israel released 200 Palestinian prisoners.", "Israel",
     "Palestinian prisoners"),
    ("REJECT", "Germany welcomed the plan on Monday and France rejected it.", "France", ""),
]

NOT_ASSERTED = [
    ("ACCUSE", "Neither Russia nor China condemned the invasion."),
    ("AGREE", "Neither the government nor the rebels have agreed to a ceasefire."),
    ("SUPPORT", "No country has recognised the new government."),
    ("CONSULT", "Neither Lavrov nor Blinken met the Turkish mediator."),
]


@pytest.mark.parametrize(("kind", "text", "actor", "recipient"), CODED)
def test_each_party_and_clause(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient, modalities=("asserted", "reported"))


@pytest.mark.parametrize(("kind", "text"), NOT_ASSERTED)
def test_negative_subject_asserts_nothing(kind, text):
    assert_not_coded(kind, text, modalities=("asserted",))
