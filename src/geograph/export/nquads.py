"""``--format nq``: the store's graph as N-Quads, streamed (with --quads, one named graph per ingest run)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from geograph.export import ExportOptions, register
from geograph.rdf.serialize import write_rdf

if TYPE_CHECKING:
    from geograph.store import Store


@register("nq", ".nq", "RDF 1.1 N-Quads of the graph: direct edges, events, mentions, articles, actors")
def write_nquads(store: Store, dest: Path, options: ExportOptions) -> list[Path]:
    return [write_rdf(store, dest, "nq", options.window, quads=options.quads)]
