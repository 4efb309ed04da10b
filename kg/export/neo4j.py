"""Neo4j import files (``out/neo4j/``): CSVs for ``neo4j-admin database import``, an idempotent
``import.cypher`` for a running database, and a README with the exact commands.

Every entity is a node labelled ``Entity`` plus its class and the class's ancestors
(``Entity;Person;Minister``), keyed by its IRI; every entity-to-entity fact is one relationship whose
type is the kg property in UPPER_SNAKE_CASE (``kg:metWith`` -> ``MET_WITH``) carrying its evidence.
The property records (``node_properties``/``relationship_properties``) are shared with ``kg.push``.

CSV: RFC 4180 quoting where needed (``""`` inside quotes; fields may span lines, so import with
``--multiline-fields=true``); arrays are joined by the array delimiter, ``;`` unless a value holds one
(then the first of ``ARRAY_DELIMITERS`` that none holds; the README names it). Cypher: one statement
per line, every string a single-quoted literal with ``\\``, ``'`` and control characters escaped.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Dataset

from ..errors import ExportError
from ..graphview import EntityView, FactView, GraphView, class_chain
from ..namespace import PREFIXES
from .graphml import degrees, edge_label

ENTITY_LABEL = "Entity"
CONSTRAINT = "CREATE CONSTRAINT kg_entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE"
ARRAY_DELIMITERS = (";", "|", "\u00a6", "\u241f", "\ue000")
BATCH_ROWS = 100          # rows per UNWIND statement
BATCH_BYTES = 1_000_000   # and bytes, about

# (property, neo4j-admin type); a type ending in [] is an array
NODE_COLUMNS = (("id", "string"), ("name", "string"), ("type", "string"), ("aliases", "string[]"),
                ("documents", "string[]"), ("positions", "string[]"), ("dates", "string[]"), ("degree", "int"))
REL_COLUMNS = (("relation", "string"), ("label", "string"), ("evidence", "string"), ("sources", "string[]"),
               ("confidence", "double"), ("weight", "int"))

_SURROGATES = re.compile("[\ud800-\udfff]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_TO_ESCAPE = re.compile("[\\\\'\x00-\x1f]")


def clean(text: str) -> str:
    """``text`` with lone surrogates (which no UTF-8 file can hold) replaced by U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def relationship_type(predicate: str) -> str:
    """``metWith`` -> ``MET_WITH``."""
    return _CAMEL.sub("_", predicate).upper()


def node_labels(ent: EntityView) -> list[str]:
    """``["Entity", "Person", "Minister"]``: the generic label, then the class chain, general first."""
    return [ENTITY_LABEL, *reversed(class_chain(ent.type))]


def node_properties(ent: EntityView, degree: int) -> dict[str, object]:
    """The properties of an entity's node (``iri`` first); empty lists and strings are left out."""
    props: dict[str, object] = {
        "iri": ent.iri, "id": ent.id, "name": ent.label, "type": ent.type, "aliases": list(ent.aliases),
        "documents": list(ent.documents), "positions": list(ent.positions), "dates": list(ent.dates),
        "degree": degree,
    }
    return {k: v for k, v in props.items() if v != [] and v != ""}


def relationship_properties(fact: FactView) -> dict[str, object]:
    """The properties of a fact's relationship: its evidence, summarised; empty values left out."""
    props: dict[str, object] = {
        "relation": fact.predicate, "label": edge_label(fact),
        "evidence": fact.evidence[0].sentence if fact.evidence else "", "sources": list(fact.sources),
        "confidence": float(fact.confidence), "weight": len(fact.evidence),
    }
    return {k: v for k, v in props.items() if v != [] and v != ""}


