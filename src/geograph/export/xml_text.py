"""Escaping text for the XML exporters (GraphML, GEXF): markup characters, and characters XML 1.0 forbids."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates, FFFE and FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def text(value: str) -> str:
    return escape(_FORBIDDEN.sub("", value))


def attribute(value: str) -> str:
    """The value quoted for an attribute, quotes included."""
    return quoteattr(_FORBIDDEN.sub("", value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
