"""The interactive HTML view: one self-contained, offline ``graph.html`` that is safe to open and send.

``render_html(view, title=...)`` returns the whole document as a string (the notebook API shows it in
an iframe's ``srcdoc``); ``write_html(ds, path)`` is the ``html`` exporter of the registry.

Article text is data, never markup: the graph travels as JSON inside ``<script type="application/json">``
with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and the page (``kg/data/html/view.js``) builds every
label, tooltip and panel with ``textContent``. A Content-Security-Policy forbids every network load;
vis-network (``kg/data/html/vis-network.min.js``, licence header kept) is inlined, as are the page's own
script and style, so the file works from ``file://``, behind a firewall and inside ``srcdoc``.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path, PurePosixPath

from rdflib import Dataset, Graph
from rdflib.namespace import OWL, RDF, RDFS

from .. import __version__
from ..errors import ConfigError, ExportError, KGError
from ..graphview import GraphView, class_chain
from ..io import atomic_write_text
from ..namespace import KG, ontology_path
from .colors import hex_color

ASSETS = ("template.html", "view.css", "view.js", "vis-network.min.js")

# class -> vis shape, by family (people are dots, places triangles, ...); colours come from kg.export.colors,
# shared with the GraphML and GEXF exports.
CLASS_SHAPES: dict[str, str] = {
    "Country": "hexagon", "Person": "dot", "Minister": "dot", "Organization": "square", "MilitaryUnit": "square",
    "Treaty": "diamond", "TreatyArticle": "diamond", "Weapon": "star", "Place": "triangle", "City": "triangle",
    "Region": "triangle", "Island": "triangle", "WaterBody": "triangle", "Event": "triangleDown",
    "Meeting": "triangleDown",
}
CLASS_STYLE: dict[str, tuple[str, str]] = {name: (hex_color(name), shape) for name, shape in CLASS_SHAPES.items()}
_HEIGHT = re.compile(r"^\d{1,5}(\.\d{1,3})?(px|vh|vw|%|em|rem)$")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SLOT = re.compile(r"@@([A-Z]+)@@")


def embed_json(data: object) -> str:
    """JSON that can sit inside ``<script type="application/json">`` whatever strings it holds."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def render_html(view: GraphView, *, title: str, meta: dict | None = None, height: str = "100vh") -> str:
    """A complete, self-contained HTML document drawing ``view``.

    ``meta`` may be a build's ``build.json`` (or any dict): ``corpus`` and ``built_at`` are shown in the
    title bar; the counts shown are always those of ``view``. ``height`` is a CSS length for the whole
    page (``"100vh"`` standalone, e.g. ``"600px"`` in a notebook).
    """
    if not _HEIGHT.match(height or ""):
        raise ConfigError(f"HTML view height {height!r} is not a CSS length such as 100vh, 600px or 80%")
    assets = _assets()
    payload = graph_payload(view, title=title, meta=meta)
    slots = {
        "TITLE": html.escape(title, quote=True),
        "VERSION": html.escape(__version__),
        "HEIGHT": height,
        "CSS": assets["view.css"],
        "DATA": embed_json(payload),
        "VIS": assets["vis-network.min.js"],
        "APP": assets["view.js"],
    }
    # One pass over the template only: text put into a slot is never scanned for further slots.
    return _SLOT.sub(lambda m: slots[m.group(1)], assets["template.html"])


def write_html(ds: Dataset, path: str | os.PathLike[str], *, meta: dict | None = None,
               title: str | None = None) -> None:
    """The ``html`` exporter: ``graph.html`` for the build in ``ds``, written atomically.

    Without ``meta``, the ``build.json`` beside ``path`` is used when it describes the same documents
    (``kg export``); otherwise the corpus name comes from the documents' folder (``kg build``, which
    runs the exporters before it writes its manifest).
    """
    target = Path(path)
    view = GraphView.from_dataset(ds)
    if meta is None:
        meta = manifest_for(view, target.parent / "build.json")
    corpus = _corpus(view, meta)
    atomic_write_text(target, render_html(view, title=title or f"{corpus} · knowledge graph", meta=meta))


