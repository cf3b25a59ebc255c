"""``geograph export`` and ``geograph view``: write the graph in analysts' formats."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from geograph.cli.options import SHORT_TEXT, current_window, db_option, open_store, window_options
from geograph.cli.terminal import echo
from geograph.export import ExportOptions, available_formats, export


@click.command("export")
@db_option
@window_options
@click.option("--format", "fmt", default="ttl", show_default=True, metavar="FORMAT", help="See `--list-formats`.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Destination (default: out/graph.EXT).")
@click.option("--quads", is_flag=True, help="RDF: one named graph per ingest run (nq, trig).")
@click.option(
    "--label-lang", type=SHORT_TEXT, default="en", show_default=True, help="Node labels' language (en, fa, ar)."
)
@click.option("--list-formats", is_flag=True, help="List the formats and exit.")
def export_command(
    db_path: str, fmt: str, output: str | None, quads: bool, label_lang: str, list_formats: bool
) -> None:
    """Export the merged graph: RDF, interactive HTML, GraphML/GEXF for Gephi, CSV, JSON lines.

    \b
    Example:
      geograph export --format ttl -o out/graph.ttl
      geograph export --format html --label-lang fa --as-of 2024-06-30
    """
    available = available_formats()
    if list_formats:
        for item in available.values():
            echo(f"{item.name:<8} {item.extension:<10} {item.description}")
        return
    if fmt not in available:
        raise click.BadParameter(f"unknown format {fmt!r}; known: {', '.join(available)}", param_hint="--format")
    dest = Path(output) if output else Path("out") / f"graph{available[fmt].extension}"
    options = ExportOptions(window=current_window(), quads=quads, label_lang=label_lang)
    with open_store(db_path, read_only=True) as store:
        try:
            written = export(store, fmt, dest, options)
        except (ValueError, OSError) as error:
            raise click.ClickException(str(error)) from error
    for path in written:
        echo(f"wrote {path}")


@click.command("view")
@db_option
@window_options
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="out/graph.html", show_default=True)
@click.option(
    "--label-lang", type=SHORT_TEXT, default="en", show_default=True, help="Node labels' language (en, fa, ar)."
)
@click.option("--no-open", is_flag=True, help="Write the page but do not open a browser.")
def view_command(db_path: str, output: str, label_lang: str, no_open: bool) -> None:
    """Write the interactive graph page and open it in the browser.

    \b
    Example:
      geograph view
      geograph view --label-lang fa --as-of 2024-06-30
    """
    options = ExportOptions(window=current_window(), label_lang=label_lang)
    with open_store(db_path, read_only=True) as store:
        (page,) = export(store, "html", Path(output), options)
    echo(f"wrote {page}")
    if not no_open and not _open_in_browser(page):
        echo(f"no browser could be opened here; open this file in one: {page.resolve()}")


def _open_in_browser(page: Path) -> bool:
    """Whether a browser took the page (False on a machine without one, e.g. over SSH or in a container)."""
    try:
        return bool(webbrowser.open(page.resolve().as_uri()))
    except webbrowser.Error:
        return False
