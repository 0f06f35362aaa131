from __future__ import annotations

import pytest

from communique.quotes.lexicon import LexiconError, default_lexicon, load_lexicon


def test_packaged_lexicon_loads():
    lex = default_lexicon()
    assert "say" in lex.direct_cues and "say" in lex.indirect_cues
    assert "laugh" in lex.direct_cues and "laugh" not in lex.indirect_cues  # direct only
    assert ("according", "to") in lex.source_phrases and "statement" in lex.text_nouns


def test_user_file_extends_it(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("speech_verbs: [harrumph]\n")
    assert "harrumph" in load_lexicon((extra,)).direct_cues


@pytest.mark.parametrize("body", ["speech_verb: [say]\n", "speech_verbs: say\n", "speech_verbs: [1]\n", "[a, b]\n",
                                  "speech_verbs: [unclosed\n"])
def test_bad_files_fail_loudly(tmp_path, body):
    bad = tmp_path / "bad.yaml"
    bad.write_text(body)
    with pytest.raises(LexiconError):
        load_lexicon((bad,))
