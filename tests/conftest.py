"""Shared fixtures: tiny hand-made records and stores, so store and export tests do not depend on the
extractor's current recall."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from geograph.records import Actor, Article, Assertion, Entity, EventDate, Extraction, Modality
from geograph.store import Store

RUSSIA = Actor("Q159", "Russia", "state", "Q159")
NORTH_KOREA = Actor("Q423", "North Korea", "state", "Q423")
UNITED_STATES = Actor("Q30", "United States", "state", "Q30")
UKRAINE = Actor("Q212", "Ukraine", "state", "Q212")
CHINA = Actor("Q148", "China", "state", "Q148")
PUTIN = Actor("Q7747", "Vladimir Putin", "person", "Q7747", state=RUSSIA)
UNSC = Actor("Q37470", "UN Security Council", "organization", "Q37470")

ENTITY_LABELS = {
    "Q159": (("en", "Russia"), ("fa", "روسیه"), ("ar", "روسيا")),
    "Q423": (("en", "North Korea"), ("fa", "کره شمالی"), ("ar", "كوريا الشمالية")),
    "Q7747": (("en", "Vladimir Putin"), ("fa", "ولادیمیر پوتین")),
}


def make_article(
    article_id: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    text: str = "Russia imposed sanctions. The United States sanctioned Russia.",
    url: str | None = None,
    lang: str = "en",
) -> Article:
    return Article(id=article_id, text=text, published=published, source=source, url=url, lang=lang, title=article_id)


def make_assertion(
    article: Article,
    subject: Actor,
    relation: str,
    obj: Actor,
    *,
    modality: Modality = "asserted",
    date: EventDate | None = None,
    confidence: float = 0.6,
    via: Actor | None = None,
) -> Assertion:
    return Assertion(
        subject=subject,
        relation=relation,
        object=obj,
        modality=modality,
        article=article.id,
        sentence=article.text,
        start=0,
        end=len(article.text),
        via=via,
        date=date,
        confidence=confidence,
        trigger=relation,
        extractor="test",
    )


def make_extraction(article: Article, *assertions: Assertion) -> Extraction:
    actors = {a.id: a for s in assertions for a in (s.subject, s.object, s.subject.state) if a is not None}
    entities = tuple(
        Entity(a.id, a.type, a.label, a.wikidata, labels=ENTITY_LABELS.get(a.id, (("en", a.label),)))
        for a in actors.values()
    )
    return Extraction(article=article, assertions=assertions, entities=entities)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "test.db") as opened:
        yield opened
