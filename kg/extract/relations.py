"""Facts between mentions, from the dependency parse and the rules in ``kg/data/relations.yaml``.

``extract_relations(doc, mentions)`` yields ``MentionFact`` records: subject mention, kg property,
object mention or literal, and the evidence (sentence, offsets, rule, confidence). Rules cover
verbs (active, passive, coordinated, controlled: "Japan intends to acquire ..."), relation nouns
("Beijing's claim to ..."), hyphenated compounds ("Tokyo-controlled", "U.S.-made"), country pairs
("U.S.-Japan alliance"), titles, meetings (participants, place, date) and treaty articles. A verb
linking two entities that no rule maps becomes ``relatedTo`` with the verb kept as predicate text.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from ..lexicon import load_lexicon, surname
from ..types import Evidence, Literal_, Mention
from . import dates
from .entities import TOWN_NOUNS

SUBJ = {"nsubj", "csubj"}
PLACES = ("City", "Place", "Island", "Region", "Country")
PASS_SUBJ = {"nsubjpass", "csubjpass"}
CLIMB = {"xcomp", "advcl", "conj", "acl", "relcl", "ccomp", "pcomp"}
GROUP_NOUNS = {"force", "forces", "troops", "military", "government", "officials", "navy", "army", "ministry",
               "ministers", "leaders", "chiefs", "diplomats", "navies", "armies", "militaries", "warships",
               "soldiers", "sailors", "delegates", "delegations", "representatives", "participants", "contingents",
               "aircraft", "jets", "frigates", "destroyers", "personnel", "marines", "airmen", "servicemen",
               "paratroopers", "commandos", "crews", "pilots",
               "authorities", "side", "administration", "regime", "vessels", "ships", "coast", "guard",
               "people", "leadership", "delegation"}
QUANTITY_NOUNS = {"hundreds", "hundred", "thousands", "dozens", "number", "fleet", "batch", "squadron", "pair",
                  "type", "kind", "version", "variant", "units", "battery", "system", "systems", "purchase",
                  "all", "most", "part", "parts", "much", "some", "half", "portion", "portions", "rest", "areas"}
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
        self.date_ents = [e for e in doc.ents if e.label_ == "DATE"]
        self.detached: list[Mention] = []      # made-up meetings sharing a noun ("meetings with A and B")
        self.venues: dict[int, list[Mention]] = {}           # visits kg made up -> where they went
        self.reference = dates.reference_date(doc.text)
        self.published = dates.publication_date(doc.text)

    def add(self, made: list[Mention]) -> None:
        """Mentions kg made up (unnamed meetings, events, agreements), kept in text order."""
        self.mentions.extend(made)
        self.mentions.sort(key=lambda m: m.start)

    def countries(self, tokens: Iterable[Token]) -> list[Mention]:
        """The countries these tokens name ("Japanese", "U.S."), in the tokens' order."""
        return [self.by_token[t.i] for t in tokens if t.i in self.by_token and self.by_token[t.i].type == "Country"]

    def mention(self, tok: Token, depth: int = 0) -> tuple[Mention | None, float]:
        """The mention a token stands for, and how sure we are (1.0 when it is the name itself)."""
        if tok.i in self.by_token:
            return self.by_token[tok.i], 1.0
        if tok.i in self.title_of:
            return self.title_of[tok.i], 1.0
        if depth > 2:
            return None, 0.0
        lower = tok.lower_
        if tok.pos_ == "PRON" and lower in ("he", "she") and tok.dep_ in SUBJ:
            return self._last_person_subject(tok), 0.7
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
        for child in tok.children:       # "the Bastion missile system": the weapon named in the compound
            if child.dep_ == "compound" and child.i in self.by_token and \
                    self.by_token[child.i].type in ("Weapon", "MilitaryUnit"):
                return self.by_token[child.i], 0.95
        if lower in GROUP_NOUNS or tok.lemma_ in GROUP_NOUNS:
            for child in tok.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in self.by_token:
                    m = self.by_token[child.i]
                    if m.type == "Country":
                        return m, 0.8
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
        if any(c.dep_ == "poss" and c.lower_ == "year" for c in tok.children):
            dets = ["the"]            # "this year's exercise"
        if types == frozenset({"Country"}) and not (tok.dep_ in SUBJ | PASS_SUBJ):
            return None, 0.0          # "an effort by the Soviet Union to invade the country": not read
        if types and any(d in ("the", "this", "that", "these", "those") for d in dets):
            latest = None                  # named things only: not a meeting kg made up from a verb
            for m in reversed(self.mentions):
                if latest is not None and m.sent_start != latest.sent_start:
                    break
                if m.token_end <= tok.i and m.type in types and not m.rule.startswith("meeting:") and \
                        (m.type != "Country" or m.sent_start < tok.sent.start_char) and \
                        (m.type != "Island" or _plural_name(m.text) == (tok.tag_ in ("NNS", "NNPS"))):
                    if self.doc[m.token_start:m.token_end].root.dep_ in SUBJ:
                        return m, 0.7      # the subject of the sentence that named it
                    latest = latest or m
            if latest is not None:
                return latest, 0.7
        return None, 0.0

    def _titled_person(self, tok: Token) -> Mention | None:
        """"the President", "the defence minister": the latest person named with that title."""
        if tok.lower_ not in TITLE_ANAPHORS or not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
            return None
        words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.lower_]
        wanted = " ".join(words)
        for m in reversed(self.mentions):
            if m.token_end <= tok.i and m.type in ("Person", "Minister") and \
                    any(re.search(rf"\b{re.escape(wanted)}\b", t.lower()) for t in (m.title or "", *m.other_titles)):
                return m
        return None

    def _last_person_subject(self, tok: Token) -> Mention | None:
        sents = list(self.doc.sents)
        here = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
        window = [s for s in sents[max(0, here - 2): here + 1]]
        best = None
        for sent in window:
            for t in sent:
                if t.i >= tok.i:
                    break
                m = self.by_token.get(t.i)
                if m is not None and m.type in ("Person", "Minister") and t.dep_ in SUBJ:
                    best = m
        return best

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
        found: list[Mention] = []
        for m in reversed(self.mentions):
            if m.token_end <= tok.i and m.type in ("Person", "Minister") and \
                    all(m.entity_id is None and o.text != m.text for o in found):
                found.append(m)
            if len(found) == n:
                return found[::-1]
        return []

    def args(self, tok: Token) -> list[tuple[Mention, float]]:
        """Mentions for a token and the tokens coordinated with it ("Hayashi and Hamada")."""
        out: list[tuple[Mention, float]] = [(m, 0.7) for m in self.pair(tok)]
        out += [(m, 0.65) for m in self.people_group(tok)]
        if self._group(tok):
            states = [t for t in tok.subtree if t.i < tok.i and t.i in self.by_token
                      and self.by_token[t.i].type == "Country" and t.dep_ in ("amod", "compound", "poss", "conj", "nmod")]
            states += self._from_states(tok)
            for t in states:
                if all(self.by_token[t.i] is not o for o, _ in out):
                    out.append((self.by_token[t.i], 0.75))
            if len(states) > 1:
                return out
        for t in _members(tok):
            m, c = self.mention(t)
            if m is not None and m.rule.endswith("+dateline"):
                m = None                  # "MANILA – The Philippines and Japan signed": not the subject
            if m is not None and c <= 0.7 and any(ch.dep_ == "appos" and ch.i in self.by_token for ch in t.children):
                m = None                  # "The islands — Etorofu, Kunashiri ...": the apposition names them
            if m and all(m is not o for o, _ in out):
                out.append((m, c))
                for other in self.chains.get(id(m), ()):
                    if all(other is not o for o, _ in out):
                        out.append((other, c))
        return out

    def _from_states(self, tok: Token, depth: int = 0) -> list[Token]:
        """"aircraft from A and B, and personnel from C" (the parser may hang the second group on B),
        "troops from 17 nations, including D": the states' tokens."""
        out: list[Token] = []
        for g in [g for g in _members(tok) if self._group(g)]:
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


def _plural_name(text: str) -> bool:
    """"Senkaku Islands", "the Kurils", "Northern Territories" name several things; "Hokkaido" one."""
    last = text.split()[-1].lower() if text.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


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


def _from_whom(tok: Token) -> list[Token]:
    """Whose forces or envoys a group noun names: "ships from Japan", and "involves troops from Japan",
    where the parser hangs "from" on the verb."""
    froms = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ == "from" or    # "the prime ministers of
                                                                (c.lower_ == "of" and tok.tag_ == "NNS"))]   # Dominica"
    if not froms and tok.dep_ == "dobj":
        froms = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == tok.i + 1]
    return [p for c in froms for p in c.children if p.dep_ == "pobj"]


