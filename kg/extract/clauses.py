"""Who does what in a clause: a verb's subjects and objects (through control, coordination, passives
and relative clauses: "Japan intends to acquire ...", "the weapons Tokyo aims to acquire"), the verb a
token's clause hangs on, whether that verb tells of something still ahead ("will meet") or only hoped
for or denied ("hopes to join", "did not participate"), and the rule key of a verb.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..types import Mention
from .docindex import DASHES, PASS_SUBJ, SUBJ, TAKING_PART, DocIndex
from .patterns import SIGNING_VERBS

TRIP_NOUNS = {"visit", "trip", "tour", "journey", "arrival"}     # "X's visit to attend ...": X attends
CLIMB = {"xcomp", "advcl", "conj", "acl", "relcl", "ccomp", "pcomp"}


MAKING = {"develop", "produce", "design", "build", "manufacture", "make", "assemble", "construct"}


def _listed_after_a_dash(subject: Token, verb: Token) -> bool:
    """A "subject" that opens a list after a dash hung on an earlier noun is that noun's list, misparsed: "Ten
    countries are joining the MPAT – Bangladesh, Canada ...; and 10 countries are joining the COLT"."""
    dash = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return dash is not None and dash.text in DASHES and dash.dep_ == "punct" and \
        dash.head.i < dash.i and dash.head != verb and dash.head.pos_ in ("NOUN", "PROPN") and \
        dash.head.dep_ in ("dobj", "pobj") and dash.head.head.i > subject.sent.start   # (not "BAMAKO - The leaders")


OBSERVERS = {"observer", "monitor", "onlooker"}


def _as_observer(verb: Token) -> bool:
    """Those who only watch an exercise do not take part in it: "sent observers to", "is participating as an
    observer" (but "sent observers and two frigates" does)."""
    sent = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    watching = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children] \
        if verb.lemma_.lower() in TAKING_PART else []     # (an observer state does attend a summit)
    return bool(sent) and all(o.lemma_.lower() in OBSERVERS for o in sent) or \
        any(p.lemma_.lower() in OBSERVERS for p in watching)


def _compound_subject(verb: Token) -> list[Token]:
    """The subject of "the Senkakus, which Japan administers (but Beijing claims)" when the parser took it for a
    compound of the verb."""
    rel = verb.head if verb.dep_ == "conj" else verb
    if rel.dep_ != "relcl" or any(c.dep_ in SUBJ for c in verb.children) or \
            not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in rel.children):
        return []
    return [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]


