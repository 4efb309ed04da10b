"""Score a built graph against hand-annotated gold (the library behind ``kg eval``).

Gold is a YAML file of ``entities`` and ``facts`` (``tests/gold/seeds.yaml`` is the worked example):

    entities:
      - {id: antony-blinken, label: Antony Blinken, type: kg:Minister, aliases: [Blinken],
         docs: ['000'], core: true, accept_types: [kg:Person], optional: false}
    facts:
      - {s: antony-blinken, p: kg:holdsPosition, o: Secretary of State, tier: 1, docs: ['000'],
         evidence: "Secretary of State Antony Blinken", also_accept: [State Secretary]}
      - {s: japan, p: kg:acquires, o: tomahawk-cruise-missile, tier: 1,
         also_accept: ["japan kg:operates tomahawk-cruise-missile"]}

The graph is the default graph of a build (docs/rdf-layout.md). Scoring goes in three steps:

1. Align: a gold entity matches every graph node whose ``rdfs:label`` or ``skos:altLabel`` equals its
   label or an alias after :func:`normalise` ("U.S." ~ "US", "the United States" ~ "United States").
   A meeting no label matches (unnamed meetings have no canonical name) matches the graph meeting
   mentioned in one of its documents that shares at least two of its participants and at least half
   of its own or of the node's.
   A node matched by several gold entities goes to the best match: one whose ``docs`` (document ids
   or file-name prefixes before "_") include a document the node is mentioned in, then gold label
   beats alias, a node label beats an altLabel, then a node type the gold entity accepts, then more
   matching forms.
   A gold entity left with several nodes is *fragmented*; its primary node (most matching forms)
   is the one whose type is judged.
2. Facts: a graph fact (a ``kg:`` triple other than mentions and document/evidence metadata) is
   *judged* when its subject and its object are aligned (or its object is a literal); it is correct
   when it matches a gold fact or one of the gold fact's ``also_accept`` alternatives. Symmetric
   properties match either way round. Facts about things gold does not know are left unjudged.
   A gold ``kg:relatedTo`` fact (a relation no specific property covers) is recalled by any graph
   relation between its two entities, either way round, since every kg property is a sub-property
   of kg:relatedTo; that graph fact is still judged on its own property for precision. For the same
   reason a graph ``kg:relatedTo`` fact is judged correct when gold relates the pair in any way (it
   is the weaker statement gold's entails), though it recalls only a gold kg:relatedTo. Likewise a
   date without its year (``--07-16``, from a story that never gives the year) is judged correct when
   gold dates the same thing to that month and day, but recalls nothing.
3. Figures: entity recall (optional entities count only when found), type accuracy, fact recall
   (all and tier 1), fact precision, both per property, and entity recall and type accuracy per class.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from os import PathLike
from pathlib import Path
from typing import IO, Any

import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.errors import GoldError
from kg.namespace import KG, KGR

__all__ = [
    "Gold", "GoldEntity", "GoldError", "GoldFact", "GraphFact", "PropertyScore", "Report", "Score",
    "WrongType", "evaluate", "format_report", "load_gold", "normalise",
]

_KG_IRI = str(KG._NS)
_KGR_IRI = str(KGR)
_NON_ENTITY_CLASSES = frozenset({KG.Document, KG.Evidence})
_NON_FACT_PROPERTIES = frozenset({
    KG.mentionedIn,
    KG.sentence, KG.startOffset, KG.endOffset, KG.rule, KG.confidence, KG.predicateText,
    KG.sourcePath, KG.contentHash, KG.title,
})
_TERMS = sorted(str(term)[len(_KG_IRI):] for term in dir(KG))
CLASSES = frozenset(
    f"kg:{n}" for n in _TERMS if n[:1].isupper() and KG[n] not in _NON_ENTITY_CLASSES)
"""Types a gold entity may have."""
PROPERTIES = frozenset(
    f"kg:{n}" for n in _TERMS if n[:1].islower() and KG[n] not in _NON_FACT_PROPERTIES)
"""Properties a gold fact may use."""
LITERAL_PROPERTIES = frozenset({"kg:holdsPosition", "kg:date"})
SYMMETRIC_PROPERTIES = frozenset({"kg:metWith", "kg:allyOf", "kg:cooperatesWith"})
RELATED = "kg:relatedTo"        # the super-property of every relation: any relation of the pair recalls it

Triple = tuple[str, str, str]


# --- gold ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldEntity:
    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    core: bool = False
    accept_types: tuple[str, ...] = ()
    optional: bool = False

    @property
    def ok_types(self) -> frozenset[str]:
        return frozenset((self.type, *self.accept_types))


@dataclass(frozen=True)
class GoldFact:
    s: str
    p: str
    o: str
    tier: int
    docs: tuple[str, ...] = ()
    evidence: str = ""
    also_accept: tuple[Triple, ...] = ()  # each alternative as a whole triple

    @property
    def triple(self) -> Triple:
        return (self.s, self.p, self.o)

    def __str__(self) -> str:
        return " ".join(self.triple)


@dataclass(frozen=True)
class Gold:
    source: str
    entities: tuple[GoldEntity, ...]
    facts: tuple[GoldFact, ...]


def load_gold(source: str | PathLike[str] | IO[str]) -> Gold:
    """Read and validate a gold YAML file (a path or an open text file).

    Raises ``GoldError`` with a one-line message naming the file and the bad entry.
    """
    if hasattr(source, "read"):
        name = str(getattr(source, "name", "<stream>"))
        text = source.read()
    else:
        name = str(source)
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise GoldError(f"{name}: cannot read gold file: {err}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise GoldError(f"{name}: not valid YAML{where}: {getattr(err, 'problem', None) or err}") from None
    return _GoldParser(name).parse(data)


class _GoldParser:
    _ENTITY_KEYS = ("id", "label", "type", "aliases", "docs", "core", "accept_types", "optional")
    _FACT_KEYS = ("s", "p", "o", "tier", "docs", "evidence", "also_accept")

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, message: str) -> GoldError:
        return GoldError(f"{self.name}: {where}: {message}")

    def parse(self, data: Any) -> Gold:
        if not isinstance(data, dict) or set(data) != {"entities", "facts"}:
            got = sorted(map(str, data)) if isinstance(data, dict) else type(data).__name__
            raise self.fail("top level", f"expected a mapping with keys 'entities' and 'facts', got {got}")
        for key in ("entities", "facts"):
            if not isinstance(data[key], list):
                raise self.fail(key, f"expected a list, got {type(data[key]).__name__}")
        entities = tuple(self.entity(i, raw) for i, raw in enumerate(data["entities"]))
        ids = set()
        for i, e in enumerate(entities):
            if e.id in ids:
                raise self.fail(f"entities[{i}] ({e.id})", "duplicate id")
            ids.add(e.id)
        facts = tuple(self.fact(i, raw, ids) for i, raw in enumerate(data["facts"]))
        seen: dict[Triple, int] = {}
        for i, f in enumerate(facts):
            keys = [f.triple] + ([(f.o, f.p, f.s)] if f.p in SYMMETRIC_PROPERTIES else [])
            for key in keys:
                if key in seen:
                    raise self.fail(f"facts[{i}] ({f})", f"duplicate of facts[{seen[key]}]")
            seen[f.triple] = i
        return Gold(self.name, entities, facts)

    def entity(self, i: int, raw: Any) -> GoldEntity:
        where = f"entities[{i}]"
        self.check_mapping(where, raw, self._ENTITY_KEYS)
        where = f"entities[{i}] ({raw.get('id', '?')})"
        entity_id = self.text(where, raw, "id")
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entity_id):
            raise self.fail(where, f"id {entity_id!r} is not a slug (lower-case letters, digits, '-')")
        return GoldEntity(
            id=entity_id,
            label=self.text(where, raw, "label"),
            type=self.kg_class(where, self.text(where, raw, "type")),
            aliases=self.texts(where, raw, "aliases"),
            docs=self.texts(where, raw, "docs"),
            core=self.flag(where, raw, "core"),
            accept_types=tuple(self.kg_class(where, t) for t in self.texts(where, raw, "accept_types")),
            optional=self.flag(where, raw, "optional"),
        )

    def fact(self, i: int, raw: Any, ids: set[str]) -> GoldFact:
        where = f"facts[{i}]"
        self.check_mapping(where, raw, self._FACT_KEYS)
        where = f"facts[{i}] ({raw.get('s', '?')} {raw.get('p', '?')} {raw.get('o', '?')})"
        s, p = self.text(where, raw, "s"), self.text(where, raw, "p")
        triple = self.triple(where, s, p, raw.get("o"), ids)
        tier = raw.get("tier")
        if tier not in (1, 2) or isinstance(tier, bool):
            raise self.fail(where, f"tier must be 1 or 2, got {tier!r}")
        alternatives = []
        for alt in self.texts(where, raw, "also_accept"):
            parts = alt.split(None, 2)
            if len(parts) == 3 and parts[1].startswith("kg:"):
                alternatives.append(self.triple(f"{where} also_accept {alt!r}", *parts, ids))
            else:
                alternatives.append(self.triple(f"{where} also_accept {alt!r}", s, p, alt, ids))
        evidence = raw.get("evidence", "")
        if not isinstance(evidence, str):
            raise self.fail(where, "evidence must be a string")
        return GoldFact(*triple, tier=tier, docs=self.texts(where, raw, "docs"),
                        evidence=evidence, also_accept=tuple(alternatives))

    def triple(self, where: str, s: str, p: str, o: Any, ids: set[str]) -> Triple:
        if p not in PROPERTIES:
            raise self.fail(where, f"unknown property {p!r}; valid: {', '.join(sorted(PROPERTIES))}")
        if s not in ids:
            raise self.fail(where, f"subject {s!r} is not a declared entity id")
        if isinstance(o, (date, datetime)) and p == "kg:date":
            o = o.isoformat()[:10]
        if not isinstance(o, str) or not o.strip():
            raise self.fail(where, f"object must be a non-empty string, got {o!r}")
        if p == "kg:date" and not re.fullmatch(r"(\d{4}|-)-\d{2}-\d{2}", o):
            raise self.fail(where, f"kg:date object must be an ISO date like 2023-01-11 (or --01-11 for a day "
                                   f"without its year), got {o!r}")
        if p not in LITERAL_PROPERTIES and o not in ids:
            raise self.fail(where, f"object {o!r} is not a declared entity id")
        return (s, p, o)

    def check_mapping(self, where: str, raw: Any, allowed: tuple[str, ...]) -> None:
        if not isinstance(raw, dict):
            raise self.fail(where, f"expected a mapping, got {raw!r}")
        unknown = sorted(map(str, set(raw) - set(allowed)))
        if unknown:
            raise self.fail(where, f"unknown key(s) {', '.join(unknown)}; valid: {', '.join(allowed)}")

    def text(self, where: str, raw: Mapping[str, Any], key: str) -> str:
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"{key!r} must be a non-empty string, got {value!r}")
        return value

    def texts(self, where: str, raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(where, f"{key!r} must be a list of strings (quote '000'), got {value!r}")
        return tuple(value)

    def flag(self, where: str, raw: Mapping[str, Any], key: str) -> bool:
        value = raw.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(where, f"{key!r} must be true or false, got {value!r}")
        return value

    def kg_class(self, where: str, name: str) -> str:
        if name not in CLASSES:
            raise self.fail(where, f"unknown type {name!r}; valid: {', '.join(sorted(CLASSES))}")
        return name


# --- normalisation -----------------------------------------------------------------------------------

_DROPPED = re.compile(r"[.'\u2018\u2019`\"\u201c\u201d]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


_PARTICIPANTS_NAME = re.compile(r"^\s*((?:[A-Z][\w.\u2019']*)(?:-[A-Z][\w.\u2019']*)+)(\s+\w+)\s*$")


def normalise(text: str) -> str:
    """The key under which names and literal values are compared.

    Case, accents, punctuation, spacing, the word "the" and a leading "a" or "an" are ignored:
    "U.S." ~ "US", "the United States" ~ "united states", "G-7" ~ "G7", "visit to the 66th Brigade" ~
    "visit to 66th Brigade", "a ceremony in Brussels" ~ "ceremony in Brussels". Word order is kept:
    "Defense Secretary" and "Secretary of Defense" stay different, except in a meeting named by
    its participants, whose order carries no meaning: "Wong-Li meeting" ~ "Li-Wong meeting",
    "U.S.-Japan summit" ~ "Japan-U.S. summit".
    """
    article = re.match(r"\s*(?:a|an|A|An) [a-z]", text) is not None      # "a ceremony", not "A Company", "An-124"
    named = _PARTICIPANTS_NAME.match(text)
    if named:
        text = "-".join(sorted(named.group(1).split("-"), key=str.casefold)) + named.group(2)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("&", " and ")
    words = _NON_ALNUM.sub(" ", _DROPPED.sub("", text)).split()
    if len(words) > 1 and words[0] in ("a", "an") and article:
        words = words[1:]                       # "a ceremony at Fort Wainwright" ~ "ceremony at Fort Wainwright"
    return "".join(w for w in words if w != "the")


def _literal_key(prop: str, value: str) -> str:
    value = value.strip()
    if prop == "kg:date" and re.match(r"(\d{4}|-)-\d{2}-\d{2}", value):
        return value[:10]
    return normalise(value)


# --- the graph side ------------------------------------------------------------------------------------

def _curie(iri: URIRef) -> str:
    text = str(iri)
    if text.startswith(_KG_IRI):
        return "kg:" + text[len(_KG_IRI):]
    if text.startswith(_KGR_IRI):
        return "kgr:" + text[len(_KGR_IRI):]
    return f"<{text}>"


@dataclass(frozen=True)
class _Node:
    iri: URIRef
    types: frozenset[str]
    labels: frozenset[str]  # normalised rdfs:label values
    alt_labels: frozenset[str]  # normalised skos:altLabel values
    docs: frozenset[str] = frozenset()  # names of the documents that mention it (kg:mentionedIn)


def _entity_nodes(graph: Graph) -> dict[URIRef, _Node]:
    types: dict[URIRef, set[URIRef]] = defaultdict(set)
    for node, cls in graph.subject_objects(RDF.type):
        if isinstance(node, URIRef) and isinstance(cls, URIRef) and str(cls).startswith(_KG_IRI):
            types[node].add(cls)

    def names(node: URIRef, prop: URIRef) -> frozenset[str]:
        return frozenset(normalise(str(v)) for v in graph.objects(node, prop) if isinstance(v, Literal))

    mentioned = URIRef(_KG_IRI + "mentionedIn")
    return {
        node: _Node(node, frozenset(map(_curie, classes)), names(node, RDFS.label), names(node, SKOS.altLabel),
                    frozenset(str(d).rsplit("/", 1)[-1] for d in graph.objects(node, mentioned)))
        for node, classes in types.items()
        if not classes & _NON_ENTITY_CLASSES
    }


# --- alignment ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Alignment:
    owner: dict[URIRef, str]  # graph node -> gold entity id
    nodes: dict[str, tuple[URIRef, ...]]  # gold entity id -> its nodes, primary first
    form_owners: dict[str, tuple[str, ...]]  # normalised label or alias -> gold entity ids


def _align(gold: Gold, nodes: Mapping[URIRef, _Node]) -> _Alignment:
    forms: dict[str, list[tuple[int, bool]]] = defaultdict(list)  # key -> (gold index, is label)
    for index, entity in enumerate(gold.entities):
        label = normalise(entity.label)
        forms[label].append((index, True))
        for alias in {normalise(a) for a in entity.aliases} - {label, ""}:
            forms[alias].append((index, False))

    owner: dict[URIRef, str] = {}
    strength: dict[URIRef, tuple[int, int]] = {}  # node -> (forms matched, rank) for its owner
    for node in nodes.values():
        # rank 3: gold label = node label, 2: gold label = altLabel, 1: alias = label, 0: alias = altLabel
        found: dict[int, list[int]] = defaultdict(list)
        for key in node.labels | node.alt_labels:
            for index, is_label in forms.get(key, ()):
                found[index].append(2 * is_label + (key in node.labels))
        if not found:
            continue

        def score(index: int) -> tuple[bool, int, bool, int, int]:
            entity = gold.entities[index]
            ok_type = bool(node.types) and node.types <= entity.ok_types
            # a shared form ("the deal") names the thing of the documents the node is mentioned in
            in_docs = _in_docs(entity, node)
            return (in_docs, max(found[index]), ok_type, len(found[index]), -index)

        best = max(found, key=score)
        in_docs, rank, *_ = score(best)
        if not in_docs and rank < 2:
            continue          # only an alias ("the ceremony") of a thing of other documents: not this one
        owner[node.iri] = gold.entities[best].id
        strength[node.iri] = (len(found[best]), max(found[best]))

    claimed: dict[str, list[URIRef]] = defaultdict(list)
    for iri, entity_id in owner.items():
        claimed[entity_id].append(iri)
    ordered = {
        entity_id: tuple(sorted(iris, key=lambda iri: (-strength[iri][0], -strength[iri][1], str(iri))))
        for entity_id, iris in claimed.items()
    }
    form_owners = {key: tuple(gold.entities[i].id for i, _ in hits) for key, hits in forms.items()}
    return _Alignment(owner, ordered, form_owners)


_EVENT_TYPES = frozenset({"kg:Meeting", "kg:Event"})


def _in_docs(entity: GoldEntity, node: _Node) -> bool:
    """Whether the node is mentioned in one of the documents the gold entity is (either may not say)."""
    return not entity.docs or not node.docs or \
        any(d == g or d.startswith(g + "_") for g in entity.docs for d in node.docs)


def _align_events(gold: Gold, graph: Graph, nodes: Mapping[URIRef, _Node], align: _Alignment) -> _Alignment:
    """Meetings and agreements nobody named ("the Putin-Kim meeting", "a ceremony in Brussels", "the
    pact signed between Greece and France") have no canonical label to match: a gold meeting (treaty)
    still unaligned matches the unaligned graph meeting (treaty) that shares at least two of its
    participants (parties), and at least half of its own or of the node's; best overlap first, then the
    one whose participants differ least, then the one whose label shares most words."""
    align = _align_by_members(gold, graph, nodes, align, "participatedIn", _EVENT_TYPES)
    align = _align_by_members(gold, graph, nodes, align, "partyTo", frozenset({"kg:Treaty"}))
    return _align_by_one_member(gold, graph, nodes, align)


def _members(gold: Gold, graph: Graph, nodes: Mapping[URIRef, _Node], align: _Alignment, prop: str,
             types: frozenset[str]) -> tuple[dict[str, set[str]], dict[URIRef, set[str]]]:
    """Who `prop` links to each gold entity, and (as gold ids) to each still unaligned graph node of `types`."""
    members: dict[str, set[str]] = defaultdict(set)
    for fact in gold.facts:
        if fact.triple[1] == f"kg:{prop}":
            members[fact.triple[2]].add(fact.triple[0])
    graph_members: dict[URIRef, set[str]] = defaultdict(set)
    for s, o in graph.subject_objects(URIRef(_KG_IRI + prop)):
        node = nodes.get(o) if isinstance(o, URIRef) else None
        if node is not None and node.iri not in align.owner and node.types & types and s in align.owner:
            graph_members[node.iri].add(align.owner[s])
    return members, graph_members


def _align_by_members(gold: Gold, graph: Graph, nodes: Mapping[URIRef, _Node], align: _Alignment,
                      prop: str, types: frozenset[str]) -> _Alignment:
    members, graph_members = _members(gold, graph, nodes, align, prop, types)
    pairs = []
    for entity in gold.entities:
        people = members.get(entity.id, set())
        if entity.id in align.nodes or entity.type not in types or len(people) < 2:
            continue
        for iri, found in graph_members.items():
            shared = len(people & found)
            if shared >= 2 and 2 * shared >= min(len(people), len(found)) and _in_docs(entity, nodes[iri]):
                words = set(re.findall(r"[a-z0-9]+", entity.label.lower())) & \
                    set(re.findall(r"[a-z0-9]+", str(graph.value(iri, RDFS.label) or "").lower()))
                pairs.append((-shared, len(found - people), len(people - found), -len(words), entity.id, str(iri), iri))
    owner, ordered = dict(align.owner), dict(align.nodes)     # (the closest set first: "the meeting of A and B
    for *_, entity_id, _, iri in sorted(pairs):                # on the sidelines of a summit" is not the summit)
        if entity_id not in ordered and iri not in owner:
            owner[iri] = entity_id
            ordered[entity_id] = (iri,)
    return _Alignment(owner, ordered, align.form_owners)


_PERSON_TYPES = frozenset({"kg:Person", "kg:Minister"})
_LABEL_STOP_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "at", "on", "for", "with", "and", "s", "by"})


def _label_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower())) - _LABEL_STOP_WORDS


def _align_by_one_member(gold: Gold, graph: Graph, nodes: Mapping[URIRef, _Node], align: _Alignment) -> _Alignment:
    """A visit or ceremony of one person ("Blinken's trip to Beijing") has no second participant to
    match by: a gold event still unaligned matches the one unaligned graph event of its documents that
    shares a participant and a word of the label other than the participants' names ("Blinken visit
    to Beijing") and has no other person in it, when neither has another such candidate."""
    members, graph_members = _members(gold, graph, nodes, align, "participatedIn", _EVENT_TYPES)
    names = {e.id: _label_words(e.label) for e in gold.entities}
    kinds = {e.id: e.type for e in gold.entities}
    pairs: dict[str, list[URIRef]] = defaultdict(list)
    for entity in gold.entities:
        people = members.get(entity.id, set())
        if entity.id in align.nodes or entity.type not in _EVENT_TYPES or not people:
            continue
        for iri, found in graph_members.items():
            shared = people & found
            name_words = set().union(*(names.get(p, set()) for p in shared))
            words = _label_words(entity.label) & _label_words(str(graph.value(iri, RDFS.label) or ""))
            strangers = {p for p in found - people if kinds.get(p) in _PERSON_TYPES}
            if shared and not strangers and words - name_words and _in_docs(entity, nodes[iri]):
                pairs[entity.id].append(iri)
    taken = Counter(iri for iris in pairs.values() for iri in iris)
    owner, ordered = dict(align.owner), dict(align.nodes)
    for entity_id, iris in pairs.items():
        if len(iris) == 1 and taken[iris[0]] == 1:
            owner[iris[0]] = entity_id
            ordered[entity_id] = (iris[0],)
    return _Alignment(owner, ordered, align.form_owners)


# --- report ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"hits": self.hits, "total": self.total, "value": self.value}


@dataclass(frozen=True)
class PropertyScore:
    property: str
    recall: Score  # gold facts with this property that the graph has
    precision: Score  # judged graph facts with this property that gold has


@dataclass(frozen=True)
class ClassScore:
    kg_class: str  # the gold type
    recall: Score  # gold entities of this class that the graph has
    type_accuracy: Score  # of those found, how many have an accepted type


@dataclass(frozen=True)
class WrongType:
    entity: str
    expected: tuple[str, ...]  # the gold type, then accepted alternatives
    node: str
    found: tuple[str, ...]


@dataclass(frozen=True)
class GraphFact:
    s: str  # node IRI
    p: str  # kg: CURIE
    o: str  # node IRI or literal lexical form
    literal: bool = False

    def __str__(self) -> str:
        obj = repr(self.o) if self.literal else _curie(URIRef(self.o))
        return f"{_curie(URIRef(self.s))} {self.p} {obj}"


@dataclass(frozen=True)
class Report:
    gold: str
    entity_recall: Score
    core_entity_recall: Score
    type_accuracy: Score
    fragmented: dict[str, tuple[str, ...]]  # gold id -> node IRIs, primary first
    fact_recall: Score
    tier1_fact_recall: Score
    fact_precision: Score
    unjudged_facts: int
    by_property: tuple[PropertyScore, ...]
    alignment: dict[str, tuple[str, ...]]  # gold id -> node IRIs, primary first
    by_class: tuple[ClassScore, ...] = ()
    missed_entities: tuple[GoldEntity, ...] = ()
    wrong_types: tuple[WrongType, ...] = ()
    missed_facts: tuple[GoldFact, ...] = ()
    unmatched_facts: tuple[GraphFact, ...] = ()

    @property
    def fragmentation(self) -> int:
        return len(self.fragmented)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "entities": {
                "recall": self.entity_recall.to_dict(),
                "core_recall": self.core_entity_recall.to_dict(),
                "type_accuracy": self.type_accuracy.to_dict(),
                "fragmentation": self.fragmentation,
                "fragmented": {k: list(v) for k, v in self.fragmented.items()},
            },
            "facts": {
                "recall": self.fact_recall.to_dict(),
                "tier1_recall": self.tier1_fact_recall.to_dict(),
                "precision": self.fact_precision.to_dict(),
                "unjudged": self.unjudged_facts,
            },
            "by_property": {
                ps.property: {"recall": ps.recall.to_dict(), "precision": ps.precision.to_dict()}
                for ps in self.by_property
            },
            "by_class": {
                cs.kg_class: {"recall": cs.recall.to_dict(), "type_accuracy": cs.type_accuracy.to_dict()}
                for cs in self.by_class
            },
            "alignment": {k: list(v) for k, v in self.alignment.items()},
            "missed_entities": [e.id for e in self.missed_entities],
            "wrong_types": [
                {"entity": w.entity, "expected": list(w.expected), "node": w.node, "found": list(w.found)}
                for w in self.wrong_types
            ],
            "missed_facts": [
                {"s": f.s, "p": f.p, "o": f.o, "tier": f.tier, "docs": list(f.docs)} for f in self.missed_facts
            ],
            "unmatched_facts": [
                {"s": f.s, "p": f.p, "o": f.o, "literal": f.literal} for f in self.unmatched_facts
            ],
        }


