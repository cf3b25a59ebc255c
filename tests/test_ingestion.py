"""The ingest pipeline: a slow article is skipped at its time budget, and the store is never locked while
an article is being extracted."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import RUSSIA, UKRAINE, make_article, make_assertion, make_extraction
from geograph.cli import main
from geograph.ingestion import ExtractionFailure, ingest
from geograph.records import Article, Extraction
from geograph.store import Store

# Two megabytes of prose whose sentences all differ (no cache helps): many seconds of extraction, far past a
# budget of half a second, which the small articles never come near.
SLOW = "".join(
    f"Russia attacked Ukraine near village {n}, and Ukraine struck back at Russian position {n * 7}. "
    for n in range(24_000)
)


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia attacked Ukraine on Monday.", encoding="utf-8")
    (folder / "slow.txt").write_text(SLOW, encoding="utf-8")
    (folder / "z.txt").write_text("Poland sent tanks to Ukraine.", encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_article_over_its_time_budget_is_skipped_and_the_rest_stored(tmp_path: Path, workers: str) -> None:
    db = tmp_path / "store.db"
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(_articles(tmp_path)),
            "--db",
            str(db),
            "--lang",
            "en",
            "--time-budget",
            "0.5",
            "--workers",
            workers,
        ],
    )
    assert result.exit_code == 0, result.output
    assert "slow.txt: extraction took longer than 0.5 s" in result.output
    with Store.open(db, read_only=True) as store:
        assert store.stats().articles == 2
        texts = {article.text for article in store.articles()}
    assert SLOW not in texts


def test_no_write_transaction_is_open_while_an_article_is_extracted(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    locked_during_extraction: list[bool] = []

    def extractions(articles: Iterable[Article]) -> Iterator[Extraction | ExtractionFailure]:
        for article in articles:
            # another writer (a second ingest) must get the lock right now
            other = sqlite3.connect(path, isolation_level=None, timeout=0.1)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                locked_during_extraction.append(False)
            except sqlite3.OperationalError:
                locked_during_extraction.append(True)
            finally:
                other.close()
            yield make_extraction(article, make_assertion(article, RUSSIA, "attacks", UKRAINE))

    articles = [make_article(f"art-{n}", text=f"Russia attacked Ukraine ({n}).") for n in range(5)]
    with Store.open(path) as store:
        summary = ingest(articles, store, extractions=extractions, commit_every=2)
        assert summary.new == 5 and store.stats().articles == 5
    assert locked_during_extraction == [False] * 5
