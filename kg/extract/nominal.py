"""Facts a noun phrase or a copula states with no relation verb: where a unit is stationed or a place
lies ("the 12th Marine Regiment in Okinawa", "Taichung, Taiwan"), whose a unit, office, weapon or
territory is ("China's", "U.S. Navy"), members, "under Russian control", "X is part of Y", and the
parties of treaties and the treaties their articles belong to.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..lexicon import load_lexicon
from ..nlp import first_conjunct
from ..types import Mention
from .clauses import SIGNING_VERBS, _future, _modal, _negated_or_wished, _negotiated, _subjects, _unasserted, behalf_of, between_parties
from .docindex import (SUBJ, UNIT_KINDS, DocIndex, MentionFact, _body_of_states, _coordinated_demonyms, _members, along_with,
                       sentence_window, treaty_just_named)
from .entities import ORDINAL, PARTNERSHIP_KINDS, TOWN_NOUNS, TREATY_REACH

STATE = ("Country", "Organization", "MilitaryUnit")
STATE_BODIES = {"ministry", "department", "agency", "office", "administration", "cabinet", "government",
                "council", "command", "guard"}
TERRITORY = ("Island", "Region")
ORDER_NOUNS = {"agreement", "contract", "deal", "order", "request", "tender", "bid", "offer", "package", "sale"}


def _nominal_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """Facts carried by a noun phrase alone:
    "the 12th Marine Regiment in Okinawa" (stationed), "China's first aircraft carrier" and
    "a Chinese WZ-7 drone" (operates), "Japan's southwestern islands" (controls)."""
    seen: set[int] = set()
    for m in index.mentions:
        if id(m) in seen or m.token_end <= m.token_start:
            continue
        seen.add(id(m))
        root = doc[m.token_start:m.token_end].root
        sent = root.sent
        ordered = root.dep_ == "pobj" and root.head.lower_ == "for" and (
            root.head.head.lemma_.lower() in ORDER_NOUNS or    # (or "signed a contract with France for 42 Rafale
            any(c.dep_ == "dobj" and c.lemma_.lower() in ORDER_NOUNS for c in root.head.head.children))   # jets in Jakarta")
        if m.type in ("MilitaryUnit", "Weapon") and not ordered:     # (not "signed the agreement for 24 F-35 jets
            for prep in root.children:                                 # in Prague": where it was signed)
                if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at"):
                    for obj in (c for c in prep.children if c.dep_ == "pobj"):
                        p = obj if obj.i in index.by_token else next(     # "in northern Taoyuan city"
                            (c for c in obj.children if c.dep_ in ("compound", "nmod") and c.i in index.by_token), obj)
                        place = index.by_token.get(p.i)
                        if place is not None and place.type in ("City", "Island", "Region", "Place"):
                            yield MentionFact(m, "stationedIn", place, index.evidence(sent, "nominal:unit-in-place", 0.65))
        if m.type == "MilitaryUnit":            # "Fort Wainwright's 1st Stryker Brigade Combat Team"
            for c in (c for c in root.children if c.dep_ == "poss" and c.i in index.by_token):
                if index.by_token[c.i].type in ("City", "Place", "Island"):
                    yield MentionFact(m, "stationedIn", index.by_token[c.i], index.evidence(sent, "nominal:place-s-unit", 0.6))
        if m.type in ("Island", "City", "Place", "Region"):
            yield from _located(m, root, index)
        if m.type in (*TERRITORY, "Place", "WaterBody"):
            for side in _disputants(root, index):
                yield MentionFact(side, "claims", m, index.evidence(sent, "nominal:dispute-over", 0.6))
        if m.type == "MilitaryUnit" or _state_office(m):
            inside = _country_in_name(m, index)
            owners = {index.by_token[c.i].key for c in root.children if c.dep_ == "poss" and c.i in index.by_token}
            if inside is not None and owners <= {inside.key}:
                #                      ^ (not "China's Taiwan Affairs Office": China's office for Taiwan)
                yield MentionFact(m, "partOf", inside, index.evidence(sent, "nominal:national-organization", 0.6))
        if m.type == "Weapon":
            for maker in _maker_from(root, index):
                yield MentionFact(m, "producedBy", maker, index.evidence(sent, "nominal:from-maker", 0.6))
        owner = _owner(root, m, index)
        if owner is None:
            continue
        if owner in _coordinated_demonyms(m, index):
            continue                           # "the Chilean and Peruvian armed forces": not the Peruvian's owner
        if owner.type == "Country" and (m.type == "MilitaryUnit" or _state_office(m)):
            yield MentionFact(m, "partOf", owner, index.evidence(sent, "nominal:owner-organization", 0.6))
        if owner.type == "MilitaryUnit" and m.type == "MilitaryUnit" and any(   # "the 1st Cavalry Division's 1st Battalion"
                c.dep_ == "poss" and c.i in range(owner.token_start, owner.token_end) for c in root.children):
            yield MentionFact(m, "partOf", owner, index.evidence(sent, "nominal:owner-unit", 0.6))
        if m.type == "Weapon" and owner.type == "Country" and _bought_from(root, owner, index):
            pass                               # its maker or its last user ("Ukraine received Danish F-16s"): unsaid
        elif m.type == "Weapon" and owner.type in ("Country", "MilitaryUnit"):
            named = index.by_token.get(root.head.i) if root.dep_ in ("compound", "nmod") else \
                next((index.by_token[c.i] for c in root.children if c.dep_ == "appos" and c.i in index.by_token), None)
            ship = named if named is not None and named.type == "Weapon" and m.text[:1].islower() and \
                m.token_end <= named.token_start <= m.token_end + 1 else m
            #      ^ "The U.S. Navy guided-missile destroyer USS Mustin": the ship its kind is said of
            for o in (owner, *_coordinated_demonyms(owner, index)):      # "Danish and Dutch F-16s"
                yield MentionFact(o, "operates", ship, index.evidence(sent, "nominal:owner-weapon", 0.6))
        elif m.type == "Weapon" and owner.type == "Organization" and not _state_body(owner) and \
                (doc[owner.token_end].text in ("'s", "’s", "'", "’") or not any(
                    t.pos_ in ("CCONJ", "ADP", "VERB", "DET", "PRON") or (t.is_punct and t.text != "-")
                    for t in doc[owner.token_end:m.token_start])):
            #   ^ "Lockheed Martin F-35s", "Hanwha's K9" (not "jets from Lockheed Martin and Abrams tanks", misparsed)
            yield MentionFact(m, "producedBy", owner, index.evidence(sent, "nominal:maker-weapon", 0.6))
        elif m.type in TERRITORY and owner.type == "Country" and owner.key != m.key and _broken_away(root):
            yield MentionFact(owner, "claims", m, index.evidence(sent, "nominal:owner-breakaway", 0.55))
        elif m.type in TERRITORY and owner.type == "Country" and owner.key != m.key:
            yield MentionFact(owner, "controls", m, index.evidence(sent, "nominal:owner-territory", 0.55))


BROKEN_AWAY = {"breakaway", "separatist", "secessionist", "occupied", "annexed", "rebel", "seized", "lost"}


def _broken_away(root: Token) -> bool:
    """"Georgia's breakaway regions of Abkhazia", "Ukraine's occupied Crimea": a state's territory it does not hold,
    only claims."""
    nouns = [root, root.head.head] if root.dep_ == "pobj" and root.head.lower_ == "of" else [root]
    return any(c.dep_ in ("amod", "compound") and c.lower_ in BROKEN_AWAY for n in nouns for c in n.children)


DISPUTE_NOUNS = {"dispute", "disputes", "row", "spat", "feud", "quarrel", "conflict", "standoff", "wrangle"}


def _disputants(root: Token, index: DocIndex) -> list[Mention]:
    """The states in a dispute over a territory ("Japan and Russia have a long-running dispute over the Kuril
    Islands", "a sovereignty dispute between Japan and China over the Senkakus"): each claims it."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("over", "about") or root.head.head.lower_ not in DISPUTE_NOUNS:
        return []
    noun = root.head.head
    if _negated_or_wished(noun.head) or (noun.dep_ == "pobj" and noun.head.lower_ in ("to", "of")):
        return []                             # ("an end to the dispute over": still both claim, but not said)
    sides = between_parties(noun, index, ("Country",))
    if not sides:
        verb = noun.head if noun.dep_ in ("dobj", "attr") else noun.head.head if noun.dep_ == "pobj" and \
            noun.head.lower_ == "in" else None     # "have a dispute over", "are locked in a dispute over"
        if verb is not None and verb.lemma_.lower() in ("have", "be", "lock", "embroil", "mire", "engage", "involve"):
            sides = [m for m, _ in _subjects(verb, index)[0] if m.type == "Country"]
    return list(dict.fromkeys(sides)) if len(set(s.key for s in sides)) >= 2 else []


NATIONAL_KINDS = {"military", "ministry", "agency", "legislature"}


def _lexicon_part_of(index: DocIndex) -> Iterator[MentionFact]:
    """What general knowledge says of two things one story names: "Ishigaki" is part of the "Yaeyama
    Islands", the "Bundeswehr" of Germany (a national body whose name does not say whose it is)."""
    lex = load_lexicon()
    by_key = {m.key: m for m in index.mentions if m.key}
    for m in list(index.mentions):
        thing = lex.thing(m.key) if m.key else None
        if thing is None:
            continue
        whole = by_key.get(thing.part_of.lower()) if thing.part_of else None
        root = index.doc[m.token_start:m.token_end].root
        if whole is None and thing.kind in NATIONAL_KINDS and thing.country and _name_country(m) is None \
                and _owner(root, m, index) is None:        # not "Japan's defense ministry": said already
            whole = index.first_country.get(thing.country)
        if whole is not None and whole is not m:
            sent = index.doc[m.token_start].sent
            yield MentionFact(m, "partOf", whole, index.evidence(sent, "lexicon:part-of", 0.5))


def _meetings_of_bodies(index: DocIndex) -> Iterator[MentionFact]:
    """"the 15th BRICS Summit", "the Shanghai Cooperation Organization summit", "ADMM-Plus": a meeting
    whose name holds an organisation the story names is that organisation's meeting."""
    canon = load_lexicon().canonical()
    bodies = {m.key: m for m in index.mentions if m.type == "Organization" and m.key}
    for m in index.mentions:
        if m.type != "Meeting" or m.rule.startswith("meeting:"):
            continue
        words = [w.strip("'’") for w in m.text.replace("-", " ").split()]
        found = {canon[g.lower()][0].lower() for n in (4, 3, 2, 1) for i in range(len(words) - n + 1)
                 for g in [" ".join(words[i:i + n])] if g.lower() in canon and canon[g.lower()][1] == "Organization"}
        for key in sorted(found & set(bodies)):
            yield MentionFact(m, "relatedTo", bodies[key],
                              index.evidence(index.doc[m.token_start].sent, "nominal:meeting-of", 0.6, "meeting of"))


def _unit_chain_parts(index: DocIndex) -> Iterator[MentionFact]:
    """"Charlie Battery, 5th Battalion, 3rd Field Artillery Regiment" is one unit, part of the unit its
    name goes on to give ("5th Battalion, 3rd Field Artillery Regiment"), itself part of the next."""
    for m in list(index.mentions):
        if m.type == "MilitaryUnit" and (", " in m.text or " of " in m.text):
            yield from _chain_parts(m, index)


def _chain_parts(m: Mention, index: DocIndex) -> Iterator[MentionFact]:
    """The unit after the name's first comma: a mention kg adds that claims no tokens (the whole name
    keeps them), and the fact that m is part of it; then the same for that part."""
    doc = index.doc
    cut = next((i for i in range(m.token_start + 1, m.token_end - 1) if doc[i].lower_ in (",", "of") and
                ORDINAL.match(doc[i + 2 if doc[i + 1].lower_ == "the" else i + 1].text)), None)
    if cut is None:
        return
    span = doc[cut + 2 if doc[cut + 1].lower_ == "the" else cut + 1:m.token_end]   # (", 25th ...", "of the 11th ...")
    part = Mention(doc_id=m.doc_id, start=span.start_char, end=span.end_char, text=span.text, type="MilitaryUnit",
                   rule="pattern:unit-chain-part", sent_start=m.sent_start, sent_end=m.sent_end,
                   token_start=span.start, token_end=span.end)
    index.add([part])
    yield MentionFact(m, "partOf", part, index.evidence(doc[m.token_start].sent, "nominal:unit-chain", 0.8))
    yield from _chain_parts(part, index)


COMPANY_NOUNS = {"developer", "maker", "manufacturer", "contractor", "firm", "company", "giant", "producer",
                 "shipbuilder", "builder", "group", "conglomerate", "supplier", "exporter", "corporation", "startup"}


def _companies_of_states(index: DocIndex) -> Iterator[MentionFact]:
    """"Turkish drone developer Baykar", "South Korean defense contractor Hyundai Rotem", "France's
    Dassault": the state a company is of (kg:relatedTo; a company is no part of its state)."""
    lex = load_lexicon()
    doc = index.doc
    for m in index.mentions:
        thing = lex.thing(m.key) if m.key else None
        if m.type != "Organization" or (thing is not None and thing.kind != "company") or _state_office(m):
            continue                           # (not "Taiwan's Defence Ministry": part of its state, said so)
        i = m.token_start - 1
        described = False
        while i >= 0 and m.token_start - i <= 4 and i not in index.by_token and doc[i].is_lower and \
                doc[i].pos_ in ("NOUN", "ADJ", "PROPN"):
            described = described or doc[i].lemma_.lower() in COMPANY_NOUNS
            i -= 1
        if i >= 1 and doc[i].text in ("'s", "’s") and i == m.token_start - 1:
            i -= 1                                   # "France's Dassault"
            described = True
        state = index.by_token.get(i) if i >= 0 else None
        if state is not None and state.type == "Country" and described and state.token_end == i + 1:
            yield MentionFact(m, "relatedTo", state, index.evidence(doc[m.token_start].sent, "nominal:company-of", 0.6, "company of"))


GROUPING_VERBS = {"include", "comprise", "group", "encompass"}


def _grouping(m: Mention | None) -> bool:
    return m is not None and _body_of_states(m)


def _membership_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"NATO members Poland and Lithuania", "NATO member Turkey", "Greece, a member of NATO", "a NATO ally",
    "joined NATO as its 31st member", "the SCO, which includes China": each member is part of the
    organisation (an alliance, grouping or intergovernmental body for "ally" and "includes")."""
    for verb in doc:                    # "the SCO, which includes China" (not "the Pentagon's list includes China")
        if verb.pos_ == "VERB" and verb.lemma_.lower() in GROUPING_VERBS:
            body = [m for s in verb.children if s.dep_ == "nsubj" for m, _ in index.args(s)] or \
                ([index.by_token[verb.head.i]] if verb.dep_ == "relcl" and verb.head.i in index.by_token and
                 any(s.lower_ in ("which", "that") for s in verb.children) else [])
            for org in (b for b in body if _grouping(b)):
                for o in (o for o in verb.children if o.dep_ == "dobj"):
                    for m, c in index.args(o):
                        if m.type == "Country":
                            yield MentionFact(m, "partOf", org, index.evidence(verb.sent, "verb:partOf:includes", 0.65 * c))
    for tok in doc:
        if tok.lemma_.lower() not in ("member", "ally") or tok.pos_ != "NOUN":
            continue                    # "Greece, a NATO ally": an ally of an alliance is its member
        org = next((index.by_token[c.i] for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                    and c.i in index.by_token and index.by_token[c.i].type == "Organization"), None)
        if tok.lemma_.lower() == "ally" and (not _grouping(org) or any(c.lower_ == "non" for c in tok.children)
                                             or (tok.i > 1 and doc[tok.i - 2].lower_ == "non")):
            continue                    # not "Hezbollah, a Hamas ally", "a major non-NATO ally"
        if org is None:
            org = next((m for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                        for m, _ in [index.mention(p)] if m is not None and m.type == "Organization"), None)
        if org is None and tok.dep_ == "pobj" and tok.head.lower_ == "as":      # "joined NATO as its 31st member"
            verb = tok.head.head
            org = next((index.by_token[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in index.by_token
                        and index.by_token[c.i].type == "Organization"), None)
        if org is None:
            continue
        found: list[tuple[Mention, float]] = [a for t in _members(tok)[1:] for a in index.args(t)]
        if tok.dep_ in ("compound", "appos") and tok.head.i in index.by_token:
            found += index.args(tok.head)
        if tok.dep_ in ("attr", "pobj"):
            verb = tok.head if tok.dep_ == "attr" else tok.head.head
            if _future(verb) or _negated_or_wished(verb):
                continue                # "soon also Sweden will become a full-fledged member of the alliance"
            found += _subjects(verb, index)[0]
        partners = {id(m) for t in (tok, tok.head) for p in along_with(t) for m, _ in index.args(p)}
        for m, c in dict.fromkeys(found):      # (not "Poland, a NATO ally, along with Ukraine")
            if m.type in ("Country", "Organization") and m is not org and id(m) not in partners:
                yield MentionFact(m, "partOf", org, index.evidence(tok.sent, "nominal:member", 0.7 * c))


CLAIM_VERBS = {"consider", "regard", "see", "view", "deem", "call"}
CLAIMED_AS = {"part", "province", "territory", "region"}


def _claimed_as_own(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"Beijing considers Taiwan part of its territory", "Somalia regards Somaliland as part of its
    territory", "China sees Taiwan as a breakaway province": a claim."""
    for verb in doc:
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "claim" and not any(c.dep_ == "dobj" for c in verb.children) \
                and any(c.dep_ == "prep" and c.lower_ == "as" and any(t.lower_ == "own" for t in c.subtree)
                        for c in verb.children):
            claimed = _named_before_subject(verb, index)      # "Taiwan, the self-governing island Beijing claims as
        elif verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIM_VERBS:   # its own" (the parser loses the object)
            continue
        else:
            claimed = []
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp", "oprd") and c.lemma_.lower() in CLAIMED_AS:
                claimed += [s for s in c.children if s.dep_ in ("nsubj", "dobj")]     # "considers Taiwan part of"
            if c.dep_ == "prep" and c.lower_ == "as" and any(p.lemma_.lower() in CLAIMED_AS for p in c.children):
                claimed += [o for o in verb.children if o.dep_ == "dobj"]          # "regards Somaliland as part of"
            if c.dep_ == "dobj" and any(a.dep_ == "appos" and a.lemma_.lower() in CLAIMED_AS and
                                        any(p.dep_ == "poss" for p in a.children) for a in c.children):
                claimed.append(c)          # "considers Western Sahara its own territory", parsed as an apposition
        if not claimed:
            continue
        for s, sc in _subjects(verb, index)[0]:
            if s.type not in ("Country", "Organization"):
                continue
            for t in claimed:
                for o, oc in index.args(t):
                    if o.type in (*TERRITORY, "Country", "City") and o.key != s.key:
                        yield MentionFact(s, "claims", o, index.evidence(verb.sent, "verb:claims:as-own", 0.7 * min(sc, oc)))


def _shown_as_part_of(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"a new map that depicts Lipulekh and Kalapani as part of Nepalese territory": the state whose territory a
    thing is shown as part of claims it, whoever shows it."""
    for verb in doc:
        if verb.pos_ != "VERB" or _negated_or_wished(verb):
            continue
        for as_ in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            for part in (p for p in as_.children if p.lemma_.lower() == "part"):
                land = [q for of in part.children if of.dep_ == "prep" and of.lower_ == "of" for q in of.children
                        if q.lemma_.lower() in ("territory", "land", "soil")]
                states = index.countries(c for q in land for c in q.children if c.dep_ in ("amod", "poss", "compound"))
                for s in states[:1]:
                    for o, oc in (a for d in verb.children if d.dep_ == "dobj" for a in index.args(d)):
                        if o.type in (*TERRITORY, "City") and o.key != s.key:
                            yield MentionFact(s, "claims", o, index.evidence(verb.sent, "verb:claims:shown-as-part", 0.65 * oc))


def _named_before_subject(verb: Token, index: DocIndex) -> list[Token]:
    """The name a reduced relative clause is about: "Taiwan, the self-governing island [that] Beijing claims"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    doc, j = verb.doc, subjects[0].i - 1
    while j > verb.sent.start and (doc[j].pos_ in ("DET", "ADJ", "NOUN") or doc[j].text == "-" or
                                   doc[j].dep_ in ("amod", "compound", "npadvmod")) and j not in index.by_token:
        j -= 1
    if j < subjects[0].i - 1 and doc[j].text == "," and j - 1 in index.by_token and \
            any(t.lemma_.lower() in ("island", "territory", "nation", "democracy", "region") for t in doc[j:subjects[0].i]):
        return [doc[j - 1]]
    return []


FLEET_NOUNS = {"fleet", "arsenal", "inventory", "stockpile", "squadron", "force"}
CONTROL_NOUNS = {"sovereignty", "control", "jurisdiction", "rule", "administration", "occupation"}


def _under_control(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"the islands ... fall under Russian sovereignty", "remain under Chinese control": controls."""
    for noun in doc:
        if noun.lemma_.lower() not in CONTROL_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "under":
            continue
        owners = [index.by_token[c.i] for c in noun.children
                  if c.dep_ in ("amod", "poss", "compound") and c.i in index.by_token
                  and index.by_token[c.i].type in STATE]
        verb = noun.head.head
        if verb.dep_ == "attr" and verb.pos_ == "NOUN":
            verb = verb.head                   # "Greenland, which remains an autonomous area under Danish sovereignty"
        if not owners or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects, _ = _subjects(verb, index)
        for place, conf in subjects:
            if place.type in TERRITORY + ("Place", "City", "WaterBody"):
                for owner in owners:
                    yield MentionFact(owner, "controls", place,
                                      index.evidence(noun.sent, "noun:controls:under", 0.7 * conf))


UNIT_NOUNS = UNIT_KINDS | {"unit", "fleet", "wing", "flotilla", "formation", "group", "battery", "company"}
FORMER = {"former", "ex", "previous", "old", "erstwhile", "formerly", "once", "previously", "onetime"}
KINDRED = {"parent", "sister", "successor", "predecessor", "counterpart", "partner", "host", "rival", "twin", "sibling",
           "enemy", "opposing", "adversary", "equivalent", "superior", "higher"}   # "the parent unit of": not a part of it


def _unit_of_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"The 1st Legions will be the fifth division of the Polish Army", "the 5th Brigade is one of three brigades
    of the army", "the 12th Regiment, a unit of the 3rd Marine Division": a unit said to be a unit of another is
    part of it (not a former one, nor "is not a unit of")."""
    for tok in doc:
        noun = tok
        if tok.lower_ == "one":                      # "one of three brigades of the Polish Army"
            noun = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                         if p.dep_ == "pobj"), tok)
        if noun.lemma_.lower() not in UNIT_NOUNS or noun.i in index.by_token or tok.i in index.by_token or \
                any(c.lower_ in FORMER or c.lemma_.lower() in KINDRED for c in noun.children) or \
                any(c.lower_ in FORMER for c in tok.children) or \
                any(c.dep_ == "advmod" and c.lower_ in FORMER for c in tok.head.children):
            continue
        whole = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" for m, _ in [index.mention(p)] if m is not None and m.type == "MilitaryUnit"]
        if tok.dep_ == "attr" and tok.head.lemma_.lower() in ("be", "become", "remain") and \
                not _unasserted(tok.head):
            parts = [m for m, _ in _subjects(tok.head, index)[0]]
        elif tok.dep_ == "appos":
            parts = [m for m, _ in index.args(tok.head)]
        else:
            continue
        for p in parts:
            if whole and p.type == "MilitaryUnit" and (p.key or p.text) != (whole[0].key or whole[0].text):
                yield MentionFact(p, "partOf", whole[0], index.evidence(tok.sent, "copula:unit-of", 0.65))


def _part_of_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"X is part of Y", "the Kuba and Taisho islands, which are part of the Senkakus"."""
    for tok in doc:
        if tok.lemma_.lower() != "part" or tok.dep_ not in ("attr", "dobj") or tok.i in index.by_token:
            continue
        whole = [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 for m, _ in [index.mention(p)] if m is not None]
        verb = tok.head
        if not whole or verb.lemma_.lower() not in ("be", "form", "remain", "become"):
            continue
        parts = _subjects(verb, index)[0]
        if not parts and verb.dep_ == "relcl" and verb.head.i not in index.by_token:
            top = verb.head
            while top.dep_ == "conj" and top.head != top:          # "the Kuba and Taisho islands"
                top = top.head
            heads = [top, *top.conjuncts]
            parts = [(index.by_token[t.i], 0.8) for h in heads for t in h.subtree
                     if t.i <= h.i and t.i in index.by_token and t.i < verb.i]
        for p, c in dict.fromkeys(parts):
            if p is not whole[0] and p.type not in ("Person", "Minister") and whole[0].type not in ("Person", "Minister"):
                yield MentionFact(p, "partOf", whole[0], index.evidence(tok.sent, "copula:part-of", 0.7 * c))


HOME_NOUNS = {"home", "homeport", "headquarters"}
HOME_PLACES = ("City", "Island", "Place", "Region")       # (not a capital read as its state: "Seoul, home to ...")


def _home_of(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"San Diego, home port of the US Pacific Fleet", "Okinawa, home to the 3rd Marine Division", "Norfolk is
    the headquarters of the Atlantic Fleet": the unit is stationed in the place."""
    for tok in doc:
        if tok.lemma_.lower() not in HOME_NOUNS and not (tok.lower_ == "port" and any(
                c.lower_ == "home" and c.dep_ in ("compound", "amod") for c in tok.children)):
            continue
        comma = tok.left_edge.i - 1
        if tok.dep_ == "appos" and comma > 0 and doc[comma].text == ",":
            place = index.by_token.get(comma - 1)         # the name right before the comma (not "Fort Hood" of
            before = index.by_token.get(place.token_start - 2) if place is not None and place.type == "Region" and \
                place.token_start > 1 and doc[place.token_start - 1].text == "," else None   # "Fort Hood, ..., and
            if before is not None and before.type in ("City", "Place"):                       # Fort Bliss, home to")
                place = before                            # "San Diego, California, principal home port of": the city
            places = [place] if place is not None else []
        elif tok.dep_ == "attr" and tok.head.lemma_ in ("be", "remain", "become") and tok.head.tag_ != "VBD" and \
                not any(c.dep_ == "neg" for c in tok.head.children):      # (not "was home to ... until", "is not")
            places = [m for m, _ in _subjects(tok.head, index)[0]]
        else:
            continue
        units = [m for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "for")
                 for p in c.children if p.dep_ == "pobj" for m, _ in index.args(p) if m.type == "MilitaryUnit"]
        for place in places:
            if place.type not in HOME_PLACES:
                continue
            for unit in units:
                yield MentionFact(unit, "stationedIn", place, index.evidence(tok.sent, "nominal:home-of-unit", 0.65))


