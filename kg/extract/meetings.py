"""Facts about meetings and exercises, named or made up: who took part (the people of the clause that
names one, "on the sidelines of", "met their Indian counterparts"), where it was held (a place in the
sentence, a visit's destination, the story's dateline) and on what day.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from ..lexicon import load_lexicon, strip_the
from ..types import Literal_, Mention
from . import dates
from .clauses import (SIGNING_VERBS, _agreeing_head, _clause_verb, _future, _modal, _negated_or_wished, _objects,
                      _subjects, _visiting, verb_above)
from .docindex import DASHES, LISTED_NOUNS, PASS_SUBJ, PERSONNEL_NOUNS, SUBJ, DocIndex, MentionFact, _coordinated_demonyms
from .nominal import STATE, _state_mention
from .posts import MEETING_WORDS, _counterparts, dateline
from .entities import CAPITAL_NOUNS
from .unnamed import INVOLVING, SIDELINES, VENUES, _event_states

T = TypeVar("T")


def _sidelines_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"met Ng on the sidelines of the dialogue", "when the pair met on the margins of a G20 summit":
    the people who met there took part in the meeting."""
    for tok in doc:
        if tok.lemma_.lower() not in SIDELINES or tok.dep_ != "pobj":
            continue
        meeting = next((m for of in tok.children if of.lower_ == "of" for p in of.children
                        for m, _ in [index.mention(p)] if m is not None and m.type in ("Meeting", "Event")), None)
        verb = tok.head.head
        if meeting is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects, passive = _subjects(verb, index)
        people = [m for m, *_ in (*subjects, *_objects(verb, index, passive, {"with", "on"}))
                  if m.type in ("Person", "Minister")]
        for p in dict.fromkeys(people):
            yield MentionFact(p, "participatedIn", meeting, index.evidence(tok.sent, "meeting:sidelines", 0.65))


LEAD_CHARS = 400             # how much of the dateline's paragraph is the lead, where the day's meeting is
STORY_CHARS = 1500           # how far from the dateline a meeting the text describes is the day's news


