"""Mentions: typed names in one parsed document.

``extract_mentions(doc, lexicon)`` reads the entity spans that the EntityRuler (lexicons, patterns)
and the statistical NER left on ``doc.ents`` and decides, for each, the kg class, a normalised key
for resolution, and for people the title and affiliation written next to the name
("Japanese Foreign Minister Yoshimasa Hayashi" -> Person, title "Foreign Minister", affiliation japan).
Titles are split from names; capitals are told apart as cities ("in Tokyo") or governments
("Tokyo unveiled"); surnames that NER mistyped are re-typed from the full names in the document.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from ..lexicon import NAME_PARTICLES, Lexicon, load_lexicon, name_words, normalise_title, strip_the, surname
from ..nlp import GIVEN_NAME, first_conjunct, inner_hyphen
from ..types import Mention
from .dates import MONTHS, YEAR
from .patterns import SPEECH_VERBS, SYSTEM_NOUNS, VARIANT_CODE

LOCATIVE_PREPS = {"in", "at", "to", "from", "near", "into", "outside", "inside", "around", "across", "via",
                  "toward", "towards", "through", "within", "off", "of"}
GIVING_VERBS = {"send", "supply", "deliver", "transfer", "provide", "give", "ship", "export", "sell", "donate"}
TRAVEL_VERBS = {"visit", "arrive", "leave", "travel", "fly", "return", "reach", "tour", "host"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
MEETING_TAILS = {"summit", "meeting", "ministerial", "conference", "forum", "talks"}
GOVERNMENT_NOUNS = {"miscalculation", "calculation", "calculus", "thinking", "concern", "alarm", "anger", "unease",
                    "frustration", "perception", "official", "leader", "leadership", "policymaker", "regime"}
STATEMENT_NOUNS = {"statement", "protest", "response", "reaction", "warning", "message", "demand", "request",
                   "objection", "complaint", "condemnation", "threat", "pressure", "offer", "proposal", "note"}
SEATS_OF_BODIES = {"Brussels"}          # "the statement from Brussels": the EU or NATO as often as Belgium
CITY_NOUNS = {"airport", "district", "street", "mayor", "governor", "subway", "suburb", "resident", "skyline",
              "downtown", "station", "square", "city", "port", "harbor", "harbour", "metro", "university"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "hon", "hon.", "honourable",
              "honorable", "shri", "smt", "smt.",     # (Indian official style: "Shri Rajnath Singh")
              "datuk", "dato", "dato'", "datin", "tun"}   # (Malaysian: "Foreign Minister Datuk Seri Zambry")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
               *HONORIFICS}
WEEKDAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "today",
                   "yesterday", "tomorrow"}


@dataclass(frozen=True)
class TypeRules:
    ner_labels: dict[str, str | None]
    heads: dict[str, frozenset[str]]
    stop_names: frozenset[str]
    not_surnames: frozenset[str] = frozenset()

    @property
    def heads_all(self) -> frozenset[str]:
        return frozenset().union(*self.heads.values())

    def by_head(self, text: str) -> str | None:
        """The class the name's head word gives: its last word ("Senkaku Islands"), or else the word
        before "of" ("War Memorial of Korea", "Treaty of Lausanne")."""
        words = text.split()
        heads = words[-1:] + ([words[words.index("of") - 1]] if "of" in words[1:] else [])
        for head in heads:
            last = re.sub(r"[^\w-]", "", head.lower())
            for kg_type, kinds in self.heads.items():
                if last in kinds or any(last.endswith("-" + w) for w in kinds):
                    return kg_type
        return None


@lru_cache(maxsize=1)
def type_rules() -> TypeRules:
    data = yaml.safe_load((resources.files("kg") / "data" / "entity_types.yaml").read_text(encoding="utf-8"))
    return TypeRules(
        ner_labels=dict(data["ner_labels"]),
        heads={k: frozenset(v) for k, v in data["heads"].items()},
        stop_names=frozenset(s.lower() for s in data["stop_names"]),
        not_surnames=frozenset(s.lower() for s in data.get("not_surnames", ())),
    )


PARTNERSHIP_KINDS = {"Comprehensive", "Enhanced", "Global", "Special", "Privileged", "Extensive", "Broad"}
HEADLINE_PREPS = {"on", "at", "in", "for", "with", "to", "over", "after", "amid", "about"}


def _trim(span: Span) -> Span:
    """Drop leading determiners/quotes and a trailing possessive or quote from a span."""
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start, end):                  # "the Reciprocal Access Agreement (RAA": stop at "("
        if doc[i].text == "(" and not any(doc[j].text == ")" for j in range(i, end)):
            end = i
            break
    while start < end - 1 and (doc[start].lower_ in DETERMINERS or doc[start].text in QUOTES
                               or doc[start].pos_ in ("CCONJ", "SCONJ", "INTJ")
                               or doc[start].lower_ in ("but", "and", "so", "yet", "also", "meanwhile")
                               or (doc[start].pos_ == "ADP" and doc[start].dep_ == "prep" and doc[start].is_title
                                   and doc[start].lower_ in HEADLINE_PREPS)):
        start += 1                               # (a headline's "Agree On Defence Pact": the pact)
    while end - 1 > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].text in QUOTES
                               or doc[end - 1].is_punct):
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


CORPORATE_SUFFIXES = {"Corp.", "Corp", "Corporation", "Co.", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "PLC", "plc", "AG",
                      "SA", "S.A.", "SE", "NV", "N.V.", "AB", "ASA", "Oyj"}
GENERIC_FORCES = {"naval", "armed", "air", "ground", "land", "maritime", "special", "forces", "force", "troops"}
FUNCTION_WORDS = {"of", "the", "and", "or", "with", "near", "in", "on", "at", "to", "for", "by", "from", "a", "an",
                  "as", "but", "than", "that", "which", "who"}


def _bad_boundaries(span: Span) -> bool:
    """A name does not start or end with a function word, nor contain a verb ("United of met"); a
    capitalised word after the first is a name whatever the tagger says ("Narendra Modi")."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return True
    if words[0].lower_ in FUNCTION_WORDS or words[-1].lower_ in FUNCTION_WORDS:
        return True
    return any(t.pos_ in ("VERB", "AUX", "PRON") and not (t.is_title and t.i > span.start and not _headline(span))
               for t in words)


def _unechoed_headline_name(span: Span) -> bool:
    """A name NER finds in a title-case headline that the story never uses again ("Romania Signs
    Letter"): a guess from capitals, not a name."""
    if len(span) < 2 or not _headline(span):
        return False
    sent = span.sent
    return not any(t.text == span[-1].text for t in span.doc if not (sent.start <= t.i < sent.end))


def _headline(span: Span) -> bool:
    """A line in title case ("Romania Signs Letter Of Offer And Acceptance For 32 F-35As", or with its short
    function words in lower case), where a capitalised verb is still a verb (decided once per sentence)."""
    sent = span.sent
    cache = span.doc.user_data.setdefault("kg_headlines", {})
    if sent.start not in cache:
        last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
        words = [t for t in sent if t.is_alpha and t.lower_ not in FUNCTION_WORDS]   # (AP style: "Starts Drill in
        #                                                                              Finland, Norway and Sweden")
        text = span.doc.text                    # a whole line: not "... and Minister of Foreign Affairs", which
        whole_line = not text[:sent.start_char].strip(" \t").rstrip("\r")[-1:].strip() and \
            not text[last.idx + len(last):].strip(" \t")[:1].strip()     # the parser cut from "Ms Yoko Kamikawa"
        cache[sent.start] = whole_line and last.text not in (".", "!", "?", "”", '"', "’", "'") and \
            len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
    return cache[sent.start]


def _is_junk(text: str, rules: TypeRules, label: str = "") -> bool:
    t = text.strip().lower()
    if label == "KG_Meeting" and t:
        return False
    if not t or t in rules.stop_names or t in WEEKDAYS_MONTHS:
        return True
    if not any(ch.isalpha() for ch in t) or not t[0].isalnum():
        return True
    if t in rules.heads_all and not label.startswith("KG_"):    # a bare class word: "Islands"
        return True
    if len(t) > 80 or "\n" in text:
        return True
    return False


CAPITAL_NOUNS = {"capital", "city", "town", "port"}     # "the Nigerian capital, Abuja"
CAPITAL_REGIONS = {"region", "oblast", "province", "governorate", "prefecture"}     # "the Kyiv region"
CAPITAL_SURROUNDS = {"area", "suburbs", "outskirts", "vicinity"}                    # "the Pyongyang area"
ROMAN_EDITION = re.compile(r"I{1,3}|IV|V")                                         # "the Minsk II agreement"
ISLAND_GROUPS = {"chain", "archipelago", "atoll", "islands", "isles", "islets"}
STATE_NOUNS = {"state", "nation", "country", "republic", "ally", "neighbour", "neighbor", "partner", "member",
               "government", "leader", "capital"}            # "the Baltic state", "Pacific nations": not the sea


def _modifies(tok: Token) -> Token:
    """The noun a modifier's chain ends on ("Pacific" in "Pacific island nations": nations); the token itself
    when it modifies nothing."""
    while tok.dep_ in ("amod", "compound") and tok.head is not tok:
        tok = tok.head
    return tok


def _capital_is_city(span: Span) -> bool:
    """"in Tokyo", "visited Beijing", "Washington, D.C." and a dateline are the city; "Tokyo unveiled"
    is the state."""
    doc = span.doc
    root = span.root
    if root.dep_ == "conj" and root.head.i < span.start:       # "in Moscow and Beijing", "Leopard tanks to Kyiv
        first = next((e for e in doc.ents if e.start <= root.head.i < e.end), None)    # and Chisinau": as the
        if first is not None and first.label_ == "KG_Capital":                        # first of the list is
            return _capital_is_city(first)
    if _is_dateline(span):
        return True
    subject = root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass"))
    if span[-1].text == "City" and not subject and not (span.end < len(doc) and doc[span.end].text in ("'s", "’s")):
        return True                        # "officials in Kuwait City" (not "Washington and Mexico City agreed")
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end: span.end + 2]
    if len(nxt) == 2 and nxt[0].text in ("'s", "’s"):      # "in Beijing's aggressive actions": the state,
        owned = span.root.head if span.root.dep_ == "poss" else nxt[1]
        return owned.lemma_.lower() in CITY_NOUNS              # unless "Tokyo's Haneda airport"
    if prev is not None and prev.lower_ == "in" and prev.head.lemma_.lower() in GOVERNMENT_NOUNS:
        return False                       # "miscalculation in Moscow", "officials in Beijing": the state
    if prev is not None and prev.lower_ == "from" and prev.head.lemma_.lower() in STATEMENT_NOUNS and \
            span.text not in SEATS_OF_BODIES:
        return False                       # "the statement from Kigali", "a protest from Beijing": the state
    if prev is not None and prev.lower_ == "to" and prev.head.lemma_.lower() in GIVING_VERBS and \
            any(t.lower_ in load_lexicon().weapon_nouns for c in prev.head.children if c.dep_ == "dobj" for t in c.subtree):
        return False                       # "Germany will send 18 Leopard 2 tanks to Kyiv": to the state
    if prev is not None and prev.lower_ in LOCATIVE_PREPS and prev.lower_ != "of":
        return True
    if len(nxt) >= 2 and nxt[0].text == "," and nxt[1].text in ("D.C.", "DC", "D.C"):
        return True
    if span.end < len(doc) and doc[span.end].text in ("D.C.", "DC"):
        return True
    if root.dep_ == "dobj" and root.head.lemma_ in TRAVEL_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS and root.head.lower_ != "of":
        return True
    if (root.dep_ == "appos" and root.head.lemma_.lower() in CAPITAL_NOUNS) or \
            (prev is not None and prev.text == "," and span.start > 1 and doc[span.start - 2].lemma_.lower() in CAPITAL_NOUNS
             and root.dep_ not in ("nsubj", "nsubjpass")):        # (not "near the capital, Kyiv said")
        return True                        # "in the Nigerian capital, Abuja"
    return False


def _type_word(tok: Token, lex: Lexicon) -> bool:
    """A word of a weapon's kind: "missiles", "cruise", "air", "defense", "military"."""
    return tok.lower_ in lex.weapon_nouns or tok.lower_ in TYPE_WORDS or tok.lower_ in lex.weapon_modifier_words


TYPE_WORDS = {"military", "system", "systems", "aircraft", "-"}


AIRCRAFT_WORDS = {"jet", "jets", "aircraft", "plane", "planes", "warplane", "warplanes"}
AIRCRAFT_KINDS = {"fighter", "bomber", "interceptor", "jet", "aircraft", "plane"}


def _weapon_named(surface: str, lex: Lexicon, kinds: set[str] | None = None) -> tuple[str, str] | None:
    """(name, "Weapon") of the lexicon weapon a surface names (not the province of "Liaoning aircraft carrier"),
    of one of the ``kinds`` when given ("aircraft" for a transport aircraft)."""
    wanted = re.sub(r"[-\s]", "", strip_the(surface).lower())      # "Rafale-M" is "Rafale M", "Leopard 2 A8" "2A8"
    planes = kinds is not None and bool(kinds & AIRCRAFT_WORDS)    # "F-35 jets", "Gripen aircraft": fighters (not
    #                                                                "Fujian jets": an aircraft carrier)

    def kind_fits(kind: list[str]) -> bool:
        return kinds is None or bool(kinds & set(kind)) or planes and bool(AIRCRAFT_KINDS & set(kind)) and \
            kind[-1:] != ["carrier"]

    return next(((t.name, t.type) for t in lex.things if t.type == "Weapon" and
                 any(wanted == re.sub(r"[-\s]", "", a.lower()) for a in (t.name, *t.aliases)) and
                 kind_fits(t.kind.lower().replace("-", " ").split())), None)


def _classify(span: Span, lex: Lexicon, rules: TypeRules) -> tuple[str, str, bool] | None:
    """(kg class, resolution key, metonym) for an entity span, or None when it is not a kg entity."""
    label = span.label_
    text = span.text
    canon = lex.canonical()
    if label == "KG_Country":
        return "Country", span.ent_id_, False
    if label == "KG_Demonym":
        return "Country", span.ent_id_, True
    if label == "KG_Capital":
        if _capital_is_city(span):
            return "City", f"capital:{span.ent_id_}", False
        return "Country", span.ent_id_, True
    if label.startswith("KG_") and label != "KG_Title":
        kg_type = label[3:]
        hit = lex.lookup(text)
        if hit is None and kg_type == "Weapon" and len(span) == 1 and re.fullmatch(r".*\d[A-Z]{0,2}s", text):
            hit = lex.lookup(text[:-1])          # "J-10Cs", "MiG-29s": the designation's plural
        end = span.end
        while hit is None and kg_type == "Weapon" and end - span.start > 1 and (
                _type_word(span.doc[end - 1], lex) or re.fullmatch(VARIANT_CODE, span.doc[end - 1].text)):
            end -= 1                             # "C-17 Globemaster III military transport aircraft": the name
            hit = _weapon_named(span.doc[span.start:end].text, lex,    # before the kind of weapon it is, when
                                {t.lemma_.lower() for t in span.doc[end:span.end]})   # the kind is its kind (not
            #                                                             "Tiger tanks", "Poseidon patrol aircraft")
        if hit is None and kg_type == "Weapon" and end - span.start >= 2:
            first, rest = _weapon_named(span[0].text, lex), _weapon_named(span.doc[span.start + 1:end].text, lex)
            hit = first if first is not None and first == rest else None    # "AH-64E Apache": one weapon's
            #                                                                 designation and name (not "MQ-9B Predator")
        if hit:
            return hit[1], hit[0].lower(), False
        if kg_type == "MilitaryUnit" and not span.ent_id_:           # "Ghana Armed Forces" by the generic pattern
            return kg_type, _service_key(strip_the(text), lex), False
        return kg_type, span.ent_id_, False       # "india:indian air force" for "India's air force"
    surface = strip_the(text)
    hit = lex.lookup(surface) if label in ("ORG", "FAC", "GPE", "LOC") else canon.get(surface.lower())
    plural = lex.lookup(surface[:-1]) if hit is None and len(surface) > 3 and surface.endswith("s") else None
    if plural is not None and plural[1] == "Weapon" and not any(
            t.needs_context and surface[:-1] in t.aliases for t in lex.things if t.name == plural[0]):
        return "Weapon", plural[0].lower(), False      # "Gripens", "Rafales": a weapon's plural, whatever NER said
        #                                                (not "South Africa's Hawks": a short form only by a weapon word)
    table = lex.country_by_surface()
    country = table.get(surface) or (table.get(surface + ".") if surface.count(".") >= 1 else None)
    if country is None and label == "NORP" and surface.endswith("s") and span.start > 0 and \
            span.doc[span.start - 1].lower_ == "the" and any(surface[:-1] in c.demonyms for c in lex.countries.values()):
        country = table.get(surface[:-1])      # "The South Koreans are pitching ...": the state (not "Most Americans",
        #                                        "three Filipinos")
    if country is None and surface.isupper() and len(surface) > 3:       # "SINGAPORE –" datelines
        country = table.get(surface.title())
        if country and surface.title() in lex.countries[country].capitals and _is_dateline(span):
            return "City", f"capital:{country}", False                  # "MANILA –": the city
    if label in ("GPE", "LOC", "NORP", "ORG", "FAC", "PERSON") and country and label != "PERSON":
        return "Country", country, label == "NORP"
    if hit and label != "PERSON":
        return hit[1], hit[0].lower(), False
    if label == "PERSON" and len(span) == 1 and text.isupper() and len(text) > 2 and not _is_dateline(span):
        label = "ORG"                           # "CPEC is leading to ...": an acronym, not someone's name
    if label in ("ORG", "GPE", "FAC", "LOC") and span.start > 0 and span.doc[span.start - 1].lower_ in HONORIFICS:
        label = "PERSON"                        # "Dr Ng", "Mr Wong": whatever the tagger said
    if label in ("ORG", "GPE", "NORP") and 2 <= len(span) <= 3 and span[0].text in lex.family_name_first and \
            all(t.is_title and t.is_alpha for t in span) and span[-1].lower_ not in rules.heads_all | rules.not_surnames:
        label = "PERSON"                        # "Xi Jinping" tagged ORG: a family name first, then a given name
    if label == "PERSON":
        if len(span) > 1 and rules.by_head(text) == "MilitaryUnit" and span[-1].is_title:
            return "MilitaryUnit", "", False    # "Charlie Battery", "Assam Rifles" tagged PERSON
        if _is_bad_person(span):
            return None
        return "Person", "", False
    if label == "NORP":
        return None
    by_head = rules.by_head(text)
    if label == "PRODUCT":
        last = span[-1].lower_
        return ("Weapon", "", False) if last in lex.weapon_nouns else None
    if label in ("LAW", "ORG", "EVENT", "PRODUCT") and by_head == "Treaty" and span[-1].is_title:
        return "Treaty", "", False              # "Enhanced Defense Cooperation Agreement"
    if label == "LAW":
        return None
    if label == "EVENT":
        if by_head == "Place":
            return "Place", "", False           # "War Memorial of Korea" tagged EVENT
        return ("Meeting", "", False) if by_head == "Meeting" else ("Event", "", False)
    if label in ("GPE", "LOC", "FAC", "ORG"):
        if by_head and by_head not in ("Treaty",):
            if label == "GPE" and by_head == "Organization":
                return None
            return by_head, "", False
        default = rules.ner_labels.get(label)
        if default is None:
            return None
        if label in ("GPE", "LOC") and not span[0].is_title and not span[0].is_upper:
            return None
        return default, "", False
    return None


def _service_key(text: str, lex: Lexicon) -> str:
    """"ghana:ghanaian armed forces" for "Ghana Armed Forces": the key the national-service phrases give."""
    from .patterns import NATIONAL_SERVICES, service_key

    table = lex.country_by_surface()
    for service in NATIONAL_SERVICES:
        if text.endswith(" " + service) and table.get(text[: -len(service) - 1]) in lex.countries:
            return service_key(table[text[: -len(service) - 1]], service, lex)
    return ""


def _honorific(tok: Token) -> bool:
    """A style of address: "Mr", "Shri", "Datuk" and the "Seri" of "Datuk Seri" (not of "Seri Perdana")."""
    return tok.lower_ in HONORIFICS or (tok.lower_ in ("seri", "sri") and tok.i > 0 and
                                        tok.doc[tok.i - 1].lower_ in ("datuk", "dato", "dato'", "tan"))