def _copula_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"the Falkland Islands are British": the country holds the territory."""
    for tok in doc:
        if tok.lemma_ != "be":
            continue
        subj = [m for c in tok.children if c.dep_ == "nsubj" for m, _ in index.args(c) if m.type in TERRITORY]
        owner = [index.by_token[c.i] for c in tok.children if c.dep_ in ("acomp", "attr") and c.i in index.by_token
                 and index.by_token[c.i].type == "Country" and index.by_token[c.i].metonym]
        for t in subj:
            for o in owner[:1]:
                yield MentionFact(o, "controls", t, index.evidence(tok.sent, "copula:controls", 0.6))


def _country_in_name(m: Mention, index: DocIndex) -> Mention | None:
    """"U.S. Navy", "Chinese Foreign Ministry": the country a national body's name starts with."""
    found = _name_country(m)
    if found is None or m.text[len(found[1]):].split()[0].lower() == "affairs":
        return None           # (not "Taiwan Affairs Office", "Korea Affairs Council": a body for that state)
    key, named = found
    return _state_mention(m, key, named, index)


def _name_country(m: Mention) -> tuple[str, str] | None:
    """(country id, the words naming it) when a name starts with a country ("Sri Lanka Air Force")."""
    table = load_lexicon().country_by_surface()
    words = m.text.split()
    for n in (3, 2, 1):
        prefix = " ".join(words[:n])
        if len(words) > n and table.get(prefix):
            return table[prefix], prefix
    return None


