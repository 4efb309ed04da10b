"""What every relation stage reads from: ``MentionFact`` (a fact between mentions, with its evidence),
the rules of ``kg/data/relations.yaml``, and ``DocIndex``, one document's look-ups from tokens to the
mentions they stand for (names, titles, "he", "the two countries", "the four", lists of people).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from ..lexicon import load_lexicon, surname
from ..types import Evidence, Literal_, Mention
from . import dates
from .entities import DUBBING, TREATY_REACH, known_as_noun
from .patterns import SIGNING_VERBS, SPEECH_VERBS

SUBJ = {"nsubj", "csubj"}
PLACES = ("City", "Place", "Island", "Region", "Country")
PASS_SUBJ = {"nsubjpass", "csubjpass"}
BODY_KINDS = {"alliance", "bloc", "grouping"}      # "the alliance": a body of states, not a company or an agency
MEMBERSHIP_KINDS = {"alliance", "intergovernmental", "grouping"}      # bodies states belong to


SOME = {"several", "some", "many", "few", "most", "certain", "other", "numerous", "various"}


def _some_of(tok: Token) -> bool:
    """"Several NATO members", "some EU states": some of a body's members, not the body (a number may count them
    all: "the six GCC states", "32 NATO members")."""
    counted = [c for c in tok.children if c.dep_ in ("amod", "det", "nummod") and c.lower_ in SOME]
    return bool(counted) and not any(c.lower_ in ("the", "all", "its", "their") for c in tok.children)


def sentence_window(tok: Token, before: int, after: int) -> list[Span]:
    """The sentence of a token with up to ``before`` sentences before it and ``after`` after it, in order."""
    sents = list(tok.doc.sents)
    here = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
    return sents[max(0, here - before): here + after + 1]


def _body_of_states(m: Mention) -> bool:
    """An alliance, grouping or intergovernmental body ("NATO", "the SCO"), which states are members of."""
    thing = load_lexicon().thing(m.key) if m.key else None
    return thing is not None and thing.kind in MEMBERSHIP_KINDS


UNIT_KINDS = {"regiment", "brigade", "battalion", "division", "squadron", "corps", "fleet", "flotilla"}   # "the battalion": one so named
GROUP_NOUNS = {"force", "forces", "troops", "military", "government", "officials", "navy", "army", "ministry",
               "ministers", "leaders", "presidents", "heads", "envoys", "chiefs", "diplomats", "navies", "armies", "militaries", "warships",
               "soldiers", "sailors", "delegates", "delegations", "representatives", "participants", "contingents",
               "aircraft", "jets", "frigates", "destroyers", "personnel", "marines", "airmen", "servicemen",
               "paratroopers", "commandos", "crews", "pilots",
               "authorities", "side", "administration", "regime", "vessels", "ships", "coast", "guard",
               "people", "leadership", "delegation"}
LED_NOUNS = {"delegation", "team", "mission"}          # "a delegation led by X": X
# "the 12 participating nations are A, B", "countries taking part in X include A, B": what such a list is of
LISTED_NOUNS = {"country", "nation", "state", "member", "navy", "military", "force", "army"}
COMPANY_NOUNS = {"company", "firm", "manufacturer", "maker", "contractor", "corporation", "group", "shipyard"}
PERSONNEL_NOUNS = {"soldiers", "troops", "sailors", "marines", "airmen", "personnel", "servicemen", "paratroopers",
                   "commandos", "crews", "pilots", "members", "service", "contingent", "contingents"}
EQUIPMENT_NOUNS = {"warships", "ships", "vessels", "aircraft", "jets", "fighters", "helicopters", "tanks", "frigates",
                   "destroyers", "bombers", "submarines", "planes"}    # a unit's, when "from" it
QUANTITY_NOUNS = {"hundreds", "hundred", "thousands", "dozens", "number", "fleet", "batch", "squadron", "pair",
                  "type", "kind", "version", "variant", "units", "battery", "system", "systems", "purchase",
                  "all", "most", "part", "parts", "much", "some", "half", "portion", "portions", "rest", "areas",
                  "total", "consignment", "shipment", "squadrons", "fleets", "batches", "many", "several", "each",
                  "both", "few", "one", "two", "three", "whole", "entirety"}
MEMBER_NOUNS = {"states", "countries", "nations", "members", "member-states", "governments"}
REPRESENTATIVE_NOUNS = {"leaders", "ministers", "officials", "heads", "delegations", "delegates", "representatives", "envoys",
                        "diplomats"}
OFFICE_HEADS = {"minister", "president", "leader", "chief", "secretary"}     # "the defense ministers of A and B"
JUNIOR = {"vice", "deputy", "assistant", "under", "acting", "former"}
PAIR_NOUNS = {"country", "countries", "nation", "nations", "ally", "allies", "side", "sides", "government",
              "governments", "neighbour", "neighbours", "neighbor", "neighbors", "partner", "partners"}


@dataclass
class MentionFact:
    subject: Mention
    predicate: str
    object: Mention | Literal_
    evidence: Evidence


@dataclass(frozen=True)
class Rules:
    groups: dict[str, frozenset[str]]
    verbs: dict[str, list[dict[str, Any]]]        # lemma -> rules
    nouns: dict[str, list[dict[str, Any]]]
    compounds: dict[str, dict[str, Any]]          # participle -> rule
    pair_nouns: dict[str, dict[str, Any]]         # lemma -> rule
    anaphora: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def relation_rules() -> Rules:
    data = yaml.safe_load((resources.files("kg") / "data" / "relations.yaml").read_text(encoding="utf-8"))
    groups = {k: frozenset(v) for k, v in data["groups"].items()}
    verbs: dict[str, list[dict[str, Any]]] = {}
    for rule in data["verbs"]:
        for lemma in rule["lemmas"]:
            verbs.setdefault(lemma, []).append(rule)
    nouns: dict[str, list[dict[str, Any]]] = {}
    for rule in data["nouns"]:
        for lemma in rule["lemmas"]:
            nouns.setdefault(lemma, []).append(rule)
    compounds = {p: rule for rule in data["compounds"] for p in rule["participles"]}
    pair_nouns = {lemma: rule for rule in data["pair_nouns"] for lemma in rule["lemmas"]}
    anaphora = {k: frozenset(v) for k, v in data["anaphora"].items()}
    return Rules(groups, verbs, nouns, compounds, pair_nouns, anaphora)


THING_ANTECEDENTS = ("Meeting", "Event", "Treaty", "MilitaryUnit", "Weapon", "Country",
                     "Organization")     # what "it" opening a sentence may stand for
STATE_ORGANS = {"military", "government", "army", "navy", "ministry", "administration", "forces", "cabinet"}
SPEAKER_PRONOUNS = {"they": ("Country",), "it": ("Country", "Organization", "MilitaryUnit")}   # "X said it/they"


class DocIndex:
    """Look-ups from tokens to mentions for one document."""

    def __init__(self, doc: Doc, mentions: list[Mention], rules: Rules) -> None:
        self.doc = doc
        self.rules = rules
        self.mentions = mentions
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.token_start, m.token_end):
                self.by_token[i] = m
        self.title_of: dict[int, Mention] = {}      # title tokens -> the person they name
        for m in mentions:
            if m.title_token_start is not None:
                for i in range(m.title_token_start, m.token_start):
                    self.title_of.setdefault(i, m)
        self.chains = _person_chains(doc, mentions, self.by_token, self.title_of)
        self.first_country: dict[str, Mention] = {}          # country key -> its first mention
        for m in mentions:
            if m.type == "Country" and m.key:
                self.first_country.setdefault(m.key, m)
        self.participants: dict[int, list[Mention]] = {}     # meetings kg made up -> who took part
        self._sentence_text: dict[int, str] = {}
        self.date_ents = _joined_years([e for e in doc.ents if e.label_ == "DATE"])
        self.detached: list[Mention] = []      # made-up meetings sharing a noun ("meetings with A and B")
        self.called_off: set[int] = set()                   # named meetings the text says did not take place
        self.venues: dict[int, list[Mention]] = {}           # visits kg made up -> where they went
        self.met: list[tuple[Mention, Mention, Mention]] = []   # (host, guest, talks): "A held talks with B"
        self.reference = dates.reference_date(doc.text)
        self.published = dates.publication_date(doc.text)

    def add(self, made: list[Mention]) -> None:
        """Mentions kg made up (unnamed meetings, events, agreements), kept in text order."""
        self.mentions.extend(made)
        self.mentions.sort(key=lambda m: m.start)

    def countries(self, tokens: Iterable[Token]) -> list[Mention]:
        """The countries these tokens name ("Japanese", "U.S."), in the tokens' order."""
        return [self.by_token[t.i] for t in tokens if t.i in self.by_token and self.by_token[t.i].type == "Country"]

    def person_state(self, m: Mention) -> Mention | None:
        """The state a person is written as serving: by the title's country ("Japanese Defense Minister X") or as
        a counterpart of one country ("his Philippine counterpart Gilberto Teodoro")."""
        if m.type not in ("Person", "Minister"):
            return None
        if m.affiliation:
            return self.first_country.get(m.affiliation)
        j = (m.title_token_start if m.title_token_start is not None else m.token_start) - 1
        while j >= 0 and self.doc[j].text in (",", ":", "—", "-"):
            j -= 1
        noun = self.doc[j] if j >= 0 else None
        if noun is None or noun.lemma_.lower() != "counterpart" or noun.pos_ != "NOUN":
            return None
        states = self.countries(c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss"))
        return states[0] if len(states) == 1 else None

    def dubbed(self, tok: Token) -> Mention | None:
        """The name a noun is given: "the drills, dubbed Exercise Pacific Vanguard", "joint naval drills
        code-named Joint Sword", "the exercise, named Sea Breeze"."""
        named = next((self.by_token[o.i] for acl in tok.children
                      if acl.dep_ == "acl" and acl.lemma_.lower() in ("dub", "call", "name", "codename", "title")
                      for o in acl.children if o.dep_ in ("oprd", "attr", "dobj") and o.i in self.by_token), None)
        named = named or next((self.by_token[a.i] for a in tok.children if a.dep_ == "appos" and a.i in self.by_token
                               and any(w.lower_ in ("named", "dubbed", "called") for w in a.subtree)), None)
        j = tok.i + 1                            # however parsed: the noun, the participle, the name
        while j < len(self.doc) and self.doc[j].lower_ in (",", "code", "-"):
            j += 1
        if named is None and j + 1 < len(self.doc) and self.doc[j].lower_ in DUBBING:
            j += 1 + self.doc[j + 1].is_quote
            m = self.by_token.get(j)
            after = self.doc[m.token_end] if m is not None and m.token_end < len(self.doc) else None
            named = m if m is not None and m.token_start == j and (after is None or after.text not in ("'s", "’s")) and \
                (m.type not in ("Person", "Minister") or tok.lemma_.lower() in ("drill", "exercise")) else None
            #        ^ (not "The meeting called Olga Petrova's remarks irresponsible", "named Olga Petrova chair")
        if named is None and tok.pos_ == "NOUN" and "Treaty" in self.rules.anaphora.get(tok.lemma_.lower(), ()):
            #                                         ^ "an intelligence-sharing agreement with Japan, known as GSOMIA"
            named = next((m for m in self.mentions if m.rule.endswith("+known-as") and
                          tok.i < m.token_start <= tok.i + TREATY_REACH + 3 and
                          known_as_noun(self.doc, m, {tok.lemma_.lower()}) == tok), None)
        return named

    def mention(self, tok: Token, depth: int = 0) -> tuple[Mention | None, float]:
        """The mention a token stands for, and how sure we are (1.0 when it is the name itself)."""
        if tok.i in self.by_token:
            return self.by_token[tok.i], 1.0
        if tok.i in self.title_of:
            return self.title_of[tok.i], 1.0
        if depth > 2:
            return None, 0.0
        lower = tok.lower_
        if tok.pos_ == "PRON" and lower in ("he", "she") and (tok.dep_ in SUBJ or tok.dep_ in PASS_SUBJ):
            return self._last_person_subject(tok), 0.7
        if tok.pos_ == "PRON" and lower in SPEAKER_PRONOUNS:     # "Canadian officials said they have signed",
            speaker = self._speaker(tok, SPEAKER_PRONOUNS[lower])   # "The ministry said it signed a contract"
            if speaker is not None:
                return speaker, 0.7
        if tok.pos_ == "PRON" and lower == "it" and tok.dep_ in SUBJ and tok.head.dep_ == "relcl":
            return self._main_clause_state(tok.head), 0.7
        if tok.pos_ == "PRON" and lower == "it" and (tok.dep_ in SUBJ or tok.dep_ in PASS_SUBJ):
            return self._last_thing_subject(tok), 0.7
        if tok.pos_ == "PRON" and lower in ("it", "its", "they", "their", "he", "his", "she", "her"):
            return None, 0.0
        if lower in QUANTITY_NOUNS or tok.lemma_ in QUANTITY_NOUNS or tok.like_num:     # "24 of the jets"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            m, c = self.mention(pobj, depth + 1)
                            if m:
                                return m, c * 0.95
        if lower in ("city", "town", "port", "village", "island", "province", "region"):    # "the city of AlUla"
            for child in tok.children:
                named = [self.by_token[p.i] for p in child.children if p.dep_ == "pobj" and p.i in self.by_token] \
                    if child.dep_ == "prep" and child.lower_ == "of" else []
                if named and (named[0].type in ("City", "Place", "Island", "Region") or named[0].type == "Country"
                              and (lower == "island" or lower == "region" and _breakaway(named[0]))):
                    return named[0], 0.95     # ("the island of Taiwan", "the breakaway region of Somaliland"; not
                    #                            "the breakaway region of Georgia", a part of Georgia)
            named = [self.by_token[c.i] for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and
                     c.i in self.by_token]                      # "on Yonaguni island": the island named before it
            if named and named[0].type in ("City", "Place", "Island", "Region") and named[0].token_end == tok.i:
                return named[0], 0.95
        if tok.text in ("Marines", "Marine") and tok.pos_ == "PROPN" and not tok.is_sent_start:
            corps = {m.key or m.text: m for m in self.mentions if m.type == "MilitaryUnit" and
                     re.search(r"\bMarines?( Corps)?$", m.text)}     # "4,000 Marines will move to Guam": the story's
            if len(corps) == 1:                                       # one marine corps
                return next(iter(corps.values())), 0.8
        if lower in PERSONNEL_NOUNS:       # "soldiers of the 2nd Brigade", "troops from the 3rd Marine Division"
            objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    for p in c.children if p.dep_ == "pobj"]
            objs += [q for p in objs if p.i not in self.by_token and p.lemma_.lower() in UNIT_PARTS
                     for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj"]
            #        ^ "troops from the headquarters element of the 18th Airborne Corps"
            units = [self.by_token[p.i] for p in objs if p.i in self.by_token]
            unit = next((m for m in units if m.type == "MilitaryUnit"), None)
            if unit is not None:
                return unit, 0.8
        for child in tok.children:       # "the Bastion missile system": the weapon named in the compound
            m = self.by_token.get(child.i)
            if m is not None and (m.type == "Weapon" and child.dep_ in ("compound", "nummod", "nmod", "amod") or
                                  child.dep_ == "compound" and (m.type == "MilitaryUnit" or    # ^ "more CF-18 units"
                                                                m.type == "Organization" and lower in COMPANY_NOUNS)):
                return m, 0.95                               # ^ "the Baykar company"
        if lower in GROUP_NOUNS or tok.lemma_ in GROUP_NOUNS:
            for child in tok.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in self.by_token:
                    m = self.by_token[child.i]
                    if m.type == "Country":
                        return m, 0.8
                    if m.type == "Organization" and _body_of_states(m) and lower in REPRESENTATIVE_NOUNS and \
                            child.dep_ in ("compound", "nmod"):
                        return m, 0.75      # "NATO foreign ministers", "EU defence ministers", "G7 leaders"
        if lower in MEMBER_NOUNS and not any(c.dep_ in ("appos", "conj") or (c.dep_ == "compound" and c.i > tok.i)
                                             for c in tok.children) and \
                not any(c.i in self.by_token and self.by_token[c.i].type == "Country" for c in tok.subtree) and \
                not _some_of(tok):
            for child in tok.children:     # "the six GCC states", "NATO members": the body they make up
                # (not "NATO members Poland and Romania")
                m = self.by_token.get(child.i) if child.dep_ in ("compound", "nmod") else None
                if m is not None and m.type == "Organization" and _body_of_states(m):
                    return m, 0.75
        if lower in REPRESENTATIVE_NOUNS:  # "Leaders from the six GCC states", "ministers of ASEAN"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                    for p in child.children:
                        m, c = self.mention(p, depth + 1) if p.dep_ == "pobj" else (None, 0.0)
                        if m is not None and m.type in ("Country", "Organization"):
                            return m, c * 0.8
        if lower in ("edition", "iteration") and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            for m, c in (self.mention(p, depth + 1) for of in tok.children if of.dep_ == "prep" and of.lower_ == "of"
                         for p in of.children if p.dep_ == "pobj"):
                if m is not None and m.type in ("Event", "Meeting"):
                    return m, c * 0.95      # "the 21st edition of their bilateral exercise Varuna"
            return None, 0.0          # "the latest edition of the Military Balance": not the exercise
        if lower == "games" and not any(c.lower_ == "war" for c in tok.children):
            return None, 0.0          # "the war games" stand for the exercise, not "the games"
        if tok.lemma_.lower() == "document":     # "The document was signed on October 6": the agreement named in
            return self._signed_document(tok), 0.7   # this sentence or the one before (not "the document says")
        kinds = self.rules.anaphora.get(lower) or self.rules.anaphora.get(tok.lemma_) or frozenset()
        named = self.dubbed(tok)
        after = self.by_token.get(tok.i + 2) if tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "," else None
        beside = self.by_token.get(tok.i + 1) if tok.i + 1 < len(self.doc) and \
            self.doc[tok.i + 1].dep_ == "appos" and self.doc[tok.i + 1].head == tok else None
        if named is None and beside is not None and beside.type in kinds & {"Event", "Meeting"} and \
                beside.token_start == tok.i + 1:
            named = beside                       # "their bilateral exercise Varuna"
        if named is None and after is not None and after.type in kinds and after.token_start == tok.i + 2:
            named = after                        # "concluded a cold-weather training exercise, Exercise Cold Response
            #                                      2016": the name right after the noun, however parsed
        if named is not None and tok.pos_ == "NOUN" and kinds & {"Event", "Meeting"} or \
                named is not None and named.type in ("Weapon", "Treaty") and named.type in kinds:
            #                       ^ "The projectile, named Tayfun", "a pact with Japan, known as GSOMIA"
            if named.type not in kinds and named.rule.startswith("ner:"):
                named.type = "Event" if "Event" in kinds else "Meeting"   # "the exercise, called Cope Thunder":
                named.key = ""                                          # an exercise, whatever NER said
            return named, 0.9                    # Vanguard, involve ...", "the drills, code-named Joint Sword"
        titled = self._titled_person(tok)
        if titled is not None:
            return titled, 0.7
        types = self.rules.anaphora.get(lower) or self.rules.anaphora.get(tok.lemma_)
        if types and tok.dep_ == "appos" and tok.head.i in self.by_token and self.by_token[tok.head.i].type in types:
            return self.by_token[tok.head.i], 0.9      # "Super Garuda Shield, a multinational exercise led by"
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if types == frozenset({"Meeting"}) and any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                                                   for c in tok.children):
            return None, 0.0          # "meetings with A and B": a meeting of its own, not the last one named
        if types == frozenset({"Meeting"}) and not dets and tok.pos_ == "NOUN":
            dets = ["the"]            # "for talks on Jan. 11": the talks the article is about
        if any(c.dep_ == "poss" and (c.lower_ == "year" or c.lower_ in dates.WEEKDAYS) for c in tok.children):
            dets = ["the"]            # "this year's exercise", "Thursday's meeting"
        if types == frozenset({"Country"}) and not (tok.dep_ in SUBJ | PASS_SUBJ):
            return None, 0.0          # "an effort by the Soviet Union to invade the country": not read
        sayer = self._sayer_state(tok) if types == frozenset({"Country"}) else None
        if sayer is not None:
            return sayer, 0.75        # "North Korea's state media said the country had tested ...": North Korea
        if types == frozenset({"Treaty"}) and any(c.dep_ == "prep" and c.lower_ in ("for", "to", "with", "on")
                                                  for c in tok.children):
            return None, 0.0          # "the deal for S-400 systems": says which deal, not the last one named
        if types and any(d in ("the", "this", "that", "these", "those") for d in dets):
            latest = None                  # named things only: not a meeting kg made up from a verb
            for m in reversed(self.mentions):
                if latest is not None and m.sent_start != latest.sent_start:
                    break
                if m.token_end <= tok.i and m.type in types and not m.rule.startswith("meeting:") and \
                        id(m) not in self.called_off and \
                        (lower not in UNIT_KINDS or lower in m.text.split(",")[0].lower()) and \
                        (lower not in BODY_KINDS or _body_of_states(m)) and \
                        (m.type != "Country" or m.sent_start < tok.sent.start_char) and \
                        (m.type != "Island" or _plural_name(m.text) == (tok.tag_ in ("NNS", "NNPS"))) and \
                        (tok.lemma_.lower() not in NAMED_KIND_ANAPHORA or tok.lemma_.lower() in m.text.lower()):
                    if self.doc[m.token_start:m.token_end].root.dep_ in SUBJ:
                        return m, 0.7      # the subject of the sentence that named it
                    latest = latest or m
            if latest is not None:
                return latest, 0.7
        return None, 0.0

    def _signed_document(self, tok: Token) -> Mention | None:
        if not _signed(tok) or any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "prep") for c in tok.children):
            return None               # (not "the new document", "the accession document", "the document on X")
        return next(iter(treaty_just_named(tok, self, OTHER_PAPERS, whole=True)), None)

    def _titled_person(self, tok: Token) -> Mention | None:
        """"the President", "the defence minister": the latest person named with that title."""
        states = {self.by_token[c.i].key for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and
                  c.i < tok.i and getattr(self.by_token.get(c.i), "type", "") == "Country"}
        if tok.lower_ == "counterpart" and len(states) == 1 and \
                not any(i in self.by_token for i in range(tok.i + 1, min(tok.i + 3, len(self.doc)))):
            here = [m.title.lower().split()[-1] for m in self.mentions if m.type in ("Person", "Minister") and
                    m.title and m.sent_start == tok.sent.start_char and m.affiliation not in states]
            named = {m.text: m for m in self.mentions if m.type in ("Person", "Minister") and m.title and
                     m.affiliation in states and here and all(m.title.lower().split()[-1] == t for t in here)}
            return next(iter(named.values())) if len(named) == 1 else None   # "his Bolivian counterpart": the one
            #                                        Bolivian named in the post the sentence's own minister holds
        headline = tok.sent.start == 0 and tok.dep_ in SUBJ and tok.is_title and \
            not any(c.dep_ == "det" for c in tok.children)        # "Defence Secretary visits British troops ..."
        if tok.lower_ not in TITLE_ANAPHORS or not (headline or any(c.lower_ == "the" and c.dep_ == "det"
                                                                   for c in tok.children)):
            return None
        words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.i not in self.by_token]
        wanted = " ".join(words + [tok.lower_])
        holders = [m for m in self.mentions if m.type in ("Person", "Minister") and
                   any(re.search(rf"\b{re.escape(wanted)}\b", t.lower()) for t in (m.title or "", *m.other_titles))
                   and (not states or m.affiliation in states)]     # "the Bolivian defense minister"
        before = [m for m in holders if m.token_end <= tok.i]
        if before and not headline:
            return before[-1]
        lex = load_lexicon()
        named = {surname(m.text, lex) for m in holders}
        if words and len(named) == 1 and not states:      # "In meetings with ..., the Defence Secretary said. ...
            return holders[0]                             # Defence Secretary Ben Wallace said": the story's only one
        return None

    def _speaker(self, tok: Token, types: tuple[str, ...]) -> Mention | None:
        """The one state (or body) a pronoun subject of a reported clause stands for: who said it."""
        if tok.dep_ not in SUBJ or tok.head.dep_ != "ccomp" or tok.head.head.lemma_.lower() not in SPEECH_VERBS:
            return None
        found = [m for s in tok.head.head.children if s.dep_ == "nsubj" and s.i < tok.i
                 for m, _ in self.args(s) if m.type in types]
        return found[0] if len(found) == 1 else None

    def _sayer_state(self, tok: Token) -> Mention | None:
        """The one state whose voice reports a clause "the country" is the subject of: the speaker itself or
        the state the speaker belongs to ("North Korea's state media KCNA said", "Chinese state media said")."""
        if tok.head.dep_ != "ccomp" or tok.head.head.lemma_.lower() not in SPEECH_VERBS:
            return None
        states = {m.key: m for s in tok.head.head.children if s.dep_ == "nsubj" and s.i < tok.i
                  for t in s.subtree if t.i <= s.i         # (the words before it: "state media KCNA")
                  for m in (self.by_token.get(t.i),) if m is not None and m.type == "Country" and m.key}
        return next(iter(states.values())) if len(states) == 1 else None

    def _main_clause_state(self, relcl: Token) -> Mention | None:
        """What "it" in a relative clause stands for: the one state the clause it hangs in is about ("China claims
        ..., including the Paracel Islands, which it seized from Vietnam in 1974")."""
        verb = relcl.head
        while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep") and verb.head != verb:   # ("including")
            verb = verb.head
        found = [m for s in verb.children if s.dep_ in SUBJ for m, _ in self.args(s)]
        return found[0] if len(found) == 1 and found[0].type in ("Country", "Organization", "MilitaryUnit") else None

    def _last_thing_subject(self, tok: Token) -> Mention | None:
        """What "it" opening a sentence stands for: the exercise, meeting, agreement, state or body the sentence
        before is about ("Cobra Gold began on Tuesday. It involves 9,000 troops from ...", "Egypt has condemned
        the deal. It signed a security pact with Mogadishu"; not "Egypt and Ethiopia ...")."""
        sent = tok.sent
        if tok.i != sent.start or sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        heads = [t for t in before if (t.dep_ in SUBJ or t.dep_ in PASS_SUBJ) and t.head == before.root]
        subjects = [self.by_token.get(t.i) or next(
            (self.by_token[p.i] for p in t.children if p.dep_ == "poss" and t.lemma_.lower() in STATE_ORGANS and
             getattr(self.by_token.get(p.i), "type", "") == "Country"), None) for t in heads]
        #           ^ "South Korea's military also operates ... It has ordered L-SAM missiles": South Korea
        if len(subjects) == 1 and subjects[0] is not None and subjects[0].type in THING_ANTECEDENTS and \
                not heads[0].conjuncts and \
                (subjects[0].type != "Weapon" or tok.dep_ in PASS_SUBJ or tok.head.lemma_ in ("be", "have")):
            return subjects[0]         # (a weapon is no doer: "The Iskander is ... It has deployed missiles to X")
        return None

    def _last_person_subject(self, tok: Token) -> Mention | None:
        window = sentence_window(tok, 2, 0)
        best = None
        owner = None                  # "Bennett's visit to Egypt, where he met el-Sisi": a possessor, failing a subject
        for sent in window:
            for t in sent:
                if t.i >= tok.i:
                    break
                m = self.by_token.get(t.i)
                if m is not None and m.type in ("Person", "Minister") and t.dep_ in SUBJ:
                    best = m
                elif m is not None and m.type in ("Person", "Minister") and t.dep_ == "poss" and sent is window[-1]:
                    owner = m
        here_best = best is not None and best.sent_start == window[-1].start_char
        return owner if owner is not None and not here_best else best

    def pair(self, tok: Token) -> list[Mention]:
        """"the two countries", "both nations", "the allies": the two countries the document has
        named most up to here."""
        if tok.lemma_.lower() not in PAIR_NOUNS and tok.lower_ not in PAIR_NOUNS:
            return []
        two = any(c.lower_ in ("two", "both") for c in tok.children) or \
            (tok.lower_ in ("allies", "sides") and any(c.lower_ == "the" for c in tok.children))
        if not two:
            return []
        counts = Counter(m.key for m in self.mentions if m.type == "Country" and m.key and m.token_end <= tok.i)
        top = [k for k, _ in counts.most_common(2)]
        if len(top) < 2:
            return []
        firsts = {}
        for m in self.mentions:
            if m.type == "Country" and m.key in top and m.key not in firsts:
                firsts[m.key] = m
        return [firsts[k] for k in top]

    def people_group(self, tok: Token) -> list[Mention]:
        """"the four", "the two men", "the three ministers": the last N people named before."""
        numbers = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
        n = 0
        if tok.lower_ in numbers and any(c.lower_ == "the" for c in tok.children):
            n = numbers[tok.lower_]
        elif tok.lower_ in ("pair", "duo") and any(c.lower_ == "the" for c in tok.children):
            n = 2                                    # "when the pair met"
        elif tok.lemma_.lower() in ("man", "minister", "official", "leader", "diplomat", "chief"):
            num = [c for c in tok.children if c.dep_ == "nummod" and c.lower_ in numbers]
            if num and any(c.lower_ == "the" for c in tok.children):
                n = numbers[num[0].lower_]
        if not n:
            return []
        posts = {c.lower_.replace("defence", "defense") for c in tok.children if c.dep_ in ("compound", "amod")} & \
            GROUP_PORTFOLIOS             # "the two defence chiefs": those of that portfolio, not the prime minister
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        doers = {t.i for s in (verb.children if verb is not None else ()) if s.dep_ in SUBJ
                 for t in (s, *s.conjuncts)}          # (not "Biden held meetings with each of the three leaders")
        found: list[Mention] = []
        for m in reversed(self.mentions):
            if m.token_end <= tok.i and m.type in ("Person", "Minister") and \
                    not any(i in doers for i in range(m.token_start, m.token_end)) and \
                    all(p in (m.title or "").lower().replace("defence", "defense") for p in posts) and \
                    all(m.entity_id is None and o.text != m.text for o in found):
                found.append(m)
            if len(found) == n:
                return found[::-1]
        return []

    def office_holders(self, tok: Token, states: list[Mention]) -> list[Mention]:
        """"The defense ministers of Iran and Bolivia signed ...": the people the story names in that post for
        each of those states, one each, wherever it names them."""
        if tok.lemma_.lower() not in OFFICE_HEADS or tok.tag_ != "NNS" or len({s.key for s in states}) < 2:
            return []
        words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i not in self.by_token}
        found: list[Mention] = []
        for state in dict.fromkeys(s.key for s in states if s.key):
            holders = {m.text: m for m in self.mentions if m.type in ("Person", "Minister") and m.title and
                       m.affiliation == state and m.title.lower().split()[-1] == tok.lemma_.lower() and
                       words <= set(m.title.lower().split()) and      # (not "Vice President X" for "the presidents")
                       not (set(m.title.lower().split()) - words) & JUNIOR}
            if len(holders) != 1:
                return []                 # one of them unnamed, or two people in one post
            found += holders.values()
        return found

    def leaders(self, tok: Token) -> list[Mention]:
        """"a Russian delegation led by Deputy Defense Minister X": the people leading a delegation."""
        if tok.lemma_.lower() not in LED_NOUNS or tok.i in self.by_token:
            return []
        return [m for acl in tok.children if acl.dep_ == "acl" and acl.lemma_.lower() in ("lead", "head")
                for agent in acl.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"
                for m, _ in self.args(p) if m.type in ("Person", "Minister")]

    def args(self, tok: Token) -> list[tuple[Mention, float]]:
        """Mentions for a token and the tokens coordinated with it ("Hayashi and Hamada")."""
        if tok.i not in self.by_token and (tok.lower_ in QUANTITY_NOUNS or tok.lemma_ in QUANTITY_NOUNS) and \
                not tok.conjuncts:           # "A total of 29 nations, including A and B": the nations' list
            of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            found = self.args(of[0]) if of and of[0].pos_ == "NOUN" else []
            if found:
                return [(m, c * 0.95) for m, c in found]
        listed = [(m, c * 0.9) for t in enumerated(tok) for m, c in self.args(t) if m.type == "Country"]
        if listed:                  # "Two other countries are joining: Fiji and Tonga" (not the story's two)
            return listed
        named = self._named_by_clause(tok)
        if named:
            return [(m, 0.9) for m in named]
        out: list[tuple[Mention, float]] = [(m, 0.7) for m in self.pair(tok)]
        out += [(m, c * 0.95) for p in along_with(tok) for m, c in self.args(p)]
        out += [(m, 0.65) for m in self.people_group(tok)]
        if self._group(tok):
            states = [t for t in tok.subtree if t.i < tok.i and t.i in self.by_token
                      and self.by_token[t.i].type == "Country" and t.dep_ in ("amod", "compound", "poss", "conj", "nmod")]
            states += self._from_states(tok)
            for t in states:
                if all(self.by_token[t.i] is not o for o, _ in out):
                    out.append((self.by_token[t.i], 0.75))
            whose = [self.by_token[t.i] for t in states] + \
                [self.by_token[c.i] for c in tok.conjuncts if getattr(self.by_token.get(c.i), "type", "") == "Country"]
            out += [(m, 0.7) for m in self.office_holders(tok, whose) if all(m is not o for o, _ in out)]
            if len(states) > 1:     # (the parser joins "of Iran and Bolivia" to "ministers" as often as to "Iran")
                return out
        out += [(m, 0.75) for m in self.leaders(tok) if all(m is not o for o, _ in out)]
        if tok.i not in self.by_token and tok.pos_ == "NOUN":    # "armoured vehicles like the Kirpi"
            out += [(m, 0.8) for prep in tok.children if prep.dep_ == "prep" and (prep.lower_ == "like" or (
                        prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)))
                    for p in prep.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)
                    for m in [self.by_token.get(q.i)] if m is not None and m.type == "Weapon"
                    and all(m is not o for o, _ in out)]
        if tok.i not in self.by_token and tok.pos_ == "NOUN":     # "the Spratly and Paracel islands": both names
            shared = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and
                      getattr(self.by_token.get(c.i), "rule", "") == "pattern:coordinated-names"]
            out += [(self.by_token[t.i], 0.9) for c in shared for t in (c, *c.conjuncts) if t.i in self.by_token
                    and all(self.by_token[t.i] is not o for o, _ in out)]
        for t in _members(tok):
            m, c = self.mention(t)
            if m is not None and m.rule.endswith("+dateline"):
                m = None                  # "MANILA – The Philippines and Japan signed": not the subject
            if m is not None and c <= 0.7 and any(ch.dep_ == "appos" and ch.i in self.by_token
                                                  and not _lists_subject(ch) for ch in t.children):
                m = None                  # "The islands — Etorofu, Kunashiri ...": the apposition names them
            if m and all(m is not o for o, _ in out):
                out.append((m, c))
                out += [(w, c) for w in self._shared_head(t, m) if all(w is not o for o, _ in out)]
                if m.type == "Weapon" and t.i not in self.by_token and t.tag_ == "NNS":
                    out += [(w, c) for w in self._listed_with(t, m) if all(w is not o for o, _ in out)]
                after = self._dangling_conjunct(t, m)
                if after is not None and all(after is not o for o, _ in out):
                    out.append((after, c * 0.9))
                for other in self.chains.get(id(m), ()):
                    if all(other is not o for o, _ in out):
                        out.append((other, c))
            if t.lower_ in PERSONNEL_NOUNS | EQUIPMENT_NOUNS:   # "US Army soldiers of 2nd Brigade": the force as
                units = [ch for ch in t.children if ch.dep_ == "compound"]      # well as the unit; "Marines of A and
                units += [q for ch in t.children if ch.dep_ == "prep" and ch.lower_ in ("of", "from")   # soldiers
                          for p in ch.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]   # from B"; "Warships
                #                                                     from the Indian Navy and the Royal Navy"
                for u in (self.by_token.get(ch.i) for ch in units):
                    if u is not None and u.type == "MilitaryUnit" and all(u is not o for o, _ in out):
                        out.append((u, 0.8))
        if not out and tok.lower_ in ("counterpart", "counterparts") and tok.i not in self.by_token:
            j = tok.i + 1 + (tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text in (",", ":"))
            named = self.by_token.get(j)               # "met his counterpart Shin Won-sik in Seoul": the name the
            #                                            parser hung elsewhere (as an adverb, or as the subject of
            #                                            what follows: "his counterparts, A and B, and condemned")
            after = self.doc[named.token_end] if named is not None and named.token_end < len(self.doc) else None
            if named is not None and named.type in ("Person", "Minister") and \
                    (j == tok.i + 1 or self.doc[named.token_start:named.token_end].root.dep_ in SUBJ) and \
                    not (after is not None and after.lemma_.lower() in SPEECH_VERBS):    # (not "..., Austin said")
                out.append((named, 0.8))
                out += [(m, 0.8) for m in self.chains.get(id(named), ()) if m.token_start > named.token_start]
        return out

    def _listed_with(self, tok: Token, m: Mention) -> list[Mention]:
        """"The weapons will be operated by", "The missiles ...": besides the weapon the plural noun stands for,
        those listed with it that are of its kind ("SM-6 and Tomahawk missiles"; not the F-35 jets bought with
        K2 tanks, for "the tanks")."""
        told = self.doc[m.token_start:m.token_end].root
        if told.i not in self.by_token:
            return []
        kind = tok.lemma_.lower()
        shared = self._shared_head(told, m) if kind in m.text.lower() else []
        return [w for w, _ in self.args(told) if w is not m and w.type == "Weapon" and
                (kind == "weapon" or kind in w.text.lower() or w in shared)]

    def _shared_head(self, tok: Token, m: Mention) -> list[Mention]:
        """"SM-6 and Tomahawk missiles": the weapon named before "and" that shares the noun of the one named with
        it, which the parser hangs on that noun."""
        if m.type != "Weapon":
            return []
        return [w for c in tok.children if c.dep_ in ("nmod", "compound", "amod") and c.i < m.token_start
                for w in [self.by_token.get(c.i)] if w is not None and w is not m and w.type == "Weapon" and
                w.token_end < m.token_start and self.doc[w.token_end].lower_ in ("and", "or")]

    def _dangling_conjunct(self, tok: Token, m: Mention) -> Mention | None:
        """"Teodoro and DAPA Minister Seok Jong-gun held talks": the person named after "and" when the parser
        hung that name on something else (as a compound or an adverb) instead of making it the conjunct."""
        if m.type not in ("Person", "Minister") or tok.conjuncts:
            return None
        cc = next((c for c in tok.children if c.dep_ == "cc" and c.lower_ == "and" and c.i > tok.i), None)
        if cc is None:
            return None
        for t in self.doc[cc.i + 1:min(cc.i + 7, tok.sent.end)]:
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", "(", "—", "–"):
                return None
            other = self.by_token.get(t.i)
            if other is not None and other.type in ("Person", "Minister") and other is not m:
                root = self.doc[other.token_start:other.token_end].root
                return other if root.dep_ in ("compound", "npadvmod", "nmod", "dep", "amod") else None
        return None

    def _named_by_clause(self, tok: Token) -> list[Mention]:
        """"held two rounds of war games around the island this year, named Strait Thunder and Joint Sword-2024B":
        the exercises a participle clause of the verb names, for the verb's object."""
        if tok.i in self.by_token or tok.dep_ != "dobj":
            return []
        nouns = [tok, *(p for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children)]
        if not any(n.lemma_.lower() in ("exercise", "drill", "game", "wargame", "manoeuvre", "maneuver") for n in nouns):
            return []
        names = [n for acl in tok.head.children if acl.dep_ == "advcl" and acl.lower_ in DUBBING and acl.i > tok.i
                 for o in acl.children if o.dep_ in ("oprd", "attr", "dobj") for n in (o, *o.conjuncts)]
        return [m for n in names for m in [self.by_token.get(n.i)] if m is not None and m.type == "Event"]

    def _from_states(self, tok: Token, depth: int = 0) -> list[Token]:
        """"aircraft from A and B, and personnel from C" (the parser may hang the second group on B),
        "troops from 17 nations, including D": the states' tokens."""
        out: list[Token] = []
        for g in [g for g in _members(tok) if self._group(g) or g.like_num and g.i not in self.by_token and self._group(tok)]:
            #                                                 ^ "4,000 soldiers from Poland, 2,500 from the United States"
            for p in _from_whom(g):
                for t in _members(p):
                    if t.i in self.by_token and self.by_token[t.i].type == "Country":
                        out.append(t)
                    elif t is not g and self._group(t) and depth < 2:
                        out += self._from_states(t, depth + 1)
        return out

    def _group(self, tok: Token) -> bool:
        """A noun for a state's forces or envoys ("troops", "ministers"), not itself a name."""
        return tok.i not in self.by_token and (tok.lemma_.lower() in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS)

    def evidence(self, sent: Span, rule: str, confidence: float, predicate_text: str | None = None) -> Evidence:
        text = self._sentence_text.get(sent.start)
        if text is None:                  # once per sentence: a huge one would cost its length per fact
            text = self._sentence_text[sent.start] = sent.text.strip()
        return Evidence(doc_id=self.doc._.kg_doc_id, sentence=text, start=sent.start_char,
                        end=sent.end_char, rule=rule, confidence=round(min(max(confidence, 0.0), 1.0), 3),
                        predicate_text=predicate_text)


PAPERS = {"statement", "communique", "communiqué", "letter", "declaration", "report", "memo", "note", "plan",
          "proposal", "roadmap", "document", "text", "draft"}
OTHER_PAPERS = PAPERS | {"memorandum", "paper", "strategy", "contract", "deal", "pact", "agreement", "accord", "treaty",
                         "framework", "decree", "order", "budget", "bill", "law", "resolution", "charter", "protocol",
                         "minutes", "mou"}


def treaty_just_named(noun: Token, index: DocIndex, papers: set[str] = PAPERS, whole: bool = False) -> list[Mention]:
    """The treaty "the document" stands for: the one named in the sentence before or earlier in its own, with no
    other paper written in between ("... signed the Grain Initiative. The document was signed by ..."), or with
    `whole`, in those two sentences at all ("sent a letter to Peru; the document was signed", "replaced the Treaty
    of Lima with a new pact. The document was signed")."""
    if not any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in noun.children):
        return []
    sent = noun.sent
    start = sent.start if sent.start == 0 else index.doc[sent.start - 1].sent.start
    named = [m for m in index.mentions if m.type == "Treaty" and start <= m.token_start < noun.i]
    if len({m.key or m.text for m in named}) != 1:
        return []
    span = index.doc[start:sent.end] if whole else index.doc[named[-1].token_end:noun.i]
    return [] if any(t.i != noun.i and t.lemma_.lower() in papers and t.i not in index.by_token for t in span) else named[-1:]


