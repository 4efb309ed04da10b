"""SPARQL over a build's store, with results as rows or as table/CSV/TSV/JSON text."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import ConfigError, QueryError
from .namespace import PREFIXES
from .store import open_store

FORMATS = ("table", "csv", "tsv", "json")


@dataclass
class QueryResult:
    """Rows of a SELECT (or one row ``{"result": bool}`` for ASK; s/p/o rows for CONSTRUCT)."""

    variables: list[str]
    rows: list[dict[str, Any]]

    def to_pandas(self):  # pragma: no cover - needs pandas
        try:
            import pandas as pd
        except ImportError as err:
            raise ConfigError("to_pandas() needs pandas: pip install pandas") from err
        return pd.DataFrame(self.rows, columns=self.variables)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)


def term_value(term: Any) -> Any:
    """A Python value for an Oxigraph term: IRIs and strings as str, numbers as int/float."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value if term.datatype else ""
        if dtype.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dtype.endswith(("#decimal", "#double", "#float")):
            try:
                return float(term.value)
            except ValueError:
                return term.value
        if dtype.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, (ox.NamedNode, ox.BlankNode)):
        return term.value
    return str(term)


def _is_file(p: Path) -> bool:
    """Whether ``p`` names a file; a long inline query is no file name (too long for the system to look up)."""
    try:
        return p.is_file()
    except OSError:
        return False


def read_query(text_or_path: str) -> str:
    """A query given inline, or the contents of a ``.rq``/``.sparql`` file."""
    p = Path(text_or_path)
    if text_or_path.endswith((".rq", ".sparql")) or ("\n" not in text_or_path and p.suffix and _is_file(p)):
        try:
            return p.read_text(encoding="utf-8")
        except FileNotFoundError as err:
            raise QueryError(f"{text_or_path}: no such query file") from err
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{text_or_path}: cannot read the query file ({err})") from err
    return text_or_path


def run_query(out_dir: str | Path, sparql: str) -> QueryResult:
    """Run SPARQL against the build in ``out_dir``. kg's prefixes (kg:, kgr:, rdfs:, …) are predeclared."""
    store = open_store(out_dir)
    return query_store(store, sparql)


def query_store(store: ox.Store, sparql: str) -> QueryResult:
    if not sparql.strip():
        raise QueryError("the query is empty")
    try:
        result = store.query(sparql, prefixes=dict(PREFIXES))
    except SyntaxError as err:
        raise QueryError(f"invalid SPARQL: {_one_line(err)}") from err
    except (OSError, ValueError, TypeError) as err:
        raise QueryError(f"the query failed: {_one_line(err)}") from err
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(["result"], [{"result": bool(result)}])
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [{v: term_value(sol[v]) for v in variables} for sol in result]
        return QueryResult(variables, rows)
    rows = [{"subject": term_value(t.subject), "predicate": term_value(t.predicate), "object": term_value(t.object)}
            for t in result]
    return QueryResult(["subject", "predicate", "object"], rows)


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())


def shorten(value: Any) -> str:
    """kg:Minister instead of the full IRI, for display."""
    if not isinstance(value, str):
        return "" if value is None else str(value)
    for prefix, iri in PREFIXES.items():
        if value.startswith(iri) and re.fullmatch(r"[\w\-./]*", value[len(iri):]):
            return f"{prefix}:{value[len(iri):]}"
    return value


def format_result(result: QueryResult, fmt: str = "table") -> str:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "json":
        return json.dumps({"variables": result.variables, "rows": result.rows}, ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if row[v] is None else row[v] for v in result.variables])
        return buf.getvalue().rstrip("\n")
    raise ConfigError("the table format is drawn by the CLI; use format_table()")
