"""``geograph load`` and ``geograph push``: bulk-load extraction shards, send the graph to a SPARQL server."""

from __future__ import annotations

from pathlib import Path

import click

from geograph.cli.ingest import progress_reporter, report_summary
from geograph.cli.options import LONG_TEXT, db_option, open_store
from geograph.cli.terminal import echo


@click.command("load")
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option("--strict", is_flag=True, help="Exit non-zero when any record fails.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-record lines.")
def load_command(shards: tuple[Path, ...], db_path: str, strict: bool, quiet: bool) -> None:
    """Bulk-load shards of extraction records into the store.

    SHARDS are JSON lines files written by `geograph extract --format records` (run by any engine: GNU
    parallel, Spark, Dask). Articles already in the store are skipped, so loading a shard twice adds nothing.

    \b
    Example:
      geograph extract --format records corpus/a/ > shards/a.jsonl
      geograph load shards/*.jsonl
    """
    from geograph.distributed import load_shards

    with open_store(db_path, create=True) as store, progress_reporter(quiet) as progress:
        summary = load_shards(store, list(shards), command="load " + " ".join(map(str, shards)), progress=progress)
    report_summary(summary, strict)


@click.command("push")
@db_option
@click.option("--endpoint", required=True, type=LONG_TEXT, metavar="URL", help="The server's Graph Store Protocol URL.")
@click.option(
    "--graph", "graph_iri", type=LONG_TEXT, metavar="IRI", help="Named graph to write (default: the default graph)."
)
@click.option("--update-endpoint", type=LONG_TEXT, metavar="URL", help="SPARQL Update URL, when it cannot be derived.")
@click.option("--user", type=LONG_TEXT, help="HTTP basic-auth user.")
@click.option(
    "--password", envvar="GEOGRAPH_PUSH_PASSWORD", help="HTTP basic-auth password (or GEOGRAPH_PUSH_PASSWORD)."
)
@click.option("--full", is_flag=True, help="Replace the whole graph instead of sending what changed.")
@click.option("--no-ontology", is_flag=True, help="Do not send ontology/geograph.ttl along.")
def push_command(
    db_path: str,
    endpoint: str,
    graph_iri: str | None,
    update_endpoint: str | None,
    user: str | None,
    password: str | None,
    full: bool,
    no_ontology: bool,
) -> None:
    """Send the graph to a SPARQL 1.1 server; later pushes send only what changed.

    Uses the Graph Store HTTP Protocol, with SPARQL Update as a fallback. A push log beside the store
    remembers what each endpoint and graph holds; a failed push can simply be run again.

    \b
    Example:
      geograph push --endpoint http://localhost:7878/store
      geograph push --endpoint https://sparql.example.org/store --graph https://example.org/news --user me
    """
    from geograph.push import PushError, push

    if (user is None) != (password is None):
        raise click.UsageError("--user and --password go together")
    auth = (user, password) if user is not None and password is not None else None
    with open_store(db_path, read_only=True) as store:
        try:
            result = push(
                store,
                endpoint,
                graph_iri,
                auth,
                update_endpoint=update_endpoint,
                full=full,
                ontology=not no_ontology,
            )
        except (PushError, ValueError, OSError) as error:
            raise click.ClickException(str(error)) from error
    echo(result.line())
