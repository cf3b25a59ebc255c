"""geograph's RDF side: the ontology's namespace, the store as RDF, and SPARQL on pyoxigraph.

``to_rdflib(store)`` gives an rdflib graph; ``query(store, sparql)`` answers SPARQL fast over the store's graph
(kept in an on-disk pyoxigraph index next to the SQLite file) and any RDF files; ``format_result`` renders the
answer as a table, CSV, TSV or SPARQL JSON.
"""

from __future__ import annotations

from geograph.rdf.query_library import LibraryQuery, library, library_query, parse_param_options, read_query, run_query
from geograph.rdf.results import OUTPUT_FORMATS, Cell, QueryResult, format_result
from geograph.rdf.serialize import RDF_FORMATS, to_rdflib, write_rdf
from geograph.rdf.sparql import Iri, actor, parse_parameter, query

__all__ = [
    "OUTPUT_FORMATS",
    "RDF_FORMATS",
    "Cell",
    "Iri",
    "LibraryQuery",
    "QueryResult",
    "actor",
    "format_result",
    "library",
    "library_query",
    "parse_param_options",
    "parse_parameter",
    "query",
    "read_query",
    "run_query",
    "to_rdflib",
    "write_rdf",
]
