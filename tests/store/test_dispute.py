"""The one definition of a disputed edge: support (asserted, alleged) against contradiction (denied, negated)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geograph.records import (
    CONTRADICTING_MODALITIES,
    MODALITIES,
    SUPPORTING_MODALITIES,
    Edge,
    Modality,
    is_disputed,
)


def _edge(*modalities: Modality) -> Edge:
    counts = tuple(sorted((m, modalities.count(m)) for m in set(modalities)))
    return Edge("Q1", "supplies_arms", "Q2", None, None, len(modalities), 1, 1, counts, 0.5)


@pytest.mark.parametrize(
    ("modalities", "disputed"),
    [
        (("alleged", "denied"), True),
        (("asserted", "negated"), True),
        (("asserted", "denied"), True),
        (("alleged", "negated"), True),
        (("planned", "negated"), False),  # "will send" and "did not send" do not contradict each other
        (("speculative", "denied"), False),
        (("asserted", "alleged"), False),
        (("denied", "negated"), False),
        (("asserted",), False),
    ],
)
def test_disputed_pairs(modalities: tuple[Modality, ...], disputed: bool) -> None:
    assert _edge(*modalities).disputed is disputed


@given(st.dictionaries(st.sampled_from(MODALITIES), st.integers(min_value=0, max_value=3)))
def test_disputed_is_support_and_contradiction(counts: dict[Modality, int]) -> None:
    present = {m for m, n in counts.items() if n}
    expected = bool(present & SUPPORTING_MODALITIES) and bool(present & CONTRADICTING_MODALITIES)
    assert is_disputed(tuple(sorted(counts.items()))) is expected


def test_every_modality_is_classified_at_most_once() -> None:
    assert not SUPPORTING_MODALITIES & CONTRADICTING_MODALITIES
    assert set(itertools.chain(SUPPORTING_MODALITIES, CONTRADICTING_MODALITIES)) <= set(MODALITIES)
