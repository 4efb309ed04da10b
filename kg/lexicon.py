"""General-knowledge lexicons (countries, places, organisations, treaties, weapons, titles, recurring exercises),
loaded from data.

The data lives in ``kg/data/lexicon/*.yaml``. Nothing here states a fact about a particular person
or event: only names, spellings, demonyms, capitals and classes of things.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .errors import ConfigError

NAME_PARTICLES = frozenset({"le", "la", "de", "del", "della", "di", "da", "van", "von", "der", "den", "el", "al",
                            "bin", "binti", "ibn", "dos", "das", "du"})    # inside names: "Jean-Yves Le Drian"


def _load(name: str) -> Any:
    ref = resources.files("kg") / "data" / "lexicon" / name
    try:
        return yaml.safe_load(ref.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as err:
        raise ConfigError(f"kg/data/lexicon/{name}: packaged lexicon is missing") from err
    except yaml.YAMLError as err:
        raise ConfigError(f"kg/data/lexicon/{name}: not valid YAML ({err})") from err


@dataclass(frozen=True)
class Country:
    id: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]
    ambiguous: bool = False
    breakaway: bool = False


@dataclass(frozen=True)
class NamedThing:
    name: str
    type: str                      # kg class local name
    aliases: tuple[str, ...] = ()
    kind: str = ""
    part_of: str | None = None
    country: str | None = None
    needs_context: bool = False


@dataclass
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)
    things: list[NamedThing] = field(default_factory=list)
    weapon_nouns: dict[str, str] = field(default_factory=dict)          # surface (lower) -> lemma
    weapon_modifiers: frozenset[str] = frozenset()
    weapon_modifier_words: frozenset[str] = frozenset()                 # "air", "defense", "anti", "ship", ...
    designation_prefixes: frozenset[str] = frozenset()
    ministerial_titles: tuple[str, ...] = ()
    other_titles: tuple[str, ...] = ()
    title_heads: frozenset[str] = frozenset()
    title_modifiers: frozenset[str] = frozenset()
    misspellings: dict[str, str] = field(default_factory=dict)
    title_abbreviations: dict[str, str] = field(default_factory=dict)    # "PM" -> "Prime Minister"
    national_titles: dict[str, str] = field(default_factory=dict)        # "secretary of state" -> "united-states"
    title_plurals: dict[str, str] = field(default_factory=dict)          # "Ministers" -> "Minister"
    stateless_titles: frozenset[str] = frozenset()       # "leader", "pope": no post of the dateline's state
    family_name_first: frozenset[str] = frozenset()      # "Li Shangfu", "Kim Jong Un"
    title_given_names: frozenset[str] = frozenset()      # "Amir": a title, and a name after another title
    exercises: tuple[tuple[str, bool], ...] = ()          # recurring exercises: (name, a name alone too)
    _surface: dict[str, str] | None = field(default=None, repr=False)
    _canonical: dict[str, tuple[str, str]] | None = field(default=None, repr=False)
    _things: dict[str, NamedThing] | None = field(default=None, repr=False)
    _title_sets: tuple[frozenset[str], tuple[str, ...]] | None = field(default=None, repr=False)

    # -- look-ups -------------------------------------------------------------
    def country_by_surface(self) -> dict[str, str]:
        """Every name, alias, demonym, capital and seat (as written) -> country id."""
        if self._surface is not None:
            return self._surface
        table: dict[str, str] = {}
        for c in self.countries.values():
            for s in (c.name, *c.aliases, *c.demonyms, *c.capitals, *c.seats):
                table.setdefault(strip_the(s), c.id)
        self._surface = table
        return table

    def canonical(self) -> dict[str, tuple[str, str]]:
        """Every place/organisation/weapon surface (lower-case, no leading 'the') -> (name, kg class)."""
        if self._canonical is None:
            table: dict[str, tuple[str, str]] = {}
            for thing in self.things:
                for s in (thing.name, *thing.aliases):
                    table.setdefault(strip_the(s).lower(), (thing.name, thing.type))
            for thing in self.things:            # the same written another way: "Self Defence Force"
                for s in (thing.name, *thing.aliases):
                    table.setdefault(_spelling(s), (thing.name, thing.type))
            self._canonical = table
        return self._canonical

    def lookup(self, surface: str) -> tuple[str, str] | None:
        """(name, kg class) of the lexicon thing a surface names, however hyphenated or spelt
        ("Japan Ground Self Defence Force"), and with its own country in front ("Japanese Ground
        Self-Defense Force", "China's People's Liberation Army Navy")."""
        canon = self.canonical()
        hit = canon.get(strip_the(surface).lower()) or canon.get(_spelling(surface))
        if hit:
            return hit
        table = self.country_by_surface()
        words = strip_the(surface).split()
        for n in (3, 2, 1):
            if len(words) <= n:
                continue
            head = " ".join(words[:n])
            country = table.get(re.sub(r"['’]s$", "", head))
            rest = canon.get(_spelling(" ".join(words[n:])))
            if country and rest and any(t.name == rest[0] and t.country == country for t in self.things):
                return rest
        return None

    def thing(self, key: str) -> NamedThing | None:
        """The place, organisation or weapon a mention's key names (its name, lower-case)."""
        if self._things is None:
            self._things = {}
            for t in self.things:
                self._things.setdefault(t.name.lower(), t)
        return self._things.get(key)

    def is_ministerial(self, title: str) -> bool:
        if self._title_sets is None:          # normalised once: this is asked for every titled name
            self._title_sets = (frozenset(normalise_title(o, self.misspellings) for o in self.other_titles),
                                tuple(normalise_title(x, self.misspellings) for x in self.ministerial_titles))
        other, ministerial = self._title_sets
        t = normalise_title(title, self.misspellings)
        if t in other:
            return False
        def tail(titles: Iterable[str]) -> int:      # the longest of these titles the title ends with
            return max((len(x) for x in titles if t == x or t.endswith(" " + x)), default=0)
        ends = tail(ministerial)
        return (ends > 0 and ends >= tail(other)) or \
            re.match(r"^((deputy|vice|first deputy|acting) )?minister (for|of) ", t) is not None   # "for Strategic ..."
        # ^ "Pentagon press secretary" ends with the other title "press secretary", longer than "secretary"


NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def name_words(text: str) -> list[str]:
    """The words of a person's name without suffixes ("Ferdinand Marcos Jr." -> Ferdinand, Marcos)."""
    words = text.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in NAME_SUFFIXES:
        words.pop()
    return words


GIVEN_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+")        # "Ing-wen", "Jae-in": a given name after the family name


def surname(text: str, lex: Lexicon) -> str:
    """The family name: the last word, or the first in "Li Shangfu", "Kim Jong Un", "Ng Eng Hen", and before a
    hyphenated given name written in the East Asian way ("Tsai Ing-wen", "William Lai Cheng-te")."""
    first = lex.family_name_first
    words = name_words(text)
    if 2 <= len(words) <= 3 and words[0] in first and words[-1] not in first:
        return words[0]
    if 2 <= len(words) <= 3 and GIVEN_AFTER.fullmatch(words[-1]):
        return words[-2]                             # ("William Lai Cheng-te")
    if len(words) >= 3 and words[-2].lower() in NAME_PARTICLES:
        n = 2
        while n < len(words) - 1 and words[-n - 1].lower() in NAME_PARTICLES:
            n += 1                                   # "von der Leyen"
        return " ".join(words[-n:])                  # "Le Drian"
    return words[-1]


def _spelling(s: str) -> str:
    """A surface with spelling variants folded: case, "the", hyphens, "defence", apostrophes."""
    s = strip_the(s).lower().replace("’", "'").replace("defence", "defense")
    return " ".join(re.sub(r"[-‐–]", " ", s).split())


def strip_the(s: str) -> str:
    return re.sub(r"^(the)\s+", "", s.strip(), flags=re.I)


def normalise_title(title: str, misspellings: dict[str, str] | None = None) -> str:
    words = re.sub(r"[^\w\s.-]", " ", title).split()
    fixed = [(misspellings or {}).get(w, w) for w in words]
    return " ".join(fixed).lower().replace("defence", "defense")


def _tuple(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(str(x) for x in v if x)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicons (cached: they are read-only data)."""
    lex = Lexicon()
    for row in _load("countries.yaml") or []:
        capital = _tuple(row.get("capital")) + _tuple(row.get("capital_aliases"))
        lex.countries[row["id"]] = Country(
            id=row["id"], name=row["name"], aliases=_tuple(row.get("aliases")),
            demonyms=_tuple(row.get("demonyms")), capitals=capital, seats=_tuple(row.get("seats")),
            ambiguous=bool(row.get("ambiguous", False)), breakaway=bool(row.get("breakaway", False)))
    places = _load("places.yaml") or {}
    for section, kg_type in (("islands", "Island"), ("waterbodies", "WaterBody"),
                             ("regions", "Region"), ("cities", "City"), ("sites", "Place")):
        for row in places.get(section) or []:
            lex.things.append(NamedThing(row["name"], kg_type, _tuple(row.get("aliases")),
                                         row.get("kind", "site" if section == "sites" else ""), row.get("part_of")))
    for row in _load("organizations.yaml") or []:
        kind = row.get("kind", "")
        lex.things.append(NamedThing(row["name"], "MilitaryUnit" if kind == "military" else "Organization",
                                     _tuple(row.get("aliases")), kind, None, row.get("country")))
    for row in (_load("treaties.yaml") or {}).get("treaties") or []:
        lex.things.append(NamedThing(row["name"], "Treaty", _tuple(row.get("aliases"))))
    weapons = _load("weapons.yaml") or {}
    for row in weapons.get("nouns") or []:
        lemma = str(row["lemma"])
        lex.weapon_nouns[lemma.lower()] = lemma.lower()
        for p in _tuple(row.get("plural")):
            lex.weapon_nouns[p.lower()] = lemma.lower()
    lex.weapon_modifiers = frozenset(str(m).lower() for m in weapons.get("type_modifiers") or [])
    lex.weapon_modifier_words = frozenset(w for m in lex.weapon_modifiers for w in re.split(r"[- ]", m) if w)
    lex.designation_prefixes = frozenset(str(p) for p in weapons.get("designation_prefixes") or [])
    for row in weapons.get("systems") or []:
        lex.things.append(NamedThing(row["name"], "Weapon", _tuple(row.get("aliases")),
                                     row.get("class", ""), needs_context=bool(row.get("needs_context"))))
        if row.get("context_aliases"):      # short common-word forms ("Reaper"): only next to a weapon word
            lex.things.append(NamedThing(row["name"], "Weapon", _tuple(row.get("context_aliases")),
                                         row.get("class", ""), needs_context=True))
    titles = _load("titles.yaml") or {}
    lex.ministerial_titles = _tuple(titles.get("ministerial"))
    lex.other_titles = _tuple(titles.get("other"))
    lex.title_heads = frozenset(h.lower() for h in _tuple(titles.get("heads")))
    lex.title_modifiers = frozenset(m.lower() for m in _tuple(titles.get("modifiers")))
    lex.misspellings = {str(k): str(v) for k, v in (titles.get("misspellings") or {}).items()}
    lex.title_abbreviations = {str(k): str(v) for k, v in (titles.get("abbreviations") or {}).items()}
    lex.national_titles = {str(k).lower(): str(v) for k, v in (titles.get("national") or {}).items()}
    lex.misspellings.update(lex.title_abbreviations)     # a title reads the same written out: "PM" -> "Prime Minister"
    lex.title_plurals = {str(k): str(v) for k, v in (titles.get("plurals") or {}).items()}
    lex.title_given_names = frozenset(_tuple(titles.get("given_names")))
    lex.stateless_titles = frozenset(t.lower() for t in _tuple(titles.get("stateless")))
    lex.exercises = tuple((str(row["name"]), bool(row.get("alone", False)))
                          for row in (_load("exercises.yaml") or {}).get("exercises") or [])
    lex.family_name_first = frozenset(_tuple((_load("names.yaml") or {}).get("family_name_first")))
    return lex
