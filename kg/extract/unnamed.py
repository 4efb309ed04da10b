"""Meetings, visits, joint exercises and agreements a story tells of without naming them ("a meeting
between Biden and Kishida", "Wong hosted Li at The Treasury", "Lai visited the 66th Marine Corps Brigade",
"joint US-Philippine drills", "signed a formal agreement"): new mentions, keyed by who took part so that
every story of one resolves to one node, added to the document's index before facts are read.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..lexicon import load_lexicon, strip_the, surname
from ..types import Mention
from . import dates
from .clauses import (DEAL_VERBS, FUTURE_HEADS, PLANNED, SIGNING_VERBS, WINNING_VERBS, _clause_verb, _conditional,
                      _future, _left_subject, _negated_or_wished, _negotiated, _objects, _possible, _refused, _subjects,
                      between_parties, unhappened)
from .docindex import PASS_SUBJ, PLACES, QUANTITY_NOUNS, SUBJ, DocIndex, _body_of_states, _members, sentence_window
from .entities import CAPITAL_NOUNS, DUBBING, EXERCISE_KINDS, WEEKDAYS_MONTHS, as_city
from .nominal import stage_suffix
from .posts import COUNTERPART_HEADS

ARRIVAL_VERBS = {"arrive", "travel", "fly", "come", "land", "gather", "head"}     # "arrived in X for talks"
MEETING_NOUNS = {"meeting", "summit", "talks", "talk", "ceremony", "signing", "call", "conference", "negotiation"}
CEREMONY_NOUNS = {"ceremony", "signing"}
JOINT_BODIES = {"commission", "committee", "council", "panel", "group", "board"}    # "the A-B commission's meeting"
CHAIRING = {"chair", "co-chair", "cochair", "host", "co-host", "attend", "lead"}     # "a meeting chaired by A and B"
SIGN = {"sign", "ink"}      # the act of signing together (not "concluded", "sealed": SIGNING_VERBS)


def _place_name(place: Mention) -> str:
    """A place as a meeting's name gives it: "the Lithuanian capital" by its name, Vilnius."""
    country = load_lexicon().countries.get(place.key.removeprefix("capital:")) if place.key.startswith("capital:") else None
    return country.capitals[0] if country is not None and country.capitals and place.rule.endswith("+capital") \
        else place.text


def _took_place(tok: Token, verb: Token | None) -> bool:
    """Talks, a meeting or a summit said to happen: the subject of a verb said of it ("Talks between A and B took place",
    "The meeting between A and B lasted two hours") or where the people of the clause did something ("At a meeting
    in Lima, A and B agreed"); the caller rules out one cancelled, called for, refused or still ahead (unhappened)."""
    if tok.lemma_.lower() not in TALK_NOUNS | {"summit"} or any(c.lower_ in ("separate", "any") for c in tok.children):
        return False                    # (not "At separate meetings in Lima, A and B outlined their plans")
    if tok.lemma_.lower() == "summit" and verb is not None:
        return False                    # ("A and B spoke at the summit in Lima": one of many there)
    if verb is None:                    # "A summit between A, B and C was held at the White House"
        return tok.dep_ in SUBJ | PASS_SUBJ and tok.head.lemma_.lower() in HAPPENED
    return tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "in") and tok.head.head == verb


HAPPENED = {"take", "begin", "start", "open", "conclude", "end", "last", "focus", "centre", "center", "cover", "yield",
            "produce", "result", "touch", "include", "continue", "resume", "go", "wrap", "hold", "follow", "come",
            "run", "address", "discuss", "see", "mark", "close"}   # said of talks that happened


def unnamed_meetings(doc: Doc, index: DocIndex) -> list[Mention]:
    """Meetings the text describes without a name ("a meeting between Joe Biden and Fumio Kishida"):
    a new Meeting mention keyed by its participants' surnames, so that every article describing
    the same meeting resolves to one node."""
    found = []
    alone: list[tuple[Token, Mention]] = []
    signing: list[tuple[Token, Mention, Span]] = []     # "Marcos said at the signing ceremony"
    lex = load_lexicon()
    named = any(m.type == "Meeting" and id(m) not in index.called_off and
                not (m.token_start > 0 and doc[m.token_start - 1].lower_ in AHEAD) for m in index.mentions)
    #       ^ talks of states are likely the meeting it names (not a summit "called off" since)
    for tok in doc:
        if tok.lemma_.lower() not in MEETING_NOUNS or tok.pos_ != "NOUN" or tok.i in index.by_token or \
                (tok.lemma_.lower() == "call" and not any(c.lower_ == "courtesy" for c in tok.children)):
            continue                                    # ("a courtesy call on Xi": not a phone call)
        where = _place_before(tok, index)
        if where is not None:                           # "the Ramstein meeting", "the Vilnius summit"
            m = replace(_made_meeting(tok, [], _meeting_word(tok), "meeting:place-name"), text=f"{where.text} {_meeting_word(tok)}",
                        key=f"placed:{doc._.kg_doc_id}:{where.key or where.text.lower()}|{_meeting_word(tok)}")
            found.append(m)
            index.by_token[tok.i] = m
            index.participants[id(m)] = []
            index.venues[id(m)] = [where]
            continue
        body = _body_meeting_of(tok, index) if not named and tok.lemma_.lower() in PLACED_NOUNS else None
        if body is not None and not unhappened(tok) and \
                not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in UNHELD):   # "for a summit of the Quad
            word = _meeting_word(tok)                                               # grouping": the Quad summit
            m = replace(_made_meeting(tok, [], word, "meeting:placed"), text=f"{word} of the {strip_the(body.text)}",
                        key=f"body:{doc._.kg_doc_id}:{body.key or body.text.lower()}|{word}")
            found.append(m)
            index.by_token[tok.i] = m
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
            subjects, passive = _subjects(verb, index) if verb is not None and verb.pos_ == "VERB" else ([], False)
            index.participants[id(m)] = list(dict.fromkeys(      # "Biden hosted the leaders of Australia, India
                x for x, *_ in (*subjects, *(_objects(verb, index, passive, {"with"}) if subjects else ()))  # and Japan
                if x.type in ("Person", "Minister", "Country")))
            continue
        if named and _names_the_meeting(tok, index):
            continue                                    # "attended the meeting": the one the story names
        if named and tok.lemma_.lower() == "conference" and any(c.lower_ in ("press", "news") for c in tok.children):
            continue                                    # the named meeting's press conference is part of it
        earlier, place = (None, None) if named else _told_again(tok, found, index)
        if earlier is not None:                         # "during the summit that took place this week. The summit
            index.by_token[tok.i] = earlier             # in Tokyo comes amid ...": that summit, held in Tokyo
            if place is not None:
                _capital_as_city(place)
                index.venues[id(earlier)] = [place]
            continue
        people: list[Mention] = []
        beside = False                                  # "said during a signing ceremony alongside X"
        for prep in tok.children:
            alongside = prep.lower_ == "alongside" and tok.lemma_.lower() in CEREMONY_NOUNS
            beside = beside or alongside
            if prep.dep_ == "prep" and (prep.lower_ in ("between", "with") or (prep.lower_ == "on" and tok.lemma_ == "call")
                                        or alongside):
                for p in prep.children:
                    if p.dep_ == "pobj":
                        people += [m for m, _ in index.args(p) if m.type in ("Person", "Minister")]
        bodies = [p for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                  if p.dep_ == "pobj"]
        people += [m for h in (tok, *bodies) for acl in h.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and
                   acl.lemma_.lower() in CHAIRING for ag in acl.children if ag.dep_ == "agent"
                   for p in ag.children for m, _ in index.args(p) if m.type in ("Person", "Minister")]
        #            ^ "a meeting of the two countries' border commissions, chaired by A and B"
        hosts: list[Mention] = []
        if people:                                      # "his late-Thursday meeting with Wang Yi"
            hosts += [h for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")
                      for h in [index._last_person_subject(c)] if h is not None and h not in people]
            hosts += [m for c in tok.children if c.dep_ == "poss" for m, _ in index.args(c)
                      if m.type in ("Person", "Minister") and m not in people]   # "Lowe's meeting with Ivanov"
        verb = tok.head if tok.dep_ == "dobj" else None
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) and tok.dep_ == "pobj" and \
                tok.head.head.pos_ == "VERB":          # "A and B signed a statement after their talks in Tokyo"
            people += [m for m, _ in _subjects(tok.head.head, index)[0] if m.type in ("Person", "Minister")]
        if tok.dep_ == "nsubjpass" and index.mention(tok)[0] is None:   # not "the 2+2 ... The meeting was attended by"
            passives = [tok.head, *(c for c in tok.head.conjuncts if c.tag_ == "VBN" and   # "was held in Busan and
                                    not any(s.dep_ in SUBJ | PASS_SUBJ for s in c.children))]   # attended by A and B"
            people += [m for v in passives if v.lemma_.lower() in ("attend", "host", "hold", "chair", "join", "witness")
                       and not _negated_or_wished(v) for ag in v.children if ag.dep_ == "agent" for p in ag.children
                       for m, _ in index.args(p) if m.type in ("Person", "Minister")]   # "was attended by A, B and C"
        if verb is not None and (any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
                                 or verb.lemma_.lower() in ("hold", "have", "attend", "convene", "host", "pay", "co-chair") or
                                 (_press_conference(tok) and verb.lemma_.lower() in ("tell", "address", "brief", "give"))):
            subjects, _ = _subjects(verb, index)          # ^ "Lavrov told a news conference"
            hosts = [m for m, _ in subjects or _left_subject(verb, index) if m.type in ("Person", "Minister")]
            if verb.lemma_.lower() in ("hold", "have", "conduct") and not people:   # "held bilateral talks with his
                people += [m for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"   # counterpart
                           for p in prep.children if p.dep_ == "pobj"                    # Lawrence Wong in Putrajaya"
                           for m, _ in index.args(p) if m.type in ("Person", "Minister")]
        after_own = tok.head.lower_ == "after" and people and \
            all(c.lower_ in ("his", "her", "their") for c in tok.children if c.dep_ == "poss") and \
            not any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)   # (not "after Trump's talks
        #                                                                               with Putin, Zelensky said")
        presided = tok.dep_ == "pobj" and tok.head.lower_ == "over" and tok.head.head.lemma_.lower() == "preside"
        if verb is None and tok.dep_ == "pobj" and (tok.head.lower_ in ("at", "during") or after_own or presided or
                                                    (tok.head.lower_ == "for" and people) or
                                                    (tok.head.lower_ == "in" and people and tok.head.i == tok.sent.start)) and \
                (tok.head.head.pos_ == "VERB" or tok.head.head.lower_ == "present" or
                 (tok.head.lower_ == "for" and tok.head.head.lemma_ == "be")):     # "was in Beijing for talks with Wang"
            # ^ "signed ... and presented it to Blinken at a ceremony"; "A and B were present at the signing";
            #   "In a meeting with A on Monday, B said"
            verb = tok.head.head if tok.head.head.pos_ in ("VERB", "AUX") else tok.head.head.head
            subjects, passive = _subjects(verb, index)
            hosts = [m for m, _ in subjects if m.type in ("Person", "Minister")] or _person_before(verb, index)
            people += [m for m, *_ in _objects(verb, index, passive, {"to", "with"})
                       if m.type in ("Person", "Minister")]
            if presided:                # "Trump presided over a ceremony ... with leaders of Israel, the UAE and Bahrain"
                people += [m for h in (verb, tok) for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "with"
                           for p in prep.children for m, _ in index.args(p) if m.type in ("Person", "Minister", "Country")]
        if verb is None and not named and tok.dep_ == "pobj" and tok.head.lower_ == "for" and \
                tok.head.head.lemma_.lower() in ARRIVAL_VERBS and not _future(tok.head.head):
            verb = tok.head.head          # "A and B arrived in Islamabad for a trilateral meeting on Saturday"
            subjects, _ = _subjects(verb, index)
            hosts = [m for m, _ in subjects if m.type in ("Person", "Minister")] or \
                list({m.key: m for m, _ in subjects if m.type == "Country" and m.key}.values())
        if verb is None and tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ == "PROPN":
            people += [m for m, _ in index.args(tok.head.head) if m.type in ("Person", "Minister")]
        if verb is not None:                            # ^ a caption: "Kavalec and Tilvar at the signing of the letter"
            people += _present(verb, index)
        hosts = [h for h in dict.fromkeys(hosts) if h not in people]
        people = list(dict.fromkeys(people))
        between = any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
        if len(hosts) + len(people) < 2 and verb is not None and not named and not between and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):   # "leaders from the US, India,
            people = list({m.key: m for m in _event_states(tok, index)}.values())   # Australia and Japan held talks"
        if len(hosts) + len(people) < 2:      # "at the Armenia-Azerbaijan commission's Friday meeting": the two
            joint = [m for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in JOINT_BODIES   # states' body
                     for s in c.subtree if s.i < c.i and s.dep_ in ("compound", "amod", "nmod") and s.i in index.by_token
                     for m in [index.by_token[s.i]] if m.type == "Country" and m.key]
            if len({m.key for m in joint}) >= 2:
                people = list({m.key: m for m in joint}.values())
        planned = unhappened(tok, verb)       # "an upcoming meeting with Scholz", "talks ... were cancelled"
        if len(hosts) + len(people) < 2 and between and not planned and _took_place(tok, verb) and not any(
                getattr(index.by_token.get(t.i), "type", "") in ("Meeting", "Event") for t in tok.lefts):
            # "Talks between Chile and Peru took place" (not "The 2+2 ministerial meeting between India and the
            # United States": the named one's)
            people = list({m.key: m for m in between_parties(tok, index, ("Country",))}.values())
        if tok.tag_ == "NNS" and tok.lower_ != "talks" and len(hosts) == 1 and len(people) > 1:
            groups = [[hosts[0], p] for p in people]     # "had meetings with A, B and C": one each
        else:
            groups = [hosts + people]
        for group in groups:
            if len(group) < 2 and tok.lemma_.lower() in CEREMONY_NOUNS:
                alone.append((tok, group[0] if group else None))   # "Kavalec said at the signing ceremony": below
            venue = _venue(tok, index) if len(group) < 2 and _press_conference(tok) else None
            if venue is not None:                                  # "Blair said at a news conference in Ottawa"
                m = _made_meeting(tok, [], "conference", "meeting:conference")
                m.text = f"{doc[_modified_from(tok):tok.i + 1].text} in {_place_name(venue)}"
                m.key = f"conference:{doc._.kg_doc_id}:{m.text.lower()}"
                found.append(m)
                index.by_token[tok.i] = m
                index.participants[id(m)] = group
                index.venues[id(m)] = [venue]
            elif len(group) == 1 and _press_conference(tok) and group[0].type in ("Person", "Minister") and \
                    not planned and not (verb is not None and (_future(verb) or _refused(verb) or
                                                               _negated_or_wished(verb))):
                # "Esper said at a Pentagon news conference": that speaker's, one per story and speaker (not "will
                # hold a news conference", "plans to hold", "did not hold"); "the press conference" or a joint one
                # after another is that one ("Biden said at a joint press conference afterward ... Kishida said at
                # the press conference"), unless it says it is another ("the regular press conference", "a later")
                earlier = [m for m in found if m.type == "Meeting" and m.alias_of is None and
                           _press_conference(doc[m.token_start])]
                own = any(c.dep_ in ("amod", "compound", "relcl", "acl", "prep") and c.lower_ not in ("joint", "press", "news")
                          for c in tok.children)
                if earlier and not own and any(c.lower_ in ("the", "this", "that", "joint") for c in tok.children):
                    index.by_token[tok.i] = earlier[-1]
                    index.participants[id(earlier[-1])] += [p for p in group if p not in index.participants[id(earlier[-1])]]
                    continue
                name = surname(group[0].text, lex)
                m = _made_meeting(tok, group, "press conference", "meeting:conference")
                m.key = f"participants:{name.lower()}|press conference|{doc._.kg_doc_id}" + (f"|{tok.i}" if own else "")
                found.append(m)
                index.by_token[tok.i] = m
                index.participants[id(m)] = list(group)
            if len(group) < 2:
                continue
            m = _made_meeting(tok, group, "meeting" if len(groups) > 1 else _meeting_word(tok),
                              "meeting:planned" if planned else "meeting:unnamed")
            if tok.lemma_.lower() in CEREMONY_NOUNS:     # not the same pair's talks ("Before the ceremony, Ahn held
                m.key += ";signing" if _signing_ceremony(tok) else ";ceremony"   # talks with Kosiniak-Kamysz")
            found.append(m)
            index.participants[id(m)] = group
            arrived = verb is not None and verb.lemma_.lower() in ARRIVAL_VERBS and tok.head.lower_ == "for" and \
                tok.head.head == verb                       # "arrived in Beijing for talks with Qin Gang"
            if not planned and (tok.lemma_.lower() in TALK_NOUNS and verb is not None and
                                (verb.lemma_.lower() in ("hold", "have", "conduct", "co-chair") or arrived) or beside):
                #     (not "rejected talks with", "wants to hold": unhappened; two sides side by side at a ceremony met)
                index.met += [(h, p, m) for h in group if h in hosts for p in group if p in people
                              if p.type in ("Person", "Minister") and h.type in ("Person", "Minister")]
            elif not planned and _took_place(tok, verb) and len(group) == 2 and \
                    all(p.type in ("Person", "Minister") for p in group):
                index.met.append((group[0], group[1], m))   # "Talks between A and B took place in Lima",
                #                                             "At a meeting in Lima, A and B agreed ..."
            if len(groups) == 1:
                index.by_token[tok.i] = m
                found += _placed_name(tok, m, index)
            else:
                index.detached.append(m)
    for tok, person in alone:                 # ... the ceremony the story shows that person at
        ceremonies = [m for m in found if m.rule in ("meeting:unnamed", "meeting:ceremony") and
                      _meeting_word(doc[m.token_start]) in CEREMONY_NOUNS]
        name = surname(person.text, lex) if person is not None else None
        same = [m for m in ceremonies if name in {surname(p.text, lex) for p in index.participants.get(id(m), ())}]
        where = _placed_name(tok, _made_meeting(tok, [], "ceremony", ""), index)
        another = bool(where) and any(c.lower_ in ("a", "an") for c in tok.children) and \
            all(m.text != where[0].text for m in ceremonies)     # "a ceremony in Warsaw" after one at Fort Bragg
        if not another and (len(same) == 1 or (not same and len(ceremonies) == 1)):
            index.by_token[tok.i] = (same or ceremonies)[0]     # "Ahn was quoted as saying at the ceremony"
        elif (not ceremonies or another) and where:
            m = replace(where[0], text=where[0].text, rule="meeting:ceremony", token_end=tok.i + 1, alias_of=None,
                        key=f"ceremony:{doc._.kg_doc_id}:{where[0].text.lower()}")   # "a ceremony at Fort Wainwright"
            found.append(m)
            index.by_token[tok.i] = m
            index.participants[id(m)] = []
            bare = doc[_modified_from(tok):tok.i + 1]
            if len(bare) > 1:                 # also known as the "founding ceremony" the text calls it
                found.append(replace(m, start=bare.start_char, end=bare.end_char, text=bare.text, alias_of=m,
                                     token_start=bare.start, token_end=bare.end, rule="meeting:placed-name"))
        elif not ceremonies and person is not None and tok.lemma_.lower() == "ceremony" and \
                len(bare := doc[_modified_from(tok):tok.i + 1]) > 1:   # "said President Tsai at the launch ceremony":
            if _signing_ceremony(tok):                                   # the story's one ceremony
                signing.append((tok, person, bare))           # of that kind; a signing one once the verbs are read
            else:
                found.append(_speakers_ceremony(tok, person, bare, index))
    found += _placed_meetings(doc, index)
    found += _verb_meetings(doc, index, found)
    for tok, person, bare in signing:
        signed = [m for m in found if m.rule == "meeting:verb" and _meeting_word(doc[m.token_start]) in SIGN]
        if signed:                      # a signing ceremony where the story tells who signed: the verb's, with
            if len(signed) == 1 and person not in index.participants[id(signed[0])]:   # whoever the ceremony had
                index.participants[id(signed[0])].append(person)   # ("The signing ceremony was witnessed by Marcos")
                index.by_token[tok.i] = signed[0]
            continue
        made = next((m for m in found if m.rule == "meeting:ceremony" and m.text == bare.text), None)
        if made is not None:            # "Marcos said at the signing ceremony ... Romualdez told the signing ceremony"
            index.by_token[tok.i] = made
            index.participants[id(made)].append(person)
        else:
            found.append(_speakers_ceremony(tok, person, bare, index))
    found += _side_by_side(doc, index)
    _join_state_signings(found, index)
    if not named:
        _refer_back(doc, index, found)
    index.add(found)
    return found