def _signed(tok: Token) -> bool:
    """Whether a singular noun is said to be signed: "The document was signed", "the document, signed in
    Quito", "the signing of the document" (not "Argentina later signed the document": which one, it does not say)."""
    head = tok.head
    return tok.tag_ == "NN" and (
        (tok.dep_ in PASS_SUBJ and head.lemma_.lower() in SIGNING_VERBS) or
        any(c.dep_ == "acl" and c.lemma_.lower() in SIGNING_VERBS for c in tok.children) or
        (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("signing", "signature")))


def _plural_name(text: str) -> bool:
    """"Senkaku Islands", "the Kurils", "Northern Territories" name several things; "Hokkaido" one."""
    last = text.split()[-1].lower() if text.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _from_whom(tok: Token) -> list[Token]:
    """Whose forces or envoys a group noun names: "ships from Japan", and "involves troops from Japan",
    where the parser hangs "from" on the verb."""
    froms = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ == "from" or    # "the prime ministers of
                                                                (c.lower_ == "of" and tok.tag_ == "NNS"))]   # Dominica"
    if not froms and tok.dep_ == "dobj":
        froms = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == tok.i + 1]
    return [p for c in froms for p in c.children if p.dep_ == "pobj"]


def _coordinated_demonyms(m: Mention, index: DocIndex) -> list[Mention]:
    """The other states of "the Kazakh and Uzbek armed forces" (NER's unit is "Uzbek armed forces") and of
    "Danish and Dutch F-16s" (the weapons' owner is "Danish")."""
    doc = index.doc
    out: list[Mention] = []
    if m.type == "MilitaryUnit" and doc[m.token_start].text in load_lexicon().country_by_surface():
        j = m.token_start - 1
        while j >= 0 and (doc[j].text in (",", "and") or getattr(index.by_token.get(j), "rule", "") == "ruler:Demonym"):
            if getattr(index.by_token.get(j), "rule", "") == "ruler:Demonym":
                out.append(index.by_token[j])
            j -= 1
    if m.type == "Country" and m.rule == "ruler:Demonym":
        out += [index.by_token[c.i] for c in doc[m.token_start:m.token_end].root.conjuncts
                if getattr(index.by_token.get(c.i), "rule", "") == "ruler:Demonym"]
    return out


