"""Ordinary news (issue 12): acts only possible or permitted, and accidents, are no asserted political acts."""

from __future__ import annotations

from .rules import events, rules_alone  # noqa: F401 (the module-wide fixture)


def test_a_vehicle_is_no_doer_of_violence():
    """A crash told with the vehicle as subject is an accident, no act of violence (a guard: no verb pattern codes a
    vehicle's harm today); people who kill are still coded."""
    assert [e.type for e in events("A delivery truck struck a cyclist in Lyon on Monday, killing him.")
            if e.type == "ASSAULT"] == []
    assert "ASSAULT" in [e.type for e in events("Rebels killed 20 villagers in Kandahar on Monday.")]


def test_eligibility_and_permission_make_an_act_only_possible():
    """An act under "is eligible to", "is entitled to", "has the right to" is hypothetical, as under "may"."""
    for text in ("The Mexican ambassador is eligible to appeal the ruling against Sweden.",
                 "France has the right to veto the resolution against Germany."):
        evs = events(text)
        assert evs and all(e.modality == "hypothetical" for e in evs), [(e.type, e.modality) for e in evs]



def test_a_recording_does_no_act():
    """What a video "captured" is recorded, not seized (non_agents), also where the parser names the video an
    organisation of the story's country."""
    text = "President Putin was admitted to a hospital in Moscow.  Video captured Putin wearing a mask on his way."
    assert [e.type for e in events(text) if e.type in ("ASSAULT", "COERCE")] == []


def test_rescuers_coerce_no_one():
    """Rescue workers pulling people out of a wreck rescue them (rescuers): no seizure, no violence."""
    assert [e.type for e in events("Firefighters extracted four miners from the collapsed shaft in Silesia.")
            if e.type in ("COERCE", "ASSAULT")] == []


def test_amassing_votes_or_delegates_is_no_mobilisation():
    """Only forces or arms amassed are a force posture (CAMEO 15)."""
    assert "MOBILIZE" not in [e.type for e in events("Senator Warren has amassed 400 delegates in the primaries.")]
    assert "MOBILIZE" in [e.type for e in events("Russia has amassed 90,000 troops near the Ukrainian border.")]


def test_a_campaign_rally_is_no_protest():
    """A candidate's campaign rallies are no collective dissent (campaign_words); a rally against a law is."""
    assert "PROTEST" not in [e.type for e in events("Senator Warren held campaign rallies in Iowa on Sunday.")]
    assert "PROTEST" in [e.type for e in events("Teachers held rallies against the pension law in Lyon.")]


def test_a_vote_to_elect_is_no_act_of_its_own():
    """A vote with an infinitive decides that deed: "voted to elect" a leader is an election (no PLOVER act), where
    the dictionary's own code for "vote" would read an intent to cooperate."""
    assert events("Labour Party members voted on Saturday to elect Keir Starmer as the new leader.") == []


def test_a_crowd_with_placards_protests():
    """Gathering with slogans, placards or banners is a demonstration (CAMEO 141), also when the parser makes the
    signs the subject of a participle ("with banners demanding ...")."""
    for text in ("Hundreds of nurses gathered outside the hospital in Madrid with placards.",
                 "Thousands of students gathered in Santiago with banners demanding free tuition."):
        assert "PROTEST" in [e.type for e in events(text)], text


def test_a_cause_and_its_effect_is_no_act():
    """"Led to", "resulted in" with no object link a cause to its effect (causal_verbs): the CAMEO dictionary's
    "- * TO" reading is no act; leading a delegation to a capital keeps the verb's readings."""
    assert [e.type for e in events("In an interview, Moreno said his firm Lexica had led to him working with every "
                                   "ministry in Quito.") if e.trigger and e.trigger.text == "led"] == []


def test_leading_research_is_no_investigation():
    """Leading, conducting or heading a study is science (dictionary_not_obj), in the active and in the passive,
    where the dictionary's "&INVESTIGATION" reading would call it an inquiry into someone."""
    for text in ("Professor Anna Kowalska of Warsaw University led the study.",
                 "The survey was led by Jane Okafor, a geologist at the University of Lagos."):
        assert [e.type for e in events(text) if e.type in ("ACCUSE", "REQUEST")] == [], text


def test_a_passive_is_no_intransitive_use():
    """A thing deployed is no force posture: the passive is the verb's transitive use, so the intransitive "deploy"
    (troops that deploy) does not hold; forces deployed still do."""
    assert [e.type for e in events("The Indian satellite was deployed in orbit by NASA.")
            if e.type in ("MOBILIZE", "THREATEN")] == []
    assert "MOBILIZE" in [e.type for e in events("Russian troops were deployed to the border with Ukraine.")]


