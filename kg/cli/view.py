"""``kg view``: write a build's interactive HTML view and open it in the default browser."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .app import app, out_option


@app.command()
def view(
    out: Annotated[Path, out_option] = Path("out"),
    to: Annotated[Optional[Path], typer.Option(
        "--to", help="Where to write the page: a file, or a folder to hold graph.html. Default: OUT/graph.html.",
    )] = None,
    open_: Annotated[bool, typer.Option("--open/--no-open", help="Open the page in the default browser.")] = True,
) -> None:
    """Write OUT/graph.html, one self-contained offline page to explore the graph, and open it."""
    from ..pipeline import read_manifest
    from ..export.html import write_html
    from ..graphio import load_dataset

    manifest = read_manifest(out)
    target = to if to is not None else out / "graph.html"
    if target.is_dir() or (not target.exists() and target.suffix == ""):
        target = target / "graph.html"          # "--to pages/" (a folder, made if need be)
    write_html(load_dataset(out), target, meta=manifest)
    typer.echo(f"wrote {target}")
    if open_:
        import webbrowser

        uri = target.resolve().as_uri()
        if not webbrowser.open(uri):
            typer.echo(f"kg: no browser could be started; open {uri} yourself", err=True)
