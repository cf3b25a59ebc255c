"""``evaluate``: read each gold article the way real input is read, extract it, and score the result."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Protocol

from geograph.eval.gold import GoldArticle, load_gold
from geograph.eval.scoring import LEVELS, EvalReport, Level, score
from geograph.read import ReadOptions, read_inputs
from geograph.records import Article, Extraction, ReadFailure


class SupportsExtract(Protocol):
    def extract(self, article: Article) -> Extraction: ...


def read_gold_article(gold: GoldArticle) -> Article:
    """The gold text through ``geograph.read`` (so boilerplate and ids are as in real use).

    The gold file's language and publication date are authoritative: they replace whatever was detected; a
    real-news excerpt keeps the address it was published at, as a page ingested would.
    """
    options = ReadOptions(lang=gold.lang, published=gold.published)
    results = list(read_inputs([str(gold.path)], options))
    articles = [r for r in results if isinstance(r, Article)]
    if len(articles) != 1:
        reasons = "; ".join(r.reason for r in results if isinstance(r, ReadFailure))
        raise ValueError(f"{gold.path}: expected one article, read {len(articles)} ({reasons or 'no failure'})")
    return dataclasses.replace(articles[0], lang=gold.lang, published=gold.published, url=gold.url)


def evaluate(gold_dir: Path, extractor: SupportsExtract, levels: tuple[Level, ...] = LEVELS) -> EvalReport:
    """Extract every article of ``gold_dir`` with ``extractor`` and score it at each level."""
    gold = load_gold(gold_dir)
    extractions = [extractor.extract(read_gold_article(g)) for g in gold]
    return score(gold, extractions, levels)
