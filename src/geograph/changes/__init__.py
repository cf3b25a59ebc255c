"""What changed in the graph since a day: edges that appeared, gained independent sources, became disputed,
and pairs whose relations turned from cooperation to conflict (or back), each with its evidence.

    from geograph.changes import changes
    report = changes(store, since=datetime.date(2024, 6, 1), level="state")
"""

from __future__ import annotations

from geograph.changes.compute import ChangeSource, changes
from geograph.changes.records import (
    AppearedEdge,
    BecameDisputed,
    ChangedFamily,
    ChangeReport,
    Evidence,
    GainedSources,
)
from geograph.changes.render import as_json, as_lines, as_page, changed_assertions

__all__ = [
    "AppearedEdge",
    "BecameDisputed",
    "ChangeReport",
    "ChangeSource",
    "ChangedFamily",
    "Evidence",
    "GainedSources",
    "as_json",
    "as_lines",
    "as_page",
    "changed_assertions",
    "changes",
]
