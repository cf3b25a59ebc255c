"""ontology/geograph.ttl against relations.yaml and the Python namespace: no drift either way."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdf_sample import build_sample
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from geograph.rdf import write_rdf
from geograph.rdf.namespace import CAMEO, GG, ONTOLOGY, PLOVER, event_class, relation_property
from geograph.resources import ontology_dir
from geograph.store import Store
from geograph.vocabulary import relations


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "geograph.ttl")


def _declared(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY)}


def test_every_relation_has_a_property_and_an_event_class_matching_the_vocabulary(ontology: Graph) -> None:
    for name, rel in relations().items():
        prop, cls = relation_property(name), event_class(name)
        for term in (prop, cls):
            labels = {(str(o.language), str(o)) for o in ontology.objects(term, RDFS.label) if isinstance(o, Literal)}
            assert labels == set(rel.labels), term
            definitions = {(str(o.language), str(o)) for o in ontology.objects(term, SKOS.definition)}
            assert definitions == set(rel.definitions), term
            assert ontology.value(term, GG.quadClass).toPython() == rel.quad_class
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology
        assert ((prop, RDF.type, OWL.SymmetricProperty) in ontology) == rel.symmetric
        assert (cls, RDFS.subClassOf, GG.Event) in ontology
        assert (prop, GG.eventClass, cls) in ontology and (cls, GG.relation, prop) in ontology
        cameo = set(ontology.objects(cls, SKOS.closeMatch)) - {PLOVER[rel.plover]}
        assert cameo == {CAMEO[code] for code in rel.cameo}
        if rel.plover_mode:
            assert (cls, SKOS.exactMatch, PLOVER[f"{rel.plover}-{rel.plover_mode}"]) in ontology
            assert (cls, SKOS.broadMatch, PLOVER[rel.plover]) in ontology
        else:
            assert (cls, SKOS.closeMatch, PLOVER[rel.plover]) in ontology
        for code in rel.cameo:
            assert (CAMEO[code], SKOS.notation, Literal(code)) in ontology


def test_no_event_class_without_a_relation(ontology: Graph) -> None:
    event_classes = set(ontology.subjects(RDFS.subClassOf, GG.Event))
    assert event_classes == {event_class(name) for name in relations()}


def test_namespace_and_turtle_declare_the_same_terms(ontology: Graph) -> None:
    in_python = {GG[name] for name in GG.__annotations__}
    in_python |= {relation_property(n) for n in relations()} | {event_class(n) for n in relations()}
    assert in_python == _declared(ontology)


def test_every_class_and_property_has_english_and_persian_labels(ontology: Graph) -> None:
    for term in _declared(ontology):
        if (term, RDF.type, GG.Modality) in ontology:
            languages = {o.language for o in ontology.objects(term, SKOS.prefLabel)}
            assert {"en", "fa"} <= languages, term
            continue
        languages = {o.language for o in ontology.objects(term, RDFS.label)}
        assert "en" in languages, term
        if (term, RDF.type, OWL.Class) in ontology:
            assert "fa" in languages, term


def test_exported_terms_are_all_declared(ontology: Graph, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        build_sample(store)
        exported = Graph().parse(write_rdf(store, tmp_path / "out.nt", "nt"))
    used = {p for p in exported.predicates() if str(p).startswith(ONTOLOGY)}
    used |= {o for o in exported.objects(None, RDF.type) if str(o).startswith(ONTOLOGY)}
    used |= {o for o in exported.objects(None, GG.modality)}
    assert used and used <= _declared(ontology)
    outside = {str(p) for p in exported.predicates() if not str(p).startswith(ONTOLOGY)}
    allowed = ("http://www.w3.org/", "http://purl.org/dc/terms/", "https://schema.org/")
    assert all(p.startswith(allowed) for p in outside), outside
