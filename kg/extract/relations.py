"""Facts between mentions, from the dependency parse and the rules in ``kg/data/relations.yaml``.

``extract_relations(doc, mentions)`` yields ``MentionFact`` records: subject mention, kg property,
object mention or literal, and the evidence (sentence, offsets, rule, confidence). This module reads
the rules for verbs (active, passive, coordinated, controlled: "Japan intends to acquire ..."), relation
nouns ("Beijing's claim to ..."), hyphenated compounds ("Tokyo-controlled", "U.S.-made") and country
pairs ("U.S.-Japan alliance"), and runs the other stages in their order over one ``DocIndex``:
``unnamed`` (meetings, visits, events and agreements the text does not name), ``posts`` (titles and
whom people represent), ``meetings`` (participants, place, date) and ``nominal`` (noun phrases,
copulas, treaties and their articles). A verb linking two entities that no rule maps becomes
``relatedTo`` with the verb kept as predicate text.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..lexicon import load_lexicon, surname
from ..nlp import first_conjunct
from ..types import Mention
from .clauses import (CANCELLED, DEAL_VERBS, SIGNING_VERBS, WINNING_VERBS, _agreeing_head, _as_observer, _called_off, _clause_verb, _conditional, _denied,
                      _fronted_participle, _future, _hedged, _negated_or_wished, _objects, _possessed, _possible, _refused, _subjects, _unasserted, unhappened, verb_lemma)
from .docindex import DASHES, LISTED_NOUNS, PASS_SUBJ, PLACES, SUBJ, TAKING_PART, UNIT_PARTS, DocIndex, MentionFact, Rules, _body_of_states, _coordinated_demonyms, relation_rules, sentence_window
from .meetings import ATTENDEES, _meeting_facts, _met_counterparts, _treaty_dates
from .nominal import (STATE, office_state, signed_as_onlooker, public_party, _state_body, _claimed_as_own, _shown_as_part_of, _copula_facts, _home_of, _generic_treaty, _lexicon_part_of, kind_suffix,
                      _companies_of_states, _meetings_of_bodies, _membership_facts, _unit_chain_parts, _nominal_facts, _owner, _part_of_facts, _unit_of_facts, _signed_on_behalf, _treaty_facts,
                      _under_control, _upgraded_ties, _country_in_name)
from .patterns import SPEECH_VERBS
from .posts import (_place_country, _copula_titles, _counterpart_facts, _delegation_leaders, _implicit_country_facts, _named_later, _on_behalf,
                    _parenthesised_states, _title_facts, _titled_anaphor_countries)
from .unnamed import (_met_someone, _one_name, joined_by, unnamed_agreements, unnamed_conflicts, unnamed_events, unnamed_forces,
                      unnamed_meetings, unnamed_visits)


def _fits(m: Mention, group: str, rules: Rules) -> bool:
    return m.type in rules.groups.get(group, frozenset())


def _family(m: Mention) -> str:
    return "person" if m.type in ("Person", "Minister") else "other"


def extract_relations(doc: Doc, mentions: list[Mention]) -> Iterator[MentionFact]:
    """All facts one document states, at mention level."""
    rules = relation_rules()
    index = DocIndex(doc, mentions, rules)
    index.called_off = {id(m) for m in mentions if m.type == "Meeting" and _meeting_called_off(doc[m.token_start:m.token_end].root)}
    unnamed_meetings(doc, index)
    unnamed_visits(doc, index)
    joined_by(doc, index)
    unnamed_events(doc, index)
    unnamed_conflicts(doc, index)
    unnamed_agreements(doc, index)
    unnamed_forces(doc, index)
    seen: set[tuple[int, str, Any, int]] = set()
    facts = []
    for fact in _all_facts(doc, index, rules):
        obj = fact.object
        key = (id(fact.subject), fact.predicate, id(obj) if isinstance(obj, Mention) else obj, fact.evidence.start)
        if fact.subject is obj or key in seen:
            continue
        seen.add(key)
        facts.append(fact)
    facts = _makers_do_not_buy(facts, index)
    typed = {(_pair(f), f.evidence.start) for f in facts if f.predicate != "relatedTo" and isinstance(f.object, Mention)
             and f.evidence.rule.startswith(("noun:", "treaty:upgraded-ties"))}
    for fact in facts:         # "China laid claim to the shoal": claims, and no vaguer relatedTo "lay" beside it
        #                        ("elevated its relationship with ASEAN to a Comprehensive Strategic Partnership")
        if fact.predicate != "relatedTo" or (_pair(fact), fact.evidence.start) not in typed:
            yield fact


def _pair(fact: MentionFact) -> frozenset[str]:
    """The two things a fact relates, either way round (by key, else by the mention itself)."""
    return frozenset(m.key or str(id(m)) for m in (fact.subject, fact.object))




def _all_facts(doc: Doc, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    posts = [*_title_facts(doc, index), *_counterpart_facts(doc, index), *_named_later(doc, index),
             *_titled_anaphor_countries(doc, index), *_copula_titles(doc, index),
             *_delegation_leaders(doc, index), *_on_behalf(doc, index), *_parenthesised_states(doc, index)]
    yield from posts
    yield from _implicit_country_facts(index, posts)
    for tok in doc:
        lemma = verb_lemma(tok, rules.verbs) if tok.pos_ in ("VERB", "AUX") or _clause_noun(tok) else None
        if lemma:
            yield from _verb_facts(tok, lemma, index, rules)
        elif tok.pos_ == "VERB":
            yield from _unmapped_verb(tok, index)
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "host":
            yield from _hosted_troops(tok, index)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SELLERS_FROM:
            yield from _sellers_make(tok, index)
        if lemma in SIGNING_VERBS or (tok.pos_ == "VERB" and
                                      tok.lemma_.lower() in HOLDING_VERBS | DEAL_VERBS | WINNING_VERBS):
            yield from _signed_with(tok, index)    # ("seal" has no rule: never a lemma here); "Australia has the ANZUS
            #                                        Treaty with New Zealand", "reached a deal with France"
        key = _noun_key(tok, rules) if tok.pos_ in ("NOUN", "PROPN") else ""
        if key:
            yield from _noun_facts(tok, key, index, rules)
        if tok.lower_ in rules.compounds:
            yield from _compound_facts(tok, index, rules)
        if tok.lemma_.lower() in rules.pair_nouns:
            yield from _pair_facts(tok, index, rules)
    yield from _meeting_facts(doc, index)
    yield from _met_counterparts(doc, index)
    yield from _treaty_dates(doc, index)
    yield from _upgraded_ties(doc, index)          # (first: the parties it gives are not a story's two leading states)
    yield from _treaty_facts(doc, index)
    yield from _signed_on_behalf(doc, index)
    yield from _nominal_facts(doc, index)
    yield from _under_control(doc, index)
    yield from _claimed_as_own(doc, index)
    yield from _shown_as_part_of(doc, index)
    yield from _among_participants(doc, index, rules)
    yield from _listed_after_colon(doc, index, rules)
    yield from _listed_after_dash(doc, index, rules)
    yield from _copula_facts(doc, index)
    yield from _home_of(doc, index)
    yield from _membership_facts(doc, index)
    yield from _part_of_facts(doc, index)
    yield from _unit_of_facts(doc, index)
    yield from _lexicon_part_of(index)
    yield from _meetings_of_bodies(index)
    yield from _companies_of_states(index)
    yield from _unit_chain_parts(index)
    yield from _bases_opened(doc, index)
    yield from _offered_from(doc, index)


LEGISLATURES = {"parliament", "assembly", "congress", "senate", "diet", "duma", "rada", "knesset", "legislature",
                "majlis", "sejm", "bundestag", "storting", "riksdag", "eduskunta"}


def _ratifying_party(m: Mention, index: DocIndex) -> Mention:
    """Who a party to a treaty is: a parliament ratifies for its state, as the story names it ("South Korea's
    National Assembly", the lexicon's "Japanese Diet"); a parliament whose state it does not name stays itself."""
    if m.type != "Organization":
        return m
    thing = load_lexicon().thing(m.key) if m.key else None
    legislature = thing.kind == "legislature" if thing is not None else m.text.split()[-1].lower() in LEGISLATURES
    if not legislature:
        return m
    state = index.first_country.get(thing.country) if thing is not None and thing.country else \
        _owner(index.doc[m.token_start:m.token_end].root, m, index)
    return state or m


def _clause_noun(tok: Token) -> bool:
    """A verb the tagger took for a plural noun but the parser reads as a clause with a subject ("the Senkaku
    Islands, which Japan administers": "administers" tagged NNS)."""
    return tok.dep_ in ("relcl", "conj") and tok.tag_ == "NNS" and any(c.dep_ in SUBJ for c in tok.children)


def _verb_facts(verb: Token, lemma: str, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    if _denied(verb):
        return                            # "Seoul would not develop nuclear weapons", "China does not claim the islands"
    found, passive = _subjects(verb, index)
    for rule in rules.verbs[lemma]:
        subjects = found                  # each rule starts from the verb's own subjects
        prop = rule["property"]
        conf = float(rule.get("confidence", 0.7))
        name = f"verb:{prop}:{lemma}"
        if prop == "reorganizedInto":
            yield from _reorganize(verb, index, rule, name, conf, passive)
            continue
        if (rule.get("active_only") and passive) or (rule.get("passive_only") and not passive):
            continue
        if rule.get("not_future") and _future(verb):
            continue                      # "Yi will meet Prime Minister Imran Khan": not yet
        if rule.get("not_wished") and _negated_or_wished(verb):
            continue                      # "has prevented the two countries from signing a peace treaty"
        if rule.get("not_refused") and _refused(verb):
            continue                      # "India declined to take part in the exercise"
        if rule.get("not_possible") and _possible(verb):
            continue                      # "France could send troops to Ukraine"
        if rule.get("not_called_off") and _called_off(verb):
            continue                      # "Tokyo scrapped plans to deploy Aegis Ashore"
        if rule.get("not_hedged") and _hedged(verb):
            continue                      # "Russia could capture Pokrovsk", "is expected to select the F-35A"
        if prop == "participatedIn" and _as_observer(verb):
            continue                      # "India sent observers to the exercise", "Britain participates as an observer"
        if (rule.get("not_aimed") or rule.get("aimed")) and bool(rule.get("aimed")) != _aimed(verb, index):
            continue                      # "Russia fired Kinzhal missiles at Kyiv": used, not developed
        if prop == "acquires" and lemma == "order" and any(
                getattr(index.by_token.get(p.i), "type", "Country") != "Country" for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ in ("to", "into") for p in prep.children if p.dep_ == "pobj"):
            continue                      # "ordered the USS Eisenhower to the Red Sea": sent there, not bought
        if rule.get("particle") and not any(c.dep_ in ("prt", "advmod") and c.lower_ in rule["particle"]
                                            for c in verb.children):
            continue                      # "brought together", not "brought"
        if rule.get("not_after") and verb.dep_ in ("xcomp", "advcl", "pcomp") and \
                verb.head.lemma_.lower() in rule["not_after"]:
            continue                      # "applied to join NATO" is not membership
        if rule.get("not_for") and any(p.lemma_.lower() in rule["not_for"] for prep in verb.children
                                       if prep.dep_ == "prep" and prep.lower_ == "for" for p in prep.subtree):
            continue                      # "arrived in Sydney for a five-day port visit"
        if rule.get("requires_pobj") and not any(      # "has 66 F-16s on order"
                p.lemma_.lower() in rule["requires_pobj"] for h in (verb, *verb.children) for c in h.children
                if c.dep_ == "prep" for p in c.children):
            continue
        if rule.get("means") and not any(p.lemma_.lower() in rule["means"] for c in verb.children   # "spoke by
                                         if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "on", "over", "via")
                                         for p in c.children if p.dep_ == "pobj"):   # telephone" (the parser's agent)
            continue                      # (not "spoke to reporters after a call with X")
        if rule.get("requires_no_dobj") and any(c.dep_ == "dobj" for c in verb.children):
            continue                      # "settled in Camp Valdemar", not "settled the lawsuit in Virginia"
        if rule.get("requires_dobj") and not any(c.dep_ == "dobj" and c.lemma_.lower() in rule["requires_dobj"]
                                                 for c in verb.children):
            continue                      # "signed a deal for 80 Rafales"
        partners = [p for c in verb.children if c.dep_ == "dobj" for p in _with_state(c, verb, index)] \
            if rule.get("not_with_state") else []
        if partners:                      # "The United States signed a deal with Poland for Abrams tanks": either may
            subjects = subjects + partners        # be the seller; the story may say which makes them (below)
            name += WITH_STATE
        if rule.get("partners_via"):            # "took part in the exercise alongside ships from Sweden"
            subjects = subjects + [(m, c * 0.9) for prep in verb.children if prep.dep_ == "prep" and
                                   prep.lower_ in rule["partners_via"] for p in prep.children if p.dep_ == "pobj"
                                   for m, c in index.args(p)]
        if prop == "partyTo":                    # "The Japanese Diet ratified the agreement": Japan did
            subjects = [(_ratifying_party(m, index), c) for m, c in subjects]
            if signed_as_onlooker(verb):
                continue                         # "The United States signed the deals as a witness"
        if rule.get("leader_for_state"):        # "Putin annexed Crimea": Russia did
            subjects = [(_state_led(m, index) or m, c) for m, c in subjects]
        if rule.get("weapon_owner"):             # "Indian Navy's INS Shivalik participated": the navy did
            subjects = [((_owner(index.doc[m.token_start:m.token_end].root, m, index) or m) if m.type == "Weapon"
                         else m, c) for m, c in subjects]
            subjects += [(o, c * 0.9) for m, c in subjects for o in _coordinated_demonyms(m, index)
                         if all(o is not x for x, _ in subjects)]
        preps = set(rule.get("via", []))
        objects = _objects(verb, index, passive, preps, possessors=prop not in ("metWith", "represents"))
        #                                            ^ (not "welcomed B's plan", "leads the Azov Brigade's lawyers")
        if rule.get("reverse") and prop == "participatedIn":     # "involving the Kazakh and Uzbek armed forces"
            objects += [(o, c * 0.9, via) for m, c, via in objects for o in _coordinated_demonyms(m, index)
                        if all(o is not x for x, *_ in objects)]
        if rule.get("object_is_via"):
            objects = [o for o in objects if o[2]]
            if passive and verb.dep_ == "relcl" and any(o[2] == "where" for o in objects):
                subjects = [(m, c) for c in verb.children if c.dep_ in PASS_SUBJ for m, c in index.args(c)]
            elif verb.dep_ == "acl":             # "missiles deployed to X", "the regiment, remaining in X"
                subjects = [(m, c) for m, c in index.args(verb.head)]
            elif passive:
                subjects = [(m, c) for c in verb.children if c.dep_ in PASS_SUBJ for m, c in index.args(c)]
                if not subjects and verb.dep_ == "relcl":      # "the G-7 summit to be held in Hiroshima"
                    subjects = [(m, c * 0.9) for m, c in index.args(_agreeing_head(verb))]
                if not subjects and verb.dep_ == "xcomp":      # "The brigade is to be based in Rukla": the subject
                    subjects = [(m, c * 0.9) for m, c in found]   # of the verb it completes
                if not subjects and _fronted_participle(verb):   # "Based in Okinawa, the regiment ..."
                    subjects = [(m, c * 0.85) for s in verb.head.children if s.dep_ in SUBJ | PASS_SUBJ
                                for m, c in index.args(s)]
        if rule.get("subject_nouns"):           # "Participants included Australia and France": the exercise's
            heads = [c for c in verb.children if c.dep_ in SUBJ and
                     (c.lemma_.lower() in rule["subject_nouns"] or _participating(c))]
            if not heads or (verb.lemma_ == "be" and any(c.tag_ != "NNS" for c in heads)):
                continue                        # (not "The U.S. participant is the destroyer USS John S. McCain")
            if rule.get("bare_subject") and any(d.dep_ in ("relcl", "acl", "prep", "poss") and not _participating(h) and
                                                d.lower_ not in ("its", "their") for h in heads for d in h.children):
                continue                        # "the troops that attacked Bakhmut", "Poland's F-16 jets came from"
            named = [m for c in heads for acl in c.children if acl.dep_ == "acl" for prep in acl.children
                     if prep.lower_ == "in" for p in prep.children for m in [index.mention(p)[0]]
                     if m is not None and m.type in ("Meeting", "Event")]     # "Countries participating in RIMPAC"
            latest = named[0] if named else _latest_event(verb, index)
            subjects = [(latest, 0.8)] if latest is not None else []
        together = bool(rule.get("together_now"))
        if together and (len(subjects) < 2 and not any(c.lower_ in ("together", "alongside", "with")
                                                       for c in verb.children) or
                         any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) or
                         any(t.lower_ in ("years", "decades", "months") for t in verb.subtree)):
            continue                  # training together now, not "Ukrainian pilots are training in Denmark", "have
            #                           trained with US forces for years"
        if rule.get("implicit_object") and not any(_fits(o[0], rule["object"], rules) for o in objects) and \
                _intransitive(verb, index if together else None) and not _negated_or_wished(verb):
            drilled = all(m.type in ("MilitaryUnit", "Weapon") for m, _ in subjects) and bool(subjects)
            latest = _latest_event(verb, index, ("Event",) if drilled else ("Event", "Meeting"))
            #        ^ "personnel from Canada will also participate"; "The 8th Army will also take part": in the
            #          exercise, not in the ministers' meeting told of since
            objects = [(latest, 0.8, "")] if latest is not None else []
        if rule.get("forces_to_event") and not objects and not passive and not _negated_or_wished(verb) and \
                verb.lemma_.lower() in ("send", "dispatch", "contribute") and len(subjects) >= 2 and \
                any(c.dep_ == "dobj" and c.lemma_.lower() in FORCES_SENT for c in verb.children) and \
                not any(c.dep_ in ("prep", "dative", "xcomp", "advcl") or c.lower_ in ("meanwhile", "separately")
                        for c in verb.subtree if c.head == verb or c.head.head == verb):
            latest = _latest_event(verb, index)          # "Australia, Brunei and Chile are sending ships": to the
            near = latest is not None and latest.type == "Event" and \
                latest.sent_start >= (verb.doc[verb.sent.start - 1].sent.start_char if verb.sent.start else 0)
            objects = [(latest, 0.7, "")] if near else []    # exercise just named (not "Russia is sending troops")
        if prop == "stationedIn":
            yield from _troops_stationed(verb, index, passive, objects, subjects, name, conf)
            sent_things = [c for c in verb.children if c.dep_ == "dobj"]
            if not passive and verb.lemma_.lower() in EMPLACING and not any(_fits(m, "stationable", rules) for m, _ in subjects):
                subjects = [a for c in sent_things for a in index.args(c)]   # "Japan has deployed
                #                                                  PAC-3 interceptors on Ishigaki": the things deployed
            elif not passive and verb.lemma_.lower() in SENDING and not any(_fits(m, "stationable", rules)
                                                                             for m, _ in subjects):
                sent_things += [u for c in sent_things for u in _troops_from(verb, c, index)]
                subjects = [a for c in sent_things for a in index.args(c) if a[0].type == "MilitaryUnit"]
                #            ^ "Austin ordered the 82nd Airborne Division to Poland": a unit sent is stationed (a weapon
                #              may be a delivery); "sent 500 soldiers from its 41st Brigade"
            else:
                sent_things = []
                if not passive and any(c.dep_ == "dobj" and c.i not in index.by_token and
                                       c.lemma_.lower() in PARTS_SENT for c in verb.children):
                    subjects = [(m, c) for m, c in subjects if m.type != "MilitaryUnit"]   # "The 173rd Airborne
                    #                              Brigade will deploy a battalion to Latvia": a part of it goes there
            if not objects:               # "stationed the 45th Panzer Brigade in Lithuania": the parser hangs the place
                objects = [(m, c, prep.lower_) for d in sent_things for prep in d.children     # on the unit
                           if prep.dep_ == "prep" and prep.lower_ in preps for p in prep.children if p.dep_ == "pobj"
                           for m, c in index.args(p)]
        if rule.get("requires_via"):
            objects = [o for o in objects if o[2]]
        if rule.get("object_grouping"):           # founders of NATO, not of Hezbollah
            objects = [o for o in objects if _body_of_states(o[0])]
        if rule.get("recipient_is_subject") and prop == "acquires" and not passive:
            yield from _contractor_makes(verb, objects, index, rules)
        if rule.get("recipient_is_subject"):     # "sell Australia submarines", "deliver HIMARS to Ukraine"
            subjects = [a for c in verb.children if c.dep_ == "dative" for a in index.args(c)]
            subjects += [a for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj" for a in index.args(p)]
            if not subjects and not passive:     # "has donated Leopard 2 tanks to Ukraine": the parser hangs "to"
                subjects = [a for d in verb.children if d.dep_ == "dobj" for c in d.children    # on the things
                            if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
                            for a in index.args(p) if a[0].type in ("Country", "MilitaryUnit")]
            nxt = index.by_token.get(verb.i + 1)
            if not subjects and nxt is not None and nxt.type == "Country" and not passive:
                subjects = [(nxt, 0.7)]          # "sell Australia three ... submarines", parsed as a modifier
            if not subjects and not passive and prop == "acquires":
                subjects = _deal_partner(verb, index)   # "signed an agreement with Peru to supply 12 FA-50 jets"
            if passive:                          # "Patriots will be sent to Ukraine"
                objects = [(m, c, "") for ch in verb.children if ch.dep_ in PASS_SUBJ for m, c in index.args(ch)]
        if rule.get("recipient_is_dobj") and not passive:   # "France supplied Ukraine with SCALP missiles"
            subjects = [a for c in verb.children if c.dep_ == "dobj" for a in index.args(c)]
        if rule.get("mutual"):                     # "the pair met", "A and B met" (no one else)
            if len(subjects) < 2 or _met_someone(verb, index) or any(
                    d.lower_ in ("separate", "with", "of") for c in verb.children if c.dep_ == "dobj" for d in c.children):
                continue                           # (not "A and B held talks with C", "held separate meetings",
                #                                    "held a meeting of the National Security Council")
            objects = [(m, c * 0.9, "") for m, c in subjects]
        for s, sc in subjects:
            if not _fits(s, rule["subject"], rules):
                continue
            for o, oc, _ in objects:
                if o is s or not _fits(o, rule["object"], rules):
                    continue
                if rule.get("same_type_family") and _family(s) != _family(o):
                    continue
                if rule.get("mutual") and (s.start > o.start or (s.affiliation and s.affiliation == o.affiliation)):
                    continue                     # each pair once; two of one side did not meet each other
                if rule.get("reverse"):           # "X built by Y": Y is the maker, X producedBy Y
                    s_, o_ = o, s
                else:
                    s_, o_ = s, o
                yield MentionFact(s_, prop, o_, index.evidence(verb.sent, name, conf * min(sc, oc)))


def _intransitive(verb: Token, places_of: DocIndex | None = None) -> bool:
    """"will also participate", "will take part", "joined for the first time": no object, no "in" (but, given the
    story's index, a place: "are training together in Queensland")."""
    return not any((c.dep_ == "dobj" and c.lower_ != "part") or
                   (c.dep_ == "prep" and c.lower_ == "in" and not any(
                       p.lower_ in ADVERBIAL_IN or (places_of is not None and
                                                    getattr(places_of.by_token.get(p.i), "type", "") in PLACES)
                       for p in c.children))
                   for c in verb.children)


ADVERBIAL_IN = {"addition", "total", "turn", "particular", "fact", "person", "all"}     # "In addition, ..."


def _meeting_called_off(noun: Token) -> bool:
    """"The Quad leaders' summit ... was cancelled", "called off the summit": a meeting that did not take place,
    which "the talks" of the story does not refer back to."""
    verb = noun.head
    return noun.dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB" and not _negated_or_wished(verb) and \
        (verb.lemma_.lower() in CANCELLED | {"postpone", "delay"} or
         verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))


