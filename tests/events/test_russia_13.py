"""Russia, Belarus, the Caucasus and Central Asia as the wires report them, the rules alone.

- The recogniser's ORG made of a country's demonym and common words ("Kazakh security" of "Kazakh security
  services") is no name: the group phrase is built as after any demonym, and security services are intelligence
  (SPY). The region's security services by their acronyms (GKNB, KNB, Belarus's KGB), told apart by the story's
  country; a party's chairman is the party's, not a company's.
- A noun under "no" whose infinitive or "of" gerund is the act ("had no plans to meet", "no intention of visiting")
  denies the act; a noun's finite clause ("there is no doubt that ...") does not.
- An act's noun judged "possible" by a copula is hypothetical, "unlikely" negated.
- A naming verb's predicate the parse hangs on a passive participle of the object ("designated the group founded
  by X an extremist organisation") is still what is said of the object; a party put on a register of foreign agents
  is restricted (COERCE).
- Someone ordered held, detained or arrested is arrested by the one who orders it (a small clause).
- A prisoner exchange carried out is a release (RETREAT); weapons deployed are a mobilisation; retaliatory measures
  taken are a sanction.
- "X said its forces shot down ...": the possessive of the reported clause's subject is the teller's.
- Leaders of an intergovernmental body meeting are parties of public standing.
"""

from __future__ import annotations

import pytest

from tests.events.rules import assert_coded, assert_not_coded, events, rules_alone  # noqa: F401

D = "2024-03-12"

CODED = [
    ("COERCE", "Kazakh security services detained a blogger in Shymkent on Monday.", "Kazakh security services",
     "blogger"),
    ("COERCE", "Kyrgyz security services raided the offices of an independent news site.",
     "Kyrgyz security services", ""),
    ("COERCE", "A Minsk court ordered the opposition activist detained for two months.", "court", "activist"),
    ("COERCE", "The judge ordered the editor held in custody pending trial.", "judge", "editor"),
    ("COERCE", "The Justice Ministry added an exiled journalist to its register of foreign agents.",
     "Justice Ministry", "journalist"),
    ("COERCE", "The prosecutors designated the media group founded by the exiled tycoon an undesirable organisation.",
     "prosecutors", "media group"),
    ("COERCE", "A court designated the foundation founded by the opposition leader an extremist organisation.",
     "court", "foundation"),
    ("RETREAT", "Belarus and Lithuania carried out a prisoner exchange at the border.", "Belarus", ""),
    ("RETREAT", "Moscow and Kyiv held a prisoner swap on Saturday.", "Moscow", ""),
    ("MOBILIZE", "Russia deployed tactical nuclear weapons in Belarus last summer.", "Russia", ""),
    ("SANCTION", "Russia responded with retaliatory measures against Latvia.", "Russia", "Latvia"),
    ("ASSAULT", "The Russian Defence Ministry said its air defences downed 12 drones over Kursk.",
     "its air defences", "drones"),
    ("CONSULT", "Leaders of the Eurasian Economic Union met in Minsk on Friday.", "Eurasian Economic Union", ""),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind: str, text: str, actor: str, recipient: str) -> None:
    assert_coded(kind, text, actor, recipient, date=D, modalities=("asserted", "reported"))


def _party(text: str, kind: str, word: str):
    """The party holding ``word`` of the first event of ``kind``."""
    for e in events(text, date=D):
        if e.type == kind:
            for p in (*e.actor, *e.recipient):
                if word in (p.span.text if p.span else p.name):
                    return p
    raise AssertionError((text, [(e.type, e.actor, e.recipient) for e in events(text, date=D)]))


@pytest.mark.parametrize("kind,text,word,code,sector", [
    ("COERCE", "Kazakh security services detained a blogger in Shymkent on Monday.", "Kazakh", "KAZ", "SPY"),
    ("COERCE", "The GKNB detained two activists in Bishkek.", "GKNB", "KGZ", "SPY"),
    ("COERCE", "The GKNB detained two activists in Dushanbe, Tajikistan's capital.", "GKNB", "TJK", "SPY"),
    ("COERCE", "The KNB detained a former minister in Almaty.", "KNB", "KAZ", "SPY"),
    ("COERCE", "Belarusian KGB officers detained three journalists in Grodno.", "KGB", "BLR", "SPY"),
    ("CONSULT", "Ararat Mirzoyan met the French ambassador in Yerevan.", "Mirzoyan", "ARM", "GOV"),
    ("ACCUSE", "Georgian Dream chairman Bidzina Ivanishvili accused the opposition of treason.", "Ivanishvili",
     "GEO", "PTY"),
    ("REQUEST", "The OSCE Minsk Group urged Armenia and Azerbaijan to respect the truce.", "Minsk Group", "IGO", None),
])
def test_region_actor(kind: str, text: str, word: str, code: str, sector: str | None) -> None:
    p = _party(text, kind, word)
    assert (p.code, p.sector) == (code, sector), (p.code, p.sector)


@pytest.mark.parametrize("text", [
    "The Kremlin said Putin had no plans to meet the Moldovan president.",
    "Baku has no intention of signing the treaty before the election.",
    "Talks between Baku and Yerevan are unlikely before the summer.",
])
def test_denied(text: str) -> None:
    got = [e for e in events(text, date=D) if e.type in ("CONSULT", "AGREE", "SUPPORT")]
    assert got and all(e.modality == "negated" for e in got), [(e.type, e.modality) for e in got]


def test_retaliatory_measures_promised_are_a_threat() -> None:
    got = [e.type for e in events("Zakharova said Moscow would take retaliatory measures.", date=D)]
    assert "THREATEN" in got, got


def test_judged_possible_meeting_is_hypothetical() -> None:
    got = [e for e in events("Peskov said a meeting between Putin and Aliyev was possible.", date=D)
           if e.type == "CONSULT"]
    assert got and all(e.modality == "hypothetical" for e in got), [(e.type, e.modality) for e in got]


NOT_CODED = [
    ("COERCE", "The general ordered his troops to hold their positions."),
    ("COERCE", "The club added two players to its list of injured players."),
    ("MOBILIZE", "The bank deployed new software across its branches."),
]


@pytest.mark.parametrize("kind,text", NOT_CODED)
def test_not_coded(kind: str, text: str) -> None:
    assert_not_coded(kind, text, date=D)


def test_no_doubt_asserts() -> None:
    got = [e for e in events("There is no doubt that Russian forces attacked the convoy.", date=D)
           if e.type == "ASSAULT"]
    assert got and all(e.modality != "negated" for e in got), [(e.type, e.modality) for e in got]