def _meeting_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """Who took part in a meeting, where and when, from the sentences that name it."""
    yield from _sidelines_facts(doc, index)
    for meeting in index.detached:
        sent = doc[meeting.token_start].sent
        for p in index.participants[id(meeting)]:
            yield MentionFact(p, "participatedIn", meeting, index.evidence(sent, "meeting:participant", 0.7))
        for place in index.venues.get(id(meeting), ()):
            yield MentionFact(meeting, "heldIn", place, index.evidence(sent, meeting.rule, 0.7))
    for host, guest, talks in index.met:          # "Sato held talks with Mensah"
        yield MentionFact(host, "metWith", guest, index.evidence(doc[talks.token_start].sent, "meeting:held-with", 0.7))
    filed = dateline(doc, index)
    filed = filed if filed is not None and filed.type == "City" else None
    lead = range(0)                               # the dateline's first sentence or two
    if filed is not None:
        end = doc.text.find("\n", filed.start)
        lead = range(filed.start, min(len(doc.text) if end < 0 else end, filed.start + LEAD_CHARS))
    placed: set[str] = set()
    in_lead: list[tuple[Mention, Span]] = []
    for sent in doc.sents:
        meetings: list[tuple[Mention, Token]] = []
        for tok in sent:
            m, conf = index.mention(tok)
            if m is not None and m.type in ("Meeting", "Event") and \
                    (tok.i == m.token_end - 1 or conf < 1.0 or not m.token_start <= tok.i < m.token_end):
                if all(m is not x or verb_above(t) != verb_above(tok) for x, t in meetings):   # (once a clause: "described
                    #    the exercise as strategic, stating troops are taking part in the drill, conducted on ...")
                    if tok.like_num and tok.dep_ == "nummod" and m.token_start <= tok.head.i < m.token_end:
                        tok = tok.head             # "during Balikatan 24 on Batan Island": the name, not its year
                    meetings.append((m, tok))
        for k, (meeting, tok) in enumerate(meetings):
            again = any(x is meeting for x, _ in meetings[:k])    # named again: its place and day only (not
            anchor = verb_above(tok)                                   # "who directed the exercise, praised the drills")
            before = tok.dep_ == "pobj" and (tok.head.lower_ in BEFORE_PREPS or tok.head.head.lower_ in BEFORE_PREPS or
                                             tok.head.lower_ == "of" and tok.head.head.lower_ in AROUND_NOUNS)
            scope = [t for t in anchor.subtree] if not before else []   # "Shortly before the ceremony, X said"
            timed = before and anchor.lemma_.lower() not in MOTION_VERBS | ARRIVED_AT | GATHERING_VERBS and \
                not any(t.lower_ == "there" for t in anchor.subtree)
            clause = tok if timed or tok.dep_ == "pobj" and tok.head.lower_ in SINCE_PREPS else anchor
            #        ^ a meeting named to tell the time ("Ahead of the summit, A met B in Berlin on Friday"): the
            #          clause's place and day are not its (but "arrived in Vilnius ahead of the NATO summit")
            participants: list[Mention] = []
            for t in scope:
                pm = index.by_token.get(t.i)
                if pm is None and t.lower_ in ("he", "she"):        # "Blinken pauses as he speaks during the
                    pm = index.mention(t)[0]                        # conference": the person the pronoun is
                    if pm is None or pm.type not in ("Person", "Minister") or pm in participants:
                        continue
                    if _clause_verb(t) in (anchor, *anchor.conjuncts) and _takes_part(anchor):
                        participants.append(pm)
                    continue
                if pm is None or pm.type not in ("Person", "Minister") or pm in participants:
                    continue
                if t.i != doc[pm.token_start:pm.token_end].root.i:
                    continue
                if _clause_verb(t) in (anchor, *anchor.conjuncts) and _has_role(t) and _takes_part(anchor):
                    participants.append(pm)     # (not "Ivanov skipped the summit", "was not invited to")
            if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head == anchor:   # "Paratroopers from A
                participants += [m for s in anchor.children if s.dep_ in SUBJ            # and B ... at Garuda Shield"
                                 for m, _ in index.args(s) if m.type in STATE and m not in participants]
            if tok.dep_ == "pobj" and tok.head.lower_ == "during" and tok.head.head == anchor and \
                    meeting.type == "Meeting" and anchor.lemma_.lower() in DELIBERATING and not _negated_or_wished(anchor) \
                    and not _modal(anchor):
                together = [m for s in anchor.children if s.dep_ in SUBJ for m, _ in index.args(s) if m.type == "Country"]
                if len({m.key or m.text for m in together}) >= 2:      # "India and Japan reviewed ties during the
                    participants += [m for m in together if m not in participants]   # dialogue" (not "China stressed
                    #                                                    its opposition during the G7 Summit")
            named = doc[meeting.token_start:meeting.token_end].root if meeting.token_start <= tok.i < meeting.token_end else tok
            listed = named.head.head if named.dep_ == "pobj" and named.head.lower_ in ("in", "of", "at", "for") else None
            if listed is not None and listed.lemma_.lower() in LISTED_NOUNS | ATTENDEES and listed.tag_ == "NNS" and \
                    listed.dep_ in SUBJ and \
                    listed.head.lemma_.lower() in ("include", "be", "comprise"):     # "Participating nations in
                participants += [m for o in listed.head.children if o.dep_ in ("dobj", "attr")   # RIMPAC include A, B"
                                 for m, _ in index.args(o) if m.type in PARTICIPANTS and m not in participants]
            participants += [m for t in scope if t.lemma_.lower() == "participation" for of in t.children
                             if of.dep_ == "prep" and of.lower_ in ("of", "from") for p in of.children
                             #  ^ "with the participation of A, B", "with participation from A and B"
                             for m, _ in index.args(p) if m.type in PARTICIPANTS and m not in participants]
            if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and tok.head.head == anchor:
                participants += [m for s in anchor.children if s.dep_ in SUBJ and s.lower_ in PERSONNEL_NOUNS
                                 for m, _ in index.args(s) if m.type == "MilitaryUnit" and m not in participants]
                # ^ "Soldiers of the Japan Ground Self-Defense Force launch a missile ... during exercise Talisman Sabre"
            if anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and not any(c.dep_ in SUBJ for c in anchor.children):
                participants += [m for s in anchor.head.children if s.dep_ in SUBJ      # "Speaking at the forum,
                                 for m, _ in index.args(s) if m.type in ("Person", "Minister")   # Wang Yi said"
                                 and m not in participants]
            participants += [p for p in index.participants.get(id(meeting), ()) if p not in participants]
            noun = tok                      # "the 2+2 ministerial meeting between India and the United States"
            for _ in range(4):
                if noun.dep_ not in ("compound", "nmod", "amod", "nummod", "prep") or noun.head.i == noun.i \
                        or noun.head.pos_ not in ("NOUN", "PROPN", "NUM"):
                    break
                noun = noun.head
            participants += [m for m in _parties_after(noun, named, meeting, index) if m not in participants]
            if meeting.type == "Event" and meeting.rule != "event:named-elsewhere":   # "the annual U.S.-Philippine
                participants += [m for m in _event_states(noun, index, named=True) if m not in participants]   # Balikatan drills"
            participants += [m for m in _modifier_states(meeting, index) if m not in participants]
            participants += [m for m in name_states(meeting, index) if m not in participants]
            attended = "meeting:planned-participant" if meeting.rule == "meeting:planned" else "meeting:participant"
            for p in [] if again else participants:     # (one still to come: its people have not met yet)
                yield MentionFact(p, "participatedIn", meeting, index.evidence(sent, attended, 0.7))
            for place in index.venues.get(id(meeting), ()):          # "visit to Pakistan"
                placed.add(meeting.key or meeting.text)
                if sent.start_char <= place.start < sent.end_char:     # (the sentence that says where)
                    yield MentionFact(meeting, "heldIn", place, index.evidence(sent, meeting.rule, 0.7))
            if anchor.lemma_.lower() in SEQUENCE_VERBS and tok.dep_ in SUBJ:
                continue            # "The meeting follows a summit in Abuja on Friday": the summit's place and day
            up = [tok]                      # the name and the noun it modifies ("Bright Star 23 military exercise")
            while len(up) < 4 and up[-1].dep_ in ("compound", "nmod", "nummod", "amod") and up[-1].head != up[-1]:
                up.append(up[-1].head)
            held = [a for t in up for a in t.children if a.dep_ == "acl" and a.lemma_.lower() in HELD_VERBS]
            held += [a for a in anchor.children if a.dep_ == "advcl" and a.tag_ == "VBN" and a.i >= 2 and
                     a.lemma_.lower() in HELD_VERBS and doc[a.i - 1].text == "," and
                     (doc[a.i - 2] in up or meeting.token_end == a.i - 1)]
            #         ^ "taking part in Zapad 2021, conducted on Russian and Belarusian territory"
            war = meeting.text.split()[-1].lower() in WARS and meeting.text.split()[0] not in ("Exercise", "Operation")
            if again and not (tok.dep_ in PASS_SUBJ and tok.head == anchor and anchor.lemma_.lower() in HELD_VERBS
                              and not any(c.dep_ == "neg" for c in anchor.children)):
                clause = None      # named again: only what its own "conducted on ..." clause says, or a clause that
                #                    says it was held ("said the exercise was conducted in northern Norway"); not
                #                    "attended the summit, then flew to Helsinki after the summit ended", "after the
                #                    summit in Sydney was cancelled", "since the exercise began in 1990 in Tallinn"
            for place, conf in [] if war else _else_held(    # held nowhere: "the biggest exercises since the Cold War
                    #                                          in Norway" (not "Exercise Steel Revolution")
                    lambda a, t: _meeting_places(a, t, index, meeting.type == "Event"), clause, tok, held):
                placed.add(meeting.key or meeting.text)
                yield MentionFact(meeting, "heldIn", place, index.evidence(sent, "meeting:place", conf))
            if tok.idx in lead and meeting.type == "Meeting" and meeting.rule != "meeting:planned":
                in_lead.append((meeting, tok))
            named_year = re.search(r"\b(19|20)\d\d$", meeting.text)        # "RIMPAC 2016" (not "Vision 2030 summit")
            for when in _else_held(lambda a, t: _meeting_dates(a, t, sent, index), clause, tok, held):
                if named_year and isinstance(when, dates.MonthDay):
                    when = when.in_year(int(named_year.group(0)))      # "RIMPAC 2016 ends on Aug. 4"
                if when is None or named_year and when.year != int(named_year.group(0)):
                    continue                 # "RIMPAC 2016 began Thursday" in a story kg dates 2023
                yield MentionFact(meeting, "date", Literal_(when.isoformat(), _datatype(when)),
                                  index.evidence(sent, "meeting:date", 0.75))
    if filed is not None:                  # "ISLAMABAD: ... after they had a one-on-one meeting": the day's
        in_lead += [(m, doc[m.token_end - 1]) for m in index.mentions       # meetings kg made up
                    if m.rule in ("meeting:unnamed", "meeting:verb") and m.start - filed.start < STORY_CHARS]
    for meeting, tok in in_lead:          # "New Delhi, Nov 10 (EFE).- The 2+2 meeting ... kicked off on Friday"
        if (meeting.key or meeting.text) not in placed and not _told_elsewhere(tok, filed, index) and \
                not _states_abroad(meeting, filed, index):
            placed.add(meeting.key or meeting.text)
            yield MentionFact(meeting, "heldIn", filed, index.evidence(tok.sent, "meeting:dateline", 0.55))


