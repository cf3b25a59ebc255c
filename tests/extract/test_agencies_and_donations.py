"""State agencies act for their state; donations are aid; arms are read by their class of object."""

from __future__ import annotations

import pytest
from extract_helpers import extract, triples


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Treasury Department sanctioned six North Korean shipping companies.", "en"),
        ("وزارت خزانه داری آمریکا شش شرکت کره شمالی را تحریم کرد.", "fa"),
        ("فرضت وزارة الخزانة الأمريكية عقوبات على كوريا الشمالية.", "ar"),
    ],
)
def test_the_treasury_acts_for_the_united_states(text: str, lang: str) -> None:
    (assertion,) = [a for a in extract(text, lang) if a.relation == "sanctions"]
    assert assertion.subject.label == "United States Department of the Treasury"
    assert assertion.subject.state is not None and assertion.subject.state.label == "United States"
    assert assertion.subject.wikidata is None  # no id could be confirmed: keyed locally, never a wrong link
    assert assertion.object.label == "North Korea"


def test_ofac_and_usaid_are_us_bodies() -> None:
    found = extract("The Office of Foreign Assets Control sanctioned Venezuela's state oil company.", "en")
    assert [(a.subject.label, a.subject.state.label if a.subject.state else None) for a in found] == [
        ("Office of Foreign Assets Control", "United States")
    ]
    (aid,) = extract("USAID donated $25 million to Afghanistan.", "en")
    assert (aid.subject.label, aid.relation, aid.object.label) == (
        "United States Agency for International Development",
        "provides_aid",
        "Afghanistan",
    )
    assert aid.subject.state is not None and aid.subject.state.label == "United States"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan donated 10 million dollars to Sri Lanka.", "en"),
        ("ژاپن ۱۰ میلیون دلار کمک بلاعوض به سریلانکا اهدا کرد.", "fa"),
        ("تبرعت اليابان بمبلغ 10 ملايين دولار لسريلانكا.", "ar"),
    ],
)
def test_a_donation_is_aid(text: str, lang: str) -> None:
    assert ("Japan", "provides_aid", "Sri Lanka", "asserted") in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "modality"),
    [
        ("Russia sent combat aircraft to Iran last year.", "en", "asserted"),
        ("The UAE is sending military supplies to the Rapid Support Forces.", "en", "asserted"),
        ("روسیه سامانه های پدافند هوایی به ایران تحویل داد.", "fa", "asserted"),
        ("أرسلت روسيا مركبات مدرعة إلى سوريا.", "ar", "asserted"),
    ],
)
def test_arms_are_read_by_their_class_of_object(text: str, lang: str, modality: str) -> None:
    assert any(r == "supplies_arms" and m == modality for _, r, _, m in triples(text, lang))


def test_a_warplane_that_attacks_supplies_nothing() -> None:
    found = triples("جنگنده‌های ترکیه به مواضعی در شمال عراق حمله کردند.", "fa")
    assert not any(r == "supplies_arms" for _, r, _, _ in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sri Lanka will receive emergency aid from Japan.", "en", ("Japan", "provides_aid", "Sri Lanka", "planned")),
        ("Russia received drones from Iran.", "en", ("Iran", "supplies_arms", "Russia", "asserted")),
        ("تلقت سريلانكا مساعدات من اليابان.", "ar", ("Japan", "provides_aid", "Sri Lanka", "asserted")),
        ("سریلانکا کمک های اضطراری از ژاپن دریافت کرد.", "fa", ("Japan", "provides_aid", "Sri Lanka", "asserted")),
    ],
)
def test_what_is_received_from_a_source_the_source_gives(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert expected in triples(text, lang)


def test_receiving_a_delivery_is_no_meeting() -> None:
    assert not {t for t in triples("Mali received Turkish drones last year.", "en") if t[1] == "meets"}
    assert ("Russia", "meets", "Iran", "asserted") in triples(
        "Putin received the Iranian president in the Kremlin.", "en"
    )
