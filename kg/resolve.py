"""Stage 4: resolution — one node per real-world thing across all documents.

``resolve(doc_results, lexicon)`` clusters mentions into entities and lifts mention-level facts to
entity-level facts, merging the evidence of a fact seen in several sentences or documents.

- Countries, capitals used as governments ("Tokyo unveiled"), demonyms and lexicon names resolve
  through the lexicon ids.
- People cluster by surname; full names whose given names differ by a spelling slip
  ("Anthony"/"Antony") join, and a lone surname joins the one full name it fits.
- Treaties named generically resolve by their parties; articles by (treaty, number).
- Everything else resolves by a normalised name (case, "the", possessives, plurals, "2+2" =
  "two-plus-two").
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .extract.docindex import MentionFact
from .extract.nominal import DISTINCT_KINDS, _generic_treaty
from .extract.posts import HOME_COUNTRY_RULE
from .lexicon import NAME_PARTICLES, Lexicon, name_words, surname
from .types import SYMMETRIC, Entity, Evidence, Fact, Literal_, Mention

PERSON = ("Person", "Minister")
PLACE_FAMILY = ("Place", "Island", "City", "WaterBody", "Region")
ORG_FAMILY = ("Organization", "MilitaryUnit")
MEETING_HEADS = {"talks", "talk", "meeting", "meetings", "summit", "dialogue", "consultations"}
SPECIFICITY = {"Minister": 2, "Person": 1, "MilitaryUnit": 2, "Organization": 1, "Meeting": 2, "Event": 1,
               "Island": 2, "City": 2, "WaterBody": 2, "Region": 2, "Place": 1}


@dataclass
class DocResult:
    """What extraction produced for one document."""

    doc_id: str
    mentions: list[Mention]
    facts: list[MentionFact]


@dataclass
class Resolution:
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)


def slugify(text: str) -> str:
    """Lower-case ASCII slug: "Antony Blinken" -> "antony-blinken", "2+2 talks" -> "2-2-talks"."""
    text = re.sub(r"[\u2010-\u2015\u2212/]", "-", text)          # dashes and slashes separate words
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    return slug or "entity"


def _singular(word: str) -> str:
    if len(word) > 5 and word.endswith("oes"):           # torpedoes
        return word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalise_name(text: str) -> str:
    t = text.replace("’", "'").replace("“", '"').replace("”", '"').strip(" \"'")
    t = re.sub(r"^(the|a|an)\s+", "", t, flags=re.I)
    t = re.sub(r"('s|')$", "", t)
    t = re.sub(r"\s+", " ", t).lower()
    t = re.sub(r"\bdefence\b", "defense", t)         # "PNG Defence Force" is the "PNG Defense Force"
    words = t.split(" ")
    words[-1] = _singular(words[-1])
    return " ".join(words)


QUOTE_CHARS = "\"'“”‘’«»"


TWO_PLUS_TWO = re.compile(r"\btwo[\s-]*plus[\s-]*two\b")


def meeting_key(text: str) -> str:
    t = normalise_name("".join(ch for ch in text if ch not in QUOTE_CHARS)).replace("defence", "defense")
    t = re.sub(r"\b2\s*\+\s*2\b", "two-plus-two", t)
    t = TWO_PLUS_TWO.sub("two-plus-two", t)
    words = [w for w in t.split() if w not in MEETING_HEADS and _singular(w) not in MEETING_HEADS]
    if len(words) > 1 and words[0] in ("in", "at"):
        words = words[1:]                   # "summit in Vilnius" is the "Vilnius summit"
    return " ".join(words) or t


def _family(kg_type: str) -> str:
    if kg_type in PERSON:
        return "person"
    if kg_type in PLACE_FAMILY:
        return "place"
    if kg_type in ORG_FAMILY:
        return "org"
    if kg_type in ("Meeting", "Event"):
        return "event"
    return kg_type.lower()


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _family_word(words: list[str]) -> str:
    """The last word of a name as it is compared: "al-Nahyan" is "Al Nahyan"."""
    return re.sub(r"^(?:al|el)-", "", words[-1].lower())


STYLES = {"sheikh", "sheikha", "sheik", "shaikh", "prince", "princess", "emir", "sultan", "king", "queen"}


def _given(words: list[str]) -> str:
    """The given name compared: "Sheikh Tamim bin Hamad Al Thani" -> "tamim" (a style is no name)."""
    rest = [w for w in words[:-1] if w.lower() not in STYLES] or words
    return rest[0].lower().rstrip(".")


def _person_clusters(mentions: list[Mention]) -> dict[int, str]:
    """Cluster key for every person mention (by id)."""
    full = [m for m in mentions if len(name_words(m.text)) > 1]
    clusters: list[list[Mention]] = []
    for m in sorted(full, key=lambda m: (-len(m.text), m.doc_id, m.start)):
        words = name_words(m.text)
        placed = False
        for cl in clusters:
            ref = name_words(cl[0].text)
            if len(ref) == len(words) == 2 and [w.lower() for w in ref] == [w.lower() for w in reversed(words)] \
                    and m.title and cl[0].title:
                cl.append(m)                 # "Minister Nakatani Gen" is "Minister Gen Nakatani": family name first
                placed = True
                break
            if _family_word(ref) != _family_word(words):
                continue
            a, b = _given(ref), _given(words)
            if [w.lower() for w in ref[-len(words):]] == [w.lower() for w in words]:
                cl.append(m)                 # "Le Drian" of "Jean-Yves Le Drian", "Tayyip Erdogan"
                placed = True
                break
            if a == b or _edit_distance(a, b) <= 1 or (len(b) == 1 and a.startswith(b)) or \
               (len(a) == 1 and b.startswith(a)) or (len(a) > 3 and len(b) > 3 and _edit_distance(a, b) <= 2
                                                     and a[0] == b[0]):
                cl.append(m)
                placed = True
                break
        if not placed:
            clusters.append([m])
    keys: dict[int, str] = {}
    by_surname: dict[str, list[int]] = defaultdict(list)
    for n, cl in enumerate(clusters):
        for m in cl:
            keys[id(m)] = f"person:{n}"
        by_surname[_family_word(name_words(cl[0].text))].append(n)
    lone_docs: dict[str, set[str]] = defaultdict(set)     # surname -> the documents it stands alone in
    for m in mentions:
        if id(m) not in keys:
            lone_docs[_family_word(name_words(m.text))].add(m.doc_id)
    for m in mentions:
        if id(m) in keys:
            continue
        word = _family_word(name_words(m.text))
        options = by_surname.get(word, [])
        if len(name_words(m.text)) == 1 and not any(x.doc_id == m.doc_id for n in options for x in clusters[n]):
            first = [n for n, cl in enumerate(clusters) if name_words(cl[0].text)[0].lower() == word]
            here = [n for n in first if any(x.doc_id == m.doc_id for x in clusters[n])]
            options = here or options or first     # "Li" for "Li Shangfu": family name first; "Xi" in a story
            #                                        on Xi Jinping is not another story's "Li Xi"
        if not options and len(word) >= 6:      # "Pistorious" for "Boris Pistorius" in the same story: a typo
            options = [n for n, cl in enumerate(clusters)
                       if m.doc_id in {x.doc_id for x in cl} | lone_docs[_family_word(name_words(cl[0].text))] and
                       _edit_distance(_family_word(name_words(cl[0].text)), word) == 1]
        if not options and len(name_words(m.text)) == 1:    # "Lai" for "William Lai Cheng-te" in the same story
            options = [n for n, cl in enumerate(clusters) if any(x.doc_id == m.doc_id for x in cl) and
                       word in {w.lower() for w in name_words(cl[0].text)[1:-1]}]
        if len(options) > 1:     # prefer the cluster seen in the same document
            same_doc = [n for n in options if any(x.doc_id == m.doc_id for x in clusters[n])]
            options = same_doc if len(same_doc) == 1 else options
        keys[id(m)] = f"person:{options[0]}" if len(options) == 1 else f"person-name:{normalise_name(m.text)}"
    return keys


def _retype_known_people(mentions: list[Mention]) -> None:
    """NER calls a name an organisation in one article ("... and Yasukazu Hamada said", ORG) that
    another article gives as a person's full name, or the surname of one person there: it is that person."""
    people = {m.text for m in mentions if m.type in PERSON and len(name_words(m.text)) > 1}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in people:
        by_surname[name_words(name)[-1]].add(name_words(name)[0].rstrip(".").lower()[:1])
    for m in mentions:
        if m.type in PERSON or not m.rule.startswith("ner:"):
            continue
        if m.text in people or (len(m.text) > 3 and not m.text.isupper() and m.rule == "ner:ORG" and
                                len(by_surname.get(m.text, ())) == 1):   # (not the city of "Austin, Texas")
            m.type, m.key, m.rule = "Person", "", m.rule + "+known-person"    # "Anand said" of "Anita Anand"