def _states_abroad(meeting: Mention, filed: Mention, index: DocIndex) -> bool:
    """A meeting kg made up of states alone, none of them the dateline capital's ("MOSCOW (AA) - ... at the
    Armenia-Azerbaijan commission's Friday meeting"): the bureau's city, not where they met."""
    people = index.participants.get(id(meeting), [])
    home = filed.key.removeprefix("capital:") if filed.key.startswith("capital:") else ""
    return meeting.rule in ("meeting:unnamed", "meeting:verb") and bool(people) and bool(home) and \
        all(p.type == "Country" for p in people) and \
        home not in {p.key for p in people}


def _told_elsewhere(tok: Token, filed: Mention, index: DocIndex) -> bool:
    """A meeting in the lead told of somewhere else: another city its own clause has it in or at ("hosted them for
    talks in Washington"), a city someone in the sentence visits or travels to ("SEOUL - Yoon, on a visit to Tokyo,
    met Kishida"), or a year its clause has it in ("TOKYO - Seoul and Tokyo signed GSOMIA in 2016"); not a city or
    year said of something else ("who flew in from Tokyo", "ahead of next week's summit in Washington", "their
    first talks since 2022")."""
    anchor = verb_above(tok)
    heads = [anchor, tok, *(c for c in anchor.children if c.dep_ == "dobj")]
    heads += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
              if p.dep_ == "pobj" and p.lemma_.lower() in MEETING_WORDS | {"talk", "consultation"}]
    objects = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "to")
               for p in c.children if p.dep_ == "pobj"]
    for t in tok.sent:                   # "visited Tokyo", "on a visit to Tokyo", "arrived in Beijing and met"
        if t.lemma_.lower() in TRAVEL_WORDS:
            objects += [c for c in t.children if c.dep_ in ("dobj", "npadvmod") and t.pos_ == "VERB"]
            objects += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                        for p in c.children if p.dep_ == "pobj"]
    for p in objects:
        m = index.by_token.get(p.i)
        if m is not None and m.type in ("City", "Place") and (m.key or m.text) != (filed.key or filed.text):
            return True
        if p.ent_type_ == "DATE" and dates.YEAR.fullmatch(p.text) and p.head.lower_ == "in" and p.head.head in heads:
            return True
    return False


