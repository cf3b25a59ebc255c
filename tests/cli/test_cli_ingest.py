"""``geograph ingest`` through click's CliRunner: bad inputs, re-runs, summaries."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from geograph.cli import main
from geograph.store import Store

GOOD_EN = "Sanctions.\n\nThe United States imposed sanctions on Iran on Tuesday, the Treasury said.\n"
GOOD_FA = "تحریم\n\nآمریکا روز سه شنبه ایران را تحریم کرد. وزارت خزانه داری این خبر را اعلام کرد.\n"


def _folder_with_bad_inputs(root: Path) -> Path:
    folder = root / "batch"
    folder.mkdir()
    (folder / "good_en.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "good_fa.txt").write_text(GOOD_FA, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Les États-Unis ont imposé des sanctions à l'Iran.".encode("latin-1"))
    (folder / "huge.txt").write_text("The United States imposed sanctions on Iran. " * 5000, encoding="utf-8")
    return folder


def test_bad_inputs_are_reported_and_good_ones_stored(tmp_path: Path) -> None:
    folder = _folder_with_bad_inputs(tmp_path)
    db = tmp_path / "g.db"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--max-bytes", "100000", "-q"])
    assert result.exit_code == 0, result.output
    assert "articles read: 2, new: 2, duplicate: 0, failed: 4" in result.output
    with Store.open(db) as store:
        relations = {(e.subject, e.relation, e.object) for e in store.edges()}
    assert ("Q30", "sanctions", "Q794") in relations


def test_each_bad_input_gets_one_line_saying_why(tmp_path: Path) -> None:
    folder = _folder_with_bad_inputs(tmp_path)
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "g.db"), "--max-bytes", "100000"])
    lines = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 4
    by_file = {Path(line.split()[1].rstrip(":")).name: line for line in lines}
    assert "empty" in by_file["empty.txt"]
    assert "binary" in by_file["binary.txt"]
    assert "UTF-8" in by_file["latin1.txt"]
    assert "large" in by_file["huge.txt"]


def test_strict_fails_on_any_bad_input_and_nothing_readable_fails(tmp_path: Path) -> None:
    folder = _folder_with_bad_inputs(tmp_path)
    db = str(tmp_path / "g.db")
    strict = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--max-bytes", "100000", "--strict", "-q"])
    assert strict.exit_code == 1
    empty = tmp_path / "only_bad"
    empty.mkdir()
    (empty / "empty.txt").write_text("")
    nothing = CliRunner().invoke(main, ["ingest", str(empty), "--db", db, "-q"])
    assert nothing.exit_code == 1 and "no article could be read" in nothing.output


def test_reingest_adds_nothing(tmp_path: Path) -> None:
    folder = _folder_with_bad_inputs(tmp_path)
    db = str(tmp_path / "g.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(folder), "--db", db, "-q"])
    assert "new: 3, duplicate: 0" in first.output  # the "huge" file is under the default size limit
    with Store.open(db) as store:
        before = store.stats()
    again = runner.invoke(main, ["ingest", str(folder), "--db", db, "-q"])
    assert "new: 0, duplicate: 3" in again.output
    with Store.open(db) as store:
        after = store.stats()
    assert (after.articles, after.assertions) == (before.articles, before.assertions)


def test_stdin_is_read_with_the_given_language_and_date(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    result = CliRunner().invoke(
        main, ["ingest", "-", "--db", db, "--lang", "fa", "--published", "2024-06-20", "-q"], input=GOOD_FA
    )
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        (article,) = list(store.articles())
    assert (article.lang, str(article.published), article.origin) == ("fa", "2024-06-20", "<stdin>")


def test_extract_prints_schema_shaped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD_EN, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["subject"]["label"], r["relation"], r["object"]["label"]) for r in records] == [
        ("United States", "sanctions", "Iran")
    ]
    assert GOOD_EN[records[0]["start"] : records[0]["end"]] in records[0]["sentence"]


def test_two_workers_store_what_one_worker_stores(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(40):
        (folder / f"a{number}.txt").write_text(f"Item {number}.\n\n{GOOD_EN}", encoding="utf-8")
    (folder / "fa.txt").write_text(GOOD_FA, encoding="utf-8")
    results = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--workers", workers, "-q"])
        assert result.exit_code == 0, result.output
        with Store.open(db) as store:
            results.append(sorted((a.article, a.subject, a.relation, a.object) for a in store.assertions()))
    assert results[0] == results[1]
    assert len(results[0]) == 41


def test_ingest_reads_a_folders_articles_and_include_exclude_choose(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "drafts").mkdir(parents=True)
    (folder / "README.md").write_text("# Corpus\n\nThe United States imposed sanctions on Iran, says this note.\n")
    (folder / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "drafts" / "b.txt").write_text(GOOD_FA, encoding="utf-8")
    (folder / "c.log").write_text(GOOD_FA, encoding="utf-8")
    runner = CliRunner()
    default = runner.invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "1.db"), "-q"])
    assert "articles read: 2, new: 2" in default.output, default.output
    excluded = runner.invoke(
        main, ["ingest", str(folder), "--db", str(tmp_path / "2.db"), "-q", "--exclude", "drafts/*"]
    )
    assert "articles read: 1, new: 1" in excluded.output, excluded.output
    included = runner.invoke(
        main, ["ingest", str(folder), "--db", str(tmp_path / "3.db"), "-q", "--include", "*.log", "--include", "*.md"]
    )
    assert "articles read: 2, new: 2" in included.output, included.output
    with Store.open(tmp_path / "3.db") as store:
        assert {a.origin for a in store.articles()} == {str(folder / "README.md"), str(folder / "c.log")}
    named = runner.invoke(main, ["ingest", str(folder / "README.md"), "--db", str(tmp_path / "4.db"), "-q"])
    assert "articles read: 1, new: 1" in named.output, named.output
