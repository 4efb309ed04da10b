"""How fast the HTML view draws and settles on a large graph, against pyvis's own default page.

    .venv/bin/python benchmarks/html_view.py [--nodes 2000] [--edges 5000] [--runs 1] [--keep DIR]

Both pages draw the same synthetic graph (a preferential-attachment graph with kg's classes and
relations, one evidence sentence per fact) in Debian's chromium driven by Playwright, opened from
``file://`` with every network request refused (pyvis's page asks for Bootstrap from a CDN). The same
hook is injected into both pages: it wraps ``vis.Network`` and records, in milliseconds since the
navigation started, the first ``afterDrawing`` (time to first draw) and ``stabilizationIterationsDone``
(time to stable layout; kg's page turns physics off there). Results are medians over ``--runs``,
printed with the ratio kg / pyvis (below 1 = kg is faster). Nothing is asserted: timings depend on
the machine.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kg.export.html import render_html
from kg.graphview import EntityView, EvidenceView, FactView, GraphView

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CLASSES = ["Country", "Person", "Minister", "Organization", "MilitaryUnit", "Weapon", "City", "Island",
           "Region", "Treaty", "Meeting"]
RELATIONS = ["represents", "metWith", "acquires", "develops", "operates", "locatedIn", "partyTo", "allyOf",
             "cooperatesWith", "threatens", "relatedTo", "participatedIn", "heldIn", "stationedIn"]

HOOK = """
(() => {
  window.__bench = {};
  let visObject;
  const wrap = (obj) => {
    let Network;
    Object.defineProperty(obj, "Network", { configurable: true, enumerable: true,
      get() { return Network; },
      set(Original) {
        Network = function (...args) {
          const net = new Original(...args);
          net.once("afterDrawing", () => { window.__bench.firstDraw = performance.now(); });
          net.once("stabilizationIterationsDone", () => { window.__bench.stable = performance.now(); });
          return net;
        };
        Network.prototype = Original.prototype;
      } });
  };
  Object.defineProperty(window, "vis", { configurable: true,
    get() { return visObject; }, set(v) { visObject = v; if (v && !("Network" in v)) wrap(v); } });
})();
"""


def synthetic_view(n_nodes: int = 2000, n_edges: int = 5000, seed: int = 7) -> GraphView:
    """A GraphView shaped like a news graph: a few hubs, many leaves, every fact with evidence."""
    rng = random.Random(seed)
    view = GraphView()
    ids = [f"entity-{i}" for i in range(n_nodes)]
    for i, ent_id in enumerate(ids):
        view.entities[ent_id] = EntityView(
            iri=f"https://w3id.org/kg/resource/{ent_id}", id=ent_id, label=f"Entity {i}",
            type=rng.choice(CLASSES), aliases=[f"E{i}", f"Thing number {i}"], documents=[f"doc-{i % 50}"])
    targets: list[str] = list(ids[:5])
    seen: set[tuple[str, str, str]] = set()
    while len(view.facts) < n_edges:
        s = ids[rng.randrange(n_nodes)] if rng.random() < 0.5 else rng.choice(targets)
        o = rng.choice(targets) if rng.random() < 0.7 else ids[rng.randrange(n_nodes)]
        p = rng.choice(RELATIONS)
        if s == o or (s, p, o) in seen:
            continue
        seen.add((s, p, o))
        targets += [s, o]
        ev = EvidenceView(document=f"doc-{rng.randrange(50)}", sentence=f"{s} and {o} are linked ({p}).",
                          start=0, end=40, rule="bench", confidence=round(rng.uniform(0.4, 0.95), 2))
        view.facts.append(FactView(s, p, o, [ev]))
    return view


def pyvis_page(view: GraphView) -> str:
    """pyvis's default page for the same graph (its defaults: barnesHut, 1000 stabilisation iterations)."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    for e in view.entities.values():
        net.add_node(e.id, label=e.label, title=e.type, group=e.type)
    for f in view.facts:
        net.add_edge(f.subject, f.object, title=f.predicate, label=f.predicate)
    return net.generate_html()


def measure(page_path: Path, browser, timeout_s: float) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    refused: list[str] = []

    def route(r):
        if r.request.url == page_path.as_uri():
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.add_init_script(HOOK)
    page.goto(page_path.as_uri(), wait_until="commit")
    page.wait_for_function("() => window.__bench && window.__bench.stable && window.__bench.firstDraw",
                           timeout=timeout_s * 1000, polling=100)
    result = page.evaluate("() => window.__bench")
    page.close()
    return {"first_draw_ms": result["firstDraw"], "stable_ms": result["stable"], "refused": len(refused)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=1, help="pyvis takes minutes per run at 2,000 nodes")
    ap.add_argument("--timeout", type=float, default=600, help="seconds to wait for one page")
    ap.add_argument("--keep", type=Path, help="also write both pages into this folder")
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"html_view: {CHROMIUM} is missing (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    view = synthetic_view(args.nodes, args.edges)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        kg_html = render_html(view, title=f"synthetic {args.nodes} nodes / {args.edges} edges",
                              meta={"corpus": "synthetic"})
        render_s = time.perf_counter() - started
        pages = {"kg": folder / "kg-view.html", "pyvis": folder / "pyvis-default.html"}
        pages["kg"].write_text(kg_html, encoding="utf-8")
        pages["pyvis"].write_text(pyvis_page(view), encoding="utf-8")
        results: dict[str, list[dict[str, float]]] = {name: [] for name in pages}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for run in range(args.runs):
                    for name, path in pages.items():
                        r = measure(path, browser, args.timeout)
                        results[name].append(r)
                        print(f"run {run + 1} {name:5}: first draw {r['first_draw_ms']:8.0f} ms, "
                              f"stable {r['stable_ms']:8.0f} ms, refused requests {r['refused']}", flush=True)
            finally:
                browser.close()
        print(f"\n{args.nodes} nodes, {args.edges} edges; kg page {pages['kg'].stat().st_size / 1e6:.1f} MB "
              f"rendered in {render_s:.2f} s; pyvis page {pages['pyvis'].stat().st_size / 1e6:.1f} MB")
        print(f"{'':22}{'kg':>10}{'pyvis':>10}{'kg/pyvis':>10}")
        for key, what in (("first_draw_ms", "time to first draw"), ("stable_ms", "time to stable layout")):
            kg_ms = statistics.median(r[key] for r in results["kg"])
            py_ms = statistics.median(r[key] for r in results["pyvis"])
            print(f"{what:22}{kg_ms:8.0f}ms{py_ms:8.0f}ms{kg_ms / py_ms:10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
