"""RSS and Atom feeds: each entry is an article; the feed is parsed from its bytes, never from a URL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser

from geograph.read.article import Metadata, build_article
from geograph.read.dates import parse_date
from geograph.read.fragment import html_fragment_text
from geograph.read.options import ReadOptions
from geograph.records import Article, ReadFailure


def read_feed(text: str, origin: str, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    # Bytes, not str: feedparser treats a str that looks like a URL or a path as something to open.
    parsed: Any = feedparser.parse(text.encode("utf-8"), resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield ReadFailure(origin, f"not a readable feed ({problem})" if problem else "feed has no entries")
        return
    feed_title = dict.get(parsed.feed, "title")
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield _entry_article(entry, entry_origin, feed_title, options)
        except Exception as exc:  # one odd entry must not cost the rest of the feed
            yield ReadFailure(entry_origin, f"unexpected error ({type(exc).__name__}: {exc})")


def _entry_article(entry: Any, origin: str, feed_title: str | None, options: ReadOptions) -> Article | ReadFailure:
    body = _entry_text(entry)
    if not body:
        return ReadFailure(origin, "feed entry has no text")
    # dict.get, not entry.get: feedparser maps a missing key to a look-alike (updated -> published) and warns.
    published = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    meta = Metadata(
        title=dict.get(entry, "title"),
        url=dict.get(entry, "link"),
        published=parse_date(published),
        source=feed_title,
        lang=None,
    )
    return build_article(body, origin, meta, options)


def _entry_text(entry: Any) -> str:
    for content in dict.get(entry, "content") or []:
        text = html_fragment_text(str(content.get("value", "")))
        if text:
            return text
    return html_fragment_text(str(dict.get(entry, "summary", "")))
