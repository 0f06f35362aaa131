"""Object control: the "to" infinitive of "lead", "leave", "prompt" ... has the verb's object for subject ("the
defeat led party leaders to say ..."), not the verb's own subject; a request ("urged the mayor to resign") is the
asker's words and keeps the asker."""


def _speaker(quotes_of, text, cue):
    qs = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == cue]
    assert qs, [(q.kind, q.text, q.cue) for q in quotes_of(text)]
    return qs[0].speaker


def test_led_someone_to_say(quotes_of):
    sp = _speaker(quotes_of, "The narrow defeat led several party leaders to say that the campaign had failed.", "say")
    assert sp is not None and sp.name and "party leaders" in sp.name, sp


def test_leaving_someone_to_wonder(quotes_of):
    text = "The factory closed in March, leaving many of its former workers to wonder whether the town would survive."
    sp = _speaker(quotes_of, text, "wonder")
    assert sp is not None and sp.name and "workers" in sp.name, sp


def test_prompting_someone_to_warn(quotes_of):
    text = "The flood damaged three bridges, prompting engineers to warn that the river road was unsafe."
    sp = _speaker(quotes_of, text, "warn")
    assert sp is not None and sp.name and "engineers" in sp.name, sp


def test_a_request_keeps_the_asker(quotes_of):
    text = "The union urged the mayor to reject the budget cuts."
    qs = [q for q in quotes_of(text) if q.speaker is not None]
    assert qs and all("mayor" not in (q.speaker.name or "") for q in qs), [(q.text, q.speaker) for q in qs]
