"""The ontology (ontology/kg.ttl), its SHACL shapes (ontology/shapes.ttl) and kg.namespace agree.

Test data is built with rdflib here, following docs/rdf-layout.md; the SHACL tests break one thing
at a time and check that exactly that thing is reported.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

import pyoxigraph
import pytest
from owlrl import DeductiveClosure, RDFS_Semantics
from pyshacl import validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from kg.errors import KGError
from kg.namespace import KG, KGR, PREFIXES, SCHEMA, bind_prefixes, ontology_path

# rdflib's own Dataset code (used by pyshacl and the TriG serialiser) still calls its deprecated
# Dataset.default_graph and Dataset.contexts; the tests themselves use default_graph.
pytestmark = pytest.mark.filterwarnings(r"ignore:Dataset\.(default_graph|contexts) is deprecated:DeprecationWarning")

# The contract: every term, with its parent class or its domain and range.
# A range or domain written as a tuple is an owl:unionOf of those classes.
CLASSES: dict[str, URIRef | None] = {
    "Person": None,
    "Minister": KG.Person,
    "Country": None,
    "Organization": None,
    "MilitaryUnit": KG.Organization,
    "Treaty": None,
    "TreatyArticle": None,
    "Place": None,
    "Island": KG.Place,
    "City": KG.Place,
    "WaterBody": KG.Place,
    "Region": KG.Place,
    "Weapon": None,
    "Event": None,
    "Meeting": KG.Event,
    "Document": None,
    "Evidence": None,
}
ENTITY_CLASSES = {KG[name] for name in CLASSES} - {KG.Document, KG.Evidence}
ANY_ENTITY = (KG.Person, KG.Country, KG.Organization, KG.Treaty, KG.TreatyArticle, KG.Place, KG.Weapon, KG.Event)
AGENT = (KG.Person, KG.Country, KG.Organization)
STATE_OR_ORG = (KG.Country, KG.Organization)
WHERE = (KG.Place, KG.Country)

# name -> (domain, range)
ENTITY_PROPERTIES: dict[str, tuple[object, object]] = {
    "relatedTo": (ANY_ENTITY, ANY_ENTITY),
    "represents": (KG.Person, STATE_OR_ORG),
    "participatedIn": (AGENT, KG.Event),
    "metWith": (AGENT, AGENT),
    "heldIn": (KG.Event, WHERE),
    "partyTo": (STATE_OR_ORG, KG.Treaty),
    "partOf": (ANY_ENTITY, ANY_ENTITY),
    "locatedIn": ((KG.Person, KG.Country, KG.Organization, KG.Place, KG.Weapon, KG.Event), WHERE),
    "controls": (STATE_OR_ORG, WHERE),
    "claims": (STATE_OR_ORG, WHERE),
    "allyOf": (STATE_OR_ORG, STATE_OR_ORG),
    "acquires": (STATE_OR_ORG, KG.Weapon),
    "develops": (STATE_OR_ORG, KG.Weapon),
    "operates": (STATE_OR_ORG, KG.Weapon),
    "producedBy": (KG.Weapon, STATE_OR_ORG),
    "stationedIn": ((KG.MilitaryUnit, KG.Weapon, KG.Country), WHERE),
    "reorganizedInto": (KG.MilitaryUnit, KG.MilitaryUnit),
    "threatens": ((KG.Person, KG.Country, KG.Organization, KG.Weapon), ANY_ENTITY),
    "opposes": (AGENT, ANY_ENTITY),
    "cooperatesWith": (AGENT, AGENT),
}
OBJECT_PROPERTIES = {**ENTITY_PROPERTIES, "mentionedIn": (ANY_ENTITY, KG.Document)}
DATATYPE_PROPERTIES: dict[str, tuple[object, URIRef]] = {
    "holdsPosition": (KG.Person, XSD.string),
    "date": ((KG.Event, KG.Treaty), (XSD.date, XSD.gMonthDay)),      # a day without its year: "--06-19"
    "predicateText": (KG.Evidence, XSD.string),
    "sentence": (KG.Evidence, XSD.string),
    "startOffset": (KG.Evidence, XSD.integer),
    "endOffset": (KG.Evidence, XSD.integer),
    "rule": (KG.Evidence, XSD.string),
    "confidence": (KG.Evidence, XSD.decimal),
    "sourcePath": (KG.Document, XSD.string),
    "contentHash": (KG.Document, XSD.string),
    "title": (KG.Document, XSD.string),
}
SYMMETRIC = {"metWith", "allyOf", "cooperatesWith"}
ONTOLOGY_IRI = URIRef("https://w3id.org/kg/ontology")


@pytest.fixture(scope="module")
def ont() -> Graph:
    return Graph().parse(ontology_path("kg.ttl"), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


def classes_of(graph: Graph, node) -> set:
    """A named class as {itself}; an owl:unionOf class as the set of its members."""
    if isinstance(node, URIRef):
        return {node}
    members = graph.value(node, OWL.unionOf)
    assert members is not None, f"{node} is neither a named class nor an owl:unionOf"
    return set(Collection(graph, members))


def as_set(expected) -> set:
    return set(expected) if isinstance(expected, tuple) else {expected}


def subclass_closure(graph: Graph, cls: URIRef) -> set:
    return set(graph.transitive_subjects(RDFS.subClassOf, cls))


def kg_terms_defined(graph: Graph) -> set[str]:
    return {str(s) for s in graph.subjects() if isinstance(s, URIRef) and s in KG}


# --- Parsing, and KG against kg.ttl ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_parses_with_rdflib_and_pyoxigraph_alike(name: str) -> None:
    path = ontology_path(name)
    graph = Graph().parse(path, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(graph) > 0
    assert len(store) == len(graph)


def test_ontology_header(ont: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ont
    assert ont.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ont.value(ONTOLOGY_IRI, DCTERMS.title) is not None
    assert ont.value(ONTOLOGY_IRI, RDFS.comment) is not None


def test_namespace_matches_ontology_exactly(ont: Graph) -> None:
    in_namespace = {str(term) for term in dir(KG)}
    assert in_namespace == kg_terms_defined(ont)


def test_every_kg_iri_used_in_the_ontology_is_defined(ont: Graph) -> None:
    used = {str(t) for triple in ont for t in triple if isinstance(t, URIRef) and t in KG}
    assert used <= kg_terms_defined(ont), f"used but not defined: {used - kg_terms_defined(ont)}"


def test_contract_lists_every_term(ont: Graph) -> None:
    contract = set(CLASSES) | set(OBJECT_PROPERTIES) | set(DATATYPE_PROPERTIES)
    assert {str(KG[name]) for name in contract} == kg_terms_defined(ont)


def test_misspelt_term_raises() -> None:
    with pytest.raises(AttributeError, match="Minster"):
        KG.Minster  # noqa: B018
    with pytest.raises(AttributeError):
        KG["minister"]
    assert KG.Minister == URIRef("https://w3id.org/kg/ontology#Minister")


# --- Classes and properties -----------------------------------------------------------------------


def assert_documented(ont: Graph, term: URIRef) -> None:
    for prop in (RDFS.label, RDFS.comment):
        values = list(ont.objects(term, prop))
        assert len(values) == 1, f"{term} needs exactly one {prop}"
        assert values[0].language == "en" and len(str(values[0]).strip()) > 2, f"{term} {prop} {values[0]!r}"
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ont


@pytest.mark.parametrize("name, parent", sorted(CLASSES.items()))
def test_class(ont: Graph, name: str, parent: URIRef | None) -> None:
    cls = KG[name]
    assert (cls, RDF.type, OWL.Class) in ont
    assert_documented(ont, cls)
    kg_parents = {p for p in ont.objects(cls, RDFS.subClassOf) if p in KG}
    assert kg_parents == ({parent} if parent else set())


def test_country_is_neither_a_place_nor_an_organization(ont: Graph) -> None:
    assert KG.Country not in subclass_closure(ont, KG.Place)
    assert KG.Country not in subclass_closure(ont, KG.Organization)


@pytest.mark.parametrize(
    "cls, external",
    [
        (KG.Person, SCHEMA.Person),
        (KG.Country, SCHEMA.Country),
        (KG.Organization, SCHEMA.Organization),
        (KG.Place, SCHEMA.Place),
        (KG.Event, SCHEMA.Event),
        (KG.Document, SCHEMA.CreativeWork),
        (KG.Document, PROV.Entity),
        (KG.Evidence, RDF.Statement),
        (KG.Evidence, PROV.Entity),
    ],
)
def test_class_alignment(ont: Graph, cls: URIRef, external: URIRef) -> None:
    assert (cls, RDFS.subClassOf, external) in ont


def test_alignments_never_claim_equivalence(ont: Graph) -> None:
    assert not list(ont.triples((None, OWL.equivalentClass, None)))
    assert not list(ont.triples((None, OWL.equivalentProperty, None)))


@pytest.mark.parametrize("name", sorted(OBJECT_PROPERTIES))
def test_object_property(ont: Graph, name: str) -> None:
    prop = KG[name]
    domain, range_ = OBJECT_PROPERTIES[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in ont
    assert_documented(ont, prop)
    assert classes_of(ont, ont.value(prop, RDFS.domain)) == as_set(domain)
    assert classes_of(ont, ont.value(prop, RDFS.range)) == as_set(range_)


@pytest.mark.parametrize("name", sorted(DATATYPE_PROPERTIES))
def test_datatype_property(ont: Graph, name: str) -> None:
    prop = KG[name]
    domain, range_ = DATATYPE_PROPERTIES[name]
    assert (prop, RDF.type, OWL.DatatypeProperty) in ont
    assert_documented(ont, prop)
    assert classes_of(ont, ont.value(prop, RDFS.domain)) == as_set(domain)
    assert classes_of(ont, ont.value(prop, RDFS.range)) == as_set(range_)


@pytest.mark.parametrize("name", sorted(OBJECT_PROPERTIES))
def test_symmetric_properties(ont: Graph, name: str) -> None:
    assert ((KG[name], RDF.type, OWL.SymmetricProperty) in ont) == (name in SYMMETRIC)


def test_related_to_is_the_parent_of_every_entity_relation(ont: Graph) -> None:
    children = set(ont.subjects(RDFS.subPropertyOf, KG.relatedTo))
    assert children == {KG[name] for name in ENTITY_PROPERTIES} - {KG.relatedTo}
    assert (KG.mentionedIn, RDFS.subPropertyOf, KG.relatedTo) not in ont
    assert (KG.mentionedIn, OWL.inverseOf, SCHEMA.mentions) in ont
    assert (KG.mentionedIn, RDFS.subPropertyOf, PROV.wasDerivedFrom) not in ont


def test_rdfs_reasoning_infers_the_superclass_but_no_wrong_kg_class(ont: Graph) -> None:
    # A country in a "place" position must not become a kg:Place, nor a place a kg:Country.
    data = Graph()
    facts = [
        (KGR["china"], RDF.type, KG.Country),
        (KGR["taiwan"], RDF.type, KG.Country),
        (KGR["senkaku-islands"], RDF.type, KG.Island),
        (KGR["summit"], RDF.type, KG.Meeting),
        (KGR["wang-yi"], RDF.type, KG.Minister),
        (KGR["china"], KG.claims, KGR["taiwan"]),
        (KGR["china"], KG.claims, KGR["senkaku-islands"]),
        (KGR["summit"], KG.heldIn, KGR["china"]),
        (KGR["wang-yi"], KG.represents, KGR["china"]),
        (KGR["wang-yi"], KG.metWith, KGR["taiwan"]),
    ]
    for triple in facts:
        data.add(triple)
    closure = ont + data
    DeductiveClosure(RDFS_Semantics).expand(closure)

    def kg_types(node: URIRef) -> set:
        return {t for t in closure.objects(node, RDF.type) if t in KG}

    assert kg_types(KGR["wang-yi"]) == {KG.Minister, KG.Person}
    assert kg_types(KGR["senkaku-islands"]) == {KG.Island, KG.Place}
    assert kg_types(KGR["taiwan"]) == {KG.Country}
    assert kg_types(KGR["china"]) == {KG.Country}
    assert kg_types(KGR["summit"]) == {KG.Meeting, KG.Event}
    assert (KGR["taiwan"], KG.relatedTo, KGR["wang-yi"]) not in closure  # RDFS has no symmetry
    assert (KGR["china"], KG.relatedTo, KGR["taiwan"]) in closure


# --- namespace helpers ----------------------------------------------------------------------------


def test_bind_prefixes_writes_no_generated_prefixes() -> None:
    data = Dataset()
    doc = KGR["document/000_abc"]
    graph = data.graph(doc)
    graph.add((KGR["japan"], KG.acquires, KGR["tomahawk"]))
    graph.add((KGR["japan"], SKOS.altLabel, Literal("Tokyo")))
    graph.add((KGR["japan"], RDF.type, KG.Country))
    graph.add((KGR["japan"], RDFS.label, Literal("Japan")))
    graph.add((KGR["ev"], PROV.wasDerivedFrom, doc))
    graph.add((KGR["ev"], RDF.type, KG.Evidence))
    graph.add((KGR["ev"], RDF.subject, KGR["japan"]))
    graph.add((KGR["japan"], SCHEMA.name, Literal("Japan")))
    graph.add((KGR["summit"], KG.date, Literal("2023-01-11", datatype=XSD.date)))
    graph.add((KG.Person, OWL.versionInfo, Literal("x")))
    graph.add((doc, DCTERMS.title, Literal("x")))
    bind_prefixes(data)
    text = data.serialize(format="trig")
    assert "ns1:" not in text and "ns2:" not in text
    bound = {prefix: str(iri) for prefix, iri in data.namespaces()}
    for prefix, iri in PREFIXES.items():
        assert bound[prefix] == iri
        assert f"@prefix {prefix}: <{iri}>" in text
    assert PREFIXES["schema"] == "https://schema.org/"


def test_bind_prefixes_replaces_a_clashing_binding() -> None:
    graph = Graph(bind_namespaces="none")
    graph.bind("schema", "http://schema.org/")
    graph.bind("ontology", str(KG))
    bind_prefixes(graph)
    bound = {prefix: str(iri) for prefix, iri in graph.namespaces()}
    assert bound["schema"] == "https://schema.org/"
    assert bound["kg"] == str(KG)
    assert "ontology" not in bound


def test_ontology_path_finds_the_files_and_explains_a_missing_one() -> None:
    assert ontology_path("kg.ttl").is_file()
    assert ontology_path("shapes.ttl").is_file()
    with pytest.raises(KGError, match="'missing.ttl' not found.*kg.ttl"):
        ontology_path("missing.ttl")
    with pytest.raises(KGError, match="plain file name"):
        ontology_path("../kg.ttl")


# --- SHACL ----------------------------------------------------------------------------------------

DOC = KGR["document/000_d417b0cdfc301bfe"]
DATE = Literal("2023-01-11", datatype=XSD.date)
SENTENCE = "Tokyo has earmarked funds to buy U.S.-made Tomahawk cruise missiles."


def add_evidence(graph: Graph, name: str, s, p, o, **extra) -> URIRef:
    node = KGR[f"evidence/{name}"]
    graph.add((s, p, o))
    for prop, value in {
        RDF.type: KG.Evidence,
        RDF.subject: s,
        RDF.predicate: p,
        RDF.object: o,
        PROV.wasDerivedFrom: DOC,
        KG.sentence: Literal(SENTENCE),
        KG.startOffset: Literal(120),
        KG.endOffset: Literal(120 + len(SENTENCE)),
        KG.rule: Literal("relation:test"),
        KG.confidence: Literal(Decimal("0.85")),
        **extra,
    }.items():
        graph.add((node, prop, value))
    return node


def conforming_build() -> Dataset:
    """A small build laid out as docs/rdf-layout.md describes."""
    data = Dataset()
    g = data.default_graph
    entities = {
        "antony-blinken": (KG.Minister, "Antony Blinken"),
        "yoshimasa-hayashi": (KG.Minister, "Yoshimasa Hayashi"),
        "united-states": (KG.Country, "United States"),
        "japan": (KG.Country, "Japan"),
        "nato": (KG.Organization, "NATO"),
        "japan-ground-self-defense-force": (KG.MilitaryUnit, "Japan Ground Self-Defense Force"),
        "us-japan-security-treaty": (KG.Treaty, "U.S.-Japan Security Treaty"),
        "article-5": (KG.TreatyArticle, "Article 5"),
        "okinawa": (KG.Island, "Okinawa"),
        "washington": (KG.City, "Washington"),
        "east-china-sea": (KG.WaterBody, "East China Sea"),
        "indo-pacific": (KG.Region, "Indo-Pacific"),
        "tomahawk-cruise-missile": (KG.Weapon, "Tomahawk cruise missile"),
        "two-plus-two-meeting": (KG.Meeting, "two-plus-two meeting"),
        "exercise": (KG.Event, "joint exercise"),
    }
    for slug, (cls, label) in entities.items():
        g.add((KGR[slug], RDF.type, cls))
        g.add((KGR[slug], RDFS.label, Literal(label)))
        g.add((KGR[slug], KG.mentionedIn, DOC))
    g.add((KGR["antony-blinken"], SKOS.altLabel, Literal("Blinken")))
    g.add((DOC, RDF.type, KG.Document))
    g.add((DOC, RDFS.label, Literal("000_d417b0cdfc301bfe.txt")))
    g.add((DOC, KG.sourcePath, Literal("seeds/000_d417b0cdfc301bfe.txt")))
    g.add((DOC, KG.contentHash, Literal("sha256:" + "ab" * 32)))
    g.add((DOC, KG.title, Literal("Japan and U.S. hold two-plus-two meeting")))

    facts = [
        (KGR["antony-blinken"], KG.represents, KGR["united-states"]),
        (KGR["japan-ground-self-defense-force"], KG.partOf, KGR["japan"]),
        (KGR["yoshimasa-hayashi"], KG.represents, KGR["japan"]),
        (KGR["japan"], KG.acquires, KGR["tomahawk-cruise-missile"]),
        (KGR["japan"], KG.partyTo, KGR["us-japan-security-treaty"]),
        (KGR["united-states"], KG.allyOf, KGR["japan"]),
        (KGR["article-5"], KG.partOf, KGR["us-japan-security-treaty"]),
        (KGR["two-plus-two-meeting"], KG.heldIn, KGR["washington"]),
        (KGR["exercise"], KG.heldIn, KGR["east-china-sea"]),
        (KGR["okinawa"], KG.locatedIn, KGR["japan"]),
        (KGR["okinawa"], KG.locatedIn, KGR["indo-pacific"]),
        (KGR["antony-blinken"], KG.holdsPosition, Literal("Secretary of State")),
        (KGR["two-plus-two-meeting"], KG.date, DATE),
    ]
    named = data.graph(DOC)
    for i, (s, p, o) in enumerate(facts):
        g.add((s, p, o))  # facts sit in the default graph and in their document's graph
        add_evidence(named, f"{i:04d}", s, p, o)
    related = (KGR["nato"], KG.relatedTo, KGR["japan"])
    g.add(related)
    add_evidence(named, "related", *related, **{KG.predicateText: Literal("supplement")})
    bind_prefixes(data)
    return data


class Result(NamedTuple):
    focus: object
    value: object
    path: object
    component: object
    message: str


def shacl_results(data: Graph, shapes: Graph, ont: Graph | None) -> tuple[bool, list[Result]]:
    conforms, report, _ = validate(data, shacl_graph=shapes, ont_graph=ont, inference="none")
    results = [
        Result(
            report.value(r, SH.focusNode),
            report.value(r, SH.value),
            report.value(r, SH.resultPath),
            report.value(r, SH.sourceConstraintComponent),
            str(report.value(r, SH.resultMessage)),
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return conforms, results


def flatten(data: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


# How the validator may be called: with or without the ontology mixed in, and on the Dataset itself
# or on one Graph holding every triple. The shapes must behave the same in all four.
MODES = ["dataset+ont", "dataset", "graph+ont", "graph"]


def run_mode(mode: str, data: Dataset, shapes: Graph, ont: Graph) -> tuple[bool, list[Result]]:
    target = data if mode.startswith("dataset") else flatten(data)
    return shacl_results(target, shapes, ont if mode.endswith("+ont") else None)


@pytest.mark.parametrize("mode", MODES)
def test_conforming_build_passes(mode: str, shapes: Graph, ont: Graph) -> None:
    conforms, results = run_mode(mode, conforming_build(), shapes, ont)
    assert conforms, results
    assert results == []


def replace_everywhere(data: Dataset, old, new) -> None:
    for s, p, o, c in list(data.quads((None, None, None, None))):
        if old in (s, o):
            data.remove((s, p, o, c))
            data.add((new if s == old else s, p, new if o == old else o, c))


def first_evidence(data: Dataset, predicate: URIRef) -> URIRef:
    return next(data.graph(DOC).subjects(RDF.predicate, predicate))


def set_value(data: Dataset, node, prop, value) -> None:
    graph = data.graph(DOC) if (node, RDF.type, KG.Evidence) in data.graph(DOC) else data.default_graph
    graph.set((node, prop, value))


def two_labels(data: Dataset) -> None:
    data.default_graph.add((KGR["antony-blinken"], RDFS.label, Literal("Tony Blinken")))


def confidence_too_high(data: Dataset) -> None:
    set_value(data, first_evidence(data, KG.acquires), KG.confidence, Literal(Decimal("1.5")))


def confidence_as_float(data: Dataset) -> None:
    # rdflib turns a Python float into xsd:double; the contract says xsd:decimal
    set_value(data, first_evidence(data, KG.acquires), KG.confidence, Literal(0.85))


def sentence_missing(data: Dataset) -> None:
    data.graph(DOC).remove((first_evidence(data, KG.acquires), KG.sentence, None))


def start_after_end(data: Dataset) -> None:
    set_value(data, first_evidence(data, KG.acquires), KG.startOffset, Literal(10_000))


def date_plain_string(data: Dataset) -> None:
    replace_everywhere(data, DATE, Literal("2023-01-11"))


def party_to_person(data: Dataset) -> None:
    data.default_graph.add((KGR["japan"], KG.partyTo, KGR["antony-blinken"]))


def held_in_person(data: Dataset) -> None:
    data.default_graph.add((KGR["exercise"], KG.heldIn, KGR["antony-blinken"]))


def represents_weapon(data: Dataset) -> None:
    data.default_graph.add((KGR["yoshimasa-hayashi"], KG.represents, KGR["tomahawk-cruise-missile"]))


def untyped_object(data: Dataset) -> None:
    data.default_graph.add((KGR["japan"], KG.develops, KGR["hypersonic-missile"]))
    data.default_graph.add((KGR["hypersonic-missile"], RDFS.label, Literal("hypersonic missile")))


def document_without_path(data: Dataset) -> None:
    data.default_graph.remove((DOC, KG.sourcePath, None))


def evidence_from_a_non_document(data: Dataset) -> None:
    set_value(data, first_evidence(data, KG.acquires), PROV.wasDerivedFrom, KGR["japan"])


def related_to_without_verb(data: Dataset) -> None:
    data.graph(DOC).remove((first_evidence(data, KG.relatedTo), KG.predicateText, None))


def fact_not_asserted(data: Dataset) -> None:
    for graph in (data.default_graph, data.graph(DOC)):
        graph.remove((KGR["japan"], KG.acquires, KGR["tomahawk-cruise-missile"]))


BROKEN: dict[str, tuple[Callable[[Dataset], None], URIRef | None, URIRef]] = {
    # name: (break it, the path the violation must name, the constraint component)
    "entity with two labels": (two_labels, RDFS.label, SH.MaxCountConstraintComponent),
    "confidence 1.5": (confidence_too_high, KG.confidence, SH.MaxInclusiveConstraintComponent),
    "confidence written as a float": (confidence_as_float, KG.confidence, SH.DatatypeConstraintComponent),
    "evidence missing its sentence": (sentence_missing, KG.sentence, SH.MinCountConstraintComponent),
    "start offset after end offset": (start_after_end, KG.startOffset, SH.LessThanOrEqualsConstraintComponent),
    "date as a plain string": (date_plain_string, KG.date, SH.OrConstraintComponent),
    "partyTo pointing at a person": (party_to_person, KG.partyTo, SH.ClassConstraintComponent),
    "heldIn pointing at a person": (held_in_person, KG.heldIn, SH.OrConstraintComponent),
    "represents pointing at a weapon": (represents_weapon, KG.represents, SH.OrConstraintComponent),
    "fact object without a type": (untyped_object, RDF.type, SH.QualifiedMinCountConstraintComponent),
    "document without a source path": (document_without_path, KG.sourcePath, SH.MinCountConstraintComponent),
    "evidence from a non-document": (evidence_from_a_non_document, PROV.wasDerivedFrom, SH.ClassConstraintComponent),
    "relatedTo evidence without its verb": (related_to_without_verb, None, SH.OrConstraintComponent),
    "evidence for a fact not asserted": (fact_not_asserted, None, SH.SPARQLConstraintComponent),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_build_fails_on_the_right_path(case: str, mode: str, shapes: Graph, ont: Graph) -> None:
    breaker, path, component = BROKEN[case]
    data = conforming_build()
    breaker(data)
    conforms, results = run_mode(mode, data, shapes, ont)
    assert not conforms
    assert {(r.path, r.component) for r in results} == {(path, component)}, results
    for r in results:
        assert r.message.endswith("."), r.message  # our sh:message, not pyshacl's generic text


@pytest.mark.parametrize("mode", MODES)
def test_unasserted_fact_names_the_evidence(mode: str, shapes: Graph, ont: Graph) -> None:
    data = conforming_build()
    evidence = first_evidence(data, KG.acquires)
    fact_not_asserted(data)
    _, (result,) = run_mode(mode, data, shapes, ont)
    assert result.focus == KG.Evidence and result.value == evidence
    assert str(evidence) in result.message and str(KG.acquires) in result.message


def test_rdfs_inference_would_hide_range_errors(shapes: Graph, ont: Graph) -> None:
    # Why the build validates with inference="none" (see the top of shapes.ttl).
    data = conforming_build()
    party_to_person(data)
    assert not validate(flatten(data), shacl_graph=shapes, ont_graph=ont, inference="none")[0]
    assert validate(flatten(data), shacl_graph=shapes, ont_graph=ont, inference="rdfs")[0]


def test_messages_are_plain_english(shapes: Graph) -> None:
    messages = list(shapes.objects(None, SH.message))
    assert len(messages) >= 20
    for message in messages:
        assert message.language == "en"
        assert str(message)[0].isupper() and str(message).rstrip().endswith("."), message


# --- shapes kept in step with the ontology --------------------------------------------------------


def test_entity_shape_targets_every_entity_class(shapes: Graph) -> None:
    entity_shape = URIRef("https://w3id.org/kg/shapes#EntityShape")
    assert set(shapes.objects(entity_shape, SH.targetClass)) == ENTITY_CLASSES
    assert (URIRef("https://w3id.org/kg/shapes#DocumentShape"), SH.targetClass, KG.Document) in shapes
    assert (URIRef("https://w3id.org/kg/shapes#EvidenceShape"), SH.targetClass, KG.Evidence) in shapes


def test_fact_node_shape_covers_every_relation_and_class(shapes: Graph) -> None:
    shape = URIRef("https://w3id.org/kg/shapes#FactNodeShape")
    relations = {KG[name] for name in ENTITY_PROPERTIES}
    assert set(shapes.objects(shape, SH.targetObjectsOf)) == relations
    assert set(shapes.objects(shape, SH.targetSubjectsOf)) == relations | {KG.mentionedIn, KG.holdsPosition, KG.date}
    (qualified,) = shapes.objects(None, SH.qualifiedValueShape)
    assert set(Collection(shapes, shapes.value(qualified, SH["in"]))) == ENTITY_CLASSES


def or_classes(shapes: Graph, path: URIRef) -> set:
    (prop_shape,) = (s for s in shapes.subjects(SH.path, path) if shapes.value(s, SH["or"]) is not None)
    return {shapes.value(member, SH["class"]) for member in Collection(shapes, shapes.value(prop_shape, SH["or"]))}


def test_class_checks_list_every_subclass(shapes: Graph, ont: Graph) -> None:
    assert or_classes(shapes, KG.heldIn) == subclass_closure(ont, KG.Place) | {KG.Country}
    assert or_classes(shapes, KG.represents) == subclass_closure(ont, KG.Organization) | {KG.Country}
    assert subclass_closure(ont, KG.Treaty) == {KG.Treaty}  # sh:class kg:Treaty needs no list
    assert subclass_closure(ont, KG.Document) == {KG.Document}


def test_shapes_only_use_defined_kg_terms(shapes: Graph, ont: Graph) -> None:
    used = {str(t) for triple in shapes for t in triple if isinstance(t, URIRef) and t in KG}
    assert used <= kg_terms_defined(ont)


def test_every_fact_of_the_sample_graph_keeps_to_its_domain_and_range(sample_out, ont: Graph) -> None:
    """What kg writes is what the ontology says its properties relate: each end of each fact is of a class in
    the property's domain or range, or a subclass of one (a country with troops somewhere is such a subject)."""
    graph = Graph().parse(sample_out / "graph.ttl")
    def allowed(node) -> set:
        return set().union(*(subclass_closure(ont, c) for c in classes_of(ont, node))) if node is not None else set()
    wrong = []
    for prop in set(ont.subjects(RDF.type, OWL.ObjectProperty)) & {p for p in graph.predicates() if p in KG}:
        domain, range_ = allowed(ont.value(prop, RDFS.domain)), allowed(ont.value(prop, RDFS.range))
        for s, o in graph.subject_objects(prop):
            if domain and not set(graph.objects(s, RDF.type)) & domain:
                wrong.append((str(s), str(prop), "subject"))
            if range_ and isinstance(o, URIRef) and not set(graph.objects(o, RDF.type)) & range_:
                wrong.append((str(o), str(prop), "object"))
    assert not wrong
