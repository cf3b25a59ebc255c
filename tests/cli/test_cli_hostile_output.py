"""Article text is hostile: every human-readable output escapes control characters, CSV quotes formulas,
and data formats keep the text exactly."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import RUSSIA, make_article, make_assertion, make_extraction
from geograph.cli import main
from geograph.records import Actor
from geograph.store import Store

RETITLE = "\x1b]0;owned\x07"
CLEAR = "\x1b[2J"
OVERRIDE = "\u202e"
FORMULA = '=HYPERLINK("http://evil.example/","x")'
EVIL = Actor("local:evil", f"{FORMULA}{RETITLE}Evil{CLEAR} Front", "organization")


@pytest.fixture
def hostile_db(tmp_path: Path) -> str:
    path = tmp_path / "hostile.db"
    with Store.open(path) as store:
        article = make_article(
            "art-hostile",
            published=dt.date(2024, 6, 20),
            source=f"Wire{CLEAR}",
            text=f"The Evil Front{RETITLE} attacked Russia.{OVERRIDE} Reuters{CLEAR}",
        )
        store.add(make_extraction(article, make_assertion(article, EVIL, "attacks", RUSSIA)), run=store.begin_run("t"))
    return str(path)


def _assert_neutralized(output: str) -> None:
    assert "\x1b" not in output and "\x07" not in output and OVERRIDE not in output
    assert "\\x1b" in output


def test_entities_show_and_errors_escape_control_characters(hostile_db: str) -> None:
    runner = CliRunner()
    listing = runner.invoke(main, ["entities", "--db", hostile_db])
    assert listing.exit_code == 0, listing.output
    _assert_neutralized(listing.output)
    assert "\\x1b]0;owned\\x07Evil\\x1b[2J Front" in listing.output
    shown = runner.invoke(main, ["show", "local:evil", "--db", hostile_db])
    assert shown.exit_code == 0, shown.output
    _assert_neutralized(shown.output)
    assert "attacked Russia.\\u202e Reuters\\x1b[2J" in shown.output
    missing = runner.invoke(main, ["show", f"nobody{CLEAR}", "--db", hostile_db])
    assert missing.exit_code == 1
    _assert_neutralized(missing.output)
    stats = runner.invoke(main, ["stats", "--db", hostile_db])
    assert stats.exit_code == 0 and "\x1b" not in stats.output


def test_query_table_escapes_and_csv_quotes_formulas(hostile_db: str) -> None:
    sparql = "SELECT ?label WHERE { ?a rdfs:label ?label FILTER(CONTAINS(?label, 'Evil')) }"
    table = CliRunner().invoke(main, ["query", sparql, "--db", hostile_db])
    assert table.exit_code == 0, table.output
    _assert_neutralized(table.output)
    as_csv = CliRunner().invoke(main, ["query", sparql, "--db", hostile_db, "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    as_json = CliRunner().invoke(main, ["query", sparql, "--db", hostile_db, "--format", "json"])
    labels = {row["label"]["value"] for row in json.loads(as_json.output)["results"]["bindings"]}
    assert EVIL.label in labels  # data formats keep the text
    rows = list(csv.reader(io.StringIO(as_csv.output)))
    assert {cell for row in rows[1:] for cell in row} == {"'" + label for label in labels}


def test_export_csv_quotes_formulas(hostile_db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--db", hostile_db, "--format", "csv", "-o", str(tmp_path / "g.csv")])
    assert result.exit_code == 0, result.output
    with (tmp_path / "g.nodes.csv").open(encoding="utf-8", newline="") as nodes:
        labels = {row["id"]: row["label"] for row in csv.DictReader(nodes)}
    assert labels["local:evil"] == "'" + EVIL.label
    assert labels["Q159"] == "Russia"


def test_extract_escapes_its_table_and_skip_lines_but_not_json(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    text = f"Sanctions{RETITLE}\n\nThe United States imposed sanctions on Iran{CLEAR} on Tuesday, the Treasury said.\n"
    article.write_text(text, encoding="utf-8")
    bad = tmp_path / f"bad{CLEAR}.txt"
    bad.write_bytes(b"")
    runner = CliRunner()
    table = runner.invoke(main, ["extract", str(article), str(bad)])
    assert table.exit_code == 0, table.output
    _assert_neutralized(table.output)
    assert f"skipped {tmp_path}/bad\\x1b[2J.txt: empty" in table.output
    assert "# Sanctions\\x1b]0;owned\\x07 [en" in table.output
    records = runner.invoke(main, ["extract", "--format", "records", str(article)])
    [record] = [json.loads(line) for line in records.output.splitlines() if line.startswith("{")]
    assert record["article"]["text"] == text


def test_ingest_progress_lines_escape_file_names(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The United States imposed sanctions on Iran on Tuesday, the Treasury said.\n")
    bad = tmp_path / f"x{RETITLE}.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(main, ["ingest", str(good), str(bad), "--db", str(tmp_path / "g.db")])
    assert result.exit_code == 0, result.output
    _assert_neutralized(result.output)
    assert "\\x1b]0;owned\\x07.txt: binary file" in result.output
