"""What a push must send: the store's graph cut into resources and articles, and how to retract old versions.

The graph (``geograph.rdf.triples``) has two kinds of statements:

* per article, statements that never change once the article is stored: the article node and one mention
  node per assertion (with its ``gg:mention`` link from the event). They are sent once per article.
* merged resources that change as articles arrive: each event (counts, first/last seen), edge (its direct
  triple and its statement node), actor, run, and the ontology. Each is keyed and digested; one whose digest
  changed is retracted and sent again. Keys name content (a run by its content-derived key), like the IRIs.

Retracting a changed resource deletes, for each (subject, predicate) pair of its new statements, what the
server holds, so a count that went from 2 to 3 does not leave both values behind and links that belong to
another part of the graph (an event's ``gg:mention`` links, an actor's edges) are left alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, Triple, parse

from geograph.rdf import iris
from geograph.rdf.index import MAPPING_VERSION, ontology_file
from geograph.rdf.keys import StoreKeys
from geograph.rdf.positions import G_HOLDS_POSITION
from geograph.rdf.triples import (
    DC_IDENTIFIER,
    G_ARTICLE,
    G_MENTION,
    OWL_SAME_AS,
    RDF_TYPE,
    RDFS_LABEL,
    RELATION_PROPERTIES,
    SKOS_ALT,
    SKOS_PREF,
    SYMMETRIC,
    Actors,
    article_quads,
    edge_quads,
    entity_quads,
    event_quads,
    mention_quads,
    run_quads,
    undated_mentions,
)

if TYPE_CHECKING:
    from geograph.store import Store

_DEFAULT = DefaultGraph()
_ENTITY_PREDICATES = (RDF_TYPE, DC_IDENTIFIER, RDFS_LABEL, OWL_SAME_AS, SKOS_PREF, SKOS_ALT, G_HOLDS_POSITION)
_POSITION_PREFIX = iris.position_iri("", "").removesuffix("/")  # .../position/


@dataclass(frozen=True, slots=True)
class Resource:
    """One merged resource's statements as the store has them now."""

    key: str
    triples: tuple[Triple, ...]

    @property
    def digest(self) -> bytes:
        lines = sorted(str(triple) for triple in self.triples)
        return hashlib.blake2b("\n".join(lines).encode("utf-8"), digest_size=16).digest()


MAPPING_KEY = f"mapping:{MAPPING_VERSION}"


def resources(store: Store, *, ontology: bool = True) -> Iterator[Resource]:
    """Every merged resource of the store's whole graph (no date window), keyed; first a marker of the IRI and
    triple mapping, so a log written under another mapping is seen as stale (:data:`MAPPING_KEY`)."""
    yield Resource(MAPPING_KEY, ())
    actors = Actors()
    keys = StoreKeys(store)
    by_run: dict[str, list[Triple]] = {}
    for quad in run_quads(store, keys):
        by_run.setdefault(str(quad.subject), []).append(quad.triple)
    for run in store.runs():
        key = keys.runs[run.id]
        yield Resource(f"run:{key}", tuple(by_run.get(str(NamedNode(iris.run_iri(key))), ())))
    events = list(store.events())
    undated = undated_mentions(events)
    for edge in store.edges():
        yield Resource(
            f"edge:{edge.subject}\t{edge.relation}\t{edge.object}",
            tuple(q.triple for q in edge_quads([edge], actors, undated)),
        )
    for event in events:
        yield Resource(f"event:{event.id}", tuple(q.triple for q in event_quads([event], actors)))
    positions_sent: set[Triple] = set()  # an office held by several persons is described once
    for entity in store.entities():
        statements: list[Triple] = []
        for quad in entity_quads([entity], actors):
            if isinstance(quad.subject, NamedNode) and quad.subject.value.startswith(_POSITION_PREFIX):
                if quad.triple in positions_sent:
                    continue
                positions_sent.add(quad.triple)
            statements.append(quad.triple)
        yield Resource(f"entity:{entity.id}", tuple(statements))
    if ontology:
        with ontology_file().open("rb") as handle:
            yield Resource("ontology", tuple(quad.triple for quad in parse(handle, RdfFormat.TURTLE)))


def article_triples(store: Store, article_ids: Iterable[str]) -> Iterator[Triple]:
    """The statements of these articles: their nodes, sources, mentions and the events' links to them."""
    wanted = set(article_ids)
    if not wanted:
        return
    articles = store.articles_by_id(sorted(wanted))
    for quad in article_quads(articles.values(), lambda _article: _DEFAULT):
        yield quad.triple
    mentions = (a for a in store.assertions() if a.article in wanted)
    for quad in mention_quads(mentions, lambda _assertion: _DEFAULT, StoreKeys(store)):
        yield quad.triple


