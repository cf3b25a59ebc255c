"""Merge semantics: the same fact from several articles is one edge with its sources and dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from conftest import (
    NORTH_KOREA,
    PUTIN,
    RUSSIA,
    UKRAINE,
    UNITED_STATES,
    make_article,
    make_assertion,
    make_extraction,
)
from geograph.records import DateWindow, EventDate
from geograph.store import Store, load_graph


def _sanctions_from_three_sources(store: Store) -> None:
    run = store.begin_run("test")
    for number, (day, source) in enumerate(
        [(dt.date(2024, 3, 1), "Wire A"), (dt.date(2024, 5, 10), "Wire B"), (dt.date(2024, 4, 2), "Wire C")]
    ):
        article = make_article(f"a{number}", published=day, source=source)
        store.add(make_extraction(article, make_assertion(article, UNITED_STATES, "sanctions", RUSSIA)), run=run)


def test_same_fact_from_three_articles_is_one_edge_with_three_sources(store: Store) -> None:
    _sanctions_from_three_sources(store)
    (edge,) = list(store.edges())
    assert (edge.subject, edge.relation, edge.object) == ("Q30", "sanctions", "Q159")
    assert (edge.assertions, edge.articles, edge.sources) == (3, 3, 3)
    assert edge.first_seen == dt.date(2024, 3, 1)
    assert edge.last_seen == dt.date(2024, 5, 10)
    assert edge.modalities == (("asserted", 3),)
    assert abs(edge.confidence - (1 - 0.4**3)) < 1e-6


def test_as_of_hides_later_facts(store: Store) -> None:
    _sanctions_from_three_sources(store)
    (edge,) = list(store.edges(DateWindow(as_of=dt.date(2024, 4, 30))))
    assert (edge.articles, edge.last_seen) == (2, dt.date(2024, 4, 2))
    assert list(store.edges(DateWindow(as_of=dt.date(2024, 2, 1)))) == []
    (late,) = list(store.edges(DateWindow(since=dt.date(2024, 5, 1))))
    assert late.articles == 1


def test_repeats_from_one_source_are_not_independent_confirmation(store: Store) -> None:
    run = store.begin_run("test")
    for number in range(3):
        article = make_article(f"same{number}", published=dt.date(2024, 1, number + 1), source="One Wire")
        store.add(make_extraction(article, make_assertion(article, UNITED_STATES, "sanctions", RUSSIA)), run=run)
    (edge,) = list(store.edges())
    assert (edge.articles, edge.sources) == (3, 1)
    assert abs(edge.confidence - 0.6) < 1e-6


def test_reports_of_one_event_on_one_day_are_one_event(store: Store) -> None:
    run = store.begin_run("test")
    visit_day = EventDate("2024-06-18", "day")
    for number, source in enumerate(["Wire A", "Wire B"]):
        article = make_article(f"v{number}", published=dt.date(2024, 6, 19 + number), source=source)
        visit = make_assertion(article, PUTIN, "visits", NORTH_KOREA, date=visit_day)
        store.add(make_extraction(article, visit), run=run)
    later = make_article("v9", published=dt.date(2025, 1, 5), source="Wire A")
    store.add(
        make_extraction(later, make_assertion(later, PUTIN, "visits", NORTH_KOREA, date=EventDate("2025-01", "month"))),
        run=run,
    )
    events = sorted(store.events(), key=lambda e: e.date or "")
    assert [(e.date, e.sources, e.articles) for e in events] == [("2024-06-18", 2, 2), ("2025-01", 1, 1)]
    (edge,) = list(store.edges())
    assert edge.first_seen == dt.date(2024, 6, 18) and edge.last_seen == dt.date(2025, 1, 1)


def test_symmetric_relations_fold_both_directions(store: Store) -> None:
    run = store.begin_run("test")
    first = make_article("m1", published=dt.date(2024, 1, 1), source="A")
    second = make_article("m2", published=dt.date(2024, 1, 2), source="B")
    store.add(make_extraction(first, make_assertion(first, RUSSIA, "meets", NORTH_KOREA)), run=run)
    store.add(make_extraction(second, make_assertion(second, NORTH_KOREA, "meets", RUSSIA)), run=run)
    (edge,) = list(store.edges())
    assert (edge.subject, edge.object, edge.sources) == ("Q159", "Q423", 2)


def test_allegation_and_denial_make_a_disputed_edge(store: Store) -> None:
    """The commonest dispute: an alleged arms transfer the accused denies, with no report stating it as fact."""
    run = store.begin_run("test")
    article = make_article("d1", published=dt.date(2024, 6, 20), source="A")
    store.add(
        make_extraction(
            article,
            make_assertion(article, NORTH_KOREA, "supplies_arms", RUSSIA, modality="alleged"),
            make_assertion(article, NORTH_KOREA, "supplies_arms", RUSSIA, modality="denied"),
        ),
        run=run,
    )
    (edge,) = list(store.edges())
    assert edge.modalities == (("alleged", 1), ("denied", 1))
    assert not edge.asserted and edge.disputed
    (event,) = list(store.events())
    assert event.disputed


def test_state_level_folds_persons_into_their_states(store: Store) -> None:
    run = store.begin_run("test")
    article = make_article("p1", published=dt.date(2024, 6, 19), source="A")
    store.add(
        make_extraction(
            article,
            make_assertion(article, PUTIN, "visits", NORTH_KOREA),
            make_assertion(article, PUTIN, "supports", RUSSIA),
        ),
        run=run,
    )
    actor_level = {(e.subject, e.relation, e.object) for e in store.edges()}
    state_level = {(e.subject, e.relation, e.object) for e in store.edges(level="state")}
    assert actor_level == {("Q7747", "visits", "Q423"), ("Q7747", "supports", "Q159")}
    assert state_level == {("Q159", "visits", "Q423")}


def test_load_graph_is_a_multidigraph_of_merged_edges(store: Store) -> None:
    _sanctions_from_three_sources(store)
    run = store.begin_run("test")
    article = make_article("w1", published=dt.date(2022, 2, 24), source="A")
    store.add(make_extraction(article, make_assertion(article, RUSSIA, "attacks", UKRAINE)), run=run)
    graph = load_graph(store)
    assert set(graph.edges(keys=True)) == {("Q30", "Q159", "sanctions"), ("Q159", "Q212", "attacks")}
    assert graph.nodes["Q159"]["labels"]["fa"] == "روسیه"
    assert graph.edges["Q30", "Q159", "sanctions"]["sources"] == 3
    assert graph.edges["Q159", "Q212", "attacks"]["quad_class"] == 4
    early = load_graph(store, as_of=dt.date(2023, 1, 1))
    assert set(early.edges(keys=True)) == {("Q159", "Q212", "attacks")}


def test_reingesting_an_article_adds_nothing(store: Store) -> None:
    run = store.begin_run("test")
    article = make_article("r1", published=dt.date(2024, 1, 1))
    extraction = make_extraction(article, make_assertion(article, UNITED_STATES, "sanctions", RUSSIA))
    assert store.add(extraction, run=run).new
    again = store.add(extraction, run=run)
    assert (again.new, again.assertions) == (False, 0)
    assert store.stats().assertions == 1


def test_entities_are_searchable_in_every_label_language(store: Store) -> None:
    _sanctions_from_three_sources(store)
    assert [e.id for e in store.search_entities("روسیه")] == ["Q159"]
    # Arabic letter forms fold to the Persian ones, as the extractor folds them.
    assert [e.id for e in store.search_entities("روسيه")] == ["Q159"]
    assert [e.id for e in store.search_entities("russ")] == ["Q159"]
    assert store.search_entities("100%_") == []


def test_two_triggers_in_one_sentence_are_one_mention(store: Store) -> None:
    """The same statement found by two triggers of one sentence counts once and shows its evidence once."""
    run = store.begin_run("test")
    article = make_article("t1", published=dt.date(2024, 6, 20), source="A")
    by_supply = make_assertion(article, NORTH_KOREA, "supplies_arms", RUSSIA, confidence=0.6)
    by_deliver = replace(by_supply, trigger="deliver", start=by_supply.start + 1, confidence=0.7)
    result = store.add(make_extraction(article, by_supply, by_deliver), run=run)
    assert result.assertions == 1
    (edge,) = list(store.edges())
    assert (edge.assertions, edge.confidence) == (1, 0.7)
    (stored,) = list(store.assertions())
    assert stored.start == by_deliver.start
    other = make_article("t2", published=dt.date(2024, 6, 21), source="A")
    denied = make_assertion(other, NORTH_KOREA, "supplies_arms", RUSSIA, modality="denied")
    asserted = make_assertion(other, NORTH_KOREA, "supplies_arms", RUSSIA)
    store.add(make_extraction(other, denied, asserted), run=run)  # other modalities stay apart
    assert len(list(store.assertions())) == 3
