"""Which reader an input needs, from its content first (strong signals) and then its extension."""

from __future__ import annotations

import json
import re
from typing import Literal

Format = Literal["text", "html", "jsonl", "feed"]

_BY_SUFFIX: dict[str, Format] = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
}
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


def detect_format(text: str, suffix: str = "") -> Format:
    """``suffix`` is the file's lower-case extension ("" for standard input)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        if _FEED_ROOT.search(head[:2048]) and not _HTML_START.match(head):
            return "feed"
        if _HTML_START.search(head[:2048]):
            return "html"
    if head.startswith(("{", "[")) and _is_json_start(text):
        return "jsonl"
    if suffix == ".xml":
        return "feed"
    return _BY_SUFFIX.get(suffix, "text")


def _is_json_start(text: str) -> bool:
    first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
    try:
        json.loads(first)
    except (ValueError, RecursionError):
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            return False
    return True
