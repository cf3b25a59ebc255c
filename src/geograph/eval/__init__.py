"""Scoring extraction against gold annotations (``tests/gold``), at actor and state level."""

from geograph.eval.gold import GoldArticle, GoldFormatError, GoldRelation, load_gold, load_gold_file
from geograph.eval.report import format_report
from geograph.eval.run import SupportsExtract, evaluate, read_gold_article
from geograph.eval.scoring import (
    LEVELS,
    Agreement,
    ArticleMatch,
    Counts,
    DateMismatch,
    EvalReport,
    FalsePositive,
    Level,
    LevelReport,
    Miss,
    ModalityMismatch,
    TierResult,
    match_article,
    score,
)

__all__ = [
    "LEVELS",
    "Agreement",
    "ArticleMatch",
    "Counts",
    "DateMismatch",
    "EvalReport",
    "FalsePositive",
    "GoldArticle",
    "GoldFormatError",
    "GoldRelation",
    "Level",
    "LevelReport",
    "Miss",
    "ModalityMismatch",
    "SupportsExtract",
    "TierResult",
    "evaluate",
    "format_report",
    "load_gold",
    "load_gold_file",
    "match_article",
    "read_gold_article",
    "score",
]
