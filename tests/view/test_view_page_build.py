"""Building the page in Python: the model read from the store, the inert data block, the policy, the layout."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import webbrowser
from pathlib import Path

import numpy as np
import pytest

from conftest import NORTH_KOREA, RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.export import EXPORTERS, ExportOptions, export
from geograph.records import DateWindow
from geograph.store import Store
from geograph.view import write_and_open
from geograph.view.layout import force_layout
from geograph.view.model import read_model
from geograph.view.page import json_for_script, page_data, render_page


def fill(store: Store) -> None:
    run = store.begin_run("test")
    for name, day, source in (("a1", dt.date(2024, 1, 1), "Wire A"), ("a2", dt.date(2024, 2, 1), "WIRE A ")):
        article = make_article(name, published=day, source=source)
        store.add(make_extraction(article, make_assertion(article, UNITED_STATES, "sanctions", RUSSIA)), run=run)
    article = make_article("a3", published=dt.date(2024, 3, 1), source="Wire B")
    store.add(make_extraction(article, make_assertion(article, NORTH_KOREA, "meets", RUSSIA)), run=run)


def test_model_groups_assertions_into_the_stores_edges(store: Store) -> None:
    fill(store)
    model = read_model(store, DateWindow(), label_lang="fa")
    groups = {
        (model.nodes[e.subject].id, model.relations[e.relation].name, model.nodes[e.object].id) for e in model.edges
    }
    assert groups == {(e.subject, e.relation, e.object) for e in store.edges()}
    assert ("Q159", "meets", "Q423") in groups  # symmetric: smaller id first, as the store keeps it
    assert len(model.assertions) == 3
    labels = {n.id: n.label for n in model.nodes}
    assert labels == {"Q30": "United States", "Q159": "روسیه", "Q423": "کره شمالی"}  # no Persian label: English
    sources = {a.id: a.source for a in model.articles}
    assert sources["a1"].casefold() == sources["a2"].casefold() != sources["a3"].casefold()  # one wire, as spelled
    assert sources["a1"] == "Wire A"  # shown as written


def test_model_respects_the_export_window(store: Store) -> None:
    fill(store)
    model = read_model(store, DateWindow(as_of=dt.date(2024, 1, 15)))
    assert [a.seen for a in model.assertions] == [dt.date(2024, 1, 1)]
    assert {n.id for n in model.nodes} == {"Q30", "Q159"}


def test_json_for_script_cannot_close_its_element() -> None:
    hostile = {"t": "</script><script>alert(1)</script><!-- & \u2028\u2029 '\" `"}
    text = json_for_script(hostile)
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == hostile


def _inline_scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>\n", page, flags=re.S)


def test_page_policy_allows_only_its_own_scripts_and_no_requests(store: Store) -> None:
    fill(store)
    page = render_page(read_model(store, DateWindow()))
    (policy,) = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["img-src"] == "data:"
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in _inline_scripts(page)
    }
    assert len(hashes) == 2
    assert set(directives["script-src"].split()) == hashes  # no 'unsafe-inline', no host
    markup = re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.S)
    assert not re.search(r"\b(src|href)=", markup)
    assert "<link" not in markup


def test_every_page_carries_a_layout_and_says_whether_physics_runs(store: Store) -> None:
    fill(store)
    model = read_model(store, DateWindow())
    live, fixed = page_data(model, physics=True), page_data(model, physics=False)
    assert live["physics"] is True and fixed["physics"] is False
    assert live["nodes"] == fixed["nodes"]
    positions = {(n[6], n[7]) for n in fixed["nodes"]}
    assert len(positions) == len(model.nodes) and all(isinstance(x, float) for x, _ in positions)


def test_exporter_is_registered_and_writes_one_page(store: Store, tmp_path: Path) -> None:
    fill(store)
    written = export(store, "html", tmp_path / "g.html", ExportOptions(title="Sanctions & <friends>"))
    assert EXPORTERS["html"].extension == ".html"
    assert written == [tmp_path / "g.html"]
    text = written[0].read_text(encoding="utf-8")
    assert "<title>Sanctions &amp; &lt;friends&gt;</title>" in text


def test_write_and_open_hands_the_file_to_the_browser(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(store)
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    page = write_and_open(store, tmp_path / "out" / "view.html")
    assert page.is_file()
    assert opened == [page.resolve().as_uri()]


# --- layout -------------------------------------------------------------------------------------------


def _ring_of_cliques(cliques: int, size: int) -> list[tuple[int, int]]:
    edges = []
    for c in range(cliques):
        base = c * size
        edges += [(base + i, base + j) for i in range(size) for j in range(i + 1, size)]
        edges.append((base, ((c + 1) % cliques) * size))
    return edges


def test_layout_keeps_neighbours_close_and_components_apart() -> None:
    edges = _ring_of_cliques(12, 6)
    n = 12 * 6 + 10
    edges += [(72 + i, 72 + i + 1) for i in range(0, 10, 2)]  # five separate pairs
    pos = force_layout(n, edges, spacing=50.0)
    assert pos.shape == (n, 2) and np.isfinite(pos).all()
    linked = np.mean([np.linalg.norm(pos[a] - pos[b]) for a, b in edges])
    rng = np.random.default_rng(0)
    pairs = rng.integers(n, size=(400, 2))
    anywhere = np.mean([np.linalg.norm(pos[a] - pos[b]) for a, b in pairs if a != b])
    assert linked < anywhere / 2
    same_clique = np.mean([np.linalg.norm(pos[1] - pos[2]), np.linalg.norm(pos[7] - pos[8])])
    other_side = np.linalg.norm(pos[1] - pos[37])  # cliques 0 and 6 sit across the ring
    assert same_clique < other_side / 3
    distinct = {tuple(np.round(p, 3)) for p in pos}
    assert len(distinct) == n  # no two nodes on one spot
    assert np.array_equal(pos, force_layout(n, edges, spacing=50.0))  # deterministic


@pytest.mark.slow
def test_layout_of_ten_thousand_nodes_places_every_node() -> None:
    rng = np.random.default_rng(3)
    n = 10_000
    tree = [(int(rng.integers(v)), v) for v in range(1, n)]
    extra = [tuple(int(x) for x in rng.integers(n, size=2)) for _ in range(20_000)]
    pos = force_layout(n, tree + extra)  # its speed is measured by bench/html_bench.py
    assert pos.shape == (n, 2)
    assert np.isfinite(pos).all()
