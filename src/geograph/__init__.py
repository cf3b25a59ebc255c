"""geograph: turn news articles into a geopolitical knowledge graph.

The library does the work; the ``geograph`` command is a thin layer over it::

    from geograph import Store, load_graph, read_inputs, ReadOptions, Extractor, ingest

    with Store.open("geograph.db") as store:
        ingest(read_inputs(["data/"], ReadOptions()), store)
        graph = load_graph(store, as_of=datetime.date(2024, 6, 30))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Extractor",
    "ReadOptions",
    "Store",
    "__version__",
    "ingest",
    "load_graph",
    "read_inputs",
    "to_rdflib",
]

if TYPE_CHECKING:
    from geograph.extract import Extractor
    from geograph.ingestion import ingest
    from geograph.rdf import to_rdflib
    from geograph.read import ReadOptions, read_inputs
    from geograph.store import Store, load_graph

_LAZY = {
    "Extractor": "geograph.extract",
    "ingest": "geograph.ingestion",
    "to_rdflib": "geograph.rdf",
    "ReadOptions": "geograph.read",
    "read_inputs": "geograph.read",
    "Store": "geograph.store",
    "load_graph": "geograph.store",
}


# A name exported here must not also be a submodule of the package: importing the submodule (as the CLI does)
# sets the package's attribute to the module, and `from geograph import ingest` would give the module. Hence
# geograph.ingestion holds ingest(); tests/test_api.py checks every package's exports against its modules.


def __getattr__(name: str) -> Any:
    # Lazy, so that `import geograph` (and `geograph --help`) does not load spaCy or rdflib.
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # looked up once
        return value
    raise AttributeError(f"module 'geograph' has no attribute {name!r}")
