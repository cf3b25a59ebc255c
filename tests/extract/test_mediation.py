"""A mediator works with each party: "a truce brokered by X", "a Qatari-mediated deal", "X mediated between A
and B", «بوساطة صينية», «با میانجیگری X». The parties are the other actors of the sentence, never a place."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "mediator", "parties"),
    [
        (
            "The accord between Chad and Sudan was brokered by Qatar.",
            "en",
            "Qatar",
            ("Chad", "Sudan"),
        ),
        ("A Russian-brokered truce between Armenia and Azerbaijan held.", "en", "Russia", ("Armenia", "Azerbaijan")),
        ("Turkey offered to mediate between Russia and Ukraine.", "en", "Turkey", ("Russia", "Ukraine")),
        ("وقعت السعودية وإيران اتفاقا في بكين بوساطة صينية.", "ar", "China", ("Saudi Arabia", "Iran")),
        ("توسطت مصر بين إسرائيل وحماس.", "ar", "Egypt", ("Israel", "Hamas")),
        (
            "آتش بس ارمنستان و آذربایجان در قره باغ با میانجیگری ایالات متحده اعلام شد.",
            "fa",
            "United States",
            ("Armenia", "Azerbaijan"),
        ),
        # a patron or host of the talks mediates them
        ("Serbia and Kosovo signed a truce under the auspices of Hungary.", "en", "Hungary", ("Serbia", "Kosovo")),
        ("جرت المفاوضات بين إثيوبيا وإريتريا برعاية رئيس كينيا.", "ar", "Kenya", ("Ethiopia", "Eritrea")),
        ("مذاکرات اتیوپی و اریتره به میزبانی کنیا برگزار شد.", "fa", "Kenya", ("Ethiopia", "Eritrea")),
    ],
)
def test_the_mediator_cooperates_with_each_party(text: str, lang: str, mediator: str, parties: tuple[str, str]) -> None:
    found = {(s, o) for s, r, o, _ in triples(text, lang) if r == "cooperates_with"}
    for party in parties:
        assert (mediator, party) in found or (party, mediator) in found


def test_a_place_named_in_the_sentence_is_no_party() -> None:
    found = triples("آتش بس ارمنستان و آذربایجان در قره باغ با میانجیگری ایالات متحده اعلام شد.", "fa")
    assert not any("Nagorno-Karabakh" in (s, o) for s, _, o, _ in found)


def test_a_mediation_without_a_named_mediator_relates_no_one() -> None:
    assert not any(r == "cooperates_with" for _, r, _, _ in triples("The mediation effort failed.", "en"))


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Trade grew with the warming ties between Hanoi and Seoul.", "en", ("Vietnam", "South Korea")),
        ("Ghana is coordinating with its Togolese counterparts on border security.", "en", ("Ghana", "Togo")),
        ("مع تحسن العلاقات بين قطر والبحرين زادت الرحلات.", "ar", ("Qatar", "Bahrain")),
        ("بهبود روابط قطر و بحرین ادامه دارد.", "fa", ("Qatar", "Bahrain")),
    ],
)
def test_warming_ties_and_coordination_are_cooperation(text: str, lang: str, pair: tuple[str, str]) -> None:
    found = {(s, o) for s, r, o, m in triples(text, lang) if r == "cooperates_with" and m == "asserted"}
    assert pair in found or pair[::-1] in found
