"""Ordinary news, seventh round (stop 27's genre helper): acts of everyday news that borrow an event's verb: an
accident told by its verb, animals for parties, custody of prisoners handed over, a search or a rescue ended or
done, a rally that backs someone, a campaign's pledge, a disaster's emergency where the storm is named by its name,
and a court appearance. The acts beside them (a plane shot down, a car rammed into a checkpoint, villagers killed,
an arrest into custody, a strike of rescuers, a rally against someone, a promise to a state, an emergency against
protesters, a charge) stay. Each assertion is one text; every sentence is our own."""

from __future__ import annotations

from .rules import assert_has as _has
from .rules import assert_none as _none
from .rules import rules_alone  # noqa: F401 (the module-wide fixture)
from .rules import types as _types


def test_an_accident_told_by_its_verb_is_no_attack():
    """A vehicle that crashes or two that collide, told with no object, is an accident, and so is the harm of its
    participle, and a driver's on a road (ASSAULT is deliberate harm); a plane shot down, a car rammed into a
    checkpoint or crashed into a crowd as the verb's object, a driver's attack or shooting stay attacks."""
    _none("A US Air Force B-52 bomber crashed near Guam on Thursday, killing all six crew members.")
    _none("A military helicopter crashed into a hillside in northern Afghanistan, killing twelve soldiers.")
    _none("A Russian fighter jet crashed into the Black Sea during a training flight.")
    _none("Two navy jets collided over the Pacific, killing one pilot.")
    _none("An Indian air force transport plane crashed in Assam on Monday, killing its crew of eight.")
    _none("The US Navy destroyer collided with a container ship off Japan, killing seven sailors.")
    _none("A drunk driver killed two police officers on the highway.")
    _none("A Pakistani military aircraft went down near Rawalpindi, killing five crew.")
    _has("ASSAULT", "Troops went down the hill and killed three rebels.")
    _has("ASSAULT", "A driver rammed his car into pedestrians in Toronto, killing ten.")
    _has("ASSAULT", "A truck driver killed 86 people in an attack on the Nice promenade.")
    _has("ASSAULT", "The driver shot two police officers at a checkpoint.")
    _has("ASSAULT", "Taxi drivers beat a migrant in Athens.")
    _has("ASSAULT", "Ukrainian forces shot down a Russian fighter jet over Kharkiv.")
    _has("ASSAULT", "Rebels shot down a government helicopter, killing its crew.")
    _has("ASSAULT", "A suicide bomber rammed a car into a checkpoint, killing nine soldiers.")
    _has("ASSAULT", "The army shelled the village on Monday, killing four civilians.")
    _has("ASSAULT", "A man crashed his car into a crowd of protesters, injuring twelve.")
    _has("ASSAULT", "Maoist rebels derailed a passenger train, killing 70 people.")


def test_animals_are_no_parties():
    """Killing or culling animals is no ASSAULT or COERCE, and an animal that attacks people is no actor; soldiers
    who killed villagers (and their livestock) assaulted the villagers, poachers who shot rangers assaulted them, and
    a group named after an animal is a party."""
    _none("Farmers killed thousands of chickens to stop the spread of bird flu.")
    _none("South Korea slaughtered 300,000 pigs in an effort to stop the disease.")
    _none("Officials destroyed 1.5 million birds on farms in Iowa.")
    _none("Authorities killed dozens of stray dogs ahead of the World Cup.")
    _none("The Danish government ordered the killing of all mink on the country's farms.")
    _none("Customs officers confiscated 500 smuggled parrots at the airport.")
    assert _types("Soldiers killed 12 villagers and burned their livestock.") == ["ASSAULT"]
    _has("ASSAULT", "Poachers shot dead two rangers in Kenya's Tsavo park.")
    _has("ASSAULT", "Gunmen killed six farmers and stole their cattle in Zamfara.")
    _has("ASSAULT", "Police shot dead a man who had attacked officers with a knife.")
    _has("ASSAULT", "The Tamil Tigers attacked an army camp near Jaffna.")
    _has("ASSAULT", "The army killed ten Tamil Tigers in the north.")


