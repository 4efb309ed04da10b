"""The Python API (kg/api.py): each method on a small graph made by hand, then on real builds.

The hand-made graph goes through the library's own RDF stage (``kg.rdf.to_dataset``), so it has the
layout of docs/rdf-layout.md without the spaCy model. The tests marked ``model`` use real builds of
seeds/: one made by the CLI (``kg build``), opened with ``kg.api.open``, and one made in memory.
"""
from __future__ import annotations

import html
import importlib.util
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph as RDFGraph
from rdflib.compare import isomorphic

from kg import api
from kg.errors import BuildNotFoundError, ConfigError, InputError, KGError, QueryError, UnknownFormatError
from kg.graphview import GraphView
from kg.query import run_query
from kg.rdf import merged_graph, to_dataset
from kg.resolve import Resolution
from kg.types import Document, Entity, Evidence, Fact, Literal_

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

HAS_HTML = importlib.util.find_spec("kg.export.html") is not None
needs_html = pytest.mark.skipif(not HAS_HTML, reason="kg.export.html (issue 5) is not written yet")

S1 = "Secretary of State Antony Blinken met Japanese officials in Washington."
S2 = "Japan will buy hundreds of Tomahawk cruise missiles from the United States."
S3 = "Tokyo may also acquire Tomahawk missiles later, officials said."
S4 = "China claims the Senkaku Islands, which Japan controls."
S5 = "Washington welcomed Japan's new strategy."


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, f"articles/{doc_id}.txt", text, "0" * 64)


def _ev(doc: Document, sentence: str, rule: str, confidence: float, verb: str | None = None) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(doc.id, sentence, start, start + len(sentence), rule, confidence, verb)


@pytest.fixture(scope="module")
def hand() -> api.Graph:
    d1, d2 = _doc("d1", " ".join([S1, S2, S4])), _doc("d2", " ".join([S3, S5]))
    ents = [
        Entity("antony-blinken", "Antony Blinken", "Minister", {"Blinken", "Anthony Blinken"}, {"d1"}),
        Entity("jake-sullivan", "Jake Sullivan", "Person", set(), {"d1"}),
        Entity("japan", "Japan", "Country", {"Japanese", "Tokyo"}, {"d1", "d2"}),
        Entity("united-states", "United States", "Country", {"U.S.", "Washington"}, {"d1", "d2"}),
        Entity("china", "China", "Country", {"Chinese"}, {"d1"}),
        Entity("washington", "Washington", "City", set(), {"d1"}),
        Entity("tomahawk-cruise-missile", "Tomahawk cruise missile", "Weapon", {"Tomahawk"}, {"d1", "d2"}),
        Entity("senkaku-islands", "Senkaku Islands", "Island", {"Senkakus"}, {"d1"}),
    ]
    facts = [
        Fact("antony-blinken", "holdsPosition", Literal_("Secretary of State"), [_ev(d1, S1, "title", 0.9)]),
        Fact("antony-blinken", "represents", "united-states", [_ev(d1, S1, "title-country", 0.8)]),
        Fact("japan", "acquires", "tomahawk-cruise-missile",
             [_ev(d2, S3, "relation:acquire-verb", 0.6), _ev(d1, S2, "relation:acquire-verb", 0.85)]),
        Fact("china", "claims", "senkaku-islands", [_ev(d1, S4, "relation:claim", 0.8)]),
        Fact("japan", "controls", "senkaku-islands", [_ev(d1, S4, "relation:control", 0.8)]),
        Fact("united-states", "relatedTo", "japan", [_ev(d2, S5, "relation:svo", 0.5, "welcome")]),
    ]
    ds = to_dataset(Resolution({e.id: e for e in ents}, facts), [d1, d2])
    return api.Graph(ds)


def names(records) -> set[str]:
    return {r.name for r in records}


# --- entities ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("spelling", ["Minister", "kg:Minister", "https://w3id.org/kg/ontology#Minister", "minister"])
def test_entities_by_type_accepts_every_spelling(hand, spelling):
    [blinken] = hand.entities(type=spelling)
    assert blinken.name == "Antony Blinken"
    assert blinken.iri == "https://w3id.org/kg/resource/antony-blinken"
    assert set(blinken.aliases) == {"Blinken", "Anthony Blinken"}
    assert blinken.posts == ("Secretary of State",)
    assert blinken.type == "Minister"


