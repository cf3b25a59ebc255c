"""Writing and bulk-loading shards: JSON lines files of extraction records (one article per line)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from geograph.distributed.codec import ShardError, extraction_from_json, extraction_json
from geograph.ingestion import ExtractionFailure, IngestSummary, ProgressCallback, ingest
from geograph.records import Article, Extraction, ReadFailure

if TYPE_CHECKING:
    from geograph.store import Store


def write_records(extractions: Iterable[Extraction], out: IO[str]) -> int:
    """Write one record line per extraction (what ``geograph extract --format records`` prints)."""
    count = 0
    for extraction in extractions:
        out.write(json.dumps(extraction_json(extraction), ensure_ascii=False) + "\n")
        count += 1
    return count


def read_records(paths: Iterable[str | Path]) -> Iterator[Extraction | ReadFailure]:
    """Every record of the shard files in order; a bad line is a failure of its own, the rest still load."""
    for path in paths:
        origin = str(path)
        try:
            handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed below; a missing file is one failure
        except OSError as error:
            yield ReadFailure(origin, error.strerror or str(error))
            continue
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    yield extraction_from_json(json.loads(line))
                except (ValueError, ShardError) as error:
                    yield ReadFailure(f"{origin}:{number}", str(error))


def load_shards(
    store: Store,
    paths: Iterable[str | Path],
    *,
    command: str = "load",
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """``geograph load SHARDS...``: store the extraction records of the shards, as ingest would have.

    Goes through ``geograph.ingestion.ingest`` (one run, each article atomic, commits in batches, articles already
    stored are skipped), with the records standing in for extraction; loading the same shards twice adds nothing.
    """
    held: dict[str, Extraction] = {}  # the record of the article ingest is looking at, and no other

    def articles() -> Iterator[Article | ReadFailure]:
        for item in read_records(paths):
            if isinstance(item, ReadFailure):
                yield item
                continue
            held.clear()
            held[item.article.id] = item
            yield item.article

    def recorded(fresh: Iterable[Article]) -> Iterator[Extraction | ExtractionFailure]:
        for article in fresh:
            extraction = held.pop(article.id, None)
            if extraction is None:
                yield ExtractionFailure(article.origin or article.id, "record lost while loading")
            else:
                yield extraction

    return ingest(articles(), store, command=command, progress=progress, extractions=recorded)