def _is_bad_person(span: Span) -> bool:
    words = [t for t in span if not t.is_punct]
    if not words or any(t.like_num or any(ch.isdigit() for ch in t.text) for t in words):
        return True                     # "K9", "F-35": no one's name has digits
    if all(_honorific(t) for t in words):
        return True                     # "Datuk Seri" before the name, tagged apart
    rules = type_rules()
    lex_titles = _title_words()
    inner = {t.i for t in words[:-1] if t.lower_ in NAME_PARTICLES}      # "Jean-Yves Le Drian"
    if len(words) > 1 and words[-1].lower_ in NAME_PARTICLES and words[-1].is_title:
        inner.add(words[-1].i)                                          # "Vikram Das"
    first = span.doc[span.start - 1] if span.start > 0 else None
    if first is not None and first.lower_ in lex_titles and words[0].text in load_lexicon().title_given_names:
        words = words[1:]               # "Foreign Minister Amir Khan Muttaqi": a given name after a title
    named = {t.i for t in words if t.i > span.start and span.doc[t.i - 1].lower_ in NAME_PARTICLES and
             span.doc[t.i - 1].is_lower}                                  # "bin Sultan": a father's name, no title
    if any((t.lower_ in lex_titles and t.i not in named) or t.lower_ in rules.heads_all or
           t.lower_ in PLURAL_SEAS or                                              # "East China Seas"
           (t.lower_ in rules.stop_names and t.i not in inner) for t in words):
        return True                     # "Secretary Blinken State", "Islands Hamada", "Der"
    if not all(t.text[:1].isupper() or _hyphen_tail(t) for t in words if t.is_alpha and t.lower_ not in NAME_PARTICLES):
        return True
    return False


PLURAL_SEAS = {"seas", "oceans", "gulfs", "straits"}      # not "Rivers", "Banks": surnames


def _hyphen_tail(tok: Token) -> bool:
    """The lower-case second half of a hyphenated given name ("Ahn Gyu-back", "Yoon Suk-yeol")."""
    doc = tok.doc
    return tok.i >= 2 and inner_hyphen(doc[tok.i - 1]) and doc[tok.i - 2].is_title


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    lex = load_lexicon()
    words = set(lex.title_heads)
    for title in (*lex.ministerial_titles, *lex.other_titles):
        if len(title.split()) == 1:
            words.add(title.lower())
    return frozenset(w for w in words if w.isalpha() and len(w) > 2) - {"king", "queen"}


def _titles_before(doc: Doc, start: int, titles: dict[int, Span]) -> list[Span]:
    """The chain of title spans ending right before token ``start`` ("press secretary Brig. Gen.")."""
    chain: list[Span] = []
    i = start
    while i in titles:
        t = titles[i]
        chain.insert(0, t)
        i = t.start
        if i - 1 >= 0 and doc[i - 1].lower_ == "and" and (i - 1) in titles:
            i -= 1
        elif i - 1 >= 0 and doc[i - 1].lower_ in ("acting", "former", "interim", "outgoing", "then"):
            i -= 1
    return chain


def _affiliation_left(doc: Doc, i: int, ents_by_end: dict[int, Span]) -> Span | None:
    """A country, demonym, capital or organisation written right before token i ("U.S.", "Japan's")."""
    if i in ents_by_end:
        return ents_by_end[i]
    if i - 1 >= 0 and doc[i - 1].text in ("'s", "’s") and (i - 1) in ents_by_end:
        return ents_by_end[i - 1]
    return None


def _site(span: Span, lex: Lexicon) -> bool:
    """A building the lexicon knows as a place where leaders meet ("the White House")."""
    surface = strip_the(span.text)
    hit = lex.canonical().get(surface.lower())
    thing = lex.thing(hit[0].lower()) if hit else None
    return thing is not None and thing.kind == "site" and surface in (thing.name, *thing.aliases)


def _lexicon_country(org: Span, lex: Lexicon) -> str | None:
    """The country of a state body the lexicon knows ("Chinese Foreign Ministry" -> china); not of a
    company ("Baykar CEO Haluk Bayraktar" speaks for Baykar, not for Turkey)."""
    surface = strip_the(org.text).lower()
    for thing in lex.things:
        if thing.country and thing.kind != "company" and surface in (thing.name.lower(), *(a.lower() for a in thing.aliases)):
            return thing.country
    return None


def _affiliation_right(doc: Doc, end: int, ents_by_start: dict[int, Span]) -> Span | None:
    """"Yasukazu Hamada of Japan"."""
    if end < len(doc) and doc[end].lower_ == "of" and (end + 1) in ents_by_start:
        return ents_by_start[end + 1]
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the" and (end + 2) in ents_by_start:
        return ents_by_start[end + 2]
    return None


def _affiliation_key(span: Span | str, lex: Lexicon) -> str | None:
    if isinstance(span, str):
        return span
    if span.label_ in ("KG_Country", "KG_Demonym", "KG_Capital"):
        return span.ent_id_
    country = lex.country_by_surface().get(strip_the(span.text))
    if country:
        return country
    if span.label_ in ("ORG", "KG_Organization", "KG_MilitaryUnit"):
        return "org:" + strip_the(span.text)
    return None


def _mention(doc: Doc, span: Span, kg_type: str, key: str, rule: str, metonym: bool = False) -> Mention:
    sent = span.sent
    end = span.end_char - _closing_period(span)
    return Mention(doc_id=doc._.kg_doc_id, start=span.start_char, end=end, text=doc.text[span.start_char:end],
                   type=kg_type, rule=rule, sent_start=sent.start_char, sent_end=sent.end_char, key=key,
                   token_start=span.start, token_end=span.end, metonym=metonym)


NAME_SUFFIXES = {"jr.", "sr.", "st.", "co.", "inc.", "ltd.", "corp.", "bros.", "u.s.", "u.k.", "d.c."}


def _closing_period(span: Span) -> int:
    """1 when a name ends its sentence and the tokenizer kept the full stop on its last word ("meet Defence
    Minister Dong Jun." read as the month "Jun."), not on "Jr." or "Inc."."""
    last = span[-1]
    return int(len(last.text) > 2 and last.text.endswith(".") and last.text.count(".") == 1 and
               last.lower_ not in NAME_SUFFIXES and (last.i + 1 == len(span.doc) or last.i + 1 == last.sent.end) and
               span.label_ == "PERSON")


MINISTRY_WORDS = {"ministry", "department", "office", "agency", "council"}
OFFICE_WORDS = {"ministry", "department", "office"}
GENERIC_MINISTRY_WORDS = MINISTRY_WORDS | {"foreign", "defense", "defence", "finance", "interior", "trade", "economy",
                                           "affairs", "national", "of", "state", "home", "justice", "industry"}


def _generic_ministry(text: str) -> bool:
    """"Defense Ministry", "the Ministry of Foreign Affairs": a name every state's body has."""
    words = strip_the(text).lower().split()
    return bool(words) and (words[0] in OFFICE_WORDS or words[-1] in OFFICE_WORDS) and \
        all(w in GENERIC_MINISTRY_WORDS for w in words)      # (not the EU's "Foreign Affairs Council")


def _story_ministries(doc: Doc, mentions: list[Mention]) -> None:
    """"The Defense Ministry added" after "Russia's Defense Ministry said": the one ministry of that
    name the story gave an owner before. One it gives no owner before stays the story's own: another
    story's "Ministry of Defense" is most likely another state's."""
    def name(text: str) -> str:              # "Ministry of Defence" is the "Defense Ministry"
        words = strip_the(text).lower().replace("defence", "defense").split()
        return " ".join(sorted(w for w in words if w not in ("of", "affairs")))

    owned: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in mentions:
        if m.type == "Organization" and m.key and _generic_ministry(m.text):
            owned[name(m.text)].append((m.start, m.key))
    for m in mentions:
        if m.type == "Organization" and not m.key and _generic_ministry(m.text):
            keys = {key for at, key in owned.get(name(m.text), ()) if at < m.start}   # (not "TOKYO — The Defense
            #                                            Ministry said ... China's Defense Ministry said")
            m.key = next(iter(keys)) if len(keys) == 1 else f"story:{doc._.kg_doc_id}:{name(m.text)}"


def _swallowed_party(span: Span, ents_by_end: dict[int, Span], lex: Lexicon) -> tuple[Span, Span, str, str] | None:
    """"the US-Japan Security Treaty", "the Japan-Philippines Reciprocal Access Agreement": a treaty name
    that took in the second of two hyphenated parties; (the whole name, the second party's words, the
    first party's and the second's country ids)."""
    doc, i = span.doc, span.start
    a = ents_by_end.get(i - 1) if i >= 2 and doc[i - 1].text in ("-", "–") else None
    if a is None or a.label_ not in ("KG_Country", "KG_Demonym") or not a.ent_id_:
        return None
    table = lex.country_by_surface()
    for n in (3, 2, 1):
        words = span[:n]
        if n < len(span) and table.get(words.text) not in (None, a.ent_id_):
            return Span(doc, a.start, span.end, label=span.label_), words, a.ent_id_, table[words.text]
    return None


def _with_country_prefix(span: Span, key: str, kg_type: str, ents_by_end: dict[int, Span],
                         lex: Lexicon) -> tuple[Span, str]:
    """"U.S.-Japan security treaty" (parties in the name) and "Japan's defense ministry" (whose)."""
    doc = span.doc
    i = span.start
    if kg_type == "Treaty" and i >= 3 and doc[i - 2].text in ("-", "–") and i in ents_by_end \
            and (i - 2) in ents_by_end:
        a, b = ents_by_end[i - 2], ents_by_end[i]
        if a.label_ in ("KG_Country", "KG_Demonym") and b.label_ in ("KG_Country", "KG_Demonym"):
            parties = ",".join(sorted({a.ent_id_, b.ent_id_}))
            if a.ent_id_ != b.ent_id_:
                return Span(doc, a.start, span.end, label=span.label_), key or f"parties:{parties}"
    if kg_type == "Organization" and not key and _generic_ministry(span.text):
        #                                       "Saudi Arabian Defense Ministry", "Russia's Ministry of Defense"
        owner = _affiliation_left(doc, i, ents_by_end)
        if owner is not None and owner.label_ in ("KG_Country", "KG_Demonym", "KG_Capital"):
            country = lex.countries.get(owner.ent_id_)
            if country is not None:
                adjective = country.demonyms[0] if country.demonyms else country.name
                name = f"{adjective} {span.text.title()}"
                hit = lex.canonical().get(name.lower())
                if hit:                           # "China's foreign ministry" = the lexicon's ministry
                    return span, hit[0].lower()
                if owner.end == i and owner.label_ == "KG_Demonym":      # "the Saudi Arabian Defense Ministry"
                    span = Span(doc, owner.start, span.end, label=span.label_)
                return span, f"{country.id}:{name.lower()}"
    return span, key


def _another_states_body(span: Span, key: str, ents_by_end: dict[int, Span], lex: Lexicon) -> tuple[Span, str]:
    """"the Iranian Supreme National Security Council" is not the lexicon's (American) National Security
    Council: a state's body named after another state's demonym is that state's."""
    own = _lexicon_country(span, lex)
    start = span.start
    doc = span.doc
    while start > 0 and span.start - start < 2 and start not in ents_by_end and doc[start - 1].is_title and \
            doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:
        start -= 1                              # "Supreme"
    owner = _affiliation_left(doc, start, ents_by_end)        # "Iran's Supreme National Security Council"
    if own is None or owner is None or owner.label_ not in ("KG_Country", "KG_Demonym", "KG_Capital") or \
            owner.ent_id_ == own:
        return span, key
    name = Span(doc, start, span.end, label=span.label_)
    bare = strip_the(name.text).lower()
    for thing in lex.things:               # "Seoul's Joint Chiefs of Staff": the lexicon's South Korean JCS
        if thing.country == owner.ent_id_ and (thing.name.lower().startswith(bare + " (") or
                                               any(a.lower().endswith(" " + bare) for a in thing.aliases)):
            return name, thing.name.lower()
    return name, f"{owner.ent_id_}:{owner.ent_id_} {name.text.lower()}"


def _bodies_named_again(mentions: list[Mention], rekeyed: dict[str, str], owned: set[int], lex: Lexicon) -> None:
    """"Mexico's National Guard ... deployed the National Guard", "Seoul's Joint Chiefs of Staff ... The JCS said":
    once the story has made a body another state's, its bare name later on is that state's too (not "the U.S. JCS",
    nor "the American National Guard": ``owned`` are the token starts of names written after a state's)."""
    first: dict[str, int] = {}
    for m in mentions:
        if m.key in rekeyed.values():
            first.setdefault(m.key, m.token_start)
    for m in mentions:
        new = rekeyed.get(m.key)
        if new is None or new not in first or m.token_start < first[new] or m.token_start in owned:
            continue
        own = getattr(lex.thing(m.key), "country", None)
        if not _says_state(m.text, own, lex):
            m.key = new


def _says_state(text: str, country: str | None, lex: Lexicon) -> bool:
    """Whether a body's name as written says whose it is ("the U.S. Joint Chiefs", "the American National Guard")."""
    return any(s in text for s, c in lex.country_by_surface().items() if c == country)


def _home_bodies(mentions: list[Mention], owned: set[int], lex: Lexicon) -> None:
    """"the Joint Chiefs of Staff said" in a story about South Korea: a body's bare name that the lexicon gives
    to one state (the American JCS) is another state's body of that name ("Joint Chiefs of Staff (South Korea)")
    when the story names that other state more often than the first (not "the U.S. Joint Chiefs")."""
    named = Counter(m.key for m in mentions if m.type == "Country" and m.key)
    moved: dict[str, tuple[str, str]] = {}
    for m in mentions:
        thing = lex.thing(m.key) if m.type in ("Organization", "MilitaryUnit") and m.key else None
        if thing is None or not thing.country or m.token_start in owned or \
                _says_state(m.text, thing.country, lex):
            continue
        homes = [t for t in lex.things if t.country and t.country != thing.country and
                 t.name.lower().startswith(thing.name.lower() + " (") and named[t.country] > named[thing.country]]
        if len(homes) == 1:
            m.key = homes[0].name.lower()
            moved[strip_the(m.text)] = (thing.country, homes[0].country)
    for p in mentions:                  # "Joint Chiefs of Staff Chairman Kim Myung-soo": that state's officer
        if p.type in ("Person", "Minister") and p.organization in moved and p.affiliation == moved[p.organization][0]:
            p.affiliation = moved[p.organization][1]