def _latest_event(tok: Token, index: DocIndex, kinds: tuple[str, ...] = ("Event", "Meeting")) -> Mention | None:
    """The exercise or meeting named last before a token (not one kg made up): in its sentence or
    the two before, or anywhere before when the story names only one."""
    named = [m for m in index.mentions if m.token_end <= tok.i and m.type in kinds and
             m.rule.startswith(("ruler:", "ner:", "pattern:"))]
    if not named:
        return None
    if _one_name({m.text.lower(): [m] for m in named}):
        return named[-1]
    since = sentence_window(tok, 2, 0)[0].start
    return named[-1] if named[-1].token_start >= since else None


TROOP_NOUNS = {"troop", "troops", "soldier", "soldiers", "marines", "forces", "force", "personnel", "sailors",
               "airmen", "servicemen", "service members", "contingent", "battalion", "brigade", "units", "unit"}


FORCES_SENT = {"ship", "warship", "vessel", "frigate", "destroyer", "submarine", "aircraft", "jet", "troop", "soldier",
               "personnel", "force", "unit", "contingent", "delegation", "observer", "sailor", "marine", "plane"}


def _says_of_itself(verb: Token, index: DocIndex) -> bool:
    """"Hanoi says it has sovereignty over": the one who has it is the one saying so (not "Washington says Japan
    has sovereignty over the Senkakus", a third state's view)."""
    own = [c for c in verb.children if c.dep_ in SUBJ]
    said = [c for c in verb.head.children if c.dep_ in SUBJ]
    speakers = [m for c in said for m, _ in index.args(c)]
    speakers += [s for c in said for t in c.subtree if t.i in index.by_token
                 for s in [index.by_token[t.i] if index.by_token[t.i].type == "Country" else
                           _country_in_name(index.by_token[t.i], index)] if s is not None]
    #            ^ "A Vietnamese foreign ministry spokeswoman said Vietnam has sovereignty over": Vietnam speaking
    return bool(own) and (own[0].lower_ in ("it", "they") or
                          any(m.key and m.key == s.key for m, _ in index.args(own[0]) for s in speakers))


