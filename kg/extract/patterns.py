"""EntityRuler patterns, built from the lexicons and ``kg/data/patterns/entities.yaml``.

Ruler labels are ``KG_<class>`` (``KG_Country`` etc.) plus the helper labels ``KG_Demonym``,
``KG_Capital`` and ``KG_Title``; country patterns carry the country id as the span's ``ent_id_``.
"""
from __future__ import annotations

import re
from importlib import resources
from typing import Any

import yaml
from spacy.language import Language

from ..lexicon import Lexicon, strip_the

Pattern = dict[str, Any]
CONTEXT_NOUNS = ("missile", "missiles", "system", "systems", "carrier", "aircraft carrier", "helicopter carrier",
                 "destroyer", "destroyers", "frigate", "frigates", "tank", "tanks", "fighter", "fighters", "jet",
                 "jets", "drone", "drones", "submarine", "submarines", "helicopter", "helicopters", "class",
                 "-class", "launcher", "launchers", "interceptor", "interceptors", "battery", "batteries")


VARIANT = r"^[A-Z]{1,3}\d?$"       # a variant's letters: the "M" of "Rafale-M"
VARIANT_CODE = r"^[A-Z]{1,2}\d{1,2}(?:[A-Z]\d?)?$"     # a variant's code after a space: the "A8" of "Leopard 2 A8"


def _tokens(nlp: Language, text: str) -> list[str]:
    """The tokens of a pattern's text as the pipeline's documents have them (hyphenated given names merged)."""
    doc = nlp.make_doc(text)
    if "kg_given_names" in nlp.pipe_names:
        doc = nlp.get_pipe("kg_given_names")(doc)
    return [t.text for t in doc]


def _phrase(nlp: Language, text: str, attr: str = "ORTH") -> list[dict[str, str]]:
    toks = _tokens(nlp, text)
    return [{attr: t.lower() if attr == "LOWER" else t} for t in toks]


NATIONAL_SERVICES = ("Army", "Navy", "Air Force", "Marine Corps", "Marines", "Armed Forces", "Special Forces",
                     "Space Force", "Ground Forces", "Defence Force", "Defence Forces", "Defense Force",
                     "Defense Forces", "Military Forces", "Naval Forces", "Aerospace Force", "Coast Guard")
SIGNING_VERBS = {"sign", "ink", "conclude", "seal"}      # what makes a treaty: its signers, its day
SPEECH_VERBS = {"say", "tell", "add", "note", "announce", "state", "warn", "confirm", "stress", "reveal"}
PLACE_UNIT_HEADS = ("Corps", "Fleet", "Flotilla", "Army", "Military District")   # (not "Command": "Joint Arctic
#                                                                                   Command", "U.S. Africa Command")
COMMON_SERVICES = ("Army", "Navy", "Air Force", "Armed Forces", "Coast Guard")     # also written in lower case or with "'s"


EXERCISE_WORDS = ["exercise", "exercises", "drills", "drill", "wargames"]     # "Arctic Challenge Exercises"
SYSTEM_NOUNS = ["drone", "drones", "missile", "missiles", "tank", "tanks", "helicopter", "helicopters", "howitzer",
                "howitzers", "interceptors", "UAV", "UAVs", "uav", "uavs"]     # (not "fighters": "Kurdish fighters")
NOT_SYSTEM_WORDS = ["Army", "Navy", "Air", "Force", "Forces", "Marine", "Marines", "Corps", "Coast", "Guard", "Military",
                    "Defence", "Defense", "National", "Royal", "People", "Liberation", "Monday", "Tuesday", "Wednesday",
                    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
                    "July", "August", "September", "October", "November", "December", "Western", "Eastern", "Northern",
                    "Southern", "Soviet", "Houthi", "Houthis", "Hamas", "Hezbollah", "Taliban", "Kamikaze", "Attack",
                    "Combat", "Cruise", "Ballistic", "Hypersonic", "Armed", "Unmanned", "Stealth", "Main", "Battle",
                    "Light", "Heavy", "Naval", "Nuclear", "Enemy", "Allied", "More", "Such", "Both", "These", "Those",
                    "Some", "Many", "Two", "Three", "Four", "Five", "Six", "Ten", "Several", "Most", "All", "Other",
                    "Modern", "Advanced", "Older", "Newer", "Iranian-made", "Russian-made", "Chinese-made", "US-made",
                    "American-made", "Turkish-made", "In", "On", "At", "By", "For", "With", "From", "But", "And", "Of"]