def test_entities_of_a_superclass_include_its_subclasses(hand):
    assert names(hand.entities(type="Person")) == {"Antony Blinken", "Jake Sullivan"}
    assert names(hand.entities(type="Place")) == {"Washington", "Senkaku Islands"}
    assert len(hand.entities()) == 8


def test_unknown_type_is_a_clear_error(hand):
    with pytest.raises(ConfigError, match=r"unknown entity class 'Ministr'.*Minister"):
        hand.entities(type="Ministr")


def test_entities_to_pandas(hand):
    pytest.importorskip("pandas")
    df = hand.entities(type="Country").to_pandas()
    assert list(df.columns) == list(api.ENTITY_COLUMNS)
    assert sorted(df["name"]) == ["China", "Japan", "United States"]
    assert hand.entities(type="Treaty").to_pandas().empty


# --- facts -----------------------------------------------------------------------------------------------
def _keys(records):
    return sorted((f.subject, f.predicate, f.object) for f in records)


def test_facts_about_an_entity_by_label_alias_slug_or_iri(hand):
    expected = [("Japan", "acquires", "Tomahawk cruise missile"), ("Japan", "controls", "Senkaku Islands"),
                ("United States", "relatedTo", "Japan")]
    for name in ("Japan", "japan", "Tokyo", "kgr:japan", "https://w3id.org/kg/resource/japan"):
        assert _keys(hand.facts(about=name)) == expected, name


def test_facts_carry_their_evidence_best_first(hand):
    [fact] = hand.facts(about="Japan", relation="acquires")
    assert fact.sentences == [S2, S3]
    assert fact.confidence == pytest.approx(0.85)
    assert fact.sources == ["d1", "d2"]
    assert [e.rule for e in fact.evidence] == ["relation:acquire-verb"] * 2
    [related] = hand.facts(about="Japan", relation="kg:relatedTo")
    assert related.evidence[0].predicate_text == "welcome"


def test_a_label_wins_over_an_alias(hand):
    # "Washington" is the city's label and an alias of the United States: the label wins.
    assert hand.entity("Washington").type == "City"
    assert hand.facts(about="Washington") == []


def test_unknown_entity_lists_close_matches(hand):
    with pytest.raises(ConfigError, match=r"no entity named 'Japn'.*close matches: .*Japan"):
        hand.facts(about="Japn")
    with pytest.raises(ConfigError, match=r"unknown relation 'buys'.*acquires"):
        hand.facts(relation="buys")


def test_a_name_shared_by_two_entities_asks_for_an_iri():
    d = _doc("d1", "Hamada met Hamada.")
    ents = {"hamada": Entity("hamada", "Hamada", "Minister", set(), {"d1"}),
            "hamada-2": Entity("hamada-2", "Hamada", "Organization", set(), {"d1"})}
    graph = api.Graph(to_dataset(Resolution(ents, []), [d]))
    with pytest.raises(ConfigError, match=r"'Hamada' names several entities: Hamada \(.*/hamada\), Hamada \(.*/hamada-2\)"):
        graph.facts(about="Hamada")
    assert graph.entity("kgr:hamada-2").type == "Organization"


def test_facts_to_pandas(hand):
    pytest.importorskip("pandas")
    df = hand.facts(about="China").to_pandas()
    assert df.to_dict("records") == [{"subject": "China", "predicate": "claims", "object": "Senkaku Islands",
                                      "confidence": 0.8, "sources": "d1", "sentence": S4, "verb": ""}]


# --- SPARQL ----------------------------------------------------------------------------------------------
def test_query_an_in_memory_graph(hand):
    result = hand.query("SELECT ?w WHERE { kgr:japan kg:acquires ?x . ?x rdfs:label ?w }")
    assert result.variables == ["w"] and result.rows == [{"w": "Tomahawk cruise missile"}]
    evidence = hand.query("SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e a kg:Evidence } }")
    assert evidence.rows == [{"n": 7}]        # evidence lives in the documents' named graphs
    assert hand.query("ASK { kgr:china kg:claims kgr:senkaku-islands }").rows == [{"result": True}]


