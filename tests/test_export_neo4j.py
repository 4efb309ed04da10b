"""The Neo4j folder: CSVs in neo4j-admin's header format and import.cypher, loaded into a real
openCypher engine (FalkorDB, see neo4j_server.py) and queried against SPARQL on the same build."""
from __future__ import annotations

import csv
import errno
import re
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.errors import ExportError
from kg.export.neo4j import ARRAY_DELIMITERS, cypher_string, relationship_type, write_neo4j
from kg.graphio import load_dataset
from kg.graphview import class_chain
from kg.namespace import bind_prefixes
from neo4j_server import RdfExpect, falkordb_server, load_admin_csv, parse_admin_header, run_cypher_file

COUNTS = ["MATCH (n:Entity) RETURN count(n)", "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"]
MINISTERS = "MATCH (m:Minister)-[:REPRESENTS]->(c:Country) RETURN m.iri, c.iri ORDER BY m.iri, c.iri"
NODES = "MATCH (n:Entity) RETURN n.iri, n.name, n.type, n.aliases, n.degree, labels(n) ORDER BY n.iri"
RELS = ("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.iri, type(r), b.iri, r.relation, r.weight, r.evidence, r.sources "
        "ORDER BY a.iri, type(r), b.iri")


@pytest.fixture(scope="module")
def sample(sample_out, tmp_path_factory):
    folder = tmp_path_factory.mktemp("neo4j") / "neo4j"
    write_neo4j(load_dataset(sample_out), folder)
    return folder, RdfExpect(sample_out)


@pytest.fixture(scope="module")
def falkordb(tmp_path_factory):
    with falkordb_server(tmp_path_factory.mktemp("falkordb")) as server:
        yield server


def _read(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _check_against_rdf(server, graph: str, expect: RdfExpect) -> None:
    (n_nodes,), = server.query(graph, COUNTS[0])
    (n_rels,), = server.query(graph, COUNTS[1])
    assert (n_nodes, n_rels) == (len(expect.entities), len(expect.facts))
    assert [tuple(r) for r in server.query(graph, MINISTERS)] == expect.minister_country
    for iri, name, kind, aliases, degree, labels in server.query(graph, NODES):
        ent = expect.entities[iri]
        assert (name, kind, degree) == (ent["label"], ent["type"], expect.degree(iri))
        assert sorted(aliases or []) == ent["aliases"]
        assert set(labels) == {"Entity", *class_chain(ent["type"])}
    got = []
    for s, rtype, o, relation, weight, evidence, sources in server.query(graph, RELS):
        assert rtype == relationship_type(relation)
        key = (s, relation, o)
        got.append(key)
        found = expect.evidence.get(key, [])
        assert weight == len(found)
        if found:
            assert evidence in {e["sentence"] for e in found}
            assert sorted(sources) == sorted({e["doc"] for e in found})
    assert sorted(got) == expect.facts


# --- the files themselves ---------------------------------------------------------------------------

def test_csv_headers_are_neo4j_admin_format(sample):
    folder, expect = sample
    header, nodes = _read(folder / "nodes.csv")
    kinds = [kind for _, kind in parse_admin_header(header)]
    assert kinds.count("ID") == 1 and kinds.count("LABEL") == 1 and header[0] == "iri:ID"
    assert "aliases:string[]" in header and "degree:int" in header
    header, rels = _read(folder / "relationships.csv")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"confidence:double", "weight:int", "sources:string[]", "evidence"} <= set(header)
    ids = [row["iri:ID"] for row in nodes]
    assert len(ids) == len(set(ids)) == len(expect.entities)                   # unique ids
    assert {r[":START_ID"] for r in rels} | {r[":END_ID"] for r in rels} <= set(ids)   # no dangling ends
    assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", r[":TYPE"]) for r in rels)
    minister = next(r for r in nodes if r["type"] == "Minister")
    assert minister[":LABEL"] == "Entity;Person;Minister"


def test_readme_gives_the_import_commands(sample):
    folder, expect = sample
    text = (folder / "README.md").read_text(encoding="utf-8")
    for needle in ("neo4j-admin database import full", "--nodes=import/nodes.csv",
                   "--relationships=import/relationships.csv", "--multiline-fields=true", "--array-delimiter=';'",
                   "cypher-shell", "-f import.cypher", "n10s.graphconfig.init", "handleMultival: 'ARRAY'",
                   "n10s.rdf.import.fetch", "graph.ttl", "KG_NEO4J_PASSWORD", f"{len(expect.entities)} entities"):
        assert needle in text, needle