MODIFIER_WORDS = {"the", "a", "an", "this", "last", "annual", "bilateral", "trilateral", "joint", "combined", "first",
                  "inaugural", "latest", "and", ",", "-", "–", "naval", "military", "air", "ground", "forces", "force",
                  "maritime", "army", "navy", "multinational", "large-scale", "major", "regular", "new", "second",
                  "third", "fourth", "fifth", "biennial", "defense", "defence", "security", "ministerial", "foreign",
                  "exercise", "exercises", "drill", "drills"}         # "... exercise Salaknib 2024"
HOST_WORDS = {"led", "hosted", "organised", "organized", "run"}     # "the Norwegian-led exercise" (not "Taiwan-focused")


def _parties_after(noun: Token, named: Token, meeting: Mention, index: DocIndex) -> list[Mention]:
    """Who takes part, written after the meeting's noun or name: "the meeting between India and the United
    States", "Exercise Condor Shield, involving troops from Chile and Peru", "the exercises of the Kazakh and
    Uzbek armed forces", "a meeting of the defence ministers of Chile and Peru"."""
    found: list[Mention] = []
    for head in dict.fromkeys((noun, named)):
        for c in head.children:
            if not (c.dep_ == "prep" and c.lower_ in MEETING_PARTIES or
                    c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in INVOLVING or
                    c.dep_ == "prep" and c.lower_ == "of" and head.lemma_.lower() in GATHERING_NOUNS):
                continue
            for p in c.children:
                if c.dep_ != "prep" and p.dep_ != "dobj":
                    continue
                for m, _ in index.args(p):
                    for x in (m, *_coordinated_demonyms(m, index)):
                        if x.type in PARTICIPANTS and x not in found and x is not meeting:
                            found.append(x)
    return found


GATHERING_NOUNS = {"exercise", "drill", "maneuver", "manoeuvre", "wargame", "meeting", "summit", "talk", "conference"}


def _modifier_states(meeting: Mention, index: DocIndex) -> list[Mention]:
    """The states written before a meeting's or an exercise's name: "the annual U.S.-Thai Cobra Gold
    exercise", "the bilateral U.S.-Philippine ground forces exercise Salaknib 2024", "the Norwegian-led
    Cold Response", "the Japan-U.S. 2+2": they took part. Read leftwards over the words such a run is
    made of; a state joined to another word by a hyphen ("Taiwan-focused", "U.S.-made") is not one."""
    doc = index.doc
    found: list[Mention] = []
    first = doc[meeting.token_start]
    if first.pos_ not in ("NOUN", "PROPN", "NUM", "X") and not (first.pos_ == "ADJ" and first.is_title):
        return found                           # "Lai, the commander of Taiwanese forces, visited"
    i = meeting.token_start - 1
    while i >= 0:
        tok = doc[i]
        m = index.by_token.get(i)
        if tok.lower_ in (",", "and") and (i == 0 or getattr(index.by_token.get(i - 1), "type", "") != "Country" or
                                           getattr(index.by_token.get(i + 1), "type", "") != "Country"):
            break                              # a list of states, not "After talks with China, the G7 summit"
        if m is not None and m.type == "Country":
            after = doc[m.token_end] if m.token_end < len(doc) else None
            word = doc[m.token_end + 1] if m.token_end + 1 < len(doc) else None
            joined = after is not None and after.text in ("-", "–") and not after.whitespace_ and \
                word is not None and word.is_lower
            if not joined or word.lower_ in HOST_WORDS:
                found.append(m)
            i = m.token_start - 1
            continue
        if tok.text in ("'s", "’s") and i == meeting.token_start - 1:
            i -= 1                             # "Russia's Vostok-2022 exercise": the host's own
            continue
        if tok.lower_ not in MODIFIER_WORDS and not (tok.is_lower and tok.lower_ in HOST_WORDS) or tok.is_sent_start:
            break
        i -= 1
    return found[::-1]


