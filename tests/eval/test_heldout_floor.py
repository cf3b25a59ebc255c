"""The held-out set (tests/heldout, never used to tune the extractor) keeps the extractor honest.

Its floors sit a little under the figures measured when it was written (state level: F1 0.712, modality
accuracy 0.865, 2026-11-24); it is too small for per-relation floors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geograph.eval import evaluate, format_report
from geograph.extract import Extractor

HELDOUT = Path(__file__).resolve().parents[1] / "heldout"


@pytest.mark.slow
def test_heldout_figures_meet_their_floors() -> None:
    report = evaluate(HELDOUT, Extractor())
    state = report.level("state")
    assert report.gold_relations >= 80
    assert state.overall.f1 >= 0.68, format_report(report, level="state")
    assert state.modality.accuracy >= 0.82, format_report(report, level="state")
