"""One assertion as the JSON object of ``shared/spec/assertion.schema.json`` (``extract --format jsonl``)."""

from __future__ import annotations

from typing import Any

from geograph.records import Actor, Assertion
from geograph.vocabulary import relation


def actor_json(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "label": actor.label,
        "wikidata": actor.wikidata,
        "type": actor.type,
        "text": actor.text if actor.text is not None else actor.label,
        "state": actor_json(actor.state) if actor.state is not None else None,
    }


def assertion_json(assertion: Assertion) -> dict[str, Any]:
    rel = relation(assertion.relation)
    return {
        "subject": actor_json(assertion.subject),
        "relation": assertion.relation,
        "object": actor_json(assertion.object),
        "via": actor_json(assertion.via) if assertion.via is not None else None,
        "modality": assertion.modality,
        "date": assertion.date.value if assertion.date else None,
        "date_precision": assertion.date.precision if assertion.date else None,
        "article": assertion.article,
        "sentence": assertion.sentence,
        "start": assertion.start,
        "end": assertion.end,
        "confidence": round(assertion.confidence, 4),
        "plover": rel.plover_code,
        "cameo": rel.cameo[0],
    }