def test_a_view_held_is_no_act():
    """A verb of stance in the simple present or the perfect with a cause for object states a view held, no act of
    backing or refusal; backing a party, or a view stated in the past, stays."""
    assert [e.type for e in events("Senator Kowalski has supported LGBT rights and the inclusion of minorities.")
            if e.type == "SUPPORT"] == []
    assert [e.type for e in events("The Polish president had long opposed impeachment proceedings.")
            if e.type == "REJECT"] == []
    assert "SUPPORT" in [e.type for e in events("Iran supports the Houthi rebels.")]
    assert "REJECT" in [e.type for e in events("Germany opposed the sanctions on Russia.")]


def test_an_attack_described_after_a_comma_names_its_doer():
    """A participle set off by a comma after the act's noun is a reduced relative of that noun: "died in the attack,
    reportedly carried out by al-Shabaab" names the ambush's doer, though the parser hangs the participle on
    "died"."""
    evs = events("Eleven villagers died in the ambush, reportedly carried out by al-Shabaab.")
    assert [(e.type, [p.name for p in e.actor]) for e in evs] == [("ASSAULT", ["al-Shabaab"])]


def test_an_office_given_is_no_cooperation_whatever_else_is_said_of_the_holder():
    """Appointing one's own prime minister is no cooperation between parties (dictionary_not_obj), also where the
    parser reads a second predicate ("currently King Charles III") after the office."""
    text = "The leader of the largest party is appointed Prime Minister by the King, currently King Charles III."
    assert events(text) == []


def test_scrutiny_received_is_no_visit():
    """Receiving media scrutiny or attention is being written about: no visit hosted."""
    assert events("Mayor Lindqvist received intense media scrutiny after the budget vote.") == []


def test_a_game_scored_is_no_violence():
    """A side that hits back with tries or goals plays (game_scores); rebels hitting back with rockets attack."""
    assert [e for e in events("Leinster hit back with a couple of tries of their own in Dublin.")
            if e.type == "ASSAULT"] == []
    assert "ASSAULT" in [e.type for e in events("Rebels hit back with rockets on the army base in Idlib.")]


def test_a_preference_for_a_cause_is_no_support():
    """Favouring a cause or a course states a view in any tense (view_verbs); favouring a named party stays."""
    for text in ("Mitterrand favored closer European integration.", "The senator favored expanding rural broadband."):
        assert [e for e in events(text) if e.type == "SUPPORT"] == [], text
    assert "SUPPORT" in [e.type for e in events("Washington favors Kyiv over Moscow.")]


def test_a_nomination_received_is_no_visit():
    """Receiving a party's nomination, an award or votes is being chosen, no visit hosted by the giver."""
    assert [e for e in events("Senator Warren received the Democratic Party's nomination.")
            if e.type == "CONSULT"] == []


def test_evidence_supports_nothing():
    """A participle describing evidence has the evidence for subject (non_agents): "evidence supporting the claim"
    is reasoning, no support given by whoever holds it; what footage shows stays the shown doer's act."""
    assert [e for e in events("Mayor Lindqvist spoke in Oslo on Monday. She said she had documents supporting the "
                              "allegation.") if e.type == "SUPPORT"] == []
    assert "ASSAULT" in [e.type for e in events("Footage showing police beating protesters in Minsk was released "
                                                 "by Belarusian activists.")]


def test_a_runway_overrun_is_no_attack():
    """An aircraft that overruns the runway has an accident; rebels that overrun a base attack it."""
    assert [e for e in events("An Airbus overran the runway at Mangalore airport in heavy rain.")
            if e.type == "ASSAULT"] == []
    assert "ASSAULT" in [e.type for e in events("Rebels overran the army base in Idlib.")]


def test_a_course_of_action_favoured_is_a_view():
    """Favouring a course of action ("favored prosecuting banks") is a view, whoever the course would touch."""
    assert [e for e in events("Okafor agreed and favored taxing airlines for their emissions.")
            if e.trigger and e.trigger.text == "favored"] == []


def test_a_first_person_imperative_allows_nothing():
    """"Let's pray", "let us discuss": an exhortation, no concession (also where the parser makes "us" the subject
    of the infinitive); "let the observers inspect the plant" allows them: observers let in are international
    involvement allowed (CAMEO 0862, receive inspectors: PLOVER RETREAT, access)."""
    assert [e for e in events("The archbishop wrote: Let's all pray for the miners of Silesia.")
            if e.type == "CONCEDE"] == []
    assert "RETREAT" in [e.type for e in events("Russia let the observers inspect the plant.")]


