"""Counts over a build, by SPARQL on its store."""
from __future__ import annotations

from pathlib import Path

from .query import run_query, shorten

ENTITIES = """
SELECT ?class (COUNT(?e) AS ?count) WHERE {
  ?e a ?c . FILTER(STRSTARTS(STR(?c), STR(kg:)) && ?c NOT IN (kg:Document, kg:Evidence))
  BIND(?c AS ?class)
} GROUP BY ?class ORDER BY DESC(?count) ?class"""

FACTS = """
SELECT ?relation (COUNT(*) AS ?count) WHERE {
  ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p NOT IN (kg:mentionedIn, kg:sourcePath, kg:contentHash, kg:title))
  BIND(?p AS ?relation)
} GROUP BY ?relation ORDER BY DESC(?count) ?relation"""

DOCUMENTS = """
SELECT ?document ?entities ?facts WHERE {
  ?d a kg:Document ; rdfs:label ?document .
  { SELECT ?d (COUNT(DISTINCT ?e) AS ?entities) WHERE { ?d a kg:Document . OPTIONAL { ?e kg:mentionedIn ?d } } GROUP BY ?d }
  { SELECT ?d (COUNT(DISTINCT ?ev) AS ?facts) WHERE { ?d a kg:Document .
      OPTIONAL { GRAPH ?d { ?ev a kg:Evidence } } } GROUP BY ?d }
} ORDER BY ?document"""


def build_stats(out_dir: str | Path) -> dict[str, list[dict]]:
    ents = run_query(out_dir, ENTITIES).rows
    facts = run_query(out_dir, FACTS).rows
    docs = run_query(out_dir, DOCUMENTS).rows
    return {
        "entities": [{"class": shorten(r["class"]), "count": r["count"]} for r in ents],
        "facts": [{"relation": shorten(r["relation"]), "count": r["count"]} for r in facts],
        "documents": [{"document": r["document"], "entities": r["entities"], "evidence": r["facts"]} for r in docs],
    }