def name_states(m: Mention, index: DocIndex) -> list[Mention]:
    """The states a name opens with, joined by hyphens: "the Pakistan-China Strategic Dialogue", "the
    India-Japan Defence Dialogue", "the South Korea-U.S. Freedom Shield" (not "the Shangri-La Dialogue")."""
    if m.rule.startswith(("meeting:", "event:")) or m.key.startswith("participants:"):
        return []                              # made up by kg, its name is its participants already
    table = load_lexicon().country_by_surface()
    words = strip_the(m.text).split()
    if {w.lower() for w in words} & TOPIC_WORDS:
        return []                              # "the Russia-Ukraine Peace Summit": what it is about
    for n in (3, 2, 1):
        parts = [p.strip() for p in re.split(r"[-–]", " ".join(words[:n]))]
        if len(words) > n and len(parts) > 1 and all(table.get(p) for p in parts):
            named = {table[p]: p for p in reversed(parts)}          # one per state, as first written
            return [_state_mention(m, k, p, index) for k, p in reversed(named.items())] if len(named) > 1 else []
    return []


TOPIC_WORDS = {"peace", "ceasefire", "war", "conflict", "crisis", "border", "reconciliation"}


ATTENDEES = {"participant", "attendee", "delegation"}      # (plural: "Participating nations in RIMPAC include")
DELIBERATING = {"discuss", "review", "agree", "reaffirm", "affirm", "reiterate", "exchange", "adopt", "pledge", "commit",
                "vow", "underline", "underscore", "stress", "welcome", "explore", "assess", "examine", "confirm", "endorse"}
AROUND_NOUNS = {"eve", "run-up", "lead-up", "wake", "aftermath"}    # "on the eve of the summit": its time only
BEFORE_PREPS = {"before", "ahead", "prior"}    # "before the ceremony", "ahead of the summit", "prior to the talks"
SINCE_PREPS = {"since", "until", "till"}        # "the biggest exercises since the Cold War"
WARS = {"war", "wars", "conflict", "crisis", "invasion", "revolution", "uprising"}   # events not held anywhere
GATHERING_VERBS = {"gather", "assemble", "converge", "arrive", "land", "convene"}   # "Ships gathered in Pearl Harbor
#                                                                                    ahead of RIMPAC 2024"
MEETING_PARTIES = {"between", "among", "with", "involving", "including"}   # "exercise with the Indian Navy"
PARTICIPANTS = ("Country", "Person", "Minister", "MilitaryUnit", "Organization")
PARTICIPANT_PREPS = {"with", "between", "by", "among", "including", "alongside"}


STAYING_AWAY = {"boycott", "skip", "miss", "snub", "shun", "criticise", "criticize", "condemn", "denounce", "cancel",
                "postpone", "decline", "refuse", "avoid", "quit", "leave"}
RECALLING = {"recall", "remember", "recount", "mention", "cite", "hail", "praise", "commend", "laud", "applaud"}


def _takes_part(verb: Token) -> bool:
    """Whether the subject of a verb whose clause names a meeting took part in it (not "Ivanov skipped the
    summit", "was not invited to", "He recalled the historic visit of Erdogan to Somalia")."""
    return verb.lemma_.lower() not in STAYING_AWAY | RECALLING and not _negated_or_wished(verb)


def _has_role(tok: Token) -> bool:
    """Whether a person token fills a participant role: subject, object, or the object of
    "with/between/by" (not a possessor: "ahead of Kishida's visit")."""
    t = tok
    while t.head != t and (t.dep_ in ("conj", "appos", "compound") or
                           (t.dep_ == "pobj" and t.head.lower_ in ("for", "of") and t.head.head.i < t.i and
                            t.head.head.lower_ in ("minister", "secretary"))):
        t = t.head if t.dep_ != "pobj" else t.head.head     # "Japan's Minister for Foreign Affairs Yoko Kamikawa",
    if t.dep_ in SUBJ | PASS_SUBJ | {"dobj", "attr"}:           # which the parser reads as "for ... Kamikawa"
        return True
    return t.dep_ == "pobj" and t.head.lower_ in PARTICIPANT_PREPS


AREA_PREPS = {"over": ("WaterBody", "Region"),              # "joint flights over the Sea of Japan" (not "over Japan")
              "across": ("WaterBody", "Region", "Country"),  # "began on Monday across Finland, Sweden and Norway"
              "off": ("WaterBody", "Region", "City", "Place", "Island"),  # "drills off Richards Bay", "in the
#                                                               waters off Darwin" (not "near Taiwan", nor "off Taiwan")
              "around": ("WaterBody", "Region", "Island", "Country", "City", "Place")}  # "held in and around Hawaii",
#                                                                     "a joint military drill around Taiwan"
MOTION_VERBS = {"arrive", "travel", "fly", "go", "come", "head", "return"}
TRAVEL_WORDS = {"visit", "trip", "tour", "journey", "arrival", *MOTION_VERBS}     # "on a visit to Tokyo"
ARRIVED_AT = {"welcome"}                        # "welcomed B to Paris": where they met


