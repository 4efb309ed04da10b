"""`kg push neo4j` against a real Bolt server: FalkorDB with its Bolt listener, inside a network
namespace made for it (see neo4j_server.py), driven by the `kg` CLI run inside that namespace."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import kg.cli.push  # noqa: F401  (registers `kg push` until kg/cli/__init__.py imports it)
from kg.cli import app
from kg.push import PASSWORD_ENV
from neo4j_server import BOLT_GRAPH, BOLT_USER, RdfExpect, falkordb_server, free_port

PASSWORD = "s3cret-for-tests"
KG = [sys.executable, "-c", "import kg.cli.push; from kg.cli import main; main()"]
QUERIES = [
    "MATCH (n:Entity) RETURN count(n)",
    "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)",
    "MATCH (m:Minister)-[:REPRESENTS]->(c:Country) RETURN m.iri, c.iri ORDER BY m.iri, c.iri",
    "MATCH (n:Entity) RETURN n.iri, n.name, n.type, n.aliases, n.degree, labels(n) ORDER BY n.iri",
    "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.iri, type(r), b.iri, r.relation, r.weight, r.evidence "
    "ORDER BY a.iri, type(r), b.iri",
]


@pytest.fixture(scope="module")
def bolt_server(tmp_path_factory):
    with falkordb_server(tmp_path_factory.mktemp("bolt"), bolt=True, password=PASSWORD) as server:
        yield server


def _push(server, out, *extra, password=PASSWORD, timeout=180):
    # FalkorDB 4.16's Bolt listener crashes on a message over ~4 KB: hence --max-batch-bytes.
    argv = [*KG, "push", "neo4j", "--out", str(out), "--uri", server.bolt_uri, "--user", BOLT_USER,
            "--max-batch-bytes", "3000", *extra]
    env = {**os.environ, PASSWORD_ENV: password}
    return server.run_in_netns(argv, env=env, timeout=timeout)


def test_push_twice_gives_the_same_graph_as_sparql(bolt_server, sample_out):
    expect = RdfExpect(sample_out)
    done = _push(bolt_server, sample_out)
    assert done.returncode == 0, done.stderr
    assert f"pushed {len(expect.entities)} entities and {len(expect.facts)} facts" in done.stdout
    first = bolt_server.queries(BOLT_GRAPH, QUERIES)
    assert first[0] == [[len(expect.entities)]] and first[1] == [[len(expect.facts)]]
    assert [tuple(r) for r in first[2]] == expect.minister_country
    for iri, name, kind, aliases, degree, labels in first[3]:
        ent = expect.entities[iri]
        assert (name, kind, sorted(aliases or []), degree) == (ent["label"], ent["type"], ent["aliases"],
                                                                expect.degree(iri))
        assert "Entity" in labels and ent["type"] in labels
    assert sorted((s, rel, o) for s, _, o, rel, _, _ in first[4]) == expect.facts
    for s, _, o, rel, weight, evidence in first[4]:
        found = expect.evidence.get((s, rel, o), [])
        assert weight == len(found) and (not found or evidence in {e["sentence"] for e in found})

    done = _push(bolt_server, sample_out)                                 # idempotent
    assert done.returncode == 0, done.stderr
    assert bolt_server.queries(BOLT_GRAPH, QUERIES) == first


def test_wrong_password_is_one_line(bolt_server, sample_out):
    done = _push(bolt_server, sample_out, password="not-the-password", timeout=120)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:")
    assert "refused the login" in lines[0] and BOLT_USER in lines[0]


def test_refused_connection_is_one_line(sample_out):
    uri = f"bolt://127.0.0.1:{free_port()}"                  # nothing listens there
    done = subprocess.run([*KG, "push", "neo4j", "--out", str(sample_out), "--uri", uri, "--password", "x"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "connection refused" in lines[0] and uri in lines[0]


def test_push_needs_a_password_and_a_known_target(sample_out, monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    runner = CliRunner()
    done = runner.invoke(app, ["push", "neo4j", "--out", str(sample_out)])
    assert done.exit_code == 2 and PASSWORD_ENV in done.output and "Traceback" not in done.output
    done = runner.invoke(app, ["push", "arangodb", "--out", str(sample_out), "--password", "x"])
    assert done.exit_code == 2 and "valid targets: neo4j" in done.output
    done = runner.invoke(app, ["push", "neo4j", "--out", str(sample_out), "--uri", "http://localhost:7474",
                               "--password", "x"])
    assert done.exit_code == 2 and "http://localhost:7474" in done.output and "Traceback" not in done.output


_PUSH_TRIG = """
import sys
from rdflib import Dataset
from kg.graphview import GraphView
from kg.push import push_graph
ds = Dataset()
ds.parse(sys.argv[1], format="trig")
print(push_graph(GraphView.from_dataset(ds), sys.argv[2], sys.argv[3], sys.argv[4], max_batch_bytes=3000))
"""


def test_hostile_text_survives_push(bolt_server, tmp_path):
    from test_export_properties import HOSTILE, hostile_dataset

    label = "".join(HOSTILE[:20]) + " Minister"
    sentence = "He said: " + "".join(reversed(HOSTILE)) + "\r\nend"
    ds = hostile_dataset(label, "alias;with|delims", "Secretary 'of' \"State\"", sentence, country="Côte d'Ivoire")
    trig = tmp_path / "g.trig"
    ds.serialize(trig, format="trig")
    done = bolt_server.run_in_netns([sys.executable, "-c", _PUSH_TRIG, str(trig), bolt_server.bolt_uri, BOLT_USER,
                                     PASSWORD])
    assert done.returncode == 0, done.stderr
    rows = bolt_server.query(BOLT_GRAPH, "MATCH (m:Minister {iri: 'https://w3id.org/kg/resource/minister-x'})"
                                         "-[r:REPRESENTS]->(c:Country) RETURN m.name, m.aliases, m.positions, "
                                         "r.evidence, c.name")
    assert rows == [[label, ["alias;with|delims"], ["Secretary 'of' \"State\""], sentence, "Côte d'Ivoire"]]
