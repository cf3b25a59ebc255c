"""Every command, through CliRunner, on a small hand-made store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
import jsonschema
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.namespace import OWL

from conftest import NORTH_KOREA, PUTIN, RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.cli import main
from geograph.records import EventDate
from geograph.store import Store

SCHEMA = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "assertion.schema.json"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    with Store.open(path) as store:
        run = store.begin_run("test")
        visit = make_article("art-visit", published=dt.date(2024, 6, 20), source="Wire A")
        store.add(
            make_extraction(
                visit,
                make_assertion(visit, PUTIN, "visits", NORTH_KOREA, date=EventDate("2024-06-18", "day")),
            ),
            run=run,
        )
        for number, day in enumerate([dt.date(2023, 1, 5), dt.date(2024, 2, 1)]):
            article = make_article(f"art-sanction-{number}", published=day, source=f"Wire {number}")
            store.add(make_extraction(article, make_assertion(article, UNITED_STATES, "sanctions", RUSSIA)), run=run)
    return str(path)


def test_every_command_has_help_with_an_example() -> None:
    assert isinstance(main, click.Group)
    for name, command in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"`geograph {name} --help` shows no example"
        assert command.help and len(command.help.split("\n")[0]) > 20, f"{name} has no real description"


def test_stats_counts_and_windows(db: str) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", db])
    assert result.exit_code == 0, result.output
    assert "articles    3" in result.output and "edges       2" in result.output
    early = CliRunner().invoke(main, ["stats", "--db", db, "--as-of", "2023-12-31"])
    assert "assertions  1" in early.output


def test_entities_lists_and_searches_any_language(db: str) -> None:
    listing = CliRunner().invoke(main, ["entities", "--db", db])
    assert {"Q159", "Q423", "Q30", "Q7747"} <= {line.split()[0] for line in listing.output.splitlines()}
    persian = CliRunner().invoke(main, ["entities", "کره شمالی", "--db", db])
    assert persian.exit_code == 0 and persian.output.split()[0] == "Q423"
    missing = CliRunner().invoke(main, ["entities", "Atlantis", "--db", db])
    assert missing.exit_code == 1 and "no entity matches" in missing.output


def test_show_gives_edges_with_evidence_and_sources(db: str) -> None:
    result = CliRunner().invoke(main, ["show", "Russia", "--db", db])
    assert result.exit_code == 0, result.output
    assert "United States --sanctions--> Russia" in result.output
    assert "2 source(s)" in result.output and "2023-01-05 .. 2024-02-01" in result.output
    windowed = CliRunner().invoke(main, ["show", "Q159", "--db", db, "--until", "2023-06-01"])
    assert "1 source(s)" in windowed.output


def test_bad_date_and_missing_store_are_clean_errors(db: str, tmp_path: Path) -> None:
    bad = CliRunner().invoke(main, ["stats", "--db", db, "--as-of", "yesterday"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    missing = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "nope.db")])
    assert missing.exit_code == 1 and "no store" in missing.output


def test_export_turtle_and_html(db: str, tmp_path: Path) -> None:
    ttl = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "ttl", "-o", str(ttl)])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(ttl, format="turtle")
    assert (None, OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q159")) in graph
    page = tmp_path / "g.html"
    result = CliRunner().invoke(main, ["view", "--db", db, "-o", str(page), "--no-open"])
    assert result.exit_code == 0, result.output
    assert "North Korea" in page.read_text(encoding="utf-8")
    unknown = CliRunner().invoke(main, ["export", "--db", db, "--format", "docx"])
    assert unknown.exit_code == 2 and "unknown format" in unknown.output


@pytest.mark.skipif(not SCHEMA.exists(), reason="shared/spec is not beside this checkout")
def test_extract_jsonl_validates_against_the_shared_schema(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Talks.\n\nRussian President Vladimir Putin visited North Korea on 18 June 2024. The United States "
        "imposed sanctions on Russia.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(article), "--format", "jsonl", "--published", "2024-06-20"])
    assert result.exit_code == 0, result.output
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    records = [json.loads(line) for line in result.output.splitlines()]
    assert {r["relation"] for r in records} >= {"visits", "sanctions"}
    for record in records:
        jsonschema.validate(record, schema)


def test_query_library_and_windowed_query(db: str) -> None:
    result = CliRunner().invoke(main, ["query", "@who_sanctions_whom", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = [line.split(",") for line in result.output.strip().splitlines()]
    header, body = rows[0], rows[1:]
    assert len(body) == 1
    row = dict(zip(header, body[0], strict=True))
    assert (row["sanctionerLabel"], row["targetLabel"], row["lastSeen"]) == ("United States", "Russia", "2024-02-01")
    early = CliRunner().invoke(
        main, ["query", "@who_sanctions_whom", "--db", db, "--format", "csv", "--as-of", "2023-06-01"]
    )
    assert early.exit_code == 0, early.output
    early_header, early_row = (line.split(",") for line in early.output.strip().splitlines()[:2])
    assert dict(zip(early_header, early_row, strict=True))["lastSeen"] == "2023-01-05"


def test_query_parameters_are_terms_not_text(db: str) -> None:
    timeline = CliRunner().invoke(main, ["query", "@actor_timeline", "--db", db, "--param", "actor=Q159"])
    assert timeline.exit_code == 0, timeline.output
    assert "sanctions" in timeline.output
    hostile = CliRunner().invoke(
        main, ["query", "@actor_timeline", "--db", db, "--param", "actor=Q159> } } ; DROP ALL ; #"]
    )
    # The value becomes one (percent-encoded) actor IRI that matches nothing; it never reaches the query text.
    assert hostile.exit_code == 0 and "(0 rows)" in hostile.output
    after = CliRunner().invoke(main, ["query", "@actor_timeline", "--db", db, "--param", "actor=Q159"])
    assert after.output == timeline.output
    bad = CliRunner().invoke(main, ["query", "SELECT WHERE {", "--db", db])
    assert bad.exit_code == 1 and "Error" in bad.output


EVAL_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "eval"


def test_eval_scores_a_gold_folder_and_rejects_a_bad_one() -> None:
    result = CliRunner().invoke(main, ["eval", str(EVAL_FIXTURES / "small"), "--level", "state"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 articles, 7 gold relations")
    assert "State level" in result.output and "Actor level" not in result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.startswith("  ")}
    assert rows["visits"][:3] == ["1.000", "1.000", "1.000"]
    bad = CliRunner().invoke(main, ["eval", str(EVAL_FIXTURES / "bad")])
    assert bad.exit_code == 1 and "unknown relation 'befriends'" in bad.output


@pytest.mark.parametrize("opened", [True, False])
def test_view_says_so_when_no_browser_could_be_opened(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: bool
) -> None:
    asked: list[str] = []

    def fake_open(url: str) -> bool:
        asked.append(url)
        return opened

    monkeypatch.setattr("webbrowser.open", fake_open)
    page = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["view", "--db", db, "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert asked == [page.resolve().as_uri()]
    assert ("no browser could be opened" in result.output) is not opened
    if not opened:
        assert str(page.resolve()) in result.output
