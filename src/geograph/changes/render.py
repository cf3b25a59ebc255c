"""A change report as text lines, as JSON, and as the interactive page restricted to the changed edges."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from geograph.changes.compute import ChangeSource, level_ends, reported
from geograph.changes.records import ChangeReport, Evidence
from geograph.records import StoredAssertion
from geograph.view.model import GraphSource, model_for

Labels = Callable[[str], str]  # an entity id to the label a reader knows it by


def as_lines(report: ChangeReport, label: Labels, *, evidence: int = 2) -> Iterator[str]:
    """A human-readable report: one line per change, then up to ``evidence`` sentences under it."""
    until = report.until.isoformat() if report.until else "now"
    yield (
        f"changes {report.since.isoformat()} .. {until} ({report.level} level): {len(report.appeared)} appeared,"
        f" {len(report.gained_sources)} gained sources, {len(report.became_disputed)} became disputed,"
        f" {len(report.changed_family)} changed family"
    )
    for edge in report.appeared:
        yield (
            f"  appeared        {label(edge.subject)} --{edge.relation}--> {label(edge.object)}"
            f"  [{edge.sources} source(s)]"
        )
        yield from _evidence_lines(edge.evidence, evidence)
    for gain in report.gained_sources:
        yield (
            f"  more sources    {label(gain.subject)} --{gain.relation}--> {label(gain.object)}"
            f"  [{gain.sources_before} -> {gain.sources_after} sources]"
        )
        yield from _evidence_lines(gain.evidence, evidence)
    for dispute in report.became_disputed:
        after = ", ".join(f"{m} {n}" for m, n in dispute.modalities_after)
        yield f"  now disputed    {label(dispute.subject)} --{dispute.relation}--> {label(dispute.object)}  [{after}]"
        yield from _evidence_lines(dispute.evidence, evidence)
    for turn in report.changed_family:
        yield (
            f"  {turn.family_before} -> {turn.family_after}  {label(turn.first)} / {label(turn.second)}"
            f"  [{', '.join(turn.relations_before)} -> {', '.join(turn.relations_after)}]"
        )
        yield from _evidence_lines(turn.evidence, evidence)


def _evidence_lines(found: tuple[Evidence, ...], limit: int) -> Iterator[str]:
    for item in found[:limit]:
        sentence = " ".join(item.sentence.split())
        yield f"      [{item.modality}, {item.reported.isoformat()}, {item.source}] {sentence}"
    if len(found) > limit:
        yield f"      ... and {len(found) - limit} more"


def as_json(report: ChangeReport, label: Labels) -> str:
    """The report as one JSON document; every actor id comes with its label."""

    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    body = plain(dataclasses.asdict(report))
    body["labels"] = {actor: label(actor) for actor in sorted(report.actors())}
    return json.dumps(body, ensure_ascii=False, indent=2)


def changed_assertions(source: ChangeSource, report: ChangeReport) -> list[StoredAssertion]:
    """Every assertion (reported up to the report's end) of the edges the report names, at its level: the page
    shows how each changed edge got where it is."""
    days = source.report_days()
    edges = {(e.subject, e.relation, e.object) for e in report.appeared}
    edges |= {(e.subject, e.relation, e.object) for e in report.gained_sources}
    edges |= {(e.subject, e.relation, e.object) for e in report.became_disputed}
    pairs = {(t.first, t.second) for t in report.changed_family}
    out: list[StoredAssertion] = []
    for assertion, _ in reported(source.assertions(), days, report.until):
        ends = level_ends(assertion, report.level)
        if ends is None:
            continue
        subject, obj = ends
        pair = (min(subject, obj), max(subject, obj))
        if {(subject, assertion.relation, obj), (obj, assertion.relation, subject)} & edges or pair in pairs:
            out.append(dataclasses.replace(assertion, subject=subject, object=obj))
    return out


class PageSource(ChangeSource, GraphSource, Protocol):
    """What the changes page reads: the store's reports, actors and articles."""


def as_page(source: PageSource, report: ChangeReport, *, label_lang: str = "en") -> str:
    """The interactive page (the same as ``geograph view``) holding only the changed edges."""
    from geograph.view.page import render_page

    until = report.until.isoformat() if report.until else "now"
    title = (
        f"geograph: changes {report.since.isoformat()} .. {until} ({len(report.appeared)} appeared,"
        f" {len(report.gained_sources)} gained sources, {len(report.became_disputed)} became disputed,"
        f" {len(report.changed_family)} changed family)"
    )
    return render_page(model_for(source, changed_assertions(source, report), label_lang=label_lang, title=title))