def _subjects(verb: Token, index: DocIndex) -> tuple[list[tuple[Mention, float]], bool]:
    """Subjects of a verb, climbing through control and coordination; (mentions, passive?)."""
    passive = any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children) or \
        (verb.tag_ == "VBN" and verb.dep_ == "acl") or _fronted_participle(verb) or \
        (verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN") or \
        (verb.tag_ == "VBN" and verb.dep_ == "conj" and any(c.dep_ == "agent" for c in verb.children) and
         any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.head.children))   # "is hosted by A and led by B"
    copula = verb.head if (verb.dep_ == "csubj" or (verb.dep_ == "nsubj" and verb.tag_ == "VBG")) and \
        verb.head.lemma_ == "be" else \
        next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > verb.i), None) \
        if verb.tag_ == "VBG" and not any(c.dep_ in SUBJ for c in verb.children) else None
    if copula is not None:          # "attending Thursday's meeting are A, B and C" (however parsed)
        named = [c for c in copula.children if c.dep_ == "attr"]
        named += [p for c in copula.children if c.dep_ == "prep" and c.lower_ == "besides"      # "Besides Putin
                  for p in c.children if p.dep_ == "pobj"]                                      # and Xi, ..."
        found = [(m, c * 0.9) for p in named for m, c in index.args(p)]
        if found:
            return found, False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.dep_ in ("advcl", "acl", "xcomp"):
        trips = [verb.head] if verb.head.lemma_.lower() in TRIP_NOUNS else \
            [c for c in verb.head.children if c.dep_ == "dobj" and c.lemma_.lower() in TRIP_NOUNS]
        found = [(m, c * 0.85) for t in trips for p in t.children if p.dep_ == "poss" or
                 (p.dep_ == "prep" and p.lower_ in ("of", "by")) for o in ([p] if p.dep_ == "poss" else p.children)
                 for m, c in index.args(o)]
        if found:                       # "confirmed the visit of Qin Gang ... to attend the dialogue"
            return found, False
    tok, factor = verb, 1.0
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in SUBJ or (tok != verb and c.dep_ in PASS_SUBJ and
                                                              tok.lemma_.lower() in SCHEDULED and
                                                              not _negated_or_wished(tok)) or
                (c.dep_ in PASS_SUBJ and not passive and verb.dep_ == "conj" and tok == verb.head)]
        #        ^ a passive verb climbed to controls its subject: "A and B are scheduled to conclude ..."
        #          (not "Taiwan was not invited to join", "India was invited to join, but declined"); and an active
        #          verb joined to a passive one acts for its subject: "The unit will be based at Schofield
        #          Barracks and will field the Typhon"
        if passive and tok == verb:
            agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] or \
                [d for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pcomp" and
                 p.tag_ == "VBG" for d in p.children if d.dep_ == "dobj"]    # "by leading missile maker Roketsan",
            #                                                                   parsed as a verb and its object
            if not agents and verb.lemma_.lower() in MAKING and not any(c.dep_ in ("prep", "agent") for c in verb.children):
                agents = [p for cj in verb.conjuncts if cj.i > verb.i and cj.tag_ == "VBN" and cj.lemma_.lower() in MAKING
                          for c in cj.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                #          ^ "developed and produced by X" (not "built in Russia and captured by Ukrainian forces")
            subj = agents
            if not agents and verb.dep_ in ("relcl", "acl") and _clause_verb(verb.head).lemma_.lower() in CRITICISING:
                return [], passive       # "Beijing protested the drills, which were held near ...": not Beijing's
                #                          (but "Turkey operates S-400s, which were bought from Russia": Turkey's)
        if not subj and tok == verb:
            subj = _compound_subject(verb)
        if not subj and tok == verb and passive and verb.dep_ == "ccomp" and \
                any(c.dep_ in PASS_SUBJ for c in verb.children):
            return [], passive           # "The Joint Chiefs of Staff said the missile was launched from": not by them
        subj = [s for s in subj if not _listed_after_a_dash(s, tok)]
        if subj:
            first = min(s.left_edge.i for s in subj)
            subj += [c for c in tok.children if c.dep_ in ("npadvmod", "dep") and c.i + 2 == first and
                     tok.doc[c.i + 1].text == "," and c.i in index.by_token and
                     index.by_token[c.i].type in ("Country", "Organization") and
                     not index.by_token[c.i].rule.endswith("+dateline")]     # a headline's "Russia, China kick off"
            found = [(m, c * factor) for s in subj for m, c in index.args(s) or _possessed(s, index)]
            if passive and tok == verb and found and all(m.type in ("Person", "Minister") for m, _ in found):
                found += [(m, 0.8 * factor) for s in subj for t in s.subtree       # "signed by Defence Minister Angel
                          if t.i < s.i and t.dep_ == "nmod" and any(c.lower_ == "and" for c in t.children)   # Tilvar
                          for m in [index.by_token.get(t.i)] if m is not None and    # and Hanwha Aerospace CEO Son
                          m.type in ("Person", "Minister") and all(m is not f for f, _ in found)]   # Jae-il", misparsed
            if not found and tok.dep_ == "relcl" and any(s.lower_ in ("who", "which", "that") for s in subj):
                head, c = index.mention(_agreeing_head(tok))   # "Wang Yi, who is on a visit": Wang Yi alone
                found = [(head, c * factor * 0.9)] if head is not None else []
            return found, passive
        if tok == verb and not passive and (tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG") or
                                            (tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "ROOT")):
            return [(m, c * 0.9) for m, c in index.args(tok.head)], passive    # "Li Shangfu calling on Wong"; "Mallard,
            #                                                 commander of ..., called on Tripathi", a sentence misparsed
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in DECISIONS | PROPOSALS and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            owners = [index.by_token[c.i] for c in tok.head.children if c.dep_ == "poss" and c.i in index.by_token]
            governor = tok.head.head if tok.head.dep_ != "pobj" else tok.head.head.head
            awarded = tok.head.dep_ == "dobj" and governor.lemma_.lower() in AWARDING and \
                tok.head.lemma_.lower() in ("contract", "order", "deal")
            awardees = [a for c in governor.children if awarded and (
                c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" and governor.lemma_.lower() == "award")
                for d in ([c] if c.dep_ == "dative" and c.pos_ != "ADP" else c.children) for a in index.args(d)]
            if awardees:                         # "The Pentagon awarded Raytheon a contract to produce AMRAAMs":
                return [(m, c * factor * 0.9) for m, c in awardees], passive    # Raytheon's making
            if owners and tok.head.lemma_.lower() in DECISIONS and governor.lemma_.lower() in CRITICISING:
                return [(m, factor * 0.9) for m in owners], passive    # "China rebuffed Seoul's decision to deploy
                #                                                        THAAD": Seoul's deploying, objected to
            purpose = tok.head.dep_ == "pobj" and tok.head.head.lower_ == "in" and \
                tok.head.lemma_.lower() not in ("talk", "talks", "negotiation")   # "in a bid to enhance": the
            if not purpose and (governor.lemma_.lower() in UNDONE or                # clause's own subject acts
                                (tok.head.lemma_.lower() in PROPOSALS and
                                 (governor.lemma_.lower() not in APPROVALS or tok.lemma_.lower() in ("join", "accede")))):
                return [], passive               # "scrapped a deal to buy", "opposed Finland's bid to join NATO",
                #                                  "is in talks to buy" (but "approved Ankara's request to buy": Ankara's)
            if owners and not purpose:           # "welcomed Buenos Aires' decision to acquire F-16s": its purchase
                return [(m, factor * 0.9) for m in owners], passive
        if tok.dep_ == "advcl" and tok.head.lemma_.lower() in UNDONE and \
                any(c.dep_ == "dobj" and c.lemma_.lower() in DECISIONS | PROPOSALS for c in tok.head.children):
            return [], passive                   # "India scrapped a deal to buy 126 Rafale jets" (as parsed)
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in OBJECT_CONTROL and \
                any(c.dep_ == "dobj" for c in tok.head.children):     # "Modi invited the others to attend the next
            return [(m, c * factor * 0.9) for d in tok.head.children if d.dep_ == "dobj"   # summit": theirs to attend,
                    for m, c in index.args(d)], passive                                   # not Modi's
        if (tok.dep_ in CLIMB or (tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB")) \
                and tok.head != tok:             # ^ "Blinken called Wang Yi, then met Lavrov": a verb the parser left loose
            tok, factor = tok.head, factor * 0.85
            if tok.pos_ == "ADJ" and tok.dep_ == "amod":      # "signed a deal worth $6.5 billion to purchase"
                tok = tok.head
            if tok.pos_ in ("ADP", "SCONJ") and tok.dep_ == "prep" and verb.dep_ == "pcomp" and tok.head != tok and \
                    tok.lower_ in ("after", "before", "while", "upon", "when") and \
                    verb.lemma_.lower() in ("meet", "visit", "host", "receive", "welcome", "hold", "attend", "talk"):
                tok = tok.head               # "Soto told reporters after meeting Quispe": Soto met him (not "accused
                #                              militants of working with Israel")
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj", "attr") and tok.head != tok:
                tok = tok.head if tok.dep_ != "pobj" else tok.head.head
            continue
        break
    if not passive and verb.dep_ == "ROOT" and verb.pos_ == "VERB":
        return _left_subject(verb, index), passive     # "... of collaboration, Russia, China and Iran have commenced"
    return [], passive


OBJECT_CONTROL = {"invite", "ask", "urge", "encourage", "persuade", "press", "allow", "permit", "request"}
BASING = {"base", "station", "headquarter", "garrison"}    # not "moved out of Niger", "deployed near Poland"
SCHEDULED = {"schedule", "set", "expect", "slate", "due", "poise"}   # "are scheduled to conclude the exercise"
DECISIONS = {"decision", "move", "deal", "contract", "agreement", "order", "commitment"}   # "X's decision to buy"
CRITICISING = {"protest", "condemn", "criticize", "criticise", "denounce", "slam", "blast", "decry", "reject", "oppose",
               "warn", "lambast", "rebuke", "censure", "deplore", "fault", "accuse", "mock", "dismiss", "rebuff",
               "question"}
PROPOSALS = {"bid", "request", "application", "attempt", "effort", "push", "talk", "talks", "negotiation", "offer",
             "proposal", "intention", "ambition", "quest", "campaign", "demand", "call"}   # "Finland's bid to join"
AWARDING = {"award", "give", "grant", "hand"}     # "awarded Raytheon a contract to produce"
APPROVALS = {"approve", "clear", "grant", "accept", "authorize", "authorise", "endorse", "greenlight"}
UNDONE = {"block", "reject", "oppose", "cancel", "scrap", "halt", "reverse", "question", "criticize", "criticise",
          "veto", "overturn", "suspend", "drop", "abandon", "shelve", "ditch", "axe", "freeze", "spurn", "rebuff",
          "refuse", "dismiss"}
CANCELLED = {"reject", "block", "veto", "cancel", "scrap", "halt", "reverse", "overturn", "suspend", "drop", "abandon",
             "shelve", "ditch", "axe", "freeze", "kill"}    # (not objections: "China rebuffed Seoul's decision to deploy")


def _left_subject(verb: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """The names written right before a verb the parser left without a subject ("while visiting Austin
    and his counterpart, Galvez, were holding a meeting", "a display of collaboration, Russia, China and
    Iran have commenced"): a weaker reading, climbing only through names."""
    t = verb.i - 1
    while t >= verb.sent.start and (verb.doc[t].dep_ in ("aux", "auxpass", "punct", "advmod", "neg")):
        t -= 1
    if t < verb.sent.start or t not in index.by_token:
        return []
    tok = verb.doc[t]
    found = index.args(tok)
    while tok.dep_ in ("conj", "appos", "compound") and tok.head != tok and tok.head.i < verb.i:
        if tok.dep_ == "appos" and _attributed(tok.head):      # "According to Stoltenberg, all 29 allies will":
            return [(m, c * 0.7) for m, c in index.args(tok)]    # the parser took the subject for his appositive
        tok = tok.head
        partners = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else tok
        if partners.lower_ in ("along", "together") and partners.dep_ in ("prep", "advmod"):
            tok = partners.head          # "all 29 allies, along with Finland and Sweden, will": the allies' phrase
            continue
        if tok.dep_ == "pobj" and tok.i in index.by_token:     # "Except for Hungary, Poland and Slovakia
            own = index.by_token[tok.i]                          # ordered": not the preposition's object
            return [(m, c * 0.7) for m, c in index.args(tok) if m is not own]
        found = index.args(tok) or found       # the whole coordination, as far as it holds names
    return [(m, c * 0.7) for m, c in found]


def _attributed(tok: Token) -> bool:
    """The source named by "according to": "According to NATO Secretary General Jens Stoltenberg, ..."."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _fronted_participle(verb: Token) -> bool:
    """"Hosted by Kishida, the summit ...", "Based in Okinawa, the regiment ...": a passive participle
    before the clause it says something of, whose subject it shares."""
    return verb.tag_ == "VBN" and verb.i < verb.head.i and \
        (verb.dep_ == "advcl" or (verb.dep_ == "prep" and verb.i == verb.sent.start)) and \
        not any(c.dep_ in SUBJ | PASS_SUBJ or c.dep_ == "aux" for c in verb.children)


def _objects(verb: Token, index: DocIndex, passive: bool, preps: set[str],
             possessors: bool = True) -> list[tuple[Mention, float, str]]:
    out: list[tuple[Mention, float, str]] = []
    def possessor(c: Token) -> list[tuple[Mention, float]]:
        if c.i in index.by_token or c.pos_ != "NOUN" or not possessors:
            return []
        return [(m, conf * 0.75) for g in c.children if g.dep_ == "poss" for m, conf in index.args(g)]

    particle = next((c.lower_ for c in verb.children if c.lower_ in preps and
                     (c.dep_ == "prt" or (c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)))), "")
    for c in verb.children:                 # "called on X": the particle acts as the preposition
        if (not passive and c.dep_ in ("dobj", "attr", "oprd")) or (passive and c.dep_ in PASS_SUBJ):
            out.extend((m, conf, particle) for m, conf in index.args(c) or possessor(c))
            out.extend((m, 0.8, particle) for m in _weapons_joined_to_sellers(c, index))
        if not passive and c in _visiting(verb):       # "received visiting Chinese Premier Li Qiang", as parsed
            out.extend((m, conf, particle) for d in c.children if d.dep_ == "dobj" for m, conf in index.args(d))
        if c.dep_ == "prep" and c.lower_ == "including" and out:    # "claims all of X, including Y"
            out.extend((m, conf * 0.9, out[0][2]) for p in c.children if p.dep_ == "pobj" for m, conf in index.args(p))
        if (c.dep_ == "prep" or (c.dep_ == "dative" and c.lower_ == "to")) and c.lower_ in preps:
            for p in c.children:                   # ("sent troops to the exercise": "to" parsed as a dative)
                if p.dep_ == "pobj":
                    out.extend((m, conf, c.lower_) for m, conf in index.args(p))
        if c.dep_ == "prep" and c.lower_ == "out" and "in" in preps and verb.lemma_.lower() in BASING:
            out.extend((m, conf, "in") for of in c.children if of.dep_ == "prep" and of.lower_ == "of"   # "will be
                       for p in of.children if p.dep_ == "pobj" for m, conf in index.args(p))    # based out of Lomza"
        if c.dep_ == "prep" and c.lower_ == "out" and "of" in preps:       # "pulled out of the deal", "out" parsed
            out.extend((m, conf, "of") for of in c.children if of.dep_ == "prep" and of.lower_ == "of"   # as a preposition
                       for p in of.children if p.dep_ == "pobj" for m, conf in index.args(p))
        if c.dep_ == "prep" and c.lower_ == "near" and "in" in preps and verb.lemma_.lower() in BASING:
            out.extend((m, conf, "in") for p in c.children if p.dep_ == "pobj" for m, conf in index.args(p)
                       if m.type not in ("Country", "Region"))       # "stationed near Adazi" (not "near Russia")
    acl = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "acl" else verb   # "administered by A but claimed by B"
    if passive and acl.dep_ == "acl":                     # "troops stationed in Japan"
        noun = acl.head
        if noun.i not in index.by_token and noun.dep_ == "appos" and noun.pos_ == "NOUN":
            noun = noun.head                              # "Essequibo, a region administered by Guyana"
        out.extend((m, conf * 0.9, "") for m, conf in index.args(noun)
                   if noun.dep_ != "conj" or m.token_start >= noun.left_edge.i)   # "Japan's F-2 fighters and the
        #                                          Eurofighter Typhoons flown by Britain": the Typhoons alone
    if passive and verb.dep_ in ("advcl", "prep") and not any(c.dep_ in PASS_SUBJ for c in verb.children):
        out.extend((m, conf * 0.85, "") for c in verb.head.children if c.dep_ in SUBJ | PASS_SUBJ  # "Hosted by A,
                   for m, conf in index.args(c))                                               # the summit ..."
    if passive and verb.dep_ == "conj" and not any(c.dep_ in PASS_SUBJ for c in verb.children):
        out.extend((m, conf * 0.9, "") for c in verb.head.children if c.dep_ in PASS_SUBJ   # "is hosted by A
                   for m, conf in index.args(c))                                          # and led by B"
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):   # "Okinawa, where ... are based"
        out.extend((m, conf * 0.85, "where") for m, conf in index.args(verb.head)      # (not "the Sahel region, where
                   if m.type != "Region" or not any(via in ("in", "at", "on") for _, _, via in out))  # troops are
        #                                                                               stationed in Mali": Mali)
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("them", "it")), None)
    if not out and not passive and verb.dep_ == "conj" and pronoun is not None:   # "Japan controls the islands,
        firsts = [c for c in verb.head.children if c.dep_ == "dobj"]              # but China also claims them"
        out.extend((m, conf * 0.85, "") for c in firsts if _plural(c) == (pronoun.lower_ == "them")
                   and not any(d.dep_ == "conj" and getattr(index.by_token.get(d.i), "type", "") not in REFERRED_THINGS
                               for d in c.children)       # ("the system and the United States bought it": a misparse)
                   for m, conf in index.args(c) if m.type in REFERRED_THINGS)
    relcl = verb
    while relcl.dep_ in ("xcomp", "conj") and relcl.head != relcl:
        relcl = relcl.head
    if relcl.dep_ == "relcl" and not out:                 # "the weapons Tokyo aims to acquire"
        wh = [c for c in relcl.children if c.lower_ in ("which", "that", "who")]
        takes_head = (passive and any(c.dep_ in PASS_SUBJ for c in wh)) or \
                     (not passive and all(c.dep_ == "dobj" for c in wh) and
                      (any(c.dep_ in SUBJ for c in relcl.children) or _compound_subject(relcl)))
        head = _agreeing_head(relcl)    # ("the island that Beijing claims": "that" is the object)
        heads = [head]
        if head.i not in index.by_token and head.dep_ == "attr" and head.head.lemma_ == "be":
            heads = [c for c in head.head.children if c.dep_ in SUBJ] or heads   # "Taiwan is an island that ..."
        elif head.i not in index.by_token and head.dep_ == "appos":
            heads = [head.head]                                                  # "Taiwan, an island that ..."
        elif head.i not in index.by_token and head.pos_ == "NOUN":
            heads = [c for c in head.children if c.dep_ == "compound" and c.i in index.by_token] or heads
            #        ^ "the Crimea peninsula, which Moscow seized in 2014"
        sea = index.by_token.get(head.i)
        if sea is not None and sea.type == "WaterBody" and relcl.lemma_.lower() in HELD_AS_OWN and \
                sea.token_start >= 2:        # "the Senkaku Islands in the East China Sea, which Beijing claims":
            k = sea.token_start - (index.doc[sea.token_start - 1].lower_ == "the")     # the islands, whatever the
            isle = index.by_token.get(k - 2) if index.doc[k - 1].lower_ in ("in", "off") else None   # parser says
            heads = [index.doc[isle.token_end - 1]] if isle is not None and isle.type == "Island" and \
                isle.token_end == k - 1 else heads
        if takes_head:
            out.extend((m, conf * 0.9, "") for h in heads for m, conf in index.args(h)
                       if m.token_start <= relcl.right_edge.i)    # "the Paracel Islands, which China has controlled
            #                          since 1974, and parts of the Spratly Islands": not the conjuncts after the clause
    return out


HELD_AS_OWN = {"claim", "control", "administer", "occupy"}


def _weapons_joined_to_sellers(obj: Token, index: DocIndex) -> list[Mention]:
    """"ordered Abrams tanks and HIMARS launchers from Washington and K2 tanks from South Korea": the parser
    joins the second weapon to the first one's seller; it is an object of the verb all the same. The "from" may hang
    on the verb: "bought K2 tanks from South Korea and HIMARS launchers from the United States"."""
    hosts = (obj, *obj.conjuncts, *([obj.head] if obj.dep_ == "dobj" else []))
    return [m for t in hosts for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for p in prep.children if p.dep_ == "pobj" for d in p.conjuncts if d.i > p.i
            for m in (index.by_token.get(d.i),) if m is not None and m.type == "Weapon"]


HOSTING = {"receive", "host", "welcome", "greet", "meet"}


def _visiting(verb: Token) -> list[Token]:
    """The "visiting" the parser hangs a host's guest on ("received visiting Chinese Premier Li Qiang in Hanoi")."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.lower_ == "visiting" and
            verb.lemma_.lower() in HOSTING and not any(d.dep_ == "dobj" for d in verb.children)]


def _plural(tok: Token) -> bool:
    """"Senkaku Islands", "F-35s", "the Paracels and the Spratlys": more than one (the tagger's NNP aside)."""
    return tok.tag_ in ("NNS", "NNPS") or tok.morph.get("Number") == ["Plur"] or tok.lower_.endswith("s") or \
        any(d.dep_ == "conj" for d in tok.children)


REFERRED_THINGS = {"Island", "Region", "Place", "WaterBody", "City", "Weapon"}   # what a later "it"/"them" is taken
#                                                      for (not a state: "invaded Ukraine, and the US sanctioned it")


def _agreeing_head(relcl: Token) -> Token:
    """The noun a relative clause is about: its head, or, when a plural verb follows a singular head, the plural
    noun the head's phrase hangs from ("NATO's biggest exercises since the end of the Cold War, which are being
    held in Norway": the exercises)."""
    head = relcl.head
    plural = any(t.lower_ in ("are", "were") or t.tag_ == "VBP" for t in (relcl, *relcl.children)
                 if t is relcl or t.dep_ in ("aux", "auxpass"))
    if not plural or head.tag_ not in ("NN", "NNP"):
        return head
    up = head
    for _ in range(4):
        if up.dep_ != "pobj" or up.head.dep_ != "prep":
            return head
        up = up.head.head
        if up.tag_ in ("NNS", "NNPS"):
            return up
        if up.pos_ in ("VERB", "AUX"):      # "observe [the exercises] [since the end of the Cold War]"
            return next((c for c in up.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and
                         c.tag_ in ("NNS", "NNPS") and c.i < relcl.i), head)
    return head


def _possessed(tok: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """"North Korea's missiles": the possessor of a noun that names no entity itself."""
    if tok.i in index.by_token:
        return []
    return [(m, c * 0.8) for p in tok.children if p.dep_ == "poss" for m, c in index.args(p)]


def verb_above(tok: Token) -> Token:
    """The verb of the clause a token is in (or the root of a verbless sentence)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


def _clause_verb(tok: Token) -> Token:
    t = verb_above(tok)
    if t.dep_ == "xcomp":       # "agreed to modernize": the clause is the controlling verb's
        t = t.head
    return t


FUTURE_HEADS = {"be", "plan", "schedule", "expect", "set", "due", "slate"}


def _future(verb: Token) -> bool:
    """"will meet", "are to meet", "is scheduled to meet", "a plan to meet", "will fly to Tokyo to meet": an event
    still ahead (not "flew to Tokyo to meet", "agreed to meet")."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and (verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in FUTURE_HEADS or _future(verb.head)) or
                           verb.dep_ == "advcl" and _future(verb.head) or    # "will travel to Washington to meet"
                           verb.dep_ == "acl" and verb.head.lemma_.lower() in PLAN_NOUNS and
                           not (verb.head.dep_ == "pobj" and verb.head.head.lower_ == "in"))


PLAN_NOUNS = {"plan", "proposal", "offer", "invitation", "agreement", "idea", "call", "request", "intention"}
#   "called off a plan to hold a meeting", "an invitation to visit Riyadh" (not "flew to Manila in an effort to meet",
#   "followed through on his promise to visit Kyiv")

def verb_lemma(tok: Token, table: dict[str, Any]) -> str | None:
    """The rule key for a verb: its lemma, or a stem of its form when the lemmatizer slips
    ("installed" -> "instal")."""
    lemma = tok.lemma_.lower()
    if lemma in table:
        return lemma
    lower = tok.lower_
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                         ("es", ""), ("s", ""), ("d", "")):
        if lower.endswith(suffix) and lower[: -len(suffix)] + repl in table:
            return lower[: -len(suffix)] + repl
    for suffix in ("ed", "ing"):            # "reflagged", "reflagging": a doubled final consonant
        stem = lower[: -len(suffix)]
        if lower.endswith(suffix) and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in table:
            return stem[:-1]
    return None


DEAL_VERBS = {"reach", "strike", "clinch", "finalize", "finalise"}      # a deal made like a signed one
WINNING_VERBS = {"win", "secure", "land", "bag"}                       # "Hanwha secured a contract with Australia"


WISH_VERBS = {"hope", "want", "wish", "seek", "try", "aim", "urge", "invite", "ask", "request", "refuse", "decline",
              "fail", "plan", "consider", "threaten", "expect", "offer", "propose"}


WISH_TABLE = dict.fromkeys(WISH_VERBS)


# "prevented ... from signing", "hopes of concluding", "has no intention of stationing"
HINDERED = {"prevent", "bar", "stop", "block", "keep", "hope", "hopes", "prospect", "prospects", "chance", "chances",
            "plan", "plans", "talk", "talks", "effort", "efforts", "aim", "intention", "intent", "idea"}


def _negated_or_wished(verb: Token) -> bool:
    """"Vietnam did not participate", "India hopes to participate", "urged Manila not to join", "has
    prevented the two countries from signing", "Japanese hopes of quickly concluding a peace treaty", "Japan has
    no peace treaty with Russia", "no longer belongs to"."""
    return _negated(verb) or _called_off(verb) or \
        any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children) or \
        (verb.dep_ in ("xcomp", "ccomp") and verb_lemma(verb.head, WISH_TABLE) is not None) or \
        (verb.dep_ == "pcomp" and verb.head.lower_ in ("from", "of", "on", "toward", "towards") and
         (verb.head.head.lemma_.lower() in HINDERED or verb.head.head.lower_ in HINDERED)) or \
        (verb.dep_ == "pcomp" and verb.head.lower_ == "against")     # "warned Japan against deploying missiles"


def _called_off(verb: Token) -> bool:
    """"rejected calls to station troops in Lithuania", "a plan to deploy the regiment to Okinawa was dropped",
    "Tokyo scrapped plans to deploy Aegis Ashore": a proposal turned down, not a thing done (not "approved a
    plan to station the regiment on Okinawa")."""
    noun = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    planned = verb.dep_ == "relcl" and noun.lemma_.lower() in PLAN_NOUNS   # "a plan under which it would deploy"
    if verb.dep_ not in ("acl", "relcl") or not (infinitive or planned) or \
            noun.dep_ not in ("dobj", "nsubjpass") or \
            noun.lemma_.lower() not in DECISIONS | PROPOSALS | PLAN_NOUNS or \
            any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):   # (not "rejected Seoul's decision
        return False                                                           # to deploy THAAD": Seoul's own)
    turned = noun.head
    return turned.lemma_.lower() in CANCELLED or \
        (turned.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in turned.children))