ASSERTING = {"say", "insist", "maintain", "reiterate", "assert", "declare", "stress", "state", "add", "argue"}
RESTATING = {"affirm", "reaffirm", "reiterate", "insist"}     # claims only of "its sovereignty" itself
EMPLACING = {"deploy", "station", "base", "position", "install", "emplace", "place", "forward-deploy", "redeploy",
             "garrison"}          # (not "send", "move": what a state sends may be a delivery)
SENDING = {"send", "move", "dispatch", "order", "shift", "relocate"}    # ... but a unit it sends is stationed


def _troops_stationed(verb: Token, index: DocIndex, passive: bool, places: list, subjects: list, name: str,
                      conf: float) -> Iterator[MentionFact]:
    """"German troops will be stationed in Lithuania", "the US deployed Marines to Darwin": the state
    whose troops (no named unit) are stationed there."""
    made = {i for i, m in index.by_token.items() if m.rule == "unit:unnamed-forces"}     # (the state's too)
    troops = [c for c in verb.children if c.dep_ in (PASS_SUBJ if passive else {"dobj"})
              and c.lemma_.lower() in TROOP_NOUNS and (c.i not in index.by_token or c.i in made)]
    if not troops:
        return
    places = [*places, *((index.by_token[p.i], 1.0, prep.lower_) for t in troops for prep in t.children
                         if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at", "to")     # "troops in Lithuania"
                         for p in prep.children if p.dep_ == "pobj" and p.i in index.by_token)]
    mods = [c for t in troops for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")]
    states = [(m, 0.8) for m in index.countries(mods)]                # "U.S. Marine unit", "German troops"
    if not states and not passive and not any(m.type == "MilitaryUnit" and m.rule != "unit:unnamed-forces"
                                              for t in troops for m, _ in index.args(t)):
        states = [(m, c * 0.9) for m, c in subjects if m.type == "Country"]
    for s, sc in states:
        for o, oc, via in places:
            if via and o.type in PLACES and o.key != s.key:
                yield MentionFact(s, "stationedIn", o, index.evidence(verb.sent, name + "+troops", conf * 0.85 * min(sc, oc)))


SENT_UNIT_KINDS = {"regiment", "brigade", "battalion", "division", "squadron", "battery", "company", "unit", "team"}
PARTS_SENT = {"regiment", "brigade", "battalion", "squadron", "battery", "company", "detachment", "contingent"}


def _troops_from(verb: Token, noun: Token, index: DocIndex) -> list[Token]:
    """"sent 500 soldiers from its 41st Brigade", "moved elements of the 1st Armored Division": the unit the troops
    sent belong to (a formation, not a service, command, fleet or district: "troops from the British Army")."""
    if noun.i in index.by_token or noun.lemma_.lower() not in TROOP_NOUNS | UNIT_PARTS:
        return []
    return [p for prep in [*noun.children, *verb.children] if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
            for p in prep.children if p.dep_ == "pobj" and any(
                m.type == "MilitaryUnit" and SENT_UNIT_KINDS & set(m.text.lower().split()) for m, _ in index.args(p))]


def _aimed(verb: Token, index: DocIndex) -> bool:
    """Whether a weapon is fired "at" or "against" a target: a place, a state, a force or a thing attacked
    ("at Kyiv", "at a tanker"; not "at dawn", "at a high angle", "at a range in Odisha", "at 03:12 p.m.")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "against", "toward", "towards"):
            continue
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            named = index.by_token.get(p.i)
            if named is not None and named.type in (*PLACES, "Organization", "MilitaryUnit", "Weapon") or \
                    p.lemma_.lower() in TARGET_NOUNS:
                return True
    return False


TARGET_NOUNS = {"ship", "tanker", "vessel", "warship", "target", "city", "town", "village", "base", "position",
                "infrastructure", "plant", "facility", "airport", "port", "troops", "forces", "territory", "bridge",
                "depot", "airfield", "convoy", "headquarters", "building", "refinery", "railway", "dam", "factory"}


def _hosted_troops(verb: Token, index: DocIndex) -> Iterator[MentionFact]:
    """"Kenya hosts US forces at Manda Bay", "thanked it for hosting US Forces at Manda Bay": another state's
    troops are stationed at the place said, or else in the host state."""
    if _negated_or_wished(verb) or any(c.dep_ in PASS_SUBJ for c in verb.children):
        return
    troops = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TROOP_NOUNS]
    mods = [c for t in troops for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    states = index.countries(mods)
    places = [index.by_token[p.i] for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "on")
              for p in prep.children if p.dep_ == "pobj" and p.i in index.by_token and
              index.by_token[p.i].type in (*PLACES, "WaterBody")]      # ("at Manda Bay")
    hosts = [m for m, _ in _subjects(verb, index)[0] if m.type == "Country"]
    for s in states:
        for o in places or hosts:
            if o.key != s.key:
                yield MentionFact(s, "stationedIn", o, index.evidence(verb.sent, "verb:stationedIn:host", 0.65))


BASE_NOUNS = {"garrison", "base", "outpost", "headquarters"}      # military by nature (not "camps", "facilities")
OPENING_VERBS = {"open", "establish", "set", "build", "inaugurate", "activate", "launch", "construct"}


def _bases_opened(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"The Ground Self-Defense Force opened a garrison on Ishigaki Island": the unit (or the state)
    that opens a base somewhere is stationed there."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in OPENING_VERBS:
            continue
        bases = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BASE_NOUNS]
        if not bases:
            continue
        places = [index.by_token[p.i] for h in (verb, *bases) for prep in h.children
                  if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at")
                  for p in prep.children if p.dep_ == "pobj" and p.i in index.by_token
                  and index.by_token[p.i].type in PLACES]
        subjects, passive = _subjects(verb, index)
        if passive:
            subjects = [a for c in verb.children if c.dep_ == "agent" for p in c.children for a in index.args(p)]
        for m, conf in subjects:
            if m.type in ("MilitaryUnit", "Country"):
                for place in places[:1]:
                    if place.key != m.key:
                        yield MentionFact(m, "stationedIn", place, index.evidence(verb.sent, "verb:stationedIn:base",
                                                                                  0.7 * conf))


SELLERS_FROM = {"purchase", "buy", "acquire", "procure", "order", "lease"}
HOLDING_VERBS = {"have", "maintain"}      # a treaty a state has with others: all are parties


SELLER_TYPES = ("Country", "Organization")


def _sellers_make(verb: Token, index: DocIndex) -> Iterator[MentionFact]:
    """"Egypt has bought 30 more Rafale aircraft from France", "ordered F-35A jets from Lockheed Martin and Patriot
    units from Raytheon", "Poland will buy 96 Apache helicopters from the United States": news names the seller as the maker
    (whether or not the purchase is done: "plans to buy Su-35s from Russia" says who makes them). Each weapon's seller
    is the first "from" after it: "Abrams tanks and HIMARS launchers from Washington and K2 tanks from South Korea"."""
    passive = _subjects(verb, index)[1]
    sent = verb.sent                              # (a weapon named here, not "the systems" standing for another)
    weapons = {id(m): m for m, _, via in _objects(verb, index, passive, set()) if not via and m.type == "Weapon"
               and sent.start <= m.token_start < sent.end}
    spans = [t for c in verb.children if c.dep_ in ("dobj", *PASS_SUBJ) for t in c.subtree]
    froms = sorted({t.i: t for h in (verb, *spans) for t in h.children
                    if t.dep_ == "prep" and t.lower_ == "from"}.values(), key=lambda t: t.i)
    dealt = _dealt_with(verb, index) if not froms else []
    for w in weapons.values():
        after = [f for f in froms if f.i >= w.token_end] or [f for f in froms if f.head == verb]
        sellers = [m if m.type in SELLER_TYPES else _place_country(m, index)     # "from Washington"
                   for p in (after[0].children if after else ()) if p.dep_ == "pobj" for m, _ in index.args(p)
                   if (m.type in SELLER_TYPES or m.type == "City" and m.key.startswith("capital:")) and
                   not _says_next(m, index)]        # (not "from Hyundai Rotem Co., Seoul's defense ministry said")
        for seller in filter(None, sellers or dealt):
            yield MentionFact(w, "producedBy", seller, index.evidence(sent, "verb:producedBy:bought-from", 0.6))


PURCHASE_NOUNS = {"purchase", "acquisition", "procurement", "order", "import", "buy"}
OFFERING_VERBS = {"include", "offer", "propose", "consider", "evaluate", "choose", "select", "pick"}
USED = {"used", "second-hand", "secondhand", "surplus", "refurbished", "ex"}


def _offered_from(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """A weapon bought or offered "from" a state or firm, said with a noun: "backed the purchase of 36 F-35A jets from
    Lockheed Martin", "Other offers had included new F-16s from the United States" (not "used F-16s from Israel":
    second-hand, not made there)."""
    for w in [m for m in index.mentions if m.type == "Weapon" and m.token_end > m.token_start]:
        root = doc[w.token_start:w.token_end].root
        first = first_conjunct(root)
        bought = first.dep_ == "pobj" and first.head.lower_ == "of" and \
            first.head.head.lemma_.lower() in PURCHASE_NOUNS
        offered = first.dep_ in ("dobj", "attr") and first.head.lemma_.lower() in OFFERING_VERBS
        if not (bought or offered) or any(c.lower_ in USED for c in root.children):
            continue
        holder = first.head.head if bought else first.head     # (the parser may hang "from" on the noun or verb:
        for p in (p for h in (root, holder) for c in h.children  # only right after the weapon, then)
                  if c.dep_ == "prep" and c.lower_ == "from" and (h is root or c.i == w.token_end)
                  for p in c.children if p.dep_ == "pobj"):
            for seller in (m for m, _ in index.args(p) if m.type in SELLER_TYPES and not _says_next(m, index)):
                yield MentionFact(w, "producedBy", seller, index.evidence(root.sent, "noun:producedBy:bought-from", 0.55))


def _dealt_with(verb: Token, index: DocIndex) -> list[Mention]:
    """The other side of a deal made to buy: "India signed a deal with France to buy 26 Rafale jets", "finalized a
    deal with Lockheed Martin to acquire 88 F-35s" (not the buyer itself: "a deal with Poland to buy")."""
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in DEAL_NOUNS:
        holders, signing = [head, head.head], head.head
    elif verb.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in SIGNING_VERBS | DEAL_VERBS and \
            any(c.dep_ == "dobj" and c.lemma_.lower() in DEAL_NOUNS for c in head.children):
        holders, signing = [head, *(c for c in head.children if c.dep_ == "dobj")], head
    else:
        return []
    buyers = {m.key or m.text for m, _ in _subjects(signing, index)[0]}
    return [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj" for m, _ in index.args(p)
            if m.type in SELLER_TYPES and (m.key or m.text) not in buyers]