def _signing_ceremony(tok: Token) -> bool:
    """"the signing", "a signing ceremony", "the signature ceremony": a ceremony where something was signed."""
    return any(t.lemma_.lower() in ("signing", "signature", "sign") for t in tok.doc[_modified_from(tok):tok.i + 1])


def _speakers_ceremony(tok: Token, person: Mention, bare: Span, index: DocIndex) -> Mention:
    """"said President Tsai at the launch ceremony": the story's one ceremony of that kind, with that person at it."""
    m = _made_meeting(tok, [], "ceremony", "meeting:ceremony")
    m.text, m.key = bare.text, f"participants:{surname(person.text, load_lexicon()).lower()}|{bare.text.lower()}|" \
        f"{tok.doc._.kg_doc_id}"        # (the story's own: not the same speaker's opening ceremony elsewhere)
    index.by_token[tok.i] = m
    index.participants[id(m)] = [person]
    return m


AHEAD = {"next", "upcoming", "future", "forthcoming"}    # "the next Quad summit in India": not the story's meeting
TALK_NOUNS = {"talks", "talk", "meeting", "discussion", "consultation", "negotiation"}   # held with someone: met
REFERRED = {"meeting": "meeting", "meet": "meeting", "talks": "meeting", "talk": "meeting", "summit": "summit",
            "ceremony": "ceremony", "signing": "ceremony", "sign": "ceremony"}
BYGONE = {"earlier", "previous", "prior", "last", "former"}
EARLIER = BYGONE | {"next", "another", "first", "second", "future", "upcoming", "later", "subsequent", "similar", "other",
                    "such", "new"}


def _another(tok: Token, index: DocIndex) -> bool:
    """Whether "the summit" or "the deal was signed" tells of one of its own: a word that says so ("a
    similar deal was signed", "another deal"), another partner ("was signed with Russia"); for a meeting
    noun also a place or a day of its own ("The summit in 2026 will be held in Manila", "the meeting in
    Abuja next month")."""
    subject = [c for c in tok.children if c.dep_ in PASS_SUBJ]
    if any(c.lower_ in EARLIER | {"a", "an"} for w in (tok, *subject) for c in w.children if c.dep_ in ("det", "amod")):
        return True
    if tok.pos_ == "VERB":
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    return _own_date(tok, index) or any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children)


def _own_date(tok: Token, index: DocIndex) -> bool:
    """Whether a meeting noun says a day of its own ("the meeting in Abuja next month")."""
    return any(e.start in range(tok.i + 1, tok.right_edge.i + 1) for e in index.date_ents)


def _refer_back(doc: Doc, index: DocIndex, found: list[Mention]) -> None:
    """"Chiefs of Defence Staff of ECOWAS are meeting in Accra ... The two-day meeting ...": in a story
    that names no meeting, "the meeting" is the latest meeting of a body or at a place it told of before,
    in the same words ("the summit" a summit, "the meeting" or "the talks" a meeting or a body that met);
    not "an earlier meeting", "the meeting between A and B", nor two people's meeting (a story of a summit
    tells of meetings on its sidelines). "The deal was signed in Delhi" is the story's signing."""
    told = [m for m in found if m.type == "Meeting" and m.alias_of is None]
    events = [m for m in told if (m.rule == "meeting:placed" or ";" in m.key) and   # a body's or a place's meeting,
              not any(c.lower_ in BYGONE for c in doc[m.token_end - 1].children)]   # not two people's, nor one gone
    for tok in doc:                                                                 # by ("an earlier meeting")
        if tok.i not in index.by_token and _signed_again(tok, index):
            signings = [m for m in told if m.token_end <= tok.i and _meeting_word(doc[m.token_end - 1]) in ("sign", "ink", "signing")]
            if signings:              # "India signed a deal with the US ... The deal was signed in Delhi": that signing
                index.by_token[tok.i] = signings[-1]
            continue
        word = _meeting_word(tok)
        if tok.pos_ != "NOUN" or word not in (*REFERRED, "event") or tok.i in index.by_token or \
                not any(c.lower_ in ("the", "this", "that") or (c.dep_ == "poss" and c.lower_ in dates.WEEKDAYS)
                        for c in tok.children) or \
                any(c.lower_ in EARLIER or (c.dep_ == "prep" and c.lower_ in ("between", "with", "of") and
                                            not _of_the_signed(c)) for c in tok.children) or _another(tok, index):
            continue
        before = [m for m in events if m.token_end <= tok.i and
                  (word == "event" or REFERRED.get(_meeting_word(doc[m.token_end - 1])) == REFERRED[word])]
        if before and (word != "event" or len({m.key for m in before}) == 1):
            index.by_token[tok.i] = max(before, key=lambda m: m.token_end)   # ("the event": the one told of)


