"""Ordinary news, fourth round (issue 12): election campaigning told with event verbs, a disaster's emergency
management, private and family life, and statements of one's own conduct are no political acts; the acts beside
them (aid abroad after a disaster, an emergency against protesters, an endorsement, a retreat of troops, a
candidate arrested) stay. Each assertion is one sentence; every sentence is our own."""

from __future__ import annotations

from .rules import assert_has as _has
from .rules import assert_none as _none
from .rules import rules_alone  # noqa: F401 (the module-wide fixture)
from .rules import types as _types


def test_a_campaign_visit_or_rally_is_no_meeting_nor_protest():
    """A visit whose purpose is campaigning (campaign_verbs), a verb of campaigning with no cause campaigned for, and
    a rally held by named people with no party it is against are a candidate's campaign (the guide: campaigns and
    primaries are no event); a visit by a minister, a meeting with a leader during a campaign, a rally against the
    government, and protesters rallying stay."""
    _none("Senator Bernie Sanders visited Iowa on Monday to campaign ahead of the caucuses.")
    _none("The candidate campaigned in Florida on Tuesday.")
    _none("Joe Biden held a rally in Ohio on Saturday.")
    _none("Donald Trump held a campaign rally in Tulsa on Saturday night.")
    _none("The governor toured three counties on the campaign trail last week.")
    _none("Mayor Pete Buttigieg made a campaign stop in Nevada on Friday.")
    _none("Senator Cruz hosted a fundraiser in Houston on Thursday.")
    _has("CONSULT", "The Prime Minister of Japan hosted the President of Brazil in Tokyo.")
    _has("CONSULT", "Biden met with Zelensky at the White House during the campaign season.")
    _has("PROTEST", "Opposition supporters rallied in Kampala to protest the arrest of their candidate.")
    _has("ASSAULT", "Police fired tear gas at opposition supporters during the election campaign.")
    _has("CONSULT", "Secretary of State Antony Blinken visited Kyiv on Monday.")
    _has("CONSULT", "President Emmanuel Macron met Chancellor Olaf Scholz during the election campaign.")
    _has("PROTEST", "The opposition leader held a rally against the government in Nairobi.")
    _has("PROTEST", "Thousands of protesters rallied in Minsk against President Lukashenko.")
    _has("COERCE", "Police arrested the opposition candidate during a campaign rally in Kampala.")


def test_leaving_or_winning_a_race_is_no_retreat_nor_violence():
    """Leaving a contest of votes (races) ends a candidacy, no retreat from another party nor a concession; beating
    someone in one is a result (as a contest of sport); an endorsement in a primary stays SUPPORT, troops withdrawn,
    talks walked out of and a battle won stay."""
    _none("Elizabeth Warren dropped out of the presidential race on Thursday.")
    _none("Kamala Harris withdrew from the race for the Democratic nomination.")
    _none("Pete Buttigieg suspended his campaign on Sunday.")
    _none("Tulsi Gabbard withdrew her candidacy on Thursday.")
    _none("The mayor beat her Republican challenger in the November election.")
    _none("Joe Biden defeated Bernie Sanders in the South Carolina primary.")
    _none("The former vice president pulled out of the race for governor.")
    _none("The incumbent defeated three challengers in Sunday's runoff.")
    assert _types("Elizabeth Warren endorsed Joe Biden in the Democratic primary.") == ["SUPPORT"]
    assert _types("Amy Klobuchar ended her campaign and endorsed Joe Biden.") == ["SUPPORT"]
    assert _types("Klobuchar quit the race and backed Biden.") == ["SUPPORT"]
    _has("RETREAT", "Russian troops withdrew from Kherson.")
    _has("REJECT", "The Venezuelan opposition withdrew from the talks with the government.")


