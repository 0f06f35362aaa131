"""Recall on news of the PLOVER/CAMEO kind, eighth round: acts told in ways the patterns missed. Property taken
unlawfully and given back (CAMEO 0842, RETREAT release), whatever the thing; a death of torture, the torture undergone
by who died (ASSAULT, mode torture); taking part in a strike or being on one (CAMEO 143, PROTEST). Beside them,
what must stay no event: money paid back, a return home, a death of illness, a tournament. Each assertion is one
text; every sentence is our own."""

from __future__ import annotations

from .rules import assert_has as _has
from .rules import assert_none as _none
from .rules import events as _events
from .rules import rules_alone  # noqa: F401 (the module-wide fixture)


def _modes(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in _events(text)]


def test_property_taken_and_given_back_is_returned():
    """Stolen, looted, smuggled or confiscated things returned to their owner, their country or their habitat: the
    return of property (CAMEO 0842, RETREAT release), told actively or in the passive; artworks by their noun."""
    assert ("RETREAT", "release") in _modes("France returned the looted bronzes to Nigeria.")
    assert ("RETREAT", "release") in _modes("Police returned the confiscated parrots to the Brazilian forest.")
    assert ("RETREAT", "release") in _modes("The US authorities returned the smuggled monkeys to Congo.")
    assert ("RETREAT", "release") in _modes("Germany repatriated stolen manuscripts to Poland.")
    assert ("RETREAT", "release") in _modes("Austria returned a portrait by Klimt to the heirs of its Jewish owner.")
    assert ("RETREAT", "release") in _modes("The Dutch government returned a portrait of a young girl to its owner.")
    assert ("RETREAT", "release") in _modes("Italy returned the plundered artworks to Greece.")


def test_things_given_back_in_business_or_travel_are_no_event():
    """Money paid back, a car handed back, people going home: no property released to a party."""
    _none("The company returned $5 million to shareholders.")
    _none("The bank returned the deposits to its customers.")
    _none("The soldiers returned to their base.")
    _none("She returned the rental car to the dealer in Miami.")
    _none("The retailer returned the unsold goods to its suppliers.")


def test_a_death_of_torture_is_the_torture_undergone():
    """"died after torture", "died of torture", "died because of torture", "as a result of the torture he
    suffered": the one who died underwent torture (ASSAULT, mode torture), its doer unsaid."""
    assert ("ASSAULT", "torture") in _modes("The Kenyan journalist died after torture in a military prison.")
    assert ("ASSAULT", "torture") in _modes(
        "A Kurdish student has died as a result of the torture he suffered in a detention centre.")
    assert ("ASSAULT", "torture") in _modes("The Egyptian blogger died because of torture, his family said.")
    assert ("ASSAULT", "torture") in _modes("An Iranian prisoner died of torture in a jail in Tehran.")


def test_a_death_of_anything_else_is_no_torture():
    """A death of illness, age or a hunger strike, or torture told of in a book, is no assault."""
    _none("The Kenyan journalist died after a long illness.")
    _none("The former Egyptian minister died of old age in Cairo.")
    _none("The novel tells of torture and death in a Chilean jail.")
    _none("The Kenyan journalist died in a military hospital after surgery.")


def test_taking_part_in_a_strike_or_being_on_one_is_striking():
    """Taking part or participating in a strike, being or staying on strike (CAMEO 143; a hunger strike is PLOVER's
    mode hunger)."""
    assert ("PROTEST", "hunger") in _modes("Dozens of Palestinian prisoners have been taking part in a hunger strike.")
    assert ("PROTEST", "hunger") in _modes("Twenty Palestinian detainees are on hunger strike in Israeli jails.")
    assert ("PROTEST", "strike") in _modes("Hundreds of workers participated in a strike against the factory owners.")
    _has("PROTEST", "The nurses remain on strike in Kenya.")
    _has("PROTEST", "Teachers in Chicago stayed on strike for a third day.")


def test_being_on_something_else_is_no_strike():
    _none("The players are on the pitch.")
    _none("The company is on track to meet its targets.")
    _none("The actor is on a diet.")


def test_people_forced_or_driven_out_of_a_country_are_expelled():
    """Aid workers, peacekeepers, an envoy or foreign journalists forced, driven or kicked out: an expulsion (CAMEO 166,
    174; SANCTION, mode expel)."""
    assert ("SANCTION", "expel") in _modes("The Government of Myanmar has forced aid workers out of Rakhine State.")
    assert ("SANCTION", "expel") in _modes("The junta forced foreign journalists out of the country.")
    assert ("SANCTION", "expel") in _modes("Eritrea drove the UN peacekeepers out of its territory.")
    assert ("SANCTION", "expel") in _modes("Sudan kicked out the American ambassador.")


def test_others_forced_out_are_no_expulsion():
    """Residents driven out by a flood, a chief executive forced out, migrants priced out: nobody's expulsion."""
    _none("Floods forced thousands of residents out of their homes.")
    _none("The board forced out the chief executive.")
    _none("Rising rents are pushing migrants out of the city centre.")
    assert ("SANCTION", "expel") not in _modes("The army drove the rebels out of the town.")