def article_ids(store: Store) -> set[str]:
    return {article.id for article in store.articles()}


# --- SPARQL Update text ------------------------------------------------------------------------------------


def _in_graph(graph: str | None, pattern: str) -> str:
    return f"GRAPH <{graph}> {{ {pattern} }}" if graph else pattern


def _values(pairs: Iterable[tuple[NamedNode, NamedNode]]) -> str:
    return " ".join(f"({subject} {predicate})" for subject, predicate in pairs)


def retract_changed(graph: str | None, changed: Iterable[Resource]) -> Iterator[str]:
    """Update requests deleting what the server holds for these resources' (subject, predicate) pairs;
    an edge's direct triples, known from its key alone, are deleted exactly (an actor's other edges stay)."""
    pairs: set[tuple[NamedNode, NamedNode]] = set()
    exact: list[Triple] = []
    for resource in changed:
        if resource.key.startswith("edge:"):
            exact.extend(edge_statements(resource.key))
            node = edge_node(resource.key)
            pairs.update((node, t.predicate) for t in resource.triples if t.subject == node)
            continue
        pairs.update((t.subject, t.predicate) for t in resource.triples if isinstance(t.subject, NamedNode))
    ordered = sorted(pairs, key=lambda pair: (pair[0].value, pair[1].value))
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        pattern = "?s ?p ?o"
        yield (
            f"DELETE {{ {_in_graph(graph, pattern)} }} WHERE {{ "
            f"{_in_graph(graph, f'VALUES (?s ?p) {{ {_values(chunk)} }} ?s ?p ?o')} }}"
        )
    for start in range(0, len(exact), 2000):
        body = " ".join(f"{triple} ." for triple in exact[start : start + 2000])
        yield f"DELETE DATA {{ {_in_graph(graph, body)} }}"


def edge_statements(key: str) -> list[Triple]:
    """The statements an edge key can have produced: the direct edge, and its mirror for symmetric ones."""
    subject_id, relation, object_id = key.removeprefix("edge:").split("\t")
    prop = RELATION_PROPERTIES.get(relation)
    if prop is None:
        return []
    subject, obj = NamedNode(iris.actor_iri(subject_id)), NamedNode(iris.actor_iri(object_id))
    triples = [Triple(subject, prop, obj)]
    if relation in SYMMETRIC and subject_id != object_id:
        triples.append(Triple(obj, prop, subject))
    return triples


def edge_node(key: str) -> NamedNode:
    """The statement node of the edge of an edge key."""
    subject_id, relation, object_id = key.removeprefix("edge:").split("\t")
    return NamedNode(iris.edge_iri(subject_id, relation, object_id))


def retract_removed(graph: str | None, keys: Iterable[str]) -> Iterator[str]:
    """Update requests deleting resources the store no longer has (a run or its articles retracted)."""
    for key in keys:
        kind, _, ident = key.partition(":")
        if kind == "edge":
            body = " ".join(f"{triple} ." for triple in edge_statements(key))
            if body:
                yield f"DELETE DATA {{ {_in_graph(graph, body)} }}"
            node = edge_node(key)
            yield f"DELETE WHERE {{ {_in_graph(graph, f'{node} ?p ?o')} }}"
            continue
        if kind == "event":
            node = NamedNode(iris.event_iri(ident))
        elif kind == "run":
            node = NamedNode(iris.run_iri(ident))  # a content key (a push log from before: the run's number)
        elif kind == "entity":
            node = NamedNode(iris.actor_iri(ident))
            predicates = " ".join(str(p) for p in _ENTITY_PREDICATES)
            pattern = f"VALUES ?p {{ {predicates} }} {node} ?p ?o"
            yield f"DELETE {{ {_in_graph(graph, f'{node} ?p ?o')} }} WHERE {{ {_in_graph(graph, pattern)} }}"
            continue
        else:
            continue
        yield f"DELETE WHERE {{ {_in_graph(graph, f'{node} ?p ?o')} }}"


def retract_articles(graph: str | None, removed: Iterable[str]) -> Iterator[str]:
    """Update requests deleting articles the store no longer has, with their mentions and event links."""
    for article_id in removed:
        node = NamedNode(iris.article_iri(article_id))
        template = f"?m ?p ?o . ?e {G_MENTION} ?m"
        pattern = f"?m {G_ARTICLE} {node} . ?m ?p ?o . OPTIONAL {{ ?e {G_MENTION} ?m }}"
        yield f"DELETE {{ {_in_graph(graph, template)} }} WHERE {{ {_in_graph(graph, pattern)} }}"
        yield f"DELETE WHERE {{ {_in_graph(graph, f'{node} ?p ?o')} }}"
