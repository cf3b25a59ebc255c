"""Exporters: one module per output format, behind a name -> function registry.

An exporter writes the store's graph (through a date window) to ``dest`` and returns the files it wrote.
Each format module registers itself with :func:`register`; ``EXPORTERS`` maps format names to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geograph.records import DateWindow

if TYPE_CHECKING:
    from geograph.store import Store


@dataclass(frozen=True, slots=True)
class ExportOptions:
    window: DateWindow = field(default_factory=DateWindow)
    quads: bool = False  # one named graph per ingest run (RDF formats that carry graphs)
    label_lang: str = "en"  # language of node labels (HTML, GraphML, GEXF)
    title: str = "geograph"


Exporter = Callable[["Store", Path, ExportOptions], list[Path]]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    extension: str
    description: str
    write: Exporter


EXPORTERS: dict[str, ExportFormat] = {}


def register(name: str, extension: str, description: str) -> Callable[[Exporter], Exporter]:
    def decorate(write: Exporter) -> Exporter:
        EXPORTERS[name] = ExportFormat(name, extension, description, write)
        return write

    return decorate


def export(store: Store, fmt: str, dest: Path, options: ExportOptions | None = None) -> list[Path]:
    """Write the store's graph in format ``fmt`` to ``dest``; return the files written."""
    _load_formats()
    try:
        chosen = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(sorted(EXPORTERS))}") from None
    dest.parent.mkdir(parents=True, exist_ok=True)
    return chosen.write(store, dest, options or ExportOptions())


def available_formats() -> dict[str, ExportFormat]:
    _load_formats()
    return dict(EXPORTERS)


def _load_formats() -> None:
    # Importing a format module registers it; kept lazy so `geograph --help` stays fast.
    import geograph.export.formats  # noqa: F401
