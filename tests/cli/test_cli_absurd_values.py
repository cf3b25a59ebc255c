"""Whatever a user types, every command answers with a usage or error message, never a traceback."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.cli import main
from geograph.store import Store

HUGE = "x" * 200_000
NUL = "Rus\x00sia"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("absurd") / "store.db"
    with Store.open(path) as store:
        article = make_article("art-1", published=dt.date(2024, 6, 20), text="The United States sanctioned Russia.")
        run = store.begin_run("test")
        store.add(make_extraction(article, make_assertion(article, UNITED_STATES, "sanctions", RUSSIA)), run=run)
    return str(path)


ABSURD = [
    ["entities", HUGE],
    ["entities", "%" * 60_000],
    ["entities", NUL],
    ["show", HUGE],
    ["show", NUL],
    ["query", "@who_sanctions_whom", "--param", f"actor={HUGE}"],
    ["query", "@no_such_query"],
    ["query", "SELECT * WHERE { ?s ?p ?o "],
    ["stats", "--as-of", "2024-13-45"],
    ["stats", "--as-of", "99999999999999999999999"],
    ["export", "--format", "html", "--label-lang", HUGE, "-o", "{tmp}/x.html"],
    ["view", "--label-lang", NUL, "-o", "{tmp}/y.html", "--no-open"],
    ["ingest", "{tmp}/missing-folder", "--source", HUGE],
    ["ingest", "-", "--published", "2024-13-45"],
    ["ingest", "-", "--lang", HUGE],
    ["ingest", "-", "--workers", "-5"],
    ["changes", "--since", "2024-13-45"],
    ["changes", "--since", "2024-06-01", "--until", "2024-05-01"],
    ["changes", "--since", HUGE],
    ["changes", "--since", "2024-06-01", "--label-lang", NUL, "--format", "html", "-o", "{tmp}/c.html"],
]


@pytest.mark.parametrize("args", ABSURD, ids=lambda args: " ".join(a[:20].replace("\x00", "NUL") for a in args))
def test_absurd_values_get_a_message_not_a_traceback(args: list[str], db: str, tmp_path: Path) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if argv[0] not in ("ingest",):
        argv += ["--db", db]
    else:
        argv += ["--db", str(tmp_path / "new.db")]
    result = CliRunner().invoke(main, argv, input="")
    assert result.exit_code in (1, 2), (result.exit_code, result.output[-500:])
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.output.strip(), "an error must say something"
    assert len(result.output) < 5_000, "the message must not echo a huge value back"
