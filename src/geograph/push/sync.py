"""``geograph push``: send the store's graph to a SPARQL 1.1 server, then only what changed.

The first push to an (endpoint, graph) replaces the graph (Graph Store Protocol PUT). Later pushes retract
the resources that changed (SPARQL Update) and add the new statements (Graph Store Protocol POST). A server
without the Graph Store Protocol gets SPARQL Update ``INSERT DATA`` instead; a server without SPARQL Update
gets the whole graph again by PUT. The push log is written only once the server accepted everything, and
every request can be repeated without effect (RDF set semantics), so a failed push is simply retried.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, RdfFormat, Triple, serialize

from geograph.push.client import Auth, SparqlClient, Unsupported, endpoints
from geograph.push.delta import (
    MAPPING_KEY,
    Resource,
    article_ids,
    article_triples,
    resources,
    retract_articles,
    retract_changed,
    retract_removed,
)
from geograph.push.log import PushLog, log_path

if TYPE_CHECKING:
    from geograph.store import Store

_UPDATE_BATCH = 5000  # statements per INSERT DATA request when the server only speaks SPARQL Update


@dataclass(frozen=True, slots=True)
class PushResult:
    """What one push sent. ``method`` is ``graph-store`` or ``update``; ``replaced`` when the graph was
    rewritten whole (first push, ``full=True``, or a server that cannot delete)."""

    endpoint: str
    graph: str | None
    method: str
    replaced: bool
    articles: int
    resources: int
    retracted: int
    triples: int
    seconds: float

    def line(self) -> str:
        what = "replaced the graph with" if self.replaced else "added"
        return (
            f"pushed to {self.endpoint} ({self.graph or 'default graph'}) by {self.method}: {what} "
            f"{self.triples} statements ({self.articles} new articles, {self.resources} changed resources, "
            f"{self.retracted} retracted) in {self.seconds:.1f}s"
        )


@dataclass(frozen=True, slots=True)
class _Plan:
    replace: bool
    send: tuple[Resource, ...]
    articles: frozenset[str]
    retractions: tuple[str, ...]
    removed_keys: tuple[str, ...]
    removed_articles: frozenset[str]


class _NeedsReplace(Exception):
    """The server cannot delete: the push must rewrite the graph whole."""


def push(
    store: Store,
    endpoint: str,
    graph_iri: str | None = None,
    auth: tuple[str, str] | None = None,
    *,
    update_endpoint: str | None = None,
    full: bool = False,
    ontology: bool = True,
    log_file: Path | None = None,
) -> PushResult:
    """Send the store's graph to ``endpoint`` (the server's Graph Store Protocol URL, e.g. Oxigraph's
    ``http://host:7878/store``; the SPARQL Update URL is derived, or given as ``update_endpoint``).

    ``graph_iri`` None means the server's default graph. ``auth`` is (user, password) for HTTP basic auth.
    ``full`` replaces the graph whole even when the log says what the server holds. ``ontology`` also sends
    ``ontology/geograph.ttl``, so queries over the server see relation labels as local queries do.
    """
    started = time.perf_counter()
    if graph_iri is not None:
        NamedNode(graph_iri)  # raises ValueError for anything that is not an IRI: it is pasted into SPARQL
    client = SparqlClient(endpoints(endpoint, update_endpoint), Auth(*auth) if auth else None)
    log = PushLog(log_file or log_path(store.path))
    try:
        current = {resource.key: resource for resource in resources(store, ontology=ontology)}
        ids = article_ids(store)
        pushed = log.pushed(endpoint, graph_iri)
        # a server filled under another IRI mapping (sequential mention numbers before content-derived IRIs)
        # holds nodes the store no longer names: replace the graph rather than mix the two
        stale = MAPPING_KEY not in pushed.resources
        plan = _plan(current, ids, pushed.resources, pushed.articles, graph_iri, replace=full or pushed.empty or stale)
        try:
            method, triples = _send(client, store, graph_iri, plan)
        except _NeedsReplace:
            plan = _plan(current, ids, {}, frozenset(), graph_iri, replace=True)
            method, triples = _send(client, store, graph_iri, plan)
        log.record(
            endpoint,
            graph_iri,
            method=method,
            replaced=plan.replace,
            articles_added=plan.articles,
            articles_removed=plan.removed_articles,
            resources_set={resource.key: resource.digest for resource in plan.send},
            resources_removed=plan.removed_keys,
            triples=triples,
        )
    finally:
        log.close()
    return PushResult(
        endpoint=endpoint,
        graph=graph_iri,
        method=method,
        replaced=plan.replace,
        articles=len(plan.articles),
        resources=len(plan.send),
        retracted=len(plan.removed_keys) + len(plan.removed_articles),
        triples=triples,
        seconds=time.perf_counter() - started,
    )


def _plan(
    current: dict[str, Resource],
    ids: set[str],
    pushed_resources: dict[str, bytes],
    pushed_articles: frozenset[str],
    graph: str | None,
    *,
    replace: bool,
) -> _Plan:
    if replace:
        return _Plan(True, tuple(current.values()), frozenset(ids), (), (), frozenset())
    send = tuple(r for r in current.values() if pushed_resources.get(r.key) != r.digest)
    changed = [r for r in send if r.key in pushed_resources]
    removed_keys = tuple(key for key in pushed_resources if key not in current)
    removed_articles = pushed_articles - ids
    retractions = (
        *retract_articles(graph, sorted(removed_articles)),
        *retract_removed(graph, removed_keys),
        *retract_changed(graph, changed),
    )
    return _Plan(False, send, frozenset(ids - pushed_articles), retractions, removed_keys, removed_articles)


def _counted(triples: Iterable[Triple], counter: list[int]) -> Iterator[Triple]:
    for triple in triples:
        counter[0] += 1
        yield triple


def _send(client: SparqlClient, store: Store, graph: str | None, plan: _Plan) -> tuple[str, int]:
    """Send the plan; return the protocol that carried the statements and how many there were."""
    with tempfile.TemporaryDirectory(prefix="geograph-push-") as scratch:
        body = Path(scratch) / "statements.nt"
        counter = [0]
        statements = chain.from_iterable(resource.triples for resource in plan.send)
        with body.open("wb") as out:
            serialize(
                _counted(chain(statements, article_triples(store, plan.articles)), counter), out, RdfFormat.N_TRIPLES
            )
        if plan.replace:
            return _replace(client, graph, body), counter[0]
        for request in plan.retractions:
            try:
                client.update(request)
            except Unsupported as error:
                raise _NeedsReplace() from error
        if counter[0] == 0:
            return "graph-store", 0
        try:
            client.post_graph(graph, body)
            return "graph-store", counter[0]
        except Unsupported:
            _insert_by_update(client, graph, body)
            return "update", counter[0]


def _replace(client: SparqlClient, graph: str | None, body: Path) -> str:
    try:
        client.put_graph(graph, body)
        return "graph-store"
    except Unsupported:
        client.update(f"CLEAR SILENT GRAPH <{graph}>" if graph else "CLEAR SILENT DEFAULT")
        _insert_by_update(client, graph, body)
        return "update"


def _insert_by_update(client: SparqlClient, graph: str | None, body: Path) -> None:
    """``INSERT DATA`` in batches: N-Triples lines are valid SPARQL triples as they are."""
    batch: list[str] = []

    def flush() -> None:
        if not batch:
            return
        statements = "".join(batch)
        block = f"GRAPH <{graph}> {{\n{statements}}}" if graph else statements
        client.update(f"INSERT DATA {{\n{block}\n}}")
        batch.clear()

    with body.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                batch.append(line)
                if len(batch) >= _UPDATE_BATCH:
                    flush()
    flush()
