"""Language of a body: plainly English prose is told by its function words, the rest by the identifier."""

from __future__ import annotations

from communique.extract.language import _plainly_english, detect_language

ENGLISH = ("The river council voted on Tuesday to rebuild the old stone bridge at Millford, ending a dispute that "
           "had divided the valley's farming villages for almost a decade. Engineers told the council that the new "
           "bridge would carry lorries of up to forty tonnes and would be raised two metres above the flood level.")
GERMAN = ("Der Rat hat am Dienstag beschlossen, die alte Steinbrücke in Millford wieder aufzubauen. Damit endet ein "
          "Streit, der die Dörfer des Tals fast ein Jahrzehnt lang gespalten hatte. Die Ingenieure sagten dem Rat, "
          "dass die neue Brücke Lastwagen bis zu vierzig Tonnen tragen werde und zwei Meter höher liegen solle.")
DUTCH = ("De gemeenteraad heeft dinsdag besloten de oude stenen brug in Millford te herbouwen, waarmee een einde "
         "komt aan een geschil dat de dorpen in het dal bijna tien jaar verdeelde. De ingenieurs vertelden de raad "
         "dat de nieuwe brug vrachtwagens van veertig ton kan dragen en twee meter hoger komt te liggen.")


def test_english_prose_is_told_by_its_function_words() -> None:
    assert _plainly_english(ENGLISH)
    assert detect_language(ENGLISH) == "en"


def test_other_languages_go_to_the_identifier() -> None:
    assert not _plainly_english(GERMAN) and not _plainly_english(DUTCH)
    assert detect_language(GERMAN) == "de"
    assert detect_language(DUTCH) == "nl"


def test_short_text_keeps_the_declared_language() -> None:
    assert detect_language("Breaking news", "fr-FR") == "fr"
