"""Finding inputs: files, directories (recursively), glob patterns, and "-" for standard input."""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from geograph.read.options import UnreadableInput
from geograph.read.walk import Selection, walk_folder, walk_pattern
from geograph.records import ReadFailure

STDIN = "-"
STDIN_ORIGIN = "<stdin>"


@dataclass(frozen=True)
class Input:
    """One input to read: a file path, or standard input when ``path`` is None.

    ``named`` is true for a path given as such (read whatever it is: a pipe from ``<(...)`` works); a file a
    folder walk or a glob found must be a regular file, so a FIFO named ``x.txt`` cannot block the batch.
    """

    path: str | None
    origin: str
    named: bool = True

    @property
    def suffix(self) -> str:
        return Path(self.path).suffix.lower() if self.path else ""


def discover(paths: Sequence[str], selection: Selection | None = None) -> Iterator[Input | ReadFailure]:
    """Each input in order; a path that names nothing becomes a ``ReadFailure`` with the OS's reason.

    Folders are walked recursively and read as ``selection`` says (see ``Selection``); a file named in
    ``paths`` is always read.
    """
    selection = selection or Selection()
    for path in paths:
        if path == STDIN:
            yield Input(None, STDIN_ORIGIN)
        elif os.path.isdir(path):
            yield from _found(walk_folder(path, selection))
        elif os.path.lexists(path):
            yield Input(path, path)
        elif glob.has_magic(path):
            found = list(_found(walk_pattern(path, selection)))
            if not found:
                yield ReadFailure(path, "no file matches this pattern")
            yield from found
        else:
            yield ReadFailure(path, _os_reason(path))


def _found(paths: Iterator[str | ReadFailure]) -> Iterator[Input | ReadFailure]:
    for item in paths:
        yield item if isinstance(item, ReadFailure) else Input(item, item, named=False)


def _os_reason(path: str) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        return exc.strerror or str(exc)
    except ValueError:  # a NUL, or undecodable bytes the OS cannot be asked about
        return "not a valid file name"
    return "not found"


def load_bytes(source: Input, max_bytes: int) -> bytes:
    """The raw bytes of ``source``, refusing anything over ``max_bytes`` before reading it all."""
    if source.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise UnreadableInput(f"too large (more than {max_bytes} bytes > limit)")
        return data
    try:
        if source.named and _is_special(os.stat(source.path).st_mode):
            with open(source.path, "rb") as stream:  # a pipe named on purpose: wait for its writer
                data = stream.read(max_bytes + 1)
        else:
            data = _read_regular(source.path, max_bytes)
    except OSError as exc:
        raise UnreadableInput(exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:  # the file grew, or is a special file without a size
        raise UnreadableInput(f"too large (more than {max_bytes} bytes > limit)")
    return data


def _read_regular(path: str, max_bytes: int) -> bytes:
    # Non-blocking, so a FIFO (found by a walk, or swapped in since) is refused at once instead of waited on.
    with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
        info = os.fstat(handle.fileno())
        mode, size = info.st_mode, info.st_size
        if stat.S_ISDIR(mode):
            raise UnreadableInput("a folder")
        if not stat.S_ISREG(mode):
            raise UnreadableInput(f"not a regular file ({_kind(mode)}); name it to read it")
        if size > max_bytes:
            raise UnreadableInput(f"too large ({size} bytes > {max_bytes} byte limit)")
        return handle.read(max_bytes + 1)


def _is_special(mode: int) -> bool:
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"
