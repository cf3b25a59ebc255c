"""End to end: a hostile article goes through ingest and export, and nothing of it runs in the browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browser_harness import chromium, visit
from click.testing import CliRunner

from geograph.cli import main

pytestmark = pytest.mark.browser

HOSTILE_HTML = Path(__file__).resolve().parents[2] / "data" / "articles" / "en" / "hostile.html"


def test_hostile_article_is_shown_as_text_and_runs_nothing(tmp_path: Path) -> None:
    feed = tmp_path / "hostile.jsonl"
    feed.write_text(
        json.dumps(
            {
                "text": 'Britain condemned Russia <img src=x onerror="window.__xss=5"> on Monday over the strike.',
                "title": "<script>window.__xss=6</script>",
                "url": "javascript:window.__xss=7",
                "source": '<b onmouseover="window.__xss=8">Wire</b>',
                "published": "2024-03-04",
                "lang": "en",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "h.db")
    ingested = CliRunner().invoke(main, ["ingest", str(HOSTILE_HTML), str(feed), "--db", db, "-q"])
    assert ingested.exit_code == 0, ingested.output
    assert "new: 2" in ingested.output
    page_file = tmp_path / "h.html"
    exported = CliRunner().invoke(main, ["export", "--db", db, "--format", "html", "-o", str(page_file)])
    assert exported.exit_code == 0, exported.output
    with chromium() as browser, visit(browser, page_file) as seen:
        page = seen.page
        drawn = seen.drawn_edges()
        assert ("Q794", "criticizes", "Q801") in drawn  # Iran criticizes Israel, from the hostile page
        assert ("Q145", "criticizes", "Q159") in drawn  # Britain criticizes Russia, from the JSON line
        panel = page.locator("#panel")
        for subject, relation, obj in sorted(drawn):  # open every evidence panel: the payloads live there
            centre = page.evaluate("([s, r, o]) => window.geograph.edgeCentre(s, r, o)", [subject, relation, obj])
            seen.click_canvas_point(centre)
            panel.wait_for(state="visible")
            assert page.locator("#panel img, #panel script, #panel b, #panel svg").count() == 0
        seen.click_canvas_point(page.evaluate("window.geograph.edgeCentre('Q145', 'criticizes', 'Q159')"))
        assert 'onerror="window.__xss=5"' in panel.inner_text()  # the sentence, shown as characters
        assert page.evaluate("() => window.__xss") is None
        assert seen.dialogs == []
        assert seen.outside_requests() == []
        assert page.locator('a[href^="javascript:"]').count() == 0
    assert seen.errors == []