def _says_next(m: Mention, index: DocIndex) -> bool:
    """A mention the words after which are what it said: the speaker of the sentence, whatever the parser hangs it on."""
    after = index.doc[m.token_end] if m.token_end < len(index.doc) else None
    return after is not None and after.lemma_.lower() in SPEECH_VERBS and after.pos_ == "VERB"


def _signed_with(verb: Token, index: DocIndex) -> Iterator[MentionFact]:
    """"Kishida signed a defense deal with British Prime Minister Rishi Sunak": both sides are parties,
    and they cooperate; "NASA plans to sign a cooperation agreement with Japan": they cooperate, but
    neither is a party yet; "prevented them from signing a treaty with Russia": neither."""
    unsigned = _unasserted(verb)          # (nor "may sign a pact with")
    if (unsigned and verb.dep_ not in ("xcomp", "ccomp")) or _refused(verb):
        return                            # (nor "refused to sign an agreement with China", "failed to reach a deal")
    treaties = [m for c in verb.children if c.dep_ == "dobj" for m, _ in index.args(c) if m.type == "Treaty"]
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]     # "sign [an agreement with Japan]"
    partners = [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children for m, _ in index.args(p)]
    partners += [m for h in holders[1:] for acl in h.children if acl.dep_ == "acl" and acl.lemma_.lower() in SELLERS_FROM
                 for c in acl.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                 for m, _ in index.args(p) if m.type in ("Organization", "Country")]
    #            ^ "signed an agreement to purchase 96 Apaches from Boeing": the seller is the other party
    if not treaties or not partners:
        return
    def state(m: Mention) -> Mention | None:
        if m.type in STATE:
            return m
        if m.type in ("Person", "Minister") and m.affiliation:
            return index.first_country.get(m.affiliation)
        return None
    subjects = [m for m, _ in _subjects(verb, index)[0]]
    ours = [x for x in (state(m) for m in subjects) if x is not None]
    signers = [x for m in subjects if m.type in ("Person", "Minister") for x in [state(m)] if x is not None]
    theirs = [x for x in (state(m) for m in partners) if x is not None]
    theirs += [x for x in (office_state(m, index) for m in partners) if x is not None and x not in theirs]
    sent = verb.sent
    keys = {x.key for x in (*ours, *theirs) if x.type == "Country" and x.key}
    firms = {x.key for x in theirs if x.type == "Organization" and x.key}
    keys |= firms if len(keys) == 1 and len(firms) == 1 else set()
    #         ^ "Poland signed an agreement with Raytheon": Poland's and Raytheon's, not Poland's and the US's
    if len(keys) < 2:                     # "Kishida signed a deal with Sunak" in an article about Japan
        counts = Counter(m.key for m in index.mentions if m.type == "Country" and m.key)
        keys |= set([k for k, _ in counts.most_common() if k not in keys][: 2 - len(keys)])
    for t in treaties:
        if not t.key and _generic_treaty(t.text) and len(keys) == 2:
            t.key = "parties:" + ",".join(sorted(keys)) + kind_suffix(t.text)
        for p in theirs if not unsigned else ():
            yield MentionFact(p, "partyTo", t, index.evidence(sent, "verb:partyTo:signed-with", 0.7))
        for p in signers if not unsigned else ():       # "Indonesian Defense Minister Subianto signed the agreement
            yield MentionFact(p, "partyTo", t, index.evidence(sent, "verb:partyTo:signed-for", 0.65))   # with ..."
        for p in [p for p in ours if p not in signers] if verb.lemma_.lower() in HOLDING_VERBS and not unsigned else ():
            yield MentionFact(p, "partyTo", t, index.evidence(sent, "verb:partyTo:has-with", 0.65))
    for a in ours:
        for b in theirs:                  # (states that sign together cooperate; a firm that sells to one need not)
            if (a.key != b.key or not a.key) and public_party(a) and public_party(b):
                yield MentionFact(a, "cooperatesWith", b, index.evidence(sent, "verb:cooperatesWith:signed-with", 0.6))


