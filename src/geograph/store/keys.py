"""How assertions fold together: symmetric ordering, the date an assertion counts on, event ids, sources."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

from geograph.records import Article, Assertion
from geograph.vocabulary import relation


def oriented(assertion: Assertion) -> Assertion:
    """Symmetric relations are kept with the smaller entity id as subject, so A~B and B~A are one edge."""
    if relation(assertion.relation).symmetric and assertion.object.id < assertion.subject.id:
        return replace(assertion, subject=assertion.object, object=assertion.subject)
    return assertion


def distinct_mentions(assertions: Iterable[Assertion]) -> list[Assertion]:
    """One assertion per (sentence, subject, relation, object, modality) of an article, oriented.

    Two triggers in one sentence ("agreed to supply and deliver arms") find the same statement twice; counted
    twice it would double the edge's mentions and show the same evidence twice. The one kept is the most
    confident (the first of equals), so the stored evidence does not depend on which trigger came first.
    """
    kept: dict[tuple[str, str, str, str, str], Assertion] = {}
    for raw in assertions:
        assertion = oriented(raw)
        key = (assertion.sentence, assertion.subject.id, assertion.relation, assertion.object.id, assertion.modality)
        held = kept.get(key)
        if held is None or assertion.confidence > held.confidence:
            kept[key] = assertion
    return list(kept.values())


def seen_date(assertion: Assertion, article: Article) -> dt.date | None:
    """The date an assertion counts on: its event date (first day), else the publication date."""
    if assertion.date is not None:
        return assertion.date.first_day()
    return article.published


def event_day(assertion: Assertion, article: Article) -> str:
    """The date part of an event's key: as the text gives it, else the publication day, else undated."""
    if assertion.date is not None:
        return assertion.date.value
    if article.published is not None:
        return article.published.isoformat()
    return "undated"


def event_id(subject: str, relation_name: str, obj: str, day: str) -> str:
    digest = hashlib.sha256(f"{subject}\x1f{relation_name}\x1f{obj}\x1f{day}".encode()).hexdigest()
    return f"ev{digest[:16]}"


def source_of(article: Article) -> str:
    """Who published the article, as the analyst will read it: its source name as written, else its web site,
    else the file it came from, else the article itself.

    An article of unknown origin counts as its own source (we cannot tell it repeats another one); source
    names are told apart without regard to case when sources are counted (``aggregate.Tally``).
    """
    if article.source and article.source.strip():
        return " ".join(article.source.split())
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    if article.origin and not article.origin.startswith("<"):  # a file, not <stdin>
        return article.origin
    return f"article:{article.id}"
