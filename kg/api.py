"""kg's Python API: one object for a build, with SPARQL, plain records, networkx, rdflib and an inline view.

```python
import kg
graph = kg.build("seeds/")               # or kg.open("out/") for a build made by `kg build`
graph.query("SELECT ...")                # kg.query.QueryResult: .rows, .variables, .to_pandas()
graph.entities(type="Minister")          # canonical name, IRI, aliases, posts (Person includes Minister)
graph.facts(about="Japan")               # entity-to-entity facts with their evidence sentences
graph.to_networkx(); graph.to_rdflib()
graph.show(around="Japan", height=500)   # the interactive view inline, in an isolated iframe
graph.export("graphml", "out/graph.graphml")
```

Everything here calls the library (``kg.pipeline.build``, ``kg.graphio.load_dataset``,
``kg.query.run_query``/``query_store``, ``kg.graphview.GraphView``, the ``kg.export`` registry); the
module holds no state of its own, and spaCy loads only when ``build()`` runs. Errors are ``KGError``
subclasses with one-line messages.
"""
from __future__ import annotations

import difflib
import html
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Any, get_args

from rdflib import Dataset

from .config import Config
from .errors import BuildNotFoundError, ConfigError
from .graphview import (LITERAL_PROPERTIES, NON_FACT_PROPERTIES, EvidenceSummary, EvidenceView, GraphView,
                        class_chain)
from .namespace import KG
from .query import QueryResult, query_store, read_query, run_query
from .types import EntityType

__all__ = ["Graph", "build", "open", "EntityRecord", "FactRecord", "Records", "InlineHTML"]

ENTITY_CLASSES: tuple[str, ...] = get_args(EntityType)
RELATIONS: tuple[str, ...] = tuple(n for n in KG.__annotations__ if n[:1].islower()
                                   and n not in NON_FACT_PROPERTIES and n not in LITERAL_PROPERTIES)
_KG_IRI = str(KG._NS)
_IFRAME_HEIGHT = re.compile(r"^\d{1,5}(\.\d{1,3})?(px|vh|em|rem)$")


@dataclass(frozen=True)
class EntityRecord:
    """One entity: its canonical name, IRI, most specific class, other names and posts."""

    name: str
    iri: str
    type: str                          # kg class local name, e.g. "Minister"
    aliases: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()        # kg:holdsPosition
    documents: tuple[str, ...] = ()    # ids of the documents that mention it
    id: str = ""                       # the kgr: slug

    def row(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "posts": "; ".join(self.posts),
                "aliases": "; ".join(self.aliases), "iri": self.iri, "documents": "; ".join(self.documents)}


@dataclass(frozen=True)
class FactRecord(EvidenceSummary):
    """One fact between two entities, with every sentence that supports it (best first)."""

    subject: str                       # canonical names
    predicate: str                     # kg property local name, e.g. "acquires"
    object: str
    subject_iri: str
    object_iri: str
    evidence: tuple[EvidenceView, ...] = ()

    @property
    def sentences(self) -> list[str]:
        return list(dict.fromkeys(e.sentence for e in self.evidence))

    def row(self) -> dict[str, Any]:
        """A flat dict for tables: the best sentence, the confidence, the documents."""
        return {"subject": self.subject, "predicate": self.predicate, "object": self.object,
                "confidence": self.confidence, "sources": ", ".join(self.sources),
                "sentence": self.evidence[0].sentence if self.evidence else "",
                "verb": ", ".join(self.predicate_texts)}


ENTITY_COLUMNS = ("name", "type", "posts", "aliases", "iri", "documents")
FACT_COLUMNS = ("subject", "predicate", "object", "confidence", "sources", "sentence", "verb")


class Records(list):
    """A list of records with ``.to_pandas()``: one row per record (lists joined with "; ")."""

    def __init__(self, items: Iterable[Any] = (), columns: Sequence[str] = ()) -> None:
        super().__init__(items)
        self.columns = list(columns)

    def to_pandas(self):
        try:
            import pandas as pd
        except ImportError as err:
            raise ConfigError("to_pandas() needs pandas: pip install pandas") from err
        return pd.DataFrame([r.row() for r in self], columns=self.columns or None)


