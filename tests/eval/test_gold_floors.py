"""The real extractor over tests/gold must not fall below the floors in tests/gold/floors.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from geograph.eval import Agreement, Counts, EvalReport, LevelReport, evaluate, format_report
from geograph.extract import Extractor

GOLD = Path(__file__).parent.parent / "gold"
FLOORS = GOLD / "floors.yaml"


def _below(report: LevelReport, floors: dict[str, Any]) -> list[str]:
    """Every figure of ``report`` under its floor, as a readable line."""
    out: list[str] = []
    level = report.level
    overall = floors.get("overall") or {}
    if report.overall.f1 < overall.get("f1", 0.0):
        out.append(f"{level} overall F1 {report.overall.f1:.3f} < {overall['f1']}")
    if report.modality.accuracy < overall.get("modality_accuracy", 0.0):
        out.append(f"{level} modality accuracy {report.modality.accuracy:.3f} < {overall['modality_accuracy']}")
    for lang, floor in (floors.get("languages") or {}).items():
        counts, modality = report.language(lang), report.modality_for(lang)
        if counts.support == 0:
            out.append(f"{level} floor set for {lang!r}, which has no gold relations")
        if counts.f1 < floor.get("f1", 0.0):
            out.append(f"{level} {lang} F1 {counts.f1:.3f} < {floor['f1']}")
        if modality.accuracy < floor.get("modality_accuracy", 0.0):
            out.append(f"{level} {lang} modality accuracy {modality.accuracy:.3f} < {floor['modality_accuracy']}")
    for name, floor in (floors.get("relations") or {}).items():
        counts = report.relation(name)
        if counts.support == 0:
            out.append(f"{level} floor set for relation {name!r}, which has no gold")
        if counts.f1 < floor:
            out.append(f"{level} {name} F1 {counts.f1:.3f} < {floor}")
    return out


@pytest.fixture(scope="module")
def gold_report() -> EvalReport:
    return evaluate(GOLD, Extractor())


@pytest.mark.slow
def test_gold_figures_meet_floors(gold_report: EvalReport) -> None:
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))["levels"]
    failures = [line for level, spec in floors.items() for line in _below(gold_report.level(level), spec)]
    assert not failures, "\n".join(failures) + "\n\n" + format_report(gold_report)


def test_floor_check_reports_a_figure_below_its_floor() -> None:
    """The comparison itself, on a report whose figures are known (so the floor test can fail)."""
    report = LevelReport(
        level="state",
        overall=Counts(tp=8, fp=2, fn=2),
        by_language=(("fa", Counts(tp=8, fp=2, fn=2)),),
        by_relation=(("visits", Counts(tp=1, fp=1, fn=1)),),
        modality=Agreement(8, 6),
        modality_by_language=(("fa", Agreement(8, 6)),),
        dates=Agreement(),
        misses=(),
        false_positives=(),
        modality_mismatches=(),
    )
    floors = {
        "overall": {"f1": 0.8, "modality_accuracy": 0.8},
        "languages": {"fa": {"f1": 0.7, "modality_accuracy": 0.7}, "ar": {"f1": 0.0}},
        "relations": {"visits": 0.6, "attacks": 0.0},
    }
    assert _below(report, floors) == [
        "state modality accuracy 0.750 < 0.8",
        "state floor set for 'ar', which has no gold relations",
        "state visits F1 0.500 < 0.6",
        "state floor set for relation 'attacks', which has no gold",
    ]
