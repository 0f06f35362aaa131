"""Ordinary news, fifth round (issue 12, recall): acts a reader finds in plain news phrasing that the rules had no
candidate for (a fine, guilt admitted, an investigation performed, a deal called null and void). Every sentence is
our own; sentences that must stay without an event sit beside them."""

from __future__ import annotations

from .rules import events, rules_alone  # noqa: F401 (the module-wide fixture)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def test_a_fine_is_a_penalty():
    """A fine imposed, given or received is a penalty, as a sentence is (SANCTION); the lemmatizer's "fin" for
    "fined" is read as "fine"."""
    assert "SANCTION" in _types("The regulator fined the bank for misleading its customers.")
    assert "SANCTION" in _types("The banker was fined 20,000 euros on Tuesday.")
    assert "SANCTION" in _types("The minister was given a fine of 5,000 dollars.")
    assert "SANCTION" in _types("The oil company received a heavy fine from the environment agency.")
    assert "SANCTION" in _types("The court imposed a fine on the newspaper.")


def test_fine_as_an_adjective_is_no_penalty():
    assert _types("The weather in Lagos was fine on Sunday.") == []
    assert _types("The mayor said the new bridge was fine.") == []


def test_guilt_admitted_is_owned():
    """Guilt, wrongdoing or a mistake admitted or accepted is owned, as an apology (CAMEO 055) is: CONCEDE."""
    assert "CONCEDE" in _types("The senator admitted his guilt before the court.")
    assert "CONCEDE" in _types("The general accepted the blame for the defeat.")
    assert "CONCEDE" in _types("The bank acknowledged wrongdoing in the scandal.")
    assert "CONCEDE" in _types("The minister admitted mistakes in the handling of the crisis.")


def test_an_admission_of_a_fact_is_no_concession():
    assert _types("The coach admitted that the team had played badly.") == []
    assert _types("The museum admitted ten thousand visitors on Sunday.") == []


def test_an_act_confessed_stays_its_own_event():
    assert "ASSAULT" in _types("The suspect confessed to killing his neighbour.")


def test_an_investigation_performed_is_one():
    assert "ACCUSE" in _types("The prosecutor is performing a criminal investigation of the firm.")


def test_a_deal_called_null_is_disapproved():
    """A naming verb's predicate "null" (quoted in the data: YAML reads a bare null as nothing) disapproves."""
    assert "ACCUSE" in _types("Greece called the maritime deal null and void.")
    assert "ACCUSE" in _types("Turkey called the agreement null and void.")


def test_the_one_found_guilty_did_the_act():
    """The "of" gerund of an adjective of guilt is done by the one it is said of (guilt_adjectives), as the
    gerund of "convicted of" is; the lemmatizer's "rap" for "raping" and "raped" is read as "rape"."""
    found = events("Two soldiers were found guilty of raping a teenage girl.")
    assault = [e for e in found if e.type == "ASSAULT"]
    assert assault and [a.name for a in assault[0].actor] == ["soldiers"], found
    found = events("The jury found the officer guilty of beating a prisoner.")
    assault = [e for e in found if e.type == "ASSAULT"]
    assert assault and [a.name for a in assault[0].actor] == ["officer"], found
    assert "ASSAULT" in _types("The commander is guilty of torturing prisoners.")
    assert "ASSAULT" in _types("The men raped a woman in the village.")


def test_a_bribe_taken_is_no_attack():
    assert "ASSAULT" not in _types("The court found the mayor guilty of taking bribes.")


def test_fighting_between_parties_named_by_kind():
    """A noun of fighting or talks "between" parties named by kind (police, rebels: a sector, no country) names them
    as plainly as the verb's subject and object do ("police clashed with protesters")."""
    found = events("Clashes between police and protesters broke out in Nairobi.")
    assault = [e for e in found if e.type == "ASSAULT"]
    assert assault and {a.name for a in assault[0].actor} == {"police", "protesters"}, found
    assert "ASSAULT" in _types("Fighting between the army and rebels continued in the north.")
    assert _types("The gap between rich and poor widened last year.") == []


