"""Fighting a war against someone is attacking them; a strategic partnership or alliance is `allied_with`."""

from __future__ import annotations

import pytest
from extract_helpers import triples


def test_fighting_an_enemy_attacks_it() -> None:
    assert ("Saudi Arabia", "attacks", "Houthis", "asserted") in triples(
        "يقاتل تحالف تقوده السعودية المتمردين الحوثيين في اليمن منذ سنوات.", "ar"
    )


def test_waging_a_conflict_with_someone_is_mutual_attack() -> None:
    found = triples("قوات الدعم السريع التي تخوض صراعا مع الجيش السوداني منذ أبريل.", "ar")
    assert {
        ("Rapid Support Forces", "attacks", "Sudan", "asserted"),
        ("Sudan", "attacks", "Rapid Support Forces", "asserted"),
    } <= found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تحالفت إثيوبيا مع إسرائيل في ملف السد.", "ar"),
        ("این معاهده روابط راهبردی بین اتیوپی و اسرائیل را تقویت می کند.", "fa"),
    ],
)
def test_alliances_and_strategic_relations_are_allied_with(text: str, lang: str) -> None:
    assert any(r == "allied_with" and {s, o} == {"Ethiopia", "Israel"} for s, r, o, _ in triples(text, lang)), triples(
        text, lang
    )
