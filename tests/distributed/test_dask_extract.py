"""Extraction on a real Dask cluster (LocalCluster, two worker processes) gives the store a local ingest gives."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from geograph.distributed import (
    extract_with_dask,
    extraction_from_json,
    extraction_json,
    ingest_with_dask,
    load_shards,
    read_records,
)
from geograph.extract import Extractor
from geograph.ingestion import ingest
from geograph.read import ReadOptions, read_inputs
from geograph.records import Article
from geograph.store import Store
from geograph.store.keys import distinct_mentions

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[2]
INPUTS = [
    str(ROOT / "data" / "articles" / "en" / "us_sanctions_iran_oil_network.txt"),
    str(ROOT / "data" / "articles" / "fa" / "tahrim_naft_iran_esfand_1403.txt"),
    str(ROOT / "data" / "articles" / "ar" / "putin_kim_treaty.txt"),
    str(ROOT / "data" / "articles" / "multi" / "wire_digest.jsonl"),
]

Key = tuple[str, str, str, str, str, int, int]


def stored(store: Store) -> set[Key]:
    return {(a.subject, a.relation, a.object, a.modality, a.article, a.start, a.end) for a in store.assertions()}


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    with Store.open(tmp_path_factory.mktemp("local") / "local.db") as store:
        summary = ingest(read_inputs(INPUTS, ReadOptions()), store)
        assert summary.failed == 0 and summary.assertions > 0
        return stored(store)


def test_extraction_records_round_trip() -> None:
    articles = [item for item in read_inputs(INPUTS, ReadOptions()) if isinstance(item, Article)]
    extractor = Extractor()
    for article in articles:
        extraction = extractor.extract(article)
        line = json.dumps(extraction_json(extraction), ensure_ascii=False)
        assert extraction_from_json(json.loads(line)) == extraction


def test_ingest_on_the_cluster_stores_what_local_ingest_stores(scheduler: str, local: set[Key], tmp_path: Path) -> None:
    with Store.open(tmp_path / "dask.db") as store:
        summary = ingest_with_dask(read_inputs(INPUTS, ReadOptions()), store, scheduler)
        assert summary.failed == 0
        assert summary.new == summary.read == store.stats().articles > 0
        assert stored(store) == local


def test_shards_written_by_workers_load_into_the_same_store(scheduler: str, local: set[Key], tmp_path: Path) -> None:
    result = extract_with_dask(INPUTS, scheduler, tmp_path / "shards", files_per_task=2)
    assert len(result.shards) == 2 and not result.failures
    assert all(path.exists() for path in result.paths)
    assert not list((tmp_path / "shards").glob("*.partial"))
    assert sum(1 for item in read_records(result.paths) if not isinstance(item, Article)) == result.articles
    with Store.open(tmp_path / "loaded.db") as store:
        first = load_shards(store, result.paths)
        extractions = [item for item in read_records(result.paths) if not isinstance(item, Article)]
        distinct = sum(len(distinct_mentions(extraction.assertions)) for extraction in extractions)
        assert first.new == result.articles and first.assertions == distinct <= result.assertions
        assert stored(store) == local
        again = load_shards(store, result.paths)
        assert (again.new, again.duplicate) == (0, result.articles)
        assert stored(store) == local


def test_a_bad_shard_line_fails_alone(tmp_path: Path) -> None:
    article = next(item for item in read_inputs(INPUTS[:1], ReadOptions()) if isinstance(item, Article))
    good = json.dumps(extraction_json(Extractor().extract(article)), ensure_ascii=False)
    shard = tmp_path / "part.jsonl"
    shard.write_text('{"format": "geograph-extraction/1"}\nnot json\n' + good + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as store:
        summary = load_shards(store, [shard])
    assert (summary.new, summary.failed) == (1, 2)
    assert all(failure.origin.startswith(str(shard)) for failure in summary.failures)
