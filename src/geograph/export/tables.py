"""``--format csv``: two CSV files for spreadsheets and pandas, ``NAME.nodes.csv`` and ``NAME.edges.csv``."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from geograph.export import ExportOptions, register
from geograph.export.graph_rows import graph_rows
from geograph.records import MODALITIES
from geograph.safe_text import spreadsheet_cell

if TYPE_CHECKING:
    from geograph.store import Store

NODE_COLUMNS = ("id", "label", "type", "wikidata", "first_seen", "last_seen", "degree")
EDGE_COLUMNS = (
    "source",
    "target",
    "relation",
    "relation_label",
    "quad_class",
    "cooperation",
    "assertions",
    "articles",
    "sources",
    "confidence",
    "first_seen",
    "last_seen",
    *MODALITIES,
    "disputed",
    "vias",
)


def table_paths(dest: Path) -> tuple[Path, Path]:
    """``out/graph.csv`` -> ``out/graph.nodes.csv``, ``out/graph.edges.csv``."""
    stem = dest.name.removesuffix(".csv")
    return dest.with_name(f"{stem}.nodes.csv"), dest.with_name(f"{stem}.edges.csv")


def _text(value: object) -> str:
    """A cell: numbers and booleans as data, text made safe to open in a spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}"
    return spreadsheet_cell(str(value))


@register("csv", ".csv", "CSV tables NAME.nodes.csv and NAME.edges.csv (actors; merged edges with their tallies)")
def write_tables(store: Store, dest: Path, options: ExportOptions) -> list[Path]:
    rows = graph_rows(store, options.window, options.label_lang)
    nodes_path, edges_path = table_paths(dest)
    with nodes_path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(NODE_COLUMNS)
        for node in rows.nodes:
            writer.writerow(
                _text(v)
                for v in (node.id, node.label, node.type, node.wikidata, node.first_seen, node.last_seen, node.degree)
            )
    with edges_path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(EDGE_COLUMNS)
        for edge in rows.edges:
            writer.writerow(
                _text(v)
                for v in (
                    edge.source,
                    edge.target,
                    edge.relation,
                    edge.relation_label,
                    edge.quad_class,
                    edge.cooperation,
                    edge.assertions,
                    edge.articles,
                    edge.sources,
                    edge.confidence,
                    edge.first_seen,
                    edge.last_seen,
                    *(count for _, count in edge.modalities),
                    edge.disputed,
                    ";".join(edge.vias),
                )
            )
    return [nodes_path, edges_path]