def graph_records(view: GraphView) -> tuple[list[tuple[list[str], dict]], list[tuple[str, str, str, dict]]]:
    """``(nodes, relationships)``: ``(labels, properties)`` per entity sorted by IRI, and
    ``(start IRI, TYPE, end IRI, properties)`` per fact sorted the same way."""
    degree = degrees(view)
    nodes = [(node_labels(e), node_properties(e, degree[e.id]))
             for e in sorted(view.entities.values(), key=lambda e: e.iri)]
    rels = sorted(((view.entities[f.subject].iri, relationship_type(f.predicate), view.entities[f.object].iri,
                    relationship_properties(f)) for f in view.facts), key=lambda r: r[:3])
    return nodes, rels


def array_delimiter(view: GraphView) -> str:
    """The first of ``ARRAY_DELIMITERS`` that no array value or label contains."""
    values = [v for e in view.entities.values() for v in (*e.aliases, *e.documents, *e.positions, *e.dates)]
    values += [s for f in view.facts for s in f.sources]
    for delimiter in ARRAY_DELIMITERS:
        if not any(delimiter in v for v in values):
            return delimiter
    raise ExportError(f"cannot write Neo4j CSVs: every array delimiter ({' '.join(ARRAY_DELIMITERS)}) "
                      "occurs in some alias or position")


# --- CSV ------------------------------------------------------------------------------------------

def csv_field(text: str) -> str:
    """RFC 4180: quoted (with ``""`` for ``"``) when it holds a comma, a quote, CR or LF, or starts or
    ends with white space (some readers trim unquoted fields). Python's csv writer would leave a lone
    CR unquoted when lines end with LF, and readers then split the row there."""
    text = clean(text)
    if any(c in text for c in ',"\r\n') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv(rows: Iterable[list[str]]) -> bytes:
    return "".join(",".join(csv_field(cell) for cell in row) + "\n" for row in rows).encode("utf-8")


def _cell(value: object, delimiter: str) -> str:
    if isinstance(value, list):
        return delimiter.join(value)
    if isinstance(value, float):
        return repr(value)
    return "" if value is None else str(value)


def nodes_csv(nodes: list[tuple[list[str], dict]], delimiter: str) -> bytes:
    header = ["iri:ID", *(f"{name}:{kind}" if kind != "string" else name for name, kind in NODE_COLUMNS), ":LABEL"]
    rows = ([_cell(props.get("iri"), delimiter), *(_cell(props.get(name), delimiter) for name, _ in NODE_COLUMNS),
             delimiter.join(labels)] for labels, props in nodes)
    return _csv([header, *rows])


def relationships_csv(rels: list[tuple[str, str, str, dict]], delimiter: str) -> bytes:
    header = [":START_ID", ":END_ID", ":TYPE", *(f"{n}:{k}" if k != "string" else n for n, k in REL_COLUMNS)]
    rows = ([start, end, rtype, *(_cell(props.get(name), delimiter) for name, _ in REL_COLUMNS)]
            for start, rtype, end, props in rels)
    return _csv([header, *rows])


# --- Cypher ---------------------------------------------------------------------------------------

def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal holding exactly ``text`` (on one line)."""
    def esc(m: re.Match[str]) -> str:
        ch = m.group()
        return _ESCAPES.get(ch, f"\\u{ord(ch):04x}")
    return "'" + _TO_ESCAPE.sub(esc, clean(text)) + "'"


def cypher_name(name: str) -> str:
    """A label, relationship type or property key, backquoted unless it is a plain identifier."""
    return name if _IDENT.match(name) else "`" + name.replace("`", "``") + "`"


def cypher_value(value: object) -> str:
    """A Cypher literal for a string, number, bool, list or map."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{cypher_name(k)}: {cypher_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def node_statement(labels: list[str]) -> str:
    """MERGE the ``Entity`` node of each ``row`` by IRI, replace its properties, add its labels."""
    extra = "".join(f":{cypher_name(label)}" for label in labels if label != ENTITY_LABEL)
    return f"MERGE (n:{ENTITY_LABEL} {{iri: row.iri}}) SET n = row.props" + (f" SET n{extra}" if extra else "")


def relationship_statement(rtype: str) -> str:
    """MERGE one relationship of type ``rtype`` between each ``row``'s source and target entities."""
    return (f"MATCH (a:{ENTITY_LABEL} {{iri: row.source}}) MATCH (b:{ENTITY_LABEL} {{iri: row.target}}) "
            f"MERGE (a)-[r:{cypher_name(rtype)}]->(b) SET r = row.props")


