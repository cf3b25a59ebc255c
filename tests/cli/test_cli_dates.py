"""Every date a user types is read as the readers read article dates (ISO, RFC 822, Solar Hijri), and a bad
value names the option or query parameter it was given to."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from geograph.cli import main
from geograph.store import Store

ARTICLE = "Russia attacked Ukraine on Monday."


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "store.db")
    result = CliRunner().invoke(
        main, ["ingest", "-", "--db", path, "--lang", "en", "--published", "1403/03/31", "-q"], input=ARTICLE
    )
    assert result.exit_code == 0, result.output
    return path


def test_published_accepts_the_solar_hijri_dates_the_sample_jsonl_uses(db: str) -> None:
    with Store.open(db, read_only=True) as store:
        (article,) = store.articles()
    assert str(article.published) == "2024-06-20"  # 31 Khordad 1403


@pytest.mark.parametrize("as_of", ["2024-06-20", "1403/03/31", "Thu, 20 Jun 2024 08:00:00 +0000"])
def test_window_options_accept_every_date_form(db: str, as_of: str) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", db, "--as-of", as_of])
    assert result.exit_code == 0, result.output


def test_a_bad_date_option_names_the_option(db: str) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", db, "--since", "yesterday-ish"])
    assert result.exit_code == 2
    assert "--since" in result.output and "yesterday-ish" in result.output


def test_a_date_parameter_accepts_solar_hijri(db: str) -> None:
    result = CliRunner().invoke(main, ["query", "@alliances_as_of", "--db", db, "--param", "asOf=1403/03/31"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("query", "param", "name"),
    [
        ("@alliances_as_of", "asOf=someday", "asOf"),
        ("@corroborated_edges", "min_sources=two", "min_sources"),
    ],
)
def test_a_bad_parameter_value_names_the_parameter(db: str, query: str, param: str, name: str) -> None:
    result = CliRunner().invoke(main, ["query", query, "--db", db, "--param", param])
    assert result.exit_code != 0
    assert f"?{name}" in result.output, result.output
    assert "Traceback" not in result.output
