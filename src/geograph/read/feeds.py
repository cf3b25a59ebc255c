"""RSS and Atom feeds: each entry is an article; the feed is parsed from its bytes, never from a URL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import feedparser

from geograph.read.article import Metadata, build_article
from geograph.read.dates import parse_date
from geograph.read.fragment import html_fragment_text
from geograph.read.options import ReadOptions
from geograph.records import Article, ReadFailure

# An item or entry element, to parse one by one when the feed as a whole is not well-formed.
_ITEM = re.compile(r"<(item|entry)[\s>].*?</\1\s*>", re.DOTALL | re.IGNORECASE)


def read_feed(text: str, origin: str, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    parsed = _parse(text)
    items = list(_ITEM.finditer(text)) if parsed.get("bozo") else []
    if items:
        # Broken markup in one item (an unclosed CDATA section, say) can swallow the items after it, so
        # each item is parsed on its own inside the feed's own header and closing tags.
        head, tail = text[: items[0].start()], text[items[-1].end() :]
        for number, item in enumerate(items, start=1):
            one = _parse(head + item.group(0) + tail)
            if one.entries:
                yield _guarded(one.entries[0], f"{origin}#{number}", dict.get(one.feed, "title"), options)
            else:
                yield ReadFailure(f"{origin}#{number}", "feed item could not be parsed")
        return
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield ReadFailure(origin, f"not a readable feed ({problem})" if problem else "feed has no entries")
        return
    feed_title = dict.get(parsed.feed, "title")
    for number, entry in enumerate(parsed.entries, start=1):
        yield _guarded(entry, f"{origin}#{number}", feed_title, options)


def _parse(text: str) -> Any:
    # Bytes, not str: feedparser treats a str that looks like a URL or a path as something to open.
    return feedparser.parse(text.encode("utf-8"), resolve_relative_uris=False, sanitize_html=True)


def _guarded(entry: Any, origin: str, feed_title: str | None, options: ReadOptions) -> Article | ReadFailure:
    try:
        return _entry_article(entry, origin, feed_title, options)
    except Exception as exc:  # one odd entry must not cost the rest of the feed
        return ReadFailure(origin, f"unexpected error ({type(exc).__name__}: {exc})")


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
