"""Hostile inputs cannot stall, drop or corrupt a batch: each line, feed item and file is its own unit."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from geograph.read import ReadOptions, read_inputs
from geograph.records import Article, ReadFailure

GOOD = "Moscow and Pyongyang signed a comprehensive strategic partnership treaty on Wednesday."
OTHER = "Ankara and Athens agreed to resume talks on maritime borders next month."

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks as on POSIX")


def _within(seconds: float, work: Callable[[], list[Article | ReadFailure]]) -> list[Article | ReadFailure]:
    """``work()``'s result, failing (not hanging) when it takes longer than ``seconds``."""
    box: list[list[Article | ReadFailure]] = []
    thread = threading.Thread(target=lambda: box.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert box, f"still reading after {seconds} s"
    return box[0]


def test_a_deeply_nested_json_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    nested = "[" * 100_000 + "]" * 100_000
    lines = [json.dumps({"text": GOOD}), nested, json.dumps({"text": OTHER})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_inputs([str(path)], ReadOptions()))
    assert [type(r) for r in results] == [Article, ReadFailure, Article]
    assert results[1].origin == f"{path}:2"
    assert "nested too deeply" in results[1].reason
    assert isinstance(results[2], Article) and results[2].text == OTHER


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_json_lines_split_only_at_newline(tmp_path: Path, separator: str) -> None:
    path = tmp_path / "batch.jsonl"
    texts = [f"{GOOD}{separator}{OTHER}", OTHER]
    raw = "\n".join(json.dumps({"text": text}, ensure_ascii=False) for text in texts) + "\n"
    assert separator in raw  # written raw, as JSON allows
    path.write_text(raw, encoding="utf-8")
    results = list(read_inputs([str(path)], ReadOptions()))
    assert all(isinstance(r, Article) for r in results), results
    assert [r.origin for r in results] == [f"{path}:1", f"{path}:2"]
    assert [r.text for r in results if isinstance(r, Article)] == texts


def test_a_broken_feed_item_does_not_swallow_its_siblings(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>\n'
        f"<item><title>One</title><description>{GOOD}</description></item>\n"
        "<item><title>Two</title><description>cut off <![CDATA[ never closed </description></item>\n"
        f"<item><title>Three</title><description>{OTHER}</description></item>\n"
        "</channel></rss>\n",
        encoding="utf-8",
    )
    results = list(read_inputs([str(path)], ReadOptions()))
    assert [r.origin for r in results] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    first, second, third = results
    assert isinstance(first, Article) and first.text == GOOD and first.source == "Wire"
    assert isinstance(second, ReadFailure)
    assert isinstance(third, Article) and third.text == OTHER and third.title == "Three"


@posix_only
def test_an_unreadable_file_in_a_folder_costs_only_itself(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")  # dangling
    (tmp_path / "c.txt").write_text(OTHER)
    results = list(read_inputs([str(tmp_path)], ReadOptions()))
    assert [type(r) for r in results] == [Article, ReadFailure, Article]
    assert results[1].origin == str(tmp_path / "b.txt")


@posix_only
def test_a_fifo_in_a_folder_is_refused_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text(OTHER)
    for paths in ([str(tmp_path)], [str(tmp_path / "*.txt")]):
        results = _within(10, lambda paths=paths: list(read_inputs(paths, ReadOptions())))
        assert [type(r) for r in results] == [Article, ReadFailure, Article]
        assert results[1].reason.startswith("not a regular file (a named pipe)")


@posix_only
def test_a_named_fifo_is_read_like_standard_input(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)

    def write() -> None:
        with open(pipe, "w", encoding="utf-8") as out:
            out.write(GOOD)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    [article] = _within(10, lambda: list(read_inputs([str(pipe)], ReadOptions())))
    writer.join(5)
    assert isinstance(article, Article) and article.text == GOOD


@posix_only
def test_self_linked_folders_are_walked_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "fa").mkdir(parents=True)
    (corpus / "fa" / "a.txt").write_text(GOOD)
    (corpus / "b.txt").write_text(OTHER)
    (corpus / "loop1").symlink_to(corpus, target_is_directory=True)
    (corpus / "loop2").symlink_to(corpus, target_is_directory=True)
    (corpus / "fa" / "up").symlink_to(corpus, target_is_directory=True)
    for paths in ([str(corpus)], [str(corpus / "**" / "*.txt")]):
        results = _within(10, lambda paths=paths: list(read_inputs(paths, ReadOptions())))
        assert sorted(r.text for r in results if isinstance(r, Article)) == sorted([GOOD, OTHER])
        assert len(results) == 2


@posix_only
def test_a_linked_folder_elsewhere_is_read(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.txt").write_text(GOOD)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)
    [article] = read_inputs([str(corpus)], ReadOptions())
    assert article.origin == str(corpus / "linked" / "a.txt")


def _folder(root: Path) -> Path:
    for relative, text in {
        "README.md": "# Corpus\n\nScraped in 2024 from the wires; see LICENSE.",
        "readme.txt": "Notes on the corpus.",
        "LICENSE.txt": "Permission is hereby granted.",
        "CHANGELOG.md": "v2: more articles.",
        ".notes.txt": "hidden",
        ".cache/x.txt": GOOD,
        "fa/a.txt": GOOD,
        "fa/drafts/b.txt": OTHER,
        "en/c.html": f"<html><body><article><p>{OTHER}</p></article></body></html>",
        "en/run.log": GOOD,
    }.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _origins(paths: list[str], options: ReadOptions, root: Path) -> list[str]:
    return [os.path.relpath(r.origin or "", root) for r in read_inputs(paths, options)]


def test_a_folder_walk_reads_articles_not_project_notes(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    assert _origins([str(root)], ReadOptions(), root) == ["en/c.html", "fa/a.txt", "fa/drafts/b.txt"]
    # a file named on the command line is always read
    assert _origins([str(root / "README.md"), str(root / "en/run.log")], ReadOptions(), root) == [
        "README.md",
        "en/run.log",
    ]


def test_include_and_exclude_choose_what_a_folder_walk_reads(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    only_text = ReadOptions(include=("*.txt",))
    assert _origins([str(root)], only_text, root) == ["LICENSE.txt", "readme.txt", "fa/a.txt", "fa/drafts/b.txt"]
    no_drafts = ReadOptions(exclude=("**/drafts/**", "*.html"))
    assert _origins([str(root)], no_drafts, root) == ["fa/a.txt"]
    anchored = ReadOptions(exclude=("drafts/**",))  # a glob with "/" is matched from the folder walked
    assert _origins([str(root)], anchored, root) == ["en/c.html", "fa/a.txt", "fa/drafts/b.txt"]
    logs_too = ReadOptions(include=("*.log", "fa/*.txt"))
    assert _origins([str(root)], logs_too, root) == ["en/run.log", "fa/a.txt"]
    # a glob's own matches are read as named, but --exclude still applies
    pattern = str(root / "**" / "*.txt")
    assert _origins([pattern], ReadOptions(exclude=("b.txt",)), root) == ["LICENSE.txt", "readme.txt", "fa/a.txt"]


def test_a_glob_naming_folders_walks_them(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    named_and_walked = ["CHANGELOG.md", "LICENSE.txt", "README.md", "readme.txt", "en/c.html", "fa/a.txt"]
    assert _origins([str(root / "*")], ReadOptions(), root) == [*named_and_walked, "fa/drafts/b.txt"]
    assert _origins([str(root) + "/*/"], ReadOptions(), root) == ["en/c.html", "fa/a.txt", "fa/drafts/b.txt"]
    assert _origins([str(root / "f?")], ReadOptions(exclude=("drafts/*",)), root) == ["fa/a.txt"]
