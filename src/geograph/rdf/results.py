"""SPARQL results as typed rows, and their table / CSV / TSV / JSON renderings."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import Literal as TypingLiteral

from geograph.rdf.namespace import PREFIXES
from geograph.safe_text import spreadsheet_cell, terminal_text

CellKind = TypingLiteral["iri", "literal", "bnode", "triple"]
OutputFormat = TypingLiteral["table", "csv", "tsv", "json"]
OUTPUT_FORMATS: tuple[OutputFormat, ...] = ("table", "csv", "tsv", "json")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + name for name in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
_FLOATS = {_XSD + "double", _XSD + "float", _XSD + "decimal"}
_PLAIN = {_XSD + "string", None}
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True, slots=True)
class Cell:
    """One RDF term of a result row."""

    kind: CellKind
    value: str
    datatype: str | None = None
    language: str | None = None

    def python(self) -> object:
        """The value as Python: int, float, bool, date, or str (IRIs and other literals as their text)."""
        if self.kind != "literal":
            return self.value
        try:
            if self.datatype in _INTEGERS:
                return int(self.value)
            if self.datatype in _FLOATS:
                return float(self.value)
            if self.datatype == _XSD + "boolean":
                return self.value in ("true", "1")
            if self.datatype == _XSD + "date":
                return dt.date.fromisoformat(self.value)
        except ValueError:
            pass
        return self.value

    def ntriples(self) -> str:
        """The term in N-Triples syntax (used by TSV results)."""
        if self.kind == "iri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple":
            return f"<< {self.value} >>"
        text = '"' + escape_string(self.value) + '"'
        if self.language:
            return f"{text}@{self.language}"
        if self.datatype not in _PLAIN:
            return f"{text}^^<{self.datatype}>"
        return text

    def short(self, prefixes: dict[str, str]) -> str:
        """For tables: IRIs as prefixed names where a prefix fits, literals as their plain text."""
        if self.kind == "iri":
            for name, namespace in prefixes.items():
                local = self.value[len(namespace) :]
                if self.value.startswith(namespace) and local and all(c.isalnum() or c in "_-." for c in local):
                    return f"{name}:{local}"
            return f"<{self.value}>"
        return self.value if self.kind == "literal" else self.ntriples()


def escape_string(value: str) -> str:
    return (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    )


Row = tuple[Cell | None, ...]


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer to a query: rows for SELECT (and CONSTRUCT, as subject/predicate/object), a boolean for ASK."""

    kind: TypingLiteral["select", "ask", "graph"]
    variables: tuple[str, ...]
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None

    def values(self) -> list[tuple[object, ...]]:
        """Rows with each cell as a Python value (None when unbound)."""
        return [tuple(None if cell is None else cell.python() for cell in row) for row in self.rows]

    def column(self, name: str) -> list[object]:
        position = self.variables.index(name)
        cells = [row[position] for row in self.rows]
        return [None if cell is None else cell.python() for cell in cells]

    def __len__(self) -> int:
        return len(self.rows)


def format_result(result: QueryResult, fmt: OutputFormat = "table", prefixes: dict[str, str] | None = None) -> str:
    """Render ``result`` as an aligned text table, SPARQL CSV, SPARQL TSV or SPARQL JSON results."""
    if fmt == "json":
        return _json(result)
    if result.kind == "ask":
        return _ask(result, fmt)
    if fmt == "csv":
        return _csv(result)
    if fmt == "tsv":
        return _tsv(result)
    if fmt == "table":
        return _table(result, PREFIXES if prefixes is None else prefixes)
    raise ValueError(f"unknown result format {fmt!r}; known: {', '.join(OUTPUT_FORMATS)}")


def _ask(result: QueryResult, fmt: OutputFormat) -> str:
    answer = "true" if result.boolean else "false"
    return f"_askResult\n{answer}\n" if fmt in ("csv", "tsv") else f"{answer}\n"


def _csv(result: QueryResult) -> str:
    """SPARQL CSV results, except that a value a spreadsheet would run as a formula gets a leading quote."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(
            [
                "" if cell is None else spreadsheet_cell(f"_:{cell.value}" if cell.kind == "bnode" else cell.value)
                for cell in row
            ]
        )
    return buffer.getvalue()


def _tsv(result: QueryResult) -> str:
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    lines += ["\t".join("" if cell is None else cell.ntriples() for cell in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(cell: Cell) -> dict[str, str]:
    kind = {"iri": "uri", "literal": "literal", "bnode": "bnode", "triple": "triple"}[cell.kind]
    term = {"type": kind, "value": cell.value}
    if cell.language:
        term["xml:lang"] = cell.language
    elif cell.kind == "literal" and cell.datatype not in _PLAIN:
        term["datatype"] = str(cell.datatype)
    return term


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
    bindings = [
        {name: _json_term(cell) for name, cell in zip(result.variables, row, strict=True) if cell is not None}
        for row in result.rows
    ]
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _table(result: QueryResult, prefixes: dict[str, str]) -> str:
    header = list(result.variables)
    body = [["" if cell is None else terminal_text(cell.short(prefixes)) for cell in row] for row in result.rows]
    widths = [max([len(header[i])] + [len(line[i]) for line in body]) for i in range(len(header))]

    def line(values: list[str]) -> str:
        return "  ".join(value.ljust(width) for value, width in zip(values, widths, strict=True)).rstrip()

    rule = "  ".join("-" * width for width in widths)
    count = f"({len(body)} row{'s' if len(body) != 1 else ''})"
    return "\n".join([line(header), rule, *(line(values) for values in body), count]) + "\n"
