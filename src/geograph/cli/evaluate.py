"""``geograph eval``: score the extractor against gold-annotated articles."""

from __future__ import annotations

from pathlib import Path

import click

from geograph.eval import GoldFormatError, evaluate, format_report
from geograph.extract import Extractor


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--level", type=click.Choice(["actor", "state"]), help="Print only this level (default: both).")
@click.option("--details", is_flag=True, help="List every miss, false positive and modality mismatch.")
def eval_command(gold_dir: Path, level: str | None, details: bool) -> None:
    """Score extraction against gold annotations: precision, recall, F1 and modality accuracy.

    Figures are given per language and per relation, at actor level and at state level (persons folded
    into the states they act for). GOLD_DIR holds NAME.txt articles with NAME.yaml annotations
    (see tests/gold/README.md).

    \b
    Example:
      geograph eval tests/gold
      geograph eval tests/gold --level state --details
    """
    try:
        report = evaluate(gold_dir, Extractor())
    except (GoldFormatError, ValueError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(format_report(report, details=details, level=level).rstrip("\n"))  # type: ignore[arg-type]