def test_query_from_a_file_and_to_pandas(hand, tmp_path):
    pytest.importorskip("pandas")
    rq = tmp_path / "islands.rq"
    rq.write_text("SELECT ?who WHERE { ?c kg:claims kgr:senkaku-islands ; rdfs:label ?who }", encoding="utf-8")
    assert hand.query(str(rq)).to_pandas()["who"].tolist() == ["China"]


def test_bad_sparql_is_a_query_error(hand):
    with pytest.raises(QueryError, match="invalid SPARQL"):
        hand.query("SELECT ?x WHERE { ?x")


# --- networkx / rdflib / export ----------------------------------------------------------------------------
def test_to_networkx(hand):
    g = hand.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g.nodes) == set(hand.view.entities)
    assert g.number_of_edges() == len(hand.view.facts) == 5
    assert g.nodes["antony-blinken"]["label"] == "Antony Blinken"
    assert g.nodes["antony-blinken"]["positions"] == "Secretary of State"
    assert g.nodes["senkaku-islands"]["type"] == "Island" and g.nodes["senkaku-islands"]["degree"] == 2
    edge = g.edges["japan", "tomahawk-cruise-missile", "acquires"]
    assert edge["relation"] == "acquires" and edge["weight"] == 2 and edge["evidence"] == S2
    assert edge["confidence"] == pytest.approx(0.85) and edge["sources"] == "d1; d2"
    assert g.edges["united-states", "japan", "relatedTo"]["label"] == "welcome"


def test_to_networkx_has_the_graphml_exports_attributes(hand, tmp_path):
    g = hand.to_networkx()
    back = nx.read_graphml(hand.export("graphml", tmp_path / "g.graphml"), force_multigraph=True)
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    exported = sorted((u, v, d["relation"], tuple(sorted(d.items()))) for u, v, d in back.edges(data=True))
    ours = sorted((u, v, d["relation"], tuple(sorted(d.items()))) for u, v, d in g.edges(data=True))
    assert exported == ours
    buf = io.BytesIO()
    nx.write_graphml(g, buf)                 # every attribute is GraphML-safe for networkx too
    assert nx.read_graphml(io.BytesIO(buf.getvalue()), force_multigraph=True).number_of_edges() == 5


def test_to_rdflib_is_the_dataset(hand):
    ds = hand.to_rdflib()
    assert ds is hand.to_rdflib()
    assert GraphView.from_dataset(ds).entities.keys() == hand.view.entities.keys()


def test_export_writes_a_registered_format(hand, tmp_path):
    target = hand.export("ttl", tmp_path / "sub" / "g.ttl")
    assert target == tmp_path / "sub" / "g.ttl"
    assert isomorphic(RDFGraph().parse(target, format="turtle"), merged_graph(hand.to_rdflib()))


def test_export_errors(hand, tmp_path):
    with pytest.raises(UnknownFormatError, match=r"unknown export format 'xls'.*turtle"):
        hand.export("xls", tmp_path / "g.xls")
    with pytest.raises(ConfigError, match="needs a path"):
        hand.export("turtle")
    assert not list(tmp_path.iterdir())


# --- the inline view ---------------------------------------------------------------------------------------
def test_subview_by_class_function_and_neighbourhood(hand):
    sub = hand.subview(["Country", "Weapon"])
    assert set(sub.entities) == {"japan", "united-states", "china", "tomahawk-cruise-missile"}
    assert {(f.subject, f.object) for f in sub.facts} == {("japan", "tomahawk-cruise-missile"),
                                                          ("united-states", "japan")}
    assert set(hand.subview("Person").entities) == {"antony-blinken", "jake-sullivan"}
    assert set(hand.subview(lambda e: bool(e.posts)).entities) == {"antony-blinken"}
    assert set(hand.subview(around="Senkaku Islands").entities) == {"senkaku-islands", "china", "japan"}
    assert set(hand.subview("Country", around="Senkakus").entities) == {"china", "japan"}


def _page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "the page carries its graph as JSON"
    return json.loads(m.group(1))


