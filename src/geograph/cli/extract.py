"""``geograph extract``: print the assertions of articles without storing them."""

from __future__ import annotations

import json

import click

from geograph.assertion_json import assertion_json
from geograph.cli.ingest import build_read_options, read_options
from geograph.cli.options import rules_only_option
from geograph.cli.terminal import echo
from geograph.distributed.codec import extraction_json
from geograph.extract import Extractor
from geograph.read import read_inputs
from geograph.records import Assertion, Extraction, ReadFailure


def _actor_cell(assertion: Assertion, which: str) -> str:
    actor = assertion.subject if which == "subject" else assertion.object
    if actor.state is not None and actor.state.id != actor.id:
        return f"{actor.label} ({actor.state.label})"
    return actor.label


def _table_row(assertion: Assertion) -> str:
    date = assertion.date.value if assertion.date else "-"
    via = f" via {assertion.via.label}" if assertion.via else ""
    evidence = " ".join(assertion.sentence.split())
    if len(evidence) > 90:
        evidence = evidence[:87] + "..."
    return (
        f"{_actor_cell(assertion, 'subject'):<28} {assertion.relation + via:<18} "
        f"{_actor_cell(assertion, 'object'):<28} {assertion.modality:<11} {date:<10} {evidence}"
    )


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@read_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "jsonl", "records"]),
    default="table",
    show_default=True,
    help="A readable table; one JSON object per assertion (assertion.schema.json); or one extraction record "
    "per article (with its text and entities), which `geograph load` bulk-loads.",
)
@rules_only_option
def extract_command(
    paths: tuple[str, ...],
    lang: str | None,
    published: str | None,
    source: str | None,
    max_bytes: int,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    output_format: str,
    rules_only: bool,
) -> None:
    """Print the assertions found in articles, without storing anything.

    A pure function of its input, so any engine (GNU parallel, Spark, Dask) can map it over a corpus and
    `geograph load` the JSON lines it prints. Folders are walked as by `geograph ingest` (see its --help,
    and --include / --exclude).

    \b
    Example:
      geograph extract data/articles/fa/000_dd389d9e22ba10dd.txt
      geograph extract --format jsonl article.html > assertions.jsonl
      geograph extract --format records corpus/part-07/ > shard-07.jsonl
      geograph extract --rules-only article.txt
    """
    extractor = Extractor(learned=not rules_only)
    failed = read = 0
    for item in read_inputs(list(paths), build_read_options(lang, published, source, max_bytes, include, exclude)):
        if isinstance(item, ReadFailure):
            failed += 1
            echo(f"skipped {item.origin}: {item.reason}", err=True)
            continue
        read += 1
        extraction = extractor.extract(item)
        if output_format == "records":
            click.echo(json.dumps(extraction_json(extraction), ensure_ascii=False))
            continue
        if output_format == "jsonl":
            for assertion in extraction.assertions:
                click.echo(json.dumps(assertion_json(assertion), ensure_ascii=False))
            continue
        title = item.title or item.origin or item.id
        echo(f"# {title} [{item.lang or 'und'}, {_published(extraction)}, id {item.id}]")
        for assertion in extraction.assertions:
            echo(_table_row(assertion))
        if not extraction.assertions:
            echo("(no assertions)")
    if read == 0:
        raise click.ClickException("no article could be read")


def _published(extraction: Extraction) -> str:
    """The date the article was read with; one inferred from its text says how."""
    published = extraction.published
    if published is None:
        return "undated"
    if published.inferred:
        return f"{published.date} inferred from a {published.source.replace('_', ' ')}"
    return published.date.isoformat()
