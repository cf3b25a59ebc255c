"""The subject and object slots a trigger's frame fills, and the token windows its rules share.

A module of its own because three modules fill or read the slots: the trigger's own frame (``frames``), the
secondary rules it calls (``rules``), and the candidates made from the filled slots (``candidates``).
"""

from __future__ import annotations

from dataclasses import dataclass

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