@needs_html
def test_show_is_an_isolated_iframe_holding_the_html_view(hand):
    shown = hand.show("Country", height=450)
    frame = shown._repr_html_()
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts" style="[^"]*height: 450px;[^"]*"'
                     r' title="[^"]*"></iframe>', frame)
    assert m, frame[:300]
    assert "<" not in m.group(1) and ">" not in m.group(1)    # escaped for the attribute
    page = html.unescape(m.group(1))
    assert page == shown.html and page.lstrip().lower().startswith("<!doctype html")
    data = _page_data(page)
    assert {n["id"] for n in data["nodes"]} == {"japan", "united-states", "china"}      # filtered
    assert {(e["from"], e["rel"], e["to"]) for e in data["edges"]} == {("united-states", "relatedTo", "japan")}
    whole = _page_data(hand.show().html)
    assert {n["id"] for n in whole["nodes"]} == set(hand.view.entities)
    assert len(whole["edges"]) == len(hand.view.facts)


@needs_html
def test_show_draws_the_graph_inside_the_sandboxed_iframe_in_a_browser(hand, tmp_path):
    """The notebook output, opened in headless Chromium: the view's scripts run inside the sandbox and draw."""
    import shutil

    from PIL import Image

    from conftest import skip_missing_system
    from kg.export.html import CLASS_STYLE

    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        skip_missing_system("chromium (apt-get install chromium)")
    cell = tmp_path / "cell.html"
    cell.write_text(f"<!DOCTYPE html><html><body style='margin:0'>{hand.show('Country', height=560)._repr_html_()}"
                    "</body></html>", encoding="utf-8")
    shot = tmp_path / "shot.png"
    # Headless virtual time does not advance timers in a process-isolated sandboxed frame, so the
    # sandboxed iframe shares the page's process here (real browsers run its timers in real time).
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--disable-features=IsolateSandboxedIframes", "--window-size=1100,600",
                    "--virtual-time-budget=20000", f"--screenshot={shot}", cell.as_uri()],
                   capture_output=True, timeout=120, check=False)
    assert shot.is_file(), "chromium wrote no screenshot"
    red = tuple(int(CLASS_STYLE["Country"][0][i:i + 2], 16) for i in (1, 3, 5))
    pixels = Image.open(shot).convert("RGB").getdata()
    country = sum(1 for p in pixels if all(abs(a - b) <= 12 for a, b in zip(p, red)))
    assert country > 1500, f"no Country nodes drawn in the iframe ({country} pixels of {red})"


@needs_html
def test_show_height_must_be_a_css_length(hand):
    assert 'height: 80vh;' in hand.show(height="80vh")._repr_html_()
    with pytest.raises(ConfigError, match="height"):
        hand.show(height="tall; background: red")


@needs_html
def test_show_save_writes_the_page(hand, tmp_path):
    shown = hand.show(around="Japan")
    path = shown.save(tmp_path / "view.html")
    assert path.read_text(encoding="utf-8") == shown.html and "Tomahawk cruise missile" in shown.html


# --- opening and building: errors ----------------------------------------------------------------------
def test_open_a_folder_without_a_build(tmp_path):
    with pytest.raises(BuildNotFoundError, match="no kg build here"):
        api.open(tmp_path)
    with pytest.raises(BuildNotFoundError):
        api.open(tmp_path / "missing")


def test_build_errors_are_kg_errors(tmp_path):
    with pytest.raises(ConfigError, match=r"unknown build option 'min_conf'.*min_confidence"):
        api.build(SEEDS, min_conf=0.5)
    with pytest.raises(InputError):
        api.build(tmp_path / "no-such-folder")
    with pytest.raises(KGError):
        api.Graph()


