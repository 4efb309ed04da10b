"""The HTML view in a real browser: Debian's chromium driven by Playwright (never `playwright install`).

Every page is opened from ``file://`` with every request routed: anything but the file itself is
refused and fails the test. Console errors, page errors and dialogs are recorded and fail it too.
Screenshots go to ``test-artifacts/`` for the test report.
"""
from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, skip_missing_system
from kg.export.html import render_html, write_html
from kg.graphview import GraphView
from test_html_view import HOSTILE_IMG, HOSTILE_MISC, HOSTILE_QUOTES, HOSTILE_SCRIPT, HOSTILE_URL, hand_dataset

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
STABLE_MS = 60_000


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        skip_missing_system("chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from file:// with every other request refused and every complaint recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.path = path
        self.refused: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 860})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("html[data-kg-stable=true]", state="attached", timeout=STABLE_MS)

    def _route(self, route) -> None:
        if route.request.url == self.path.as_uri():
            route.continue_()
        else:
            self.refused.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def drawn(self) -> tuple[set[str], set[str]]:
        """The node and edge ids vis-network draws (its own visible indices, hidden ones excluded)."""
        nodes, edges = self.js("() => [kgView.network.body.nodeIndices, kgView.network.body.edgeIndices]")
        return set(nodes), set(edges)

    def drawn_facts(self) -> Counter:
        return Counter(tuple(x) for x in self.js(
            "() => kgView.network.body.edgeIndices.map(id => { const e = kgView.data.edges.find(x => x.id === id);"
            " return [e.from, e.rel, e.to]; })"))

    def node_on_screen(self, node_id: str) -> tuple[float, float]:
        return tuple(self.js("""(id) => { const p = kgView.network.getPosition(id);
            const d = kgView.network.canvasToDOM(p); const r = document.getElementById('kg-network').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y]; }""", node_id))

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        target = ARTIFACTS / name
        self.page.screenshot(path=str(target))
        return target

    def assert_clean(self) -> None:
        assert self.refused == [], f"the page asked the network for {self.refused}"
        assert self.errors == [], self.errors
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"


@pytest.fixture()
def open_page(browser):
    opened: list[Opened] = []

    def _open(path: Path) -> Opened:
        o = Opened(browser, path)
        opened.append(o)
        return o
    yield _open
    for o in opened:
        o.page.close()


@pytest.fixture()
def hand_page(open_page, tmp_path):
    ds = hand_dataset()
    path = tmp_path / "graph.html"
    write_html(ds, path)
    return open_page(path), GraphView.from_dataset(ds)


@pytest.fixture(scope="module")
def sample_view(sample_out):
    from kg.graphio import load_dataset

    return GraphView.from_dataset(load_dataset(sample_out))


@pytest.fixture()
def sample_page(open_page, sample_out, tmp_path):
    from kg.pipeline import read_manifest
    from kg.graphio import load_dataset

    path = tmp_path / "graph.html"
    write_html(load_dataset(sample_out), path, meta=read_manifest(sample_out))
    return open_page(path)


# --- the sample build -------------------------------------------------------------------------------------
@pytest.mark.model
def test_sample_build_opens_offline_and_draws_every_entity_and_fact(sample_page, sample_view, sample_out):
    from kg.pipeline import read_manifest

    page = sample_page
    nodes, edges = page.drawn()
    assert nodes == set(sample_view.entities)
    assert page.drawn_facts() == Counter((f.subject, f.predicate, f.object) for f in sample_view.facts)
    assert len(edges) == len(sample_view.facts)
    # physics stops once the layout is stable; the toggle turns it back on
    assert page.js("() => kgView.network.physics.physicsEnabled") is False
    assert page.page.text_content("#kg-physics") == "Physics: off"
    page.page.click("#kg-physics")
    assert page.js("() => kgView.network.physics.physicsEnabled") is True
    page.page.click("#kg-physics")
    assert page.js("() => kgView.network.physics.physicsEnabled") is False
    subtitle = page.page.text_content("#kg-subtitle")
    manifest = read_manifest(sample_out)
    assert manifest["corpus"] in subtitle and f"{len(sample_view.entities)} entities" in subtitle
    assert f"{len(sample_view.facts)} relations" in subtitle      # (not "facts": kg stats counts posts and dates too)
    assert manifest["built_at"][:10] in subtitle
    legend = page.page.locator("#kg-classes label").all_text_contents()
    assert len(legend) == len({e.type for e in sample_view.entities.values()})
    page.shot("html-view-sample.png")
    page.assert_clean()