def node_groups(nodes: list[tuple[list[str], dict]]) -> Iterator[tuple[list[str], list[dict]]]:
    """``(labels, rows)`` per label set (sorted), each row ``{iri, props}``."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    for labels, props in nodes:
        groups.setdefault(tuple(labels), []).append({"iri": props["iri"], "props": props})
    for labels in sorted(groups):
        yield list(labels), groups[labels]


def relationship_groups(rels: list[tuple[str, str, str, dict]]) -> Iterator[tuple[str, list[dict]]]:
    """``(type, rows)`` per relationship type (sorted), each row ``{source, target, props}``."""
    groups: dict[str, list[dict]] = {}
    for start, rtype, end, props in rels:
        groups.setdefault(rtype, []).append({"source": start, "target": end, "props": props})
    for rtype in sorted(groups):
        yield rtype, groups[rtype]


def sized_batches(items: list[str], max_items: int, max_bytes: int) -> Iterator[list[str]]:
    """Consecutive runs of ``items`` with at most ``max_items`` items and ``max_bytes`` UTF-8 bytes
    each (counting a separator per item); an item larger than ``max_bytes`` goes alone."""
    batch: list[str] = []
    size = 0
    for item in items:
        item_size = len(item.encode("utf-8")) + 2
        if batch and (len(batch) >= max_items or size + item_size > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += item_size
    if batch:
        yield batch


def cypher_statements(nodes: list[tuple[list[str], dict]], rels: list[tuple[str, str, str, dict]],
                      max_rows: int = BATCH_ROWS, max_bytes: int = BATCH_BYTES) -> Iterator[str]:
    """``UNWIND [literal rows] AS row MERGE ...``: nodes by label set, then relationships by type,
    each statement at most ``max_rows`` rows and about ``max_bytes`` bytes. No constraint."""
    tails = [(f" AS row {node_statement(labels)}", rows) for labels, rows in node_groups(nodes)]
    tails += [(f" AS row {relationship_statement(rtype)}", rows) for rtype, rows in relationship_groups(rels)]
    for tail, rows in tails:
        literals = [cypher_value(row) for row in rows]
        for batch in sized_batches(literals, max_rows, max_bytes - len(tail.encode("utf-8")) - len("UNWIND []")):
            yield "UNWIND [" + ", ".join(batch) + "]" + tail


def import_cypher(nodes: list[tuple[list[str], dict]], rels: list[tuple[str, str, str, dict]]) -> str:
    """The text of ``import.cypher``: the constraint, then the statements, one per line."""
    lines = ["// kg graph for Neo4j 5: cypher-shell -f import.cypher. Idempotent: MERGE by IRI, properties replaced.",
             "// One statement per line; every string is a quoted literal.", f"{CONSTRAINT};"]
    lines += [f"{statement};" for statement in cypher_statements(nodes, rels)]
    return "\n".join(lines) + "\n"


# --- README ---------------------------------------------------------------------------------------

def readme(n_nodes: int, n_rels: int, delimiter: str) -> str:
    d = delimiter
    prefixes = "\n".join(f"CALL n10s.nsprefixes.add('{p}', '{iri}');" for p, iri in PREFIXES.items())
    return f"""# kg graph for Neo4j

| file | holds |
|---|---|
| `nodes.csv` | {n_nodes} entities: `iri:ID`, properties, `:LABEL` (e.g. `Entity{d}Person{d}Minister`) |
| `relationships.csv` | {n_rels} facts: `:START_ID`, `:END_ID` (IRIs), `:TYPE` (e.g. `MET_WITH`), evidence |
| `import.cypher` | the same graph as idempotent Cypher (constraint, then `MERGE` by IRI) |

Arrays (`aliases`, `documents`, `positions`, `dates`, `sources`) and labels are joined by `{d}`.
Evidence sentences may span lines, so the CSVs need `--multiline-fields=true`.

