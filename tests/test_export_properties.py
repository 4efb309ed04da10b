"""Property tests: any label, alias, post or evidence sentence -- quotes, backslashes, newlines, `<`,
`&`, emoji, right-to-left text -- survives every export format unchanged, read back by the real readers
(rdflib, networkx, python-igraph, Python's csv, FalkorDB's LOAD CSV and Cypher).

The one exception is text XML 1.0 cannot hold at all (C0 controls other than tab, newline and CR;
U+FFFE, U+FFFF): GraphML and GEXF write U+FFFD for it, and every other format keeps it.
"""
from __future__ import annotations

import csv
import itertools
import tempfile
from decimal import Decimal
from pathlib import Path

import igraph
import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.export import default_filename, get_exporter
from kg.export.neo4j import array_delimiter
from kg.graphview import GraphView
from kg.namespace import KG, KGR, bind_prefixes
from neo4j_server import falkordb_server, load_admin_csv, run_cypher_file

NOT_IN_XML = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\ufffe", "\uffff"]
HOSTILE = ['"', "'", "\\", "\n", "\r\n", "\r", "\t", "<", ">", "&", "&amp;", "]]>", "<!--", "😀", "👩🏽‍🚀",
           "עברית", "العربية", "\u202e", "\u2028", "\u0085", ";", ",", "|", "{", "}", "`", "$x", "\\u0041",
           "//", "/*", " ", "  ", "\u00a0", "\ufeff", "%s", "{0}", "null", "None"]
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters=NOT_IN_XML)
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(chars, max_size=6)), min_size=1,
                        max_size=10).map("".join).filter(bool)
MINISTER, COUNTRY, DOC = KGR["minister-x"], KGR["country-y"], KGR["document/d1"]


def hostile_dataset(label: str, alias: str, post: str, sentence: str, country: str = "Ruritania") -> Dataset:
    """Two entities and one fact with evidence, in the shape of docs/rdf-layout.md."""
    from rdflib.namespace import XSD   # not at module level: pytest's collection trips over it

    ds = Dataset()
    bind_prefixes(ds)
    g = ds.default_graph
    g.add((DOC, RDF.type, KG.Document))
    g.add((DOC, RDFS.label, Literal("d1.txt")))
    g.add((MINISTER, RDF.type, KG.Minister))
    g.add((MINISTER, RDFS.label, Literal(label)))
    g.add((MINISTER, SKOS.altLabel, Literal(alias)))
    g.add((MINISTER, KG.holdsPosition, Literal(post)))
    g.add((MINISTER, KG.mentionedIn, DOC))
    g.add((COUNTRY, RDF.type, KG.Country))
    g.add((COUNTRY, RDFS.label, Literal(country)))
    g.add((MINISTER, KG.represents, COUNTRY))
    named = ds.graph(DOC)
    ev = KGR["evidence/0123456789abcdef"]
    named.add((MINISTER, KG.represents, COUNTRY))
    for p, o in ((RDF.type, KG.Evidence), (RDF.subject, MINISTER), (RDF.predicate, KG.represents),
                 (RDF.object, COUNTRY), (PROV.wasDerivedFrom, DOC), (KG.sentence, Literal(sentence)),
                 (KG.startOffset, Literal(0, datatype=XSD.integer)), (KG.endOffset, Literal(9, datatype=XSD.integer)),
                 (KG.rule, Literal("test")), (KG.confidence, Literal(Decimal("0.5"), datatype=XSD.decimal))):
        named.add((ev, p, o))
    return ds


def export_all(ds: Dataset, folder: Path) -> None:
    for fmt in ("turtle", "trig", "ntriples", "jsonld", "graphml", "gexf", "neo4j"):
        get_exporter(fmt)(ds, folder / default_filename(fmt))


