"""The graph in a Jupyter notebook: the same page inline, or a pyvis network for those who already use pyvis.

The page is the product: ``show`` puts exactly what ``geograph view`` writes into the notebook, in a sandboxed
frame (scripts only: no access to the notebook, no network), so its Content-Security-Policy and offline assets
hold there too. ``to_pyvis`` hands the merged graph to pyvis (the ``notebook`` extra:
``pip install 'geograph[notebook]'``).

    from geograph.notebook import show, to_pyvis
    show(store, label_lang="fa")
    net = to_pyvis(store); net.show("graph.html")
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from geograph.records import DateWindow
from geograph.view.model import GraphSource, PageModel, read_model
from geograph.view.page import render_page

if TYPE_CHECKING:
    from IPython.display import HTML
    from pyvis.network import Network

EXTRA = "notebook"


class MissingExtra(ImportError):
    """An optional package the call needs is not installed."""


def _model(graph: GraphSource | PageModel, window: DateWindow | None, label_lang: str, title: str) -> PageModel:
    if isinstance(graph, PageModel):
        return graph
    return read_model(graph, window or DateWindow(), label_lang=label_lang, title=title)


def page_frame(page: str, *, height: int = 600) -> str:
    """An ``<iframe>`` holding ``page`` whole (as ``srcdoc``), allowed to run its own scripts and nothing more."""
    return (
        f'<iframe sandbox="allow-scripts" referrerpolicy="no-referrer" style="width:100%;height:{int(height)}px;'
        f'border:1px solid #dee2e6" srcdoc="{html.escape(page, quote=True)}"></iframe>'
    )


def show(
    graph: GraphSource | PageModel,
    *,
    window: DateWindow | None = None,
    label_lang: str = "en",
    title: str = "geograph",
    height: int = 600,
) -> HTML:
    """The interactive page of ``graph`` (a store, or a page model) as a notebook display object."""
    try:
        from IPython.display import HTML
    except ImportError as error:
        raise MissingExtra(f"geograph.notebook.show needs IPython: pip install 'geograph[{EXTRA}]'") from error
    page = render_page(_model(graph, window, label_lang, title))
    # in a <div>: IPython warns about a bare <iframe> (it suggests IFrame, which cannot carry srcdoc)
    frame = f'<div class="geograph">{page_frame(page, height=height)}</div>'
    return HTML(frame)  # type: ignore[no-untyped-call]  # IPython leaves it untyped


def to_pyvis(
    graph: GraphSource | PageModel,
    *,
    window: DateWindow | None = None,
    label_lang: str = "en",
    height: str = "600px",
    notebook: bool = False,
) -> Network:
    """The merged graph as a ``pyvis.network.Network``: one node per actor, one edge per (subject, relation,
    object), titled with its report count. pyvis shows titles as HTML, so every text is escaped."""
    try:
        from pyvis.network import Network
    except ImportError as error:
        raise MissingExtra(f"geograph.notebook.to_pyvis needs pyvis: pip install 'geograph[{EXTRA}]'") from error
    model = _model(graph, window, label_lang, "geograph")
    net = Network(height=height, width="100%", directed=True, notebook=notebook, cdn_resources="in_line")
    for index, node in enumerate(model.nodes):
        net.add_node(
            index,
            label=node.label,
            title=html.escape(f"{node.label} ({node.type.replace('_', ' ')})"),
            group=node.type,
            **_wikidata(node.wikidata),
        )
    reports = [0] * len(model.edges)
    for assertion in model.assertions:
        reports[assertion.edge] += 1
    for index, edge in enumerate(model.edges):
        relation = model.relations[edge.relation]
        subject, obj = model.nodes[edge.subject].label, model.nodes[edge.object].label
        net.add_edge(
            edge.subject,
            edge.object,
            label=relation.label,
            title=html.escape(f"{subject} \u2192 {relation.label} \u2192 {obj}: {reports[index]} report(s)"),
            arrows="to" if not relation.symmetric else "to,from",
            relation=relation.name,
        )
    return net


def _wikidata(wikidata: str | None) -> dict[str, Any]:
    return {"wikidata": wikidata} if wikidata else {}