def _denied(verb: Token) -> bool:
    """"did not develop", "has never claimed", "no longer controls": the verb itself is negated (not "did not
    test the missile until 2012", "does not merely claim the islands": done, at last or and more)."""
    if any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children) or \
            any(c.dep_ == "advmod" and c.lower_ in ("merely", "just", "only", "simply") for c in verb.children):
        return False
    return _negated(verb) or _falsely_reported(verb)


REPORT_NOUNS = {"report", "rumour", "rumor", "claim", "allegation", "speculation", "suggestion", "story"}
DISMISSING = {"deny", "dismiss", "reject", "refute", "debunk", "rebut", "dispute"}
FALSE_WORDS = {"false", "untrue", "baseless", "groundless", "unfounded", "wrong", "inaccurate", "fake", "incorrect"}


def _falsely_reported(verb: Token) -> bool:
    """"Seoul denied reports that it planned to export K2 tanks", "Reports that Egypt would buy Su-35s were false":
    the content of a report that is denied or called false."""
    while verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    report = verb.head
    if verb.dep_ not in ("acl", "relcl", "ccomp") or report.lemma_.lower() not in REPORT_NOUNS or \
            not any(c.lower_ == "that" and c.dep_ == "mark" for c in verb.children):
        return False
    governor = report.head
    return (report.dep_ in ("dobj", "nsubjpass") and governor.lemma_.lower() in DISMISSING and
            not any(c.dep_ == "neg" for c in governor.children)) or \
        (report.dep_ == "nsubj" and governor.lemma_ == "be" and
         any(c.dep_ in ("acomp", "attr") and c.lower_ in FALSE_WORDS for c in governor.children))


