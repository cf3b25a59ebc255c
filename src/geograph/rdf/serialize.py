"""Writing the store's graph as RDF files, streamed through pyoxigraph's serializers (flat memory)."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import rdflib
from pyoxigraph import RdfFormat, serialize

from geograph.rdf.namespace import PREFIXES
from geograph.rdf.triples import store_quads
from geograph.records import DateWindow

if TYPE_CHECKING:
    from geograph.store import Store

RDF_FORMATS: dict[str, RdfFormat] = {
    "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES,
    "nq": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
}


def write_rdf(store: Store, dest: Path, fmt: str, window: DateWindow | None = None, *, quads: bool = False) -> Path:
    """Write the graph to ``dest`` in ``fmt`` (a key of :data:`RDF_FORMATS`).

    Graph names (``quads``) are kept by the formats that carry them (nq, trig, jsonld) and dropped by the others.
    """
    rdf_format = RDF_FORMATS[fmt]
    stream = store_quads(store, window, quads=quads)
    prefixes = PREFIXES if rdf_format in (RdfFormat.TURTLE, RdfFormat.TRIG) else None
    with dest.open("wb") as out:
        if rdf_format.supports_datasets:
            serialize(stream, out, rdf_format, prefixes=prefixes)
        else:
            serialize((quad.triple for quad in stream), out, rdf_format, prefixes=prefixes)
    return dest


def to_rdflib(store: Store, window: DateWindow | None = None, *, quads: bool = False) -> rdflib.Graph:
    """The store's graph as an rdflib ``Graph`` (a ``Dataset`` with one graph per run when ``quads``).

    For Python users exploring a store; for large stores, export a file or use :func:`geograph.rdf.query`.
    """
    buffer = io.BytesIO()
    serialize(store_quads(store, window, quads=quads), buffer, RdfFormat.N_QUADS)
    buffer.seek(0)
    graph: rdflib.Graph = rdflib.Dataset() if quads else rdflib.Graph()
    with warnings.catch_warnings():
        # rdflib's N-Quads parser calls Dataset APIs rdflib itself deprecates; not the caller's concern
        warnings.simplefilter("ignore", DeprecationWarning)
        graph.parse(buffer, format="nquads")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    return graph
