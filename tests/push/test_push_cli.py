"""``geograph push`` through CliRunner against a real Oxigraph server on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sparql_servers import oxigraph_command, oxigraph_server

from geograph.cli import main

pytestmark = pytest.mark.skipif(oxigraph_command() is None, reason="the oxigraph CLI is not installed")

ARTICLE = "Sanctions.\n\nThe United States imposed sanctions on Iran on Tuesday, the Treasury said.\n"


def test_push_sends_the_graph_then_only_what_changed(tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", db, "-q"]).exit_code == 0
    with oxigraph_server(tmp_path / "server") as server:
        first = runner.invoke(main, ["push", "--db", db, "--endpoint", server.store])
        assert first.exit_code == 0, first.output
        assert "replaced the graph with" in first.output
        rows = server.select(
            "PREFIX gg: <https://w3id.org/geograph/ontology#> SELECT ?s ?o WHERE { ?s gg:sanctions ?o }"
        )
        assert [(r["s"].rsplit("/", 1)[-1], r["o"].rsplit("/", 1)[-1]) for r in rows] == [("Q30", "Q794")]
        again = runner.invoke(main, ["push", "--db", db, "--endpoint", server.store])
        assert again.exit_code == 0, again.output
        assert "added 0 statements (0 new articles" in again.output
    unreachable = runner.invoke(main, ["push", "--db", db, "--endpoint", server.store, "--full"])
    assert unreachable.exit_code == 1 and "Error" in unreachable.output
    half = runner.invoke(main, ["push", "--db", db, "--endpoint", server.store, "--user", "me"])
    assert half.exit_code == 2
