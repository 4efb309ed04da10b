"""SHACL validation of a build against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SH

from .namespace import ontology_path
from .query import shorten


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str
    value: str = ""

    def __str__(self) -> str:
        where = f"{shorten(self.focus)}" + (f" {shorten(self.path)}" if self.path else "")
        val = f" (value: {shorten(self.value)})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{val}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def validate_graph(data: Graph) -> ValidationReport:
    """Validate one graph (the union of a build's graphs) against kg's shapes."""
    from pyshacl import validate

    shapes = Graph().parse(ontology_path("shapes.ttl"))
    ontology = Graph().parse(ontology_path("kg.ttl"))
    conforms, report, _ = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                   allow_warnings=False, advanced=True)
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def one(p):
            v = report.value(result, p)
            return "" if v is None else str(v)
        violations.append(Violation(focus=one(SH.focusNode), path=one(SH.resultPath),
                                    message=one(SH.resultMessage) or "constraint violated",
                                    severity=one(SH.resultSeverity).rsplit("#", 1)[-1] or "Violation",
                                    value=one(SH.value)))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), violations)


def validate_build(out_dir: str | Path) -> ValidationReport:
    """Validate the build in ``out_dir`` (all graphs of its store)."""
    from .graphio import load_dataset
    from .rdf import union_graph

    return validate_graph(union_graph(load_dataset(out_dir)))
