"""The real-news set: annotations in the repository point by offsets into texts kept in a cache outside it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from geograph.cli import main
from geograph.eval import GoldFormatError
from geograph.eval.realnews import evaluate_realnews, is_realnews_dir, load_cached, load_excerpt, load_excerpts
from geograph.eval.run import read_gold_article
from geograph.extract import Extractor

FIXTURES = Path(__file__).parent.parent / "fixtures" / "eval"
ROOT = FIXTURES / "realnews"
CACHE = FIXTURES / "realnews-cache"
REPO = Path(__file__).resolve().parents[2]


def test_spans_become_evidence_cut_from_the_verified_text() -> None:
    cached = load_cached(ROOT, CACHE)
    assert not cached.missing
    evidence = {(r.subject, r.relation, r.object): r.evidence for g in cached.gold for r in g.relations}
    assert evidence["Turkey", "signs_agreement", "Azerbaijan"] == (
        "Turkey and Azerbaijan signed a defence agreement on Wednesday"
    )
    assert evidence["Egypt", "meets", "Ethiopia"] == "Egypt said it would not meet Ethiopian officials"


def test_splits_are_read_from_the_annotations() -> None:
    assert [e.id for e in load_excerpts(ROOT, ("dev",))] == ["en-001"]
    assert [e.id for e in load_excerpts(ROOT, ("test",))] == ["en-002"]
    assert len(load_excerpts(ROOT)) == 2


def test_an_absent_or_changed_text_is_named_and_not_scored(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    shutil.copytree(CACHE, cache)
    (cache / "en" / "en-002.txt").unlink()
    (cache / "en" / "en-001.txt").write_text("Some other text.", encoding="utf-8")
    cached = load_cached(ROOT, cache)
    assert cached.gold == ()
    assert sorted((m.excerpt.id, m.reason) for m in cached.missing) == [("en-001", "changed"), ("en-002", "absent")]


def test_a_span_outside_the_text_is_a_format_error(tmp_path: Path) -> None:
    raw = yaml.safe_load((ROOT / "en" / "en-002.yaml").read_text(encoding="utf-8"))
    raw["relations"][0]["span"] = [10, 500]
    path = tmp_path / "en" / "en-002.yaml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="outside the text"):
        load_excerpt(path)


def test_the_repository_holds_no_excerpt_text() -> None:
    """Annotations carry offsets only: no quote or evidence field, and no .txt beside them."""
    root = REPO / "data" / "realnews"
    files = [p for p in sorted(root.rglob("*")) if p.is_file() and p.name != "README.md"]
    assert len([p for p in files if p.parent.parent.name == "second"]) >= 20  # the second annotator's sample
    for path in files:
        assert path.suffix == ".yaml", f"{path}: only annotations belong in data/realnews"
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["relations"] or []:
            assert not {"quote", "evidence"} & set(entry), f"{path}: quotes text"
    assert is_realnews_dir(ROOT)
    assert not is_realnews_dir(REPO / "tests" / "gold")


def test_evaluate_scores_each_split_on_meaning() -> None:
    dev, test = evaluate_realnews(ROOT, Extractor(), cache=CACHE)
    assert (dev.split, test.split) == ("dev", "test")
    assert dev.report.gold_relations == 3
    assert test.report.gold_relations == 1
    state = dev.report.level("state")
    assert state.overall.tp + state.overall.fn == 3


def test_cli_lists_missing_texts_and_scores_both_splits(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["eval", str(ROOT), "--missing", "--cache", str(tmp_path)])
    assert missing.exit_code == 0, missing.output
    assert "absent\ten-001" in missing.output
    assert "0 verified, 2 absent or changed" in missing.output
    scored = runner.invoke(main, ["eval", str(ROOT), "--cache", str(CACHE), "--level", "state"])
    assert scored.exit_code == 0, scored.output
    assert "== split dev: 1 excerpts scored" in scored.output
    assert "== split test: 1 excerpts scored" in scored.output


def test_an_excerpt_is_read_with_the_address_it_was_published_at() -> None:
    # as a page ingested would be: what tells the outlet's state («کشورمان»)
    cached = load_cached(ROOT, CACHE)
    excerpts = {e.id: e for e in load_excerpts(ROOT)}
    for gold in cached.gold:
        article = read_gold_article(gold)
        assert article.url == excerpts[gold.name].url
        assert article.url
