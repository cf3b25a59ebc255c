"""The exported graph conforms to ontology/shapes.ttl; a graph breaking a shape does not."""

from __future__ import annotations

import pyshacl
import pytest
from rdf_sample import build_sample
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import XSD

from geograph.rdf import write_rdf
from geograph.rdf.namespace import GG, relation_property
from geograph.resources import ontology_dir
from geograph.store import Store


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    folder = tmp_path_factory.mktemp("shacl")
    with Store.open(folder / "s.db") as store:
        build_sample(store)
        return Graph().parse(write_rdf(store, folder / "graph.nt", "nt"), format="nt")


def _validate(data: Graph) -> tuple[bool, str]:
    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    ontology = Graph().parse(ontology_dir() / "geograph.ttl")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True)
    return bool(conforms), str(text)


def test_export_conforms_to_the_shapes(exported: Graph) -> None:
    conforms, report = _validate(exported)
    assert conforms, report


def test_a_mention_without_article_and_with_a_reversed_span_fails(exported: Graph) -> None:
    broken = Graph()
    for triple in exported:
        broken.add(triple)
    mention = sorted(m for m in exported.subjects(RDF.type, GG.Mention) if isinstance(m, URIRef))[0]
    broken.remove((mention, GG.article, None))
    broken.set((mention, GG.end, Literal(-1, datatype=XSD.integer)))
    conforms, report = _validate(broken)
    assert not conforms
    assert "gg:article" in report or str(GG.article) in report
    assert "ends before it starts" in report


def test_an_asserted_edge_node_without_its_direct_triple_or_flag_fails(exported: Graph) -> None:
    broken = Graph()
    for triple in exported:
        broken.add(triple)
    edge = URIRef("https://w3id.org/geograph/id/edge/Q30/sanctions/Q159")
    assert (edge, RDF.type, GG.Edge) in exported
    subject, obj = exported.value(edge, RDF.subject), exported.value(edge, RDF.object)
    broken.remove((subject, relation_property("sanctions"), obj))
    broken.remove((edge, GG.disputed, None))
    conforms, report = _validate(broken)
    assert not conforms
    assert "an asserted edge has no direct triple" in report
    assert "gg:disputed" in report or str(GG.disputed) in report
