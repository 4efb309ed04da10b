"""GEXF 1.3, Gephi's native format (``out/graph.gexf``).

The same nodes, edges and attributes as the GraphML export (see ``kg.export.graphml``), with the node
label and the edge label and weight as GEXF's own XML attributes, and the class colour and a
degree-based size as ``viz:color`` / ``viz:size``. Attribute ids are their titles, so Gephi's data
laboratory shows readable columns.
"""
from __future__ import annotations

import math
from pathlib import Path

from rdflib import Dataset

from ..graphview import GraphView
from ..io import atomic_write_bytes
from .graphml import EDGE_KEYS, NODE_KEYS, degrees, edge_attributes, format_value, node_attributes, xml_text

GEXF_TYPES = {"string": "string", "int": "integer", "double": "double"}
# Written as XML attributes of <node>/<edge> or as viz elements, not as <attvalue>s.
NODE_OWN = {"label", "r", "g", "b"}
EDGE_OWN = {"label", "weight"}


def node_size(degree: int) -> float:
    """Gephi node size: grows with the square root of the degree (an isolated node is 10)."""
    return round(10.0 + 5.0 * math.sqrt(degree), 2)


def _attribute_block(kind: str, keys: tuple[tuple[str, str], ...], own: set[str]) -> list[str]:
    lines = [f'    <attributes class="{kind}" mode="static">']
    for name, typ in keys:
        if name not in own:
            lines.append(f'      <attribute id="{name}" title="{name}" type="{GEXF_TYPES[typ]}"/>')
    lines.append("    </attributes>")
    return lines


def _attvalues(values: dict, own: set[str], indent: str) -> list[str]:
    rows = [f'{indent}  <attvalue for="{name}" value="{xml_text(format_value(v), True)}"/>'
            for name, v in values.items() if name not in own]
    return [f"{indent}<attvalues>", *rows, f"{indent}</attvalues>"] if rows else []


def gexf_text(view: GraphView) -> str:
    """The whole GEXF document for a graph view (deterministic: sorted nodes, sorted facts)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
        "  <meta>",
        "    <creator>kg</creator>",
        "    <description>entities and facts extracted from news text, with evidence</description>",
        "  </meta>",
        '  <graph defaultedgetype="directed" mode="static">',
        *_attribute_block("node", NODE_KEYS, NODE_OWN),
        *_attribute_block("edge", EDGE_KEYS, EDGE_OWN),
        "    <nodes>",
    ]
    degree = degrees(view)
    for ent_id in sorted(view.entities):
        values = node_attributes(view.entities[ent_id], degree[ent_id])
        lines.append(f'      <node id="{xml_text(ent_id, True)}" label="{xml_text(str(values["label"]), True)}">')
        lines += _attvalues(values, NODE_OWN, "        ")
        lines.append(f'        <viz:color r="{values["r"]}" g="{values["g"]}" b="{values["b"]}" a="1.0"/>')
        lines.append(f'        <viz:size value="{node_size(degree[ent_id])!r}"/>')
        lines.append("      </node>")
    lines += ["    </nodes>", "    <edges>"]
    for i, fact in enumerate(view.facts):
        values = edge_attributes(fact)
        lines.append(f'      <edge id="e{i}" source="{xml_text(fact.subject, True)}" target="{xml_text(fact.object, True)}"'
                     f' label="{xml_text(str(values["label"]), True)}" weight="{values["weight"]}">')
        lines += _attvalues(values, EDGE_OWN, "        ")
        lines.append("      </edge>")
    lines += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(lines)


def write_gexf(ds: Dataset, path: Path) -> None:
    """Write ``ds`` as GEXF 1.3 to ``path`` atomically."""
    atomic_write_bytes(path, gexf_text(GraphView.from_dataset(ds)).encode("utf-8"))
