"""Load a build into a running Neo4j (or another Bolt server) with the official ``neo4j`` driver.

Idempotent: nodes are MERGEd by IRI on the ``Entity`` label and their properties replaced,
relationships MERGEd by (start, type, end) -- pushing twice leaves the same graph. The statements are
exactly those of ``import.cypher`` (``kg.export.neo4j.cypher_statements``): batches of rows as quoted
Cypher literals, one write transaction per batch. Literals rather than query parameters keep one
tested code path for both routes, and work on servers whose Bolt parameter passing is incomplete
(FalkorDB 4.16 rewrites parameters into query text and fails on a quote inside a string).

Connection problems (refused, unreachable, wrong user or password) raise ``ExportError`` with one
line naming the server.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import ConfigError, ExportError
from .export.neo4j import CONSTRAINT, cypher_statements, graph_records
from .graphview import GraphView

PASSWORD_ENV = "KG_NEO4J_PASSWORD"
DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_BATCH_ROWS = 500
DEFAULT_BATCH_BYTES = 1_000_000
FALLBACK_INDEX = "CREATE INDEX FOR (n:Entity) ON (n.iri)"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass(frozen=True)
class PushResult:
    uri: str
    database: str | None
    nodes: int
    relationships: int
    transactions: int


def push_graph(view: GraphView, uri: str = DEFAULT_URI, user: str = "neo4j", password: str = "",
               database: str | None = None, batch_size: int = DEFAULT_BATCH_ROWS,
               max_batch_bytes: int = DEFAULT_BATCH_BYTES, timeout: float = 30.0) -> PushResult:
    """MERGE every entity and fact of ``view`` into the Bolt server at ``uri``.

    A batch holds at most ``batch_size`` rows and about ``max_batch_bytes`` bytes of statement (a
    larger single row goes alone). Some servers need small messages: FalkorDB 4.16's Bolt listener
    crashes on a message over ~4 KB.
    """
    from neo4j import GraphDatabase
    from neo4j import exceptions as neo

    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in SCHEMES:
        raise ConfigError(f"cannot use Neo4j URI {uri!r}: it must start with one of {', '.join(s + '://' for s in SCHEMES)}")
    if batch_size < 1 or max_batch_bytes < 1:
        raise ConfigError(f"batch limits must be at least 1, got {batch_size} rows and {max_batch_bytes} bytes")
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=timeout,
                                      max_transaction_retry_time=timeout)
    except (ValueError, neo.ConfigurationError) as err:
        raise ConfigError(f"cannot use Neo4j URI {uri!r}: {' '.join(str(err).split())}") from err
    nodes, rels = graph_records(view)
    transactions = 0
    try:
        with driver:
            driver.verify_connectivity()
            with driver.session(database=database) as session:
                _ensure_iri_index(session, neo)
                for statement in cypher_statements(nodes, rels, batch_size, max_batch_bytes):
                    session.execute_write(_run, statement)
                    transactions += 1
    except neo.AuthError as err:
        raise ExportError(_login_failed(uri, user)) from err
    except neo.ServiceUnavailable as err:
        raise ExportError(f"cannot reach a Bolt server at {uri}: {_reason(err)}") from err
    except neo.Neo4jError as err:
        if _is_unauthorized(err):
            raise ExportError(_login_failed(uri, user)) from err
        raise ExportError(f"the Bolt server at {uri} refused the graph: {_reason(err)}") from err
    except neo.DriverError as err:
        raise ExportError(f"pushing to {uri} failed: {_reason(err)}") from err
    except OSError as err:
        raise ExportError(f"cannot reach a Bolt server at {uri}: {err.strerror or err}") from err
    return PushResult(uri, database, len(nodes), len(rels), transactions)


def _run(tx, statement: str) -> None:
    tx.run(statement).consume()


def _ensure_iri_index(session, neo) -> None:
    """The uniqueness constraint on ``Entity.iri`` (Neo4j 5 syntax), else a plain index (FalkorDB,
    Memgraph); if neither is accepted (already there, or not supported) MERGE still works, slower."""
    for statement in (CONSTRAINT, FALLBACK_INDEX):
        try:
            session.run(statement).consume()
            return
        except (neo.ClientError, neo.DatabaseError):
            continue


def _is_unauthorized(err) -> bool:
    # Neo4j raises AuthError; FalkorDB answers with its own code, which the driver files as unknown.
    codes = [err.code or "", str((err.metadata or {}).get("code", ""))]
    return any("Security.Unauthorized" in c for c in codes)


def _login_failed(uri: str, user: str) -> str:
    return f"the Bolt server at {uri} refused the login of user {user!r} (wrong user or password?)"


def _reason(err: BaseException) -> str:
    text = " ".join(str(getattr(err, "message", None) or err).split())
    if "Connection refused" in text or "Errno 111" in text:
        return "connection refused (is the server running, and is the port right?)"
    return text[:300] or type(err).__name__