def _negated(verb: Token) -> bool:
    """"not", "never" or "no longer" on the verb itself."""
    return any(c.dep_ == "neg" or _no_longer(c) for c in verb.children)


def _conditional(verb: Token) -> bool:
    """"If KAI signs a deal ...", "Did KAI sign ...?": a clause that says nothing happened."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children) or \
        verb.sent[-1].text == "?"


def _no_longer(adv: Token) -> bool:
    """"no longer belongs", "is no longer a unit of" (not "stayed no longer than six months", "is stationed in
    Poland, no longer in Germany": a length, or a contrast with another place)."""
    return adv.lower_ == "longer" and any(d.lower_ == "no" for d in adv.children) and \
        not any(d.dep_ == "prep" for d in adv.children)


def _refused(verb: Token) -> bool:
    """"Japan did not take part", "India declined to take part", "refused to join", "has ruled out sending
    F-16s", "scrapped plans to deploy", "has no plans to buy", "is reluctant to send", "denied that it supplied":
    not done; nor "could join", "might participate", "is considering joining", only possible (unlike "is expected
    to take part", which news counts as taking part; and "did not hesitate to join" is joining)."""
    head = verb.head
    if any(c.dep_ == "neg" for c in verb.children) or _called_off(verb):
        return True
    if _possible(verb) or \
            verb.dep_ in ("xcomp", "pcomp") and verb.tag_ == "VBG" and head.lemma_.lower() in WEIGHING:
        return True
    if verb.dep_ == "ccomp" and head.lemma_.lower() == "deny":
        return True
    if verb.dep_ in ("acl", "relcl") and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return True
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in ENABLING and \
            (_unasserted(head) or _future(head) or any(c.dep_ == "aux" and c.lower_ in ("to", "would")
                                                       for c in head.children)):
        return True               # "the pact would allow Japanese troops to take part": not (yet) done
    if verb.dep_ not in ("xcomp", "pcomp", "advcl") or verb.tag_ not in ("VB", "VBG") or \
            verb.dep_ == "advcl" and not any(c.dep_ in ("aux", "mark") for c in verb.children) and \
            verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
        return False              # ("Russia rejected the ultimatum, deploying more troops": done, beside the refusal)
    negated = any(c.dep_ == "neg" for c in head.children)
    lemma = head.lemma_.lower()
    if lemma in ("hesitate", "wait") or lemma in RELUCTANT:     # ("did not wait to deploy": deployed)
        return not negated
    return negated or lemma in REFUSAL_VERBS | OFFERS or (lemma == "rule" and any(c.lower_ == "out" for c in head.children))


def _hedged(verb: Token) -> bool:
    """"Russia could capture Pokrovsk", "Germany may opt for", "launched an offensive to take Kharkiv", "vowed to
    liberate Crimea", "claims to have captured": a possibility, an aim or a claim, not a thing done ("will" is left
    to the rule: "will buy F-35s" is news of a purchase, "will hand over the islands" not yet a fact)."""
    return _unasserted(verb) or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _unasserted(verb: Token) -> bool:
    """"did not sign", "hopes to sign", "may sign", "if Pakistan signs the deal": a verb that says nothing was done."""
    return _negated_or_wished(verb) or _modal(verb) or _conditional(verb)


PLANNED = {"upcoming", "planned", "proposed", "scheduled", "expected", "future", "next", "forthcoming"}
CALLED_FOR = {"call", "propose", "suggest", "seek", "demand", "request", "want", "push", "press", "urge", "plan",
              "schedule", "postpone", "delay"}


def unhappened(noun: Token, verb: Token | None = None) -> bool:
    """A meeting that has not taken place: "an upcoming meeting", "Talks between A and B were cancelled", "will
    take place", "could take place", "A called for talks between B and C", "A meeting ... is planned for May"."""
    if any(c.lower_ in PLANNED for c in noun.children):
        return True
    if verb is None:
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    argument = noun.head == verb and noun.dep_ in ("dobj", "nsubj", "nsubjpass") or \
        noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on") and noun.head.head == verb
    #          ^ the meeting is what the verb is about (not "In a meeting with A, B called the talks productive")
    return _future(verb) or _negated_or_wished(verb) or _modal(verb) or _refused(verb) or \
        argument and (verb.lemma_.lower() in UNDONE | SCHEDULED | CALLED_FOR | SHELVED or
                      any(c.dep_ == "acomp" for c in verb.children) or
                      any(c.dep_ == "prt" and c.lower_ in ("off", "through", "out") for c in verb.children) or
                      any(c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "hold" for p in c.children)
                          for c in verb.children))
    #   ("are needed", "were necessary", "were shelved", "fell through", "were called off", "put on hold")


