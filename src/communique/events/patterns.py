"""Event patterns (verbs, light verbs, event nouns) loaded from data and checked against the ontology.

Users add their own file in the same shape; a pattern that names an unknown type, mode or
argument slot is refused with the file and the pattern it is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .ontology import Ontology, OntologyError, ontology

SLOTS = frozenset({"obj", "dative", "with", "on", "against", "to", "at", "into", "from", "about", "over", "of",
                   "toward", "towards", "near", "along", "in", "upon", "for", "between", "by", "behind",
                   "around", "off", "poss", "noun"})


@dataclass(frozen=True)
class Pattern:
    type: str
    mode: str | None = None
    recipient: tuple[str, ...] = ()
    reciprocal: bool = False
    needs_obj: frozenset[str] = frozenset()
    needs_obj_mod: frozenset[str] = frozenset()  # "returned the looted bronzes": modifiers one of which the object has
    not_obj: frozenset[str] = frozenset()
    needs_obj_actor: bool = False
    people: bool = False  # "they were convicted": an act only people undergo, as people_modes' are
    needs_obj_name: bool = False  # "suspended Mali": the object is a name, else the word is the dictionary's to read
    needs_xcomp: bool = False
    needs_infinitive: bool = False
    no_clause: bool = False  # "called on the president": the act only when the verb governs no clause
    needs_predicate: frozenset[str] = frozenset()  # "called him a liar": words one of which the object's predicate has
    needs_prep: frozenset[str] = frozenset()
    not_with: frozenset[str] = frozenset()
    implicit_recipient: bool = False
    kind: str = "verb"  # verb | light | noun
    cameo: str | None = None  # the CAMEO root where finer than the type's ("urge" is an appeal, 02, not a demand)
    passive_actor: bool = False  # "Vietnam is committed to ...": the passive subject is the actor
    yields_to_xcomp: bool = False  # "helped support X": the verb it governs states the event
    received: bool = False  # "faced criticism from the U.N.": the subject undergoes the act; the slots name its doer
    needs_target: bool = False  # "struck the convoy", "struck at": a verb that is the act only with whom it is done to
    needs_subj: frozenset[str] = frozenset()  # "troops left Afghanistan": nouns one of which must head the subject
    agent: bool = False  # a noun of the one who does the act ("the largest donor"): its subject in "X is a donor"
    shared_view: bool = False  # "agreed with the NCAA that ...": with "with" and nothing agreed to, a view shared
    intransitive: bool = False  # "called for talks", not "called the election for Biden": no direct object
    inquiry: bool = False  # "asked why ...", "asked about ...": with a question for content, no request
    needs_clause: frozenset[str] = frozenset()  # "ordered the paper to suspend publication": verbs of the clause
    verbal_by: frozenset[str] = frozenset()  # "Democrats attacked Trump": sectors whose acts of this kind are words
    duty_with: frozenset[str] = frozenset()  # "is charged with ensuring order": "with" + one of these verbs, a duty
    needs_complement: frozenset[str] = frozenset()  # "pleaded not guilty": the adjectival complement, negation included
    needs_content: bool = False  # "agreed, saying ...": alone and of one party, assent to a view, no agreement
    needs_standing: bool = False  # "condolences to the families": an act only toward a party of public standing
    statement: bool = False  # "expressed condolences to Peru": a statement PLOVER drops (CAMEO 01), coded as none
    not_from: frozenset[str] = frozenset()  # "released from hospital": what the "from" phrase may not name
    not_clause: frozenset[str] = frozenset()  # "let him know": verbs of the governed clause that cancel it
    sector_types: tuple[tuple[str, str], ...] = ()  # "police raided": (sector, type), a doer that makes it another act
    prep_types: tuple[tuple[str, str], ...] = ()  # "a strike over pay": (preposition, type) on the verb or its noun
    partnered: str | None = None  # "held naval exercises with France": the type when the act has a partner
    undergone: bool = False  # "the arrest of the opposition leader": an act named, as a passive says it, doer unsaid
    of_doer: bool = False  # "the resignation of the minister": the noun's "of" phrase is its doer, as its possessor is
    weak: bool = False  # a broad reading (a nominalisation, a support verb's event noun): weighed as the dictionary's


WORD_LISTS = ("adjunct_nouns", "mutual_words", "prepositions", "undergone", "propositions", "peacekeeping",
              "owned_places", "yielding_verbs", "responsibility", "opposing", "media", "requests", "refuge_seekers",
              "sending_verbs", "natural_forces", "support_verbs", "non_agents", "rescuers", "campaign_words",
              "game_scores", "view_verbs", "attack_targets", "decrease_verbs", "fact_verbs", "standing_types",
              "judgment_verbs", "contests", "ranking_verbs", "ranking_measures", "voicing_verbs", "view_nouns",
              "fleeing_verbs", "disasters", "disaster_types", "races", "campaign_verbs", "own_possessives",
              "journey_verbs", "family_types", "kin", "policy_words", "place_types", "setting_preps", "addressed_types",
              "props", "people_modes", "accident_verbs", "animals", "custody_words", "search_words", "dissent_words",
              "supporter_words", "rally_support", "opposition_words", "pledge_verbs", "pledge_audiences",
              "campaign_settings", "candidates", "sought_words", "unrest_words", "exchange_verbs",
              "incumbent_words", "drivers", "deliberate_words", "career_verbs",
              "appearance_verbs", "court_words", "ending_verbs", "counted_victims", "count_nouns",
              "rally_cheer", "road_harm_verbs", "sequel_preps",
              "vote_texts", "tally_types", "open_expanses", "relief_words", "allegation_reporters",
              "defiance_verbs", "pair_nouns", "evacuation_nouns",
              "backing_verbs", "game_periods", "prize_verbs", "animal_groups", "works", "depiction_verbs",
              "public_roles", "everyday_wants", "rule_texts", "personal_ties", "first_person", "platforms",
              "platform_verbs", "publishing_verbs", "researchers", "inquiry_verbs", "cause_words",
              "commercial_parties", "approval_verbs", "commerce_verbs", "business_objects", "business_people_sectors",
              "approval_nouns", "legal_forms", "business_org_sectors", "firm_voice", "opinion_nouns",
              "poll_words", "level_verbs", "time_preps", "occasion_preps", "occasion_nouns", "occasion_types",
              "deployment_types", "deployment_purposes", "mission_nouns", "mission_types", "universal_determiners",
              "mediating_verbs", "topic_preps", "public_at_large",
              "testimony_verbs", "testimony_nouns", "testimony_settings", "authored_texts")
"""The top-level word lists of a patterns file (lower-cased; a user's file adds to the shipped ones)."""


@dataclass(frozen=True)
class Located:
    """Violence whose doer the text names only by kind ("gunmen") or instrument ("a car bomb"): PLOVER codes the
    doer as an armed group of the country where it happened. See ``located`` in data/event_patterns.yaml."""

    types: dict[str, frozenset[str]] = field(default_factory=dict)  # type -> sectors that take the place's country
    instruments: frozenset[str] = frozenset()
    instrument_events: frozenset[str] = frozenset()
    sector: str = "UAF"
    crowd: str = "CVL"  # the sector of a crowd counted, not named ("thousands protested")
    state_acts: dict[str, str] = field(default_factory=dict)  # lemma -> sector of the state body that does it
    intentional: frozenset[str] = frozenset()  # "was assassinated": violence no accident does; its doer may be unnamed
    attack_means: frozenset[str] = frozenset()  # "killed in an ambush": a means no accident is; its doer may be unnamed
    accidents: frozenset[str] = frozenset()  # "shot in an accident", "accidentally shot": harm no one meant
    ailments: frozenset[str] = frozenset()  # "a heart attack", "an asthma attack": an attack no one made
    outbreak_nouns: dict[str, str] = field(default_factory=dict)  # "protests erupted in Tehran": noun -> PROTEST mode
    outbreak_verbs: frozenset[str] = frozenset()  # erupt, break_out, take_place, ...


@dataclass
class Patterns:
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    light: dict[tuple[str, str], Pattern] = field(default_factory=dict)
    nouns: dict[str, Pattern] = field(default_factory=dict)
    located: Located = field(default_factory=Located)
    adjunct_nouns: frozenset[str] = frozenset()  # "on grounds", "on behalf of": heads of adverbials, never parties
    mutual_words: frozenset[str] = frozenset()  # "agreed", "signed an accord", "joint": acts between their parties
    prepositions: frozenset[str] = frozenset()  # "according to", "regarding": participles that are prepositions
    undergone: frozenset[str] = frozenset()  # "died", "perished": verbs whose subject undergoes the act
    counted_victims: frozenset[str] = frozenset()  # "killing nine", "arrested 40": a bare count is the people harmed
    count_nouns: frozenset[str] = frozenset()  # "dozens", "hundreds": nouns that are counts
    propositions: frozenset[str] = frozenset()  # "support for its claim": reasoning, not help given
    peacekeeping: frozenset[str] = frozenset()  # "troops for the peacekeeping force": protection given (CAMEO 074)
    owned_places: frozenset[str] = frozenset()  # "the US embassy in Baghdad": a country's compound names its owner
    press_sectors: frozenset[str] = frozenset()  # talks with the press only are an interview: a statement
    private_sectors: frozenset[str] = frozenset()  # "the singer Ana Ruiz" (CVL): no public standing
    generic_people: frozenset[str] = frozenset()  # "people", "someone": no actor PLOVER can name
    quantifiers: frozenset[str] = frozenset()  # "some", "a lot of": words that leave a generic noun generic
    dictionary_not_obj: dict[str, frozenset[str]] = field(default_factory=dict)  # "attended university": no visit
    causal_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # "led to his resignation": a cause
    yielding_verbs: frozenset[str] = frozenset()  # "voted on a resolution to expel": the act voted on is the event
    responsibility: frozenset[str] = frozenset()  # "claimed responsibility for the attack": its subject did it
    wrongdoing: dict[str, frozenset[str]] = field(default_factory=dict)  # "said Blair had misled MPs": verb -> objects
    allegation_reporters: frozenset[str] = frozenset()  # say, claim, allege: verbs whose clause of wrongdoing accuses
    defiance_verbs: frozenset[str] = frozenset()  # "seventy Labour MPs rebelled": defiance of one's side, no tally
    opposing: frozenset[str] = frozenset()  # "Erdogan's critics": people set against their owner, not the owner
    media: frozenset[str] = frozenset()  # "wrote on Instagram": a medium, never whom an act is done to
    requests: frozenset[str] = frozenset()  # "refused a request from X": rejecting it is done to X
    refuge_seekers: frozenset[str] = frozenset()  # "opened its borders to refugees": access given is refuge (AID)
    backing_verbs: frozenset[str] = frozenset()  # "a group backed by Iran": a standing tie described, no act
    evacuation_nouns: frozenset[str] = frozenset()  # "ordered the evacuation of northern Gaza": others driven out
    sending_verbs: frozenset[str] = frozenset()  # "sent CIA operatives into Libya": the object is what is sent
    natural_forces: frozenset[str] = frozenset()  # "Typhoon Phanfone killed 20": a storm is no actor
    support_verbs: frozenset[str] = frozenset()  # "expressed its refusal", "launched a crackdown": the noun's act
    non_agents: frozenset[str] = frozenset()  # "video captured Trump", "a car struck a cyclist": no doer
    rescuers: frozenset[str] = frozenset()  # "rescuers extracted them": rescue, never coercion or violence
    people_modes: frozenset[str] = frozenset()  # "they were arrested": modes of acts only people undergo
    campaign_words: frozenset[str] = frozenset()  # "held campaign rallies": no protest
    game_scores: frozenset[str] = frozenset()  # "hit back with two tries": sport, no violence
    attack_targets: frozenset[str] = frozenset()  # "struck military targets": targets attacked, not goals met
    view_verbs: frozenset[str] = frozenset()  # "favored European integration": a view held, no act
    decrease_verbs: frozenset[str] = frozenset()  # "the party has declined": a fall, no refusal
    career_verbs: frozenset[str] = frozenset()  # "the general retired from the army": a career ended, no retreat
    fact_verbs: frozenset[str] = frozenset()  # "determined Manafort had lied": a finding, no intent
    standing_types: frozenset[str] = frozenset()  # "met", "collaborated with": acts between parties of public standing
    judgment_verbs: frozenset[str] = frozenset()  # "considered him a flight risk": a judgment, no act
    contests: frozenset[str] = frozenset()  # "fought her last match", "beat him in the final": sport
    ranking_verbs: frozenset[str] = frozenset()  # "led Trump 47 percent to 40 percent": a standing in a count
    ranking_measures: frozenset[str] = frozenset()  # "percent", "points": the share or margin of a ranking
    voicing_verbs: frozenset[str] = frozenset()  # "renewed his support for the carbon tax": a view voiced again
    view_nouns: frozenset[str] = frozenset()  # "support", "backing": nouns of a stance a voicing verb can state
    fleeing_verbs: frozenset[str] = frozenset()  # "fled to the embassy": a goal reached, nothing left or abandoned
    exchange_verbs: frozenset[str] = frozenset()  # "exchanged prisoners": each party's act on the others
    journey_verbs: frozenset[str] = frozenset()  # "flew to Madrid": a journey, no visit nor intent to meet by itself
    open_expanses: frozenset[str] = frozenset()  # "sea", "air": where a shot fired hits no one
    disasters: frozenset[str] = frozenset()  # "declared an emergency over the wildfires": a disaster's setting
    disaster_types: frozenset[str] = frozenset()  # the types of an authority's response to a disaster at home
    relief_words: frozenset[str] = frozenset()  # "appealed for food aid after the floods": help asked of others
    races: frozenset[str] = frozenset()  # "dropped out of the race", "beat him in the primary": a contest of votes
    campaign_verbs: frozenset[str] = frozenset()  # "visited Iowa to campaign": a candidate's purpose, no visit
    own_possessives: frozenset[str] = frozenset()  # "defended his record": one's own conduct, no party backed
    family_types: frozenset[str] = frozenset()  # "her family rejected her": acts of family life between kin
    kin: frozenset[str] = frozenset()  # "wife", "parents": a party named as someone's kin
    policy_words: frozenset[str] = frozenset()  # "support for the Green New Deal": a policy, whatever its name
    place_types: frozenset[str] = frozenset()  # "shelled the town", "a curfew in Jenin": acts done to a place
    setting_preps: frozenset[str] = frozenset()  # "rallied at the square": prepositions naming where an act happened
    time_preps: frozenset[str] = frozenset()  # "during the Lachin incident": when, never whom the act is done to
    occasion_preps: frozenset[str] = frozenset()  # "in a meeting with Modi, Kishida agreed": the occasion's preposition
    occasion_nouns: frozenset[str] = frozenset()  # meeting, talks, call: an occasion whose "with" party is met
    occasion_types: frozenset[str] = frozenset()  # acts addressed to the one met at the occasion, where none is named
    deployment_types: frozenset[str] = frozenset()  # "deployed a carrier ... to deter Iran": a force sent, aimed
    deployment_purposes: frozenset[str] = frozenset()  # the purpose's types that say whom the force is aimed at
    mission_nouns: frozenset[str] = frozenset()  # "a peacekeeping force in Somalia": serves the country it works in
    mission_types: frozenset[str] = frozenset()  # acts of help or accord whose mission recipient is its host country
    addressed_types: frozenset[str] = frozenset()  # "requested an exemption": a thing asked for is no addressee
    accident_verbs: frozenset[str] = frozenset()  # "a military plane crashed": an accident, no attack
    animals: frozenset[str] = frozenset()  # "culled 20,000 pigs": animals are no parties
    custody_words: frozenset[str] = frozenset()  # "took over custody of the fighters": a handover, no seizure
    search_words: frozenset[str] = frozenset()  # "called off the search": a search or rescue ended, no concession
    dissent_words: frozenset[str] = frozenset()  # "halted work to demand higher pay": dissent said in the clause
    supporter_words: frozenset[str] = frozenset()  # "Trump supporters rallied": backers, no dissent
    rally_support: frozenset[str] = frozenset()  # "rallied in support of", "to cheer": a rally of backing
    opposition_words: frozenset[str] = frozenset()  # "supporters of the jailed leader": backers in dissent
    pledge_verbs: frozenset[str] = frozenset()  # "promised", "pledged", "vowed": a pledge
    pledge_audiences: frozenset[str] = frozenset()  # "promised voters": a pledge to the public, no party
    campaign_settings: frozenset[str] = frozenset()  # "during the campaign", "at a rally": a pledge's setting
    candidates: frozenset[str] = frozenset()  # "the candidate promised": a pledger who campaigns
    sought_words: frozenset[str] = frozenset()  # "searched for survivors": a search for the missing, a rescue
    rally_cheer: frozenset[str] = frozenset()  # "rallied to cheer the president": a rally of cheering
    ending_verbs: frozenset[str] = frozenset()  # "called off the search": an undertaking ended
    appearance_verbs: frozenset[str] = frozenset()  # "appeared in court": a defendant's appearance, no act
    court_words: frozenset[str] = frozenset()  # "court", "judge": where a defendant appears
    testimony_verbs: frozenset[str] = frozenset()  # "gave evidence", "presented testimony": a proceeding's steps
    testimony_nouns: frozenset[str] = frozenset()  # "evidence", "testimony": what a witness or a party puts forward
    testimony_settings: frozenset[str] = frozenset()  # "trial", "inquiry": where evidence is heard
    road_harm_verbs: frozenset[str] = frozenset()  # "a driver killed two officers": harm on a road
    drivers: frozenset[str] = frozenset()  # "a drunk driver killed two officers": an accident on a road
    deliberate_words: frozenset[str] = frozenset()  # "rammed", "deliberately", "attack": harm meant
    incumbent_words: frozenset[str] = frozenset()  # "supporters of the ruling party": backers of one in power
    unrest_words: frozenset[str] = frozenset()  # "an emergency after days of riots": unrest named, no disaster
    vote_texts: frozenset[str] = frozenset()  # "with 231 Democrats supporting the resolution": a text voted on
    tally_types: frozenset[str] = frozenset()  # the types a counted group's votes on a text are told as
    sequel_preps: frozenset[str] = frozenset()  # "following talks with X, Y said": talks its clause's subject held
    props: frozenset[str] = frozenset()  # "gathered with slogans", "marched with banners": what is carried, no party
    pair_nouns: frozenset[str] = frozenset()  # "the two sides", "both countries": the pair the story last named
    game_periods: frozenset[str] = frozenset()  # "attacked in the second half": a period of play, sport
    prize_verbs: frozenset[str] = frozenset()  # "beat Dortmund to win the final": a defeat in a contest won
    animal_groups: frozenset[str] = frozenset()  # "an army of ants", "a herd of cattle": a group of animals
    works: frozenset[str] = frozenset()  # "slammed the sequel", "the book describes ...": a creative work
    depiction_verbs: frozenset[str] = frozenset()  # "the book describes how rebels captured the city": a story told
    public_roles: frozenset[str] = frozenset()  # "asked visitors to", "banned a passenger": the public in a daily role
    public_at_large: frozenset[str] = frozenset()  # "urged residents to be patient": the public, of no country
    universal_determiners: frozenset[str] = frozenset()  # "condemned any form of violence": a kind, no party
    mediating_verbs: frozenset[str] = frozenset()  # "UN-mediated talks": the third party, no recipient
    topic_preps: frozenset[str] = frozenset()  # "talks over the dam": what a meeting is about, no party to it
    rule_texts: frozenset[str] = frozenset()  # "the Constitution demands a trial": a text, no doer; its content no act
    everyday_wants: frozenset[str] = frozenset()  # "asked for places to eat": a consumer's want, no demand on a party
    house_sectors: frozenset[str] = frozenset()  # "the airline banned a passenger": a house rule, no coercion
    personal_ties: frozenset[str] = frozenset()  # "her editor asked her", "a fan asked me": a tie of private life
    first_person: frozenset[str] = frozenset()  # "my father told me to": the speaker's own life narrated
    platforms: frozenset[str] = frozenset()  # "YouTube allows users to": a product, its features no act
    platform_verbs: frozenset[str] = frozenset()  # "allows", "lets", "asks": what a product's feature does
    publishing_verbs: frozenset[str] = frozenset()  # "released the album": a work put out, no captive freed
    researchers: frozenset[str] = frozenset()  # "scientists are investigating the signal": research, no inquiry
    inquiry_verbs: frozenset[str] = frozenset()  # "investigate", "probe": an inquiry (CAMEO 09)
    cause_words: frozenset[str] = frozenset()  # "investigate the cause of the crash": what happened, no one accused
    commercial_parties: frozenset[str] = frozenset()  # "the board", "shareholders": a firm's or a market's people
    approval_verbs: frozenset[str] = frozenset()  # "regulators cleared the merger": an official's consent to a deal
    commerce_verbs: frozenset[str] = frozenset()  # "agreed to buy the unit": trade in a firm's assets or shares
    business_objects: frozenset[str] = frozenset()  # "pushed for the sale", "liquidation": what commerce is about
    business_people_sectors: frozenset[str] = frozenset()  # BUS, ELI: people who may act in commerce by their title
    approval_nouns: frozenset[str] = frozenset()  # "gave its approval of the acquisition": consent by its noun
    legal_forms: frozenset[str] = frozenset()  # "Corp", "Inc" inside a name: "Dynamics Corp of America"
    business_org_sectors: frozenset[str] = frozenset()  # JRN: media companies, firms in their commerce
    firm_voice: frozenset[str] = frozenset()  # "we": an executive speaking for the firm
    opinion_nouns: frozenset[str] = frozenset()  # "the AfD's support in polls": backing measured, no act
    poll_words: frozenset[str] = frozenset()  # "in polls", "in a survey": where opinion is measured
    level_verbs: frozenset[str] = frozenset()  # "support fell to 30 percent": a level that moves
    authored_texts: frozenset[str] = frozenset()  # "the mission's report urged": a text speaks for its author

    @property
    def light_verbs(self) -> frozenset[str]:
        """Every verb of the light-verb patterns (phrasal ones as verb_particle)."""
        cached = self.__dict__.get("_light_verbs")
        if cached is None or cached[0] != len(self.light):
            cached = (len(self.light), frozenset(v for v, _ in self.light))
            self.__dict__["_light_verbs"] = cached
        return cached[1]

    def extend(self, other: Patterns) -> None:
        for k, v in other.verbs.items():
            self.verbs[k] = v + self.verbs.get(k, [])  # the user's first
        self.light.update({k: p for k, p in other.light.items() if p.kind != "support"})
        self.nouns.update(other.nouns)
        for name in (*WORD_LISTS, "press_sectors", "private_sectors", "house_sectors"):
            setattr(self, name, getattr(self, name) | getattr(other, name))
        self.generic_people |= other.generic_people
        self.quantifiers |= other.quantifiers
        for verb, nouns in other.dictionary_not_obj.items():
            self.dictionary_not_obj[verb] = self.dictionary_not_obj.get(verb, frozenset()) | nouns
        for verb, preps in other.causal_verbs.items():
            self.causal_verbs[verb] = self.causal_verbs.get(verb, frozenset()) | preps
        if other.located.types:
            self.located = other.located
        supported(self)  # the user's nouns with the shipped support verbs, and the other way round


def _pattern(entry: dict, kind: str, where: str, onto: Ontology) -> Pattern:
    if kind == "noun" and entry.get("derived"):
        kind = "nominal"  # a nominalisation of an event verb: a broad reading the classifier weighs
    try:
        onto.type(entry["type"])
        onto.check_mode(entry["type"], entry.get("mode"))
    except (KeyError, OntologyError) as exc:
        raise OntologyError(f"{where}: {entry}: {exc}") from exc
    cameo = entry.get("cameo")
    if cameo is not None and str(cameo) not in onto.cameo_roots:
        raise OntologyError(f"{where}: {entry}: cameo {cameo!r} is not a CAMEO root listed in the ontology")
    by_sector = entry.get("sector_types") or {}
    by_prep = entry.get("prep_types") or {}
    partnered = entry.get("partnered")
    if not isinstance(by_prep, dict) or any(t not in onto.types for t in by_prep.values()):
        raise OntologyError(f"{where}: {entry}: prep_types must map a preposition to a PLOVER type")
    if not isinstance(by_sector, dict) or any(t not in onto.types for t in (*by_sector.values(), *(
            [partnered] if partnered else []))):
        raise OntologyError(f"{where}: {entry}: sector_types must map a sector code to a PLOVER type, and "
                            "partnered must name a PLOVER type (see data/plover.yaml)")
    slots = tuple(entry.get("recipient") or ())
    bad = [s for s in slots if s not in SLOTS]
    if bad:
        raise OntologyError(f"{where}: {entry}: unknown recipient slot(s) {bad}; use {sorted(SLOTS)}")
    return Pattern(
        type=entry["type"], mode=entry.get("mode"), recipient=slots, reciprocal=bool(entry.get("reciprocal")),
        needs_obj=frozenset(entry.get("needs_obj") or ()),
        needs_obj_mod=frozenset(str(w).lower() for w in entry.get("needs_obj_mod") or ()),
        not_obj=frozenset(entry.get("not_obj") or ()),
        needs_obj_actor=bool(entry.get("needs_obj_actor")), needs_obj_name=bool(entry.get("needs_obj_name")),
        people=bool(entry.get("people")),
        needs_xcomp=bool(entry.get("needs_xcomp")),
        needs_infinitive=bool(entry.get("needs_infinitive")), no_clause=bool(entry.get("no_clause")),
        needs_predicate=frozenset(str(w).lower() for w in entry.get("needs_predicate") or ()),
        needs_prep=frozenset(entry.get("needs_prep") or ()), not_with=frozenset(entry.get("not_with") or ()),
        implicit_recipient=bool(entry.get("implicit_recipient")), kind=kind,
        cameo=str(cameo) if cameo is not None else None, passive_actor=bool(entry.get("passive_actor")),
        yields_to_xcomp=bool(entry.get("yields_to_xcomp")), received=bool(entry.get("received")),
        needs_target=bool(entry.get("needs_target")),
        needs_subj=frozenset(str(w).lower() for w in entry.get("needs_subj") or ()),
        agent=bool(entry.get("agent")),
        needs_clause=frozenset(str(w).lower() for w in entry.get("needs_clause") or ()),
        inquiry=bool(entry.get("inquiry")), intransitive=bool(entry.get("intransitive")),
        shared_view=bool(entry.get("shared_view")),
        verbal_by=frozenset(str(w) for w in entry.get("verbal_by") or ()),
        duty_with=frozenset(str(w).lower() for w in entry.get("duty_with") or ()),
        needs_complement=frozenset(str(w).lower() for w in entry.get("needs_complement") or ()),
        needs_content=bool(entry.get("needs_content")), weak=kind == "nominal",
        needs_standing=bool(entry.get("needs_standing")),
        statement=bool(entry.get("statement")), undergone=bool(entry.get("undergone")),
        of_doer=bool(entry.get("of_doer")),
        not_from=frozenset(str(w).lower() for w in entry.get("not_from") or ()),
        not_clause=frozenset(str(w).lower() for w in entry.get("not_clause") or ()),
        sector_types=tuple(sorted((str(k), str(v)) for k, v in by_sector.items())), partnered=partnered,
        prep_types=tuple(sorted((str(k).lower(), str(v)) for k, v in by_prep.items())),
    )


def supported(pats: Patterns) -> None:
    """Every event noun (``nouns``, but nouns of the doer) with every support verb (``support_verbs``) as a
    light-verb pattern of the noun's type and recipients ("expressed its refusal to", "launched a crackdown on"),
    where ``light_verbs`` does not list the pair itself: kind ``support``, weighed as a broad reading."""
    for verb in pats.support_verbs:
        for noun, p in pats.nouns.items():
            if not p.agent and (verb, noun) not in pats.light:
                pats.light[(verb, noun)] = replace(p, kind="support", weak=True)


def _located(entry: dict, where: str, onto: Ontology) -> Located:
    types = entry.get("types") or {}
    if not isinstance(types, dict):
        raise OntologyError(f"{where} located: types must map a PLOVER type to a list of sectors")
    bad = [t for t in types if t not in onto.types]
    if bad:
        raise OntologyError(f"{where} located: unknown type(s) {bad}; use the types of data/plover.yaml")
    words = {k: frozenset(str(w).lower() for w in entry.get(k) or ())
             for k in ("instruments", "instrument_events", "intentional", "attack_means", "accidents",
                       "ailments", "outbreak_verbs")}
    outbreaks = entry.get("outbreak_nouns") or {}
    if not isinstance(outbreaks, dict) or not all(str(v) in onto.type("PROTEST").modes for v in outbreaks.values()):
        raise OntologyError(f"{where} located: outbreak_nouns must map a noun to a PROTEST mode (protests: demo)")
    acts = entry.get("state_acts") or {}
    if not isinstance(acts, dict) or not all(isinstance(v, str) and v.isupper() for v in acts.values()):
        raise OntologyError(f"{where} located: state_acts must map a verb lemma to a sector code (arrest: COP)")
    return Located(types={t: frozenset(v or ()) for t, v in types.items()}, sector=str(entry.get("sector") or "UAF"),
                   crowd=str(entry.get("crowd") or "CVL"), state_acts={str(k).lower(): v for k, v in acts.items()},
                   outbreak_nouns={str(k).lower(): str(v) for k, v in outbreaks.items()},
                   **words)


def _plain_words(node, where: str) -> None:
    """Every word of a list is a string: YAML reads a bare null, on, off, yes or no as None or a boolean, which
    would silently match nothing ("null and void" needs 'null' quoted)."""
    if isinstance(node, dict):
        for value in node.values():
            _plain_words(value, where)
    elif isinstance(node, list):
        for item in node:
            if item is None or isinstance(item, bool):
                raise OntologyError(f"{where}: a list holds {item!r}, which YAML read from a bare word: quote it "
                                    "('null', 'on', 'off', 'yes', 'no')")
            _plain_words(item, where)


def load_patterns(path: str | Path | None = None, onto: Ontology | None = None) -> Patterns:
    """Read and validate a patterns file (the shipped one by default)."""
    onto = onto or ontology()
    where = str(path or "data/event_patterns.yaml")
    text = Path(path).read_text("utf-8") if path else (
        resources.files("communique") / "data" / "event_patterns.yaml").read_text("utf-8")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise OntologyError(f"{where}: not valid YAML ({exc})") from exc
    _plain_words(data, where)
    out = Patterns()
    for i, e in enumerate(data.get("verbs") or [], start=1):
        p = _pattern(e, "verb", f"{where} verbs #{i}", onto)
        for lemma in e.get("lemmas") or []:
            out.verbs.setdefault(str(lemma), []).append(p)
    for i, e in enumerate(data.get("light_verbs") or [], start=1):
        p = _pattern(e, "light", f"{where} light_verbs #{i}", onto)
        for v in e.get("verbs") or []:
            for n in e.get("nouns") or []:
                out.light[(str(v), str(n))] = p
    if data.get("located"):
        out.located = _located(data["located"], where, onto)
    for name in WORD_LISTS:
        setattr(out, name, getattr(out, name) | frozenset(str(w).lower() for w in data.get(name) or ()))
    out.press_sectors |= frozenset(str(w).upper() for w in data.get("press_sectors") or ())
    out.private_sectors |= frozenset(str(w).upper() for w in data.get("private_sectors") or ())
    out.house_sectors |= frozenset(str(w).upper() for w in data.get("house_sectors") or ())
    for name in ("standing_types", "disaster_types", "family_types", "place_types", "addressed_types",
                 "occasion_types", "deployment_types", "deployment_purposes", "mission_types"):
        bad = sorted(t.split()[0].upper() for t in getattr(out, name) if t.split()[0].upper() not in onto.types)
        if bad:
            raise OntologyError(f"{where} {name}: unknown type(s) {bad}; use the types of data/plover.yaml")
    generic = data.get("generic_actors") or {}
    out.generic_people |= frozenset(str(w).lower() for w in generic.get("nouns") or ())
    out.quantifiers |= frozenset(str(w).lower() for w in generic.get("quantifiers") or ())
    unlike = data.get("dictionary_not_obj") or {}
    if not isinstance(unlike, dict):
        raise OntologyError(f"{where}: dictionary_not_obj must map a verb lemma to a list of object nouns")
    out.dictionary_not_obj.update({str(v).lower(): frozenset(str(n).lower() for n in ns or ())
                                   for v, ns in unlike.items()})
    causal = data.get("causal_verbs") or {}
    if not isinstance(causal, dict):
        raise OntologyError(f"{where}: causal_verbs must map a verb lemma to a list of prepositions")
    out.causal_verbs.update({str(v).lower(): frozenset(str(n).lower() for n in ps or ()) for v, ps in causal.items()})
    wrong = data.get("wrongdoing") or {}
    if not isinstance(wrong, dict):
        raise OntologyError(f"{where}: wrongdoing must map a verb lemma to a list of object nouns")
    out.wrongdoing.update({str(v).lower(): frozenset(str(n).lower() for n in ns or ()) for v, ns in wrong.items()})
    for i, e in enumerate(data.get("nouns") or [], start=1):
        p = _pattern(e, "noun", f"{where} nouns #{i}", onto)
        for n in e.get("nouns") or []:
            out.nouns[str(n)] = p
    supported(out)
    return out


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    return load_patterns()