def _is_dateline(span: Span) -> bool:
    """"MANILA – The Philippines and Japan signed ...", "New Delhi, Nov 10 (EFE).- The 2+2 ...",
    "WASHINGTON (AP) —": a place that opens a line of the story, written in capitals or followed by a
    date or a news agency."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    line_start = span.start == 0 or "\n" in doc[span.start - 1].text or "\n" in doc[span.start - 1].whitespace_
    if not (line_start or (span.text.isupper() and span.start == span.sent.start)):
        return False
    nxt, after = doc[span.end], doc[span.end + 1]
    if span.text.isupper() and nxt.text in ("–", "-", "—", ":", ","):
        return True
    if line_start and nxt.text in (":", "–", "—") and span.label_ in ("KG_Capital", "KG_City", "GPE"):
        return True                     # "New Delhi: India and the Philippines signed", "Moscow: Putin and Xi"
    if nxt.text == "," and after.lower_.rstrip(".") in MONTHS:
        return True
    return nxt.text == "(" and (after.is_upper or (after.is_title and span.end + 2 < len(doc)
                                                  and doc[span.end + 2].text == ")"))


def _extend_name_left(span: Span, ents_by_end: dict[int, Span]) -> Span:
    """NER sometimes leaves a given name out ("Gilberto [Teodoro Jr.]"): take capitalised words
    right before the name that no other span claims."""
    doc = span.doc
    start = span.start
    while start > span.sent.start and doc[start - 1].is_title and doc[start - 1].is_alpha and \
            doc[start - 1].ent_type_ == "" and (start - 1) not in ents_by_end and \
            doc[start - 1].lower_ not in DETERMINERS and doc[start - 1].pos_ == "PROPN" and \
            doc[start - 1].lower_ not in FUNCTION_WORDS | {"but", "so", "yet", "also", "meanwhile"} and \
            (span.end - start < 5 or doc[start - 1].lower_ in ("sheikh", "sheikha", "shaikh")):
        start -= 1                        # ^ "Sheikh Tamim bin Hamad Al Thani"
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


REGNAL_TITLES = {"king", "queen", "pope", "emperor", "sultan", "emir", "prince", "princess", "tsar", "czar"}


def _extend_name_right(span: Span, ents_by_start: dict[int, Span]) -> Span:
    """"[Lee Hsien] Loong": capitalised name words right after the name that no other span claims."""
    doc = span.doc
    end = span.end
    if len(span) >= 2 and end + 1 < span.sent.end and inner_hyphen(doc[end]) and \
            doc[end + 1].is_lower and doc[end + 1].is_alpha and len(doc[end + 1]) <= 6:
        end += 2                          # "Moon [Jae]-in", "Yoon [Suk]-yeol": the given name's second half
    if end < span.sent.end and re.fullmatch(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})", doc[end].text) and \
            span.start > 0 and doc[span.start - 1].lower_ in REGNAL_TITLES:
        end += 1                          # "King [Mohammed] VI", "King [Charles] III": a regnal number
    while end + 2 < span.sent.end and doc[end].is_title and doc[end].is_alpha and doc[end + 1].text == "-" and \
            not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_title and \
            doc[end + 2].is_alpha and end + 3 - span.start < 7:
        end += 3                          # "Hossein [Amir-Abdollahian]", though "Amir" is also a title
    while end < span.sent.end and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN" and \
            doc[end].ent_type_ == "" and end not in ents_by_start and end - span.start < 6 and \
            doc[end].lower_ not in FUNCTION_WORDS:
        end += 1
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)


UNIT_OF_THE = re.compile(r"^(\d{1,3}(?:st|nd|rd|th) Brigade) of (?:the )?(\d{1,3}(?:st|nd|rd|th) .+)$")


def _after_state_chain(ent: Span, lex: Lexicon) -> list[Span]:
    """"the China-Pakistan-[Afghanistan Trilateral Foreign Ministers' Dialogue]": a meeting's name the
    pattern began inside a chain of states starts after them; the state is a mention of its own (it
    takes part)."""
    doc = ent.doc
    if ent.label_ == "KG_Weapon":
        return _weapon_after_state(ent, lex)
    key = lex.country_by_surface().get(doc[ent.start].text)
    if ent.label_ != "KG_Meeting" or key is None or ent.start == 0 or doc[ent.start - 1].text not in ("-", "–") \
            or len(ent) < 3:
        return [ent]
    return [_state_span(doc, ent.start, ent.start + 1, "KG_Country", key),
            Span(doc, ent.start + 1, ent.end, label=ent.label_)]


def _weapon_after_state(ent: Span, lex: Lexicon) -> list[Span]:
    """"five U.S. Virginia-class submarines": a class of ship the pattern began with the state before it; the state is
    a mention of its own."""
    doc = ent.doc
    for k in (2, 1):
        if len(ent) - k < 2 or not (doc[ent.start + k].is_title or doc[ent.start + k].is_upper):
            continue
        surface = doc[ent.start:ent.start + k].text
        key = lex.country_by_surface().get(surface)
        country = lex.countries.get(key) if key else None
        if country is not None and surface in (country.name, *country.aliases, *country.demonyms):
            label = "KG_Demonym" if surface in country.demonyms else "KG_Country"
            return [_state_span(doc, ent.start, ent.start + k, label, key),
                    Span(doc, ent.start + k, ent.end, label=ent.label_)]
    return [ent]


def _state_span(doc: Doc, start: int, end: int, label: str, key: str) -> Span:
    """A state's span cut from a longer one, with its country id: a span's ent_id_ is its root token's, so the
    tokens carry it (a Span's own span_id is not read back as ent_id_)."""
    for tok in doc[start:end]:
        tok.ent_id_ = key
    return Span(doc, start, end, label=label)


def _state_chain_names(doc: Doc, mentions: list[Mention]) -> None:
    """The states chained before a meeting's name are part of what it is called ("China-Pakistan-
    Afghanistan Trilateral Foreign Ministers' Dialogue"), though each stays a mention of its own; so is
    an organisation's acronym written in brackets right before it ("ASEAN Foreign Ministers' Meeting")."""
    by_end = {m.token_end: m for m in mentions if m.type == "Country"}
    for m in mentions:
        if m.type != "Meeting" or not m.rule.startswith("ruler:"):
            continue
        start = m.token_start
        while start in by_end:                 # each state, then the hyphen before it and the state before that
            start = by_end[start].token_start
            if start < 2 or doc[start - 1].text not in ("-", "–") or (start - 1) not in by_end:
                break
            start -= 1
        if start < m.token_start - 2:
            m.text = doc[start:m.token_end].text
        elif m.token_start >= 3 and doc[m.token_start - 1].text == ")" and doc[m.token_start - 3].text == "(" and \
                doc[m.token_start - 2].is_upper and doc[m.token_start - 2].is_alpha:
            m.text = f"{doc[m.token_start - 2].text} {m.text}"     # "Association of Southeast Asian Nations
            #                                                        (ASEAN) Foreign Ministers' Meeting"


def _extend_meeting(span: Span) -> Span:
    """"2+2" followed by "talks" (maybe after a closing quote) becomes "2+2 talks"; an edition's
    ordinal in front stays with the name ("15th BRICS Summit")."""
    doc = span.doc
    start = span.start
    if start > 0 and re.fullmatch(r"\d{1,3}(st|nd|rd|th)", doc[start - 1].lower_):
        start -= 1                        # "the 15th BRICS Summit": the edition is part of the name
    j = span.end
    while j < len(doc) and doc[j].text in QUOTES:
        j += 1
    heads = type_rules().heads["Meeting"]
    if j < len(doc) and (doc[j].lower_ in heads or doc[j].lemma_.lower() in heads) and doc[j].pos_ in ("NOUN", "PROPN"):
        return doc[start: j + 1]
    return doc[start: span.end]


HEADLINE_DEAL_VERBS = {"sign", "signs", "signed", "ink", "inks", "inked", "seal", "seals", "sealed", "ratify",
                       "ratifies", "ratified", "reach", "reaches", "agree", "agrees", "approve", "approves", "renew",
                       "renews", "extend", "extends", "back", "backs"}


TREATY_HEADS = {"Treaty", "Treaties", "Agreement", "Agreements", "Convention", "Accord", "Accords", "Pact", "Protocol",
                "Declaration", "Charter"}


def _split_joined_treaties(doc: Doc, ents: list[Span]) -> list[Span]:
    """A treaty name the patterns stopped right before a treaty word: "the Convention on Certain Conventional
    Weapons and the Arms Trade Treaty" is two treaties; "the Treaty of Amity and Cooperation Agreement" is one."""
    out = []
    for e in ents:
        if e.label_ != "KG_Treaty" or e.end >= len(doc) or doc[e.end].text not in TREATY_HEADS:
            out.append(e)
            continue
        joins = [t.i for t in e if t.lower_ == "and" and t.i > e.start]
        if joins and doc[joins[-1] + 1].lower_ == "the":
            out += [Span(doc, e.start, joins[-1], label=e.label_), Span(doc, joins[-1] + 2, e.end + 1, label=e.label_)]
        else:
            out.append(Span(doc, e.start, e.end + 1, label=e.label_))
    return out


STATE_LABELS = {"KG_Country", "KG_Demonym", "KG_Capital", "GPE", "NORP"}
NAMED_TREATY_HEADS = {"Treaty", "Pact", "Accord", "Convention", "Agreement"}


def _hyphenated_treaty_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A treaty's name with hyphenated words, which the patterns cut at a hyphen: "the [Intermediate-]Range
    Nuclear Forces Treaty", "the [Comprehensive Nuclear-Test-]Ban Treaty", or which another name took up to
    the treaty word: "the [Anti-Ballistic Missile] Treaty", "the [Intermediate-Range Nuclear Forces] (INF)
    Treaty", "the Treaty of Good[-Neighborliness]". A state before the hyphen is a party, not part of the
    name ("the Japan-Australia Treaty")."""
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    out: dict[int, Span] = {e.start: e for e in ents}
    for e in ents:
        name = e[1:] if e[0].lower_ == "the" else e[:]
        if len(name) > 2 and name[-2].text == "(" and e.end < len(doc) and doc[e.end].text == ")":
            name, head = name[:-2], e.end + 1        # NER's "the Intermediate-Range Nuclear Forces (INF"
        elif e.end + 3 < len(doc) and doc[e.end].text == "(" and doc[e.end + 1].is_upper and doc[e.end + 2].text == ")":
            head = e.end + 3
        else:
            head = e.end
        if e.label_ not in STATE_LABELS | {"KG_Treaty", "KG_Title"} and head < len(doc) and "-" in name.text and \
                doc[head].text in NAMED_TREATY_HEADS and head not in by_token and \
                all(t.is_title or t.text == "-" for t in name):
            out[e.start] = Span(doc, name.start, head + 1, label="KG_Treaty")
            continue
        if e.label_ != "KG_Treaty":
            continue
        start = e.start
        while start >= 2 and inner_hyphen(doc[start - 1]) and doc[start - 2].is_title and doc[start - 2].is_alpha and \
                getattr(by_token.get(start - 2), "label_", "") not in STATE_LABELS:
            start -= 2
            other = by_token.get(start)
            if other is not None:
                start = min(start, other.start)
                out.pop(other.start, None)
        end = e.end
        while end + 1 < len(doc) and inner_hyphen(doc[end]) and doc[end + 1].is_title and doc[end + 1].is_alpha and \
                end + 1 not in by_token:
            end += 2                   # "the Treaty of Good[-Neighborliness]"
        if start < e.start or end > e.end:
            out[e.start] = Span(doc, start, end, label=e.label_)
    return sorted(out.values(), key=lambda e: e.start)


def _particle_name_end(doc: Doc, e: Span) -> int | None:
    """Where a name NER cut at a particle, or whose end it took for a place, ends: "[Ursula von] der [Leyen]",
    "[Abdullah bin Zayed bin] Sultan Al Nahyan": through the capitalised words after the particles."""
    j = e.end
    while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and doc[j].is_lower and doc[j - 1].whitespace_:
        j += 1
    particles = j > e.end or e[-1].lower_ in NAME_PARTICLES
    if not (particles and j < len(doc) and doc[j].is_title and doc[j].is_alpha and (j > e.end or e[-1].is_lower)):
        return None
    j += 1
    while j < len(doc) and j - e.start < 8 and doc[j - 1].whitespace_ and (
            (doc[j].is_title and doc[j].is_alpha and doc[j].pos_ == "PROPN") or
            (doc[j].lower_ in NAME_PARTICLES and j + 1 < len(doc) and doc[j + 1].is_title)):
        j += 1                            # "Abdullah bin Zayed bin [Sultan Al Nahyan]"
    return j


def _third_part_end(doc: Doc, e: Span, ents: list[Span], lex: Lexicon) -> int | None:
    """Where "[Choe Son] Hui", "[Ri Son] Gwon" ends: a family name first and a given name of two parts, whose last
    NER took for something else (the Hui people) or left out."""
    j = e.end
    if len(e) == 2 and e[0].text in lex.family_name_first and j < len(doc) and e[-1].whitespace_ and \
            doc[j].is_title and doc[j].is_alpha and len(doc[j]) <= 5 and \
            not (j + 1 < len(doc) and doc[j + 1].is_title) and \
            all(o.label_ in ("NORP", "GPE", "ORG", "PERSON") for o in ents if o.start == j):
        return j + 1
    return None


def _split_name_end(e: Span, by_start: dict[int, Span]) -> int | None:
    """Where "[Bilawal Bhutto] [Zardari]" ends: a name NER cut in two, the second part right after the first with
    only a space between (not a style: "[Datuk Seri] [Anwar Ibrahim]")."""
    nxt = by_start.get(e.end)
    doc = e.doc
    if nxt is not None and nxt.label_ == "PERSON" and e[-1].whitespace_ == " " and len(e) + len(nxt) <= 4 and \
            all(t.is_title and t.is_alpha for t in nxt) and \
            e[0].lower_ not in HONORIFICS and not (e.start > 0 and doc[e.start - 1].lower_ in HONORIFICS):
        return nxt.end
    return None


def _given_name_end(doc: Doc, e: Span, lex: Lexicon) -> int | None:
    """Where "[Shin] Won-sik" ends: a family name alone, then a hyphenated given name (one token, see
    kg.nlp.GivenNames) that NER left out."""
    j = e.end
    if len(e) == 1 and e[0].text in lex.family_name_first and j < len(doc) and e[0].whitespace_ and \
            GIVEN_NAME.fullmatch(doc[j].text) and doc[j].ent_type_ in ("", "PERSON", "NORP", "ORG", "GPE"):
        return j + 1
    return None


def _whole_person_names(doc: Doc, ents: list[Span], lex: Lexicon) -> list[Span]:
    """People's names NER cut short, made whole; the spans the rest of a name was taken for are dropped."""
    out: list[Span] = []
    skip_to = -1
    by_start: dict[int, Span] = {}
    for e in ents:
        by_start.setdefault(e.start, e)
    for e in ents:
        if e.start < skip_to:
            continue
        end = (_particle_name_end(doc, e) or _third_part_end(doc, e, ents, lex) or _split_name_end(e, by_start)) \
            if e.label_ == "PERSON" else None
        if end is None and e.label_ in ("PERSON", "NORP", "ORG", "GPE"):
            end = _given_name_end(doc, e, lex)       # (the Han people: "Prime Minister Han Duck-soo")
        if end is not None:
            e = Span(doc, e.start, end, label="PERSON")
            skip_to = end
        out.append(e)
    return out


def extract_mentions(doc: Doc, lex: Lexicon, english: frozenset[str] = frozenset()) -> Iterator[Mention]:
    """Typed mentions of one document, in text order (`english`: common English words, which a surname seen
    again is not taken for when the tagger reads it as a noun)."""
    rules = type_rules()
    ents = _whole_person_names(doc, _hyphenated_treaty_names(doc, list(doc.ents)), lex)
    ents = _posted_titles(doc, ents)
    ents = _given_name_titles(doc, ents, lex)
    ents = _modifier_titles(ents, lex)
    ents = _elect_titles(ents)
    ents = _service_titles(ents, lex)
    titles = {e.end: e for e in ents if e.label_ == "KG_Title" and not _loose_chief(e) and not _loose_head(e)}
    ents_by_end = {e.end: e for e in ents if e.label_ != "KG_Title"}
    ents_by_start = {e.start: e for e in ents if e.label_ != "KG_Title"}
    ents = sorted([*(e for ent in ents for e in _after_state_chain(_place_as_given_name(ent), lex)),
                   *_family_first_names(doc, lex), *_counterpart_names(doc)], key=lambda e: e.start)
    ents = [e for n, e in enumerate(ents) if not any(o.start < e.start < o.end or (o.start == e.start and o.end > e.end)
                                                     for o in ents[max(0, n - 2):n + 1] if o is not e) and
            not (n and (ents[n - 1].start, ents[n - 1].end) == (e.start, e.end))]     # (found twice)
    ents = _split_joined_treaties(doc, ents)
    mentions: list[Mention] = []
    rekeyed: dict[str, str] = {}
    owned: set[int] = set()
    for ent in ents:
        if ent.label_ == "KG_Title":
            continue
        span = _trim(ent)
        if _is_junk(span.text, rules, ent.label_):
            continue
        if not ent.label_.startswith("KG_") and (_bad_boundaries(span) or _unechoed_headline_name(span)):
            continue
        if not ent.label_.startswith("KG_") and all(t.lower_ in GENERIC_FORCES for t in span) and \
                span.end < len(doc) and doc[span.end].lower_ == "from":
            continue          # "Naval Forces from Argentina, Brazil ...": the states' forces, no one unit
        if ent.label_ == "KG_MilitaryUnit" and not ent.ent_id_ and _headline(span) and len(span) > 2 and \
                not (span[0].is_upper or span[0].text in ("Royal", "National") or span[0].ent_type_ in
                     ("KG_Country", "KG_Demonym")) and not lex.lookup(span.text) and \
                doc.text.count(span.text) < 2:
            continue          # "Putin Orders Armed Forces To Prepare ...": a headline's capitals (not a name the
            #                   story says again, "US Marine Littoral Regiment Formed ...": "12th Marine Littoral
            #                   Regiment")
        if ent.label_ == "KG_Event" and span[0].text == "Exercise":
            kinds = span.start             # "The Multilateral Naval Exercise Komodo": the kinds are the name's
            while kinds > 0 and span.start - kinds < 3 and doc[kinds - 1].is_title and doc[kinds - 1].lower_ in NAMED_KINDS:
                kinds -= 1
            if kinds < span.start and not (kinds > 0 and doc[kinds - 1].is_title and doc[kinds - 1].pos_ == "PROPN"
                                           and not doc[kinds - 1].is_sent_start):
                span = Span(doc, kinds, span.end, label=ent.label_)
                mentions = [m for m in mentions if m.token_end <= kinds]
        if ent.label_ == "KG_Event" and span[0].text in ("Exercise", "Operation") and \
                (_unechoed_headline_name(span) or (span.start > 0 and doc[span.start - 1].is_title and
                                                   doc[span.start - 1].pos_ == "PROPN" and not doc[span.start - 1].is_sent_start)):
            continue          # "A 'Super' Exercise Transcends Growing ...", "Baturaja Combat Exercise Center"
        if ent.label_ == "KG_Weapon" and not ent.ent_id_ and span[-1].lower_ in SYSTEM_NOUNS and \
                all(t.is_title and t.is_alpha for t in span[:-1]) and span[0].lower_ not in lex.weapon_modifiers and \
                (span[0].pos_ != "PROPN" or span[0].is_sent_start or any(t.pos_ == "VERB" for t in span)) and \
                not lex.lookup(span.text) and not lex.lookup(span[:-1].text):
            continue          # "Overnight drones attacked", "Russia Fires Missiles": not a system's name (but
            #                   "Iskander missiles", which the tagger may read as a common noun)
        if ent.label_ == "KG_Treaty" and span[-1].text == "Partnership" and (
                (span.end < len(doc) and doc[span.end].is_title and doc[span.end].is_alpha) or
                (span[0].text not in PARTNERSHIP_KINDS and span[0].text != "All" and not (
                    span.start > 1 and doc[span.start - 1].text in ("-", "–") and
                    doc[span.start - 2].ent_type_ in ("KG_Country", "KG_Demonym")))):
            continue          # not "Strategic Partnership Council", a headline's "Ties To Comprehensive Strategic
            #                   Partnership", nor a company's partnership: only "[Australia-]Philippines Strategic
            #                   Partnership" and the kinds of one ("Comprehensive Strategic Partnership")
        if ent.label_ == "KG_Treaty" and len(span) == 2 and span[1].is_lower and \
                any(span[0].text in c.demonyms for c in lex.countries.values()):
            continue          # "the American treaty with Japan", "a Sino-Russian treaty": not a name
        if ent.label_ == "KG_Treaty" and _headline(span):
            verbs = [t.i for t in span[:-1] if t.lower_ in HEADLINE_DEAL_VERBS]
            if verbs:         # "Türkiye, UN, Russia & Ukraine Sign Grain Shipment Agreement": the agreement's name
                span = _trim(Span(doc, verbs[-1] + 1, span.end, label=ent.label_))   # ("Agree On Defence Pact")
        decided = _classify(span, lex, rules)
        if decided is None:
            continue
        kg_type, key, metonym = decided
        if kg_type == "WaterBody" and len(span) == 1 and _modifies(span.root).lemma_.lower() in STATE_NOUNS:
            continue          # "a step for the Baltic state", "Pacific island nations": a state, not the sea
        if kg_type in ("City", "Place", "Region") and not key and span.end < len(doc) and \
                doc[span.end].lower_ in ISLAND_GROUPS:
            kg_type = "Island"        # "part of the Sakishima chain": islands, whatever NER said
        if kg_type == "Organization" and ent.label_ == "KG_Meeting" and span[-1].lower_ in ("meeting", "summit") and \
                span.start > 1 and doc[span.start - 1].lower_ == "the" and doc[span.start - 2].lower_ in ("during", "at", "of"):
            kg_type = "Meeting"           # "during the ASEAN Defense Ministers' Meeting": its meeting, not the body
        if kg_type == "Organization" and span.end < len(doc) and doc[span.end].text in CORPORATE_SUFFIXES and \
                not (span.end + 1 < len(doc) and doc[span.end + 1].is_title and doc[span.end].text.endswith(".")
                     and doc[span.end + 1].is_sent_start):
            span = Span(doc, span.start, span.end + 1, label=span.label_)    # "Raytheon Technologies Corp."
        if kg_type in ("City", "Country", "Place", "Region") and span.end < len(doc) and \
                span.start > 0 and doc[span.start - 1].lower_ == "the" and (doc[span.end].is_title or (
                    ent.label_ == "KG_Capital" and (doc[span.end].is_lower or ROMAN_EDITION.fullmatch(doc[span.end].text)))):
            nxt = span.end + 1 if ROMAN_EDITION.fullmatch(doc[span.end].text) and span.end + 1 < len(doc) else span.end
            if (doc[nxt].lower_ in rules.heads.get("Treaty", ()) or doc[nxt].lower_.rstrip("s") in
                    rules.heads.get("Treaty", ())) and not doc[nxt].ent_type_:
                span, kg_type, key, metonym = Span(doc, span.start, nxt + 1, label="LAW"), "Treaty", "", False
            #       ^ "the Washington Declaration", "the Minsk Protocol", "the Oslo Accords": a treaty named for a
            #         place; a capital's also in lower case or with its edition ("the Minsk II agreement")
        if ent.label_ == "KG_Capital" and span.end < len(doc) and doc[span.end].lower_ in CAPITAL_REGIONS:
            span, kg_type, key, metonym = Span(doc, span.start, span.end + 1, label="GPE"), "Region", "", False
            #       ^ "the Kyiv region", "the Tehran province": the region around a capital, not the state
            hit = lex.lookup(span.text)
            if hit is not None:
                kg_type, key = hit[1], hit[0].lower()      # the lexicon's "Kyiv Oblast"
        elif ent.label_ == "KG_Capital" and kg_type == "Country" and span.end < len(doc) and \
                doc[span.end].lower_ in CAPITAL_SURROUNDS:
            kg_type, key, metonym = "City", f"capital:{key}", False    # "launched from the Pyongyang area": the city
        if kg_type == "Organization" and span.end < len(doc) and doc[span.end].lower_ in MEETING_TAILS:
            span, kg_type, key = Span(doc, span.start, span.end + 1, label="EVENT"), "Meeting", ""
        if kg_type == "Meeting":                   # ^ "the Shanghai Cooperation Organization summit"
            span = _extend_meeting(span)
            span = Span(doc, span.start, span.end, label=ent.label_)
            if ent.label_ == "KG_Meeting" and _headline(span) and \
                    any(t.text in ("Ministers", "Leaders", "Ministerial", "Chiefs") for t in span):
                caps = [t.i for t in span if t.is_upper and len(t) > 1]      # "Austin Attends ASEAN Defense
                plus = [t.i - 1 for t in span if t.text == "+" and t.i > span.start]    # Ministers' Summit": from
                caps = sorted([*caps, *plus])                               # "ASEAN"; "2+2 Ministerial Meeting"
                if not caps:                                                # (the last: "NATO Chief Attends ASEAN")
                    continue
                span = Span(doc, caps[-1], span.end, label=ent.label_)
        if kg_type in ("Treaty", "Organization", "MilitaryUnit"):
            span, key = _with_country_prefix(span, key, kg_type, ents_by_end, lex)
        if kg_type in ("Organization", "MilitaryUnit") and key:
            lexicon_key, named = key, span.text
            span, key = _another_states_body(span, key, ents_by_end, lex)
            if key != lexicon_key and span.text == named:     # (not "the Supreme National Security Council")
                rekeyed[lexicon_key] = key
            owner = _affiliation_left(doc, span.start, ents_by_end)
            if owner is not None and owner.label_ in STATE_LABELS | {"KG_Region"}:
                owned.add(span.start)          # "the American National Guard", "the Texas National Guard"
        body = ents_by_end.get(span.start) if kg_type == "Treaty" and not key else None
        if body is not None and body.label_ in ("ORG", "KG_Organization") and body.text.isupper():
            span = Span(doc, body.start, span.end, label=span.label_)    # "the SADC Mutual Defence Pact": the
            #                                                              body's own pact, not any two states'
        pair = _swallowed_party(span, ents_by_end, lex) if kg_type == "Treaty" and not key else None
        if pair is not None:
            span, words, first, second = pair
            key = f"parties:{','.join(sorted({first, second}))}"
            mentions.append(_mention(doc, words, "Country", second, "ruler:Country+treaty-name"))
        if kg_type == "Person":
            span = _extend_name_right(_extend_name_left(span, ents_by_end), ents_by_start)
        if kg_type == "Place" and _site(span, lex) and any(t.start == span.end for t in titles.values()):
            kg_type = "Organization"               # "White House national security adviser": the office
        rule = "ruler:" + ent.label_[3:] if ent.label_.startswith("KG_") else "ner:" + ent.label_
        if _is_dateline(span):
            rule += "+dateline"
        m = _mention(doc, span, kg_type, key, rule, metonym)
        if kg_type == "Person":
            _attach_title(doc, span, m, titles, ents_by_end, ents_by_start, lex)
        mentions.append(m)
    _state_chain_names(doc, mentions)
    _bodies_named_again(mentions, rekeyed, owned, lex)
    _home_bodies(mentions, owned, lex)
    for m in mentions:                 # "2nd Brigade of the 11th Airborne Division" is written "2nd Brigade, 11th ..."
        if m.type == "MilitaryUnit" and (named := UNIT_OF_THE.match(m.text)):
            m.text = f"{named.group(1)}, {named.group(2)}"
    mentions = _names_after_titles(doc, mentions, titles, ents_by_end, ents_by_start, lex)
    mentions = _acronyms(doc, mentions)
    mentions = _unit_short_forms(doc, mentions)
    mentions = _names_after_honorifics(doc, mentions)
    mentions = _names_listed_after_plural_titles(doc, mentions, titles, lex)
    _attach_appositive_titles(doc, mentions, titles, lex)
    mentions = _coordinated_names(doc, mentions)
    _plural_titles(doc, mentions, lex)
    mentions = _named_exercises(doc, mentions, lex)
    mentions = _quoted_agreements(doc, mentions)
    _places_by_context(doc, mentions)
    _capitals_by_state(doc, mentions, lex)
    _sites_by_apposition(doc, mentions)
    _ships_by_context(doc, mentions)
    _weapons_by_example(doc, mentions, lex)
    mentions = _named_weapon_kinds(doc, mentions)
    mentions = _unknown_names_of_kinds(doc, mentions)
    _names_of_classes(doc, mentions, lex)
    mentions = _towns_named_after(doc, mentions)
    mentions = _retype_surnames(doc, mentions, rules, english)
    _retype_coordinated_people(doc, mentions, rules)
    _retype_coordinated_firms(doc, mentions)
    _retype_speakers(doc, mentions)
    _retype_counterparts(doc, mentions)
    _listed_titles(doc, mentions, lex)
    _link_other_names(doc, mentions)
    _treaties_known_as(doc, mentions, rules)
    _leaders_governments(doc, mentions, lex)
    mentions = _the_kingdom(mentions, lex)
    _story_ministries(doc, mentions)
    mentions.sort(key=lambda m: m.start)
    yield from mentions


SHARED_HEADS_AFTER = {"islands": "Island", "islets": "Island", "isles": "Island"}      # "the Kuba and Taisho islands"
SHARED_HEADS_BEFORE = {"camps": ("Camp", "Place"), "forts": ("Fort", "Place")}         # "Camps Hovey and Stanley"


def _coordinated_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Two names sharing one plural head noun: "the Kuba and Taisho islands" are two islands,
    "Camps Hovey and Stanley" are Camp Hovey and Camp Stanley."""
    for i in range(len(doc) - 3):
        before, after = doc[i].text.lower(), doc[i + 3].lower_
        a, conj, b = (doc[i], doc[i + 1], doc[i + 2]) if after in SHARED_HEADS_AFTER else (doc[i + 1], doc[i + 2], doc[i + 3])
        if not (after in SHARED_HEADS_AFTER or (before in SHARED_HEADS_BEFORE and doc[i].is_title)) or \
                conj.lower_ != "and" or not (a.is_title and b.is_title and a.is_alpha and b.is_alpha and
                                             a.pos_ == "PROPN" and b.pos_ == "PROPN") or \
                a.lower_ in SHARED_HEADS_AFTER:         # (not "the Spratly Islands and Paracel Islands")
            continue
        mentions = [m for m in mentions if m.token_end <= i or m.token_start >= i + 4]
        if after in SHARED_HEADS_AFTER:
            lex = load_lexicon()
            for t in (a, b):                 # "the Spratly and Paracel islands": the Spratly Islands, if kg knows them
                hit = lex.lookup(f"{t.text} {after.title()}") or lex.lookup(t.text)
                key = hit[0].lower() if hit and hit[1] == SHARED_HEADS_AFTER[after] else ""
                mentions.append(_mention(doc, doc[t.i:t.i + 1], SHARED_HEADS_AFTER[after], key, "pattern:coordinated-names"))
        else:
            word, kind = SHARED_HEADS_BEFORE[before]
            mentions += [replace(_mention(doc, doc[t.i:t.i + 1], kind, "", "pattern:coordinated-names"),
                                 text=f"{word} {t.text}") for t in (a, b)]
    return mentions


TOWN_NOUNS = {"port", "city", "town", "capital", "village", "harbour", "harbor"}


UNIT_WORDS = {"brigade", "division", "regiment", "battalion", "squadron", "fleet", "unit", "units", "corps", "wing",
              "troops", "forces", "force", "army", "navy", "battlegroup"}


def _places_by_context(doc: Doc, mentions: list[Mention]) -> None:
    """"Kiel, Germany," and "the German port of Kiel": a name NER took for a person (or a capital
    read as its government) is the town its context says it is."""
    by_start = {m.token_start: m for m in mentions}
    for m in mentions:
        if m.title or not (m.rule.startswith("ner:") and m.type in ("Person", "Organization") or
                           (m.type == "Country" and m.metonym and m.rule == "ruler:Capital")):
            continue
        before = doc[m.token_start - 2: m.token_start] if m.token_start >= 2 else None
        town = before is not None and before[1].lower_ == "of" and before[0].lower_ in TOWN_NOUNS
        after = by_start.get(m.token_end + 1)
        end = after.token_end if after is not None else 0
        placed = m.type != "Country" and m.token_end - m.token_start == 1 and m.token_end < len(doc) and \
            doc[m.token_end].text == "," and after is not None and after.type in ("Country", "Region") and \
            (end >= len(doc) or doc[end].is_punct or doc[end].is_space) and \
            (doc[m.token_start].is_sent_start or doc[m.token_start - 1].lower_ in LOCATIVE_PREPS)   # not "Kerry, U.S."
        root = doc[m.token_start:m.token_end].root
        first = first_conjunct(root)
        listed = by_start.get(first.i) if first is not root else None     # "bases in Vidyayevo, Gadzhiyevo and
        in_places = m.type != "Country" and listed is not None and listed.type in ("City", "Place") and \
            first.dep_ == "pobj" and first.head.lower_ in ("in", "at", "near") and \
            not (m.type == "Person" and m.token_end - m.token_start > 1)     # Polyarny": all towns (not "in
        #                                                     Beijing, Anthony Albanese and ... said", misparsed)
        based = m.type == "Organization" and m.token_end - m.token_start == 1 and m.token_end + 1 < len(doc) and \
            doc[m.token_end].text == "-" and doc[m.token_end + 1].lower_ == "based" and \
            doc[m.token_end + 2: m.token_end + 3].text.lower() in UNIT_WORDS     # "the Oirschot-based brigade"
        if town or placed or in_places or based:  # ^ "Kiel, Germany, hosted"
            as_city(m)
            m.rule += "+town"


SITE_NOUNS = {"base", "airbase", "airfield", "airport", "port", "harbour", "harbor", "facility", "shipyard", "garrison",
              "camp", "station"}


SHIP_NOUNS = {"destroyer", "frigate", "corvette", "cruiser", "submarine", "carrier", "warship", "flagship",
              "icebreaker", "minesweeper", "tanker", "vessel", "ship"}


def _ships_by_context(doc: Doc, mentions: list[Mention]) -> None:
    """"led by the destroyer Qiqihar", "the cruiser Varyag", "the frigate Admiral Gorshkov": a name NER took for a
    town or a person, right after a word for a warship, is that ship."""
    for m in mentions:
        if (m.title and m.title.lower() not in HONORIFIC_RANKS) or not m.rule.startswith("ner:") or \
                m.type not in ("City", "Person", "Place", "Organization") or m.key or m.token_start < 2:
            continue
        noun, det = doc[m.token_start - 1], doc[m.token_start - 2]
        start = m.token_start
        if noun.is_title and noun.lower_ in HONORIFIC_RANKS and m.token_start >= 3:     # "the frigate Admiral
            noun, det, start = doc[m.token_start - 2], doc[m.token_start - 3], m.token_start - 1   # Gorshkov"
        if noun.lower_ in SHIP_NOUNS and noun.is_lower and (det.lower_ in ("the", "its", "their") or det.dep_ == "poss"
                                                            or det.tag_ in ("JJ", "NNP")):
            m.type, m.rule, m.title = "Weapon", m.rule + "+ship-name", None
            if start < m.token_start:
                span = doc[start:m.token_end]
                m.start, m.text, m.token_start = span.start_char, doc.text[span.start_char:m.end], start


HONORIFIC_RANKS = {"admiral", "marshal", "general"}     # ships named for officers: "Admiral Gorshkov"


def _sites_by_apposition(doc: Doc, mentions: list[Mention]) -> None:
    """"through HMAS Stirling, a naval base near Perth", "from Andersen, an air base on Guam": a name set beside
    a word for a site is that place, though written like a ship or taken by NER for a person."""
    for m in mentions:
        if m.type not in ("Weapon", "Person", "Organization") or m.title or m.key:
            continue
        root = doc[m.token_start:m.token_end].root
        if any(c.dep_ == "appos" and c.lemma_.lower() in SITE_NOUNS and c.i > root.i and
               not any(g.dep_ == "poss" for g in c.children) for c in root.children):
            m.type, m.rule = "Place", m.rule + "+site"


def _weapons_by_example(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    """"armoured vehicles like the Kirpi", "drones such as the Bayraktar TB2": a name given as an example
    of a kind of weapon is a weapon, whatever NER said."""
    for m in mentions:
        if not m.rule.startswith("ner:") or m.type in ("Weapon", "Country", "Person", "Minister") or m.title:
            continue
        first = first_conjunct(doc[m.token_start:m.token_end].root)     # "vehicles like the Kirpi and the Vuran"
        prep = first.head
        if first.dep_ != "pobj" or not (prep.lower_ == "like" or (prep.lower_ == "as" and any(
                c.lower_ == "such" for c in prep.children))):
            continue
        kind = prep.head
        phrase = " ".join(t.lower_ for t in doc[max(kind.i - 1, 0):kind.i + 1])
        if kind.lower_ in lex.weapon_nouns or phrase in lex.weapon_nouns:
            m.type, m.key, m.rule = "Weapon", "", m.rule + "+example"


def _named_weapon_kinds(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"96 AH-64E Apache attack helicopters": the names of one system and the kind of weapon written right
    after them are one mention, the system (not a separate "attack helicopters")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.token_start):
        if m.type == "Weapon" and not m.key and m.rule == "ruler:Weapon" and doc[m.token_start].is_lower:
            k = len(out)
            while k > 0 and out[k - 1].type == "Weapon" and out[k - 1].key and \
                    out[k - 1].token_end == (out[k].token_start if k < len(out) else m.token_start):
                k -= 1
            if k < len(out) and len({n.key for n in out[k:]}) == 1:
                named = out[k]
                out[k:] = [_mention(doc, doc[named.token_start:m.token_end], "Weapon", named.key, named.rule + "+kind")]
                continue
        out.append(m)
    return out


def _unknown_names_of_kinds(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Ababeel ballistic missile", "its new Khorramshahr-4 ballistic missile", "12 Super Tucano light attack
    aircraft": a proper name no lexicon knows, written right before a kind of weapon, is that weapon's name (NER
    takes it for an organisation, which made it the weapon's maker)."""
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    drop: set[int] = set()
    for k, m in enumerate(mentions):
        if m.type != "Weapon" or m.key or m.rule != "ruler:Weapon" or not doc[m.token_start].is_lower or \
                doc[m.token_end - 1].lemma_.lower() in ("fighter", "force", "unit"):
            continue
        start = m.token_start
        while start > 0 and m.token_start - start < 2 and doc[start - 1].is_lower and doc[start - 1].pos_ in ("ADJ", "NOUN") \
                and start - 1 not in by_token:
            start -= 1                         # "light" of "Super Tucano light attack aircraft"
        end = start
        while start > 0 and end - start < 4 and _unknown_name_token(doc[start - 1], by_token):
            start -= 1
        while start < end and not doc[start].text[:1].isupper():
            start += 1                         # (a name begins with a capital, not "-4")
        owners = {id(by_token[i]) for i in range(start, end) if i in by_token}
        if start == end or doc[start].is_sent_start or doc[end - 1].text in ("-", "–") or \
                getattr(by_token.get(start - 1), "type", "") == "Weapon" or \
                any(by_token[i].token_start < start for i in range(start, end) if i in by_token):
            continue
        drop |= owners | {id(m)}
        mentions.append(_mention(doc, doc[start:m.token_end], "Weapon", "", "pattern:named-kind"))
    return [m for m in mentions if id(m) not in drop]


CLASS_NOUNS = {"frigate", "corvette", "destroyer", "submarine", "tank", "howitzer", "fighter", "cruiser", "helicopter"}
SERVICE_WORDS = {"navy", "army", "air", "force", "forces", "guard", "coast", "marine", "marines", "military", "naval"}


def _names_of_classes(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    """"three Belharra frigates", "Scorpene submarines": a one- or two-word name no lexicon knows, right before
    a noun for a class of ship or weapon, is that class's name (NER takes it for an organisation); not a
    service's ("Navy frigates") nor a company's ("Hanwha tanks", known to the lexicon)."""
    for m in mentions:
        if not m.rule.startswith("ner:") or m.key or m.type not in ("Organization", "Place", "Person") or m.title or \
                m.token_end >= len(doc) or m.token_end - m.token_start > 2:
            continue
        noun = doc[m.token_end]
        name = doc[m.token_start:m.token_end]
        if lex.weapon_nouns.get(noun.lower_) in CLASS_NOUNS and name.root.dep_ in ("compound", "amod", "nmod") and \
                name.root.head == noun and not name[0].is_sent_start and \
                all(t.is_title and t.is_alpha and t.lower_ not in SERVICE_WORDS and t.lower_ not in COMPANY_WORDS
                    for t in name):
            span = doc[m.token_start:m.token_end + 1]
            m.type, m.rule, m.end, m.token_end, m.text = "Weapon", m.rule + "+class", span.end_char, span.end, span.text


def _unknown_name_token(tok: Token, by_token: dict[int, Mention]) -> bool:
    """A word of a name no lexicon knows: a capitalised word or a designation part ("Khorramshahr-4"), not
    inside a mention of something kg knows (a company, a state, a person, a unit)."""
    m = by_token.get(tok.i)
    if m is not None and (m.key or not m.rule.startswith("ner:") or m.type in ("Person", "Minister", "Country", "City")):
        return False
    if tok.lower_ in WEEKDAYS_MONTHS or tok.text in CORPORATE_SUFFIXES or tok.lower_ in COMPANY_WORDS:
        return False
    return (tok.text[:1].isupper() and tok.is_alpha and tok.pos_ == "PROPN") or tok.text in ("-", "–") or \
        re.fullmatch(r"[A-Z][A-Za-z]+-\d+[A-Za-z]?", tok.text) is not None or \
        (tok.like_num and tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–"))


def _towns_named_after(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the city of AlUla", "the port town of Gwadar": a name no tagger caught after a town noun and
    "of" is that town."""
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    found = []
    for tok in doc[2:]:
        if tok.i in covered or doc[tok.i - 1].lower_ != "of" or doc[tok.i - 2].lower_ not in TOWN_NOUNS or \
                not re.fullmatch(r"[A-Z][a-z]*[A-Z]?[a-z]+", tok.text) or tok.pos_ != "PROPN":
            continue
        end = tok.i + 1
        while end < len(doc) and end not in covered and end - tok.i < 3 and doc[end].pos_ == "PROPN" and \
                re.fullmatch(r"[A-Z][a-z]*[A-Z]?[a-z]+", doc[end].text):
            end += 1
        found.append(_mention(doc, doc[tok.i:end], "City", "", "context:town"))
    return mentions + found


def _capitals_by_state(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    """"a two-day summit in the Lithuanian capital", "arrived in Japan's capital": the state's capital city (not "the
    Japanese capital, Tokyo", which names it)."""
    for m in mentions:
        j = m.token_end + (m.token_end < len(doc) and doc[m.token_end].text in ("'s", "’s"))
        country = lex.countries.get(m.key) if m.type == "Country" else None
        if country is None or not country.capitals or j >= len(doc) or doc[j].lower_ != "capital" or \
                m.token_start == 0 or doc[m.token_start - 1].lower_ != "the" and j == m.token_end:
            continue
        after = doc[j + 1] if j + 1 < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.text == "," and j + 2 < len(doc) and
                                  doc[j + 2].pos_ == "PROPN" or after.lower_ in ("city", "region", "district", "of")):
            continue
        m.token_end, m.end, m.text = j + 1, doc[j].idx + len(doc[j].text), doc[m.token_start:j + 1].text
        as_city(m)
        m.rule += "+capital"


def as_city(m: Mention) -> None:
    """Make a mention the town it names: a capital read as its government becomes its city."""
    key = m.key if m.type == "Country" else ""
    m.type, m.key, m.metonym = "City", f"capital:{key}" if key else "", False


EXERCISE_HEADS = {"exercise", "exercises", "drill", "drills", "wargame", "wargames", "games"}   # ("war games")
NAMED_KINDS = {"multilateral", "multinational", "naval", "joint", "combined", "bilateral", "trilateral", "military",
               "maritime", "amphibious"}     # "The Multilateral Naval Exercise Komodo" (not "Indian Navy Exercise Varuna")
DESIGNATED_YEAR = re.compile(r"[A-Z][a-z]+-(?:19|20)\d\d[A-Z]?")     # "Sword-2024A" of "Joint Sword-2024A"
EXERCISE_NOT_NAMES = {"joint", "naval", "military", "annual", "combined", "multinational", "bilateral", "trilateral",
                      "air", "live", "live-fire", "amphibious", "large", "major", "new", "navy", "army", "nuclear",
                      "missile", "drone", "field", "command", "staff", "sea", "land", "the", "this", "these", "last",
                      "first", "next", "summer", "winter", "spring", "autumn", "fall", "regional", "international"}


KIND_BEFORE_HEAD = {"training", "post", "tabletop", "table-top", "fire", "assisted"}   # "the Field Training Exercise",
#                    "Live-Fire Exercise", "Computer-Assisted Exercise": kinds, with a capital "Exercise" (not the
#                    "Northern Fire Exercise")


EXERCISE_KINDS = {"joint", "military", "naval", "bilateral", "trilateral", "combined", "annual", "multinational",
                  "strategic", "tactical"}
EXERCISE_PREPS = {"during", "in", "at", "for", "of", "from", "into", "throughout", "joined", "join", "joins",
                  "held", "hold", "holds", "conducted", "launched", "began", "begin", "concluded"}
EDITION_NOUNS = {"edition", "iteration", "anniversary", "version"}     # (not "Lomza, the final stage of the exercise")
ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")


def _named_exercises(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """"the Cold Response exercise", "Sea Breeze drills": one to three proper nouns in title case
    before "exercise" or "drills" name an exercise, unless they name a state, an army or a kind of
    exercise ("Joint", "Naval", "Chinese")."""
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    states = lex.country_by_surface()
    for tok in doc:
        named_head = tok.is_title and not tok.is_sent_start and doc[tok.i - 1].is_title and \
            doc[tok.i - 1].pos_ == "PROPN" and not doc[tok.i - 1].is_sent_start and \
            doc[tok.i - 1].lower_ not in EXERCISE_NOT_NAMES and not _headline(doc[tok.i:tok.i + 1]) and \
            not (doc[tok.i - 1].lower_ in KIND_BEFORE_HEAD and (tok.i < 2 or not doc[tok.i - 2].is_title or
                                                               doc[tok.i - 2].lower_ in EXERCISE_NOT_NAMES))
        #   ^ "Arctic Challenge Exercises" (not a headline's "Russia Holds Snap Exercises In Pacific Fleet")
        if tok.lower_ not in EXERCISE_HEADS or not (tok.is_lower or named_head) or tok.i in by_token:
            continue
        if tok.lower_ == "games" and (tok.i == 0 or doc[tok.i - 1].lower_ != "war"):
            continue                    # "the Freedom Shield 2025 war games" (not "the Asian Games")
        end = tok.i - (tok.lower_ == "games")
        while end > 0 and end - tok.i > -2 and doc[end - 1].lower_ in EXERCISE_KINDS:
            end -= 1                    # "the Kanzhar 2023 joint military exercises"
        year = end > 0 and YEAR.fullmatch(doc[end - 1].text) is not None     # "the Pacific Thunder 2024 naval exercise"
        capitals = _capitals_name(doc, end)          # "the BRIGHT STAR 23 military exercise"
        stop = end - year                # where the name's words end: before "(Dagger)" in "Kanzhar (Dagger) 2023"
        if year and not capitals and doc[stop - 1].text == ")" and stop >= 4 and \
                any(doc[j].text == "(" for j in (stop - 3, stop - 4) if j > 0) and doc[stop - 2].is_title and \
                doc[stop - 2].text not in states:         # a gloss, not "Union Shield (Belarus) 2023"
            stop = next(j for j in (stop - 3, stop - 4) if doc[j].text == "(")
        start = capitals or stop
        if not capitals and stop > 1 and DESIGNATED_YEAR.fullmatch(doc[stop - 1].text):
            start = stop - 1               # "the Joint Sword-2024A drills", "Strait Thunder-2025A"
            while start > 0 and stop - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha and \
                    doc[start - 1].text not in states and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") and \
                    doc[start - 1].lower_ not in WEEKDAYS_MONTHS and \
                    (not doc[start - 1].is_sent_start or doc[start - 1].lower_ not in DETERMINERS):
                start -= 1                 # ("Joint Sword-2024A drills began": at a sentence's start too)
            owners = {id(by_token[t.i]) for t in doc[start:stop] if t.i in by_token}
            if any(by_token[t.i].token_start < start or not (by_token[t.i].rule.startswith("ner:") or
                                                              by_token[t.i].type == "Event" and t.i == stop - 1)
                   for t in doc[start:stop] if t.i in by_token):
                continue                   # (a pattern's "Sea-2024" is the end of "Joint Sea-2024")
            mentions = [m for m in mentions if id(m) not in owners]
            mentions.append(_mention(doc, doc[start:stop], "Event", "", "pattern:exercise-name"))
            by_token.update({t.i: mentions[-1] for t in doc[start:stop]})
            continue
        while not capitals and start > 0 and stop - start < 3 and \
                (doc[start - 1].pos_ == "PROPN" or (named_head and doc[start - 1].pos_ == "ADJ")) and \
                (doc[start - 1].is_title or (ROMAN.fullmatch(doc[start - 1].text) and start >= 2 and
                                              doc[start - 2].is_title)) and \
                doc[start - 1].is_alpha and doc[start - 1].lower_ not in EXERCISE_NOT_NAMES:
            start -= 1                  # "the Mosi II exercise": a numeral after the name
        if start == stop or (not capitals and start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title):
            continue                   # a longer name than the rule reads ("Exercise Pacific Vanguard" is a pattern)
        words = doc[start:stop] if not capitals else doc[start:end]
        owners = {id(by_token[t.i]) for t in doc[start:end] if t.i in by_token}
        if any(not by_token[t.i].rule.startswith("ner:") and not (year and len(words) > 1 and
                                                                  by_token[t.i].token_end - by_token[t.i].token_start < len(words))
               and not (named_head and by_token[t.i].type in ("Region", "Place"))      # "Arctic Challenge Exercises"
               for t in words if t.i in by_token) or \
                any(by_token[t.i].token_start < start for t in words if t.i in by_token) or \
                any(w.text.title() in states for w in words) or \
                (not capitals and any(w.text in states or
                                      (w.text.upper() == w.text and not (ROMAN.fullmatch(w.text) and w.i > start))
                    or w.lower_ in WEEKDAYS_MONTHS or
                    w.ent_type_ in ("FAC", "GPE", "LOC", "DATE", "TIME") or (w.ent_type_ == "PERSON" and not year)
                    for w in words)) or \
                words.text in states:
            continue                   # "Japan Maritime Self-Defense Force drills", "RIMPAC drills" (a pattern),
                                       # "the Donald Trump exercise", "Heathrow Airport drills", "Monday drills"
        mentions = [m for m in mentions if id(m) not in owners]
        named = doc[start:tok.i + 1] if end == tok.i else doc[start:end]   # (not "BRIGHT STAR 23 military exercise")
        if named_head and end == tok.i and tok.i + 1 < len(doc) and YEAR.fullmatch(doc[tok.i + 1].text):
            named = doc[start:tok.i + 2]       # "the Arctic Challenge Exercise 2025"
        mentions.append(_mention(doc, named, "Event", "", "pattern:exercise-name"))
    mentions = _dubbed(doc, mentions)
    mentions = _editions(doc, mentions, states)
    return _edition_numbers(doc, _exercise_names_again(doc, mentions, states))


def _edition_numbers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Balikatan 24", "Keen Sword 25": the two-digit year US forces write after an exercise's name is part of it
    (not "Balikatan 24 ships")."""
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    out = []
    for m in mentions:
        end = m.token_end
        if m.type == "Event" and end < len(doc) and end not in taken and re.fullmatch(r"\d{2}", doc[end].text) and \
                (end + 1 == len(doc) or doc[end + 1].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") or
                 doc[end + 1].lower_ in EXERCISE_HEADS) and \
                not YEAR.search(m.text) and not m.text.lower().endswith(tuple(EXERCISE_HEADS)):
            m = _mention(doc, doc[m.token_start:end + 1], "Event", m.key, m.rule + "+edition")
        out.append(m)
    return out


SUBJ_DEPS = {"nsubj", "nsubjpass"}
DUBBING = {"dubbed", "named", "titled", "called", "codenamed", "code-named", "nicknamed"}
DUBBED_KINDS = {**dict.fromkeys(EXERCISE_HEADS | {"operation", "operations", "manoeuvres", "maneuvers"}, "Event"),
                **dict.fromkeys(("agreement", "accord", "pact", "treaty", "deal", "declaration"), "Treaty"),
                **dict.fromkeys(("missile", "projectile", "rocket", "drone", "submarine", "warship", "frigate",
                                 "destroyer", "tank", "jet", "fighter", "aircraft", "vessel"), "Weapon")}
#                 ^ "The projectile, named Tayfun, was developed by Roketsan"


SERIAL_NAME_WORD = re.compile(r"[A-Z][a-z]+-(?:19|20)\d\d[A-Z]?")      # "Joint Sword-2024A", "Strait Thunder-2025A"


def _dubbed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"The exercise, dubbed Juniper Oak 2023, ...", "a drill code-named Sea Breeze": the title-case words after
    the participle are the name of the exercise (or agreement) it follows, whatever NER made of them."""
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    for tok in doc:
        if tok.lower_ not in DUBBING or tok.tag_ not in ("VBN", "VBD"):
            continue
        kind = next((t.lower_ for t in reversed(doc[max(0, tok.i - 4):tok.i])
                     if not (t.is_punct or t.lower_ in ("code", "-"))), "")   # "the exercise, dubbed", "a drill code-named"
        start = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].is_quote)     # 'Titled "Freedom Edge,"'
        quoted = start > tok.i + 1
        if tok.is_sent_start:         # 'Titled "Freedom Edge," the three-day exercise began'
            kind = next((t.lower_ for t in doc[start:min(start + 10, tok.sent.end)] if t.dep_ in SUBJ_DEPS), "")
        if kind not in DUBBED_KINDS and tok.dep_ == "acl":
            kind = tok.head.lower_        # "a joint military drill around Taiwan, dubbed Joint Sword-2024A"
        # "held two rounds of war games around the island this year, named Strait Thunder"; "held drills around the
        # island last month, code-named Strait Thunder", the name parsed as a second object of "held"
        verb = tok.head if tok.dep_ == "advcl" else tok.head.head if tok.dep_ == "amod" and \
            tok.head.dep_ == "dobj" and tok.head.i > tok.i else None
        if kind not in DUBBED_KINDS and verb is not None:
            kind = next((t.lower_ for o in verb.children if o.dep_ == "dobj"
                         for t in (o, *(p for of in o.children if of.dep_ == "prep" and of.lower_ == "of"
                                        for p in of.children)) if t.lower_ in EXERCISE_HEADS), kind)
        if kind not in DUBBED_KINDS:
            continue
        for start in _dubbed_names(doc, start, kind):
            mentions = _dubbed_name(doc, start, quoted, kind, mentions, by_token)
    return mentions


def _dubbed_names(doc: Doc, start: int, kind: str) -> list[int]:
    """Where the names after "named" start: "named Strait Thunder and Joint Sword-2024B" names two exercises."""
    starts, end = [start], start
    while kind in EXERCISE_HEADS and len(starts) < 4:
        while end < len(doc) and doc[end].is_title and not doc[end].is_punct:
            end += 1
        if end + 1 < len(doc) and doc[end].lower_ in ("and", ",") and doc[end + 1].is_title and \
                doc[end + 1].is_alpha and end > starts[-1]:
            starts.append(end := end + 1)
        else:
            break
    return starts


def _dubbed_name(doc: Doc, start: int, quoted: bool, kind: str, mentions: list[Mention],
                 by_token: dict[int, Mention]) -> list[Mention]:
    """The mention of one name written after "dubbed", "named" (the mentions it replaces dropped)."""
    end = start
    while end < len(doc) and end - start < 4 and doc[end].is_title and \
            (doc[end].is_alpha or SERIAL_NAME_WORD.fullmatch(doc[end].text)) and doc[end].lower_ not in WEEKDAYS_MONTHS:
        end += 1
    if quoted and end > start and end + 1 < len(doc) and re.fullmatch(r"\d{1,2}", doc[end].text) and \
            doc[end + 1].is_quote:
        end += 1                      # '“Medusa 9”'
    if end == start or (end < len(doc) and doc[end].lower_ not in (",", ".", "on", "in", "and", "to", "that", '"', "”",
                                                                     "which", "will", "is", "was", "begins",
                                                                     "began", "off", "near", "at", "with",
                                                                     "around", "across", "along", "over", "from",
                                                                     "for", "between", "involving", "as", "kicked")
                        and not YEAR.fullmatch(doc[end].text)):
        return mentions
    if end < len(doc) and YEAR.fullmatch(doc[end].text):
        end += 1                      # "Juniper Oak 2023"
    if any(i in by_token and (by_token[i].token_start < start or by_token[i].token_end > end or
                              not by_token[i].rule.startswith("ner:") and
                              by_token[i].token_end - by_token[i].token_start == end - start)
           for i in range(start, end)):
        return mentions               # (a lexicon name inside a longer one yields: "Prosperity Guardian")
    owners = {id(by_token[i]) for i in range(start, end) if i in by_token}
    mentions = [m for m in mentions if id(m) not in owners]
    mentions.append(_mention(doc, doc[start:end], DUBBED_KINDS[kind], "", "pattern:dubbed"))
    by_token.update({i: mentions[-1] for i in range(start, end)})
    return mentions


QUOTED_SIGNED = {"sign", "ink", "ratify", "conclude", "adopt", "endorse"}
AGREEMENT_NAME_WORDS = {"agreement", "treaty", "accord", "accords", "protocol", "declaration", "initiative", "memorandum",
                        "pact", "charter", "convention", "deal", "arrangement", "framework", "understanding", "partnership"}
NOT_AGREEMENT_WORDS = {"law", "act", "decree", "strategy", "resolution", "bill", "order", "doctrine", "compass", "plan"}
NAME_JOINERS = {"of", "on", "the", "and", "for", "from", "to", "in", "between", "-", "–", ","}


def _quoted_agreements(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'signed the “Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports”': a name in
    quotes that a state signs is an agreement's, whatever the words inside (and whatever NER made of them)."""
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in QUOTED_SIGNED:
            continue
        start = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("the", "a", "an"))
        if start >= len(doc) or doc[start].text not in QUOTES:
            continue
        end = start + 1
        while end < len(doc) and end - start <= 16 and doc[end].text not in QUOTES and \
                (doc[end].is_title or doc[end].is_upper or doc[end].like_num or doc[end].lower_ in NAME_JOINERS):
            end += 1
        words = {t.lower_ for t in doc[start + 1:end]}
        if end >= len(doc) or doc[end].text not in QUOTES or end - start < 3 or not doc[start + 1].is_title or \
                not words & AGREEMENT_NAME_WORDS or words & NOT_AGREEMENT_WORDS or \
                any(by_token[i].type in ("Treaty", "Meeting", "Event") for i in range(start + 1, end) if i in by_token):
            continue
        owners = {id(by_token[i]) for i in range(start + 1, end) if i in by_token and
                  by_token[i].token_start > start and by_token[i].token_end <= end}
        if any(i in by_token and id(by_token[i]) not in owners for i in range(start + 1, end)):
            continue
        mentions = [m for m in mentions if id(m) not in owners]
        mentions.append(_mention(doc, doc[start + 1:end], "Treaty", "", "pattern:quoted-agreement"))
        by_token.update({i: mentions[-1] for i in range(start + 1, end)})
    return mentions


NOT_EDITIONS = {"year", "review", "design", "program", "programme", "plan", "strategy", "election", "budget",
                "vision", "agenda", "act", "law", "report", "paper", "games", "olympics", "cup", "expo", "census",
                "buildup", "policy", "doctrine", "initiative", "framework", "roadmap", "decade", "index", "balance",
                "project", "army", "show", "airshow", "exhibition", "fair", "festival"}


EDITION_VERBS = {"begin", "start", "open", "kick", "launch", "commence", "conclude", "end", "wrap", "close", "get"}
TAKING_PART = {"take", "participate", "join", "host", "hold", "conduct", "stage", "lead"}   # "took part in Noble Partner
#               2024. The exercise ...": only with the exercise named again as such (not "hosted Indo Defence 2024.
#               Visitors watched a drill")
EDITION_NOT_NAMES = {"the", "this", "these", "last", "first", "next", "new", "annual", "summer", "winter", "spring",
                     "autumn", "fall"}     # (a year's words may be "Sea" or "Joint": "Sea Breeze 2021", "Joint Sea 2023")


def _editions(doc: Doc, mentions: list[Mention], states: dict[str, str]) -> list[Mention]:
    """"the Norway-led Nordic Response 2024 represents ...": in a story on an exercise, a name in title
    case with a year after it is that exercise's edition (its sentence or the next speaks of the exercise:
    "Sea Breeze 2021 began on Monday. The drills involve ...")."""
    if not any(t.lower_ in EXERCISE_HEADS for t in doc):
        return mentions
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    for tok in doc:
        after = doc[tok.sent.end].sent if tok.sent.end < len(doc) else None
        named = by_token.get(tok.i)          # (NER may have made "Southern Star 2025" an organisation)
        if not YEAR.fullmatch(tok.text) or named is not None and not (named.rule.startswith("ner:") and
                                                                       named.token_end == tok.i + 1):
            continue
        if not any(t.lower_ in EXERCISE_HEADS for t in tok.sent) and not (
                after is not None and tok.sent.root.lemma_.lower() in EDITION_VERBS and
                any(t.lower_ in EXERCISE_HEADS for t in after)) and not (
                after is not None and tok.sent.root.lemma_.lower() in TAKING_PART and
                any(t.lower_ in EXERCISE_HEADS and t.dep_ in ("nsubj", "nsubjpass") and
                    any(c.lower_ in ("the", "this") for c in t.children) for t in after)):
            continue       # "Sea Breeze 2021 began on Monday. The drills involve ...", not "Army 2030 ... The drills"
        start = tok.i
        while start > 0 and tok.i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha and \
                doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[start - 1].text not in states and \
                doc[start - 1].lower_ not in WEEKDAYS_MONTHS | EDITION_NOT_NAMES | MEETING_TAILS | NOT_EDITIONS and \
                (start - 1 not in by_token or by_token[start - 1].rule.startswith("ner:")):
            start -= 1
        if start == tok.i or (start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN") or \
                any(by_token[i].token_start < start for i in range(start, tok.i) if i in by_token) or \
                (tok.i + 1 < len(doc) and (doc[tok.i + 1].is_title or doc[tok.i + 1].pos_ in ("NOUN", "PROPN"))):
            continue                   # (not "the Japan Defense White Paper 2023 Edition", "the Vision 2030 plan")
        owners = {id(by_token[i]) for i in range(start, tok.i + 1) if i in by_token}
        mentions = [m for m in mentions if id(m) not in owners]
        mentions.append(_mention(doc, doc[start:tok.i + 1], "Event", "", "pattern:exercise-edition"))
    return mentions


def _capitals_name(doc: Doc, end: int) -> int | None:
    """Where a name of two or more words in capitals ends at `end` ("BRIGHT STAR 23", "COBRA GOLD"), or of one
    with a year that NER took for nothing else ("CARAT 2024"; not "NATO 2024"), or None."""
    start = end
    year = start > 0 and re.fullmatch(r"\d{2}|\d{4}", doc[start - 1].text) is not None
    start -= year
    words = 0
    while start > 0 and words < 3 and doc[start - 1].is_alpha and doc[start - 1].is_upper and len(doc[start - 1]) >= 3:
        start -= 1
        words += 1
    if (words < 2 and not (words == 1 and year and not doc[start].ent_type_)) or \
            (start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha):
        return None
    return start


def _exercise_names_again(doc: Doc, mentions: list[Mention], states: dict[str, str]) -> list[Mention]:
    """"at Super Garuda Shield, a multinational ... exercise" names an exercise; so does every other
    use of that name in the story ("Garuda Shield 2022", "Garuda Shield also emphasized")."""
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    names: set[tuple[str, ...]] = set()
    named_by_kind: set[tuple[str, ...]] = set()       # "exercise Talisman Sabre": an exercise, whatever NER said
    for tok in doc:                 # "X, a ... exercise": X in apposition
        head, appos = tok.head, tok
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "appos" and \
                head.head.lemma_.lower() in EDITION_NOUNS:
            head, appos = head.head.head, head.head     # "UNITAS LX, the 60th anniversary of the ... exercise"
        if appos.dep_ == "appos" and tok.lemma_.lower() in ("exercise", "drill", "wargame") and head.pos_ == "PROPN" \
                and head.i < tok.i and (head.i not in by_token or by_token[head.i].rule.startswith("ner:")):
            words = [t for t in head.subtree if t.i <= head.i and ((t.is_title and t.pos_ == "PROPN") or
                                                                    (t.is_upper and t.is_alpha and len(t) > 1))]   # "UNITAS LX"
            while words and words[0].lower_ in WEEKDAYS_MONTHS:
                words = words[1:]                # "began Thursday Joint Sword 2024A, a ... drill"
            if words and words[-1].i == head.i and {t.i for t in words} == set(range(words[0].i, head.i + 1)):
                names.add(tuple(t.text for t in words))
                if len(words) > 1 and re.fullmatch(r"[IVXLC]{1,6}", words[-1].text):
                    names.add(tuple(t.text for t in words[:-1]))    # "UNITAS" of "UNITAS LX"
        modified = tok.i > 0 and doc[tok.i - 1].lower_ in EXERCISE_KINDS     # "joint military exercise Yudh Abhyas"
        if tok.lower_ in ("exercise", "exercises", "operation") and tok.is_lower and tok.i > 0 and \
                (doc[tok.i - 1].lower_ in EXERCISE_PREPS or _named_with_year(doc, tok.i + 1) or modified):
            # ^ "during exercise Talisman Sabre", "the ground forces exercise Salaknib 2024" (not "after the
            words = []                                         # exercise Kim spoke", "the artillery exercise Kim,")
            for t in doc[tok.i + 1:tok.i + 4]:
                if not (t.is_title and t.pos_ == "PROPN" and t.is_alpha) or t.lower_ in WEEKDAYS_MONTHS or \
                        t.ent_type_ in ("DATE", "TIME") or \
                        (t.i in by_token and not by_token[t.i].rule.startswith("ner:")):
                    break
                words.append(t.text)
            after = doc[tok.i + 1 + len(words)] if tok.i + 1 + len(words) < len(doc) else None
            if words and words[0] not in states and (after is None or after.text in (".", ";") or after.pos_ == "ADP"
                                                     or YEAR.fullmatch(after.text) or
                                                     (modified and after.pos_ in ("AUX", "VERB") and
                                                      _not_a_person(doc, tok.i + 1, words, mentions))):
                names.add(tuple(words))
                named_by_kind.add(tuple(words))
    for m in mentions:
        if m.type == "Event":        # "the Cold Response exercise", "Exercise Pitch Black 2022": "Cold Response"
            words = [t.text for t in doc[m.token_start:m.token_end]
                     if ((t.is_title and t.pos_ == "PROPN") or (t.is_upper and t.is_alpha and len(t) >= 3))
                     and t.text not in ("Exercise", "Operation")]
            if len(words) >= 2:
                names.add(tuple(words))
    names |= {n[k:] for n in names for k in range(1, len(n) - 1)}       # "Garuda Shield" of "Super Garuda Shield"
    names = {n for n in names if " ".join(n) not in states}
    if not names:
        return mentions
    at: dict[str, list[int]] = defaultdict(list)          # first word -> where it stands
    for t in doc:
        at[t.text].append(t.i)
    for n in sorted(names, key=len, reverse=True):
        for i in at.get(n[0], ()):
            if tuple(t.text for t in doc[i:i + len(n)]) != n:
                continue
            start, end = i, i + len(n)
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and i - start < 2 and \
                    not doc[start - 1].is_sent_start and doc[start - 1].text not in states and \
                    doc[start - 1].lower_ not in WEEKDAYS_MONTHS:
                start -= 1               # "Super Garuda Shield" (not "began Thursday Joint Sword")
            if end < len(doc) and (YEAR.fullmatch(doc[end].text) or
                                   (n[-1].isupper() and re.fullmatch(r"\d{2}", doc[end].text))):
                end += 1                 # "Garuda Shield 2022", "BRIGHT STAR 23" (and _edition_numbers: "Balikatan 24")
            inside = {id(by_token[j]) for j in range(start, end) if j in by_token}
            people = ("Minister",) if n in named_by_kind else ("Person", "Minister")
            if any(by_token[j].type in ("Event", *people) for j in range(start, end) if j in by_token) or \
                    any(not by_token[j].rule.startswith("ner:") for j in range(start, end) if j in by_token) or \
                    any(by_token[j].token_start < start or by_token[j].token_end > end
                        for j in range(start, end) if j in by_token):
                continue
            mentions = [m for m in mentions if id(m) not in inside]
            m = _mention(doc, doc[start:end], "Event", "", "pattern:exercise-name")
            mentions.append(m)
            for j in range(start, end):
                by_token[j] = m
    return mentions


def _not_a_person(doc: Doc, i: int, words: list[str], mentions: list[Mention]) -> bool:
    """Whether the words at i, which NER may call a person, are no one the story titles or names alone
    ("exercise Yudh Abhyas is underway", not "the joint artillery exercise Kim said")."""
    span = doc[i:i + len(words)]
    if any(t.ent_type_ in ("GPE", "NORP") for t in span):
        return False
    states_before = any(t.ent_type_ in ("GPE", "NORP") or t.text in ("-", "–") for t in doc[max(0, i - 6):i - 1])
    if any(t.ent_type_ == "PERSON" for t in span) and (len(words) < 2 or not states_before):
        return False                  # a name NER calls a person only after "India-US joint military exercise"
    return not any(m.type in ("Person", "Minister") and (m.title or m.text != span.text) and
                   set(m.text.split()) & set(words) for m in mentions)


def _named_with_year(doc: Doc, i: int) -> bool:
    """Whether one to three title-case proper nouns and a year start at token i ("Salaknib 2024")."""
    n = 0
    while i + n < len(doc) and n < 3 and doc[i + n].is_title and doc[i + n].pos_ == "PROPN" and doc[i + n].is_alpha:
        n += 1
    return 0 < n and i + n < len(doc) and bool(YEAR.fullmatch(doc[i + n].text))


def _loose_chief(title: Span) -> bool:
    """"chief" alone is a post only after the force or body it heads ("Pakistan Army chief General
    X") or before one ("X, chief of the Chilean Navy"), not "Fire chief John Smith" or "the company's chief
    Elon Musk"."""
    if title.text.lower() != "chief" or _of_a_body(title):
        return False
    if title.start == 0:
        return True
    return title.doc[title.start - 1].ent_type_ not in ("KG_MilitaryUnit", "KG_Organization", "ORG")


def _loose_head(title: Span) -> bool:
    """"head" alone is a post only of a body named after it ("X, head of the Defence Procurement Agency"),
    not "head of a family of five" nor "Hamas political bureau head Ismail Haniyeh" (a longer title)."""
    return title.text.lower() == "head" and not _of_a_body(title)


def _of_a_body(title: Span) -> bool:
    """Whether a title is "of" a body or a state: "of the Chilean Navy", "of the Tripoli-based government"."""
    doc = title.doc
    j = title.end + 1 + (title.end + 1 < len(doc) and doc[title.end + 1].lower_ == "the")
    return title.end < len(doc) and doc[title.end].lower_ == "of" and j < len(doc) and \
        (doc[j].ent_type_ in ("ORG", "KG_Organization", "KG_MilitaryUnit", "GPE", "KG_Country", "KG_Capital",
                              "KG_Demonym", "NORP") or any(t.lower_ in BODY_NOUNS for t in doc[j:j + 4]))


BODY_NOUNS = {"government", "ministry", "agency", "council", "committee", "administration", "company", "corporation",
              "delegation", "commission", "authority", "office", "department", "navy", "army", "command", "forces",
              "service", "services", "embassy", "mission", "intelligence", "staff", "guard", "police"}


def _given_name_titles(doc: Doc, ents: list[Span], lex: Lexicon) -> list[Span]:
    """"Foreign Minister Amir Khan Muttaqi": a title word that is also a given name, right after another
    title and before a name, is the name's first word."""
    by_start = {e.start: e for e in ents}
    by_end = {e.end: e for e in ents}
    out: list[Span] = []
    for e in ents:
        name = by_start.get(e.end)
        before = by_end.get(e.start)
        if e.label_ == "KG_Title" and len(e) == 1 and e.text in lex.title_given_names and name is not None and \
                name.label_ == "PERSON" and before is not None and before.label_ == "KG_Title":
            out.append(Span(doc, e.start, name.end, label="PERSON"))
            continue
        if out and out[-1].label_ == "PERSON" and out[-1].end == e.end and out[-1].start < e.start:
            continue                    # the name, now begun one word earlier
        out.append(e)
    return out


def _posted_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    """"ambassador to the Philippines", "envoy to Japan": the country a diplomat is posted to is part
    of the title, not the country the diplomat represents."""
    by_start = {e.start: e for e in ents}
    out: list[Span] = []
    skip: set[int] = set()
    for e in ents:
        if e.start in skip:
            continue
        if e.label_ == "KG_Title" and e[-1].lower_ in ("ambassador", "envoy", "representative") and \
                e.end < len(doc) and doc[e.end].lower_ == "to":
            j = e.end + 1 + (e.end + 1 < len(doc) and doc[e.end + 1].lower_ == "the")
            country = by_start.get(j)
            if country is not None and country.label_ in ("KG_Country", "KG_Organization"):
                out.append(Span(doc, e.start, country.end, label="KG_Title"))
                skip.add(country.start)
                continue
        out.append(e)
    return out


def _service_titles(ents: list[Span], lex: Lexicon) -> list[Span]:
    """"British Armed Forces Minister Luke Pollard", "France's armed forces minister": a state's service the ruler
    read into the start of a title ("Armed Forces Minister") is the title, after the state it is of."""
    titles = {t.lower() for t in lex.ministerial_titles}      # (not "Pakistan Army chief": the army's chief)
    states = lex.country_by_surface()
    out: list[Span] = []
    skip = None
    for e, after in zip(ents, [*ents[1:], None]):
        if e is skip:
            continue
        out.append(e)
        if e.label_ != "KG_MilitaryUnit" or after is None or after.label_ != "KG_Title" or after.start != e.end:
            continue
        for k in (2, 1):
            head = e[:-k] if len(e) > k else None
            state = head[:-1] if head is not None and len(head) > 1 and head[-1].text in ("'s", "’s") else head
            if state is None or state.text not in states or f"{e[-k:].text} {after.text}".lower() not in titles:
                continue
            out[-1] = _state_span(e.doc, state.start, state.end, "KG_Demonym" if state is head else "KG_Country",
                                  states[state.text])
            out.append(Span(e.doc, e.end - k, after.end, label="KG_Title"))
            skip = after
            break
    return out


ELECT_SUFFIXES = {"elect", "designate"}


def _elect_titles(ents: list[Span]) -> list[Span]:
    """"President-elect Donald Trump", "Defence Minister-designate X": the title runs on to its "-elect"."""
    out: list[Span] = []
    for e in ents:
        doc = e.doc
        if e.label_ == "KG_Title" and e.end + 1 < len(doc) and doc[e.end].text == "-" and \
                doc[e.end + 1].lower_ in ELECT_SUFFIXES:
            e = Span(doc, e.start, e.end + 2, label="KG_Title")
        out.append(e)
    return out


def _modifier_titles(ents: list[Span], lex: Lexicon) -> list[Span]:
    """"Kenya Cabinet Secretary for Defence": a one-word name NER found ("Cabinet") that is a title's
    modifier, right before the title, is the title's first word, not an organisation."""
    out: list[Span] = []
    for e in ents:
        if e.label_ == "KG_Title" and out and out[-1].end == e.start and len(out[-1]) == 1 and \
                out[-1].label_ in ("ORG", "NORP", "PERSON") and out[-1][0].lower_ in lex.title_modifiers and \
                e[0].lower_ in _title_words():
            out[-1] = Span(e.doc, out[-1].start, e.end, label="KG_Title")
            continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words that end a run of name words: class heads, title words, "Times"-like name tails."""
    rules = type_rules()
    return rules.heads_all | rules.not_surnames | _title_words() | FUNCTION_WORDS


def _name_word(tok: Token, ent_types: tuple[str, ...]) -> bool:
    """A capitalised proper noun that can be part of a person's name, tagged only as ``ent_types``."""
    return (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" or GIVEN_NAME.fullmatch(tok.text)) and \
        tok.ent_type_ in ent_types and \
        tok.lower_ not in _not_name_words()


def _counterpart_names(doc: Doc) -> list[Span]:
    """Names NER missed right after "his counterpart" ("met his Ukrainian counterpart Rustem Umerov in
    Berlin"): up to three capitalised proper nouns that no entity claims."""
    found = []
    for tok in doc:
        if tok.lower_ in ("counterpart", "counterparts") and \
                any(c.lower_ in ("his", "her", "their") for c in tok.children):
            start = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
            end = start
            while end < len(doc) and end - start < 3 and _name_word(doc[end], ("",)):
                end += 1
            if end > start and not (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
                found.append(Span(doc, start, end, label="PERSON"))
    return found


def _family_first_names(doc: Doc, lex: Lexicon) -> list[Span]:
    """Names NER missed that start with a family name written first ("Xi Jinping", "Wang Yi"):
    the family name and one or two capitalised words after it that no entity claims."""
    found = []
    i = 0
    while i < len(doc) - 1:
        tok = doc[i]
        if tok.text in lex.family_name_first and tok.ent_type_ == "" and tok.pos_ == "PROPN":
            end = i + 1
            while end < len(doc) and end - i < 3 and _name_word(doc[end], ("",)):
                end += 1
            if end > i + 1:
                found.append(Span(doc, i, end, label="PERSON"))
                i = end
                continue
        i += 1
    return found


def _place_as_given_name(ent: Span) -> Span:
    """A one-word country or capital followed by a capitalised word no other rule claims is a
    person's given name: "Santiago Cafiero", "Israel Katz", "Victoria Nuland" (not "in Santiago",
    "the Japan Times")."""
    if ent.label_ not in ("KG_Capital", "KG_Country") or len(ent) != 1:
        return ent
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVE_PREPS | {"the", "a", "an"} | set(DETERMINERS):
        return ent
    if ent.start > 1 and doc[ent.start - 1].lower_ in ("and", ",") and doc[ent.start - 2].ent_type_ == "KG_Country" \
            and ent.end < len(doc) and doc[ent.end].ent_type_ == "PERSON":
        return ent                      # "The Defense Ministers of Belarus and Russia Viktor Khrenin and ...": a state
    end = ent.end
    while end < ent.sent.end and end - ent.end < 3 and _name_word(doc[end], ("", "PERSON", "GPE", "ORG", "NORP")):
        end += 1
    if end < len(doc) and doc[end].lower_ in _title_words() and doc[end - 1].lower_ in load_lexicon().title_modifiers:
        return ent                      # "Kenya Cabinet Secretary for Defence": a title, not "Kenya Cabinet"
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label="PERSON")


def _attach_title(doc: Doc, ent: Span, m: Mention, titles: dict[int, Span], ents_by_end: dict[int, Span],
                  ents_by_start: dict[int, Span], lex: Lexicon) -> None:
    start = ent.start                      # "Foreign Secretary Mr Cleverly", "Minister for Defence, the Hon Marles"
    while start > 0 and (_honorific(doc[start - 1]) or
                         (doc[start - 1].lower_ in ("the", ",") and start < ent.start) or
                         (doc[start - 1].text == "." and start > 1 and doc[start - 2].lower_ in HONORIFICS)):
        start -= 1                         # ("Smt. Nirmala Sitharaman": the tokenizer splits off the full stop)
    chain = _titles_before(doc, start, titles) or _titles_before(doc, ent.start, titles)
    of_states = _states_before(doc, ent.start, ents_by_end)    # "Foreign Minister of Russia Sergei Lavrov"
    if not chain and of_states and of_states[0].start > 1 and doc[of_states[0].start - 1].lower_ == "of":
        chain = _titles_before(doc, of_states[0].start - 1, titles)
        if chain and len(of_states) == 1:
            m.affiliation, m.affiliation_side = _affiliation_key(of_states[0], lex), "left"   # for this name only
        #   ("the Defense Ministers of Belarus and Russia Viktor Khrenin and Serhiy Shoigu": _plural_titles)
    if chain:
        m.title_token_start = chain[0].start
        posts = [t for t in chain if not _is_rank(t.text)]
        groups: list[list[Span]] = [[]]
        for t in posts:                     # titles joined by "and" are separate posts
            if groups[-1] and doc[groups[-1][-1].end].lower_ == "and":
                groups.append([])
            groups[-1].append(t)
        names = [" ".join(t.text for t in g) for g in groups if g]
        m.title = names[-1] if names else chain[-1].text
        m.other_titles = [_clean_title(n, lex) for n in names[:-1]]
        first = chain[0].start
        if first > 0 and doc[first - 1].lower_ in ("acting", "former", "interim", "outgoing"):
            first -= 1
        elif first > 0 and doc[first - 1].lower_ in ELECTED:
            first -= 1                      # "Niger's democratically elected President Mohamed Bazoum"
            if first > 0 and doc[first - 1].lower_.endswith("ly"):
                first -= 1
        aff = _affiliation_left(doc, first, ents_by_end)
        former = _former_before(doc, chain[0].start) or (aff is not None and aff.end <= chain[0].start and
                                                         _former_before(doc, aff.start))
        if aff is not None and aff.label_ in ("KG_Capital", "GPE") and aff.start > 1 and \
                doc[aff.start - 1].lower_ in ("embassy", "consulate"):
            aff = _affiliation_left(doc, aff.start - 1, ents_by_end)   # "U.S. Embassy Cairo Chargé d’Affaires X": the
            #                                                              embassy's state, not its host's
        if aff is not None and (aff.label_ in ("ORG", "KG_Organization", "KG_MilitaryUnit") or _site(aff, lex)):
            m.organization = strip_the(aff.text)
            if m.title and not lex.is_ministerial(m.title) and not _is_rank(m.title):
                m.title = f"{strip_the(aff.text)} {m.title}"          # "Baykar CEO", not "Australian Army Brig."
            aff = _affiliation_left(doc, aff.start, ents_by_end) or \
                (aff.start > 1 and doc[aff.start - 1].is_title and _affiliation_left(doc, aff.start - 1, ents_by_end)) \
                or _lexicon_country(aff, lex)          # "Iranian Supreme National Security Council secretary"
        if aff is not None:
            m.affiliation = _affiliation_key(aff, lex) if not isinstance(aff, str) else aff
            m.affiliation_side = "left"
        m.title = _clean_title(m.title, lex)
        if former:                            # "Former Japanese Defence Minister X", "ex-President X", "Former NATO
            m.title = f"former {m.title}"     # Secretary-General X": posts once held (as "X, the former defence
            m.other_titles = [f"former {t}" for t in m.other_titles]     # minister" keeps it)
        if lex.is_ministerial(m.title or "") or any(lex.is_ministerial(t) for t in m.other_titles):
            m.type = "Minister"
    if not chain and ent.start > 1 and doc[ent.start - 1].text in ("'s", "’s") and m.affiliation is None:
        aff = ents_by_end.get(ent.start - 1)          # "Russia's Vladimir Putin", "China's Xi Jinping"
        if aff is not None and aff.label_ in ("KG_Country", "KG_Capital"):
            m.affiliation = _affiliation_key(aff, lex)
            m.affiliation_side = "left"
    aff_right = _affiliation_right(doc, ent.end, ents_by_start)
    if aff_right is not None and m.affiliation is None:
        m.affiliation = _affiliation_key(aff_right, lex)
        m.affiliation_side = "right"


def _states_before(doc: Doc, end: int, ents_by_end: dict[int, Span]) -> list[Span]:
    """The states listed right before a token: "Belarus and Russia [Viktor Khrenin]"."""
    states: list[Span] = []
    state = ents_by_end.get(end)
    while state is not None and state.label_ in ("KG_Country", "KG_Capital"):
        states.insert(0, state)
        k = state.start
        while k > 0 and doc[k - 1].lower_ in ("and", ","):
            k -= 1
        state = ents_by_end.get(k) if k < state.start else None
    return states


def _is_rank(text: str) -> bool:
    t = text.lower().rstrip(".")
    return t in {"brig. gen", "gen", "lt. gen", "maj. gen", "adm", "vice adm", "rear adm", "col", "lt", "capt",
                 "sgt", "brig", "lieutenant", "general", "admiral", "colonel", "major", "captain", "commodore",
                 "rear admiral", "vice admiral", "lieutenant general", "major general", "brigadier general",
                 "lt. col", "cmdr", "commander", "dr", "professor", "prof", "maj", "sgt. maj", "command sgt. maj",
                 "staff sgt", "master sgt", "cpl", "pvt", "spc", "lt. cmdr", "vice admiral", "vice-admiral",
                 "rear-admiral", "air commodore", "air marshal", "air vice marshal", "air chief marshal",
                 "field marshal", "marshal", "brigadier", "wing commander", "squadron leader", "group captain",
                 "lt. gen", "senior colonel", "first lieutenant", "1st lt", "second lieutenant", "2nd lt", "sergeant",
                 "sergeant major", "corporal", "private", "ensign", "petty officer", "chief petty officer"}


STYLES = {"prince", "princess", "sheikh", "shaikh", "lord", "lady", "sir", "dame", "dr", "dr.", "datuk", "dato",
          "dato'", "tun", "hon", "hon.", "honourable", "honorable"}


ELECTED = {"elected", "appointed", "re-elected", "reelected"}
ELECTION_WORDS = ELECTED | {"newly", "democratically", "popularly"}


FORMER_WORDS = {"former", "ex", "erstwhile", "onetime"}    # (not "then": the post held at the time told of)


def _former_before(doc: Doc, start: int) -> bool:
    """"former" or "ex-" just before this token."""
    i = start - 1 - (start > 1 and doc[start - 1].text == "-")
    return i >= 0 and doc[i].lower_ in FORMER_WORDS


def _clean_title(title: str, lex: Lexicon) -> str:
    words = title.split()
    while len(words) > 1 and words[0].lower() in ELECTION_WORDS:
        words.pop(0)                      # "Niger's democratically elected President, X": the post is "President"
    while len(words) > 1 and words[-1].lower() in STYLES and words[-2].lower() != "crown":
        words.pop()                       # "Foreign Minister Prince Faisal": a style of address, not the post
    fixed = [lex.misspellings.get(w, lex.misspellings.get(w.capitalize(), w)) if w.lower() in
             {k.lower() for k in lex.misspellings} else w for w in words]
    single = lex.title_plurals.get(fixed[-1]) or lex.title_plurals.get(fixed[-1].capitalize()) if fixed else None
    if single:                            # "Foreign Ministers", "foreign ministers" (of a list): each one's post
        fixed[-1] = single if fixed[-1][:1].isupper() else single.lower()
    return " ".join(fixed)


def _attach_appositive_titles(doc: Doc, mentions: list[Mention], titles: dict[int, Span], lex: Lexicon) -> None:
    """"Wang Wenbin, China's foreign ministry spokesperson" and the reverse order."""
    by_token: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.token_start, m.token_end):
            by_token[i] = m
    for title in titles.values():
        head = title.root
        person: Mention | None = None
        body = by_token.get(head.head.i)
        unit = body if head.dep_ == "compound" and head.i == title.end - 1 and body is not None and \
            body.type in ("Organization", "MilitaryUnit") and body.token_start == title.end and \
            (head.head.dep_ == "appos" or head.head.dep_ == "conj" and doc[title.start - 1].text == ",") \
            else None                             # "Adm. X, commander U.S. Southern Command": no "of"
        if unit is not None and getattr(by_token.get(head.head.head.i), "type", "") in ("Person", "Minister"):
            person = by_token[head.head.head.i]
        elif head.dep_ == "appos" and head.head.i in by_token:
            person = by_token[head.head.i]
            comma = head.left_edge.i - 1          # "attended by President X and Lee Yong-chul, head of DAPA":
            nearest = by_token.get(comma - 1) if comma > 0 and doc[comma].text == "," else None
            if nearest is not None and nearest is not person and nearest.type in ("Person", "Minister") and \
                    doc[comma - 1].dep_ == "conj" and doc[comma - 1].head.i in range(person.token_start, person.token_end):
                person = nearest                  # the title is the nearest name's, not the first conjunct's
        else:
            for child in head.children:
                if child.dep_ == "appos" and child.i in by_token:
                    person = by_token[child.i]
            listed = [by_token[t.i] for t in head.subtree if t.dep_ == "appos" and t.i >= title.end and
                      t.i in by_token and by_token[t.i].type in ("Person", "Minister")]
            if person is not None and listed and listed[0].token_start < person.token_start:
                person = listed[0]         # the first listed: "The Ministers of Defence of the three nations
                #                            Nikos Panagiotopoulos (Greece), Mohamed Ahmed Zaki (Egypt) and ..."
            first = _name_right_after(doc, title, head, by_token) or \
                (_first_listed(doc, title, by_token, lex) if not listed else None)
            if first is not None:          # "the Minister for Foreign Affairs of Australia, Ms. Julie Bishop and
                person = first             # Minister ..., Mr. X": Bishop's, however the parser joined the names
        if person is not None and person.type in ("City", "Organization", "Place", "Region") and \
                person.rule.startswith("ner:") and person.key == "" and \
                (head.dep_ == "appos" or any(c.dep_ == "poss" for c in head.children)) and \
                all(t.is_title and t.is_alpha for t in doc[person.token_start:person.token_end]):
            #      ^ "its president, Joko Widodo" (NER said ORG) too
            start = person.token_start     # "Sameh Shoukry, Egypt's foreign minister": NER said GPE
            while start > 0 and person.token_start - start < 2 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and (start - 1) not in by_token and not doc[start - 1].is_stop and \
                    doc[start - 1].lower_ not in _title_words():
                start -= 1                 # ... and left out the given name
            span = doc[start:person.token_end]
            person.start, person.text, person.token_start = span.start_char, span.text, start
            person.type, person.key, person.rule = "Person", "", person.rule + "+appositive-title"
            for i in range(start, person.token_end):
                by_token[i] = person
        if person is None or person.type not in ("Person", "Minister"):
            continue
        if any(m is not person and m.title_token_start is not None and title.start <= m.title_token_start < title.end
               for m in mentions):
            continue                       # the next name's own title: "Ministers A and B, Chinese Ambassador
            #                                to Pakistan C and other officials" (not B's)
        if person.title and not _is_rank(person.title):
            continue
        if person.title:                   # "Lt. Gen. James Bierman, commander of ...": rank and post
            person.other_titles = [*person.other_titles, person.title]
        words = [t for t in head.subtree if t.i < title.end and t.i not in range(person.token_start, person.token_end)]
        owner = {x.i for t in words if t.dep_ == "poss" for x in t.subtree}     # "the U.S. Army's chief of staff"
        phrase = [t for t in words if t.dep_ not in ("det", "poss", "case", "punct", "cc", "advmod") and not
                  (t.i in by_token and by_token[t.i].type == "Country") and t.i not in owner]
        #                                                                     (not "also general secretary")
        person.title = _clean_title(" ".join(t.text for t in phrase if t.i < title.end) or title.text, lex)
        person.title_token_start = min((t.i for t in phrase), default=title.start)
        others = {t.i for c in head.subtree if c.dep_ in ("appos", "conj") and c.i in by_token and
                  by_token[c.i] is not person and by_token[c.i].type in ("Person", "Minister")
                  for t in c.subtree}                                   # (not the other names' states)
        root = doc[person.token_start:person.token_end].root
        own = {x.i for x in root.subtree} - {x.i for c in root.children if c.dep_ in ("conj", "appos") for x in c.subtree}
        before = person.token_start >= title.end       # "Ghana's Chief of Defence Staff, General X, and Chile's
        for t in head.subtree:                         # Defence Minister, Y": the words before X and X's own ("A
            if t.i in by_token and by_token[t.i] is not person and t.i not in others and \
                    (not before or t.i < person.token_start or t.i in own):              # of Turkey") are its title
                other = by_token[t.i]
                if other.type == "Country" and not person.affiliation:
                    person.affiliation = other.key
                    person.affiliation_side = "appos"
                elif other.type in ("Organization", "MilitaryUnit") and not person.organization:
                    person.organization = other.text
        if unit is not None and not person.organization:
            person.organization = unit.text
        served = _body_after_title(doc, title, by_token)
        if served is not None and not person.organization:
            person.organization = served.text
        if lex.is_ministerial(person.title):
            person.type = "Minister"


def _name_right_after(doc: Doc, title: Span, head: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The person named right after a title and its "of <state>", past a comma and an honorific, when the
    parser made that name a conjunct or an apposition of the title, or hung it elsewhere but not as a subject
    ("welcomed by the Prime Minister of Papua New Guinea, James Marape who ...", "in the presence of the
    Secretary-General of the United Nations, António Guterres"; not "After meeting the Prime Minister of India,
    Biden flew")."""
    after = [c for c in head.children if c.dep_ in ("appos", "conj")]
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == title.end), None)
    if of is not None and of.right_edge.i + 2 < len(doc) and doc[of.right_edge.i + 1].text == ",":
        named = doc[of.right_edge.i + 2]
        while named.lower_.rstrip(".") in HONORIFICS and named.i + 1 < len(doc):
            named = doc[named.i + 1]
        m = by_token.get(named.i)
        if m is not None and m.token_start == named.i and \
                doc[m.token_start:m.token_end].root.dep_ not in ("nsubj", "nsubjpass", "csubj") and \
                all(t.i in by_token or t.lower_ in ("the", "of") or t.is_punct
                    for t in doc[of.i + 1:of.right_edge.i + 1]):
            after.append(doc[m.token_start])
    body = _body_after_title(doc, title, by_token)
    if body is not None:                 # "spokeswoman for the Ministry of Foreign Affairs Pham Thu Hang"
        return by_token[body.token_end]
    for child in after:
        m = by_token.get(child.i)
        if m is None or m.type not in ("Person", "Minister"):
            continue
        ranked = m.title and _is_rank(m.title) and m.title_token_start is not None and \
            m.title_token_start > title.end and not (title.start > 0 and doc[title.start - 1].text == ",")
        #   (not a list's "Maria Lopez, Chief of Defence Staff, General X": Lopez's title)
        between = doc[title.end:m.title_token_start if ranked else m.token_start]    # (past the name's own rank:
        if any(t.text == "," for t in between) and all(              # "Ghana's Chief of Defence Staff, Vice Admiral X")
                t.text in (",", ".") or t.lower_ in ("of", "the") or t.lower_.rstrip(".") in HONORIFICS or
                getattr(by_token.get(t.i), "type", "") in ("Country", "Organization", "MilitaryUnit") for t in between):
            return m
    return None


def _body_after_title(doc: Doc, title: Span, by_token: dict[int, Mention]) -> Mention | None:
    """The body a title says it serves when a name follows it with no comma: "spokeswoman for the Ministry of
    Foreign Affairs Pham Thu Hang" (the parser hangs the name on "for")."""
    j = title.end
    if j + 2 >= len(doc) or doc[j].lower_ not in ("for", "of"):
        return None
    j += 1 + (doc[j + 1].lower_ == "the")
    body = by_token.get(j)
    person = by_token.get(body.token_end) if body is not None and body.token_start == j else None
    if body is None or body.type != "Organization" or person is None or person.type not in ("Person", "Minister") or \
            person.token_start != body.token_end:
        return None
    return body


LIST_OPENERS = (",", "–", "—", ":")


def _after_plural_title(doc: Doc, title: Span, lex: Lexicon) -> int | None:
    """Where the list after a plural title starts: "the foreign ministers of the three countries – ..."."""
    head = title.root
    if title.end != head.i + 1 or not (lex.title_plurals.get(head.text) or lex.title_plurals.get(head.text.capitalize())):
        return None
    end = max((c.right_edge.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), default=head.i) + 1
    return end + 1 if end + 1 < len(doc) and doc[end].text in LIST_OPENERS else None


def _first_listed(doc: Doc, title: Span, by_token: dict[int, Mention], lex: Lexicon) -> Mention | None:
    """The first name listed after a plural title, however the parser attached it ("signed by the foreign
    ministers of the two countries, Richard Lowe of Chile, ...", where it hung the name on "memorandum")."""
    start = _after_plural_title(doc, title, lex)
    m = by_token.get(start) if start is not None else None
    if m is None or m.token_start != start or m.type not in ("Person", "Minister"):
        return None
    return m if _list_goes_on(doc, m.token_end, by_token) else None


def _list_goes_on(doc: Doc, end: int, by_token: dict[int, Mention]) -> bool:
    """Whether another name follows a name ("Richard Lowe of Chile, Sergei Ivanov of Peru"): a list, not
    the subject of a sentence that opened with a plural title ("After meeting the foreign ministers of the
    Gulf states, Richard Lowe flew to Cairo", "The ambassadors of the two countries, Richard Lowe said")."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and getattr(by_token.get(end + 1), "type", "") == "Country":
        end = by_token[end + 1].token_end
    while end < len(doc) and doc[end].text in (",", "and"):
        end += 1
    return getattr(by_token.get(end), "type", "") in ("Person", "Minister")


def _names_listed_after_plural_titles(doc: Doc, mentions: list[Mention], titles: dict[int, Span],
                                      lex: Lexicon) -> list[Mention]:
    """"the foreign ministers of the three countries – Mevlut Cavusoglu of Turkey, Pekka Haavisto of Finland":
    capitalised words NER left out, listed after a plural title and followed by "of <state>", are a name."""
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    states = {m.token_start for m in mentions if m.type == "Country"}
    out = list(mentions)
    for title in titles.values():
        start = _after_plural_title(doc, title, lex)
        if start is None or start in by_token:
            continue
        j = start
        while j < len(doc) and j - start < 3 and doc[j].is_title and doc[j].is_alpha and doc[j].pos_ == "PROPN" and \
                j not in by_token and doc[j].lower_ not in FUNCTION_WORDS | _title_words():
            j += 1
        if j - start >= 2 and j + 1 < len(doc) and doc[j].lower_ == "of" and j + 1 in states and \
                not any(t.lower_ in type_rules().heads_all for t in doc[start:j]) and _list_goes_on(doc, j, by_token):
            out.append(_mention(doc, doc[start:j], "Person", "", "listed-name"))   # (not "Central Bank of Nigeria")
    return sorted(out, key=lambda m: m.token_start)


CITY_NAME_TAILS = {"harbour", "harbor", "port", "bridge", "airport", "bay", "city", "province", "region", "governor",
                   "mayor", "council", "university", "station", "base", "district", "county", "state"}


def _names_after_titles(doc: Doc, mentions: list[Mention], titles: dict[int, Span], ents_by_end: dict[int, Span],
                        ents_by_start: dict[int, Span], lex: Lexicon) -> list[Mention]:
    """"Defence Minister Ng Eng Hen": capitalised words right after a title are a person's name,
    whether NER missed them or called them an organisation or a place."""
    by_start = {m.token_start: m for m in mentions}
    out = list(mentions)
    for end, title in titles.items():
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].is_title and \
                (end + 1 in by_start or end + 1 not in ents_by_start) and \
                any(doc[k].text == "," for k in range(end + 2, min(end + 6, len(doc)))):
            end += 1                      # "Kenya's Defence Minister, Aden Duale, signed": the name in commas
        m = by_start.get(end)
        if m is not None and m.type in ("City", "Place", "Region") and m.rule.startswith("ruler:") and \
                m.token_end < len(doc) and doc[m.token_end].is_title and doc[m.token_end].pos_ == "PROPN" and \
                m.token_end not in ents_by_start and not doc[m.token_end].ent_type_ and \
                doc[m.token_end].lower_ not in _title_words() | CITY_NAME_TAILS:  # "Aden Duale": a first name that is
            #                                              also a city's (not "Aden Governor", "Sydney Harbour")
            out = [o for o in out if o is not m]
            span = Span(doc, m.token_start, m.token_end + 1, label="PERSON")
            person = _mention(doc, span, "Person", "", "title-name")
            _attach_title(doc, span, person, titles, ents_by_end, ents_by_start, lex)
            out.append(person)
            continue
        if m is not None:
            if m.type in ("Organization", "City", "Region", "Place") and m.rule.startswith("ner:"):
                m.type, m.key, m.rule = "Person", "", m.rule + "+after-title"
                span = doc[m.token_start:m.token_end]
                _attach_title(doc, span, m, titles, ents_by_end, ents_by_start, lex)
            continue
        if end + 1 < len(doc) and doc[end].lower_ == "of" and end + 1 in ents_by_start and \
                ents_by_start[end + 1].label_ in ("KG_Country", "GPE") and ents_by_start[end + 1].end not in by_start:
            end = ents_by_start[end + 1].end      # "Defence Minister of Papua New Guinea Win Bakri Daki"
            if end < len(doc) and doc[end].text in (",", "’s", "'s"):
                continue
        while end < len(doc) and doc[end].lower_ in HONORIFICS:
            end += 1                      # "US Secretary of Defence Mr Lloyd Austin": the name after "Mr"
            if end < len(doc) and doc[end].text == "." and not doc[end - 1].text.endswith("."):
                end += 1                  # "Smt. Nirmala Sitharaman", split by the tokenizer
        if end in ents_by_start:
            continue
        j = end
        while j < len(doc) and j - end - sum(t.text == "-" for t in doc[end:j]) < 4 and (
                j > end and inner_hyphen(doc[j]) and j + 1 < len(doc) and doc[j + 1].is_title or   # "Kassym-Jomart"
                doc[j].is_alpha and (doc[j].is_title or j > end and ROMAN.fullmatch(doc[j].text)) and
                (doc[j].ent_type_ == "" or (j > end and doc[j - 1].lower_ in STYLES and doc[j].ent_type_ in
                                            ("NORP", "GPE", "ORG") and doc[j].text not in lex.country_by_surface()))
                and not doc[j].is_sent_start and doc[j].lower_ not in ("and", "of", "the")):
            j += 1                        # ^ "Emir Sheikh Tamim", though the tagger took "Tamim" for a people
        if end < j < len(doc) and j - end <= 2 and j in ents_by_start and not doc[j].is_sent_start and \
                (ents_by_start[j].label_ == "PERSON" or _surname_taken_for_a_place(ents_by_start[j], lex)):
            rest = ents_by_start[j]       # "President of Turkey Recep Tayyip Erdogan", NER's person "Tayyip Erdogan";
            #                               "Minister of Foreign Affairs Ms Yoko Kamikawa", NER's organisation "Kamikawa"
            out = [o for o in out if o.token_start != j]
            j = rest.end
        one = j - end == 1 and doc[end].pos_ == "PROPN" and doc[end].lower_ not in WEEKDAYS_MONTHS and \
            lex.is_ministerial(title.text) and not lex.lookup(doc[end].text) and \
            doc[end].text not in lex.country_by_surface()             # "PM Modi met FM Wang Yi"
        if (j - end >= 2 or one) and not any(t.dep_ == "prep" and t.pos_ == "ADP" and
                                             not (t.i == end and t.is_title and not _headline(doc[end:j]))
                                             for t in doc[end:j]):
            #                                 ^ "Vietnamese President To Lam": a name's first word, in a sentence
            span = Span(doc, end, j, label="PERSON")    # (not a headline's "Quad Foreign Ministers Meet In New Delhi")
            m = _mention(doc, span, "Person", "", "title-name")
            _attach_title(doc, span, m, titles, ents_by_end, ents_by_start, lex)
            out.append(m)
    return out


def _surname_taken_for_a_place(ent: Span, lex: Lexicon) -> bool:
    """One capitalised word NER calls an organisation or place that no lexicon knows: after a title
    and a given name, the surname."""
    return len(ent) == 1 and ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC") and ent[0].pos_ == "PROPN" and \
        ent[0].is_title and not lex.lookup(ent.text) and ent.text not in lex.country_by_surface()


LISTING_VERBS = {"include", "be", "comprise"}


def _listed_titles(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    """"Federal Ministers include Asad Umar, Shah Mahmood Qureshi and Fawad Chaudhry": a plural title whose
    holders a sentence lists gives each of them the post (when the list names only people)."""
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    for tok in doc:
        single = lex.title_plurals.get(tok.text) or lex.title_plurals.get(tok.text.capitalize())
        if single is None or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in LISTING_VERBS:
            continue
        listed = [t for o in tok.head.children if o.dep_ in ("dobj", "attr") for t in (o, *o.conjuncts)]
        named = [by_token[t.i] for t in listed if t.i in by_token]
        people = [p for p in named if p.type in ("Person", "Minister")]
        if not people or len(people) < len(named):
            continue                      # (not "Guests included Umar and Pakistan")
        words = [c.text for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.i not in by_token]
        title = _clean_title(" ".join([*words, single if tok.text[:1].isupper() else single.lower()]), lex)
        for p in dict.fromkeys(people):
            if not p.title:
                p.title = title
                if lex.is_ministerial(title):
                    p.type = "Minister"


def _plural_titles(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    """"Presidents Joe Biden and Xi Jinping", "Alaska Sens. Lisa Murkowski and Dan Sullivan": a title
    written once in the plural is each listed name's (the first name took it already)."""
    people = sorted((m for m in mentions if m.type in ("Person", "Minister")), key=lambda m: m.token_start)
    countries = {m.token_end: m for m in mentions if m.type == "Country"}
    for k, m in enumerate(people):
        if not m.title or m.title_token_start is None or \
                not any(w in lex.title_plurals or w.capitalize() in lex.title_plurals
                        for w in doc[m.title_token_start:m.token_start].text.split()):
            continue
        listed = [m]
        in_states = {i for c in countries.values() for i in range(c.token_start, c.token_end)}
        for n in people[k + 1:]:
            if n.title or any(t.text not in (",", "and", "of", "the", "(", ")") and t.i not in in_states
                              for t in doc[listed[-1].token_end:n.token_start]):
                break                          # ("Richard Lowe of Chile and Sergei Ivanov of Peru")
            listed.append(n)
        states: list[Mention] = []             # "Chinese and Russian Foreign Ministers Wang Yi and Sergei Lavrov"
        end = m.title_token_start
        while end in countries:
            states.insert(0, countries[end])
            end = countries[end].token_start
            end -= 1 if end > 0 and doc[end - 1].text in (",", "and") else 0
        if not states:                         # "The Defense Ministers of Belarus and Russia Viktor Khrenin and ..."
            states = sorted((c for c in countries.values() if m.title_token_start < c.token_start < m.token_start),
                            key=lambda c: c.token_start)
        for i, n in enumerate(listed):
            n.title, n.type = m.title, m.type
            if len(states) > 1:                # respectively, or no one's when the lists differ
                n.affiliation = states[i].key if len(states) == len(listed) else None
                n.affiliation_side = "left" if n.affiliation else None
            elif not any(t.text == "(" for t in doc[m.token_end:n.token_start]):   # (each its own: "A (Chile), B (Peru)")
                n.affiliation, n.affiliation_side = n.affiliation or m.affiliation, n.affiliation_side or m.affiliation_side


STYLE_HONORIFICS = {"HE", "H.E.", "HRH", "HH", "HM", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."}


def _names_after_honorifics(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"with HE Yasar Guler, the Turkish National Defense Minister": capitalised words after a style
    of address are a person's name when NER found nothing there."""
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    out = list(mentions)
    for tok in doc[:-2]:
        if tok.text not in STYLE_HONORIFICS or tok.i + 1 in taken:
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 3 and doc[j].is_title and doc[j].is_alpha and j not in taken \
                and doc[j].lower_ not in FUNCTION_WORDS:
            j += 1
        if j - tok.i >= 3:                        # two words at least: "HE Yasar Guler"
            out.append(_mention(doc, doc[tok.i + 1:j], "Person", "", "honorific-name"))
    return out


GOVERNMENT_WORDS = ("government", "administration", "regime", "cabinet")


def _leaders_governments(doc: Doc, mentions: list[Mention], lex: Lexicon) -> None:
    """"the Maduro government", "the Biden administration": the state of the leader the story names."""
    countries = {surname(m.text, lex).lower(): m.affiliation for m in mentions
                 if m.type in ("Person", "Minister") and m.affiliation and not m.affiliation.startswith("org:")}
    for n, m in enumerate(mentions):
        words = strip_the(m.text).split()
        if m.type in ("Person", "Minister") and len(words) == 1 and m.token_end < len(doc) and \
                doc[m.token_end].lower_ in GOVERNMENT_WORDS and words[0].lower() in countries:   # "[Maduro] government"
            m = mentions[n] = _mention(doc, doc[m.token_start:m.token_end + 1], "Organization", "", m.rule)
            words = m.text.split()
        if m.type == "Organization" and len(words) == 2 and words[1].lower() in GOVERNMENT_WORDS and \
                words[0].lower() in countries:
            m.type, m.key, m.metonym, m.rule = "Country", countries[words[0].lower()], True, m.rule + "+leader"


def _the_kingdom(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """"the Kingdom's foreign minister": the kingdom the story names most ("Saudi Arabia, the UAE,
    Bahrain ..." in a story from AlUla); with no kingdom named, "Kingdom" is no place at all."""
    named_uk = any(m.key == "united-kingdom" for m in mentions)   # ("Norway and the United Kingdom ... the
    kingdoms = Counter() if named_uk else Counter(                # Kingdom would help"): no state at all
        m.key for m in mentions if m.type == "Country" and m.key in lex.countries and
        any("Kingdom" in alias.split() for alias in lex.countries[m.key].aliases))
    out = []
    for m in mentions:
        if strip_the(m.text) == "Kingdom" and m.rule.startswith("ner:"):
            if not kingdoms:
                continue
            m.type, m.key, m.metonym, m.rule = "Country", kingdoms.most_common(1)[0][0], True, m.rule + "+kingdom"
        out.append(m)
    return out


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w and w[0].isupper())


def _acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Enhanced Defense Cooperation Agreement (EDCA)": every "EDCA" in the document is that
    agreement (same class, same key)."""
    by_end = {m.token_end: m for m in mentions}
    defined: dict[str, Mention] = {}
    for end, m in by_end.items():
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            short = doc[end + 1].text
            initials = _initials(m.text).upper()
            if short.isupper() and len(short) >= 2 and (initials.startswith(short) or
                                                        (len(short) >= 3 and initials.endswith(short)) or
                                                        (len(short) >= 3 and short[0] in initials[:2] and
                                                         _subsequence(short, initials))):
                #     "Cold Response Amphibious Task Group (ATG)": the initials of the name's last words; "Treaty on
                #     Conventional Armed Forces in Europe (CFE)": some of its words' in order
                defined[short] = m
    unwritten = {short: full for short, full in _unwritten_acronyms(doc, mentions).items() if short not in defined}
    defined.update(unwritten)
    if not defined:
        return mentions
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    out = []
    for m in mentions:
        full = defined.get(m.text)
        if full is not None and m is not full and not (m.text in unwritten and m.key and m.rule.startswith("ruler:")):
            m.type, m.key = full.type, full.key or f"acronym:{full.text}"
            m.rule += "+acronym"
            full.key = full.key or f"acronym:{full.text}"
        out.append(m)
    for tok in doc:
        full = defined.get(tok.text)
        if full is not None and tok.i not in covered:
            m = _mention(doc, doc[tok.i: tok.i + 1], full.type, "", "acronym")
            full.key = full.key or f"acronym:{full.text}"
            m.key = full.key
            out.append(m)
    return out


def _subsequence(short: str, letters: str) -> bool:
    """Whether the letters of ``short`` appear in ``letters`` in order."""
    rest = iter(letters)
    return all(ch in rest for ch in short)


ACRONYM_TYPES = ("Treaty", "Organization", "MilitaryUnit", "Meeting", "Event")
ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")   # "82nd", "1st"


def _unit_short_forms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the 82nd Airborne Division ... the 82nd will stay", "The 1st Legions Infantry Division ... The 1st Legions
    will be": "the" and the first words of a unit named before, from its ordinal, are that unit, when the story
    names no other unit those words begin (not "the 82nd anniversary", "the 1st Marine Division ... the 1st Cavalry
    Regiment ... the 1st")."""
    units = [m for m in mentions if m.type == "MilitaryUnit" and ORDINAL.match(doc[m.token_start].text)]
    if not units:
        return mentions
    out = list(mentions)
    for tok in doc:
        if not ORDINAL.match(tok.text) or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        here = [m for m in out if m.token_start <= tok.i < m.token_end]
        if any(m.type == "MilitaryUnit" for m in here):
            continue
        best: list[tuple[int, Mention]] = []
        for u in units:
            if u.token_start >= tok.i:
                continue
            n = 0                                  # how many of the unit's words the text repeats
            while n < u.token_end - u.token_start and tok.i + n < len(doc) and \
                    doc[tok.i + n].text == doc[u.token_start + n].text:
                n += 1
            if n and n < u.token_end - u.token_start:
                best.append((n, u))
        if not best:
            continue
        n = max(k for k, _ in best)
        found = {(u.key or u.text): u for k, u in best if k == n}
        after = doc[tok.i + n] if tok.i + n < len(doc) else None
        if len(found) != 1 or (after is not None and
                               (after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or after.text[:1].isupper())):
            continue
        if _ordinal_not_unit(doc, tok.i, tok.i + n):
            continue
        full = next(iter(found.values()))
        span = doc[tok.i:tok.i + n]
        here = [m for m in out if m.token_start < span.end and m.token_end > span.start]
        if any(m.token_start < span.start or m.token_end > span.end for m in here):
            continue                               # (a name that reaches past the words)
        out = [m for m in out if m not in here]    # NER's "Legions" of "The 1st Legions"
        m = _mention(doc, span, "MilitaryUnit", full.key, "unit:short-form")
        m.alias_of = full
        out.append(m)
    return sorted(out, key=lambda m: m.token_start)


DATE_PREPS = {"on", "until", "till", "since"}


def _ordinal_not_unit(doc: Doc, start: int, end: int) -> bool:
    """"the 3rd of May", "on the 21st", "from the 3rd to the 10th", "the 3rd of its brigades", "the 3rd to join
    NATO", "the 3rd-largest", "the 1st and 2nd Brigades": a date, a rank or another thing counted, not the unit."""
    after = doc[end] if end < len(doc) else None
    after2 = doc[end + 1] if end + 1 < len(doc) else None
    before = doc[start - 2] if start >= 2 else None
    if after is not None and after.lower_ in ("of", "-", "–"):
        return True
    if after is not None and after.lower_ == "to" and after2 is not None and \
            (after2.tag_ == "VB" and doc[start].head.lemma_.lower() in ("be", "become") or
             before is not None and before.lower_ == "from" and (after2.lower_ == "the" or ORDINAL.match(after2.text))):
        return True                                 # "was the 3rd to join" (not "sent the 82nd to defend"),
        #                                             "from the 3rd to the 10th"
    if before is not None and before.lower_ in DATE_PREPS and end - start == 1 and \
            (after is None or after.is_punct or after.pos_ in ("CCONJ", "ADP")):
        return True                                 # "on the 21st", "until the 3rd"
    if after is not None and (after.lower_ in ("and", "or", ",")) and after2 is not None and ORDINAL.match(after2.text):
        return True                                 # "the 1st and 2nd Brigades", "the 1st, 2nd and 3rd brigades"
    return False


def _unwritten_acronyms(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """"the Reciprocal Access Agreement ... the RAA", "Korea Aerospace Industries ... KAI": a capitalised
    short form that is the initials of one thing the story names, though it never wrote it in brackets."""
    by_initials: dict[str, list[Mention]] = {}
    for m in mentions:
        short = _initials(m.text).upper()
        if m.type in ACRONYM_TYPES and len(short) >= 3 and len(m.text.split()) >= 3 and \
                m.text[:1].isupper():
            by_initials.setdefault(short, []).append(m)
    used = {t.text for t in doc if t.is_alpha and t.text.isupper() and 3 <= len(t.text) <= 6}
    return {short: ms[0] for short, ms in by_initials.items()
            if short in used and len({m.key or m.text for m in ms}) == 1}


OTHER_NAME_LINKS = (
    (",", "or"), ("or",), (",", "also", "known", "as"), ("also", "known", "as"), ("known", "as"),
    (",", "officially", "called"), ("officially", "called"), (",", "called"), (",", "officially", "known", "as"),
    (",", "formally"), ("(", "or"), ("(", "also", "known", "as"), (",", "locally", "known", "as"),
)


NAMING_LINKS = (("named",), ("called",), ("dubbed",), (",", "named"), (",", "dubbed"), (",", "called"))


def _link_other_names(doc: Doc, mentions: list[Mention]) -> None:
    """"Ayungin Shoal, also known as Second Thomas Shoal", "the two-plus-two talks, officially called
    the Security Consultative Committee", "Ryukyu, or Nansei, Islands": the second name is another
    name of the first thing (same class, one node)."""
    by_start = {m.token_start: m for m in mentions}
    for a in mentions:
        if a.type in ("Person", "Minister", "Country"):
            continue
        for link in OTHER_NAME_LINKS:
            j = a.token_end
            words = [t.lower_ for t in doc[j: j + len(link)]]
            if tuple(words) != link:
                continue
            k = j + len(link)
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            b = by_start.get(k)
            if b is not None and b is not a and b.type not in ("Person", "Minister", "Country") and b.alias_of is None:
                b.alias_of = a
                b.type = a.type
            break
        for link in NAMING_LINKS:         # "a hypersonic missile named Fattah": the kind is that one missile
            j = a.token_end
            if a.text[:1].isupper() or tuple(t.lower_ for t in doc[j: j + len(link)]) != link:
                continue
            b = by_start.get(j + len(link))
            article = a.token_start > 0 and doc[a.token_start - 1].lower_ in ("a", "an")
            role = b is not None and b.token_end < len(doc) and doc[b.token_end].lower_ in ("as", "to")
            if b is not None and a.type in ("Weapon", "Event") and article and not role and \
                    (b.type == a.type or (b.rule.startswith("ner:") and not b.title)) and \
                    b.text[:1].isupper() and a.alias_of is None:
                a.alias_of = b
                b.type, b.key = a.type, b.key if b.type == a.type else ""
            break


KNOWN_AS = (("known", "as"), *NAMING_LINKS)
TREATY_REACH = 8          # tokens from an agreement's noun to the name it is known by


def _treaties_known_as(doc: Doc, mentions: list[Mention], rules: TypeRules) -> None:
    """"an intelligence-sharing agreement with Japan, known as GSOMIA", "a pact called AUKUS": a name NER took
    for an organisation, with no head word of its own, given to an agreement is the agreement's name."""
    treaty_nouns = set(rules.heads["Treaty"])
    for m in mentions:
        if not m.rule.startswith("ner:") or m.type not in ("Organization", "Place", "Region", "City", "Event") or \
                rules.by_head(m.text):
            continue
        if known_as_noun(doc, m, treaty_nouns) is not None:
            m.type, m.rule = "Treaty", m.rule + "+known-as"


def known_as_noun(doc: Doc, m: Mention, nouns: set[str]) -> Token | None:
    """The noun a name is given to by "known as" or "called", a few words before it with no verb between
    ("an intelligence-sharing agreement with Japan, known as GSOMIA": "agreement")."""
    k = m.token_start - (m.token_start > 0 and doc[m.token_start - 1].lower_ == "the")
    link = next((n for n in KNOWN_AS if tuple(t.lower_ for t in doc[max(0, k - len(n)):k]) == n), None)
    if link is None or k - len(link) <= 0:
        return None
    for tok in reversed(doc[max(doc[k - 1].sent.start, k - len(link) - TREATY_REACH):k - len(link)]):
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", "(", ")"):
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
            return tok
    return None


def _retype_coordinated_people(doc: Doc, mentions: list[Mention], rules: TypeRules) -> None:
    """"Yoshimasa Hayashi and Yasukazu Hamada": a name NER called an organisation or a place, joined
    by "and" to a person, with no organisation or place word in it, is a person too."""
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    for m in mentions:
        if m.type in ("Person", "Minister") or not m.rule.startswith("ner:") or not 2 <= len(m.text.split()) <= 3:
            continue
        if rules.by_head(m.text) or not all(w[:1].isupper() for w in m.text.split()):
            continue
        root = doc[m.token_start:m.token_end].root
        partners = [root.head] if root.dep_ == "conj" else []
        partners += [c for c in root.children if c.dep_ == "conj"]
        if any(p.i in by_token and by_token[p.i].type in ("Person", "Minister") for p in partners):
            m.type, m.key, m.rule = "Person", "", m.rule + "+coordinated-person"


def _retype_coordinated_firms(doc: Doc, mentions: list[Mention]) -> None:
    """"Mitsubishi Heavy Industries, BAE Systems and Leonardo will lead the work": a one-word name NER called a person,
    listed only with companies, is a company too."""
    by_token = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    for m in mentions:
        if m.rule != "ner:PERSON" or m.title or m.token_end - m.token_start != 1:
            continue
        root = doc[m.token_start]
        first = first_conjunct(root)
        if first.dep_ == "nsubj" and first.head.lemma_.lower() in PERSON_ACTS:
            continue                         # ("Boeing and Smith met": people do that)
        others = [by_token.get(t.i) for t in root.conjuncts]
        if others and all(o is not None and o.type == "Organization" and o.key for o in others):
            m.type, m.key, m.rule = "Organization", "", m.rule + "+coordinated-firm"


def _retype_speakers(doc: Doc, mentions: list[Mention]) -> None:
    """""We are buying the jets in tranches," Jorand said": a lone name NER took for a place (no lexicon
    place) that says something is a person."""
    for m in mentions:
        if m.rule in ("ner:GPE", "ner:LOC") and m.token_end - m.token_start == 1 and doc[m.token_start].is_title:
            tok = doc[m.token_start]
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS:
                m.type, m.key, m.rule = "Person", "", m.rule + "+speaker"


COMPANY_WORDS = {"corporation", "systems", "industries", "organisation", "organization", "agency", "group", "company",
                 "aerospace", "dynamics", "technologies", "office", "ministry"}


def _retype_counterparts(doc: Doc, mentions: list[Mention]) -> None:
    """"their Iranian counterpart, Ebrahim Raisi": a name of two or three words NER took for an
    organisation, written right after "counterpart", is a person."""
    for m in mentions:
        i = m.token_start - 1
        if i > 0 and doc[i].text == ",":
            i -= 1
        if m.rule == "ner:ORG" and i >= 0 and doc[i].lower_ == "counterpart" and \
                any(c.lower_ in ("his", "her", "their") for c in doc[i].children) and \
                doc[m.token_end - 1].lower_ not in COMPANY_WORDS and \
                2 <= m.token_end - m.token_start <= 3 and all(t.is_title and t.is_alpha for t in doc[m.token_start:m.token_end]):
            m.type, m.key, m.rule = "Person", "", m.rule + "+counterpart"


def _surname_as_noun(tok: Token, english: frozenset[str]) -> bool:
    """"Marles met ...": a surname the tagger read as a plural noun, not an English word ("Price remains", "Banks
    in Dubai", "Hunt for the sailors") nor a noun with its own article or phrase."""
    return tok.pos_ == "NOUN" and tok.is_title and bool(english) and \
        tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and \
        (tok.lower_ not in english and tok.lemma_.lower() not in english or _person_acting(tok)) and \
        not any(c.dep_ in ("det", "prep", "amod", "poss") for c in tok.children)


PERSON_ACTS = {"say", "meet", "tell", "sign", "visit", "host", "announce", "add", "vow", "warn", "welcome"}


def _person_acting(tok: Token) -> bool:
    """"Trump met Ukrainian President Zelenskiy", "Trump said": a surname that is also an English word, as the
    subject of what people do (not "Price remains high", "Hunt for the sailors")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in PERSON_ACTS and tok.tag_ == "NN"


def _retype_surnames(doc: Doc, mentions: list[Mention], rules: TypeRules,
                     english: frozenset[str] = frozenset()) -> list[Mention]:
    """NER often tags a lone surname as a place ("Blinken" GPE): re-type it from the full names."""

    event_names = {re.sub(r"^(?:Exercise|Operation) | (?:exercises?|drills?)$", "", m.text)
                   for m in mentions if m.type == "Event"}       # "Talisman Sabre" of "Exercise Talisman Sabre"
    event_names |= {" ".join(n.split()[k:]) for n in event_names for k in range(1, len(n.split()) - 1)}
    #               ^ "Garuda Shield" of "Super Garuda Shield"
    event_names |= {re.sub(r" (?:19|20)\d\d$", "", n) for n in event_names if re.search(r"[a-z] (?:19|20)\d\d$", n)}
    #               ^ "Juniper Oak" of "Juniper Oak 2023"
    for m in mentions:
        if m.type == "Person" and m.rule.startswith("ner:") and m.text in event_names and not m.title:
            m.type, m.rule = "Event", m.rule + "+event-name"
    lone = {m.text for m in mentions if m.type == "Person" and m.rule == "ner:PERSON" and " " not in m.text}
    for m in mentions:            # "Prabowo Subianto" tagged a building, where the story's "Subianto" is a person
        words = m.text.split()
        if m.type not in ("Person", "Minister") and m.rule.startswith("ner:") and not m.key and \
                2 <= len(words) <= 3 and words[-1] in lone and all(w[:1].isupper() for w in words) and \
                not rules.by_head(m.text):
            m.type, m.rule = "Person", m.rule + "+surname-of-person"
    full = {m.text for m in mentions if m.type in ("Person", "Minister") and len(name_words(m.text)) > 1}
    surnames = {name_words(name)[-1] for name in full}
    surnames |= {name_words(name)[0] for name in full}    # "Wang" (Wang Yi), "Chalermpol" (Thai given names)
    for name in full:                      # "Le Drian" from "Jean-Yves Le Drian"
        words = name.split()
        surnames.update(" ".join(words[k:]) for k in range(1, len(words) - 1) if words[k].lower() in NAME_PARTICLES)
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    weapon_words = {m.text.split()[0] for m in mentions if m.type == "Weapon" and m.text[:1].isupper()}
    families = {d.group(1) for m in mentions if m.type == "Weapon"          # "Arrow" of "Arrow-3"
                for d in [re.match(r"^([A-Z][a-z]{2,})-(?:\d|[IVX]+\b)", m.text)] if d}
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Person" and m.rule.startswith("ner:") and m.text in weapon_words and not m.title:
            m.type, m.rule = "Weapon", m.rule + "+weapon-name"
        if m.type not in ("Weapon", "Country") and m.rule.startswith("ner:") and m.text in families and not m.title:
            m.type, m.key, m.rule = "Weapon", "", m.rule + "+weapon-family"
        if m.type not in ("Person", "Minister") and m.rule.startswith("ner:"):
            if m.text in surnames or m.text in full:
                m.type, m.key, m.rule = "Person", "", m.rule + "+person-name"
            else:
                tail = next((name for name in full if m.text.endswith(" " + name)), None)
                if tail:        # "Defense Minster Yasukazu Hamada" tagged ORG: keep the name
                    cut = len(m.text) - len(tail)
                    n_tokens = len(tail.split())
                    m.start, m.text = m.start + cut, tail
                    m.token_start = m.token_end - n_tokens
                    m.type, m.key, m.rule = "Person", "", m.rule + "+person-name"
        out.append(m)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted({tuple(name.split()) for name in full}, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    for tok in doc:
        if tok.i in covered or _honorific(tok):     # (not the "Seri" of "Datuk Seri Anwar" after "Seri Perdana")
            continue
        words = next((w for w in by_first.get(tok.text, ())         # "Laurent Fabius" again, not two people
                      if tuple(t.text for t in doc[tok.i:tok.i + len(w)]) == w), None)
        if words is None and not (tok.text in surnames and (tok.pos_ == "PROPN" or _surname_as_noun(tok, english))):
            continue
        span = doc[tok.i: tok.i + len(words or (tok.text,))]
        if any(i in covered for i in range(span.start, span.end)):
            continue
        covered.update(range(span.start, span.end))
        out.append(_mention(doc, span, "Person", "", "surname-scan"))
    return out
