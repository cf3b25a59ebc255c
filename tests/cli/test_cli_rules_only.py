"""`--rules-only` keeps the learned argument binder out of `extract`, `ingest` and `eval`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from geograph.cli import main
from geograph.extract import LEARNED_BINDER
from geograph.store import Store

# The rules read no frame here (the rockets' target follows the city); the shipped binder reads the attack.
HOUTHIS, ISRAEL = "Q271328", "Q801"  # the store keys actors by entity id
HOUTHI_ROCKETS = "وكان الحوثيون قد أطلقوا صواريخ على مدينة إيلات في جنوب إسرائيل.\n"


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "rockets.txt"
    path.write_text(HOUTHI_ROCKETS, encoding="utf-8")
    return path


def _extracted(tmp_path: Path, *options: str) -> list[tuple[str, str, str, str]]:
    result = CliRunner().invoke(
        main, ["extract", "--format", "records", "--lang", "ar", *options, str(_article(tmp_path))]
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    return [(a["subject"]["label"], a["relation"], a["object"]["label"], a["extractor"]) for a in record["assertions"]]


def test_extract_reads_with_the_binder_by_default_and_marks_what_it_read(tmp_path: Path) -> None:
    found = _extracted(tmp_path)
    assert [(s, r, o) for s, r, o, e in found if e.endswith(LEARNED_BINDER)] == [("Houthis", "attacks", "Israel")]


def test_extract_rules_only_leaves_the_binder_out(tmp_path: Path) -> None:
    assert _extracted(tmp_path, "--rules-only") == []


def _ingested(tmp_path: Path, name: str, *options: str) -> list[tuple[str, str, str]]:
    db = tmp_path / name
    result = CliRunner().invoke(
        main, ["ingest", "--db", str(db), "--lang", "ar", "-q", *options, str(_article(tmp_path))]
    )
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        return [(a.subject, a.relation, a.object) for a in store.assertions()]


def test_ingest_stores_what_the_binder_reads_unless_rules_only(tmp_path: Path) -> None:
    assert _ingested(tmp_path, "default.db") == [(HOUTHIS, "attacks", ISRAEL)]
    assert _ingested(tmp_path, "rules.db", "--rules-only") == []
