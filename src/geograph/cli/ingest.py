"""``geograph ingest``: read articles, extract assertions, merge them into the store."""

from __future__ import annotations

import sys

import click
from tqdm import tqdm

from geograph.cli.options import db_option, open_store, parse_date
from geograph.ingest import IngestEvent, ingest
from geograph.read import ReadOptions, read_inputs


def read_options(function: click.decorators.FC) -> click.decorators.FC:
    """Options that say how to read articles (shared by ingest and extract)."""
    for decorator in reversed(
        (
            click.option("--lang", help="Language of every article (fa, ar, en, ...); default: identified."),
            click.option("--published", metavar="DATE", help="Publication date for articles that carry none."),
            click.option("--source", help="Source (publisher) for articles that name none."),
            click.option(
                "--max-bytes",
                type=click.IntRange(min=1),
                default=5_000_000,
                show_default=True,
                help="Skip inputs larger than this.",
            ),
        )
    ):
        function = decorator(function)
    return function


def build_read_options(lang: str | None, published: str | None, source: str | None, max_bytes: int) -> ReadOptions:
    return ReadOptions(max_bytes=max_bytes, lang=lang, published=parse_date(published, "--published"), source=source)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@read_options
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Extraction processes.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any input fails.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-file lines.")
def ingest_command(
    paths: tuple[str, ...],
    db_path: str,
    lang: str | None,
    published: str | None,
    source: str | None,
    max_bytes: int,
    workers: int,
    strict: bool,
    quiet: bool,
) -> None:
    """Read articles, extract their assertions, and merge them into the store.

    PATHS are files, directories (read recursively), glob patterns, or - for standard input. Text (.txt,
    .md), HTML, JSON lines and RSS/Atom feeds are recognized. Articles already in the store are skipped.

    \b
    Example:
      geograph ingest data/ --workers 2
      geograph ingest 'feeds/*.xml' --db news.db
      cat article.txt | geograph ingest - --lang fa --published 2024-06-20
    """
    options = build_read_options(lang, published, source, max_bytes)
    bar = tqdm(unit=" articles", disable=True if quiet else None, file=sys.stderr, dynamic_ncols=True)

    def progress(event: IngestEvent) -> None:
        bar.update(1)
        if event.status == "failed" and not quiet:
            bar.write(f"skipped {event.origin}: {event.reason}", file=sys.stderr)

    with open_store(db_path, create=True) as store:
        try:
            summary = ingest(
                read_inputs(list(paths), options),
                store,
                workers=workers,
                command="ingest " + " ".join(paths),
                progress=progress,
            )
        finally:
            bar.close()
    click.echo(summary.line())
    if summary.read == 0:
        raise click.ClickException("no article could be read")
    if strict and summary.failed:
        raise click.ClickException(f"{summary.failed} input(s) failed (--strict)")
