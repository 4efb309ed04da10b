"""RDF exporters: Turtle (merged graph), TriG (with provenance), N-Triples, JSON-LD.

Every file uses kg's prefixes (``kg.namespace.PREFIXES``; never ``ns1:``) and is deterministic: the
same build gives byte-identical files. rdflib orders Turtle subjects itself; TriG graphs, N-Triples
lines and JSON-LD nodes and values are sorted here (rdflib would follow its store's hash order).
"""
from __future__ import annotations

import io
import json
from pathlib import Path

from rdflib import Dataset
from rdflib.plugins.serializers.trig import TrigSerializer

from ..io import atomic_write_bytes
from ..namespace import PREFIXES, bind_prefixes
from ..rdf import merged_graph


class _SortedTrigSerializer(TrigSerializer):
    """TriG with the default graph first, then the named graphs in IRI order."""

    def preprocess(self) -> None:
        # the order graphs are read in also decides subject order within them (shared reference counts)
        default = self.default_context
        self.contexts = sorted(self.contexts, key=lambda g: (g.identifier != default, str(g.identifier)))
        super().preprocess()


def write_turtle(ds: Dataset, path: Path) -> None:
    atomic_write_bytes(path, merged_graph(ds).serialize(format="turtle", encoding="utf-8"))


def write_trig(ds: Dataset, path: Path) -> None:
    bind_prefixes(ds)
    buf = io.BytesIO()
    _SortedTrigSerializer(ds).serialize(buf, encoding="utf-8")
    atomic_write_bytes(path, buf.getvalue())


def write_ntriples(ds: Dataset, path: Path) -> None:
    # split on "\n" only: a literal may hold U+2028 or U+0085, which str.splitlines() would also split on
    lines = merged_graph(ds).serialize(format="nt", encoding="utf-8").split(b"\n")
    atomic_write_bytes(path, b"".join(sorted(line + b"\n" for line in lines if line.strip())))


def write_jsonld(ds: Dataset, path: Path) -> None:
    """Compact JSON-LD with kg's prefixes as its ``@context`` (``kg:Minister``, ``kgr:japan``)."""
    text = merged_graph(ds).serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    doc = _sorted_jsonld(json.loads(text))
    if isinstance(doc, dict) and "@graph" not in doc and "@id" in doc:   # one node: keep the @graph form
        doc = {"@context": doc.pop("@context"), "@graph": [doc]}
    if isinstance(doc, dict) and "@context" not in doc:                  # empty graph
        doc = {"@context": dict(PREFIXES), "@graph": doc.get("@graph", [])}
    atomic_write_bytes(path, (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))


def _sorted_jsonld(node):
    """Lists sorted by their canonical JSON (JSON-LD sets have no order; kg writes no @list)."""
    if isinstance(node, dict):
        return {k: _sorted_jsonld(v) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_jsonld(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node
