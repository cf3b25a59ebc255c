"""The subject and object slots a trigger's frame fills, the token windows its rules share, and the subjects
of the relations read so far.

A module of its own because three modules fill or read the slots: the trigger's own frame (``frames``), the
secondary rules it calls (``rules``), and the candidates made from the filled slots (``candidates``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from geograph.extract.document import Group
from geograph.records import Actor

MARKED_WINDOW = 8
DIRECT_WINDOW = 6


@dataclass(slots=True)
class Slot:
    """The group filling a subject or object, the rule that filled it (``how``), and the actors it gives."""

    group: Group | None = None
    how: str = ""
    actors: tuple[Actor, ...] = ()

    def set(self, group: Group, how: str, actors: tuple[Actor, ...] | None = None) -> None:
        self.group, self.how, self.actors = group, how, actors if actors is not None else group.actors


@dataclass(slots=True)
class ReportedSubjects:
    """The subjects of the relations read so far, by relation, for "condemned this attack" (the subjects of the
    last attack reported before the demonstrative).

    Triggers are read in text order within each reading round (controlling triggers, then the others, then
    those taking their object from another event), so the reports of a relation are a few runs of ascending
    trigger starts: "the last report before token i" is a binary search per run, not a walk over every report
    (which made a long text without sentence breaks quadratic).
    """

    _runs: dict[str, list[tuple[list[int], list[tuple[Actor, ...]]]]] = field(default_factory=dict)

    def add(self, start: int, relation: str, subjects: tuple[Actor, ...]) -> None:
        runs = self._runs.setdefault(relation, [])
        if not runs or runs[-1][0][-1] > start:
            runs.append(([], []))
        starts, reported = runs[-1]
        starts.append(start)
        reported.append(subjects)

    def last_before(self, relation: str, position: int) -> tuple[Actor, ...] | None:
        """The subjects of the last ``relation`` added whose trigger starts before token ``position``."""
        for starts, reported in reversed(self._runs.get(relation, ())):
            k = bisect_left(starts, position)
            if k:
                return reported[k - 1]
        return None