class InlineHTML:
    """A whole HTML page shown inline in an isolated ``<iframe srcdoc=…>`` (JupyterLab, Notebook, VS Code)."""

    def __init__(self, page: str, height: str = "600px", what: str = "") -> None:
        self.html = page
        self.height = height
        self.what = what

    def __repr__(self) -> str:
        return f"<kg graph view{': ' + self.what if self.what else ''} (shown in a notebook; .save(path) for a browser)>"

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
                f'style="width: 100%; height: {html.escape(self.height, quote=True)}; border: 1px solid #ddd;" '
                f'title="kg graph view"></iframe>')

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the page (atomically) to open in a browser."""
        from .io import atomic_write_text

        atomic_write_text(path, self.html)
        return Path(path)


class Graph:
    """A built knowledge graph. Make one with ``kg.build(...)``, ``kg.open(out_dir)`` or ``Graph(dataset)``.

    The rdflib Dataset, the GraphView records and the SPARQL store are loaded on first use and kept.
    """

    def __init__(self, dataset: Dataset | None = None, *, out_dir: str | os.PathLike[str] | None = None,
                 result: Any = None) -> None:
        if dataset is None and out_dir is None:
            raise ConfigError("Graph() needs a dataset or out_dir; use kg.build(inputs) or kg.open(out_dir)")
        self._dataset = dataset
        self.out_dir = Path(out_dir) if out_dir is not None else None
        self.result = result            # the kg.pipeline.BuildResult when this graph was just built

    def __repr__(self) -> str:
        where = str(self.out_dir) if self.out_dir else "in memory"
        v = self.view
        return f"<kg.Graph {where}: {len(v.documents)} documents, {len(v.entities)} entities, {len(v.facts)} facts>"

    # --- the data ------------------------------------------------------------------------------------
    def to_rdflib(self) -> Dataset:
        """The build as an rdflib Dataset (default graph + one named graph per document), not a copy."""
        if self._dataset is None:
            from .graphio import load_dataset

            self._dataset = load_dataset(self.out_dir)
        return self._dataset

    @cached_property
    def view(self) -> GraphView:
        """The plain-data view shared with the exporters and the HTML view."""
        return GraphView.from_dataset(self.to_rdflib())

    @cached_property
    def _memory_store(self):
        return memory_store(self.to_rdflib())

    def query(self, sparql: str | os.PathLike[str]) -> QueryResult:
        """Run SPARQL (or a ``.rq`` file) with kg's prefixes predeclared; ``.to_pandas()`` on the result."""
        text = read_query(os.fspath(sparql))
        if self.out_dir is not None:
            return run_query(self.out_dir, text)
        return query_store(self._memory_store, text)

    def entities(self, type: str | None = None) -> Records:
        """Entities, optionally of one class (``"Minister"``, ``"kg:Minister"`` or its IRI) and its subclasses."""
        wanted = entity_class(type) if type is not None else None
        found = [_entity_record(e) for e in self.view.entities.values()
                 if wanted is None or wanted in class_chain(e.type)]
        return Records(sorted(found, key=lambda r: (r.name.casefold(), r.id)), ENTITY_COLUMNS)

    def entity(self, name: str) -> EntityRecord:
        """The entity named ``name``: its IRI, ``kgr:`` name, label, or an alias (case-insensitive)."""
        return _entity_record(self.view.entities[self._find(name)])

    def facts(self, about: str | None = None, relation: str | None = None) -> Records:
        """Entity-to-entity facts, optionally about one entity (as subject or object) or of one relation."""
        ent_id = self._find(about) if about is not None else None
        prop = relation_name(relation) if relation is not None else None
        ents = self.view.entities
        found = (FactRecord(ents[f.subject].label, f.predicate, ents[f.object].label,
                            ents[f.subject].iri, ents[f.object].iri, tuple(f.evidence))
                 for f in self.view.facts
                 if (ent_id is None or ent_id in (f.subject, f.object)) and (prop is None or f.predicate == prop))
        return Records(found, FACT_COLUMNS)

    def to_networkx(self):
        """A networkx MultiDiGraph: nodes are entity ids, edges are facts keyed by relation.

        The attributes are the GraphML export's, plain strings and numbers (several values joined by
        "; "): nodes have label, type, iri, aliases, documents, positions, dates, degree and an r/g/b
        class colour; edges have label, relation, evidence (the best sentence), sources, confidence and
        weight (the number of sentences).
        """
        return view_to_networkx(self.view)

    # --- output ----------------------------------------------------------------------------------------
    def show(self, filter: Callable[[EntityRecord], bool] | str | Sequence[str] | None = None, *,
             around: str | None = None, height: int | str = 600, title: str | None = None) -> InlineHTML:
        """The interactive graph view, inline in a notebook.

        ``filter`` keeps entities of some classes (``"Weapon"``, ``["Country", "Island"]``, subclasses
        included) or those a function of an ``EntityRecord`` accepts; ``around`` keeps one entity and its
        neighbours. The page comes from ``kg.export.html.render_html``.
        """
        from .export.html import render_html

        css = f"{height}px" if isinstance(height, int) else str(height).strip()
        if not _IFRAME_HEIGHT.match(css):
            raise ConfigError(f"show() height {height!r} is not a number of pixels or a CSS length such as 600px or 80vh")
        meta = None
        if self.out_dir is not None:
            from .pipeline import read_manifest

            meta = read_manifest(self.out_dir)
        view = self.subview(filter, around=around)
        page = render_html(view, title=title or "knowledge graph", meta=meta,
                           height="100vh")     # the page fills the iframe, whatever its height
        return InlineHTML(page, css, f"{len(view.entities)} entities, {len(view.facts)} facts")

    def subview(self, filter: Callable[[EntityRecord], bool] | str | Sequence[str] | None = None, *,
                around: str | None = None) -> GraphView:
        """The GraphView restricted as ``show()`` describes (facts only between kept entities)."""
        view = self.view
        keep = set(view.entities)
        if around is not None:
            centre = self._find(around)
            keep &= {centre} | view.neighbours(centre)
        if filter is not None:
            if callable(filter):
                accept = filter
            else:
                classes = {entity_class(c) for c in ([filter] if isinstance(filter, str) else filter)}

                def accept(rec: EntityRecord) -> bool:
                    return bool(classes & set(class_chain(rec.type)))
            keep = {i for i in keep if accept(_entity_record(view.entities[i]))}
        return GraphView({i: e for i, e in view.entities.items() if i in keep},
                         [f for f in view.facts if f.subject in keep and f.object in keep], dict(view.documents))

    def export(self, format: str, path: str | os.PathLike[str] | None = None) -> Path:
        """Write the graph with a registered exporter (``kg.export.formats()``); returns the path written.

        ``path`` defaults to the format's file in the build folder (for a graph opened from one).
        """
        from .export import canonical_name, default_filename, get_exporter

        fmt = canonical_name(format)
        if path is None:
            if self.out_dir is None:
                raise ConfigError(f"export({format!r}) of a graph built in memory needs a path")
            path = self.out_dir / default_filename(fmt)
        get_exporter(fmt)(self.to_rdflib(), Path(path))
        return Path(path)

    # --- helpers -----------------------------------------------------------------------------------------
    def _find(self, name: str) -> str:
        """The id of the entity ``name`` names (see ``entity``), or a ConfigError listing close matches."""
        ents = self.view.entities
        key = name.strip()
        if key.startswith("kgr:"):
            key = key[4:]
        for e in ents.values():
            if key in (e.iri, e.id):
                return e.id
        folded = key.casefold()
        for level in ("label", "aliases"):
            hits = sorted({e.id for e in ents.values()
                           if folded in ([e.label.casefold()] if level == "label" else
                                         [a.casefold() for a in e.aliases])})
            if len(hits) == 1:
                return hits[0]
            if hits:
                several = ", ".join(f"{ents[h].label} ({ents[h].iri})" for h in hits)
                raise ConfigError(f"{name!r} names several entities: {several}; pass one's IRI")
        names = {n for e in ents.values() for n in (e.label, *e.aliases)}
        close = difflib.get_close_matches(key, sorted(names), n=5, cutoff=0.6) or \
            sorted(n for n in names if folded in n.casefold())[:5]
        hint = f"; close matches: {', '.join(close)}" if close else ""
        raise ConfigError(f"no entity named {name!r} in this graph{hint}")