def test_import_kg_is_cheap_and_exports_the_api():
    code = ("import sys, kg\n"
            "heavy = [m for m in ('rdflib', 'spacy', 'pyoxigraph', 'networkx', 'pandas') if m in sys.modules]\n"
            "assert not heavy, heavy\n"
            "import kg.pipeline\n"          # the pipeline module must not hide the function kg.build
            "from kg.api import Graph, build, open\n"
            "assert kg.build is build and kg.open is open and kg.Graph is Graph\n"
            "print('ok')\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.stdout.strip() == "ok", run.stderr


# --- real builds of seeds/ (need the spaCy model) --------------------------------------------------------
@pytest.fixture(scope="module")
def cli_out(tmp_path_factory) -> Path:
    """`kg build seeds/ --out <tmp>` run through the installed console script."""
    out = tmp_path_factory.mktemp("cli") / "out"
    kg_script = Path(sys.executable).with_name("kg")
    run = subprocess.run([str(kg_script), "build", str(SEEDS), "--out", str(out), "--quiet"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return out


@pytest.fixture(scope="module")
def opened(cli_out) -> api.Graph:
    return api.open(cli_out)


@pytest.fixture(scope="module")
def in_memory() -> api.Graph:
    return api.build(str(SEEDS))


@pytest.mark.model
def test_open_a_cli_build_and_query_it(opened, cli_out):
    q = "SELECT ?e ?label WHERE { ?e a kg:Country ; rdfs:label ?label } ORDER BY ?e"
    assert opened.query(q).rows == run_query(cli_out, q).rows
    assert len(opened.query(q)) > 0
    assert repr(opened).startswith(f"<kg.Graph {cli_out}: ")


@pytest.mark.model
def test_in_memory_build_equals_the_cli_build(in_memory, opened):
    assert in_memory.out_dir is None and in_memory.result.documents
    assert isomorphic(merged_graph(in_memory.to_rdflib()), merged_graph(opened.to_rdflib()))
    q = ("SELECT ?s ?p ?o ?sentence WHERE { GRAPH ?g { ?e a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ;"
         " rdf:object ?o ; kg:sentence ?sentence } }")
    assert sorted(map(sorted_items, in_memory.query(q).rows)) == sorted(map(sorted_items, opened.query(q).rows))


def sorted_items(row: dict) -> tuple:
    return tuple(sorted((k, str(v)) for k, v in row.items()))


@pytest.mark.model
def test_entities_of_a_real_build_follow_the_class_tree(opened):
    view = opened.view
    ministers = {e.iri for e in view.entities.values() if e.type == "Minister"}
    people = {e.iri for e in view.entities.values() if e.type in ("Person", "Minister")}
    assert ministers, "the sample articles name ministers"
    assert {r.iri for r in opened.entities(type="kg:Minister")} == ministers
    assert {r.iri for r in opened.entities(type="Person")} == people
    for rec in opened.entities(type="Minister"):
        e = view.entities[rec.id]
        assert (rec.name, rec.aliases, rec.posts) == (e.label, tuple(e.aliases), tuple(e.positions))


@pytest.mark.model
def test_facts_about_the_most_connected_entity(opened):
    view = opened.view
    hub = max(view.entities.values(), key=lambda e: (view.degree(e.id), e.id))
    facts = opened.facts(about=hub.iri)
    assert len(facts) == view.degree(hub.id) > 0

    def named(name: str) -> int:
        return sum(name.casefold() in {x.casefold() for x in (e.label, *e.aliases)} for e in view.entities.values())
    if named(hub.label) == 1:
        assert _keys(opened.facts(about=hub.label.upper())) == _keys(facts)
    unique_aliases = [a for a in hub.aliases if named(a) == 1]
    if unique_aliases:
        assert _keys(opened.facts(about=unique_aliases[0])) == _keys(facts)
    texts = {d.id: Path(d.path).read_text(encoding="utf-8") for d in view.documents.values()}   # absolute paths
    for fact in facts:
        assert hub.iri in (fact.subject_iri, fact.object_iri)
        assert fact.evidence, fact
        for ev in fact.evidence:
            assert ev.sentence and ev.document in texts
            assert texts[ev.document][ev.start:ev.end].split() == ev.sentence.split()   # the span may end in a newline


@pytest.mark.model
def test_networkx_of_a_real_build_matches_its_view(opened):
    g = opened.to_networkx()
    assert g.number_of_nodes() == len(opened.view.entities)
    assert g.number_of_edges() == len(opened.view.facts)
    for f in opened.view.facts:
        assert g.has_edge(f.subject, f.object, key=f.predicate)


@pytest.mark.model
def test_export_of_an_opened_build_defaults_to_its_folder(cli_out, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(cli_out, out)
    (out / "graph.ttl").unlink()
    graph = api.open(out)
    assert graph.export("turtle") == out / "graph.ttl"
    assert isomorphic(RDFGraph().parse(out / "graph.ttl", format="turtle"), merged_graph(graph.to_rdflib()))
