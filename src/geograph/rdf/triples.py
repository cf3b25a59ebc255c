"""The store's graph as a stream of RDF quads (pyoxigraph terms), never held in memory as a whole.

Layout (see ``ontology/geograph.ttl``): a direct edge ``actor gg:relation actor`` per merged edge with an
asserted assertion (both directions for symmetric relations) and a statement node per merged edge carrying its
tallies, an event node per merged event, a mention node per assertion, article, source and run nodes, the
actors with their labels and Wikidata identity, and the offices persons hold (:mod:`geograph.rdf.positions`).
Every IRI is derived from content (:mod:`geograph.rdf.iris`); text carries its article's language tag.

With ``quads=True`` each run's mentions, and the articles first cited by that run, go to the run's own named
graph (drop the graph to retract the run); everything merged across runs stays in the default graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from geograph.rdf import iris
from geograph.rdf.keys import StoreKeys, language_tag
from geograph.rdf.namespace import GG, SCHEMA, SEM, event_class, relation_property
from geograph.rdf.positions import position_quads
from geograph.records import MODALITIES, ActorType, Article, DateWindow, Edge, Entity, Event, StoredAssertion
from geograph.vocabulary import relations

if TYPE_CHECKING:
    import datetime as dt

    from geograph.store import Store

Graph = NamedNode | DefaultGraph


def _node(term: object) -> NamedNode:
    return NamedNode(str(term))


_XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_INTEGER = NamedNode(_XSD + "integer")
XSD_DOUBLE = NamedNode(_XSD + "double")
XSD_DATE = NamedNode(_XSD + "date")
XSD_DATETIME = NamedNode(_XSD + "dateTime")
XSD_ANYURI = NamedNode(_XSD + "anyURI")
_DATE_TYPES = {"day": XSD_DATE, "month": NamedNode(_XSD + "gYearMonth"), "year": NamedNode(_XSD + "gYear")}

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = NamedNode(_RDF + "type")
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (
    NamedNode(_RDF + "subject"),
    NamedNode(_RDF + "predicate"),
    NamedNode(_RDF + "object"),
)
XSD_BOOLEAN = NamedNode(_XSD + "boolean")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_PREF = NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
SKOS_ALT = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
OWL_SAME_AS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
DC_IDENTIFIER = NamedNode("http://purl.org/dc/terms/identifier")
DC_TITLE = NamedNode("http://purl.org/dc/terms/title")
PROV_DERIVED = NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
PROV_GENERATED_BY = NamedNode("http://www.w3.org/ns/prov#wasGeneratedBy")
PROV_STARTED = NamedNode("http://www.w3.org/ns/prov#startedAtTime")
SCHEMA_ARTICLE = _node(SCHEMA.NewsArticle)
SCHEMA_ORGANIZATION = _node(SCHEMA.Organization)
SCHEMA_NAME = _node(SCHEMA.name)
SCHEMA_URL = _node(SCHEMA.url)
SCHEMA_PUBLISHED = _node(SCHEMA.datePublished)
SCHEMA_PUBLISHER = _node(SCHEMA.publisher)
SCHEMA_LANGUAGE = _node(SCHEMA.inLanguage)
SEM_EVENT = _node(SEM.Event)

ACTOR_CLASSES: dict[ActorType, NamedNode] = {
    "state": _node(GG.State),
    "person": _node(GG.Person),
    "organization": _node(GG.Organization),
    "armed_group": _node(GG.ArmedGroup),
    "group": _node(GG.Group),
    "place": _node(GG.Place),
}
MODALITY_NODES = {m: _node(GG[m.capitalize()]) for m in MODALITIES}
MODALITY_COUNTS = {m: _node(GG[f"{m}Count"]) for m in MODALITIES}
RELATION_PROPERTIES = {name: _node(relation_property(name)) for name in relations()}
EVENT_CLASSES = {name: _node(event_class(name)) for name in relations()}
SYMMETRIC = frozenset(name for name, rel in relations().items() if rel.symmetric)

G_ACTOR, G_TARGET, G_VIA = _node(GG.actor), _node(GG.target), _node(GG.via)
G_EVENT_DATE, G_PRECISION = _node(GG.eventDate), _node(GG.datePrecision)
G_FIRST, G_LAST, G_SEEN = _node(GG.firstSeen), _node(GG.lastSeen), _node(GG.seen)
G_SOURCES, G_ARTICLES, G_MENTIONS = _node(GG.sourceCount), _node(GG.articleCount), _node(GG.mentionCount)
G_CONFIDENCE, G_MENTION = _node(GG.confidence), _node(GG.mention)
G_EVENT, G_ARTICLE = _node(GG.event), _node(GG.article)
G_MODALITY, G_SENTENCE, G_START, G_END = _node(GG.modality), _node(GG.sentence), _node(GG.start), _node(GG.end)
G_SUBJECT_TEXT, G_OBJECT_TEXT = _node(GG.subjectText), _node(GG.objectText)
G_EXTRACTOR, G_COMMAND, G_RELATION = _node(GG.extractorVersion), _node(GG.command), _node(GG.relation)
G_MENTION_CLASS, G_ARTICLE_CLASS, G_RUN_CLASS = _node(GG.Mention), _node(GG.Article), _node(GG.Run)
G_EDGE_CLASS, G_DISPUTED, G_UNDATED = _node(GG.Edge), _node(GG.disputed), _node(GG.undatedCount)
TRUE, FALSE = Literal("true", datatype=XSD_BOOLEAN), Literal("false", datatype=XSD_BOOLEAN)

DEFAULT = DefaultGraph()


# Literal builders are cached: counts, offsets, confidences and dates repeat across a million triples.
@lru_cache(maxsize=65536)
def integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD_INTEGER)


@lru_cache(maxsize=65536)
def double(value: float) -> Literal:
    return Literal(repr(round(value, 6)), datatype=XSD_DOUBLE)


@lru_cache(maxsize=65536)
def date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD_DATE)


@lru_cache(maxsize=65536)
def event_date(value: str, precision: str | None) -> Literal:
    return Literal(value, datatype=_DATE_TYPES.get(precision or "", XSD_DATE))


class Actors:
    """Actor IRIs, cached, and the set of actors the exported statements refer to."""

    def __init__(self) -> None:
        self.nodes: dict[str, NamedNode] = {}

    def __call__(self, entity_id: str) -> NamedNode:
        node = self.nodes.get(entity_id)
        if node is None:
            node = self.nodes[entity_id] = NamedNode(iris.actor_iri(entity_id))
        return node


def store_quads(store: Store, window: DateWindow | None = None, *, quads: bool = False) -> Iterator[Quad]:
    """Every quad of the store's graph through ``window``; graph names only when ``quads``."""
    window = window or DateWindow()
    actors = Actors()
    keys = StoreKeys(store)
    yield from run_quads(store, keys)
    events = list(store.events(window))
    yield from edge_quads(store.edges(window), actors, undated_mentions(events))
    yield from event_quads(events, actors)
    article_graphs: dict[str, Graph] = {}  # an article goes to the graph of the first run citing it
    run_graphs: dict[int, NamedNode] = {}

    def graph_of(assertion: StoredAssertion) -> Graph:
        if not quads:
            return DEFAULT
        graph = run_graphs.get(assertion.run)
        if graph is None:
            graph = run_graphs[assertion.run] = keys.run_graph(assertion.run)
        article_graphs.setdefault(assertion.article, graph)
        return graph

    yield from mention_quads(store.assertions(window), graph_of, keys)
    yield from article_quads(store.articles(window), lambda article_id: article_graphs.get(article_id, DEFAULT))
    wanted = None if window.is_open() else actors.nodes.keys()
    yield from entity_quads(store.entities(), actors, wanted)