def test_an_emergency_at_home_in_a_disaster_is_no_coercion_nor_aid():
    """An emergency declared, an evacuation ordered or carried out, a rescue or troops sent to help, with a disaster
    named as the setting (disasters, disaster_types), is emergency management at home; help sent to another country
    after a disaster stays AID (or AGREE, pledged), and an emergency or martial law against protesters or after a coup
    stays COERCE, as does an arrest for a fire."""
    _none("The governor of Florida declared a state of emergency ahead of Hurricane Ian.")
    _none("The state of California declared an emergency over the wildfires on Sunday.")
    _none("Indonesia declared a state of emergency after the volcano erupted.")
    _none("A state of emergency was declared in three provinces because of heavy snow.")
    _none("Authorities ordered the evacuation of coastal towns as the storm approached.")
    _none("Officials ordered residents of Key West to evacuate before the hurricane.")
    _none("Firefighters evacuated 2,000 residents as the wildfire spread.")
    _none("The army evacuated thousands of villagers from the path of the cyclone.")
    _none("Soldiers rescued 40 people trapped by floodwaters in Kerala.")
    _none("Emergency services rescued a family from their flooded home.")
    _none("Police evacuated the town after the dam burst.")
    _none("The Philippine government deployed soldiers to help victims of the typhoon.")
    _none("Residents were ordered to leave their homes as floodwaters rose in New South Wales.")
    _none("The Red Cross evacuated hundreds of families from villages threatened by the eruption.")
    _none("Authorities lifted the state of emergency after the floods receded.")
    _none("The Kenyan government deployed the army to help people stranded by floods.")
    _has("AID", "Germany sent army helicopters to help Italy fight the forest fires.")
    _has("COERCE", "Hungary closed its border with Serbia after the floods.")
    _has("AID", "Israel evacuated its citizens from Sudan as fighting raged.")
    _has("AID", "The World Bank approved a $500 million loan to Pakistan after the floods.")
    _has("COERCE", "Police imposed a curfew in the city after the riots.")
    _has("COERCE", "The governor declared a state of emergency after violent protests in Minneapolis.")
    assert _types("Japan sent rescue teams to Turkey after the earthquake.") == ["AID"]
    assert _types("China sent 200 tonnes of food aid to Nepal after the earthquake.") == ["AID"]
    assert _types("Turkey sent search and rescue teams to Syria after the earthquake.")  # help abroad (AGREE here)
    _has("AGREE", "The United States pledged $10 million in aid to Haiti after the hurricane.")
    _has("AGREE", "India offered relief supplies to Bangladesh after the cyclone.")
    _has("AID", "Russia evacuated its embassy staff from Kyiv.")
    _has("AID", "The United Nations evacuated its staff from Kabul as the Taliban advanced.")
    _has("COERCE", "The government declared a state of emergency and deployed troops against protesters.")
    _has("COERCE", "The Ethiopian government declared a state of emergency to quell the protests.")
    _has("COERCE", "Thailand declared martial law after the army seized power.")
    _has("COERCE", "Police arrested the man suspected of starting the wildfire.")


def test_refusals_apologies_and_pleas_in_private_life_are_no_events():
    """A refusal, an apology or a plea between people of no public standing (standing_types with REJECT, CONCEDE and
    REQUEST) is family or private life; the same acts with a party of standing among the parties stay, and so do
    acts of crime and a public figure's criticism of the press."""
    _none("She said her family rejected her after she came out.")
    _none("The footballer apologised to his wife for the affair.")
    _none("His parents refused to let him join the band.")
    _none("The boy's mother begged him to come home.")
    _none("The couple talked about their future over dinner.")
    _none("His wife urged him to resign.")
    _none("The teenager's father refused to pay the ransom.")
    _none("The senator's husband apologised for his remarks.")
    _none("The billionaire's son refused to testify against his father.")
    _has("REQUEST", "The mother of the jailed journalist appealed to President Erdogan to free her son.")
    _has("REJECT", "The Saudi royal family rejected the accusations of the United Nations.")
    _has("REJECT", "The rebels rejected the government's peace offer.")
    _has("CONCEDE", "The Prime Minister apologised to the families of the victims of the army raid.")
    _has("REQUEST", "Protesters begged the police to free the detained students.")
    _has("COERCE", "The president's brother was arrested by police on Monday.")
    _has("ACCUSE", "Prince Harry criticised the British press.")


def test_a_tribute_or_a_defence_of_ones_own_record_is_a_statement():
    """Defending what is one's own (own_possessives: "his record", "her decision") states one's own conduct, and a
    tribute paid (the dictionary's object names the verb's sense, a statement) or condolences sent, even to a state
    (the pattern's `statement`: CAMEO 01, which PLOVER drops), and support voiced for a policy named as one
    (policy_words: "the Green New Deal", whatever the tagger makes of its names) are none; congratulations stay
    praise, defending
    another country or another's decision and praise of a country's role stay SUPPORT, and a visit paid CONSULT."""
    _none("Donald Trump defended his record on the economy during the debate.")
    _none("The governor defended his handling of the pandemic.")
    _none("The senator defended her vote against the bill.")
    _none("The Prime Minister paid tribute to the victims of the attack.")
    _none("Barack Obama delivered a eulogy for John Lewis in Atlanta.")
    _none("The minister defended his ministry's response to the floods.")
    _none("Obama defended his administration's record on immigration.")
    _has("SUPPORT", "The former president praised his successor's handling of the crisis.")
    _has("SUPPORT", "The White House defended the president's remarks about the judge.")
    _none("Prime Minister Justin Trudeau offered condolences to France after the attack.")
    _none("Putin sent condolences to the people of Britain.")
    _has("SUPPORT", "Vladimir Putin offered his congratulations to the new French president.")
    _has("SUPPORT", "Iran's foreign minister defended Hezbollah against the new sanctions.")
    assert "SUPPORT" not in _types("Angela Merkel defended her decision to open the borders.")
    _has("SUPPORT", "Germany defended Ukraine against criticism from Hungary.")
    _has("SUPPORT", "The senator defended the president's decision to withdraw the troops.")
    _has("SUPPORT", "The President of France praised Kenya's role in the peace talks.")
    _has("SUPPORT", "The foreign minister stressed his support for the government of Ukraine.")
    _none("The senator stressed her support for the Green New Deal.")
    _none("The minister reiterated his support for the Paris Agreement.")
    _has("SUPPORT", "Chancellor Scholz reaffirmed Germany's support for Ukraine.")
    _has("CONSULT", "Biden paid a visit to Kyiv on Monday.")