def _meeting_places(anchor: Token, tok: Token, index: DocIndex,
                    several: bool = False) -> Iterator[tuple[Mention, float]]:
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    heads = [tok, anchor, *objects]                         # "signed a pact in Pyongyang"
    heads += [c for c in anchor.conjuncts if c.pos_ in ("VERB", "AUX") and c.i > anchor.i and
              c.lemma_.lower() in HELD_VERBS | LASTING_VERBS and
              not any(s.dep_ in SUBJ | PASS_SUBJ or s.dep_ == "dobj" for s in c.children)]
    #          ^ "began on Monday and will run ... off X" (not "held talks with Xi in Kazan and then flew to Beijing")
    heads += [c for c in anchor.children if c.dep_ == "nsubjpass" and tok in c.subtree and c.pos_ == "NOUN"]
    #          ^ "The signing ceremony in Lima was attended by ...": the subject that names the meeting
    heads += [p for h in dict.fromkeys((tok, anchor, *objects)) for prep in h.children
              if prep.dep_ == "prep" and prep.lower_ in ("with", "between")
              for p in prep.children if p.dep_ == "pobj"]   # "talks with Xi in Kazan": the parser hangs "in" on Xi
    heads += [a for h in heads[2:] for a in h.children if a.dep_ == "appos" and
              getattr(index.by_token.get(a.i), "type", "") in ("Person", "Minister")]
    #          ^ "met his Russian counterpart, Sergei Ivanov, in Lima": the parser hangs "in" on the name
    heads += _visiting(anchor)
    #          ^ "received visiting Chinese Premier Li Qiang in Hanoi": the parser hangs the guest and the place there
    heads += [c for o in objects for c in o.conjuncts if getattr(index.by_token.get(c.i), "type", "") in
              ("Person", "Minister")]     # "hosted A and B in San Diego": the parser hangs "in" on the last guest
    heads += [c for c in anchor.children if c.dep_ in ("npadvmod", "dep") and objects and
              getattr(index.by_token.get(c.i), "type", "") in ("Person", "Minister")]
    #          ^ "met his counterpart Shin Won-sik in Seoul", the name hung on the verb as an adverb
    heads += [p for prep in anchor.children if prep.lower_ == "in" for p in prep.children
              if p.lemma_.lower() == "presence"]            # "in the presence of Marcos at Malacañang Palace"
    for prep in anchor.children:                # "met on the sidelines of a NATO meeting in Brussels"
        heads += [of_obj for side in prep.children if side.lemma_.lower() in SIDELINES
                  for of in side.children if of.lower_ == "of" for of_obj in of.children]
    heads += [p for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
              if getattr(index.by_token.get(p.i), "type", "") == "Organization" and tok.lemma_.lower() in MEETING_WORDS]
    #          ^ "held the second meeting of the Nuclear Consultative Group in Washington": hung on the body
    heads += [c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in GATHERING_NOUNS]
    #          ^ "Nordic Response, a large exercise in northern Norway"
    heads += [c for c in tok.conjuncts if tok.i in index.by_token and
              index.by_token.get(c.i) is index.by_token[tok.i]]          # "patrols and drills in"
    if anchor.dep_ in ("advcl", "xcomp") and anchor.head.lemma_.lower() in MOTION_VERBS:
        heads.append(anchor.head)               # "arrived in Washington to meet Biden"
    heads += [p for prep in anchor.children if prep.dep_ == "prep" and prep.lower_ == "on" for p in prep.children
              if p.ent_type_ == "DATE"]         # "held ... on 12 November 2024 in Canberra": the parser hangs "in" on the day
    heads += [p for prep in anchor.children if prep.dep_ == "prep" and prep.lower_ == "during" for p in prep.children
              if p.lemma_.lower() in ("visit", "trip")]     # "During a visit to Kyiv, A met B": in Kyiv
    groups: list[list[Mention]] = []            # the places named, each with those coordinated with it
    for head in heads:
        for first in head.children:
            if first.dep_ != "prep":
                continue
            group = []
            for prep in (first, *(c for c in first.conjuncts if several and c.pos_ == "ADP")):
                group += _prep_places(prep, head, tok, index, several)      # "in Israel and over the eastern
            groups.append(group)                                             # Mediterranean Sea"
    groups = [g for g in groups if g]
    where = index.by_token.get(anchor.head.i) if anchor.dep_ == "relcl" and tok.i == anchor.i and \
        any(c.lower_ == "where" for c in anchor.children) else None
    if not groups and where is not None and where.type in VENUES:
        groups = [[where]]                          # "flew to Hanoi, where he met President To Lam"
    if not groups and any(c.lower_ == "here" and c.dep_ == "advmod" for h in (anchor, *anchor.conjuncts)
                          for c in h.children):      # "agreed here Monday", "arrived here for a trilateral meeting":
        filed = dateline(index.doc, index)          # the dateline's city
        if filed is not None and filed.type == "City":
            groups = [[filed]]
    # a meeting is held in one place; an exercise may span several ("in the Pacific and the Sea of Okhotsk")
    for m in (groups[0] if several else groups[0][:1]) if groups else ():
        yield m, 0.75 if m.type in ("City", "Place", "WaterBody") else 0.6


