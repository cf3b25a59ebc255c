"""Hypothesis strategies for hostile input: text in the three scripts with every kind of junk, HTML, JSON
lines and feeds built from it. Shared by the fuzz tests; ``GEOGRAPH_FUZZ_EXAMPLES`` sets how many examples each
property tries (a few dozen in the test suite; thousands for a long run, see docs/reliability.md)."""

from __future__ import annotations

import json
import os
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("GEOGRAPH_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

# Words the extractor reacts to (actors, triggers, cues) beside junk, so that examples reach the rules.
WORDS = [
    "Russia",
    "Ukraine",
    "Iran",
    "attacked",
    "sanctioned",
    "met",
    "denied",
    "said",
    "it",
    "the",
    "of",
    "with",
    "between",
    "and",
    ",",
    ".",
    '"',
    "«",
    "»",
    "(",
    ")",
    "US",
    "Putin",
    "president",
    "foreign minister",
    "روسیه",
    "اوکراین",
    "ایران",
    "حمله",
    "کرد",
    "تحریم",
    "دیدار",
    "با",
    "و",
    "را",
    "رئیس جمهور",
    "روسيا",
    "أوكرانيا",
    "إيران",
    "هاجمت",
    "وزارة",
    "السودان",
    "مع",
    "بين",
    "و",
    "الرئيس",
]
JUNK = st.sampled_from(
    [
        "\x00",
        "\x1b[2J",
        "\u202e",
        "\u200c",
        "\u200f",
        "\ufeff",
        "\u2028",
        "\r",
        "\t",
        "\ud7ff",
        "\U0001f600",
        "&amp;",
        "<b>",
        "]]>",
        "\\",
        "%",
        "_",
        "'",
        "\u0640",
        "\u064b",
        "١٢٣",
        "۱۴۰۳/۰۳/۳۱",
        "2024-06-20",
    ]
)
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), JUNK, st.text(max_size=12)), max_size=120).map(" ".join)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    body = draw(
        st.lists(st.tuples(st.sampled_from(["p", "div", "script", "nav", "h1", "li", "table"]), TEXT), max_size=8)
    )
    depth = draw(st.integers(min_value=0, max_value=60))
    parts = [f"<{tag}>{escape(text) if tag != 'script' else text}</{tag}>" for tag, text in body]
    return "<html><head><title>t</title></head><body>" + "<div>" * depth + "".join(parts) + "</body></html>"


@st.composite
def json_lines(draw: st.DrawFn) -> str:
    lines = []
    for kind in draw(st.lists(st.sampled_from(["good", "junk", "deep", "nontext"]), max_size=6)):
        if kind == "good":
            lines.append(json.dumps({"id": draw(st.text(max_size=8)), "text": draw(TEXT)}, ensure_ascii=False))
        elif kind == "deep":
            lines.append("[" * draw(st.integers(min_value=1, max_value=3000)))
        elif kind == "nontext":
            lines.append(json.dumps({"text": draw(st.one_of(st.integers(), st.none(), st.lists(st.integers())))}))
        else:
            lines.append(draw(TEXT))
    return "\n".join(lines)


@st.composite
def feeds(draw: st.DrawFn) -> str:
    items = []
    for broken in draw(st.lists(st.booleans(), max_size=5)):
        title, body = escape(draw(TEXT)), draw(TEXT)
        item = f"<item><title>{title}</title><description>{escape(body)}</description></item>"
        items.append(item[: draw(st.integers(min_value=0, max_value=len(item)))] if broken else item)
    return '<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>' + "".join(items) + "</channel></rss>"