def _joined_years(ents: list[Span]) -> list[Span]:
    """NER's dates, with a year it tagged apart joined to the days before it ("July 11-12" "2023" is
    "July 11-12, 2023")."""
    out: list[Span] = []
    for e in ents:
        last = out[-1] if out else None
        if last is not None and e.start - last.end <= 1 and dates.YEAR.fullmatch(e.text) and \
                not dates.YEAR.search(last.text) and all(t.text == "," for t in e.doc[last.end:e.start]):
            out[-1] = e.doc[last.start:e.end]
        else:
            out.append(e)
    return out


UNIT_PARTS = {"element", "elements", "contingent", "detachment", "company", "part", "unit", "units", "rotation"}
NAMED_KIND_ANAPHORA = {"tank", "howitzer", "helicopter", "frigate", "destroyer"}   # "the tanks": the "K2 tanks"


GROUP_PORTFOLIOS = {"defense", "foreign", "finance", "trade", "interior"}


def _members(tok: Token) -> list[Token]:
    """A token and the tokens listed with it: its conjuncts and appositions, and theirs ("their
    counterparts, Secretary ... Blinken and Defense Secretary Austin"; "counterparts Hasan of Malaysia,
    Yussof of Brunei, and Galvez of the Philippines", which the parser chains appositions through)."""
    out: list[Token] = []
    todo = [tok]
    while todo and len(out) < 48:              # (RIMPAC lists 26 states)
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        todo.extend(t.conjuncts)
        todo.extend(c for c in t.children if c.dep_ == "appos" and not _lists_subject(c))
        todo.extend(c for of in t.children if of.lower_ == "of" and t.pos_ == "PROPN" for p in of.children   # "Republic
                    if t.i < p.i <= t.i + 3 and p.pos_ == "PROPN" for c in p.conjuncts)   # of Korea, Singapore": the list
        todo.extend(p for c in t.children if c.dep_ == "prep" and c.lower_ == "including"    # "X, including Y"
                    for p in c.children if p.dep_ == "pobj")
        todo.extend(p for c in t.children if c.dep_ == "prep" and c.lower_ == "as" and     # "countries such as Y"
                    c.i > 0 and t.doc[c.i - 1].lower_ == "such" for p in c.children if p.dep_ == "pobj")
        todo.extend(p for c in t.children if c.dep_ == "acl" and c.lemma_ in ("join", "accompany") and c.tag_ == "VBN"
                    for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")   # "X, joined by Y"
        j = t.right_edge.i + 1
        if j + 3 < len(t.doc) and t.doc[j].text == "," and t.doc[j + 1].lower_ == "among" and \
                t.doc[j + 2].lower_ in ("them", "those") and t.pos_ == "NOUN":
            todo.append(t.doc[j + 3])         # "troops from 13 nations, among them Japan, South Korea and India"
        if t.lower_ in MEMBER_NOUNS and not any(c.lower_ == "including" for c in t.children):
            inc = next((x for x in t.doc[j:min(j + 5, t.sent.end)] if x.lower_ == "including"), None)
            if inc is not None and t.doc[inc.i - 1].text == "," and \
                    all(x.pos_ in ("ADP", "NOUN", "ADV", "PUNCT") for x in t.doc[j:inc.i]) and \
                    any(p.dep_ == "pobj" and p.ent_type_ in ("KG_Country", "GPE") for p in inc.children) and \
                    not any(x.lemma_ in SPEECH_VERBS | {"report"} and x.pos_ == "VERB"
                            for x in t.doc[inc.i:t.sent.end]):           # (not ", KAI said", "Yonhap reported")
                todo.extend(p for p in inc.children if p.dep_ == "pobj")   # "exported to six countries to date,
                #                                       including A and B", the parser hanging "including" elsewhere
        todo.extend(_as_well_as(t))
    return out


def along_with(tok: Token) -> list[Token]:
    """"All 29 NATO allies, along with partner countries Finland and Sweden, will participate", "Japan,
    together with Australia, joined": the parser hangs the phrase on the noun or on the verb. (Those
    listed so share what the noun does, not what it is: the partners are no allies.)"""
    doc = tok.doc
    withs = [w for c in tok.children if c.dep_ == "prep" for w in (c, *c.children)
             if w.lower_ == "with" and any(a.lower_ in ("along", "together") for a in (w, *w.children, c))]
    j = tok.right_edge.i + 1
    j += j < len(doc) and doc[j].text == ","
    if j + 1 < len(doc) and doc[j].lower_ in ("along", "together") and doc[j + 1].lower_ == "with":
        withs.append(doc[j + 1])
    return [p for w in withs for p in w.children if p.dep_ == "pobj"]


DASHES = {"–", "—", "-", "--"}
LIST_MARKS = DASHES | {":"}
COUNTING_WORDS = {"more", "additional", "other", "further", "several", "new"}   # "Three more nations are taking part:"
ONE_MEMBER = {"country", "nation", "state"}          # "one additional country is joining the exercise – Australia"
TAKING_PART = {"participate", "take", "join"}      # "countries taking part in", "are joining the exercise"
JOINING = TAKING_PART | {"attend"}   # (one country only so: not "One country has bought jets from a
#                                                      European ally – France")
NAMED_OBJECTS = ONE_MEMBER | {"ally", "allies", "neighbour", "neighbor", "neighbours", "neighbors", "partner", "partners",
                              "rival", "rivals", "member"}   # an object the dash names, not the subject's list


def enumerated(tok: Token) -> list[Token]:
    """"Seven countries are joining the exercise – Oman, Jordan and Egypt", "Three more nations are taking part
    this year: Kenya, Ghana and Senegal": a counted subject whose members the clause lists after a dash or a
    colon (the parser hangs the list on the verb or on its object)."""
    verb = tok.head
    if tok.dep_ not in SUBJ or tok.lower_ not in MEMBER_NOUNS | ONE_MEMBER or verb.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ == "nummod" or c.lower_ in COUNTING_WORDS for c in tok.children) or \
            (tok.lower_ in ONE_MEMBER and verb.lemma_.lower() not in JOINING):
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "attr")),
             *(p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    doc = tok.doc
    return [a for h in heads if h.lower_ not in MEMBER_NOUNS | NAMED_OBJECTS for a in h.children if a.dep_ == "appos" and a.i > verb.i
            and doc[a.left_edge.i - 1].text in LIST_MARKS and a.ent_type_ in ("KG_Country", "KG_Demonym", "GPE")]
    #         (not "deployed troops to three Baltic states – Estonia, ...", "are buying the jets – the F-35 ...")


def _breakaway(m: Mention) -> bool:
    """Whether a state governs itself apart from the state that claims it (Somaliland, Kosovo)."""
    country = load_lexicon().countries.get(m.key)
    return country is not None and country.breakaway


def _lists_subject(appos: Token) -> bool:
    """Whether an apposition on a verb's object lists the verb's counted subject instead ("Seven countries are
    joining the exercise – Oman, Jordan": not the exercise's names)."""
    head = appos.head
    verb = head.head if head.dep_ in ("dobj", "attr") else head.head.head if head.dep_ == "pobj" else head
    return any(appos in enumerated(s) for s in verb.children if s.dep_ in SUBJ)


AS_WELL_AS_REACH = 12         # tokens after "as well as" in which the listed name ends


def _as_well_as(tok: Token) -> list[Token]:
    """"A, B and C, as well as D": the parser often hangs D elsewhere; it is the phrase that starts
    right after the second "as"."""
    doc = tok.doc
    for cc in tok.children:
        if cc.dep_ == "cc" and cc.lower_ == "as" and cc.i >= 2 and doc[cc.i - 1].lower_ == "well" \
                and cc.i + 1 < len(doc):
            window = doc[cc.i + 1:min(cc.sent.end, cc.i + 1 + AS_WELL_AS_REACH)]
            starts = [t for t in window if t.left_edge.i == cc.i + 1 and t.pos_ in ("NOUN", "PROPN")]
            if starts:
                return [max(starts, key=lambda t: t.right_edge.i)]
    return []


TITLE_ANAPHORS = {"president", "premier", "chancellor", "minister", "secretary", "leader", "king", "emir", "sultan"}
CHAIN_WORDS = {"and", ",", "of", "'s", "’s", "(", ")", "left", "right", "second", "from", "center", "centre"}


def _person_chains(doc: Doc, mentions: list[Mention], by_token: dict[int, Mention],
                   title_of: dict[int, Mention]) -> dict[int, list[Mention]]:
    """Coordinated people ("A and B", "Foreign Minister A and Defense Minister B of Japan"), by mention id.

    The small model often mis-parses such lists, so they are read from the tokens: two people are in
    one list when only titles, countries, commas, "and" and photo-caption asides lie between them."""
    people = [m for m in mentions if m.type in ("Person", "Minister")]
    chains: list[list[Mention]] = []
    for m in people:
        prev = chains[-1][-1] if chains else None
        if prev is not None and prev.sent_start == m.sent_start:
            start = m.title_token_start if m.title_token_start is not None else m.token_start
            gap = doc[prev.token_end:start]
            ok = len(gap) > 0 and any(t.lower_ in ("and", ",") for t in gap) and all(
                t.lower_ in CHAIN_WORDS or (t.i in by_token and by_token[t.i].type == "Country") or t.i in title_of
                for t in gap)
            if ok:
                chains[-1].append(m)
                continue
        chains.append([m])
    return {id(m): [o for o in chain if o is not m] for chain in chains if len(chain) > 1 for m in chain}
