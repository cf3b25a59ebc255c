"""The documented library names are what the docs say they are, whatever was imported before."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types

import geograph


def _packages() -> list[types.ModuleType]:
    found = [geograph]
    for info in pkgutil.walk_packages(geograph.__path__, "geograph."):
        if info.ispkg:
            found.append(importlib.import_module(info.name))
    return found


def test_no_exported_name_is_also_a_submodule() -> None:
    """Else importing the submodule replaces the exported function or class with the module."""
    for package in _packages():
        submodules = {info.name for info in pkgutil.iter_modules(package.__path__)}
        shadowed = sorted(set(getattr(package, "__all__", ())) & submodules)
        assert not shadowed, f"{package.__name__} exports names that are also its submodules: {shadowed}"


def test_top_level_names_after_the_cli_imported_everything() -> None:
    importlib.import_module("geograph.cli")  # imports the ingest command and so the ingest pipeline
    from geograph import Extractor, ReadOptions, Store, ingest, load_graph, read_inputs, to_rdflib

    for value in (ingest, load_graph, read_inputs, to_rdflib):
        assert inspect.isfunction(value), value
    for cls in (Extractor, ReadOptions, Store):
        assert inspect.isclass(cls), cls
    assert ingest is importlib.import_module("geograph.ingestion").ingest
    for name in geograph.__all__:
        assert not isinstance(getattr(geograph, name), types.ModuleType), name
