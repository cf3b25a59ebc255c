"""Rejecting what another side proposed, signed or claimed, and concern voiced over what it does, criticize it."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Egypt rejected the new memorandum between Sudan and Chad.", "en", ("Egypt", "Chad")),
        ("The African Union rejected a proposal by Guinea to delay the vote.", "en", ("African Union", "Guinea")),
        ("Cuba rejected the claims from Washington.", "en", ("Cuba", "United States")),
        ("Norway expressed concern over Russia's naval drills.", "en", ("Norway", "Russia")),
        ("رفضت الجزائر الاقتراح الفرنسي بشأن الحدود.", "ar", ("Algeria", "France")),
        ("رفضت قطر المزاعم الإسرائيلية.", "ar", ("Qatar", "Israel")),  # the rejection stands: asserted
        ("عبرت النرويج عن قلقها إزاء المناورات الروسية.", "ar", ("Norway", "Russia")),
        ("Chile was deeply disappointed with Peru's new tariffs.", "en", ("Chile", "Peru")),
        ("Vietnam is firmly opposed to China's survey in its waters.", "en", ("Vietnam", "China")),
    ],
)
def test_rejection_and_concern_criticize(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "criticizes", expected[1], "asserted") in triples(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia rejected the accusations.", "en"),  # a denial names no one to criticize
        ("The minister voiced concern about inflation at home.", "en"),
        ("Fans were disappointed in the result.", "en"),
        ("رفضت مصر المشاركة في القمة.", "ar"),  # refusing to take part is no criticism of anyone
    ],
)
def test_a_rejection_or_concern_with_no_side_criticizes_no_one(text: str, lang: str) -> None:
    assert not any(r == "criticizes" for _, r, _, _ in triples(text, lang))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مجارستان با عضویت سوئد در ناتو مخالفت کرد.", {("Hungary", "Sweden")}),
        (
            "مجارستان هنوز با الحاق سوئد و فنلاند به پیمان ناتو مخالفت میکند.",
            {("Hungary", "Finland"), ("Hungary", "Sweden")},
        ),
    ],
)
def test_persian_opposition_to_an_accession_vetoes_it(text: str, expected: set[tuple[str, str]]) -> None:
    found = triples(text, "fa")
    assert {(s, o) for s, r, o, m in found if r == "vetoes" and m == "asserted"} == expected
    assert not any(r == "criticizes" for _, r, _, _ in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Serbia and Kosovo agreed to a ceasefire in Brussels.", "en"),
        ("Serbian and Kosovar commanders agreed a truce on Friday.", "en"),
        ("اتفقت صربيا وكوسوفو على وقف إطلاق النار.", "ar"),
        ("صربستان و کوزوو با آتش بس موافقت کردند.", "fa"),
    ],
)
def test_agreeing_to_a_ceasefire_concludes_it(text: str, lang: str) -> None:
    assert ("Serbia", "signs_agreement", "Kosovo", "asserted") in triples(text, lang)


def test_holding_a_side_responsible_accuses_it() -> None:
    found = triples("Ankara holds Baghdad responsible for the border raids.", "en")
    assert ("Turkey", "accuses", "Iraq", "asserted") in found


def test_azeri_names_azerbaijan_and_arabic_accusative_nouns_trigger() -> None:
    assert ("Azerbaijan", "criticizes", "Iran", "asserted") in triples("Azeri officials condemned Iran.", "en")
    found = triples("وجه الرئيس الروسي تحذيرا لجورجيا.", "ar")
    assert ("Russia", "threatens", "Georgia", "asserted") in found


def test_persian_strategic_partnership_in_its_loanword_spelling_is_an_alliance() -> None:
    found = triples("قزاقستان و ازبکستان اکنون شریک استراتژیک یکدیگر هستند.", "fa")
    assert ("Kazakhstan", "allied_with", "Uzbekistan", "asserted") in found
