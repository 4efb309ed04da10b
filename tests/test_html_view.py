"""The HTML view as a document: self-contained, faithful to the graph, and article text kept as data.

What the page does in a browser is tested in ``test_html_browser.py``.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD
from typer.testing import CliRunner

import kg.cli.view  # noqa: F401  (registers `kg view` on the app)
from kg.cli.app import app
from kg.errors import ConfigError, ExportError
from kg.export import canonical_name, default_filename, get_exporter
from kg.export.html import embed_json, graph_payload, render_html, write_html
from kg.graphview import GraphView
from kg.namespace import KG, KGR

HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>alert(1)</script>"
HOSTILE_URL = "javascript:alert(document.domain)"
HOSTILE_QUOTES = "O'Brien \"the Hawk\" & <b>Sons</b>"
HOSTILE_MISC = "line\u2028break\u2029para <!-- x --> ]]> {{title}} @@DATA@@"


def hand_dataset(hostile: bool = True) -> Dataset:
    """A small build laid out as docs/rdf-layout.md says, with hostile text in every text field."""
    def h(text: str, plain: str) -> str:
        return text if hostile else plain

    ds = Dataset()
    g = ds.default_graph
    doc = KGR["document/000_hostile"]
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, RDFS.label, Literal(h(f"{HOSTILE_IMG}.txt", "000.txt"))))
    g.add((doc, KG.sourcePath, Literal("hostile-corpus/000.txt")))
    g.add((doc, KG.title, Literal(h(HOSTILE_SCRIPT, "A title"))))
    entities = {
        "imgman": (KG.Minister, h(HOSTILE_IMG, "Img Man"), [h(HOSTILE_SCRIPT, "Scripty"), h(HOSTILE_URL, "Urly")]),
        "japan": (KG.Country, "Japan", ["Nippon", "Tokyo"]),
        "tomahawk": (KG.Weapon, "Tomahawk \"Block V\"", []),
        "obrien": (KG.Organization, h(HOSTILE_QUOTES, "Obrien"), [h(HOSTILE_MISC, "Misc")]),
        "senkaku-islands": (KG.Island, "Senkaku Islands", ["Senkakus"]),
        "loner": (KG.City, "Loner City", []),
    }
    for ent_id, (cls, label, aliases) in entities.items():
        s = KGR[ent_id]
        g.add((s, RDF.type, cls))
        g.add((s, RDFS.label, Literal(label)))
        for a in aliases:
            g.add((s, SKOS.altLabel, Literal(a)))
        g.add((s, KG.mentionedIn, doc))
    g.add((KGR.imgman, KG.holdsPosition, Literal(h(HOSTILE_URL, "Minister of Things"))))
    g.add((KGR.imgman, KG.date, Literal("2023-01-11", datatype=XSD.date)))
    facts = [
        ("japan", "acquires", "tomahawk", 0.9,
         h(f"Japan buys Tomahawks {HOSTILE_SCRIPT}", "Japan buys Tomahawks."), ""),
        ("imgman", "represents", "japan", 0.8, h(f"{HOSTILE_IMG} speaks for Japan", "Img Man speaks for Japan."), ""),
        ("japan", "relatedTo", "obrien", 0.3,
         h(f"Japan and {HOSTILE_QUOTES}", "Japan and Obrien."), h(HOSTILE_URL, "trust")),
        ("obrien", "relatedTo", "tomahawk", 0.6, "Obrien supplies Tomahawks.", "supply"),
        ("japan", "controls", "senkaku-islands", 0.85, "Japan controls the Senkakus.", ""),
        ("japan", "claims", "senkaku-islands", 0.45, "Japan claims the Senkakus.", ""),
    ]
    for n, (s, p, o, conf, sentence, verb) in enumerate(facts):
        triple = (KGR[s], KG[p], KGR[o])
        g.add(triple)
        dg = ds.graph(doc)
        dg.add(triple)
        ev = KGR[f"evidence/{n:016x}"]
        for pred, obj in ((RDF.type, KG.Evidence), (RDF.subject, triple[0]), (RDF.predicate, triple[1]),
                          (RDF.object, triple[2]), (PROV.wasDerivedFrom, doc), (KG.sentence, Literal(sentence)),
                          (KG.startOffset, Literal(10 * n)), (KG.endOffset, Literal(10 * n + 9)),
                          (KG.rule, Literal(h(f"rule:{HOSTILE_IMG}", "rule:test"))),
                          (KG.confidence, Literal(Decimal(str(conf)), datatype=XSD.decimal))):
            dg.add((ev, pred, obj))
        if verb:
            dg.add((ev, KG.predicateText, Literal(verb)))
    return ds


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "the page carries its graph as one JSON block"
    return json.loads(m.group(1))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        self.attrs += [(tag, k, v) for k, v in attrs]
        self._in.append(tag)

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        if not self._in or self._in[-1] not in ("script", "style"):
            self.text.append(data)


def parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    p.close()
    return p


# --- registry and API --------------------------------------------------------------------------------------
def test_html_is_a_registered_export_format():
    assert canonical_name("HTML") == "html"
    assert default_filename("html") == "graph.html"
    assert get_exporter("html") is write_html


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_survives_json_embedding_and_cannot_close_the_script(text):
    embedded = embed_json({"label": text, "aliases": [text]})
    assert not re.search("[<>&\u2028\u2029]", embedded)
    assert json.loads(embedded) == {"label": text, "aliases": [text]}


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1))
def test_any_label_round_trips_through_the_page(label):
    view = GraphView.from_dataset(hand_dataset(hostile=False))
    view.entities["japan"].label = label
    page = render_html(view, title=label)
    assert next(n for n in page_data(page)["nodes"] if n["id"] == "japan")["label"] == label
    assert parse(page).tags == parse(render_html(view, title="plain")).tags


# --- safety -----------------------------------------------------------------------------------------------
def test_hostile_text_is_data_not_markup():
    hostile = render_html(GraphView.from_dataset(hand_dataset()), title=HOSTILE_SCRIPT + HOSTILE_IMG)
    plain = render_html(GraphView.from_dataset(hand_dataset(hostile=False)), title="plain")
    # The same elements as a page without hostile text: nothing in the data became a tag.
    assert parse(hostile).tags == parse(plain).tags
    assert parse(hostile).tags["script"] == 3 and parse(hostile).tags["img"] == 0
    # Outside the JSON block, the hostile strings appear only escaped (in <title> and <h1>).
    data_block = re.search(r'(<script type="application/json" id="kg-data">)(.*?)(</script>)', hostile, re.S)
    outside = hostile[:data_block.start(2)] + hostile[data_block.end(2):]
    for raw in (HOSTILE_IMG, HOSTILE_SCRIPT, "<b>Sons</b>", "<img"):
        assert raw not in outside
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in outside
    # ... and come back intact from the data.
    data = page_data(hostile)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["imgman"]["label"] == HOSTILE_IMG
    assert set(nodes["imgman"]["aliases"]) == {HOSTILE_SCRIPT, HOSTILE_URL}
    assert nodes["imgman"]["positions"] == [HOSTILE_URL]
    assert nodes["obrien"]["label"] == HOSTILE_QUOTES and nodes["obrien"]["aliases"] == [HOSTILE_MISC]
    assert data["documents"][0]["title"] == HOSTILE_SCRIPT
    sentences = {ev["sentence"] for e in data["edges"] for ev in e["evidence"]}
    assert f"Japan buys Tomahawks {HOSTILE_SCRIPT}" in sentences
    assert data["meta"]["title"] == HOSTILE_SCRIPT + HOSTILE_IMG


def test_the_page_loads_nothing_and_forbids_loading_anything():
    page = render_html(GraphView.from_dataset(hand_dataset()), title="t")
    tags = parse(page)
    assert not {"link", "iframe", "object", "embed", "img", "base", "form"} & set(tags.tags)
    assert not [a for a in tags.attrs if a[1] in ("src", "href", "srcset", "action", "background")]
    csp = next(v for tag, k, v in tags.attrs if tag == "meta" and k == "content" and v and "default-src" in v)
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives["default-src"] == ["'none'"]
    assert directives["img-src"] == ["data:"]
    assert not re.search(r"https?:|wss?:|\*", csp)
    assert "sourceMappingURL" not in page
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)   # no CSS fetches either
    assert "vis-network" in page and "@license" in page         # vis inlined, licence header kept


def test_height_must_be_a_css_length():
    view = GraphView.from_dataset(hand_dataset(hostile=False))
    assert "--kg-height: 600px;" in render_html(view, title="t", height="600px")
    for bad in ("100vh; } body { display: none", "</style><script>alert(1)</script>", "", "tall"):
        with pytest.raises(ConfigError, match="height"):
            render_html(view, title="t", height=bad)


# --- content ----------------------------------------------------------------------------------------------
def test_payload_describes_classes_relations_and_counts():
    view = GraphView.from_dataset(hand_dataset(hostile=False))
    data = graph_payload(view, title="t", meta={"corpus": "news", "built_at": "2024-05-01T10:00:00+00:00"})
    assert data["meta"] | {"generated": None} == {
        "title": "t", "corpus": "news", "built": "2024-05-01T10:00:00+00:00", "generated": None,
        "entities": len(view.entities), "facts": len(view.facts), "documents": 1,
        "kg_version": data["meta"]["kg_version"]}
    assert {c["name"]: c["count"] for c in data["classes"]} == Counter(e.type for e in view.entities.values())
    assert next(c for c in data["classes"] if c["name"] == "Minister")["chain"] == ["Minister", "Person"]
    assert {r["name"]: r["count"] for r in data["relations"]} == Counter(f.predicate for f in view.facts)
    rels = {r["name"]: r for r in data["relations"]}
    assert rels["relatedTo"]["label"] == "related to" and not rels["acquires"]["symmetric"]
    degree = Counter(x for f in view.facts for x in (f.subject, f.object))
    assert {n["id"]: n["degree"] for n in data["nodes"]} == {i: degree[i] for i in view.entities}
    edge = next(e for e in data["edges"] if e["rel"] == "relatedTo" and e["from"] == "obrien")
    assert edge["label"] == "related to (supply)" and edge["texts"] == ["supply"]
    # two facts between japan and the islands: the second one is drawn curved, not on top of the first
    curves = sorted(e["curve"] for e in data["edges"] if {e["from"], e["to"]} == {"japan", "senkaku-islands"})
    assert curves[0] == 0 and curves[1] > 0


@pytest.mark.model
def test_the_page_draws_exactly_the_build(sample_out):
    from kg.pipeline import read_manifest
    from kg.graphio import load_dataset

    ds = load_dataset(sample_out)
    view = GraphView.from_dataset(ds)
    manifest = read_manifest(sample_out)
    data = page_data(render_html(view, title="sample", meta=manifest))
    assert {n["id"] for n in data["nodes"]} == set(view.entities)
    assert Counter((e["from"], e["rel"], e["to"]) for e in data["edges"]) == \
        Counter((f.subject, f.predicate, f.object) for f in view.facts)
    for e, f in zip(data["edges"], view.facts):
        assert [ev["sentence"] for ev in e["evidence"]] == [ev.sentence for ev in f.evidence]
        assert {ev["doc"] for ev in e["evidence"]} <= {d["id"] for d in data["documents"]}
        assert e["confidence"] == pytest.approx(f.confidence, abs=1e-3)
    for n in data["nodes"]:
        ent = view.entities[n["id"]]
        assert (n["label"], n["type"], n["aliases"], n["positions"], n["dates"]) == \
            (ent.label, ent.type, ent.aliases, ent.positions, ent.dates)
    assert data["meta"]["corpus"] == manifest["corpus"] and data["meta"]["built"] == manifest["built_at"]
    assert (data["meta"]["entities"], data["meta"]["facts"], data["meta"]["documents"]) == \
        (len(view.entities), len(view.facts), len(manifest["documents"]))


# --- writing ----------------------------------------------------------------------------------------------
def test_write_html_writes_only_its_target(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "site" / "graph.html"
    write_html(hand_dataset(), target)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["site", "site/graph.html"]
    data = page_data(target.read_text(encoding="utf-8"))
    assert data["meta"]["corpus"] == "hostile-corpus"          # no build.json: the documents' folder
    assert data["meta"]["built"] == ""


def test_write_html_failure_leaves_no_file(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="not-a-folder"):
        write_html(hand_dataset(), blocker / "graph.html")
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]
    assert blocker.read_text(encoding="utf-8") == "x"


def test_a_build_json_for_other_documents_is_not_used(tmp_path):
    (tmp_path / "build.json").write_text(json.dumps({
        "corpus": "someone else's", "built_at": "2020-01-01T00:00:00+00:00",
        "documents": [{"id": "999_other"}]}), encoding="utf-8")
    write_html(hand_dataset(), tmp_path / "graph.html")
    meta = page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))["meta"]
    assert (meta["corpus"], meta["built"]) == ("hostile-corpus", "")
    (tmp_path / "build.json").write_text(json.dumps({
        "corpus": "mine", "built_at": "2024-02-02T00:00:00+00:00", "documents": [{"id": "000_hostile"}]}),
        encoding="utf-8")
    write_html(hand_dataset(), tmp_path / "graph.html")
    meta = page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))["meta"]
    assert (meta["corpus"], meta["built"]) == ("mine", "2024-02-02T00:00:00+00:00")


# --- the CLI ----------------------------------------------------------------------------------------------
def test_kg_view_without_a_build_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["view", "--out", str(tmp_path / "nothing"), "--no-open"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "no kg build here" in result.output
    assert not (tmp_path / "nothing").exists()


@pytest.mark.model
def test_kg_export_and_kg_view_write_the_page(out_copy, tmp_path):
    from kg.pipeline import read_manifest

    result = CliRunner().invoke(app, ["export", "--format", "html", "--out", str(out_copy)])
    assert result.exit_code == 0, result.output
    exported = page_data((out_copy / "graph.html").read_text(encoding="utf-8"))
    manifest = read_manifest(out_copy)
    assert exported["meta"]["corpus"] == manifest["corpus"] and exported["meta"]["built"] == manifest["built_at"]
    result = CliRunner().invoke(app, ["view", "--out", str(out_copy), "--no-open", "--to", str(tmp_path)])
    assert result.exit_code == 0, result.output
    viewed = page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert viewed["nodes"] == exported["nodes"] and viewed["edges"] == exported["edges"]


@pytest.mark.model
def test_kg_view_opens_the_page_in_the_default_browser(out_copy, tmp_path):
    """$BROWSER is the user's default browser for Python's webbrowser: here, a script that notes its URL."""
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f"#!/bin/sh\nprintf '%s' \"$1\" > '{opened}'\n", encoding="utf-8")
    browser.chmod(0o755)
    env = {**os.environ, "BROWSER": str(browser)}
    env.pop("DISPLAY", None)
    code = "import kg.cli.view; from kg.cli import main; main(['view', '--out', %r])" % str(out_copy)
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert opened.read_text(encoding="utf-8") == (out_copy / "graph.html").resolve().as_uri()


@pytest.mark.model
def test_a_build_with_the_html_export_and_a_hostile_article(tmp_path):
    """The whole pipeline: an article full of markup is built and its page keeps the markup as text."""
    from kg.pipeline import build
    from kg.config import Config

    corpus = tmp_path / "hostile-news"
    corpus.mkdir()
    (corpus / "001.txt").write_text(
        f"{HOSTILE_IMG} {HOSTILE_SCRIPT} \"Japan\" & 'allies'\n\n"
        "Japan will buy Tomahawk cruise missiles from the United States, Defense Minister Yasukazu Hamada said "
        f"on Tuesday, citing {HOSTILE_URL} and {HOSTILE_IMG}. The United States and Japan met in Washington "
        f"to discuss the {HOSTILE_SCRIPT} alliance.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = build([str(corpus)], out, Config().with_(exports=("turtle", "html")))
    page = (out / "graph.html").read_text(encoding="utf-8")
    view = GraphView.from_dataset(result.dataset)
    data = page_data(page)
    assert data["meta"]["corpus"] == "hostile-news"
    assert {n["id"] for n in data["nodes"]} == set(view.entities) and len(data["edges"]) == len(view.facts)
    assert [d["title"] for d in data["documents"]] == [d.title for d in view.documents.values()]
    assert HOSTILE_IMG in data["documents"][0]["title"]
    assert parse(page).tags["script"] == 3 and parse(page).tags["img"] == 0
    assert "graph.html" in json.loads((out / "build.json").read_text(encoding="utf-8"))["files"]
