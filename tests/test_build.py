"""The whole build on the sample corpus: outputs, store, ontology terms, idempotence, atomicity."""
from __future__ import annotations

import json
import os

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.pipeline import build
from kg.errors import NoDocumentsError
from kg.namespace import KG, ontology_path
from kg.query import run_query
from kg.validate import validate_build

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_outputs_exist_and_parse_in_rdflib_and_oxigraph(sample_out):
    ttl, trig = sample_out / "graph.ttl", sample_out / "graph.trig"
    g = Graph().parse(ttl)
    ds = Dataset()
    ds.parse(trig, format="trig")
    assert len(g) > 100
    assert len(list(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))) == len(g)
    quads = list(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    assert len(quads) == len(list(ds.quads()))
    named = {q.graph_name.value for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert len(named) == 5                          # one named graph per document
    assert "ns1:" not in ttl.read_text(encoding="utf-8")


def test_every_kg_term_used_is_defined_in_the_ontology(sample_out):
    ontology = Graph().parse(ontology_path("kg.ttl"))
    defined = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(KG))}
    ds = Dataset()
    ds.parse(sample_out / "graph.trig", format="trig")
    used = set()
    for s, p, o, _ in ds.quads():
        if str(p).startswith(str(KG)):
            used.add(p)
        if p == RDF.type and str(o).startswith(str(KG)):
            used.add(o)
    assert used and used <= defined, sorted(str(u) for u in used - defined)


def test_every_entity_has_one_label_and_its_most_specific_class(sample_out):
    rows = run_query(sample_out, """
        SELECT ?e (COUNT(DISTINCT ?label) AS ?labels) (COUNT(DISTINCT ?type) AS ?types) WHERE {
          ?e a ?type . FILTER(STRSTARTS(STR(?type), STR(kg:)) && ?type NOT IN (kg:Document))
          OPTIONAL { ?e rdfs:label ?label }
        } GROUP BY ?e""").rows
    assert rows
    assert all(r["labels"] == 1 and r["types"] == 1 for r in rows), [r for r in rows if r["labels"] != 1 or r["types"] != 1]


def test_every_fact_has_evidence_with_provenance(sample_out):
    unsupported = run_query(sample_out, """
        SELECT ?s ?p ?o WHERE {
          ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p NOT IN
            (kg:mentionedIn, kg:sourcePath, kg:contentHash, kg:title))
          FILTER NOT EXISTS { GRAPH ?g { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                                             kg:sentence ?t ; kg:rule ?r ; kg:confidence ?c ;
                                             prov:wasDerivedFrom ?g } }
        }""").rows
    assert unsupported == []


def test_the_sample_build_conforms_to_the_shapes(sample_out):
    report = validate_build(sample_out)
    assert report.conforms, [str(v) for v in report.violations[:10]]


def test_manifest_describes_the_build(sample_out):
    manifest = json.loads((sample_out / "build.json").read_text(encoding="utf-8"))
    assert len(manifest["documents"]) == 5 and manifest["skipped"] == []
    assert manifest["model"].endswith("3.8.0")
    assert manifest["corpus"] == "seeds"


def test_rebuild_is_isomorphic_with_no_duplicates(sample_out, tmp_path):
    from conftest import SEEDS

    again = build([str(SEEDS)], sample_out.parent / "again")
    first = Graph().parse(sample_out / "graph.ttl")
    second = Graph().parse(again.out_dir / "graph.ttl")
    assert isomorphic(first, second)
    trig1 = Dataset()
    trig1.parse(sample_out / "graph.trig", format="trig")
    trig2 = Dataset()
    trig2.parse(again.out_dir / "graph.trig", format="trig")
    assert set(trig1.quads()) == set(trig2.quads())
    # building into the same folder again replaces, never appends
    build([str(SEEDS)], again.out_dir)
    store_count = run_query(again.out_dir, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"]
    assert store_count == len(second)


def test_failed_build_keeps_the_earlier_one(out_copy, tmp_path):
    before = {p.name: p.read_bytes() for p in out_copy.iterdir() if p.is_file()}
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    with pytest.raises(NoDocumentsError):
        build([str(bad)], out_copy)
    after = {p.name: p.read_bytes() for p in out_copy.iterdir() if p.is_file()}
    assert after == before
    assert run_query(out_copy, "ASK { ?m a kg:Minister }").rows == [{"result": True}]
    assert not [p for p in os.listdir(out_copy) if p.startswith(".kg-")]


def test_no_two_nodes_share_a_label_and_a_class(sample_out):
    """Two nodes with one name and one class are one real thing split in two."""
    rows = run_query(sample_out, """
        SELECT ?label ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e rdfs:label ?label ; a ?type . FILTER(?type != kg:Document)
        } GROUP BY ?label ?type HAVING (COUNT(DISTINCT ?e) > 1)""").rows
    assert rows == []


def test_rebuilding_a_folder_export_replaces_it(tmp_path):
    """A folder export (neo4j/) written twice into one build folder is replaced, not refused."""
    from conftest import SEEDS
    from kg.config import Config

    config = Config(exports=("turtle", "neo4j"))
    src = [str(SEEDS / "004_5cf51f605790d914.txt")]
    build(src, tmp_path / "out", config)
    first = sorted(p.name for p in (tmp_path / "out" / "neo4j").iterdir())
    build(src, tmp_path / "out", config)
    assert sorted(p.name for p in (tmp_path / "out" / "neo4j").iterdir()) == first
    assert (tmp_path / "out" / "build.json").is_file()
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".kg-")]


def test_agreements_of_one_kind_between_different_states_are_different_nodes(tmp_path):
    """A Reciprocal Access Agreement of Japan and the Philippines is not Japan and Britain's, though both are
    called so; "the SADC Mutual Defence Pact" is the body's, not the story's two states'."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Japan and the Philippines signed a Reciprocal Access Agreement on Monday in Manila. "
                               "The agreement lets troops train in each other's territory. The two also signed a "
                               "cooperation agreement.\n", encoding="utf-8")
    (src / "b.txt").write_text("Japan and Britain signed a Reciprocal Access Agreement in London. South Africa and "
                               "Angola cited the SADC Mutual Defence Pact.\n", encoding="utf-8")
    build([str(src)], tmp_path / "out")
    rows = run_query(tmp_path / "out", "SELECT ?l ?p WHERE { ?t a kg:Treaty ; rdfs:label ?l . "
                                       "?x kg:partyTo ?t . ?x rdfs:label ?p }").rows
    parties: dict[str, set[str]] = {}
    for r in rows:
        parties.setdefault(r["l"], set()).add(r["p"])
    assert parties["Japan–Philippines Reciprocal Access Agreement"] == {"Japan", "Philippines"}
    assert parties["Japan–United Kingdom Reciprocal Access Agreement"] == {"Japan", "United Kingdom"}
    labels = {r["l"] for r in run_query(tmp_path / "out", "SELECT ?l WHERE { ?t a kg:Treaty ; rdfs:label ?l }").rows}
    assert "SADC Mutual Defence Pact" in labels and len(labels) == 4     # and the cooperation agreement
    alt = run_query(tmp_path / "out", "SELECT ?a WHERE { ?t rdfs:label \"Japan–Philippines Reciprocal Access "
                                      "Agreement\" ; skos:altLabel ?a }").rows
    assert "Reciprocal Access Agreement" in {r["a"] for r in alt}