WEAPON_GENERIC = {"system", "systems", "battery", "batteries", "launcher", "launchers", "platform", "platforms"}


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


DESIGNATION = re.compile(r"^([A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,2})\b")     # "F-35B", "Ka-27", "Agni-5"


def _arabic(text: str) -> str:
    """"Agni-V" is "Agni-5": a Roman numeral after a designation's hyphen."""
    return re.sub(r"(?<=[A-Za-z]-)(IX|IV|V?I{1,3}|V|X)\b", lambda r: str(ROMAN[r.group(1)]), text)


def _weapon_key(text: str) -> str:
    """"Patriot missile systems" ~ "Patriot missile", "anti-ship missile battery" ~ "anti-ship missile",
    "Scorpene-class attack submarines" ~ "Scorpenes" (a class of ships is known by its name)."""
    named_class = re.match(r"^([A-Z][\w ]*?)[- ]class\b", text)
    words = normalise_name(_arabic(named_class.group(1) if named_class else text)).split()
    while len(words) > 1 and words[-1] in WEAPON_GENERIC:
        words.pop()
    words[-1] = _singular(words[-1])
    return " ".join(words)


def _key(m: Mention, lex: Lexicon, person_keys: dict[int, str]) -> str:
    if m.alias_of is not None and m.alias_of is not m:    # "X, also known as Y": X's node
        return _key(m.alias_of, lex, person_keys)
    if m.type in PERSON:
        return person_keys[id(m)]
    if m.type == "Country":
        return f"country:{m.key or normalise_name(m.text)}"
    if m.type == "Meeting":
        if m.key.startswith("participants:"):          # an unnamed meeting: known by who met
            return f"meeting:{m.key}"
        return f"meeting:{meeting_key(m.text)}"
    if m.type == "Treaty" and m.key.startswith("parties:"):
        return f"treaty:{m.key}"
    if m.type == "TreatyArticle":
        return f"article-pending:{m.text}"
    if m.key.startswith("acronym:"):        # "EDCA" = "Enhanced Defense Cooperation Agreement"
        return f"{_family(m.type)}:{normalise_name(m.key[8:])}"
    if m.key:
        key = re.sub(r"\bdefence\b", "defense", m.key) if ":" in m.key else m.key     # (a lexicon name as it is)
        return f"{_family(m.type)}:{key}"
    if m.type == "MilitaryUnit":     # "12th Marines" is the 12th Marine Regiment
        unit = re.match(r"^(\d{1,3}(?:st|nd|rd|th)) Marines$", m.text)
        if unit:
            return f"org:{unit.group(1).lower()} marine regiment"
        words = m.text.split()
        if re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", words[0]) and any(w in lex.country_by_surface() for w in words[1:]):
            return "org:" + normalise_name(" ".join(w for w in words if w not in lex.country_by_surface()))   # "8th U.S. Army"
    if m.type == "Event" and re.search(r"[A-Z]{3,} \d{2}\b", m.text):     # "BRIGHT STAR 23 (exercise)" is
        return "event:" + re.sub(r"(?<=[a-z]) (\d{2})\b", r" 20\1", normalise_name(m.text))   # "BRIGHT STAR 2023"
    if m.type == "Weapon":
        designation = DESIGNATION.match(_arabic(m.text))
        if designation:
            return f"weapon:{designation.group(1).lower()}"
        for thing in lex.things:
            if thing.type == "Weapon":
                for name in (thing.name, *thing.aliases):
                    if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", m.text):
                        return f"weapon:{thing.name.lower()}"
        return f"weapon:{_weapon_key(m.text)}"
    return f"{_family(m.type)}:{normalise_name(m.text)}"


def _merge_org_place_names(groups: dict[str, list[Mention]]) -> None:
    """NER calls "the White House" an organisation in one sentence and a building in the next: one
    name that no lexicon resolves, in both families, is one thing."""
    for key in [k for k in groups if k.startswith("org:")]:
        other = "place:" + key[4:]
        if other in groups and key in groups and not any(m.key for m in groups[key] + groups[other]):
            big, small = (key, other) if len(groups[key]) > len(groups[other]) else (other, key)
            groups[big].extend(groups.pop(small))


