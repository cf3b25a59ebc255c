"""The push log: what each (endpoint, graph) already holds, kept in a SQLite file next to the store.

Per target it records the articles whose statements were sent, and for every merged resource (event, edge,
actor, run) a digest of the statements last sent, so the next push sends only new articles and the
resources whose statements changed. It is written only after the server accepted a whole push.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS targets (
        id INTEGER PRIMARY KEY,
        endpoint TEXT NOT NULL,
        graph TEXT NOT NULL,
        UNIQUE (endpoint, graph)
    )""",
    """CREATE TABLE IF NOT EXISTS pushes (
        id INTEGER PRIMARY KEY,
        target INTEGER NOT NULL REFERENCES targets(id),
        finished TEXT NOT NULL,
        method TEXT NOT NULL,
        articles INTEGER NOT NULL,
        resources INTEGER NOT NULL,
        triples INTEGER NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS pushed_articles (
        target INTEGER NOT NULL REFERENCES targets(id),
        article TEXT NOT NULL,
        PRIMARY KEY (target, article)
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS pushed_resources (
        target INTEGER NOT NULL REFERENCES targets(id),
        key TEXT NOT NULL,
        digest BLOB NOT NULL,
        PRIMARY KEY (target, key)
    ) WITHOUT ROWID""",
)


@dataclass(frozen=True, slots=True)
class PushRecord:
    """One push the server accepted."""

    finished: str
    method: str
    articles: int
    resources: int
    triples: int


@dataclass(frozen=True, slots=True)
class Pushed:
    """What the target holds according to the log."""

    articles: frozenset[str]
    resources: dict[str, bytes]

    @property
    def empty(self) -> bool:
        return not self.articles and not self.resources


def log_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".push")


class PushLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode = WAL")
        for statement in _SCHEMA:
            self._db.execute(statement)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> PushLog:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _target(self, endpoint: str, graph: str | None) -> int:
        key = (endpoint, graph or "")
        self._db.execute("INSERT OR IGNORE INTO targets (endpoint, graph) VALUES (?, ?)", key)
        row = self._db.execute("SELECT id FROM targets WHERE endpoint = ? AND graph = ?", key).fetchone()
        return int(row[0])

    def pushed(self, endpoint: str, graph: str | None) -> Pushed:
        target = self._target(endpoint, graph)
        articles = frozenset(
            row[0] for row in self._db.execute("SELECT article FROM pushed_articles WHERE target = ?", (target,))
        )
        resources = {
            str(key): bytes(digest)
            for key, digest in self._db.execute("SELECT key, digest FROM pushed_resources WHERE target = ?", (target,))
        }
        return Pushed(articles, resources)

    def record(
        self,
        endpoint: str,
        graph: str | None,
        *,
        method: str,
        replaced: bool,
        articles_added: Iterable[str],
        articles_removed: Iterable[str],
        resources_set: dict[str, bytes],
        resources_removed: Iterable[str],
        triples: int,
    ) -> PushRecord:
        """Mark a push the server accepted, in one transaction (``replaced``: the graph was rewritten whole)."""
        target = self._target(endpoint, graph)
        added = list(articles_added)
        finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            if replaced:
                self._db.execute("DELETE FROM pushed_articles WHERE target = ?", (target,))
                self._db.execute("DELETE FROM pushed_resources WHERE target = ?", (target,))
            self._db.executemany(
                "INSERT OR IGNORE INTO pushed_articles (target, article) VALUES (?, ?)", [(target, a) for a in added]
            )
            self._db.executemany(
                "DELETE FROM pushed_articles WHERE target = ? AND article = ?",
                [(target, a) for a in articles_removed],
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO pushed_resources (target, key, digest) VALUES (?, ?, ?)",
                [(target, key, digest) for key, digest in resources_set.items()],
            )
            self._db.executemany(
                "DELETE FROM pushed_resources WHERE target = ? AND key = ?", [(target, k) for k in resources_removed]
            )
            self._db.execute(
                "INSERT INTO pushes (target, finished, method, articles, resources, triples) VALUES (?,?,?,?,?,?)",
                (target, finished, method, len(added), len(resources_set), triples),
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return PushRecord(finished, method, len(added), len(resources_set), triples)

    def history(self, endpoint: str, graph: str | None) -> list[PushRecord]:
        target = self._target(endpoint, graph)
        rows = self._db.execute(
            "SELECT finished, method, articles, resources, triples FROM pushes WHERE target = ? ORDER BY id", (target,)
        )
        return [PushRecord(str(f), str(m), int(a), int(r), int(t)) for f, m, a, r, t in rows]