@pytest.mark.model
def test_search_by_alias_focuses_the_entity(sample_page, sample_view):
    names = Counter(n.casefold() for e in sample_view.entities.values() for n in (e.label, *e.aliases))
    candidates = [(a, e) for e in sorted(sample_view.entities.values(), key=lambda e: e.id) for a in e.aliases
                  if names[a.casefold()] == 1]
    if not candidates:
        pytest.skip("this build has no entity with an alias of its own")
    alias, entity = candidates[0]
    page = sample_page
    page.page.fill("#kg-search", alias.upper())
    page.page.press("#kg-search", "Enter")
    assert page.js("() => kgView.network.getSelectedNodes()") == [entity.id]
    assert page.page.text_content("#kg-panel h2") == entity.label
    # the view moves to put the entity in the middle of the canvas
    page.page.wait_for_function("""(id) => { const n = kgView.network, c = document.getElementById('kg-network');
        const d = n.canvasToDOM(n.getPosition(id));
        return Math.abs(d.x - c.clientWidth / 2) < 40 && Math.abs(d.y - c.clientHeight / 2) < 40; }""",
                                arg=entity.id, timeout=10_000)
    page.shot("html-view-search.png")
    page.assert_clean()


@pytest.mark.model
def test_a_class_filter_hides_exactly_that_class(sample_page, sample_view):
    counts = Counter(e.type for e in sample_view.entities.values())
    cls = max(counts, key=lambda c: (counts[c] < len(sample_view.entities), counts[c]))
    page = sample_page
    page.page.click(f"#kg-classes input[data-name='{cls}']")
    hidden = {e.id for e in sample_view.entities.values() if e.type == cls}
    nodes, _ = page.drawn()
    assert nodes == set(sample_view.entities) - hidden and nodes       # never the whole graph
    assert page.drawn_facts() == Counter((f.subject, f.predicate, f.object) for f in sample_view.facts
                                         if f.subject not in hidden and f.object not in hidden)
    page.page.click(f"#kg-classes input[data-name='{cls}']")
    assert page.drawn()[0] == set(sample_view.entities)
    page.assert_clean()


# --- hand-made graphs ---------------------------------------------------------------------------------------
def test_hostile_text_shows_literally_and_runs_nothing(hand_page):
    page, view = hand_page
    assert page.page.title() == "hostile-corpus · knowledge graph"
    # a user clicks the node whose name is an <img onerror> tag
    x, y = page.node_on_screen("imgman")
    page.page.mouse.move(x, y)
    page.page.wait_for_selector("#kg-tooltip:not([hidden])")
    assert page.page.text_content("#kg-tooltip .kg-tip-title") == HOSTILE_IMG
    page.page.mouse.click(x, y)
    panel = page.page.locator("#kg-panel")
    assert page.page.text_content("#kg-panel h2") == HOSTILE_IMG
    for text in (HOSTILE_SCRIPT, HOSTILE_URL):
        assert text in panel.text_content()
    assert HOSTILE_SCRIPT in panel.text_content()                   # the document title, in "Mentioned in"
    page.js("(id) => kgView.selectNode(id, true)", "obrien")
    assert page.page.text_content("#kg-panel h2") == HOSTILE_QUOTES
    assert HOSTILE_MISC in panel.text_content()
    edge = next(e for e in page.js("() => kgView.data.edges") if e["from"] == "japan" and e["rel"] == "acquires")
    page.js("(id) => kgView.selectEdge(id)", edge["id"])
    assert f"Japan buys Tomahawks {HOSTILE_SCRIPT}" in page.page.locator("#kg-panel blockquote").all_text_contents()
    # nothing in the data became an element, a link or a script
    assert page.js("() => document.querySelectorAll('#kg-app img, #kg-app a, #kg-app iframe, #kg-app b').length") == 0
    assert page.js("() => document.scripts.length") == 3
    page.page.wait_for_timeout(300)
    page.shot("html-view-hostile.png")
    page.assert_clean()


