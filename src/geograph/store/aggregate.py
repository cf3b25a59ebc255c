"""Folding assertions into edges and events.

Confidence combines independent sources with a noisy-OR, 1 - prod(1 - c_source), where c_source is the best
confidence any one source gave: a source repeating itself is not independent confirmation.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from geograph.records import Modality

_MAX_SOURCE_CONFIDENCE = 0.99  # keeps one overconfident source from making an edge certain


@dataclass(slots=True)
class Tally:
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    assertions: int = 0
    articles: set[str] = field(default_factory=set)
    sources: dict[str, float] = field(default_factory=dict)
    modalities: Counter[str] = field(default_factory=Counter)
    vias: set[str] = field(default_factory=set)

    def add(
        self,
        seen: dt.date | None,
        article: str,
        source: str,
        confidence: float,
        modality: str,
        via: str | None,
    ) -> None:
        self.assertions += 1
        if seen is not None:
            self.first_seen = seen if self.first_seen is None else min(self.first_seen, seen)
            self.last_seen = seen if self.last_seen is None else max(self.last_seen, seen)
        self.articles.add(article)
        key = source.casefold()  # "Reuters" and "REUTERS" are one source
        self.sources[key] = max(self.sources.get(key, 0.0), min(confidence, _MAX_SOURCE_CONFIDENCE))
        self.modalities[modality] += 1
        if via:
            self.vias.add(via)

    @property
    def confidence(self) -> float:
        miss = 1.0
        for best in self.sources.values():
            miss *= 1.0 - best
        return round(1.0 - miss, 6)

    def modality_breakdown(self) -> tuple[tuple[Modality, int], ...]:
        return tuple(sorted(self.modalities.items()))  # type: ignore[arg-type]