def _prep_places(prep: Token, head: Token, tok: Token, index: DocIndex, several: bool) -> list[Mention]:
    """The places a preposition on a meeting's clause (or on its noun) names as where it is held."""
    across = prep.lower_ != "across" or head.i == tok.i or \
        head.lemma_.lower() in HELD_VERBS | LASTING_VERBS | BEGINNING_VERBS   # (not "alarmed officials across Poland")
    if not (prep.lower_ in ("in", "at") or (several and prep.lower_ in AREA_PREPS and across) or
            (several and prep.lower_ == "on" and
             any(p.lemma_.lower() in LAND_NOUNS or getattr(index.by_token.get(p.i), "type", "") in ("WaterBody", "Island")
                 for p in prep.children)) or     # "a naval exercise on the Baltic Sea", "a drill on Batan Island"
            (prep.lower_ == "to" and (head.lemma_.lower() in MOTION_VERBS | ARRIVED_AT or _during_a_visit(head))) or
            (several and prep.lower_ == "to" and head.lemma_.lower() == "take" and
             any(p.lemma_.lower() in ("sky", "sea") for p in prep.children))):   # "taking to the skies over X"
        return []
    found: list[Mention] = []
    for p in prep.children:
        if any(t.text in DASHES for t in index.doc[prep.i:p.i]):
            continue                          # "taking part in Talisman Sabre – Australia, Japan": a list, misparsed
        if p.i not in index.by_token:         # "at the Camp David presidential retreat"
            p = next((c for c in p.children if c.dep_ in ("compound", "nmod") and c.i in index.by_token), p)
        if p.i not in index.by_token or index.by_token[p.i].type not in VENUES:
            p = next((q for inner in p.children if inner.dep_ == "prep" and inner.lower_ == "in"
                      for q in inner.children if q.i in index.by_token), p)   # "at State House in Nairobi"
        if p.i not in index.by_token and p.lemma_.lower() in LAND_NOUNS:     # "on Russian and Belarusian territory",
            p = next((q for q in p.children if q.dep_ in ("amod", "poss", "compound", "nmod")    # "on Australian soil"
                      and q.i in index.by_token), p)
        kinds = AREA_PREPS.get(prep.lower_, VENUES)
        if p.i not in index.by_token and p.lemma_.lower() in AREA_NOUNS:
            off = [inner for inner in p.children if inner.dep_ == "prep" and inner.lower_ == "off"]
            kinds = AREA_PREPS["off"] if off else kinds          # (not "in waters off Taiwan")
            over = [inner for inner in p.children if inner.dep_ == "prep" and inner.lower_ == "over"]
            kinds = AREA_PREPS["over"] if over and not off else kinds    # "in the skies over the Northern Territory"
            p = next((q for inner in p.children if inner.dep_ == "prep" and inner.lower_ in ("of", "off", "over")
                      for q in inner.children if q.i in index.by_token), p)   # "in the northern regions of Finland,
        if p.i not in index.by_token and p.lemma_.lower() in CAPITAL_NOUNS:     # Norway and Sweden"
            p = next((q for inner in p.children if (inner.dep_ == "prep" and inner.lower_ == "of")
                      or inner.dep_ == "appos" for q in (inner, *inner.children)
                      if q.i in index.by_token), p)        # "in Kazakhstan's capital of Astana"
        group = [index.by_token[t.i] for t in (p, *p.conjuncts) if t.i in index.by_token]
        found += [m for m in group if m.type in kinds]     # (each AREA_PREPS kind is a venue)
    return found


def _during_a_visit(tok: Token) -> bool:
    """"During a visit to Kyiv, A met B": the visit's destination is where they met."""
    return tok.lemma_.lower() in ("visit", "trip") and tok.dep_ == "pobj" and tok.head.lower_ == "during"


def _else_held(read: Callable[[Token, Token], Iterable[T]], anchor: Token | None, tok: Token,
               held: list[Token]) -> list[T]:
    """What `read` finds from the clause that names a meeting (none given: not read), or else from the clauses
    that hold it ("the exercise being conducted at X from Aug. 31", when the main verb says nothing of where or when)."""
    return (list(read(anchor, tok)) if anchor is not None else []) or [x for a in held for x in read(a, a)]


AREA_NOUNS = {"region", "area", "part", "north", "south", "east", "west", "coast", "waters", "skies", "sky", "territory",
              "water", "airspace"}                                     # "in the waters off Makassar"
LAND_NOUNS = {"territory", "soil"}                           # "on Kazakhstan's territory", "on Philippine soil"
END_PREPS = {"until", "till", "through", "thru", "by"}      # "Until August 2, the exercise will ...": its end


def _datatype(when: dt.date | dates.MonthDay) -> str:
    return "gMonthDay" if isinstance(when, dates.MonthDay) else "date"


HELD_VERBS = {"conduct", "hold", "stage", "run", "schedule", "set", "organise", "organize", "host", "take"}
LASTING_VERBS = {"continue", "last", "end", "conclude", "close", "wrap"}
BEGINNING_VERBS = {"begin", "start", "kick", "launch", "open", "commence", "be", "get", "unfold"}
SEQUENCE_VERBS = {"follow", "precede", "succeed"}