def test_search_filters_options_and_neighbourhood(hand_page):
    page, view = hand_page
    facts = Counter((f.subject, f.predicate, f.object) for f in view.facts)

    def drawn_without(pred) -> Counter:
        return Counter(k for k in facts.elements() if not pred(k))

    page.page.fill("#kg-search", "nippon")
    page.page.press("#kg-search", "Enter")
    assert page.js("() => kgView.network.getSelectedNodes()") == ["japan"]
    # the neighbourhood stays bright, everything else fades
    opacity = dict(page.js("() => kgView.nodes.get().map(n => [n.id, n.opacity])"))
    neighbours = view.neighbours("japan") | {"japan"}
    assert {i for i, o in opacity.items() if o == 1} == neighbours
    assert all(o < 0.5 for i, o in opacity.items() if i not in neighbours)
    # hide kg:relatedTo
    page.page.check("#kg-hide-related")
    assert page.drawn_facts() == drawn_without(lambda k: k[1] == "relatedTo")
    page.page.uncheck("#kg-hide-related")
    assert page.drawn_facts() == facts
    # hide low-confidence facts
    page.page.locator("#kg-min-confidence").fill("0.5")
    low = {(f.subject, f.predicate, f.object) for f in view.facts if f.confidence < 0.5}
    assert low and page.drawn_facts() == drawn_without(lambda k: k in low)
    # a relation filter hides that relation only
    page.page.locator("#kg-min-confidence").fill("0")
    page.page.click("#kg-relations input[data-name='acquires']")
    assert page.drawn_facts() == drawn_without(lambda k: k[1] == "acquires")
    assert page.drawn()[0] == set(view.entities)
    # hiding every class says so, and "Show all" brings the whole graph back
    for cls in {e.type for e in view.entities.values()}:
        page.page.click(f"#kg-classes input[data-name='{cls}']")
    assert page.drawn() == (set(), set())
    assert page.page.is_visible("#kg-empty")
    page.page.check("#kg-hide-isolated")
    page.page.click("#kg-reset")
    assert page.drawn()[0] == set(view.entities) and page.drawn_facts() == facts
    # unconnected entities can be hidden
    page.page.check("#kg-hide-isolated")
    assert page.drawn()[0] == set(view.entities) - {"loner"}
    # searching for a hidden entity shows it again
    page.page.fill("#kg-search", "loner city")
    page.page.press("#kg-search", "Enter")
    assert "loner" in page.drawn()[0] and page.js("() => kgView.network.getSelectedNodes()") == ["loner"]
    page.page.fill("#kg-search", "no such thing at all")
    page.page.press("#kg-search", "Enter")
    assert page.page.text_content("#kg-search-status") == "no entity is called that"
    page.assert_clean()


def test_the_page_works_inside_an_iframe_srcdoc(browser):
    """How notebooks show it: the whole page in an iframe's srcdoc, with no URL of its own."""
    view = GraphView.from_dataset(hand_dataset())
    doc = render_html(view, title="in a notebook", height="500px")
    page = browser.new_page(viewport={"width": 1200, "height": 700})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.set_content(f'<iframe id="f" style="width:1100px;height:520px;border:0" '
                         f'srcdoc="{html.escape(doc, quote=True)}"></iframe>')
        frame = page.frame_locator("#f")
        frame.locator("html[data-kg-stable=true]").wait_for(state="attached", timeout=STABLE_MS)
        inner = next(f for f in page.frames if f != page.main_frame)
        assert set(inner.evaluate("() => kgView.network.body.nodeIndices")) == set(view.entities)
        assert len(inner.evaluate("() => kgView.network.body.edgeIndices")) == len(view.facts)
        assert inner.evaluate("() => document.getElementById('kg-app').getBoundingClientRect().height") == 500
        assert requests == [] and errors == []
    finally:
        page.close()
