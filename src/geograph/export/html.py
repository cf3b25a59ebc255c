"""``--format html``: the interactive, offline graph page (see :mod:`geograph.view.page`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from geograph.export import ExportOptions, register
from geograph.view.model import read_model
from geograph.view.page import render_page

if TYPE_CHECKING:
    from geograph.store import Store


@register("html", ".html", "interactive graph page: one self-contained HTML file that works offline")
def write_html(store: Store, dest: Path, options: ExportOptions) -> list[Path]:
    model = read_model(store, options.window, label_lang=options.label_lang, title=options.title)
    dest.write_text(render_page(model), encoding="utf-8")
    return [dest]
