"""``geograph changes`` on a store built in three ingests: each kind of change, with its evidence, inside the
window only. The articles are one-line texts written for this test, in English, Persian and Arabic."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from geograph.changes import AppearedEdge, BecameDisputed, GainedSources, changes
from geograph.cli import main
from geograph.ingestion import ingest
from geograph.records import Article
from geograph.store import Store

MAY, JUNE, JULY = dt.date(2024, 5, 1), dt.date(2024, 6, 10), dt.date(2024, 7, 20)

FIRST = [  # reported before the window
    ("ghana-togo", "en", "Ghana and Togo signed a trade agreement in Accra.", "Alpha Wire"),
    ("chile-peru-1", "en", "Chile criticized Peru over the border dispute.", "Alpha Wire"),
    ("estonia", "en", "Estonia accused Latvia of sending weapons to Belarus.", "Alpha Wire"),
    ("kenya-uganda-1", "en", "Kenya and Uganda signed a security agreement.", "Alpha Wire"),
]
SECOND = [  # inside the window
    ("chile-peru-2", "en", "Chile criticized Peru again on Monday.", "Beta News"),
    ("brazil", "en", "Brazil and Argentina held talks in Brasilia.", "Beta News"),
    ("latvia", "en", "Latvia denied sending weapons to Belarus.", "Beta News"),
    ("kenya-uganda-2", "en", "Kenyan troops attacked Uganda on Monday.", "Beta News"),
    ("iran-iraq", "fa", "ایران و عراق یک توافقنامه امضا کردند.", "Gamma"),
    ("egypt", "ar", "انتقدت مصر إثيوبيا بشدة.", "Delta"),
    ("chile-peru-3", "en", "Chile criticized Peru at the summit.", "BETA NEWS"),  # the same source, other case
]
THIRD = [("mexico", "en", "Mexico imposed sanctions on Cuba.", "Alpha Wire")]  # after the window's end


def _articles(rows: list[tuple[str, str, str, str]], day: dt.date) -> list[Article]:
    return [Article(id=i, text=text, lang=lang, published=day, source=source) for i, lang, text, source in rows]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("changes") / "store.db"
    with Store.open(path) as store:
        for rows, day in ((FIRST, MAY), (SECOND, JUNE), (THIRD, JULY)):
            ingest(_articles(rows, day), store, time_budget=None)
    return path


def _keys(items: tuple[AppearedEdge | GainedSources | BecameDisputed, ...]) -> set[tuple[str, str, str]]:
    return {(i.subject, i.relation, i.object) for i in items}


def test_each_kind_of_change_inside_the_window(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        report = changes(store, dt.date(2024, 6, 1), dt.date(2024, 6, 30))
    appeared = _keys(report.appeared)
    assert ("Q155", "meets", "Q414") in appeared or ("Q414", "meets", "Q155") in appeared  # Brazil, Argentina
    assert ("Q79", "criticizes", "Q115") in appeared  # Egypt -> Ethiopia, from the Arabic article
    assert any(r == "signs_agreement" and {s, o} == {"Q794", "Q796"} for s, r, o in appeared)  # Iran, Iraq
    assert ("Q96", "sanctions", "Q241") not in appeared  # Mexico -> Cuba is reported after the window
    assert ("Q117", "signs_agreement", "Q945") not in appeared  # Ghana/Togo was known before
    (gain,) = report.gained_sources
    assert (gain.subject, gain.relation, gain.object) == ("Q298", "criticizes", "Q419")  # Chile -> Peru
    assert (gain.sources_before, gain.sources_after) == (1, 2)  # "Beta News" and "BETA NEWS" are one source
    assert {e.article for e in gain.evidence} == {"chile-peru-2", "chile-peru-3"}
    (dispute,) = report.became_disputed
    assert (dispute.subject, dispute.relation, dispute.object) == ("Q211", "supplies_arms", "Q184")
    assert dict(dispute.modalities_before) == {"alleged": 1}
    assert dict(dispute.modalities_after) == {"alleged": 1, "denied": 1}
    assert [(e.article, e.modality) for e in dispute.evidence] == [("latvia", "denied")]
    (turn,) = report.changed_family
    assert {turn.first, turn.second} == {"Q114", "Q1036"}  # Kenya, Uganda
    assert (turn.family_before, turn.family_after) == ("cooperation", "conflict")
    assert turn.relations_after == ("attacks",)
    assert [e.sentence for e in turn.evidence] == ["Kenyan troops attacked Uganda on Monday."]


def test_without_an_end_the_window_reaches_the_last_report(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        report = changes(store, dt.date(2024, 6, 1))
    assert ("Q96", "sanctions", "Q241") in _keys(report.appeared)


def test_a_window_before_everything_reports_every_edge_as_new(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        report = changes(store, dt.date(2000, 1, 1))
        edges = {(e.subject, e.relation, e.object) for e in store.edges()}
    assert _keys(report.appeared) == edges
    assert not report.gained_sources and not report.became_disputed and not report.changed_family


@settings(max_examples=25, deadline=None)
@given(since=st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)), length=st.integers(0, 120))
def test_changes_are_edges_with_evidence_inside_the_window(db: Path, since: dt.date, length: int) -> None:
    until = since + dt.timedelta(days=length)
    with Store.open(db, read_only=True) as store:
        report = changes(store, since, until, level="state")
    for item in (*report.appeared, *report.gained_sources, *report.became_disputed, *report.changed_family):
        assert item.evidence
        assert all(since <= e.reported <= until for e in item.evidence)


def test_state_level_folds_persons_and_skips_a_state_with_itself(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        report = changes(store, dt.date(2024, 6, 1), level="state")
    assert all(e.subject != e.object for e in report.appeared)


def test_a_window_that_ends_before_it_starts_is_refused(db: Path) -> None:
    with Store.open(db, read_only=True) as store, pytest.raises(ValueError, match="before it starts"):
        changes(store, dt.date(2024, 6, 1), dt.date(2024, 5, 1))


def test_cli_table_json_and_page(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["changes", "--db", str(db), "--since", "2024-06-01", "--until", "2024-06-30"])
    assert table.exit_code == 0, table.output
    assert table.output.startswith("changes 2024-06-01 .. 2024-06-30 (actor level): ")
    assert "more sources    Chile --criticizes--> Peru  [1 -> 2 sources]" in table.output
    assert "cooperation -> conflict" in table.output
    assert "Mexico" not in table.output
    as_json = runner.invoke(
        main, ["changes", "--db", str(db), "--since", "1403/03/12", "--until", "2024-06-30", "--format", "json"]
    )
    assert as_json.exit_code == 0, as_json.output
    body = json.loads(as_json.output)
    assert body["since"] == "2024-06-01"  # 1403/03/12 in the Solar Hijri calendar
    assert body["labels"]["Q298"] == "Chile"
    assert body["became_disputed"][0]["evidence"][0]["modality"] == "denied"
    page = tmp_path / "changes.html"
    html = runner.invoke(
        main,
        [
            "changes",
            "--db",
            str(db),
            "--since",
            "2024-06-01",
            "--until",
            "2024-06-30",
            "--format",
            "html",
            "-o",
            str(page),
        ],
    )
    assert html.exit_code == 0, html.output
    text = page.read_text(encoding="utf-8")
    data = text.split('id="geograph-data">', 1)[1].split("</script>", 1)[0]
    assert "Chile" in data and "Mexico" not in data and "Ghana" not in data  # only the changed edges
    assert "Kenyan troops attacked Uganda" in data


def test_cli_bad_dates_name_the_option(db: Path) -> None:
    result = CliRunner().invoke(main, ["changes", "--db", str(db), "--since", "yesterday-ish"])
    assert result.exit_code == 2 and "--since" in result.output
    result = CliRunner().invoke(main, ["changes", "--db", str(db), "--since", "2024-06-01", "--until", "2024-01-01"])
    assert result.exit_code == 2 and "--until" in result.output
