"""The ready-made queries of ``queries/``: one ``.rq`` file each, described by its header comment.

Header lines (before the query)::

    # title: Who sanctions whom
    # description: Every asserted sanctions edge ...  (may continue on further "#" lines)
    # param ?actor (actor): the actor, as an entity id (Q159) or an IRI
    # param ?min_sources (integer, default 2): the least number of distinct sources
    # online: true        (the query calls a remote SERVICE; not run offline)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from geograph.rdf.sparql import Iri, ParameterValue, actor, parse_parameter, query
from geograph.read.dates import parse_date as read_date

if TYPE_CHECKING:
    from geograph.rdf.results import QueryResult
    from geograph.store import Store
from geograph.resources import queries_dir

ParameterKind = Literal["actor", "iri", "integer", "date", "string"]
_KINDS: tuple[ParameterKind, ...] = ("actor", "iri", "integer", "date", "string")
_PARAM = re.compile(r"^#\s*param\s+\?(\w+)\s+\((\w+)(?:,\s*default\s+([^)]*))?\)\s*:\s*(.*)$")
_FIELD = re.compile(r"^#\s*(title|description|online)\s*:\s*(.*)$")


@dataclass(frozen=True, slots=True)
class QueryParameter:
    name: str
    kind: ParameterKind
    description: str
    default: str | None = None

    def convert(self, text: str) -> ParameterValue:
        """The parameter's value from its text, e.g. ``Q159`` for an actor or ``2024-06-30`` for a date (any
        date the readers accept: ISO 8601, RFC 822, Solar Hijri ``1403/03/31``). A text that is not one names
        the parameter in its error."""
        if self.kind == "actor":
            try:
                return Iri(text[1:-1]) if text.startswith("<") else actor(text)
            except ValueError as error:
                raise ValueError(f"parameter ?{self.name} needs an actor (Q159, or <iri>): {error}") from None
        if self.kind == "iri":
            value = parse_parameter(text)
            if not isinstance(value, Iri):
                raise ValueError(f"parameter ?{self.name} needs an IRI (<...> or prefix:name), got {text!r}")
            return value
        if self.kind == "integer":
            try:
                return int(text)
            except ValueError:
                raise ValueError(f"parameter ?{self.name} needs a whole number, got {text!r}") from None
        if self.kind == "date":
            day = read_date(text)
            if day is None:
                raise ValueError(f"parameter ?{self.name} needs a date (YYYY-MM-DD or 1403/03/31), got {text!r}")
            return day
        return text


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """A SPARQL query with its description and declared parameters (none for an ad-hoc query)."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    parameters: tuple[QueryParameter, ...] = ()
    online: bool = False

    def bind(self, given: Mapping[str, str] | None = None) -> dict[str, ParameterValue]:
        """Typed parameter values from their texts, defaults filled in; undeclared names are typed by their
        look (see :func:`geograph.rdf.parse_parameter`)."""
        given = dict(given or {})
        declared = {parameter.name: parameter for parameter in self.parameters}
        values: dict[str, ParameterValue] = {}
        for parameter in self.parameters:
            text = given.pop(parameter.name, parameter.default)
            if text is None:
                raise ValueError(f"query {self.name!r} needs parameter ?{parameter.name}: {parameter.description}")
            values[parameter.name] = parameter.convert(text)
        for name, text in given.items():
            if name not in declared:
                values[name] = parse_parameter(text)
        return values


def parse_query_file(path: Path) -> LibraryQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    parameters: list[QueryParameter] = []
    last = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if match := _PARAM.match(line):
            name, kind, default, description = match.groups()
            if kind not in _KINDS:
                raise ValueError(f"{path}: parameter ?{name} has unknown type {kind!r}")
            parameters.append(QueryParameter(name, kind, description.strip(), default.strip() if default else None))
            last = ""
        elif match := _FIELD.match(line):
            last = match.group(1)
            fields[last] = match.group(2).strip()
        elif last == "description":
            fields[last] += " " + line.lstrip("#").strip()
    return LibraryQuery(
        name=path.stem,
        text=text,
        title=fields.get("title", path.stem),
        description=fields.get("description", "").strip(),
        parameters=tuple(parameters),
        online=fields.get("online", "false").lower() == "true",
    )


def library() -> dict[str, LibraryQuery]:
    """Every query of ``queries/`` by name (the file name without ``.rq``)."""
    return {path.stem: parse_query_file(path) for path in sorted(queries_dir().glob("*.rq"))}


def library_query(name: str) -> LibraryQuery:
    path = queries_dir() / f"{name}.rq"
    if not path.is_file():
        raise ValueError(f"no query {name!r} in the library; known: {', '.join(library())}")
    return parse_query_file(path)


def read_query(argument: str) -> LibraryQuery:
    """The query a user named: ``@file.rq`` (a file), ``@name`` (a library query), or SPARQL text."""
    if not argument.startswith("@"):
        return LibraryQuery(name="query", text=argument)
    reference = argument[1:]
    path = Path(reference)
    if path.is_file():
        return parse_query_file(path)
    if "/" not in reference and not reference.endswith(".rq"):
        return library_query(reference)
    raise ValueError(f"no query file {reference!r}")


def parse_param_options(values: Sequence[str]) -> dict[str, str]:
    """``--param name=value`` options as a mapping (``?name=value`` is accepted too)."""
    parsed: dict[str, str] = {}
    for value in values:
        name, equals, text = value.partition("=")
        if not equals or not name.lstrip("?$"):
            raise ValueError(f"--param needs NAME=VALUE, got {value!r}")
        parsed[name.lstrip("?$")] = text
    return parsed


def run_query(
    argument: str,
    store: Store | None,
    *,
    data: Sequence[Path] = (),
    params: Sequence[str] = (),
) -> QueryResult:
    """What ``geograph query ARGUMENT [--data FILE]... [--param NAME=VALUE]...`` runs.

    ``argument`` is SPARQL text, ``@file.rq`` or ``@name`` of a library query. Raises ValueError (bad query
    reference or parameter), SyntaxError (bad SPARQL) or OSError (unreadable files).
    """
    chosen = read_query(argument)
    return query(store, chosen.text, data=data, parameters=chosen.bind(parse_param_options(params)))
