"""Reciprocal triggers: clashes, exchanges of fire and wars between two sides are attacks each way."""

from __future__ import annotations

import pytest
from extract_helpers import triples

BOTH_WAYS = {("India", "attacks", "China", "asserted"), ("China", "attacks", "India", "asserted")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Indian and Chinese troops exchanged fire along the disputed frontier.", "en"),
        ("Indian soldiers clashed with Chinese troops in the valley overnight.", "en"),
        ("New border clashes broke out between India and China on Tuesday.", "en"),
        ("Both India and China reported skirmishes along the frontier.", "en"),
        ("سربازان هند با نیروهای چین در مرز درگیر شدند.", "fa"),
        ("درگیری میان هند و چین در مرز شدت گرفت.", "fa"),
        ("اشتبكت القوات الهندية مع القوات الصينية على الحدود.", "ar"),
        ("اندلعت اشتباكات بين الهند والصين على الحدود.", "ar"),
    ],
)
def test_a_clash_between_two_sides_is_an_attack_each_way(text: str, lang: str) -> None:
    assert triples(text, lang) >= BOTH_WAYS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan and Canada urged India to avoid further clashes.", "en"),
        ("ژاپن و کانادا از هند خواستند از درگیری پرهیز کند.", "fa"),
    ],
)
def test_those_who_urge_restraint_are_not_parties_to_the_clashes(text: str, lang: str) -> None:
    found = {(s, o) for s, r, o, _ in triples(text, lang) if r == "attacks"}
    assert not found & {("Japan", "Canada"), ("Canada", "Japan"), ("Japan", "India"), ("Canada", "India")}


def test_a_one_sided_attack_stays_one_sided() -> None:
    found = triples("Chinese troops attacked Indian positions in the valley.", "en")
    assert ("China", "attacks", "India", "asserted") in found
    assert ("India", "attacks", "China", "asserted") not in found


@pytest.mark.parametrize(
    "text",
    [
        "India and China traded accusations over the border incident.",
        "India and China blamed each other for the deadly brawl.",
    ],
)
def test_traded_accusations_are_an_accusation_each_way(text: str) -> None:
    found = {(s, r, o) for s, r, o, _ in triples(text, "en")}
    assert {("India", "accuses", "China"), ("China", "accuses", "India")} <= found


def test_an_arms_sale_to_a_state_supplies_it() -> None:
    found = triples("Washington approved a $2 billion arms sale to Taiwan on Friday.", "en")
    assert ("United States", "supplies_arms", "Taiwan", "asserted") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan and Australia held naval drills in the Coral Sea.", "en"),
        ("رزمایش دریایی مشترک ژاپن و استرالیا برگزار شد.", "fa"),
        ("أجرت اليابان وأستراليا مناورات عسكرية في البحر.", "ar"),
    ],
)
def test_joint_drills_are_cooperation(text: str, lang: str) -> None:
    found = {frozenset((s, o)) for s, r, o, _ in triples(text, lang) if r == "cooperates_with"}
    assert frozenset(("Japan", "Australia")) in found, found


def test_condemning_an_event_between_two_parties_criticizes_both() -> None:
    found = triples("China condemned the joint drills between Japan and the Philippines.", "en")
    assert {("China", "criticizes", "Japan", "asserted"), ("China", "criticizes", "Philippines", "asserted")} <= found


def test_mutual_shelling_between_two_sides_is_attacks_each_way() -> None:
    found = triples("وقع قصف متبادل بين الهند والصين على الحدود.", "ar")
    assert found >= BOTH_WAYS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("«نارندرا مودی» و «شی جین پینگ» در پکن دیدار کردند.", "fa"),
        ('"Modi" and "Xi Jinping" met in Beijing.', "en"),
    ],
)
def test_names_in_quotation_marks_still_form_a_list(text: str, lang: str) -> None:
    found = triples(text, lang)
    assert ("India", "meets", "China", "asserted") in found or ("China", "meets", "India", "asserted") in found


def test_arabic_waqa_before_an_event_noun_is_occurred_not_signed() -> None:
    found = triples("وفي سياق آخر، وقع قصف متبادل بين الهند والصين على الحدود.", "ar")
    assert found >= BOTH_WAYS
    assert not [t for t in found if t[1] == "signs_agreement"]
    assert ("Egypt", "signs_agreement", "France", "asserted") in triples("وقعت مصر وفرنسا اتفاقية تعاون.", "ar")
