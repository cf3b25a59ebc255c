"""``geograph ingest``: read articles, extract assertions, merge them into the store."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click
from tqdm import tqdm

from geograph.cli.options import LONG_TEXT, SHORT_TEXT, db_option, open_store, parse_date, rules_only_option
from geograph.cli.terminal import echo
from geograph.ingestion import TIME_BUDGET, IngestEvent, IngestSummary, ingest
from geograph.read import ReadOptions, read_inputs
from geograph.safe_text import terminal_text
from geograph.store.batch import BATCH_ARTICLES


def read_options(function: click.decorators.FC) -> click.decorators.FC:
    """Options that say how to read articles (shared by ingest and extract)."""
    for decorator in reversed(
        (
            click.option(
                "--lang", type=SHORT_TEXT, help="Language of every article (fa, ar, en, ...); default: identified."
            ),
            click.option("--published", metavar="DATE", help="Publication date for articles that carry none."),
            click.option("--source", type=LONG_TEXT, help="Source (publisher) for articles that name none."),
            click.option(
                "--max-bytes",
                type=click.IntRange(min=1),
                default=5_000_000,
                show_default=True,
                help="Skip inputs larger than this.",
            ),
            click.option(
                "--include",
                multiple=True,
                type=LONG_TEXT,
                metavar="GLOB",
                help="In folders, read only files matching GLOB (instead of the article extensions). Repeatable.",
            ),
            click.option(
                "--exclude",
                multiple=True,
                type=LONG_TEXT,
                metavar="GLOB",
                help="In folders and globs, skip files matching GLOB. Repeatable.",
            ),
        )
    ):
        function = decorator(function)
    return function


def build_read_options(
    lang: str | None,
    published: str | None,
    source: str | None,
    max_bytes: int,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
) -> ReadOptions:
    return ReadOptions(
        max_bytes=max_bytes,
        lang=lang,
        published=parse_date(published, "--published"),
        source=source,
        include=include,
        exclude=exclude,
    )


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@read_options
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Extraction processes.")
@click.option(
    "--dask-scheduler",
    metavar="ADDRESS",
    help="Extract on a Dask distributed cluster (tcp://HOST:PORT); this process stays the only writer.",
)
@click.option(
    "--commit-every",
    type=click.IntRange(min=1),
    default=BATCH_ARTICLES,
    show_default=True,
    help="Articles per transaction at most (or 3 s): fewer lose less to a crash, more are faster in a big store.",
)
@click.option(
    "--time-budget",
    type=click.FloatRange(min=0),
    default=TIME_BUDGET,
    show_default=True,
    metavar="SECONDS",
    help="Skip (and report) an article whose extraction takes longer; 0: no limit.",
)
@rules_only_option
@click.option("--strict", is_flag=True, help="Exit non-zero when any input fails.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-file lines.")
def ingest_command(
    paths: tuple[str, ...],
    db_path: str,
    lang: str | None,
    published: str | None,
    source: str | None,
    max_bytes: int,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    workers: int,
    dask_scheduler: str | None,
    commit_every: int,
    time_budget: float,
    rules_only: bool,
    strict: bool,
    quiet: bool,
) -> None:
    """Read articles, extract their assertions, and merge them into the store.

    PATHS are files, directories (read recursively), glob patterns, or - for standard input. Text (.txt,
    .md), HTML, JSON lines and RSS/Atom feeds are recognized. Articles already in the store are skipped.

    A folder yields its files with article extensions (.txt .md .markdown .html .htm .xhtml .jsonl .ndjson
    .json .xml .rss .atom), except README* and project notes (LICENSE, CHANGELOG, ...); hidden files and
    folders are skipped, linked folders are walked once. --include replaces the extension rule, --exclude
    skips files; a GLOB without "/" matches file names, one with "/" paths below the folder (** spans
    folders). A file named in PATHS is always read; only regular files are read from folders and globs.

    \b
    Example:
      geograph ingest data/ --workers 2
      geograph ingest 'feeds/*.xml' --db news.db
      geograph ingest corpus/ --exclude '**/drafts/**' --include '*.html'
      cat article.txt | geograph ingest - --lang fa --published 2024-06-20
      geograph ingest corpus/ --dask-scheduler tcp://10.0.0.5:8786
      geograph ingest corpus/ --rules-only --db rules.db
    """
    inputs = read_inputs(list(paths), build_read_options(lang, published, source, max_bytes, include, exclude))
    command = "ingest " + " ".join(paths)
    with open_store(db_path, create=True) as store, progress_reporter(quiet) as progress:
        if dask_scheduler:
            from geograph.distributed import ingest_with_dask

            try:
                summary = ingest_with_dask(
                    inputs,
                    store,
                    dask_scheduler,
                    command=command,
                    progress=progress,
                    commit_every=commit_every,
                    learned=not rules_only,
                )
            except (OSError, TimeoutError) as error:
                raise click.ClickException(f"cannot use the Dask scheduler {dask_scheduler}: {error}") from error
        else:
            summary = ingest(
                inputs,
                store,
                workers=workers,
                command=command,
                progress=progress,
                commit_every=commit_every,
                time_budget=time_budget or None,
                learned=not rules_only,
            )
    report_summary(summary, strict)


@contextmanager
def progress_reporter(quiet: bool) -> Iterator[Callable[[IngestEvent], None]]:
    """A progress bar on standard error, with one line per input that failed and why."""
    bar = tqdm(unit=" articles", disable=True if quiet else None, file=sys.stderr, dynamic_ncols=True)

    def progress(event: IngestEvent) -> None:
        bar.update(1)
        if event.status == "failed" and not quiet:
            bar.write(terminal_text(f"skipped {event.origin}: {event.reason}"), file=sys.stderr)

    try:
        yield progress
    finally:
        bar.close()


def report_summary(summary: IngestSummary, strict: bool) -> None:
    echo(summary.line())
    if summary.read == 0:
        raise click.ClickException("no article could be read")
    if strict and summary.failed:
        raise click.ClickException(f"{summary.failed} input(s) failed (--strict)")