def _told_again(tok: Token, found: list[Mention], index: DocIndex) -> tuple[Mention | None, Mention | None]:
    """The one meeting of its kind the story told of before that "the summit", "this meeting" names again, and
    where it says that was ("The summit in Tokyo comes amid ..."), in a story that names none (not "the talks
    with Wang", "the earlier meeting", "the meeting in Abuja next month", a meeting still ahead, nor one the
    story placed elsewhere); (None, None) for none."""
    word = _meeting_word(tok)
    if tok.pos_ != "NOUN" or word not in REFERRED or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) or \
            any(c.lower_ in EARLIER or (c.dep_ == "prep" and c.lower_ in ("between", "with", "of", "on"))
                for c in tok.children) or _own_date(tok, index) or unhappened(tok):
        return None, None
    before = {m.key: m for m in found if m.type == "Meeting" and m.alias_of is None and m.token_end <= tok.i and
              REFERRED.get(_meeting_word(tok.doc[m.token_end - 1])) == REFERRED[word]}
    if len(before) != 1:
        return None, None
    earlier = next(iter(before.values()))
    place, there = _venue(tok, index), index.venues.get(id(earlier))
    return (earlier, place) if place is None or not there or there[0].text == place.text else (None, None)


def _of_the_signed(of: Token) -> bool:
    """"The ceremony of signing the document", "the signing of the agreement": "of" what was signed, told as
    told before ("the", "this"), in no year of its own (not "the signing of the 1960 treaty")."""
    if of.lower_ != "of" or of.head.lemma_.lower() not in CEREMONY_NOUNS:
        return False
    signed = [d for c in of.children if c.dep_ == "pcomp" and c.lemma_.lower() in SIGNING_VERBS
              for d in c.children if d.dep_ == "dobj"]
    if of.head.lemma_.lower() == "signing":
        signed += [c for c in of.children if c.dep_ == "pobj"]
    return any(any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in d.children) and
               not any(dates.YEAR.search(t.text) for t in d.subtree) for d in signed)


def _signed_again(tok: Token, index: DocIndex) -> bool:
    """"The deal was signed in Delhi": a signing told again in the passive, with no agent, done, and none of
    its own (not "the new pact will be signed", "A similar deal was signed with Russia in Moscow")."""
    return tok.lemma_.lower() in SIGN and any(c.dep_ == "auxpass" for c in tok.children) and \
        not any(c.dep_ == "agent" for c in tok.children) and not _future(tok) and \
        not _negated_or_wished(tok) and not _another(tok, index)


def _signed_there_later(verb: Token, index: DocIndex) -> bool:
    """"Tusk and Macron have signed a bilateral accord. The accord was signed in the French city of Nancy
    on Friday.": the next sentences say where or when the signing was."""
    for sent in sentence_window(verb, 0, 2)[1:]:
        for tok in sent:
            if _signed_again(tok, index) and not any(dates.YEAR.search(t.text) for t in sent) and \
                    not any(c.lower_ in ("original", "earlier", "previous") for s in tok.children if s.dep_ in PASS_SUBJ
                            for c in s.children) and \
                    any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on") for c in tok.children):
                return True       # (not "The original declaration was signed in Madrid in 2022")
    return False


def _names_the_meeting(tok: Token, index: DocIndex) -> bool:
    """"the meeting", "Thursday's meeting": a meeting noun that refers back to the meeting the story
    names (not "the meeting between A and B", which is one of its own)."""
    if not any(c.lower_ in ("the", "this") or (c.dep_ == "poss" and c.lower_ in dates.WEEKDAYS)
               for c in tok.children):
        return False
    m, _ = index.mention(tok)
    return m is not None and m.type == "Meeting" and not m.rule.startswith("meeting:")


def _body_meeting_of(tok: Token, index: DocIndex) -> Mention | None:
    """The body of states a meeting is said to be of ("a summit of the Quad grouping", "a meeting of NATO")."""
    return next((m for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                 for m in [index.by_token.get(p.i) or next((index.by_token[c.i] for c in p.children
                                                            if c.dep_ == "compound" and c.i in index.by_token), None)]
                 if m is not None and m.type == "Organization" and _body_of_states(m)), None)


def _place_before(tok: Token, index: DocIndex) -> Mention | None:
    """The city or place a meeting is named by ("the Ramstein meeting", "the Camp David summit"): written
    right before the noun, after "the" (or, in a headline, a preposition)."""
    place = index.by_token.get(tok.i - 1) if tok.i > 1 else None
    if place is None or place.token_end != tok.i or place.token_start == 0 or \
            tok.doc[place.token_start - 1].lower_ != "the" and \
            not (tok.sent.start == 0 and tok.doc[place.token_start - 1].pos_ == "ADP"):
        return None                                      # (a headline drops "the": "... at Vilnius summit")
    _capital_as_city(place)                              # the city, not its government
    return place if place.type in ("City", "Place") else None


PLACED_NOUNS = {"meeting", "summit", "talks", "conference"}
CONVENED = {"hold", "convene", "host", "stage"}          # "The summit, held in Hiroshima in May, ..."
UNHELD = {"propose", "reject", "seek", "call", "plan", "want", "urge", "suggest", "offer", "cancel", "postpone",
          "demand", "request", "invite", "consider"}


def _capital_as_city(place: Mention) -> None:
    """A capital read as its government that names where a meeting was is the city."""
    if place.metonym and "Capital" in place.rule and place.key:
        as_city(place)


def _placed_meetings(doc: Doc, index: DocIndex) -> list[Mention]:
    """"an extraordinary summit in the Nigerian capital, Abuja, on Friday, where the bloc directed
    ...": a meeting the story tells of only by where it was held is a meeting of its own (one per story
    and place), held there, with the states and bodies that did something there ("where ...")."""
    found = []
    named_words = {_meeting_word(doc[m.token_end - 1]) for m in index.mentions
                   if m.type == "Meeting" and not m.rule.startswith("meeting:")}
    for tok in doc:
        word = _meeting_word(tok)
        if tok.pos_ != "NOUN" or word not in PLACED_NOUNS or tok.i in index.by_token or word in named_words or \
                any(c.lower_ in ("press", "news", "media") for c in tok.children):
            continue                    # (not "a press conference in Beijing")
        whose = [tok, *(p for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                        if p.dep_ == "pobj" and p.pos_ == "NOUN")]    # "a meeting of NATO defence ministers in Brussels"
        held = [a for t in whose for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in CONVENED]
        if not (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) or
                held and not _told_before(tok, index)):
            continue        # "a summit in Abuja", or "the talks, held in Manila" in a story that told of no such
            #                 meeting before (not "Xi and Putin held talks ... The talks, held in the Great Hall")
        place = next((v for t in (*whose, *held) for v in [_venue(t, index)] if v is not None), None)
        governor = _clause_verb(tok)
        if place is None or _future(governor) or _negated_or_wished(governor) or \
                governor.lemma_.lower() in UNHELD or any(c.dep_ == "acl" and c.lemma_.lower() in UNHELD for c in tok.children):
            continue                    # not "rejected a meeting in Geneva", "will attend a summit in Moscow"
        _capital_as_city(place)
        named = next((index.by_token[c.i] for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "nummod")
                      and getattr(index.by_token.get(c.i), "type", "") == "Meeting"), None)
        if named is not None:           # "a two-plus-two ministerial meeting in Tokyo": where the named one was
            index.venues[id(named)] = [*index.venues.get(id(named), []), place]
            index.by_token[tok.i] = named
            continue
        parts = [m for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                 for m, _ in index.args(p) if m.type in ("Country", "Organization", "Person", "Minister")]
        parts += [m for rel in doc[tok.i:tok.sent.end] if rel.dep_ == "relcl" and tok.i < rel.head.i < rel.i and
                  any(c.lower_ == "where" for c in rel.children)
                  for m, _ in _subjects(rel, index)[0] if m.type in ("Country", "Organization", "Person", "Minister")]
        first = _modified_from(tok)
        while first < tok.i and doc[first - 1].text == "-":
            first += 1                  # "a 90-minute meeting": not "minute meeting"
        m = Mention(doc_id=doc._.kg_doc_id, start=doc[first].idx, end=tok.idx + len(tok.text),
                    text=f"{doc[first:tok.i + 1].text} in {_place_name(place)}", type="Meeting", rule="meeting:placed",
                    sent_start=tok.sent.start_char, sent_end=tok.sent.end_char,
                    key=f"placed:{doc._.kg_doc_id}:{place.key or place.text.lower()}|{word}",
                    token_start=first, token_end=tok.i + 1)
        found.append(m)
        index.by_token[tok.i] = m
        index.participants[id(m)] = list(dict.fromkeys(parts))
        index.venues[id(m)] = [place]
    return found


def _told_before(tok: Token, index: DocIndex) -> bool:
    """Whether the story told of a meeting of the same kind (talks, a summit) before this noun."""
    kind = REFERRED.get(_meeting_word(tok))
    return any(m.type == "Meeting" and m.token_end <= tok.i and
               REFERRED.get(_meeting_word(tok.doc[m.token_end - 1])) == kind for m in set(index.by_token.values()))


def _venue(tok: Token, index: DocIndex) -> Mention | None:
    """Where a meeting noun says it was held: "a summit in Abuja", "in the Nigerian capital, Abuja"."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            m = index.by_token.get(p.i)
            if m is None and p.lemma_.lower() in CAPITAL_NOUNS and p.i + 2 < len(p.doc) and p.doc[p.i + 1].text == ",":
                m = index.by_token.get(p.i + 2)          # "the Nigerian capital, Abuja"
            if m is not None and m.type in PLACES:
                return m
    return None


def _join_state_signings(found: list[Mention], index: DocIndex) -> None:
    """"India and the Philippines on Friday signed the deal ... Lorenzana and Kumaran were present at the
    signing": the states' signing is the one their people attended, when the story tells of one such."""
    for s in found:
        states = index.participants.get(id(s), ())
        if s.rule != "meeting:verb" or not states or any(p.type != "Country" for p in states):
            continue
        keys = {p.key for p in states}
        same = [m for m in found if m is not s and _meeting_word(index.doc[m.token_start]) in CEREMONY_NOUNS | {"sign"}
                and any(p.affiliation in keys for p in index.participants.get(id(m), ()))]
        if len({m.key for m in same}) == 1:
            s.key = same[0].key


VISIT_NOUNS = {"visit", "trip", "tour"}
HOST_VERBS = {"host", "welcome", "greet", "receive", "meet"}     # "X hosted Y during a visit": Y visits
VISIT_VERBS = {"be", "make", "pay", "conclude", "begin", "start", "end", "wrap", "complete"}   # "is on a visit to"
DESTINATIONS = ("Country", "City", "Place", "Island", "Region", "MilitaryUnit", "Organization")
FACILITY_NOUNS = {"shipyard", "plant", "factory", "facility", "headquarters", "site", "yard", "works", "campus"}
VENUES = (*PLACES, "WaterBody")
HOW_MANY = {"several", "many", "multiple", "various", "numerous", "other", "further", "additional", "more"}


SITE_NOUNS = {"border", "capital", "frontier", "front", "coast", "region", "province", "port", "city", "territory",
              "island", "islands"}


