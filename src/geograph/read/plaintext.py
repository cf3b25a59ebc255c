"""Plain text and Markdown: the text as given; the first short body line serves as the title."""

from __future__ import annotations

from geograph.read.article import Metadata, build_article
from geograph.read.boilerplate import detect_boilerplate
from geograph.read.options import ReadOptions
from geograph.records import Article, ReadFailure

_TITLE_MAX_CHARS = 200


def read_text(text: str, origin: str, options: ReadOptions) -> Article | ReadFailure:
    spans = detect_boilerplate(text)
    return build_article(text, origin, Metadata(title=_first_body_line(text, spans)), options, spans)


def _first_body_line(text: str, spans: tuple[tuple[int, int], ...]) -> str | None:
    position = 0
    for line in text.splitlines(keepends=True):
        start, position = position, position + len(line)
        stripped = line.strip().lstrip("#").strip()
        if not stripped or any(s <= start < e for s, e in spans):
            continue
        return stripped if len(stripped) <= _TITLE_MAX_CHARS else None
    return None