def _state_mention(m: Mention, key: str, named: str, index: DocIndex) -> Mention:
    """The story's first mention of a state, or, when the story names it only inside another name ("Sri Lanka Air
    Force") or by its capital, a mention made at `m`, so that it resolves."""
    if key in index.first_country:
        return index.first_country[key]
    c = Mention(doc_id=m.doc_id, start=m.start, end=m.start, text=named, type="Country",      # "Sri Lanka"
                rule="name-prefix", sent_start=m.sent_start, sent_end=m.sent_end, key=key,
                token_start=m.token_start, token_end=m.token_start)
    index.mentions.append(c)
    index.first_country.setdefault(key, c)
    return c


def _located(m: Mention, root: Token, index: DocIndex) -> Iterator[MentionFact]:
    """"the Senkaku Islands in the East China Sea", "Taichung, Taiwan", "Fort Hood, Texas": a place inside
    another."""
    doc = root.doc
    sent = root.sent
    containers = ("WaterBody", "Region", "Country", "Island", "City")
    if root.dep_ in ("pobj", "oprd", "attr") and root.head.lower_ in ("as", "called", "named") or \
            root.head.lemma_.lower() in ("call", "know", "name"):
        return                                  # "the Senkakus, known as Diaoyu in China": what China calls them
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "off"):
            for p in prep.children:
                place = index.by_token.get(p.i)
                if place is not None and place is not m and place.type in containers and p.dep_ == "pobj" \
                        and not (m.type == "City" and place.type == "Island"):
                    yield MentionFact(m, "locatedIn", place, index.evidence(sent, "nominal:place-in-place", 0.6))
    if not any(p.dep_ == "prep" and p.lower_ in ("in", "off") for p in root.children):
        place = _written_in(m, index)                   # "the Noto Peninsula in central Japan", however parsed
        if place is not None and place.type in containers and not (m.type == "City" and place.type == "Island"):
            yield MentionFact(m, "locatedIn", place, index.evidence(sent, "nominal:place-in-place", 0.55))
    j = m.token_end
    if m.type in ("City", "Place") and j + 1 < len(doc) and doc[j].text == ",":     # "Fort Hood, Texas"
        place = index.by_token.get(j + 1)
        after = place.token_end if place is not None else j
        if place is not None and place.type in ("Country", "Region") and \
                (after >= len(doc) or doc[after].is_punct):
            yield MentionFact(m, "locatedIn", place, index.evidence(sent, "nominal:city-comma-country", 0.7))
    if m.type == "City" and root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.lemma_.lower() in TOWN_NOUNS:       # "Kazakhstan's capital of Astana", "the German
        for c in index.countries(t for t in root.head.head.children if t.dep_ in ("poss", "amod", "compound")):
            yield MentionFact(m, "locatedIn", c, index.evidence(sent, "nominal:town-of-country", 0.65))  # port of Kiel"


