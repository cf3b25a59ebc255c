"""Extraction fanned out over a Dask distributed cluster; the store keeps one writer.

Two ways, both on an existing cluster (``dask-scheduler`` + ``dask-worker`` processes, or a ``LocalCluster``):

* :func:`dask_extractions` ships batches of articles (read here) to the workers and yields their extractions
  back in input order, bounded in flight, for ``geograph.ingestion.ingest(..., extractions=...)``: the calling
  process stays the only writer. :func:`ingest_with_dask` wires the two together.
* :func:`extract_with_dask` has each worker read a group of input files itself and write one shard of
  extraction records (see :mod:`geograph.distributed.codec`) into a directory every worker can reach; the
  shards are stored later with :func:`geograph.distributed.load_shards` (``geograph load``).

Worker processes build the spaCy pipelines once each (a module-level extractor), as ``--workers`` does.
"""

from __future__ import annotations

import itertools
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geograph.distributed.codec import extraction_json
from geograph.ingestion import ExtractionFailure, IngestSummary, ProgressCallback, ingest
from geograph.read import ReadOptions, read_inputs
from geograph.read.discovery import STDIN, Input, discover
from geograph.read.walk import Selection
from geograph.records import Article, Extraction, ReadFailure
from geograph.store.batch import BATCH_ARTICLES

if TYPE_CHECKING:
    from geograph.store import Store

Client = Any  # a distributed.Client; the library is optional and untyped

BATCH = 32  # articles per task: large enough to amortize scheduling, small enough to spread over workers
FILES_PER_TASK = 8

_extractors: dict[bool, Any] = {}


def _worker_extractor(learned: bool = True) -> Any:
    """The extractor of this worker process, built on first use and kept for every later task."""
    if learned not in _extractors:
        from geograph.extract import Extractor

        _extractors[learned] = Extractor(learned=learned)
    return _extractors[learned]


def extract_batch(articles: Sequence[Article], learned: bool = True) -> list[Extraction | ExtractionFailure]:
    """Runs on a worker: extract each article; one article's failure is reported, not raised."""
    extractor = _worker_extractor(learned)
    results: list[Extraction | ExtractionFailure] = []
    for article in articles:
        try:
            results.append(extractor.extract(article))
        except Exception as error:
            results.append(
                ExtractionFailure(article.origin or article.id, f"extraction failed: {type(error).__name__}: {error}")
            )
    return results


def connect(scheduler_address: str) -> Client:
    """A client of the cluster whose scheduler listens at ``scheduler_address`` (``tcp://HOST:PORT``)."""
    try:
        from distributed import Client
    except ImportError as error:  # an optional dependency: say how to get it
        raise RuntimeError("Dask is not installed: pip install 'geograph[dask]'") from error
    return Client(scheduler_address)  # type: ignore[no-untyped-call]


def dask_extractions(
    client: Client, *, batch: int = BATCH, in_flight: int | None = None, learned: bool = True
) -> Callable[[Iterable[Article]], Iterator[Extraction | ExtractionFailure]]:
    """An extraction step for ``geograph.ingestion.ingest`` that runs on the cluster of ``client``.

    At most ``in_flight`` batches (default: twice the cluster's worker threads) wait at a time, so memory
    stays flat however long the input; results come back in input order.
    """

    def extract(articles: Iterable[Article]) -> Iterator[Extraction | ExtractionFailure]:
        limit = in_flight or max(2, 2 * sum(client.nthreads().values()))
        pending: deque[Any] = deque()
        iterator = iter(articles)
        while chunk := list(itertools.islice(iterator, batch)):
            pending.append(client.submit(extract_batch, chunk, learned, pure=False))
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    return extract


def ingest_with_dask(
    inputs: Iterable[Article | ReadFailure],
    store: Store,
    scheduler_address: str,
    *,
    command: str = "ingest --dask-scheduler",
    progress: ProgressCallback | None = None,
    commit_every: int = BATCH_ARTICLES,
    learned: bool = True,
) -> IngestSummary:
    """``geograph ingest --dask-scheduler ADDRESS``: extract on the cluster, store here (the single writer)."""
    client = connect(scheduler_address)
    try:
        return ingest(
            inputs,
            store,
            command=command,
            progress=progress,
            extractions=dask_extractions(client, learned=learned),
            commit_every=commit_every,
        )
    finally:
        client.close()


@dataclass(frozen=True, slots=True)
class ShardResult:
    """One shard a worker wrote: its path, how many articles and assertions it holds, what failed."""

    path: str
    articles: int
    assertions: int
    failures: tuple[ReadFailure, ...]


@dataclass(frozen=True, slots=True)
class DaskExtractResult:
    shards: tuple[ShardResult, ...]
    failures: tuple[ReadFailure, ...]

    @property
    def paths(self) -> list[Path]:
        return [Path(shard.path) for shard in self.shards]

    @property
    def articles(self) -> int:
        return sum(shard.articles for shard in self.shards)

    @property
    def assertions(self) -> int:
        return sum(shard.assertions for shard in self.shards)


def extract_shard(paths: Sequence[str], options: ReadOptions, dest: str) -> ShardResult:
    """Runs on a worker: read ``paths``, extract every article, write the records to ``dest`` atomically."""
    extractor = _worker_extractor()
    articles = assertions = 0
    failures: list[ReadFailure] = []
    partial = f"{dest}.partial"
    with open(partial, "w", encoding="utf-8") as out:
        for item in read_inputs(list(paths), options):
            if isinstance(item, ReadFailure):
                failures.append(item)
                continue
            try:
                extraction = extractor.extract(item)
            except Exception as error:
                failures.append(ReadFailure(item.origin or item.id, f"extraction failed: {type(error).__name__}"))
                continue
            out.write(json.dumps(extraction_json(extraction), ensure_ascii=False) + "\n")
            articles += 1
            assertions += len(extraction.assertions)
    os.replace(partial, dest)  # a shard exists whole or not at all, so a rerun can skip it
    return ShardResult(dest, articles, assertions, tuple(failures))


def extract_with_dask(
    paths: Sequence[str],
    scheduler_address: str,
    out_dir: str | Path,
    *,
    options: ReadOptions | None = None,
    files_per_task: int = FILES_PER_TASK,
) -> DaskExtractResult:
    """Extract the files under ``paths`` on the cluster into shards ``out_dir/part-NNNNN.jsonl``.

    Workers read the inputs and write the shards themselves, so ``paths`` and ``out_dir`` must be reachable
    at the same names from every worker (one machine, or a shared file system). Standard input cannot be
    shared: use :func:`ingest_with_dask` for it.
    """
    options = options or ReadOptions()
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    failures: list[ReadFailure] = []
    for item in discover(paths, Selection(options.include, options.exclude)):
        if isinstance(item, ReadFailure):
            failures.append(item)
        elif isinstance(item, Input) and item.path is not None and item.path != STDIN:
            files.append(str(Path(item.path).resolve()))
        else:
            failures.append(ReadFailure(item.origin, "standard input cannot be sent to a cluster"))
    groups = [files[i : i + files_per_task] for i in range(0, len(files), files_per_task)]
    client = connect(scheduler_address)
    try:
        futures = [
            client.submit(extract_shard, group, options, str(out / f"part-{number:05d}.jsonl"), pure=False)
            for number, group in enumerate(groups)
        ]
        shards: list[ShardResult] = client.gather(futures)
    finally:
        client.close()
    for shard in shards:
        failures.extend(shard.failures)
    return DaskExtractResult(tuple(shards), tuple(failures))
