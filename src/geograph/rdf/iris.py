"""The IRIs geograph mints for its data, all under ``https://w3id.org/geograph/id/``.

Ids go into one path segment each, percent-encoded, so a local id such as ``local:west`` stays one segment and
every IRI is valid in N-Triples and as a Turtle prefixed name.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from geograph.rdf.namespace import DATA, WIKIDATA


def _segment(value: str) -> str:
    return quote(value, safe="")


def actor_iri(entity_id: str) -> str:
    return f"{DATA}actor/{_segment(entity_id)}"


def event_iri(event_id: str) -> str:
    return f"{DATA}event/{_segment(event_id)}"


def mention_iri(assertion_id: int) -> str:
    return f"{DATA}mention/{assertion_id}"


def article_iri(article_id: str) -> str:
    return f"{DATA}article/{_segment(article_id)}"


def source_iri(source: str) -> str:
    return f"{DATA}source/{_segment(source.strip().lower())}"


def run_iri(run_id: int) -> str:
    return f"{DATA}run/{run_id}"


def run_graph_iri(run_id: int) -> str:
    """The named graph holding one run's mentions and articles (``--quads``)."""
    return f"{DATA}graph/run/{run_id}"


def wikidata_iri(qid: str) -> str:
    return f"{WIKIDATA}{qid}"


def entity_id_of(iri: str) -> str | None:
    """The entity id an actor IRI stands for, or None when ``iri`` is not one."""
    prefix = f"{DATA}actor/"
    return unquote(iri[len(prefix) :]) if iri.startswith(prefix) else None
