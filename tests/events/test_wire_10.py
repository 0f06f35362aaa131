"""The diplomatic register of wire services and state media (issue 10's wire helper): talks, visits, signings,
protests lodged and threats of countermeasures as Xinhua, ANI, Anadolu, TASS, Kyodo, PTI, Yonhap or Bernama tell
them. Every sentence is our own. The rules, from the PLOVER codebook, the CAMEO manual and English:

- A definite pair ("the two sides", "both countries", "the two leaders": ``pair_nouns``) names the two parties the
  story has just named, as a reader knows them: those of the last event before it with exactly two parties
  ("X held talks with Y ... The two sides signed ten agreements": X and Y sign; acts of one party between them are
  skipped), as doer or as the one addressed ("called on the two sides to resume negotiations"), within the story's
  last few sentences. With no such event it names no one.
- "Call on" someone with no clause of what is asked is to visit them (a courtesy call, CAMEO 042, CONSULT visit);
  "paid a courtesy call on" is a visit paid. "Called on X to ..." stays a demand.
- Representations lodged or made with a government are the diplomatic form of an official complaint (CAMEO 114,
  ACCUSE); dissatisfaction expressed is disapproval (CAMEO's EXPRESS * DISSATISFACTION [111]).
- Countermeasures warned of or vowed are a threat (CAMEO 13), and the one whose act a threat's condition names
  ("if the United States continued to sell arms") is the one threatened.
- Conferring an order, a medal or a title on someone honours them: praise (CAMEO 051, SUPPORT); a congratulatory
  message sent is congratulations (CAMEO 051).
- Relief materials handed over are aid (CAMEO 07).
- Being ready to work with a party is willingness to cooperate (AGREE: PLOVER's future cooperation).
- Agreeing that something is so ("agreed that relations are at their best") is a view shared, no promise (AGREE is a
  commitment to act); "agreed that the crossing would reopen" stays an agreement."""

from __future__ import annotations

import pytest

from .rules import (
    assert_coded,
    assert_not_coded,
    rules_alone,  # noqa: F401 (the module-wide fixture)
)

TALKS = "Chinese Premier Li Qiang held talks with Egyptian Prime Minister Mostafa Madbouly in Beijing on Monday. "
MET = "Indian Defence Minister Rajnath Singh met with his Chinese counterpart Dong Jun in Qingdao. "
SUMMIT = ("Turkish President Recep Tayyip Erdogan held talks with Iraqi Prime Minister Mohammed Shia al-Sudani in "
          "Ankara. ")


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("SUPPORT", TALKS + "The two sides signed a memorandum of understanding on the digital economy.", "Li Qiang",
     "Madbouly"),
    ("AGREE", TALKS + "The two sides pledged to deepen cooperation in trade and investment.", "Li Qiang", "Madbouly"),
    ("AGREE", MET + "Both sides agreed to maintain peace along the border.", "Rajnath Singh", "Dong Jun"),
    ("AGREE", SUMMIT + "Both countries agreed to strengthen cooperation against terrorism.", "Erdogan", "Sudani"),
    ("AGREE", SUMMIT + "The two leaders agreed to expand the Development Road project.", "Erdogan", "Sudani"),
    ("SUPPORT", "Chinese President Xi Jinping held talks with Kenyan President William Ruto in Beijing. Xi stressed "
     "that China values its friendship with Africa. Ruto praised the Belt and Road Initiative. The two sides signed "
     "ten cooperation agreements.", "Xi Jinping", "Ruto"),
    ("REQUEST", "Israeli Prime Minister Benjamin Netanyahu held talks with Palestinian President Mahmoud Abbas in "
     "Cairo. Egypt called on the two sides to resume negotiations.", "Egypt", "Abbas"),
    ("REQUEST", "Armenian and Azerbaijani forces clashed on the border on Tuesday. Russia urged both sides to "
     "exercise restraint.", "Russia", "Azerbaijani"),
])
def test_a_definite_pair_is_the_two_parties_just_named(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Bangladeshi Prime Minister Sheikh Hasina called on Indian President Droupadi Murmu at Rashtrapati Bhavan.",
     "Hasina", "Murmu"),
    ("The visiting Vietnamese Foreign Minister paid a courtesy call on Prime Minister Anwar Ibrahim at Seri "
     "Perdana.", "Vietnamese Foreign Minister", "Anwar Ibrahim"),
])
def test_calling_on_someone_with_nothing_asked_is_a_visit(text, actor, recipient):
    assert_coded("CONSULT", text, actor, recipient)
    assert_not_coded("REQUEST", text)


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("ACCUSE", "China lodged solemn representations with the United States over the arms sale to Taiwan.", "China",
     "United States"),
    ("ACCUSE", "China has lodged stern representations with Japan over the remarks.", "China", "Japan"),
    ("ACCUSE", "Beijing made stern representations to Tokyo over the visit to the shrine.", "Beijing", "Tokyo"),
    ("ACCUSE", "China expressed strong dissatisfaction with the U.S. sanctions.", "China", "U.S."),
    ("THREATEN", "China warned of countermeasures if the United States continued to sell arms to Taiwan.", "China",
     "United States"),
    ("THREATEN", "Iran threatened retaliation if Israel attacked its nuclear sites.", "Iran", "Israel"),
    ("SUPPORT", "Russian President Vladimir Putin conferred the Order of Friendship on the Kazakh foreign minister.",
     "Putin", ""),
    ("SUPPORT", "Chinese President Xi Jinping sent a congratulatory message to Cyril Ramaphosa on his re-election.",
     "Xi Jinping", "Ramaphosa"),
    ("AID", "The Chinese embassy handed over relief materials to the flood-affected people in Pakistan.",
     "Chinese embassy", "Pakistan"),
    ("AGREE", "Xi said China is ready to work with Kenya to deepen the comprehensive strategic partnership.", "China",
     "Kenya"),
    ("AGREE", "Ruto said Kenya stands ready to work with China to push bilateral relations to a new level.", "Kenya",
     "China"),
])
def test_the_wire_phrasings_of_diplomatic_acts(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


@pytest.mark.parametrize("text", [
    "Iran and Iraq agreed that relations between the two neighbours are excellent.",
    "Malaysia and Singapore agreed that the partnership is stronger than ever.",
])
def test_agreeing_that_something_is_so_is_no_agreement(text):
    assert_not_coded("AGREE", text)
