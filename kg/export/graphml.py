"""GraphML for Gephi, networkx, igraph and yEd (``out/graph.graphml``).

One node per entity, one directed edge per entity-to-entity fact. The file avoids what makes other
tools' GraphML fail in Gephi:

* key ids are the attribute names (``label``, ``degree`` ...), not ``d0``/``d3``/``d7`` -- Gephi reads
  ``d3`` as the yEd node label and ``d7`` as the edge label, and shows key ids as column titles;
* one key per attribute name and domain, with one GraphML type; no ``None``, no lists (several values
  are one string joined by ``"; "``);
* colours as integer ``r``, ``g``, ``b`` node keys (Gephi's importer maps those names to the colour);
* every string escaped for XML, ``\\r`` kept as ``&#13;``; characters XML 1.0 cannot hold at all
  (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.

The record shapes (``node_attributes``/``edge_attributes``) are shared with the GEXF exporter.
"""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Dataset

from ..graphview import EntityView, FactView, GraphView
from ..io import atomic_write_bytes
from .colors import class_color

SEPARATOR = "; "
"""Joins several values (aliases, documents, sources) into one string attribute."""

# (name, GraphML type) in file order
NODE_KEYS: tuple[tuple[str, str], ...] = (
    ("label", "string"), ("type", "string"), ("iri", "string"), ("aliases", "string"),
    ("documents", "string"), ("positions", "string"), ("dates", "string"), ("degree", "int"),
    ("r", "int"), ("g", "int"), ("b", "int"),
)
EDGE_KEYS: tuple[tuple[str, str], ...] = (
    ("label", "string"), ("relation", "string"), ("evidence", "string"), ("sources", "string"),
    ("confidence", "double"), ("weight", "int"),
)
# Key ids must be unique across node and edge keys; only "label" is used by both. Gephi still maps
# the edge key to the edge label through its attr.name.
EDGE_KEY_IDS = {"label": "edge_label"}

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def xml_text(value: str, attribute: bool = False) -> str:
    """``value`` escaped for XML element text, or (``attribute=True``) for a double-quoted attribute."""
    text = _NOT_XML.sub("\ufffd", value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    if attribute:
        text = text.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    return text


def relation_words(predicate: str) -> str:
    """``metWith`` -> ``met with``: a kg property as words, for edge labels."""
    return _CAMEL.sub(" ", predicate).lower()


def edge_label(fact: FactView) -> str:
    """The verb as written for ``kg:relatedTo`` facts, else the relation as words."""
    if fact.predicate == "relatedTo" and fact.predicate_texts:
        return SEPARATOR.join(fact.predicate_texts)
    return relation_words(fact.predicate)


def degrees(view: GraphView) -> dict[str, int]:
    """Facts touching each entity (``GraphView.degree`` for all entities at once)."""
    found = dict.fromkeys(view.entities, 0)
    for fact in view.facts:
        for end in {fact.subject, fact.object}:
            found[end] = found.get(end, 0) + 1
    return found


def node_attributes(ent: EntityView, degree: int) -> dict[str, str | int]:
    """Every ``NODE_KEYS`` attribute of an entity, as a string or an int."""
    r, g, b = class_color(ent.type)
    return {
        "label": ent.label, "type": ent.type, "iri": ent.iri, "aliases": SEPARATOR.join(ent.aliases),
        "documents": SEPARATOR.join(ent.documents), "positions": SEPARATOR.join(ent.positions),
        "dates": SEPARATOR.join(ent.dates), "degree": degree, "r": r, "g": g, "b": b,
    }


def edge_attributes(fact: FactView) -> dict[str, str | int | float]:
    """Every ``EDGE_KEYS`` attribute of a fact. ``evidence`` is its strongest sentence."""
    return {
        "label": edge_label(fact), "relation": fact.predicate,
        "evidence": fact.evidence[0].sentence if fact.evidence else "",
        "sources": SEPARATOR.join(fact.sources), "confidence": float(fact.confidence),
        "weight": len(fact.evidence),
    }


def format_value(value: str | int | float) -> str:
    if isinstance(value, float):
        return repr(value)
    return str(value)


def graphml_text(view: GraphView) -> str:
    """The whole GraphML document for a graph view (deterministic: sorted nodes, sorted facts)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
        ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]
    for name, kind in NODE_KEYS:
        lines.append(f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{kind}"/>')
    for name, kind in EDGE_KEYS:
        lines.append(f'  <key id="{EDGE_KEY_IDS.get(name, name)}" for="edge" attr.name="{name}" attr.type="{kind}"/>')
    lines.append('  <graph id="kg" edgedefault="directed">')
    degree = degrees(view)
    for ent_id in sorted(view.entities):
        ent = view.entities[ent_id]
        lines.append(f'    <node id="{xml_text(ent_id, True)}">')
        for name, value in node_attributes(ent, degree[ent_id]).items():
            lines.append(f'      <data key="{name}">{xml_text(format_value(value))}</data>')
        lines.append("    </node>")
    for i, fact in enumerate(view.facts):
        lines.append(f'    <edge id="e{i}" source="{xml_text(fact.subject, True)}" target="{xml_text(fact.object, True)}">')
        for name, value in edge_attributes(fact).items():
            lines.append(f'      <data key="{EDGE_KEY_IDS.get(name, name)}">{xml_text(format_value(value))}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def write_graphml(ds: Dataset, path: Path) -> None:
    """Write ``ds`` as GraphML to ``path`` atomically."""
    atomic_write_bytes(path, graphml_text(GraphView.from_dataset(ds)).encode("utf-8"))