AREA_WORDS = {"the", "southern", "northern", "central", "eastern", "western", "north", "south", "east", "west",
              "northeastern", "northwestern", "southeastern", "southwestern", "northernmost", "southernmost"}


def _written_in(m: Mention, index: DocIndex) -> Mention | None:
    """The place written right after "in" or "on" after a place: "Gliwice in southern Poland", "the Pacific
    Missile Range Facility on Kauai" (only area words between)."""
    doc = index.doc
    i = m.token_end
    if i >= len(doc) or doc[i].lower_ not in ("in", "on"):
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in AREA_WORDS and i not in index.by_token:
        i += 1
    place = index.by_token.get(i)
    if place is None or place.token_start != i or place is m or doc[i].pos_ != "PROPN" or "Demonym" in place.rule or \
            (place.token_end < len(doc) and doc[place.token_end].text in ("'s", "’s")) or \
            (doc[m.token_end].lower_ == "on" and place.type != "Island"):
        return None                   # not "killed in Kharkiv in Russian shelling", "talks in Geneva on Syria"
    return place


def _maker_from(root: Token, index: DocIndex) -> list[Mention]:
    """"buy F-16s from Lockheed Martin", "66 F-16s on order from Lockheed Martin": a company the
    weapon comes from is its maker (a country it comes from may only be the seller)."""
    heads = {root.i, root.head.i}
    for h in (root, root.head):
        heads |= {t.i for c in h.children for t in (c, *c.children) if t.lemma_.lower() in ("order", "contract", "deal")}
    found = []
    doc = root.doc
    for tok in (c for h in sorted(heads) for c in doc[h].children):
        if tok.lower_ == "from":
            for p in tok.children:
                m = index.by_token.get(p.i)
                if m is not None and m.type == "Organization" and not _state_body(m):
                    found.append(m)
    return found


