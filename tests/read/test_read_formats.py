"""read_inputs on each format: plain text, HTML, JSON lines, RSS and Atom, standard input, directories, globs."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from geograph.read import ReadOptions, read_inputs
from geograph.records import Article, ReadFailure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"


def _read(*names: str, options: ReadOptions | None = None) -> list[Article | ReadFailure]:
    return list(read_inputs([str(FIXTURES / n) for n in names], options or ReadOptions()))


def _articles(results: list[Article | ReadFailure]) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def test_html_main_text_and_metadata_without_page_chrome() -> None:
    [article] = _read("article_fa.html")
    assert isinstance(article, Article)
    assert "ولادیمیر پوتین رئیس جمهور روسیه" in article.text
    assert "این اتهام را رد می" in article.text
    for chrome in ("صفحه اصلی", "واتساپ", "دیدگاهتان", "تمامی حقوق"):
        assert chrome not in article.text
    assert article.title == "دیدار پوتین و کیم در پیونگ یانگ"
    assert article.url == "https://news.example.org/fa/news/1234"
    assert article.source == "خبرگزاری نمونه"
    assert article.published == dt.date(2024, 6, 19)
    assert article.lang == "fa"
    assert "روز سه\u200cشنبه" in article.text  # trafilatura would drop the ZWNJ; it is kept


def test_html_without_date_metadata_gets_no_date(tmp_path: Path) -> None:
    page = tmp_path / "undated.html"
    paragraph = "<p>On 3 March 2021 the foreign ministers of Russia and China met in Moscow to discuss trade.</p>"
    page.write_text(f"<html><head><title>Talks</title></head><body><article>{paragraph * 4}</article></body></html>")
    [article] = read_inputs([str(page)], ReadOptions())
    assert isinstance(article, Article)
    assert article.published is None
    [with_default] = read_inputs([str(page)], ReadOptions(published=dt.date(2021, 3, 5)))
    assert isinstance(with_default, Article)
    assert with_default.published == dt.date(2021, 3, 5)


def test_malformed_html_is_an_article_or_a_failure_never_an_exception() -> None:
    [result] = _read("malformed.html")
    assert isinstance(result, ReadFailure)
    assert result.origin.endswith("malformed.html")


def test_jsonl_reads_good_lines_and_reports_bad_ones_by_line() -> None:
    results = _read("articles.jsonl")
    by_origin = {(r.origin or "").rsplit("/", 1)[-1]: r for r in results}
    assert sorted(by_origin) == [f"articles.jsonl:{n}" for n in (1, 2, 3, 4, 5, 7)]
    first = by_origin["articles.jsonl:1"]
    assert isinstance(first, Article)
    assert (first.title, first.url, first.source, first.lang) == (
        "Putin meets Kim",
        "https://example.org/a",
        "Example Wire",
        "en",
    )
    assert first.published == dt.date(2024, 6, 19)
    second = by_origin["articles.jsonl:2"]
    assert isinstance(second, Article)
    assert second.published == dt.date(2024, 6, 19)  # RFC 822
    assert second.lang == "fa"
    reasons = {k: r.reason for k, r in by_origin.items() if isinstance(r, ReadFailure)}
    assert sorted(reasons) == ["articles.jsonl:3", "articles.jsonl:4", "articles.jsonl:5"]
    assert reasons["articles.jsonl:3"].startswith("not valid JSON")
    assert reasons["articles.jsonl:4"] == "missing or empty 'text' field"
    assert reasons["articles.jsonl:5"] == "expected a JSON object, got list"
    last = by_origin["articles.jsonl:7"]
    assert isinstance(last, Article)
    assert last.lang == "ar"
    assert last.published is None  # "sometime in June" is not a date


def test_rss_entries_become_articles() -> None:
    results = _read("feed.rss")
    first, second, third = results
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Putin arrives in Pyongyang"
    assert first.url == "https://world.example.org/2024/06/19/putin-pyongyang"
    assert first.source == "Example World News"
    assert first.published == dt.date(2024, 6, 19)
    assert first.text.splitlines() == [
        "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North Korean leader"
        " Kim Jong Un.",
        "The two leaders are expected to sign a strategic partnership agreement.",
    ]
    assert "<p>" not in first.text
    assert second.published is None  # its pubDate is not a date; never invented
    assert first.origin is not None and first.origin.endswith("feed.rss#1")
    assert isinstance(third, ReadFailure)
    assert third.reason == "feed entry has no text"


def test_atom_entry_with_html_content() -> None:
    [entry] = _read("feed.atom")
    assert isinstance(entry, Article)
    assert entry.title == "بوتين يصل إلى بيونغ يانغ"
    assert entry.source == "أخبار العالم"
    assert entry.published == dt.date(2024, 6, 19)
    assert entry.lang == "ar"
    assert entry.text.startswith("وصل الرئيس الروسي فلاديمير بوتين")


def test_plain_text_title_and_options_override() -> None:
    options = ReadOptions(lang="fa", source="Tasnim", published=dt.date(2024, 6, 20))
    [article] = _read("seed_head_tail.txt", options=options)
    assert isinstance(article, Article)
    assert article.title == "روسیه در مسیر ائتلافهای راهبردی و ساخت دنیای چندقطبی جدید"
    assert (article.lang, article.source, article.published) == ("fa", "Tasnim", dt.date(2024, 6, 20))


def test_utf16_with_bom() -> None:
    [article] = _read("utf16_bom.txt")
    assert isinstance(article, Article)
    assert article.text.startswith("Putin arrived in Pyongyang")
    assert article.lang == "en"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Russian and Chinese diplomats met in Beijing on Tuesday to discuss the war."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [article] = read_inputs(["-"], ReadOptions())
    assert isinstance(article, Article)
    assert article.origin == "<stdin>"
    assert article.lang == "en"


def test_directory_and_glob_discovery(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Moscow and Pyongyang signed a treaty on mutual assistance.")
    (tmp_path / "a.md").write_text("# Heading\n\nTehran and Riyadh restored diplomatic relations in 2023.")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (tmp_path / ".hidden.txt").write_text("not read")
    from_dir = [r.origin for r in read_inputs([str(tmp_path)], ReadOptions())]
    assert from_dir == [str(tmp_path / "a.md"), str(tmp_path / "sub" / "b.txt")]
    from_glob = [r.origin for r in read_inputs([str(tmp_path / "**" / "*.txt")], ReadOptions())]
    assert from_glob == [str(tmp_path / "sub" / "b.txt")]
    [markdown] = read_inputs([str(tmp_path / "a.md")], ReadOptions())
    assert isinstance(markdown, Article)
    assert markdown.title == "Heading"


def test_reading_is_lazy(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Ankara and Athens agreed to resume talks on maritime borders next month.")
    results = read_inputs([str(good), str(tmp_path / "missing.txt")], ReadOptions())
    first = next(results)
    assert isinstance(first, Article)
    good.unlink()  # inputs after the first are not touched until asked for
    second = next(results)
    assert isinstance(second, ReadFailure)
