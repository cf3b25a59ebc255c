"""The merged graph as flat node and edge rows, shared by the GraphML, GEXF and CSV exporters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geograph.records import MODALITIES, DateWindow, Edge, Entity, Modality
from geograph.vocabulary import relation

if TYPE_CHECKING:
    from geograph.store import Store


@dataclass(frozen=True, slots=True)
class NodeRow:
    id: str
    label: str
    type: str
    wikidata: str | None
    first_seen: dt.date | None  # over the node's edges; Gephi's timeline shows the node from then on
    last_seen: dt.date | None
    degree: int


@dataclass(frozen=True, slots=True)
class EdgeRow:
    source: str
    target: str
    relation: str
    relation_label: str
    quad_class: int
    cooperation: bool
    assertions: int
    articles: int
    sources: int
    confidence: float
    first_seen: dt.date | None
    last_seen: dt.date | None
    modalities: tuple[tuple[Modality, int], ...]  # every modality, in MODALITIES order, zeros included
    disputed: bool
    vias: tuple[str, ...]

    @property
    def asserted(self) -> int:
        return dict(self.modalities)["asserted"]


# The merged edge's attributes that the graph file formats (GEXF, GraphML) carry: name, XML Schema type, value.
EDGE_ATTRIBUTES: tuple[tuple[str, str, Callable[[EdgeRow], object]], ...] = (
    ("relation", "string", lambda edge: edge.relation),
    ("quad_class", "integer", lambda edge: edge.quad_class),
    ("cooperation", "boolean", lambda edge: edge.cooperation),
    ("assertions", "integer", lambda edge: edge.assertions),
    ("articles", "integer", lambda edge: edge.articles),
    ("sources", "integer", lambda edge: edge.sources),
    ("confidence", "double", lambda edge: round(edge.confidence, 4)),
    ("asserted", "integer", lambda edge: edge.asserted),
    ("disputed", "boolean", lambda edge: edge.disputed),
    ("first_seen", "string", lambda edge: edge.first_seen),
    ("last_seen", "string", lambda edge: edge.last_seen),
)


@dataclass(frozen=True, slots=True)
class GraphRows:
    nodes: tuple[NodeRow, ...]
    edges: tuple[EdgeRow, ...]


def _label(entity: Entity, lang: str) -> str:
    for label_lang, label in entity.labels:
        if label_lang == lang:
            return label
    return entity.label


def _edge_row(edge: Edge, lang: str) -> EdgeRow:
    rel = relation(edge.relation)
    counts = dict(edge.modalities)
    return EdgeRow(
        source=edge.subject,
        target=edge.object,
        relation=edge.relation,
        relation_label=rel.label(lang),
        quad_class=rel.quad_class,
        cooperation=rel.cooperation,
        assertions=edge.assertions,
        articles=edge.articles,
        sources=edge.sources,
        confidence=edge.confidence,
        first_seen=edge.first_seen,
        last_seen=edge.last_seen,
        modalities=tuple((m, counts.get(m, 0)) for m in MODALITIES),
        disputed=edge.disputed,
        vias=edge.vias,
    )


def _earlier(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return b if a is None else a if b is None else min(a, b)


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return b if a is None else a if b is None else max(a, b)


def graph_rows(store: Store, window: DateWindow, lang: str = "en") -> GraphRows:
    """Edges through ``window`` and the actors they connect (labels in ``lang`` where known)."""
    edges = tuple(_edge_row(edge, lang) for edge in store.edges(window))
    spans: dict[str, tuple[dt.date | None, dt.date | None, int]] = {}
    for edge in edges:
        for node in {edge.source, edge.target}:
            first, last, degree = spans.get(node, (None, None, 0))
            spans[node] = (_earlier(first, edge.first_seen), _later(last, edge.last_seen), degree + 1)
    nodes = []
    for entity in store.entities():
        if entity.id in spans:
            first, last, degree = spans[entity.id]
            nodes.append(NodeRow(entity.id, _label(entity, lang), entity.type, entity.wikidata, first, last, degree))
    return GraphRows(tuple(sorted(nodes, key=lambda n: n.id)), edges)
