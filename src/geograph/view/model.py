"""What the interactive page shows, read from the store in a few batched queries.

The page keeps every assertion (not only the merged edges) so that it can recompute the edges in the
browser for any date, modality or source threshold: the graph changing over time is the point. Edges here
are only the (subject, relation, object) groups the assertions fold into; counting their sources and
modalities for the current filters is the page's job.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from geograph.records import ActorType, Article, DateWindow, Entity, Modality, StoredAssertion
from geograph.store.keys import source_of
from geograph.vocabulary import QUAD_CLASS_NAMES, relations

LABEL_LANGUAGES = ("en", "fa", "ar")
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")


class GraphSource(Protocol):
    """The part of :class:`geograph.store.Store` the page reads."""

    def assertions(self, window: DateWindow | None = None, entity: str | None = None) -> Iterator[StoredAssertion]: ...

    def entities(self) -> Iterator[Entity]: ...

    def articles_by_id(self, ids: list[str]) -> dict[str, Article]: ...


@dataclass(frozen=True, slots=True)
class PageNode:
    id: str
    type: ActorType
    label: str  # in the page's label language, else the entity's canonical label
    labels: tuple[tuple[str, str], ...]  # (lang, label), preferred label per language first
    aliases: tuple[str, ...]
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class PageRelation:
    name: str
    label: str
    quad_class: int
    quad_class_name: str
    cooperation: bool
    symmetric: bool


@dataclass(frozen=True, slots=True)
class PageArticle:
    id: str
    title: str | None
    url: str | None
    source: str  # who published it; distinct sources make independent confirmation
    published: dt.date | None
    lang: str | None


@dataclass(frozen=True, slots=True)
class PageEdge:
    """One (subject, relation, object) group; indices into the page's nodes and relations."""

    subject: int
    relation: int
    object: int


@dataclass(frozen=True, slots=True)
class PageAssertion:
    edge: int
    modality: Modality
    seen: dt.date | None
    date: str | None  # the event date as the text gives it
    article: int
    sentence: str
    confidence: float


@dataclass(frozen=True, slots=True)
class PageModel:
    title: str
    label_lang: str
    nodes: tuple[PageNode, ...]
    relations: tuple[PageRelation, ...]
    edges: tuple[PageEdge, ...]
    articles: tuple[PageArticle, ...]
    assertions: tuple[PageAssertion, ...]


def read_model(source: GraphSource, window: DateWindow, label_lang: str = "en", title: str = "geograph") -> PageModel:
    """Everything the page needs for the assertions inside ``window``."""
    return model_for(source, list(source.assertions(window)), label_lang=label_lang, title=title)


def model_for(
    source: GraphSource, found: list[StoredAssertion], *, label_lang: str = "en", title: str = "geograph"
) -> PageModel:
    """The page of ``found`` (assertions from ``source``), with the actors and articles they name."""
    wanted = {actor for a in found for actor in (a.subject, a.object)}
    entities = {e.id: e for e in source.entities() if e.id in wanted}
    articles = source.articles_by_id(sorted({a.article for a in found}))
    return build_model(found, entities, articles, label_lang=label_lang, title=title)


def build_model(
    assertions: Iterable[StoredAssertion],
    entities: dict[str, Entity],
    articles: dict[str, Article],
    *,
    label_lang: str = "en",
    title: str = "geograph",
) -> PageModel:
    vocabulary = relations()
    page_relations = tuple(
        PageRelation(
            r.name, r.label(label_lang), r.quad_class, QUAD_CLASS_NAMES[r.quad_class], r.cooperation, r.symmetric
        )
        for r in vocabulary.values()
    )
    relation_index = {r.name: i for i, r in enumerate(page_relations)}
    node_index: dict[str, int] = {}
    nodes: list[PageNode] = []
    article_index: dict[str, int] = {}
    page_articles: list[PageArticle] = []
    edge_index: dict[tuple[int, int, int], int] = {}
    page_assertions: list[PageAssertion] = []

    def node(entity_id: str) -> int:
        if entity_id not in node_index:
            node_index[entity_id] = len(nodes)
            nodes.append(_page_node(entity_id, entities.get(entity_id), label_lang))
        return node_index[entity_id]

    def article(article_id: str) -> int:
        if article_id not in article_index:
            article_index[article_id] = len(page_articles)
            page_articles.append(_page_article(article_id, articles.get(article_id)))
        return article_index[article_id]

    for stored in assertions:
        key = (node(stored.subject), relation_index[stored.relation], node(stored.object))
        edge = edge_index.setdefault(key, len(edge_index))
        page_assertions.append(
            PageAssertion(
                edge=edge,
                modality=stored.modality,
                seen=stored.seen,
                date=stored.date,
                article=article(stored.article),
                sentence=stored.sentence,
                confidence=stored.confidence,
            )
        )
    return PageModel(
        title=title,
        label_lang=label_lang,
        nodes=tuple(nodes),
        relations=page_relations,
        edges=tuple(PageEdge(s, r, o) for s, r, o in edge_index),
        articles=tuple(page_articles),
        assertions=tuple(page_assertions),
    )


def _page_node(entity_id: str, entity: Entity | None, label_lang: str) -> PageNode:
    if entity is None:  # an assertion whose entity row is missing still shows, under its id
        return PageNode(entity_id, "group", entity_id, (), (), None)
    preferred: dict[str, str] = {}
    for lang, label in entity.labels:
        preferred.setdefault(lang, label)
    wikidata = entity.wikidata if entity.wikidata and _WIKIDATA_ID.fullmatch(entity.wikidata) else None
    return PageNode(
        id=entity.id,
        type=entity.type,
        label=preferred.get(label_lang) or entity.label,
        labels=entity.labels,
        aliases=tuple(alias for _, alias in entity.aliases),
        wikidata=wikidata,
    )


def _page_article(article_id: str, article: Article | None) -> PageArticle:
    if article is None:
        return PageArticle(article_id, None, None, f"article:{article_id}", None, None)
    return PageArticle(
        id=article.id,
        title=article.title,
        url=article.url,
        source=source_of(article),
        published=article.published,
        lang=article.lang,
    )