def check_file_formats(folder: Path, label: str, alias: str, post: str, sentence: str, delimiter: str) -> None:
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        g = Graph().parse(folder / name, format=fmt)
        assert g.value(MINISTER, RDFS.label) == Literal(label), name
        assert g.value(MINISTER, SKOS.altLabel) == Literal(alias), name
        assert g.value(MINISTER, KG.holdsPosition) == Literal(post), name
    back = Dataset()
    back.parse(folder / "graph.trig", format="trig")
    assert set(back.graph(DOC).objects(None, KG.sentence)) == {Literal(sentence)}

    g = nx.read_graphml(folder / "graph.graphml")
    node, edge = g.nodes["minister-x"], next(iter(g.edges(data=True)))[2]
    assert (node["label"], node["aliases"], node["positions"]) == (label, alias, post)
    assert edge["evidence"] == sentence
    ig = igraph.Graph.Read_GraphML(str(folder / "graph.graphml"))
    v = next(v for v in ig.vs if v["id"] == "minister-x")
    assert (v["label"], v["aliases"], v["positions"]) == (label, alias, post)
    assert ig.es[0]["evidence"] == sentence

    g = nx.read_gexf(folder / "graph.gexf")
    node, edge = g.nodes["minister-x"], next(iter(g.edges(data=True)))[2]
    assert (node["label"], node["aliases"], node["positions"]) == (label, alias, post)
    assert edge["evidence"] == sentence

    with open(folder / "neo4j" / "nodes.csv", newline="", encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["id"] == "minister-x")
    assert row["name"] == label and row["aliases:string[]"].split(delimiter) == [alias]
    assert row["positions:string[]"].split(delimiter) == [post]
    with open(folder / "neo4j" / "relationships.csv", newline="", encoding="utf-8") as fh:
        assert next(csv.DictReader(fh))["evidence"] == sentence


@settings(max_examples=60, deadline=None)
@given(label=hostile_text, alias=hostile_text, post=hostile_text, sentence=hostile_text)
def test_any_text_survives_the_file_formats(label, alias, post, sentence):
    ds = hostile_dataset(label, alias, post, sentence)
    with tempfile.TemporaryDirectory() as tmp:
        export_all(ds, Path(tmp))
        check_file_formats(Path(tmp), label, alias, post, sentence, array_delimiter(GraphView.from_dataset(ds)))


@pytest.fixture(scope="module")
def falkordb(tmp_path_factory):
    with falkordb_server(tmp_path_factory.mktemp("falkordb-props")) as server:
        yield server


_graphs = itertools.count()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(label=hostile_text, alias=hostile_text, sentence=hostile_text)
def test_any_text_survives_neo4j_import_into_a_cypher_engine(falkordb, label, alias, sentence):
    ds = hostile_dataset(label, alias, "post", sentence)
    query = ("MATCH (m:Minister)-[r:REPRESENTS]->(c:Country) "
             "RETURN m.name, m.aliases, r.evidence, c.name")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "neo4j"
        get_exporter("neo4j")(ds, folder)
        n = next(_graphs)
        load_admin_csv(falkordb, f"csv-{n}", folder, array_delimiter(GraphView.from_dataset(ds)))
        run_cypher_file(falkordb, f"cypher-{n}", folder / "import.cypher")
        for graph in (f"csv-{n}", f"cypher-{n}"):
            assert falkordb.query(graph, query) == [[label, [alias], sentence, "Ruritania"]], graph


def test_text_xml_cannot_hold_becomes_u_fffd_in_xml_and_survives_elsewhere(tmp_path):
    label = "bell\x07 nul\x00 esc\x1b end\uffff"
    ds = hostile_dataset(label, "alias", "post", "form feed\x0c here")
    export_all(ds, tmp_path)
    xml_label = "bell\ufffd nul\ufffd esc\ufffd end\ufffd"
    assert nx.read_graphml(tmp_path / "graph.graphml").nodes["minister-x"]["label"] == xml_label
    assert nx.read_gexf(tmp_path / "graph.gexf").nodes["minister-x"]["label"] == xml_label
    assert Graph().parse(tmp_path / "graph.nt", format="nt").value(MINISTER, RDFS.label) == Literal(label)
    with open(tmp_path / "neo4j" / "nodes.csv", newline="", encoding="utf-8") as fh:
        assert next(r for r in csv.DictReader(fh) if r["id"] == "minister-x")["name"] == label
    cypher = (tmp_path / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    assert r"'bell\u0007 nul\u0000 esc\u001b end" + "\uffff'" in cypher
