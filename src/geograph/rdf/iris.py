"""The IRIs geograph mints for its data, all under ``https://w3id.org/geograph/id/``.

Every IRI is derived from content, never from a row number of the SQLite file, so two stores pushed to one
server cannot collide and a store rebuilt from the same articles (on any machine, in any number of shards)
mints the same IRIs: actors, events, articles and sources are named by their ids, an edge by its actor ids and
relation, a mention by a digest of what it states where, and a run by a digest of the extractor and the
articles it stored.

Ids go into one path segment each, percent-encoded, so a local id such as ``local:west`` stays one segment and
every IRI is valid in N-Triples and as a Turtle prefixed name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from urllib.parse import quote, unquote

from geograph.rdf.namespace import DATA, WIKIDATA
from geograph.records import StoredAssertion


def _segment(value: str) -> str:
    return quote(value, safe="")


def _digest(parts: Iterable[str], length: int = 24) -> str:
    # 96 bits: a collision among a billion mentions has a chance of about 1 in 10^10
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def actor_iri(entity_id: str) -> str:
    return f"{DATA}actor/{_segment(entity_id)}"


def event_iri(event_id: str) -> str:
    return f"{DATA}event/{_segment(event_id)}"


def edge_iri(subject: str, relation: str, obj: str) -> str:
    """The statement node of the merged edge ``subject relation obj`` (symmetric edges: subject < obj)."""
    return f"{DATA}edge/{_segment(subject)}/{_segment(relation)}/{_segment(obj)}"


def mention_key(assertion: StoredAssertion) -> str:
    """What identifies a mention: its article, span, actors, relation, modality, via and date."""
    return _digest(
        (
            assertion.article,
            str(assertion.start),
            str(assertion.end),
            assertion.subject,
            assertion.relation,
            assertion.object,
            assertion.modality,
            assertion.via or "",
            assertion.date or "",
        )
    )


def mention_iri(key: str, repeat: int = 0) -> str:
    """A mention's IRI from its :func:`mention_key`; ``repeat`` tells apart identical statements of one article
    (the n-th repetition in the article's extraction order)."""
    return f"{DATA}mention/{key}" if repeat == 0 else f"{DATA}mention/{key}-{repeat}"


def article_iri(article_id: str) -> str:
    return f"{DATA}article/{_segment(article_id)}"


def source_iri(source: str) -> str:
    return f"{DATA}source/{_segment(source.strip().lower())}"


def run_key(extractor: str, article_ids: Iterable[str], started: str = "", command: str = "") -> str:
    """What identifies a run: the extractor and the articles it stored, so rebuilding a store from the same
    articles names its runs alike. A run that stored no article is named by its start time and command."""
    ids = sorted(article_ids)
    return _digest((extractor, *ids) if ids else (extractor, started, command, "empty"), 20)


def run_iri(key: str) -> str:
    return f"{DATA}run/{_segment(key)}"


def run_graph_iri(key: str) -> str:
    """The named graph holding one run's mentions and articles (``--quads``)."""
    return f"{DATA}graph/run/{_segment(key)}"


def position_iri(state: str, role: str) -> str:
    """An office of a state, e.g. Russia's head of state (Wikidata's position items, such as Q218295)."""
    return f"{DATA}position/{_segment(state)}/{_segment(role)}"


def position_held_iri(person: str, state: str, role: str, start: dt.date | None) -> str:
    """The statement that ``person`` held ``role`` for ``state`` from ``start`` (Wikidata's P39 statement)."""
    since = start.isoformat() if start is not None else "undated"
    return f"{DATA}held/{_segment(person)}/{_segment(state)}/{_segment(role)}/{since}"


def wikidata_iri(qid: str) -> str:
    return f"{WIKIDATA}{qid}"


def entity_id_of(iri: str) -> str | None:
    """The entity id an actor IRI stands for, or None when ``iri`` is not one."""
    prefix = f"{DATA}actor/"
    return unquote(iri[len(prefix) :]) if iri.startswith(prefix) else None
