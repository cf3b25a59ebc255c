"""Format detection (content first, then extension) and decoding of byte-order marks."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from geograph.read import ReadOptions, detect_format, read_inputs
from geograph.read.decoding import decode
from geograph.read.options import UnreadableInput
from geograph.records import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", ".txt", "html"),  # content beats extension
        ("<html lang='fa'><head></head><body></body></html>", "", "html"),
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "", "feed"),
        ('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', ".xml", "feed"),
        ('{"text": "a"}\n{"text": "b"}\n', "", "jsonl"),
        ('[{"text": "a"},\n {"text": "b"}]', ".json", "jsonl"),
        ("{not json at all, just braces}", ".txt", "text"),
        ("<<خبر فوری>> پوتین وارد پیونگ یانگ شد", ".txt", "text"),
        ("plain words", ".md", "text"),
        ("plain words", ".html", "html"),
        ("plain words", "", "text"),
    ],
)
def test_detect_format(text: str, suffix: str, expected: str) -> None:
    assert detect_format(text, suffix) == expected


def test_utf8_bom_is_removed_and_plain_utf8_kept() -> None:
    assert decode("\ufeffسلام".encode()) == "سلام"
    assert decode("سلام\u200cها".encode()) == "سلام\u200cها"


def test_utf16_be_bom() -> None:
    assert decode("\ufeffPutin".encode("utf-16-be")) == "Putin"


def test_broken_utf16_after_its_bom_is_refused() -> None:
    with pytest.raises(UnreadableInput, match="UTF-16-LE"):
        decode(b"\xff\xfe\x00\xd8")  # a lone surrogate


def test_json_array_file_reads_every_record(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(
        '[{"text": "Iran and Saudi Arabia restored diplomatic ties in March 2023."},\n {"title": "no text"}]'
    )
    first, second = read_inputs([str(path)], ReadOptions())
    assert isinstance(first, Article) and first.origin == f"{path}:1"
    assert not isinstance(second, Article) and second.origin == f"{path}:2"


def test_html_is_read_without_any_network_access(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the read stage tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    results = list(read_inputs([str(FIXTURES / "article_fa.html"), str(FIXTURES / "feed.rss")], ReadOptions()))
    assert sum(isinstance(r, Article) for r in results) == 3
