"""Writing one article's extraction into the store: in its own transaction, or as a savepoint of a batch."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from geograph.records import Actor, Entity, Extraction
from geograph.store.folding import fold
from geograph.store.keys import distinct_mentions, event_day, event_id, seen_date, source_of


@dataclass(frozen=True, slots=True)
class AddResult:
    article: str
    new: bool
    assertions: int


def add_extraction(
    connection: sqlite3.Connection, extraction: Extraction, run: int, written: set[Entity] | None = None
) -> AddResult:
    """Store one article with everything extracted from it; a known article is left as it is.

    On its own, the article is one transaction: ``BEGIN IMMEDIATE`` takes the write lock up front, so two
    ingest processes serialize instead of failing on a lock upgrade. Inside a transaction the caller opened
    (a :class:`~geograph.store.batch.Batch`) it is a savepoint. Either way it is written whole or not at all.
    ``written`` holds the entity records already stored, so the same actor is not upserted with every article.
    """
    article = extraction.article
    nested = connection.in_transaction
    connection.execute("SAVEPOINT article" if nested else "BEGIN IMMEDIATE")
    try:
        inserted = connection.execute(
            "INSERT OR IGNORE INTO articles (id, url, title, published, source, lang, origin, text, boilerplate,"
            " run, added) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id,
                article.url,
                article.title,
                article.published.isoformat() if article.published else None,
                article.source,
                article.lang,
                article.origin,
                article.text,
                json.dumps([list(span) for span in article.boilerplate]),
                run,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ),
        ).rowcount
        if not inserted:
            _end(connection, nested, commit=False)
            return AddResult(article.id, new=False, assertions=0)
        entities = [entity for entity in _entities_of(extraction) if written is None or entity not in written]
        _upsert_entities(connection, entities)
        connection.executemany(
            "INSERT INTO mentions (article, entity, start, end, text) VALUES (?,?,?,?,?)",
            [(article.id, m.actor.id, m.start, m.end, m.actor.text) for m in extraction.mentions],
        )
        source = source_of(article)
        rows = []
        for assertion in distinct_mentions(extraction.assertions):
            seen = seen_date(assertion, article)
            rows.append(
                (
                    article.id,
                    run,
                    assertion.subject.id,
                    _state_id(assertion.subject),
                    assertion.relation,
                    assertion.object.id,
                    _state_id(assertion.object),
                    assertion.via.id if assertion.via else None,
                    assertion.modality,
                    assertion.date.value if assertion.date else None,
                    assertion.date.precision if assertion.date else None,
                    seen.isoformat() if seen else None,
                    event_id(
                        assertion.subject.id,
                        assertion.relation,
                        assertion.object.id,
                        event_day(assertion, article),
                    ),
                    source,
                    assertion.sentence,
                    assertion.start,
                    assertion.end,
                    min(max(assertion.confidence, 0.0), 1.0),
                    assertion.extractor,
                    assertion.trigger,
                    assertion.subject.text,
                    assertion.object.text,
                )
            )
        connection.executemany(
            "INSERT INTO assertions (article, run, subject, subject_state, relation, object, object_state, via,"
            " modality, date, date_precision, seen, event, source, sentence, start, end, confidence, extractor,"
            " trigger, subject_text, object_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        _end(connection, nested, commit=True)
    except BaseException:
        _end(connection, nested, commit=False)
        raise
    if written is not None:
        written.update(entities)
    return AddResult(article.id, new=True, assertions=len(rows))


def _end(connection: sqlite3.Connection, nested: bool, *, commit: bool) -> None:
    if nested:
        connection.execute("RELEASE article" if commit else "ROLLBACK TO article")
        if not commit:
            connection.execute("RELEASE article")
    else:
        connection.execute("COMMIT" if commit else "ROLLBACK")


def _state_id(actor: Actor) -> str | None:
    return actor.state.id if actor.state is not None else None


def _entities_of(extraction: Extraction) -> list[Entity]:
    """The entities the extraction names, plus a minimal record for any actor it did not describe."""
    known = {entity.id: entity for entity in extraction.entities}
    actors: list[Actor] = [m.actor for m in extraction.mentions]
    for assertion in extraction.assertions:
        actors.extend(a for a in (assertion.subject, assertion.object, assertion.via) if a is not None)
    for actor in list(actors):
        if actor.state is not None:
            actors.append(actor.state)
    for actor in actors:
        if actor.id not in known:
            labels = (("en", actor.label),) if actor.label else ()
            known[actor.id] = Entity(actor.id, actor.type, actor.label, actor.wikidata, labels=labels)
    return list(known.values())


def _upsert_entities(connection: sqlite3.Connection, entities: Iterable[Entity]) -> None:
    entity_rows = []
    label_rows = []
    for entity in entities:
        entity_rows.append((entity.id, entity.type, entity.label, entity.wikidata))
        seen_langs: set[str] = set()
        for lang, label in entity.labels:
            label_rows.append((entity.id, lang, label, 0 if lang in seen_langs else 1, fold(label)))
            seen_langs.add(lang)
        label_rows.extend((entity.id, lang, alias, 0, fold(alias)) for lang, alias in entity.aliases)
    # A gazetteer entity's identity never changes; a local entity first seen bare keeps its first label.
    connection.executemany(
        "INSERT INTO entities (id, type, label, wikidata) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
        " wikidata = COALESCE(entities.wikidata, excluded.wikidata)",
        entity_rows,
    )
    connection.executemany(
        "INSERT OR IGNORE INTO entity_labels (entity, lang, label, preferred, folded) VALUES (?,?,?,?,?)",
        label_rows,
    )
