"""A passive verb of naming or viewing keeps its "by" when the parser hangs it on what the subject is called or seen
as ("was called X by Y", "was viewed as X by Y"); a noun's own "by" ("its treatment by police") is no agent. An age
used as a noun ("said the 46-year-old") names a person, though the entity recogniser calls it a date."""


def _one(quotes_of, text, cue):
    qs = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue]
    assert len(qs) == 1, [(q.kind, q.text, q.cue) for q in quotes_of(text)]
    return qs[0]


def test_called_by(quotes_of):
    q = _one(quotes_of, "The new rule has been called “a disaster” by Jane Ortiz, a farmer in Fresno.",
             "called")
    assert q.speaker is not None and q.speaker.name == "Jane Ortiz", q.speaker
    assert "Ortiz" not in q.text and q.text.startswith("The new rule"), q.text


def test_seen_as_by(quotes_of):
    q = _one(quotes_of, "The harbour plan was seen as a triumph by most of the fishermen in the port.", "seen")
    assert q.speaker is not None and q.speaker.name and "fishermen" in q.speaker.name, q.speaker


def test_declared_by(quotes_of):
    q = _one(quotes_of, "The mayor was declared the winner of the runoff by the county election board on Tuesday.",
             "declared")
    assert q.speaker is not None and q.speaker.name and "election board" in q.speaker.name, q.speaker


def test_a_noun_keeps_its_own_by(quotes_of):
    qs = [q for q in quotes_of("The company was criticized for its treatment by police of the striking workers.")
          if q.cue is not None and q.cue.text == "criticized"]
    assert all(q.speaker is None or "police" not in (q.speaker.name or "") for q in qs), [q.speaker for q in qs]


def test_an_age_as_a_speaker(quotes_of):
    qs = [q for q in quotes_of("“We will keep the shop open,” said the 46-year-old. “It is all we have.”")]
    assert qs and all(q.speaker is not None and q.speaker.name == "the 46-year-old" for q in qs), qs
