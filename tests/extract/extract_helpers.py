"""Shared helpers for the extraction tests: run the extractor on one text, read assertions at state level."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from geograph.extract import Extractor
from geograph.records import Actor, Article, Assertion

Triple = tuple[str, str, str, str]  # (subject state/label, relation, object state/label, modality)


@cache
def extractor(ontology: Path | None = None) -> Extractor:
    return Extractor(ontology=ontology)


def state_label(actor: Actor) -> str:
    return actor.state.label if actor.state is not None and actor.type == "person" else actor.label


def extract(
    text: str, lang: str, published: dt.date | None = dt.date(2024, 6, 20), ontology: Path | None = None
) -> list[Assertion]:
    article = Article(id="test", text=text, lang=lang, published=published)
    return list(extractor(ontology).extract(article).assertions)


def triples(text: str, lang: str, ontology: Path | None = None) -> set[Triple]:
    return {
        (state_label(a.subject), a.relation, state_label(a.object), a.modality)
        for a in extract(text, lang, ontology=ontology)
    }
