"""Compare the graph as reported before a day with the graph as reported up to a later day.

"Reported" is the article's day: its publication date, else the day the store received it. That answers
"what is new since I last looked" for daily ingests and for archives alike; an event's own date (which may
lie years back) is not what makes a report new.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from geograph.changes.records import (
    AppearedEdge,
    BecameDisputed,
    ChangedFamily,
    ChangeReport,
    Evidence,
    Family,
    GainedSources,
    Level,
)
from geograph.records import (
    CONTRADICTING_MODALITIES,
    SUPPORTING_MODALITIES,
    DateWindow,
    Modality,
    StoredAssertion,
    is_disputed,
)
from geograph.vocabulary import relations

EdgeKey = tuple[str, str, str]


class ChangeSource(Protocol):
    """The part of :class:`geograph.store.Store` the comparison reads."""

    def assertions(self, window: DateWindow | None = None, entity: str | None = None) -> Iterator[StoredAssertion]: ...

    def report_days(self) -> dict[str, dt.date]: ...


@dataclass(slots=True)
class _Side:
    """What one side of the window (before it, or up to its end) reports about an edge."""

    sources: set[str] = field(default_factory=set)
    # the sources that report it happened or will: a denial is a new source, not a new confirmation
    confirming: set[str] = field(default_factory=set)
    modalities: Counter[Modality] = field(default_factory=Counter)

    def add(self, assertion: StoredAssertion) -> None:
        source = assertion.source.casefold()  # "Reuters" and "REUTERS" are one source, as in the store
        self.sources.add(source)
        if assertion.modality not in CONTRADICTING_MODALITIES:
            self.confirming.add(source)
        self.modalities[assertion.modality] += 1

    def modality_counts(self) -> tuple[tuple[Modality, int], ...]:
        return tuple(sorted(self.modalities.items()))


@dataclass(slots=True)
class _EdgeHistory:
    before: _Side = field(default_factory=_Side)
    after: _Side = field(default_factory=_Side)
    evidence: list[Evidence] = field(default_factory=list)


def changes(
    source: ChangeSource, since: dt.date, until: dt.date | None = None, *, level: Level = "actor"
) -> ChangeReport:
    """Edges that appeared, gained independent sources or became disputed from ``since`` to ``until`` (both
    included), and pairs whose relations changed family (cooperation to conflict, or back)."""
    if until is not None and until < since:
        raise ValueError(f"the window ends ({until}) before it starts ({since})")
    days = source.report_days()
    histories: dict[EdgeKey, _EdgeHistory] = {}
    for assertion, day in reported(source.assertions(), days, until):
        key = _edge_key(assertion, level)
        if key is None:
            continue
        history = histories.setdefault(key, _EdgeHistory())
        history.after.add(assertion)
        if day < since:
            history.before.add(assertion)
        else:
            history.evidence.append(_evidence(assertion, day))
    appeared: list[AppearedEdge] = []
    gained: list[GainedSources] = []
    disputed: list[BecameDisputed] = []
    for (subject, relation, obj), history in sorted(histories.items()):
        if not history.evidence:
            continue
        evidence = tuple(sorted(history.evidence, key=_evidence_order))
        before, after = history.before, history.after
        if not before.modalities:
            appeared.append(AppearedEdge(subject, relation, obj, len(after.sources), evidence))
            continue
        if len(after.confirming) > len(before.confirming):
            confirming = tuple(e for e in evidence if e.modality not in CONTRADICTING_MODALITIES)
            gained.append(
                GainedSources(subject, relation, obj, len(before.confirming), len(after.confirming), confirming)
            )
        if not is_disputed(before.modalities.items()) and is_disputed(after.modalities.items()):
            disputed.append(
                BecameDisputed(subject, relation, obj, before.modality_counts(), after.modality_counts(), evidence)
            )
    return ChangeReport(
        since=since,
        until=until,
        level=level,
        appeared=tuple(appeared),
        gained_sources=tuple(gained),
        became_disputed=tuple(disputed),
        changed_family=tuple(_family_changes(histories)),
    )


def reported(
    assertions: Iterable[StoredAssertion], days: dict[str, dt.date], until: dt.date | None
) -> Iterator[tuple[StoredAssertion, dt.date]]:
    """Each assertion with the day it was reported, those reported after ``until`` left out."""
    for assertion in assertions:
        day = days.get(assertion.article)
        if day is not None and (until is None or day <= until):
            yield assertion, day


def level_ends(assertion: StoredAssertion, level: Level) -> tuple[str, str] | None:
    """Subject and object at ``level``; None for a person acting toward their own state at state level."""
    subject, obj = assertion.subject, assertion.object
    if level == "state":
        subject = assertion.subject_state or subject
        obj = assertion.object_state or obj
        if subject == obj:
            return None  # a person acting for their own state is no relation between states
    return subject, obj


def _edge_key(assertion: StoredAssertion, level: Level) -> EdgeKey | None:
    ends = level_ends(assertion, level)
    if ends is None:
        return None
    subject, obj = ends
    if level == "state" and relations()[assertion.relation].symmetric and obj < subject:
        subject, obj = obj, subject
    return subject, assertion.relation, obj


def _evidence(assertion: StoredAssertion, day: dt.date) -> Evidence:
    return Evidence(
        article=assertion.article,
        source=assertion.source,
        reported=day,
        modality=assertion.modality,
        sentence=assertion.sentence,
        start=assertion.start,
        end=assertion.end,
    )


def _evidence_order(evidence: Evidence) -> tuple[dt.date, str, int]:
    return evidence.reported, evidence.article, evidence.start


def _family(relation: str) -> Family:
    return "cooperation" if relations()[relation].cooperation else "conflict"


def _family_changes(histories: dict[EdgeKey, _EdgeHistory]) -> Iterator[ChangedFamily]:
    """Pairs (either direction) whose relations before the window were all of one family, with a relation of
    the other family reported inside it; both sides count only reports that it happened (asserted or alleged)."""
    before: dict[tuple[str, str], set[str]] = {}
    inside: dict[tuple[str, str], dict[str, list[Evidence]]] = {}
    for (subject, relation, obj), history in histories.items():
        pair = (min(subject, obj), max(subject, obj))
        if any(history.before.modalities[m] for m in SUPPORTING_MODALITIES):
            before.setdefault(pair, set()).add(relation)
        # a plan, a guess or a denial is no turn: only what is reported as having happened
        happened = [e for e in history.evidence if e.modality in SUPPORTING_MODALITIES]
        if happened:
            inside.setdefault(pair, {}).setdefault(relation, []).extend(happened)
    for pair in sorted(inside.keys() & before.keys()):
        families = {_family(r) for r in before[pair]}
        if len(families) != 1:
            continue  # nothing before, or both families already: no turn to report
        (old,) = families
        turned = {r: ev for r, ev in inside[pair].items() if _family(r) != old}
        if not turned:
            continue
        evidence = tuple(sorted((e for ev in turned.values() for e in ev), key=_evidence_order))
        yield ChangedFamily(
            first=pair[0],
            second=pair[1],
            family_before=old,
            family_after="conflict" if old == "cooperation" else "cooperation",
            relations_before=tuple(sorted(before[pair])),
            relations_after=tuple(sorted(turned)),
            evidence=evidence,
        )
