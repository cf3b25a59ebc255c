"""``geograph query``: SPARQL over the store's graph and RDF files."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from geograph.cli.options import LONG_TEXT, QUERY_TEXT, current_window, db_option, open_store, window_options
from geograph.cli.terminal import echo
from geograph.rdf import OUTPUT_FORMATS, format_result, library, run_query, write_rdf
from geograph.rdf.results import QueryResult


def _list_library() -> None:
    for name, item in library().items():
        params = " ".join(f"--param {p.name}=..." for p in item.parameters)
        online = "  (needs the network)" if item.online else ""
        echo(f"@{name:<24} {item.title}{online}")
        if params:
            echo(f"  {'':<24} {params}")


@click.command("query")
@click.argument("sparql", required=False, type=QUERY_TEXT)
@db_option
@window_options
@click.option(
    "--data",
    "data_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Also query this RDF file (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD). Repeatable.",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    type=LONG_TEXT,
    metavar="NAME=VALUE",
    help="Bind ?NAME to VALUE (an actor id such as Q159, a date, a number or text). Repeatable.",
)
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True)
@click.option("--no-store", is_flag=True, help="Query only the --data files.")
@click.option("--list", "list_queries", is_flag=True, help="List the ready-made queries of queries/ and exit.")
def query_command(
    sparql: str | None,
    db_path: str,
    data_files: tuple[Path, ...],
    params: tuple[str, ...],
    fmt: str,
    no_store: bool,
    list_queries: bool,
) -> None:
    """Run SPARQL over the store's graph (and RDF files), on pyoxigraph.

    SPARQL is query text, @FILE.rq, or @NAME of a ready-made query (see --list). Parameters are bound as
    RDF terms, never pasted into the query text. With a date window, the query runs over the graph as
    exported through that window.

    \b
    Example:
      geograph query @who_sanctions_whom
      geograph query @actor_timeline --param actor=Q159 --format csv
      geograph query 'SELECT ?s ?o WHERE { ?s gg:sanctions ?o }' --as-of 2024-06-30
      geograph query @my.rq --data extra.ttl --no-store
    """
    if list_queries:
        _list_library()
        return
    if not sparql:
        raise click.UsageError("give a SPARQL query, @file.rq or @name (see --list)")
    window = current_window()
    try:
        if no_store:
            result = run_query(sparql, None, data=list(data_files), params=params)
        elif window.is_open():
            with open_store(db_path, read_only=True) as store:
                result = run_query(sparql, store, data=list(data_files), params=params)
        else:
            result = _windowed(sparql, db_path, data_files, params)
    except (ValueError, SyntaxError, OSError) as error:
        raise click.ClickException(str(error)) from error
    # color=True: click would otherwise strip what looks like ANSI styling from CSV/TSV values when piped,
    # changing the data; the table is escaped by format_result itself.
    click.echo(format_result(result, fmt), nl=False, color=True)  # type: ignore[arg-type]


def _windowed(sparql: str, db_path: str, data_files: tuple[Path, ...], params: tuple[str, ...]) -> QueryResult:
    with tempfile.TemporaryDirectory(prefix="geograph-query-") as folder, open_store(db_path, read_only=True) as store:
        snapshot = write_rdf(store, Path(folder) / "window.nt", "nt", current_window())
        return run_query(sparql, None, data=[snapshot, *data_files], params=params)