def _merge_org_weapon_names(groups: dict[str, list[Mention]]) -> None:
    """"Indonesia has ordered two Scorpene-class attack submarines ... the Scorpenes": a name NER called an
    organisation, in a story that names a weapon so, is that weapon."""
    for key in [k for k in groups if k.startswith("org:")]:
        weapon = "weapon:" + key[4:]
        ms = groups[key]
        if weapon in groups and all(m.rule.startswith("ner:") and not m.key for m in ms) and \
                {m.doc_id for m in ms} <= {m.doc_id for m in groups[weapon]}:
            for m in ms:
                m.type = "Weapon"
            groups[weapon].extend(groups.pop(key))


UNIT_HEADS = {"division", "brigade", "regiment", "battalion", "squadron", "corps", "fleet", "army", "group", "wing"}


def _merge_short_unit_names(groups: dict[str, list[Mention]]) -> None:
    """"the 25th Division" in a story that names the "25th Infantry Division", "the 2nd Brigade" in one
    that names the "2nd Brigade, 101st Airborne Division": the one unit of that number and kind the
    story names in full; "the Marine Littoral Regiment" in one that names the "12th Marine Littoral
    Regiment" and no other."""
    short = [k for k in groups if re.fullmatch(r"org:\d{1,3}(st|nd|rd|th) \w+", k) and k.split()[-1] in UNIT_HEADS]
    for key in short:
        number, head = key[4:].split()
        docs = {m.doc_id for m in groups.get(key, ())}
        for doc_id in sorted(docs):
            full = [k for k in groups if k != key and any(m.doc_id == doc_id for m in groups[k]) and
                    ((k.startswith(f"org:{number} ") and k.endswith(f" {head}") and "," not in k) or
                     k.startswith(f"{key},"))]       # "the 2nd Brigade" of "2nd Brigade, 101st Airborne Division"
            if len(full) == 1:
                _move_stories(groups, key, full[0], {doc_id})
    for key in [k for k in groups if k.startswith("org:") and k.split()[-1] in UNIT_HEADS and k[4:5].isalpha()]:
        for doc_id in sorted({m.doc_id for m in groups.get(key, ())}):      # "the Marine Littoral Regiment" in
            numbered = [k for k in groups if re.fullmatch(rf"org:\d{{1,3}}(st|nd|rd|th) {re.escape(key[4:])}", k)
                        and any(m.doc_id == doc_id for m in groups[k])]     # a story on the "12th Marine
            if len(numbered) == 1:                                          # Littoral Regiment"
                _move_stories(groups, key, numbered[0], {doc_id})


GENERIC_NAME_WORDS = {                  # words around a name that do not change what it names
    "event:": (("exercise ", "operation "), (" exercise", " exercises", " drill", " drills", " war games")),
    "place:": (("camp ", "fort ", "raf ", "raaf base ", "raaf ", "rnzaf base ", "cfb ", "nas ", "mcas "), (" palace", " barracks", " air base", " naval base", " prefecture", " province",
                                    " plains", " plain", " valley", " plateau", " heights", " sector")),
}


