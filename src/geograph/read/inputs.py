"""``read_inputs``: every input path to articles, lazily; one bad input never stops the batch."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from geograph.read.decoding import decode
from geograph.read.detect import detect_format
from geograph.read.discovery import Input, discover, load_bytes
from geograph.read.feeds import read_feed
from geograph.read.html import read_html
from geograph.read.jsonlines import read_jsonl
from geograph.read.options import ReadOptions, UnreadableInput
from geograph.read.plaintext import read_text
from geograph.read.walk import Selection
from geograph.records import Article, ReadFailure


def read_inputs(paths: Sequence[str], options: ReadOptions | None = None) -> Iterator[Article | ReadFailure]:
    """Articles and failures in input order (files of a directory in name order)."""
    options = options or ReadOptions()
    for item in discover(paths, Selection(options.include, options.exclude)):
        if isinstance(item, ReadFailure):
            yield item
            continue
        yield from _read_one(item, options)


def _read_one(source: Input, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    try:
        text = decode(load_bytes(source, options.max_bytes))
        fmt = detect_format(text, source.suffix)
        if fmt == "html":
            yield read_html(text, source.origin, options)
        elif fmt == "jsonl":
            yield from read_jsonl(text, source.origin, options)
        elif fmt == "feed":
            yield from read_feed(text, source.origin, options)
        else:
            yield read_text(text, source.origin, options)
    except UnreadableInput as exc:
        yield ReadFailure(source.origin, exc.reason)
    except Exception as exc:  # a reader bug must cost one input, not the whole batch
        yield ReadFailure(source.origin, f"unexpected error ({type(exc).__name__}: {exc})")
