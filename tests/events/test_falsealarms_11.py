"""False alarms of ordinary news, eleventh round: general news (weather, science, technology, sport, business,
culture, local news) where no political event is told, beside the true events of the same registers. Non-party
doers and objects say it, each by a word list of data/event_patterns.yaml: a text of law or rules does nothing by
itself, nor is what it requires an act (``rule_texts``); a period of play makes an attack sport (``game_periods``);
a group of animals is animals (``animal_groups``); a creative work criticised is reviewed and what one describes is
its story (``works``, ``depiction_verbs``); a request to the public in a daily role or for what it wants is advice
(``public_roles``, ``everyday_wants``); a house's ban on its own public is a house rule and its pledge with no one it
is made to its own aim (``house_sectors``); a facility opened is inaugurated (``dictionary_not_obj``); a name with a
version number is a product released; an occasion left (a festival, a production, a match) is no retreat. A vessel
intercepted is a seizure. Each assertion is one text; every sentence is our own."""

from __future__ import annotations

from .rules import assert_coded as _coded
from .rules import assert_none as _none
from .rules import rules_alone  # noqa: F401 (the module-wide fixture)


def test_a_text_of_law_is_no_doer():
    _none("The Constitution requires the president to seek the approval of Congress.")


def test_a_period_of_play_is_sport():
    _none("Arsenal attacked in waves during the first half but their finishing let them down.")
    _none("Leeds attacked down the left in the second half.")
    _none("The Springboks invaded the opponents' half again and again.")


def test_half_of_a_country_stays_territory():
    _coded("ASSAULT", "The army invaded half of the island in a single week.", "army")


def test_a_group_of_animals_is_no_army():
    _none("An army of termites attacked the wooden school building.")


def test_a_work_criticised_is_reviewed():
    _none("Critics slammed the album as lazy.")
    _none("Fans criticised the sequel for its long running time.")
    _none("The novelist condemned the remake as a betrayal of her book.")


def test_an_accusation_of_a_party_stays():
    _coded("ACCUSE", "The opposition slammed the government over the price of energy.", "opposition", "government")


def test_a_story_depicted_is_no_act():
    _none("The film depicts how soldiers stormed the palace in 1917.")
    _none("Her memoir recounts how police arrested her father during the strike of 1984.")


def test_a_request_to_the_public_is_advice():
    _none("The organisers asked spectators to arrive early.")
    _none("Police asked motorists to avoid the motorway.")
    _none("Detectives appealed for sightings of the missing teenager.")
    _none("Rail operators urged passengers to check their journeys before travelling.")


def test_a_request_to_a_state_stays():
    _coded("REQUEST", "The mayor appealed to the government for more buses.", "mayor", "government")


def test_a_house_rule_is_no_coercion():
    _none("The hospital banned visitors from the maternity ward.")
    _none("The airline banned the passenger for life.")


def test_a_ban_by_the_state_stays():
    _coded("COERCE", "Police banned fans from travelling to the away match.", "Police", "fans")


def test_a_house_pledge_is_its_own_aim():
    _none("The company pledged to halve its water use by 2030.")


def test_a_facility_opened_is_inaugurated():
    _none("The queen opened the new bridge over the river.")


def test_a_crossing_opened_stays_access():
    _coded("RETREAT", "Egypt reopened the Rafah crossing for aid trucks.", "Egypt")


def test_a_product_version_released_is_no_captive():
    _none("Microsoft released Windows 12 to testers on Friday.")


def test_a_vessel_intercepted_is_seized():
    _coded("COERCE", "The Greek coast guard intercepted a dinghy carrying 30 migrants.", "coast guard")
    _coded("COERCE", "Italian police intercepted a shipment of weapons bound for Libya.", "police")


def test_an_occasion_left_is_no_retreat():
    _none("The actor withdrew from the production citing exhaustion.")
    _coded("RETREAT", "Russian troops withdrew from the village on Sunday.", "troops")


def test_play_from_the_whistle_is_sport():
    _none("Chelsea attacked from the first whistle.")
