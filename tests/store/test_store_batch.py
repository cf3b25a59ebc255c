"""Batched commits: many articles per transaction, each article still written whole or not at all."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator

import pytest

from conftest import NORTH_KOREA, RUSSIA, UKRAINE, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.ingestion import ExtractionFailure, IngestEvent, ingest
from geograph.records import Actor, Article, Extraction
from geograph.store import Store

LOCAL_MILITIA = Actor(id="geograph:local-militia", label="Local militia", type="armed_group")


def _extraction(number: int, subject: Actor = UNITED_STATES, obj: Actor = RUSSIA) -> Extraction:
    article = make_article(f"batch{number}")
    return make_extraction(article, make_assertion(article, subject, "sanctions", obj))


def _broken(number: int) -> Extraction:
    """An article whose second assertion cannot be stored (no evidence offset): it fails half-written."""
    good = _extraction(number)
    bad = dataclasses.replace(good.assertions[0], object=UKRAINE, start=None)  # type: ignore[arg-type]
    return dataclasses.replace(good, assertions=(*good.assertions, bad))


def _stored(store: Store) -> dict[str, int]:
    counts: dict[str, int] = {}
    for assertion in store.assertions():
        counts[assertion.article] = counts.get(assertion.article, 0) + 1
    return counts


def test_an_article_that_fails_in_a_batch_is_rolled_back_alone(store: Store) -> None:
    run = store.begin_run("test")
    with store.batch() as batch:
        batch.add(_extraction(1), run=run)
        with pytest.raises(sqlite3.IntegrityError):
            batch.add(_broken(2), run=run)
        batch.add(_extraction(3), run=run)
    assert _stored(store) == {"batch1": 1, "batch3": 1}
    assert not store.has_article("batch2")


def test_a_batch_commits_when_due_and_on_exit(store: Store) -> None:
    run = store.begin_run("test")
    with Store.open(store.path) as other, store.batch(articles=2) as batch:
        batch.add(_extraction(1), run=run)
        assert not batch.due
        assert not other.has_article("batch1")  # not committed yet: another connection does not see it
        batch.add(_extraction(2), run=run)
        assert batch.due
        batch.commit()
        assert other.has_article("batch2")
        batch.add(_extraction(3), run=run)
    with Store.open(store.path) as reopened:
        assert reopened.has_article("batch3")


def test_entities_of_a_rolled_back_batch_are_written_again(store: Store) -> None:
    run = store.begin_run("test")
    batch = store.batch()
    batch.add(_extraction(1, LOCAL_MILITIA, UKRAINE), run=run)
    batch.rollback()
    with store.batch() as second:  # the militia's entity row was rolled back: it must be inserted again
        second.add(_extraction(2, LOCAL_MILITIA, NORTH_KOREA), run=run)
    assert store.entity(LOCAL_MILITIA.id) is not None
    assert _stored(store) == {"batch2": 1}


def test_an_interrupted_ingest_keeps_every_article_added_and_reports_only_committed_ones(store: Store) -> None:
    events: list[IngestEvent] = []

    def interrupted(articles: Iterable[Article]) -> Iterator[Extraction | ExtractionFailure]:
        for number, _ in enumerate(articles):
            if number == 3:
                raise KeyboardInterrupt
            yield _extraction(number)

    inputs = [make_article(f"batch{n}") for n in range(6)]
    with pytest.raises(KeyboardInterrupt):
        ingest(inputs, store, extractions=interrupted, progress=events.append)
    assert sorted(_stored(store)) == ["batch0", "batch1", "batch2"]
    assert events == []  # the batch was committed on the way out, but the run never reported it done
    summary = ingest(inputs, store, extractions=lambda arts: (_extraction(int(a.id[5:])) for a in arts))
    assert (summary.new, summary.duplicate) == (3, 3)


def test_ingest_commits_every_n_articles_and_reports_each_article_once_committed(store: Store) -> None:
    visible_at_report: list[int] = []

    def count_from_another_connection(_event: IngestEvent) -> None:
        with sqlite3.connect(store.path) as other:
            visible_at_report.append(other.execute("SELECT count(*) FROM articles").fetchone()[0])

    inputs = [make_article(f"batch{n}") for n in range(5)]
    extractions = lambda arts: (_extraction(int(a.id[5:])) for a in arts)  # noqa: E731
    ingest(inputs, store, extractions=extractions, progress=count_from_another_connection, commit_every=2)
    assert visible_at_report == [2, 2, 4, 4, 5]
