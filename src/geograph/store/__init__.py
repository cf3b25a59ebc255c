"""The embedded store: one SQLite file, WAL mode; each article is atomic, ingest commits them in batches.

Assertions are the ground truth; events and edges are folded from them on read, so any date window sees
exactly the evidence inside it, and adding an article only inserts its own rows (its cost does not grow
with the store).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from geograph.records import (
    Article,
    ArticleKey,
    DateWindow,
    Edge,
    Entity,
    Event,
    Extraction,
    Run,
    StoredAssertion,
    StoreStats,
)
from geograph.store import reader
from geograph.store.batch import BATCH_ARTICLES, BATCH_SECONDS, Batch
from geograph.store.graph import load_graph
from geograph.store.reader import Level
from geograph.store.schema import SCHEMA_VERSION, SchemaError, migrate
from geograph.store.writer import AddResult, add_extraction

__all__ = ["DEFAULT_DB", "AddResult", "Batch", "SchemaError", "Store", "StoreError", "default_path", "load_graph"]

DEFAULT_DB = "geograph.db"
_BUSY_TIMEOUT_MS = 60_000  # another ingest may hold the write lock for one article; wait for it
_CACHE_KIB = 128 * 1024
_CHECKPOINT_PAGES = 10_000  # about 40 MB of WAL


class StoreError(RuntimeError):
    """The store cannot be opened or used (not a database, locked for too long, newer schema)."""


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch the file to WAL mode (once per file; it persists), waiting for another process doing the same.

    The switch needs an exclusive lock, and SQLite reports it busy at once instead of calling the busy
    handler, so two ingests that create one store together would fail here without this retry.
    """
    deadline = time.monotonic() + _BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def default_path() -> Path:
    return Path(os.environ.get("GEOGRAPH_DB") or DEFAULT_DB)


class Store:
    """A geograph store. Use :meth:`open`; close it, or use it as a context manager."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self.path = path
        self._written_entities: set[Entity] = set()

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True, read_only: bool = False) -> Store:
        """Open (or create) the store at ``path``.

        ``read_only`` opens it for reading only (SQLite ``mode=ro``): no write lock is taken, so a reader never
        waits for a long ingest, and a store the user may not write can still be read. A read-only open of a
        store whose schema is behind migrates it first when the file is writable, else says so.
        """
        target = Path(path) if path is not None else default_path()
        if (not create or read_only) and not target.exists():
            raise StoreError(f"no store at {target} (run `geograph ingest` first, or pass --db)")
        if read_only:
            return cls._open_read_only(target)
        try:
            if target.parent != Path(""):
                target.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE ... COMMIT) in the writer.
            connection = sqlite3.connect(target, isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000)
            connection.row_factory = sqlite3.Row
            connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            _use_wal(connection)
            # NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last
            # commits, and never leaves half of one.
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA foreign_keys = ON")
            # Index pages of a large store stay in memory, so one more article costs the same at 100k as at 1k.
            connection.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
            # Fewer, larger checkpoints: an index page dirtied by many articles is written back once, not
            # once per 1,000 WAL pages; in a big store that is most of what one more article costs.
            connection.execute(f"PRAGMA wal_autocheckpoint = {_CHECKPOINT_PAGES}")
            migrate(connection)
        except SchemaError as error:
            raise StoreError(str(error)) from error
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open store {target}: {error}") from error
        return cls(connection, target)

    @classmethod
    def _open_read_only(cls, target: Path) -> Store:
        try:
            connection = _read_only_connection(target)
            (version,) = connection.execute("PRAGMA user_version").fetchone()
            if version < SCHEMA_VERSION:
                connection.close()
                if not os.access(target, os.W_OK):
                    raise StoreError(
                        f"store {target} has schema version {version}, older than this geograph's "
                        f"({SCHEMA_VERSION}), and cannot be upgraded here: it is not writable"
                    )
                cls.open(target).close()  # migrates, under the write lock, once
                connection = _read_only_connection(target)
            elif version > SCHEMA_VERSION:
                raise StoreError(
                    f"store schema version {version} is newer than this geograph understands ({SCHEMA_VERSION}); "
                    "upgrade geograph"
                )
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open store {target}: {error}") from error
        return cls(connection, target)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    # --- writing ------------------------------------------------------------------------------------

    def begin_run(self, command: str, extractor: str = "") -> int:
        cursor = self._connection.execute(
            "INSERT INTO runs (started, command, extractor) VALUES (?,?,?)",
            (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), command, extractor),
        )
        return int(cursor.lastrowid or 0)

    def add(self, extraction: Extraction, *, run: int) -> AddResult:
        return add_extraction(self._connection, extraction, run, self._written_entities)

    def batch(self, *, articles: int = BATCH_ARTICLES, seconds: float = BATCH_SECONDS) -> Batch:
        """A writer committing many articles per transaction (each still atomic); commit when ``due``.

        Use as a context manager: what was added is committed on exit, also when the loop was interrupted.
        """
        return Batch(self._connection, self._written_entities, articles=articles, seconds=seconds)

    def has_article(self, article_id: str) -> bool:
        row = self._connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    # --- reading ------------------------------------------------------------------------------------

    def articles(self, window: DateWindow | None = None) -> Iterator[Article]:
        return reader.articles(self._connection, window or DateWindow())

    def article(self, article_id: str) -> Article | None:
        return reader.articles_by_id(self._connection, [article_id]).get(article_id)

    def articles_by_id(self, ids: list[str]) -> dict[str, Article]:
        return reader.articles_by_id(self._connection, ids)

    def article_keys(self) -> Iterator[ArticleKey]:
        """Every article's id, run and language, without reading its text."""
        return reader.article_keys(self._connection)

    def entities(self) -> Iterator[Entity]:
        return iter(reader.entities(self._connection))

    def entity(self, entity_id: str) -> Entity | None:
        return reader.entity(self._connection, entity_id)

    def search_entities(self, text: str, limit: int = 20) -> list[Entity]:
        return reader.search_entities(self._connection, text, limit)

    def assertions(self, window: DateWindow | None = None, entity: str | None = None) -> Iterator[StoredAssertion]:
        return reader.assertions(self._connection, window or DateWindow(), entity)

    def events(self, window: DateWindow | None = None) -> Iterator[Event]:
        return iter(reader.events(self._connection, window or DateWindow()))

    def edges(
        self, window: DateWindow | None = None, level: Level = "actor", entity: str | None = None
    ) -> Iterator[Edge]:
        """Merged edges through ``window``; with ``entity``, only those it is an actor-level end of."""
        return iter(reader.edges(self._connection, window or DateWindow(), level, entity))

    def stats(self, window: DateWindow | None = None) -> StoreStats:
        return reader.stats(self._connection, window or DateWindow())

    def report_days(self) -> dict[str, dt.date]:
        """By article id: the day it reported (its publication date, else the day it was stored)."""
        return reader.report_days(self._connection)

    def runs(self) -> list[Run]:
        return reader.runs(self._connection)


def _read_only_connection(target: Path) -> sqlite3.Connection:
    """A connection that never writes: no journal-mode change, no migration, no write lock."""
    uri = f"{target.resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000)
    connection.row_factory = sqlite3.Row
    connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    connection.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
    connection.execute("PRAGMA query_only = ON")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails now, not mid-command
    return connection