def _state_office(m: Mention) -> bool:
    """A state's ministry, agency or office: "Foreign Ministry", "Ministry of National Defence"."""
    words = [w.lower() for w in m.text.split()]
    return m.type == "Organization" and bool(words) and \
        (words[-1] in STATE_BODIES or any(w in STATE_BODIES and nxt == "of" for w, nxt in zip(words, words[1:])))


def _state_body(m: Mention) -> bool:
    """An organisation of a state or of politics (not a company that makes weapons)."""
    from .entities import type_rules

    heads = type_rules().heads
    last = m.text.split()[-1].lower()
    return last in STATE_BODIES or last in heads.get("Organization", ()) or last in heads.get("MilitaryUnit", ()) \
        or m.text.isupper()               # "NATO", "DRDO": acronyms of public bodies more often than firms


def _owner(root: Token, m: Mention, index: DocIndex) -> Mention | None:
    """A state written as the possessor or the demonym of a noun phrase ("China's", "Chinese")."""
    if m.type == "Weapon" and root.dep_ == "compound" and (root.head.lemma_.lower() in FLEET_NOUNS or
                                                           root.head.lemma_.lower() in WEAPON_HEADS):
        root = root.head                       # "Taiwan's F-16 fleet", "India's S-400 systems"
    if m.type in TERRITORY and root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.lemma_.lower() in TERRITORY_NOUNS:
        root = root.head.head                  # "its easternmost islets of Dokdo"
    for child in root.children:
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            return _pronoun_owner(child, index)
        if child.dep_ in ("poss", "amod", "nmod") or (child.dep_ == "compound" and child.i < m.token_start):
            o = index.by_token.get(child.i)
            if o is not None and o is not m and o.type in STATE:
                if child.dep_ == "compound" and o.type == "Country" and not o.metonym:
                    continue     # "Japan Coast Guard": a name, not an owner
                return o
    before = index.by_token.get(m.token_start - 1)
    if m.type == "Weapon" and before is not None and before.type == "MilitaryUnit" and before.token_end == m.token_start:
        return before                          # "a Russian Navy Kamov Ka-27", "a U.S. Army AH-64 Apache", however parsed
    # the head of an apposition: "China's first aircraft carrier, Liaoning"
    if root.dep_ == "appos":
        return _owner(root.head, m, index) if root.head.i not in index.by_token else None
    return None


BUYING = {"buy", "purchase", "order", "procure", "acquire", "import", "receive", "obtain",
          "operate", "fly", "field", "use", "deploy", "induct"}     # ("India operates Russian Kilo-class submarines")


def _bought_from(root: Token, owner: Mention, index: DocIndex) -> bool:
    """"India bought 36 French Rafale jets", "a deal for American Patriot systems", "Ukraine received Danish F-16s",
    "India operates Russian Kilo-class submarines": a demonym on arms another state buys or flies says where they come
    from, not who flies them now."""
    while root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head                       # "the Russian S-400 missile defense system"
    if not owner.metonym or not any(c.dep_ in ("amod", "compound") and owner.token_start <= c.i < owner.token_end
                                    for c in root.children):
        return False                           # (not "Japan's F-35s")
    root = first_conjunct(root)                # "flies U.S.-built F-16s, French Rafales and Russian MiG-29s"
    verb = noun = root.head
    if root.dep_ == "pobj" and verb.lower_ in ("for", "of"):
        noun = verb.head
        if noun.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in ORDER_NOUNS for c in noun.children):
            verb = noun                        # "signed a deal for", as parsed
        elif noun.lemma_.lower() in ORDER_NOUNS | BUYING and noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
            verb = noun.head                   # "a deal for", "the purchase of"
        else:
            return False
    elif root.dep_ != "dobj" or verb.lemma_.lower() not in BUYING:
        return False
    buyers = [b for s in (*verb.children, *noun.children) if s.dep_ in SUBJ or s.dep_ == "poss" and s.head == noun
              for b, _ in index.args(s) if b.type in ("Country", "MilitaryUnit") and b.key]   # (and "Poland's
    return bool(buyers) and all(b.key.split(":")[0] != owner.key for b in buyers)   # purchase of", "Egypt's air force")


WEAPON_HEADS = {"system", "unit", "battery", "launcher", "missile", "jet", "aircraft", "plane", "warplane", "fighter",
                "tank", "drone", "helicopter", "vessel", "ship", "submarine", "frigate", "destroyer"}
POSSESSIVE_PRONOUNS = {"its", "their"}
TERRITORY_NOUNS = {"island", "islet", "archipelago", "territory", "region", "province", "exclave", "enclave"}


def _pronoun_owner(pronoun: Token, index: DocIndex) -> Mention | None:
    """The country "its" stands for: the subject of the clause it sits in, or of the clause that one
    reports ("Greece defends its islands", "Russia said its Kaliningrad exclave was threatened")."""
    inside = {t.i for t in pronoun.head.subtree}
    verb = pronoun.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX"):
            heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside]
            found = [m for c in heads for m, _ in index.args(c)]
            if found and all(c.i in index.by_token for c in heads):
                return found[0] if len(found) == 1 and found[0].type == "Country" else None
            inside |= {t.i for t in verb.subtree}    # (past "Russian forces shelled its region": Ukraine's, said Ukraine)
        if verb.head == verb:
            return None
        verb = verb.head
    return None


SOUGHT = {"want", "seek", "negotiate", "propose", "oppose", "reject", "discuss", "consider", "pursue", "push",
          "demand", "offer", "need", "urge", "expect", "refuse", "decline", "debate", "block", "veto"}
AGREEMENT_WORDS = {"agreement", "agreements", "deal", "accord", "accords", "mou", "mous", "memorandum", "understanding"}


KIND_WORDS = {"mutual", "security", "defense", "defence", "cooperation", "co-operation", "status", "of", "forces",
              "visiting", "reciprocal", "access", "basing", "enhanced", "bilateral", "military", "alliance",
              "assistance", "friendship", "peace"}
KIND_HEADS = {"treaty", "pact", "agreement", "accord", "arrangement"}


DISTINCT_KINDS = {"visiting": r"\bvisiting forces?\b|\bvfas?\b", "status": r"\bstatus of forces\b|\bsofas?\b",
                  "access": r"\breciprocal access\b|\braas?\b", "basing": r"\bbasing (?:agreement|deal|accord|pact)",
                  "memorandum": r"\bmemorand(?:um|a)\b|\bmous?\b"}
#                 ^ instruments of their own, beside any other pact of the same states (in this order: "the status of
#                   visiting forces agreement" is a visiting forces agreement; "a market access agreement" is none)


def distinct_kind(text: str) -> str:
    """"visiting" for "a Visiting Forces Agreement", "the VFA" or "the visiting forces deal"; "" for other pacts."""
    words = " ".join(text.lower().replace("-", " ").split())
    return next((kind for kind, pattern in DISTINCT_KINDS.items() if re.search(pattern, words)), "")


STAGE_WORDS = {"preliminary", "interim", "provisional"}     # (not "an initial contract for 6 jets": the first batch)


def stage_suffix(text: str) -> str:
    """";preliminary" for "a preliminary deal": of the same parties as the deal it leads to, yet another agreement."""
    return ";preliminary" if STAGE_WORDS & set(text.lower().replace("-", " ").split()) else ""


def kind_suffix(text: str) -> str:
    """What tells apart two agreements of the same parties in a key: a kind that is an instrument of its own
    (";visiting" is not the parties' MoU), or that it is an agreement, not a treaty ("the defense cooperation
    agreement" is the "Defense Cooperation Agreement" a story names)."""
    kind = distinct_kind(text)
    if kind:
        return ";" + kind + stage_suffix(text)
    return (";agreement" if text.split()[-1].lower() in AGREEMENT_WORDS else "") + stage_suffix(text)


def _lower_case_kind(text: str) -> bool:
    """"the security treaty", "a U.S. defense pact", "an MoU": no capitals but an acronym's."""
    return not any(ch.isupper() for ch in re.sub(r"\bU\.S\.|\bMOUs?\b|\bMoUs?\b", "", text))


