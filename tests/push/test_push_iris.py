"""Two stores pushed to one real Oxigraph server: content-derived IRIs never collide, and a store rebuilt from
scratch (its articles in another order) pushes exactly the IRIs the first build pushed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from push_data import local_triples
from sparql_servers import Server, oxigraph_command, oxigraph_server

from conftest import NORTH_KOREA, PUTIN, RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.push import log_path, push
from geograph.records import Extraction
from geograph.store import Store

pytestmark = pytest.mark.skipif(oxigraph_command() is None, reason="the oxigraph CLI is not installed")

LEFT, RIGHT, REBUILT = (f"https://example.org/graph/{name}" for name in ("left", "right", "rebuilt"))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with oxigraph_server(tmp_path / "oxigraph") as running:
        yield running


def _extractions(prefix: str) -> list[Extraction]:
    out = []
    for number in range(3):
        article = make_article(f"{prefix}{number}", published=dt.date(2024, 6, 1 + number), source=f"{prefix} wire")
        out.append(
            make_extraction(
                article,
                make_assertion(article, UNITED_STATES, "sanctions", RUSSIA),
                make_assertion(article, PUTIN, "visits", NORTH_KOREA),
            )
        )
    return out


def _build(path: Path, extractions: Sequence[Extraction]) -> Store:
    store = Store.open(path)
    run = store.begin_run("ingest", extractor="geograph-test 1")
    for extraction in extractions:
        store.add(extraction, run=run)
    return store


def _iris(server: Server, graph: str, kind: str) -> set[str]:
    rows = server.select(
        f"SELECT DISTINCT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
        f'FILTER(STRSTARTS(STR(?s), "https://w3id.org/geograph/id/{kind}/")) }}'
    )
    return {row["s"] for row in rows}


def test_two_stores_and_a_rebuild_on_one_server(tmp_path: Path, server: Server) -> None:
    left, right = _build(tmp_path / "left.db", _extractions("l")), _build(tmp_path / "right.db", _extractions("r"))
    rebuilt = _build(tmp_path / "rebuilt.db", list(reversed(_extractions("l"))))
    try:
        for store, graph in ((left, LEFT), (right, RIGHT), (rebuilt, REBUILT)):
            push(store, server.store, graph)
    finally:
        for store in (left, right, rebuilt):
            store.close()
    for kind in ("mention", "run", "article"):
        assert _iris(server, LEFT, kind) and not _iris(server, LEFT, kind) & _iris(server, RIGHT, kind), kind
        assert _iris(server, REBUILT, kind) == _iris(server, LEFT, kind), kind
    # no IRI describes two things: every mention has one article and one sentence across the whole server
    rows = server.select(
        "PREFIX gg: <https://w3id.org/geograph/ontology#> SELECT ?m (COUNT(DISTINCT ?a) AS ?n) WHERE "
        "{ GRAPH ?g { ?m gg:article ?a } } GROUP BY ?m"
    )
    assert len(rows) == 12 and {row["n"] for row in rows} == {"1"}
    # what is the same in both stores is named alike: the actors, the edge, the events of the same day
    assert _iris(server, LEFT, "edge") == _iris(server, RIGHT, "edge")
    assert _iris(server, LEFT, "actor") == _iris(server, RIGHT, "actor")


def test_a_graph_pushed_under_the_old_iris_is_replaced_not_mixed(tmp_path: Path, server: Server) -> None:
    store = _build(tmp_path / "store.db", _extractions("l")[:2])
    try:
        push(store, server.store, LEFT)
        # what a log written before content-derived IRIs looks like: no mapping marker among its resources
        with sqlite3.connect(log_path(store.path)) as log:
            log.execute("DELETE FROM pushed_resources WHERE key LIKE 'mapping:%'")
        store.add(_extractions("l")[2], run=store.begin_run("more", extractor="geograph-test 1"))
        again = push(store, server.store, LEFT)
        assert again.replaced
        assert server.graph_triples(LEFT) == local_triples(store)
        assert not push(store, server.store, LEFT).replaced  # and from then on, increments
    finally:
        store.close()
