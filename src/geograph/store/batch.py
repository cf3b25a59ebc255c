"""Committing many articles at once: one transaction per batch, one savepoint per article.

A commit in WAL mode writes every page the transaction dirtied; articles committed together share the pages
they both touch (table tails, the index pages of the actors they share), so a batch writes each such page once.
Each article stays atomic inside its savepoint: one that fails is rolled back alone and the batch goes on. A
crash loses at most the batch not yet committed, never part of an article, and the next ingest of the same
inputs stores it, because articles already in the store are skipped.
"""

from __future__ import annotations

import sqlite3
import time
from types import TracebackType

from geograph.records import Entity, Extraction
from geograph.store.writer import AddResult, add_extraction

# In a large store nearly every index insert lands on its own page (one per actor and per date touched), so
# the pages a commit writes grow with the distinct actors and dates it holds, not with its articles: 512
# articles per commit instead of 64 cut the store's share at 100k articles by 15-33% (1.40 -> 0.94-1.18 ms per
# article over 500-article ingests; docs/benchmarks.md, round 3).
BATCH_ARTICLES = 512
# Another process waiting to write waits at most about this long (plus one article) for the lock, and a crash
# loses at most this much work (which the next ingest of the same inputs redoes).
BATCH_SECONDS = 3.0


class Batch:
    """Adds articles inside one write transaction, committed when :attr:`due` says so or on exit.

    Use through :meth:`geograph.store.Store.batch`. ``written`` is the store's set of entity records known
    to be committed; this batch extends a copy and hands it back only when its transaction commits.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        written: set[Entity],
        *,
        articles: int = BATCH_ARTICLES,
        seconds: float = BATCH_SECONDS,
    ) -> None:
        self._connection = connection
        self._committed = written
        self._written = set(written)
        self.max_articles = articles
        self.max_seconds = seconds
        self.pending = 0
        self._opened = 0.0

    def add(self, extraction: Extraction, *, run: int) -> AddResult:
        if not self._connection.in_transaction:
            self._connection.execute("BEGIN IMMEDIATE")
            self._opened = time.monotonic()
        result = add_extraction(self._connection, extraction, run, self._written)
        self.pending += 1
        return result

    @property
    def due(self) -> bool:
        """Whether the open transaction holds enough articles, or has held the write lock long enough."""
        return self.pending >= self.max_articles or (
            self.pending > 0 and time.monotonic() - self._opened >= self.max_seconds
        )

    def commit(self) -> None:
        if self._connection.in_transaction:
            self._connection.execute("COMMIT")
        self._committed |= self._written
        self.pending = 0

    def rollback(self) -> None:
        if self._connection.in_transaction:
            self._connection.execute("ROLLBACK")
        self._written = set(self._committed)
        self.pending = 0

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        # Every article added so far is complete (a failed one was rolled back to its savepoint), so even an
        # interrupted ingest keeps them; only a commit that fails gives the batch up.
        try:
            self.commit()
        except sqlite3.Error:
            self.rollback()
            if value is None:
                raise
