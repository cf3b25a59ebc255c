"""The per-document indexes the frame reader builds answer exactly what DocState's own look-ups answer."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from spacy.language import Language

from geograph.extract.document import ActorMention, DocState
from geograph.extract.frames import FrameReader
from geograph.extract.pipeline import build_pipeline
from geograph.extract.triggers import _two_actors
from geograph.resources import ontology_dir

GOLD = Path(__file__).resolve().parent.parent / "gold"


@cache
def _nlp(lang: str) -> Language:
    return build_pipeline(lang, ontology_dir())


def _state(path: Path) -> DocState:
    state = _nlp(path.parent.name)(path.read_text(encoding="utf-8"))._.geo
    assert isinstance(state, DocState)
    return state


@pytest.mark.parametrize("path", sorted(GOLD.glob("*/00[1-3]_*.txt")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_longest_hit_indexes_agree_with_the_document_state(path: Path) -> None:
    state = _state(path)
    reader = FrameReader(state)
    kinds = {hit.tag[0] for hit in state.hits}
    assert {"marker", "actor", "trigger"} <= kinds
    for kind in [*sorted(kinds), "no-such-kind"]:
        for i in range(-1, len(state.words) + 2):
            assert reader.starting[kind].get(i) == state.hit_starting(i, kind), (kind, i)
            assert reader.ending[kind].get(i) == state.hit_ending(i, kind), (kind, i)
    assert [h for hits in reader.hits_of_kind.values() for h in hits] == sorted(
        state.hits, key=lambda h: list(reader.hits_of_kind).index(h.tag[0])
    )


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
