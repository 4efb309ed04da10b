"""``kg push neo4j``: load a build into a running graph database over Bolt."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ConfigError
from ..push import DEFAULT_BATCH_BYTES, DEFAULT_BATCH_ROWS, DEFAULT_URI, PASSWORD_ENV
from .app import app, out_option

TARGETS = ("neo4j",)


@app.command()
def push(
    target: Annotated[str, typer.Argument(
        help="Where to push: neo4j (Neo4j, or another server speaking Bolt and Cypher).")],
    out: Annotated[Path, out_option] = Path("out"),
    uri: Annotated[str, typer.Option("--uri", help="Bolt URI of the server.")] = DEFAULT_URI,
    user: Annotated[str, typer.Option("--user", "-u", help="User name.")] = "neo4j",
    password: Annotated[Optional[str], typer.Option(
        "--password", "-p", envvar=PASSWORD_ENV, show_envvar=True,
        help=f"Password (better: set {PASSWORD_ENV}, which stays out of the process list).")] = None,
    database: Annotated[Optional[str], typer.Option(
        "--database", "-d", help="Database name (default: the server's).")] = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", help="Rows per write transaction at most.")] = DEFAULT_BATCH_ROWS,
    max_batch_bytes: Annotated[int, typer.Option(
        "--max-batch-bytes", help="Bytes per write transaction at most, about (FalkorDB's Bolt needs < 4000).")
    ] = DEFAULT_BATCH_BYTES,
) -> None:
    """Load a build into a running Neo4j over Bolt: MERGE by IRI, so pushing twice leaves the same graph."""
    from ..graphio import load_dataset
    from ..graphview import GraphView
    from ..push import push_graph

    if target.strip().lower() not in TARGETS:
        raise ConfigError(f"unknown push target {target!r}; valid targets: {', '.join(TARGETS)}")
    if password is None:
        raise ConfigError(f"no password for {uri}: pass --password or set {PASSWORD_ENV}")
    view = GraphView.from_dataset(load_dataset(out))
    result = push_graph(view, uri=uri, user=user, password=password, database=database, batch_size=batch_size,
                        max_batch_bytes=max_batch_bytes)
    where = f" (database {result.database})" if result.database else ""
    typer.echo(f"pushed {result.nodes} entities and {result.relationships} facts to {result.uri}{where}"
               f" in {result.transactions} transactions")
