"""A small store to push, and the graph a server should hold after pushing it."""

from __future__ import annotations

import datetime as dt

from pyoxigraph import RdfFormat, parse
from pyoxigraph import Store as OxStore

from conftest import NORTH_KOREA, PUTIN, RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.rdf.index import ontology_file
from geograph.rdf.triples import store_quads
from geograph.records import EventDate, Modality
from geograph.store import Store

GRAPH = "https://example.org/graph/news"
JUNE_19 = EventDate("2024-06-19", "day")


def local_triples(store: Store) -> set[str]:
    """What the server should hold: the store's graph and the ontology, in N-Triples.

    They pass through a pyoxigraph store as they do on the server, which writes literals in canonical form
    (a dateTime's "+00:00" becomes "Z").
    """
    local = OxStore()
    local.extend(store_quads(store))
    with ontology_file().open("rb") as handle:
        local.extend(parse(handle, RdfFormat.TURTLE))
    return {str(quad.triple) for quad in local}


def add_article(store: Store, number: int, *, modality: Modality = "asserted") -> None:
    article = make_article(f"a{number}", published=dt.date(2024, 6, 19 + number), source=f"Source {number}")
    extraction = make_extraction(
        article,
        make_assertion(article, PUTIN, "meets", NORTH_KOREA, date=JUNE_19, modality=modality),
        make_assertion(article, UNITED_STATES, "sanctions", RUSSIA),
    )
    store.add(extraction, run=store.begin_run(f"test {number}"))
