"""The document's hit index answers exactly what a scan of every hit answers, and the frame reader asks it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from spacy.language import Language

from geograph.extract.actors.matching import Hit
from geograph.extract.document import ActorMention, DocState
from geograph.extract.hit_index import HitIndex
from geograph.extract.pipeline import build_pipeline
from geograph.extract.relations.frames import FrameReader
from geograph.extract.relations.triggers import _two_actors
from geograph.resources import ontology_dir

GOLD = Path(__file__).resolve().parents[2] / "gold"


@cache
def _nlp(lang: str) -> Language:
    return build_pipeline(lang, ontology_dir())


def _state(path: Path) -> DocState:
    state = _nlp(path.parent.name)(path.read_text(encoding="utf-8"))._.geo
    assert isinstance(state, DocState)
    return state


def _longest_starting(hits: list[Hit], i: int, kind: str) -> Hit | None:
    """What the index should answer, by a scan of every hit: the first of the longest."""
    best: Hit | None = None
    for hit in hits:
        if hit.start == i and hit.tag[0] == kind and (best is None or hit.end > best.end):
            best = hit
    return best


def _longest_ending(hits: list[Hit], j: int, kind: str) -> Hit | None:
    best: Hit | None = None
    for hit in hits:
        if hit.end == j and hit.tag[0] == kind and (best is None or hit.start < best.start):
            best = hit
    return best


@pytest.mark.parametrize("path", sorted(GOLD.glob("*/00[1-3]_*.txt")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_hit_index_agrees_with_a_scan_of_every_hit(path: Path) -> None:
    state = _state(path)
    hits = state.hits
    kinds = {hit.tag[0] for hit in hits}
    assert {"marker", "actor", "trigger"} <= kinds
    reader = FrameReader(state)
    for kind in [*sorted(kinds), "no-such-kind"]:
        assert state.of_kind(kind) == [h for h in hits if h.tag[0] == kind], kind
        for i in range(-1, len(state.words) + 2):
            assert state.hit_starting(i, kind) == _longest_starting(hits, i, kind), (kind, i)
            assert state.hit_ending(i, kind) == _longest_ending(hits, i, kind), (kind, i)
            assert reader.starting[kind].get(i) is state.hit_starting(i, kind), (kind, i)
            assert reader.ending[kind].get(i) is state.hit_ending(i, kind), (kind, i)
    for i in range(-1, len(state.words) + 2):
        assert state.starting_at(i) == [h for h in hits if h.start == i], i
        assert state.ending_at(i) == [h for h in hits if h.end == i], i
        assert state.kinds_at(i) == {h.tag[0] for h in hits if h.start == i}, i
        assert state.kinds_at(i) is state.kinds_at(i)  # cached


def test_longest_hits_prefer_the_first_of_equal_length() -> None:
    first, second = Hit(2, 4, ("marker", "of"), ""), Hit(2, 4, ("marker", "from"), "")
    shorter, other = Hit(3, 4, ("marker", "at"), ""), Hit(2, 5, ("actor", "Q1"), "")
    index = HitIndex([first, other, second, shorter])
    assert index.hit_starting(2, "marker") is first
    assert index.hit_ending(4, "marker") is first
    assert index.hit_starting(3, "marker") is shorter
    assert index.hit_starting(2, "actor") is other
    assert index.hit_ending(5, "marker") is None
    assert index.of("marker") == [first, second, shorter]
    assert index.kinds_at(2) == {"marker", "actor"}
    assert index.starting_at(2) == [first, other, second]
    assert index.ending_at(4) == [first, second, shorter]
    assert HitIndex([]).of("marker") == [] and HitIndex([]).kinds_at(0) == frozenset()


def test_two_actors_counts_distinct_actors_not_mentions() -> None:
    state = _state(next(iter(sorted(GOLD.glob("en/*.txt")))))
    by_actor: dict[str, list[ActorMention]] = {}
    for mention in state.mentions:
        by_actor.setdefault(mention.actors[0].id, []).append(mention)
    repeated = next(mentions for mentions in by_actor.values() if len(mentions) > 1)
    other = next(mentions[0] for actor, mentions in by_actor.items() if actor != repeated[0].actors[0].id)
    assert not _two_actors([])
    assert not _two_actors(repeated)
    assert _two_actors([*repeated, other])
