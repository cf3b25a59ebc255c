"""Pushing the store's graph to a shared SPARQL 1.1 server (Graph Store Protocol, SPARQL Update fallback).

    result = push(store, "http://localhost:7878/store", graph_iri="https://example.org/news")
    print(result.line())

A push log next to the store (``geograph.db.push``) remembers, per endpoint and graph, what was sent, so the
next push sends only new articles and changed resources; a failed push can be retried as it is.
"""

from __future__ import annotations

from geograph.push.client import PushError
from geograph.push.log import PushLog, PushRecord, log_path
from geograph.push.sync import PushResult, push

__all__ = ["PushError", "PushLog", "PushRecord", "PushResult", "log_path", "push"]
