"""The merged graph as a networkx MultiDiGraph, for analysis in Python."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import networkx as nx

from geograph.records import DateWindow
from geograph.vocabulary import relations

if TYPE_CHECKING:
    from geograph.store import Store
    from geograph.store.reader import Level


def load_graph(
    store: Store,
    as_of: dt.date | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    level: Level = "actor",
) -> Any:
    """Return the merged graph through a date window as a ``networkx.MultiDiGraph``.

    Nodes are entity ids (attributes: label, type, wikidata, labels by language); edges are keyed by relation
    and carry the merged edge's fields. ``level="state"`` folds persons into the states they act for.
    """
    window = DateWindow(as_of=as_of, since=since, until=until)
    vocabulary = relations()
    graph = nx.MultiDiGraph()
    for edge in store.edges(window, level=level):
        rel = vocabulary[edge.relation]
        graph.add_edge(
            edge.subject,
            edge.object,
            key=edge.relation,
            relation=edge.relation,
            first_seen=edge.first_seen,
            last_seen=edge.last_seen,
            assertions=edge.assertions,
            articles=edge.articles,
            sources=edge.sources,
            modalities=dict(edge.modalities),
            confidence=edge.confidence,
            vias=list(edge.vias),
            disputed=edge.disputed,
            quad_class=rel.quad_class,
            cooperation=rel.cooperation,
            symmetric=rel.symmetric,
        )
    for entity in store.entities():
        if entity.id in graph:
            labels: dict[str, str] = {}
            for lang, label in entity.labels:
                labels.setdefault(lang, label)
            graph.add_node(entity.id, label=entity.label, type=entity.type, wikidata=entity.wikidata, labels=labels)
    return graph
