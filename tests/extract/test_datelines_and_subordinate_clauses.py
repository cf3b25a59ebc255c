"""A wire dateline's place is where a report was filed, no party to it; an actor after "after", "since" (or
Arabic «بعد أن») opens a clause of its own and is its verb's subject. Examples written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import triples


@pytest.mark.parametrize(
    ("text", "lang", "expected", "filed_in"),
    [
        (
            "VIENNA, Nov 21 (Example Wire) - The IAEA board passed a resolution censuring Iran.",
            "en",
            ("International Atomic Energy Agency", "criticizes", "Iran"),
            "Austria",
        ),
        (
            "SEOUL (Example Digest) - South Korea summoned the Russian ambassador.",
            "en",
            ("South Korea", "criticizes", "Russia"),
            "South Korea",
        ),
        (
            "مسکو – ۱۴۰۳/۰۹/۰۱ – ایران به شدت حمله اسرائیل به لبنان را محکوم کرد.",
            "fa",
            ("Iran", "criticizes", "Israel"),
            "Russia",
        ),
        ("طهران - مثال: أدانت مصر الهجوم الإسرائيلي على لبنان.", "ar", ("Egypt", "criticizes", "Israel"), "Iran"),
    ],
)
def test_a_datelines_place_is_no_party(text: str, lang: str, expected: tuple[str, str, str], filed_in: str) -> None:
    found = triples(text, lang)
    assert (*expected, "asserted") in found
    assert not {t for t in found if t[0] == filed_in and t[1] == expected[1] and t[0] != expected[0]}, found


def test_an_opening_country_list_is_no_dateline() -> None:
    found = triples("Russia, China and Iran held joint naval drills on Monday.", "en")
    assert {frozenset((s, o)) for s, r, o, _ in found if r == "cooperates_with"} >= {frozenset(("Russia", "China"))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zelenskyy urged Germany to deliver more air defence systems after Russian missiles struck Kyiv.", "en"),
        ("وحث وزير الخارجية الأوكراني ألمانيا على تزويد بلاده بالصواريخ بعد أن قصفت المدفعية الروسية كييف.", "ar"),
    ],
)
def test_after_opens_a_clause_with_its_own_subject(text: str, lang: str) -> None:
    attacks = {(s, o) for s, r, o, _ in triples(text, lang) if r == "attacks"}
    assert attacks == {("Russia", "Ukraine")}
