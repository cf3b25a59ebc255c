"""geograph's command line: thin click commands over the library."""

from __future__ import annotations

import click

from geograph import __version__
from geograph.cli.changes import changes_command
from geograph.cli.evaluate import eval_command
from geograph.cli.extract import extract_command
from geograph.cli.ingest import ingest_command
from geograph.cli.inspect import entities_command, show_command, stats_command
from geograph.cli.output import export_command, view_command
from geograph.cli.scale import load_command, push_command
from geograph.cli.sparql import query_command
from geograph.cli.terminal import SafeErrorsGroup


@click.group(cls=SafeErrorsGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.version_option(__version__, prog_name="geograph")
def main() -> None:
    """Turn news articles into a geopolitical knowledge graph.

    \b
    Example:
      geograph ingest data/articles/   # read, extract and store the articles
      geograph stats                   # what the store holds
      geograph export --format ttl -o out/graph.ttl
    """


for command in (
    ingest_command,
    extract_command,
    stats_command,
    entities_command,
    show_command,
    changes_command,
    export_command,
    view_command,
    query_command,
    eval_command,
    load_command,
    push_command,
):
    main.add_command(command)
