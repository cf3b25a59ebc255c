"""What changed in the graph between two days, as small typed records.

Each change carries the evidence that made it: the assertions reported inside the window, down to the sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from geograph.records import Modality

Level = Literal["actor", "state"]
Family = Literal["cooperation", "conflict"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One assertion reported inside the window: which article said it, when, how, and in which sentence."""

    article: str
    source: str
    reported: dt.date
    modality: Modality
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class AppearedEdge:
    """An edge nothing reported before the window."""

    subject: str
    relation: str
    object: str
    sources: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class GainedSources:
    """An edge known before the window that more independent sources confirmed inside it: sources counted
    case-insensitively, as the store does, over the reports that do not deny or negate it."""

    subject: str
    relation: str
    object: str
    sources_before: int
    sources_after: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class BecameDisputed:
    """An edge that was not disputed before the window and is after it (``records.is_disputed``)."""

    subject: str
    relation: str
    object: str
    modalities_before: tuple[tuple[Modality, int], ...]
    modalities_after: tuple[tuple[Modality, int], ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class ChangedFamily:
    """Two actors whose relations were all of one family before the window (cooperation, say) and that are
    reported in the other family inside it (conflict). ``first`` and ``second`` are the pair in id order."""

    first: str
    second: str
    family_before: Family
    family_after: Family
    relations_before: tuple[str, ...]
    relations_after: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class ChangeReport:
    """Every change from ``since`` to ``until`` (both included; ``until`` None for no end), at ``level``."""

    since: dt.date
    until: dt.date | None
    level: Level
    appeared: tuple[AppearedEdge, ...]
    gained_sources: tuple[GainedSources, ...]
    became_disputed: tuple[BecameDisputed, ...]
    changed_family: tuple[ChangedFamily, ...]

    @property
    def count(self) -> int:
        return len(self.appeared) + len(self.gained_sources) + len(self.became_disputed) + len(self.changed_family)

    def actors(self) -> set[str]:
        """The ids of every actor a change names."""
        out: set[str] = set()
        for edge in self.appeared:
            out.update((edge.subject, edge.object))
        for gain in self.gained_sources:
            out.update((gain.subject, gain.object))
        for dispute in self.became_disputed:
            out.update((dispute.subject, dispute.object))
        for pair in self.changed_family:
            out.update((pair.first, pair.second))
        return out
