"""The typer application. Commands parse options, call the library, and print."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..config import Config
from ..errors import ConfigError, KGError

out_option = typer.Option("--out", "-o", help="The build folder.")


class _App(typer.Typer):
    """A Typer whose commands turn ``KGError`` into one line on stderr and its exit code."""

    def command(self, *args, **kwargs):
        register = super().command(*args, **kwargs)

        def decorator(func):
            @functools.wraps(func)
            def wrapper(*a, **kw):
                try:
                    return func(*a, **kw)
                except KGError as err:
                    typer.echo(f"kg: error: {err}", err=True)
                    raise typer.Exit(err.exit_code) from None
            return register(wrapper)
        return decorator


app = _App(add_completion=False, no_args_is_help=True, rich_markup_mode=None, pretty_exceptions_enable=False,
           help="Build and explore knowledge graphs from English news about states, alliances and arms.")


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Folders, files or glob patterns of articles (.txt/.md).")],
    out: Annotated[Path, out_option] = Path("out"),
    export: Annotated[Optional[list[str]], typer.Option(
        "--export", "-e", help="Formats to write besides graph.ttl, graph.trig and the store (repeatable). "
                               "Default: html, graphml, gexf, neo4j.")] = None,
    max_bytes: Annotated[Optional[int], typer.Option(help="Skip files larger than this many bytes.")] = None,
    min_confidence: Annotated[Optional[float], typer.Option(help="Drop evidence below this confidence.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Build a knowledge graph from articles into OUT (store, graph.ttl, graph.trig)."""
    from ..pipeline import build as run_build
    from ..config import CORE_EXPORTS, DEFAULT_EXPORTS
    from ..export import canonical_name

    chosen = [canonical_name(e) for e in export] if export else list(DEFAULT_EXPORTS)
    exports = tuple(dict.fromkeys((*CORE_EXPORTS, *chosen)))
    config = Config().with_(max_bytes=max_bytes, min_confidence=min_confidence, exports=exports)
    err = _console(stderr=True)
    if quiet:
        result = run_build(inputs, out, config)
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                      TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("loading model", total=None)

            def progress(doc_id: str, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total, description=doc_id)

            result = run_build(inputs, out, config, progress)
    for skipped in result.skipped:
        typer.echo(f"kg: warning: skipped {skipped}", err=True)
    if not quiet:
        _print_summary(result)


def _print_summary(result) -> None:
    con = _console()
    table = Table(title=f"kg build → {result.out_dir}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(len(result.documents)))
    if result.skipped:
        table.add_row("skipped files", str(len(result.skipped)))
    table.add_row("entities", str(len(result.resolution.entities)))
    for kind, n in sorted(result.entity_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(f"  kg:{kind}", str(n))
    table.add_row("facts", str(len(result.resolution.facts)))
    for prop, n in sorted(result.fact_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(f"  kg:{prop}", str(n))
    table.add_row("evidence sentences", str(sum(len(f.evidence) for f in result.resolution.facts)))
    table.add_row("time", f"{result.seconds:.1f} s")
    con.print(table)
    con.print(f"wrote {', '.join(result.files + ['store/'])} in {result.out_dir}", markup=False)


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or the path of a .rq file.")],
    out: Annotated[Path, out_option] = Path("out"),
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query against a build's store (kg:, kgr:, rdfs:, skos:, prov: are predeclared)."""
    from ..api import open as open_build
    from ..query import FORMATS, format_result, read_query, shorten

    if format not in FORMATS:
        raise ConfigError(f"unknown format {format!r}; choose one of: {', '.join(FORMATS)}")
    result = open_build(out).query(read_query(sparql))
    if format != "table":
        typer.echo(format_result(result, format))
        return
    table = Table(show_header=True, show_lines=False)
    for v in result.variables:
        table.add_column(v, overflow="fold")
    for row in result.rows:
        table.add_row(*(shorten(row[v]) for v in result.variables))
    con = _console()
    con.print(table)
    con.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}", markup=False)


@app.command()
def stats(out: Annotated[Path, out_option] = Path("out"),
          format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table") -> None:
    """Documents, entities by class and facts by relation of a build."""
    import json

    from ..stats import build_stats

    s = build_stats(out)
    if format == "json":
        typer.echo(json.dumps(s, indent=2, ensure_ascii=False))
        return
    if format != "table":
        raise ConfigError(f"unknown format {format!r}; choose one of: table, json")
    con = _console()
    for title, key in (("entities by class", "entities"), ("facts by relation", "facts"),
                       ("documents", "documents")):
        table = Table(title=title)
        rows = s[key]
        cols = list(rows[0].keys()) if rows else ["(none)"]
        for c in cols:
            table.add_column(c, justify="right" if c in ("count", "entities", "facts") else "left")
        for r in rows:
            table.add_row(*(str(r[c]) for c in cols))
        con.print(table)


@app.command()
def validate(out: Annotated[Path, out_option] = Path("out")) -> None:
    """Check a build against the SHACL shapes in ontology/shapes.ttl."""
    from ..validate import validate_build

    report = validate_build(out)
    con = _console()
    if report.conforms:
        con.print(f"{out}: conforms to the kg shapes", markup=False)
        return
    for v in report.violations[:200]:
        con.print(str(v), markup=False)
    raise _ValidationExit(len(report.violations), out)


class _ValidationExit(KGError):
    def __init__(self, n: int, out: Path) -> None:
        super().__init__(f"{out}: {n} SHACL violation{'s' if n != 1 else ''}")


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="Export format: turtle (ttl), trig, ntriples (nt), "
                                        "jsonld, graphml, gexf, neo4j, html.")] = "turtle",
    out: Annotated[Path, out_option] = Path("out"),
    to: Annotated[Optional[Path], typer.Option("--to", help="Where to write (default: OUT/<format's file>).")] = None,
) -> None:
    """Write a build in another format, from its store."""
    from ..api import open as open_build

    target = open_build(out).export(format, to)
    typer.echo(f"wrote {target}")


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (YAML).")],
    out: Annotated[Path, out_option] = Path("out"),
    show_missing: Annotated[bool, typer.Option("--show-missing", help="List what was missed or wrong.")] = False,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Score a build against hand annotations."""
    import json

    from ..eval import evaluate, format_report, load_gold
    from ..graphio import load_merged

    report = evaluate(load_gold(gold), load_merged(out))
    if format == "json":
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report, show_missing=show_missing))
