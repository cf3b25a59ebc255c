"""``--format nt``: the store's graph as N-Triples, streamed (no graph names: use nq or trig for --quads)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from geograph.export import ExportOptions, register
from geograph.rdf.serialize import write_rdf

if TYPE_CHECKING:
    from geograph.store import Store


@register("nt", ".nt", "RDF 1.1 N-Triples of the graph: direct edges, events, mentions, articles, actors")
def write_ntriples(store: Store, dest: Path, options: ExportOptions) -> list[Path]:
    return [write_rdf(store, dest, "nt", options.window, quads=options.quads)]
