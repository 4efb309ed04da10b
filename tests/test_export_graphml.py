"""GraphML and GEXF read back by real readers (networkx, python-igraph, xmllint) against what SPARQL
says about the same build; the RDF formats' prefixes and context; determinism, atomic writes, empty
graphs and the one-line errors of ``kg export``."""
from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from conftest import skip_missing_system
from kg.cli import app
from kg.errors import ExportError, UnknownFormatError
from kg.export import canonical_name, default_filename, formats, get_exporter
from kg.export.colors import CLASS_COLORS, class_color
from kg.graphio import load_dataset
from kg.namespace import PREFIXES, bind_prefixes
from kg.rdf import merged_graph
from neo4j_server import RdfExpect

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
FILE_FORMATS = ("turtle", "trig", "ntriples", "jsonld", "graphml", "gexf")


@pytest.fixture(scope="module")
def exported(sample_out, tmp_path_factory):
    """Every export format of the sample build, written by the exporters, plus the SPARQL view."""
    folder = tmp_path_factory.mktemp("exports")
    ds = load_dataset(sample_out)
    for fmt in (*FILE_FORMATS, "neo4j"):
        get_exporter(fmt)(ds, folder / default_filename(fmt))
    return folder, RdfExpect(sample_out), ds


def _xmllint(path: Path) -> None:
    if shutil.which("xmllint") is None:
        skip_missing_system("xmllint (Debian package libxml2-utils)")
    done = subprocess.run(["xmllint", "--nonet", "--noout", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def _igraph():
    try:
        import igraph
    except ImportError:
        skip_missing_system("python-igraph (pip install igraph)")
    return igraph


def _fact_key(expect: RdfExpect, src: str, dst: str, relation: str) -> tuple[str, str, str]:
    ids = {iri.rsplit("/", 1)[-1]: iri for iri in expect.entities}
    return ids[src], relation, ids[dst]


# --- GraphML ---------------------------------------------------------------------------------------

def test_graphml_is_well_formed_and_keys_are_gephi_safe(exported):
    folder, _, _ = exported
    path = folder / "graph.graphml"
    _xmllint(path)
    keys = ET.parse(path).getroot().findall(f"{GRAPHML_NS}key")
    seen = Counter((k.get("for"), k.get("attr.name")) for k in keys)
    assert all(n == 1 for n in seen.values()), seen                   # one key per attribute name
    assert len({k.get("id") for k in keys}) == len(keys)
    assert not any(re.fullmatch(r"d\d+", k.get("id")) for k in keys)   # Gephi reads d3/d7 as yEd labels
    assert {k.get("attr.type") for k in keys} <= {"string", "int", "long", "double", "float", "boolean"}
    assert {("node", n) for n in ("label", "type", "iri", "aliases", "documents", "degree", "r", "g", "b")} <= set(seen)
    assert {("edge", n) for n in ("label", "relation", "evidence", "sources", "confidence", "weight")} <= set(seen)
    assert "None" not in path.read_text(encoding="utf-8")


def test_graphml_read_by_networkx_matches_sparql(exported):
    folder, expect, _ = exported
    g = nx.read_graphml(folder / "graph.graphml")
    assert g.number_of_nodes() == len(expect.entities)
    assert g.number_of_edges() == len(expect.facts)
    for iri, ent in expect.entities.items():
        data = g.nodes[iri.rsplit("/", 1)[-1]]
        assert data["iri"] == iri and data["label"] == ent["label"] and data["type"] == ent["type"]
        assert data["aliases"] == "; ".join(ent["aliases"])
        assert data["degree"] == expect.degree(iri)
        assert (data["r"], data["g"], data["b"]) == class_color(ent["type"])
        assert all(isinstance(data[c], int) and 0 <= data[c] <= 255 for c in "rgb")
    got = []
    for src, dst, data in g.edges(data=True):
        key = _fact_key(expect, src, dst, data["relation"])
        got.append(key)
        evidence = expect.evidence.get(key, [])
        assert data["weight"] == len(evidence)
        if evidence:
            best = max(e["confidence"] for e in evidence)
            assert data["confidence"] == pytest.approx(best)
            assert data["evidence"] in {e["sentence"] for e in evidence if e["confidence"] == best}
            assert data["sources"] == "; ".join(sorted({e["doc"] for e in evidence}))
        assert data["label"]
    assert sorted(got) == expect.facts


def test_graphml_read_by_igraph_matches_sparql(exported):
    ig = _igraph()
    folder, expect, _ = exported
    g = ig.Graph.Read_GraphML(str(folder / "graph.graphml"))
    assert g.is_directed()
    assert (g.vcount(), g.ecount()) == (len(expect.entities), len(expect.facts))
    by_iri = {v["iri"]: v for v in g.vs}
    assert set(by_iri) == set(expect.entities)
    for iri, ent in expect.entities.items():
        v = by_iri[iri]
        assert (v["label"], v["type"], v["aliases"]) == (ent["label"], ent["type"], "; ".join(ent["aliases"]))
        assert int(v["degree"]) == expect.degree(iri)
    edges = sorted((g.vs[e.source]["iri"], e["relation"], g.vs[e.target]["iri"]) for e in g.es)
    assert edges == expect.facts
    assert all(int(e["weight"]) == len(expect.evidence.get((g.vs[e.source]["iri"], e["relation"],
                                                            g.vs[e.target]["iri"]), [])) for e in g.es)


# --- GEXF --------------------------------------------------------------------------------------------

def test_gexf_read_by_networkx_matches_sparql(exported):
    folder, expect, _ = exported
    path = folder / "graph.gexf"
    _xmllint(path)
    root = ET.parse(path).getroot()
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    g = nx.read_gexf(path)
    assert (g.number_of_nodes(), g.number_of_edges()) == (len(expect.entities), len(expect.facts))
    sizes = {}
    for iri, ent in expect.entities.items():
        data = g.nodes[iri.rsplit("/", 1)[-1]]
        assert (data["label"], data["type"], data["iri"]) == (ent["label"], ent["type"], iri)
        r, gr, b = class_color(ent["type"])
        assert data["viz"]["color"] == {"r": r, "g": gr, "b": b, "a": 1.0}
        sizes[iri] = data["viz"]["size"]
    # bigger degree, bigger node
    ranked = sorted(expect.entities, key=expect.degree)
    assert all(sizes[a] <= sizes[b] for a, b in zip(ranked, ranked[1:]))
    got = sorted(_fact_key(expect, s, o, d["relation"]) for s, o, d in g.edges(data=True))
    assert got == expect.facts
    for s, o, d in g.edges(data=True):
        assert d["weight"] == len(expect.evidence.get(_fact_key(expect, s, o, d["relation"]), []))


def test_class_colours_are_distinct_and_inherited():
    assert len(set(CLASS_COLORS.values())) == len(CLASS_COLORS)
    assert class_color("Minister") != class_color("Country")
    assert class_color("NoSuchClass") == class_color("AnotherUnknown")


# --- RDF formats: stable prefixes, JSON-LD context -----------------------------------------------------

def test_rdf_exports_use_kg_prefixes_and_round_trip(exported):
    folder, _, ds = exported
    merged = merged_graph(ds)
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        text = (folder / name).read_text(encoding="utf-8")
        assert not re.search(r"\bns\d+:", text), name
        assert isomorphic(Graph().parse(data=text, format=fmt), merged), name
    for name in ("graph.ttl", "graph.trig"):
        text = (folder / name).read_text(encoding="utf-8")
        assert "@prefix kg: <https://w3id.org/kg/ontology#> ." in text and " kg:" in text
    back = Dataset()
    back.parse(folder / "graph.trig", format="trig")
    assert sorted(map(str, back.quads())) == sorted(map(str, ds.quads()))


def test_jsonld_has_the_kg_context(exported):
    import json

    folder, _, _ = exported
    doc = json.loads((folder / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == PREFIXES["kg"] and doc["@context"]["kgr"] == PREFIXES["kgr"]
    types = {t for node in doc["@graph"] for t in ([node["@type"]] if isinstance(node.get("@type"), str)
                                                   else node.get("@type", []))}
    assert "kg:Document" in types and all(t.startswith("kg:") for t in types)


# --- determinism, atomicity, empty graphs, CLI ------------------------------------------------------

def test_same_build_gives_byte_identical_files(sample_out, tmp_path):
    """Two `kg export` processes with different hash seeds write the same bytes."""
    outs = []
    for seed in ("1", "2"):
        target = tmp_path / seed
        for fmt in (*FILE_FORMATS, "neo4j"):
            env = {**os.environ, "PYTHONHASHSEED": seed}
            argv = [sys.executable, "-c", "from kg.cli import main; main()", "export", "--format", fmt,
                    "--out", str(sample_out), "--to", str(target / default_filename(fmt))]
            done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr
        outs.append({p.relative_to(target): p.read_bytes() for p in sorted(target.rglob("*")) if p.is_file()})
    assert outs[0].keys() == outs[1].keys() and len(outs[0]) == len(FILE_FORMATS) + 4
    for name in outs[0]:
        assert outs[0][name] == outs[1][name], name


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "turtle"])
def test_failed_write_leaves_previous_file(fmt, sample_out, tmp_path, monkeypatch):
    ds = load_dataset(sample_out)
    target = tmp_path / default_filename(fmt)
    target.write_bytes(b"previous export\n")

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("kg.io.os.replace", disk_full)
    with pytest.raises(ExportError) as err:
        get_exporter(fmt)(ds, target)
    assert "No space left" in str(err.value) and "\n" not in str(err.value)
    assert target.read_bytes() == b"previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]        # no temp file left


def test_empty_graph_exports_valid_empty_files(tmp_path):
    ds = Dataset()
    bind_prefixes(ds)
    for fmt in (*FILE_FORMATS, "neo4j"):
        get_exporter(fmt)(ds, tmp_path / default_filename(fmt))
    g = nx.read_graphml(tmp_path / "graph.graphml")
    assert (g.number_of_nodes(), g.number_of_edges()) == (0, 0)
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_nodes() == 0
    assert _igraph().Graph.Read_GraphML(str(tmp_path / "graph.graphml")).vcount() == 0
    for name in ("graph.graphml", "graph.gexf"):
        _xmllint(tmp_path / name)
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        assert len(Graph().parse(tmp_path / name, format=fmt)) == 0
    assert len(Dataset().parse(tmp_path / "graph.trig", format="trig")) == 0


def test_registry_aliases_and_unknown_format():
    assert canonical_name("TTL") == "turtle" and canonical_name("neo4j-csv") == "neo4j"
    assert {"graphml", "gexf", "neo4j"} <= set(formats())
    assert default_filename("neo4j") == "neo4j" and default_filename("graphml") == "graph.graphml"
    with pytest.raises(UnknownFormatError) as err:
        canonical_name("gml")
    assert all(name in str(err.value) for name in ("graphml", "gexf", "neo4j", "turtle"))


def test_cli_export_errors_are_one_line(sample_out, tmp_path):
    runner = CliRunner()
    done = runner.invoke(app, ["export", "--format", "pajek", "--out", str(sample_out)])
    assert done.exit_code != 0 and "valid formats" in done.output and "Traceback" not in done.output
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    done = runner.invoke(app, ["export", "--format", "graphml", "--out", str(sample_out),
                               "--to", str(blocker / "graph.graphml")])
    assert done.exit_code != 0 and "Traceback" not in done.output
    lines = [line for line in done.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and "a-file" in lines[0]
    done = runner.invoke(app, ["export", "--format", "gexf", "--out", str(sample_out), "--to", str(tmp_path / "g.gexf")])
    assert done.exit_code == 0, done.output
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() > 0