def _generic_treaty(text: str) -> bool:
    """"the security treaty", "an MoU" name an agreement by its kind; so do capitals that spell out only a kind,
    which many pairs of states have ("a Reciprocal Access Agreement", "the Status of Forces Agreement"); "the
    Paris Agreement" is a name."""
    if _lower_case_kind(text):
        return True
    words = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I).lower().replace("-", " ").split()
    return len(words) >= 2 and words[-1] in KIND_HEADS and all(w in KIND_WORDS for w in words[:-1])


def _signers(root: Token, index: DocIndex) -> set[str]:
    """The countries that sign, ink or conclude a treaty in its own sentence ("Russia and Iran signed a
    treaty", "Japan signed a pact with Britain")."""
    verb = root.head if root.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in SIGNING_VERBS:
        return set()
    found = [m for m, _ in _subjects(verb, index)[0]]
    found += [m for prep in (*verb.children, *root.children) if prep.dep_ == "prep" and prep.lower_ == "with"
              for p in prep.children for q in (p, *_state_behind(p, index)) for m, _ in index.args(q)]
    return {m.key for m in found if m.type == "Country" and m.key} | \
        {s.key for m in found for s in [office_state(m, index) or index.person_state(m)] if s is not None and s.key}


def _signed_later_with(t: Mention, signers: set[str], treaties: list[Mention], index: DocIndex) -> set[str]:
    """The parties of the next agreement of the same kind its one signer signs with another in the two sentences
    that follow (a headline's "Poland signs deal", then "Poland signed a $10 billion agreement with the United
    States"): the same signing told again, not a deal of the story's two most named states."""
    end = sentence_window(index.doc[t.token_start], 0, 2)[-1].end
    for later in treaties:
        if t.token_start < later.token_start < end and kind_suffix(later.text) == kind_suffix(t.text):
            theirs = _signers(index.doc[later.token_start:later.token_end].root, index)
            if len(theirs) >= 2 and signers < theirs:
                return theirs
    return set()


DEAL_BUYING = {"buy", "purchase", "procure", "acquire", "order", "import"}


def _deal_sellers(root: Token, index: DocIndex) -> set[str]:
    """The state a deal's one signer buys from, said in the deal's purpose ("Greece signed a letter of acceptance to
    buy 20 F-35 jets from the United States", "from Washington"): the deal's other side."""
    verb = root.head if root.dep_ in ("dobj", "nsubjpass") else root
    clauses = [x for w in (verb, root) for x in w.children if x.dep_ in ("xcomp", "advcl", "acl", "relcl") and
               x.lemma_.lower() in DEAL_BUYING]
    found = [m for x in clauses for t in x.subtree if t.dep_ == "pobj" and t.head.lower_ == "from" and
             t.head.head in (x, *x.subtree) for m, _ in index.args(t)]
    return {m.key.removeprefix("capital:") for m in found
            if m.key and (m.type == "Country" or m.type == "City" and m.key.startswith("capital:"))}


def _states_under(root: Token, index: DocIndex) -> set[str]:
    """The states named in the sentence of a treaty that something is done "under" ("troops stationed in South
    Korea under the Mutual Defense Treaty"), outside other treaties' names."""
    if root.dep_ != "pobj" or root.head.lower_ != "under":
        return set()
    sent = root.sent
    named = {i for o in index.mentions if o.type == "Treaty" for i in range(o.token_start, o.token_end)}
    return {m.key for m in index.mentions if m.type == "Country" and m.key and
            sent.start <= m.token_start < sent.end and m.token_start not in named}


def _company_deal(root: Token, index: DocIndex) -> list[Mention] | None:
    """None unless a company signs the deal or is a side of it ("KAI signed a contract to deliver FA-50 jets to
    Malaysia", "an agreement between the Saudi Defense Ministry and the Baykar company"); then the states its clause
    supplies ("to Malaysia", "to sell Thailand four Gripens", "to build submarines for Egypt"), which the caller makes
    its parties beside the company, in place of the story's two leading states (an empty list: none named)."""
    while root.dep_ in ("conj", "nmod", "compound", "appos") and root.head != root:
        root = root.head                 # "signed a cooperation agreement and acquisition contracts with"
    verb = root.head if root.dep_ in ("dobj", "nsubjpass") else root
    sides = [m for m, _ in _subjects(verb, index)[0]] if verb.pos_ in ("VERB", "AUX") else []
    sides += [m for w in (verb, root) for prep in w.children if prep.dep_ == "prep" and prep.lower_ in ("with", "between")
              for p in prep.children for m, _ in index.args(p)]
    if not any(m.type == "Organization" and not public_party(m) for m in sides):
        return None
    buyer_side = any(public_party(m) for m in sides)     # a public body buys: "for" names whom it arms ("won a
    #                                                      contract with the U.S. Army to supply Patriots for Ukraine")
    clause = [t for x in (*verb.children, *root.children) if x.dep_ in ("xcomp", "advcl", "relcl", "acl")
              for t in x.subtree]
    return list(dict.fromkeys(
        m for t in clause if (t.dep_ == "dative" and t.head.lemma_.lower() in SUPPLYING) or
        (t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in SUPPLYING) or
        (t.dep_ == "pobj" and t.head.lower_ == "for" and not buyer_side)
        for m, _ in index.args(t) if m.type == "Country"))


SUPPLYING = {"deliver", "supply", "sell", "export", "provide", "transfer", "ship", "send", "give", "lease"}


def public_party(m: Mention) -> bool:
    """A state, its forces, a ministry or a public body kg knows (an agency, an alliance): not a firm, nor a body
    it cannot tell from one."""
    if m.type in ("Country", "MilitaryUnit"):
        return True
    thing = load_lexicon().thing(m.key) if m.type == "Organization" and m.key else None
    return (thing is not None and thing.kind != "company") or (thing is None and _state_office(m))


STAND_IN_NOUNS = {"government", "administration", "authorities", "regime", "junta"}
REGION_NOUNS = {"region", "province", "territory", "enclave"}    # "the breakaway region of Georgia": a part of the
#                                                                  state named, which may be the deal's opponent


def _state_behind(tok: Token, index: DocIndex) -> list[Token]:
    """"the government of Somalia", "the authorities of Kosovo": the name after "of" for a noun that stands
    for it (not a region's: REGION_NOUNS)."""
    if tok.i in index.by_token or tok.lemma_.lower() not in STAND_IN_NOUNS:
        return []
    return [p for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]


def _owners(root: Token, index: DocIndex) -> list[Mention]:
    """The states whose treaty it is, written as possessives: "Japan's treaty", "Manila and Washington's
    mutual defense treaty" (where the parser makes the treaty a conjunct of "Manila")."""
    owners = [m for c in root.children if c.dep_ in ("poss", "nmod", "compound") and
              any(ch.dep_ == "case" for t in (c, *c.conjuncts) for ch in t.children)     # ("Manila and
              for m, _ in index.args(c) if m.type == "Country"]                         # Washington's": an nmod)
    if owners and root.dep_ == "conj" and getattr(index.by_token.get(root.head.i), "type", "") == "Country":
        owners.insert(0, index.by_token[root.head.i])
    if not owners and root.dep_ == "dobj" and root.head.lemma_.lower() in HAVING and not _negated_or_wished(root.head):
        owners = [m for m, _ in _subjects(root.head, index)[0] if m.type == "Country"]   # "Manila and Washington
    return list(dict.fromkeys(owners))                                                   # have a Mutual Defense Treaty"


HAVING = {"have", "share", "maintain"}


def _set_beside(root: Token, index: DocIndex) -> Mention | None:
    """The treaty named right before a comma that opens this noun phrase ("the Treaty on Conventional Armed Forces
    in Europe (CFE), a Cold War-era security treaty"), however the parser hangs the phrase."""
    doc = index.doc
    i = root.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    j = i - 1
    if doc[j].text == ")" and j >= 2 and doc[j - 2].text == "(":
        j -= 3                                   # past "(CFE)"
    named = index.by_token.get(j)
    return named if named is not None and named.type == "Treaty" and named.token_end == j + 1 else None