def test_hitting_out_is_words():
    """"Hit out at", "lashed out at": an idiom of harsh words (ACCUSE), not of blows."""
    assert _types("Labour hit out at the government over rising energy bills.") == ["ACCUSE"]
    assert _types("The president lashed out at the press on Monday.") == ["ACCUSE"]
    assert "ASSAULT" in _types("Rebels hit an army base near Goma with rockets.")


def test_fire_from_the_unarmed_is_criticism():
    """"Came under fire from" business leaders or opposition MPs (unarmed sectors, verbal_by) is criticism; from
    militants or rebels it stays an attack."""
    assert _types("The chancellor came under fire from business leaders.") == ["ACCUSE"]
    assert _types("The minister came under fire from opposition MPs.") == ["ACCUSE"]
    assert _types("Government troops came under attack from rebels.") == ["ASSAULT"]


def test_the_one_forced_does_the_act():
    """The passive subject of "forced", "compelled" or "obliged" does the act of the infinitive (implicative);
    "asked" or "urged" to do it, only the request is an act."""
    found = events("The minister was forced to resign after the scandal.")
    assert [(e.type, [a.name for a in e.actor]) for e in found] == [("RETREAT", ["minister"])], found
    assert "RETREAT" in _types("The rebels were compelled to withdraw from the town.")
    assert "RETREAT" not in _types("The minister was asked to resign.")


def test_a_strike_launched_by_a_state_is_an_attack():
    """The protest pattern's (launch, strike) pair had overridden the attack pattern's: a strike launched, begun or
    continued is an attack unless workers, teachers, nurses or other civilians strike (sector_types)."""
    assert _types("Israel launched strikes on Gaza.") == ["ASSAULT"]
    assert _types("Russia continued its strikes on Ukrainian cities.") == ["ASSAULT"]
    assert _types("Workers launched a strike over pay.") == ["PROTEST"]
    assert _types("Teachers began a strike on Monday.") == ["PROTEST"]


def test_a_strike_announced_is_called():
    """A strike or a protest announced by a union or by workers is called (PROTEST); announced by an army, an
    attack."""
    assert _types("The union announced a strike on Monday.") == ["PROTEST"]
    assert _types("Nurses announced fresh strikes for next month.") == ["PROTEST"]
    assert _types("The army announced a strike on rebel positions.") == ["ASSAULT"]
    assert _types("The company announced record profits on Monday.") == []


def test_strikes_halted_by_a_state_are_a_ceasefire():
    assert _types("Russia suspended strikes on Ukraine's power plants.") == ["RETREAT"]
    assert _types("Israel halted its strikes on Gaza.") == ["RETREAT"]
    assert _types("Rail workers suspended their strikes after the offer.") == ["CONCEDE"]


def test_harm_by_an_attack_is_an_attack_with_its_doer_unnamed():
    """Violence told in the passive whose means is an attack or a weapon (attack_means, instruments) is no accident:
    with no doer named and no place to name one, it keeps an empty actor; a crash or an explosion stays an accident."""
    for text in ("Three soldiers were killed in the ambush on Monday.",
                 "Two policemen were killed in a bomb attack.",
                 "Five people were wounded in the shooting.",
                 "The journalist was killed in a roadside bombing."):
        found = events(text)
        assert [e.type for e in found] == ["ASSAULT"] and not found[0].actor, (text, found)
    assert _types("Four people were killed in a car crash.") == []
    assert _types("Six miners were killed in the explosion.") == []


def test_shot_in_the_passive_is_a_shooting():
    """"Was shot" with no doer named is a shooting, no accident (intentional); a film, a scene or footage shot is
    no harm."""
    for text in ("A teenager was shot outside his school on Friday.",
                 "Two photographers were shot while covering the protest."):
        found = events(text)
        assert [e.type for e in found] == ["ASSAULT"] and not found[0].actor, (text, found)
    assert _types("The film was shot in Morocco.") == []
    assert _types("Most of the footage was shot by drones.") == []


