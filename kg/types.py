"""The records that flow between kg's stages.

documents -> parse -> mentions -> entities (resolved) -> facts -> RDF -> exports

They are plain, immutable-where-possible dataclasses so that every stage is a function over data.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# Ontology class local names (kg:<name>), most specific first where it matters.
EntityType = Literal[
    "Person", "Minister", "Country", "Organization", "MilitaryUnit", "Treaty", "TreatyArticle",
    "Place", "Island", "City", "WaterBody", "Region", "Weapon", "Event", "Meeting",
]


@dataclass(frozen=True)
class Document:
    """One input article."""

    id: str            # file stem, e.g. "000_d417b0cdfc301bfe"
    path: str          # as given by the user (for messages and kg:sourcePath)
    text: str
    sha256: str

    @property
    def title(self) -> str:
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()[:200]
        return ""


@dataclass(frozen=True)
class Span:
    """A character span of a document with the sentence it lies in."""

    doc_id: str
    start: int
    end: int
    sent_start: int
    sent_end: int


@dataclass(eq=False)
class Mention:
    """A surface form in one document that names (or stands for) an entity."""

    doc_id: str
    start: int                     # character offsets of the name itself
    end: int
    text: str                      # the name as written (titles removed)
    type: str                      # kg class local name
    rule: str                      # which rule or component found it
    sent_start: int = 0
    sent_end: int = 0
    key: str = ""                  # normalised lookup key (lexicon id for countries etc.)
    title: str | None = None       # a title glued to a person's name ("Secretary of State")
    other_titles: list[str] = field(default_factory=list)   # "State Councillor and Defence Minister X"
    affiliation: str | None = None  # country key named with the title ("Japanese", "of Japan")
    organization: str | None = None  # organisation named with the title ("Foreign Ministry spokesman")
    affiliation_side: str = ""      # "left" ("Japanese Foreign Minister X"), "right" ("X of Japan"), "appos"
    token_start: int = 0
    token_end: int = 0
    title_token_start: int | None = None   # first token of a title written before the name
    metonym: bool = False          # "Tokyo" standing for the government of Japan
    entity_id: str | None = None   # filled by resolution
    alias_of: "Mention | None" = None  # "X, also known as Y": Y names the same thing as X


@dataclass
class Entity:
    """One real-world thing, after resolution across all documents."""

    id: str                        # slug, unique within a build
    label: str                     # canonical name
    type: str                      # most specific kg class local name
    aliases: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class Evidence:
    """One sentence that supports a fact."""

    doc_id: str
    sentence: str
    start: int                     # sentence offsets in the document
    end: int
    rule: str
    confidence: float
    predicate_text: str | None = None


@dataclass(frozen=True)
class Literal_:
    """A literal object of a fact (a title, a date)."""

    value: str
    datatype: str = "string"       # "string", "date" or "gMonthDay" (a day the text gives without a year)


@dataclass
class Fact:
    """subject -- predicate --> object, with the sentences that support it.

    Before resolution ``subject``/``object`` are mention indexes; after, entity ids. Literal objects
    (titles, dates) are ``Literal_``.
    """

    subject: str
    predicate: str                 # kg property local name
    object: str | Literal_
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str | Literal_]:
        return (self.subject, self.predicate, self.object)


SYMMETRIC = frozenset({"metWith", "allyOf", "cooperatesWith"})
