"""The benchmark corpus generator: deterministic, about 4 KB per article, three languages, readable by ingest."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402

from geograph.read import ReadOptions, read_inputs  # noqa: E402
from geograph.records import Article  # noqa: E402


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    first = list(corpus.generate(12, seed=7))
    assert first == list(corpus.generate(12, seed=7))
    assert [a.text for a in first] != [a.text for a in corpus.generate(12, seed=8)]
    # any slice is the same articles as the whole run has at those numbers
    assert list(corpus.generate(3, seed=7, start=5)) == first[5:8]


def test_articles_are_about_four_kilobytes_in_three_languages() -> None:
    articles = list(corpus.generate(30, seed=1))
    assert {a.lang for a in articles} == {"fa", "en", "ar"}
    sizes = [len(a.text.encode("utf-8")) for a in articles]
    assert all(3800 <= size <= 5200 for size in sizes), sizes


def test_persian_articles_carry_jalali_dates_and_gazetteer_actors() -> None:
    fa = [a for a in corpus.generate(60, seed=2) if a.lang == "fa"]
    templates = yaml.safe_load((BENCH / "templates" / "fa.yaml").read_text(encoding="utf-8"))
    jalali_months = templates["jalali_months"]
    assert sum(any(month in a.text for month in jalali_months) for a in fa) >= len(fa) // 2
    actors, _states = corpus.actor_names("fa")
    assert all(sum(name in a.text for name in actors) >= 4 for a in fa)


def test_written_corpus_reads_back_with_its_metadata(tmp_path: Path) -> None:
    paths = corpus.write_corpus(tmp_path, 7, seed=3)
    assert [p.name for p in paths] == ["corpus-00000.jsonl"]
    read = [item for item in read_inputs([str(tmp_path)], ReadOptions()) if isinstance(item, Article)]
    expected = list(corpus.generate(7, seed=3))
    assert [(a.lang, a.published, a.source) for a in read] == [(e.lang, e.published, e.source) for e in expected]
    assert len({a.id for a in read}) == 7


def test_the_extractor_reads_relations_out_of_every_language() -> None:
    from geograph.extract import Extractor

    extractor = Extractor()
    articles = list(corpus.generate(6, seed=4))
    read = [item for item in read_inputs_of(articles) if isinstance(item, Article)]
    found = {article.lang: len(extractor.extract(article).assertions) for article in read}
    assert set(found) == {"fa", "en", "ar"}
    assert all(count > 0 for count in found.values()), found


def read_inputs_of(articles: list[corpus.SyntheticArticle]) -> list[Article | object]:
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "a.jsonl"
        path.write_text("\n".join(json.dumps(a.record(), ensure_ascii=False) for a in articles), encoding="utf-8")
        return list(read_inputs([str(path)], ReadOptions()))
