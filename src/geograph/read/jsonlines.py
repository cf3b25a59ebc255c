"""JSON lines: one article object per line; a bad line fails alone. A whole-file JSON array also works."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from geograph.read.article import Metadata, build_article
from geograph.read.dates import parse_date
from geograph.read.options import ReadOptions
from geograph.records import Article, ReadFailure

_STRING_FIELDS = ("title", "url", "source", "lang", "published")


def read_jsonl(text: str, origin: str, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    whole = _whole_document(text)
    if whole is not None:
        for number, record in enumerate(whole, start=1):
            yield _guarded(record, f"{origin}:{number}", options)
        return
    # Only "\n" ends a line: str.splitlines also splits at U+2028, U+2029, U+0085 and others, which JSON
    # allows raw inside strings, so it would cut valid records in two.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line_origin = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield ReadFailure(line_origin, f"not valid JSON ({exc})")
            continue
        except RecursionError:
            yield ReadFailure(line_origin, "not readable JSON (nested too deeply)")
            continue
        yield _guarded(record, line_origin, options)


def _guarded(record: Any, origin: str, options: ReadOptions) -> Article | ReadFailure:
    try:
        return _article(record, origin, options)
    except Exception as exc:  # one odd record must not cost the rest of the file
        return ReadFailure(origin, f"unexpected error ({type(exc).__name__}: {exc})")


def _whole_document(text: str) -> list[Any] | None:
    """A file that is one JSON array (or one pretty-printed object) rather than JSON lines."""
    stripped = text.strip()
    if "\n" not in stripped and not stripped.startswith("["):
        return None
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):  # then each line is read (and fails) on its own
        return None
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, dict) else None


def _article(record: Any, origin: str, options: ReadOptions) -> Article | ReadFailure:
    if not isinstance(record, dict):
        return ReadFailure(origin, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadFailure(origin, "missing or empty 'text' field")
    for name in _STRING_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            return ReadFailure(origin, f"field {name!r} must be a string")
    meta = Metadata(
        title=record.get("title"),
        url=record.get("url"),
        published=parse_date(record.get("published")),
        source=record.get("source"),
        lang=record.get("lang"),
    )
    return build_article(text, origin, meta, options)