def unnamed_visits(doc: Doc, index: DocIndex) -> list[Mention]:
    """Visits: "during the visit of Turkish President Erdogan to Saudi Arabia", "Wang Yi, who is on a
    three-day official visit to Pakistan", "Lai visited the 66th Marine Corps Brigade in Taoyuan". A
    meeting of the visitor at the destination, named "Erdogan visit to Saudi Arabia"."""
    lex = load_lexicon()
    found = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.i in index.by_token:
            continue
        visitors: list[Mention] = []
        dest: list[Mention] = []
        if tok.pos_ == "NOUN" and lemma in VISIT_NOUNS:
            for c in tok.children:
                if c.dep_ == "poss":
                    visitors += [m for m, _ in index.args(c)]
                if c.dep_ == "prep" and c.lower_ in ("of", "by"):
                    visitors += [m for p in c.children if p.dep_ == "pobj" for m, _ in index.args(p)]
                if c.dep_ == "prep" and c.lower_ == "to":
                    dest += [m for p in c.children if p.dep_ == "pobj" for m, _ in index.args(p) or _the_country(p, index)]
                    dest += [m for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in FACILITY_NOUNS and
                             not index.args(p) for of in p.children if of.dep_ == "prep" and of.lower_ == "of"
                             for q in of.children for m, _ in index.args(q) if m.type == "Organization"]
                    #          ^ "a visit to the shipyards of Hanwha Ocean": the firm's
            if tok.dep_ == "pobj" and tok.head.lower_ == "during" and not dest:    # "during a visit in Natuna"
                dest += [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in c.children if p.dep_ == "pobj" for m, _ in index.args(p)]
            arrival = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "on") else None
            if arrival is not None and arrival.lemma_.lower() in ARRIVAL_VERBS | {"be"} and not dest:
                dest += [m for c in arrival.children if c.dep_ == "prep" and c.lower_ in ("in", "to")  # "is in Cambodia
                         for p in c.children if p.dep_ == "pobj" for m, _ in index.args(p)]      # for his first visit"
            if not visitors and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and not _future(tok.head) and \
                    not _negated_or_wished(tok.head) and not any(c.dep_ == "aux" for c in tok.head.children):   # "The visit to Tehran is Putin's
                visitors += [m for a in tok.head.children if a.dep_ == "attr" and a.lemma_.lower() in VISIT_NOUNS
                             for c in a.children if c.dep_ == "poss" for m, _ in index.args(c)]   # second trip abroad"
            named_by = any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in tok.children)
            if not visitors and not named_by and tok.dep_ in ("dobj", "pobj", "attr"):   # "who is on a visit to",
                verb = tok.head.head if tok.dep_ == "pobj" else tok.head                   # "made a trip to"
                his = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children) and \
                    not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children)   # ("Putin met him")
                if (verb.lemma_.lower() in VISIT_VERBS or (tok.head.lower_ in ("during", "on") and (verb.lemma_.lower() not in
                                                           HOST_VERBS or his and verb.lemma_ == "meet")) or
                        (tok.head.lower_ in ("for", "on") and verb.lemma_.lower() in ARRIVAL_VERBS and dest)) and \
                        not _future(verb) and not _negated_or_wished(verb) and \
                        not any(c.lower_ in ("would", "could", "might", "never") for c in verb.children):
                    # "A talks to B during a visit to X", "During his visit to Hanoi, Wang met ...": Wang's visit
                    visitors = [m for m, _ in _subjects(verb, index)[0]]
                elif his and tok.head.lower_ == "during" and not _future(verb):   # "Biden welcomed Kishida during
                    visitors = [m for c in verb.children if c.dep_ == "dobj" for m, _ in index.args(c)]   # his visit"
        elif tok.pos_ == "VERB" and lemma in ("visit", "tour") and not _future(tok) and not _negated_or_wished(tok):
            # ^ not "Putin invited Kim to visit Moscow"
            subjects, passive = _subjects(tok, index)
            visitors = [m for m, _ in subjects] if not passive else []
            dest = [m for c in tok.children if c.dep_ == "dobj" and not index._group(c) for m, _ in index.args(c)
                    if m.type in DESTINATIONS and (m.type != "Organization" or index.by_token.get(c.i) is m)]
            #          ^ a firm visited itself ("visited Korea Aerospace Industries"), not where its facility is
            groups = [c for c in tok.children if c.dep_ == "dobj" and (index._group(c) or not dest and c.pos_ == "NOUN"
                                                                       and c.i not in index.by_token)]
            #          ^ "toured a rival submarine facility on Aug. 26 in Kiel": where the thing visited is
            dest += [index.by_token[t.i] for h in ([*groups, tok] if groups else []) for t in h.subtree
                     if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.head.head in (h, *h.subtree) and
                     t.i in index.by_token and index.by_token[t.i].type in PLACES][:1]
            #                                                    ^ "visits British troops ... in Estonia": Estonia
            dest = dest or [index.by_token[p.i] for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in
                            SITE_NOUNS for p in c.children if p.dep_ == "poss" and p.i in index.by_token and
                            index.by_token[p.i].key not in {v.affiliation for v in visitors}]
            #                ^ "visited Chad's border with Sudan": a visit to Chad (not "Modi visited India's border")
        visitors = [m for m in visitors if m.type in ("Person", "Minister")]
        dest = [m for m in dest if m.type in DESTINATIONS]
        if len(visitors) != 1 or not dest or tok.pos_ == "NOUN" and _visit_ahead(tok):
            continue
        who = visitors[0]
        name = surname(who.text, lex)
        for where in dict.fromkeys(dest):      # "visited Santiago and Lima": a visit to each
            place = lex.countries[where.key].name if where.type == "Country" and where.key in lex.countries else \
                _place_name(where)                 # "a visit to the Lithuanian capital": to Vilnius
            m = Mention(doc_id=doc._.kg_doc_id, start=tok.idx, end=tok.idx + len(tok.text),
                        text=f"{name} visit to {place}", type="Meeting", rule="meeting:visit",
                        sent_start=tok.sent.start_char, sent_end=tok.sent.end_char,
                        key=f"participants:{name.lower()}|to {where.key.removeprefix('capital:') or where.text.lower()}",
                        token_start=tok.i, token_end=tok.i + 1)
            found.append(m)
            index.participants[id(m)] = [who, *_hosts_there(where, who, index)]
            if where.type in VENUES:
                index.venues[id(m)] = [where]
            if where is dest[0]:
                index.by_token[tok.i] = m
            else:
                index.detached.append(m)
    index.add(found)
    return found


def _visit_ahead(tok: Token) -> bool:
    """A visit still to come: "an upcoming visit", "ahead of his visit to Tokyo", "is due in Washington for his
    first visit to the White House", "will be in Hanoi for a visit"."""
    if any(c.lower_ in PLANNED for c in tok.children) or tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead":
        return True
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and verb.lemma_ == "be" and \
        (_future(verb) or any(c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_HEADS for c in verb.children))


def joined_by(doc: Doc, index: DocIndex) -> None:
    """"Carney toured a submarine during a visit to the shipyards of Hanwha Ocean. Carney was joined by Defence
    Minister David McGuinty ..., along with South Korean Prime Minister Kim Min-Seok": those who joined someone
    took part in the visit or meeting this sentence or the one before has him at."""
    lex = load_lexicon()
    for verb in doc:
        if verb.lemma_.lower() != "join" or verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children) \
                or _future(verb) or _negated_or_wished(verb):
            continue
        joined = [m for c in verb.children if c.dep_ in PASS_SUBJ for m, _ in index.args(c)
                  if m.type in ("Person", "Minister")]
        people = [m for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "along"
                  for p in c.subtree if p.i in index.by_token
                  for m in [index.by_token[p.i]] if m.type in ("Person", "Minister")]
        if len(joined) != 1 or not people:
            continue
        name = surname(joined[0].text, lex)
        start = sentence_window(verb, 1, 0)[0].start_char
        meetings = [m for m in index.mentions if m.type == "Meeting" and start <= m.start < verb.sent.end_char and
                    any(surname(p.text, lex) == name for p in index.participants.get(id(m), ()))]
        if len(meetings) == 1:
            index.participants[id(meetings[0])] += [p for p in dict.fromkeys(people)
                                                    if p not in index.participants[id(meetings[0])]]


def _hosts_there(where: Mention, who: Mention, index: DocIndex) -> list[Mention]:
    """The people a visit's "where" clause has the visitor meet ("visit to Washington, where he was received by
    Hegseth", "visit to Canberra, where he and Albanese announced ...")."""
    place = index.doc[where.token_end - 1]
    found: list[Mention] = []
    for rel in place.children:
        if rel.dep_ != "relcl" or not any(c.lower_ == "where" for c in rel.children):
            continue
        subjects, passive = _subjects(rel, index)
        found += [m for m, _ in subjects if m.type in ("Person", "Minister")]
        found += [m for m, *_ in _objects(rel, index, passive, {"with", "by"}) if m.type in ("Person", "Minister")]
    lex = load_lexicon()
    return list(dict.fromkeys(m for m in found if surname(m.text, lex) != surname(who.text, lex)))