def run_quads(store: Store, keys: StoreKeys, graph: Graph = DEFAULT) -> Iterator[Quad]:
    for run in store.runs():
        node = keys.run_node(run.id)
        yield Quad(node, RDF_TYPE, G_RUN_CLASS, graph)
        yield Quad(node, G_COMMAND, Literal(run.command), graph)
        yield Quad(node, PROV_STARTED, Literal(run.started, datatype=XSD_DATETIME), graph)
        if run.extractor:
            yield Quad(node, G_EXTRACTOR, Literal(run.extractor), graph)


EdgeKey = tuple[str, str, str]


def undated_mentions(events: Iterable[Event]) -> dict[EdgeKey, int]:
    """Per edge, its mentions that have no date: those of its undated events (an event is undated when its
    reports give no event date and have no publication date, and then none of them has a date)."""
    undated: dict[EdgeKey, int] = {}
    for event in events:
        if event.first_seen is None:
            key = (event.subject, event.relation, event.object)
            undated[key] = undated.get(key, 0) + event.assertions
    return undated


def edge_quads(
    edges: Iterable[Edge], actors: Actors, undated: Mapping[EdgeKey, int], graph: Graph = DEFAULT
) -> Iterator[Quad]:
    """Per merged edge: the direct triple when some report asserts it, and always its statement node (an
    ``rdf:Statement`` in Wikidata's style) with the edge's tallies, its undated mentions (``undated``, from
    :func:`undated_mentions`) and the store's disputed flag."""
    for edge in edges:
        subject, prop, obj = actors(edge.subject), RELATION_PROPERTIES[edge.relation], actors(edge.object)
        if edge.asserted:
            yield Quad(subject, prop, obj, graph)
            if edge.relation in SYMMETRIC and edge.subject != edge.object:
                yield Quad(obj, prop, subject, graph)
        yield from edge_node_quads(
            edge, (subject, prop, obj), undated.get((edge.subject, edge.relation, edge.object), 0), graph
        )


