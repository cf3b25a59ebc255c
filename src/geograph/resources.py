"""Where geograph's data files live: the ontology, gazetteers, lexicons and ready-made queries.

Installed from a wheel they sit inside the package (``geograph/ontology``); in a source checkout they are the
repository's top-level folders. ``GEOGRAPH_ONTOLOGY`` points elsewhere, for users who keep their own.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = _PACKAGE_DIR.parent.parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _CHECKOUT_DIR / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"geograph's {name}/ folder is missing (looked in {_PACKAGE_DIR} and {_CHECKOUT_DIR})")


@cache
def ontology_dir() -> Path:
    override = os.environ.get("GEOGRAPH_ONTOLOGY")
    return Path(override) if override else _data_dir("ontology")


@cache
def queries_dir() -> Path:
    return _data_dir("queries")
