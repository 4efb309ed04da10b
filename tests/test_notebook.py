"""notebooks/explore.ipynb, executed headless by nbclient in a real IPython kernel.

The kernel is this interpreter's ipykernel, installed as a kernelspec in a temporary prefix so that a
``python3`` kernel of some other Python on the machine cannot be picked up. Key cells are found by their
tags and their outputs are checked against the same corpus built by the library (the ``sample_build``
fixture): the notebook must show what the graph holds, whatever today's extraction finds.
"""
from __future__ import annotations

import base64
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import nbformat
import pytest
from ipykernel.kernelspec import install as install_kernelspec
from nbclient import NotebookClient

from kg.api import Graph
from kg.query import run_query

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
TALKS = ("Antony Blinken", "Lloyd Austin", "Yoshimasa Hayashi", "Yasukazu Hamada")   # the 2+2, named in seeds/


@pytest.fixture(scope="module")
def stored() -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOK, as_version=4)


@pytest.fixture(scope="module")
def executed(stored, tmp_path_factory) -> nbformat.NotebookNode:
    nb = nbformat.from_dict(json.loads(json.dumps(stored)))        # a copy: the file is never written
    prefix = tmp_path_factory.mktemp("jupyter")
    install_kernelspec(kernel_name="kg-test", display_name="kg test", prefix=str(prefix))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
        client = NotebookClient(nb, kernel_name="kg-test", timeout=600, allow_errors=False,
                                resources={"metadata": {"path": str(NOTEBOOK.parent)}})
        client.execute()
    return nb


@pytest.fixture(scope="module")
def sample(sample_build) -> Graph:
    """The same corpus built by the library in the test process."""
    return Graph(sample_build.dataset)


# --- reading outputs -----------------------------------------------------------------------------------
def cell(nb, tag: str):
    found = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(found) == 1, f"one cell tagged {tag!r} expected, found {len(found)}"
    return found[0]


def rich(c, mime: str) -> str:
    for out in c.outputs:
        if out.output_type in ("execute_result", "display_data") and mime in out.get("data", {}):
            return out["data"][mime]
    raise AssertionError(f"no {mime} output in {c.source[:60]!r}: {[o.output_type for o in c.outputs]}")


def stdout(c) -> str:
    return "".join(o.text for o in c.outputs if o.output_type == "stream" and o.name == "stdout")


