"""A small store whose RDF the tests know row by row: two runs, five articles, a disputed edge."""

from __future__ import annotations

import datetime as dt

from conftest import CHINA, NORTH_KOREA, PUTIN, RUSSIA, UKRAINE, UNITED_STATES, UNSC, make_article, make_assertion
from conftest import make_extraction as extraction
from geograph.records import Actor, EventDate
from geograph.store import Store

WEST = Actor("local:west", "West", "group")

SAMPLE = {"mentions": 12, "events": 11, "direct_edges": 10, "articles": 5, "runs": 2}


def build_sample(store: Store) -> None:
    """Run 1: three wire articles; run 2: two more, one denying what run 1 alleged and one asserting it."""
    first = store.begin_run("ingest wires/", extractor="geograph-test 1")
    a1 = make_article("a1", published=dt.date(2024, 3, 1), source="Wire A", url="https://wire-a.example/1")
    a2 = make_article("a2", published=dt.date(2024, 3, 2), source="Wire B", url="https://wire-b.example/2")
    a3 = make_article(
        "a3", published=dt.date(2024, 6, 19), source="Tasnim", lang="fa", text="پوتین وارد پیونگ یانگ شد."
    )
    march_first = EventDate("2024-03-01", "day")
    store.add(
        extraction(
            a1,
            make_assertion(a1, UNITED_STATES, "sanctions", RUSSIA, date=march_first),
            make_assertion(a1, RUSSIA, "attacks", UKRAINE, confidence=0.8),
        ),
        run=first,
    )
    store.add(
        extraction(
            a2,
            make_assertion(a2, UNITED_STATES, "sanctions", RUSSIA, date=march_first),
            make_assertion(a2, RUSSIA, "vetoes", NORTH_KOREA, via=UNSC, date=EventDate("2024-03", "month")),
        ),
        run=first,
    )
    store.add(
        extraction(
            a3,
            make_assertion(a3, PUTIN, "visits", NORTH_KOREA, date=EventDate("2024-06-18", "day")),
            make_assertion(a3, RUSSIA, "signs_agreement", NORTH_KOREA),
            make_assertion(a3, NORTH_KOREA, "supplies_arms", RUSSIA, modality="alleged"),
        ),
        run=first,
    )
    second = store.begin_run("ingest later/", extractor="geograph-test 2")
    a4 = make_article("a4", published=dt.date(2024, 6, 20), source="KCNA")
    a5 = make_article("a5", published=dt.date(2024, 7, 1), source="Wire B")
    store.add(
        extraction(
            a4,
            make_assertion(a4, NORTH_KOREA, "supplies_arms", RUSSIA, modality="denied"),
            make_assertion(a4, CHINA, "allied_with", NORTH_KOREA),
        ),
        run=second,
    )
    store.add(
        extraction(
            a5,
            make_assertion(a5, NORTH_KOREA, "supplies_arms", RUSSIA),
            make_assertion(a5, UNSC, "sanctions", NORTH_KOREA, date=EventDate("2024", "year")),
            make_assertion(a5, PUTIN, "criticizes", WEST, modality="speculative"),
        ),
        run=second,
    )
