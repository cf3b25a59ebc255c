"""Notebook use: the same page inline in a sandboxed frame, and a pyvis network with every text escaped."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from conftest import NORTH_KOREA, PUTIN, RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.notebook import page_frame, show, to_pyvis
from geograph.records import Actor, DateWindow, Entity, Extraction
from geograph.store import Store
from geograph.view.model import read_model
from geograph.view.page import render_page

EVIL = Actor("local:evil", '<img src=x onerror="alert(1)">Evil', "armed_group")


def fill(store: Store) -> None:
    run = store.begin_run("test")
    first = make_article("a1", published=dt.date(2024, 6, 19), source="Wire A")
    second = make_article("a2", published=dt.date(2024, 6, 20), source="Wire B")
    store.add(
        make_extraction(
            first,
            make_assertion(first, PUTIN, "visits", NORTH_KOREA),
            make_assertion(first, UNITED_STATES, "sanctions", RUSSIA),
        ),
        run=run,
    )
    store.add(
        Extraction(
            article=second,
            assertions=(
                make_assertion(second, UNITED_STATES, "sanctions", RUSSIA),
                make_assertion(second, EVIL, "attacks", RUSSIA),
            ),
            entities=(Entity(EVIL.id, "armed_group", EVIL.label, None), Entity(RUSSIA.id, "state", "Russia", "Q159")),
        ),
        run=run,
    )


def test_show_puts_the_same_page_in_a_sandboxed_frame(store: Store) -> None:
    fill(store)
    shown = show(store, label_lang="fa")
    frame = shown.data
    assert frame.startswith('<div class="geograph"><iframe sandbox="allow-scripts" ')
    assert "allow-same-origin" not in frame  # the page cannot reach the notebook
    srcdoc = re.search(r'srcdoc="([^"]*)"', frame)
    assert srcdoc is not None
    page = html.unescape(srcdoc.group(1))
    assert page == render_page(read_model(store, DateWindow(), label_lang="fa"))
    assert 'dir="rtl"' in page and "Content-Security-Policy" in page


def test_the_frame_cannot_be_broken_out_of(store: Store) -> None:
    frame = page_frame('"></iframe><script>alert(1)</script>')
    assert "<script>" not in frame and frame.count("<iframe") == 1 and frame.endswith("></iframe>")


def test_to_pyvis_gives_the_merged_graph_with_escaped_titles(store: Store) -> None:
    pytest.importorskip("pyvis")
    fill(store)
    net = to_pyvis(store)
    labels = {node["label"] for node in net.nodes}
    assert labels == {"Vladimir Putin", "North Korea", "United States", "Russia", EVIL.label}
    relations = sorted(edge["relation"] for edge in net.edges)
    assert relations == ["attacks", "sanctions", "visits"]  # one edge per merged (subject, relation, object)
    sanctions = next(edge for edge in net.edges if edge["relation"] == "sanctions")
    assert sanctions["title"].endswith("2 report(s)")
    titles = " ".join(str(item["title"]) for item in [*net.nodes, *net.edges])
    assert "<img" not in titles and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Evil" in titles


def test_to_pyvis_takes_a_window(store: Store) -> None:
    pytest.importorskip("pyvis")
    fill(store)
    early = to_pyvis(store, window=DateWindow(as_of=dt.date(2024, 6, 19)))
    assert sorted(edge["relation"] for edge in early.edges) == ["sanctions", "visits"]
