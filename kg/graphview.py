"""A plain-data view of a built graph, shared by the exporters, the HTML view and the Python API.

``GraphView.from_dataset(ds)`` reads the layout of ``docs/rdf-layout.md`` back into records:
entities (with their class, aliases, documents, and literal-valued facts such as posts and dates as
attributes) and entity-to-entity facts (with every piece of evidence). Nothing here knows about a
file format.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from .namespace import KG, KGR

# class local name -> its ancestors (most specific first), from ontology/kg.ttl's tree
CLASS_PARENTS = {
    "Minister": "Person", "MilitaryUnit": "Organization", "Island": "Place", "City": "Place",
    "WaterBody": "Place", "Region": "Place", "Meeting": "Event",
}
LITERAL_PROPERTIES = ("holdsPosition", "date")
NON_FACT_PROPERTIES = {"mentionedIn", "sourcePath", "contentHash", "title", "sentence", "startOffset", "endOffset",
                       "rule", "confidence", "predicateText"}


def class_chain(kg_class: str) -> list[str]:
    """["Minister", "Person"]: the class and its ancestors, most specific first."""
    chain = [kg_class]
    while chain[-1] in CLASS_PARENTS:
        chain.append(CLASS_PARENTS[chain[-1]])
    return chain


def local(iri: str) -> str:
    if iri.startswith(str(KGR)):
        return iri[len(str(KGR)):]
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class EvidenceView:
    document: str            # document id
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float
    predicate_text: str = ""


@dataclass
class EntityView:
    iri: str
    id: str                  # kgr: local name (slug)
    label: str
    type: str                # most specific kg class local name
    aliases: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)     # kg:holdsPosition
    dates: list[str] = field(default_factory=list)         # kg:date (ISO)

    @property
    def classes(self) -> list[str]:
        return class_chain(self.type)


class EvidenceSummary:
    """Figures over a fact's ``evidence`` (shared by FactView and the API's FactRecord)."""

    evidence: "Sequence[EvidenceView]"

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=0.0)

    @property
    def sources(self) -> list[str]:
        return sorted({e.document for e in self.evidence})

    @property
    def predicate_texts(self) -> list[str]:
        return sorted({e.predicate_text for e in self.evidence if e.predicate_text})


@dataclass
class FactView(EvidenceSummary):
    subject: str             # entity id
    predicate: str           # kg property local name
    object: str              # entity id
    evidence: list[EvidenceView] = field(default_factory=list)


@dataclass
class DocumentView:
    iri: str
    id: str
    label: str
    path: str
    title: str = ""


@dataclass
class GraphView:
    entities: dict[str, EntityView] = field(default_factory=dict)
    facts: list[FactView] = field(default_factory=list)
    documents: dict[str, DocumentView] = field(default_factory=dict)

    @classmethod
    def from_dataset(cls, ds: Dataset) -> "GraphView":
        view = cls()
        default = ds.default_graph
        kg_ns = str(KG)
        for d in sorted(default.subjects(RDF.type, KG.Document), key=str):
            doc_id = str(d).rsplit("/", 1)[-1]
            view.documents[doc_id] = DocumentView(
                str(d), doc_id, str(default.value(d, RDFS.label) or doc_id),
                str(default.value(d, KG.sourcePath) or ""), str(default.value(d, KG.title) or ""))
        for s, _, cls_iri in default.triples((None, RDF.type, None)):
            c = str(cls_iri)
            if not c.startswith(kg_ns) or cls_iri in (KG.Document, KG.Evidence) or not isinstance(s, URIRef):
                continue
            ent_id = local(str(s))
            label = default.value(s, RDFS.label)
            view.entities[ent_id] = EntityView(
                iri=str(s), id=ent_id, label=str(label) if label is not None else ent_id, type=c[len(kg_ns):],
                aliases=sorted(str(a) for a in default.objects(s, SKOS.altLabel)),
                documents=sorted(str(o).rsplit("/", 1)[-1] for o in default.objects(s, KG.mentionedIn)),
                positions=sorted(str(o) for o in default.objects(s, KG.holdsPosition)),
                dates=sorted(str(o) for o in default.objects(s, KG.date)))
        evidence = _evidence_by_fact(ds)
        for s, p, o in default:
            ps = str(p)
            if not ps.startswith(kg_ns) or isinstance(o, Literal) or p == RDF.type:
                continue
            name = ps[len(kg_ns):]
            if name in NON_FACT_PROPERTIES:
                continue
            sid, oid = local(str(s)), local(str(o))
            if sid not in view.entities or oid not in view.entities:
                continue
            view.facts.append(FactView(sid, name, oid, evidence.get((str(s), ps, str(o)), [])))
        view.facts.sort(key=lambda f: (f.subject, f.predicate, f.object))
        return view

    def neighbours(self, ent_id: str) -> set[str]:
        return {f.object for f in self.facts if f.subject == ent_id} | \
               {f.subject for f in self.facts if f.object == ent_id}

    def degree(self, ent_id: str) -> int:
        return sum(1 for f in self.facts if ent_id in (f.subject, f.object))


def _evidence_by_fact(ds: Dataset) -> dict[tuple[str, str, str], list[EvidenceView]]:
    found: dict[tuple[str, str, str], list[EvidenceView]] = defaultdict(list)
    for ev, _, _, g in ds.quads((None, RDF.type, KG.Evidence, None)):
        graph = ds.graph(g) if g is not None else ds.default_graph
        def one(p):
            return graph.value(ev, p)
        s, p, o = one(RDF.subject), one(RDF.predicate), one(RDF.object)
        doc = one(PROV.wasDerivedFrom)
        conf = one(KG.confidence)
        found[(str(s), str(p), str(o))].append(EvidenceView(
            document=str(doc).rsplit("/", 1)[-1] if doc is not None else "",
            sentence=str(one(KG.sentence) or ""),
            start=int(one(KG.startOffset) or 0), end=int(one(KG.endOffset) or 0),
            rule=str(one(KG.rule) or ""),
            confidence=float(conf.toPython()) if isinstance(conf, Literal) and isinstance(conf.toPython(), (Decimal, float, int)) else 0.0,
            predicate_text=str(one(KG.predicateText) or "")))
    for evs in found.values():
        evs.sort(key=lambda e: (-e.confidence, e.document, e.start))
    return dict(found)