def build(inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
          out: str | os.PathLike[str] | None = None, *, config: Config | None = None,
          progress: Callable[[str, int, int], None] | None = None, **options: Any) -> Graph:
    """Build a graph from articles (folders, files, globs). With ``out`` the build is also written there,
    exactly as ``kg build INPUTS --out OUT`` does. ``options`` override ``Config`` fields (e.g.
    ``min_confidence=0.7``); ``progress(document_id, done, total)`` is called after each document.
    Skipped files are listed in ``graph.result.skipped``."""
    from .pipeline import build as run_build

    valid = {f.name for f in fields(Config)}
    unknown = sorted(set(options) - valid)
    if unknown:
        raise ConfigError(f"unknown build option {unknown[0]!r}; valid options: {', '.join(sorted(valid))}")
    cfg = (config or Config()).with_(**options)
    result = run_build(inputs, out, cfg, progress)
    return Graph(result.dataset, out_dir=result.out_dir, result=result)


def open(out_dir: str | os.PathLike[str]) -> Graph:  # noqa: A001 - kg.open, as the issue asks
    """The build in ``out_dir`` (made by ``kg build`` or ``kg.build(..., out=...)``), loaded lazily."""
    from .pipeline import read_manifest
    from .store import STORE_DIR

    read_manifest(out_dir)
    if not (Path(out_dir) / STORE_DIR).is_dir():
        raise BuildNotFoundError(f"{out_dir}: the build has no store/ (rebuild it: kg build <articles> --out {out_dir})")
    return Graph(out_dir=out_dir)


