"""The interactive page: one self-contained HTML file that works offline.

pyvis is not used. Its ``cdn_resources='local'`` and ``'remote'`` pages are blank offline, ``'in_line'``
still loads bootstrap from a CDN, its ``add_edge`` scans every edge (O(nodes x edges) for a big graph),
and its template builds tooltips and panels from HTML strings, which hostile article text must never become.
So the page drives vis-network directly: the vendored standalone build (``geograph/static/vis-network``,
with its licences) and our viewer script are inlined, the data travels as inert JSON in a
``<script type="application/json">`` block, and the viewer builds every panel with ``textContent``.

A Content-Security-Policy meta tag allows only those two scripts (by hash) and blocks every network
request, so even a mistake elsewhere cannot make the page call out or run injected script.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from geograph.records import ACTOR_TYPES, CONTRADICTING_MODALITIES, MODALITIES, SUPPORTING_MODALITIES
from geograph.view.layout import force_layout
from geograph.view.model import PageModel

#: Above this many nodes the page keeps the precomputed layout and turns physics off: vis-network's live
#: simulation on thousands of nodes never settles.
PHYSICS_LIMIT = 300
#: Above this many nodes the page opens on the most connected actors (ENTRY_ACTORS of them) and lets the
#: analyst expand neighbours, search, or show everything: nobody reads ten thousand nodes at once.
ENTRY_LIMIT = 400
ENTRY_ACTORS = 60

# Presentation only. Colour never carries meaning alone: relations are named on hover and when zoomed in,
# each QuadClass family has its own line end, and node types differ in shape. The colours are Paul Tol's
# colour-blind-safe "muted" and "vibrant" schemes, cool for cooperation and warm for conflict.
_COOPERATION_COLOURS = ("#332288", "#44AA99", "#117733", "#88CCEE", "#999933", "#0077BB", "#009988", "#33BBEE")
_CONFLICT_COLOURS = ("#CC3311", "#882255", "#EE7733", "#AA4499", "#CC6677", "#EE3377")
# vis-network arrow types for each QuadClass: the line's end says the family without colour.
_FAMILY_ENDS = {1: "circle", 2: "arrow", 3: "bar", 4: "diamond"}
_NODE_STYLES = {
    "state": ("#364fc7", "dot"),
    "person": ("#ae3ec9", "diamond"),
    "organization": ("#087f5b", "square"),
    "armed_group": ("#d9480f", "triangle"),
    "group": ("#5f3dc4", "triangleDown"),
    "place": ("#795548", "star"),
}
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@dataclass(frozen=True, slots=True)
class PageAssets:
    vis_js: str
    viewer_js: str
    viewer_css: str


@cache
def assets() -> PageAssets:
    static = resources.files("geograph") / "static"
    found = PageAssets(
        vis_js=(static / "vis-network" / "vis-network.min.js").read_text(encoding="utf-8"),
        viewer_js=(static / "viewer.js").read_text(encoding="utf-8"),
        viewer_css=(static / "viewer.css").read_text(encoding="utf-8"),
    )
    for name, script in (("vis-network", found.vis_js), ("viewer", found.viewer_js)):
        if "</script" in script.lower() or "<!--" in script:
            raise ValueError(f"the {name} script cannot be inlined: it contains </script or <!--")
    return found


@cache
def _all_ui_strings() -> dict[str, dict[str, Any]]:
    text = (resources.files("geograph") / "static" / "ui_strings.yaml").read_text(encoding="utf-8")
    loaded: dict[str, dict[str, Any]] = yaml.safe_load(text)
    return loaded


def ui_strings(lang: str) -> dict[str, Any]:
    """The page's interface text in ``lang`` (English for a language or key the file lacks)."""
    every = _all_ui_strings()
    english = every["en"]
    chosen = every.get(lang, {})
    return {key: chosen.get(key, value) for key, value in english.items()}


