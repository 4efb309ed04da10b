"""Read a build back as rdflib graphs (for exporters, eval and the Python API)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .namespace import bind_prefixes
from .rdf import merged_graph
from .store import open_store


def load_dataset(out_dir: str | Path) -> Dataset:
    """The whole build (default graph + one named graph per document) as an rdflib Dataset."""
    store = open_store(out_dir)
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    ds = Dataset()
    bind_prefixes(ds)
    if data:
        ds.parse(data=data.decode("utf-8") if isinstance(data, bytes) else data, format="nquads")
    return ds


def load_merged(out_dir: str | Path) -> Graph:
    """The merged (default) graph of a build."""
    return merged_graph(load_dataset(out_dir))
