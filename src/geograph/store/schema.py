"""The store's schema, versioned with ``PRAGMA user_version`` and upgraded by ordered migrations.

A migration is a list of SQL statements applied in one transaction; never edit a released one, append a new
one instead.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: articles, entities, mentions, assertions, runs
    (
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            command TEXT NOT NULL,
            extractor TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT,
            title TEXT,
            published TEXT,
            source TEXT,
            lang TEXT,
            origin TEXT,
            text TEXT NOT NULL,
            boilerplate TEXT NOT NULL DEFAULT '[]',
            run INTEGER NOT NULL REFERENCES runs(id),
            added TEXT NOT NULL
        )""",
        "CREATE INDEX articles_published ON articles(published)",
        "CREATE INDEX articles_run ON articles(run)",
        """CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            label TEXT NOT NULL,
            wikidata TEXT
        )""",
        """CREATE TABLE entity_labels (
            entity TEXT NOT NULL REFERENCES entities(id),
            lang TEXT NOT NULL,
            label TEXT NOT NULL,
            preferred INTEGER NOT NULL,
            folded TEXT NOT NULL,
            PRIMARY KEY (entity, lang, label)
        ) WITHOUT ROWID""",
        "CREATE INDEX entity_labels_folded ON entity_labels(folded)",
        """CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article TEXT NOT NULL REFERENCES articles(id),
            entity TEXT NOT NULL REFERENCES entities(id),
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT
        )""",
        "CREATE INDEX mentions_article ON mentions(article)",
        "CREATE INDEX mentions_entity ON mentions(entity)",
        """CREATE TABLE assertions (
            id INTEGER PRIMARY KEY,
            article TEXT NOT NULL REFERENCES articles(id),
            run INTEGER NOT NULL REFERENCES runs(id),
            subject TEXT NOT NULL REFERENCES entities(id),
            subject_state TEXT,
            relation TEXT NOT NULL,
            object TEXT NOT NULL REFERENCES entities(id),
            object_state TEXT,
            via TEXT,
            modality TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            seen TEXT,
            event TEXT NOT NULL,
            source TEXT NOT NULL,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            confidence REAL NOT NULL,
            extractor TEXT NOT NULL,
            trigger TEXT,
            subject_text TEXT,
            object_text TEXT
        )""",
        "CREATE INDEX assertions_edge ON assertions(subject, relation, object, seen)",
        "CREATE INDEX assertions_event ON assertions(event)",
        "CREATE INDEX assertions_object ON assertions(object)",
        "CREATE INDEX assertions_seen ON assertions(seen)",
        "CREATE INDEX assertions_article ON assertions(article)",
    ),
    # 2: drop the indexes no read uses whose keys are hashes: each insert landed on a random page, so the
    # cost of one more article grew with the store.
    (
        "DROP INDEX IF EXISTS assertions_event",
        "DROP INDEX IF EXISTS assertions_article",
        "DROP INDEX IF EXISTS mentions_article",
    ),
    # 3: index entries every new article adds at a random place, kept to what reads use. Reads look
    # assertions up by subject or object (an actor's edges) and by date (windows); the edge key
    # (subject, relation, object, seen) had a distinct place per edge and day, and mentions are never looked
    # up by entity.
    (
        "DROP INDEX IF EXISTS assertions_edge",
        "CREATE INDEX IF NOT EXISTS assertions_subject ON assertions(subject)",
        "DROP INDEX IF EXISTS mentions_entity",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(RuntimeError):
    """The store was written by a newer geograph, or is not a geograph store."""


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the schema up to date; return the version it was at before.

    An up-to-date store is checked without the write lock, so opening one never waits for a running ingest.
    """
    (current,) = connection.execute("PRAGMA user_version").fetchone()
    if current == SCHEMA_VERSION:
        return int(current)
    connection.execute("BEGIN IMMEDIATE")
    try:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise SchemaError(
                f"store schema version {version} is newer than this geograph understands ({SCHEMA_VERSION}); "
                "upgrade geograph"
            )
        for number in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[number]:
                connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return int(version)