def _signers_states(t: Mention, index: DocIndex) -> Iterator[MentionFact]:
    """The states of the people who sign a treaty, as its parties: "Israeli Prime Minister Netanyahu, ... and
    Bahrain's Foreign Minister Al-Zayani signed the Abraham Accords", "was signed by Japanese Foreign Minister X"."""
    root = index.doc[t.token_start:t.token_end].root
    verb = root.head if root.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in SIGNING_VERBS or _negated_or_wished(verb) or _future(verb):
        return
    subjects, passive = _subjects(verb, index)
    people = [m for ag in verb.children if ag.dep_ == "agent" for p in ag.children for m, _ in index.args(p)] \
        if passive else [m for m, _ in subjects]
    if signed_as_onlooker(verb) or any(p.dep_ == "prep" and p.lower_ == "on" and
                                       any(o.lower_ == "behalf" for o in p.children) for p in verb.children):
        return                            # "signed the Lima Accord as a witness", "on behalf of the United Nations"
    for person in people:
        if index.doc[person.token_start - 1].lower_ == "former" or \
                person.title_token_start is not None and any(t.lower_ == "former" for t in
                                                             index.doc[max(0, person.title_token_start - 1):person.token_start]):
            continue                      # "Former Chilean president X, now a UN envoy, signed"
        state = index.person_state(person)
        if state is not None:
            yield MentionFact(state, "partyTo", t, index.evidence(verb.sent, "treaty:signer-state", 0.65))


ONLOOKERS = {"witness", "mediator", "guarantor", "observer", "facilitator"}


def signed_as_onlooker(verb: Token) -> bool:
    """Whether a signer signed "as a witness" (mediator, guarantor, ...): no party to what it signed."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(o.lemma_.lower() in ONLOOKERS for o in p.children)
               for p in verb.children)


def _signed_on_behalf(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """The states and bodies a treaty is signed for are its parties: "The document was signed by Defence
    Minister A on behalf of Türkiye, B on behalf of Russia" (the signers' own states are not: _signers_states)."""
    for tok in doc:
        found = behalf_of(tok)
        if found is None:
            continue
        verb, j = found
        if verb.lemma_.lower() not in SIGNING_VERBS or verb.dep_ == "xcomp" or _negated_or_wished(verb) or \
                _future(verb) or _modal(verb):
            continue                      # (not "was supposed to sign")
        whom = [p for p in doc[tok.i + 1].children if p.dep_ == "pobj"]
        named = index.by_token.get(whom[0].i) if whom else None
        if named is None and whom and whom[0].lemma_.lower() in ("government", "people", "state"):
            named = next((index.by_token[c.i] for c in whom[0].children if c.dep_ in ("amod", "poss", "compound")
                          and c.i in index.by_token), None)            # "on behalf of the Ukrainian government"
        if named is not None and named.type in ("Person", "Minister"):      # "on behalf of Russia and Minister X
            named = index.by_token.get(j)                                     # on behalf of": the parser joined
            named = named if named is not None and named.token_start == j else None      # the names
        signed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        treaties = [m for c in signed for m, _ in index.args(c) if m.type == "Treaty"] or \
            [m for c in signed if c.lower_ == "document" for m in treaty_just_named(c, index)]
        if named is None or named.type not in ("Country", "Organization") or len(treaties) != 1 or \
                signed_as_onlooker(verb):
            continue                      # (not "signed the accord as a witness on behalf of the UN", nor "on
            #                               behalf of the Russian-backed separatists": the phrase's head is named)
        yield MentionFact(named, "partyTo", treaties[0], index.evidence(tok.sent, "treaty:signed-on-behalf", 0.65))


