"""Each way an input can fail becomes a ReadFailure with a one-line reason, and the batch goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geograph.read import ReadOptions, read_inputs
from geograph.records import Article, ReadFailure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"
GOOD = "Moscow and Pyongyang signed a comprehensive strategic partnership treaty on Wednesday."


def _one(path: Path | str, options: ReadOptions | None = None) -> ReadFailure:
    [result] = read_inputs([str(path)], options or ReadOptions())
    assert isinstance(result, ReadFailure)
    return result


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").write_bytes(b"")
    assert _one(tmp_path / "zero.txt").reason == "empty"
    assert _one(FIXTURES / "blank.txt").reason == "empty"
    (tmp_path / "invisible.txt").write_text("\ufeff \u200c\n")
    assert _one(tmp_path / "invisible.txt").reason == "empty"


def test_binary() -> None:
    assert _one(FIXTURES / "tiny.png").reason == "binary file"


def test_legacy_encodings_are_refused_with_a_hint() -> None:
    latin = _one(FIXTURES / "french_latin1.txt").reason
    assert latin.startswith("not valid UTF-8") and "latin-1" in latin
    arabic = _one(FIXTURES / "persian_cp1256.txt").reason
    assert arabic.startswith("not valid UTF-8") and "cp1256" in arabic


def test_oversized(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 10)
    reason = _one(path, ReadOptions(max_bytes=100)).reason
    assert reason == f"too large ({path.stat().st_size} bytes > 100 byte limit)"


def test_missing_file_gives_the_os_reason(tmp_path: Path) -> None:
    failure = _one(tmp_path / "nope.txt")
    assert failure.origin == str(tmp_path / "nope.txt")
    assert failure.reason == "No such file or directory"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    assert _one(path).reason == "Permission denied"


def test_boilerplate_only_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("دکمه بازگشت به بالا\n\n© خبرگزاری تسنیم\n")
    assert _one(path).reason.startswith("empty")


def test_a_bad_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    paths = [str(FIXTURES / "tiny.png"), str(tmp_path / "missing.txt"), str(FIXTURES / "malformed.html"), str(good)]
    results = list(read_inputs(paths, ReadOptions()))
    assert [type(r) for r in results] == [ReadFailure, ReadFailure, ReadFailure, Article]


def test_json_line_with_a_lone_surrogate_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"text": "Ankara and Athens resumed talks \\ud83d today."}\n{"text": "Baku and Yerevan met."}\n')
    results = list(read_inputs([str(path)], ReadOptions()))
    assert [r.origin for r in results] == [f"{path}:1", f"{path}:2"]
    assert isinstance(results[1], Article)
