"""10,000 actors and 30,000 edges: the page opens on the most connected actors, draws them all on request with
physics off, and stays responsive.

How fast is measured by ``bench/html_bench.py`` (figures in docs/benchmarks.md), not asserted here: a
timed test fails on a busy machine without telling anything about the code.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from browser_harness import chromium, visit

from geograph.view.model import build_model
from geograph.view.page import ENTRY_ACTORS, render_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BENCH = Path(__file__).resolve().parents[2] / "bench" / "html_bench.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("html_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ten_thousand_nodes_are_drawn_with_physics_off_and_filters_work(tmp_path: Path) -> None:
    entities, articles, assertions = _bench().synthetic(10_000, 30_000)
    model = build_model(assertions, {e.id: e for e in entities}, {a.id: a for a in articles})
    page = render_page(model)
    assert (len(model.nodes), len(model.edges)) == (10_000, 30_000)
    page_file = tmp_path / "big.html"
    page_file.write_text(page, encoding="utf-8")
    with chromium() as browser, visit(browser, page_file) as seen:
        assert seen.page.evaluate("window.geographReady") > 0
        # it opens on the most connected actors, and says how much is left out
        assert 0 < len(seen.drawn_nodes()) <= ENTRY_ACTORS
        assert seen.page.evaluate("window.geograph.hidden().outside") == 30_000 - len(seen.drawn_edges())
        seen.page.locator("#show-all").click()
        assert len(seen.drawn_edges()) == 30_000
        assert seen.page.evaluate("window.geograph.network.physics.options.enabled") is False
        before = len(seen.drawn_edges())
        seen.page.locator('[data-group="conflict"]').uncheck()
        assert 0 < len(seen.drawn_edges()) < before
        assert seen.outside_requests() == []
    assert seen.errors == []
