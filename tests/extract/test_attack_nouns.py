"""Attacks as reporting names them: assaults and seizures, a war "in" a state when the noun names its own
attacker, and a state's adjective that only describes an armed group ("Palestinian militant group Hamas")."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia's assault on Kosovo continued for a week.", ("Serbia", "attacks", "Kosovo", "asserted")),
        ("Venezuelan troops seized two Guyanese fishing boats.", ("Venezuela", "attacks", "Guyana", "asserted")),
        ("Iran seized a British tanker in the Gulf.", ("Iran", "attacks", "United Kingdom", "asserted")),
        ("The Ethiopian war in Eritrea dragged on.", ("Ethiopia", "attacks", "Eritrea", "asserted")),
        ("The attacks by Azerbaijan in Armenia killed ten soldiers.", ("Azerbaijan", "attacks", "Armenia", "asserted")),
    ],
)
def test_attack_nouns_and_verbs_of_real_reporting(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Brazil has not imposed sanctions on Peru over the war in Ukraine.",
        "The war in Ukraine worried Finland.",
    ],
)
def test_a_war_in_a_place_names_no_attacker_from_the_clause(text: str) -> None:
    assert not [t for t in triples(text, "en") if t[1] == "attacks"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attacks on Israel by Palestinian militant group Hamas drew condemnation.",
            ("Hamas", "attacks", "Israel", "asserted"),
        ),
        (
            "The Lebanese militant group Hezbollah fired rockets at Israel.",
            ("Hezbollah", "attacks", "Israel", "asserted"),
        ),
    ],
)
def test_a_states_adjective_before_a_group_describes_the_group(text: str, expected: tuple[str, str, str, str]) -> None:
    found = triples(text, "en")
    assert expected in found
    assert not [t for t in found if t[0] in ("State of Palestine", "Lebanon")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ودفعت العملية العسكرية التركية في سوريا العراق إلى الاحتجاج.", ("Turkey", "attacks", "Syria", "asserted")),
        ("نفت قطر تسليح حركة الشباب.", ("Qatar", "supplies_arms", "al-Shabaab", "denied")),
        ("فرنسا تعتزم إرسال ألفي صاروخ إلى المغرب.", ("France", "supplies_arms", "Morocco", "planned")),
    ],
)
def test_arabic_attack_and_arming_nouns(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, "ar")


def test_an_arabic_war_in_a_place_names_no_attacker() -> None:
    assert not [t for t in triples("أثرت الحرب في أوكرانيا على مصر.", "ar") if t[1] == "attacks"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Taliban lost Kabul in an Iranian-led invasion of Afghanistan.",
            ("Iran", "Afghanistan"),
        ),
        ("Thousands fled in Iraq's invasion of Kuwait.", ("Iraq", "Kuwait")),
    ],
)
def test_the_possessor_or_leader_of_an_attack_noun_is_its_agent_inside_a_phrase(
    text: str, expected: tuple[str, str]
) -> None:
    found = triples(text, "en")
    assert (expected[0], "attacks", expected[1], "asserted") in found
    assert not any(s == "Taliban" for s, *_ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "targeted": the light-verb idiom Persian reporting uses for strikes, its object marked by را
        ("آذربایجان مواضع ارمنستان را با توپخانه هدف قرار داد.", ("Azerbaijan", "attacks", "Armenia", "asserted")),
        ("ارتش سودان پایگاه‌های اتیوپی را هدف گرفت.", ("Sudan", "attacks", "Ethiopia", "asserted")),
    ],
)
def test_a_persian_target_idiom_is_an_attack(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, "fa")


def test_a_persian_goal_is_no_target() -> None:
    # «هدف» alone is a goal: "the goal of the trip was Azerbaijan's ties with Armenia" attacks no one
    found = triples("هدف این سفر بررسی روابط آذربایجان و ارمنستان بود.", "fa")
    assert not any(r == "attacks" for _, r, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang", "attack"),
    [
        ("Israel struck Lebanon with missiles supplied by the United States.", "en", ("Israel", "Lebanon")),
        ("آذربایجان با پهپادهای ترکیه‌ای به ارمنستان حمله کرد.", "fa", ("Azerbaijan", "Armenia")),
        ("هاجمت أذربيجان أرمينيا بطائرات مسيرة تركية.", "ar", ("Azerbaijan", "Armenia")),
    ],
)
def test_a_weapon_an_attack_is_made_with_supplies_its_target_nothing(
    text: str, lang: str, attack: tuple[str, str]
) -> None:
    found = triples(text, lang)
    attacker, target = attack
    assert (attacker, "attacks", target, "asserted") in found, found
    assert not any(r == "supplies_arms" and o == target for _, r, o, _ in found), found
    assert not any(r == "attacks" and s != attacker for s, r, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # behind "with", a weapon is still supplied where no attack uses it
        ("Iran provided Russia with drones.", "en", ("Iran", "supplies_arms", "Russia", "asserted")),
        ("زودت إيران روسيا بالطائرات المسيرة.", "ar", ("Iran", "supplies_arms", "Russia", "asserted")),
    ],
)
def test_a_weapon_with_no_attack_in_its_clause_is_supplied(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert expected in triples(text, lang)
