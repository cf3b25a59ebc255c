"""Finding inputs: files, directories (recursively), glob patterns, and "-" for standard input."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from geograph.read.options import UnreadableInput
from geograph.records import ReadFailure

STDIN = "-"
STDIN_ORIGIN = "<stdin>"

# Inside a directory only files of these kinds are taken: a named file is always read, but a folder of
# scrapes usually also holds images and logs that would each become a "binary file" failure.
ARTICLE_SUFFIXES = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"} | {".jsonl", ".ndjson", ".json", ".rss", ".atom", ".xml"}
)


@dataclass(frozen=True)
class Input:
    """One input to read: a file path, or standard input when ``path`` is None."""

    path: str | None
    origin: str

    @property
    def suffix(self) -> str:
        return Path(self.path).suffix.lower() if self.path else ""


def discover(paths: Sequence[str]) -> Iterator[Input | ReadFailure]:
    """Each input in order; a path that names nothing becomes a ``ReadFailure`` with the OS's reason."""
    for path in paths:
        if path == STDIN:
            yield Input(None, STDIN_ORIGIN)
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.lexists(path):
            yield Input(path, path)
        elif glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield ReadFailure(path, "no file matches this pattern")
            for match in matches:
                yield from _walk(match) if os.path.isdir(match) else iter([Input(match, match)])
        else:
            yield ReadFailure(path, _os_reason(path))


def _walk(directory: str) -> Iterator[Input]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                full = os.path.join(root, name)
                yield Input(full, full)


def _os_reason(path: str) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        return exc.strerror or str(exc)
    return "not found"


def load_bytes(source: Input, max_bytes: int) -> bytes:
    """The raw bytes of ``source``, refusing anything over ``max_bytes`` before reading it all."""
    if source.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise UnreadableInput(f"too large (more than {max_bytes} bytes > limit)")
        return data
    try:
        size = os.stat(source.path).st_size
        if size > max_bytes:
            raise UnreadableInput(f"too large ({size} bytes > {max_bytes} byte limit)")
        with open(source.path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableInput(exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:  # the file grew, or is a special file without a size
        raise UnreadableInput(f"too large (more than {max_bytes} bytes > limit)")
    return data