def test_occasions_attended_and_views_expressed_are_no_events():
    """A funeral or a rally attended is an occasion, no meeting; a preference or a view expressed is a statement;
    an education received is no visit (dictionary_not_obj, the receive pattern's not_obj)."""
    for text in ("Two former prime ministers including John Major attended the funeral.",
                 "The senator has expressed a preference to hold the hearing in public, as in 1998.",
                 "The sultan received his education in Egypt and at the Royal Military Academy."):
        assert events(text) == [], text


def test_thank_you_closing_an_interview_is_no_praise():
    """"Thank you" is a formula of politeness, no act of support by the speaker."""
    text = ("((WN))  Thank you very much for agreeing to this interview.\n\n\n((Anna Nowak))  You are welcome.\n\n\n"
            "((Piotr Lis))  Thank you.\n\n\n((Anna Nowak))  Thank you. Bye.")
    assert [e for e in events(text) if e.type == "SUPPORT"] == []


def test_a_fall_withdrawn_names_and_released_summaries_are_no_acts():
    """"Has declined" with nothing refused is a fall (decrease_verbs); withdrawing one's name leaves a race; a
    summary released is published. Declining to hear a case stays a refusal."""
    for text in ("Since the 1990s, the Liberal Party has declined.",
                 "Governor Ortiz withdrew her name from consideration for the post.",
                 "On Monday the ministry released a summary of a phone call between the two leaders."):
        assert events(text) == [], text
    assert "REJECT" in [e.type for e in events("The Supreme Court declined to hear a case about Guam's voters.")]


def test_a_finding_and_pictures_captured_are_no_acts():
    """A verb of finding with a finite clause states a fact (fact_verbs: "determined Manafort had lied"), where
    "determined to" is an intent; pictures captured are taken, not seized."""
    for text in ("A year later, the court determined the minister had lied about the loan.",
                 "Bystanders captured pictures and video of the collapse."):
        assert events(text) == [], text


def test_an_oath_of_office_and_a_nomination_sought_are_no_pledges():
    """"Swore her in" administers an oath of office (the particle, however parsed, cancels the vow); seeking a
    nomination is running for it (dictionary_not_obj); "sworn to fight on" stays a threat."""
    for text in ("Chief Justice Roberts swore him in at a Capitol ceremony.",
                 "Governor Ortiz sought the Republican presidential nomination."):
        assert events(text) == [], text
    assert "THREATEN" in [e.type for e in events("The rebels have sworn to fight on.")]


def test_calling_on_someone_is_an_appeal_not_a_phone_call():
    """"Called on online followers to join": an appeal (REQUEST), also where the parser makes "on" a particle and the
    followers its object (a guard: here the intransitive "call" must not take the particle's object for its own, nor
    "on" among the phone call's excluded words be missed); "called Putin" stays a phone call."""
    text = "Organisers had called on online followers across Asia to join a protest in Bangkok."
    assert [e.type for e in events(text) if e.trigger and e.trigger.text == "called"] == ["REQUEST"]
    assert "CONSULT" in [e.type for e in events("Merkel called Putin on Monday.")]


def test_an_opportunity_seized_and_a_warning_to_the_public_are_no_acts():
    """Seizing an opportunity takes it up (the seize pattern's not_obj); police warning people at large to stay
    inside give advice, no threat to a party; warning Russia stays a threat."""
    for text in ("Rotterdam can seize the opportunity to become the centre of the new trade.",
                 "Local police in Perth warned people in the area to stay inside and close their windows."):
        assert events(text) == [], text
    assert "THREATEN" in [e.type for e in events("Germany warned Russia against an invasion.")]


def test_calling_an_act_an_aggression_is_an_accusation():
    """A verb of naming parsed with two objects ('calling it "an aggression"'): the second is what is said of the
    first, so "call" is no phone call; an aggression named is a reproach (CAMEO 111)."""
    text = ('Raila Odinga, the Kenyan foreign minister, spoke out against the raid, calling it "an aggression on '
            'Kenya as a state" as well as a violation of the treaty.')
    assert [e.type for e in events(text)] == ["ACCUSE"]


def test_goods_ordered_and_people_set_free_in_general_are_no_acts():
    """Ordering stock or packages is buying (the order pattern's not_obj); setting people in general free is no
    release of captives, while captives named or counted stay released."""
    for text in ("To ease the shortage, Tesco ordered bigger packages from its suppliers and Lidl ordered extra stock.",
                 "The app is popular because it sets people free to build their own worlds."):
        assert events(text) == [], text
    assert "RETREAT" in [e.type for e in events("The rebels freed 200 people in Kivu.")]