def edge_node_quads(
    edge: Edge, statement: tuple[NamedNode, NamedNode, NamedNode], undated: int, graph: Graph
) -> Iterator[Quad]:
    subject, prop, obj = statement
    node = NamedNode(iris.edge_iri(edge.subject, edge.relation, edge.object))
    if undated:
        yield Quad(node, G_UNDATED, integer(undated), graph)
    yield Quad(node, RDF_TYPE, G_EDGE_CLASS, graph)
    yield Quad(node, RDF_SUBJECT, subject, graph)
    yield Quad(node, RDF_PREDICATE, prop, graph)
    yield Quad(node, RDF_OBJECT, obj, graph)
    if edge.first_seen is not None:
        yield Quad(node, G_FIRST, date(edge.first_seen), graph)
    if edge.last_seen is not None:
        yield Quad(node, G_LAST, date(edge.last_seen), graph)
    yield Quad(node, G_MENTIONS, integer(edge.assertions), graph)
    yield Quad(node, G_ARTICLES, integer(edge.articles), graph)
    yield Quad(node, G_SOURCES, integer(edge.sources), graph)
    yield Quad(node, G_CONFIDENCE, double(edge.confidence), graph)
    yield Quad(node, G_DISPUTED, TRUE if edge.disputed else FALSE, graph)  # the store's flag, not recomputed
    for modality, count in edge.modalities:
        if count:
            yield Quad(node, MODALITY_COUNTS[modality], integer(count), graph)


def event_quads(events: Iterable[Event], actors: Actors, graph: Graph = DEFAULT) -> Iterator[Quad]:
    for event in events:
        node = NamedNode(iris.event_iri(event.id))
        yield Quad(node, RDF_TYPE, EVENT_CLASSES[event.relation], graph)
        yield Quad(node, RDF_TYPE, SEM_EVENT, graph)
        yield Quad(node, G_RELATION, RELATION_PROPERTIES[event.relation], graph)
        yield Quad(node, G_ACTOR, actors(event.subject), graph)
        yield Quad(node, G_TARGET, actors(event.object), graph)
        if event.via:
            yield Quad(node, G_VIA, actors(event.via), graph)
        if event.date:
            yield Quad(node, G_EVENT_DATE, event_date(event.date, event.date_precision), graph)
            if event.date_precision:
                yield Quad(node, G_PRECISION, Literal(event.date_precision), graph)
        if event.first_seen is not None:
            yield Quad(node, G_FIRST, date(event.first_seen), graph)
        if event.last_seen is not None:
            yield Quad(node, G_LAST, date(event.last_seen), graph)
        yield Quad(node, G_MENTIONS, integer(event.assertions), graph)
        yield Quad(node, G_ARTICLES, integer(event.articles), graph)
        yield Quad(node, G_SOURCES, integer(event.sources), graph)
        yield Quad(node, G_CONFIDENCE, double(event.confidence), graph)
        for modality, count in event.modalities:
            if count:
                yield Quad(node, MODALITY_COUNTS[modality], integer(count), graph)


