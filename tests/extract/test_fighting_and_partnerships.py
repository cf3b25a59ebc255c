"""Fighting a war against someone is attacking them; a strategic partnership or alliance is `allied_with`."""

from __future__ import annotations

import pytest
from extract_helpers import triples


def test_fighting_an_enemy_attacks_it() -> None:
    assert ("Saudi Arabia", "attacks", "Houthis", "asserted") in triples(
        "يقاتل تحالف عسكري تقوده السعودية الحوثيين منذ عام 2015.", "ar"
    )


def test_waging_a_conflict_with_someone_is_mutual_attack() -> None:
    found = triples("حركة الشباب، التي تخوض صراعا مع الجيش الصومالي، سيطرت على البلدة.", "ar")
    assert {
        ("al-Shabaab", "attacks", "Somalia", "asserted"),
        ("Somalia", "attacks", "al-Shabaab", "asserted"),
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


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Israel-Hamas war broke out in October.", ("Israel", "Hamas")),
        ("Grain prices rose after the Russia-Ukraine war began.", ("Russia", "Ukraine")),
    ],
)
def test_a_compound_pair_before_war_fights_each_other(text: str, pair: tuple[str, str]) -> None:
    first, second = pair
    assert {(first, "attacks", second, "asserted"), (second, "attacks", first, "asserted")} <= triples(text, "en")


def test_a_compound_pair_before_a_symmetric_event_is_its_pair() -> None:
    assert ("United States", "meets", "China", "asserted") in triples("The US-China talks in Geneva ended early.", "en")


def test_a_war_in_a_place_is_still_no_war_between_a_pair() -> None:
    assert triples("The war in Ukraine worried Finland.", "en") == set()


@pytest.mark.parametrize(
    "text",
    ["Israel and Hezbollah have been exchanging fire across the border.", "Israel and Hezbollah were clashing."],
)
def test_an_auxiliary_before_an_ing_trigger_is_no_passive(text: str) -> None:
    assert {("Israel", "attacks", "Hezbollah", "asserted"), ("Hezbollah", "attacks", "Israel", "asserted")} <= triples(
        text, "en"
    )


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("تبادل حزب الله وإسرائيل القصف مجددا يوم الأحد.", "attacks"),
        ("تبادلت أرمينيا وأذربيجان الاتهامات بخرق الهدنة.", "accuses"),
    ],
)
def test_an_arabic_exchange_with_its_parties_between_is_mutual(text: str, relation: str) -> None:
    found = {(s, r, o) for s, r, o, _ in triples(text, "ar")}
    pairs = {(s, o) for s, r, o in found if r == relation}
    assert len(pairs) == 2 and {(o, s) for s, o in pairs} == pairs, found


def test_an_arabic_exchange_of_ambassadors_is_no_attack() -> None:
    assert not any(r in ("attacks", "accuses") for _, r, _, _ in triples("تبادل البلدان السفراء.", "ar"))
