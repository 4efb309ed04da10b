"""Stage 5: the RDF layout, from a hand-made resolution (no model needed)."""
from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
from rdflib import Dataset, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.namespace import KG, KGR
from kg.rdf import document_iri, merged_graph, to_dataset, union_graph
from kg.resolve import Resolution
from kg.types import Document, Entity, Evidence, Fact, Literal_
from kg.validate import validate_graph


def sample() -> tuple[Resolution, list[Document]]:
    docs = [Document("000_a", "seeds/000_a.txt", "Hayashi met Blinken. " * 3, "0" * 64),
            Document("001_b", "seeds/001_b.txt", 'He said "<b>hi</b>" \\ today.', "1" * 64)]
    res = Resolution()
    res.entities = {
        "antony-blinken": Entity("antony-blinken", "Antony Blinken", "Minister", {"Blinken"}, {"000_a"}),
        "yoshimasa-hayashi": Entity("yoshimasa-hayashi", "Yoshimasa Hayashi", "Minister", set(), {"000_a", "001_b"}),
        "japan": Entity("japan", "Japan", "Country", {"Tokyo"}, {"000_a"}),
        "two-plus-two": Entity("two-plus-two", 'the "2+2" <talks>', "Meeting", set(), {"001_b"}),
    }
    e1 = Evidence("000_a", "Hayashi met Blinken.", 0, 20, "verb:metWith:meet", 0.8)
    e2 = Evidence("001_b", 'He said "<b>hi</b>" \\ today.', 0, 27, "verb:metWith:meet", 0.65)
    res.facts = [
        Fact("antony-blinken", "metWith", "yoshimasa-hayashi", [e1, e2]),
        Fact("yoshimasa-hayashi", "represents", "japan", [e1]),
        Fact("yoshimasa-hayashi", "holdsPosition", Literal_("Foreign Minister"), [e1]),
        Fact("two-plus-two", "date", Literal_("2023-01-11", "date"), [e2]),
        Fact("japan", "relatedTo", "two-plus-two", [Evidence("001_b", "x", 0, 1, "verb:relatedTo:say", 0.5, "say")]),
    ]
    return res, docs


def test_default_graph_holds_entities_facts_and_documents():
    ds = to_dataset(*sample())
    g = ds.default_graph
    b = KGR["antony-blinken"]
    assert (b, RDF.type, KG.Minister) in g
    assert list(g.objects(b, RDFS.label)) == [Literal("Antony Blinken")]
    assert (b, SKOS.altLabel, Literal("Blinken")) in g
    assert (b, KG.metWith, KGR["yoshimasa-hayashi"]) in g
    assert (KGR["yoshimasa-hayashi"], KG.holdsPosition, Literal("Foreign Minister")) in g
    assert (KGR["two-plus-two"], KG.date, Literal("2023-01-11", datatype=XSD.date)) in g
    assert (KGR["two-plus-two"], RDFS.label, Literal('the "2+2" <talks>')) in g
    assert (document_iri("000_a"), RDF.type, KG.Document) in g
    assert (KGR["yoshimasa-hayashi"], KG.mentionedIn, document_iri("001_b")) in g


def test_each_document_graph_holds_its_facts_and_evidence():
    ds = to_dataset(*sample())
    g0 = ds.graph(document_iri("000_a"))
    g1 = ds.graph(document_iri("001_b"))
    met = (KGR["antony-blinken"], KG.metWith, KGR["yoshimasa-hayashi"])
    assert met in g0 and met in g1
    assert (KGR["two-plus-two"], KG.date, Literal("2023-01-11", datatype=XSD.date)) not in g0
    evidence = list(g1.subjects(RDF.type, KG.Evidence))
    assert len(evidence) == 3
    ev = next(e for e in evidence if g1.value(e, RDF.predicate) == KG.metWith)
    assert g1.value(ev, KG.sentence) == Literal('He said "<b>hi</b>" \\ today.')
    assert g1.value(ev, PROV.wasDerivedFrom) == document_iri("001_b")
    assert g1.value(ev, KG.confidence) == Literal(Decimal("0.65"), datatype=XSD.decimal)
    rel = next(e for e in evidence if g1.value(e, RDF.predicate) == KG.relatedTo)
    assert g1.value(rel, KG.predicateText) == Literal("say")


def test_rebuild_is_isomorphic_and_evidence_iris_are_stable():
    a, b = to_dataset(*sample()), to_dataset(*sample())
    assert isomorphic(merged_graph(a), merged_graph(b))
    assert set(a.quads()) == set(b.quads())


def test_turtle_and_trig_parse_in_rdflib_and_oxigraph_with_kg_prefixes():
    ds = to_dataset(*sample())
    ttl = merged_graph(ds).serialize(format="turtle")
    trig = ds.serialize(format="trig")
    assert "ns1:" not in ttl and "ns1:" not in trig
    assert "@prefix kg: <https://w3id.org/kg/ontology#>" in ttl
    back = Dataset()
    back.parse(data=trig, format="trig")
    assert set(back.default_graph) == set(ds.default_graph)
    for name in ("000_a", "001_b"):
        assert set(back.graph(document_iri(name))) == set(ds.graph(document_iri(name)))
    assert len(list(ox.parse(ttl, format=ox.RdfFormat.TURTLE))) == len(merged_graph(ds))
    assert len(list(ox.parse(trig, format=ox.RdfFormat.TRIG))) == len(list(ds.quads()))


def test_hand_made_build_conforms_to_the_shapes():
    report = validate_graph(union_graph(to_dataset(*sample())))
    assert report.conforms, [str(v) for v in report.violations]


def test_shapes_catch_a_broken_build():
    ds = to_dataset(*sample())
    ds.default_graph.add((KGR["japan"], RDFS.label, Literal("Nippon")))       # two labels
    report = validate_graph(union_graph(ds))
    assert not report.conforms
    assert any("japan" in v.focus and "label" in v.path for v in report.violations)