def test_custody_handed_over_is_no_seizure_nor_threat():
    """Custody of prisoners taken over from another party ("over", "from", "held by") is a handover, no arrest,
    seizure or threat; a suspect taken into custody is arrested, hostages taken are assaulted, a town taken over by
    rebels is seized."""
    _none("Turkey will take over custody of the ISIS fighters held by the Kurdish forces.")
    _none("The US military has taken custody of two British ISIS fighters held by the SDF.")
    _none("Iraq took over responsibility for the detention camp from the Kurdish forces.")
    _has("COERCE", "Police took the suspect into custody on Friday.")
    _has("ASSAULT", "Militants took dozens of villagers hostage.")
    _has("COERCE", "Police arrested the suspect and took him into custody.")


def test_a_search_or_rescue_ended_or_done_is_no_event():
    """Calling off, ending or suspending a search or a rescue is no concession, retreat or strike; rescuers searching
    rubble, a search for the missing, rescuers leaving a site or giving up hope are at work (no investigation, no
    retreat from a party); a strike of firefighters or rescue workers, their accusation, troops pulled out, a
    ceasefire called off and a search operation launched by security forces stay."""
    _none("Rescuers called off the search for survivors on Sunday.")
    _none("Police called off the search for the missing girl.")
    _none("Rescuers searched the rubble for survivors.")
    _none("Firefighters stopped searching the rubble on Tuesday.")
    _none("Rescue workers halted work at nightfall.")
    _none("Rescue teams pulled out of the collapsed building on Monday.")
    _none("Search teams ended their operation in the Alps on Sunday.")
    _none("Rescuers gave up hope of finding more survivors.")
    _none("Volunteers stopped searching for the missing boy after three days.")
    _has("RETREAT", "Troops pulled out of the town on Monday.")
    _has("ASSAULT", "Security forces launched a search operation in Pulwama after militants attacked a patrol.")
    _has("ASSAULT", "Troops conducted search operations in the village, detaining 20 men.")
    _has("ACCUSE", "Firefighters accused the mayor of cutting their budget.")
    _has("PROTEST", "Rescue workers went on strike over unpaid wages.")
    _has("PROTEST", "Firefighters went on strike to demand higher pay.")
    _has("PROTEST", "Firefighters halted work to demand better pay.")
    _has("CONCEDE", "Rebels called off the ceasefire with the army.")


def test_a_rally_of_backing_is_no_protest():
    """A rally to cheer someone, or in support of one in power or of a candidate, or of the supporters of one in
    power or of a candidate in a campaign, is no PROTEST (collective public dissent against someone); protesters
    rallying against a leader or in support of an opposition leader, supporters of an opposition leader (or of one
    arrested) rallying or demanding his release, a march in support of a people, farmers rallying to protest a tax,
    and supporters rallying to protest a result stay."""
    _none("Hundreds of thousands of people rallied in Caracas in support of President Maduro.")
    _none("Thousands of supporters of President Duterte rallied in Manila on Saturday.")
    _none("Supporters of Joe Biden rallied in Wilmington.")
    _none("Thousands of supporters of President Lula rallied in Brasilia on Sunday in support of his reelection bid.")
    _none("Loyalists of the ruling party marched through the capital to celebrate its anniversary.")
    _has("PROTEST", "Thousands of protesters rallied in Belgrade against President Vucic.")
    _has("PROTEST", "Supporters of the jailed opposition leader rallied in Moscow to demand his release.")
    _has("PROTEST", "Farmers rallied outside parliament to protest the new fuel tax.")
    _none("Supporters of the ruling party rallied in Harare.")
    _none("Supporters of Donald Trump rallied in Ohio ahead of the election.")
    _has("PROTEST", "Opposition supporters rallied in Kampala on Sunday.")
    _has("PROTEST", "Supporters of Raila Odinga rallied in Nairobi.")
    _has("PROTEST", "Supporters of Imran Khan rallied across Pakistan after his arrest.")
    _has("PROTEST", "Thousands of Navalny supporters marched in Moscow.")
    _has("PROTEST", "Thousands marched in London in support of the Palestinian people.")
    _has("PROTEST", "Protesters rallied in support of Navalny in Moscow.")
    _has("PROTEST", "Supporters of the president rallied in the capital to protest the results of the election.")