SHELVED = {"shelve", "abandon", "need", "require", "drop", "scrap", "postpone", "delay", "rule", "put", "hope"}


MODALS = {"could", "would", "may", "might", "can", "should", "must"}


def behalf_of(tok: Token) -> tuple[Token, int] | None:
    """For the "behalf" of "on behalf of [the] X": the verb the phrase hangs from and the index of X's first word."""
    doc = tok.doc
    if tok.lower_ != "behalf" or tok.i < 1 or tok.i + 2 >= len(doc) or doc[tok.i - 1].lower_ != "on" or \
            doc[tok.i + 1].lower_ != "of":
        return None
    return verb_above(doc[tok.i - 1].head), tok.i + 2 + (doc[tok.i + 2].lower_ == "the")


def _modal(verb: Token) -> bool:
    """"may upgrade", "might discuss", "could hold talks" (not "flew to Delhi to hold talks")."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
POSSIBLE = {"could", "might", "may"}      # "could join": only possible


def _possible(verb: Token) -> bool:
    """"could send", "might deploy", "may settle": only possible."""
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in verb.children)
OFFERS = {"offer", "propose"}        # "France has offered to sell Rafale jets to Serbia": not (yet) sold
WEIGHING = {"consider", "mull", "weigh", "contemplate", "discuss", "explore", "study"}   # "is considering joining"
REFUSAL_VERBS = {"refuse", "decline", "fail", "reject", "block", "veto", "halt", "suspend", "freeze", "deny"}
RELUCTANT = {"hesitant", "reluctant", "unwilling", "unable"}     # "Germany has been hesitant to send Taurus missiles"
ENABLING = {"allow", "enable", "permit", "let"}                  # "the pact would allow troops to take part"


NEGOTIATION = {"talk", "talks", "negotiation", "negotiations", "push", "bid", "effort", "efforts", "hope", "hopes",
               "proposal", "draft", "plan"}


def _negotiated(tok: Token) -> bool:
    """"talks on a ceasefire agreement between A and B": an agreement not (yet) made."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for", "over", "toward", "towards", "about") and \
        (tok.head.head.lemma_.lower() in NEGOTIATION or tok.head.head.lower_ in NEGOTIATION)


def between_parties(tok: Token, index: DocIndex, types: tuple[str, ...]) -> list[Mention]:
    """The parties of these types an agreement or a war is "between" ("between Japan and Britain", "the pact
    signed between Greece and France"), once each."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in SIGNING_VERBS | {"reach", "strike"})]
    return list(dict.fromkeys(m for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "between"
                              for p in prep.children if p.dep_ == "pobj" for m, _ in index.args(p) if m.type in types))