def test_harm_said_to_be_an_accident_is_none():
    assert _types("A boy was accidentally shot by his brother.") == []
    assert _types("Two hunters were shot in an accident.") == []


def test_a_crowd_dispersed_is_crowd_control():
    """A crowd dispersed or a protest broken up by police is crowd control (ASSAULT); clouds dispersed or a company
    broken up are none."""
    assert _types("Police dispersed the protesters with tear gas.") == ["ASSAULT"]
    assert _types("The protesters were dispersed by police.") == ["ASSAULT"]
    assert "ASSAULT" in _types("Riot police broke up the rally in the capital.")
    assert _types("The clouds dispersed by noon.") == []
    assert _types("The company was broken up into three firms.") == []


def test_protests_that_broke_out_are_the_place_s_civilians():
    """A crowd act named by a noun that is the subject of a verb of outbreak, with no doer named ("protests erupted
    in Tehran"), is the civilians' of the country where it happened (outbreak_nouns, outbreak_verbs); a place is
    needed, air strikes are no strike, and a named doer keeps its own reading."""
    for text, code in (("Protests erupted in Tehran after the verdict.", "IRN"),
                       ("Demonstrations were held in Paris and Lyon.", "FRA"),
                       ("A general strike paralysed Nigeria on Monday.", "NGA")):
        found = events(text)
        assert [e.type for e in found] == ["PROTEST"], (text, found)
        assert [(a.code, a.sector) for a in found[0].actor] == [(code, "CVL")], (text, found)
    assert _types("Protests erupted after the verdict.") == []
    assert _types("Strikes hit Kyiv overnight.") == []
    assert _types("The storm hit Manila overnight.") == []


def test_tyres_burned_are_a_protest_sign_not_an_attack():
    """Tyres burned are a protest idiom (the light verb's PROTEST), never destruction of property (ASSAULT)."""
    assert _types("Protesters blocked roads and burned tyres in Nairobi.") == ["PROTEST"]
    assert _types("Protesters burned tyres in Nairobi.") == ["PROTEST"]


def test_things_thrown_or_shouted_at_someone():
    """Eggs thrown or slogans shouted at someone are a protest (PROTEST); stones hurled stay an attack; insults
    hurled are words (ACCUSE); a ball thrown or a party thrown is none."""
    assert _types("Protesters threw eggs at the minister's car.") == ["PROTEST"]
    assert _types("Lawmakers shouted slogans at the governor during her speech.") == ["PROTEST"]
    assert _types("Opposition supporters hurled insults at the minister.") == ["ACCUSE"]
    assert _types("The pitcher threw the ball at the batter.") == []
    assert _types("She threw a party for her friends.") == []


def test_found_not_guilty_is_no_conviction():
    """A negated predicate of a naming verb ("found the mayor not guilty") ends the verb: an acquittal is no
    conviction."""
    assert "ACCUSE" not in _types("The court found the mayor not guilty of taking bribes.")
    assert _types("The senator was found not guilty.") == []
    assert "ACCUSE" in _types("The jury found the officer guilty of assault.")


def test_a_bare_yaml_keyword_in_a_word_list_is_refused(tmp_path):
    """A bare null, on or yes in a word list loads as None or a boolean and would match nothing: the loader refuses
    it (the predicate 'null' of "null and void" had been lost that way)."""
    import pytest

    from communique.events.ontology import OntologyError
    from communique.events.patterns import load_patterns

    bad = tmp_path / "patterns.yaml"
    bad.write_text("verbs:\n  - {lemmas: [call], type: ACCUSE, recipient: [obj], needs_predicate: [liar, null]}\n")
    with pytest.raises(OntologyError):
        load_patterns(bad)
    load_patterns()  # the shipped file passes