def _participating(noun: Token) -> bool:
    """"the 18 participating nations", "countries taking part in the exercise": a list's subject."""
    return noun.lemma_.lower() in LISTED_NOUNS and any(
        c.lower_ == "participating" or (c.dep_ == "acl" and c.lemma_.lower() in TAKING_PART) for c in noun.children)


def _among_participants(doc: Doc, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    """"Australia and Chile are among the 29 participating nations", "... among the participants in RIMPAC": the
    exercise or meeting the list is of (named with it, or the one named last)."""
    for verb in doc:
        if verb.lemma_ != "be" or _negated_or_wished(verb):
            continue
        lists = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for p in c.children
                 if p.dep_ == "pobj" and (p.lemma_.lower() in ATTENDEES or _participating(p))]
        for noun in lists:
            named = [m for c in noun.subtree if c.i > noun.i for m in [index.by_token.get(c.i)]
                     if m is not None and m.type in ("Meeting", "Event")]
            nouns = [c for c in noun.subtree if c.i > noun.i and c.i not in index.by_token and
                     (index.rules.anaphora.get(c.lower_) or frozenset()) & {"Meeting", "Event"}]
            if not named and nouns:       # "among the nations taking part in the exercise": that exercise, if known
                m = index.mention(nouns[0])[0]
                named = [m] if m is not None and m.type in index.rules.anaphora[nouns[0].lower_] else []
                if not named:
                    continue
            event = named[0] if named else _latest_event(verb, index)
            if event is None:
                continue
            for s, sc in _subjects(verb, index)[0]:
                if _fits(s, "agent", rules):
                    yield MentionFact(s, "participatedIn", event,
                                      index.evidence(verb.sent, "verb:participatedIn:among", 0.65 * sc))


