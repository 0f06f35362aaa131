"""Wire phrasings of CAMEO codes (issue 12's battery of unseen news): the everyday nouns and verbs a Reuters, AP or AFP
writer uses for the CAMEO families, each coded with its PLOVER type through CAMEO2PLOVER. Forgiving a party is CAMEO
056 (SUPPORT); training another's forces is military aid (072, AID); a bailout approved or weapons
sent are aid (071, 072: AID); a siege laid to a town is a blockade (191, COERCE restrict); a counteroffensive is an
attack (190) and ethnic cleansing or genocide carried out mass violence (203, 202: ASSAULT); security stepped up,
police deployed or forces put on alert are a force posture (151-154, MOBILIZE), and in English the passive with no
doer names the forces moved; revenge vowed is a threat of force (138), sanctions brushed aside are rejected (12), a
drone shot down is attacked (19) and a proposal shot down rejected (12), a diplomat declared persona non grata is
expelled (166), arms sales halted cut aid (162), an amnesty granted yields (083), a pact inked is signed (057), a
party dissolved is banned (1722) and migrants expelled are deported (174, COERCE); a port blockaded by protesters is
obstruction (144, PROTEST), by a navy a blockade; a treaty or a cooperation agreement revoked reduces relations (16,
SANCTION); an appeal for aid after a disaster is asked of others (023, REQUEST), where residents told to evacuate
are emergency management (no event); fighting that broke out between two parties was fought by both; belligerents
ordered to stop fighting are asked to de-escalate (1056, REQUEST), not restricted; and with a verb of permission the
one let act is its object ("allowed IAEA inspectors to visit": 0862, RETREAT access). Internet services suspended
are censorship (1721), an alert level raised a force posture (152), a newspaper forced to close restricted (1721);
aid workers expelled stay a reduction of relations (1663), and fighter jets sent are one's own forces. Every
sentence is our own."""

from __future__ import annotations

import pytest

from .rules import assert_coded as _assert_coded
from .rules import assert_not_coded as _assert_not
from .rules import (
    events,
    roles,
    rules_alone,  # noqa: F401 (the module-wide fixture)
)


@pytest.mark.parametrize("kind, text, actor, recipient", [
    ("SUPPORT", "Rwanda's president forgave the rebels who had fought against his government.", "Rwanda", "rebels"),
    ("AID", "The U.S. Navy trained Philippine marines in counter-terrorism tactics.", "U.S.", ""),
    ("AID", "The U.S. Army trained Nigerian commandos in Kaduna.", "U.S.", ""),
    ("AID", "The IMF approved a $3 billion bailout for Sri Lanka.", "IMF", "Sri Lanka"),
    ("AID", "The European Union approved a rescue package for Greece.", "European Union", "Greece"),
    ("AID", "Washington sent Kyiv more air defence systems.", "Washington", "Kyiv"),
    ("COERCE", "The Sudanese army laid siege to the city of El Fasher.", "army", "El Fasher"),
    ("ASSAULT", "Ukrainian forces launched a counteroffensive in the south.", "Ukrainian", ""),
    ("ASSAULT", "The rebels mounted a counterattack on government positions near Goma.", "rebels", ""),
    ("ASSAULT", "Militias carried out ethnic cleansing of Rohingya villages.", "Militias", "Rohingya"),
    ("ASSAULT", "Hutu extremists committed genocide against the Tutsis.", "Hutu", "Tutsis"),
    ("MOBILIZE", "Kenyan riot police were deployed in Nairobi.", "police", ""),
    ("MOBILIZE", "Pakistan's air force was placed on high alert.", "Pakistan", ""),
    ("PROTEST", "Protesters blockaded the main port in Haiti, demanding the prime minister's resignation.",
     "Protesters", ""),
    ("SANCTION", "Niger's military junta revoked military cooperation agreements with France.", "Niger", "France"),
    ("SANCTION", "Moscow scrapped its friendship treaty with Kyiv.", "Moscow", "Kyiv"),
    ("REQUEST", "Malawi has appealed for international food aid after floods destroyed crops in the south.",
     "Malawi", ""),
    ("REQUEST", "Kenya's president made an appeal to donors for help in fighting the drought.", "Kenya", "donors"),
    ("ASSAULT", "Fighting erupted between the army and rebels in Khartoum.", "army", ""),
    ("ASSAULT", "Clashes broke out between police and protesters in Dhaka.", "police", ""),
    ("RETREAT", "Iran allowed IAEA inspectors to visit the Fordow site.", "Iran", "IAEA"),
    ("THREATEN", "Iran vowed revenge against Israel for the killing of its commander.", "Iran", "Israel"),
    ("REJECT", "The Kremlin brushed aside the latest Western sanctions as meaningless.", "Kremlin", ""),
    ("ASSAULT", "Iran shot down a U.S. drone over the Gulf.", "Iran", "U.S."),
    ("SANCTION", "Latvia declared a Russian diplomat persona non grata.", "Latvia", "Russia"),
    ("SANCTION", "Canada halted arms sales to Turkey over its offensive in Syria.", "Canada", "Turkey"),
    ("CONCEDE", "The president granted amnesty to 2,000 prisoners.", "president", "prisoners"),
    ("SUPPORT", "Japan and the Philippines inked a defence pact in Manila.", "Japan", "Philippines"),
    ("COERCE", "Thailand's constitutional court dissolved the main opposition party.", "court", "party"),
    ("COERCE", "Algeria expelled hundreds of sub-Saharan migrants to Niger.", "Algeria", "migrants"),
    ("REJECT", "The Senate committee shot down the president's proposal.", "committee", "president"),
    ("REQUEST", "The Security Council ordered the warring parties to stop fighting.", "Security Council", "parties"),
    ("REQUEST", "The African Union ordered the rebels to cease hostilities.", "African Union", "rebels"),
    ("COERCE", "India suspended mobile internet services in Manipur after the violence.", "India", ""),
    ("MOBILIZE", "South Korea's military raised its alert level after the North fired a missile.", "South Korea", ""),
    ("COERCE", "Hong Kong authorities forced the Apple Daily newspaper to close.", "Hong Kong", "Apple Daily"),
])
def test_wire_phrasings_code_their_cameo_family(kind, text, actor, recipient):
    _assert_coded(kind, text, actor, recipient)