def test_import_cypher_is_one_statement_per_line(sample):
    folder, _ = sample
    lines = [line for line in (folder / "import.cypher").read_text(encoding="utf-8").split("\n") if line]
    assert lines[2].startswith("CREATE CONSTRAINT kg_entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE")
    assert all(line.startswith("//") or line.endswith(";") for line in lines)
    assert all(" MERGE " in line for line in lines[3:])


# --- loaded into a real openCypher engine -----------------------------------------------------------

def test_csvs_loaded_with_load_csv_match_sparql(sample, falkordb):
    folder, expect = sample
    load_admin_csv(falkordb, "csv", folder, delimiter=";")
    _check_against_rdf(falkordb, "csv", expect)


def test_import_cypher_matches_sparql_and_is_idempotent(sample, falkordb):
    folder, expect = sample
    assert run_cypher_file(falkordb, "cypher", folder / "import.cypher") > 0
    _check_against_rdf(falkordb, "cypher", expect)
    before = [falkordb.query("cypher", q) for q in (NODES, RELS)]
    run_cypher_file(falkordb, "cypher", folder / "import.cypher")
    assert [falkordb.query("cypher", q) for q in (NODES, RELS)] == before
    _check_against_rdf(falkordb, "cypher", expect)


def test_empty_graph_loads_as_empty(tmp_path, falkordb):
    ds = Dataset()
    bind_prefixes(ds)
    write_neo4j(ds, tmp_path / "neo4j")
    for name in ("nodes.csv", "relationships.csv"):
        header, rows = _read(tmp_path / "neo4j" / name)
        assert header and rows == []
    load_admin_csv(falkordb, "empty-csv", tmp_path / "neo4j")
    run_cypher_file(falkordb, "empty-cypher", tmp_path / "neo4j" / "import.cypher")
    for graph in ("empty-csv", "empty-cypher"):
        assert falkordb.query(graph, COUNTS[0]) == [[0]]


# --- atomic folder writes -------------------------------------------------------------------------

def test_failure_between_files_leaves_previous_folder(sample_out, tmp_path, monkeypatch):
    ds = load_dataset(sample_out)
    target = tmp_path / "neo4j"
    target.mkdir()
    (target / "nodes.csv").write_text("previous\n")
    (target / "mine.txt").write_text("kept\n")
    import kg.export.neo4j as neo4j_export

    real_write = neo4j_export._write_file
    calls = []

    def fail_on_third(path, data):
        calls.append(path.name)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(neo4j_export, "_write_file", fail_on_third)
    with pytest.raises(ExportError) as err:
        write_neo4j(ds, target)
    assert "No space left" in str(err.value) and str(target) in str(err.value)
    assert sorted(p.name for p in target.iterdir()) == ["mine.txt", "nodes.csv"]
    assert (target / "nodes.csv").read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["neo4j"]                  # no staging folder left
    monkeypatch.setattr(neo4j_export, "_write_file", real_write)
    write_neo4j(ds, target)                                                  # a good write replaces it all
    assert sorted(p.name for p in target.iterdir()) == ["README.md", "import.cypher", "nodes.csv", "relationships.csv"]
    assert [p.name for p in tmp_path.iterdir()] == ["neo4j"]


def test_target_that_is_a_file_is_one_clear_error(sample_out, tmp_path):
    target = tmp_path / "neo4j"
    target.write_text("a file")
    with pytest.raises(ExportError) as err:
        write_neo4j(load_dataset(sample_out), target)
    assert str(target) in str(err.value) and "not a folder" in str(err.value)
    assert target.read_text() == "a file"


# --- quoting ----------------------------------------------------------------------------------------

def test_cypher_string_escapes_what_cypher_needs():
    assert cypher_string("it's") == r"'it\'s'"
    assert cypher_string("a\\b") == r"'a\\b'"
    assert cypher_string("line\nnext\r\ttab") == r"'line\nnext\r\ttab'"
    assert cypher_string("bell\x07") == r"'bell\u0007'"
    assert cypher_string('"quoted" 😀 עברית') == "'\"quoted\" 😀 עברית'"


def test_array_delimiter_avoids_values(tmp_path):
    from kg.export.neo4j import array_delimiter
    from kg.graphview import EntityView, GraphView

    view = GraphView()
    view.entities["x"] = EntityView("https://w3id.org/kg/resource/x", "x", "X", "Country", aliases=["a;b"])
    assert array_delimiter(view) == ARRAY_DELIMITERS[1]
    view.entities["x"].aliases = ["plain"]
    assert array_delimiter(view) == ";"
