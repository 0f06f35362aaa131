"""US domestic politics and the courts as the wires tell them (issue 10's uspolitics helper): the White House, Congress,
federal judges, prosecutors and immigration agents. Every sentence is our own. The rules, from the PLOVER codebook,
the CAMEO manual and English:

- A surname the knowledge base knows that is also an English word ("Trump"), which the small tagger reads as that
  word when it opens a clause as its subject ("Trump met with ...", "Trump praised ..."), is the person.
- Federal, immigration and Border Patrol agents are police (COP): their raids are searches and seizures (COERCE),
  never an armed attack; "agents" alone stay spies.
- An official, a minister or staff dismissed are removed from office by their own side, as "fired" is: no act CAMEO
  codes between parties; a lawsuit, a case or a claim dismissed stays refused.
- Declining or refusing to comment is CAMEO 011 (decline comment), a statement PLOVER does not code.
- A sentence commuted is a penalty eased (CAMEO 081, CONCEDE), as a pardon is, done to the one sentenced.
- An attack whose verdict is marked by "as" ("attacked the judge as biased") is a reproach (ACCUSE), as "for" and
  "over" make it; "attacked the convoy as it passed" (a clause with its own subject) stays an attack.
- Reprimanding or admonishing someone is a rebuke (CAMEO 111, ACCUSE).
- A body that shuts down with nothing it closes stops working ("the government shut down"): no restriction.
- Grants or funds frozen, cut or cut off to a party are aid stopped (CAMEO 162, SANCTION); visas, security clearances
  or legal status revoked cut what was granted (CAMEO 16, as a licence revoked).
- Estimates, statistics or budgets released are published, no one freed; names of insult ("a deranged lunatic")
  make a naming a reproach.
- A court's ruling that something is so ("ruled that Trump has immunity") is a finding of what the law is, as
  "determined that" is (fact_verbs): no act, and none of the dictionary's "rule" (govern) readings."""

from __future__ import annotations

import pytest

from .rules import (
    assert_coded,
    assert_none,
    assert_not_coded,
    rules_alone,  # noqa: F401 (the module-wide fixture)
)


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("CONSULT", "Trump met with Xi Jinping on Friday.", "Trump", "Xi Jinping"),
    ("CONSULT", "Trump met with House Speaker Mike Johnson at Mar-a-Lago on Friday.", "Trump", "Mike Johnson"),
    ("SUPPORT", "Trump praised the governor on Friday.", "Trump", "governor"),
    ("ACCUSE", "Trump accused the governor of lying.", "Trump", "governor"),
    ("CONSULT", "Trump visited the governor on Friday.", "Trump", "governor"),
])
def test_a_known_surname_read_as_a_word_is_the_person(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


def test_words_that_are_no_surname_stay_words():
    assert_coded("CONSULT", "Trump met with Xi Jinping in Beijing.", "Trump", "Xi Jinping")
    assert_none("Price rose sharply on Friday.")
    assert_none("Bush fires raged on Friday.")


@pytest.mark.parametrize("text, actor", [
    ("Federal agents raided homes in Minneapolis on Wednesday.", "Federal agents"),
    ("Immigration agents raided a farm in California.", "Immigration agents"),
])
def test_federal_and_immigration_agents_are_police(text, actor):
    assert_coded("COERCE", text, actor)
    assert_not_coded("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "Trump dismissed the chairman of the Joint Chiefs of Staff on Friday.",
    "The prime minister dismissed his finance minister.",
    "The senator refused to comment on the report.",
    "The government shut down at midnight.",
    "The Census Bureau released new population estimates on Tuesday.",
    "The Supreme Court ruled that Trump has immunity for official acts.",
    "A federal judge ruled that the National Guard deployment to Los Angeles was illegal.",
])
def test_no_act(text):
    assert_none(text)


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("CONCEDE", "President Trump commuted the sentence of a former Illinois governor.", "Trump", "governor"),
    ("CONCEDE", "Biden commuted the sentences of 37 death row inmates.", "Biden", "inmates"),
    ("ACCUSE", "Trump attacked the judge as biased in a post on Truth Social.", "Trump", "judge"),
    ("ACCUSE", "Trump called the special counsel a deranged lunatic.", "Trump", "special counsel"),
    ("ACCUSE", "The Senate voted to reprimand the senator for ethics violations.", "Senate", "senator"),
    ("SANCTION", "The Education Department froze $2.2 billion in grants to Harvard.", "Education Department",
     "Harvard"),
    ("SANCTION", "The administration cut off federal funding to Columbia University over antisemitism on campus.",
     "administration", "Columbia University"),
    ("SANCTION", "Trump revoked the security clearances of former officials.", "Trump", "former officials"),
    ("SANCTION", "The administration revoked the legal status of 500,000 migrants.", "administration", "migrants"),
])
def test_us_politics_and_courts(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


def test_what_stays():
    """Each rule beside what it leaves as it was."""
    assert_coded("ACCUSE", "Trump attacked the judge as weak.", "Trump", "judge")
    assert_coded("ASSAULT", "Rebels attacked the convoy as it passed through the valley.", "Rebels", "convoy")
    assert_coded("ASSAULT", "Gunmen attacked the village as residents slept.", "Gunmen", "village")
    assert_none("The government shut down at midnight on Friday.")
    assert_coded("COERCE", "The government shut down the newspaper.", "government", "newspaper")
    assert_none("The president dismissed the inspector general.")
    assert_coded("REJECT", "The judge dismissed the lawsuit against the company.", "judge", "lawsuit")
