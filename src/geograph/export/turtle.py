"""``--format ttl``: the store's graph as Turtle, streamed (no graph names: use trig for --quads)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from geograph.export import ExportOptions, register
from geograph.rdf.serialize import write_rdf

if TYPE_CHECKING:
    from geograph.store import Store


@register("ttl", ".ttl", "RDF 1.1 Turtle of the graph: direct edges, events, mentions, articles, actors")
def write_turtle(store: Store, dest: Path, options: ExportOptions) -> list[Path]:
    return [write_rdf(store, dest, "ttl", options.window, quads=options.quads)]
