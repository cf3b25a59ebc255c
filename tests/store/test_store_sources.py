"""Sources are shown as written and counted without regard to case; a file is the source of an article that
names none."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from conftest import RUSSIA, UKRAINE, make_article, make_assertion, make_extraction
from geograph.records import Article, Extraction
from geograph.store import Store


def _attack(article: Article) -> Extraction:
    return make_extraction(article, make_assertion(article, RUSSIA, "attacks", UKRAINE))


def _store(path: Path, *articles: Article) -> Store:
    store = Store.open(path)
    run = store.begin_run("test")
    for article in articles:
        store.add(_attack(article), run=run)
    return store


def test_a_source_keeps_its_case_and_two_spellings_count_once(tmp_path: Path) -> None:
    with _store(
        tmp_path / "s.db", make_article("a1", source="BBC Persian"), make_article("a2", source="bbc  persian")
    ) as store:
        (edge,) = list(store.edges())
        assert edge.sources == 1 and edge.articles == 2
        assert {m.source for m in store.assertions()} == {"BBC Persian", "bbc persian"}


def test_an_article_without_a_source_is_known_by_its_file(tmp_path: Path) -> None:
    plain = replace(make_article("a1"), origin="news/2024/report.txt")
    piped = replace(make_article("a2"), origin="<stdin>")
    other_piped = replace(make_article("a3", text="Another text."), origin="<stdin>")
    with _store(tmp_path / "s.db", plain, piped, other_piped) as store:
        sources = {m.article: m.source for m in store.assertions()}
        (edge,) = list(store.edges())
    assert sources["a1"] == "news/2024/report.txt"
    assert sources["a2"] == "article:a2"  # standard input names no file: each piped article is its own source
    assert edge.sources == 3
