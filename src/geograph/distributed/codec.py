"""One article's extraction as one JSON object, and back: the line format of assertion shards.

A line holds everything ``Store.add`` needs, so loading shards gives the same store as ingesting the articles:

    {"article": {"id", "text", "title", "url", "published", "source", "lang", "origin", "boilerplate"},
     "assertions": [<shared/spec/assertion.schema.json object> + "trigger", "extractor"],
     "mentions": [{"actor", "start", "end"}], "entities": [{"id", "type", "label", "wikidata", "labels",
     "aliases"}], "published": {"date", "precision", "source"} or null}

Each assertion has the fields of the spec's shape plus ``trigger`` and ``extractor``; actors keep ``text``
null where extraction gave none (the spec would fill in the label), so a round trip is exact.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast, get_args

from geograph.assertion_json import actor_json, assertion_json
from geograph.records import (
    ACTOR_TYPES,
    MODALITIES,
    Actor,
    ActorType,
    Article,
    Assertion,
    DatePrecision,
    Entity,
    EventDate,
    Extraction,
    Mention,
    Modality,
    PublicationDate,
    PublicationSource,
)

FORMAT = "geograph-extraction/1"
_PRECISIONS = ("day", "month", "year")
_SOURCES = get_args(PublicationSource)


class ShardError(ValueError):
    """A shard line is not an extraction record this version understands."""


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    article = extraction.article
    return {
        "format": FORMAT,
        "article": {
            "id": article.id,
            "text": article.text,
            "title": article.title,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "source": article.source,
            "lang": article.lang,
            "origin": article.origin,
            "boilerplate": [list(span) for span in article.boilerplate],
        },
        "assertions": [
            {
                **assertion_json(a),
                "subject": _actor_json(a.subject),
                "object": _actor_json(a.object),
                "via": _actor_json(a.via) if a.via is not None else None,
                "confidence": a.confidence,
                "trigger": a.trigger,
                "extractor": a.extractor,
            }
            for a in extraction.assertions
        ],
        "mentions": [{"actor": _actor_json(m.actor), "start": m.start, "end": m.end} for m in extraction.mentions],
        "entities": [
            {
                "id": e.id,
                "type": e.type,
                "label": e.label,
                "wikidata": e.wikidata,
                "labels": [list(pair) for pair in e.labels],
                "aliases": [list(pair) for pair in e.aliases],
            }
            for e in extraction.entities
        ],
        "published": _publication_json(extraction.published),
    }


def _publication_json(published: PublicationDate | None) -> dict[str, str] | None:
    if published is None:
        return None
    return {"date": published.date.isoformat(), "precision": published.precision, "source": published.source}


def _publication(data: Any) -> PublicationDate | None:
    if data is None:
        return None
    precision, source = str(data["precision"]), str(data["source"])
    if precision not in _PRECISIONS or source not in _SOURCES:
        raise ValueError(f"unknown publication date precision or source: {precision!r}, {source!r}")
    return PublicationDate(
        dt.date.fromisoformat(data["date"]), cast(DatePrecision, precision), cast(PublicationSource, source)
    )


def _actor_json(actor: Actor) -> dict[str, Any]:
    return {
        **actor_json(actor),
        "text": actor.text,
        "state": _actor_json(actor.state) if actor.state is not None else None,
    }


def extraction_from_json(data: Any) -> Extraction:
    """The extraction a line of :func:`extraction_json` describes; :class:`ShardError` if it is not one."""
    if isinstance(data, dict) and "relation" in data and "subject" in data:
        raise ShardError(
            "an assertion line (extract --format jsonl) carries no article text or metadata to store; "
            "write shards with `geograph extract --format records`"
        )
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ShardError(f"not a {FORMAT} record")
    try:
        raw = data["article"]
        published = raw.get("published")
        article = Article(
            id=str(raw["id"]),
            text=str(raw["text"]),
            title=raw.get("title"),
            url=raw.get("url"),
            published=dt.date.fromisoformat(published) if published else None,
            source=raw.get("source"),
            lang=raw.get("lang"),
            origin=raw.get("origin"),
            boilerplate=tuple((int(s), int(e)) for s, e in raw.get("boilerplate") or ()),
        )
        return Extraction(
            article=article,
            assertions=tuple(_assertion(item) for item in data.get("assertions") or ()),
            mentions=tuple(
                Mention(_actor(item["actor"]), int(item["start"]), int(item["end"]))
                for item in data.get("mentions") or ()
            ),
            entities=tuple(_entity(item) for item in data.get("entities") or ()),
            published=_publication(data.get("published")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ShardError(f"malformed extraction record: {type(error).__name__}: {error}") from error


def _actor_type(value: Any) -> ActorType:
    if value not in ACTOR_TYPES:
        raise ValueError(f"unknown actor type {value!r}")
    return cast(ActorType, value)


def _actor(data: dict[str, Any]) -> Actor:
    state = data.get("state")
    return Actor(
        id=str(data["id"]),
        label=str(data["label"]),
        type=_actor_type(data["type"]),
        wikidata=data.get("wikidata"),
        text=data.get("text"),
        state=_actor(state) if state else None,
    )


def _assertion(data: dict[str, Any]) -> Assertion:
    modality = data["modality"]
    if modality not in MODALITIES:
        raise ValueError(f"unknown modality {modality!r}")
    date = None
    if data.get("date"):
        precision = data.get("date_precision") or "day"
        if precision not in _PRECISIONS:
            raise ValueError(f"unknown date precision {precision!r}")
        date = EventDate(str(data["date"]), cast(DatePrecision, precision))
    via = data.get("via")
    return Assertion(
        subject=_actor(data["subject"]),
        relation=str(data["relation"]),
        object=_actor(data["object"]),
        modality=cast(Modality, modality),
        article=str(data["article"]),
        sentence=str(data["sentence"]),
        start=int(data["start"]),
        end=int(data["end"]),
        via=_actor(via) if via else None,
        date=date,
        confidence=float(data.get("confidence", 0.6)),
        trigger=data.get("trigger"),
        extractor=str(data.get("extractor") or ""),
    )


def _entity(data: dict[str, Any]) -> Entity:
    return Entity(
        id=str(data["id"]),
        type=_actor_type(data["type"]),
        label=str(data["label"]),
        wikidata=data.get("wikidata"),
        labels=tuple((str(lang), str(label)) for lang, label in data.get("labels") or ()),
        aliases=tuple((str(lang), str(alias)) for lang, alias in data.get("aliases") or ()),
    )