# --- evaluation ----------------------------------------------------------------------------------------

def _graph_facts(graph: Graph, skip: set[URIRef]) -> list[GraphFact]:
    facts = set()
    for s, p, o in graph:
        if isinstance(p, URIRef) and str(p).startswith(_KG_IRI) and p not in _NON_FACT_PROPERTIES \
                and s not in skip:
            facts.add(GraphFact(str(s), _curie(p), str(o), isinstance(o, Literal)))
    return sorted(facts, key=lambda f: (f.p, f.s, f.o))


def evaluate(gold: Gold, graph: Graph) -> Report:
    """Score ``graph`` (the default graph of a build) against ``gold``."""
    nodes = _entity_nodes(graph)
    documents = {n for c in _NON_ENTITY_CLASSES for n in graph.subjects(RDF.type, c)}
    align = _align_events(gold, graph, nodes, _align(gold, nodes))

    # Entities.
    found = [e for e in gold.entities if e.id in align.nodes]
    counted = [e for e in gold.entities if not e.optional or e.id in align.nodes]
    wrong_types = []
    for entity in found:
        primary = nodes[align.nodes[entity.id][0]]
        if not primary.types or not primary.types <= entity.ok_types:
            wrong_types.append(WrongType(entity.id, (entity.type, *entity.accept_types),
                                         str(primary.iri), tuple(sorted(primary.types))))

    # Facts: index every accepted form of every gold fact.
    by_entity: dict[Triple, set[int]] = defaultdict(set)
    by_literal: dict[Triple, set[int]] = defaultdict(set)
    related: dict[tuple[str, str], set[int]] = defaultdict(set)    # gold kg:relatedTo, either way round
    paired: set[tuple[str, str]] = set()                             # pairs gold relates in any way
    month_days: set[tuple[str, str]] = set()                         # (entity, "MM-DD") of gold's full dates
    for index, fact in enumerate(gold.facts):
        for s, p, o in (fact.triple, *fact.also_accept):
            if p in LITERAL_PROPERTIES:
                by_literal[(s, p, _literal_key(p, o))].add(index)
                if p == "kg:date" and re.match(r"\d{4}-\d{2}-\d{2}", o.strip()):
                    month_days.add((s, o.strip()[5:10]))
            else:
                by_entity[(s, p, o)].add(index)
                if p in SYMMETRIC_PROPERTIES:
                    by_entity[(o, p, s)].add(index)
                if p == RELATED:
                    related[(s, o)].add(index)
                    related[(o, s)].add(index)
                paired.update({(s, o), (o, s)})

    recalled: set[int] = set()
    judged: dict[str, list[bool]] = defaultdict(list)  # property -> correct? per judged graph fact
    unmatched, unjudged = [], 0
    graph_facts = _graph_facts(graph, documents)
    for gf in graph_facts:
        s_id = align.owner.get(URIRef(gf.s))
        if gf.literal:
            o_ids: Iterable[str] = align.form_owners.get(normalise(gf.o), ())  # a literal naming an entity
            hits = set(by_literal.get((s_id, gf.p, _literal_key(gf.p, gf.o)), ()))
        else:
            o_id = align.owner.get(URIRef(gf.o))
            o_ids = (o_id,) if o_id else ()
            hits = set()
        if s_id is None or not (gf.literal or o_ids):
            unjudged += 1
            continue
        for o_id in o_ids:
            hits |= by_entity.get((s_id, gf.p, o_id), set())
            if not gf.literal:        # every kg property is a sub-property of kg:relatedTo: recalled, not judged
                recalled |= related.get((s_id, o_id), set())
        recalled |= hits
        vague_but_true = (gf.p == RELATED and any((s_id, o_id) in paired for o_id in o_ids)) or \
            (gf.p == "kg:date" and re.fullmatch(r"--\d{2}-\d{2}", gf.o.strip()) is not None and
             (s_id, gf.o.strip()[2:]) in month_days)
        judged[gf.p].append(bool(hits) or vague_but_true)     # (gold's specific relation entails kg:relatedTo)
        if not hits and not vague_but_true:
            unmatched.append(gf)

    tier1 = [i for i, f in enumerate(gold.facts) if f.tier == 1]
    properties = sorted({f.p for f in gold.facts} | set(judged))
    by_property = tuple(
        PropertyScore(
            prop,
            Score(sum(i in recalled for i, f in enumerate(gold.facts) if f.p == prop),
                  sum(f.p == prop for f in gold.facts)),
            Score(sum(judged.get(prop, ())), len(judged.get(prop, ()))),
        )
        for prop in properties
    )
    wrong = {w.entity for w in wrong_types}
    by_class = tuple(
        ClassScore(cls, Score(len(hit), len(group)), Score(sum(e.id not in wrong for e in hit), len(hit)))
        for cls in sorted({e.type for e in counted})
        for group in [[e for e in counted if e.type == cls]]
        for hit in [[e for e in group if e.id in align.nodes]]
    )
    alignment = {k: tuple(map(str, v)) for k, v in align.nodes.items()}
    return Report(
        gold=gold.source,
        entity_recall=Score(len(found), len(counted)),
        core_entity_recall=Score(sum(e.core for e in found), sum(e.core for e in counted)),
        type_accuracy=Score(len(found) - len(wrong_types), len(found)),
        fragmented={k: v for k, v in alignment.items() if len(v) > 1},
        fact_recall=Score(len(recalled), len(gold.facts)),
        tier1_fact_recall=Score(len(recalled.intersection(tier1)), len(tier1)),
        fact_precision=Score(sum(sum(v) for v in judged.values()), sum(len(v) for v in judged.values())),
        unjudged_facts=unjudged,
        by_property=by_property,
        alignment=alignment,
        by_class=by_class,
        missed_entities=tuple(e for e in gold.entities if not e.optional and e.id not in align.nodes),
        wrong_types=tuple(wrong_types),
        missed_facts=tuple(f for i, f in enumerate(gold.facts) if i not in recalled),
        unmatched_facts=tuple(unmatched),
    )


