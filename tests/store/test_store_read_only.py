"""Readers open the store read-only: no write lock, so they never wait for an ingest and never write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.cli import main
from geograph.store import Store, StoreError
from geograph.store.schema import SCHEMA_VERSION


def _stored(path: Path) -> None:
    with Store.open(path) as store:
        article = make_article("a1", text="The United States sanctioned Russia.")
        run = store.begin_run("ingest")
        store.add(make_extraction(article, make_assertion(article, UNITED_STATES, "sanctions", RUSSIA)), run=run)


@pytest.fixture
def quick_lock_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("geograph.store._BUSY_TIMEOUT_MS", 300)  # a reader that waits for the lock fails fast


@pytest.mark.usefixtures("quick_lock_timeout")
@pytest.mark.parametrize("command", [["stats"], ["entities"], ["show", "Russia"], ["query", "@who_sanctions_whom"]])
def test_reading_commands_answer_while_an_ingest_holds_the_write_lock(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "busy.db"
    _stored(path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO runs (started, command, extractor) VALUES ('2024-01-01', 'ingest', 'x')")
    try:
        result = CliRunner().invoke(main, [*command, "--db", str(path)])
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.exit_code == 0, result.output
    assert "locked" not in result.output


def test_a_read_only_store_cannot_be_written(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    _stored(path)
    with Store.open(path, read_only=True) as store:
        assert store.stats().articles == 1
        with pytest.raises(sqlite3.OperationalError):
            store.begin_run("ingest")


def test_a_read_only_open_never_creates_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "absent.db", read_only=True)
    assert not (tmp_path / "absent.db").exists()


def test_a_read_only_open_upgrades_a_store_whose_schema_is_behind_when_it_may(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _stored(path)
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    connection.close()
    with Store.open(path, read_only=True) as store:
        assert store.stats().articles == 1
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()


def test_opening_an_up_to_date_store_for_writing_takes_no_lock(tmp_path: Path, quick_lock_timeout: None) -> None:
    path = tmp_path / "shared.db"
    _stored(path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        Store.open(path).close()  # a second ingest may open the store while the first one writes
    finally:
        writer.execute("ROLLBACK")
        writer.close()