def _the_country(tok: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """"the visit of Turkish President Erdogan to the country": the last country named before, other
    than the visitors' own."""
    if tok.lemma_.lower() not in ("country", "nation", "kingdom") or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    own = {m.affiliation for m in index.mentions if m.sent_start == tok.sent.start_char and m.affiliation}
    for m in reversed(index.mentions):
        if m.token_end <= tok.i and m.type == "Country" and m.key not in own:
            return [(m, 0.6)]
    return []


EVENT_NOUNS = {"patrol", "exercise", "drill", "wargame", "maneuver", "manoeuvre"}
JOINT_EVENT_NOUNS = {"flight", "operation", "mission", "sail", "transit"}       # events only when "joint"
EVENT_VERBS = {"hold", "have", "conduct", "stage", "launch", "kick", "begin", "commence", "start", "carry", "complete", "wrap", "end",
               "conclude", "finish", "join", "continue", "resume", "fly", "sail", "mount", "run"}     # "flew a joint patrol"
INVOLVING = {"involve", "include", "feature"}      # "an exercise involving A and B"
SHARED_KINDS = {"joint", "bilateral", "trilateral", "combined", "multinational", "multilateral"}
DELEGATE_NOUNS = {"leader", "minister", "official", "delegation", "envoy", "diplomat", "chief"}
FORCE_NOUNS = {"warship", "ship", "vessel", "navy", "force", "troop", "military", "bomber", "aircraft", "jet",
               "fighter", "destroyer", "frigate", "submarine", "soldier", "marine", "coast", "guard", "army"}


def unnamed_events(doc: Doc, index: DocIndex) -> list[Mention]:
    """Joint patrols and exercises the text does not name ("Russian and Chinese warships kicked off
    joint naval patrols", "joint US-Philippine drills"): an Event keyed by the states taking part, or
    the one exercise of that kind the story names elsewhere."""
    found = []
    named: dict[str, list[Mention]] = defaultdict(list)         # the name without "exercise" -> its mentions
    for m in index.mentions:
        if m.type == "Event" and _exercise_name(m, doc):
            named[" ".join(t.lower_ for t in doc[m.token_start:m.token_end] if t.lemma_.lower() not in EVENT_NOUNS)].append(m)
    story = _story_name(named, doc)          # the exercise the story is about, if one
    opened: set[int] = set()                 # the sentences that open the story with it
    one = _one_name(named)                   # ("Exercise Komodo", "the Komodo drills": one exercise)
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i in index.by_token:
            continue
        joint = any(c.lower_ == "joint" for c in tok.children)
        if not (tok.lemma_.lower() in EVENT_NOUNS or (joint and tok.lemma_.lower() in JOINT_EVENT_NOUNS)):
            continue
        written = next((index.by_token[c.i] for c in tok.children if c.dep_ in ("compound", "nmod", "amod")
                        and c.i in index.by_token and index.by_token[c.i].type == "Event"), None)
        before = tok.i - 1
        while before > 0 and doc[before].lower_ in EXERCISE_KINDS:
            before -= 1                    # "the Kanzhar (Dagger) 2023 joint military exercises"
        if written is None and before < tok.i - 1 and getattr(index.by_token.get(before), "type", "") == "Event" and \
                index.by_token[before].token_end == before + 1:
            written = index.by_token[before]
        dubbed = index.dubbed(tok)
        if written is None and dubbed is not None and dubbed.type == "Event":
            written = dubbed               # "joint naval drills dubbed Condor Shield 2024"
        if written is not None:            # "Russia's Vostok-2022 exercise": the exercise named before the noun
            index.by_token[tok.i] = written
            continue
        states = sorted({m.key: m for m in _event_states(tok, index)}.values(), key=lambda m: m.token_start)
        place = _named_by_place(tok, index)
        known = next((m for ms in named.values() for m in ms if place is not None and m.rule != "event:placed" and
                      re.search(rf"(?<!\S){re.escape(place.text)}(?!\S)", m.text)), None)
        if known is not None and not states and not any(c.lower_ == "own" for c in tok.children):
            #                                "This year's Komodo drills" in a story on "Exercise Komodo" (not
            #                                "Turkey held Black Sea drills" in one on "Exercise Black Sea Breeze")
            index.by_token[tok.i] = known
            continue
        if place is not None and len(states) < 2:    # "the Dokdo defense drills": an exercise named by where it is
            m = Mention(doc_id=doc._.kg_doc_id, start=place.start, end=tok.idx + len(tok.text),
                        text=doc[place.token_start:tok.i + 1].text, type="Event", rule="event:placed",
                        sent_start=tok.sent.start_char, sent_end=tok.sent.end_char,
                        key=f"place-event:{place.key or place.text.lower()}|{tok.lemma_.lower()}",
                        token_start=place.token_start, token_end=tok.i + 1)
            found.append(m)
            index.participants[id(m)] = states
            index.venues[id(m)] = [place]
            index.by_token[tok.i] = m
            continue
        same = {bare for bare, ms in named.items() if any(tok.lemma_.lower() in {w.lemma_.lower() for w in
                                                                             doc[m.token_start:m.token_end]} for m in ms)}
        if not same and tok.lemma_.lower() in ("exercise", "drill") and story and \
                any(c.lower_ in ("the", "this") for c in tok.children):
            same = {story}                 # "participated in the exercise" in a story on "Super Garuda Shield"
        if not same and len(states) > 1 and tok.lemma_.lower() in ("exercise", "drill") and story and \
                any(c.lower_ in SHARED_KINDS for c in tok.children) and \
                not any(dates.YEAR.search(t.text) for t in tok.sent) and \
                all(m.sent_start != tok.sent.start_char or m.token_start > tok.i for ms in named.values() for m in ms):
            same = {story}                 # "Russia, China and Iran have commenced a joint naval exercise ...
            #                                The Maritime Security Belt wargames ...": the one the story names
            #                                (not "In 2021, Russia and China held a joint naval exercise")
        if story and (same <= {story} or one) and (_opens_the_story(tok, named[story]) or
                                          tok.sent.start in opened and not any(c.dep_ in ("det", "poss") or
                                                                               c.lower_ in EARLIER | APART_KINDS
                                                                               for c in tok.children)):
            index.by_token[tok.i] = named[story][0]     # "NATO kicked off a naval exercise on Sunday ... The annual
            opened.add(tok.sent.start)                  # BALTOPS naval exercise": the lead's exercise, named later,
            continue                                    # and "drills" in that sentence ("take part in drills")
        if len(states) > 1 and len(same) == 1:   # "during a multinational exercise ... the Talisman Sabre exercise"
            known = named[next(iter(same))][0]
            m = Mention(doc_id=doc._.kg_doc_id, start=tok.idx, end=tok.idx + len(tok.text), text=known.text,
                        type="Event", rule="event:named-elsewhere", sent_start=tok.sent.start_char,
                        sent_end=tok.sent.end_char, key=known.key, token_start=tok.i, token_end=tok.i + 1)
            found.append(m)
            index.participants[id(m)] = states
            index.by_token[tok.i] = m
            continue
        if len(states) < 2:
            continue
        text = f"{'-'.join(m.text for m in states)} {'joint ' if joint else ''}{tok.lemma_.lower()}"
        m = Mention(doc_id=doc._.kg_doc_id, start=tok.idx, end=tok.idx + len(tok.text), text=text, type="Event",
                    rule="event:unnamed", sent_start=tok.sent.start_char, sent_end=tok.sent.end_char,
                    key="participants:" + "|".join(sorted(s.key for s in states)) + ";" + tok.lemma_.lower(),
                    token_start=tok.i, token_end=tok.i + 1)
        found.append(m)
        index.participants[id(m)] = states
        for t in (tok, *(c for c in tok.conjuncts if c.lemma_.lower() in EVENT_NOUNS)):   # "patrols and drills"
            index.by_token.setdefault(t.i, m)
    index.add(found)
    return found


FORCE_NOUNS_PLURAL = {"troops", "soldiers", "peacekeepers", "personnel", "forces", "servicemen", "paratroopers",
                      "contingent", "contingents"}
STATIONING_LEMMAS = {"station", "deploy", "base", "arrive", "position", "garrison", "send", "dispatch", "locate",
                     "remain", "stay", "redeploy"}


def unnamed_forces(doc: Doc, index: DocIndex) -> list[Mention]:
    """"Russian peacekeepers were deployed in Nagorno-Karabakh", "Indian military personnel stationed in the
    Maldives": a state's forces the text does not name, as a unit of this story, where the sentence
    says where they are or go."""
    found = []
    for tok in doc:
        if tok.lower_ not in FORCE_NOUNS_PLURAL or tok.i in index.by_token or tok.pos_ != "NOUN":
            continue
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "poss", "nmod")]
        states = [index.by_token[c.i] for c in mods if c.i in index.by_token and index.by_token[c.i].type == "Country"]
        if not states and tok.dep_ == "dobj" and tok.head.lemma_ == "have":     # "The US has 50,000 troops
            states = [m for s in tok.head.children if s.dep_ == "nsubj"            # stationed in Japan"
                      for m, _ in index.args(s) if m.type == "Country"]
        if len(states) != 1 or any(c.i in index.by_token and c is not doc[states[0].token_start] and
                                   index.by_token[c.i] is not states[0] for c in mods) or \
                any(c.dep_ == "conj" for c in doc[states[0].token_start].children) or \
                any(c.lower_ in ("no", "pro", "anti") for m in mods for c in m.subtree) or \
                any(c.lower_ == "no" for c in tok.children):
            continue                       # one state's forces ("Russian airborne troops", "Russia's troops"; not
            #                                "American and British troops", "pro-Russian forces", "no troops")
        head = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                (tok.head.head.like_num or tok.head.head.lower_ in QUANTITY_NOUNS):   # "thousands of French troops"
            head = tok.head.head
        verb = head.head if head.dep_ in (*SUBJ, *PASS_SUBJ, "dobj") else None
        placed = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in STATIONING_LEMMAS]
        if verb is not None and verb.lemma_.lower() in STATIONING_LEMMAS:
            placed.append(verb)
        placed = [v for v in placed if not _negated_or_wished(v) and not _future(v)]   # "would not be stationed"
        if not any(prep.dep_ == "prep" and prep.lower_ in ("in", "to", "at", "on", "from") and
                   any(getattr(index.by_token.get(p.i), "type", "") in PLACES for p in prep.children)
                   for v in placed for prep in v.children) and \
                not any(v.dep_ == "relcl" and getattr(index.by_token.get(v.head.i), "type", "") in PLACES and
                        any(c.lower_ == "where" for c in v.children) and
                        not any(c.lower_ in ("once", "formerly", "longer") for c in v.subtree) for v in placed):
            continue                       # (or "Chad, Gabon and Côte d'Ivoire, where French troops are based")
        state = states[0]
        owned = doc[state.token_start] in mods or doc[state.token_end - 1] in mods
        start = min([state.token_start if owned else tok.i,
                     *(c.left_edge.i for c in mods if c.dep_ not in ("det", "nummod"))])
        span = doc[start:tok.i + 1]
        text = span.text if owned else f"{state.text} {span.text}"          # "US troops"
        m = Mention(doc_id=doc._.kg_doc_id, start=span.start_char, end=span.end_char, text=text,
                    type="MilitaryUnit", rule="unit:unnamed-forces", sent_start=tok.sent.start_char,
                    sent_end=tok.sent.end_char, key=f"forces:{doc._.kg_doc_id}:{state.key}:{tok.lemma_.lower()}",
                    token_start=span.start, token_end=span.end)
        found.append(m)
        index.by_token[tok.i] = m
    index.add(found)
    return found


PLACE_EVENT_WORDS = {"defense", "defence", "military", "naval", "navy", "air", "live-fire", "joint", "annual",
                     "regular", "amphibious", "landing", "-", "sea", "maritime"}


def _named_by_place(tok: Token, index: DocIndex) -> Mention | None:
    """The island, sea or place an exercise noun is named by: written right before it, with only words
    of what kind of exercise it is between ("Dokdo defense drills", "the Baltic Sea exercise")."""
    for c in tok.children:
        m = index.by_token.get(c.i)
        if c.dep_ in ("compound", "nmod") and c.i < tok.i and m is not None and \
                m.type in ("Island", "Region", "WaterBody") and \
                all(t.lower_ in PLACE_EVENT_WORDS for t in tok.doc[m.token_end:tok.i]):
            return m
    return None


CONFLICT_NOUNS = {"war", "conflict"}
CONFLICT_SIDES = ("Country", "Organization")
UNREAL = {"possible", "potential", "future", "hypothetical", "risk", "threat", "prospect", "fear", "danger",
          "spectre", "specter", "possibility", "likelihood", "chance", "chances", "brink", "eve"}


def unnamed_conflicts(doc: Doc, index: DocIndex) -> list[Mention]:
    """Wars and invasions the text names by their sides ("the Russia-Ukraine war", "the war between
    Armenia and Azerbaijan", "Russia's invasion of Ukraine"): an Event keyed by its sides, so that every
    story of it resolves to one node, with the sides (the invader of an invasion) taking part."""
    found = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.i in index.by_token or lemma not in CONFLICT_NOUNS | {"invasion"}:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.lower_ in UNREAL for c in tok.children) or \
                any(c.dep_ in ("compound", "amod") and c.i not in index.by_token and c.pos_ == "NOUN"
                    for c in tok.children) or \
                (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in UNREAL):
            continue                    # not "a war between China and the US would ...", "the risk of conflict",
            #                             "a Chinese invasion of Taiwan", "the US-China trade war"
        before = [m for t in tok.subtree if t.i < tok.i and t.dep_ in ("compound", "amod", "poss", "nmod")
                  for m in [index.by_token.get(t.i)] if m is not None and m.type in CONFLICT_SIDES]
        if lemma == "invasion":
            invaded = [m for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                       if p.dep_ == "pobj" for m in [index.by_token.get(p.i)] if m is not None and m.type == "Country"]
            if len(before) != 1 or len(invaded) != 1 or before[0].key == invaded[0].key:
                continue
            sides, parts = [before[0], invaded[0]], [before[0]]
            key = f"invasion:{sides[0].key or sides[0].text.lower()}>{sides[1].key}"
            end = invaded[0].token_end
            text = doc[min(before[0].token_start, tok.i):end].text
        else:
            sides = list(dict.fromkeys([*before, *between_parties(tok, index, ("Country", "Organization"))]))
            if len(sides) < 2 or len({m.key or m.text for m in sides}) < 2:
                continue
            parts = sides
            key = "conflict:" + "|".join(sorted(m.key or m.text.lower() for m in sides))
            text = f"{'-'.join(m.text for m in sides)} {tok.text.lower()}"
            end = tok.i + 1
        m = Mention(doc_id=doc._.kg_doc_id, start=tok.idx, end=tok.idx + len(tok.text), text=text, type="Event",
                    rule="event:conflict", sent_start=tok.sent.start_char, sent_end=tok.sent.end_char, key=key,
                    token_start=tok.i, token_end=tok.i + 1)
        found.append(m)
        index.by_token[tok.i] = m
        index.participants[id(m)] = parts
    index.add(found)
    return found


LEAD_SENTENCES = 2           # a headline or a dateline's sentence, and the one after it: where a story tells its news
NAMING_SENTENCES = 3         # and the sentence after those: where a story names its exercise
OPENING_VERBS = {"begin", "start", "kick", "open", "commence", "get", "launch"}     # "exercises began on Monday"
APART_KINDS = {"own", "separate", "parallel", "snap", "rival", "counter", "smaller"}   # not the story's exercise
NAME_INTROS = {"the", "this", "’s", "'s"}    # "The annual BALTOPS naval exercise", "this year's Arctic Challenge"


