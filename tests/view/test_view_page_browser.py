"""The graph page in a real (headless, system) Chromium: what it draws, its filters, panels, and safety."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_harness import Visit, chromium, visit

from conftest import (
    NORTH_KOREA,
    PUTIN,
    RUSSIA,
    UKRAINE,
    UNITED_STATES,
    make_article,
    make_assertion,
    make_extraction,
)
from geograph.export import ExportOptions
from geograph.export.html import write_html
from geograph.records import Actor, Article, DateWindow, Entity, Extraction
from geograph.store import Store
from geograph.view.model import read_model
from geograph.view.page import render_page

pytestmark = pytest.mark.browser

CHINA = Actor("Q148", "China", "state", "Q148")
EdgeKey = tuple[str, str, str]


def fill_demo(store: Store) -> None:
    run = store.begin_run("test")

    def article(name: str, day: dt.date | None, source: str, text: str) -> Article:
        return make_article(name, published=day, source=source, url=f"https://example.org/{name}", text=text)

    a1 = article("a1", dt.date(2024, 1, 10), "Wire A", "The United States imposed new sanctions on Russia.")
    a2 = article(
        "a2", dt.date(2024, 3, 5), "Wire B", "Washington sanctioned Moscow again; Russia may have struck Ukraine."
    )
    a3 = article("a3", dt.date(2024, 6, 1), "Wire C", "Russian forces attacked Ukrainian positions.")
    a4 = article("a4", dt.date(2024, 6, 2), "Wire D", "Moscow denied attacking Ukraine.")
    a5 = article("a5", None, "Wire E", "Putin travelled to China.")
    extractions = [
        make_extraction(
            a1,
            make_assertion(a1, UNITED_STATES, "sanctions", RUSSIA),
            make_assertion(a1, RUSSIA, "cooperates_with", NORTH_KOREA),
        ),
        make_extraction(
            a2,
            make_assertion(a2, UNITED_STATES, "sanctions", RUSSIA),
            make_assertion(a2, RUSSIA, "attacks", UKRAINE, modality="alleged"),
        ),
        make_extraction(a3, make_assertion(a3, RUSSIA, "attacks", UKRAINE)),
        make_extraction(a4, make_assertion(a4, RUSSIA, "attacks", UKRAINE, modality="denied")),
        make_extraction(a5, make_assertion(a5, PUTIN, "visits", CHINA)),
    ]
    for extraction in extractions:
        store.add(extraction, run=run)


def edges_of(store: Store, window: DateWindow | None = None) -> set[EdgeKey]:
    return {(e.subject, e.relation, e.object) for e in store.edges(window or DateWindow())}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def demo(store: Store, tmp_path: Path) -> Path:
    fill_demo(store)
    (page,) = write_html(store, tmp_path / "demo.html", ExportOptions(label_lang="fa", title="Demo"))
    return page


@pytest.fixture
def opened(browser: Any, demo: Path) -> Iterator[Visit]:
    with visit(browser, demo) as seen:
        yield seen
    assert seen.errors == []


def test_nodes_and_edges_drawn_are_the_stores(store: Store, opened: Visit) -> None:
    expected = edges_of(store)
    assert len(expected) == 4
    assert opened.drawn_edges() == expected
    assert opened.drawn_nodes() == {actor for s, _, o in expected for actor in (s, o)}
    status = opened.page.locator("#status")
    assert (status.get_attribute("data-actors"), status.get_attribute("data-edges")) == ("6", "4")
    assert status.inner_text().startswith("6 کنشگر و 4 یال")  # the page's interface is in its label language


def test_edge_styles_follow_sources_modality_and_dispute(opened: Visit) -> None:
    def style(*key: str) -> dict[str, Any]:
        found: dict[str, Any] = opened.page.evaluate("(k) => window.geograph.edgeStyle(...k)", list(key))
        return found

    sanctions, visits, attacks = (
        style("Q30", "sanctions", "Q159"),
        style("Q7747", "visits", "Q148"),
        style("Q159", "attacks", "Q212"),
    )
    assert sanctions["width"] > visits["width"]  # two independent sources against one
    assert attacks["disputed"] and not sanctions["disputed"]
    assert not attacks["dashed"]
    opened.page.locator('[data-modality="asserted"]').uncheck()
    attacks = style("Q159", "attacks", "Q212")
    assert attacks["dashed"] and attacks["disputed"]  # alleged and denied reports remain: still disputed
    opened.page.locator('[data-modality="denied"]').uncheck()
    attacks = style("Q159", "attacks", "Q212")
    assert attacks["dashed"] and not attacks["disputed"]  # only the allegation remains


def test_relation_filters_change_what_is_drawn(store: Store, opened: Visit) -> None:
    everything = edges_of(store)
    opened.page.locator('[data-relation="sanctions"]').uncheck()
    assert opened.drawn_edges() == {e for e in everything if e[1] != "sanctions"}
    opened.page.locator('[data-group="conflict"]').uncheck()
    assert opened.drawn_edges() == {("Q159", "cooperates_with", "Q423"), ("Q7747", "visits", "Q148")}
    opened.page.locator('[data-group="cooperation"]').uncheck()
    assert opened.drawn_edges() == set()
    assert opened.drawn_nodes() == set()
    opened.page.locator('[data-group="conflict"]').check()
    assert opened.drawn_edges() == {e for e in everything if e[1] in ("sanctions", "attacks")}


def test_minimum_sources_keeps_confirmed_edges(opened: Visit) -> None:
    opened.page.locator("#min-sources").fill("2")
    assert opened.drawn_edges() == {("Q30", "sanctions", "Q159"), ("Q159", "attacks", "Q212")}
    opened.page.locator("#min-sources").fill("3")
    assert opened.drawn_edges() == {("Q159", "attacks", "Q212")}


def test_time_slider_shows_the_graph_as_of_a_date(store: Store, opened: Visit) -> None:
    until = opened.page.locator("#until")
    until.focus()
    until.press("Home")
    first = dt.date(2024, 1, 10)
    assert opened.drawn_edges() == edges_of(store, DateWindow(as_of=first))
    assert opened.drawn_edges() == {("Q30", "sanctions", "Q159"), ("Q159", "cooperates_with", "Q423")}
    assert "2024-01-10" in opened.page.locator("#time-label").inner_text()
    until.press("ArrowUp")  # one day later, a day without news (ArrowRight would go back: the page is RTL)
    assert opened.page.locator("#until-day").input_value() == "2024-01-11"
    assert opened.drawn_edges() == edges_of(store, DateWindow(as_of=dt.date(2024, 1, 11)))
    day = opened.page.locator("#until-day")
    day.fill("2024-03-04")  # any day can be picked, with or without evidence on it
    day.dispatch_event("change")
    assert opened.drawn_edges() == edges_of(store, DateWindow(as_of=dt.date(2024, 3, 4)))
    day.fill("2024-03-05")
    day.dispatch_event("change")
    assert opened.drawn_edges() == edges_of(store, DateWindow(as_of=dt.date(2024, 3, 5)))
    assert opened.drawn_edges() != edges_of(store, DateWindow(as_of=dt.date(2024, 3, 4)))
    until.focus()
    until.press("End")  # back to the open window: the undated visit counts again
    assert opened.drawn_edges() == edges_of(store)
    since = opened.page.locator("#since")
    since.focus()
    since.press("End")
    assert opened.drawn_edges() == edges_of(store, DateWindow(since=dt.date(2024, 6, 2)))


def test_play_steps_through_time_and_ends_on_the_whole_graph(store: Store, opened: Visit) -> None:
    play = opened.page.locator("#play")
    play.click()
    assert opened.drawn_edges() == edges_of(store, DateWindow(as_of=dt.date(2024, 1, 10)))
    assert play.get_attribute("data-playing") == "1"
    opened.page.wait_for_function("() => document.getElementById('play').dataset.playing === '0'", timeout=10_000)
    assert opened.drawn_edges() == edges_of(store)


def test_clicking_an_edge_shows_its_evidence(opened: Visit) -> None:
    centre = opened.page.evaluate("window.geograph.edgeCentre('Q30', 'sanctions', 'Q159')")
    opened.click_canvas_point(centre)
    panel = opened.page.locator("#panel")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert "The United States imposed new sanctions on Russia." in text
    assert "Washington sanctioned Moscow again; Russia may have struck Ukraine." in text
    assert "Wire A" in text and "Wire B" in text  # sources as written
    assert panel.locator(".facts").get_attribute("data-sources") == "2"
    assert panel.locator(".modality-asserted").count() == 2
    links = panel.locator("ol.evidence a")
    assert sorted(links.evaluate_all("(all) => all.map((a) => a.href)")) == [
        "https://example.org/a1",
        "https://example.org/a2",
    ]


def test_clicking_a_disputed_edge_lists_each_modality(opened: Visit) -> None:
    opened.click_canvas_point(opened.page.evaluate("window.geograph.edgeCentre('Q159', 'attacks', 'Q212')"))
    panel = opened.page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.locator(".disputed").count() == 1
    modalities = panel.locator("ol.evidence .modality").evaluate_all("(all) => all.map((m) => m.dataset.modality)")
    assert sorted(modalities) == ["alleged", "asserted", "denied"]


def test_search_in_any_label_language_opens_the_actor(opened: Visit) -> None:
    search = opened.page.locator("#search")
    search.fill("روسيا")  # Arabic spelling; the page labels are Persian (روسیه)
    results = opened.page.locator("#search-results button")
    assert results.all_inner_texts() == ["روسیه"]
    results.first.click()
    panel = opened.page.locator("#panel")
    assert panel.locator("h2").inner_text() == "روسیه"
    assert panel.locator("a").get_attribute("href") == "https://www.wikidata.org/wiki/Q159"
    assert set(panel.locator("dl.labels dd").all_inner_texts()) >= {"Russia", "روسیه", "روسيا"}
    assert panel.locator("h4").count() == 3  # sanctions, cooperates with, attacks
    search.fill("north kor")
    assert opened.page.locator("#search-results button").all_inner_texts() == ["کره شمالی"]


def test_clicking_a_node_shows_its_edges_by_relation(opened: Visit) -> None:
    opened.click_canvas_point(opened.page.evaluate("window.geograph.nodeCentre('Q7747')"))
    panel = opened.page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.locator("h2").inner_text() == "ولادیمیر پوتین"
    assert panel.locator("h4").all_inner_texts() == ["سفر می‌کند به"]


def test_the_page_makes_no_network_request(opened: Visit) -> None:
    opened.click_canvas_point(opened.page.evaluate("window.geograph.edgeCentre('Q30', 'sanctions', 'Q159')"))
    opened.page.locator("#search").fill("پوتین")
    opened.page.locator("#search-results button").first.click()
    opened.page.locator('[data-group="conflict"]').uncheck()
    opened.page.wait_for_timeout(300)
    assert opened.outside_requests() == []
    assert opened.requests == [opened.url]


def test_big_graph_mode_uses_the_precomputed_layout(store: Store, browser: Any, tmp_path: Path) -> None:
    fill_demo(store)
    page_file = tmp_path / "laid-out.html"
    page_file.write_text(render_page(read_model(store, DateWindow()), physics_limit=0), encoding="utf-8")
    with visit(browser, page_file) as seen:
        assert seen.drawn_edges() == edges_of(store)
        assert seen.page.evaluate("window.geograph.network.physics.options.enabled") is False
        before = seen.page.evaluate("window.geograph.nodeCentre('Q159')")
        seen.page.wait_for_timeout(300)
        assert seen.page.evaluate("window.geograph.nodeCentre('Q159')") == before  # nothing drifts
        seen.click_canvas_point(seen.page.evaluate("window.geograph.edgeCentre('Q159', 'attacks', 'Q212')"))
        assert "Russian forces attacked Ukrainian positions." in seen.page.locator("#panel").inner_text()
    assert seen.errors == []


# --- Hostile input ----------------------------------------------------------------------------------

PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1;alert(1)">'
HOSTILE = Actor("local:evil", '<svg onload="window.__pwned=1">Evil</svg>', "armed_group")


def fill_hostile(store: Store) -> None:
    run = store.begin_run("test")
    text = f'</script><!-- {PAYLOAD} \u2028 attacked Russia. <a href="javascript:window.__pwned=1">x</a>'
    article = Article(
        id="evil",
        text=text,
        title=f'<img src=x onerror="window.__pwned=1">{PAYLOAD}',
        url="javascript:window.__pwned=1",
        published=dt.date(2024, 2, 2),
        source=f"<b onmouseover=alert(1)>{PAYLOAD}</b>",
        lang="en",
    )
    safe = make_article("ok", published=dt.date(2024, 2, 3), source="Wire", url="jAvAsCrIpT:alert(1)")
    evil_entity = Entity(
        HOSTILE.id, "armed_group", HOSTILE.label, None, labels=(("en", HOSTILE.label), ("fa", PAYLOAD))
    )
    store.add(
        Extraction(
            article=article,
            assertions=(make_assertion(article, HOSTILE, "attacks", RUSSIA),),
            entities=(evil_entity, Entity(RUSSIA.id, "state", RUSSIA.label, RUSSIA.wikidata)),
        ),
        run=run,
    )
    store.add(make_extraction(safe, make_assertion(safe, UNITED_STATES, "sanctions", RUSSIA)), run=run)


def test_hostile_text_stays_inert(store: Store, browser: Any, tmp_path: Path) -> None:
    fill_hostile(store)
    (page_file,) = write_html(store, tmp_path / "hostile.html", ExportOptions(title=f"Report {PAYLOAD}"))
    with visit(browser, page_file) as seen:
        page = seen.page
        assert seen.drawn_edges() == {("local:evil", "attacks", "Q159"), ("Q30", "sanctions", "Q159")}
        seen.click_canvas_point(page.evaluate("window.geograph.edgeCentre('local:evil', 'attacks', 'Q159')"))
        panel = page.locator("#panel")
        panel.wait_for(state="visible")
        text = panel.inner_text()
        assert PAYLOAD in text  # shown as the text it is
        assert '<img src=x onerror="window.__pwned=1">' in text
        assert panel.locator("a").count() == 0  # the javascript: URL is shown, not linked
        page.mouse.move(0, 0)
        seen.click_canvas_point(page.evaluate("window.geograph.edgeCentre('Q30', 'sanctions', 'Q159')"))
        assert panel.locator("ol.evidence a").count() == 0  # mixed-case javascript: too
        page.locator("#search").fill("evil")
        page.locator("#search-results button").first.click()
        assert page.locator("#panel h2").inner_text() == HOSTILE.label
        point = page.evaluate("window.geograph.nodeCentre('local:evil')")
        box = page.locator("#graph").bounding_box()
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])  # the node's tooltip
        page.wait_for_timeout(600)
        assert page.title() == f"Report {PAYLOAD}"
        assert page.evaluate("window.__pwned") is None
        assert page.locator("img, svg, iframe, object, embed").count() == 0
        assert page.locator("script").count() == 3  # the data block, vis-network, the viewer
        assert seen.dialogs == []
        assert seen.outside_requests() == []
    assert seen.errors == []


def test_an_empty_store_gives_a_page_that_says_so(store: Store, browser: Any, tmp_path: Path) -> None:
    (page_file,) = write_html(store, tmp_path / "empty.html", ExportOptions())
    with visit(browser, page_file) as seen:
        assert seen.drawn_edges() == set()
        assert seen.page.locator("#status").inner_text().startswith("Nothing to show")
    assert seen.errors == []
