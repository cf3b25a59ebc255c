"""Pushing a store to a real Oxigraph server on loopback: whole graph, increments, and retries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from push_data import GRAPH, add_article, local_triples
from pyoxigraph import Literal, NamedNode
from sparql_servers import Server, failing_proxy, oxigraph_command, oxigraph_server

from geograph.ingestion import ingest
from geograph.push import PushError, PushLog, log_path, push
from geograph.rdf import Iri, actor, library_query, query
from geograph.rdf import library as library_queries
from geograph.rdf.namespace import PREFIXES
from geograph.rdf.sparql import ParameterValue, substitute
from geograph.read import ReadOptions, read_inputs
from geograph.store import Store

pytestmark = pytest.mark.skipif(oxigraph_command() is None, reason="the oxigraph CLI is not installed")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with oxigraph_server(tmp_path / "oxigraph") as running:
        yield running


def test_first_push_puts_the_whole_graph(store: Store, server: Server) -> None:
    add_article(store, 1)
    result = push(store, server.store, GRAPH)
    assert result.replaced and result.method == "graph-store"
    assert server.graph_triples(GRAPH) == local_triples(store)
    assert result.triples == len(local_triples(store))


def test_remote_answers_match_local_query(store: Store, server: Server) -> None:
    add_article(store, 1)
    add_article(store, 2)
    push(store, server.store)  # the default graph, where local queries look too
    sparql = (
        "SELECT ?s ?o (SUM(?n) AS ?total) WHERE { ?e a gg:SanctionsEvent ; gg:actor ?s ; gg:target ?o ; "
        "gg:mentionCount ?n } GROUP BY ?s ?o"
    )
    prefixes = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
    remote = {(row["s"], row["o"], int(row["total"])) for row in server.select(prefixes + sparql)}
    local = {tuple(row) for row in query(store, sparql).values()}
    assert remote == local == {(f"{PREFIXES['actor']}Q30", f"{PREFIXES['actor']}Q159", 2)}
    # a ready-made query of queries/, with labels from the actors and aggregates over events
    library = library_query("who_sanctions_whom")
    local_rows = [tuple(cell.value if cell else None for cell in row) for row in query(store, library.text).rows]
    remote_rows = [tuple(row.get(name) for name in library_vars(library.text)) for row in server.select(library.text)]
    assert local_rows and remote_rows == local_rows


def library_vars(sparql: str) -> list[str]:
    """The projected variables of a SELECT, in order."""
    head = sparql[sparql.index("SELECT") + len("SELECT") : sparql.index("WHERE")]
    return [word[1:] for word in head.split() if word.startswith("?")]


def test_second_push_sends_only_what_changed(store: Store, server: Server) -> None:
    add_article(store, 1)
    first = push(store, server.store, GRAPH)
    add_article(store, 2, modality="alleged")  # the same events again: their counts change
    second = push(store, server.store, GRAPH)
    assert not second.replaced
    assert second.articles == 1
    assert 0 < second.triples < first.triples
    # no stale counts or duplicated statements: the server's graph is exactly the store's
    assert server.graph_triples(GRAPH) == local_triples(store)
    third = push(store, server.store, GRAPH)
    assert (third.articles, third.resources, third.triples) == (0, 0, 0)
    with PushLog(log_path(store.path)) as log:
        assert [record.articles for record in log.history(server.store, GRAPH)] == [1, 1, 0]


def test_push_logs_are_kept_per_graph(store: Store, server: Server) -> None:
    add_article(store, 1)
    push(store, server.store, GRAPH)
    other = push(store, server.store, GRAPH + "/copy")
    assert other.replaced  # nothing was pushed to this graph yet
    assert server.graph_triples(GRAPH + "/copy") == server.graph_triples(GRAPH) == local_triples(store)


def test_failed_push_is_retried_without_duplicates(store: Store, server: Server) -> None:
    failing = {"on": False}

    def fail(method: str, path: str) -> bool:  # adding statements fails; retractions go through
        return failing["on"] and method == "POST" and path.startswith("/store")

    with failing_proxy(server.base, fail) as (proxy, seen):
        endpoint = f"{proxy}/store"
        add_article(store, 1)
        push(store, endpoint, GRAPH)
        add_article(store, 2)
        failing["on"] = True
        with pytest.raises(PushError, match="503"):
            push(store, endpoint, GRAPH)
        assert any(path.startswith("/update") and status < 300 for _method, path, status in seen)
        assert server.graph_triples(GRAPH) != local_triples(store)  # half done: old counts gone, nothing added
        with PushLog(log_path(store.path)) as log:
            assert len(log.history(endpoint, GRAPH)) == 1  # the failed push was not recorded
        failing["on"] = False
        again = push(store, endpoint, GRAPH)
    assert again.articles == 1 and not again.replaced
    assert server.graph_triples(GRAPH) == local_triples(store)


def test_unreachable_server_marks_nothing(store: Store, tmp_path: Path) -> None:
    add_article(store, 1)
    with oxigraph_server(tmp_path / "ox") as running:
        dead = running.store
    with pytest.raises(PushError):
        push(store, dead, GRAPH)
    with PushLog(log_path(store.path)) as log:
        assert log.history(dead, GRAPH) == []
        assert log.pushed(dead, GRAPH).empty


DEMO = Path(__file__).resolve().parents[2] / "data" / "articles"
PARAMETERS: dict[str, dict[str, ParameterValue]] = {
    "actor_timeline": {"actor": actor("Q159")},
    "alliances_as_of": {"asOf": dt.date(2024, 12, 31)},
    "confirmed_events": {"min_sources": 1},
    "corroborated_edges": {"min_sources": 1},
    "state_actions": {"state": actor("Q159")},
}


def remote_term(value: ParameterValue) -> NamedNode | Literal:
    if isinstance(value, Iri):
        return NamedNode(value.value)
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    assert isinstance(value, int)
    return Literal(str(value), datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


def test_demo_store_answers_the_query_library_alike(store: Store, server: Server) -> None:
    summary = ingest(read_inputs([str(DEMO)], ReadOptions()), store)
    assert summary.assertions > 0
    push(store, server.store)
    assert server.graph_triples(None) == local_triples(store)
    answered = 0
    for name, library in sorted(library_queries().items()):
        if library.online:
            continue
        values = PARAMETERS.get(name, {})
        local = query(store, library.text, parameters=values)
        remote = server.select(substitute(library.text, {k: remote_term(v) for k, v in values.items()}))
        local_rows = sorted(tuple(cell.value if cell else "" for cell in row) for row in local.rows)
        remote_rows = sorted(tuple(row.get(variable, "") for variable in local.variables) for row in remote)
        assert remote_rows == local_rows, name
        answered += bool(local_rows)
    assert answered >= 3  # most ready-made queries have answers on the demo store