def _opens_the_story(tok: Token, names: list[Mention]) -> bool:
    """Whether an exercise noun without a name of its own is the exercise the story goes on to name: in its
    headline or lead, begun or held ("NATO kicked off an exercise on Monday", "Large-scale NATO exercises began
    on Monday across Finland"), and the name that follows refers back to it ("The annual BALTOPS naval exercise",
    "this year's Arctic Challenge Exercises", "the Norway-led Nordic Response 2024"), not one brought in as
    another ("Exercise Sea Wolf began in the Aegean", "Another exercise, Hedgehog 2024"). Not a past, other or own
    one, nor one beside the name."""
    doc = tok.doc
    verb = tok.head
    begun = (tok.dep_ == "dobj" and verb.lemma_.lower() in EVENT_VERBS) or \
        (tok.dep_ in SUBJ and verb.lemma_.lower() in OPENING_VERBS)
    later = [m for m in names if m.token_start > tok.i]
    if not (begun and later and len(later) == len(names)) or \
            tok.lemma_.lower() not in ("exercise", "drill", "wargame", "maneuver", "manoeuvre") or \
            doc[later[0].token_start].sent == tok.sent or \
            tok.sent not in _opening(doc, LEAD_SENTENCES):    # (the lead last: dearest)
        return False
    before = doc[max(doc[later[0].token_start].sent.start, later[0].token_start - 4):later[0].token_start]
    intro = [t for t in before if t.lower_ in NAME_INTROS]
    between = doc[intro[-1].i + 1:later[0].token_start] if intro else before
    return (bool(intro) and all((t.pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT", "NUM") or
                                 t.tag_ == "VBN" and doc[t.i - 1].text == "-") and t.lower_ not in EARLIER
                                for t in between) or _named_back(doc, later[0].token_start)) and \
        not any(c.dep_ == "poss" or c.lower_ in EARLIER | APART_KINDS | {"the", "this", "these"} for c in tok.children) and \
        not dates.YEAR.search(tok.sent.text) and not _negated_or_wished(verb)


def _named_back(doc: Doc, start: int) -> bool:
    """"The drills, named Vigilant Storm, ...": a name given to the exercise told of before ("the", "these")."""
    j = start - 1 - (start > 0 and doc[start - 1].is_quote)
    if j < 1 or doc[j].lower_ not in DUBBING:
        return False
    noun = doc[j - 1] if doc[j - 1].text != "," else doc[j - 2]
    return noun.lemma_.lower() in EVENT_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "these", "this")
                                                      for c in noun.children)


def _exercise_name(m: Mention, doc: Doc) -> bool:
    """Whether an Event mention names an exercise, not a war or conflict ("the Cold War", "Russia's invasion of
    Ukraine") that spaCy or kg found beside it."""
    return m.rule != "event:conflict" and not (m.rule.startswith("ner:") and not any(
        t.lemma_.lower() in EVENT_NOUNS for t in doc[m.token_start:m.token_end]))


def _opening(doc: Doc, count: int) -> list[Span]:
    """A story's first sentences, up to `count` that say something: a dateline of its own ("HELSINKI (AP) --")
    is not counted."""
    out = []
    for sent in doc.sents:
        out.append(sent)
        count -= any(t.pos_ in ("VERB", "AUX") for t in sent)
        if count <= 0:
            break
    return out


def _story_name(named: dict[str, list[Mention]], doc: Doc) -> str:
    """The exercise a story is about: its one name ("super garuda shield", "garuda shield 2022"), or among
    several the one it gives the exercise ('Titled "Freedom Edge," the three-day exercise began', beside
    "Freedom Shield with South Korea and Keen Edge with Japan"), or else the one its lead names when the others
    come only later ("the Norway-led Nordic Response 2024" before 'For years, the drill was called "Cold
    Response."': a name it had, not one it was given)."""
    if not named or _one_name(named):
        return max(named, key=len, default="")
    given = {bare for bare, ms in named.items() for m in ms
             if any(t.lower_ in DUBBING and t.nbor(-1).lower_ not in ("was", "were", "been")
                    for t in doc[max(1, m.token_start - 2):m.token_start])}
    if given:
        return next(iter(given)) if len(given) == 1 else ""
    lead = _opening(doc, NAMING_SENTENCES)[-1].end
    first = {bare for bare, ms in named.items() if any(m.token_start < lead for m in ms)}
    return next(iter(first)) if len(first) == 1 else ""


def _one_name(named: dict[str, list[Mention]]) -> bool:
    """Whether a story's exercise names are one name ("super garuda shield", "garuda shield 2022")."""
    bare = {dates.YEAR.sub("", n).strip() for n in named}
    return bool(bare) and any(all(b in n for b in bare) for n in bare)


AGREEMENT_NOUNS = {"agreement", "deal", "contract", "convention", "charter", "accord", "pact", "memorandum", "treaty", "declaration", "protocol",
                   "communique", "communiqué"}


def unnamed_agreements(doc: Doc, index: DocIndex) -> list[Mention]:
    """"India signed a formal agreement to buy 36 Rafale jets": an agreement signed but not named is
    a treaty of its own (its parties are read like those of any unnamed agreement)."""
    found = []
    for tok in doc:
        between = between_parties(tok, index, ("Country", "Organization")) if tok.pos_ == "NOUN" and tok.lemma_.lower() in AGREEMENT_NOUNS and \
            tok.i not in index.by_token and not _negotiated(tok) else []
        if len(between) >= 2:            # "the pact between Japan and Britain": an agreement of theirs
            words = doc[_modified_from(tok):tok.i + 1].text
            m = Mention(doc_id=doc._.kg_doc_id, start=tok.idx, end=tok.idx + len(tok.text),
                        text=f"{'-'.join(p.text for p in between)} {words}",
                        type="Treaty", rule="treaty:unnamed", sent_start=tok.sent.start_char, sent_end=tok.sent.end_char,
                        key="parties:" + ",".join(sorted({p.key or p.text.lower() for p in between})) +
                        (";agreement" if tok.lemma_.lower() != "treaty" else "") + stage_suffix(words),
                        token_start=tok.i, token_end=tok.i + 1)
            found.append(m)
            index.by_token[tok.i] = m
            continue
        signed = (tok.dep_ == "dobj" and tok.head.lemma_.lower() in SIGNED) or \
            (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in SIGNED and not _negated_or_wished(tok.head) and
             any(m.type in ("Country", "Organization") or m.affiliation or m.title for c in tok.head.children
                 if c.dep_ == "agent" for p in c.children for m, _ in index.args(p))) or \
            any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SIGNED for c in tok.children)
        if tok.pos_ != "NOUN" or not signed:    # ^ "the deal, signed by Serbia and France", "the agreement signed on",
            continue                            #   "The pact was signed by Indonesia and Australia"
        words = [c for c in tok.subtree if c.dep_ in ("amod", "compound") and c.i < tok.i and c.i not in index.by_token
                 and c.lower_ not in HOW_MANY | {"own"}]     # (not "several deals", "their own deal": not a name)
        while words and {w.i for w in words} != set(range(words[0].i, tok.i)):
            words.pop(0)                # contiguous: "defense cooperation plan" (defense modifies cooperation)
        letter = tok.lemma_.lower() == "letter" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and \
            doc[tok.i + 2].lower_ in ("intent", "offer", "acceptance")          # "a letter of offer and acceptance"
        kind = tok.lemma_.lower() in AGREEMENT_NOUNS or letter or \
            (tok.lemma_.lower() == "plan" and any(w.lemma_.lower() == "cooperation" for w in words)) or \
            _signed_document(tok, index)
        if not kind or tok.i in index.by_token or not _new_agreement(tok, index):
            continue                    # "signed a defense cooperation plan", "two acquisition contracts"
        start = min([tok.i, *(w.i for w in words)])
        end = tok.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in ("understanding", "intent",
                                                                                     "cooperation", "agreement", "offer"):
            end += 2                    # "a memorandum of understanding"
            if end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].lower_ == "acceptance":
                end += 2
        m = Mention(doc_id=doc._.kg_doc_id, start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text),
                    text=doc[start:end].text, type="Treaty", rule="treaty:unnamed",
                    sent_start=tok.sent.start_char, sent_end=tok.sent.end_char, token_start=start, token_end=end)
        found.append(m)
        for i in range(start, end):
            index.by_token[i] = m
    index.add(found)
    return found


SIGNED = SIGNING_VERBS | DEAL_VERBS | WINNING_VERBS    # "signed a deal", "struck a deal", "won a contract"


def _signed_document(tok: Token, index: DocIndex) -> bool:
    """"The Emiratis and the Israelis signed their own bilateral document", "signed documents on the placement of
    nuclear weapons": a document signed is an agreement, unless it is the papers of one named ("signed the
    documents for the status of visiting forces agreement", "signed two documents, the AlUla Declaration and a
    final communique") or a state's papers to join one ("an accession document")."""
    return tok.lemma_.lower() == "document" and tok.head.lemma_.lower() in SIGNING_VERBS and \
        not any(getattr(index.by_token.get(t.i), "type", "") == "Treaty" or t.lemma_.lower() in AGREEMENT_NOUNS
                for c in tok.children if c.dep_ in ("prep", "appos", "conj") for t in c.subtree) and \
        not any(c.lemma_.lower() in ("accession", "ratification", "instrument") for c in tok.children)


def _new_agreement(tok: Token, index: DocIndex) -> bool:
    """Whether a signed agreement is one the story has not named: "a deal", "two contracts", a headline's bare
    "ink deal", or "the deal" before any treaty is named (not "the deal" that refers back to one)."""
    dets = [c for c in tok.children if c.dep_ in ("det", "poss", "nummod")]
    if any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod" for c in dets) or not dets or \
            any(c.lower_ == "own" for c in tok.children):
        return True                     # ("signed their own bilateral document")
    return any(c.lower_ == "the" for c in dets) and \
        not any(m.type == "Treaty" and m.token_end <= tok.i for m in index.mentions)


def _event_states(tok: Token, index: DocIndex, named: bool = False) -> list[Mention]:
    """The states an exercise is of: its own demonyms ("joint US-Philippine drills"), its partners
    ("drills with Japan") and, when a verb of holding governs it, that verb's subjects, whether named
    or the forces of named states ("Russian and Chinese warships kicked off ...")."""
    def states_of(t: Token) -> list[Mention]:
        m = index.by_token.get(t.i)
        if m is not None and m.type in ("Country", "MilitaryUnit"):     # "The Israel Defense Forces and CENTCOM
            return [m]                                                  # launched a joint exercise"
        if t.lemma_.lower() in FORCE_NOUNS | DELEGATE_NOUNS or t.lower_ in FORCE_NOUNS:
            named = [c for c in t.subtree if c.i < t.i and c.dep_ in ("amod", "compound", "nmod", "poss", "conj")]
            named += [c for ch in t.children if ch.dep_ == "prep" and ch.lower_ in ("from", "of")   # "leaders from
                      for p in ch.children if p.dep_ == "pobj" for c in (p, *p.conjuncts)]         # the US, India ..."
            return index.countries(named)
        return []

    head = tok.head if tok.dep_ == "conj" else tok
    out = index.countries(c for ch in tok.children if ch.dep_ in ("amod", "compound", "nmod") for c in (ch, *ch.conjuncts))
    for prep in (*tok.children, *head.head.children):
        if prep.dep_ == "prep" and prep.lower_ in ("with", "between", "among", "involving"):
            out += [m for p in prep.children if p.dep_ == "pobj" for t in _members(p) for m in states_of(t)]
    out += [m for acl in tok.children if acl.dep_ == "acl" and acl.lemma_.lower() in INVOLVING
            for o in acl.children if o.dep_ == "dobj" for t in _members(o) for m in states_of(t)]   # "exercise involving
    verb = head.head                                                                                # the United States"
    if head.dep_ == "pobj" and verb.lower_ == "during":          # "Japan fired missiles ... during an exercise"
        if named:                  # (a named exercise has its own participants: "China sent a spy ship ... during")
            return out
        verb = _clause_verb(verb)
        if verb.pos_ == "VERB" and not any(c.dep_ in PASS_SUBJ | {"auxpass"} for c in verb.children):
            out += [m for s in verb.children if s.dep_ in SUBJ for t in _members(s) for m in states_of(t)]
        return out
    if head.dep_ == "pobj" and verb.lower_ == "in":              # "took part in joint drills"
        verb = verb.head
    if verb.lemma_.lower() in EVENT_VERBS | {"participate", "take"} and head.dep_ in ("dobj", "pobj", "nsubjpass") and \
            not _refused(verb):                                   # (not "Japan did not take part in the drills")
        subj = [c for c in verb.children if c.dep_ in SUBJ | {"agent"}]
        subj += [p for c in subj if c.dep_ == "agent" for p in c.children]
        out += [m for s in subj for t in _members(s) for m in states_of(t)]
        if not subj and verb.dep_ == "ROOT":        # "... of collaboration, Russia, China and Iran have commenced
            out += [m for m, _ in _left_subject(verb, index) if m.type == "Country"]   # a joint naval exercise"
        elif not subj and verb.dep_ == "xcomp":      # "A, B and C are scheduled to conclude their first exercise"
            out += [m for m, _ in _subjects(verb, index)[0] if m.type in ("Country", "MilitaryUnit")]
    return out