@pytest.mark.parametrize("text", [
    "Police tightened security around polling stations in Lagos.",
    "Authorities heightened security at the border crossing with Syria.",
])
def test_security_stepped_up_is_police_power(text):
    """CAMEO 153, mobilize or increase police power: PLOVER MOBILIZE, mode police (not troops)."""
    got = [(e.type, e.mode) for e in events(text)]
    assert ("MOBILIZE", "police") in got, (text, got)


def test_both_sides_of_fighting_that_broke_out_are_its_parties():
    text = "Fighting erupted between the army and rebels in Khartoum."
    got = [" ".join(a) for t, a, _ in roles(text) if t == "ASSAULT"]
    assert any("army" in a and "rebels" in a for a in got), got


@pytest.mark.parametrize("kind, text", [
    ("SUPPORT", "The government forgave the debts of poor farmers."),
    ("COOPERATE", "The coach trained the players for the final."),
    ("MOBILIZE", "The company stepped up its marketing in Asia."),
    ("MOBILIZE", "The telescope was deployed in orbit last year."),
    ("SANCTION", "The company terminated its merger agreement with the rival bank."),
    ("REQUEST", "Officials urged residents to evacuate as the hurricane approached."),
    ("ASSAULT", "A dispute broke out between the two companies over royalties."),
    ("RETREAT", "The regulator allowed the company to raise prices."),
    ("COERCE", "Protesters blockaded the main port in Haiti, demanding the prime minister's resignation."),
    ("AID", "The company sent its shareholders a letter."),
    ("COERCE", "The prime minister dissolved parliament and called early elections."),
    ("REJECT", "The striker shrugged off an injury to score twice."),
    ("ASSAULT", "The committee shot down the proposal."),
    ("AGREE", "Iran vowed revenge against Israel for the killing of its commander."),
    ("COERCE", "Britain expelled two Russian diplomats."),
    ("COERCE", "The Security Council ordered the warring parties to stop fighting."),
    ("COERCE", "The company suspended its services in Russia."),
    ("COERCE", "Rising costs forced the factory to close."),
    ("COERCE", "Omar al-Bashir expelled humanitarian aid workers from Darfur."),
    ("AID", "The prime minister sent fighter jets to destroy the reactor."),
])
def test_look_alikes_code_no_such_event(kind, text):
    _assert_not(kind, text)


def test_a_navy_blockade_stays_a_blockade():
    _assert_coded("COERCE", "Saudi-led naval forces blockaded the port of Hodeidah.", "naval forces")