def manifest_for(view: GraphView, manifest: Path) -> dict | None:
    """The manifest at ``manifest`` if it is a kg build manifest of exactly ``view``'s documents."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        return None
    ids = {d.get("id") for d in data["documents"] if isinstance(d, dict)}
    return data if ids == set(view.documents) else None


def graph_payload(view: GraphView, *, title: str, meta: dict | None = None) -> dict:
    """The plain data the page draws: one node per entity, one edge per entity-to-entity fact."""
    meta = meta or {}
    labels, rel_labels, symmetric = _ontology_terms()
    degree: Counter[str] = Counter()
    for f in view.facts:
        degree[f.subject] += 1
        degree[f.object] += 1
    types = Counter(_safe_name(e.type, "Thing") for e in view.entities.values())
    rels = Counter(_safe_name(f.predicate, "relatedTo") for f in view.facts)
    nodes = [{
        "id": e.id, "label": e.label, "type": _safe_name(e.type, "Thing"), "aliases": e.aliases,
        "positions": e.positions, "dates": e.dates, "documents": e.documents, "degree": degree[e.id],
    } for e in sorted(view.entities.values(), key=lambda e: e.id)]
    edges = []
    parallel: dict[frozenset[str], int] = defaultdict(int)
    for n, f in enumerate(view.facts):
        rel = _safe_name(f.predicate, "relatedTo")
        texts = f.predicate_texts
        label = rel_labels.get(rel, _words(rel))
        if rel == "relatedTo" and texts:
            label = f"{label} ({', '.join(texts[:3])})"
        pair = frozenset((f.subject, f.object))
        rank = parallel[pair]
        parallel[pair] += 1
        edges.append({
            "id": f"e{n}", "from": f.subject, "to": f.object, "rel": rel, "label": label,
            "confidence": round(f.confidence, 3), "texts": texts, "curve": round(0.18 * rank, 2),
            "evidence": [{"doc": ev.document, "sentence": ev.sentence, "confidence": round(ev.confidence, 3),
                          "rule": ev.rule, "text": ev.predicate_text} for ev in f.evidence],
        })
    return {
        "meta": {
            "title": title, "corpus": _corpus(view, meta), "built": str(meta.get("built_at") or ""),
            "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
            "entities": len(view.entities), "facts": len(view.facts), "documents": len(view.documents),
            "kg_version": __version__,
        },
        "classes": [_class_entry(name, count, labels) for name, count in
                    sorted(types.items(), key=lambda kv: (_class_rank(kv[0]), kv[0]))],
        "relations": [{"name": name, "label": rel_labels.get(name, _words(name)), "count": count,
                       "symmetric": name in symmetric} for name, count in sorted(rels.items())],
        "nodes": nodes,
        "edges": edges,
        "documents": [{"id": d.id, "label": d.label, "title": d.title, "path": d.path}
                      for d in sorted(view.documents.values(), key=lambda d: d.id)],
    }


def _class_entry(name: str, count: int, labels: dict[str, str]) -> dict:
    colour, shape = CLASS_STYLE.get(name, (hex_color(name), "dot"))
    return {"name": name, "label": labels.get(name, _words(name)), "color": colour, "shape": shape,
            "count": count, "chain": [labels.get(c, _words(c)) for c in class_chain(name)]}


def _class_rank(name: str) -> int:
    order = list(CLASS_STYLE)
    return order.index(name) if name in order else len(order)


def _safe_name(name: str, default: str) -> str:
    """An ontology local name, or ``default`` for anything that is not one (it becomes a JS key)."""
    return name if _NAME.match(name or "") else default


def _words(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower() if name else name


def _corpus(view: GraphView, meta: dict | None) -> str:
    if meta and isinstance(meta.get("corpus"), str) and meta["corpus"].strip():
        return meta["corpus"].strip()
    folders = {str(PurePosixPath(d.path.replace("\\", "/")).parent) for d in view.documents.values() if d.path}
    if len(folders) == 1:
        name = PurePosixPath(folders.pop()).name
        if name and name != ".":
            return name
    n = len(view.documents)
    return f"{n} document{'s' if n != 1 else ''}"


@lru_cache(maxsize=1)
def _ontology_terms() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """Class labels, property labels and symmetric properties from ``ontology/kg.ttl``."""
    try:
        g = Graph().parse(ontology_path("kg.ttl"), format="turtle")
    except (KGError, OSError, ValueError):
        return {}, {}, frozenset()
    ns = str(KG)

    def labels(kind) -> dict[str, str]:
        out = {}
        for term in g.subjects(RDF.type, kind):
            label = g.value(term, RDFS.label)
            if str(term).startswith(ns) and label is not None:
                out[str(term)[len(ns):]] = str(label)
        return out

    symmetric = frozenset(str(t)[len(ns):] for t in g.subjects(RDF.type, OWL.SymmetricProperty)
                          if str(t).startswith(ns))
    return labels(OWL.Class), labels(OWL.ObjectProperty), symmetric


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    folder = resources.files("kg") / "data" / "html"
    found = {}
    for name in ASSETS:
        try:
            text = (folder / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise ExportError(f"kg/data/html/{name}: cannot read the HTML view asset ({err}); "
                              "the kg installation is incomplete") from err
        if name != "template.html" and re.search(r"</script|<!--", text, re.IGNORECASE):
            raise ExportError(f"kg/data/html/{name}: contains '</script' or '<!--' and cannot be inlined")
        # A source-map comment would make developer tools look for a file that is not there.
        found[name] = re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.MULTILINE)
    return found
