"""Folding labels for search: the same folding the extractor matches with, plus case."""

from __future__ import annotations

from functools import lru_cache

from geograph.normalize import normalize


@lru_cache(maxsize=65536)  # the same few thousand actor labels are folded again and again
def fold(text: str) -> str:
    return " ".join(normalize(text).text.casefold().split())