def memory_store(ds: Dataset):
    """An in-memory Oxigraph store holding every quad of ``ds`` (what ``query()`` uses for unsaved graphs)."""
    import pyoxigraph as ox

    store = ox.Store()
    data = ds.serialize(format="nquads", encoding="utf-8")
    if data.strip():
        store.load(data, format=ox.RdfFormat.N_QUADS)
    return store


def entity_class(name: str) -> str:
    """``"Minister"``, ``"kg:Minister"``, the IRI or any case of them -> ``"Minister"``."""
    return _term(name, ENTITY_CLASSES, "entity class")


def relation_name(name: str) -> str:
    """``"acquires"``, ``"kg:acquires"`` or the IRI -> ``"acquires"``."""
    return _term(name, RELATIONS, "relation")


def _term(name: str, valid: Sequence[str], what: str) -> str:
    key = name.strip()
    for prefix in ("kg:", _KG_IRI):
        if key.startswith(prefix):
            key = key[len(prefix):]
    for v in valid:
        if key.casefold() == v.casefold():
            return v
    raise ConfigError(f"unknown {what} {name!r}; valid: {', '.join(sorted(valid))}")


def _entity_record(e) -> EntityRecord:
    return EntityRecord(e.label, e.iri, e.type, tuple(e.aliases), tuple(e.positions), tuple(e.documents), e.id)


def view_to_networkx(view: GraphView):
    """A GraphView as a networkx MultiDiGraph with the GraphML export's attributes (``kg.export.graphml``)."""
    import networkx as nx

    from .export.graphml import degrees, edge_attributes, node_attributes

    g = nx.MultiDiGraph()
    degree = degrees(view)
    for ent_id in sorted(view.entities):
        g.add_node(ent_id, **node_attributes(view.entities[ent_id], degree[ent_id]))
    for f in view.facts:
        g.add_edge(f.subject, f.object, key=f.predicate, **edge_attributes(f))
    return g
