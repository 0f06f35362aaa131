"""The trade-war register (economic statecraft between states, as wires and business pages report it).

Rules (src/communique/data/event_patterns.yaml; the codebook's reason with each):
- tariffs, duties and export controls imposed on another state's goods are its sanctions (CAMEO 163, SANCTION in
  this project as sanctions imposed); retaliating with tariffs or levies is imposing them, no attack;
- a ban, block or restriction on imports or exports is an embargo (CAMEO 163: SANCTION), not an administrative
  restriction (COERCE); imports halted, assets frozen: the "of", "from" or "to" phrase of the object says whose;
- a party added to a trade blacklist (the entity list) is sanctioned, one removed from it has the sanction eased
  (CAMEO 085: RETREAT); a partner struck from a list of trusted trading partners is sanctioned;
- export controls or curbs eased, retaliatory tariffs dropped and frozen assets released are sanctions eased (085:
  RETREAT), not domestic restrictions eased (CONCEDE);
- threatening tariffs threatens an embargo (CAMEO 1312): the party threatened is the one the tariffs fall on;
- expropriating property is seizing it (CAMEO 1711: COERCE seize);
- trade resumed with another state is economic cooperation (CAMEO 061: COOPERATE);
- taking a state to the WTO or launching a WTO challenge is a suit (CAMEO 115: ACCUSE allege).
Ordinary business news (prices, volumes, dividends, revenue) codes none of these: the guards at the end.
"""

from __future__ import annotations

import pytest

from .rules import assert_coded, assert_none, assert_not_coded, rules_alone  # noqa: F401

CODED = [
    ('SANCTION', 'Beijing retaliated with levies on American soybeans and pork.', 'Beijing', 'American'),
    ('SANCTION', 'China retaliated with tariffs on U.S. farm products.', 'China', 'U.S.'),
    ('SANCTION', 'Britain froze the assets of three Russian banks.', 'Britain', 'Russian'),
    ('SANCTION', 'The Treasury froze the assets of the Venezuelan oil company.', 'Treasury', 'Venezuelan'),
    ('SANCTION', 'Japan froze the assets of 12 Russian oligarchs on Tuesday.', 'Japan', 'Russian'),
    ('SANCTION', 'The U.S. Commerce Department added Huawei to its entity list.', 'Commerce Department', 'Huawei'),
    ('SANCTION', 'Washington added 23 Chinese companies to a trade blacklist.', 'Washington', 'Chinese'),
    ('SANCTION', 'India banned imports of Chinese mobile apps and electronics.', 'India', 'Chinese'),
    ('SANCTION', 'Russia banned imports of fruit and vegetables from Poland.', 'Russia', 'Poland'),
    ('SANCTION', 'Saudi Arabia banned imports of Lebanese produce.', 'Saudi Arabia', 'Lebanese'),
    ('SANCTION', 'China halted imports of Australian coal last year.', 'China', 'Australian'),
    ('SANCTION', 'Moscow cut off gas supplies to Bulgaria and Poland.', 'Moscow', 'Bulgaria'),
    ('SANCTION', 'Gazprom cut off gas supplies to Ukraine on January 1.', 'Gazprom', 'Ukraine'),
    ('SANCTION', 'The EU slapped anti-dumping duties on Chinese solar panels.', 'EU', 'Chinese'),
    ('SANCTION', 'Washington imposed export controls on Chinese chipmakers.', 'Washington', 'Chinese'),
    ('SANCTION', 'The United States tightened export controls on Russia.', 'United States', 'Russia'),
    ('SANCTION', 'The Netherlands restricted exports of chipmaking machines to China.', 'Netherlands', 'China'),
    ('SANCTION', 'Britain suspended arms exports to Israel.', 'Britain', 'Israel'),
    ('SANCTION', 'South Korea removed Japan from its list of trusted trading partners.', 'South Korea', 'Japan'),
    ('SANCTION', 'Japan removed South Korea from its white list of trading partners.', 'Japan', 'South Korea'),
    ('SANCTION', 'China suspended beef imports from Australia.', 'China', 'Australia'),
    ('SANCTION', 'China blocked imports of Lithuanian goods.', 'China', 'Lithuanian'),
    ('SANCTION', 'The EU banned Russian oil imports by sea.', 'EU', 'Russian'),
    ('SANCTION', 'The EU suspended trade preferences for Cambodia.', 'EU', 'Cambodia'),
    ('SANCTION', 'Ukraine halted grain exports to Hungary.', 'Ukraine', 'Hungary'),
    ('SANCTION', 'The U.S. froze $7 billion of Afghan central bank assets.', 'U.S.', 'Afghan'),
    ('COERCE', "The government expropriated the Spanish oil company's stake in YPF.", 'government', 'Spanish'),
    ('COERCE', "Argentina expropriated Repsol's majority stake in YPF.", 'Argentina', 'Repsol'),
    ('COERCE', 'Zimbabwe expropriated farms owned by white farmers.', 'Zimbabwe', 'farmers'),
    ('THREATEN', 'Trump threatened retaliatory tariffs on European cars.', 'Trump', 'European'),
    ('COOPERATE', 'Ukraine resumed grain exports to Egypt through its Black Sea ports.', 'Ukraine', 'Egypt'),
    ('COOPERATE', 'China resumed imports of Japanese seafood.', 'China', 'Japanese'),
    ('COOPERATE', 'Russia resumed gas deliveries to Austria.', 'Russia', 'Austria'),
    ('RETREAT', 'Washington eased export controls on India.', 'Washington', 'India'),
    ('RETREAT', 'Japan relaxed export curbs on South Korea.', 'Japan', 'South Korea'),
    ('RETREAT', 'Washington removed Chinese telecom firms from its blacklist.', 'Washington', 'Chinese'),
    ('RETREAT', 'Britain unfroze the assets of the Libyan central bank.', 'Britain', 'Libyan'),
    ('RETREAT', 'Canada dropped its retaliatory tariffs on American goods.', 'Canada', 'American'),
    ('ACCUSE', "Australia launched a WTO challenge to China's barley tariffs.", 'Australia', 'China'),
    ('ACCUSE', 'The EU took Indonesia to the WTO over its nickel export ban.', 'EU', 'Indonesia'),
]


