"""Assembling an ``Article`` from a reader's text and metadata, applying the caller's options."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from geograph.read.boilerplate import detect_boilerplate
from geograph.read.ids import body_id, normalized_body
from geograph.read.language import identify_language
from geograph.read.options import ReadOptions
from geograph.records import Article, ReadFailure


@dataclass(frozen=True)
class Metadata:
    """What a format told us about an article besides its text (all optional)."""

    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    lang: str | None = None


def build_article(
    text: str,
    origin: str,
    meta: Metadata,
    options: ReadOptions,
    boilerplate: tuple[tuple[int, int], ...] | None = None,
) -> Article | ReadFailure:
    """The article, or a failure when nothing but boilerplate is left (``boilerplate`` if already known)."""
    if boilerplate is None:
        boilerplate = detect_boilerplate(text)
    body = normalized_body(text, boilerplate)
    if not body:
        return ReadFailure(origin, "empty (no text besides boilerplate)")
    return Article(
        id=body_id(body),
        text=text,
        title=_clean(meta.title),
        url=_clean(meta.url),
        published=meta.published or options.published,
        source=options.source or _clean(meta.source),
        lang=options.lang or _clean(meta.lang) or identify_language(body),
        origin=origin,
        boilerplate=boilerplate,
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = " ".join(value.split())
    return stripped or None
