"""The interactive HTML view of the graph: page model, layout, page, and ``geograph view``."""

from __future__ import annotations

import webbrowser
from pathlib import Path
from typing import TYPE_CHECKING

from geograph.export import ExportOptions

if TYPE_CHECKING:
    from geograph.store import Store

__all__ = ["write_and_open"]


def write_and_open(store: Store, dest: Path, options: ExportOptions | None = None) -> Path:
    """Write the graph page to ``dest`` and open it in the user's browser; returns the file written.

    The page is a local file, so it opens offline; when no browser can be started, the file is still there.
    """
    from geograph.export.html import write_html

    dest.parent.mkdir(parents=True, exist_ok=True)
    (written,) = write_html(store, dest, options or ExportOptions())
    webbrowser.open(written.resolve().as_uri())
    return written