def _meeting_dates(anchor: Token, tok: Token, sent: Span, index: DocIndex) -> Iterator[dt.date | dates.MonthDay]:
    """The dates a sentence attaches to a meeting; a date written out wins over a weekday ("on
    Tuesday, 18 October 2022"; "held on August 22-24, 2023, ended on Thursday")."""
    found = list(_attached_dates(anchor, tok, sent, index))
    written = [when for ent, when in found if any(ch.isdigit() for ch in ent.text)]
    yield from written or [when for _, when in found]


def _attached_dates(anchor: Token, tok: Token, sent: Span,
                    index: DocIndex) -> Iterator[tuple[Span, dt.date | dates.MonthDay]]:
    for ent in index.date_ents:
        if not (sent.start <= ent.start < sent.end):
            continue
        root = ent.root
        while root.dep_ == "appos" and root.head != root:      # "on Tuesday, 18 October 2022"
            root = root.head
        heads = (anchor, tok, *(c for c in tok.children if c.dep_ == "acl" or     # "the forum, held ... on",
                                (c.dep_ == "relcl" and _agreeing_head(c) == tok)),   # "the exercise, which was
                 *_visiting(anchor))                                                 # conducted from" (not "the
        #                          Cold War, which are being held"); "received visiting X in Hanoi on Oct. 13"
        stray = root.head.dep_ == "relcl" and _agreeing_head(root.head) != root.head.head   # (a clause about
        #                                                                                another noun)
        attached = root.head in heads or (root.head.head in heads and not stray) or \
            (root.dep_ == "poss" and root.head == tok)
        if not attached or root.head.lower_ in END_PREPS:
            continue
        when = dates.resolve(ent.text, index.reference or index.published, index.published, _future(anchor))
        if when is not None:
            yield ent, when


COUNTERPART_MEETING_VERBS = {"meet", "sit", "talk", "confer", "hold", "have", "host", "receive", "welcome"}


def _treaty_dates(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """The day a treaty was signed: "Japan and France signed an arms transfer agreement Friday",
    "the treaty, signed in Pyongyang on June 19"; not the day it takes effect."""
    named = [(m, doc[m.token_start:m.token_end].root) for m in index.mentions if m.type == "Treaty"]
    referred = [(m, tok) for tok in doc if tok.lemma_.lower() == "document" and tok.i not in index.by_token
                for m in [index.mention(tok)[0]] if m is not None and m.type == "Treaty"]
    for m, tok in named + referred:      # (and "The document was signed on October 6, 2023": the one named in that
        #                                  sentence or the one before; not "the deal", which may be another one)
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else \
            next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)   # "the treaty, signed on"
        if verb is None or verb.pos_ != "VERB" or _future(verb) or _negated_or_wished(verb) or \
                (verb.lemma_.lower() not in SIGNING_VERBS and verb.lower_ not in ("signed", "inked", "sealed")):
            continue
        for when in _meeting_dates(verb, tok, verb.sent, index):
            yield MentionFact(m, "date", Literal_(when.isoformat(), _datatype(when)),
                              index.evidence(verb.sent, "treaty:signed-on", 0.7))


def _met_counterparts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"Blinken and Austin sat down for dialogue with their Indian counterparts, Jaishankar and Singh":
    everyone named before the verb in its clause met everyone named after the noun, whatever way the
    parser attached the pieces."""
    for tok in doc:
        if tok.lower_ not in ("counterpart", "counterparts") or \
                not any(c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for c in tok.children):
            continue
        _, people = _counterparts(tok, index)
        verb = tok
        while verb.pos_ != "VERB" and verb.head != verb and verb.dep_ in ("pobj", "prep", "dobj", "appos"):
            verb = verb.head
        if not people or verb.lemma_.lower() not in COUNTERPART_MEETING_VERBS or _future(verb) or \
                (verb.lemma_.lower() not in ("meet", "host", "receive", "welcome") and
                 not any(t.lower_ == "with" for t in doc[verb.i:tok.i])):     # "held talks with", "met"
            continue
        hosts = []
        for i in range(verb.sent.start, verb.i):
            m = index.by_token.get(i)
            if m is None or m.type not in ("Person", "Minister") or m in hosts or m in people:
                continue
            if _clause_verb(doc[i]) == verb:
                hosts.append(m)
        for h in hosts:
            for p in people:
                yield MentionFact(h, "metWith", p, index.evidence(tok.sent, "meeting:counterparts", 0.7))
        before = {m.text.lower(): m for m in index.mentions if m.type == "Meeting" and m.token_start < tok.i}
        if hosts and len(before) == 1:        # "The 2+2 meeting kicked off on Friday. Blinken and Austin sat
            meeting = next(iter(before.values()))       # down with their Indian counterparts, ...": at it
            for p in (*hosts, *people):
                yield MentionFact(p, "participatedIn", meeting, index.evidence(tok.sent, "meeting:counterparts", 0.55))
