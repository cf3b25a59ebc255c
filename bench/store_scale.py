"""The cost of one more article as the store grows: build stores of 1k/10k/100k articles, time a fixed batch.

Big stores are built fast by bulk-adding copies of real extractions (same sentences and actors, fresh article
ids) through ``Store.add``; they are cached in ``bench/out/`` between runs. The timed batch goes through the
real ``geograph.ingestion.ingest`` (duplicate check, savepoint per article, commits in batches) with extraction
done beforehand, so the figure is the store's share of the cost, the only part that can grow with the store.
The first batch warms up (imports, a cold page cache) and is not counted; the figure is the mean over the
other batches, so it includes the WAL checkpoints that come every few hundred articles.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from geograph.ingestion import ingest
from geograph.records import Article, Extraction
from geograph.store import Store


@dataclass(frozen=True, slots=True)
class ScalePoint:
    articles: int
    ms_per_article: float  # the store's share, amortized: mean over the timed batches, checkpoints included
    median: float  # the typical batch, without the ones that ran a checkpoint
    repeats: tuple[float, ...]


def clone(extraction: Extraction, number: int) -> Extraction:
    """``extraction`` as if read from another article: same content, article id ``bench-<number>``."""
    article_id = f"bench-{number:09d}"
    article = replace(extraction.article, id=article_id, origin=f"bench/{number}", url=None)
    assertions = tuple(replace(a, article=article_id) for a in extraction.assertions)
    return replace(extraction, article=article, assertions=assertions)


def build_store(path: Path, size: int, pool: Sequence[Extraction]) -> float:
    """Grow the store at ``path`` to ``size`` articles of cloned extractions; return the seconds it took."""
    started = time.perf_counter()
    with Store.open(path) as store:
        have = store.stats().articles
        if have < size:
            run = store.begin_run(f"bench: bulk add to {size}")
            for number in range(have, size):
                store.add(clone(pool[number % len(pool)], number), run=run)
    return time.perf_counter() - started


def cached_stores(out: Path, sizes: Sequence[int], pool: Sequence[Extraction]) -> dict[int, Path]:
    """A store file per size under ``out``, each grown from the next smaller one."""
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[int, Path] = {}
    previous: Path | None = None
    for size in sorted(sizes):
        path = out / f"store-{size}.db"
        if not path.exists() and previous is not None:
            shutil.copyfile(previous, path)
        seconds = build_store(path, size, pool)
        if seconds > 1:
            print(f"  built {path.name} ({size} articles) in {seconds:.0f}s", flush=True)
        paths[size] = previous = path
    return paths


def _prepared(batch: Sequence[Extraction]) -> Callable[[Iterable[Article]], Iterator[Extraction]]:
    """An extraction step that looks up the already extracted article (the store's checks still run)."""
    by_id = {extraction.article.id: extraction for extraction in batch}
    return lambda articles: (by_id[article.id] for article in articles)


def time_batch(store_file: Path, batches: Sequence[Sequence[Extraction]], *, extract: bool = False) -> ScalePoint:
    """Ingest each batch into a copy of ``store_file``; per-article milliseconds of all batches but the first
    (the warm-up). The batches come already extracted (the store's share), or with ``extract`` their articles
    are extracted again in this process (the whole cost of one more article, reading aside)."""
    with tempfile.TemporaryDirectory(prefix="geograph-bench-") as scratch:
        work = Path(scratch) / "store.db"
        shutil.copyfile(store_file, work)
        # Flush the copy now: otherwise the first checkpoint's fsync writes back the whole copied file and
        # charges a gigabyte of `cp` to one batch.
        with work.open("rb+") as copied:
            os.fsync(copied.fileno())
        repeats: list[float] = []
        with Store.open(work) as store:
            size = store.stats().articles
            for batch in batches:
                articles: list[Article] = [extraction.article for extraction in batch]
                started = time.perf_counter()
                step = None if extract else _prepared(batch)
                summary = ingest(articles, store, command="bench batch", extractions=step)
                seconds = time.perf_counter() - started
                if summary.new != len(batch):
                    raise RuntimeError(f"expected {len(batch)} new articles, stored {summary.new}")
                repeats.append(seconds * 1000 / len(batch))
    timed = repeats[1:] or repeats
    return ScalePoint(size, statistics.fmean(timed), statistics.median(timed), tuple(timed))


def batches_from(pool: Sequence[Extraction], count: int, size: int, first_number: int) -> list[list[Extraction]]:
    """``count`` batches of ``size`` clones numbered from ``first_number`` (ids no built store holds)."""
    return [
        [clone(pool[(b * size + i) % len(pool)], first_number + b * size + i) for i in range(size)]
        for b in range(count)
    ]