def _members(tok: Token) -> list[Token]:
    """A token and the tokens listed with it: its conjuncts and appositions, and theirs ("their
    counterparts, Secretary ... Blinken and Defense Secretary Austin"; "counterparts Hasan of Malaysia,
    Yussof of Brunei, and Galvez of the Philippines", which the parser chains appositions through)."""
    out: list[Token] = []
    todo = [tok]
    while todo and len(out) < 24:
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        todo.extend(t.conjuncts)
        todo.extend(c for c in t.children if c.dep_ == "appos")
        todo.extend(c for of in t.children if of.lower_ == "of" and t.pos_ == "PROPN" for p in of.children   # "Republic
                    if t.i < p.i <= t.i + 3 and p.pos_ == "PROPN" for c in p.conjuncts)   # of Korea, Singapore": the list
        todo.extend(p for c in t.children if c.dep_ == "prep" and c.lower_ == "including"    # "X, including Y"
                    for p in c.children if p.dep_ == "pobj")
        todo.extend(_as_well_as(t))
    return out


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


def _subjects(verb: Token, index: DocIndex) -> tuple[list[tuple[Mention, float]], bool]:
    """Subjects of a verb, climbing through control and coordination; (mentions, passive?)."""
    passive = any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children) or \
        (verb.tag_ == "VBN" and verb.dep_ == "acl") or \
        (verb.tag_ == "VBN" and verb.dep_ == "conj" and any(c.dep_ == "agent" for c in verb.children) and
         any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.head.children))   # "is hosted by A and led by B"
    tok, factor = verb, 1.0
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in SUBJ]
        if passive and tok == verb:
            agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            subj = agents
        if subj:
            found = [(m, c * factor) for s in subj for m, c in index.args(s) or _possessed(s, index)]
            if not found and tok.dep_ == "relcl" and any(s.lower_ in ("who", "which", "that") for s in subj):
                head, c = index.mention(tok.head)           # "Wang Yi, who is on a visit": Wang Yi alone
                found = [(head, c * factor * 0.9)] if head is not None else []
            return found, passive
        if tok == verb and not passive and (tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG")):
            return [(m, c * 0.9) for m, c in index.args(tok.head)], passive    # "Li Shangfu calling on Wong"
        if (tok.dep_ in CLIMB or (tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB")) \
                and tok.head != tok:             # ^ "Blinken called Wang Yi, then met Lavrov": a verb the parser left loose
            tok, factor = tok.head, factor * 0.85
            if tok.pos_ == "ADJ" and tok.dep_ == "amod":      # "signed a deal worth $6.5 billion to purchase"
                tok = tok.head
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj", "attr") and tok.head != tok:
                tok = tok.head if tok.dep_ != "pobj" else tok.head.head
            continue
        break
    return [], passive


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
        if c.dep_ == "prep" and c.lower_ == "including" and out:    # "claims all of X, including Y"
            out.extend((m, conf * 0.9, out[0][2]) for p in c.children if p.dep_ == "pobj" for m, conf in index.args(p))
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend((m, conf, c.lower_) for m, conf in index.args(p))
    if passive and verb.dep_ == "acl":                    # "troops stationed in Japan"
        out.extend((m, conf * 0.9, "") for m, conf in index.args(verb.head))
    if passive and verb.dep_ == "conj" and not any(c.dep_ in PASS_SUBJ for c in verb.children):
        out.extend((m, conf * 0.9, "") for c in verb.head.children if c.dep_ in PASS_SUBJ   # "is hosted by A
                   for m, conf in index.args(c))                                          # and led by B"
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        out.extend((m, conf * 0.85, "where") for m, conf in index.args(verb.head))   # "Okinawa, where ... are based"
    relcl = verb
    while relcl.dep_ in ("xcomp", "conj") and relcl.head != relcl:
        relcl = relcl.head
    if relcl.dep_ == "relcl" and not out:                 # "the weapons Tokyo aims to acquire"
        wh = [c for c in relcl.children if c.lower_ in ("which", "that", "who")]
        takes_head = (passive and any(c.dep_ in PASS_SUBJ for c in wh)) or \
                     (not passive and not wh and any(c.dep_ in SUBJ for c in relcl.children))
        if takes_head:
            out.extend((m, conf * 0.9, "") for m, conf in index.args(relcl.head))
    return out


def _fits(m: Mention, group: str, rules: Rules) -> bool:
    return m.type in rules.groups.get(group, frozenset())


def _family(m: Mention) -> str:
    return "person" if m.type in ("Person", "Minister") else "other"


def extract_relations(doc: Doc, mentions: list[Mention]) -> Iterator[MentionFact]:
    """All facts one document states, at mention level."""
    rules = relation_rules()
    index = DocIndex(doc, mentions, rules)
    unnamed_meetings(doc, index)
    unnamed_visits(doc, index)
    unnamed_events(doc, index)
    unnamed_agreements(doc, index)
    seen: set[tuple[int, str, Any, int]] = set()
    for fact in _all_facts(doc, index, rules):
        obj = fact.object
        key = (id(fact.subject), fact.predicate, id(obj) if isinstance(obj, Mention) else obj, fact.evidence.start)
        if fact.subject is obj or key in seen:
            continue
        seen.add(key)
        yield fact


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
    return None


def _all_facts(doc: Doc, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    posts = [*_title_facts(doc, index), *_counterpart_facts(doc, index), *_named_later(doc, index),
             *_titled_anaphor_countries(doc, index)]
    yield from posts
    yield from _implicit_country_facts(index, posts)
    for tok in doc:
        lemma = verb_lemma(tok, rules.verbs) if tok.pos_ in ("VERB", "AUX") else None
        if lemma:
            yield from _verb_facts(tok, lemma, index, rules)
            if lemma in ("sign", "ink", "conclude"):
                yield from _signed_with(tok, index)
        elif tok.pos_ == "VERB":
            yield from _unmapped_verb(tok, index)
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in rules.nouns:
            yield from _noun_facts(tok, index, rules)
        if tok.lower_ in rules.compounds:
            yield from _compound_facts(tok, index, rules)
        if tok.lemma_.lower() in rules.pair_nouns:
            yield from _pair_facts(tok, index, rules)
    yield from _meeting_facts(doc, index)
    yield from _met_counterparts(doc, index)
    yield from _treaty_facts(doc, index)
    yield from _nominal_facts(doc, index)
    yield from _under_control(doc, index)
    yield from _copula_facts(doc, index)
    yield from _membership_facts(doc, index)
    yield from _part_of_facts(doc, index)
    yield from _lexicon_part_of(index)
    yield from _bases_opened(doc, index)


def _title_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    for m in index.mentions:              # "Foreign Minister A and Defense Minister B of Japan"
        chain = index.chains.get(id(m))
        if chain and m.affiliation and m.affiliation_side == "right" and m.title and \
                all(o.token_start < m.token_start and o.title for o in chain):
            for o in chain:
                o.affiliation = o.affiliation or m.affiliation
    for m in index.mentions:
        if m.type not in ("Person", "Minister"):
            continue
        sent = doc[m.token_start].sent
        if m.title:
            yield MentionFact(m, "holdsPosition", Literal_(m.title), index.evidence(sent, "title:adjacent", 0.9))
        for other in m.other_titles:
            yield MentionFact(m, "holdsPosition", Literal_(other), index.evidence(sent, "title:coordinated", 0.85))
        if m.affiliation and not m.affiliation.startswith("org:"):
            country = next((c for c in index.mentions if c.type == "Country" and c.key == m.affiliation
                            and c.sent_start == m.sent_start), index.first_country.get(m.affiliation))
            if country is not None:
                yield MentionFact(m, "represents", country, index.evidence(sent, "title:affiliation", 0.85))
        elif m.affiliation:
            m.organization = m.organization or m.affiliation[4:]
        if m.organization:
            org = next((o for o in index.mentions if o.type in ("Organization", "MilitaryUnit") and
                        (o.text == m.organization or (" " in m.organization and o.text.endswith(m.organization)))
                        and o.sent_start == m.sent_start), None)     # "Army Lt. Col. X": not the "8th Army"
            if org is not None:
                yield MentionFact(m, "represents", org, index.evidence(sent, "title:organization", 0.75))
        if m.title and not m.affiliation and m.title_token_start is not None:
            country = _pronoun_country(doc, m.title_token_start, index)
            if country is not None:
                yield MentionFact(m, "represents", country, index.evidence(sent, "title:possessive-anaphor", 0.6))


PORTFOLIOS = {"foreign": "foreign", "state": "foreign", "external": "foreign", "defense": "defense",
              "defence": "defense", "war": "defense", "finance": "finance", "treasury": "finance",
              "trade": "trade", "commerce": "trade", "interior": "interior", "home": "interior"}
HOME_COUNTRY_RULE = "document:home-country"
LEAD_CHARS = 400             # how much of the dateline's paragraph is the lead, where the day's meeting is
STORY_CHARS = 1500           # how far from the dateline a meeting the text describes is the day's news


def _portfolio(title: str | None) -> str | None:
    return next((PORTFOLIOS[w] for w in re.findall(r"[a-z]+", (title or "").lower()) if w in PORTFOLIOS), None)


def dateline(doc: Doc, index: DocIndex) -> Mention | None:
    """The place a story is filed from ("MANILA –", "New Delhi, Nov 10 (EFE)"): a dateline mention
    that opens one of the story's first lines (after a headline and captions)."""
    for m in (m for m in index.mentions if m.rule.endswith("+dateline")):
        line_start = doc.text.rfind("\n", 0, m.start) + 1
        if not doc.text[line_start:m.start].strip() and \
                sum(1 for line in doc.text[:line_start].splitlines() if line.strip()) < dates.DATELINE_LINES:
            return m
    return None


def home_country(doc: Doc, index: DocIndex) -> Mention | None:
    """The country a story is told from, by its dateline ("MANILA –", "SINGAPORE –").

    Not the only country a story names: "Secretary Blinken will travel to China" is not Chinese."""
    m = dateline(doc, index)
    if m is None:
        return None
    key = m.key if m.type == "Country" else m.key.removeprefix("capital:") if m.key.startswith("capital:") else ""
    return (index.first_country.get(key) or _synthetic_country(m, key, m.text.split()[0], index)) if key else None


def _implicit_country_facts(index: DocIndex, posts: list[MentionFact]) -> Iterator[MentionFact]:
    """Ministers whose country the sentence does not name.

    "Japanese Foreign Minister Kamikawa and Defense Minister Kihara": a minister listed with a
    colleague of another portfolio serves the same government. Otherwise an unqualified title is the
    home country's ("MANILA – ... President Marcos"); resolution keeps that guess only for people no
    sentence gives a country."""
    lex = load_lexicon()

    def family(m: Mention) -> str:
        return surname(m.text, lex).lower()

    country_of: dict[str, Mention] = {}
    for f in posts:
        if f.predicate == "represents" and isinstance(f.object, Mention) and f.object.type == "Country":
            country_of.setdefault(family(f.subject), f.object)
    titles: dict[str, str] = {}
    for m in index.mentions:
        if m.type in ("Person", "Minister") and m.title:
            titles.setdefault(family(m), m.title)
    home: list[Mention | None] = []
    done: set[str] = set()
    for m in index.mentions:
        name = family(m)
        if m.type != "Minister" or not m.title or m.affiliation or m.organization or name in country_of or name in done:
            continue
        done.add(name)
        sent = index.doc[m.token_start].sent
        partners = [p for p in index.chains.get(id(m), []) if family(p) in country_of]
        if partners:
            mine = _portfolio(m.title)
            colleagues = [p for p in partners if mine and _portfolio(titles.get(family(p))) not in (None, mine)]
            if len(index.chains[id(m)]) == 1 and colleagues:      # "A, B, C and D": colleagues and counterparts
                yield MentionFact(m, "represents", country_of[family(colleagues[0])],
                                  index.evidence(sent, "title:colleague", 0.6))
                continue
        if not home:
            home.append(home_country(index.doc, index))
        if home[0] is not None and not any(country_of[family(p)].key == home[0].key for p in partners):
            # ^ "SEOUL -- Defense Minister Shin and U.S. Defense Secretary Austin": Shin is the home country's
            yield MentionFact(m, "represents", home[0], index.evidence(sent, HOME_COUNTRY_RULE, 0.45))


def _pronoun_country(doc: Doc, i: int, index: DocIndex) -> Mention | None:
    """"its foreign minister", "the country's leader": the latest country named before."""
    before = doc[max(0, i - 3):i]
    words = [t.lower_ for t in before]
    if not (words[-1:] == ["its"] or words[-1:] == ["their"] or words[-3:] == ["the", "country", "'s"]
            or words[-3:] == ["the", "country", "’s"]):
        return None
    for m in reversed(index.mentions):
        if m.type == "Country" and m.token_end <= i and doc[i].sent.start - doc[m.token_start].sent.start < 400:
            return m
    return None


SPEECH_VERBS = {"say", "tell", "add", "note", "announce", "state", "warn", "confirm", "stress", "reveal"}
NAMED_LATER_SENTENCES = 3     # how far after "Japan's defence minister said" the name may come (quotes between)


def _named_later(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"..., Japan's defence minister said. Nobuo Kishi said Tokyo had ...": a post held by a state's
    official whom the story names only a little later, as the first person named and a subject, with
    no title of their own anywhere in the story."""
    lex = load_lexicon()
    sents = list(doc.sents)
    titled = {surname(m.text, lex) for m in index.mentions if m.type in ("Person", "Minister") and m.title}
    for n, sent in enumerate(sents):
        for head in sent:
            if head.lemma_.lower() not in TITLE_ANAPHORS or head.pos_ != "NOUN" or head.dep_ not in SUBJ or \
                    head.head.lemma_.lower() not in SPEECH_VERBS or head.i in index.by_token or head.i in index.title_of:
                continue
            mods = [c for c in head.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < head.i]
            states = index.countries(mods)
            words = [c.text for c in mods if c.i not in index.by_token and c.dep_ != "poss" and c.is_alpha]
            if len(states) != 1 or not words:
                continue                      # "Japan's defence minister", not "Japan's minister" or "the minister"
            person = next((m for s in sents[n + 1:n + 1 + NAMED_LATER_SENTENCES] for m in index.mentions
                           if m.type in ("Person", "Minister") and s.start <= m.token_start < s.end), None)
            root = None if person is None else doc[person.token_start:person.token_end].root
            if person is None or person.title or person.affiliation or surname(person.text, lex) in titled or \
                    root.dep_ not in SUBJ or root.head.lemma_.lower() not in SPEECH_VERBS:
                continue                      # "... said. Nobuo Kishi said", not whoever acts next
            title = " ".join([*words, head.text])
            if lex.is_ministerial(title):
                person.type = "Minister"
            ev = index.evidence(doc[person.token_start].sent, "title:named-later", 0.6)
            yield MentionFact(person, "holdsPosition", Literal_(title), ev)
            yield MentionFact(person, "represents", states[0], ev)


def _titled_anaphor_countries(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"FM Qureshi said ... “...,” the Pakistani foreign minister said": the person the story last
    named with that post represents the state the anaphor names."""
    lex = load_lexicon()
    for tok in doc:
        if tok.lemma_.lower() not in TITLE_ANAPHORS or tok.i in index.by_token or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        states = index.countries(mods)
        words = [c.lower_ for c in mods if c.i not in index.by_token] + [tok.lower_]
        if len(states) != 1 or len(words) < 2:
            continue                      # "the Pakistani foreign minister", not "the Pakistani minister"
        wanted = re.compile(rf"\b{re.escape(' '.join(words))}\b")
        holders = [m for m in reversed(index.mentions) if m.token_end <= tok.i and m.type in ("Person", "Minister")
                   and any(wanted.search(t.lower()) for t in (m.title or "", *m.other_titles))]
        between = {surname(m.text, lex) for m in index.mentions if m.type in ("Person", "Minister") and
                   holders and holders[0].token_end <= m.token_start < tok.i}
        if holders and not any(m.affiliation == states[0].key for m in holders) and holders[0].affiliation is None \
                and between <= {surname(holders[0].text, lex)}:     # no one else named since: "Qureshi met Wang Yi"
            person = holders[0]           # not "the Chinese foreign minister" for Qureshi when Wang Yi is one
            yield MentionFact(person, "represents", states[0], index.evidence(tok.sent, "title:anaphor-country", 0.65))


def _counterpart_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"their Japanese counterparts Yoshimasa Hayashi and Yasukazu Hamada" -> both represent Japan.

    Only the people written right after the head noun (apposition) count, not those coordinated
    with it ("Blinken, Austin and their Japanese counterparts Hayashi and Hamada")."""
    for tok in doc:
        countries, people = _counterparts(tok, index)
        if len(countries) != 1:
            continue
        ref = next((m for m in reversed(index.mentions) if m.type == "Minister" and m.token_end <= tok.i and
                    m.sent_start == tok.sent.start_char and "minister" in (m.title or "").lower()), None)
        for p in people:
            if p.affiliation and p.affiliation != countries[0].key:
                continue
            yield MentionFact(p, "represents", countries[0], index.evidence(tok.sent, "title:counterpart", 0.75))
            if ref is not None and (not p.title or not load_lexicon().is_ministerial(p.title)) and \
                    tok.lower_ == "counterpart" and len(people) == 1:       # (not "Prince" alone)
                # "Turkish Defence Minister Akar met his Greek counterpart Panagiotopoulos": the same post
                p.type = "Minister"
                yield MentionFact(p, "holdsPosition", Literal_(ref.title), index.evidence(tok.sent, "title:counterpart", 0.6))


COUNTERPART_HEADS = {"counterpart", "minister", "official", "leader", "chief", "diplomat", "envoy"}


def _counterparts(tok: Token, index: DocIndex) -> tuple[list[Mention], list[Mention]]:
    """"their Japanese counterparts, Hayashi and Hamada": the states the noun names and the people
    written right after it."""
    if tok.lemma_.lower() not in COUNTERPART_HEADS or tok.pos_ != "NOUN":
        return [], []
    countries = index.countries(c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss"))
    j = tok.i + 1
    while j < len(tok.doc) and tok.doc[j].text in (",", ":", "—", "-"):
        j += 1
    first = index.by_token.get(j) or index.title_of.get(j)
    if first is None or first.type not in ("Person", "Minister"):
        return countries, []
    return countries, [first, *index.chains.get(id(first), [])]


COUNTERPART_MEETING_VERBS = {"meet", "sit", "talk", "confer", "hold", "have", "host", "receive", "welcome"}


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


def _met_someone(verb: Token, index: DocIndex) -> bool:
    """Whether "met" has someone as its object ("met Biden", "met with their counterparts", "met him"),
    not only a noun in apposition to the event ("met in Cairo, the first such visit in a decade")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            return True
        if c.dep_ in ("dobj", "dative") and (c.pos_ in ("PRON", "PROPN") or index.args(c) or
                                             c.lemma_.lower() in COUNTERPART_HEADS | DELEGATE_NOUNS):
            return True
    return False


def _verb_facts(verb: Token, lemma: str, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
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
        if rule.get("particle") and not any(c.dep_ in ("prt", "advmod") and c.lower_ in rule["particle"]
                                            for c in verb.children):
            continue                      # "brought together", not "brought"
        if rule.get("not_after") and verb.dep_ in ("xcomp", "advcl", "pcomp") and \
                verb.head.lemma_.lower() in rule["not_after"]:
            continue                      # "applied to join NATO" is not membership
        if rule.get("requires_pobj") and not any(      # "has 66 F-16s on order"
                p.lemma_.lower() in rule["requires_pobj"] for h in (verb, *verb.children) for c in h.children
                if c.dep_ == "prep" for p in c.children):
            continue
        if rule.get("partners_via"):            # "took part in the exercise alongside ships from Sweden"
            subjects = subjects + [(m, c * 0.9) for prep in verb.children if prep.dep_ == "prep" and
                                   prep.lower_ in rule["partners_via"] for p in prep.children if p.dep_ == "pobj"
                                   for m, c in index.args(p)]
        if rule.get("weapon_owner"):             # "Indian Navy's INS Shivalik participated": the navy did
            subjects = [((_owner(index.doc[m.token_start:m.token_end].root, m, index) or m) if m.type == "Weapon"
                         else m, c) for m, c in subjects]
        preps = set(rule.get("via", []))
        objects = _objects(verb, index, passive, preps, possessors=prop != "metWith")   # (not "welcomed B's plan")
        if rule.get("object_is_via"):
            objects = [o for o in objects if o[2]]
            if passive and verb.dep_ == "relcl" and any(o[2] == "where" for o in objects):
                subjects = [(m, c) for c in verb.children if c.dep_ in PASS_SUBJ for m, c in index.args(c)]
            elif verb.dep_ == "acl":             # "missiles deployed to X", "the regiment, remaining in X"
                subjects = [(m, c) for m, c in index.args(verb.head)]
            elif passive:
                subjects = [(m, c) for c in verb.children if c.dep_ in PASS_SUBJ for m, c in index.args(c)]
                if not subjects and verb.dep_ == "relcl":      # "the G-7 summit to be held in Hiroshima"
                    subjects = [(m, c * 0.9) for m, c in index.args(verb.head)]
        if rule.get("subject_nouns"):           # "Participants included Australia and France": the exercise's
            if not any(c.dep_ in SUBJ and c.lemma_.lower() in rule["subject_nouns"] for c in verb.children):
                continue
            latest = _latest_event(verb, index)
            subjects = [(latest, 0.8)] if latest is not None else []
        if rule.get("implicit_object") and not objects and _intransitive(verb) and not _negated_or_wished(verb):
            latest = _latest_event(verb, index)          # "personnel from Canada will also participate"
            objects = [(latest, 0.8, "")] if latest is not None else []
        if prop == "stationedIn":
            yield from _troops_stationed(verb, index, passive, objects, subjects, name, conf)
        if rule.get("requires_via"):
            objects = [o for o in objects if o[2]]
        if rule.get("recipient_is_subject"):     # "sell Australia submarines", "deliver HIMARS to Ukraine"
            subjects = [a for c in verb.children if c.dep_ == "dative" for a in index.args(c)]
            subjects += [a for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj" for a in index.args(p)]
            nxt = index.by_token.get(verb.i + 1)
            if not subjects and nxt is not None and nxt.type == "Country" and not passive:
                subjects = [(nxt, 0.7)]          # "sell Australia three ... submarines", parsed as a modifier
            if passive:                          # "Patriots will be sent to Ukraine"
                objects = [(m, c, "") for ch in verb.children if ch.dep_ in PASS_SUBJ for m, c in index.args(ch)]
        if rule.get("mutual"):                     # "the pair met", "A and B met" (no one else)
            if len(subjects) < 2 or _met_someone(verb, index):
                continue
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


def _intransitive(verb: Token) -> bool:
    """"will also participate", "will take part", "joined for the first time": no object, no "in"."""
    return not any((c.dep_ == "dobj" and c.lower_ != "part") or
                   (c.dep_ == "prep" and c.lower_ == "in" and not any(p.lower_ in ADVERBIAL_IN for p in c.children))
                   for c in verb.children)


ADVERBIAL_IN = {"addition", "total", "turn", "particular", "fact", "person", "all"}     # "In addition, ..."


WISH_VERBS = {"hope", "want", "wish", "seek", "try", "aim", "urge", "invite", "ask", "request", "refuse", "decline",
              "fail", "plan", "consider", "threaten", "expect"}


WISH_TABLE = dict.fromkeys(WISH_VERBS)


def _negated_or_wished(verb: Token) -> bool:
    """"Vietnam did not participate", "India hopes to participate", "urged Manila not to join"."""
    return any(c.dep_ == "neg" for c in verb.children) or \
        (verb.dep_ in ("xcomp", "ccomp") and verb_lemma(verb.head, WISH_TABLE) is not None)     # ("hopes": "hop")


def _latest_event(tok: Token, index: DocIndex) -> Mention | None:
    """The exercise or meeting named last before a token (not one kg made up): in its sentence or
    the two before, or anywhere before when the story names only one."""
    named = [m for m in index.mentions if m.token_end <= tok.i and m.type in ("Event", "Meeting") and
             m.rule.startswith(("ruler:", "ner:", "pattern:"))]
    if not named:
        return None
    if _one_name({m.text.lower(): [m] for m in named}):
        return named[-1]
    sents = list(tok.doc.sents)
    here = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
    since = sents[max(0, here - 2)].start
    return named[-1] if named[-1].token_start >= since else None


TROOP_NOUNS = {"troop", "troops", "soldier", "soldiers", "marines", "forces", "force", "personnel", "sailors",
               "airmen", "servicemen", "service members", "contingent", "battalion", "brigade", "units", "unit"}


def _troops_stationed(verb: Token, index: DocIndex, passive: bool, places: list, subjects: list, name: str,
                      conf: float) -> Iterator[MentionFact]:
    """"German troops will be stationed in Lithuania", "the US deployed Marines to Darwin": the state
    whose troops (no named unit) are stationed there."""
    troops = [c for c in verb.children if c.dep_ in (PASS_SUBJ if passive else {"dobj"})
              and c.lemma_.lower() in TROOP_NOUNS and c.i not in index.by_token]
    if not troops:
        return
    places = [*places, *((index.by_token[p.i], 1.0, prep.lower_) for t in troops for prep in t.children
                         if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at", "to")     # "troops in Lithuania"
                         for p in prep.children if p.dep_ == "pobj" and p.i in index.by_token)]
    mods = [c for t in troops for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")]
    states = [(m, 0.8) for m in index.countries(mods)]                # "U.S. Marine unit", "German troops"
    if not states and not passive and not any(m.type == "MilitaryUnit" for t in troops for m, _ in index.args(t)):
        states = [(m, c * 0.9) for m, c in subjects if m.type == "Country"]
    for s, sc in states:
        for o, oc, via in places:
            if via and o.type in PLACES and o.key != s.key:
                yield MentionFact(s, "stationedIn", o, index.evidence(verb.sent, name + "+troops", conf * 0.85 * min(sc, oc)))


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


def _signed_with(verb: Token, index: DocIndex) -> Iterator[MentionFact]:
    """"NASA plans to sign a cooperation agreement with Japan", "Kishida signed a defense deal with
    British Prime Minister Rishi Sunak": both sides are parties, and they cooperate."""
    treaties = [m for c in verb.children if c.dep_ == "dobj" for m, _ in index.args(c) if m.type == "Treaty"]
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]     # "sign [an agreement with Japan]"
    partners = [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children for m, _ in index.args(p)]
    if not treaties or not partners:
        return
    def state(m: Mention) -> Mention | None:
        if m.type in STATE:
            return m
        if m.type in ("Person", "Minister") and m.affiliation:
            return index.first_country.get(m.affiliation)
        return None
    ours = [x for x in (state(m) for m, _ in _subjects(verb, index)[0]) if x is not None]
    theirs = [x for x in (state(m) for m in partners) if x is not None]
    sent = verb.sent
    keys = {x.key for x in (*ours, *theirs) if x.type == "Country" and x.key}
    if len(keys) < 2:                     # "Kishida signed a deal with Sunak" in an article about Japan
        counts = Counter(m.key for m in index.mentions if m.type == "Country" and m.key)
        keys |= set([k for k, _ in counts.most_common() if k not in keys][: 2 - len(keys)])
    for t in treaties:
        if not t.key and _generic_treaty(t.text) and len(keys) == 2:
            t.key = "parties:" + ",".join(sorted(keys)) + (";agreement" if t.text.split()[-1].lower() in
                                                         AGREEMENT_WORDS else "")
        for p in theirs:
            yield MentionFact(p, "partyTo", t, index.evidence(sent, "verb:partyTo:signed-with", 0.7))
    for a in ours:
        for b in theirs:
            if a.key != b.key or not a.key:
                yield MentionFact(a, "cooperatesWith", b, index.evidence(sent, "verb:cooperatesWith:signed-with", 0.6))


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


def _unmapped_verb(verb: Token, index: DocIndex) -> Iterator[MentionFact]:
    """Subject -verb-> object between two named entities that no rule maps: kg:relatedTo."""
    subjects = [m for c in verb.children if c.dep_ in SUBJ for m, conf in index.args(c) if conf == 1.0]
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
            yield MentionFact(s, "relatedTo", o, index.evidence(verb.sent, f"verb:relatedTo:{verb.lemma_}", 0.5,
                                                                 predicate_text=text))


def _noun_facts(noun: Token, index: DocIndex, rules: Rules) -> Iterator[MentionFact]:
    for rule in rules.nouns[noun.lemma_.lower()]:
        prop = rule["property"]
        conf = float(rule.get("confidence", 0.65))
        name = f"noun:{prop}:{noun.lemma_.lower()}"
        subjects: list[tuple[Mention, float]] = []
        objects: list[tuple[Mention, float]] = []
        recipients: list[tuple[Mention, float]] = []
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in index.by_token:
                subjects += index.args(c)
            if c.dep_ == "prep":
                pobjs = [p for p in c.children if p.dep_ == "pobj"]
                if c.lower_ == "by" or c.lower_ in rule.get("agent_via", []):    # "threats from North Korea"
                    subjects += [a for p in pobjs for a in index.args(p) or _possessed(p, index)]
                elif c.lower_ in rule.get("via", []):
                    objects += [a for p in pobjs for a in index.args(p)]
                elif c.lower_ in rule.get("recipient_via", []):
                    recipients += [a for p in pobjs for a in index.args(p)]
            if c.dep_ in ("compound", "amod") and c.i in index.by_token and rule.get("compound_object"):
                objects += index.args(c)
            if c.dep_ == "acl":                 # "the threat posed by North Korea's missiles"
                subjects += [a for ag in c.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                             for a in index.args(p) or _possessed(p, index)]
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
            if subjects and noun.dep_ == "dobj" and noun.head.lemma_.lower() in table:
                prop = table[noun.head.lemma_.lower()]       # "claimed sovereignty over": a claim
                if prop is None:
                    continue
                name = f"noun:{prop}:{noun.head.lemma_.lower()}+{noun.lemma_.lower()}"
        for s, sc in subjects:
            if not _fits(s, rule["subject"], rules):
                continue
            for o, oc in objects:
                if o is s or not _fits(o, rule["object"], rules):
                    continue
                if prop == "metWith" and _family(s) != _family(o):
                    continue
                yield MentionFact(s, prop, o, index.evidence(noun.sent, name, conf * min(sc, oc)))


def _possessed(tok: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """"North Korea's missiles": the possessor of a noun that names no entity itself."""
    if tok.i in index.by_token:
        return []
    return [(m, c * 0.8) for p in tok.children if p.dep_ == "poss" for m, c in index.args(p)]


def _nominal_owner(noun: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """Whose action a relation noun names when it has no possessor of its own: the possessor of a
    noun it hangs from ("China's progress in the development of ..."), else the subject of the
    verb it depends on ("Tokyo ... with the potential purchase of ...")."""
    tok = noun
    for _ in range(4):
        if tok.head == tok:
            break
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN"):
            owners = [a for c in tok.children if c.dep_ == "poss" for a in index.args(c)]
            if owners:
                return [(m, c * 0.8) for m, c in owners]
        if tok.pos_ in ("VERB", "AUX"):
            found = [a for c in tok.children if c.dep_ in SUBJ | {"dobj"} for a in index.args(c)]
            found = [(m, c * 0.6) for m, c in found if m.type in ("Country", "Organization", "MilitaryUnit")]
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
    noun = index.by_token.get(part.head.i) if part.head.i > part.i else None   # the noun it modifies
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


MEETING_NOUNS = {"meeting", "summit", "talks", "talk", "ceremony", "signing"}
CEREMONY_NOUNS = {"ceremony", "signing"}


def unnamed_meetings(doc: Doc, index: DocIndex) -> list[Mention]:
    """Meetings the text describes without a name ("a meeting between Joe Biden and Fumio Kishida"):
    a new Meeting mention keyed by its participants' surnames, so that every article describing
    the same meeting resolves to one node."""
    found = []
    alone: list[tuple[Token, Mention]] = []
    named = any(m.type == "Meeting" for m in index.mentions)     # talks of states are likely the meeting it names
    for tok in doc:
        if tok.lemma_.lower() not in MEETING_NOUNS or tok.pos_ != "NOUN" or tok.i in index.by_token:
            continue
        people: list[Mention] = []
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("between", "with"):
                for p in prep.children:
                    if p.dep_ == "pobj":
                        people += [m for m, _ in index.args(p) if m.type in ("Person", "Minister")]
        hosts: list[Mention] = []
        verb = tok.head if tok.dep_ == "dobj" else None
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) and tok.dep_ == "pobj" and \
                tok.head.head.pos_ == "VERB":          # "A and B signed a statement after their talks in Tokyo"
            people += [m for m, _ in _subjects(tok.head.head, index)[0] if m.type in ("Person", "Minister")]
        if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in ("attend", "host", "hold", "chair", "join") and \
                index.mention(tok)[0] is None:        # not "the 2+2 ... The meeting was attended by"
            people += [m for ag in tok.head.children if ag.dep_ == "agent" for p in ag.children
                       for m, _ in index.args(p) if m.type in ("Person", "Minister")]   # "was attended by A, B and C"
        if verb is not None and (any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
                                 or verb.lemma_.lower() in ("hold", "have", "attend", "convene", "host")):
            subjects, _ = _subjects(verb, index)
            hosts = [m for m, _ in subjects or _left_subject(verb, index) if m.type in ("Person", "Minister")]
        if verb is None and tok.dep_ == "pobj" and (tok.head.lower_ in ("at", "during") or
                                                    (tok.head.lower_ == "for" and people)) and \
                tok.head.head.pos_ == "VERB":           # "signed ... and presented it to Blinken at a ceremony"
            verb = tok.head.head
            subjects, passive = _subjects(verb, index)
            hosts = [m for m, _ in subjects if m.type in ("Person", "Minister")] or _person_before(verb, index)
            people += [m for m, *_ in _objects(verb, index, passive, {"to", "with"})
                       if m.type in ("Person", "Minister")]
        if verb is None and tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ == "PROPN":
            people += [m for m, _ in index.args(tok.head.head) if m.type in ("Person", "Minister")]
        if verb is not None:                            # ^ a caption: "Kavalec and Tilvar at the signing of the letter"
            people += _present(verb, index)
        hosts = [h for h in dict.fromkeys(hosts) if h not in people]
        people = list(dict.fromkeys(people))
        if len(hosts) + len(people) < 2 and verb is not None and not named and not any(
                c.dep_ == "prep" and c.lower_ in ("between", "with") for c in tok.children):   # "leaders from the US, India,
            people = list({m.key: m for m in _event_states(tok, index)}.values())   # Australia and Japan held talks"
        if tok.tag_ == "NNS" and tok.lower_ != "talks" and len(hosts) == 1 and len(people) > 1:
            groups = [[hosts[0], p] for p in people]     # "had meetings with A, B and C": one each
        else:
            groups = [hosts + people]
        for group in groups:
            if len(group) == 1 and tok.lemma_.lower() in CEREMONY_NOUNS:
                alone.append((tok, group[0]))       # "Kavalec said at the signing ceremony": see below
            if len(group) < 2:
                continue
            m = _made_meeting(tok, group, "meeting" if len(groups) > 1 else _meeting_word(tok), "meeting:unnamed")
            found.append(m)
            index.participants[id(m)] = group
            if len(groups) == 1:
                index.by_token[tok.i] = m
                found += _placed_name(tok, m, index)
            else:
                index.detached.append(m)
    lex = load_lexicon()
    for tok, person in alone:                 # ... the ceremony the story shows that person at
        name = surname(person.text, lex)
        same = [m for m in found if m.rule == "meeting:unnamed" and _meeting_word(doc[m.token_start]) in CEREMONY_NOUNS
                and name in {surname(p.text, lex) for p in index.participants.get(id(m), ())}]
        if len(same) == 1:
            index.by_token[tok.i] = same[0]
    found += _verb_meetings(doc, index, found)
    index.add(found)
    return found


VISIT_NOUNS = {"visit", "trip", "tour"}
VISIT_VERBS = {"be", "make", "pay", "conclude", "begin", "start", "end", "wrap", "complete"}   # "is on a visit to"
DESTINATIONS = ("Country", "City", "Place", "Island", "Region", "MilitaryUnit")


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
            named_by = any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in tok.children)
            if not visitors and not named_by and tok.dep_ in ("dobj", "pobj", "attr"):   # "who is on a visit to",
                verb = tok.head.head if tok.dep_ == "pobj" else tok.head                   # "made a trip to"
                if verb.lemma_.lower() in VISIT_VERBS and not _future(verb):
                    visitors = [m for m, _ in _subjects(verb, index)[0]]
        elif tok.pos_ == "VERB" and lemma == "visit" and not _future(tok):
            subjects, passive = _subjects(tok, index)
            visitors = [m for m, _ in subjects] if not passive else []
            dest = [m for c in tok.children if c.dep_ == "dobj" for m, _ in index.args(c)]
        visitors = [m for m in visitors if m.type in ("Person", "Minister")]
        dest = [m for m in dest if m.type in DESTINATIONS]
        if len(visitors) != 1 or not dest:
            continue
        who, where = visitors[0], dest[0]
        name = surname(who.text, lex)
        place = lex.countries[where.key].name if where.type == "Country" and where.key in lex.countries else where.text
        m = Mention(doc_id=doc._.kg_doc_id, start=tok.idx, end=tok.idx + len(tok.text),
                    text=f"{name} visit to {place}", type="Meeting", rule="meeting:visit",
                    sent_start=tok.sent.start_char, sent_end=tok.sent.end_char,
                    key=f"participants:{name.lower()}|to {where.key or where.text.lower()}",
                    token_start=tok.i, token_end=tok.i + 1)
        found.append(m)
        index.by_token[tok.i] = m
        index.participants[id(m)] = [who]
        if where.type in VENUES:
            index.venues[id(m)] = [where]
    index.add(found)
    return found


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
EVENT_VERBS = {"hold", "have", "conduct", "stage", "launch", "kick", "begin", "start", "carry", "complete", "wrap", "end",
               "finish", "join", "continue", "resume"}
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
        if m.type == "Event":
            named[" ".join(t.lower_ for t in doc[m.token_start:m.token_end] if t.lemma_.lower() not in EVENT_NOUNS)].append(m)
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i in index.by_token:
            continue
        joint = any(c.lower_ == "joint" for c in tok.children)
        if not (tok.lemma_.lower() in EVENT_NOUNS or (joint and tok.lemma_.lower() in JOINT_EVENT_NOUNS)):
            continue
        states = sorted({m.key: m for m in _event_states(tok, index)}.values(), key=lambda m: m.token_start)
        same = {bare for bare, ms in named.items() if any(tok.lemma_.lower() in {w.lemma_.lower() for w in
                                                                             doc[m.token_start:m.token_end]} for m in ms)}
        if not same and tok.lemma_.lower() in ("exercise", "drill") and _one_name(named) and \
                any(c.lower_ in ("the", "this") for c in tok.children):
            same = {max(named, key=len)}   # "participated in the exercise" in a story on "Super Garuda Shield"
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


def _one_name(named: dict[str, list[Mention]]) -> bool:
    """Whether a story's exercise names are one name ("super garuda shield", "garuda shield 2022")."""
    bare = {dates.YEAR.sub("", n).strip() for n in named}
    return bool(bare) and any(all(b in n for b in bare) for n in bare)


AGREEMENT_NOUNS = {"agreement", "deal", "contract", "accord", "pact", "memorandum", "treaty"}


def unnamed_agreements(doc: Doc, index: DocIndex) -> list[Mention]:
    """"India signed a formal agreement to buy 36 Rafale jets": an agreement signed but not named is
    a treaty of its own (its parties are read like those of any unnamed agreement)."""
    found = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in ("sign", "ink", "conclude"):
            continue
        words = [c for c in tok.subtree if c.dep_ in ("amod", "compound") and c.i < tok.i and c.i not in index.by_token]
        while words and {w.i for w in words} != set(range(words[0].i, tok.i)):
            words.pop(0)                # contiguous: "defense cooperation plan" (defense modifies cooperation)
        letter = tok.lemma_.lower() == "letter" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and \
            doc[tok.i + 2].lower_ in ("intent", "offer", "acceptance")          # "a letter of offer and acceptance"
        kind = tok.lemma_.lower() in AGREEMENT_NOUNS or letter or \
            (tok.lemma_.lower() == "plan" and any(w.lemma_.lower() == "cooperation" for w in words))
        if not kind or tok.i in index.by_token or \
                not any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod" for c in tok.children):
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


def _event_states(tok: Token, index: DocIndex, named: bool = False) -> list[Mention]:
    """The states an exercise is of: its own demonyms ("joint US-Philippine drills"), its partners
    ("drills with Japan") and, when a verb of holding governs it, that verb's subjects, whether named
    or the forces of named states ("Russian and Chinese warships kicked off ...")."""
    def states_of(t: Token) -> list[Mention]:
        m = index.by_token.get(t.i)
        if m is not None and m.type == "Country":
            return [m]
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
    out += [m for acl in tok.children if acl.dep_ == "acl" and acl.lemma_.lower() in ("involve", "include", "feature")
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
    if verb.lemma_.lower() in EVENT_VERBS | {"participate", "take"} and head.dep_ in ("dobj", "pobj", "nsubjpass"):
        subj = [c for c in verb.children if c.dep_ in SUBJ | {"agent"}]
        subj += [p for c in subj if c.dep_ == "agent" for p in c.children]
        out += [m for s in subj for t in _members(s) for m in states_of(t)]
    return out


SIDELINES = {"sideline", "sidelines", "margin", "margins"}
MEETING_VERBS = {"meet", "host", "call", "sign", "ink", "welcome", "greet", "receive"}


def _meeting_word(tok: Token) -> str:
    return "talks" if tok.lower_ == "talks" else tok.lemma_.lower()


def _placed_name(tok: Token, meeting: Mention, index: DocIndex) -> list[Mention]:
    """"a ceremony in Brussels": the words the text uses for a made-up meeting, kept as its other name."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
            for p in prep.children:
                place = index.by_token.get(p.i)
                if place is not None and place.type in PLACES and \
                        place.token_start > prep.i:
                    doc = tok.doc
                    return [replace(meeting, start=tok.idx, end=doc[place.token_end - 1].idx + len(doc[place.token_end - 1]),
                                    text=f"{tok.text} {prep.text} {place.text}", rule="meeting:placed-name",
                                    token_start=tok.i, token_end=place.token_end, alias_of=meeting)]
    return []


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


def _present(verb: Token, index: DocIndex) -> list[Mention]:
    """People "in the presence of" whom something was done: they took part."""
    found: list[Mention] = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in prep.children:
                if noun.lemma_.lower() == "presence":
                    found += [m for of in noun.children if of.lower_ == "of" for p in of.children
                              for m, _ in index.args(p) if m.type in ("Person", "Minister")]
    return found


def _made_meeting(tok: Token, people: list[Mention], word: str, rule: str) -> Mention:
    """A meeting the text describes but does not name, at the word that tells it: labelled by its
    participants' surnames, hosts first ("Wong-Li meeting"), and keyed by the set of them so that every
    article describing it resolves to one node."""
    lex = load_lexicon()
    names = list(dict.fromkeys(surname(p.text, lex) if p.type in ("Person", "Minister") else p.text for p in people))
    keys = {surname(p.text, lex).lower() if p.type in ("Person", "Minister") else p.key or p.text.lower()
            for p in people}
    return Mention(doc_id=tok.doc._.kg_doc_id, start=tok.idx, end=tok.idx + len(tok.text),
                   text=f"{'-'.join(names)} {word}", type="Meeting", rule=rule, sent_start=tok.sent.start_char,
                   sent_end=tok.sent.end_char, key="participants:" + "|".join(sorted(keys)),
                   token_start=tok.i, token_end=tok.i + 1)


def _left_subject(verb: Token, index: DocIndex) -> list[tuple[Mention, float]]:
    """The people written right before a verb the parser left without a subject ("while visiting
    Austin and his counterpart, Galvez, were holding a meeting"): a weaker reading."""
    t = verb.i - 1
    while t >= verb.sent.start and (verb.doc[t].dep_ in ("aux", "auxpass", "punct", "advmod", "neg")):
        t -= 1
    if t < verb.sent.start or t not in index.by_token:
        return []
    tok = verb.doc[t]
    while tok.dep_ in ("conj", "appos", "compound") and tok.head != tok and tok.head.i < verb.i:
        tok = tok.head
    return [(m, c * 0.7) for m, c in index.args(tok)]


def _verb_meetings(doc: Doc, index: DocIndex, nominal: list[Mention]) -> list[Mention]:
    """A meeting told by its verb ("Wong hosted Li at The Treasury", "called on Ng at the hotel"):
    an event with its participants, when the sentence names no meeting and says where or when."""
    around = {i for tok in doc if tok.lemma_.lower() in SIDELINES for i in range(tok.i, tok.right_edge.i + 1)}
    named = {m.sent_start for m in index.mentions if m.type == "Meeting" and m.token_start not in around} | \
        {m.sent_start for m in nominal}
    found = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in MEETING_VERBS or verb.i in index.by_token:
            continue
        if verb.lemma_.lower() == "call" and not any(c.lower_ == "on" for c in verb.children):
            continue
        if verb.sent.start_char in named or _future(verb):        # "Yi will meet Imran Khan": not yet
            continue
        subjects, passive = _subjects(verb, index)
        objects = _objects(verb, index, passive, {"with", "on"})
        people = list(dict.fromkeys([*(m for m, *_ in (*subjects, *objects) if m.type in ("Person", "Minister")),
                                     *_present(verb, index)]))
        if len(people) < 2:
            continue
        met = [m for m, *_ in objects if m.type in ("Person", "Minister")] + _present(verb, index)
        if not met and verb.lemma_.lower() not in ("sign", "ink") and _met_someone(verb, index):
            continue                  # "Hayashi and Hamada will meet with their counterparts": who is unread
        sides = {p.affiliation for p in people}
        if len(sides) == 1 and None not in sides:
            continue                  # two ministers of one government did not hold a meeting together
        where = any(p.dep_ == "prep" and (p.lower_ in ("in", "at") or any(o.lemma_.lower() in SIDELINES for o in p.children))
                    for p in verb.children)
        when = any(e.root.head.head == verb for e in index.date_ents if verb.sent.start <= e.start < verb.sent.end)
        if not (where or when) and verb.lemma_.lower() not in ("meet", "host", "welcome", "greet", "receive"):
            continue                  # "Hayashi and Hamada signed ...": a signing only with a place or day
        kind = "signing" if verb.lemma_.lower() in ("sign", "ink") else "meeting"
        m = _made_meeting(verb, people, kind, "meeting:verb")
        found.append(m)
        index.by_token[verb.i] = m
        index.participants[id(m)] = people
    return found


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


def _meeting_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """Who took part in a meeting, where and when, from the sentences that name it."""
    yield from _sidelines_facts(doc, index)
    for meeting in index.detached:
        sent = doc[meeting.token_start].sent
        for p in index.participants[id(meeting)]:
            yield MentionFact(p, "participatedIn", meeting, index.evidence(sent, "meeting:participant", 0.7))
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
            if m is not None and m.type in ("Meeting", "Event") and (tok.i == m.token_end - 1 or conf < 1.0):
                if all(m is not x for x, _ in meetings):
                    meetings.append((m, tok))
        for meeting, tok in meetings:
            anchor = tok
            while anchor.pos_ not in ("VERB", "AUX") and anchor.head != anchor:
                anchor = anchor.head
            scope = [t for t in anchor.subtree]
            participants: list[Mention] = []
            for t in scope:
                pm = index.by_token.get(t.i)
                if pm is None or pm.type not in ("Person", "Minister") or pm in participants:
                    continue
                if t.i != doc[pm.token_start:pm.token_end].root.i:
                    continue
                if _clause_verb(t) in (anchor, *anchor.conjuncts) and _has_role(t):
                    participants.append(pm)
            if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head == anchor:   # (not "during")
                participants += [m for s in anchor.children if s.dep_ in SUBJ            # "Paratroopers from A
                                 for m, _ in index.args(s) if m.type in STATE and m not in participants]  # and B ...
                                                                                         # at Garuda Shield"
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
            participants += [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in MEETING_PARTIES
                             for p in prep.children for m, _ in index.args(p)
                             if m.type in PARTICIPANTS and m not in participants]
            if meeting.type == "Event" and meeting.rule != "event:named-elsewhere":   # "the annual U.S.-Philippine
                participants += [m for m in _event_states(noun, index, named=True) if m not in participants]   # Balikatan drills"
            for p in participants:
                yield MentionFact(p, "participatedIn", meeting, index.evidence(sent, "meeting:participant", 0.7))
            for place in index.venues.get(id(meeting), ()):          # "visit to Pakistan"
                placed.add(meeting.key or meeting.text)
                yield MentionFact(meeting, "heldIn", place, index.evidence(sent, "meeting:visit", 0.7))
            for place, conf in _meeting_places(anchor, tok, index, meeting.type == "Event"):
                placed.add(meeting.key or meeting.text)
                yield MentionFact(meeting, "heldIn", place, index.evidence(sent, "meeting:place", conf))
            if tok.idx in lead and meeting.type == "Meeting":
                in_lead.append((meeting, sent))
            named_year = re.search(r"\b(19|20)\d\d$", meeting.text)        # "RIMPAC 2016" (not "Vision 2030 summit")
            for when in _meeting_dates(anchor, tok, sent, index):
                if named_year and isinstance(when, dates.MonthDay):
                    when = when.in_year(int(named_year.group(0)))      # "RIMPAC 2016 ends on Aug. 4"
                if when is None or named_year and when.year != int(named_year.group(0)):
                    continue                 # "RIMPAC 2016 began Thursday" in a story kg dates 2023
                yield MentionFact(meeting, "date", Literal_(when.isoformat(), _datatype(when)),
                                  index.evidence(sent, "meeting:date", 0.75))
    if filed is not None:                  # "ISLAMABAD: ... after they had a one-on-one meeting": the day's
        in_lead += [(m, doc[m.token_start].sent) for m in index.mentions       # meetings kg made up
                    if m.rule in ("meeting:unnamed", "meeting:verb") and m.start - filed.start < STORY_CHARS]
    for meeting, sent in in_lead:          # "New Delhi, Nov 10 (EFE).- The 2+2 meeting ... kicked off on Friday"
        if (meeting.key or meeting.text) not in placed:
            placed.add(meeting.key or meeting.text)
            yield MentionFact(meeting, "heldIn", filed, index.evidence(sent, "meeting:dateline", 0.55))


MEETING_PARTIES = {"between", "among", "with", "involving", "including"}   # "exercise with the Indian Navy"
PARTICIPANTS = ("Country", "Person", "Minister", "MilitaryUnit", "Organization")
RELATING_PREPS = {"to", "with", "against", "into", "over"}
PARTICIPANT_PREPS = {"with", "between", "by", "among", "including", "alongside"}


def _has_role(tok: Token) -> bool:
    """Whether a person token fills a participant role: subject, object, or the object of
    "with/between/by" (not a possessor: "ahead of Kishida's visit")."""
    t = tok
    while t.dep_ in ("conj", "appos", "compound") and t.head != t:
        t = t.head
    if t.dep_ in SUBJ | PASS_SUBJ | {"dobj", "attr"}:
        return True
    return t.dep_ == "pobj" and t.head.lower_ in PARTICIPANT_PREPS


def _clause_verb(tok: Token) -> Token:
    t = tok
    while t.head != t and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    if t.dep_ == "xcomp":       # "agreed to modernize": the clause is the controlling verb's
        t = t.head
    return t


AREA_PREPS = {"over", "across"}      # "joint flights over the Sea of Japan" (not "drills near Taiwan")
VENUES = (*PLACES, "WaterBody")
MOTION_VERBS = {"arrive", "travel", "fly", "go", "come", "head", "return"}


def _meeting_places(anchor: Token, tok: Token, index: DocIndex,
                    several: bool = False) -> Iterator[tuple[Mention, float]]:
    heads = [tok, anchor, *(c for c in anchor.children if c.dep_ == "dobj")]   # "signed a pact in Pyongyang"
    heads += [p for prep in anchor.children if prep.lower_ == "in" for p in prep.children
              if p.lemma_.lower() == "presence"]            # "in the presence of Marcos at Malacañang Palace"
    for prep in anchor.children:                # "met on the sidelines of a NATO meeting in Brussels"
        heads += [of_obj for side in prep.children if side.lemma_.lower() in SIDELINES
                  for of in side.children if of.lower_ == "of" for of_obj in of.children]
    heads += [c for c in tok.conjuncts if tok.i in index.by_token and
              index.by_token.get(c.i) is index.by_token[tok.i]]          # "patrols and drills in"
    if anchor.dep_ in ("advcl", "xcomp") and anchor.head.lemma_.lower() in MOTION_VERBS:
        heads.append(anchor.head)               # "arrived in Washington to meet Biden"
    groups: list[list[Mention]] = []            # the places named, each with those coordinated with it
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("in", "at") or (several and prep.lower_ in AREA_PREPS) or
                                        (prep.lower_ == "to" and head.lemma_.lower() in MOTION_VERBS)):
                for p in prep.children:
                    if p.i not in index.by_token:         # "at the Camp David presidential retreat"
                        p = next((c for c in p.children if c.dep_ in ("compound", "nmod") and c.i in index.by_token), p)
                    if p.i not in index.by_token or index.by_token[p.i].type not in VENUES:
                        p = next((q for inner in p.children if inner.dep_ == "prep" and inner.lower_ == "in"
                                  for q in inner.children if q.i in index.by_token), p)   # "at State House in Nairobi"
                    group = [index.by_token[t.i] for t in (p, *p.conjuncts) if t.i in index.by_token]
                    groups += [[m for m in group if m.type in VENUES and
                                (prep.lower_ not in AREA_PREPS or m.type in ("WaterBody", "Region"))]]
    groups = [g for g in groups if g]
    # a meeting is held in one place; an exercise may span several ("in the Pacific and the Sea of Okhotsk")
    for m in (groups[0] if several else groups[0][:1]) if groups else ():
        yield m, 0.75 if m.type in ("City", "Place", "WaterBody") else 0.6


END_PREPS = {"until", "till", "through", "thru", "by"}      # "Until August 2, the exercise will ...": its end


def _datatype(when: dt.date | dates.MonthDay) -> str:
    return "gMonthDay" if isinstance(when, dates.MonthDay) else "date"


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
        heads = (anchor, tok, *(c for c in tok.children if c.dep_ in ("acl", "relcl")))   # "the forum, held ... on",
                                                                        # "the exercise, which was conducted from"
        attached = root.head in heads or root.head.head in heads or (root.dep_ == "poss" and root.head == tok)
        if not attached or root.head.lower_ in END_PREPS:
            continue
        when = dates.resolve(ent.text, index.reference, index.published, _future(anchor))
        if when is not None:
            yield ent, when


FUTURE_HEADS = {"be", "plan", "schedule", "expect", "set", "due", "slate"}


def _future(verb: Token) -> bool:
    """"will meet", "are to meet", "is scheduled to meet": an event still ahead (not "flew to Tokyo to
    meet", "agreed to meet")."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in FUTURE_HEADS or _future(verb.head))


STATE = ("Country", "Organization", "MilitaryUnit")
STATE_BODIES = {"ministry", "department", "agency", "office", "administration", "cabinet", "government",
                "council", "command", "guard"}
TERRITORY = ("Island", "Region")


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
        if m.type in ("MilitaryUnit", "Weapon"):
            for prep in root.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "at"):
                    for p in prep.children:
                        if p.i not in index.by_token:          # "in northern Taoyuan city"
                            p = next((c for c in p.children if c.dep_ in ("compound", "nmod") and c.i in index.by_token), p)
                        place = index.by_token.get(p.i)
                        if place is not None and place.type in ("City", "Island", "Region", "Place") \
                                and p.dep_ == "pobj":
                            yield MentionFact(m, "stationedIn", place, index.evidence(sent, "nominal:unit-in-place", 0.65))
        if m.type in ("Island", "City", "Place", "Region"):
            yield from _located(m, root, index)
        if m.type == "MilitaryUnit" or _state_office(m):
            inside = _country_in_name(m, index)
            if inside is not None:
                yield MentionFact(m, "partOf", inside, index.evidence(sent, "nominal:national-organization", 0.6))
        if m.type == "Weapon":
            for maker in _maker_from(root, index):
                yield MentionFact(m, "producedBy", maker, index.evidence(sent, "nominal:from-maker", 0.6))
        owner = _owner(root, m, index)
        if owner is None:
            continue
        if owner.type == "Country" and (m.type == "MilitaryUnit" or _state_office(m)):
            yield MentionFact(m, "partOf", owner, index.evidence(sent, "nominal:owner-organization", 0.6))
        if owner.type == "MilitaryUnit" and m.type == "MilitaryUnit" and any(   # "the 1st Cavalry Division's 1st Battalion"
                c.dep_ == "poss" and c.i in range(owner.token_start, owner.token_end) for c in root.children):
            yield MentionFact(m, "partOf", owner, index.evidence(sent, "nominal:owner-unit", 0.6))
        if m.type == "Weapon" and owner.type in ("Country", "MilitaryUnit"):
            yield MentionFact(owner, "operates", m, index.evidence(sent, "nominal:owner-weapon", 0.6))
        elif m.type == "Weapon" and owner.type == "Organization" and not _state_body(owner):
            yield MentionFact(m, "producedBy", owner, index.evidence(sent, "nominal:maker-weapon", 0.6))
        elif m.type in TERRITORY and owner.type == "Country" and owner.key != m.key:
            yield MentionFact(owner, "controls", m, index.evidence(sent, "nominal:owner-territory", 0.55))


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


def _membership_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"NATO members Poland and Lithuania", "NATO member Turkey", "Greece, a member of NATO",
    "joined NATO as its 31st member": each member is part of the organisation."""
    for tok in doc:
        if tok.lemma_.lower() != "member" or tok.pos_ != "NOUN":
            continue
        org = next((index.by_token[c.i] for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                    and c.i in index.by_token and index.by_token[c.i].type == "Organization"), None)
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
            found += _subjects(verb, index)[0]
        for m, c in dict.fromkeys(found):
            if m.type in ("Country", "Organization") and m is not org:
                yield MentionFact(m, "partOf", org, index.evidence(tok.sent, "nominal:member", 0.7 * c))


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
        if not owners or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects, _ = _subjects(verb, index)
        for place, conf in subjects:
            if place.type in TERRITORY + ("Place", "City", "WaterBody"):
                for owner in owners:
                    yield MentionFact(owner, "controls", place,
                                      index.evidence(noun.sent, "noun:controls:under", 0.7 * conf))


def _country_in_name(m: Mention, index: DocIndex) -> Mention | None:
    """"U.S. Navy", "Chinese Foreign Ministry": the country a national body's name starts with."""
    found = _name_country(m)
    if found is None:
        return None
    key, named = found
    return index.first_country.get(key) or _synthetic_country(m, key, named, index)


def _name_country(m: Mention) -> tuple[str, str] | None:
    """(country id, the words naming it) when a name starts with a country ("Sri Lanka Air Force")."""
    table = load_lexicon().country_by_surface()
    words = m.text.split()
    for n in (3, 2, 1):
        prefix = " ".join(words[:n])
        if len(words) > n and table.get(prefix):
            return table[prefix], prefix
    return None


def _synthetic_country(m: Mention, key: str, named: str, index: DocIndex) -> Mention:
    """A country named only inside another name: a mention at the same place, so it resolves."""
    c = Mention(doc_id=m.doc_id, start=m.start, end=m.start, text=named, type="Country",      # "Sri Lanka"
                rule="name-prefix", sent_start=m.sent_start, sent_end=m.sent_end, key=key,
                token_start=m.token_start, token_end=m.token_start)
    index.mentions.append(c)
    index.first_country.setdefault(key, c)
    return c


def _located(m: Mention, root: Token, index: DocIndex) -> Iterator[MentionFact]:
    """"the Senkaku Islands in the East China Sea", "Taichung, Taiwan": a place inside another."""
    doc = root.doc
    sent = root.sent
    containers = ("WaterBody", "Region", "Country", "Island", "City")
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "off"):
            for p in prep.children:
                place = index.by_token.get(p.i)
                if place is not None and place is not m and place.type in containers and p.dep_ == "pobj" \
                        and not (m.type == "City" and place.type == "Island"):
                    yield MentionFact(m, "locatedIn", place, index.evidence(sent, "nominal:place-in-place", 0.6))
    j = m.token_end
    if m.type == "City" and j + 1 < len(doc) and doc[j].text == ",":
        place = index.by_token.get(j + 1)
        after = place.token_end if place is not None else j
        if place is not None and place.type in ("Country", "Region") and \
                (after >= len(doc) or doc[after].is_punct):
            yield MentionFact(m, "locatedIn", place, index.evidence(sent, "nominal:city-comma-country", 0.7))
    if m.type == "City" and root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.lemma_.lower() in TOWN_NOUNS:       # "Kazakhstan's capital of Astana", "the German
        for c in index.countries(t for t in root.head.head.children if t.dep_ in ("poss", "amod", "compound")):
            yield MentionFact(m, "locatedIn", c, index.evidence(sent, "nominal:town-of-country", 0.65))  # port of Kiel"


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
    if m.type == "Weapon" and root.dep_ == "compound" and root.head.lemma_.lower() in FLEET_NOUNS:
        root = root.head                       # "Taiwan's F-16 fleet"
    for child in root.children:
        if child.dep_ in ("poss", "amod", "nmod") or (child.dep_ == "compound" and child.i < m.token_start):
            o = index.by_token.get(child.i)
            if o is not None and o is not m and o.type in STATE:
                if child.dep_ == "compound" and o.type == "Country" and not o.metonym:
                    continue     # "Japan Coast Guard": a name, not an owner
                return o
    # the head of an apposition: "China's first aircraft carrier, Liaoning"
    if root.dep_ == "appos":
        return _owner(root.head, m, index) if root.head.i not in index.by_token else None
    return None


AGREEMENT_WORDS = {"agreement", "agreements", "deal", "accord", "accords", "mou", "mous", "memorandum", "understanding"}


def _generic_treaty(text: str) -> bool:
    """"the security treaty", "an MoU" name an agreement by its kind; "the Reciprocal Access Agreement" by name."""
    return not any(ch.isupper() for ch in re.sub(r"\bU\.S\.|\bMOUs?\b|\bMoUs?\b", "", text))


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
            if generic and (last_parties or len(top) == 2):
                t.key = (last_parties or "parties:" + ",".join(sorted(top))).split(";")[0]
                if t.text.split()[-1].lower() in AGREEMENT_WORDS:
                    t.key += ";agreement"      # "a cooperation agreement" is not "the security treaty"
                sent = doc[t.token_start].sent
                for party in t.key[len("parties:"):].split(";")[0].split(","):
                    if party in index.first_country:
                        yield MentionFact(index.first_country[party], "partyTo", t,
                                          index.evidence(sent, "treaty:context-parties", 0.55))
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