class _Table(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self.head_rows = 0
        self._in_head = False

    def handle_starttag(self, tag, attrs):
        if tag == "thead":
            self._in_head = True
        elif tag == "tr":
            self.rows.append([])
            self.head_rows += self._in_head
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "thead":
            self._in_head = False
        elif tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def table(c) -> list[dict[str, str]]:
    """The rows of the pandas DataFrame a cell displays, as dicts of cell text (the index left out)."""
    parser = _Table()
    parser.feed(rich(c, "text/html"))
    assert parser.head_rows >= 1, "a DataFrame table"
    header = parser.rows[0][1:]
    return [dict(zip(header, r[1:])) for r in parser.rows[parser.head_rows:]]


def blank(text: str) -> bool:
    return text in ("", "NaN", "None", "nan")


def iframe_page(c) -> str:
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts" [^>]*></iframe>', rich(c, "text/html"))
    assert m, "the view is an isolated iframe"
    return html.unescape(m.group(1))


def page_nodes(page: str) -> set[str]:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m
    return {n["id"] for n in json.loads(m.group(1))["nodes"]}


# --- the stored notebook ------------------------------------------------------------------------------
def test_notebook_is_stored_without_outputs_and_defines_nothing(stored):
    code = [c for c in stored.cells if c.cell_type == "code"]
    assert code
    for c in code:
        assert c.outputs == [] and c.execution_count is None, c.source[:60]
        assert not re.search(r"^\s*(def|class)\s", c.source, re.M), "the notebook imports kg; it defines nothing"
    assert "import kg" in cell(stored, "setup").source
    nbformat.validate(stored)


# --- executed ----------------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.slow
def test_minister_table_has_the_four_ministers_of_the_talks_with_their_posts(executed):
    seeds = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    rows = {r["name"]: r for r in table(cell(executed, "ministers"))}
    for name in TALKS:
        assert name in seeds
        assert name in rows, f"{name} missing from the minister table: {sorted(rows)}"
        assert not blank(rows[name]["posts"]), f"{name} has no post"
        for post in rows[name]["posts"].split("; "):
            assert post.casefold() in seeds.casefold(), f"{name}'s post {post!r} is not from the text"


@pytest.mark.model
@pytest.mark.slow
def test_met_with_table_lists_every_metwith_fact_with_roles(executed, sample):
    shown = {(r["person"], r["counterpart"]): r for r in table(cell(executed, "met-with"))}
    ents = sample.view.entities
    expected = set()
    for f in sample.view.facts:
        if f.predicate == "metWith":
            a, b = ents[f.subject], ents[f.object]
            expected |= {(a.label, b.label), (b.label, a.label)}
    assert set(shown) == expected
    posts: dict[str, set[str]] = {}          # by label, as the query groups (two entities may share one)
    for e in ents.values():
        posts.setdefault(e.label, set()).update(e.positions)
    for (person, _), row in shown.items():
        role = row["role"] if isinstance(row["role"], str) and row["role"] != "NaN" else ""  # empty cell: NaN
        assert set(filter(None, role.split(" / "))) == posts[person]


@pytest.mark.model
@pytest.mark.slow
def test_meetings_weapons_and_islands_answer_from_the_graph(executed, sample, sample_out):
    meetings = table(cell(executed, "meetings"))
    assert {r["meeting"] for r in meetings} == {e.label for e in sample.view.entities.values() if e.type == "Meeting"}
    weapons = table(cell(executed, "weapons"))
    expected = run_query(sample_out, (ROOT / "queries" / "weapons.rq").read_text(encoding="utf-8")).rows
    assert [(r["country"], r["weapon"]) for r in weapons] == [(r["country"], r["weapon"]) for r in expected]
    named = {r["name"] for r in table(cell(executed, "weapons-named"))}
    assert named == {e.label for e in sample.view.entities.values() if e.type == "Weapon"}
    contested = {r["island"]: r["claimedBy"] for r in table(cell(executed, "islands"))}
    ents = sample.view.entities
    claims = {}
    for f in sample.view.facts:
        if f.predicate == "claims" and ents[f.object].type == "Island":
            claims.setdefault(ents[f.object].label, set()).add(ents[f.subject].label)
    assert set(contested) == set(claims)
    for island, who in contested.items():
        assert set(who.split(", ")) == claims[island]


@pytest.mark.model
@pytest.mark.slow
def test_article_cell_shows_each_treaty_article_and_its_sentences(executed, sample):
    c = cell(executed, "article-5")
    articles = [e for e in sample.view.entities.values() if e.type == "TreatyArticle"]
    for a in articles:
        assert a.label in stdout(c)
    rows = table(c)
    sentences = {ev.sentence for f in sample.view.facts for ev in f.evidence}
    for r in rows:
        assert r["article"] in {a.label for a in articles}
        names = [n.casefold() for a in articles if a.label == r["article"] for n in (a.label, *a.aliases)]
        assert any(n in r["sentence"].casefold() for n in names)
        assert r["sentence"] in sentences


@pytest.mark.model
@pytest.mark.slow
def test_facts_about_japan_with_evidence(executed, sample):
    rows = table(cell(executed, "japan"))
    japan = sample.entity("Japan")
    assert len(rows) == sample.view.degree(japan.id) > 0
    for r in rows:
        assert "Japan" in (r["subject"], r["object"]) and r["sentence"]


@pytest.mark.model
@pytest.mark.slow
def test_centrality_and_communities(executed, sample):
    top = table(cell(executed, "centrality"))
    U = nx.Graph(sample.to_networkx())
    degree = nx.degree_centrality(U)
    best = max(degree.values())
    leaders = {sample.view.entities[n].label for n, d in degree.items() if d == best}
    assert top and top[0]["actor"] in leaders
    assert float(top[0]["degree"]) == pytest.approx(round(best, 3))
    assert [float(r["degree"]) for r in top] == sorted((float(r["degree"]) for r in top), reverse=True)

    connected = {sample.view.entities[n].label for n in U if U.degree(n) > 0}
    lines = stdout(cell(executed, "communities")).splitlines()
    assert lines, "at least one community"
    seen: list[str] = []
    for n, line in enumerate(lines, 1):
        number, _, rest = line.partition(". ")
        assert number == str(n)
        members, part = [], ""
        for piece in rest.split(", "):          # labels may themselves hold ", "
            part = f"{part}, {piece}" if part else piece
            if part in connected:
                members.append(part)
                part = ""
        assert not part and len(members) >= 2, line
        seen += members
    assert len(seen) == len(set(seen)), "each actor in one community"


@pytest.mark.model
@pytest.mark.slow
def test_bar_chart_is_drawn(executed):
    png = base64.b64decode(rich(cell(executed, "plot"), "image/png"))
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


@pytest.mark.model
@pytest.mark.slow
def test_inline_views_are_isolated_iframes_of_the_graph(executed, sample):
    page = iframe_page(cell(executed, "view"))
    assert page_nodes(page) == set(sample.view.entities)
    japan = sample.entity("Japan").id
    assert page_nodes(iframe_page(cell(executed, "view-japan"))) == {japan} | sample.view.neighbours(japan)