def render_page(
    model: PageModel,
    *,
    physics_limit: int = PHYSICS_LIMIT,
    entry_limit: int = ENTRY_LIMIT,
    entry_actors: int = ENTRY_ACTORS,
) -> str:
    """The complete HTML document for ``model``; above ``entry_limit`` actors it opens on the ``entry_actors``
    most connected ones."""
    static = assets()
    entry = entry_actors if len(model.nodes) > entry_limit else 0
    data = page_data(model, physics=len(model.nodes) <= physics_limit, entry=entry)
    scripts = (static.vis_js, static.viewer_js)
    policy = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(f"'sha256-{_digest(s)}'" for s in scripts),
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    title = html.escape(model.title)
    direction = "rtl" if data["ui"]["dir"] == "rtl" else "ltr"
    return "".join(
        [
            "<!DOCTYPE html>\n",
            f'<html lang="{html.escape(model.label_lang)}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n',
            '<meta name="referrer" content="no-referrer">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{title}</title>\n<style>\n{static.viewer_css}</style>\n</head>\n<body>\n",
            '<div id="app"><aside id="controls"></aside><div id="stage"><main id="graph"></main>',
            '<aside id="legend"></aside><aside id="panel" hidden></aside></div></div>\n',
            f'<script type="application/json" id="geograph-data">{json_for_script(data)}</script>\n',
            f"<script>{static.vis_js}</script>\n",
            f"<script>{static.viewer_js}</script>\n",
            "</body>\n</html>\n",
        ]
    )


def json_for_script(value: Any) -> str:
    """JSON that cannot end its ``<script>`` element or open a comment, whatever strings it holds."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return "".join(_JSON_ESCAPES.get(ch, ch) for ch in text) if any(ch in text for ch in _JSON_ESCAPES) else text


def page_data(model: PageModel, *, physics: bool, entry: int = 0) -> dict[str, Any]:
    """The page's data as compact JSON-ready arrays (the viewer's ``unpack`` reads them back)."""
    # Small graphs get these positions as the starting point of live physics: it then only has to polish,
    # and separate components stay apart instead of being pulled into one heap.
    layout = force_layout(len(model.nodes), [(e.subject, e.object) for e in model.edges])
    positions = [[round(float(x), 1), round(float(y), 1)] for x, y in layout]
    cooperation = itertools.cycle(_COOPERATION_COLOURS)
    conflict = itertools.cycle(_CONFLICT_COLOURS)
    ui = ui_strings(model.label_lang)
    return {
        "title": model.title,
        "lang": model.label_lang,
        "ui": ui,
        "physics": physics,
        # how many actors the page opens on (0: all of them)
        "entry": entry,
        "ends": {str(quad): end for quad, end in _FAMILY_ENDS.items()},
        "modalities": list(MODALITIES),
        # The store's definition of a disputed edge, which the page applies to the reports its filters keep.
        "dispute": [sorted(SUPPORTING_MODALITIES), sorted(CONTRADICTING_MODALITIES)],
        "types": {t: {"color": _NODE_STYLES[t][0], "shape": _NODE_STYLES[t][1]} for t in ACTOR_TYPES},
        "relations": [
            [
                r.name,
                r.label,
                r.quad_class,
                r.quad_class_name,
                r.cooperation,
                r.symmetric,
                next(cooperation) if r.cooperation else next(conflict),
            ]
            for r in model.relations
        ],
        "nodes": [
            [
                n.id,
                n.type,
                n.label,
                [list(pair) for pair in n.labels],
                list(n.aliases),
                n.wikidata,
                *positions[i],
            ]
            for i, n in enumerate(model.nodes)
        ],
        "edges": [[e.subject, e.relation, e.object] for e in model.edges],
        "articles": [
            [a.id, a.title, a.url, a.source, a.published.isoformat() if a.published else None, a.lang]
            for a in model.articles
        ],
        "assertions": [
            [
                a.edge,
                MODALITIES.index(a.modality),
                a.seen.isoformat() if a.seen else None,
                a.date,
                a.article,
                a.sentence,
                a.confidence,
            ]
            for a in model.assertions
        ],
    }


def _digest(script: str) -> str:
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
