"""The push tests' core against Debian's Virtuoso, where it is installed (virtuoso-opensource-7-bin).

Virtuoso rewrites some literals its own way (numbers, dates), so these tests compare meaning (query answers,
statement counts) rather than N-Triples text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from push_data import GRAPH, add_article, local_triples
from sparql_servers import Server, virtuoso_commands, virtuoso_server

from geograph.push import push
from geograph.rdf import query
from geograph.rdf.namespace import PREFIXES
from geograph.store import Store

pytestmark = [
    pytest.mark.skipif(virtuoso_commands() is None, reason="Virtuoso (virtuoso-opensource-7-bin) is not installed"),
    pytest.mark.slow,
]

SANCTIONS = (
    "SELECT ?s ?o (SUM(?n) AS ?total) WHERE { {graph} ?e a gg:SanctionsEvent ; gg:actor ?s ; gg:target ?o ; "
    "gg:mentionCount ?n {end} } GROUP BY ?s ?o"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as running:
        yield running


def remote_answer(server: Server, graph: str) -> set[tuple[str, str, int]]:
    prefixes = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
    sparql = SANCTIONS.replace("{graph}", f"GRAPH <{graph}> {{").replace("{end}", "}")
    return {(row["s"], row["o"], int(row["total"])) for row in server.select(prefixes + sparql)}


def local_answer(store: Store) -> set[tuple[object, ...]]:
    return {tuple(row) for row in query(store, SANCTIONS.replace("{graph}", "").replace("{end}", "")).values()}


def count(server: Server, graph: str) -> int:
    rows = server.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"])


def test_push_and_increment_against_virtuoso(store: Store, server: Server, tmp_path: Path) -> None:
    graph = GRAPH + "/virtuoso"
    add_article(store, 1)
    first = push(store, server.store, graph)
    assert first.replaced
    assert remote_answer(server, graph) == local_answer(store) != set()
    assert count(server, graph) == len(local_triples(store))
    add_article(store, 2, modality="alleged")
    second = push(store, server.store, graph)
    assert not second.replaced and second.articles == 1
    assert remote_answer(server, graph) == local_answer(store)
    assert count(server, graph) == len(local_triples(store))  # no stale counts, nothing twice
    assert push(store, server.store, graph).triples == 0