def _bare_name(name: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    bare = next((name[len(p):] for p in prefixes if name.startswith(p)), name)
    return next((bare[: -len(x)] for x in suffixes if bare.endswith(x)), bare)


def _merge_generic_name_words(groups: dict[str, list[Mention]]) -> None:
    """"Exercise Talisman Sabre", "Talisman Sabre exercise" and "Talisman Sabre" are one exercise;
    "Malacañang Palace" is "Malacañang", "Camp Ichigaya" is "Ichigaya" (when the bare name is a place)."""
    for family, (prefixes, suffixes) in GENERIC_NAME_WORDS.items():
        same: dict[str, list[str]] = defaultdict(list)          # bare name -> keys
        for key in [k for k in groups if k.startswith(family) and not any(m.key for m in groups[k])]:
            bare = _bare_name(key[len(family):], prefixes, suffixes)
            if bare:
                same[bare].append(key)
        for bare, keys in same.items():
            if len(keys) > 1:
                target = family + bare if family + bare in keys else max(keys, key=lambda k: (len(groups[k]), k))
                explicit = {m.type for k in keys if k != family + bare for m in groups[k]}
                for key in keys:
                    if key != target:
                        groups[target].extend(groups.pop(key))
                if len(explicit) == 1:          # "Malacañang Palace" says what "Malacañang" is: a Place
                    for m in groups[target]:
                        m.type = next(iter(explicit))
        if family == "event:":                  # "Garuda Shield 2022" in a story on "Super Garuda Shield 2022"
            names = sorted((k for k in groups if k.startswith(family)), key=len, reverse=True)
            for short in names[::-1]:
                if short not in groups:
                    continue
                bare = _bare_name(short[len(family):], prefixes, suffixes)  # (one word only after "Exercise":
                after = " " if len(bare.split()) > 1 else " exercise "     # "Komodo exercises" in a story on
                docs = {m.doc_id for m in groups[short]}                    # "Multilateral Naval Exercise Komodo")
                others = [k for k in names if k != short and k in groups and docs <= {m.doc_id for m in groups[k]}]
                longer = [k for k in others if k.endswith(after + bare)] or \
                    [k for k in others if re.sub(r" (19|20)\d\d$", "", k).endswith(after + bare)]   # (or its edition)
                if len(longer) == 1:
                    groups[longer[0]].extend(groups.pop(short))
        if family == "place:":                  # "Tindal" (NER: an organisation) in a story on "RAAF Base Tindal"
            for key in [k for k in groups if k.startswith(family)]:
                bare = next((key[len(family) + len(p):] for p in prefixes if key[len(family):].startswith(p)), "")
                other = groups.get("org:" + bare, []) if bare and bare not in ("camp", "fort") else []
                if other and all(m.rule.startswith("ner:") for m in other):
                    docs = {m.doc_id for m in groups[key]}
                    for m in (m for m in other if m.doc_id in docs):
                        m.type = groups[key][0].type
                    _move_stories(groups, "org:" + bare, key, docs)
        for bare, keys in same.items():         # "Exercise Malabar" in a story on "Malabar 2020": that edition
            series = re.sub(r" (19|20)?\d\d$", "", bare)     # "Malabar 2020", "BALTOPS 22"
            series = series if series in same else series[:-1]      # ("BALTOPS" was made singular)
            if family != "event:" or series == bare or series not in same:
                continue
            edition = next((k for k in keys if k in groups), None)
            docs = {m.doc_id for k in keys if k in groups for m in groups[k]}
            for key in [k for k in same[series] if k in groups]:
                if edition is not None and {m.doc_id for m in groups[key]} <= docs:
                    groups[edition].extend(groups.pop(key))


def _merge_meeting_editions(groups: dict[str, list[Mention]]) -> None:
    """"the BRICS summit" in a story on "the 15th BRICS Summit" is that edition (not in other stories)."""
    editions: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        edition = re.fullmatch(r"meeting:\d{1,3}(?:st|nd|rd|th) (.+)", key)
        if edition:
            editions["meeting:" + edition.group(1)].append(key)
    for bare, keys in editions.items():
        if bare not in groups or len(keys) != 1:
            continue
        _move_stories(groups, bare, keys[0], {m.doc_id for m in groups[keys[0]]})


def _generic_meeting(mentions: list[Mention]) -> bool:
    """"2+2", "the two-plus-two talks", "annual dialogue": no word of the name is a proper name."""
    for m in mentions:
        for word in "".join(ch for ch in m.text if ch not in QUOTE_CHARS).split():
            if word[:1].isupper() and word.lower() not in MEETING_HEADS and \
                    not TWO_PLUS_TWO.fullmatch(word.lower()):
                return False
    return True


def _meeting_states(mentions: list[Mention], facts: list[MentionFact], lex: Lexicon) -> set[str]:
    """The states one document says took part in a meeting: countries that took part, and the
    countries of the people who did."""
    ids = {id(m) for m in mentions}
    country_of: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.predicate == "represents" and isinstance(f.object, Mention) and f.object.type == "Country":
            country_of[surname(f.subject.text, lex).lower()].add(f.object.key or normalise_name(f.object.text))
    states: set[str] = set()
    for f in facts:
        if f.predicate != "participatedIn" or not isinstance(f.object, Mention) or id(f.object) not in ids:
            continue
        if f.subject.type == "Country":
            states.add(f.subject.key or normalise_name(f.subject.text))
        elif f.subject.type in PERSON:
            states |= country_of.get(surname(f.subject.text, lex).lower(), set())
            if f.subject.affiliation:
                states.add(f.subject.affiliation)
    return states


def _split_generic_meetings(groups: dict[str, list[Mention]], results: list[DocResult], lex: Lexicon) -> None:
    """"2+2" in a story on US-Japan talks and "2+2" in one on India-US talks are two meetings: a
    meeting whose name is only generic words is one node across documents only where the states
    taking part agree (a document that names none joins when there is only one candidate)."""
    facts = {r.doc_id: r.facts for r in results}
    for key in [k for k in groups if k.startswith("meeting:") and not k.startswith("meeting:participants:")]:
        by_doc: dict[str, list[Mention]] = defaultdict(list)
        for m in groups[key]:
            by_doc[m.doc_id].append(m)
        if len(by_doc) < 2 or not _generic_meeting(groups[key]):
            continue
        clusters: list[tuple[set[str], list[str]]] = []
        unknown: list[str] = []
        for doc_id in sorted(by_doc):
            states = _meeting_states(by_doc[doc_id], facts.get(doc_id, []), lex)
            if not states:
                unknown.append(doc_id)
                continue
            home = next((c for c in clusters if len(c[0] & states) >= min(2, len(c[0]), len(states))), None)
            if home is None:
                clusters.append((set(states), [doc_id]))
            else:
                home[0].update(states)
                home[1].append(doc_id)
        if len(clusters) < 2:
            continue
        clusters += [(set(), [d]) for d in unknown]      # which of several it is, a story naming no state
        for n, (_, docs) in enumerate(clusters[1:], 2):    # does not say: a node of its own
            groups[f"{key}#{n}"] = [m for d in docs for m in by_doc[d]]
        groups[key] = [m for d in clusters[0][1] for m in by_doc[d]]


def _merge_generic_weapons(groups: dict[str, list[Mention]]) -> None:
    """"hypersonic weapons" is the corpus's one kind of "hypersonic <something>" ("hypersonic missiles")."""
    for key in [k for k in groups if k.startswith("weapon:") and k.endswith(" weapon")]:
        prefix = key[: -len("weapon")]
        others = [k for k in groups if k != key and k.startswith(prefix) and " " not in k[len(prefix):]]
        if len(others) == 1:
            groups[others[0]].extend(groups.pop(key))


def _move_stories(groups: dict[str, list[Mention]], source: str, target: str, docs: set[str],
                  which: Callable[[Mention], bool] = lambda m: True) -> None:
    """Move the mentions these documents make of ``source`` (those ``which`` picks) to ``target``; drop ``source``
    if emptied."""
    moved = [m for m in groups.get(source, ()) if m.doc_id in docs and which(m)]
    if moved:
        groups[target].extend(moved)
        gone = {id(m) for m in moved}
        groups[source] = [m for m in groups[source] if id(m) not in gone]
        if not groups[source]:
            del groups[source]


def _merge_treaty_names(groups: dict[str, list[Mention]]) -> None:
    """"a strategic partnership treaty" in a story that names the "Comprehensive Strategic Partnership
    Treaty" is that treaty, when the story names only one treaty so ending."""
    named = {k: k[len("treaty:"):] for k in groups if k.startswith("treaty:") and not k.startswith("treaty:parties:")}
    for key in [k for k in groups if k.startswith("treaty:")]:
        for doc_id in sorted({m.doc_id for m in groups.get(key, ())}):
            texts = {normalise_name(m.text) for m in groups.get(key, ()) if m.doc_id == doc_id}
            texts = {t for t in texts if len(t.split()) >= 2}
            longer = [k for k, name in named.items() if k != key and k in groups and
                      any(name.endswith(" " + t) for t in texts) and any(m.doc_id == doc_id for m in groups[k])]
            if len(longer) == 1 and _same_parties(groups, key, longer[0], doc_id):
                _move_stories(groups, key, longer[0], {doc_id})


BARE_AGREEMENT_WORDS = {"the", "agreement", "deal", "pact", "accord", "defense", "defence", "security", "troop", "troops"}
TROOP_WORDS = {"troop", "troops"}          # "sign troop pact": their forces' access, visiting or status agreement


def _merge_agreements_of_a_kind(groups: dict[str, list[Mention]]) -> None:
    """"the agreement", "the defense deal" of two states in a story that names only one agreement of theirs of a
    distinct kind ("the Visiting Forces Agreement") is that agreement (not "an intelligence-sharing agreement")."""
    for key in [k for k in groups if k.startswith("treaty:parties:") and (k.endswith(";agreement") or ";" not in k)]:
        pair = key.removesuffix(";agreement")
        troops = ";" not in key             # a pact's key, only "the troop pact" of it
        for doc_id in sorted({m.doc_id for m in groups.get(key, ())}):
            kinds = [k for k in groups if k.startswith(pair + ";") and k != key and
                     k[len(pair) + 1:] in DISTINCT_KINDS and any(m.doc_id == doc_id for m in groups[k])]
            kinds = [k for k in kinds if not k.endswith(";memorandum")] if len(kinds) > 1 else kinds
            if len(kinds) == 1:
                _move_stories(groups, key, kinds[0], {doc_id}, lambda m: set(m.text.lower().split()) <= BARE_AGREEMENT_WORDS
                              and (not troops or bool(TROOP_WORDS & set(m.text.lower().split()))))


PACT_WORDS = {"the", "a", "an", "pact", "deal", "treaty"}


def _merge_pacts_into_agreements(groups: dict[str, list[Mention]]) -> None:
    """A headline's "defense cooperation pact" of two states is the "defense cooperation agreement" its story says they
    signed: the same kind words, named "pact" or "treaty" for short (not "the security treaty" beside a "trade
    agreement": other words)."""
    for key in [k for k in groups if k.startswith("treaty:parties:") and ";" not in k]:
        for doc_id in sorted({m.doc_id for m in groups.get(key, ())}):
            kinds = [set(m.text.lower().split()) - PACT_WORDS for m in groups.get(key, ()) if m.doc_id == doc_id]
            agreements = [set(m.text.lower().split()) - {"the", "a", "an", "agreement"}
                          for m in groups.get(key + ";agreement", ()) if m.doc_id == doc_id]
            if kinds and agreements and all(k and any(k <= a for a in agreements) for k in kinds):
                _move_stories(groups, key, key + ";agreement", {doc_id})


def _same_parties(groups: dict[str, list[Mention]], key: str, named: str, doc_id: str) -> bool:
    """Whether the parties a treaty key names ("treaty:parties:iran,russia"), or the states named with it,
    are states the story names
    where it names the other treaty, or in the last sentence before that names a state (not "Russia and Iran signed a strategic
    partnership treaty of their own" in a story on Russia and North Korea's)."""
    countries = [m for ms in groups.values() for m in ms if m.type == "Country" and m.doc_id == doc_id]
    if key.startswith("treaty:parties:"):
        parties = set(key[len("treaty:parties:"):].split(";")[0].split(","))
    else:                                       # the states named with the shorter name
        here = {m.sent_start for m in groups[key] if m.doc_id == doc_id}
        parties = {m.key for m in countries if m.sent_start in here}
    starts = sorted({m.sent_start for m in countries} | {m.sent_start for m in groups[named] if m.doc_id == doc_id})
    there = {m.sent_start for m in groups[named] if m.doc_id == doc_id}
    there |= {starts[starts.index(s) - 1] for s in there if starts.index(s) > 0}
    return parties <= {m.key for m in countries if m.sent_start in there}


def _merge_weapon_families(groups: dict[str, list[Mention]]) -> None:
    """"the Arrow system" in a story about "Arrow-3" is that one Arrow (not when two are named)."""
    for key in [k for k in groups if k.startswith("weapon:") and re.fullmatch(r"[a-z]{3,}", k[7:])]:
        for doc_id in sorted({m.doc_id for m in groups.get(key, ())}):
            others = [k for k in groups if k != key and re.match(rf"{re.escape(key)}[- ](\d|[ivx]+\b)", k)
                      and any(m.doc_id == doc_id for m in groups[k])]
            if len(others) == 1:            # that story's "Arrow" only
                _move_stories(groups, key, others[0], {doc_id})


def _choose_type(mentions: list[Mention]) -> str:
    votes = Counter(m.type for m in mentions)
    ruled = Counter(m.type for m in mentions if m.rule.startswith("ruler:"))
    if any(m.type == "Minister" for m in mentions):
        return "Minister"
    pool = ruled or votes
    return max(pool, key=lambda t: (pool[t], SPECIFICITY.get(t, 0), t))


def _choose_label(key: str, mentions: list[Mention], lex: Lexicon) -> str:
    kind, _, rest = key.partition(":")
    if kind == "country" and rest in lex.countries:
        return lex.countries[rest].name
    if kind == "place" and rest.startswith("capital:") and rest[8:] in lex.countries:
        caps = lex.countries[rest[8:]].capitals
        if caps:
            return caps[0]
    for thing in lex.things:
        if thing.name.lower() == rest and _family(thing.type) == kind:    # (not "BRICS" for "the BRICS summit")
            return thing.name
    if kind == "org" and rest.split(":", 1)[0] in lex.countries and ":" in rest:   # "japan:japanese defense ministry"
        whose = rest.split(":", 1)[1].rsplit(" ", 2)[0].lower()        # the name of a state's body has the state
        named = Counter(m.text for m in mentions if any(ch.isupper() for ch in m.text) and whose in m.text.lower())
        if named:
            return max(named, key=lambda t: (named[t], len(t), t))
        return rest.split(":", 1)[1].title().replace("'S", "'s")
    if kind == "org" and rest.endswith("marine regiment"):
        return rest.title().replace("Th ", "th ").replace("St ", "st ").replace("Nd ", "nd ").replace("Rd ", "rd ")
    texts = Counter(m.text.strip() for m in mentions)
    if rest and any(m.key.startswith("acronym:") for m in mentions):
        longest = max((m.key[8:] for m in mentions if m.key.startswith("acronym:")), key=len)
        return longest
    if kind == "meeting":
        texts = Counter("".join(ch for ch in m.text if ch not in QUOTE_CHARS).strip() for m in mentions)
    if kind == "person":
        full = Counter({t: n for t, n in texts.items() if len(name_words(t)) > 1}) or texts
        return max(full, key=lambda t: (full[t], len(t), t))
    if kind == "weapon" or kind == "meeting":
        plain = Counter({t: n for t, n in texts.items() if t.split()[-1].lower() not in WEAPON_GENERIC}) or texts
        best = max(plain, key=lambda t: (len(t.split()) > 1, plain[t], len(t), t))
        return _singular_phrase(best)
    if kind == "treaty":
        named = [t for t in texts if any(ch.isupper() for ch in t)]
        best = max(named or texts, key=lambda t: (texts[t], len(t), t))
        if not named and rest.startswith("parties:"):       # "the defense pact" of Japan and the Philippines
            parties = [lex.countries[p].name for p in rest[8:].split(";")[0].split(",") if p in lex.countries]
            if parties:
                return f"{'–'.join(parties)} {_title_generic(best)}"
        return _title_generic(best)
    return max(texts, key=lambda t: (texts[t], any(ch.isupper() for ch in t), len(t), t))


def _singular_phrase(text: str) -> str:
    words = text.split()
    if words and words[-1].lower() not in ("talks", "consultations", "forces", "arms"):
        last = words[-1]
        words[-1] = _singular(last) if last.islower() or last[:-1].islower() else last
    return " ".join(words)


TITLE_SMALL_WORDS = {"of", "the", "and", "on", "for", "in", "to", "from", "at", "by", "between", "with", "against", "a", "an"}


def _title_generic(text: str) -> str:
    """"the defense pact" -> "The Defense Pact"; "Treaty of Rarotonga" keeps its "of"."""
    return " ".join(w if any(ch.isupper() for ch in w) or i and w in TITLE_SMALL_WORDS else w.capitalize()
                    for i, w in enumerate(text.split()))


def resolve(results: Iterable[DocResult], lex: Lexicon) -> Resolution:
    results = list(results)
    mentions = [m for r in results for m in r.mentions]
    _retype_known_people(mentions)
    person_keys = _person_clusters([m for m in mentions if m.type in PERSON])
    groups: dict[str, list[Mention]] = defaultdict(list)
    redirects: dict[str, str] = {}
    local: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.type == "TreatyArticle":
            continue
        key = _key(m, lex, person_keys)
        groups[key].append(m)
        if m.alias_of is not None:           # every article's "Second Thomas Shoal" joins "Ayungin Shoal"
            alias, m.alias_of = m.alias_of, None
            own = _key(m, lex, person_keys)
            m.alias_of = alias
            if own != key and any(ch.isupper() for ch in m.text):
                redirects[own] = key
            elif own != key:                 # "a hypersonic missile named Fattah": in that story only
                local[(own, m.doc_id)] = key
    for (own, doc_id), key in local.items():
        if key in groups:
            _move_stories(groups, own, key, {doc_id})
    for own, key in redirects.items():
        while key in redirects and redirects[key] != own:
            key = redirects[key]
        if own in groups and key in groups and own != key:
            groups[key].extend(groups.pop(own))
    _merge_generic_weapons(groups)
    _merge_weapon_families(groups)
    _merge_treaty_names(groups)
    _merge_agreements_of_a_kind(groups)
    _merge_pacts_into_agreements(groups)
    _merge_org_place_names(groups)
    _merge_org_weapon_names(groups)
    _merge_generic_name_words(groups)
    _merge_short_unit_names(groups)
    _merge_meeting_editions(groups)
    _split_generic_meetings(groups, results, lex)
    out = Resolution()
    used: Counter[str] = Counter()
    key_to_id: dict[str, str] = {}

    def make(key: str, ms: list[Mention], label: str | None = None) -> Entity:
        label = label or _choose_label(key, ms, lex)
        base = slugify(label)
        used[base] += 1
        ent_id = base if used[base] == 1 else f"{base}-{used[base]}"
        ent = Entity(id=ent_id, label=label, type=_choose_type(ms))
        for m in ms:
            m.entity_id = ent_id
            ent.mentions.append(m)
            ent.docs.add(m.doc_id)
            if m.text != label:
                ent.aliases.add(m.text)
            if m.title and m.type in PERSON:
                ent.aliases.add(f"{m.title} {m.text}")
        if ent.type == "Weapon":                 # "Ka-27 anti-submarine helicopter" is also known as "Ka-27"
            ent.aliases.update(d.group(1) for m in ms for t in {m.text, _arabic(m.text)} for d in [DESIGNATION.match(t)] if d)
        ent.aliases.discard(label)
        out.entities[ent_id] = ent
        key_to_id[key] = ent_id
        return ent

    for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        make(key, groups[key])
    _resolve_articles(results, out, make)
    out.facts = _drop_bare_posts(_drop_guessed_countries(_lift_facts(results, out)))
    out.facts.extend(_co_participants(out))
    out.facts.extend(_states_of_units(out))
    out.facts.extend(_states_of_ministries(out))
    out.facts.extend(_exercise_partners(out))
    out.facts.extend(_reorganised_in_place(out))
    _name_treaties_by_parties(out)
    return out


def _name_treaties_by_parties(out: Resolution) -> None:
    """An agreement the text never names and no pair of states labels ("signed a contract with Sukhoi") is
    labelled by its parties, states first, then bodies not of those states: "Vietnam–Sukhoi Contract", not a
    bare "Contract" that says nothing."""
    parties: dict[str, list[str]] = defaultdict(list)
    part_of: dict[str, set[str]] = defaultdict(set)
    for f in out.facts:
        if f.predicate == "partyTo" and isinstance(f.object, str) and f.subject in out.entities:
            parties[f.object].append(f.subject)
        if f.predicate == "partOf" and isinstance(f.object, str):
            part_of[f.subject].add(f.object)
    renamed: dict[str, str] = {}
    for ent in list(out.entities.values()):
        if ent.type != "Treaty" or "–" in ent.label or not ent.mentions or \
                not all(_generic_treaty(m.text) for m in ent.mentions) or not parties.get(ent.id):
            continue
        states = sorted({p for p in parties[ent.id] if out.entities[p].type == "Country"}, key=lambda p: out.entities[p].label)
        others = sorted({p for p in parties[ent.id] if p not in states and not part_of[p] & set(states)},
                        key=lambda p: out.entities[p].label)
        named = [out.entities[p].label for p in (states + others)[:3]]
        kind = ent.label
        for name in named:                           # "Vietnam Contract" (one state's): the kind is "Contract"
            kind = kind[len(name):].strip() if kind.startswith(name + " ") else kind
        label = f"{'–'.join(named)} {kind}"
        if label == ent.label:
            continue
        new_id, n = slugify(label), 1
        while new_id in out.entities:
            n += 1
            new_id = f"{slugify(label)}-{n}"
        del out.entities[ent.id]
        ent.aliases.add(ent.label)                   # the name the text used stays a name of it
        renamed[ent.id], ent.id, ent.label = new_id, new_id, label
        ent.aliases.discard(label)
        out.entities[new_id] = ent
        for m in ent.mentions:
            m.entity_id = new_id
    for f in out.facts if renamed else ():
        f.subject = renamed.get(f.subject, f.subject)
        if isinstance(f.object, str):
            f.object = renamed.get(f.object, f.object)


def _resolve_articles(results: list[DocResult], out: Resolution, make) -> None:
    """An article is one node per (treaty, number): "Article 5" of two treaties are two nodes."""
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for r in results:
        treaty_of: dict[int, str] = {}
        for f in r.facts:
            if f.predicate == "partOf" and f.subject.type == "TreatyArticle" and isinstance(f.object, Mention):
                treaty_of[id(f.subject)] = f.object.entity_id or ""
        for m in r.mentions:
            if m.type == "TreatyArticle":
                number = m.text.split()[-1]
                groups[(treaty_of.get(id(m), ""), number)].append(m)
    for (treaty_id, number), ms in sorted(groups.items()):
        treaty = out.entities.get(treaty_id)
        label = f"Article {number} of the {treaty.label}" if treaty else f"Article {number}"
        make(f"article:{treaty_id}:{number}", ms, label)


def _lift_facts(results: list[DocResult], out: Resolution) -> list[Fact]:
    merged: dict[tuple[str, str, object], Fact] = {}
    for r in results:
        for f in r.facts:
            s = f.subject.entity_id
            if s is None:
                continue
            if isinstance(f.object, Mention):
                o: str | Literal_ | None = f.object.entity_id
                if o is None or o == s:
                    continue
            else:
                o = f.object
            if f.predicate in SYMMETRIC and isinstance(o, str) and o < s:
                s, o = o, s
            key = (s, f.predicate, _norm_literal(o))
            fact = merged.get(key)
            if fact is None:
                fact = merged[key] = Fact(s, f.predicate, o)
            if all((e.doc_id, e.start, e.rule) != (f.evidence.doc_id, f.evidence.start, f.evidence.rule)
                   for e in fact.evidence):
                fact.evidence.append(f.evidence)
    return [merged[k] for k in sorted(merged, key=lambda k: (k[0], k[1], str(k[2])))]


def _drop_guessed_countries(facts: list[Fact]) -> list[Fact]:
    """A country guessed from the document's home (a dateline) yields to any country a sentence states."""
    def guessed(f: Fact) -> bool:
        return f.predicate == "represents" and all(e.rule == HOME_COUNTRY_RULE for e in f.evidence)
    stated = {f.subject for f in facts if f.predicate == "represents" and not guessed(f)}
    return [f for f in facts if not (guessed(f) and f.subject in stated)]


def _drop_bare_posts(facts: list[Fact]) -> list[Fact]:
    """"Secretary" (from "Secretary Austin") yields to the post it shortens, "Secretary of Defense":
    its evidence goes with the longer post."""
    posts: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.predicate == "holdsPosition":
            posts[f.subject].append(f)
    def post(f: Fact) -> str:
        return str(getattr(f.object, "value", f.object)).lower()

    dropped: set[int] = set()
    for held in posts.values():
        for f in held:
            word = post(f)
            longer = [g for g in held if g is not f and post(g).split()[0] == word and len(post(g).split()) > 1]
            if " " not in word and len(longer) == 1:
                longer[0].evidence.extend(e for e in f.evidence if e not in longer[0].evidence)
                dropped.add(id(f))
    return [f for f in facts if id(f) not in dropped]


def _norm_literal(o: str | Literal_) -> object:
    if isinstance(o, Literal_):
        return ("lit", o.datatype, re.sub(r"\s+", " ", o.value.lower().replace("defence", "defense")).strip())
    return o


def _reorganised_in_place(out: Resolution) -> list[Fact]:
    """A unit reorganised into another leaves its successor where it was stationed."""
    stationed: dict[str, list[Fact]] = defaultdict(list)
    for f in out.facts:
        if f.predicate == "stationedIn":
            stationed[f.subject].append(f)
    have = {(f.subject, f.object) for f in out.facts if f.predicate == "stationedIn"}
    derived = []
    for f in out.facts:
        if f.predicate != "reorganizedInto" or not isinstance(f.object, str):
            continue
        for st in stationed.get(f.subject, []):
            if (f.object, st.object) in have:
                continue
            derived.append(Fact(f.object, "stationedIn", st.object,
                                [_derived(f.evidence[0], "derive:reorganised-in-place", 0.55)]))
            have.add((f.object, st.object))
    return derived


def _states_of_units(out: Resolution) -> list[Fact]:
    """A state takes part in an exercise its own forces take part in ("The Israel Defense Forces and CENTCOM
    launched Juniper Oak"), and acquires and operates the arms they do ("handed over the Iskander to the
    Belarusian army"): the unit's fact, lifted to the country it is part of. Arms only for a unit of one
    country (not the "Royal Air Force" of Britain and of Saudi Arabia, merged by name), said to be its own in a
    document that names the arms, and not irregular forces named after a state ("the Georgian Legion")."""
    def exercise(f: Fact) -> bool:
        event = out.entities.get(f.object) if isinstance(f.object, str) else None
        return f.predicate == "participatedIn" and event is not None and event.type == "Event"
    def armed(f: Fact) -> bool:
        return f.predicate in ("acquires", "operates") and \
            getattr(out.entities.get(f.object) if isinstance(f.object, str) else None, "type", "") == "Weapon"
    units = _countries_of(out, lambda e: e.type == "MilitaryUnit")
    sole = {u: cs for u, cs in units.items() if len(cs) == 1 and     # ("Royal Air Force": Britain's and Saudi Arabia's)
            not IRREGULAR & set(re.findall(r"\w+", out.entities[u].label.lower()))}
    docs: dict[str, set[str]] = defaultdict(set)   # unit -> the documents that say it is its one country's
    for f in out.facts:
        if f.predicate == "partOf" and f.subject in sole and f.object in sole[f.subject]:
            docs[f.subject] |= {e.doc_id for e in f.evidence}
    def armed_here(f: Fact) -> bool:
        return armed(f) and f.subject in sole and any(e.doc_id in docs[f.subject] for e in f.evidence)
    return _lifted(out, units, exercise, "derive:unit-state", 0.55) + \
        _lifted(out, sole, armed_here, "derive:unit-state", 0.55)


IRREGULAR = {"legion", "volunteer", "volunteers", "militia", "militias", "liberation", "democratic", "wagner", "rebel",
             "rebels", "insurgents", "mercenaries"}     # forces named after a state that are not its own: "the Georgian
#                                                      Legion in Ukraine", "the Syrian Democratic Forces", "Wagner Group"
MINISTRY_WORDS = {"ministry", "department"}
STATE_ACTS = {"acquires", "develops", "operates"}


def _states_of_ministries(out: Resolution) -> list[Fact]:
    """What a state's ministry buys, develops or operates, the state does ("Japan's Defense Ministry said it
    signed a contract to buy the Joint Strike Missile")."""
    ministries = _countries_of(out, lambda e: e.type == "Organization" and
                               any(w in MINISTRY_WORDS for w in e.label.lower().split()))
    return _lifted(out, ministries, lambda f: f.predicate in STATE_ACTS, "derive:ministry-state", 0.6)


def _countries_of(out: Resolution, kind: Callable[[Entity], bool]) -> dict[str, list[str]]:
    """The countries each entity of a kind is part of."""
    found: dict[str, list[str]] = defaultdict(list)
    for f in out.facts:
        if f.predicate == "partOf" and isinstance(f.object, str) and f.subject in out.entities and \
                kind(out.entities[f.subject]) and getattr(out.entities.get(f.object), "type", "") == "Country":
            found[f.subject].append(f.object)
    return found


def _lifted(out: Resolution, owners: dict[str, list[str]], keep: Callable[[Fact], bool], rule: str,
            cap: float) -> list[Fact]:
    """The facts `keep` picks, said again of each owner of their subject (once each)."""
    have = {(f.subject, f.predicate, f.object) for f in out.facts}
    derived = []
    for f in out.facts:
        for owner in owners.get(f.subject, ()) if keep(f) else ():
            if (owner, f.predicate, f.object) not in have:
                derived.append(Fact(owner, f.predicate, f.object, [_derived(f.evidence[0], rule, cap)]))
                have.add((owner, f.predicate, f.object))
    return derived


CONFLICT = re.compile(r"(?i)\b(war|conflict|invasion)\b")      # sides of a war do not cooperate in it
EXERCISE_PARTNERS = 3          # the states of a joint exercise of at most this many cooperate (not all of RIMPAC's)


def _exercise_partners(out: Resolution) -> list[Fact]:
    """States that hold an exercise together cooperate: "joint military exercises by the United States and
    South Korea", "the bilateral U.S.-Philippine exercise Salaknib 2024"."""
    states: dict[str, list[Fact]] = defaultdict(list)
    for f in out.facts:
        event = out.entities.get(f.object) if isinstance(f.object, str) else None
        if f.predicate == "participatedIn" and event is not None and event.type == "Event" and \
                not event.label.startswith("Operation ") and not CONFLICT.search(event.label) and \
                getattr(out.entities.get(f.subject), "type", "") == "Country":
            states[f.object].append(f)
    existing = {(f.subject, f.object) for f in out.facts if f.predicate == "cooperatesWith"}
    derived: list[Fact] = []
    for event, facts in sorted(states.items()):
        members = sorted({f.subject for f in facts})
        if 2 <= len(members) <= EXERCISE_PARTNERS:
            derived += _pairs(members, facts, existing, "cooperatesWith", "derive:exercise-partners", 0.55)
    return derived


def _pairs(members: list[str], facts: list[Fact], existing: set[tuple[str, str]], predicate: str, rule: str,
           cap: float, keep=lambda a, b: True) -> list[Fact]:
    """A derived fact for every pair of members not yet related (either way round) that ``keep`` allows,
    on the evidence of the first member's fact; ``existing`` grows with them."""
    derived = []
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if not keep(a, b) or (a, b) in existing or (b, a) in existing:
                continue
            src = next(f for f in facts if f.subject == a).evidence[0]
            derived.append(Fact(a, predicate, b, [_derived(src, rule, cap)]))
            existing.add((a, b))
    return derived


def _derived(src: Evidence, rule: str, cap: float) -> Evidence:
    """The evidence of a fact derived from another: its sentence, under the deriving rule, no surer than ``cap``."""
    return Evidence(src.doc_id, src.sentence, src.start, src.end, rule, round(min(cap, src.confidence), 3))


CONFERENCES = {"dialogue", "conference", "forum", "plenary", "assembly", "congress", "convention"}
SPECTATED = {"ceremony", "parade", "inauguration", "funeral", "commemoration", "celebration", "celebrations"}


def _co_participants(out: Resolution) -> list[Fact]:
    """Participants of one meeting who represent different countries met each other (one side
    known is enough: "Kishida, U.S. President Biden and South Korean President Yoon held a summit")."""
    represents: dict[str, set[str]] = defaultdict(set)
    attended: dict[str, list[Fact]] = defaultdict(list)
    existing = {(f.subject, f.object) for f in out.facts if f.predicate == "metWith"}
    for f in out.facts:
        if f.predicate == "represents" and isinstance(f.object, str):
            represents[f.subject].add(f.object)
        if f.predicate == "participatedIn" and isinstance(f.object, str):
            attended[f.object].append(f)
    derived: list[Fact] = []
    for meeting, facts in sorted(attended.items()):
        people = sorted({f.subject for f in facts if getattr(out.entities.get(f.subject), "type", "") in PERSON})
        label = out.entities[meeting].label.lower() if meeting in out.entities else ""
        forum = any(w in CONFERENCES for w in label.split())
        if len(people) > (4 if forum else 6) or any(e.rule == "meeting:sidelines" for f in facts for e in f.evidence):
            continue                  # a conference, with meetings on its sidelines: not all delegates met
            #                           (six foreign ministers at the Negev Summit did)
        if all(e.rule == "meeting:planned-participant" for f in facts for e in f.evidence):
            continue                  # "an upcoming meeting with Scholz, Macron and Rutte": not met yet
        if len(people) > 2 and label.split()[-1:] and label.split()[-1] in SPECTATED:
            continue                  # guests at a ceremony or a parade watch it together; they need not meet
            #                           (two at a ceremony, as the signatories of a deal, still count as met)
        sides = {s for p in people for s in represents[p]}
        derived += _pairs(people, facts, existing, "metWith", "derive:co-participants", 0.6,
                          # not colleagues of one government, nor two people of unknown sides, nor one of unknown
                          # side among several sides' (a delegate of one of them, or of yet another?)
                          lambda a, b: bool(represents[a] and represents[b] or (represents[a] or represents[b]) and
                                            len(sides) < 2) and not represents[a] & represents[b])
    return derived
