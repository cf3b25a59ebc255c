"""``--format jsonl``: one assertion per line, in the shape of ``assertion.schema.json``, with its article.

Each line carries the schema's fields (actors with their labels, Wikidata ids and, for a person acting for a
state, that state; PLOVER and CAMEO from the relation vocabulary) plus ``article_meta`` (title, URL,
publication date, source, language) and ``event`` (the merged event's id).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geograph.export import ExportOptions, register
from geograph.records import Article, Entity, StoredAssertion
from geograph.vocabulary import relation

if TYPE_CHECKING:
    from geograph.store import Store

_BATCH = 2000  # assertions per article lookup: memory stays flat however large the store


def _actor(
    entities: dict[str, Entity], entity_id: str, text: str | None = None, state: str | None = None
) -> dict[str, Any]:
    entity = entities.get(entity_id)
    actor: dict[str, Any] = {
        "id": entity_id,
        "label": entity.label if entity else entity_id,
        "type": entity.type if entity else "group",
        "wikidata": entity.wikidata if entity else None,
    }
    if text:
        actor["text"] = text
    if state and state != entity_id:
        actor["state"] = _actor(entities, state)
    return actor


def _article_meta(article: Article | None) -> dict[str, Any] | None:
    if article is None:
        return None
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "lang": article.lang,
    }


def assertion_record(
    assertion: StoredAssertion, entities: dict[str, Entity], article: Article | None
) -> dict[str, Any]:
    rel = relation(assertion.relation)
    return {
        "subject": _actor(entities, assertion.subject, assertion.subject_text, assertion.subject_state),
        "relation": assertion.relation,
        "object": _actor(entities, assertion.object, assertion.object_text, assertion.object_state),
        "via": _actor(entities, assertion.via) if assertion.via else None,
        "modality": assertion.modality,
        "date": assertion.date,
        "date_precision": assertion.date_precision,
        "article": assertion.article,
        "sentence": assertion.sentence,
        "start": assertion.start,
        "end": assertion.end,
        "confidence": assertion.confidence,
        "plover": rel.plover_code,
        "cameo": rel.cameo[0],
        "event": assertion.event,
        "article_meta": _article_meta(article),
    }


def _batches(assertions: Iterator[StoredAssertion]) -> Iterator[list[StoredAssertion]]:
    while batch := list(islice(assertions, _BATCH)):
        yield batch


@register("jsonl", ".jsonl", "JSON lines: one assertion per line (assertion.schema.json) with its article")
def write_jsonl(store: Store, dest: Path, options: ExportOptions) -> list[Path]:
    entities = {entity.id: entity for entity in store.entities()}
    with dest.open("w", encoding="utf-8") as out:
        for batch in _batches(store.assertions(options.window)):
            articles = store.articles_by_id(sorted({a.article for a in batch}))
            for assertion in batch:
                record = assertion_record(assertion, entities, articles.get(assertion.article))
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [dest]
