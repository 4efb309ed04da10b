"""Exporters behind one small registry (the rdflib ``plugin.py`` way).

``get_exporter("ttl")`` imports the exporter lazily; an unknown name raises ``UnknownFormatError``
listing the valid ones. Every exporter is a function ``(dataset, path) -> None`` that writes
atomically (see ``kg.io.atomic_write``).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset

from ..errors import UnknownFormatError

Exporter = Callable[[Dataset, Path], None]

# name -> (module, function, default file name)
_REGISTRY: dict[str, tuple[str, str, str]] = {
    "turtle": ("kg.export.rdf", "write_turtle", "graph.ttl"),
    "trig": ("kg.export.rdf", "write_trig", "graph.trig"),
    "ntriples": ("kg.export.rdf", "write_ntriples", "graph.nt"),
    "jsonld": ("kg.export.rdf", "write_jsonld", "graph.jsonld"),
    "html": ("kg.export.html", "write_html", "graph.html"),
    "graphml": ("kg.export.graphml", "write_graphml", "graph.graphml"),
    "gexf": ("kg.export.gexf", "write_gexf", "graph.gexf"),
    "neo4j": ("kg.export.neo4j", "write_neo4j", "neo4j"),  # a folder: CSVs, import.cypher, README.md
}
_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "json-ld": "jsonld",
            "neo4j-csv": "neo4j", "cypher": "neo4j"}


def register(name: str, module: str, function: str, filename: str, aliases: tuple[str, ...] = ()) -> None:
    _REGISTRY[name] = (module, function, filename)
    for a in aliases:
        _ALIASES[a] = name


def canonical_name(name: str) -> str:
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in _REGISTRY:
        valid = sorted(set(_REGISTRY) | set(_ALIASES))
        raise UnknownFormatError(f"unknown export format {name!r}; valid formats: {', '.join(valid)}")
    return key


def formats() -> list[str]:
    return sorted(_REGISTRY)


def default_filename(name: str) -> str:
    return _REGISTRY[canonical_name(name)][2]


def get_exporter(name: str) -> Exporter:
    module, function, _ = _REGISTRY[canonical_name(name)]
    return getattr(importlib.import_module(module), function)
