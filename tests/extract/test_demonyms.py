"""Every state's demonym stands for it, singular and plural, in the three languages (self-written sentences)."""

from __future__ import annotations

import pytest
from extract_helpers import triples

from geograph.extract import Extractor
from geograph.records import Article


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Angolan troops attacked Namibia on Monday.", "en", ("Angola", "attacks", "Namibia", "asserted")),
        (
            "Zimbabweans condemned Zambia over the border closure.",
            "en",
            ("Zimbabwe", "criticizes", "Zambia", "asserted"),
        ),
        ("نیروهای کوبایی به ونزوئلا حمله کردند.", "fa", ("Cuba", "attacks", "Venezuela", "asserted")),
        ("هاجمت القوات السودانية تشاد.", "ar", ("Sudan", "attacks", "Chad", "asserted")),
    ],
)
def test_a_demonym_stands_for_its_state(text: str, lang: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(text, lang)


def test_persian_financial_is_not_mali() -> None:
    """«مالی» is "financial": a finance minister of Iran meeting a Russian counterpart involves no Mali."""
    found = triples("وزیر امور مالی ایران با همتای روسی خود دیدار کرد.", "fa")
    assert ("Iran", "meets", "Russia", "asserted") in found
    assert not any("Mali" in (s, o) for s, _, o, _ in found)


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("جاپان", "Japan"),
        ("جرمنی", "Germany"),
        ("کوریای شمالی", "North Korea"),
        ("اکراین", "Ukraine"),
        ("اوزبیکستان", "Uzbekistan"),
        ("فنلند", "Finland"),
    ],
)
def test_dari_and_variant_persian_state_names(name: str, state: str) -> None:
    assert (state, "criticizes", "Iran", "asserted") in triples(f"{name} از ایران انتقاد کرد.", "fa")


@pytest.mark.parametrize("name", ["الدولة العبرية", "دولة الاحتلال", "الكيان الصهيوني"])
def test_arabic_epithets_of_israel(name: str) -> None:
    extraction = Extractor().extract(Article(id="epithet", text=f"قالت {name} إنها ستهاجم سوريا.", lang="ar"))
    assert [m.actor.label for m in extraction.mentions] == ["Israel", "Syria"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Saudi-led coalition jets struck Yemeni rebels near Sanaa.", "en", ("Saudi Arabia", "attacks", "Houthis")),
        ("Iran denies arming Houthi fighters.", "en", ("Iran", "supplies_arms", "Houthis")),
        ("عربستان مواضع شورشیان یمنی را بمباران کرد.", "fa", ("Saudi Arabia", "attacks", "Houthis")),
    ],
)
def test_the_houthis_by_their_descriptions(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert any(found[:3] == expected for found in triples(text, lang))