## 1. Bulk import into a new database (`neo4j-admin`, Neo4j 5)

Stop Neo4j, copy the two CSV files into `$NEO4J_HOME/import/`, then from `$NEO4J_HOME`:

```sh
bin/neo4j-admin database import full neo4j --overwrite-destination=true \\
    --nodes=import/nodes.csv --relationships=import/relationships.csv \\
    --array-delimiter='{d}' --multiline-fields=true
```

Start Neo4j and add the uniqueness constraint (`cypher-shell`):

```cypher
{CONSTRAINT};
```

(Neo4j 4.4: `bin/neo4j-admin import --database=neo4j --nodes=import/nodes.csv
--relationships=import/relationships.csv --array-delimiter='{d}' --multiline-fields=true`.)

## 2. Into a running database, idempotently (`cypher-shell`)

```sh
cypher-shell -a bolt://localhost:7687 -u neo4j -p "$KG_NEO4J_PASSWORD" -f import.cypher
```

or straight from a build: `kg push neo4j --out out/ --uri bolt://localhost:7687 --user neo4j`
(password from `--password` or `KG_NEO4J_PASSWORD`). Running either twice leaves the same graph.

## 3. The RDF route: neosemantics (n10s) on `graph.ttl`

```cypher
CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;
CALL n10s.graphconfig.init({{handleVocabUris: 'SHORTEN', handleMultival: 'ARRAY', keepLangTag: false}});
{prefixes}
CALL n10s.rdf.import.fetch('file:///absolute/path/to/out/graph.ttl', 'Turtle');
```

`handleMultival: 'ARRAY'` matters: n10s's default (`OVERWRITE`) keeps one value of a multi-valued
literal (aliases, posts) and silently drops the others. Predeclaring kg's prefixes keeps
`kg__Minister`-style names instead of generated `ns0__` ones.

## Check

```cypher
MATCH (n:Entity) RETURN count(n);                 // {n_nodes}
MATCH (:Entity)-[r]->(:Entity) RETURN count(r);   // {n_rels}
MATCH (m:Minister)-[:REPRESENTS]->(c:Country) RETURN m.name, c.name ORDER BY m.name;
```
"""


# --- writing --------------------------------------------------------------------------------------

def neo4j_files(view: GraphView) -> dict[str, bytes]:
    """The folder's files, name -> content."""
    nodes, rels = graph_records(view)
    delimiter = array_delimiter(view)
    return {
        "nodes.csv": nodes_csv(nodes, delimiter),
        "relationships.csv": relationships_csv(rels, delimiter),
        "import.cypher": import_cypher(nodes, rels).encode("utf-8"),
        "README.md": readme(len(nodes), len(rels), delimiter).encode("utf-8"),
    }


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_folder(path: Path, files: dict[str, bytes]) -> None:
    """Write ``files`` into the folder ``path`` atomically: a sibling temp folder is filled, then
    swapped in; on any failure the previous folder is left as it was."""
    target = Path(path)
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target}: exists and is not a folder")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
        os.chmod(staging, 0o777 & ~_umask())   # mkdtemp makes 0700; the folder is for other tools too
    except OSError as err:
        raise ExportError(f"{target}: cannot write ({err.strerror or err})") from err
    trash = None
    try:
        for name, data in files.items():
            _write_file(staging / name, data)
        if target.exists():
            trash = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
            os.replace(target, trash / "previous")
        try:
            os.replace(staging, target)
        except OSError:
            if trash is not None:
                os.replace(trash / "previous", target)
            raise
    except OSError as err:
        raise ExportError(f"{target}: cannot write ({err.strerror or err})") from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if trash is not None:
            shutil.rmtree(trash, ignore_errors=True)


def write_neo4j(ds: Dataset, path: Path) -> None:
    """Write the ``neo4j/`` folder for ``ds`` at ``path`` (CSVs, import.cypher, README.md)."""
    write_folder(path, neo4j_files(GraphView.from_dataset(ds)))
