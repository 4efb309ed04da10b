"""The namespaces of kg's RDF output, and where the ontology files live.

``KG`` lists every term of ``ontology/kg.ttl`` and fails on anything else, so a typo such as
``KG.Minster`` raises ``AttributeError`` where it is written instead of producing a silently wrong
IRI. ``tests/test_ontology.py`` checks that ``KG`` and ``kg.ttl`` define the same terms.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from rdflib import Namespace, URIRef
from rdflib.graph import Graph
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg.errors import KGError

__all__ = [
    "KG",
    "KGR",
    "ONTOLOGY_DIR",
    "PREFIXES",
    "SCHEMA",
    "bind_prefixes",
    "ontology_path",
]


class KG(DefinedNamespace):
    """The kg ontology, ``https://w3id.org/kg/ontology#`` (``ontology/kg.ttl``)."""

    _NS = Namespace("https://w3id.org/kg/ontology#")
    _fail = True

    # Classes
    Person: URIRef
    Minister: URIRef
    Country: URIRef
    Organization: URIRef
    MilitaryUnit: URIRef
    Treaty: URIRef
    TreatyArticle: URIRef
    Place: URIRef
    Island: URIRef
    City: URIRef
    WaterBody: URIRef
    Region: URIRef
    Weapon: URIRef
    Event: URIRef
    Meeting: URIRef
    Document: URIRef
    Evidence: URIRef

    # Object properties between entities (all sub-properties of relatedTo)
    relatedTo: URIRef
    represents: URIRef
    participatedIn: URIRef
    metWith: URIRef
    heldIn: URIRef
    partyTo: URIRef
    partOf: URIRef
    locatedIn: URIRef
    controls: URIRef
    claims: URIRef
    allyOf: URIRef
    acquires: URIRef
    develops: URIRef
    operates: URIRef
    producedBy: URIRef
    stationedIn: URIRef
    reorganizedInto: URIRef
    threatens: URIRef
    opposes: URIRef
    cooperatesWith: URIRef

    # Entity to document
    mentionedIn: URIRef

    # Datatype properties on entities
    holdsPosition: URIRef
    date: URIRef

    # Datatype properties on evidence
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    confidence: URIRef
    predicateText: URIRef

    # Datatype properties on documents
    sourcePath: URIRef
    contentHash: URIRef
    title: URIRef


KGR = Namespace("https://w3id.org/kg/resource/")
"""Things found in text: ``kgr:<slug>``, ``kgr:document/<id>``, ``kgr:evidence/<hash>``."""

SCHEMA = Namespace("https://schema.org/")
"""schema.org with the https IRI (rdflib's ``SDO``, spelled out so the IRI is visible here)."""

PREFIXES: Mapping[str, str] = MappingProxyType({
    "kg": str(KG),
    "kgr": str(KGR),
    "prov": str(PROV),
    "skos": str(SKOS),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
})
"""Every prefix kg writes, prefix -> namespace IRI."""


def bind_prefixes(graph: Graph) -> None:
    """Bind every prefix in ``PREFIXES`` on ``graph`` (a Graph or a Dataset).

    A prefix already bound to another IRI is rebound, and a namespace already bound under another
    prefix is renamed, so serialisations always read ``kg:``/``kgr:``/``schema:`` and never ``ns1:``.
    """
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, Namespace(iri), override=True, replace=True)


_PACKAGE_DIR = Path(__file__).resolve().parent
_ONTOLOGY_DIRS: tuple[Path, ...] = (
    _PACKAGE_DIR / "ontology",  # shipped inside the installed package (wheel)
    _PACKAGE_DIR.parent / "ontology",  # a source checkout / editable install
)

ONTOLOGY_DIR: Path = next((d for d in _ONTOLOGY_DIRS if d.is_dir()), _ONTOLOGY_DIRS[-1])
"""The folder holding ``kg.ttl`` and ``shapes.ttl``: ``kg/ontology/`` if the package ships one,
else ``<repo>/ontology/``. Use :func:`ontology_path` to get a file; it says clearly what is missing."""


def ontology_path(name: str) -> Path:
    """Return the path of the ontology file ``name`` (``"kg.ttl"`` or ``"shapes.ttl"``).

    Looks in ``kg/ontology/`` first, then in ``<repo>/ontology/``. Raises ``KGError`` naming the
    folders searched and the files that are there if ``name`` is in neither.
    """
    if not name or Path(name).name != name:
        raise KGError(f"ontology file name must be a plain file name such as 'kg.ttl', got {name!r}")
    for folder in _ONTOLOGY_DIRS:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    available = sorted({p.name for d in _ONTOLOGY_DIRS if d.is_dir() for p in d.iterdir() if p.is_file()})
    searched = ", ".join(str(d) for d in _ONTOLOGY_DIRS)
    raise KGError(
        f"ontology file {name!r} not found (looked in {searched}); "
        f"available: {', '.join(available) or 'none, the kg installation is incomplete'}"
    )
