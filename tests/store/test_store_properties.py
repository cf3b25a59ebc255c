"""Invariants of merging, checked on random stores against a direct recount."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CHINA, NORTH_KOREA, RUSSIA, UNITED_STATES, make_article, make_assertion, make_extraction
from geograph.records import DateWindow
from geograph.store import Store

ACTORS = [RUSSIA, NORTH_KOREA, UNITED_STATES, CHINA]
RELATIONS = ["sanctions", "meets", "supports", "attacks"]
MODALITIES = ["asserted", "alleged", "denied", "negated"]

report = st.tuples(
    st.integers(0, 3),  # subject
    st.sampled_from(RELATIONS),
    st.integers(0, 3),  # object
    st.sampled_from(MODALITIES),
    st.integers(0, 2),  # source
    st.dates(dt.date(2020, 1, 1), dt.date(2024, 12, 31)),
    st.floats(0.05, 0.95),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(report, min_size=1, max_size=25), st.dates(dt.date(2020, 1, 1), dt.date(2024, 12, 31)))
def test_edges_match_a_direct_recount_in_any_window(reports: list[tuple], as_of: dt.date) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "p.db") as store:
        run = store.begin_run("property")
        expected: dict[tuple[str, str, str], dict[str, set[str] | int]] = defaultdict(
            lambda: {"articles": set(), "sources": set(), "assertions": 0}
        )
        for number, (s, relation, o, modality, source, day, confidence) in enumerate(reports):
            if s == o:
                continue
            article = make_article(f"p{number}", published=day, source=f"source {source}")
            assertion = make_assertion(
                article, ACTORS[s], relation, ACTORS[o], modality=modality, confidence=confidence
            )
            store.add(make_extraction(article, assertion), run=run)
            if day > as_of:
                continue
            subject, obj = ACTORS[s].id, ACTORS[o].id
            if relation == "meets" and obj < subject:
                subject, obj = obj, subject
            tally = expected[(subject, relation, obj)]
            tally["articles"].add(article.id)  # type: ignore[union-attr]
            tally["sources"].add(f"source {source}")  # type: ignore[union-attr]
            tally["assertions"] += 1  # type: ignore[operator]
        edges = {(e.subject, e.relation, e.object): e for e in store.edges(DateWindow(as_of=as_of))}
        assert set(edges) == set(expected)
        for key, edge in edges.items():
            assert edge.articles == len(expected[key]["articles"])  # type: ignore[arg-type]
            assert edge.sources == len(expected[key]["sources"])  # type: ignore[arg-type]
            assert edge.assertions == expected[key]["assertions"]
            assert edge.last_seen is not None and edge.last_seen <= as_of
            assert 0.0 < edge.confidence < 1.0
            assert sum(count for _, count in edge.modalities) == edge.assertions
