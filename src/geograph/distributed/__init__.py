"""Scaling past one process: extraction on a Dask cluster, and shards of extraction records to bulk-load.

summary = ingest_with_dask(read_inputs(paths), store, "tcp://scheduler:8786")     # cluster -> one writer
result = extract_with_dask(paths, "tcp://scheduler:8786", "shards/")              # workers write shards
summary = load_shards(store, result.paths)                                        # geograph load
"""

from __future__ import annotations

from geograph.distributed.cluster import (
    DaskExtractResult,
    ShardResult,
    dask_extractions,
    extract_batch,
    extract_with_dask,
    ingest_with_dask,
)
from geograph.distributed.codec import ShardError, extraction_from_json, extraction_json
from geograph.distributed.shards import load_shards, read_records, write_records

__all__ = [
    "DaskExtractResult",
    "ShardError",
    "ShardResult",
    "dask_extractions",
    "extract_batch",
    "extract_with_dask",
    "extraction_from_json",
    "extraction_json",
    "ingest_with_dask",
    "load_shards",
    "read_records",
    "write_records",
]
