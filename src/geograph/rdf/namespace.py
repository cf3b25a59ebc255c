"""The RDF vocabulary geograph writes, declared to match ``ontology/geograph.ttl``.

``GG`` lists the ontology's fixed terms; the per-relation terms (one direct-edge property and one event class per
relation of ``ontology/relations.yaml``) come from :func:`relation_property` and :func:`event_class`. A test
checks that every term here is declared in the Turtle file, and the other way round.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from geograph.vocabulary import relation

ONTOLOGY = "https://w3id.org/geograph/ontology#"
DATA = "https://w3id.org/geograph/id/"
PLOVER = Namespace("https://w3id.org/geograph/plover/")
CAMEO = Namespace("https://w3id.org/geograph/cameo/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")

# Prefixes for Turtle/TriG output and for SPARQL queries (the query engine declares them for every query).
PREFIXES: dict[str, str] = {
    "gg": ONTOLOGY,
    "actor": DATA + "actor/",
    "event": DATA + "event/",
    "mention": DATA + "mention/",
    "edge": DATA + "edge/",
    "article": DATA + "article/",
    "source": DATA + "source/",
    "run": DATA + "run/",
    "plover": str(PLOVER),
    "cameo": str(CAMEO),
    "wd": str(WIKIDATA),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class GG(DefinedNamespace):
    """Fixed terms of the geograph ontology."""

    _NS = Namespace(ONTOLOGY)
    _fail = True

    # actor classes
    Actor: URIRef
    State: URIRef
    Person: URIRef
    Organization: URIRef
    ArmedGroup: URIRef
    Group: URIRef
    Place: URIRef
    # other classes
    Event: URIRef
    Mention: URIRef
    Article: URIRef
    Run: URIRef
    Modality: URIRef
    Edge: URIRef
    Position: URIRef
    PositionHeld: URIRef
    Language: URIRef
    # concept schemes
    Modalities: URIRef
    PLOVER: URIRef
    CAMEO: URIRef
    # modalities (individuals of gg:Modality)
    Asserted: URIRef
    Alleged: URIRef
    Denied: URIRef
    Planned: URIRef
    Speculative: URIRef
    Negated: URIRef
    # languages (individuals of gg:Language) and their text direction
    English: URIRef
    Persian: URIRef
    Arabic: URIRef
    Russian: URIRef
    languageTag: URIRef
    textDirection: URIRef
    # merged edges (statement nodes)
    disputed: URIRef
    undatedCount: URIRef
    # offices persons hold
    holdsPosition: URIRef
    position: URIRef
    ofState: URIRef
    role: URIRef
    startTime: URIRef
    endTime: URIRef
    # event roles and properties
    actor: URIRef
    target: URIRef
    via: URIRef
    eventDate: URIRef
    datePrecision: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    sourceCount: URIRef
    articleCount: URIRef
    mentionCount: URIRef
    assertedCount: URIRef
    allegedCount: URIRef
    deniedCount: URIRef
    plannedCount: URIRef
    speculativeCount: URIRef
    negatedCount: URIRef
    confidence: URIRef
    mention: URIRef
    # mention properties
    event: URIRef
    article: URIRef
    modality: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    seen: URIRef
    subjectText: URIRef
    objectText: URIRef
    extractorVersion: URIRef
    # runs and vocabulary annotations
    command: URIRef
    quadClass: URIRef
    eventClass: URIRef
    relation: URIRef


def relation_property(name: str) -> URIRef:
    """The direct-edge property of a relation: ``gg:sanctions``."""
    return URIRef(ONTOLOGY + relation(name).name)


def event_class(name: str) -> URIRef:
    """The event class of a relation: ``signs_agreement`` -> ``gg:SignsAgreementEvent``."""
    camel = "".join(part.capitalize() for part in relation(name).name.split("_"))
    return URIRef(f"{ONTOLOGY}{camel}Event")
