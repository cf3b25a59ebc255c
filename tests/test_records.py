"""Records cross process boundaries (``--workers``, Dask) by pickle: a round trip must give equal records."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from geograph.extract import Extractor
from geograph.read import ReadOptions, read_inputs
from geograph.records import (
    ACTOR_TYPES,
    MODALITIES,
    Actor,
    Article,
    Assertion,
    Entity,
    EventDate,
    Extraction,
    Mention,
    ReadFailure,
)

ROOT = Path(__file__).resolve().parent.parent

_texts = st.text(max_size=20)
_states = st.builds(Actor, id=_texts, label=_texts, type=st.just("state"), wikidata=st.none() | _texts)
_actors = st.builds(
    Actor,
    id=_texts,
    label=_texts,
    type=st.sampled_from(ACTOR_TYPES),
    wikidata=st.none() | _texts,
    text=st.none() | _texts,
    state=st.none() | _states,
)
_articles = st.builds(
    Article,
    id=_texts,
    text=st.text(max_size=200),
    published=st.none() | st.dates(),
    boilerplate=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=3).map(tuple),
)
_dates = st.builds(EventDate, value=st.dates().map(dt.date.isoformat), precision=st.just("day"))
_assertions = st.builds(
    Assertion,
    subject=_actors,
    relation=_texts,
    object=_actors,
    modality=st.sampled_from(MODALITIES),
    article=_texts,
    sentence=_texts,
    start=st.integers(0, 10_000),
    end=st.integers(0, 10_000),
    via=st.none() | _actors,
    date=st.none() | _dates,
    confidence=st.floats(0, 1),
)
_entities = st.builds(
    Entity,
    id=_texts,
    type=st.sampled_from(ACTOR_TYPES),
    label=_texts,
    labels=st.lists(st.tuples(_texts, _texts), max_size=3).map(tuple),
)
_extractions = st.builds(
    Extraction,
    article=_articles,
    assertions=st.lists(_assertions, max_size=4).map(tuple),
    mentions=st.lists(st.builds(Mention, actor=_actors), max_size=4).map(tuple),
    entities=st.lists(_entities, max_size=4).map(tuple),
)


@given(_extractions)
def test_an_extraction_survives_pickling(extraction: Extraction) -> None:
    copy = pickle.loads(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == extraction
    assert type(copy.article) is Article


@given(st.builds(ReadFailure, origin=_texts, reason=_texts))
def test_a_read_failure_survives_pickling(failure: ReadFailure) -> None:
    assert pickle.loads(pickle.dumps(failure)) == failure


def test_a_real_extraction_survives_pickling_and_keeps_actors_shared() -> None:
    (article,) = read_inputs([str(ROOT / "data" / "articles" / "fa" / "000_dd389d9e22ba10dd.txt")], ReadOptions())
    assert isinstance(article, Article)
    extraction = Extractor().extract(article)
    assert extraction.assertions
    copy = pickle.loads(pickle.dumps(extraction))
    assert copy == extraction
    # An actor object shared by two assertions is sent once and comes back shared, as pickle memoizes it.
    shared = [(a.subject, b.subject) for a in extraction.assertions for b in extraction.assertions if a is not b]
    copies = [(a.subject, b.subject) for a in copy.assertions for b in copy.assertions if a is not b]
    assert any(x is y for x, y in shared)
    assert [x is y for x, y in shared] == [x is y for x, y in copies]