@pytest.mark.parametrize(("kind", "text", "actor", "recipient"), CODED)
def test_trade_statecraft_coded(kind, text, actor, recipient):
    assert_coded(kind, text, actor, recipient)


NOT_THAT = [
    ('ASSAULT', 'Beijing retaliated with levies on American soybeans and pork.'),
    ('ASSAULT', 'The EU slapped anti-dumping duties on Chinese solar panels.'),
    ('COERCE', 'India banned imports of Chinese mobile apps and electronics.'),
    ('PROTEST', 'China blocked imports of Lithuanian goods.'),
    ('CONCEDE', 'Washington eased export controls on India.'),
    ('THREATEN', 'The United States tightened export controls on Russia.'),
]


@pytest.mark.parametrize(("kind", "text"), NOT_THAT)
def test_trade_statecraft_not_that_type(kind, text):
    assert_not_coded(kind, text)


GUARDS = [
    'Tariffs on steel rose 3% last year.',
    'Exports fell 4.2 percent in March from a year earlier.',
    'Prices froze in the cold snap as trading thinned.',
    'The company froze its dividend.',
    'Steelmakers raised prices by $20 a tonne.',
    'The company said it would suspend its dividend.',
    'Trade volumes were thin ahead of the holiday.',
    'Revenue from exports to China rose 12%.',
    'Coffee prices rose on fears of a ban on exports.',
    'Grain exports reached a record 50 million tonnes.',
    'Beef imports fell sharply in the quarter.',
    'The fund froze redemptions after heavy losses.',
    'Toyota resumed production at its plants in Japan.',
    'The company resumed dividend payments.',
    'Tariff revenue rose to a record $80 billion.',
    'The chipmaker said export controls would cut its revenue by $400 million.',
    'Analysts said the sanctions would cut Russian oil revenue.',
    'Copper prices froze near $9,000 a tonne.',
]


@pytest.mark.parametrize("text", GUARDS)
def test_business_news_codes_nothing(text):
    assert_none(text)