def _listed_after_colon(doc: Doc, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    """"Participants: Australia, Brunei, Chile." and "Participating nations: ...": a list under a heading, of the
    exercise or meeting named last."""
    for sent in doc.sents:
        colon = next((t for t in sent[:4] if t.text == ":"), None) or \
            next((t for t in sent if t.text == ":" and t.i > sent.start and
                  any(v.lemma_.lower() in TAKING_PART and v.pos_ == "VERB" for v in sent[:t.i - sent.start])
                  and any(w.lower_ == "following" for w in sent[:t.i - sent.start])), None)
        heading = sent[:colon.i - sent.start] if colon is not None else sent[:0]
        if colon is None or not any(t.lemma_.lower() in ATTENDEES | TAKING_PART or
                                    t.lower_ == "participating" for t in heading) or \
                any(t.dep_ == "neg" or t.lower_ in ("not", "non", "absent", "excluded") for t in heading):
            continue                  # (not "Countries not participating: Russia and North Korea."); also "Forces
            #                           from the following countries are taking part: A, B, C."
        event = _latest_event(colon, index)
        if event is None:
            continue
        for m in (index.by_token.get(t.i) for t in sent[colon.i + 1 - sent.start:]):
            if m is not None and _fits(m, "agent", rules) and m.type != "Person":
                yield MentionFact(m, "participatedIn", event, index.evidence(sent, "list:participants", 0.65))


EVENT_PARTS = {"team", "cell", "phase", "portion", "component", "segment", "part", "drill", "exercise", "training"}


def _listed_after_dash(doc: Doc, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    """"Ten countries are joining the observer team – Cambodia, Laos, Brazil", "Ships from 12 nations are taking
    part – A, B and C": the states or forces a dash lists after a clause of countries taking part, in the exercise
    or meeting the clause names, or else the one named last (not "Two countries are joining NATO – A and B")."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in TAKING_PART or _negated_or_wished(verb):
            continue
        nouns = [t for t in verb.doc[max(verb.sent.start, verb.i - 4):verb.i] if t.pos_ == "NOUN"]
        if not nouns or nouns[-1].lemma_.lower() not in LISTED_NOUNS | FORCES_SENT or \
                any(t.text == ";" for t in verb.doc[nouns[-1].i:verb.i]):
            continue              # (the subject's noun right before the verb, however parsed)
        sent = verb.sent
        dash = next((t for t in sent if t.text in DASHES and t.i > verb.i and t.whitespace_), None)
        if dash is None or verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part"
                                                                     for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part" and c.i < dash.i] + \
            [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
             if p.dep_ == "pobj" and p.i < dash.i]        # (not the list itself, parsed as the object)
        named = [index.by_token[o.i] for o in objects if o.i in index.by_token] or \
            [m for m in index.mentions if verb.i < m.token_start and m.token_end <= dash.i and
             m.type in ("Event", "Meeting")]     # "taking part in Talisman Sabre – A, B", the name parsed into the list
        if named and named[0].type not in ("Event", "Meeting") or \
                not named and any(o.lemma_.lower() not in EVENT_PARTS for o in objects):
            continue
        event = named[0] if named else _latest_event(verb, index)
        if event is None:
            continue
        if any(t not in verb.subtree for t in doc[verb.i + 1:dash.i]):
            continue              # the dash right after the clause (not "..., a drill Russia condemned – A, B")
        for m in _dash_list(dash, index):
            if m.type in STATE and _fits(m, "agent", rules):
                yield MentionFact(m, "participatedIn", event, index.evidence(sent, "list:participants-dash", 0.65))


LIST_WORDS = {",", "and", "the", "those", "of", "among", "them", "as", "well", "plus", "."}


def _dash_list(dash: Token, index: DocIndex) -> list[Mention]:
    """The names a dash opens a bare list of ("– Bangladesh, Canada (observers) and the Hellenic Republic"), up to
    another dash, a semicolon or a trailing ", officials said"; none when the words after it say more than names
    ("– but China and Russia are not", "– NATO's largest exercise", "– in Estonia and Latvia")."""
    found: list[Mention] = []
    depth = 0
    for t in dash.doc[dash.i + 1:dash.sent.end]:
        if t.text in DASHES or t.text == ";":
            break
        depth += (t.text == "(") - (t.text == ")")
        if depth > 0 or t.text == ")":
            continue                                   # "Canada (the frigate HMCS Vancouver)"
        if t.is_space:
            continue
        m = index.by_token.get(t.i)
        if m is not None and t.lower_ != "'s":
            found.append(m)
        elif t.lower_ not in LIST_WORDS:
            if t.i > dash.i + 1 and dash.doc[t.i - 1].text == "," and found:
                break                                  # "– Fiji and Tonga, officials said"
            return []
    return list(dict.fromkeys(found))


def _contractor_makes(verb: Token, objects: list[tuple[Mention, float, str]], index: DocIndex,
                      rules: Rules) -> Iterator[MentionFact]:
    """A company that wins a contract to supply, build or deliver a weapon makes it: "Lockheed Martin won a contract to
    supply F-16 jets to Bulgaria", "The Pentagon awarded Boeing a contract to deliver KC-46 tankers" (not a company
    that only supplies one: "Rheinmetall will supply Leopard 1 tanks", refurbished, were built by another)."""
    deal = verb.head if verb.dep_ == "acl" and verb.head.lemma_.lower() in CONTRACT_NOUNS else None
    if deal is None or _hedged(deal.head) or _refused(deal.head):
        return
    won = deal.head
    if won.lemma_.lower() in ("award", "give", "grant"):
        sellers = [a for c in won.children if c.dep_ in ("dative", "nsubjpass") for a in index.args(c)]
    elif won.lemma_.lower() in ("win", "secure", "get", "receive", "land", "bag", "sign"):
        sellers = _subjects(won, index)[0]
    else:
        return
    for s, sc in sellers:
        if s.type != "Organization" or public_party(s) or _state_body(s) and not s.key:
            continue
        for o, oc, via in objects:
            if not via and _fits(o, "weapon", rules):
                yield MentionFact(o, "producedBy", s, index.evidence(verb.sent, "verb:producedBy:contract", 0.65 * min(sc, oc)))


CONTRACT_NOUNS = {"contract", "order", "deal"}
DEAL_NOUNS = CONTRACT_NOUNS | {"agreement", "accord"}


def _deal_partner(verb: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """Who receives what a deal between a company and a state (or public body) is to supply: the state ("KAI signed an
    agreement with the Philippine defense department to supply 12 FA-50 jets", "won a contract with Malaysia to
    deliver ...", "Poland signed a deal with Lockheed Martin to supply F-35s"), when the deal is signed, not sought or
    called off. Between two states it does not say which supplies ("India signed a contract with Russia to supply
    S-400s")."""
    if verb.dep_ not in ("acl", "advcl", "xcomp", "relcl"):
        return []
    head = verb.head
    deals = [head] if head.lemma_.lower() in DEAL_NOUNS else \
        [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in DEAL_NOUNS]
    signed = head.head if head in deals else head
    if not deals or signed.lemma_.lower() not in SIGNING_VERBS | DEAL_VERBS | WINNING_VERBS or \
            _negated_or_wished(signed) or _hedged(signed) or _refused(signed) or _conditional(signed):
        return []
    if any(getattr(index.by_token.get(t.i), "type", "") == "Country" and
           (t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ in ("for", "of"))) for t in verb.subtree):
        return []                 # "won a contract with the U.S. Army to supply Patriots for Ukraine": not the buyer
    signers = _subjects(signed, index)[0]
    partners = [(m, c) for d in (*deals, signed) for prep in d.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for p in prep.children if p.dep_ == "pobj" for m, c in index.args(p)]
    for sellers, buyers in ((signers, partners), (partners, signers)):
        if any(m.type == "Organization" and not public_party(m) for m, _ in sellers) and \
                not any(public_party(m) for m, _ in sellers):
            return [(m, c * 0.85) for m, c in buyers if public_party(m)]
    return []


def _reorganize(verb: Token, index: DocIndex, rule: dict[str, Any], name: str, conf: float,
                passive: bool) -> Iterator[MentionFact]:
    sources = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    targets = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in rule.get("target", [])
               for p in c.children if p.dep_ == "pobj"]
    if verb.lemma_.lower() == "become":          # "the 3rd Brigade will become an armoured brigade"
        sources = [c for c in verb.children if c.dep_ == "nsubj"]
        targets = [c for c in verb.children if c.dep_ == "attr"]
    elif not sources and passive:                # "the battalions will be merged to become ..."
        sources = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for x in verb.children:
        if x.dep_ in ("xcomp", "advcl") and x.lemma_.lower() == "become":
            targets += [c for c in x.children if c.dep_ == "attr"]
    for src_tok in sources:
        for s, sc in index.args(src_tok):
            if s.type != "MilitaryUnit":
                continue
            for t_tok in targets:
                found = index.args(t_tok) or _cataphor(t_tok, index)
                for o, oc in found:
                    if o.type == "MilitaryUnit" and o is not s:
                        yield MentionFact(s, "reorganizedInto", o, index.evidence(verb.sent, name, conf * min(sc, oc)))


def _cataphor(tok: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """"into a littoral regiment ... The envisaged 12th Marine Littoral Regiment": a later named unit
    whose name contains the generic phrase's head and modifiers."""
    words = {t.lower_ for t in tok.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN")} - {"smaller", "faster", "mobile"}
    if tok.lemma_.lower() not in index.rules.anaphora or not words:
        return []
    for m in index.mentions:
        if m.token_start > tok.i and m.type == "MilitaryUnit" and m.sent_start - tok.sent.end_char < 600:
            name = set(m.text.lower().split())
            if tok.lower_ in name and len(words & name) >= min(2, len(words)):
                return [(m, 0.7)]
    # "a smaller and faster mobile unit, the 12th Coastal Marines" is caught by appos in args()
    return []


RELATING_PREPS = {"to", "with", "against", "into", "over"}


LEADER_TITLES = {"president", "prime minister", "premier", "king", "emperor", "chancellor", "leader", "supreme leader",
                 "emir", "sultan", "crown prince", "dictator"}


def _state_led(m: Mention, index: DocIndex) -> Mention | None:
    """The state a head of state or government the story names with its country leads ("Russian President
    Vladimir Putin"), or None."""
    if m.type not in ("Person", "Minister"):
        return None
    lex = load_lexicon()
    name = surname(m.text, lex)
    states = {p.affiliation for p in index.mentions if p.type in ("Person", "Minister") and p.affiliation and
              not p.affiliation.startswith("org:") and (p.title or "").lower() in LEADER_TITLES and
              surname(p.text, lex) == name}           # "Russian President Vladimir Putin ... Putin annexed Crimea"
    return index.first_country.get(states.pop()) if len(states) == 1 else None   # (not a "former President")


def _unmapped_verb(verb: Token, index: DocIndex) -> Iterator[MentionFact]:
    """Subject -verb-> object between two named entities that no rule maps: kg:relatedTo."""
    if _denied(verb):
        return
    subjects = [m for c in verb.children if c.dep_ in SUBJ for m, conf in index.args(c) if conf == 1.0
                and not m.token_start <= verb.i < m.token_end]     # (not "Varuna exercise off Goa": the name's word)
    objects = [(m, verb.lemma_) for c in verb.children if c.dep_ == "dobj"
               for m, conf in index.args(c) if conf == 1.0]
    for prep in verb.children:                 # "Article 5 applies to the Senkaku Islands"
        if prep.dep_ == "prep" and prep.lower_ in RELATING_PREPS:
            objects += [(m, f"{verb.lemma_} {prep.lower_}") for p in prep.children if p.dep_ == "pobj"
                        for m, conf in index.args(p) if conf == 1.0]
    for s in subjects:
        for o, text in objects:
            if s is o or (s.key and s.key == o.key) or "Meeting" in (s.type, o.type):
                continue
            if o.type == "Treaty" and text in WINNING_VERBS and not _negated_or_wished(verb) and not _hedged(verb):
                yield MentionFact(s, "partyTo", o, index.evidence(verb.sent, f"verb:partyTo:{text}", 0.75))
                continue                     # "Hanwha secured a contract with the Australian Government"
            yield MentionFact(s, "relatedTo", o, index.evidence(verb.sent, f"verb:relatedTo:{verb.lemma_}", 0.5,
                                                                 predicate_text=text))


def _hung_on(pobjs: list[Token], preps: Iterable[str], index: DocIndex) -> list[tuple[Mention, float]]:
    """What a preposition of a noun's phrase names when the parser hangs it on the noun's object instead
    ("the purchase of 48 FA-50s by Poland", "the sale to Taiwan of three NASAMS")."""
    return [a for p in pobjs for q in p.children if q.dep_ == "prep" and q.lower_ in preps
            for o in q.children if o.dep_ == "pobj" for a in index.args(o)]


CARRYING_VERBS = {"take", "bring", "send", "submit", "refer", "present", "lodge", "carry", "escalate", "file", "appeal"}
LEMMA_FIXES = {"bases": "base"}         # the tagger's "basis" for "naval bases"


def _noun_key(tok: Token, rules: Rules) -> str:
    """The noun rules a noun is under, by its lemma ("" for none)."""
    lemma = LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())
    return lemma if lemma in rules.nouns else ""


SUPPLIED = {"sale", "delivery", "transfer", "export", "supply", "donation"}   # "the sale of jets by Korea": the seller


SEIZING = {"take", "regain", "retake", "seize", "wrest", "assume", "gain", "establish"}    # "took control of"


def _noun_facts(noun: Token, key: str, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    for rule in rules.nouns[key]:
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        if rule.get("not_after") and (governor.lemma_.lower() in rule["not_after"] or
                                      (noun.dep_ in ("dobj", "nsubjpass") and _negated_or_wished(noun.head)) or
                                      (noun.dep_ == "attr" and _unasserted(noun.head)) or
                                      any(c.dep_ == "neg" for c in noun.children) or
                                      noun.doc[max(noun.left_edge.i - 1, 0)].lower_ == "not"):   # "the US, not a party to"
            continue                  # "Hungary opposed Ukraine's membership in NATO", "Kyiv's bid for membership"
        if governor.lemma_.lower() in rule.get("ended_by", ()) and not _hedged(governor):
            continue                  # "Seoul and Tokyo suspended defence cooperation" (not "did not suspend",
            #                           "threatened to end")
        if rule.get("only_after") and (noun.dep_ != "dobj" or governor.lemma_.lower() not in rule["only_after"]
                                       or _negated_or_wished(governor)):
            continue                  # "signed a deal for", not "blocked", "lost" or "wants a deal for"
        partners = _with_state(noun, governor, index) if rule.get("not_with_state") else []
        prop = rule["property"]
        conf = float(rule.get("confidence", 0.65))
        name = f"noun:{prop}:{key}"
        subjects: list[tuple[Mention, float]] = []
        objects: list[tuple[Mention, float]] = []
        recipients: list[tuple[Mention, float]] = []
        sold = prop == "acquires" and noun.lemma_.lower() in SUPPLIED    # "by" names the seller
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in index.by_token:
                subjects += index.args(c)
            if c.dep_ == "prep":
                pobjs = [p for p in c.children if p.dep_ == "pobj"]
                if (c.lower_ == "by" and not sold) or c.lower_ in rule.get("agent_via", []):   # "threats from N. Korea"
                    subjects += [a for p in pobjs for a in index.args(p) or _possessed(p, index)]
                    named = [t for p in pobjs if p.i in index.by_token for t in _span(index.by_token[p.i], index)]
                    objects += [a for t in named for q in t.children if q.dep_ == "prep" and q.i > t.i and
                                q.lower_ in rule.get("via", []) and q.i not in index.by_token
                                for o in q.children if o.dep_ == "pobj"
                                for a in index.args(o)]     # "the rotation of the 3rd Brigade from Fort Carson",
                    #                                         however the parser hangs "from" on the brigade's name
                elif c.lower_ in rule.get("via", []):
                    objects += [a for p in pobjs for a in index.args(p)]
                    if not sold:
                        subjects += _hung_on(pobjs, ("by",), index)   # "the purchase of 48 FA-50s by Poland"
                    recipients += _hung_on(pobjs, rule.get("recipient_via", []), index)   # "the sale of three
                    #                                                                      NASAMS to Taiwan"
                elif c.lower_ in rule.get("recipient_via", []):
                    recipients += [a for p in pobjs for a in index.args(p)]
                    objects += _hung_on(pobjs, rule.get("via", []), index)   # "the sale to Taiwan of three NASAMS"
            if c.dep_ in ("compound", "amod") and c.i in index.by_token and rule.get("compound_object"):
                objects += index.args(c)
            if c.dep_ == "acl":                 # "the threat posed by North Korea's missiles"
                agents = [a for ag in c.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                          for a in index.args(p) or _possessed(p, index)]
                if c.lemma_.lower() in ("face", "confront", "experience", "suffer"):
                    objects += agents           # "the threats faced by Russia and China": theirs to face
                else:
                    subjects += agents
        if rule.get("via_on_verb") and not objects and noun.dep_ == "dobj" and noun.head.dep_ == "relcl" and \
                noun.head.lemma_.lower() == "have" and any(c.lower_ == "where" for c in noun.head.children):
            objects = index.args(noun.head.head)     # "the Spratly Islands, where the Philippines also has claims"
        if rule.get("via_on_verb") and not objects and noun.dep_ in ("dobj", "attr") and \
                noun.head.lemma_.lower() not in CARRYING_VERBS:     # "renewed its claim to the islands" (not "took its
            objects = [a for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in rule["via"]
                       for p in c.children if p.dep_ == "pobj" for a in index.args(p)]      # claim to The Hague")
        if rule.get("object_is_facer") and subjects and not objects:
            # "the US and Japan unveiled plans to counter threats from North Korea": the threatened
            verb = _clause_verb(noun)
            objects = [(m, c * 0.8) for m, c in _subjects(verb, index)[0]
                       if m.type in STATE and all(m is not x for x, _ in subjects)]     # states, not their envoys
        if rule.get("between") and not subjects:        # "cooperation between Washington and Taipei"
            pair = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children
                    if p.dep_ == "pobj" for a in index.args(p)]
            for (a, ac), (b, bc) in combinations(pair, 2):
                if _fits(a, rule["subject"], rules) and _fits(b, rule["object"], rules) and a.key != b.key:
                    yield MentionFact(a, prop, b, index.evidence(noun.sent, name + "+between", conf * min(ac, bc)))
            if pair:
                continue
        if prop == "metWith" and unhappened(noun):
            continue                            # "A meeting between A and B is planned for May"
        if prop == "metWith":
            people = [a for a in objects if a[0].type in ("Person", "Minister", "Country")]
            between = any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
            if between:
                for (a, ac), (b, bc) in combinations(people, 2):
                    if _family(a) == _family(b):
                        yield MentionFact(a, prop, b, index.evidence(noun.sent, name, conf * min(ac, bc)))
                continue
            if not subjects and noun.dep_ in ("dobj", "pobj"):
                verb = noun.head if noun.dep_ == "dobj" else noun.head.head
                subjects = [(m, c * 0.9) for c in verb.children if c.dep_ in SUBJ for m, c in index.args(c)]
        if prop == "acquires" and not recipients and rule.get("recipient_via") and noun.head.pos_ == "VERB":
            recipients = [a for c in noun.head.children if c.dep_ == "prep" and c.lower_ in rule["recipient_via"]
                          for p in c.children if p.dep_ == "pobj" for a in index.args(p)]
        if recipients:
            subjects = recipients
        if rule.get("mutual") and not objects and subjects and noun.dep_ == "attr":
            # "Germany is Lithuania's ally": the copula's subject and the possessor
            objects = [(m, c * 0.9) for m, c in _subjects(noun.head, index)[0] if _fits(m, rule["object"], rules)]
        if rule.get("mutual") and not objects and subjects and noun.dep_ == "appos":
            # "Belarus, Russia's closest ally, ...", "Israel, a close U.S. ally": the noun it stands beside
            objects = [(m, c * 0.9) for m, c in index.args(noun.head) if _fits(m, rule["object"], rules)]
        if rule.get("mutual") and not objects and not subjects and noun.dep_ in ("dobj", "attr"):
            # "Australia, Japan and the United States agreed to deepen cooperation": among themselves
            together = [(m, c * 0.8) for m, c in _subjects(noun.head, index)[0] if _fits(m, rule["subject"], rules)]
            for (a, ac), (b, bc) in combinations(together, 2):
                if a.key != b.key or not a.key:
                    yield MentionFact(a, prop, b, index.evidence(noun.sent, name + "+mutual", conf * min(ac, bc)))
            continue
        if not subjects and prop != "metWith":
            subjects = _nominal_owner(noun, index)
            table = rule.get("verb_property") or {}
            verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep"), None) \
                if table else None                          # ("regarding" is a preposition)
            direct = verb is not None and all(t.pos_ in ("NOUN", "ADP") or t.dep_ == "prep" for t in noun.ancestors
                                              if t != verb and verb in t.ancestors)
            denied = (direct and (_negated_or_wished(verb) or _refused(verb))) or \
                any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)   # "has never laid claim to", "made no
            if subjects and direct and verb.lemma_.lower() == "have" and verb.dep_ == "ccomp" and \
                    verb.head.lemma_.lower() in ASSERTING and not denied and noun.lemma_.lower() == "sovereignty" and \
                    _says_of_itself(verb, index):
                prop = "claims"              # "Hanoi said it had indisputable sovereignty over the Paracels": its claim
                name = f"noun:claims:{verb.head.lemma_.lower()}+{noun.lemma_.lower()}"
            elif subjects and direct and verb.lemma_.lower() in table:                 # claim to"
                prop = table[verb.lemma_.lower()]            # "claimed sovereignty over", "asserted its position on
                if verb.lemma_.lower() in RESTATING and not (noun.head == verb and noun.dep_ == "dobj" and any(
                        c.dep_ == "poss" for c in noun.children)):
                    prop = None            # "reaffirmed its sovereignty over", not "reiterated its position on sovereignty
                elif prop is None and denied:                # over the Senkakus" (a third state's stance)
                    prop = "claims" if noun.lemma_.lower() == "sovereignty" else rule["property"]
                    #      ^ "has never abandoned its claim to": still its claim; "never gave up sovereignty over": a claim
                elif denied:
                    prop = None
                if prop is None:
                    continue
                name = f"noun:{prop}:{verb.lemma_.lower()}+{noun.lemma_.lower()}"
            elif subjects and denied:
                continue
            elif subjects and direct and verb.lemma_.lower() in SEIZING and (_future(verb) or _hedged(verb)):
                continue                     # "Washington would take back control of the waterway": not yet
        if partners:                      # "Russia signed a contract with India for S-400s": either may be the seller
            subjects = [*subjects, *partners]
            name += WITH_STATE
        claimed = "claimable" if prop == "claims" and rule["object"] == "territory" else rule["object"]
        for s, sc in subjects:
            if not _fits(s, rule["subject"], rules) or (prop == "allyOf" and _body_of_states(s)):
                continue                      # ("Poland is a NATO ally": its member)
            for o, oc in objects:
                if o is s or not _fits(o, claimed, rules):
                    continue                  # ("claims sovereignty over Taiwan": a state may be claimed, not controlled)
                if prop == "metWith" and _family(s) != _family(o):
                    continue
                yield MentionFact(s, prop, o, index.evidence(noun.sent, name, conf * min(sc, oc)))


def _span(m: Mention, index: DocIndex) -> Span:
    return index.doc[m.token_start:m.token_end]


WITH_STATE = "+with-state"        # a deal of two states: only the one the story does not show making the arms buys
DEAL_RULES = ("verb:acquires:sign", "verb:acquires:ink", "verb:acquires:seal", "verb:acquires:conclude",
              "verb:acquires:finalize", "verb:acquires:finalise", "verb:acquires:clinch", "verb:acquires:strike",
              "verb:acquires:agree", "noun:acquires:deal", "noun:acquires:contract", "noun:acquires:order",
              "noun:acquires:agreement")     # the rules that read both parties of one deal as buyers
LOCAL_MAKING = {"licence", "license", "licensed", "part", "parts", "component", "components", "assemble", "assembly",
                "locally", "jointly", "co-develop", "co-developed", "co-produce", "co-production", "domestically"}
#                ^ a buyer's own firm building the arms under licence, or parts of them, is no seller


def _makers_do_not_buy(facts: list[MentionFact], index: DocIndex) -> list[MentionFact]:
    """"Egypt and France signed a deal for Rafale jets", "Russia signed a contract with India for S-400s": a
    party the story shows making the arms ("French-made", "built by France's Dassault", "Russia develops") sells
    them; the other buys. A deal "with" a state whose maker the story does not tell is nobody's purchase."""
    lex = load_lexicon()
    def ident(m: Mention) -> set[str]:
        words = m.text.split()              # "Rafale jets" is the "Rafale" (not "Leopard 1" the "Leopard 2")
        return {m.key or m.text.lower()} | ({words[0].lower()} if all(w.islower() for w in words[1:]) else set())
    company_states = {id(f.subject): f.object.key for f in facts if f.evidence.rule == "nominal:company-of"
                      and isinstance(f.object, Mention)}
    def states(m: Mention) -> set[str]:
        thing = lex.thing(m.key) if m.key and m.type == "Organization" else None
        return {k for k in (m.key if m.type == "Country" else None, thing.country if thing else None,
                            company_states.get(id(m))) if k}
    makers: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        made, maker = (f.subject, f.object) if f.predicate == "producedBy" else (f.object, f.subject) \
            if f.predicate == "develops" else (None, None)
        if not isinstance(made, Mention) or not isinstance(maker, Mention):
            continue
        said = index.doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
        if not (said is not None and any(t.lower_ in LOCAL_MAKING or t.lemma_.lower() in LOCAL_MAKING for t in said)):
            for k in ident(made):
                makers[k] |= states(maker)
    deals: dict[tuple[str, int], list[MentionFact]] = defaultdict(list)
    for f in facts:
        if f.predicate == "acquires" and isinstance(f.object, Mention) and \
                f.evidence.rule.removesuffix(WITH_STATE) in DEAL_RULES:
            deals[(f.object.key or f.object.text.lower(), f.evidence.start)].append(f)
    dropped: set[int] = set()
    for group in deals.values():
        made_by = set().union(*(makers.get(k, set()) for k in ident(group[0].object)))
        sellers = [f for f in group if f.subject.key in made_by]
        buyers = [f for f in group if f.subject.key not in made_by]
        dropped |= {id(f) for f in sellers} if buyers else set()
        if not (sellers and buyers):
            dropped |= {id(f) for f in group if f.evidence.rule.endswith(WITH_STATE)}
    return [f for f in facts if id(f) not in dropped]


def _with_state(noun: Token, verb: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """The states a deal or its verb is "with" (the buyer, when the subject sells)."""
    return [(m, c) for h in {noun, verb} for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for p in prep.children for m, c in index.args(p) if m.type == "Country"]


def _nominal_owner(noun: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """Whose action a relation noun names when it has no possessor of its own: the possessor of a
    noun it hangs from ("China's progress in the development of ..."), else the subject of the
    verb it depends on ("Tokyo ... with the potential purchase of ..."; every subject for "their" or a
    plural noun: "India and Pakistan are parties to"), or its object when the noun hangs from a phrase that
    says what that object did ("accused Pakistan of making false claims to", "condemned Moscow for its
    withdrawal from")."""
    tok = noun
    for _ in range(4):
        if tok.head == tok:
            break
        came = tok
        tok = tok.head
        if tok.pos_ == "VERB" and came.dep_ == "prep" and came.lower_ in ("of", "for") and \
                (any(c.dep_ == "pcomp" for c in came.children) or      # (not "thanked China for the delivery of")
                 came.lower_ == "for" and any(c.dep_ == "poss" for c in noun.children)):
            doers = [a for c in tok.children if c.dep_ == "dobj" for a in index.args(c) if a[0].type in STATE]
            if doers:                        # "criticized China for making claims to", "condemned Moscow and
                return [(m, c * 0.6) for m, c in doers[:1]]      # Minsk for their withdrawal from"
        if tok.pos_ in ("NOUN", "PROPN"):
            owners = [a for c in tok.children if c.dep_ == "poss" for a in index.args(c)]
            if owners:
                return [(m, c * 0.8) for m, c in owners]
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "prep":       # (not "regarding")
            doers = [a for c in tok.children if c.dep_ in SUBJ for a in index.args(c)] or \
                (_subjects(tok, index)[0] if tok.dep_ == "xcomp" else [])   # "Vietnam continues to affirm its ..."
            doers = [(m, c * 0.6) for m, c in doers if m.type in STATE]
            if doers:                        # "Mali, Burkina Faso and Niger announced their withdrawal from"
                return doers if noun.tag_ == "NNS" or any(c.dep_ == "poss" and c.lower_ == "their"
                                                          for c in noun.children) else doers[:1]
            found = [(m, c * 0.6) for c in tok.children if c.dep_ == "dobj" for m, c in index.args(c)
                     if m.type in STATE]
            if found:
                return found[:1]
    return []


def _compound_facts(part: Token, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    """"Tokyo-controlled Senkaku Islands": modifier mention, hyphen, participle, then the noun."""
    doc = part.doc
    if part.i < 2 or doc[part.i - 1].text not in ("-", "–") or (part.i - 2) not in index.by_token:
        return
    rule = rules.compounds[part.lower_]
    modifier = index.by_token[part.i - 2]
    noun = (index.by_token.get(part.head.i) or index.mention(part.head)[0]) if part.head.i > part.i else None
    #        ^ the noun it modifies, or the unit it stands for ("the Oirschot-based brigade")
    if noun is None:
        noun = next((index.by_token[j] for j in range(part.i + 1, min(part.i + 6, len(doc)))
                     if j in index.by_token), None)
        if noun is None or any(t.pos_ in ("NOUN", "PROPN", "VERB") or t.is_punct
                               for t in doc[part.i + 1: noun.token_start] if t.i not in index.by_token):
            return                    # "Russian-held islands off Hokkaido": the islands, not Hokkaido
    if not _fits(modifier, rule["modifier"], rules) or not _fits(noun, rule["noun"], rules):
        return
    ev = index.evidence(part.sent, f"compound:{rule['property']}:{part.lower_}", float(rule["confidence"]))
    if rule["modifier_is"] == "subject":
        yield MentionFact(modifier, rule["property"], noun, ev)
    else:
        yield MentionFact(noun, rule["property"], modifier, ev)


def _pair_facts(noun: Token, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    """"U.S.-Japan alliance", "Japan-U.S. security treaty": two states joined by a hyphen before a noun."""
    doc = noun.doc
    rule = rules.pair_nouns[noun.lemma_.lower()]
    j = noun.i - 1
    while j >= 0 and doc[j].pos_ in ("ADJ", "NOUN") and j not in index.by_token and noun.i - j < 4:
        j -= 1
    if j < 2 or j not in index.by_token or doc[j - 1].text not in ("-", "–") or (j - 2) not in index.by_token:
        return
    b, a = index.by_token[j], index.by_token[j - 2]
    if a.type != "Country" or b.type != "Country" or a.key == b.key:
        return
    conf = float(rule["confidence"])
    name = f"pair:{rule['property']}:{noun.lemma_.lower()}"
    ev = index.evidence(noun.sent, name, conf)
    if rule["property"] == "partyTo":
        treaty = index.by_token.get(noun.i)
        if treaty is not None and treaty.type == "Treaty":
            treaty.key = treaty.key or "parties:" + ",".join(sorted({a.key, b.key}))
            yield MentionFact(a, "partyTo", treaty, ev)
            yield MentionFact(b, "partyTo", treaty, ev)
        return
    yield MentionFact(a, rule["property"], b, ev)
