"""Stage 5: RDF — resolved entities and facts under the kg ontology, with provenance.

``to_dataset(resolution, documents)`` returns an rdflib ``Dataset`` laid out as
``docs/rdf-layout.md`` says: the merged graph (entities, labels, types, facts, documents) as the
default graph, and one named graph per document holding the facts that document states and one
``kg:Evidence`` node per supporting sentence.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from .namespace import KG, KGR, bind_prefixes
from .resolve import Resolution
from .types import Document, Evidence, Fact, Literal_

LITERAL_PROPERTIES = {"holdsPosition", "date"}
DATATYPES = {"date": XSD.date, "gMonthDay": XSD.gMonthDay}      # "2023-01-11"; "--06-19", a day without its year


def entity_iri(entity_id: str) -> URIRef:
    return KGR[entity_id]


def document_iri(doc_id: str) -> URIRef:
    return KGR[f"document/{doc_id}"]


def evidence_iri(ev: Evidence, fact: Fact) -> URIRef:
    obj = fact.object.value if isinstance(fact.object, Literal_) else fact.object
    raw = "\x1f".join([ev.doc_id, fact.subject, fact.predicate, str(obj), str(ev.start), ev.rule])
    return KGR[f"evidence/{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:16]}"]


def _object(fact: Fact) -> URIRef | Literal:
    if isinstance(fact.object, Literal_):
        if fact.object.datatype in DATATYPES:
            return Literal(fact.object.value, datatype=DATATYPES[fact.object.datatype])
        return Literal(fact.object.value)
    return entity_iri(fact.object)


def to_dataset(resolution: Resolution, documents: Iterable[Document]) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    default = ds.default_graph
    docs = {d.id: d for d in documents}
    for doc in docs.values():
        d = document_iri(doc.id)
        default.add((d, RDF.type, KG.Document))
        default.add((d, RDFS.label, Literal(doc.path.replace("\\", "/").rsplit("/", 1)[-1])))
        default.add((d, KG.sourcePath, Literal(doc.path)))
        default.add((d, KG.contentHash, Literal(f"sha256:{doc.sha256}")))
        if doc.title:
            default.add((d, KG.title, Literal(doc.title)))
    for ent in resolution.entities.values():
        s = entity_iri(ent.id)
        default.add((s, RDF.type, KG[ent.type]))
        default.add((s, RDFS.label, Literal(ent.label)))
        for alias in sorted(ent.aliases):
            default.add((s, SKOS.altLabel, Literal(alias)))
        for doc_id in sorted(ent.docs):
            if doc_id in docs:
                default.add((s, KG.mentionedIn, document_iri(doc_id)))
    for fact in resolution.facts:
        if fact.subject not in resolution.entities:
            continue
        if isinstance(fact.object, str) and fact.object not in resolution.entities:
            continue
        s, p, o = entity_iri(fact.subject), KG[fact.predicate], _object(fact)
        default.add((s, p, o))
        for ev in fact.evidence:
            if ev.doc_id not in docs:
                continue
            g = ds.graph(document_iri(ev.doc_id))
            g.add((s, p, o))
            e = evidence_iri(ev, fact)
            g.add((e, RDF.type, KG.Evidence))
            g.add((e, RDF.subject, s))
            g.add((e, RDF.predicate, p))
            g.add((e, RDF.object, o))
            g.add((e, PROV.wasDerivedFrom, document_iri(ev.doc_id)))
            g.add((e, KG.sentence, Literal(ev.sentence)))
            g.add((e, KG.startOffset, Literal(ev.start, datatype=XSD.integer)))
            g.add((e, KG.endOffset, Literal(ev.end, datatype=XSD.integer)))
            g.add((e, KG.rule, Literal(ev.rule)))
            g.add((e, KG.confidence, Literal(Decimal(str(ev.confidence)), datatype=XSD.decimal)))
            if ev.predicate_text:
                g.add((e, KG.predicateText, Literal(ev.predicate_text)))
    return ds


def merged_graph(ds: Dataset) -> Graph:
    """The default graph alone, as a plain Graph with kg's prefixes (what ``graph.ttl`` holds)."""
    g = Graph()
    bind_prefixes(g)
    for triple in ds.default_graph:
        g.add(triple)
    return g


def union_graph(ds: Dataset) -> Graph:
    """Default graph plus every named graph, as one Graph (for SHACL validation)."""
    g = Graph()
    bind_prefixes(g)
    for quad in ds.quads((None, None, None, None)):
        g.add(quad[:3])
    return g


__all__ = ["to_dataset", "merged_graph", "union_graph", "entity_iri", "document_iri", "BNode"]