def service_key(country_id: str, service: str, lex: Lexicon) -> str:
    """The resolution key of a state's service: the lexicon's name ("U.S. Armed Forces") or
    "india:indian air force"."""
    c = lex.countries[country_id]
    known = [lex.canonical()[k] for k in (f"{strip_the(s)} {service}".lower() for s in (c.name, *c.aliases, *c.demonyms))
             if k in lex.canonical()]
    adjective = c.demonyms[0] if c.demonyms else c.name
    return (known[0][0] if known else f"{c.id}:{adjective} {service}").lower()


def entity_patterns(nlp: Language, lex: Lexicon) -> list[Pattern]:
    patterns: list[Pattern] = []
    seen: set[tuple[str, str, str]] = set()

    def add(label: str, text: str, ent_id: str = "", attr: str = "ORTH") -> None:
        key = (label, text if attr == "ORTH" else text.lower(), ent_id)
        if not text.strip() or key in seen:
            return
        seen.add(key)
        # exact names go to the PhraseMatcher (fast); case-insensitive ones need token patterns
        pat: Pattern = {"label": label, "pattern": text if attr == "ORTH" else _phrase(nlp, text, attr)}
        if ent_id:
            pat["id"] = ent_id
        patterns.append(pat)

    for c in lex.countries.values():
        if c.ambiguous:
            names = [c.name] + [a for a in c.aliases if len(a.split()) > 1 or a.isupper()]
        else:
            names = [c.name, *c.aliases]
        for s in names:
            add("KG_Country", strip_the(s), c.id)
        for s in c.demonyms:
            add("KG_Demonym", s, c.id)
        for s in (*c.capitals, *c.seats):
            add("KG_Capital", strip_the(s), c.id)
            add("KG_Capital", strip_the(s).upper(), c.id)      # a dateline's "HANOI -"
        if not c.ambiguous:                    # "Indonesian Air Force", "Thai Navy", "Philippine Marine Corps"
            for service in NATIONAL_SERVICES:  # one id for "Indian Air Force", "Indian air force", "India's air force"
                ent_id = service_key(c.id, service, lex)
                for s in (c.name, *c.aliases, *c.demonyms):      # exact phrases: the fast PhraseMatcher
                    add("KG_MilitaryUnit", f"{strip_the(s)} {service}", ent_id)
                    if service == "Air Force":                  # "Nigeria Airforce", "Indian Airforce"
                        add("KG_MilitaryUnit", f"{strip_the(s)} Airforce", ent_id)
                if service in COMMON_SERVICES:                 # "Indian navy", "India's air force", "Philippine
                    for adjective in c.demonyms or (c.name,):  # coast guard" (of Filipino, Philippine)
                        add("KG_MilitaryUnit", f"{adjective} {service.lower()}", ent_id)
                    for apostrophe in ("'s", "’s"):
                        for written in (service, service.lower()):
                            add("KG_MilitaryUnit", f"{strip_the(c.name)}{apostrophe} {written}", ent_id)
    weapon_noun_surfaces = sorted(lex.weapon_nouns)
    for thing in lex.things:
        label = f"KG_{thing.type}"
        for s in (thing.name, *thing.aliases):
            s = strip_the(s)
            if thing.needs_context:
                for noun in CONTEXT_NOUNS:
                    add(label, f"{s} {noun}")
                    add(label, f"{noun} {s}")
                    add(label, f"{noun}, {s}")          # "China's first aircraft carrier, Liaoning"
                if s.split()[-1] in CONTEXT_NOUNS:        # its context in its name: "Patriot air defense
                    add(label, s)                       # system(s)"
                    add(label, f"{s}s")
            else:
                add(label, s)
                last = s.split()[-1] if len(s.split()) > 1 and thing.type == "Weapon" else ""
                plurals = sorted(p for p, lemma in lex.weapon_nouns.items() if lemma == last.lower() != p) or \
                    ([last.lower() + "s"] if last.lower() in ("system", "vehicle") else [])
                for plural in plurals:
                    add(label, f"{s[:-len(last)]}{plural.title() if last.istitle() else plural}")
                    #      ^ "National Advanced Surface-to-Air Missile Systems": the name in the plural
            if thing.type in ("Region", "WaterBody"):       # "Africa Corps", "Caspian Flotilla"
                for head in PLACE_UNIT_HEADS:
                    add("KG_MilitaryUnit", f"{s} {head}")
    # named weapon systems followed by type words ("Tomahawk cruise missiles")
    # the words of type modifiers, hyphenated ones as three tokens ("nuclear", "-", "powered") and those of two
    # words ("air defense") as two
    mods = sorted({*lex.weapon_modifier_words, "-", "military"})    # "12 H225M Caracal military transport helicopters"
    caps_countries = sorted({a for c in lex.countries.values() for a in (c.name, *c.aliases, *c.demonyms)
                             if a.replace(".", "").isupper()})     # "UAE": no weapon's variant ("Rafale-UAE deal")
    for thing in lex.things:
        if thing.type == "Weapon" and not thing.needs_context:   # (not "Shandong military ships")
            for alias in (thing.name, *thing.aliases):
                base = _phrase(nlp, strip_the(alias))
                patterns.append({"label": "KG_Weapon", "pattern": base + [
                    {"LOWER": {"IN": mods}, "OP": "*"},
                    {"LOWER": {"IN": weapon_noun_surfaces}, "OP": "+"}]})
                patterns.append({"label": "KG_Weapon", "pattern": base + [        # "Leopard 2 A8 (tanks)"
                    {"TEXT": {"REGEX": VARIANT_CODE}}, {"LOWER": {"IN": mods}, "OP": "*"},
                    {"LOWER": {"IN": weapon_noun_surfaces}, "OP": "*"}]})
                if alias[-1:].isalpha():          # a variant's letters after a hyphen: "Rafale-M (fighter jets)"
                    patterns.append({"label": "KG_Weapon", "pattern": base + [
                        {"ORTH": "-"}, {"TEXT": {"REGEX": VARIANT, "NOT_IN": caps_countries}},
                        {"LOWER": {"IN": mods}, "OP": "*"}, {"LOWER": {"IN": weapon_noun_surfaces}, "OP": "*"}]})
    # designations like F-35B, WZ-7, DF-21D, S-400 (optionally followed by type words and nouns)
    if lex.designation_prefixes:
        alternation = "|".join(sorted((re.escape(p) for p in lex.designation_prefixes), key=len, reverse=True))
        designation = {"TEXT": {"REGEX": rf"^(?:{alternation})-\d{{1,4}}[A-Z]{{0,2}}s?$"}}     # "MiG-21s" too
        patterns.append({"label": "KG_Weapon", "pattern": [designation]})
        patterns.append({"label": "KG_Weapon", "pattern": [designation, {"LOWER": {"IN": mods}, "OP": "*"},
                                                           {"LOWER": {"IN": weapon_noun_surfaces}, "OP": "+"}]})
        patterns.append({"label": "KG_Weapon", "pattern": [designation, {"IS_TITLE": True, "OP": "{1,3}"},  # "OH-58D Kiowa
                                                           {"LOWER": {"IN": mods}, "OP": "*"},     # Warrior helicopters",
                                                           {"LOWER": {"IN": weapon_noun_surfaces}, "OP": "+"}]})  # "AH-64E
        #                                                                                 Apache attack helicopters"
    # code names in capitals before a weapon noun: "SLAM-ER missiles", "MK-48 Mod6 heavy weight torpedoes"
    caps_bodies = sorted({a for t in lex.things if t.type != "Weapon" for a in (t.name, *t.aliases)
                          if a.replace(".", "").isupper() and " " not in a})           # "NATO", "AUKUS", "UN"
    code = {"TEXT": {"REGEX": r"^[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*$",
                     "NOT_IN": caps_countries + caps_bodies + ["AI", "TV", "CEO", "UN", "EU"]}}
    tail = [{"TEXT": {"REGEX": r"^(?:[A-Z][a-z]*\d+|\d+[A-Z]?)$"}, "OP": "?"},
            {"IS_LOWER": True, "OP": "{0,2}"}, {"LOWER": {"IN": weapon_noun_surfaces}}]
    patterns.append({"label": "KG_Weapon", "pattern": [code, *tail]})
    patterns.append({"label": "KG_Weapon", "pattern": [code, {"LOWER": {"IN": mods}, "OP": "+"},   # "K9 self-propelled
                                                       {"LOWER": {"IN": weapon_noun_surfaces}}]})   # howitzers"
    patterns.append({"label": "KG_Weapon", "pattern": [code, {"TEXT": "-"}, {"TEXT": {"REGEX": code["TEXT"]["REGEX"]}},
                                                       *tail]})                            # "SSN-AUKUS"
    # "<type modifier>+ <weapon noun>": hypersonic missiles, anti-ship missiles, cruise missiles
    for mod in sorted(lex.weapon_modifiers):
        patterns.append({"label": "KG_Weapon", "pattern": _phrase(nlp, mod, "LOWER") + [
            {"LOWER": {"IN": mods}, "OP": "*"},
            {"LOWER": {"IN": weapon_noun_surfaces}, "OP": "+"}]})
    # ships named before their type: "the Marshal Shaposhnikov frigate", "the Nian Chang destroyer"
    not_names = sorted({w for c in lex.countries.values() for a in (c.name, *c.aliases, *c.demonyms)
                        for w in a.split()} | {"The", "A", "An", "Its", "Their", "New", "Old", "First", "Second"})
    ships = ["destroyer", "frigate", "corvette", "cruiser", "submarine", "carrier", "warship", "tanker",
             "icebreaker", "minesweeper"]
    ship_kinds = ["patrol", "supply", "support", "landing", "amphibious"]    # only with "ship" ("Information
    for kind, noun in ((ships, {"OP": "?"}), (ship_kinds, {})):              # Support Force" is no ship)
        patterns.append({"label": "KG_Weapon", "pattern": [
            {"IS_TITLE": True, "TEXT": {"NOT_IN": not_names}},
            {"IS_TITLE": True, "TEXT": {"NOT_IN": not_names}, "OP": "?"},
            {"LOWER": {"IN": kind}}, {"LOWER": {"IN": ["ship", "vessel", "boat"]}, **noun}]})
    # systems named before a kind of weapon: "Sea Guardian drones", "Shahed drones", "Leopard tanks"
    not_systems = sorted(set(not_names) | {a for t in lex.things if t.type != "Weapon" for a in (t.name, *t.aliases)
                                           if " " not in a} | set(NOT_SYSTEM_WORDS) |
                         {w for c in lex.countries.values() for a in (*c.capitals, *c.seats) for w in a.split()})
    patterns.append({"label": "KG_Weapon", "pattern": [
        {"IS_TITLE": True, "IS_ALPHA": True, "TEXT": {"NOT_IN": not_systems}},
        {"IS_TITLE": True, "IS_ALPHA": True, "TEXT": {"NOT_IN": not_systems}, "OP": "?"},
        {"LOWER": {"IN": SYSTEM_NOUNS}}, {"LOWER": {"IN": ["variant", "variants"]}, "OP": "?"}]})
    # recurring exercises: "Cobra Gold", "Arctic Challenge Exercises", and with an edition "Zapad-2021", "Kakadu 24"
    for name, alone in lex.exercises:      # (a two-digit edition after a name alone: entities._edition_numbers)
        edition = r"((19|20)\d\d)" if alone else r"((19|20)\d\d|\d\d)"
        if alone:
            add("KG_Event", name)
        words = [{"TEXT": w} for w in _tokens(nlp, name)]
        patterns.append({"label": "KG_Event", "pattern": [*words, {"TEXT": {"REGEX": f"^{edition}$"}}]})
        patterns.append({"label": "KG_Event", "pattern": [*words[:-1], {"TEXT": {
            "REGEX": f"^{re.escape(words[-1]['TEXT'])}-{edition}$"}}]})
        patterns.append({"label": "KG_Event", "pattern": [*words, {"LOWER": {"IN": EXERCISE_WORDS}}]})
    for title in (*lex.ministerial_titles, *lex.other_titles):
        add("KG_Title", title, attr="LOWER")
        if "defense" in title.lower():
            add("KG_Title", re.sub("(?i)defense", "Defence", title), attr="LOWER")
        if "'" in title:                   # "chargé d’affaires" with a typographic apostrophe
            add("KG_Title", title.replace("'", "\u2019"), attr="LOWER")
    # composed titles: capitalised modifiers before a title head ("Deputy Commander", "Vice Foreign Minister")
    mod_words = sorted({w.capitalize() if w.islower() else w for m in lex.title_modifiers for w in m.title().split()})
    head_words = sorted({h if not h.islower() else h.capitalize() for h in (x.title() for x in lex.title_heads)})
    patterns.append({"label": "KG_Title", "pattern": [{"TEXT": {"IN": mod_words}, "OP": "+"},
                                                      {"TEXT": {"IN": head_words}}]})
    for short in lex.title_abbreviations:        # "PM Shehbaz Sharif": exact case only ("3 pm" is a time)
        add("KG_Title", short)
        patterns.append({"label": "KG_Title", "pattern": [{"TEXT": {"IN": mod_words}, "OP": "+"},
                                                          {"TEXT": short}]})      # "Deputy PM Richard Marles"
    singular = {v.lower(): k for k, v in lex.title_plurals.items()}
    for title in (*lex.ministerial_titles, *lex.other_titles):      # "Foreign Ministers Wang Yi and Lavrov"
        *rest, last = title.split()
        if last.lower() in singular:
            add("KG_Title", " ".join([*rest, singular[last.lower()]]), attr="LOWER")
    for wrong, right in lex.misspellings.items():
        for title in (*lex.ministerial_titles, *lex.other_titles):
            if right.lower() in title.lower().split():
                add("KG_Title", re.sub(rf"(?i)\b{re.escape(right)}\b", wrong, title), attr="LOWER")
    patterns.extend(_static_patterns())
    return patterns


def _static_patterns() -> list[Pattern]:
    ref = resources.files("kg") / "data" / "patterns" / "entities.yaml"
    data = yaml.safe_load(ref.read_text(encoding="utf-8")) or []
    return [{"label": row["label"], "pattern": row["pattern"], **({"id": row["id"]} if "id" in row else {})}
            for row in data]
