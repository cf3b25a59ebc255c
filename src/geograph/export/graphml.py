"""``--format graphml``: the merged graph for Gephi, yEd or networkx, with node and edge attributes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from geograph.export import ExportOptions, register
from geograph.export.graph_rows import EdgeRow, NodeRow, graph_rows
from geograph.export.xml_text import attribute, text

if TYPE_CHECKING:
    from typing import TextIO

    from geograph.store import Store

# (key id, owner, attribute name, GraphML type)
KEYS = (
    ("label", "node", "label", "string"),
    ("type", "node", "type", "string"),
    ("wikidata", "node", "wikidata", "string"),
    ("n_first", "node", "first_seen", "string"),
    ("n_last", "node", "last_seen", "string"),
    ("relation", "edge", "relation", "string"),
    ("e_label", "edge", "label", "string"),
    ("quad_class", "edge", "quad_class", "int"),
    ("cooperation", "edge", "cooperation", "boolean"),
    ("assertions", "edge", "assertions", "int"),
    ("articles", "edge", "articles", "int"),
    ("sources", "edge", "sources", "int"),
    ("confidence", "edge", "confidence", "double"),
    ("e_first", "edge", "first_seen", "string"),
    ("e_last", "edge", "last_seen", "string"),
    ("asserted", "edge", "asserted", "int"),
    ("disputed", "edge", "disputed", "boolean"),
    ("weight", "edge", "weight", "double"),
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
    for key, value in (
        ("relation", edge.relation),
        ("e_label", edge.relation_label),
        ("quad_class", edge.quad_class),
        ("cooperation", edge.cooperation),
        ("assertions", edge.assertions),
        ("articles", edge.articles),
        ("sources", edge.sources),
        ("confidence", round(edge.confidence, 4)),
        ("e_first", edge.first_seen),
        ("e_last", edge.last_seen),
        ("asserted", edge.asserted),
        ("disputed", edge.disputed),
        ("weight", float(edge.sources)),
    ):
        _data(out, key, value)
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
