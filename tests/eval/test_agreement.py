"""Agreement between two annotators, on constructed annotations (no real text)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from geograph.eval.agreement import AgreementCounts, agreement, format_agreement
from geograph.eval.gold import parse_relation
from geograph.eval.realnews import Excerpt, SpanRelation


def excerpt(ident: str, lang: str, *relations: dict[str, Any]) -> Excerpt:
    spans = tuple(
        SpanRelation(parse_relation({k: v for k, v in r.items() if k != "span"}, ident, None), *r["span"])
        for r in relations
    )
    return Excerpt(ident, lang, "test", "u", "o", None, None, "q", 1, None, "0" * 64, 100, spans, Path(ident))


VISIT = {"s": "Vladimir Putin", "s_country": "Russia", "r": "visits", "o": "North Korea", "modality": "asserted"}
SANCTION = {"s": "United States", "r": "sanctions", "o": "Iran", "modality": "asserted"}


def test_identical_annotations_agree_fully() -> None:
    one = [excerpt("en-1", "en", {**VISIT, "span": [0, 10]}, {**SANCTION, "span": [20, 30]})]
    report = agreement(one, one)
    assert report.overall == AgreementCounts(matched=2, modality_agreed=2)
    assert report.overall.f1 == 1.0 and report.overall.modality_agreement == 1.0


def test_f1_is_symmetric_and_counts_each_side() -> None:
    first = [excerpt("en-1", "en", {**VISIT, "span": [0, 10]}, {**SANCTION, "span": [20, 30]})]
    second = [
        excerpt(
            "en-1",
            "en",
            {**VISIT, "modality": "planned", "span": [0, 12]},
            {"s": "Iran", "r": "criticizes", "o": "United States", "modality": "asserted", "span": [31, 40]},
            {"s": "Iran", "r": "threatens", "o": "United States", "modality": "asserted", "span": [41, 50]},
        )
    ]
    report = agreement(first, second)
    assert (report.overall.matched, report.overall.first_only, report.overall.second_only) == (1, 1, 2)
    assert report.overall.f1 == pytest.approx(2 * 1 / (2 + 3))
    assert report.overall.modality_agreement == 0.0  # asserted against planned
    assert agreement(second, first).overall.f1 == report.overall.f1
    assert {d.by for d in report.disagreements} == {"first", "second"}


def test_state_level_folds_persons_actor_level_does_not() -> None:
    first = [excerpt("fa-1", "fa", {**VISIT, "span": [0, 10]})]
    second = [
        excerpt(
            "fa-1", "fa", {"s": "Russia", "r": "visits", "o": "North Korea", "modality": "asserted", "span": [0, 10]}
        )
    ]
    assert agreement(first, second, "state").overall.f1 == 1.0
    assert agreement(first, second, "actor").overall.f1 == 0.0


def test_repetitions_pair_one_to_one_preferring_the_same_modality() -> None:
    first = [excerpt("ar-1", "ar", {**SANCTION, "span": [0, 5]}, {**SANCTION, "modality": "planned", "span": [9, 14]})]
    second = [excerpt("ar-1", "ar", {**SANCTION, "modality": "planned", "span": [50, 60]})]
    report = agreement(first, second)
    assert (report.overall.matched, report.overall.first_only, report.overall.modality_agreed) == (1, 1, 1)
    assert dict(report.by_language)["ar"].matched == 1
    assert dict(report.by_relation)["sanctions"].first == 2


def test_only_shared_excerpts_count_and_none_shared_is_an_error() -> None:
    first = [excerpt("en-1", "en", {**VISIT, "span": [0, 10]}), excerpt("en-2", "en", {**SANCTION, "span": [0, 9]})]
    second = [excerpt("en-1", "en", {**VISIT, "span": [0, 10]})]
    assert agreement(first, second).excerpts == ("en-1",)
    with pytest.raises(ValueError, match="share no excerpt"):
        agreement(first, [excerpt("en-9", "en")])


def test_the_table_names_every_language_and_relation() -> None:
    text = format_agreement(agreement([excerpt("en-1", "en", {**VISIT, "span": [0, 1]})], [excerpt("en-1", "en")]))
    assert text.splitlines()[0] == "1 excerpts, state level"
    assert "  en" in text and "  visits" in text