def mention_quads(
    assertions: Iterable[StoredAssertion], graph_of: Callable[[StoredAssertion], Graph], keys: StoreKeys
) -> Iterator[Quad]:
    """Mention nodes, in the store's order (an article's assertions are stored together, in extraction order,
    so the n-th repetition of an identical statement in one article gets the same IRI on every rebuild)."""
    article_nodes: dict[str, NamedNode] = {}
    run_nodes: dict[int, NamedNode] = {}
    current_article = ""
    repeats: dict[str, int] = {}
    for assertion in assertions:
        graph = graph_of(assertion)
        if assertion.article != current_article:
            current_article, repeats = assertion.article, {}
        key = iris.mention_key(assertion)
        repeat = repeats[key] = repeats.get(key, -1) + 1
        node = NamedNode(iris.mention_iri(key, repeat))
        event = NamedNode(iris.event_iri(assertion.event))
        article = article_nodes.get(assertion.article)
        if article is None:
            article = article_nodes[assertion.article] = NamedNode(iris.article_iri(assertion.article))
        yield Quad(node, RDF_TYPE, G_MENTION_CLASS, graph)
        yield Quad(node, G_EVENT, event, graph)
        yield Quad(event, G_MENTION, node, graph)
        yield Quad(node, G_ARTICLE, article, graph)
        yield Quad(node, PROV_DERIVED, article, graph)
        run = run_nodes.get(assertion.run)
        if run is None:
            run = run_nodes[assertion.run] = keys.run_node(assertion.run)
        yield Quad(node, PROV_GENERATED_BY, run, graph)
        yield Quad(node, G_MODALITY, MODALITY_NODES[assertion.modality], graph)
        yield Quad(node, G_CONFIDENCE, double(assertion.confidence), graph)
        yield Quad(node, G_SENTENCE, keys.text(assertion.sentence, assertion.article), graph)
        yield Quad(node, G_START, integer(assertion.start), graph)
        yield Quad(node, G_END, integer(assertion.end), graph)
        if assertion.seen is not None:
            yield Quad(node, G_SEEN, date(assertion.seen), graph)
        if assertion.extractor:
            yield Quad(node, G_EXTRACTOR, Literal(assertion.extractor), graph)
        if assertion.subject_text:
            yield Quad(node, G_SUBJECT_TEXT, keys.text(assertion.subject_text, assertion.article), graph)
        if assertion.object_text:
            yield Quad(node, G_OBJECT_TEXT, keys.text(assertion.object_text, assertion.article), graph)


def article_quads(
    articles: Iterable[Article], graph_of: Callable[[str], Graph], merged: Graph = DEFAULT
) -> Iterator[Quad]:
    sources: set[str] = set()
    for article in articles:
        graph = graph_of(article.id)
        node = NamedNode(iris.article_iri(article.id))
        yield Quad(node, RDF_TYPE, G_ARTICLE_CLASS, graph)
        yield Quad(node, RDF_TYPE, SCHEMA_ARTICLE, graph)
        yield Quad(node, DC_IDENTIFIER, Literal(article.id), graph)
        if article.title:
            yield Quad(
                node,
                DC_TITLE,
                Literal(article.title, language=tag) if (tag := language_tag(article.lang)) else Literal(article.title),
                graph,
            )
        if article.url:
            yield Quad(node, SCHEMA_URL, Literal(article.url, datatype=XSD_ANYURI), graph)
        if article.published is not None:
            yield Quad(node, SCHEMA_PUBLISHED, date(article.published), graph)
        if article.lang:
            yield Quad(node, SCHEMA_LANGUAGE, Literal(article.lang), graph)
        if article.source:
            source = NamedNode(iris.source_iri(article.source))
            yield Quad(node, SCHEMA_PUBLISHER, source, graph)
            if article.source not in sources:
                sources.add(article.source)
                yield Quad(source, RDF_TYPE, SCHEMA_ORGANIZATION, merged)
                yield Quad(source, SCHEMA_NAME, Literal(article.source), merged)


def label_literal(entity: Entity) -> Literal:
    """The entity's label tagged with the language it is written in: the language it has among the entity's
    labels; else English for a label in Latin script; else untagged (a Persian or Arabic name from an article
    is never passed off as English)."""
    for lang, label in entity.labels:
        if label == entity.label:
            return Literal(label, language=lang)
    if entity.label.isascii():
        return Literal(entity.label, language="en")
    return Literal(entity.label)


def entity_quads(
    entities: Iterable[Entity], actors: Actors, wanted: Iterable[str] | None = None, graph: Graph = DEFAULT
) -> Iterator[Quad]:
    keep = None if wanted is None else frozenset(wanted)
    for entity in entities:
        if keep is not None and entity.id not in keep:
            continue
        node = actors(entity.id)
        yield Quad(node, RDF_TYPE, ACTOR_CLASSES[entity.type], graph)
        yield Quad(node, DC_IDENTIFIER, Literal(entity.id), graph)
        yield Quad(node, RDFS_LABEL, label_literal(entity), graph)
        if entity.wikidata:
            yield Quad(node, OWL_SAME_AS, NamedNode(iris.wikidata_iri(entity.wikidata)), graph)
        seen_languages: set[str] = set()
        written: set[tuple[str, str]] = set()
        for lang, label in entity.labels:
            if (lang, label) in written:
                continue
            written.add((lang, label))
            prop = SKOS_ALT if lang in seen_languages else SKOS_PREF
            seen_languages.add(lang)
            yield Quad(node, prop, Literal(label, language=lang), graph)
        for lang, alias in entity.aliases:
            if (lang, alias) not in written:
                written.add((lang, alias))
                yield Quad(node, SKOS_ALT, Literal(alias, language=lang), graph)
        if entity.type == "person":
            yield from position_quads(entity.id, node, graph)
