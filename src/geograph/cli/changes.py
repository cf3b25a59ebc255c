"""``geograph changes``: what is new in the graph since a day."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import click

from geograph.changes import as_json, as_lines, as_page, changes
from geograph.cli.options import SHORT_TEXT, db_option, open_store, parse_date
from geograph.cli.terminal import echo


@click.command("changes")
@db_option
@click.option("--since", "since_text", required=True, metavar="DATE", help="First day of the window (included).")
@click.option("--until", "until_text", metavar="DATE", help="Last day of the window (included); default: no end.")
@click.option(
    "--level",
    type=click.Choice(["actor", "state"]),
    default="actor",
    show_default=True,
    help="Compare edges between actors, or fold persons into the states they act for.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "html"]),
    default="table",
    show_default=True,
    help="A readable list, one JSON document, or the interactive page with only the changed edges.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE (html: default out/changes.html).")
@click.option(
    "--evidence",
    type=click.IntRange(min=0, max=1000),
    default=2,
    show_default=True,
    help="Sentences per change (table).",
)
@click.option(
    "--label-lang", type=SHORT_TEXT, default="en", show_default=True, help="Node labels' language on the page."
)
def changes_command(
    db_path: str,
    since_text: str,
    until_text: str | None,
    level: str,
    fmt: str,
    output: str | None,
    evidence: int,
    label_lang: str,
) -> None:
    """List what changed from --since to --until: edges that appeared, edges that gained independent sources,
    edges that became disputed (supported and contradicted), and pairs whose relations turned from cooperation
    to conflict or back. Each change comes with the sentences that made it.

    A report counts on the day its article was published (or, for an undated article, the day it was
    ingested), so "--since" answers "what is new since I last looked", whatever dates the events carry.

    \b
    Example:
      geograph changes --since 2024-06-01
      geograph changes --since 1403/03/01 --until 2024-06-30 --level state --format json
      geograph changes --since 2024-06-01 --format html -o out/changes.html
    """
    since = parse_date(since_text, "--since")
    until = parse_date(until_text, "--until")
    assert since is not None
    if until is not None and until < since:
        raise click.BadParameter(f"{until} is before --since {since}", param_hint="--until")
    with open_store(db_path, read_only=True) as store:
        report = changes(store, since, until, level="state" if level == "state" else "actor")

        @cache
        def label(entity_id: str) -> str:
            found = store.entity(entity_id)
            return found.label if found is not None else entity_id

        if fmt == "html":
            page = as_page(store, report, label_lang=label_lang)
            dest = Path(output or "out/changes.html")
            try:
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_text(page, encoding="utf-8")
            except OSError as error:
                raise click.ClickException(f"cannot write {dest}: {error}") from error
            echo(f"wrote {dest} ({report.count} change(s))")
            return
        text = as_json(report, label) if fmt == "json" else "\n".join(as_lines(report, label, evidence=evidence))
    if output:
        try:
            Path(output).write_text(text + "\n", encoding="utf-8")
        except OSError as error:
            raise click.ClickException(f"cannot write {output}: {error}") from error
        echo(f"wrote {output} ({report.count} change(s))")
    elif fmt == "json":
        click.echo(text)  # JSON escapes every control character itself
    else:
        for line in text.split("\n"):
            echo(line)
