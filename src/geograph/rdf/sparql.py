"""SPARQL over the store's graph and over RDF files, on pyoxigraph.

Parameters are never pasted into the query as the user typed them: each becomes an RDF term built (and
checked, escaped) by pyoxigraph, which replaces the variable where it stands in the WHERE clause (SEP-0007
substitution, done on the lexed query because pyoxigraph's own ``substitutions`` need the variables in the
SELECT projection; a VALUES join instead would hide the constants from the optimizer).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    Triple,
)
from pyoxigraph import Store as OxStore

from geograph.rdf import iris
from geograph.rdf.index import data_graph, load_rdf_file, ontology_file, open_index
from geograph.rdf.namespace import PREFIXES
from geograph.rdf.results import Cell, QueryResult, Row
from geograph.rdf.triples import XSD_DATE, XSD_DOUBLE, XSD_INTEGER

if TYPE_CHECKING:
    from geograph.store import Store

_XSD_BOOLEAN = NamedNode("http://www.w3.org/2001/XMLSchema#boolean")


@dataclass(frozen=True, slots=True)
class Iri:
    """A parameter that is an IRI (a plain ``str`` parameter is a string literal)."""

    value: str


ParameterValue = Iri | str | int | float | bool | dt.date


def actor(entity_id: str) -> Iri:
    """The IRI of an actor, for a query parameter: ``actor("Q159")``."""
    return Iri(iris.actor_iri(entity_id))


def query(
    source: Store | None,
    sparql: str,
    *,
    data: Sequence[Path] = (),
    parameters: Mapping[str, ParameterValue] | None = None,
) -> QueryResult:
    """Run ``sparql`` over the store's graph (kept in its pyoxigraph index) and the RDF files in ``data``.

    ``source`` may be None to query only ``data``. The prefixes of :data:`geograph.rdf.namespace.PREFIXES`
    are declared for every query.
    """
    if parameters:
        sparql = substitute(sparql, {name: _term(value) for name, value in parameters.items()})
    if source is None:
        scratch = OxStore()
        load_rdf_file(scratch, ontology_file())
        for path in data:
            load_rdf_file(scratch, path)
        answer = scratch.query(sparql, prefixes=PREFIXES)
    else:
        index = open_index(source, data)
        if data:
            graphs: list[NamedNode | BlankNode | DefaultGraph] = [DefaultGraph(), *map(data_graph, data)]
            answer = index.query(sparql, prefixes=PREFIXES, default_graph=graphs)
        else:
            answer = index.query(sparql, prefixes=PREFIXES)  # the default graph alone: the fastest path
    return _result(answer)


# Lexing just enough SPARQL to find variables: IRIs, strings and comments are skipped whole.
_TOKEN = re.compile(
    r'(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r'|(?P<long>"""(?:[^\\]|\\.)*?"""'
    r"|'''(?:[^\\]|\\.)*?''')"
    r'|(?P<string>"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*')"
    r"|(?P<comment>#[^\n]*)"
    r"|(?P<variable>[?$][A-Za-z0-9_\u00b7\u00c0-\ufffd]+)"
    r"|(?P<brace>[{}])",
    re.DOTALL,
)


def substitute(sparql: str, terms: Mapping[str, NamedNode | Literal]) -> str:
    """``sparql`` with each parameter variable replaced by its RDF term, as SEP-0007 substitution does.

    The terms are pyoxigraph's, so IRIs are validated and literals escaped; the optimizer then sees constants
    (an actor becomes an index lookup). Parameters may appear in the ``WHERE`` clause's patterns and filters,
    not in the projection or the solution modifiers (there a constant is not allowed).
    """
    out: list[str] = []
    last = 0
    depth = 0
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup
        if kind == "brace":
            depth += 1 if match.group() == "{" else -1
        elif kind == "variable" and match.group()[1:] in terms:
            if depth == 0:
                raise ValueError(f"parameter {match.group()} may only appear inside WHERE {{ ... }}")
            out += [sparql[last : match.start()], str(terms[match.group()[1:]])]
            last = match.end()
    return "".join(out) + sparql[last:]


def _term(value: ParameterValue) -> NamedNode | Literal:
    if isinstance(value, Iri):
        return NamedNode(value.value)
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=_XSD_BOOLEAN)
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD_INTEGER)
    if isinstance(value, float):
        return Literal(repr(value), datatype=XSD_DOUBLE)
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD_DATE)
    return Literal(value)


def parse_parameter(text: str) -> ParameterValue:
    """A parameter as typed on the command line: ``<iri>``, ``prefix:name`` (known prefix), an ISO date,
    an integer, a decimal number, ``true``/``false``; anything else is a string."""
    if text.startswith("<") and text.endswith(">"):
        return Iri(text[1:-1])
    prefix, colon, local = text.partition(":")
    if colon and prefix in PREFIXES and local and " " not in local:
        return Iri(PREFIXES[prefix] + local)
    if text in ("true", "false"):
        return text == "true"
    for convert in (int, float, dt.date.fromisoformat):
        try:
            return convert(text)
        except ValueError:
            continue
    return text


def _cell(term: object) -> Cell:
    if isinstance(term, NamedNode):
        return Cell("iri", term.value)
    if isinstance(term, BlankNode):
        return Cell("bnode", term.value)
    if isinstance(term, Literal):
        return Cell("literal", term.value, term.datatype.value, term.language)
    if isinstance(term, Triple):
        return Cell("triple", str(term))
    raise TypeError(f"unexpected RDF term {term!r}")


def _result(answer: QuerySolutions | QueryBoolean | QueryTriples) -> QueryResult:
    cells: dict[object, Cell] = {}

    def cell(term: object) -> Cell | None:
        # results repeat the same actors, relations and labels: convert each term once
        if term is None:
            return None
        known = cells.get(term)
        if known is None:
            known = cells[term] = _cell(term)
        return known

    if isinstance(answer, QueryBoolean):
        return QueryResult("ask", (), boolean=bool(answer))
    if isinstance(answer, QueryTriples):
        rows: list[Row] = [(cell(t.subject), cell(t.predicate), cell(t.object)) for t in answer]
        return QueryResult("graph", ("subject", "predicate", "object"), tuple(rows))
    names = tuple(variable.value for variable in answer.variables)
    rows = [tuple(map(cell, solution)) for solution in answer]
    return QueryResult("select", names, tuple(rows))