SIDELINES = {"sideline", "sidelines", "margin", "margins"}
MEETING_VERBS = {"meet", "host", "call", "sign", "ink", "welcome", "greet", "receive", "sit", "convene", "gather"}
GATHERING = {"meet", "convene", "gather"}         # "The G7 foreign ministers convened in Capri": they met there
TALK_VERBS = {"discuss", "agree", "talk", "confer"}
REMOTE = {"phone", "telephone", "call", "video", "virtual", "virtually", "letter", "online", "videoconference"}     # a meeting of two sides' people only with a place or a day


def _meeting_word(tok: Token) -> str:
    return "talks" if tok.lower_ in ("talks", "negotiations") else tok.lemma_.lower()   # (negotiations are talks)


def _press_conference(tok: Token) -> bool:
    """"a news conference", "a press conference" (one side's: not a meeting of two unless it says so)."""
    return tok.lemma_.lower() == "conference" and any(c.lower_ in ("news", "press") for c in tok.children)


def _placed_name(tok: Token, meeting: Mention, index: DocIndex) -> list[Mention]:
    """"a ceremony in Brussels": the words the text uses for a made-up meeting, kept as its other name."""
    held = [prep for rel in tok.children if rel.dep_ in ("relcl", "acl") and rel.lemma_.lower() in ("hold", "stage")
            for prep in rel.children]            # "the ceremony, which was held at Minhas Airbase"
    for prep in (*tok.children, *held):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
            for p in prep.children:
                place = index.by_token.get(p.i)
                if place is not None and place.type in PLACES and \
                        place.token_start > prep.i:
                    doc = tok.doc
                    first = _modified_from(tok)
                    return [replace(meeting, start=doc[first].idx, end=doc[place.token_end - 1].idx + len(doc[place.token_end - 1]),
                                    text=f"{doc[first:tok.i + 1].text} {prep.text} {place.text}", rule="meeting:placed-name",
                                    token_start=first, token_end=place.token_end, alias_of=meeting)]
    return []


def _modified_from(tok: Token) -> int:
    """Where the words that say what kind of meeting it is begin: "a [transfer of authority] ceremony",
    "the [signing] ceremony" (not a determiner, a number or a word of another phrase)."""
    first = tok.i
    while first > tok.sent.start and (tok.i - first < 4 or tok.doc[first].text in ("-", "of")):
        prev = tok.doc[first - 1]     # (the whole of "a change-of-command ceremony")
        if prev.pos_ not in ("NOUN", "ADJ", "ADP", "PROPN", "VERB", "PUNCT") or prev.dep_ in ("det", "poss", "nummod") or \
                (prev.pos_ in ("ADP", "PUNCT") and prev.text not in ("of", "-")) or prev.tag_ in ("VBD", "VBZ", "VBP") or \
                prev.lower_ in WEEKDAYS_MONTHS | {"weekend"}:
            break                     # (not "the Monday ceremony", "the August summit": when, not what kind)
        first -= 1
    while first < tok.i and tok.doc[first].pos_ in ("ADP", "PUNCT"):
        first += 1
    return first


def _person_before(verb: Token, index: DocIndex) -> list[Mention]:
    """The person named last before a clause whose subject the parser lost ("after its foreign
    minister, Pekka Haavisto, signed ... and presented it to Blinken at a ceremony")."""
    cur = verb
    while True:
        for i in range(cur.i - 1, cur.sent.start - 1, -1):
            m = index.by_token.get(i)
            if m is not None and m.type in ("Person", "Minister"):
                return [m]
            if cur.doc[i].pos_ == "VERB":
                break
        if not (cur.dep_ == "conj" and cur.head.pos_ == "VERB" and cur.head.i < cur.i):
            return []
        cur = cur.head


WITNESS_VERBS = {"oversee", "witness", "watch", "look", "attend", "observe", "preside"}


