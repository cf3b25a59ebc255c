"""HTML pages: trafilatura finds the main text and the page's metadata; nothing is ever fetched."""

from __future__ import annotations

from typing import Any

import trafilatura

from geograph.read.article import Metadata, build_article
from geograph.read.dates import parse_date
from geograph.read.options import ReadOptions
from geograph.records import Article, ReadFailure

# Dates only from the page's metadata (meta tags, JSON-LD, URL), never searched for in the body text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# trafilatura drops non-printable characters, and with them the zero-width non-joiner Persian spells with
# (می‌خواهم -> میخواهم). It is swapped for a printable pair no news page contains, and swapped back after.
_ZWNJ = "\u200c"
_ZWNJ_FORMS = (_ZWNJ, "&zwnj;", "&#8204;", "&#x200c;", "&#x200C;")
_ZWNJ_STAND_IN = "\u0f3a\u0f3b"  # TIBETAN MARK GUG RTAGS GYON / GYAS


def read_html(text: str, origin: str, options: ReadOptions) -> Article | ReadFailure:
    protect = _ZWNJ_STAND_IN not in text
    if protect:
        for form in _ZWNJ_FORMS:
            text = text.replace(form, _ZWNJ_STAND_IN)
    try:
        document: Any = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_links=False,
            include_images=False,
            favor_precision=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        return ReadFailure(origin, f"HTML could not be parsed ({type(exc).__name__}: {exc})")

    def field(name: str) -> str | None:
        value = getattr(document, name, None) if document is not None else None
        if not isinstance(value, str):
            return None
        return value.replace(_ZWNJ_STAND_IN, _ZWNJ) if protect else value

    body = field("text")
    if not body or not body.strip():
        return ReadFailure(origin, "no article text found in the HTML")
    meta = Metadata(
        title=field("title"),
        url=field("url"),
        published=parse_date(field("date")),
        source=field("sitename"),
        lang=None,  # a page's lang attribute is often the site's default, not the article's: identify instead
    )
    return build_article(body, origin, meta, options)
