"""The page reads well (issue 13): relations readable without colour, a legend that stays in view, a canvas
that keeps its size, isolated mixed-direction text, the interface in the label language, and a way into a
graph too big to read at once. Through Playwright on the system Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_harness import Visit, chromium, visit
from test_view_page_browser import edges_of, fill_demo

from geograph.export import ExportOptions
from geograph.export.html import write_html
from geograph.records import DateWindow
from geograph.store import Store
from geograph.view.model import read_model
from geograph.view.page import _CONFLICT_COLOURS, _COOPERATION_COLOURS, render_page, ui_strings
from geograph.vocabulary import relations

pytestmark = pytest.mark.browser

FSI, PDI = "\u2068", "\u2069"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def _page(store: Store, tmp_path: Path, lang: str) -> Path:
    fill_demo(store)
    (page,) = write_html(store, tmp_path / f"{lang}.html", ExportOptions(label_lang=lang, title="Demo"))
    return page


@pytest.fixture
def english(store: Store, tmp_path: Path, browser: Any) -> Iterator[Visit]:
    with visit(browser, _page(store, tmp_path, "en")) as seen:
        yield seen
    assert seen.errors == []


def _style(seen: Visit, *key: str) -> dict[str, Any]:
    found: dict[str, Any] = seen.page.evaluate("(k) => window.geograph.edgeStyle(...k)", list(key))
    return found


def test_each_family_ends_its_lines_differently(english: Visit) -> None:
    ends = {
        relation: _style(english, *key)["end"]
        for relation, key in {
            "visits": ("Q7747", "visits", "Q148"),  # verbal cooperation
            "cooperates_with": ("Q159", "cooperates_with", "Q423"),  # material cooperation
            "sanctions": ("Q30", "sanctions", "Q159"),  # material conflict
        }.items()
    }
    assert len(set(ends.values())) == 3
    assert _style(english, "Q159", "attacks", "Q212")["end"] == ends["sanctions"]  # same family, same end
    assert _style(english, "Q159", "cooperates_with", "Q423")["bothEnds"]  # symmetric: both ends
    assert not _style(english, "Q30", "sanctions", "Q159")["bothEnds"]


def test_relation_names_on_hover_at_zoom_and_on_demand(english: Visit) -> None:
    sanctions = _style(english, "Q30", "sanctions", "Q159")
    assert f"{FSI}{relations()['sanctions'].label('en')}{PDI}" in sanctions["title"]
    assert sanctions["label"] == ""  # not at the opening zoom
    english.page.evaluate("window.geograph.network.moveTo({ scale: 3 })")
    english.page.evaluate("window.geograph.network.emit('zoom', {})")
    assert _style(english, "Q30", "sanctions", "Q159")["label"] == relations()["sanctions"].label("en")
    english.page.evaluate("window.geograph.network.moveTo({ scale: 0.5 })")
    english.page.evaluate("window.geograph.network.emit('zoom', {})")
    assert _style(english, "Q30", "sanctions", "Q159")["label"] == ""
    english.page.locator("#edge-labels").check()
    assert _style(english, "Q30", "sanctions", "Q159")["label"] == relations()["sanctions"].label("en")
    disputed = _style(english, "Q159", "attacks", "Q212")["label"]
    assert relations()["attacks"].label("en") in disputed and "disputed" in disputed


def test_the_palette_is_colour_blind_safe_and_distinct_within_a_family() -> None:
    tol = {"#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"}
    tol |= {"#0077BB", "#33BBEE", "#009988", "#EE7733", "#CC3311", "#EE3377", "#BBBBBB"}
    assert set(_COOPERATION_COLOURS) <= tol and set(_CONFLICT_COLOURS) <= tol
    cooperation = [r for r in relations().values() if r.cooperation]
    conflict = [r for r in relations().values() if not r.cooperation]
    assert len(cooperation) <= len(_COOPERATION_COLOURS) and len(conflict) <= len(_CONFLICT_COLOURS)


def test_the_legend_stays_in_view_and_names_every_relation(english: Visit) -> None:
    legend = english.page.locator("#legend")
    names = legend.locator("[data-legend-relation]").evaluate_all("(all) => all.map((li) => li.dataset.legendRelation)")
    assert sorted(names) == sorted(relations())
    english.page.locator("#controls").evaluate("(c) => c.scrollTo(0, c.scrollHeight)")
    box = legend.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 800
    english.page.locator("#legend-toggle").click()
    assert legend.locator(".legend-body").is_hidden()
    english.page.locator("#legend-toggle").click()
    assert legend.locator(".legend-body").is_visible()


def test_opening_the_panel_keeps_the_canvas_size(english: Visit) -> None:
    canvas = english.page.locator("#graph canvas")
    before = canvas.bounding_box()
    english.click_canvas_point(english.page.evaluate("window.geograph.edgeCentre('Q30', 'sanctions', 'Q159')"))
    english.page.locator("#panel").wait_for(state="visible")
    english.page.wait_for_timeout(200)
    assert canvas.bounding_box() == before


def test_mixed_direction_text_is_isolated(store: Store, tmp_path: Path, browser: Any) -> None:
    with visit(browser, _page(store, tmp_path, "fa")) as seen:
        seen.click_canvas_point(seen.page.evaluate("window.geograph.edgeCentre('Q30', 'sanctions', 'Q159')"))
        panel = seen.page.locator("#panel")
        panel.wait_for(state="visible")
        heading = panel.locator("h2")
        # each name and the relation are their own isolated run inside the heading
        assert heading.locator("button[dir=auto]").all_inner_texts() == ["United States", "روسیه"]
        assert heading.locator("bdi.relation").inner_text() == relations()["sanctions"].label("fa")
        isolated = heading.locator("bdi, [dir=auto]").evaluate_all(
            "(all) => all.map((e) => getComputedStyle(e).unicodeBidi)"
        )
        assert set(isolated) == {"isolate"}
        assert panel.locator("ol.evidence bdi.source").all_inner_texts() == ["Wire A", "Wire B"]
        title = _style(seen, "Q30", "sanctions", "Q159")["title"]
        assert title.startswith(f"{FSI}United States{PDI} \u2192 {FSI}")
    assert seen.errors == []


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_the_interface_speaks_the_label_language_right_to_left(
    store: Store, tmp_path: Path, browser: Any, lang: str
) -> None:
    ui = ui_strings(lang)
    with visit(browser, _page(store, tmp_path, lang)) as seen:
        page = seen.page
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert page.evaluate("document.documentElement.lang") == lang
        headings = page.locator("#controls h3").all_inner_texts()
        assert ui["relations"] in [h.strip() for h in headings] or ui["relations"].upper() in headings
        assert page.locator("#search").get_attribute("placeholder") == ui["search_placeholder"]
        assert page.locator('#legend [data-family="1"]').inner_text().strip().endswith(ui["families"][1])
        controls, stage = page.locator("#controls").bounding_box(), page.locator("#stage").bounding_box()
        assert controls is not None and stage is not None and controls["x"] > stage["x"]  # controls on the right
    assert seen.errors == []


def test_english_stays_left_to_right(english: Visit) -> None:
    assert english.page.evaluate("document.documentElement.dir") == "ltr"
    controls, stage = english.page.locator("#controls").bounding_box(), english.page.locator("#stage").bounding_box()
    assert controls is not None and stage is not None and controls["x"] < stage["x"]


def test_every_interface_language_has_every_string() -> None:
    english = ui_strings("en")
    for lang in ("fa", "ar"):
        assert set(ui_strings(lang)) == set(english)
        assert ui_strings(lang)["search"] != english["search"]
    assert ui_strings("xx") == english  # a language without strings falls back to English


def test_a_big_graph_opens_on_its_most_connected_actors(store: Store, tmp_path: Path, browser: Any) -> None:
    fill_demo(store)
    page_file = tmp_path / "entry.html"
    page_file.write_text(render_page(read_model(store, DateWindow()), entry_limit=0, entry_actors=2), "utf-8")
    everything = edges_of(store)
    with visit(browser, page_file) as seen:
        page = seen.page
        assert seen.drawn_nodes() == {"Q159", "Q212"}  # Russia and Ukraine carry the most sources
        assert seen.drawn_edges() == {("Q159", "attacks", "Q212")}
        assert seen.page.evaluate("window.geograph.hidden()") == {"filtered": 0, "outside": len(everything) - 1}
        assert page.locator("#hidden-count").get_attribute("data-outside") == str(len(everything) - 1)
        page.locator("#search").fill("Putin")
        page.locator("#search-results button").first.click()  # a hidden actor: it comes in with its neighbours
        assert ("Q7747", "visits", "Q148") in seen.drawn_edges()
        page.locator("#panel .close").click()
        seen.click_canvas_point(page.evaluate("window.geograph.nodeCentre('Q159')"))
        page.locator("#expand").click()  # Russia's neighbours
        assert seen.drawn_edges() == {e for e in everything if "Q159" in (e[0], e[2])} | {("Q7747", "visits", "Q148")}
        page.locator("#min-sources").fill("2")  # the source filter applies inside the view
        assert seen.drawn_edges() == {("Q30", "sanctions", "Q159"), ("Q159", "attacks", "Q212")}
        assert int(page.locator("#hidden-count").get_attribute("data-filtered") or 0) == 2
        page.locator("#min-sources").fill("1")
        page.locator("#show-all").click()
        assert seen.drawn_edges() == everything
        assert page.locator("#hidden-count").inner_text() == ""
        page.locator("#top-actors").fill("2")
        page.locator("#show-top").click()
        assert seen.drawn_nodes() == {"Q159", "Q212"}
    assert seen.errors == []
