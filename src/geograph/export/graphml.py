"""``--format graphml``: the merged graph for Gephi, yEd or networkx, with node and edge attributes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from geograph.export import ExportOptions, register
from geograph.export.graph_rows import EDGE_ATTRIBUTES, EdgeRow, NodeRow, graph_rows
from geograph.export.xml_text import attribute, text

if TYPE_CHECKING:
    from typing import TextIO

    from geograph.store import Store

# GraphML key ids are one namespace for nodes and edges: the edge's dates get their own ids.
_EDGE_KEY_IDS = {"first_seen": "e_first", "last_seen": "e_last"}
_GRAPHML_TYPES = {"integer": "int"}
# (key id, attribute name, GraphML type, value) of an edge: its label, the shared attributes, and the weight
# Gephi reads
_EDGE_DATA: tuple[tuple[str, str, str, Callable[[EdgeRow], object]], ...] = (
    ("e_label", "label", "string", lambda edge: edge.relation_label),
    *(
        (_EDGE_KEY_IDS.get(name, name), name, _GRAPHML_TYPES.get(kind, kind), value_of)
        for name, kind, value_of in EDGE_ATTRIBUTES
    ),
    ("weight", "weight", "double", lambda edge: float(edge.sources)),
)
# (key id, owner, attribute name, GraphML type)
KEYS = (
    ("label", "node", "label", "string"),
    ("type", "node", "type", "string"),
    ("wikidata", "node", "wikidata", "string"),
    ("n_first", "node", "first_seen", "string"),
    ("n_last", "node", "last_seen", "string"),
    *((key, "edge", name, kind) for key, name, kind, _ in _EDGE_DATA),
)


def _data(out: TextIO, key: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        value = "true" if value else "false"
    out.write(f'      <data key="{key}">{text(str(value))}</data>\n')


def _node(out: TextIO, node: NodeRow) -> None:
    out.write(f"    <node id={attribute(node.id)}>\n")
    for key, value in (
        ("label", node.label),
        ("type", node.type),
        ("wikidata", node.wikidata),
        ("n_first", node.first_seen),
        ("n_last", node.last_seen),
    ):
        _data(out, key, value)
    out.write("    </node>\n")


def _edge(out: TextIO, number: int, edge: EdgeRow) -> None:
    out.write(f'    <edge id="e{number}" source={attribute(edge.source)} target={attribute(edge.target)}>\n')
    for key, _, _, value_of in _EDGE_DATA:
        _data(out, key, value_of(edge))
    out.write("    </edge>\n")


@register("graphml", ".graphml", "GraphML for Gephi, yEd, networkx: actors and merged edges with their attributes")
def write_graphml(store: Store, dest: Path, options: ExportOptions) -> list[Path]:
    rows = graph_rows(store, options.window, options.label_lang)
    with dest.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
            ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
            ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
            ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
        )
        for key, owner, name, kind in KEYS:
            out.write(f'  <key id="{key}" for="{owner}" attr.name="{name}" attr.type="{kind}"/>\n')
        out.write(f'  <graph id={attribute(options.title)} edgedefault="directed">\n')
        for node in rows.nodes:
            _node(out, node)
        for number, edge in enumerate(rows.edges):
            _edge(out, number, edge)
        out.write("  </graph>\n</graphml>\n")
    return [dest]
