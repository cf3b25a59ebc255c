"""Schema versions: an old store is migrated in place, keeps its data, and a newer one is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.store import Store, StoreError
from geograph.store.schema import MIGRATIONS, SCHEMA_VERSION


def _indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        return {name for (name,) in rows}


def _store_at_version(path: Path, version: int) -> None:
    """A store written by the geograph release whose schema was ``version``, holding one article."""
    with Store.open(path) as store:
        run = store.begin_run("old release")
        article = make_article("old1")
        store.add(make_extraction(article, make_assertion(article, UNITED_STATES, "sanctions", RUSSIA)), run=run)
    with sqlite3.connect(path) as connection:  # rebuild the indexes of that version, as it left them
        for name in _indexes(path):
            connection.execute(f"DROP INDEX {name}")
        for migration in MIGRATIONS[:version]:
            for statement in migration:
                if statement.lstrip().upper().startswith(("CREATE INDEX", "DROP INDEX")):
                    connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {version}")


def test_a_version_1_store_is_migrated_and_keeps_its_assertions(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _store_at_version(path, 1)
    assert {"assertions_edge", "assertions_event", "mentions_entity"} <= _indexes(path)
    with Store.open(path) as store:
        (edge,) = list(store.edges())
        assert (edge.subject, edge.relation, edge.object, edge.articles) == ("Q30", "sanctions", "Q159", 1)
        (with_russia,) = list(store.edges(entity="Q159"))
        assert with_russia == edge
    indexes = _indexes(path)
    # what reads use stays; the keys no read uses, which put every new row on a random page, are gone
    assert {"assertions_subject", "assertions_object", "assertions_seen", "entity_labels_folded"} <= indexes
    assert not indexes & {"assertions_edge", "assertions_event", "assertions_article", "mentions_entity"}
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_lookups_by_actor_and_date_use_an_index(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new.db"):
        pass
    with sqlite3.connect(tmp_path / "new.db") as connection:
        for where in ("subject = 'Q30'", "object = 'Q30'", "seen <= '2024-01-01'"):
            plan = " ".join(
                row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN SELECT * FROM assertions WHERE {where}")
            )
            assert "USING INDEX" in plan, (where, plan)


def test_a_store_from_a_newer_geograph_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with Store.open(path):
        pass
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION + 1,)
