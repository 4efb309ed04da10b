"""Posts people hold and whom they represent: a title by a name ("Foreign Minister Hayashi of Japan"),
"their Japanese counterparts Hayashi and Hamada", an official named a little after the post or recalled
by it ("the Pakistani foreign minister said"), and for a minister no sentence places, a colleague's
country or the country of the story's dateline ("MANILA –").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..lexicon import load_lexicon, normalise_title, surname
from ..types import Literal_, Mention
from . import dates
from .clauses import _future, _negated_or_wished, _subjects, behalf_of
from .docindex import SUBJ, TITLE_ANAPHORS, DocIndex, MentionFact
from .entities import SEATS_OF_BODIES
from .nominal import _state_mention
from .patterns import SPEECH_VERBS


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
        if m.affiliation and m.affiliation.startswith("org:"):
            m.organization = m.organization or m.affiliation[4:]
        org = None
        if m.organization:
            org = next((o for o in index.mentions if o.type in ("Organization", "MilitaryUnit") and
                        (o.text == m.organization or (" " in m.organization and o.text.endswith(m.organization)))
                        and (o.sent_start == m.sent_start or      # (or the title's own, across a split the
                             m.token_start - 8 <= o.token_start < m.token_start)), None)   # parser made at "Maj.")
            #                                                            "Army Lt. Col. X": not the "8th Army"
        if m.title:
            post = _post_without_body(m) if org is not None else m.title     # (the body kept where none is found)
            yield MentionFact(m, "holdsPosition", Literal_(post), index.evidence(sent, "title:adjacent", 0.9))
        for other in m.other_titles:
            yield MentionFact(m, "holdsPosition", Literal_(other), index.evidence(sent, "title:coordinated", 0.85))
        if m.affiliation and not m.affiliation.startswith("org:"):
            country = next((c for c in index.mentions if c.type == "Country" and c.key == m.affiliation
                            and c.sent_start == m.sent_start), index.first_country.get(m.affiliation))
            if country is not None:
                yield MentionFact(m, "represents", country, index.evidence(sent, "title:affiliation", 0.85))
        if org is not None:
            yield MentionFact(m, "represents", org, index.evidence(sent, "title:organization", 0.75))
        if m.title and not m.affiliation and m.title_token_start is not None:
            country = _pronoun_country(doc, m.title_token_start, index)
            if country is not None:
                yield MentionFact(m, "represents", country, index.evidence(sent, "title:possessive-anaphor", 0.6))


def _post_without_body(m: Mention) -> str:
    """A title without the body it opens with, which the person represents ("NATO Secretary General" is the
    Secretary General of NATO, as "Japanese Foreign Minister" is Japan's Foreign Minister)."""
    body = m.organization or ""
    title = m.title.removeprefix("former ")           # ("Former NATO Secretary-General X": a former post)
    rest = title[len(body):].strip() if body and title.startswith(body + " ") else ""
    return m.title[:len(m.title) - len(title)] + rest if rest[:1].isalpha() else m.title


PORTFOLIOS = {"foreign": "foreign", "state": "foreign", "external": "foreign", "defense": "defense",
              "defence": "defense", "war": "defense", "finance": "finance", "treasury": "finance",
              "trade": "trade", "commerce": "trade", "interior": "interior", "home": "interior"}
HOME_COUNTRY_RULE = "document:home-country"


def _portfolio(title: str | None) -> str | None:
    return next((PORTFOLIOS[w] for w in re.findall(r"[a-z]+", (title or "").lower()) if w in PORTFOLIOS), None)


def dateline(doc: Doc, index: DocIndex) -> Mention | None:
    """The place a story is filed from ("MANILA –", "New Delhi, Nov 10 (EFE)"): a dateline mention
    that opens one of the story's first lines (after a headline and captions). Not a place in title
    case before a colon or dash ("New Delhi: India and ...", "Moscow – Putin ..."): a place the story
    is about as often as where it was filed, so it says nothing of whose the story's ministers are."""
    for m in (m for m in index.mentions if m.rule.endswith("+dateline")):
        if not m.text.isupper() and doc.text[m.end:m.end + 3].strip()[:1] in (":", "–", "—"):
            continue
        line_start = doc.text.rfind("\n", 0, m.start) + 1
        if not doc.text[line_start:m.start].strip() and \
                sum(1 for line in doc.text[:line_start].splitlines() if line.strip()) < dates.DATELINE_LINES:
            return m
    return None


def home_country(doc: Doc, index: DocIndex) -> Mention | None:
    """The country a story is told from, by its dateline ("MANILA –", "SINGAPORE –").

    Not the only country a story names: "Secretary Blinken will travel to China" is not Chinese."""
    m = dateline(doc, index)
    return None if m is None or _seat_of_bodies(m) else _place_country(m, index)


def _seat_of_bodies(filed: Mention | None) -> bool:
    """A dateline in NATO's or the EU's city ("BRUSSELS (AP) — ... Foreign Minister Pekka Haavisto"): its stories
    are of other states' ministers, not Belgium's."""
    return filed is not None and filed.text.title() in SEATS_OF_BODIES


def _place_country(m: Mention, index: DocIndex) -> Mention | None:
    """The country a place stands for: itself, or the state whose capital it is ("MANILA", "Hanoi")."""
    key = m.key if m.type == "Country" else m.key.removeprefix("capital:") if m.key.startswith("capital:") else ""
    countries = load_lexicon().countries
    named = countries[key].name if key in countries else m.text.split()[0]
    return _state_mention(m, key, named, index) if key else None


MEETING_WORDS = {"meeting", "summit", "talks", "conference", "forum", "dialogue", "ministerial", "gathering"}


def _visit_host(m: Mention, index: DocIndex) -> Mention | None:
    """The country whose official a visitor meets there: "Rubio visited Panama to meet President Mulino",
    "during his visit to Hanoi, Wang met Prime Minister Pham Minh Chinh"."""
    lex = load_lexicon()
    for visit in index.mentions:
        people = index.participants.get(id(visit), [])
        if visit.rule != "meeting:visit" or not people or not index.venues.get(id(visit)):
            continue
        who = people[0]
        met = [*people[1:], *(p for other in index.mentions if other.type == "Meeting" and other.sent_start == visit.sent_start
                              for p in index.participants.get(id(other), []) if who in index.participants[id(other)])]
        met = list({surname(p.text, lex): p for p in met if surname(p.text, lex) != surname(who.text, lex)}.values())
        purpose = [p for c in index.doc[visit.token_start].children if c.dep_ == "prep" and c.lower_ == "for"
                   for p in c.children if p.dep_ == "pobj"]
        if met != [m] or any(other.type == "Meeting" and other.sent_start == visit.sent_start and
                             other.rule.startswith(("ruler:", "ner:")) for other in index.mentions) or \
                any(p.lemma_.lower() in MEETING_WORDS or p.i in index.by_token for p in purpose):
            continue               # the one official met, not those at "the ASEAN meetings" or in trilateral talks
        country = _place_country(index.venues[id(visit)][0], index)
        if country is not None and country.key != who.affiliation:
            return country
    return None


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
        state = lex.national_titles.get(m.title.lower())
        if state is not None:       # "Secretary of State Antony Blinken": a post only one state has
            yield MentionFact(m, "represents", _state_mention(m, state, lex.countries[state].name, index),
                              index.evidence(sent, "title:national", 0.6))
            continue
        partners = [p for p in index.chains.get(id(m), []) if family(p) in country_of]
        if partners:
            mine = _portfolio(m.title)
            colleagues = [p for p in partners if mine and _portfolio(titles.get(family(p))) not in (None, mine)
                          and p.token_start < m.token_start]    # (the state said before: not "Defense Secretary
            #                                                     Austin and Russian Foreign Minister Lavrov")
            if len(index.chains[id(m)]) == 1 and colleagues:      # "A, B, C and D": colleagues and counterparts
                yield MentionFact(m, "represents", country_of[family(colleagues[0])],
                                  index.evidence(sent, "title:colleague", 0.6))
                continue
            paired = _paired_colleague(m, colleagues, index)
            if paired is not None:
                yield MentionFact(m, "represents", country_of[family(paired)], index.evidence(sent, "title:colleague", 0.55))
                continue
        if partners:        # "SINGAPORE -- Defense Minister Shin and U.S. Defense Secretary Austin met at the
            continue        # Shangri-La Dialogue": the dateline need not be Shin's country
        led = _companion_of(m, index)
        if led is not None and family(led) in country_of:     # "Putin was accompanied by Defence Minister Belousov"
            yield MentionFact(m, "represents", country_of[family(led)], index.evidence(sent, "title:companion", 0.6))
            continue
        where = _where_country(index.doc[m.token_start], index)
        if where is not None:       # "most recently Niger, where soldiers overthrew President Mohamed Bazoum"
            yield MentionFact(m, "represents", where, index.evidence(sent, "title:where-country", 0.6))
            continue
        host = _visit_host(m, index)
        if host is not None:
            yield MentionFact(m, "represents", host, index.evidence(sent, "title:visit-host", 0.6))
            continue
        if m.title.lower() in lex.stateless_titles:     # "under the guidance of leader Kim Jong Un" in a
            state = _sentence_state(m, index) or _lead_state(index)    # SEOUL story: the one state his
            if state is not None:                                      # sentence names, or the lead's subject
                yield MentionFact(m, "represents", state, index.evidence(sent, "title:sentence-state", 0.5))
            continue
        if not home:
            home.append(_lead_state(index) if _seat_of_bodies(dateline(index.doc, index)) else
                        home_country(index.doc, index))     # "BRUSSELS — Finland became the 31st member of NATO
            #                                                 on Tuesday, as Foreign Minister Pekka Haavisto ...": Finland's
        if home[0] is not None and home[0].key not in _counterparts_states(m, index):
            yield MentionFact(m, "represents", home[0], index.evidence(sent, HOME_COUNTRY_RULE, 0.45))
            #                 ^ (not "Defence Minister A and his French counterpart B" filed from Paris: A is not French)


def _sentence_state(m: Mention, index: DocIndex) -> Mention | None:
    """The one state a sentence names (by name, demonym or capital)."""
    states: dict[str, Mention] = {}
    for other in index.countries(index.doc[m.token_start].sent):
        if other.key:
            states.setdefault(other.key, other)
    return next(iter(states.values())) if len(states) == 1 else None


LEAD_SENTENCES = 3


def _lead_state(index: DocIndex) -> Mention | None:
    """The state a story's opening sentences are about: the subject of the first of them that has a state
    for subject, or a reported clause with one ("SEOUL: North Korea flexed its military muscle ..., state
    media said")."""
    for sent in list(index.doc.sents)[:LEAD_SENTENCES]:
        subjects = [index.by_token.get(t.i) for t in sent if t.dep_ in SUBJ and
                    (t.head == sent.root or t.head.dep_ == "ccomp" and t.head.head == sent.root)]
        states = [m for m in subjects if m is not None and m.type == "Country" and m.key]
        if states:
            return states[0]
    return None


def _companion_of(m: Mention, index: DocIndex) -> Mention | None:
    """The person someone went with: "Putin was accompanied by Defence Minister Belousov and Foreign Minister
    Lavrov", "Putin, accompanied by ...", "Belousov accompanied Putin": of that person's government."""
    tok = index.doc[m.token_start:m.token_end].root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() == "accompany":
        verb = tok.head.head
        led = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
    elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "accompany":
        led = [c for c in tok.head.children if c.dep_ == "dobj"]
    else:
        return None
    found = [index.by_token.get(t.i) for t in led]
    return found[0] if len(found) == 1 and found[0] is not None and found[0].type in ("Person", "Minister") else None


def _counterparts_states(m: Mention, index: DocIndex) -> set[str]:
    """The states of the counterparts a name is listed with ("Defence Minister A and his French counterpart B")."""
    tok = index.doc[m.token_start:m.token_end].root
    return {c.key for t in tok.conjuncts for c in _counterparts(t, index)[0]}


def _paired_colleague(m: Mention, colleagues: list[Mention], index: DocIndex) -> Mention | None:
    """In a longer list, the colleague "and" joins a minister to, whose state is written before them both
    ("Singh and Jaishankar, Japanese Minister of Defense Kihara and Minister of Foreign Affairs Kamikawa"):
    one pair of one government (not "Defense Secretary Austin and Russian Foreign Minister Lavrov")."""
    prev = max((p for p in index.chains[id(m)] if p.token_start < m.token_start), key=lambda p: p.token_start,
               default=None)
    if prev is None or prev not in colleagues:
        return None
    start = m.title_token_start if m.title_token_start is not None else m.token_start
    gap = [t.lower_ for t in index.doc[prev.token_end:start]]
    return prev if prev.affiliation_side == "left" and gap == ["and"] else None


def _where_country(tok: Token, index: DocIndex) -> Mention | None:
    """The country a "where" clause a name stands in tells of ("Niger, where soldiers overthrew President
    Bazoum")."""
    while tok.head != tok:
        if tok.dep_ in SUBJ and tok.head.dep_ == "relcl":
            return None              # "Poland, where President Biden greeted him": a visitor, not Poland's
        if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
            m = index.by_token.get(tok.head.i)
            return m if m is not None and m.type == "Country" else None
        tok = tok.head
    return None


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
    return home_country(doc, index) if words[-3:-1] == ["the", "country"] else None
    #      ^ "MANILA – Gilberto Teodoro, the country's defence chief, said": the dateline's country


ROYAL_STYLES = {"prince", "princess", "sheikh", "sheikha"}     # a style, not a post: "Prince Faisal" may hold one
NAMED_LATER_SENTENCES = 3     # how far after "Japan's defence minister said" the name may come (quotes between)


def _named_later(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"..., Japan's defence minister said. Nobuo Kishi said Tokyo had ...": a post held by a state's
    official whom the story names only a little later, as the first person named and a subject, with
    no title of their own anywhere in the story."""
    lex = load_lexicon()
    sents = list(doc.sents)
    titled = {surname(m.text, lex) for m in index.mentions if m.type in ("Person", "Minister") and m.title
              and m.title.lower() not in ROYAL_STYLES}
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
            if person is None or (person.title and person.title.lower() not in ROYAL_STYLES) or \
                    person.affiliation or surname(person.text, lex) in titled or \
                    root.dep_ not in SUBJ or root.head.lemma_.lower() not in SPEECH_VERBS:
                continue                      # "... said. Nobuo Kishi said", not whoever acts next
            title = " ".join([*words, head.text])
            if lex.is_ministerial(title):
                person.type = "Minister"
            ev = index.evidence(doc[person.token_start].sent, "title:named-later", 0.6)
            yield MentionFact(person, "holdsPosition", Literal_(title), ev)
            yield MentionFact(person, "represents", states[0], ev)


def _parenthesised_states(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"Nikos Panagiotopoulos (Greece), Mohamed Ahmed Zaki (Egypt) and Savvas Angelides (Cyprus)": the state in
    brackets right after a person's name is theirs."""
    for m in index.mentions:
        i = m.token_end
        if m.type not in ("Person", "Minister") or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        state = index.by_token.get(i + 1)
        if state is not None and state.type == "Country" and state.token_start == i + 1:
            yield MentionFact(m, "represents", state, index.evidence(doc[i].sent, "title:bracketed-state", 0.75))


BEHALF_VERBS = {"sign", "ink", "initial", "ratify", "speak", "say", "attend", "accept", "receive", "vote", "address",
                "deliver", "present", "represent"}     # (not "lobbied/negotiated on behalf of": for someone else)


def _on_behalf(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"signed by Defence Minister Hulusi Akar on behalf of Türkiye", "Akar signed the deal on behalf of Türkiye":
    the signer or speaker represents the state or body (never the object: "thanked Biden on behalf of Ukraine")."""
    for tok in doc:
        found = behalf_of(tok) if tok.i >= 2 else None
        if found is None:
            continue
        verb, j = found
        named = index.by_token.get(j)
        if named is None or named.token_start != j or named.type not in ("Country", "Organization") or \
                verb.lemma_.lower() not in BEHALF_VERBS:
            continue
        person = index.by_token.get(tok.i - 2)        # "by A on behalf of X, B on behalf of Y" (however parsed)
        if person is None or person.type not in ("Person", "Minister") or \
                doc[person.token_start:person.token_end].root.dep_ in ("dobj", "dative", "iobj"):
            people = [m for m, _ in _subjects(verb, index)[0] if m.type in ("Person", "Minister")]
            person = people[0] if len(people) == 1 else None
        if person is not None:
            yield MentionFact(person, "represents", named, index.evidence(tok.sent, "title:on-behalf", 0.7))
    for verb in doc:                      # "the agreement, signed for the US by Secretary for Defence Lloyd Austin"
        if verb.lemma_.lower() not in ("sign", "ink", "initial") or verb.tag_ != "VBN":
            continue
        states = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                  if p.dep_ == "pobj" for m, _ in index.args(p) if m.type == "Country"]
        signers = [m for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                   for m, _ in index.args(p) if m.type in ("Person", "Minister")]
        if len(states) == 1 and len(signers) == 1 and signers[0].affiliation in (None, states[0].key):
            yield MentionFact(signers[0], "represents", states[0], index.evidence(verb.sent, "title:signed-for", 0.7))


def _delegation_leaders(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"a Russian delegation led by Deputy Defense Minister X": X represents Russia."""
    for tok in doc:
        leaders = index.leaders(tok)
        states = [m for m, _ in index.args(tok) if m.type == "Country"] if leaders else []
        if len(states) == 1:
            ev = index.evidence(tok.sent, "title:delegation-leader", 0.7)
            for m in leaders:
                if not m.affiliation:
                    yield MentionFact(m, "represents", states[0], ev)


FORMER = {"former", "then", "ex", "ex-", "outgoing", "late", "onetime", "erstwhile"}
APPOINTED = {"appoint", "name", "elect", "nominate", "swear", "promote", "install"}


def _copula_titles(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"Admiral Alexander Moiseyev is the Northern Fleet's commander", "Marles is Australia's defence minister",
    "X is the defence minister of Y", "Subianto, who is serving as defense minister": a post the sentence gives
    its subject, and whose it is."""
    lex = load_lexicon()
    for m in index.mentions:
        if m.type not in ("Person", "Minister"):
            continue
        root = doc[m.token_start:m.token_end].root
        verbs = [(root.head, root.dep_)] if root.dep_ in ("nsubj", "nsubjpass") else []
        if root.dep_ == "dobj" and root.head.lemma_ in APPOINTED:
            verbs.append((root.head, "nsubjpass"))        # "Albanese named Mark Hammond as the new chief of the
            #                                               Royal Australian Navy": as "Hammond was named chief"
        verbs += [(c, s.dep_) for c in root.children if c.dep_ == "relcl"        # "X, who is serving as ..."
                  for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "who"]
        for verb, role in verbs:
            appointed = verb.lemma_ in APPOINTED and role == "nsubjpass" or \
                verb.lemma_ == "become" and role == "nsubj" or \
                role == "nsubj" and _takes_over(verb) and not _future(verb)   # "X was appointed (as) commander", "became",
            #                                                            "took over as commander", "succeeds Y as"
            if not (verb.lemma_ in ("be", "serve", "become", "remain") and role == "nsubj" or appointed) or \
                    _negated_or_wished(verb) or (verb.tag_ in ("VBD", "VBN") and not appointed) or \
                    any(c.lower_ in ("longer", "formerly", "once") for c in verb.subtree if c.dep_ == "advmod"):
                continue             # not "Shoigu is no longer Russia's defence minister", "served as"
            attrs = [c for c in verb.children if c.dep_ in ("attr", "oprd") or c.dep_ == "acomp" and
                     verb.lemma_ == "remain" if verb.lemma_ != "serve"]    # ("will remain chief of the Army")
            attrs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                      if o.dep_ == "pobj"]                                   # "is serving as defense minister"
            for attr in attrs:
                if attr.lower_ not in lex.title_heads or attr.i in index.by_token:
                    continue
                words = [t for t in attr.subtree if t.i <= attr.i and t.dep_ not in ("det", "poss", "case", "advmod")
                         and t.i not in index.by_token and not any(a.dep_ == "poss" for a in t.ancestors if a.i < attr.i)
                         and not (t.dep_ == "amod" and t.lower_ in ("first", "new", "next", "current"))]
                whose = [index.by_token[p.i] for p in attr.children if p.dep_ == "poss" and p.i in index.by_token]
                whose += [index.by_token[o.i] for p in attr.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" and o.i in index.by_token]
                whose = [w for w in whose if w.type in ("Country", "Organization", "MilitaryUnit")]
                title = " ".join(t.text for t in words)
                named = attr.i + 1
                while named < len(doc) and doc[named].ent_type_ == "KG_Title" and doc[named].ent_iob_ == "I" and \
                        named not in index.by_token:
                    named += 1             # "Australia's next Chief of the Defence Force": the whole title
                if named > attr.i + 1 and doc[attr.i + 1].lower_ == "of":
                    title = " ".join([title, doc[attr.i + 1:named].text])
                if any(t.lower_ in FORMER for t in attr.subtree) or \
                        not whose and (not lex.is_ministerial(title) or verb.lemma_ == "elect"):
                    continue             # "X is a former commander", "was elected president of his college ..."
                ev = index.evidence(attr.sent, "title:copula", 0.7)
                yield MentionFact(m, "holdsPosition", Literal_(title), ev)
                if whose:
                    yield MentionFact(m, "represents", whose[0], ev)


def _takes_over(verb: Token) -> bool:
    """"took over as commander of ...", "succeeds Mark Hill as commander of ...", "replaced Hill as": a post taken."""
    return any(p.dep_ == "prep" and p.lower_ == "as" for p in verb.children) and \
        (verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) or
         verb.lemma_ in ("succeed", "replace"))


GENERIC_TITLES = {"minister", "secretary", "leader"}    # "the Pakistani minister": which of a state's ministers?


def _titled_anaphor_countries(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"FM Qureshi said ... “...,” the Pakistani foreign minister said", "President Putin ... The Russian
    president said": the one person the story named before with exactly that post and no country of their own
    represents the state the anaphor names, when the anaphor speaks (not "talks with Japan's defence minister",
    nor "the Russian president ordered strikes" after Zelensky), no one untitled was named since ("Qureshi met
    Wang Yi. The Chinese foreign minister ...") and no other holder of the post is that state's."""
    lex = load_lexicon()
    for tok in doc:
        if tok.lemma_.lower() not in TITLE_ANAPHORS or tok.i in index.by_token or tok.i in index.title_of or \
                tok.dep_ not in SUBJ or tok.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i]
        states = index.countries(mods)
        words = [c.lower_ for c in mods if c.i not in index.by_token and c.dep_ != "poss"] + [tok.lower_]
        if len(states) != 1 or words == [tok.lower_] and tok.lower_ in GENERIC_TITLES or \
                not (any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or
                     any(c.dep_ == "poss" and c.i in index.by_token for c in mods)):
            continue                      # "the Pakistani foreign minister", not "the Pakistani minister"
        wanted = normalise_title(" ".join(words))
        holders = [m for m in reversed(index.mentions) if m.token_end <= tok.i and m.type in ("Person", "Minister")
                   and any(normalise_title(t) == wanted for t in (m.title or "", *m.other_titles) if t)]
        if not holders or any(m.affiliation == states[0].key for m in holders):
            continue                      # (exactly the post: "Vice President Harris" is not "the president")
        free = {surname(m.text, lex): m for m in holders if m.affiliation is None}
        if len(free) != 1:
            continue
        person = next(iter(free.values()))
        titled = {surname(m.text, lex) for m in index.mentions if m.type in ("Person", "Minister") and
                  (m.title or m.affiliation) and m not in free.values()}
        between = {surname(m.text, lex) for m in index.mentions if m.type in ("Person", "Minister") and
                   person.token_end <= m.token_start < tok.i}
        if between <= {surname(person.text, lex)} | titled:   # no one untitled named since ("Qureshi met Wang Yi")
            yield MentionFact(person, "represents", states[0], index.evidence(tok.sent, "title:anaphor-country", 0.65))


def _counterpart_facts(doc: Doc, index: DocIndex) -> Iterator[MentionFact]:
    """"their Japanese counterparts Yoshimasa Hayashi and Yasukazu Hamada" -> both represent Japan.

    Only the people written right after the head noun (apposition) count, not those coordinated
    with it ("Blinken, Austin and their Japanese counterparts Hayashi and Hamada")."""
    lex = load_lexicon()
    titled = {surname(m.text, lex) for m in index.mentions          # people the story gives a post of their own
              if m.type in ("Person", "Minister") and m.title and lex.is_ministerial(m.title)}
    for tok in doc:
        countries, people = _counterparts(tok, index)
        if len(countries) > 1 and len(countries) == len(people):      # "his Japanese and Australian counterparts,
            for p, state in zip(people, countries):                     # Hayashi and Marles": each in turn
                if not p.affiliation or p.affiliation == state.key:
                    yield MentionFact(p, "represents", state, index.evidence(tok.sent, "title:counterpart", 0.7))
            continue
        if len(countries) != 1:
            continue
        ref = next((m for m in reversed(index.mentions) if m.type == "Minister" and m.token_end <= tok.i and
                    m.sent_start == tok.sent.start_char and "minister" in (m.title or "").lower()), None)
        people = [p for p in people if not p.affiliation or p.affiliation == countries[0].key]
        for p in people:     # (not "his British counterpart Rishi Sunak and Italian Prime Minister Giorgia Meloni")
            yield MentionFact(p, "represents", countries[0], index.evidence(tok.sent, "title:counterpart", 0.75))
            if ref is not None and (not p.title or not lex.is_ministerial(p.title)) and \
                    tok.lower_ == "counterpart" and len(people) == 1 and surname(p.text, lex) not in titled:
                # ^ (not "Prince" alone; not "his U.S. counterpart, Chuck Hagel" when the story titles Hagel)
                # "Turkish Defence Minister Akar met his Greek counterpart Panagiotopoulos": the same post
                p.type = "Minister"
                yield MentionFact(p, "holdsPosition", Literal_(ref.title), index.evidence(tok.sent, "title:counterpart", 0.6))


COUNTERPART_HEADS = {"counterpart", "minister", "official", "leader", "chief", "diplomat", "envoy"}


def _counterparts(tok: Token, index: DocIndex) -> tuple[list[Mention], list[Mention]]:
    """"their Japanese counterparts, Hayashi and Hamada": the states the noun names and the people
    written right after it (or the one it stands in apposition to: "Dendias, his Greek counterpart")."""
    if tok.lemma_.lower() not in COUNTERPART_HEADS or tok.pos_ != "NOUN" or \
            any(c.lower_ in ("former", "ex", "then") for c in tok.children):
        return [], []               # (not "Mark Rutte, a former Dutch prime minister": no post he holds)
    countries = index.countries(t for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                                for t in (c, *c.conjuncts))     # "his Japanese and Australian counterparts"
    j = tok.i + 1
    while j < len(tok.doc) and tok.doc[j].text in (",", ":", "—", "-"):
        j += 1
    first = index.by_token.get(j) or index.title_of.get(j)
    if first is None or first.type not in ("Person", "Minister"):
        before = index.by_token.get(tok.head.i) if tok.dep_ == "appos" and tok.head.i < tok.i else None
        if before is not None and before.type in ("Person", "Minister"):
            return countries, [before]          # "Nikos Dendias, his Greek counterpart"
        return countries, []
    return countries, [first, *(m for m in index.chains.get(id(first), []) if m.token_start > first.token_start)]
    #                          ^ those listed after it, not "Secretary X and Canadian defense minister Y"