def _present(verb: Token, index: DocIndex) -> list[Mention]:
    """People "in the presence of" whom something was done, or "with X overseeing" it: they took part."""
    found: list[Mention] = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in prep.children:
                if noun.lemma_.lower() == "presence":
                    found += [m for of in noun.children if of.lower_ == "of" for p in of.children
                              for m, _ in index.args(p) if m.type in ("Person", "Minister")]
        if prep.dep_ == "prep" and prep.lower_ == "with":      # "with Prime Minister X overseeing the deal"
            who = [p for p in prep.children if any(c.dep_ == "acl" and c.tag_ == "VBG" and
                                                   c.lemma_.lower() in WITNESS_VERBS for c in p.children)]
            who += [s for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and
                    c.lemma_.lower() in WITNESS_VERBS for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            found += [m for p in who for m, _ in index.args(p) if m.type in ("Person", "Minister")]
    return found


def _made_meeting(tok: Token, people: list[Mention], word: str, rule: str) -> Mention:
    """A meeting the text describes but does not name, at the word that tells it: labelled by its
    participants' surnames, hosts first ("Wong-Li meeting"), and keyed by the set of them so that every
    article describing it resolves to one node."""
    lex = load_lexicon()
    names = list(dict.fromkeys(surname(p.text, lex) if p.type in ("Person", "Minister") else
                               lex.countries[p.key].name if p.metonym and p.key in lex.countries else p.text
                               for p in people))          # ("French": France)
    keys = {surname(p.text, lex).lower() if p.type in ("Person", "Minister") else p.key or p.text.lower()
            for p in people}
    return Mention(doc_id=tok.doc._.kg_doc_id, start=tok.idx, end=tok.idx + len(tok.text),
                   text=f"{'-'.join(names)} {word}", type="Meeting", rule=rule, sent_start=tok.sent.start_char,
                   sent_end=tok.sent.end_char, key="participants:" + "|".join(sorted(keys)),
                   token_start=tok.i, token_end=tok.i + 1)


def _verb_meetings(doc: Doc, index: DocIndex, nominal: list[Mention]) -> list[Mention]:
    """A meeting told by its verb ("Wong hosted Li at The Treasury", "called on Ng at the hotel"):
    an event with its participants, when the sentence names no meeting and says where or when."""
    around = {i for tok in doc if tok.lemma_.lower() in SIDELINES for i in range(tok.i, tok.right_edge.i + 1)}
    named = {m.sent_start for m in index.mentions if m.type == "Meeting" and m.token_start not in around} | \
        {m.sent_start for m in nominal}
    found = []
    story_names_one = any(m.type == "Meeting" and not m.rule.startswith("meeting:") for m in index.mentions)
    for verb in doc:                            # ^ "the top diplomats of Japan and India met" in a story on the Quad
        talk = verb.lemma_.lower() in TALK_VERBS
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in MEETING_VERBS | TALK_VERBS or verb.i in index.by_token \
                or (talk and story_names_one):
            continue
        if verb.lemma_.lower() == "call" and not any(c.lower_ == "on" for c in verb.children):
            continue
        named_before = index.by_token.get(verb.i - 2) if verb.tag_ == "VBN" and doc[verb.i - 1].text == "," else None
        if named_before is not None and named_before.type in ("Meeting", "Event"):
            index.participants.setdefault(id(named_before), []).extend(
                m for a in verb.children if a.dep_ == "agent" for p in a.children for m, _ in index.args(p)
                if m.type in ("Person", "Minister"))
            continue                  # "on the sidelines of the Munich Security Conference, hosted by Chancellor
            #                           Scholz": the conference's host, not a meeting of his with the sentence's pair
        gathering = verb.lemma_.lower() in GATHERING
        if gathering and verb.lemma_.lower() != "meet" and any(c.dep_ in ("dobj", "dative") for c in verb.children):
            continue                  # (not "gathered evidence", "convened a panel": the noun's meeting if any)
        if verb.sent.start_char in named or _future(verb) or _possible(verb) or _conditional(verb) or \
                _negated_or_wished(verb) or _refused(verb):
            continue                  # "Yi will meet Imran Khan", "might sign the agreement in Tokyo": not yet;
            #                           "Dong refused to meet Austin": never
        subjects, passive = _subjects(verb, index)
        objects = _objects(verb, index, passive, {"with", "on"})
        if verb.lemma_.lower() in SIGN:      # "signed a border security deal with Iraqi National
            objects += [(m, 0.7, "with") for d in verb.children if d.dep_ == "dobj"   # Security Adviser Al-Araji"
                        for prep in d.children if prep.dep_ == "prep" and prep.lower_ == "with"
                        for p in prep.children for m, _ in index.args(p) if m.type in ("Person", "Minister")]
            if passive:                                 # "The agreements were signed on Wednesday between A and B"
                objects += [(m, 0.7, "between") for h in (verb, *(o for p in verb.children if p.dep_ == "prep" and
                                                                   p.lower_ in ("in", "at", "on") for o in p.children))
                            for m in between_parties(h, index, ("Person", "Minister", "Country"))]
        people = list(dict.fromkeys([*(m for m, *_ in (*subjects, *objects) if m.type in ("Person", "Minister")),
                                     *_present(verb, index)]))
        states = list({m.key: m for m, *_ in (*subjects, *objects) if m.type == "Country" and m.key}.values())
        heads = [s for s in verb.children if s.dep_ in SUBJ]
        if not people and len(states) >= 1 and gathering and not story_names_one and \
                heads and all(s.lemma_.lower() in DELEGATE_NOUNS | {"president", "head"} and not _not_states_people(s)
                              for s in heads) and \
                not any(t.lemma_.lower() in REMOTE for t in verb.children):
            states += [m for m, *_ in subjects if _body_of_states(m) and m not in states]
            people = states if len(states) >= 2 else []    # "The presidents of Venezuela and Guyana met in
            #                                                 Kingstown", "Leaders of the EU and China gathered in"
        if not people and len(states) >= 2 and verb.lemma_.lower() in SIGN and \
                (not passive or any(o[2] == "between" for o in objects) or
                 sum(m.type == "Country" for m, _ in subjects) >= 2) and not _negated_or_wished(verb):
            people = states           # "The UK, Italy and Japan signed a treaty in Tokyo on Thursday": a signing
            #                           (and "The pact was signed by Indonesia and Australia in Jakarta")
        body = None
        if not people and gathering and not passive and not objects and \
                not _met_someone(verb, index):     # "Chiefs of Defence Staff of ECOWAS are meeting in Accra today"
            body = next((m for s in heads if {s.lemma_.lower(), s.lower_.removesuffix("s")} & (DELEGATE_NOUNS | {"head"})
                         for t in s.subtree
                         if t.dep_ in ("pobj", "appos") or t.dep_ in ("compound", "nmod") and t.head == s
                         for m in [index.by_token.get(t.i)]
                         if m is not None and m.type == "Organization" and
                         (t.dep_ in ("pobj", "appos") or _body_of_states(m))), None)   # (or "NATO foreign ministers met")
            people = [body] if body is not None else []
        if talk:                      # "Singh and Wei discussed the standoff in Moscow on Friday": the two
            people = [m for m, _ in subjects if m.type in ("Person", "Minister")]   # sides' people, together
            if len({p.affiliation for p in people}) < 2 or any(p.affiliation is None for p in people) or \
                    any(t.lemma_.lower() in REMOTE for t in verb.sent):
                continue                  # (not "agreed in a phone call", "talked in a video call")
            if not any(_at_venue(p, index) for p in verb.children) and not _dated(verb, index):
                continue
        sent_for = [] if people[1:] or body is not None or passive or verb.lemma_.lower() in SIGN else \
            _states_met(verb, people, objects, index)
        people += sent_for            # "Sikorski hosted his French and German counterparts in Weimar"
        if len(people) < 2 and body is None:
            continue
        if verb.lemma_.lower() == "sit" and any(p.dep_ == "prep" and p.lower_ == "for" for p in verb.children):
            continue                  # "sat down for dialogue with ...": the meeting it names
        met = [m for m, *_ in objects if m.type in ("Person", "Minister")] + _present(verb, index)
        if not met and not sent_for and verb.lemma_.lower() not in SIGN and _met_someone(verb, index):
            continue                  # "Hayashi and Hamada will meet with their counterparts": who is unread
        sides = {p.affiliation for p in people}
        if len(sides) == 1 and None not in sides:
            continue                  # two ministers of one government did not hold a meeting together
        where, when = _placed(verb, index), _dated(verb, index)
        if verb.dep_ == "acl" and verb.lemma_.lower() in SIGN and not where and _in_a_year(verb, index):
            continue                  # "Manila and Washington have a Mutual Defense Treaty signed in 1951": the
            #                           treaty's history, not a signing the story tells
        signers = verb.lemma_.lower() in SIGN and all(p.type in ("Person", "Minister") for p in people)
        told = _told_unsigned(verb, index) if verb.lemma_.lower() in SIGN and not (where or when) else None
        if not (where or when or told) and verb.lemma_.lower() not in ("meet", "host", "welcome", "greet", "receive", "sit") \
                and not (signers and (_signed_there_later(verb, index) or _two_sides(people, verb, index))):
            continue                  # "the UK and Japan signed ...": a signing only with a place or day
        kind = "signing" if verb.lemma_.lower() in SIGN else "meeting"
        m = _made_meeting(verb, people, kind, "meeting:verb")
        if body is not None:          # one body meets many times: this story's meeting of it
            m.key += f";{doc._.kg_doc_id}:{verb.i}"
        if kind == "signing":         # not the same pair's talks, nor their press conference
            m.key += ";signing"
        found.append(m)
        index.by_token[verb.i] = m
        if told is not None:          # the sentence before told where and when: the same signing
            index.by_token[told.i] = m
        index.participants[id(m)] = people
    return found


def _told_unsigned(verb: Token, index: DocIndex) -> Token | None:
    """"Officials of the five countries signed a convention today in Kazakhstan. Representatives of Russia, Iran,
    ... signed a document ...": the signing verb of the sentence before, which says where or when but names no one
    who signed (they are this sentence's)."""
    for tok in (t for sent in sentence_window(verb, 1, 0)[:-1] for t in sent):
        if tok.lemma_.lower() not in SIGN or tok.pos_ != "VERB" or tok.i in index.by_token or \
                _future(tok) or _negated_or_wished(tok) or not (_placed(tok, index) or _dated(tok, index)):
            continue
        subjects, passive = _subjects(tok, index)
        if not subjects and not any(o.dep_ == "agent" for o in tok.children) and \
                not _objects(tok, index, passive, {"with"}):
            return tok
    return None


APPEARING = {"announce", "unveil", "stand", "appear", "speak", "say", "present", "launch", "tell", "declare"}


def _side_by_side(doc: Doc, index: DocIndex) -> list[Mention]:
    """"Albanese announced the new pact alongside Nauru's President Adeang in Canberra on Monday", "Standing
    alongside Netanyahu at the White House, Trump ...": two sides' people appearing together somewhere met there."""
    found = []
    for prep in doc:
        verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head     # ("announced the pact alongside X")
        if prep.lower_ != "alongside" or prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.i in index.by_token or \
                verb.lemma_.lower() not in APPEARING or _future(verb) or _negated_or_wished(verb):
            continue
        beside = [m for p in prep.children if p.dep_ == "pobj" for m, _ in index.args(p) if m.type in ("Person", "Minister")]
        subjects = [m for m, _ in _subjects(verb, index)[0] if m.type in ("Person", "Minister")]
        if not subjects and verb.dep_ == "advcl":           # "Standing alongside X at the White House, Trump made ..."
            subjects = [m for m, _ in _subjects(verb.head, index)[0] if m.type in ("Person", "Minister")]
        people = list(dict.fromkeys([*subjects, *beside]))
        sides = {p.affiliation for p in people}
        venues = [index.by_token[o.i] for h in (verb, prep.head, *prep.children) for c in h.children
                  if c.dep_ == "prep" and c.lower_ in ("in", "at") for o in c.children
                  if getattr(index.by_token.get(o.i), "type", "") in (*VENUES, "Country")]
        placed = venues or _dated(verb, index)             # "at the White House", "in Canberra"
        if len(subjects) != 1 or not beside or len(people) < 2 or None in sides or len(sides) < 2 or not placed:
            continue                  # (two states' people, not "Albanese spoke alongside Treasurer Chalmers";
            #                            only somewhere or some day)
        m = _made_meeting(verb, people, "meeting", "meeting:alongside")
        found.append(m)
        index.by_token[verb.i] = m
        index.participants[id(m)] = people
        if venues:
            index.venues[id(m)] = venues[:1]
    return found


def _placed_object(verb: Token, index: DocIndex) -> bool:
    """"signed the agreement with Marles at the academy in Magelang", "met with the leaders of Japan and South
    Korea at Camp David": a place the parser hung on the object."""
    return any(_at_venue(p, index) for d in verb.children if d.dep_ == "dobj" or d.dep_ == "prep" and d.lower_ == "with"
               for t in d.subtree if not _in_clause(t, d) for p in t.children)


def _at_venue(prep: Token, index: DocIndex) -> bool:
    """Whether a preposition puts something at a venue ("in Manila", "at the White House")."""
    return prep.dep_ == "prep" and prep.lower_ in ("in", "at") and \
        any(getattr(index.by_token.get(o.i), "type", "") in VENUES for o in prep.children)


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether a token sits in a clause of its own below top ("his counterpart, who had studied in London")."""
    while tok != top and tok.head != tok:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        tok = tok.head
    return False


def _two_sides(people: list[Mention], verb: Token, index: DocIndex) -> bool:
    """Whether the people who sign together serve two states the text names ("Polish Prime Minister Tusk and
    French President Macron signed an accord", or one of two ministers: "Defence minister Rajnath Singh and
    Sebastien Lecornu, the French minister of armed forces"): they met to sign it, unless from afar ("in a
    video call")."""
    sides = {p.affiliation for p in people}
    lex = load_lexicon()
    first, second = sorted(people, key=lambda p: p.token_start)[:2] if len(people) == 2 else (None, None)
    if first is not None and first.affiliation is None and second.affiliation and lex.is_ministerial(first.title or ""):
        sides = {second.affiliation, "the other"}    # (not "Ukrainian Foreign Minister Kuleba and Defence Minister
        #                                               Umerov": the first's state may be the second's too)
    doc = verb.doc
    counterpart = any(t.lemma_.lower() == "counterpart" for p in people       # "Albanese and his Papua New
                      for t in doc[max(p.token_start - 5, verb.sent.start):p.token_start])   # Guinean counterpart Marape"
    signed = [d for d in verb.children if d.dep_ in ("dobj", "nsubjpass")]     # ("The agreements were signed by")
    papers = [d for d in signed if d.lemma_.lower() in ("document", "documents", "paper", "papers")]
    named = [o for d in signed if d.is_title or d in papers     # "the Status of the Visiting Forces Agreement",
             for p in (*d.children, *(verb.children if d in papers else ()))   # "the documents for the agreement"
             if p.dep_ == "prep" and p.lower_ in ("of", "for")    # (not "the ratification of the treaty")
             for o in p.children if o.dep_ == "pobj"]
    named += [x for o in named for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
              for x in p.children if x.dep_ == "pobj"]            # "for the status of visiting forces agreement"
    agreement = any(getattr(index.by_token.get(d.i), "type", "") == "Treaty" or d.lemma_.lower() in AGREEMENT_NOUNS
                    for d in (*signed, *named))          # an accord, not "separate decrees" or "executive orders"
    return (len(sides) >= 2 and None not in sides or counterpart) and agreement and \
        not any(t.lemma_.lower() in REMOTE for t in verb.sent) and \
        not any(c.lower_ in APART for d in (verb, *signed) for c in d.children)   # "have both signed": each in turn


APART = {"both", "each", "separately", "individually", "also", "separate"}


def _placed(verb: Token, index: DocIndex) -> bool:
    """Whether a verb says where it happened ("in Manila", "on the sidelines of")."""
    dates = {t.i for e in index.date_ents for t in e}
    return any(p.dep_ == "prep" and (p.lower_ in ("in", "at") and any(o.dep_ == "pobj" and o.i not in dates
                                                                       for o in p.children)
                                     or any(o.lemma_.lower() in SIDELINES for o in p.children))
               for p in verb.children) or _placed_object(verb, index)    # (not "in 1951", "in March": when)


def _dates_of(verb: Token, index: DocIndex) -> list[Span]:
    """The dates a verb is said to happen on ("on Monday", "in 1951")."""
    return [e for e in index.date_ents if verb.sent.start <= e.start < verb.sent.end and e.root.head.head == verb]


def _in_a_year(verb: Token, index: DocIndex) -> bool:
    """Whether a verb is dated by its year alone ("signed in 1951")."""
    dated = _dates_of(verb, index)
    return bool(dated) and all(re.fullmatch(r"(?:in )?(?:19|20)\d\d", e.text) for e in dated)


def _dated(verb: Token, index: DocIndex) -> bool:
    """Whether a verb says when it happened ("on Monday")."""
    return bool(_dates_of(verb, index))


NOT_STATE_PEOPLE = {"opposition", "rebel", "rebels", "religious", "church", "business", "community", "tribal", "civil",
                    "student", "party", "industry", "separatist", "militia", "exiled", "dissident", "union", "youth"}


def _not_states_people(noun: Token) -> bool:
    """"Taiwanese opposition leaders", "Syrian rebel leaders": people of a country who do not stand for its state."""
    return any(t.lower_ in NOT_STATE_PEOPLE for t in noun.children)


def _states_met(verb: Token, people: list[Mention], objects: list[tuple[Mention, float, str]],
                index: DocIndex) -> list[Mention]:
    """The states whose unnamed people one person met: "hosted his French and German counterparts", "met with
    his counterparts from Japan and Australia", "met with the leaders of Japan and South Korea" (not the host's
    own state, nor someone named: then they are the ones met)."""
    if len(people) != 1 or any(m.type in ("Person", "Minister") for m, *_ in objects) or \
            not (_placed(verb, index) or _dated(verb, index)):
        return []                     # (not "made a trip to Beijing to meet Chinese leaders": the trip's meeting)
    met: list[Mention] = []
    for c in verb.children:
        nouns = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ == "with" else []
        for noun in (n for n in nouns if n.lemma_.lower() in COUNTERPART_HEADS | DELEGATE_NOUNS):
            if _not_states_people(noun):
                continue              # ("met Taiwanese opposition leaders": not the state's)
            mods = [t for t in noun.children if t.dep_ in ("amod", "compound", "nmod", "poss")]
            met += [m for t in mods for a in (t, *t.conjuncts) for m, _ in index.args(a) if m.type == "Country"]
            #                               ^ "his French and German counterparts"
            met += [m for of in noun.children if of.dep_ == "prep" and of.lower_ in ("from", "of")
                    for p in of.children if p.dep_ == "pobj" for m, _ in index.args(p) if m.type == "Country"]
    own = people[0].affiliation
    return list({m.key: m for m in met if m.key and m.key != own}.values())


def _met_someone(verb: Token, index: DocIndex) -> bool:
    """Whether "met" has someone as its object ("met Biden", "met with their counterparts", "met him"),
    not only a noun in apposition to the event ("met in Cairo, the first such visit in a decade")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            return True
        if c.dep_ in ("dobj", "dative") and (c.pos_ == "PRON" or c.pos_ == "PROPN" and c.i not in index.by_token or
                                             any(m.type not in ("Meeting", "Event") for m, _ in index.args(c)) or
                                             c.lemma_.lower() in COUNTERPART_HEADS | DELEGATE_NOUNS):
            return True
    return False
