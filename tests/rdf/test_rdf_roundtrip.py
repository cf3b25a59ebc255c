"""Every RDF export parses back in rdflib with as many direct edges, events and mentions as the store has."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdf_sample import SAMPLE, build_sample
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef

from conftest import RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.export import ExportOptions, export
from geograph.rdf import to_rdflib
from geograph.rdf.iris import run_graph_iri
from geograph.rdf.keys import StoreKeys
from geograph.rdf.namespace import GG, event_class, relation_property
from geograph.records import DateWindow
from geograph.store import Store
from geograph.vocabulary import relations

# rdflib 7.6's own Dataset code calls APIs rdflib deprecates (default_context, identifier)
pytestmark = pytest.mark.filterwarnings("ignore:(Dataset|ConjunctiveGraph).*deprecated:DeprecationWarning")

RELATION_PROPERTIES = {relation_property(name) for name in relations()}
EVENT_CLASSES = {event_class(name) for name in relations()}
PARSE_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}


def _counts(graph: Graph) -> dict[str, int]:
    return {
        "direct_edges": sum(1 for _, p, _ in graph.triples((None, None, None)) if p in RELATION_PROPERTIES),
        "events": len({s for s, _, o in graph.triples((None, RDF.type, None)) if o in EVENT_CLASSES}),
        "mentions": len(set(graph.subjects(RDF.type, GG.Mention))),
        "articles": len(set(graph.subjects(RDF.type, GG.Article))),
    }


def _expected_direct_edges(store: Store, window: DateWindow | None = None) -> int:
    return sum(
        (2 if relations()[e.relation].symmetric and e.subject != e.object else 1)
        for e in store.edges(window)
        if e.asserted
    )


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "sample.db") as store:
        build_sample(store)
        yield store


def parse(path: Path, fmt: str) -> Graph:
    """The file as rdflib reads it (a union-graph Dataset for the formats that carry graphs)."""
    graph: Graph = Dataset(default_union=True) if fmt in ("nq", "trig", "jsonld") else Graph()
    # parse from text: rdflib leaves the file open when given a path to a TriG or N-Quads file
    return graph.parse(data=path.read_text(encoding="utf-8"), format=PARSE_FORMATS[fmt])


@pytest.mark.parametrize("fmt", sorted(PARSE_FORMATS))
def test_export_parses_back_with_the_store_counts(sample: Store, tmp_path: Path, fmt: str) -> None:
    (path,) = export(sample, fmt, tmp_path / f"graph.{fmt}")
    graph = parse(path, fmt)
    counts = _counts(graph)
    assert counts["direct_edges"] == _expected_direct_edges(sample) == SAMPLE["direct_edges"]
    assert counts["events"] == len(list(sample.events())) == SAMPLE["events"]
    assert counts["mentions"] == len(list(sample.assertions())) == SAMPLE["mentions"]
    assert counts["articles"] == SAMPLE["articles"]
    # the simple question is one triple pattern
    sanctioners = {str(s) for s in graph.subjects(relation_property("sanctions"), None)}
    assert sanctioners == {"https://w3id.org/geograph/id/actor/Q30", "https://w3id.org/geograph/id/actor/Q37470"}


@pytest.mark.parametrize("fmt", ["nq", "trig", "jsonld"])
def test_quads_put_each_run_in_its_own_graph_so_a_run_can_be_retracted(sample: Store, tmp_path: Path, fmt: str) -> None:
    (path,) = export(sample, fmt, tmp_path / f"graph.{fmt}", ExportOptions(quads=True))
    dataset = Dataset()
    dataset.parse(data=path.read_text(encoding="utf-8"), format=PARSE_FORMATS[fmt])
    keys = StoreKeys(sample)
    first, second = (dataset.graph(URIRef(run_graph_iri(keys.runs[run.id]))) for run in sample.runs())
    assert len(set(first.subjects(RDF.type, GG.Mention))) == 7
    assert len(set(second.subjects(RDF.type, GG.Mention))) == 5
    assert len(set(second.subjects(RDF.type, GG.Article))) == 2  # a4 and a5 first cited by run 2
    dataset.remove_graph(second)
    union = Dataset(default_union=True)
    for quad in dataset.quads():
        union.add(quad)
    assert len(set(union.subjects(RDF.type, GG.Mention))) == 7


def test_window_limits_the_export_to_evidence_inside_it(sample: Store, tmp_path: Path) -> None:
    window = DateWindow(as_of=dt.date(2024, 3, 31))
    (path,) = export(sample, "nt", tmp_path / "early.nt", ExportOptions(window=window))
    graph = parse(path, "nt")
    counts = _counts(graph)
    assert counts["mentions"] == len(list(sample.assertions(window))) == 5  # UNSC's "2024" counts from Jan 1
    assert counts["direct_edges"] == _expected_direct_edges(sample, window) == 4
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert "China" not in labels and "Russia" in labels  # only actors the window's statements refer to


def test_awkward_text_survives_the_round_trip_exactly(tmp_path: Path) -> None:
    sentence = 'He said "no"\\ then\nleft\ttoday — گفت «نه» \u200c and \U0001f600.'
    with Store.open(tmp_path / "s.db") as store:
        article = make_article("odd", published=dt.date(2024, 1, 2), text=sentence, source='Wire "Q"')
        store.add(
            make_extraction(article, make_assertion(article, UNITED_STATES, "sanctions", RUSSIA)),
            run=store.begin_run("odd"),
        )
        for fmt in PARSE_FORMATS:
            (path,) = export(store, fmt, tmp_path / f"odd.{fmt}")
            graph = parse(path, fmt)
            (mention,) = list(sample_mentions(graph))
            assert graph.value(mention, GG.sentence) == Literal(sentence, lang="en"), fmt


def sample_mentions(graph: Graph) -> list[URIRef]:
    return [m for m in graph.subjects(RDF.type, GG.Mention) if isinstance(m, URIRef)]


def test_to_rdflib_gives_the_graph_and_a_dataset_with_quads(sample: Store) -> None:
    graph = to_rdflib(sample)
    assert _counts(graph)["mentions"] == SAMPLE["mentions"]
    assert {graph.value(mention, GG.start) for mention in sample_mentions(graph)} == {Literal(0)}
    dataset = to_rdflib(sample, quads=True)
    assert isinstance(dataset, Dataset)
    graphs = {str(g.identifier) for g in dataset.graphs()}
    assert {run_graph_iri(key) for key in StoreKeys(sample).runs.values()} <= graphs
