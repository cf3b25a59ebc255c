"""``--format gexf``: GEXF 1.3 for Gephi, dynamic, so Gephi's timeline shows each edge from the first to the
last date it was reported (and each actor from its first edge on)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from geograph.export import ExportOptions, register
from geograph.export.graph_rows import EDGE_ATTRIBUTES, EdgeRow, NodeRow, graph_rows
from geograph.export.xml_text import attribute, text

if TYPE_CHECKING:
    from typing import TextIO

    from geograph.store import Store

NODE_ATTRIBUTES = (("type", "string"), ("wikidata", "string"), ("degree", "integer"))


def _spell(first: dt.date | None, last: dt.date | None) -> str:
    out = ""
    if first is not None:
        out += f' start="{first.isoformat()}"'
    if last is not None:
        out += f' end="{last.isoformat()}"'
    return out


def _attvalues(out: TextIO, values: tuple[tuple[str, object], ...]) -> None:
    out.write("        <attvalues>\n")
    for key, value in values:
        if value is None:
            continue
        shown = ("true" if value else "false") if isinstance(value, bool) else str(value)
        out.write(f'          <attvalue for="{key}" value={attribute(shown)}/>\n')
    out.write("        </attvalues>\n")


def _node(out: TextIO, node: NodeRow) -> None:
    out.write(f"      <node id={attribute(node.id)} label={attribute(node.label)}{_spell(node.first_seen, None)}>\n")
    _attvalues(out, (("type", node.type), ("wikidata", node.wikidata), ("degree", node.degree)))
    out.write("      </node>\n")


def _edge(out: TextIO, number: int, edge: EdgeRow) -> None:
    out.write(
        f'      <edge id="{number}" source={attribute(edge.source)} target={attribute(edge.target)}'
        f' label={attribute(edge.relation_label)} kind={attribute(edge.relation)} weight="{edge.sources}"'
        f"{_spell(edge.first_seen, edge.last_seen)}>\n"
    )
    _attvalues(out, tuple((name, value_of(edge)) for name, _, value_of in EDGE_ATTRIBUTES))
    out.write("      </edge>\n")


@register("gexf", ".gexf", "GEXF 1.3 for Gephi, dynamic: the timeline shows edges between first and last report")
def write_gexf(store: Store, dest: Path, options: ExportOptions) -> list[Path]:
    rows = graph_rows(store, options.window, options.label_lang)
    with dest.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(
            '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
            ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
        )
        out.write(
            f'  <meta lastmodifieddate="{dt.date.today().isoformat()}">\n'
            f"    <creator>geograph</creator>\n    <description>{text(options.title)}</description>\n"
            "  </meta>\n"
        )
        out.write('  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n')
        edge_attributes = tuple((name, kind) for name, kind, _ in EDGE_ATTRIBUTES)
        for owner, attributes in (("node", NODE_ATTRIBUTES), ("edge", edge_attributes)):
            out.write(f'    <attributes class="{owner}" mode="static">\n')
            for name, kind in attributes:
                out.write(f'      <attribute id="{name}" title="{name}" type="{kind}"/>\n')
            out.write("    </attributes>\n")
        out.write("    <nodes>\n")
        for node in rows.nodes:
            _node(out, node)
        out.write("    </nodes>\n    <edges>\n")
        for number, edge in enumerate(rows.edges):
            _edge(out, number, edge)
        out.write("    </edges>\n  </graph>\n</gexf>\n")
    return [dest]