def office_state(m: Mention, index: DocIndex) -> Mention | None:
    """The state a ministry or department is written as of ("the Department of National Defence of the
    Philippines"), as a mention of that state."""
    if not _state_office(m):
        return None
    def of_objects(t: Token) -> list[Token]:
        return [p for of in t.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
    tok = index.doc[m.token_end - 1]
    return next((s for p in of_objects(tok) for q in (p, *of_objects(p))      # "of the Republic of (the) Philippines"
                 for s, _ in index.args(q) if s.type == "Country" and s.key), None)


def _hyphenated_before(start: int, index: DocIndex) -> list[Mention]:
    """The states written hyphenated right before a token ("[Australia-Japan] RAA")."""
    doc, found = index.doc, []
    m = index.by_token.get(start - 1) if start > 0 else None
    while m is not None and m.type == "Country" and m.token_end == start and m not in found:
        found.append(m)
        start = m.token_start - 1
        m = index.by_token.get(start - 1) if start > 0 and doc[start].text in ("-", "–") else None
    return found


UPGRADING = {"upgrade", "elevate", "raise", "lift"}
TIES_NOUNS = {"tie", "ties", "relation", "relations", "relationship", "partnership"}


def _upgraded_ties(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"Vietnam and Japan upgraded ties to a Comprehensive Strategic Partnership", "The United States elevated
    its relationship with ASEAN to a Comprehensive Strategic Partnership": the states whose ties become the
    partnership are its parties (not "hopes to upgrade ties to ...")."""
    keyed: dict[str, set[str]] = {}
    yield from _upgrades(doc, index, keyed)
    for t in index.mentions:          # the story's other mentions of its one such partnership are that one
        if t.type == "Treaty" and not t.key and len(keyed.get(t.text, ())) == 1:
            t.key = next(iter(keyed[t.text]))


def _upgrades(doc: Doc, index: DocIndex, keyed: dict[str, set[str]]) -> Iterator[MentionFact]:
    """The parties of each treaty that ties are upgraded to; ``keyed`` gathers the keys given, by the name."""
    for t in index.mentions:
        root = doc[t.token_start:t.token_end].root
        to = root.head
        if t.type != "Treaty" or root.dep_ != "pobj" or to.lower_ not in ("to", "into"):
            continue
        ties = to.head if to.head.lemma_.lower() in TIES_NOUNS else None
        verb = ties.head if ties is not None and ties.dep_ == "dobj" else to.head
        if verb.lemma_.lower() not in UPGRADING or _negated_or_wished(verb) or \
                _modal(verb) or any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children) or \
                (ties is None and not any(c.dep_ == "dobj" and c.lemma_.lower() in TIES_NOUNS for c in verb.children)):
            continue                       # (not "may upgrade ties", "will upgrade ties next year")
        dobj = [c for c in verb.children if c.dep_ == "dobj"]
        sides = [m for m, _ in _subjects(verb, index)[0]]
        sides += [m for w in (verb, *dobj, root) for prep in w.children if prep.dep_ == "prep" and prep.lower_ == "with"
                  for p in prep.children if p.dep_ == "pobj" for m, _ in index.args(p)]
        sides = [index.person_state(m) or m for m in sides]      # "Biden and Vo Van Thuong elevated ties": their states
        sides = list(dict.fromkeys(m for m in sides if m.type == "Country" or (m.type == "Organization" and
                                                                              _body_of_states(m))))
        if len(sides) >= 2 and not t.key and t.text.split()[0].title() in PARTNERSHIP_KINDS:
            t.key = "parties:" + ",".join(sorted({m.key or m.text.lower() for m in sides}))   # one partnership of
            #                                   these states, not every "Comprehensive Strategic Partnership"
            keyed.setdefault(t.text, set()).add(t.key)
        for party in sides if len(sides) >= 2 else ():
            yield MentionFact(party, "partyTo", t, index.evidence(doc[t.token_start].sent, "treaty:upgraded-ties", 0.7))


def _treaty_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """Articles belong to treaties; a treaty named without its parties gets the document's two
    leading countries ("their security treaty" in an article about two states)."""
    treaties = [m for m in index.mentions if m.type == "Treaty"]
    countries = Counter(m.key for m in index.mentions if m.type == "Country" and m.key)
    top = [k for k, _ in countries.most_common(2)]
    last_parties = ""
    for t in treaties:
        if t.key.startswith("parties:"):
            if ";" not in t.key:          # an agreement's parties do not make "the treaty" theirs
                last_parties = t.key
            inside = [m for m in index.mentions if m.type == "Country" and t.token_start <= m.token_start
                      and m.token_end <= t.token_end]
            sent = doc[t.token_start].sent
            for party in {m.key: m for m in inside}.values():
                yield MentionFact(party, "partyTo", t, index.evidence(sent, "treaty:named-parties", 0.85))
        elif not t.key:
            generic = _generic_treaty(t.text)
            root = doc[t.token_start:t.token_end].root
            named = index.by_token.get(root.head.i) if root.dep_ == "appos" else _set_beside(root, index)
            if named is None and re.fullmatch(r"(?:[Tt]he )?(?:19|20)\d\d (?:treaty|pact|accord|agreement)", t.text):
                named = next((o for o in reversed(treaties) if o.token_end <= t.token_start and
                              (o.key or not _generic_treaty(o.text))), None)
                #            ^ "The 1990 treaty was signed by ...": the treaty named before
            if generic and named is not None and named.type == "Treaty" and not _generic_treaty(named.text):
                t.alias_of = named      # "the Treaty on Conventional Armed Forces in Europe (CFE), a Cold War-era
                continue                # security treaty": that treaty, not one of the story's two leading states
            signers = _signers(root, index)
            owners = {m.key for m in _owners(root, index) if m.key}
            kind = kind_suffix(t.text) if generic and distinct_kind(t.text) else stage_suffix(t.text)
            if generic and len(signers) == 1:       # "Poland signs deal for Apache helicopters" over "Poland signed
                signers = _signed_later_with(t, signers, treaties, index) or signers   # an agreement with the US"
                signers = signers | _deal_sellers(root, index)     # "signed a letter to buy F-35s from the U.S."
            if generic and len(signers) >= 2:       # "Russia and Iran had signed a strategic partnership treaty
                t.key = "parties:" + ",".join(sorted(signers)) + kind   # of their own": theirs, not the story's pair
            elif generic and len(owners) >= 2:      # "Manila and Washington's mutual defense treaty"
                t.key = "parties:" + ",".join(sorted(owners)) + kind
            own = any(prep.lower_ in ("with", "between") and any(m.type == "Country" for p in prep.children
                                                                  for m, _ in index.args(p))
                      for w in doc[t.token_start:t.token_end] for prep in w.children if prep.dep_ == "prep")
            #         ^ "a memorandum of understanding with Turkey" (read as "understanding with")
            own = own or bool(signers and not t.key and any(    # "Ethiopia signed a deal with Lockheed Martin",
                index.args(p) or p.lemma_.lower() in REGION_NOUNS   # "with the breakaway region of X": not the
                for prep in root.head.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for p in prep.children))                            # story's two states
            supplied = _company_deal(root, index)
            own = own or supplied is not None
            for party in supplied or ():         # "KAI signed a contract to deliver FA-50 jets to Malaysia"
                yield MentionFact(party, "partyTo", t, index.evidence(doc[t.token_start].sent, "treaty:supplied-state", 0.6))
            same_kind = next((e.key for e in reversed(treaties) if e.token_start < t.token_start and
                              e.key.startswith("parties:") and ";" in e.key and kind and e.key.endswith(kind)), "")
            #                ^ "The memorandum was signed by A of Turkey, B of Finland and C of Sweden ... on signing a
            #                  trilateral memorandum": the memorandum told of before, not the story's two leading states
            here = _states_under(root, index) if generic and not own and not t.key and not same_kind else set()
            if len(here) == 2:
                t.key = "parties:" + ",".join(sorted(here))   # "The U.S. has 28,500 troops stationed in South Korea
                #                      under the 1953 Mutual Defense Treaty": the two its sentence names, not the
                #                      story's two most named (North and South Korea)
            if generic and not own and (t.key or same_kind or last_parties or len(top) == 2):   # (not "a reciprocal
                #                                     access agreement with Japan": its own parties, read below)
                t.key = (t.key or same_kind or last_parties or "parties:" + ",".join(sorted(top))).split(";")[0] + \
                    kind_suffix(t.text)        # "a cooperation agreement" is not "the security treaty"
                if len(signers) == 1 and not signers <= set(t.key[len("parties:"):].split(";")[0].split(",")):
                    t.key = "parties:" + next(iter(signers)) + kind_suffix(t.text)
                    continue                   # "the Czech Republic signed a deal to buy 77 tanks" in a story of
                    #                            Germany and Lithuania: the signer's own deal, its other side unsaid
                sent = doc[t.token_start].sent
                if root.dep_ in ("dobj", "nsubjpass") and (_negated_or_wished(root.head) or _modal(root.head) or
                                                           root.head.lemma_.lower() in SOUGHT):
                    continue                   # "prevented the two countries from signing a peace treaty", "wants a deal",
                    #                            "could sign the agreement"
                for party in t.key[len("parties:"):].split(";")[0].split(","):
                    if party in index.first_country:
                        yield MentionFact(index.first_country[party], "partyTo", t,
                                          index.evidence(sent, "treaty:context-parties", 0.55))
    for t in treaties:                # "Chilean Defence Minister Herrera and Peruvian Defence Minister Vargas signed
        yield from _signers_states(t, index)    # the Pacific Defence Pact": Chile and Peru are its parties
    for t in treaties:                # "the Australia-Japan RAA": the parties written before a treaty's name
        parties = _hyphenated_before(t.token_start, index)
        for party in parties if len(parties) >= 2 else ():
            yield MentionFact(party, "partyTo", t, index.evidence(doc[t.token_start].sent, "treaty:named-parties", 0.8))
    for t in treaties:                # "a cooperation agreement between the Saudi Defense Ministry and Baykar"
        root = doc[t.token_start:t.token_end].root
        words = list(doc[t.token_start:t.token_end])
        if t.rule.endswith("+known-as"):      # "its intelligence-sharing pact with Japan, known as GSOMIA": the noun
            root = next((w for w in doc[max(doc[t.token_start].sent.start, t.token_start - TREATY_REACH - 3):t.token_start]
                         if index.dubbed(w) is t), root)
            words = [root, *words]
        if _negotiated(root):
            continue                  # (not "talks on a ceasefire agreement between A and B")
        sides = between_parties(root, index, ("Country", "Organization", "MilitaryUnit"))
        for party in sides if len(sides) >= 2 else ():
            yield MentionFact(party, "partyTo", t, index.evidence(doc[t.token_start].sent, "treaty:between", 0.8))
        listed = root
        while listed.dep_ in ("appos", "conj") and listed.head != listed:
            listed = listed.head          # "inked with three countries: a VFA with the US, an SOVFA with Australia"
        governor = listed.head if listed.dep_ in ("dobj", "nsubjpass", "pobj") else None
        if governor is not None and governor.dep_ == "prep":
            governor = governor.head
        if governor is None or (governor.pos_ in ("VERB", "AUX") and (_negated_or_wished(governor) or
                                                                       _modal(governor))) or \
                governor.lemma_.lower() in SOUGHT:
            continue                  # (not "Japan has no peace treaty with Russia", "wants a deal with Iran", "may
            #                            sign a logistics agreement with Australia")
        partners = list(dict.fromkeys(m for w in words for prep in w.children
                                      if prep.dep_ == "prep" and prep.lower_ == "with"
                                      for p in prep.children if p.dep_ == "pobj" for m, _ in index.args(p)
                                      if m.type in ("Country", "Organization")))     # "the ANZUS Treaty with New
        #                                                                              Zealand"; and the owner of
        partners += [m for m in _owners(root, index) if partners and m not in partners]   # "Washington's treaty
        for party in partners:                                                            # with Manila"
            yield MentionFact(party, "partyTo", t, index.evidence(doc[t.token_start].sent, "treaty:with", 0.7))
        if partners and listed != root and governor.lemma_.lower() in SIGNING_VERBS | {"have", "maintain"}:
            for party, conf in _subjects(governor, index)[0]:     # "the Philippines has inked with three countries:
                if party.type == "Country" and party not in partners:   # a VFA with the US, an SOVFA with ...": its own
                    yield MentionFact(party, "partyTo", t, index.evidence(doc[t.token_start].sent, "treaty:with", 0.65 * conf))
    for a in (m for m in index.mentions if m.type == "TreatyArticle"):
        root = doc[a.token_start:a.token_end].root
        treaty = None
        conf = 0.85
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for p in prep.children:
                    cand, c = index.mention(p)
                    if cand is not None and cand.type == "Treaty":
                        treaty, conf = cand, 0.85 * c
        if treaty is None:
            before = [t for t in treaties if t.token_start < a.token_start and t.sent_start == a.sent_start]
            after = [t for t in treaties if t.sent_start == a.sent_start]
            near = before[-1:] or after[:1]
            if near:
                treaty, conf = near[0], 0.75
            else:
                earlier = [t for t in treaties if t.token_start < a.token_start]
                if earlier:
                    treaty, conf = earlier[-1], 0.6
        if treaty is not None:
            yield MentionFact(a, "partOf", treaty, index.evidence(doc[a.token_start].sent, "article:of-treaty", conf))
            a.key = f"article:{a.text.split()[-1]}"