# --- text ------------------------------------------------------------------------------------------------

def _cell(score: Score) -> str:
    value = "n/a" if score.value is None else f"{score.value:.3f}"
    return f"{score.hits:>5} / {score.total:<5} {value:>5}"


def format_report(report: Report, show_missing: bool = False) -> str:
    """The report as a plain-text table for a terminal; ``show_missing`` adds the itemised misses."""
    lines = [
        f"kg eval against {report.gold}",
        "",
        f"{'measure':<24} {' hits / total':<13} {'score':>5}",
        f"{'entity recall':<24} {_cell(report.entity_recall)}",
        f"{'entity recall (core)':<24} {_cell(report.core_entity_recall)}",
        f"{'entity type accuracy':<24} {_cell(report.type_accuracy)}",
        f"{'fragmented entities':<24} {report.fragmentation:>5}",
        f"{'fact recall':<24} {_cell(report.fact_recall)}",
        f"{'fact recall (tier 1)':<24} {_cell(report.tier1_fact_recall)}",
        f"{'fact precision':<24} {_cell(report.fact_precision)}"
        f"   ({report.unjudged_facts} graph facts unjudged)",
        "",
        f"{'property':<24} {'recall':^19}   {'precision':^19}",
    ]
    lines += [f"{ps.property:<24} {_cell(ps.recall)}   {_cell(ps.precision)}" for ps in report.by_property]
    lines += ["", f"{'class':<24} {'recall':^19}   {'type accuracy':^19}"]
    lines += [f"{cs.kg_class:<24} {_cell(cs.recall)}   {_cell(cs.type_accuracy)}" for cs in report.by_class]
    if report.fragmented:
        lines += ["", "fragmented:"]
        lines += [f"  {k}: {', '.join(_curie(URIRef(n)) for n in v)}" for k, v in report.fragmented.items()]
    if show_missing:
        lines += ["", f"missed entities ({len(report.missed_entities)}):"]
        lines += [f"  {e.id} ({e.type})" for e in report.missed_entities]
        lines += ["", f"wrong types ({len(report.wrong_types)}):"]
        lines += [f"  {w.entity}: {_curie(URIRef(w.node))} is {', '.join(w.found) or 'untyped'}, "
                  f"expected {' or '.join(w.expected)}" for w in report.wrong_types]
        lines += ["", f"missed facts ({len(report.missed_facts)}):"]
        lines += [f"  [tier {f.tier}] {f}" + (f"   docs {', '.join(f.docs)}" if f.docs else "")
                  for f in report.missed_facts]
        lines += ["", f"unmatched graph facts ({len(report.unmatched_facts)}):"]
        lines += [f"  {f}" for f in report.unmatched_facts]
    return "\n".join(line.rstrip() for line in lines)
