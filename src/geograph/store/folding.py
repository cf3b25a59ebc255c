"""Folding labels for search: the same folding the extractor matches with, plus case."""

from __future__ import annotations

from geograph.normalize import normalize


def fold(text: str) -> str:
    return " ".join(normalize(text).text.casefold().split())
