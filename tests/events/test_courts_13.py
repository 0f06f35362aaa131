"""Courts, prosecutors and police in political news worldwide, the rules alone.

- Premises searched by police, prosecutors or officials are searched for evidence (the CAMEO dictionary's SEARCH,
  090: ACCUSE investigate, as PLV's annotators code it), not the dictionary's "seek office" that "searched the offices"
  reads (AGREE); a search of rubble stays rescue work.
- A person questioned or interrogated by police, prosecutors or investigators is under investigation (CAMEO 09:
  ACCUSE investigate).
- A person wanted for a crime handed over to another state is extradited (CAMEO 063: COOPERATE).
- A fee, a price or a sum charged is asked in payment, no charge brought.
- Evidence or testimony given or presented at a trial, a hearing or an inquiry, or by prosecutors, is a step of the
  proceeding, no accusation nor information shared; a measure noun ("200 pieces of evidence") measures its "of" noun.
- A prison term sought for someone is punishment called for (ACCUSE, as "demanded sanctions"), the one it is for the
  recipient; a conviction upheld is the court's finding of guilt (CAMEO 116: ACCUSE), a sentence upheld its sentence
  (172: COERCE).
- Access banned to a website is censorship done to the website (COERCE censor).
- Remanded in custody is detention (CAMEO 173); a case remanded to a lower court is none.
- A criminal case opened against someone is a charge brought.
- Charges or a case dismissed or thrown out by a court or a judge are dropped (CAMEO 081: CONCEDE), done to the one
  they were against; a minister dismissing charges denies them.
- Parties: a nationality the recogniser took for an organisation ("a Guatemalan appeals court", "the Kazakh
  president") is a nationality, so the phrase it modifies is the party (GTM JUD, KAZ GOV); the ICC is named by its
  judges and its warrants.
- An acquittal clears the accused (CAMEO ACQUIT 081: CONCEDE); an amnesty approved or passed is a concession; an
  Interpol red notice is a warrant's act (COERCE arrest).
"""

from __future__ import annotations

import pytest

from tests.events.rules import assert_coded, assert_none, assert_not_coded, events, rules_alone  # noqa: F401

D = "2025-04-02"

CODED = [
    ("ACCUSE", "Federal police searched the offices of an opposition newspaper in Brasilia.", "police", "newspaper"),
    ("ACCUSE", "Anti-corruption agents searched the home of the former energy minister.", "agents", "minister"),
    ("ACCUSE", "Moldovan prosecutors questioned the former central bank chief over the missing billion.", "prosecutors",
     "chief"),
    ("ACCUSE", "Police interrogated two opposition lawmakers for nine hours.", "Police", "lawmakers"),
    ("COOPERATE", "Thailand handed over a wanted Chinese businessman to Chinese authorities.", "Thailand", "Chinese"),
    ("COOPERATE", "Kenya turned over a wanted drug lord to the United States on Friday.", "Kenya", "United States"),
    ("ACCUSE", "The prosecution demanded a life sentence for the former army chief.", "prosecution", "chief"),
    ("ACCUSE", "The Supreme Court upheld the conviction of the former deputy prime minister.", "Court", "minister"),
    ("COERCE", "An appeals court confirmed the prison sentence of the blogger.", "court", "blogger"),
    ("COERCE", "A court in Islamabad banned access to the opposition party's website.", "court", "website"),
    ("ACCUSE", "Investigators opened a criminal case against the mayor of Odesa.", "Investigators", "mayor"),
    ("CONCEDE", "A military court acquitted the three officers of torture.", "court", "officers"),
    ("CONCEDE", "Lawmakers passed an amnesty for those jailed over the protests.", "Lawmakers", ""),
    ("COERCE", "Interpol issued a red notice for the exiled businessman.", "Interpol", "businessman"),
    ("CONCEDE", "A magistrate threw out the case against the two student leaders.", "magistrate", "leaders"),
    ("CONCEDE", "The High Court dismissed all charges against the former spy chief.", "Court", "chief"),
]


@pytest.mark.parametrize("kind,text,actor,recipient", CODED)
def test_coded(kind: str, text: str, actor: str, recipient: str) -> None:
    assert_coded(kind, text, actor, recipient, date=D)


NONE = [
    "The ministry charges a fee of 30 euros for each passport.",
    "Prosecutors presented dozens of pieces of evidence on the first day of the trial.",
    "Two former aides gave evidence to the parliamentary inquiry on Thursday.",
    "The judges heard testimony from six witnesses.",
]


@pytest.mark.parametrize("text", NONE)
def test_none(text: str) -> None:
    assert_none(text)


NOT_CODED = [
    ("COERCE", "The Supreme Court remanded the case to the appeals court."),
    ("ACCUSE", "The airline charges passengers a fee for checked bags."),
    ("COOPERATE", "The witness gave evidence to the court for three hours."),
    ("ACCUSE", "Prosecutors opened the case file to defence lawyers."),
    ("CONCEDE", "The interior minister dismissed the charges as baseless."),
]


@pytest.mark.parametrize("kind,text", NOT_CODED)
def test_not_coded(kind: str, text: str) -> None:
    assert_not_coded(kind, text, date=D)


UNNAMED = [
    ("COERCE", "Twelve students were remanded in custody after the protest.", "students"),
]


@pytest.mark.parametrize("kind,text,recipient", UNNAMED)
def test_doer_unsaid(kind: str, text: str, recipient: str) -> None:
    """The act told without its doer: coded with no actor, on the one it befell."""
    got = [e for e in events(text, date=D) if e.type == kind]
    assert any(any(recipient in (p.span.text if p.span else p.name) for p in e.recipient) for e in got), got


def test_rescuers_searching_rubble_investigate_nothing() -> None:
    assert not [e for e in events("Rescuers searched the rubble of the building for survivors.", date=D)
                if e.type in ("ACCUSE", "COERCE", "AGREE")]


PARTIES = [
    ("A Guatemalan appeals court acquitted the newspaper's founder.", "GTM", "JUD"),
    ("The Kazakh president pardoned 30 prisoners on Independence Day.", "KAZ", "GOV"),
    ("ICC judges issued an arrest warrant for the Libyan police chief.", "IGO", "JUD"),
]


@pytest.mark.parametrize("text,code,sector", PARTIES)
def test_judicial_parties(text: str, code: str, sector: str) -> None:
    got = [(p.code, p.sector) for e in events(text, date=D) for p in e.actor]
    assert (code, sector) in got, got
