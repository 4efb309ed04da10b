"""RDF exporters: Turtle (merged graph), TriG (with provenance), N-Triples, JSON-LD."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from ..io import atomic_write_bytes
from ..namespace import bind_prefixes
from ..rdf import merged_graph


def write_turtle(ds: Dataset, path: Path) -> None:
    atomic_write_bytes(path, merged_graph(ds).serialize(format="turtle", encoding="utf-8"))


def write_trig(ds: Dataset, path: Path) -> None:
    bind_prefixes(ds)
    atomic_write_bytes(path, ds.serialize(format="trig", encoding="utf-8"))


def write_ntriples(ds: Dataset, path: Path) -> None:
    atomic_write_bytes(path, merged_graph(ds).serialize(format="nt", encoding="utf-8"))


def write_jsonld(ds: Dataset, path: Path) -> None:
    atomic_write_bytes(path, merged_graph(ds).serialize(format="json-ld", encoding="utf-8", indent=2))