def test_a_campaign_pledge_is_no_agreement():
    """A promise to voters or the public, or made in a campaign's setting, is an election pledge, no AGREE; a
    promise to a state or a leader stays, in a campaign or not."""
    _none("Erdogan promised his supporters that he would turn the Hagia Sophia back into a mosque.")
    _none("During the campaign Boris Johnson pledged to build forty new hospitals.")
    _none('At the final presidential debate, Biden said, "I commit that I will pick a woman to be vice president".')
    _none("The candidate promised voters that he would cut taxes if elected.")
    _none("At a rally in Ohio, Trump vowed to bring back manufacturing jobs.")
    _none("The Labour candidate pledged to scrap tuition fees.")
    _none("If elected, she promised to raise the minimum wage.")
    _none("Ahead of the election, the prime minister promised a referendum on EU membership.")
    _has("AGREE", "The junta promised to hold elections within a year.")
    _has("AGREE", "The newly elected president pledged to fight corruption.")
    _has("AGREE", "The minister pledged to respect the Geneva Convention.")
    _has("AGREE", "Biden promised the Ukrainian people continued support.")
    _has("AGREE", "During the campaign Trump promised Israel he would move the embassy to Jerusalem.")
    _has("AGREE", "The president pledged $500 million in aid to Ukraine.")
    _has("AGREE", "Biden promised Zelensky continued support.")


def test_a_storm_named_by_its_name_is_a_disaster():
    """An emergency declared at home ahead of a storm's landfall, of a storm the story names with its kind and the
    sentence by its name alone, or in a story that names a natural disaster before it, is emergency management; an
    emergency against protesters or rioters, or for a border wall, stays COERCE."""
    _none("The governor declared a state of emergency on Thursday ahead of Barry's expected landfall.")
    _none("The governor ordered residents to evacuate before Ian made landfall.")
    _none("Hurricane Dorian strengthened to a category 4 storm on Friday. Florida's governor declared a state of "
          "emergency as Dorian approached the coast.")
    _none("Tropical Storm Barry gathered strength in the Gulf. The governor declared a state of emergency on "
          "Thursday in preparation for Barry.")
    _none("Typhoon Hagibis hit Japan on Saturday. Prime Minister Abe declared a state of emergency in twelve "
          "prefectures.")
    _has("COERCE", "Hurricane Ida weakened on Monday. The government declared a state of emergency in the capital "
         "after riots broke out.")
    _has("COERCE", "The hurricane season begins in June. Trump declared a national emergency at the southern border "
         "to build the wall.")
    _has("COERCE", "The government declared a state of emergency in the capital after days of violent protests.")
    _has("COERCE", "Thailand declared a state of emergency in Bangkok to end the protests.")
    _has("COERCE", "Hurricane Dorian strengthened on Friday. The government declared a state of emergency in the "
         "capital after protesters stormed parliament.")


def test_a_court_appearance_is_no_act_of_the_one_who_appears():
    """Appearing in court or before a judge is a defendant's appearance, no arrest nor legal action by him; the
    charge told by its own verb stays, and an arrest in court stays."""
    _none("A Canadian man, aged 34, appeared in Auckland District Court on Monday, charged with two counts of fraud.")
    _none("The former minister appeared in court in Paris on Tuesday.")
    _none("The former minister appeared before a judge in Paris on Tuesday.")
    _has("ACCUSE", "Prosecutors charged the former minister with fraud.")
    _has("COERCE", "Police arrested the former minister outside the court in Paris on Tuesday.")


def test_a_doer_that_crashed_beside_its_act_had_an_accident():
    """The doer's own crash told beside the act ("struck power lines and crashed") is an accident; an aircraft
    that struck a target and flew home, or one the sentence says struck in an attack, did it on purpose."""
    _none("A firefighting helicopter struck a radio mast and crashed near Nice.")
    _has("ASSAULT", "Turkish jets struck PKK positions and returned to base.")
    _has("ASSAULT", "The hijacked plane struck the tower and crashed, in an attack claimed by al-Qaeda.")
