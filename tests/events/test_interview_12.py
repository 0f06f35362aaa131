"""Interviews, culture, sport and personal stories, twelfth round: what a speaker narrates of their own private life,
what a product or platform lets its users do, what scientists study and an inquiry into how something happened are
no political events, beside the true events of the same registers. Each by a word list of data/event_patterns.yaml:
ties of private life beside kin (``personal_ties``) and the speaker's own part (``first_person``) in a plea, an
apology or a refusal with no party of public standing; a feature of a product (``platforms``, ``platform_verbs``) and
a product or work released; research (``researchers``) and an inquiry into a cause (``cause_words``, or a clause of
how or why); and a sentence in a script other than the Latin alphabet. Every sentence is our own."""

from __future__ import annotations

from .rules import assert_coded as _coded
from .rules import assert_none as _none
from .rules import rules_alone  # noqa: F401 (the module-wide fixture)


def test_a_tie_of_private_life_asks_no_party():
    _none('"A fan asked me to sign her arm," the rapper laughed.')
    _none("The chef said a customer once demanded that he cook the steak well done.")


def test_the_speaker_narrates_their_own_life():
    _none('"He asked me to come back to the studio the next day," the singer said.')
    _none('"We asked him to leave the house," the woman said of her landlord.')
    _coded("REQUEST", '"I urge the government to reopen the schools," the opposition leader said.', "leader")


def test_a_product_feature_is_no_act():
    _none("YouTube now allows users to hide comments on their videos.")
    _none("Twitter has allowed users to edit tweets for thirty minutes after posting.")
    _none("Instagram will let creators charge fans for exclusive posts.")
    _coded("COERCE", "The Russian government blocked access to Instagram across the country.", "government")


def test_research_is_no_inquiry():
    _none("Scientists are investigating the unusual signal from the distant galaxy.")
    _none("Researchers investigated how the virus spreads among bats.")


def test_an_inquiry_into_a_cause_accuses_no_one():
    _none("Air safety investigators will investigate the cause of the helicopter crash.")
    _none("Doctors are investigating why the swimmer collapsed during training.")
    _coded("ACCUSE", "Police are investigating the councillor over allegations of bribery.", "Police", "councillor")


def test_a_sentence_in_another_script_is_not_read():
    _none("वे हमसे पैसे की demand करते हैं और police हमें arrest करती है।")


def test_a_tool_that_lets_users_do_something_is_no_act():
    _none("Photon-dl also lets users save images from several sites.")
    _coded("CONCEDE", "The government allowed shoppers to return to the stores.", "government")


def test_a_work_released_in_a_year_frees_no_captive():
    _none("The singer's 2015 release sold a million copies.")
    _coded("RETREAT", "The rebels released twelve hostages on Sunday.", "rebels", "hostages")
