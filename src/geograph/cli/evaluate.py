"""``geograph eval``: score the extractor against gold-annotated articles or the real-news set."""

from __future__ import annotations

from pathlib import Path

import click

from geograph.cli.options import rules_only_option
from geograph.cli.terminal import echo, echo_block
from geograph.eval import GoldFormatError, evaluate, format_report
from geograph.eval.realnews import SPLITS, Split, default_cache, evaluate_realnews, is_realnews_dir, load_cached
from geograph.eval.scoring import Level
from geograph.extract import Extractor


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--level", type=click.Choice(["actor", "state"]), help="Print only this level (default: both).")
@click.option("--details", is_flag=True, help="List every miss, false positive and modality mismatch.")
@click.option(
    "--split",
    "split_name",
    type=click.Choice(["dev", "test", "both"]),
    default="both",
    show_default=True,
    help="Real-news set only: which split to score.",
)
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Real-news set only: the folder of cached texts [default: $GEOGRAPH_REALNEWS_CACHE or "
    "~/.cache/geograph/realnews].",
)
@click.option("--missing", is_flag=True, help="Real-news set only: list excerpts whose text is absent or changed.")
@rules_only_option
def eval_command(
    gold_dir: Path,
    level: str | None,
    details: bool,
    split_name: str,
    cache: Path | None,
    missing: bool,
    rules_only: bool,
) -> None:
    """Score extraction against gold annotations: precision, recall, F1 and modality accuracy.

    Figures are given per language and per relation, at actor level and at state level (persons folded
    into the states they act for). GOLD_DIR holds NAME.txt articles with NAME.yaml annotations
    (see tests/gold/README.md), or is the real-news set (data/realnews): annotations that point by offsets
    into texts kept in a local cache, scored per split (see data/realnews/README.md).

    \b
    Example:
      geograph eval tests/gold
      geograph eval tests/gold --level state --details
      geograph eval data/realnews --split test --level state
      geograph eval data/realnews --missing
      geograph eval data/realnews --split dev --rules-only
    """
    try:
        if is_realnews_dir(gold_dir):
            _realnews(gold_dir, level, details, split_name, cache, missing, Extractor(learned=not rules_only))
            return
        report = evaluate(gold_dir, Extractor(learned=not rules_only))
    except (GoldFormatError, ValueError, OSError) as error:
        raise click.ClickException(str(error)) from error
    echo_block(format_report(report, details=details, level=_level(level)).rstrip("\n"))


def _level(level: str | None) -> Level | None:
    return "actor" if level == "actor" else "state" if level == "state" else None


def _realnews(
    root: Path,
    level: str | None,
    details: bool,
    split_name: str,
    cache: Path | None,
    missing: bool,
    extractor: Extractor,
) -> None:
    cache = cache or default_cache()
    if missing:
        cached = load_cached(root, cache)
        for item in cached.missing:
            echo(f"{item.reason}\t{item.excerpt.id}\t{item.path}")
        echo(f"{len(cached.gold)} verified, {len(cached.missing)} absent or changed (cache: {cache})")
        return
    splits: tuple[Split, ...] = SPLITS if split_name == "both" else (split_name,)  # type: ignore[assignment]
    for result in evaluate_realnews(root, extractor, splits, cache):
        echo(f"== split {result.split}: {len(result.scored)} excerpts scored")
        if result.missing:
            names = ", ".join(m.excerpt.id for m in result.missing)
            echo(f"   not scored, text absent or changed in {cache}: {names}")
        if result.scored:
            echo_block(format_report(result.report, details=details, level=_level(level)).rstrip("\n"))
        echo("")
