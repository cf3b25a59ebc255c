"""Walking folders and glob patterns: which files a walk reads, each real directory visited once.

A directory symlink is followed, but a directory reached twice (a link to itself or to an ancestor, two links
to one place) is walked only once, by its ``(st_dev, st_ino)``: ``glob.glob(..., recursive=True)`` follows
such links without end. Hidden files and folders are never walked into.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import posixpath
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geograph.records import ReadFailure

# Inside a directory only files of these kinds are taken: a named file is always read, but a folder of
# scrapes usually also holds images and logs that would each become a "binary file" failure.
ARTICLE_SUFFIXES = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"} | {".jsonl", ".ndjson", ".json", ".rss", ".atom", ".xml"}
)
# A corpus folder is often a repository or a download with notes beside the articles: those are not news.
_PROJECT_FILE_STEMS = frozenset(
    {"license", "licence", "copying", "notice", "changelog", "changes", "history", "authors", "contributing"}
)


@dataclass(frozen=True)
class Selection:
    """Which files of a folder walk are read.

    By default: files with an article extension (``ARTICLE_SUFFIXES``), except README* and other project
    notes (LICENSE, CHANGELOG, ...). ``include`` globs, when given, replace that rule: a file is read when it
    matches one. A file matching an ``exclude`` glob is never read. A glob without "/" is matched against the
    file's name, one with "/" against its path below the folder walked (``**`` spans folders).
    """

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def admits(self, relative: str) -> bool:
        if any(_glob_matches(pattern, relative) for pattern in self.exclude):
            return False
        if self.include:
            return any(_glob_matches(pattern, relative) for pattern in self.include)
        return is_article_name(posixpath.basename(relative))


def is_article_name(name: str) -> bool:
    path = Path(name)
    stem = path.stem.lower()
    return path.suffix.lower() in ARTICLE_SUFFIXES and not stem.startswith("readme") and stem not in _PROJECT_FILE_STEMS


def walk_folder(top: str, selection: Selection) -> Iterator[str | ReadFailure]:
    """The files below ``top`` that ``selection`` admits, in name order (a folder's files before its folders)."""
    for full, relative, is_dir in _tree(top, lambda _relative: True):
        if isinstance(full, ReadFailure) or (not is_dir and selection.admits(relative)):
            yield full


def walk_pattern(pattern: str, selection: Selection) -> Iterator[str | ReadFailure]:
    """The files a glob pattern names, and the admitted files of the folders it names, in name order.

    A file the pattern itself matches is read whatever its extension (the pattern chose it), unless an
    ``exclude`` glob matches it.
    """
    folders_only = pattern.endswith("/")  # as in a shell, "data/*/" names only folders
    root, rest = _split_pattern(pattern.rstrip("/") or "/")
    parts = tuple(rest.split("/"))
    unbounded = "**" in parts

    matched_folders: list[str] = []

    def descend(relative: str) -> bool:
        deeper = unbounded or relative.count("/") + 1 < len(parts)
        return deeper or _enclosing(relative, matched_folders) is not None

    for full, relative, is_dir in _tree(root, descend):
        if isinstance(full, ReadFailure):
            yield full
        elif (folder := _enclosing(relative, matched_folders)) is not None:
            if not is_dir and selection.admits(relative[len(folder) + 1 :]):
                yield full
        elif _segments_match(parts, tuple(relative.split("/"))):
            if is_dir:
                matched_folders.append(relative)
            elif not folders_only and not any(_glob_matches(p, relative) for p in selection.exclude):
                yield full


def _enclosing(relative: str, folders: list[str]) -> str | None:
    """The matched folder ``relative`` is (or is below), if any."""
    return next((f for f in folders if relative == f or relative.startswith(f + "/")), None)


def _tree(top: str, descend: Callable[[str], bool]) -> Iterator[tuple[str | ReadFailure, str, bool]]:
    """``(full path, path below top, is a directory)`` depth first in name order; each real directory once.

    ``top`` "" is the current folder (paths then come without a "./"). ``descend(relative)`` says whether to
    walk into a directory (it is still listed). A folder that cannot be listed becomes a ``ReadFailure``.
    """
    seen: set[tuple[int, int]] = set()
    pending: list[tuple[str, str]] = [(top or os.curdir, "")]
    while pending:
        directory, relative = pending.pop()
        try:
            info = os.stat(directory)
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            yield ReadFailure(directory, f"folder cannot be read ({exc.strerror or exc})"), relative, True
            continue
        folders: list[tuple[str, str]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            below = f"{relative}/{entry.name}" if relative else entry.name
            full = os.path.join(top, below) if top else below
            if _is_dir(entry):
                yield full, below, True
                if descend(below):
                    folders.append((full, below))
            else:
                yield full, below, False
        pending.extend(reversed(folders))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:  # a dangling or looping link: let reading it report the reason
        return False


def _split_pattern(pattern: str) -> tuple[str, str]:
    """``data/fa/**/*.txt`` -> (``data/fa``, ``**/*.txt``): the literal folder to walk, and the rest."""
    parts = pattern.split("/")
    literal = 0
    while literal < len(parts) - 1 and not glob.has_magic(parts[literal]):
        literal += 1
    root = "/".join(parts[:literal])
    if pattern.startswith("/") and not root:
        root = "/"
    return root, "/".join(parts[literal:])


def _glob_matches(pattern: str, relative: str) -> bool:
    if "/" not in pattern:
        return fnmatch.fnmatchcase(posixpath.basename(relative), pattern)
    return _segments_match(tuple(pattern.strip("/").split("/")), tuple(relative.split("/")))


def _segments_match(pattern: tuple[str, ...], path: tuple[str, ...]) -> bool:
    """Glob match by path segment, ``**`` standing for any number of folders (dynamic programming, no blowup)."""
    # reachable[j]: the pattern so far can match the first j segments of the path
    reachable = [True] + [False] * len(path)
    for part in pattern:
        if part == "**":
            for j in range(1, len(path) + 1):
                reachable[j] = reachable[j] or reachable[j - 1]
        else:
            reachable = [False] + [
                reachable[j - 1] and fnmatch.fnmatchcase(path[j - 1], part) for j in range(1, len(path) + 1)
            ]
    return reachable[len(path)]
